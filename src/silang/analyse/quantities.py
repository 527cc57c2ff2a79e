"""Figures in news text as intervals: ``{min, max, approx, unit}``.

No package parses Indonesian quantities (PACKAGES.md), so this is ours: a small scanner
over tokens driven by the pack's ``numbers.yaml`` (number words, scales, vague plurals,
hedges, range connectors) and ``units.yaml`` (the noun after a figure -> its unit).

    >>> q = parse_quantity("sekitar 12.000 hingga 15.000 personel", load_pack("id"))
    >>> (q.min, q.max, q.approx, q.unit)
    (12000, 15000, True, 'person')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.analyse.tokens import PhraseTable
from silang.lang import LanguagePack, load_pack
from silang.model import Quantity

__all__ = ["find_quantities", "parse_quantity", "load_pack"]

# Tokens: numbers keep their separators (12.000 / 1,5 / 12.000-15.000), words keep inner
# hyphens (luka-luka), and %, $ and dashes stand alone.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?|\w+(?:[-'’]\w+)*|[%$–—-]|[^\w\s]")
_YEAR = re.compile(r"^(19|20)\d\d$")
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")


@dataclass(slots=True, frozen=True)
class _Tok:
    text: str
    lower: str
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class _Rules:
    number: re.Pattern[str]
    thousands: str
    decimal: str
    words: dict[str, float]
    teen: str
    tens: str
    hundreds: str
    scales: dict[str, float]
    not_after: frozenset[str]
    vague: PhraseTable
    hedges: PhraseTable
    connectors: PhraseTable
    between: str
    between_and: str
    date_words: frozenset[str]
    months: frozenset[str]
    units_after: PhraseTable
    units_before: PhraseTable


@cache
def _rules(pack: LanguagePack) -> _Rules:
    n = pack.table("numbers")
    u = pack.table("units")
    t = pack.table("time")
    thousands, decimal = n["thousands_separator"], n["decimal_mark"]
    number = re.compile(
        rf"^(?:\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+|\d+)(?:{re.escape(decimal)}\d+)?$"
    )
    hedges = [(w, kind) for kind, ws in n["hedges"].items() for w in ws]
    months: set[str] = set()
    for key in ("months", "month_abbreviations"):
        table = t.get(key) or {}
        months.update(w.lower() for w in (table if isinstance(table, dict) else table))
    return _Rules(
        number=number,
        thousands=thousands,
        decimal=decimal,
        words={str(k): float(v) for k, v in n["words"].items()},
        teen=n["teen"],
        tens=n["tens"],
        hundreds=n["hundreds"],
        scales={str(k): float(v) for k, v in n["scales"].items()},
        not_after=frozenset(n.get("not_after", [])),
        vague=PhraseTable({k: float(v) for k, v in n["vague"].items()}),
        hedges=PhraseTable(hedges),
        connectors=PhraseTable({w: True for w in n["range_connectors"]}),
        between=n["between"],
        between_and=n["between_and"],
        date_words=frozenset(n.get("date_words", [])),
        months=frozenset(months),
        units_after=PhraseTable([(w, unit) for unit, ws in u["after"].items() for w in ws]),
        units_before=PhraseTable([(w, unit) for unit, ws in u.get("before", {}).items() for w in ws]),
    )


def _tokens(text: str, offset: int) -> list[_Tok]:
    return [
        _Tok(m.group(), m.group().lower(), m.start() + offset, m.end() + offset)
        for m in _TOKEN.finditer(text)
    ]


def _digits(token: str, rules: _Rules) -> float | None:
    """``12.000`` -> 12000, ``1,5`` -> 1.5 (Indonesian); None if not a number."""
    if not rules.number.match(token):
        return None
    whole, _, frac = token.partition(rules.decimal)
    value = float(whole.replace(rules.thousands, ""))
    if frac:
        value += float("0." + frac)
    return value


@dataclass(slots=True)
class _Num:
    value: float
    first: int  # token index
    last: int  # token index, inclusive
    vague: bool = False


def _number_at(toks: list[_Tok], i: int, rules: _Rules) -> _Num | None:
    """A number starting at token i: digits (+ scale) or number words or a vague plural."""
    if i >= len(toks):
        return None
    words = [t.lower for t in toks]
    vague = rules.vague.match_at(words, i)
    if vague:
        return _Num(float(vague[1]), i, i + vague[0] - 1, vague=True)  # type: ignore[arg-type]
    value = _digits(toks[i].text, rules)
    j = i
    if value is None:
        if i > 0 and words[i - 1] in rules.not_after:
            return None
        parsed = _number_words(words, i, rules)
        if parsed is None:
            return None
        value, j = parsed
    elif j + 1 < len(toks) and words[j + 1] in rules.scales:
        value *= rules.scales[words[j + 1]]
        j += 1
    return _Num(value, i, j)


def _number_words(words: list[str], i: int, rules: _Rules) -> tuple[float, int] | None:
    """``dua ratus lima puluh`` -> (250, last index); ``tiga ribu`` -> (3000, …).

    ``small`` holds the digit being built (``dua``, ``dua belas``), ``group`` the part below
    the next scale word (``dua ratus lima puluh``), ``total`` what scales have closed.
    """
    total = group = small = 0.0
    j = i
    while j < len(words):
        w = words[j]
        if w in rules.words:
            value = rules.words[w]
            if value >= 1000:
                total += value
            elif value >= 100:
                group += value
            else:
                small += value
        elif j > i and w == rules.teen:
            small += 10
        elif j > i and w == rules.tens:
            group += small * 10
            small = 0
        elif j > i and w == rules.hundreds:
            group += small * 100
            small = 0
        elif j > i and w in rules.scales:
            total += ((group + small) or 1) * rules.scales[w]
            group = small = 0
        else:
            break
        j += 1
    if j == i:
        return None
    return total + group + small, j - 1


def find_quantities(text: str, pack: LanguagePack, offset: int = 0) -> list[Quantity]:
    """Every figure in ``text``; offsets are shifted by ``offset``."""
    rules = _rules(pack)
    toks = _tokens(text, offset)
    words = [t.lower for t in toks]
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        q, nxt = _quantity_at(text, offset, toks, words, i, rules)
        if q is not None:
            found.append(q)
            i = nxt
        else:
            i += 1
    return found


def parse_quantity(phrase: str, pack: LanguagePack) -> Quantity | None:
    """The first figure in a phrase, or None."""
    found = find_quantities(phrase, pack)
    return found[0] if found else None


def _quantity_at(
    text: str, offset: int, toks: list[_Tok], words: list[str], i: int, rules: _Rules
) -> tuple[Quantity | None, int]:
    start = i
    hedge: str | None = None
    between = False
    hit = rules.hedges.match_at(words, i)
    if hit:
        hedge = str(hit[1])
        i += hit[0]
    if i < len(words) and words[i] == rules.between:
        between = True
        i += 1
    before_unit = None
    hit = rules.units_before.match_at(words, i) if i < len(words) else None
    if hit and (len(toks[i].text) > 1 or toks[i].text.isupper()):
        before_unit = str(hit[1])
        i += hit[0]
    # Glued range "12.000-15.000" is one token.
    if i < len(toks) and re.match(r"^\d[\d.,]*[-–]\d[\d.,]*$", toks[i].text):
        left, right = re.split(r"[-–]", toks[i].text)
        lo, hi = _digits(left, rules), _digits(right, rules)
        if lo is None or hi is None:
            return None, start + 1
        first = _Num(lo, i, i)
        second = _Num(hi, i, i)
        if i + 1 < len(toks) and words[i + 1] in rules.scales:
            first.value *= rules.scales[words[i + 1]]
            second.value *= rules.scales[words[i + 1]]
            first.last = second.last = i + 1
    else:
        first = _number_at(toks, i, rules)
        if first is None:
            return None, start + 1
        second = None
        k = first.last + 1
        if between and k < len(words) and words[k] == rules.between_and:
            second = _number_at(toks, k + 1, rules)
        elif not first.vague:
            conn = rules.connectors.match_at(words, k) if k < len(words) else None
            if conn:
                second = _number_at(toks, k + conn[0], rules)
                if second is not None and second.vague:
                    second = None
        if second is not None:
            # "12-15 ribu", "12 hingga 15 ribu": the scale of the second applies to the first.
            scale_word = words[second.last] if second.last > second.first else None
            if scale_word in rules.scales and first.last == first.first and first.value < second.value / rules.scales[scale_word] * 10:
                first.value *= rules.scales[scale_word]
    end_index = (second or first).last
    if _is_date_or_code(toks, words, first, second, hedge, before_unit, rules):
        return None, end_index + 1
    unit = before_unit
    noun = None
    k = end_index + 1
    hit = rules.units_after.match_at(words, k) if k < len(words) else None
    if hit and unit is None:
        unit = str(hit[1])
        noun = " ".join(toks[j].text for j in range(k, k + hit[0]))
        end_index = k + hit[0] - 1
    elif before_unit is None and k < len(words) and words[k] in rules.scales:
        end_index = k
    if first.vague and unit is None and hedge is None and noun is None:
        # "puluhan" on its own is not a figure worth keeping.
        return None, end_index + 1
    lo = first.value
    hi = second.value if second is not None else first.value
    approx = first.vague
    if first.vague:
        hi = None
    if hedge == "approx":
        approx = True
    elif hedge == "at_least":
        hi = None
    elif hedge == "at_most" or (hedge == "up_to" and second is None):
        lo, hi = None, lo
    elif hedge == "nearly":
        lo, hi, approx = None, lo, True
    q_start = toks[start].start
    q_end = toks[end_index].end
    return (
        Quantity(
            min=_clean(lo), max=_clean(hi), approx=approx, unit=unit,
            text=text[q_start - offset : q_end - offset], char_start=q_start, char_end=q_end, noun=noun,
        ),  # fmt: skip
        end_index + 1,
    )


def _clean(value: float | None) -> float | int | None:
    if value is None:
        return None
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def _is_date_or_code(
    toks: list[_Tok], words: list[str], first: _Num, second: _Num | None,
    hedge: str | None, before_unit: str | None, rules: _Rules,
) -> bool:  # fmt: skip
    """Years, days of a date, clock times and list numbers are not figures."""
    i, last = first.first, (second or first).last
    prev = words[i - 1] if i > 0 else ""
    nxt = words[last + 1] if last + 1 < len(words) else ""
    token = toks[i].text
    if before_unit or first.vague:
        return False
    if prev in rules.months or prev in rules.date_words:
        return True
    if nxt in rules.months or nxt in ("/",) or prev in ("/",):
        return True
    if _CLOCK.match(token) and (prev in ("pukul", "jam", "at") or nxt in ("wib", "wita", "wit", "utc", "gmt")):
        return True
    if _YEAR.match(token) and hedge is None and second is None:
        unit = rules.units_after.match_at(words, last + 1) if last + 1 < len(words) else None
        return unit is None or unit[1] in ("year", "month", "day")
    return False
