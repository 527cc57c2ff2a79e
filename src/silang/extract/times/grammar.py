"""A pack's ``time.yaml`` compiled to look-ups and regular expressions, one function per
family of expression (days, ranges, numeric dates, months and years, weekdays, relative
days, unit offsets, durations, clock times)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from silang.extract.times.resolvers import (
    LETTERS,
    MARKER_KINDS,
    Value,
    normal,
    resolve_count,
    resolve_date,
    resolve_day_range,
    resolve_month,
    resolve_month_range,
    resolve_month_year,
    resolve_numeric,
    resolve_relative_day,
    resolve_unit_relative,
    resolve_weekday,
    resolve_year,
    resolve_year_range,
)
from silang.lang import LanguagePack
from silang.regex_cache import compile_regex

_YEAR = r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
_COUNT = r"(?<![\d.,])[1-9]\d{0,2}(?!\d|[.,]\d)"
_START = r"(?<!\w)"
_END = r"(?!\w)"
_NEVER = r"(?!)"


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
    body = _prefix_tree(sorted(parts, key=lambda part: (-len(part), part)))
    return f"(?:{body})" if cased else f"(?i:{body})"


# The units of an escaped alternative: a run of whitespace, an escaped character, a character.
_UNIT = re.compile(r"\\s\+|\\.|.", re.DOTALL)


class _Node(dict[str, "_Node"]):
    """A node of ``_prefix_tree``: the next unit -> the node after it; ``""`` marks an end."""


def _prefix_tree(parts: list[str]) -> str:
    """``parts`` (escaped, longest first) as one alternation with shared prefixes factored
    out: ``se(?:panjang|menjak|lama|jak)`` for ``sepanjang|semenjak|selama|sejak``. The
    regex engine tries a case-blind alternative's characters one by one, so at every word
    of a sentence it tried each of some fifty words; now it tries their first letters.
    It matches what the flat alternation matches, with the same groups: two alternatives
    can both match at one place only when one begins the other, and there the longer is
    still tried first (the shorter ends in a greedy ``?``), as the flat order has it."""
    root = _Node()
    for part in parts:
        node = root
        for unit in _UNIT.findall(part):
            node = node.setdefault(unit, _Node())
        node[""] = _Node()  # an alternative ends here

    def emit(node: _Node) -> str:
        alternatives = [unit + emit(child) for unit, child in node.items() if unit]
        if not alternatives:
            return ""
        if len(alternatives) == 1:
            body = alternatives[0]
            return f"(?:{body})?" if "" in node else body
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def _trigger_word(phrase: str) -> str:
    """The word whose presence a sentence must show before a phrase can match (its longest)."""
    return max(LETTERS.findall(phrase.lower()), key=len, default="")


@dataclass(slots=True)
class Pattern:
    """One compiled shape of expression, the trigger classes it needs, and its resolver."""

    kind: str
    regex: re.Pattern[str]
    needs: frozenset[str]
    resolve: Callable[[Grammar, re.Match[str], str, date | None], Value | None]


@dataclass(slots=True)
class Grammar:
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
    # Where no time expression is read: times restated in another zone ("(1840 GMT)",
    # "atau Selasa pukul 01.40 WIB"; the pack's ``zone_gloss_patterns``) and names that
    # hold a year ("Undang-Undang Nomor 7 Tahun 2011": the year names an act, it dates
    # nothing; ``dated_name_patterns``).
    unread: list[re.Pattern[str]]
    # Day-part words ("sore", "this morning") -> ``model.DAY_PARTS``, and the regex finding
    # them; a clock's afternoon marker ("p.m."), where the language writes one.
    day_part_names: dict[str, str]
    day_part: re.Pattern[str] | None
    pm_marker: re.Pattern[str] | None
    am_marker: re.Pattern[str] | None
    dateparser_language: str
    patterns: list[Pattern]
    # The keys of ``triggers`` as a set: its intersection with a sentence's words is the
    # cheap test most sentences fail (a set's, in C, a third of the dict keys' time).
    trigger_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.trigger_words = frozenset(self.triggers)

    def month(self, token: str) -> int:
        key = normal(token)
        return self.months.get(key) or self.abbreviations[key]

    def marker_kind(
        self, before: str | None, after: str | None, order: tuple[str, ...]
    ) -> str | None:
        """The kind (past/current/future/recent) of the marker found, in ``order`` of preference."""
        kinds: list[str] = []
        if before:
            kinds += self.before_kinds.get(normal(before), [])
        if after:
            kinds += self.after_kinds.get(normal(after), [])
        return next((kind for kind in order if kind in kinds), None)

    def count(self, match: re.Match[str]) -> int:
        groups = match.groupdict()
        if groups.get("one"):
            return 1
        return self.number(groups["n"])

    def number(self, written: str) -> int:
        """A count as written: digits or a number word ("12", "dua", "two")."""
        return int(written) if written.isdigit() else self.numbers[normal(written)]

    def unit(self, match: re.Match[str]) -> str:
        groups = match.groupdict()
        if groups.get("one"):
            return self.one_unit_words[normal(groups["one"])]
        return self.units[normal(groups["unit"])]


# --- compiling a pack --------------------------------------------------------------------


def _duration_numbers(
    pack: LanguagePack, table: dict[str, Any], vague: frozenset[str]
) -> dict[str, int]:
    """The pack's own duration numbers, plus plain cardinals (1–100) from numbers.yaml."""
    numbers = {normal(k): int(v) for k, v in (table.get("duration_numbers") or {}).items()}
    words = (pack.table("numbers") or {}).get("words") or {}
    if isinstance(words, dict):
        for word, value in words.items():
            if (
                isinstance(word, str)
                and isinstance(value, int)
                and not isinstance(value, bool)
                and 1 <= value <= 100
                and normal(word) not in vague
            ):
                numbers.setdefault(normal(word), value)
    return numbers


def _marker_index(markers: dict[str, dict[str, list[str]]], side: str) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for kind in MARKER_KINDS:
        for word in (markers.get(kind) or {}).get(side) or []:
            index.setdefault(normal(word), []).append(kind)
    return index


# One shape of expression before compiling: its kind, regex, trigger classes and resolver.
_Shape = tuple[str, str, set[str], Callable[..., Value | None]]


def _table_words(t: dict[str, Any], *keys: str) -> list[str]:
    return [w for key in keys for w in (t.get(key) or [])]


def _marker_words(
    markers: dict[str, dict[str, list[str]]], side: str, kinds: Iterable[str]
) -> list[str]:
    return [w for kind in kinds for w in (markers.get(kind) or {}).get(side) or []]


@dataclass(frozen=True, slots=True)
class _Pieces:
    """The regex pieces the pattern families share, built once from a pack's ``time.yaml``."""

    table: dict[str, Any]
    markers: dict[str, dict[str, list[str]]]
    month_full: str
    month_any: str
    weekday: str
    year_word: str
    month_word: str
    part: str
    unit: str
    day: str
    suffix_opt: str
    day_lead: str
    day_join: str
    connector: str
    pre_pcf: str
    post_pcf: str
    pre_all: str
    post_all: str
    week_relation: str
    count: str
    phase_opt: str
    relative_day: str
    one_unit: str

    def words(self, *keys: str) -> list[str]:
        return _table_words(self.table, *keys)

    def marker_words(self, side: str, kinds: Iterable[str]) -> list[str]:
        return _marker_words(self.markers, side, kinds)

    def cue(self, *keys: str) -> str:
        return rf"{_START}(?:(?P<cue>{_alternation(self.words(*keys, 'since'))})\s+)?"


def _pieces(
    t: dict[str, Any],
    markers: dict[str, dict[str, list[str]]],
    months: dict[str, int],
    abbreviations: dict[str, int],
    weekdays: dict[str, int],
    units: dict[str, str],
    numbers: dict[str, int],
    relative_days: dict[str, int],
    one_unit: dict[str, str],
) -> _Pieces:
    def words(*keys: str) -> list[str]:
        return _table_words(t, *keys)

    def marker_words(side: str, kinds: Iterable[str]) -> list[str]:
        return _marker_words(markers, side, kinds)

    month_full = _alternation(months, cased=True)
    # The dot belongs to an abbreviation ("Des."), never to a full name ending a sentence.
    month_any = rf"(?:{month_full}|{_alternation(abbreviations, cased=True)}\.?)"
    phase = _alternation(words("phases"))
    suffix = _alternation(words("day_suffixes"))
    dashes = re.escape(t.get("range_dashes") or "-")
    pcf = ("past", "current", "future")
    pre_pcf, post_pcf = (
        _alternation(marker_words("before", pcf)),
        _alternation(marker_words("after", pcf)),
    )
    week_units = _alternation([w for w, u in units.items() if u == "week"])
    count = rf"(?:{_COUNT}|{_alternation(numbers)})"
    return _Pieces(
        table=t,
        markers=markers,
        month_full=month_full,
        month_any=month_any,
        weekday=_alternation(weekdays, cased=True),
        year_word=_alternation(words("year_word")),
        month_word=_alternation(words("month_word")),
        part=_alternation(words("day_parts")),
        unit=_alternation(units),
        day=r"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?!\d|[.,/]\d)",
        suffix_opt=rf"(?:{suffix})?",
        # English "the 3rd of March": an article before the day and a joiner after it, as data.
        day_lead=rf"(?:{_alternation(words('day_articles'))}\s+)?",
        day_join=rf"(?:\s+{_alternation(words('day_month_joiners'))})?",
        connector=rf"(?:\s*[{dashes}]\s*|\s+{_alternation(words('range_words'))}\s+)",
        pre_pcf=pre_pcf,
        post_pcf=post_pcf,
        pre_all=_alternation(marker_words("before", MARKER_KINDS)),
        post_all=_alternation(marker_words("after", MARKER_KINDS)),
        # "Jumat pekan lalu", "Friday last week"; "Jumat dua pekan lalu", "Friday two weeks
        # ago": the week a weekday is in, counted back or on from publication's.
        week_relation=(
            rf"(?:(?P<pre>{pre_pcf})\s+{week_units}|(?:(?P<wn>{count})\s+)?{week_units}"
            rf"\s+(?P<post>{post_pcf}))"
        ),
        count=count,
        phase_opt=rf"(?:(?P<phase>{phase})(?:\s+|-))?",
        relative_day=_alternation(relative_days),
        one_unit=_alternation(one_unit),
    )


# --- the pattern families, in the order their candidates are tried ------------------------


def _days(p: _Pieces) -> list[_Shape]:
    """Dates with a day, and ranges of days: "13 Januari 2025", "Senin, 13 Januari",
    "28 Desember hingga 3 Januari", "March 3-5"; in each order of day and month the pack
    writes."""
    shapes: list[_Shape] = []
    if p.table.get("day_before_month", True):
        shapes.append(
            (
                "day_range",
                p.cue("month_cues")
                + rf"(?P<core>(?P<d1>{p.day}){p.suffix_opt}(?:\s+(?P<m1>{p.month_any})(?:\s+(?P<y1>{_YEAR}))?)?"
                + rf"{p.connector}(?P<d2>{p.day}){p.suffix_opt}\s+(?P<m2>{p.month_any})(?:,?\s+(?P<y2>{_YEAR}))?){_END}",
                {"month"},
                resolve_day_range,
            )
        )
        shapes.append(
            (
                "date",
                p.cue("month_cues", "weekday_cues")
                + rf"(?P<core>(?:(?P<wd>{p.weekday})(?:\s+{p.part})?,?\s+)?{p.day_lead}(?P<d>{p.day}){p.suffix_opt}{p.day_join}\s+(?P<m>{p.month_any})"
                + rf"(?:,?\s+(?P<y>{_YEAR}))?(?:\s+(?P<post>{p.post_pcf}))?){_END}",
                {"month"},
                resolve_date,
            )
        )
    if p.table.get("day_after_month", False):
        shapes.append(
            (
                "day_range",
                p.cue("month_cues")
                + rf"(?P<core>(?P<m2>{p.month_any})\s+(?P<d1>{p.day}){p.suffix_opt}{p.connector}(?P<d2>{p.day}){p.suffix_opt}"
                + rf"(?:,?\s+(?P<y2>{_YEAR}))?){_END}",
                {"month"},
                resolve_day_range,
            )
        )
        shapes.append(
            (
                "date",
                p.cue("month_cues", "weekday_cues")
                + rf"(?P<core>(?:(?P<wd>{p.weekday})(?:\s+{p.part})?,?\s+)?(?P<m>{p.month_any})\s+(?P<d>{p.day}){p.suffix_opt}"
                + rf"(?:,?\s+(?P<y>{_YEAR}))?){_END}",
                {"month"},
                resolve_date,
            )
        )
    return shapes


def _month_and_year_ranges(p: _Pieces) -> list[_Shape]:
    """Spans of months and of years: "Juni hingga Agustus 2024", "tahun 2022-2024"."""
    return [
        (
            "month_range",
            p.cue("month_cues")
            + rf"(?P<core>(?:{p.month_word}\s+)?(?P<m1>{p.month_full})(?:\s+(?P<y1>{_YEAR}))?"
            + rf"{p.connector}(?P<m2>{p.month_full})(?:\s+(?P<y2>{_YEAR}))?){_END}",
            {"month"},
            resolve_month_range,
        ),
        (
            "year_range",
            p.cue("year_cues")
            + rf"(?P<core>(?:{p.year_word}\s+)?(?P<y1>{_YEAR}){p.connector}(?P<y2>{_YEAR})){_END}",
            {"year"},
            resolve_year_range,
        ),
    ]


def _numeric_dates(p: _Pieces) -> list[_Shape]:
    """Dates in digits: "13/1/2025", "Senin (13/1)", "13-01-2025"."""
    return [
        (
            "numeric",
            p.cue("weekday_cues", "month_cues")
            + rf"(?P<core>(?:(?P<wd>{p.weekday})(?:\s+{p.part})?\s*,?\s*)?(?P<open>\()?(?<![\d./,-])(?P<a>\d{{1,2}})"
            + r"(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\d|[./-]\d)(?(open)\))"
            + rf"(?:\s+(?P<part>{p.part}))?)",
            {"numeric", "year"},
            resolve_numeric,
        )
    ]


def _months_and_years(p: _Pieces) -> list[_Shape]:
    """A month of a year, a month ("September lalu", "awal Juni"), a year ("tahun 2024")."""
    return [
        (
            "month_year",
            p.cue("month_cues")
            + rf"(?P<core>{p.phase_opt}(?:(?P<mw>{p.month_word})\s+)?(?P<m>{p.month_any}),?\s+(?P<y>{_YEAR})){_END}",
            {"month"},
            resolve_month_year,
        ),
        (
            "month",
            p.cue("month_cues")
            + rf"(?P<core>{p.phase_opt}(?:(?P<pre>{p.pre_pcf})\s+)?(?:(?P<mw>{p.month_word})\s+)?"
            + rf"(?P<m>{p.month_full})(?:\s+(?P<post>{p.post_pcf}))?){_END}",
            {"month"},
            resolve_month,
        ),
        (
            "year",
            p.cue("year_cues")
            + rf"(?P<core>{p.phase_opt}(?:(?P<yw>{p.year_word})\s+)?(?P<y>{_YEAR})){_END}",
            {"year"},
            resolve_year,
        ),
    ]


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain, to nest in another that names its own."""
    return re.sub(r"\?P<\w+>", "?:", pattern)


def _weekdays(p: _Pieces) -> list[_Shape]:
    """A weekday, with a marker or a week: "Senin lalu", "Rabu pekan depan", "Friday night"."""
    return [
        (
            "weekday",
            p.cue("weekday_cues")
            + rf"(?P<core>(?:(?P<pre>{p.pre_pcf})\s+)?(?P<wd>{p.weekday})(?:\s+(?P<part>{p.part}))?"
            + rf"(?:\s+(?P<wrel>{_unnamed(p.week_relation)})"
            + rf"|\s+(?P<post>{p.post_pcf}))?){_END}",
            {"weekday"},
            resolve_weekday,
        )
    ]


def _relative_days(p: _Pieces) -> list[_Shape]:
    """Days named from publication: "kemarin", "besok malam", "yesterday"."""
    return [
        (
            "relative_day",
            p.cue("weekday_cues")
            + rf"(?P<core>(?P<word>{p.relative_day})(?:\s+(?P<part>{p.part}))?){_END}",
            {"relday"},
            resolve_relative_day,
        )
    ]


def _unit_offsets(p: _Pieces) -> list[_Shape]:
    """A unit with a marker and no count: "pekan lalu", "bulan depan", "last year"."""
    shapes: list[_Shape] = []
    if p.marker_words("before", MARKER_KINDS):
        shapes.append(
            (
                "unit_relative",
                p.cue("month_cues")
                + rf"(?P<core>{p.phase_opt}(?P<pre>{p.pre_all})\s+(?P<unit>{p.unit})){_END}",
                {"unit"},
                resolve_unit_relative,
            )
        )
    if p.marker_words("after", MARKER_KINDS):
        shapes.append(
            (
                "unit_relative",
                p.cue("month_cues")
                + rf"(?P<core>{p.phase_opt}(?P<unit>{p.unit})\s+(?P<post>{p.post_all})){_END}",
                {"unit"},
                resolve_unit_relative,
            )
        )
    return shapes


def _durations(p: _Pieces) -> list[_Shape]:
    """A count of units with a marker: "tiga tahun lalu", "delapan bulan terakhir",
    "setahun terakhir", "the last eight months"."""
    return [
        (
            "count",
            p.cue("duration_cues")
            + rf"(?P<core>(?:(?P<pre>{p.pre_all})\s+)?(?:(?P<n>{p.count})\s+(?P<unit>{p.unit})"
            + rf"|(?P<one>{p.one_unit}))(?:\s+(?P<post>{p.post_all}))?){_END}",
            {"unit", "oneunit"},
            resolve_count,
        )
    ]


# On a tie (one span read by two families) the family tried first wins: see _longest_first.
_FAMILIES = (
    _days,
    _month_and_year_ranges,
    _numeric_dates,
    _months_and_years,
    _weekdays,
    _relative_days,
    _unit_offsets,
    _durations,
)


def _hours(t: dict[str, Any]) -> list[re.Pattern[str]]:
    """Clock times ("pukul 02.30 WITA", "4:30 a.m."), as the pack writes them: an hour of a
    day named elsewhere, never a date of its own."""
    return [re.compile(p) for p in t.get("clock_patterns") or []]


@cache
def grammar_of(pack: LanguagePack) -> Grammar:
    """Compile the pack's ``time.yaml`` once."""
    t: dict[str, Any] = pack.table("time")
    if not t:
        raise ValueError(f"{pack!r} has no time.yaml")
    months = {normal(k): int(v) for k, v in t["months"].items()}
    abbreviations = {normal(k): int(v) for k, v in (t.get("month_abbreviations") or {}).items()}
    weekdays = {normal(k): int(v) for k, v in t["weekdays"].items()}
    units = {normal(k): v for k, v in t["units"].items()}
    one_unit = {normal(k): v for k, v in (t.get("one_unit_words") or {}).items()}
    vague = frozenset(normal(w) for w in t.get("vague_counts") or [])
    numbers = _duration_numbers(pack, t, vague)
    relative_days = {normal(k): int(v) for k, v in (t.get("relative_days") or {}).items()}
    day_part_names = {normal(k): str(v) for k, v in (t.get("day_part_names") or {}).items()}
    markers: dict[str, dict[str, list[str]]] = t.get("markers") or {}
    before_kinds, after_kinds = _marker_index(markers, "before"), _marker_index(markers, "after")
    p = _pieces(
        t, markers, months, abbreviations, weekdays, units, numbers, relative_days, one_unit
    )
    shapes = [shape for family in _FAMILIES for shape in family(p)]

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
    return Grammar(
        months=months,
        abbreviations=abbreviations,
        needs_cue=frozenset(normal(w) for w in t.get("months_needing_cue") or []),
        weekdays=weekdays,
        weekdays_also_week=frozenset(normal(w) for w in t.get("weekdays_also_week") or []),
        units=units,
        one_unit_words=one_unit,
        numbers=numbers,
        vague_counts=vague,
        relative_days=relative_days,
        before_kinds=before_kinds,
        after_kinds=after_kinds,
        bare_unit_kinds=frozenset(t.get("bare_unit_markers") or ("past", "current", "future")),
        since=frozenset(normal(w) for w in p.words("since")),
        numeric_order=t.get("numeric_date_order", "dmy"),
        announcing=(
            re.compile(rf"(?<!\w)(?:{_alternation(p.words('announcing_words'))})(?!\w)", re.I)
            if p.words("announcing_words")
            else None
        ),
        triggers={word: frozenset(classes) for word, classes in triggers.items()},
        week_relation=re.compile(p.week_relation),
        clock=_hours(t),
        unread=[
            re.compile(p)
            for key in ("zone_gloss_patterns", "dated_name_patterns")
            for p in t.get(key) or []
        ],
        day_part_names=day_part_names,
        day_part=(
            re.compile(rf"(?<!\w)(?:{_alternation(day_part_names)})(?!\w)", re.I)
            if day_part_names
            else None
        ),
        pm_marker=(
            re.compile(rf"(?<!\w)(?:{_alternation(p.words('pm_markers'))})", re.I)
            if p.words("pm_markers")
            else None
        ),
        am_marker=(
            re.compile(rf"(?<!\w)(?:{_alternation(p.words('am_markers'))})", re.I)
            if p.words("am_markers")
            else None
        ),
        dateparser_language=t.get("dateparser_language", pack.code),
        patterns=[Pattern(k, compile_regex(b), frozenset(n), r) for k, b, n, r in shapes],
    )
