"""Find time expressions in news text and resolve them against the publication date.

    >>> [t.start for t in find_times("Pakta itu diteken pada Juni lalu.", date(2025, 1, 14), load_pack("id"))]
    ['2024-06']

Candidates come from regular expressions compiled once per language pack from its
``time.yaml`` (month and weekday names, markers such as ``lalu``/``terakhir``, cue words);
each kind of expression has a small resolver that does the calendar arithmetic.

Why rules and not dateparser in this path (measured with dateparser 1.5, see docs/libraries.md):
it returns None for half of what news text says (``September lalu``, ``awal November 2024``,
``pekan lalu``, ``delapan bulan terakhir``, ``sejak Februari 2022``), ``parse`` loses the
granularity (``Desember`` and ``1 Desember`` both come back as a datetime), it reads a weekday
as strictly before the base date (we need on-or-before), it takes ``14.30`` and a bare ``3``
for dates, and one call costs 0.5–1 ms, against a budget of well under 1 ms per sentence.
dateparser is used where it is the right tool: ``parse_time`` falls back to it for a single
phrase the rules do not cover (ISO stamps, English ordinals such as ``March 3rd``), with
``RELATIVE_BASE``, ``PREFER_DATES_FROM='past'``, the pack's language, and a cache.

Resolution rules (all relative to the publication date, never to the system clock; without
a publication date a relative expression keeps its text and gets ``start=None``):

- a month without a year is the most recent such month on or before the publication month;
  with a past marker (``September lalu``, ``last June``) strictly before it;
- a day without a year (``13 Januari``, ``Minggu (12/1)``) is the most recent such date on
  or before publication, unless the sentence announces it (``dijadwalkan pada 20 April``)
  and the next one is at most ``ANNOUNCED_DAYS`` after publication; a weekday beside it
  (``Senin (20/4)``) decides when only one of the two falls on it;
- a weekday is the most recent such day on or before publication (strictly before with a
  past marker); ``pekan lalu`` is the Monday–Sunday week before publication's week;
- ``N <unit> lalu`` is a point N units back (a week as its Monday–Sunday span);
  ``N <unit> terakhir`` is the span from N units back to publication;
- phases (``awal``, ``akhir``, ``pertengahan``) keep the granularity of what they modify.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

from silang.lang import LanguagePack, load_pack
from silang.model import TimeSpan
from silang.regex_cache import compile_regex

__all__ = ["find_times", "parse_time", "load_pack"]

_YEAR = r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
_COUNT = r"(?<![\d.,])[1-9]\d{0,2}(?!\d|[.,]\d)"
_START = r"(?<!\w)"
_END = r"(?!\w)"
_NEVER = r"(?!)"
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_DIGIT_TRIGGERS = re.compile(r"(?P<numeric>\d/\d)|(?P<year>(?<!\d)(?:19|20)\d\d(?!\d))")
_SENTENCE_END = ".!?\n"
_OPENERS = " \t\"'“‘«([–—-"
_MARKER_KINDS = ("past", "current", "future", "recent")


class _Value(NamedTuple):
    """A resolved expression: ISO start/end (None when it cannot be anchored) and granularity."""

    start: str | None
    end: str | None
    granularity: str


# A found expression: its start and end in the sentence, and its value.
_Span = tuple[int, int, _Value]


def _normal(word: str) -> str:
    """Lower case, single spaces, no trailing dot: the key form of a table word."""
    return " ".join(word.lower().rstrip(".").split())


def _alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """A regex alternation of ``words``, longest first; spaces inside a word match any run of
    whitespace. ``cased`` admits only the capitalised and all-capitals spellings."""
    forms: set[str] = set()
    for word in words:
        if cased:
            forms.update({word[:1].upper() + word[1:], word.upper()})
        else:
            forms.add(word)
    if not forms:
        return _NEVER
    parts = [r"\s+".join(re.escape(piece) for piece in form.split()) for form in forms]
    # Longest first; then in text order, so that every process writes the same pattern
    # (silang.regex_cache keeps its compiled code under its text).
    body = "|".join(sorted(parts, key=lambda part: (-len(part), part)))
    return f"(?:{body})" if cased else f"(?i:{body})"


def _trigger_word(phrase: str) -> str:
    """The word whose presence a sentence must show before a phrase can match (its longest)."""
    return max(_LETTERS.findall(phrase.lower()), key=len, default="")


@dataclass(slots=True)
class _Pattern:
    """One compiled shape of expression, the trigger classes it needs, and its resolver."""

    kind: str
    regex: re.Pattern[str]
    needs: frozenset[str]
    resolve: Callable[[_Grammar, re.Match[str], str, date | None], _Value | None]


@dataclass(slots=True)
class _Grammar:
    """A language pack's time table, as lookups and compiled patterns."""

    months: dict[str, int]
    abbreviations: dict[str, int]
    needs_cue: frozenset[str]
    weekdays: dict[str, int]
    weekdays_also_week: frozenset[str]
    units: dict[str, str]
    one_unit_words: dict[str, str]
    numbers: dict[str, int]
    vague_counts: frozenset[str]
    relative_days: dict[str, int]
    before_kinds: dict[str, list[str]]
    after_kinds: dict[str, list[str]]
    bare_unit_kinds: frozenset[str]
    since: frozenset[str]
    numeric_order: str
    # Words that announce what is to come ("dijadwalkan", "due to"): see _nearest_date.
    announcing: re.Pattern[str] | None
    triggers: dict[str, frozenset[str]]
    week_relation: re.Pattern[str]
    clock: list[re.Pattern[str]]
    dateparser_language: str
    patterns: list[_Pattern]

    def month(self, token: str) -> int:
        key = _normal(token)
        return self.months.get(key) or self.abbreviations[key]

    def marker_kind(
        self, before: str | None, after: str | None, order: tuple[str, ...]
    ) -> str | None:
        """The kind (past/current/future/recent) of the marker found, in ``order`` of preference."""
        kinds: list[str] = []
        if before:
            kinds += self.before_kinds.get(_normal(before), [])
        if after:
            kinds += self.after_kinds.get(_normal(after), [])
        return next((kind for kind in order if kind in kinds), None)

    def count(self, match: re.Match[str]) -> int:
        groups = match.groupdict()
        if groups.get("one"):
            return 1
        n = groups["n"]
        return int(n) if n.isdigit() else self.numbers[_normal(n)]

    def unit(self, match: re.Match[str]) -> str:
        groups = match.groupdict()
        if groups.get("one"):
            return self.one_unit_words[_normal(groups["one"])]
        return self.units[_normal(groups["unit"])]


# --- calendar helpers --------------------------------------------------------------------


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + n, 12)
    return y, m0 + 1


def _iso_month(year: int, month: int) -> str:
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
    g: _Grammar, text: str, published: date, month: int, day: int, weekday: int | None = None
) -> date | None:
    """A day without a year: the latest on or before publication, unless the sentence
    announces something (``announcing_words``) and the next one falls within
    ANNOUNCED_DAYS after it; a weekday written beside it decides between the two when
    only one of them falls on it."""
    before = _date_on_or_before(published, month, day)
    after = _date_after(published, month, day)
    options = [d for d in (before, after) if d is not None]
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    announced = g.announcing is not None and g.announcing.search(text) is not None
    if after in options and (
        len(options) == 1 or (announced and (after - published).days <= ANNOUNCED_DAYS)
    ):
        return after
    return before if before in options else None


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


def _week_span(day: date) -> _Value:
    monday = day - timedelta(days=day.weekday())
    return _Value(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day")


def _shift_point(published: date, unit: str, n: int) -> _Value:
    """The point ``n`` units from publication (negative = back); a week as its span."""
    if unit == "day":
        return _Value((published + timedelta(days=n)).isoformat(), None, "day")
    if unit == "week":
        return _week_span(published + timedelta(weeks=n))
    if unit == "month":
        return _Value(_iso_month(*_add_months(published.year, published.month, n)), None, "month")
    return _Value(f"{published.year + n:04d}", None, "year")


def _span_to(published: date, unit: str, n: int) -> _Value:
    """From publication ``n`` units back (or forward, ``n`` > 0) to publication, as a span."""
    if unit in ("day", "week"):
        other = published + timedelta(days=n * (7 if unit == "week" else 1))
        first, last = sorted((other, published))
        return _Value(first.isoformat(), last.isoformat(), "day")
    if unit == "month":
        here = (published.year, published.month)
        first_month, last_month = sorted((_add_months(*here, n), here))
        return _Value(_iso_month(*first_month), _iso_month(*last_month), "month")
    first_year, last_year = sorted((published.year + n, published.year))
    return _Value(f"{first_year:04d}", f"{last_year:04d}", "year")


def _unresolved(granularity: str) -> _Value:
    return _Value(None, None, granularity)


# --- context checks ----------------------------------------------------------------------


def _sentence_initial(text: str, position: int) -> bool:
    """True when only opening quotes or brackets stand between ``position`` and a sentence end."""
    i = position - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _after_vague_count(grammar: _Grammar, text: str, position: int) -> bool:
    """``beberapa hari terakhir``: a unit after a count we cannot read is no time at all."""
    before = _LETTERS.findall(text[max(0, position - 20) : position])
    return bool(before) and before[-1].lower() in grammar.vague_counts


def _is_sunday_not_week(grammar: _Grammar, match: re.Match[str], group: str, text: str) -> bool:
    """A capitalised ``Minggu`` inside a sentence is Sunday, not the unit ``week``."""
    token = match.group(group)
    return (
        _normal(token) in grammar.weekdays_also_week
        and token[:1].isupper()
        and not _sentence_initial(text, match.start(group))
    )


# --- resolvers: one per kind of expression -----------------------------------------------


def _resolve_day_range(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
    groups = m.groupdict()
    d1, d2 = int(groups["d1"]), int(groups["d2"])
    m2 = g.month(groups["m2"])
    m1 = g.month(groups["m1"]) if groups.get("m1") else m2
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    if y1 is None and y2 is None:
        # No year: the start is the most recent such date on or before publication.
        if pub is None:
            return _unresolved("day")
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
    return _Value(start.isoformat(), end.isoformat(), "day")


def _resolve_month_range(
    g: _Grammar, m: re.Match[str], text: str, pub: date | None
) -> _Value | None:
    groups = m.groupdict()
    m1, m2 = g.month(groups["m1"]), g.month(groups["m2"])
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    if y1 is None and y2 is None:
        if pub is None:
            return _unresolved("month")
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
    return _Value(_iso_month(y1, m1), _iso_month(y2, m2), "month")


def _resolve_year_range(
    g: _Grammar, m: re.Match[str], text: str, pub: date | None
) -> _Value | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    return _Value(str(y1), str(y2), "year") if y1 < y2 else None


def _resolve_date(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
    groups = m.groupdict()
    day, month = int(groups["d"]), g.month(groups["m"])
    if groups.get("y"):
        found = _safe_date(int(groups["y"]), month, day)
        return _Value(found.isoformat(), None, "day") if found else None
    if pub is None:
        return _unresolved("day")
    kind = g.marker_kind(None, groups.get("post"), ("past", "current", "future"))
    if kind == "future":
        found = _date_after(pub, month, day)
    elif kind == "current":
        found = _safe_date(pub.year, month, day)
    elif kind == "past":
        found = _date_on_or_before(pub, month, day, strict=True)
    else:
        found = _nearest_date(g, text, pub, month, day)
    return _Value(found.isoformat(), None, "day") if found else None


def _resolve_numeric(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
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
        return _Value(found.isoformat(), None, "day") if found else None
    if pub is None:
        return _unresolved("day")
    weekday = g.weekdays.get(_normal(groups["wd"])) if groups.get("wd") else None
    found = _nearest_date(g, text, pub, month, day, weekday)
    return _Value(found.isoformat(), None, "day") if found else None


def _resolve_month_year(
    g: _Grammar, m: re.Match[str], text: str, pub: date | None
) -> _Value | None:
    return _Value(_iso_month(int(m.group("y")), g.month(m.group("m"))), None, "month")


def _resolve_month(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
    groups = m.groupdict()
    name = _normal(groups["m"])
    marker = groups.get("pre") or groups.get("post")
    looks_like_date = marker or groups.get("cue") or groups.get("phase") or groups.get("mw")
    if name in g.needs_cue and not looks_like_date:
        return None
    if pub is None:
        return _unresolved("month")
    month = g.months[name]
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), ("past", "current", "future"))
    if kind == "current":
        return _Value(_iso_month(pub.year, month), None, "month")
    if kind == "future":
        year = pub.year if month > pub.month else pub.year + 1
        return _Value(_iso_month(year, month), None, "month")
    return _Value(
        _iso_month(*_month_on_or_before(pub, month, strict=kind == "past")), None, "month"
    )


def _resolve_year(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
    groups = m.groupdict()
    # A bare four-digit number is too often not a year ("Pemilu 2024" is fine, "2024 orang"
    # is not): only a cue, a phase or the word "tahun" makes it one.
    if not (groups.get("cue") or groups.get("phase") or groups.get("yw")):
        return None
    return _Value(groups["y"], None, "year")


def _resolve_weekday(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
    groups = m.groupdict()
    name = _normal(groups["wd"])
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), ("past", "current", "future"))
    if (
        name in g.weekdays_also_week
        and kind
        and not (groups.get("cue") or groups.get("part"))
        and _sentence_initial(text, m.start("wd"))
    ):
        return None  # "Minggu lalu, …" opening a sentence: last week (see time.yaml)
    if pub is None:
        return _unresolved("day")
    weekday = g.weekdays[name]
    if groups.get("wrel"):
        relation = g.week_relation.fullmatch(groups["wrel"])
        assert relation is not None  # the grammar's wrel group is week_relation itself
        week_kind = g.marker_kind(relation["pre"], relation["post"], ("past", "current", "future"))
        shift = {"past": -1, "current": 0, "future": 1}.get(week_kind or "", 0)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return _Value((monday + timedelta(days=weekday)).isoformat(), None, "day")
    back = (pub.weekday() - weekday) % 7
    if kind == "past":
        found = pub - timedelta(days=back or 7)
    elif kind == "future":
        found = pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    elif kind == "current":
        found = pub - timedelta(days=pub.weekday() - weekday)
    else:
        found = pub - timedelta(days=back)
    return _Value(found.isoformat(), None, "day")


def _resolve_relative_day(
    g: _Grammar, m: re.Match[str], text: str, pub: date | None
) -> _Value | None:
    if _after_vague_count(g, text, m.start("core")):
        return None
    if pub is None:
        return _unresolved("day")
    days = g.relative_days[_normal(m.group("word"))]
    return _Value((pub + timedelta(days=days)).isoformat(), None, "day")


def _resolve_unit_relative(
    g: _Grammar, m: re.Match[str], text: str, pub: date | None
) -> _Value | None:
    groups = m.groupdict()
    if _is_sunday_not_week(g, m, "unit", text) or _after_vague_count(g, text, m.start("core")):
        return None
    kind = g.marker_kind(groups.get("pre"), groups.get("post"), _MARKER_KINDS)
    if kind not in g.bare_unit_kinds:
        return None
    unit = g.units[_normal(groups["unit"])]
    if pub is None:
        return _unresolved("month" if unit == "month" else "year" if unit == "year" else "day")
    if kind == "recent":
        return _span_to(pub, unit, -1)
    return _shift_point(pub, unit, {"past": -1, "current": 0, "future": 1}[kind])


def _resolve_count(g: _Grammar, m: re.Match[str], text: str, pub: date | None) -> _Value | None:
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
        return _unresolved("month" if unit == "month" else "year" if unit == "year" else "day")
    if kind == "past":
        return _shift_point(pub, unit, -n)
    return _span_to(pub, unit, -n if kind == "recent" else n)


# --- compiling a pack --------------------------------------------------------------------


def _duration_numbers(
    pack: LanguagePack, table: dict[str, Any], vague: frozenset[str]
) -> dict[str, int]:
    """The pack's own duration numbers, plus plain cardinals (1–100) from numbers.yaml."""
    numbers = {_normal(k): int(v) for k, v in (table.get("duration_numbers") or {}).items()}
    words = (pack.table("numbers") or {}).get("words") or {}
    if isinstance(words, dict):
        for word, value in words.items():
            if (
                isinstance(word, str)
                and isinstance(value, int)
                and not isinstance(value, bool)
                and 1 <= value <= 100
                and _normal(word) not in vague
            ):
                numbers.setdefault(_normal(word), value)
    return numbers


def _marker_index(markers: dict[str, dict[str, list[str]]], side: str) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for kind in _MARKER_KINDS:
        for word in (markers.get(kind) or {}).get(side) or []:
            index.setdefault(_normal(word), []).append(kind)
    return index


@cache
def _grammar(pack: LanguagePack) -> _Grammar:
    """Compile the pack's ``time.yaml`` once."""
    t: dict[str, Any] = pack.table("time")
    if not t:
        raise ValueError(f"{pack!r} has no time.yaml")
    months = {_normal(k): int(v) for k, v in t["months"].items()}
    abbreviations = {_normal(k): int(v) for k, v in (t.get("month_abbreviations") or {}).items()}
    weekdays = {_normal(k): int(v) for k, v in t["weekdays"].items()}
    units = {_normal(k): v for k, v in t["units"].items()}
    one_unit = {_normal(k): v for k, v in (t.get("one_unit_words") or {}).items()}
    vague = frozenset(_normal(w) for w in t.get("vague_counts") or [])
    numbers = _duration_numbers(pack, t, vague)
    relative_days = {_normal(k): int(v) for k, v in (t.get("relative_days") or {}).items()}
    markers: dict[str, dict[str, list[str]]] = t.get("markers") or {}
    before_kinds, after_kinds = _marker_index(markers, "before"), _marker_index(markers, "after")

    def words(*keys: str) -> list[str]:
        return [w for key in keys for w in (t.get(key) or [])]

    def marker_words(side: str, kinds: Iterable[str]) -> list[str]:
        return [w for kind in kinds for w in (markers.get(kind) or {}).get(side) or []]

    since = words("since")
    month_full = _alternation(months, cased=True)
    # The dot belongs to an abbreviation ("Des."), never to a full name ending a sentence.
    month_any = rf"(?:{month_full}|{_alternation(abbreviations, cased=True)}\.?)"
    weekday = _alternation(weekdays, cased=True)
    year_word = _alternation(words("year_word"))
    month_word = _alternation(words("month_word"))
    phase = _alternation(words("phases"))
    part = _alternation(words("day_parts"))
    unit = _alternation(units)
    suffix = _alternation(words("day_suffixes"))
    day = r"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?!\d|[.,/]\d)"
    suffix_opt = rf"(?:{suffix})?"
    # English "the 3rd of March": an article before the day and a joiner after it, as data.
    day_lead = rf"(?:{_alternation(words('day_articles'))}\s+)?"
    day_join = rf"(?:\s+{_alternation(words('day_month_joiners'))})?"
    dashes = re.escape(t.get("range_dashes") or "-")
    connector = rf"(?:\s*[{dashes}]\s*|\s+{_alternation(words('range_words'))}\s+)"
    pcf = ("past", "current", "future")
    pre_pcf, post_pcf = (
        _alternation(marker_words("before", pcf)),
        _alternation(marker_words("after", pcf)),
    )
    pre_all = _alternation(marker_words("before", _MARKER_KINDS))
    post_all = _alternation(marker_words("after", _MARKER_KINDS))
    week_units = _alternation([w for w, u in units.items() if u == "week"])
    week_relation = rf"(?:(?P<pre>{pre_pcf})\s+{week_units}|{week_units}\s+(?P<post>{post_pcf}))"
    count = rf"(?:{_COUNT}|{_alternation(numbers)})"

    def cue(*keys: str) -> str:
        return rf"{_START}(?:(?P<cue>{_alternation(words(*keys, 'since'))})\s+)?"

    phase_opt = rf"(?:(?P<phase>{phase})(?:\s+|-))?"
    shapes: list[tuple[str, str, set[str], Callable[..., _Value | None]]] = []

    def add(kind: str, body: str, needs: set[str], resolve: Callable[..., _Value | None]) -> None:
        shapes.append((kind, body, needs, resolve))

    if t.get("day_before_month", True):
        add(
            "day_range",
            cue("month_cues")
            + rf"(?P<core>(?P<d1>{day}){suffix_opt}(?:\s+(?P<m1>{month_any})(?:\s+(?P<y1>{_YEAR}))?)?"
            + rf"{connector}(?P<d2>{day}){suffix_opt}\s+(?P<m2>{month_any})(?:,?\s+(?P<y2>{_YEAR}))?){_END}",
            {"month"},
            _resolve_day_range,
        )
        add(
            "date",
            cue("month_cues", "weekday_cues")
            + rf"(?P<core>(?:(?P<wd>{weekday}),?\s+)?{day_lead}(?P<d>{day}){suffix_opt}{day_join}\s+(?P<m>{month_any})"
            + rf"(?:,?\s+(?P<y>{_YEAR}))?(?:\s+(?P<post>{post_pcf}))?){_END}",
            {"month"},
            _resolve_date,
        )
    if t.get("day_after_month", False):
        add(
            "day_range",
            cue("month_cues")
            + rf"(?P<core>(?P<m2>{month_any})\s+(?P<d1>{day}){suffix_opt}{connector}(?P<d2>{day}){suffix_opt}"
            + rf"(?:,?\s+(?P<y2>{_YEAR}))?){_END}",
            {"month"},
            _resolve_day_range,
        )
        add(
            "date",
            cue("month_cues", "weekday_cues")
            + rf"(?P<core>(?:(?P<wd>{weekday}),?\s+)?(?P<m>{month_any})\s+(?P<d>{day}){suffix_opt}"
            + rf"(?:,?\s+(?P<y>{_YEAR}))?){_END}",
            {"month"},
            _resolve_date,
        )
    add(
        "month_range",
        cue("month_cues")
        + rf"(?P<core>(?:{month_word}\s+)?(?P<m1>{month_full})(?:\s+(?P<y1>{_YEAR}))?"
        + rf"{connector}(?P<m2>{month_full})(?:\s+(?P<y2>{_YEAR}))?){_END}",
        {"month"},
        _resolve_month_range,
    )
    add(
        "year_range",
        cue("year_cues")
        + rf"(?P<core>(?:{year_word}\s+)?(?P<y1>{_YEAR}){connector}(?P<y2>{_YEAR})){_END}",
        {"year"},
        _resolve_year_range,
    )
    add(
        "numeric",
        cue("weekday_cues", "month_cues")
        + rf"(?P<core>(?:(?P<wd>{weekday})\s*,?\s*)?(?P<open>\()?(?<![\d./,-])(?P<a>\d{{1,2}})"
        + r"(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\d|[./-]\d)(?(open)\))"
        + rf"(?:\s+(?P<part>{part}))?)",
        {"numeric", "year"},
        _resolve_numeric,
    )
    add(
        "month_year",
        cue("month_cues")
        + rf"(?P<core>{phase_opt}(?:(?P<mw>{month_word})\s+)?(?P<m>{month_any}),?\s+(?P<y>{_YEAR})){_END}",
        {"month"},
        _resolve_month_year,
    )
    add(
        "month",
        cue("month_cues")
        + rf"(?P<core>{phase_opt}(?:(?P<pre>{pre_pcf})\s+)?(?:(?P<mw>{month_word})\s+)?"
        + rf"(?P<m>{month_full})(?:\s+(?P<post>{post_pcf}))?){_END}",
        {"month"},
        _resolve_month,
    )
    add(
        "year",
        cue("year_cues") + rf"(?P<core>{phase_opt}(?:(?P<yw>{year_word})\s+)?(?P<y>{_YEAR})){_END}",
        {"year"},
        _resolve_year,
    )
    add(
        "weekday",
        cue("weekday_cues")
        + rf"(?P<core>(?:(?P<pre>{pre_pcf})\s+)?(?P<wd>{weekday})(?:\s+(?P<part>{part}))?"
        + rf"(?:\s+(?P<wrel>{week_relation.replace('?P<pre>', '?:').replace('?P<post>', '?:')})"
        + rf"|\s+(?P<post>{post_pcf}))?){_END}",
        {"weekday"},
        _resolve_weekday,
    )
    add(
        "relative_day",
        cue("weekday_cues")
        + rf"(?P<core>(?P<word>{_alternation(relative_days)})(?:\s+(?P<part>{part}))?){_END}",
        {"relday"},
        _resolve_relative_day,
    )
    if marker_words("before", _MARKER_KINDS):
        add(
            "unit_relative",
            cue("month_cues")
            + rf"(?P<core>{phase_opt}(?P<pre>{pre_all})\s+(?P<unit>{unit})){_END}",
            {"unit"},
            _resolve_unit_relative,
        )
    if marker_words("after", _MARKER_KINDS):
        add(
            "unit_relative",
            cue("month_cues")
            + rf"(?P<core>{phase_opt}(?P<unit>{unit})\s+(?P<post>{post_all})){_END}",
            {"unit"},
            _resolve_unit_relative,
        )
    add(
        "count",
        cue("duration_cues")
        + rf"(?P<core>(?:(?P<pre>{pre_all})\s+)?(?:(?P<n>{count})\s+(?P<unit>{unit})"
        + rf"|(?P<one>{_alternation(one_unit)}))(?:\s+(?P<post>{post_all}))?){_END}",
        {"unit", "oneunit"},
        _resolve_count,
    )

    triggers: dict[str, set[str]] = {}
    for cls, entries in (
        ("month", [*months, *abbreviations]),
        ("weekday", weekdays),
        ("relday", relative_days),
        ("unit", units),
        ("oneunit", one_unit),
    ):
        for entry in entries:
            triggers.setdefault(_trigger_word(entry), set()).add(cls)
    return _Grammar(
        months=months,
        abbreviations=abbreviations,
        needs_cue=frozenset(_normal(w) for w in t.get("months_needing_cue") or []),
        weekdays=weekdays,
        weekdays_also_week=frozenset(_normal(w) for w in t.get("weekdays_also_week") or []),
        units=units,
        one_unit_words=one_unit,
        numbers=numbers,
        vague_counts=vague,
        relative_days=relative_days,
        before_kinds=before_kinds,
        after_kinds=after_kinds,
        bare_unit_kinds=frozenset(t.get("bare_unit_markers") or ("past", "current", "future")),
        since=frozenset(_normal(w) for w in since),
        numeric_order=t.get("numeric_date_order", "dmy"),
        announcing=(
            re.compile(rf"(?<!\w)(?:{_alternation(words('announcing_words'))})(?!\w)", re.I)
            if words("announcing_words")
            else None
        ),
        triggers={word: frozenset(classes) for word, classes in triggers.items()},
        week_relation=re.compile(week_relation),
        clock=[re.compile(p) for p in t.get("clock_patterns") or []],
        dateparser_language=t.get("dateparser_language", pack.code),
        patterns=[_Pattern(k, compile_regex(b), frozenset(n), r) for k, b, n, r in shapes],
    )


# --- public API --------------------------------------------------------------------------


def parse_published(value: date | str | None) -> date | None:
    """A publication date as a ``date``: an ISO date or timestamp is parsed, a datetime
    loses its time; None and ``""`` are None.

    >>> parse_published("2024-11-15T08:30:00+07:00"), parse_published(datetime(2024, 11, 15, 8))
    (datetime.date(2024, 11, 15), datetime.date(2024, 11, 15))
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _present_triggers(grammar: _Grammar, text: str) -> set[str]:
    """Which kinds of time word the text contains at all: the cheap test most sentences fail."""
    present: set[str] = set()
    # A set operation in C (it walks the sentence's words, looking each up among the keys):
    # a sentence holds a trigger word or two among dozens of words.
    for word in grammar.triggers.keys() & _LETTERS.findall(text.lower()):
        present.update(grammar.triggers[word])
    if _DIGIT.search(text):  # both digit triggers start with a digit
        for hit in _DIGIT_TRIGGERS.finditer(text):
            present.add(hit.lastgroup or "")
    return present


def _longest_first(candidates: list[_Span]) -> list[_Span]:
    """The candidates that no longer one overlaps, in text order: the longest expression
    wins an overlap ("Senin (13/1/2025)" over "Senin"), then the earliest."""
    candidates = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[_Span] = []
    # The chosen spans sorted, for a binary search instead of a check against each of them
    # (quadratic: 65 s for a sentence listing 10,000 dates).
    taken: list[tuple[int, int]] = []
    for candidate in candidates:
        if not _overlaps(taken, candidate[0], candidate[1]):
            chosen.append(candidate)
            bisect.insort(taken, (candidate[0], candidate[1]))
    chosen.sort(key=lambda c: c[0])
    return chosen


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``taken``: sorted spans that overlap none
    of each other, so their ends rise with their starts and the last span starting before
    ``end`` is the only one to check."""
    before = bisect.bisect_left(taken, (end,))
    return before > 0 and taken[before - 1][1] > start


def find_times(
    text: str, published: date | str | None, pack: LanguagePack, offset: int = 0
) -> list[TimeSpan]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    ``char_start``/``char_end`` are offsets into ``text`` plus ``offset`` (pass a sentence's
    start to get article offsets). ``published`` may also be an ISO string.
    """
    grammar = _grammar(pack)
    present = _present_triggers(grammar, text)
    if not present:
        return []
    pub = parse_published(published)
    candidates: list[_Span] = []
    for pattern in grammar.patterns:
        if pattern.needs.isdisjoint(present):
            continue
        for match in pattern.regex.finditer(text):
            try:
                value = pattern.resolve(grammar, match, text, pub)
            except (OverflowError, ValueError):
                # "besok" written on 9999-12-31, "3 tahun lalu" on 0001-01-01: past the
                # calendar's ends, so no date at all rather than a crash.
                continue
            if value is None:
                continue
            cue = match.group("cue")
            start = match.start("core")
            if cue and _normal(cue) in grammar.since:
                start = match.start("cue")
                value = _Value(value.start, None, value.granularity)
            candidates.append((start, match.end("core"), value))
    chosen = _longest_first(candidates)
    return [
        TimeSpan(
            start=value.start,
            end=value.end,
            text=text[s:e],
            granularity=value.granularity,
            char_start=s + offset,
            char_end=e + offset,
        )
        for s, e, value in chosen
    ]


def clock_times(text: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """Spans of the clock times in ``text`` ("pukul 02.30 WITA", "4:30 a.m."): an hour of
    a day the text names elsewhere, no date of their own.

    >>> from silang.lang import load_pack
    >>> clock_times("Banjir datang sekitar pukul 02.30 WITA.", load_pack("id"))
    [(22, 38)]
    """
    found = sorted(
        ((m.start(), m.end()) for clock in _grammar(pack).clock for m in clock.finditer(text)),
        key=lambda span: (span[0], -span[1]),
    )
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and start < spans[-1][1]:
            continue  # "02.30 WITA" inside "pukul 02.30 WITA"
        spans.append((start, end))
    return spans


def parse_time(phrase: str, published: date | str | None, pack: LanguagePack) -> TimeSpan | None:
    """The first time expression in ``phrase``, or None.

    Falls back to dateparser for phrases the rules do not cover (``2025-01-14T10:00:00``,
    ``the 3rd of March 2024``); clock times alone (``pukul 14.30 WIB``) are no date.
    """
    found = find_times(phrase, published, pack)
    if found:
        return found[0]
    grammar = _grammar(pack)
    stripped = phrase
    for clock in grammar.clock:
        stripped = clock.sub(" ", stripped)
    stripped = " ".join(stripped.split())
    # dateparser reads a lone number ("3") as a day of the current month: demand a letter or
    # a full year before asking it.
    if not stripped or not (_LETTERS.search(stripped) or _DIGIT_TRIGGERS.search(stripped)):
        return None
    pub = parse_published(published)
    try:
        value = _dateparser_value(stripped, grammar.dateparser_language, pub)
    except (OverflowError, ValueError):  # past the calendar's ends
        return None
    if value is None:
        return None
    return TimeSpan(value.start, value.end, phrase.strip(), value.granularity, 0, len(phrase))


# Two bases far apart: a phrase that resolves the same against both is absolute.
_PROBE_BASES = (datetime(2001, 7, 15), datetime(2019, 2, 20))
_PERIOD_GRANULARITY = {"year": "year", "month": "month", "week": "day", "day": "day"}


@lru_cache(maxsize=4096)
def _dateparser_value(phrase: str, language: str, published: date | None) -> _Value | None:
    """Resolve one phrase with dateparser (imported here: it is slow to import and to run)."""
    from dateparser.date import DateDataParser

    def parse(base: datetime) -> tuple[datetime | None, str | None]:
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        data = DateDataParser(languages=[language], settings=settings).get_date_data(phrase)
        return data.date_obj, data.period

    if published is not None:
        moment, period = parse(datetime(published.year, published.month, published.day))
    else:
        moment, period = parse(_PROBE_BASES[0])
        if moment is not None and parse(_PROBE_BASES[1])[0] != moment:
            # Relative ("3 days ago"): without a publication date it cannot be anchored.
            return _unresolved(_PERIOD_GRANULARITY.get(period or "", "day"))
    granularity = _PERIOD_GRANULARITY.get(period or "")
    if moment is None or granularity is None:
        return None
    iso = {"year": f"{moment.year:04d}", "month": _iso_month(moment.year, moment.month)}
    return _Value(iso.get(granularity, moment.date().isoformat()), None, granularity)
