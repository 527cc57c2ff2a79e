"""Find time expressions in news text and resolve them against the publication date.

    >>> [t.start for t in find_times("Pakta itu diteken pada Juni lalu.", date(2025, 1, 14), load_pack("id"))]
    ['2024-06']

Candidates come from regular expressions compiled once per language pack from its
``time.yaml`` (month and weekday names, markers such as ``lalu``/``terakhir``, cue words);
each kind of expression has a small resolver that does the calendar arithmetic. ``grammar``
compiles the patterns, one function per family of expression; ``resolvers`` holds the
resolvers and their calendar helpers.

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
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from itertools import filterfalse

from silang.extract.times.grammar import Grammar, grammar_of
from silang.extract.times.resolvers import LETTERS, Value, iso_month, normal, unresolved
from silang.lang import LanguagePack, load_pack
from silang.model import TimeSpan, day_part_of_hour

__all__ = ["find_times", "parse_time", "load_pack"]


_DIGIT = re.compile(r"\d")
_DIGIT_TRIGGERS = re.compile(r"(?P<numeric>\d/\d)|(?P<year>(?<!\d)(?:19|20)\d\d(?!\d))")

# A found expression: its start and end in the sentence, and its value.
_Span = tuple[int, int, Value]


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


def _present_triggers(grammar: Grammar, text: str, words: Sequence[str] | None = None) -> set[str]:
    """Which kinds of time word the text contains at all: the cheap test most sentences fail.
    ``words``: the text's lower-case tokens (``tokenize``), if the caller has them."""
    present: set[str] = set()
    keys = grammar.trigger_words
    # A set operation in C (it walks the sentence's words, looking each up among the keys):
    # a sentence holds a trigger word or two among dozens of words.
    if words is None:
        found = keys.intersection(LETTERS.findall(text.lower()))
    else:
        # The letter runs of the lower-cased text are the tokens that are one run (every
        # key is one: ``_trigger_word``), and the runs inside the others ("luka-luka",
        # "2024-an"): a run never crosses two tokens, as only whitespace and marks that
        # are no letters part them. Only Greek's final sigma lower-cases otherwise in a
        # token than in its text, and no key holds a sigma. No second regex pass over the
        # sentence, and no lower-casing of it again.
        found = keys.intersection(words)
        for word in filterfalse(str.isalpha, words):
            if len(word) > 1 and not word.isdecimal():
                found |= keys.intersection(LETTERS.findall(word))
    for word in found:
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
    text: str,
    published: date | str | None,
    pack: LanguagePack,
    offset: int = 0,
    words: Sequence[str] | None = None,
) -> list[TimeSpan]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    ``char_start``/``char_end`` are offsets into ``text`` plus ``offset`` (pass a sentence's
    start to get article offsets). ``published`` may also be an ISO string. ``words``: the
    lower-case tokens of ``text`` (``tokenize``), if the caller has them.
    """
    grammar = grammar_of(pack)
    present = _present_triggers(grammar, text, words)
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
            if value is None or not _in_the_calendar(value):
                continue
            cue = match.group("cue")
            start = match.start("core")
            if cue and normal(cue) in grammar.since:
                # "sejak Kamis malam", written on Tuesday: from Thursday up to the report,
                # so a figure told with it holds as of the report, not of Thursday.
                start = match.start("cue")
                now = pub.isoformat() if pub is not None else None
                until = (
                    now if now and value.start and now[: len(value.start)] > value.start else None
                )
                value = Value(value.start, until, value.granularity)
            candidates.append((start, match.end("core"), value))
    if grammar.unread and candidates:
        spans = [m.span() for pattern in grammar.unread for m in pattern.finditer(text)]
        candidates = [c for c in candidates if not any(s <= c[0] < e for s, e in spans)]
    chosen = _longest_first(candidates)
    return [
        TimeSpan(
            start=value.start,
            end=value.end,
            text=text[s:e],
            granularity=value.granularity,
            char_start=s + offset,
            char_end=e + offset,
            part=_day_part(grammar, text, s, e) if value.granularity == "day" else None,
        )
        for s, e, value in chosen
    ]


# How far from a day a clock time may stand and still tell its hour ("Senin (10/3/2025)
# pukul 12.00 WITA", "at 4 p.m. on Tuesday").
_CLOCK_REACH = 30


def _day_part(grammar: Grammar, text: str, start: int, end: int) -> str | None:
    """The part of the day a day expression names ("Senin sore", "siang ini"), or that a
    clock time right beside it gives ("pukul 12.00 WITA": midday), else None."""
    if grammar.day_part is not None:
        named = grammar.day_part.search(text, start, end)
        if named is not None:
            return grammar.day_part_names.get(normal(named.group()))
    for clock in grammar.clock:
        for m in clock.finditer(text, max(0, start - _CLOCK_REACH), end + _CLOCK_REACH):
            value = _hour_of(grammar, m.group())
            if value is not None:
                return day_part_of_hour(value)
    return None


def _hour_of(grammar: Grammar, clock: str) -> int | None:
    hour = re.search(r"\d{1,2}", clock)
    if hour is None or int(hour.group()) > 24:
        return None
    value = int(hour.group()) % 24
    if grammar.pm_marker is not None and grammar.pm_marker.search(clock):
        value = value % 12 + 12
    elif grammar.am_marker is not None and grammar.am_marker.search(clock):
        value %= 12  # "12:32 a.m.": just past midnight
    return value


def clock_hour(clock: str, pack: LanguagePack) -> int | None:
    """The hour (0–23) a clock time gives, or None.

    >>> from silang.lang import load_pack
    >>> clock_hour("pukul 21.40 WIT", load_pack("id")), clock_hour("2:35 a.m.", load_pack("en"))
    (21, 2)
    """
    return _hour_of(grammar_of(pack), clock)


def clock_times(text: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """Spans of the clock times in ``text`` ("pukul 02.30 WITA", "4:30 a.m."): an hour of
    a day the text names elsewhere, no date of their own.

    >>> from silang.lang import load_pack
    >>> clock_times("Banjir datang sekitar pukul 02.30 WITA.", load_pack("id"))
    [(22, 38)]
    """
    found = sorted(
        ((m.start(), m.end()) for clock in grammar_of(pack).clock for m in clock.finditer(text)),
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
    grammar = grammar_of(pack)
    stripped = phrase
    for clock in grammar.clock:
        stripped = clock.sub(" ", stripped)
    stripped = " ".join(stripped.split())
    # dateparser reads a lone number ("3") as a day of the current month: demand a letter or
    # a full year before asking it.
    if not stripped or not (LETTERS.search(stripped) or _DIGIT_TRIGGERS.search(stripped)):
        return None
    pub = parse_published(published)
    try:
        value = _dateparser_value(stripped, grammar.dateparser_language, pub)
    except (OverflowError, ValueError):  # past the calendar's ends
        return None
    if value is None or not _in_the_calendar(value):
        return None
    return TimeSpan(value.start, value.end, phrase.strip(), value.granularity, 0, len(phrase))


# An ISO year, month or day of years 0001 to 9999 (what ``date`` can hold).
_ISO_IN_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _in_the_calendar(value: Value) -> bool:
    """Are the value's ends dates ``date`` can hold? "Tahun depan" written on 9999-12-31
    would be the year 10000 and "bulan lalu" on 0001-01-01 the month 0000-12: such a
    phrase is no date, as one past the calendar's ends is in ``find_times``.

    >>> _in_the_calendar(Value("10000", None, "year")), _in_the_calendar(Value("0000-12", None, "month"))
    (False, False)
    >>> _in_the_calendar(Value("2026-03", "2026-04", "month"))
    True
    """
    return all(
        end is None or _ISO_IN_CALENDAR.fullmatch(end) is not None
        for end in (value.start, value.end)
    )


# Two bases far apart: a phrase that resolves the same against both is absolute.
_PROBE_BASES = (datetime(2001, 7, 15), datetime(2019, 2, 20))
_PERIOD_GRANULARITY = {"year": "year", "month": "month", "week": "day", "day": "day"}


@lru_cache(maxsize=4096)
def _dateparser_value(phrase: str, language: str, published: date | None) -> Value | None:
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
            return unresolved(_PERIOD_GRANULARITY.get(period or "", "day"))
    granularity = _PERIOD_GRANULARITY.get(period or "")
    if moment is None or granularity is None:
        return None
    iso = {"year": f"{moment.year:04d}", "month": iso_month(moment.year, moment.month)}
    return Value(iso.get(granularity, moment.date().isoformat()), None, granularity)
