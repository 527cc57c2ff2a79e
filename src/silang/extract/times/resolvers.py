"""What a time expression resolves to, and one resolver per kind of expression: the
calendar arithmetic against the publication date (see the package docstring for the rules)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from silang.extract.times.grammar import Grammar

LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?\n"
_OPENERS = " \t\"'“‘«([–—-"
MARKER_KINDS = ("past", "current", "future", "recent")


class Value(NamedTuple):
    """A resolved expression: ISO start/end (None when it cannot be anchored) and granularity."""

    start: str | None
    end: str | None
    granularity: str


def normal(word: str) -> str:
    """Lower case, single spaces, no trailing dot: the key form of a table word."""
    return " ".join(word.lower().rstrip(".").split())


# --- calendar helpers --------------------------------------------------------------------


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + n, 12)
    return y, m0 + 1


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_on_or_before(published: date, month: int, day: int, strict: bool = False) -> date | None:
    """The latest ``day``/``month`` not after ``published`` (before it when ``strict``);
    searches back a few years so that 29 February finds a leap year."""
    for year in range(published.year, published.year - 9, -1):
        found = _safe_date(year, month, day)
        if found and (found < published or (found == published and not strict)):
            return found
    return None


# A day without a year a little after publication is an announced date ("dijadwalkan …
# pada Senin (20/4)", "due to meet on Aug 12"), not the same day almost a year before.
ANNOUNCED_DAYS = 45


def _nearest_date(
    g: Grammar, text: str, published: date, month: int, day: int, weekday: int | None = None
) -> date | None:
    """A day without a year: the latest on or before publication, unless the sentence
    announces something (``announcing_words``) and the next one falls within
    ANNOUNCED_DAYS after it, or nearer publication than the latest ("The committee will
    next meet on Oct. 22" in July); a weekday written beside it decides between the two
    when only one of them falls on it."""
    before = _date_on_or_before(published, month, day)
    after = _date_after(published, month, day)
    options = [d for d in (before, after) if d is not None]
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    announced = g.announcing is not None and g.announcing.search(text) is not None
    if after in options and (
        len(options) == 1
        or (
            announced
            and (
                (after - published).days <= ANNOUNCED_DAYS
                or (before is not None and after - published < published - before)
            )
        )
    ):
        return after
    return before if before in options else None


# How far before a weekday a word announcing it may stand ("… would be flown to Surabaya,
# where her family will meet the coffin, on Thursday" is past a comma anyway).
ANNOUNCED_REACH = 160


def _announced_before(g: Grammar, text: str, at: int) -> bool:
    """Does a word announcing what is to come (``announcing_words``) stand before ``at`` in
    its clause ("akan dipulangkan ke Ponorogo pada Kamis"; not "said on Monday that the
    body would …", nor past a comma)?"""
    if g.announcing is None:
        return False
    # A clause's words before the day, at most ANNOUNCED_REACH characters back: a text of
    # thousands of weekdays and no punctuation stays linear.
    lo = max(0, at - ANNOUNCED_REACH)
    start = max(text.rfind(",", lo, at), text.rfind(".", lo, at), text.rfind(";", lo, at), lo - 1)
    return g.announcing.search(text, start + 1, at) is not None


def _date_after(published: date, month: int, day: int) -> date | None:
    for year in range(published.year, published.year + 9):
        found = _safe_date(year, month, day)
        if found and found > published:
            return found
    return None


def _month_on_or_before(published: date, month: int, strict: bool) -> tuple[int, int]:
    if month < published.month or (month == published.month and not strict):
        return published.year, month
    return published.year - 1, month


def _week_span(day: date) -> Value:
    monday = day - timedelta(days=day.weekday())
    return Value(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day")


def _shift_point(published: date, unit: str, n: int) -> Value:
    """The point ``n`` units from publication (negative = back); a week as its span."""
    if unit == "day":
        return Value((published + timedelta(days=n)).isoformat(), None, "day")
    if unit == "week":
        return _week_span(published + timedelta(weeks=n))
    if unit == "month":
        return Value(iso_month(*_add_months(published.year, published.month, n)), None, "month")
    return Value(f"{published.year + n:04d}", None, "year")


def _span_to(published: date, unit: str, n: int) -> Value:
    """From publication ``n`` units back (or forward, ``n`` > 0) to publication, as a span."""
    if unit in ("day", "week"):
        other = published + timedelta(days=n * (7 if unit == "week" else 1))
        first, last = sorted((other, published))
        return Value(first.isoformat(), last.isoformat(), "day")
    if unit == "month":
        here = (published.year, published.month)
        first_month, last_month = sorted((_add_months(*here, n), here))
        return Value(iso_month(*first_month), iso_month(*last_month), "month")
    first_year, last_year = sorted((published.year + n, published.year))
    return Value(f"{first_year:04d}", f"{last_year:04d}", "year")


def unresolved(granularity: str) -> Value:
    return Value(None, None, granularity)


# --- context checks ----------------------------------------------------------------------


def _sentence_initial(text: str, position: int) -> bool:
    """True when only opening quotes or brackets stand between ``position`` and a sentence end."""
    i = position - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _after_vague_count(grammar: Grammar, text: str, position: int) -> bool:
    """``beberapa hari terakhir``: a unit after a count we cannot read is no time at all."""
    before = LETTERS.findall(text[max(0, position - 20) : position])
    return bool(before) and before[-1].lower() in grammar.vague_counts


def _is_sunday_not_week(grammar: Grammar, match: re.Match[str], group: str, text: str) -> bool:
    """A capitalised ``Minggu`` inside a sentence is Sunday, not the unit ``week``."""
    token = match.group(group)
    return (
        normal(token) in grammar.weekdays_also_week
        and token[:1].isupper()
        and not _sentence_initial(text, match.start(group))
    )


# --- resolvers: one per kind of expression -----------------------------------------------


def resolve_day_range(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    d1, d2 = int(groups["d1"]), int(groups["d2"])
    m2 = g.month(groups["m2"])
    m1 = g.month(groups["m1"]) if groups.get("m1") else m2
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    if y1 is None and y2 is None:
        # No year: the start is the most recent such date on or before publication.
        if pub is None:
            return unresolved("day")
        first = _date_on_or_before(pub, m1, d1)
        if first is None:
            return None
        y1 = first.year
    wraps = (m2, d2) < (m1, d1)  # "28 Desember hingga 3 Januari 2025"
    if y2 is None:
        y2 = y1 + 1 if wraps and y1 is not None else y1
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    if y1 is None or y2 is None:
        return None
    start, end = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if start is None or end is None or start >= end:
        return None
    return Value(start.isoformat(), end.isoformat(), "day")


def resolve_month_range(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    m1, m2 = g.month(groups["m1"]), g.month(groups["m2"])
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    if y1 is None and y2 is None:
        if pub is None:
            return unresolved("month")
        y1 = _month_on_or_before(pub, m1, strict=False)[0]
    wraps = m2 <= m1  # "November hingga Februari 2025"
    if y2 is None:
        y2 = y1 + 1 if wraps and y1 is not None else y1
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    if y1 is None or y2 is None:
        return None
    if (y1, m1) >= (y2, m2):
        return None
    return Value(iso_month(y1, m1), iso_month(y2, m2), "month")


def resolve_year_range(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    return Value(str(y1), str(y2), "year") if y1 < y2 else None


def resolve_date(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    day, month = int(groups["d"]), g.month(groups["m"])
    if groups.get("y"):
        found = _safe_date(int(groups["y"]), month, day)
        return Value(found.isoformat(), None, "day") if found else None
    if pub is None:
        return unresolved("day")
    kind = g.marker_kind(None, groups.get("post"), ("past", "current", "future"))
    if kind == "future":
        found = _date_after(pub, month, day)
    elif kind == "current":
        found = _safe_date(pub.year, month, day)
    elif kind == "past":
        found = _date_on_or_before(pub, month, day, strict=True)
    else:
        found = _nearest_date(g, text, pub, month, day)
    return Value(found.isoformat(), None, "day") if found else None


def resolve_numeric(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    year = groups.get("y")
    # Without a year a bare "1/2" is a fraction; only a weekday before it makes it a date.
    if not year and not groups.get("wd"):
        return None
    # "14.30" and "3-1" are a clock time and a score; dots and dashes need a full year.
    if groups["sep"] != "/" and (not year or len(year) != 4):
        return None
    a, b = int(groups["a"]), int(groups["b"])
    day, month = (a, b) if g.numeric_order == "dmy" or a > 12 else (b, a)
    if not 1 <= month <= 12:
        return None
    if year:
        found = _safe_date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        return Value(found.isoformat(), None, "day") if found else None
    if pub is None:
        return unresolved("day")
    weekday = g.weekdays.get(normal(groups["wd"])) if groups.get("wd") else None
    found = _nearest_date(g, text, pub, month, day, weekday)
    return Value(found.isoformat(), None, "day") if found else None


def resolve_month_year(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    return Value(iso_month(int(m.group("y")), g.month(m.group("m"))), None, "month")


def resolve_month(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    name = normal(groups["m"])
    marker = groups.get("pre") or groups.get("post")
    looks_like_date = marker or groups.get("cue") or groups.get("phase") or groups.get("mw")
    if name in g.needs_cue and not looks_like_date:
        return None
    if pub is None:
        return unresolved("month")
    month = g.months[name]
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), ("past", "current", "future"))
    if kind == "current":
        return Value(iso_month(pub.year, month), None, "month")
    if kind is None and month > pub.month and _announced_before(g, text, m.start()):
        kind = "future"  # "pemangkasan baru dijadwalkan pada Juli", in June: this July
    if kind == "future":
        year = pub.year if month > pub.month else pub.year + 1
        return Value(iso_month(year, month), None, "month")
    return Value(iso_month(*_month_on_or_before(pub, month, strict=kind == "past")), None, "month")


def resolve_year(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    # A bare four-digit number is too often not a year ("Pemilu 2024" is fine, "2024 orang"
    # is not): only a cue, a phase or the word "tahun" makes it one.
    if not (groups.get("cue") or groups.get("phase") or groups.get("yw")):
        return None
    return Value(groups["y"], None, "year")


def resolve_weekday(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    name = normal(groups["wd"])
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), ("past", "current", "future"))
    if (
        name in g.weekdays_also_week
        and kind
        and not (groups.get("cue") or groups.get("part"))
        and _sentence_initial(text, m.start("wd"))
    ):
        return None  # "Minggu lalu, …" opening a sentence: last week (see time.yaml)
    if pub is None:
        return unresolved("day")
    weekday = g.weekdays[name]
    if groups.get("wrel"):
        relation = g.week_relation.fullmatch(groups["wrel"])
        assert relation is not None  # the grammar's wrel group is week_relation itself
        week_kind = g.marker_kind(relation["pre"], relation["post"], ("past", "current", "future"))
        shift = {"past": -1, "current": 0, "future": 1}.get(week_kind or "", 0)
        if relation["wn"]:
            shift *= g.number(relation["wn"])
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return Value((monday + timedelta(days=weekday)).isoformat(), None, "day")
    back = (pub.weekday() - weekday) % 7
    if kind is None and back and _announced_before(g, text, m.start("wd")):
        kind = "future"  # "would be flown to Surabaya on Thursday": the coming one
    if kind == "past":
        found = pub - timedelta(days=back or 7)
    elif kind == "future":
        found = pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    elif kind == "current":
        found = pub - timedelta(days=pub.weekday() - weekday)
    else:
        found = pub - timedelta(days=back)
    return Value(found.isoformat(), None, "day")


def resolve_relative_day(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    if _after_vague_count(g, text, m.start("core")):
        return None
    if pub is None:
        return unresolved("day")
    days = g.relative_days[normal(m.group("word"))]
    return Value((pub + timedelta(days=days)).isoformat(), None, "day")


def resolve_unit_relative(
    g: Grammar, m: re.Match[str], text: str, pub: date | None
) -> Value | None:
    groups = m.groupdict()
    if _is_sunday_not_week(g, m, "unit", text) or _after_vague_count(g, text, m.start("core")):
        return None
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), MARKER_KINDS)
    if kind not in g.bare_unit_kinds:
        return None
    unit = g.units[normal(groups["unit"])]
    if pub is None:
        return unresolved("month" if unit == "month" else "year" if unit == "year" else "day")
    if kind == "recent":
        return _span_to(pub, unit, -1)
    return _shift_point(pub, unit, {"past": -1, "current": 0, "future": 1}[kind])


def resolve_count(g: Grammar, m: re.Match[str], text: str, pub: date | None) -> Value | None:
    groups = m.groupdict()
    pre, post = groups.get("pre"), groups.get("post")
    # English "last" is recent before a count ("the last eight months") but past before a bare
    # unit ("last week"): a count looks for "recent" first.
    kind = g.marker_kind(pre, None, ("recent", "past", "future")) or g.marker_kind(
        None, post, ("past", "recent", "future")
    )
    if kind is None:
        return None
    unit, n = g.unit(m), g.count(m)
    if pub is None:
        return unresolved("month" if unit == "month" else "year" if unit == "year" else "day")
    if kind == "past":
        return _shift_point(pub, unit, -n)
    return _span_to(pub, unit, -n if kind == "recent" else n)
