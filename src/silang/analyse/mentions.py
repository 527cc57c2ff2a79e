"""Entity mentions: the spans of a sentence that name countries, places, organisations,
people, units, weapons and armed groups, resolved against the knowledge base.

    >>> from silang.kb import default_kb
    >>> from silang.lang import load_pack
    >>> found = find_mentions("Pyongyang mengirim pasukan ke Kursk.", default_kb(), load_pack("id"))
    >>> [(m.text, m.name, m.how) for m in found]
    [('Pyongyang', 'Pyongyang', 'metonym'), ('Kursk', 'Kursk Oblast', 'alias')]

The sentence is tokenised once and every token looks up only the alias lengths that start
with it (``kb.index.lengths``), so the cost is a few dict lookups per token. The passes,
each over the tokens the earlier ones left free:

1. parenthesised acronyms: ``Badan Intelijen Korea Selatan (NIS)``, ``Kepala Staf
   Gabungan (JCS) Korea Selatan``, ``KNKT (Komite Nasional ...)``; the article's own
   definition is remembered in the :class:`MentionContext`;
2. aliases, longest first (``Badan Intelijen Korea Selatan`` is one organisation), plus the
   acronyms and name words the article taught earlier (``NIS``, ``Yoon``);
3. titles before people (``Juru bicara BNPB Abdul Muhari``): the person mention covers the
   name, and the organisation or country the title names is kept as the affiliation;
4. names the knowledge base does not know: ``Desa Sukamaju`` (a place, from its head word),
   runs of capitalised words (``how="unknown"``);
5. capitals and seats of government get ``how="metonym"``; a country after a noun such as
   ``pasukan`` gets ``how="nationality"``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from silang.kb import KnowledgeBase, alias_key
from silang.kb.index import AliasHit
from silang.kb.text import TOKEN_RE, normalise_token
from silang.lang import LanguagePack
from silang.model import EntityRef, Mention

# Entity types a title's affiliation can be (a person's organisation, country or region).
AFFILIATION_TYPES = frozenset({"organisation", "country", "place", "group", "military_unit"})
# Mention types a name head may swallow when they end its name ("Kedutaan Besar Rusia").
SWALLOWABLE_TYPES = frozenset({"country", "place"})
# rapidfuzz token_set_ratio an article's expansion needs to confirm a known acronym.
EXPANSION_MATCH = 80
MAX_EXPANSION_TOKENS = 10
MAX_NAME_TOKENS = 6
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,11}")
_POSSESSIVE = re.compile(r"['’]s\s+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")


class Target(NamedTuple):
    """What a mention refers to: a KB entity, or an unresolved name (``entity_id`` None)."""

    entity_id: str | None
    name: str
    type: str | None


@dataclass(slots=True)
class Affiliation:
    """What a person's title says about them: ``Juru bicara`` of ``BNPB``."""

    title: str
    of: EntityRef | None = None


@dataclass
class MentionContext:
    """What one article has taught so far; pass the same object for each sentence, in order.

    ``acronyms``: ``NIS`` -> the body an earlier ``(NIS)`` defined. ``names``: a single name
    word -> the person an earlier full name was ("Yoon" after "Presiden Yoon Suk Yeol"); None
    when two people share it.
    """

    acronyms: dict[str, Target] = field(default_factory=dict)
    names: dict[str, Target | None] = field(default_factory=dict)
    titles: dict[str, Affiliation] = field(default_factory=dict)

    def affiliation(self, who: Mention | str) -> Affiliation | None:
        """The title (and the organisation or country it names) a person was introduced with."""
        if isinstance(who, Mention):
            return self.titles.get(who.entity_id or "") or self.titles.get(who.name)
        return self.titles.get(who)

    @property
    def affiliations(self) -> dict[str, EntityRef]:
        """Person name (canonical, or as written when unresolved) -> what their title names."""
        return {key: a.of for key, a in self.titles.items() if a.of is not None and "/" not in key}

    def learn_person(
        self, target: Target, words: list[str], particles: frozenset[str] = frozenset()
    ) -> None:
        """Remember the first and last words of a person's name for later bare mentions
        (after any particles: "Raden Bagus Haryo Pamungkas" teaches "Haryo" and "Pamungkas")."""
        named = [w for w in words if w not in particles] or words
        if not named:
            return
        for word in {named[0], named[-1]}:
            if len(word) < 3:
                continue
            have = self.names.get(word, target)
            self.names[word] = target if have == target else None

    def remember_title(self, target: Target, affiliation: Affiliation) -> None:
        for key in (target.entity_id, target.name):
            if key:
                self.titles[key] = affiliation


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One pack's ``mentions.yaml``, compiled to token-tuple tables."""

    titles: dict[tuple[str, ...], dict[str, Any]]
    title_lengths: dict[str, tuple[int, ...]]
    heads: dict[tuple[str, ...], str]
    head_lengths: dict[str, tuple[int, ...]]
    nationality: frozenset[tuple[str, ...]]
    connectors: frozenset[str]
    name_connectors: frozenset[str]
    stopwords: frozenset[str]
    blocked_single: frozenset[str]
    heading_share: float
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    affix_min_length: int
    open: str
    close: str
    # Words that are never a name though capitalised at a sentence start: number words
    # and hedges ("Sedikitnya", "Twenty").
    not_names: frozenset[str]
    # Lower-case words that may stand inside a body's name after its head ("Office of
    # Civil Defense", "Department of Social Welfare and Development").
    head_connectors: frozenset[str]
    # English puts a body's qualifiers before its head ("Kenya National Commission"):
    # capitalised words and places right before a head belong to the name.
    heads_take_words_before: bool
    # Words that may open a personal name ("I Made …", "Raden Bagus …").
    particles: frozenset[str]
    # Affixes of a derived function noun that continues a job title ("Kepala Pelaksana").
    function_prefixes: tuple[str, ...]
    function_suffixes: tuple[str, ...]
    function_min_length: int


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(alias_key(phrase).split())


def _phrase_table(
    phrases: dict[str, Any],
) -> tuple[dict[tuple[str, ...], Any], dict[str, tuple[int, ...]]]:
    table = {_words(p): v for p, v in phrases.items() if _words(p)}
    lengths: dict[str, set[int]] = {}
    for words in table:
        lengths.setdefault(words[0], set()).add(len(words))
    return table, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


# The lexicon each title's spec belongs to, for rules that read the words after a title.
_SPEC_LEXICON: dict[int, _Lexicon] = {}


def _lexicon_of(spec: dict[str, Any]) -> _Lexicon | None:
    return _SPEC_LEXICON.get(id(spec))


@cache
def _lexicon(pack: LanguagePack) -> _Lexicon:
    data = pack.table("mentions")
    titles, title_lengths = _phrase_table(
        {t: spec or {} for t, spec in (data.get("person_titles") or {}).items()}
    )
    head_map = {h: kind for kind, heads in (data.get("name_heads") or {}).items() for h in heads}
    heads, head_lengths = _phrase_table(head_map)
    acronyms = data.get("acronyms") or {}
    affixes = data.get("sentence_initial_affixes") or {}
    stopwords = frozenset(alias_key(w) for w in str(data.get("stopwords", "")).split())
    single = {words[0] for words in [*titles, *heads] if len(words) == 1}
    found = _Lexicon(
        titles=titles,
        title_lengths=title_lengths,
        heads=heads,
        head_lengths=head_lengths,
        nationality=frozenset(_words(n) for n in data.get("nationality_nouns") or []),
        connectors=frozenset(acronyms.get("connectors") or []),
        name_connectors=frozenset(data.get("name_connectors") or []),
        stopwords=stopwords,
        blocked_single=frozenset(single),
        heading_share=float(data.get("heading_capitalised_share", 1.0)),
        prefixes=tuple(sorted(affixes.get("prefixes") or [], key=len, reverse=True)),
        suffixes=tuple(sorted(affixes.get("suffixes") or [], key=len, reverse=True)),
        affix_min_length=int(affixes.get("min_length", 99)),
        open=acronyms.get("open", "("),
        close=acronyms.get("close", ")"),
        not_names=_number_words(pack),
        head_connectors=frozenset(data.get("head_connectors") or []),
        heads_take_words_before=bool(data.get("heads_take_words_before", False)),
        particles=frozenset(alias_key(str(w)) for w in data.get("name_particles") or []),
        function_prefixes=tuple((data.get("function_nouns") or {}).get("prefixes") or ()),
        function_suffixes=tuple((data.get("function_nouns") or {}).get("suffixes") or ()),
        function_min_length=int((data.get("function_nouns") or {}).get("min_length", 99)),
    )
    for spec in titles.values():
        _SPEC_LEXICON[id(spec)] = found
    return found


def _number_words(pack: LanguagePack) -> frozenset[str]:
    """The pack's number words, vague plurals and hedges' first words (numbers.yaml)."""
    numbers = pack.table("numbers")
    found: set[str] = set()
    for key in ("words", "vague", "scales"):
        found.update(alias_key(str(w)) for w in numbers.get(key) or {})
    for phrases in (numbers.get("hedges") or {}).values():
        for phrase in phrases or ():
            words = alias_key(str(phrase)).split()
            if words:
                found.add(words[0])
    return frozenset(found)


class _Sentence:
    """Tokens of one sentence and the spans found so far."""

    __slots__ = ("text", "raws", "norms", "starts", "ends", "owner", "used", "spans", "first_word")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raws: list[str] = TOKEN_RE.findall(text)
        # Offsets by scanning forward: str.find is much faster than match objects.
        self.starts: list[int] = []
        self.ends: list[int] = []
        pos = 0
        for raw in self.raws:
            pos = text.find(raw, pos)
            self.starts.append(pos)
            pos += len(raw)
            self.ends.append(pos)
        if text.isascii():  # lower-casing keeps ASCII token boundaries
            self.norms: list[str] = TOKEN_RE.findall(text.lower())
        else:
            self.norms = [r.lower() if r.isascii() else normalise_token(r) for r in self.raws]
        self.owner: list[_Span | None] = [None] * len(self.raws)
        # Tokens read as titles ("Menteri Luar Negeri"): part of no mention, but not free.
        self.used = [False] * len(self.raws)
        self.spans: list[_Span] = []
        # The sentence's first word (after opening quotes and brackets).
        self.first_word = next((i for i, r in enumerate(self.raws) if r[0].isalnum()), -1)

    def free(self, lo: int, hi: int) -> bool:
        return (
            lo >= 0 and hi <= len(self.raws)
            and all(o is None for o in self.owner[lo:hi]) and not any(self.used[lo:hi])
        )  # fmt: skip

    def taken(self, k: int) -> bool:
        return self.owner[k] is not None or self.used[k]

    def capitalised(self, i: int) -> bool:
        return self.raws[i][0].isupper()

    def clear(self, lo: int, hi: int) -> None:
        """Drop the spans that overlap tokens ``lo:hi``."""
        for k in range(lo, hi):
            span = self.owner[k]
            if span is not None:
                self.spans.remove(span)
                for j in range(span.lo, span.hi):
                    self.owner[j] = None

    def add(self, span: _Span) -> _Span:
        self.clear(span.lo, span.hi)
        for k in range(span.lo, span.hi):
            self.owner[k] = span
        self.spans.append(span)
        return span


@dataclass(slots=True, eq=False)
class _Span:
    lo: int
    hi: int
    target: Target
    how: str


def find_mentions(
    text: str,
    kb: KnowledgeBase,
    pack: LanguagePack,
    offset: int = 0,
    context: MentionContext | None = None,
) -> list[Mention]:
    """The mentions of one sentence, in order; offsets are shifted by ``offset``."""
    lex = _lexicon(pack)
    context = context if context is not None else MentionContext()
    s = _Sentence(text)
    if not s.raws:
        return []
    _acronym_definitions(s, kb, lex, context, pack.code)
    _aliases(s, kb, lex, context, pack.code)
    _titles(s, kb, lex, context)
    _joined_places(s, lex)
    _names_over_places(s, lex)
    if not _is_heading(s, lex):
        _unknown_names(s, lex)
    _learn_people(s, context, lex)
    found = _mentions(s, kb, lex, offset)
    found = _foreign_bodies(found, text, offset, pack)
    found = _regional_bodies(found, text, offset, pack)
    found = _units_of_bodies(found, text, offset, pack)
    found = _trailing_bodies(found, text, offset, pack)
    return _field_offices(found, kb, pack)


def _field_offices(mentions: list[Mention], kb: KnowledgeBase, pack: LanguagePack) -> list[Mention]:
    """``Kantor SAR Palembang``, ``the Manado geophysics station``: a national agency's
    field office speaks for the agency (pack ``field_offices``: head -> agency)."""
    offices = _field_office_heads(pack)
    if not offices:
        return mentions
    out = []
    for m in mentions:
        agency = None
        # A title may have read the office as a name ("Kepala Pos Pengamatan Gunung Api"),
        # a place head as a place ("Stasiun Geofisika Kupang").
        if m.entity_id is None:
            written = " ".join(m.text.lower().replace("the ", " ", 1).split())
            agency = next(
                (
                    kb.get(agency_id)
                    for head, agency_id in offices
                    if written.startswith(head + " ")
                    or written.endswith(" " + head)
                    or written == head
                ),
                None,
            )
        if agency is None:
            out.append(m)
            continue
        out.append(
            Mention(m.text, m.char_start, m.char_end, agency.id, agency.name, agency.type, "office")
        )
    return out


@cache
def _field_office_heads(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    table = pack.table("mentions").get("field_offices") or {}
    # Longest first: "Stasiun Meteorologi Maritim" before "Stasiun Meteorologi".
    return tuple(sorted(((h.lower(), i) for h, i in table.items()), key=lambda p: -len(p[0])))


def _units_of_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``Pusat Penerangan TNI``, ``Direktorat Jenderal Bina Marga Kementerian PUPR``: a unit
    inside a known body (a directorate, bureau, centre) speaks for that body."""
    heads = _unit_heads(pack)
    if not heads:
        return mentions
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.entity_id is None
            and m.type == "organisation"
            and m.text.lower().startswith(heads)
            and nxt is not None
            and nxt.entity_id is not None
            and nxt.type == "organisation"
            and not text[m.char_end - offset : nxt.char_start - offset].strip()
        ):
            out.append(
                Mention(
                    text=text[m.char_start - offset : nxt.char_end - offset],
                    char_start=m.char_start,
                    char_end=nxt.char_end,
                    entity_id=nxt.entity_id,
                    name=nxt.name,
                    type=nxt.type,
                    how="unit",
                )
            )
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _trailing_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """English: a proper name, a few lower-case words and a body noun name a body, as
    written: "Davao de Oro provincial disaster office", "the Jakarta police"."""
    nouns = _trailing_heads(pack)
    if not nouns:
        return mentions
    heads = _organisation_heads(pack)
    out: list[Mention] = []
    for m in mentions:
        words = m.text.lower().split()
        if words and (words[-1] in nouns or words[-1] in heads):
            out.append(m)  # "Home Affairs Ministry" is whole: "… suspended him from office"
            continue
        if m.type in ("place", None) or (m.type == "organisation" and m.entity_id is None):
            rest = text[m.char_end - offset :]
            end = _trailing_noun_end(rest, nouns, _lexicon(pack).stopwords)
            if end is not None:
                name = text[m.char_start - offset : m.char_end - offset + end]
                out.append(
                    Mention(
                        name, m.char_start, m.char_end + end, None, name, "organisation", "unknown"
                    )
                )
                continue
        out.append(m)
    return out


def _trailing_noun_end(rest: str, nouns: frozenset[str], stopwords: frozenset[str]) -> int | None:
    """Where a body noun ends within the next three lower-case words of ``rest``; a
    function word between ("Separatist rebels attacked a police post") ends the name."""
    pos = 0
    for _ in range(4):
        word = _LOWER_WORD.match(rest, pos + len(rest[pos:]) - len(rest[pos:].lstrip(" ")))
        if word is None or rest[pos : word.start()].strip() or word.group() in stopwords:
            return None
        if word.group() in nouns:
            return word.end()
        pos = word.end()
    return None


@cache
def _unit_heads(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(w.lower() + " " for w in pack.table("mentions").get("unit_heads", []))


@cache
def _organisation_heads(pack: LanguagePack) -> frozenset[str]:
    heads = pack.table("mentions").get("name_heads", {}).get("organisation", [])
    return frozenset(w.lower() for w in heads)


@cache
def _trailing_heads(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.table("mentions").get("trailing_heads", []))


def _names_over_places(s: _Sentence, lex: _Lexicon) -> None:
    """``Kepala Biro X, Bimo Adiwinata, mengatakan``: between commas, a one-word place
    followed by capitalised words is a person's name in apposition (a place is not set
    off by commas and followed by a surname)."""
    for span in list(s.spans):
        lo, k = span.lo, span.hi
        if not (
            span.target.type == "place"
            and span.hi - lo == 1
            and lo > 0
            and s.raws[lo - 1] == ","
            and k < len(s.raws)
            and s.capitalised(k)
            and not s.taken(k)
            and s.norms[k] not in lex.stopwords
        ):
            continue
        hi = _name_run(s, lex, k)
        if hi < len(s.raws) and s.raws[hi] == "," and hi - lo <= 4:
            name = s.text[s.starts[lo] : s.ends[hi - 1]]
            s.add(_Span(lo, hi, Target(None, name, "person"), "unknown"))


def _joined_places(s: _Sentence, lex: _Lexicon) -> None:
    """``Davao de Oro``: a known one-word place joined by a name particle to a capitalised
    word is a longer name, which the knowledge base may not know."""
    for span in list(s.spans):
        k = span.hi
        if (
            span.target.type == "place"
            and span.hi - span.lo == 1
            and k + 1 < len(s.raws)
            and s.norms[k] in lex.name_connectors
            and s.capitalised(k + 1)
            and not s.taken(k + 1)
        ):
            hi = k + 2
            while hi < len(s.raws) and s.capitalised(hi) and not s.taken(hi):
                hi += 1
            name = s.text[s.starts[span.lo] : s.ends[hi - 1]]
            s.add(_Span(span.lo, hi, Target(None, name, "place"), "unknown"))


def _learn_people(s: _Sentence, context: MentionContext, lex: _Lexicon) -> None:
    """Full names teach the bare names later sentences use ("Yoon", "Karyoto")."""
    for span in s.spans:
        words = [s.norms[k] for k in range(span.lo, span.hi) if s.raws[k][0].isalpha()]
        if span.target.type == "person":
            if len(words) > 1 or span.how == "title":
                context.learn_person(span.target, words, lex.particles)
        elif (
            span.how == "unknown"
            and span.target.type is None
            and 2 <= len(words) <= 4
            and span.hi - span.lo == len(words)
        ):
            # "opposition MP Dinesh Perera … According to Perera": an unknown name of two
            # to four words is most often a person, whom a later bare name means.
            context.learn_person(span.target, words, lex.particles)


# --- pass 1: parenthesised acronyms -------------------------------------------------------


def _acronym_definitions(
    s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, context: MentionContext, lang: str
) -> None:
    raws = s.raws
    for p, raw in enumerate(raws):
        if raw != lex.open:
            continue
        q = next(
            (
                k
                for k in range(p + 1, min(len(raws), p + 2 + MAX_EXPANSION_TOKENS))
                if raws[k] == lex.close
            ),
            None,
        )
        if q is None or q == p + 1 or not s.free(p, q + 1):
            continue
        inside = s.text[s.starts[p + 1] : s.ends[q - 1]]
        if _ACRONYM.fullmatch(inside) and sum(c.isupper() for c in inside) >= 2:
            _expansion_then_acronym(s, kb, lex, context, lang, p, q, inside)
        elif (
            p > 0 and _ACRONYM.fullmatch(raws[p - 1]) and sum(c.isupper() for c in raws[p - 1]) >= 2
        ):
            _acronym_then_expansion(s, kb, lex, context, lang, p, q)


def _expansion_then_acronym(
    s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, context: MentionContext, lang: str,
    p: int, q: int, acronym: str,
) -> None:  # fmt: skip
    """``<Expansion> (<ACR>) [country]``."""
    lo = _expansion_start(s, lex, p)
    # Capitalised words right after ")" may finish the name: "(JCS) Korea Selatan".
    tail = q + 1
    while tail < len(s.raws) and tail - q <= 3 and s.capitalised(tail) and s.owner[tail] is None:
        tail += 1
    found: tuple[int, int, AliasHit] | None = None
    for start in range(lo, p):
        for end in range(tail, q, -1):  # longest tail first
            words = s.norms[start:p] + s.norms[q + 1 : end]
            raw = s.raws[start:p] + s.raws[q + 1 : end]
            hit = _best_hit(kb, " ".join(words), raw, lang)
            if hit:
                found = (start, end, hit)
                break
        if found:
            break
    expansion = s.text[s.starts[lo] : s.ends[p - 1]] if lo < p else ""
    # The acronym's own entry wins when the words before it (including common words the
    # start search skipped) confirm it: "Tentara Arakan (AA)" is the Arakan Army, not
    # Rakhine State ("Arakan").
    wider = s.text[s.starts[max(0, lo - 2)] : s.ends[p - 1]] if lo < p else ""
    known = _confirmed_acronym(kb, acronym, wider, lang) if wider else None
    if known is not None and (found is None or _target_of(found[2]).entity_id != known.entity_id):
        s.add(_Span(lo, q + 1, known, "acronym"))
        context.acronyms[acronym] = known
        return
    if found:
        start, end, hit = found
        target = _target_of(hit)
        s.add(_Span(start, max(end, q + 1), target, "acronym"))
        context.acronyms[acronym] = target
        return
    known = _confirmed_acronym(kb, acronym, expansion, lang)
    if known is not None:
        s.add(_Span(lo if expansion else p + 1, q + 1, known, "acronym"))
        context.acronyms[acronym] = known
    else:
        # An unknown body: its name starts at a head word ("Badan") or at the acronym's
        # first letter; "Ketua" in "Ketua Badan Pengawas Obat dan Makanan (BPOM)" is a title.
        name_start = next(
            (k for k in range(lo, p) if _head_type(s, lex, k) or s.raws[k][0] == acronym[0]), None
        )
        if name_start is None:
            return
        kind = next(
            (t for k in range(name_start, p) if (t := _head_type(s, lex, k)) is not None), None
        )  # "Malaysian Maritime Enforcement Agency (MMEA)": the head may come last
        target = Target(None, s.text[s.starts[name_start] : s.ends[p - 1]], kind)
        s.add(_Span(name_start, q + 1, target, "acronym"))
        context.acronyms[acronym] = target


def _acronym_then_expansion(
    s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, context: MentionContext, lang: str,
    p: int, q: int,
) -> None:  # fmt: skip
    """``<ACR> (<Expansion>)``."""
    acronym = s.raws[p - 1]
    if s.owner[p - 1] is not None or not s.capitalised(p + 1):
        return
    expansion = s.text[s.starts[p + 1] : s.ends[q - 1]]
    hit = _best_hit(kb, " ".join(s.norms[p + 1 : q]), s.raws[p + 1 : q], lang)
    if hit:
        target = _target_of(hit)
    else:
        known = _confirmed_acronym(kb, acronym, expansion, lang)
        if known is None:
            if not (_initials_match(acronym, expansion) or _head_type(s, lex, p + 1)):
                return
            known = Target(None, expansion, _head_type(s, lex, p + 1))
        target = known
    s.add(_Span(p - 1, q + 1, target, "acronym"))
    context.acronyms[acronym] = target


def _expansion_start(s: _Sentence, lex: _Lexicon, p: int) -> int:
    """Where the capitalised name before ``(`` begins (connectors allowed inside)."""
    lo = p
    k = p - 1
    while k >= 0 and p - k <= MAX_EXPANSION_TOKENS and s.owner[k] is None:
        raw, norm = s.raws[k], s.norms[k]
        if raw[0].isupper():
            lo = k
        elif not (norm in lex.connectors and k > 0 and lo == k + 1):
            break
        k -= 1
    # A capitalised common word inside a name belongs to it ("Kerja Sama"); one in front
    # of it does not ("Menurut Badan ...").
    while lo < p and (s.norms[lo] in lex.stopwords or s.norms[lo] in lex.connectors):
        lo += 1
    return lo


def _confirmed_acronym(kb: KnowledgeBase, acronym: str, expansion: str, lang: str) -> Target | None:
    """The KB entity of an acronym, unless the article's expansion says it is something else."""
    hit = _best_hit(kb, alias_key(acronym), [acronym], lang)
    if hit is None:
        return None
    if not expansion:
        return _target_of(hit)
    key = alias_key(expansion)
    if any(
        fuzz.token_set_ratio(key, alias_key(a)) >= EXPANSION_MATCH for a in hit.entity.all_aliases()
    ):
        return _target_of(hit)
    return None


def _initials_match(acronym: str, expansion: str) -> bool:
    """``KNKT`` / ``Komite Nasional Keselamatan Transportasi``: the acronym starts like it."""
    words = [w for w in expansion.split() if w[:1].isupper()]
    return bool(words) and acronym[0].upper() == words[0][0].upper()


# --- pass 2: aliases ------------------------------------------------------------------


def _aliases(
    s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, context: MentionContext, lang: str
) -> None:
    lengths_of = kb.index.lengths
    pairs = kb.index.pairs
    norms, raws, owner = s.norms, s.raws, s.owner
    n = len(norms)
    # Only pass 1 has made spans yet, and only those can block a longer alias ahead.
    check_free = bool(s.spans)
    i = 0
    while i < n:
        if owner[i] is not None:
            i += 1
            continue
        found: tuple[int, AliasHit] | None = None
        lengths = lengths_of.get(norms[i], ())
        if lengths and lengths[0] > 1 and (i + 1 >= n or f"{norms[i]} {norms[i + 1]}" not in pairs):
            lengths = (1,) if lengths[-1] == 1 else ()
        for length in lengths:
            end = i + length
            if end > n or (check_free and length > 1 and not s.free(i, end)):
                continue
            hit = _best_hit(
                kb, norms[i] if length == 1 else " ".join(norms[i:end]), raws[i:end], lang
            )
            if hit and not (length == 1 and _weak_single(s, lex, i, hit)):
                found = (length, hit)
                break
        if (found is None or found[0] == 1) and raws[i][0].isupper():
            learned = context.acronyms.get(raws[i]) or context.names.get(norms[i])
            if learned is not None:
                how = "acronym" if raws[i] in context.acronyms else "alias"
                s.add(_Span(i, i + 1, learned, how))
                i += 1
                continue
        if found is None:
            i += 1
            continue
        length, hit = found
        s.add(_Span(i, i + length, _target_of(hit), "alias"))
        i += length


def _best_hit(kb: KnowledgeBase, key: str, raw: list[str], lang: str) -> AliasHit | None:
    """The best entity for an alias key written as ``raw``; the pack's language first."""
    hits = kb.index.hits.get(key)
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0] if hits[0].accepts(raw) else None
    accepted = [h for h in hits if h.accepts(raw)]
    if not accepted:
        return None
    return next((h for h in accepted if h.in_lang(lang)), accepted[0])


def _weak_single(s: _Sentence, lex: _Lexicon, i: int, hit: AliasHit) -> bool:
    """A one-word alias that is here an ordinary word: a title or name head ("Kota"), or a
    common word opening the sentence ("Antara lain...")."""
    norm = s.norms[i]
    if norm in lex.blocked_single and hit.mode != 2:
        return True
    return i == s.first_word and norm in lex.stopwords


def _target_of(hit: AliasHit) -> Target:
    return Target(hit.entity.id, hit.entity.name, hit.entity.type)


# --- pass 3: titles before people -----------------------------------------------------


def _match_phrase(
    s: _Sentence, table: dict[tuple[str, ...], Any], lengths: dict[str, tuple[int, ...]], i: int
) -> tuple[int, Any] | None:
    for length in lengths.get(s.norms[i], ()):
        words = tuple(s.norms[i : i + length])
        if len(words) == length and words in table and s.free(i, i + length):
            return length, table[words]
    return None


def _titles(s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, context: MentionContext) -> None:
    n = len(s.raws)
    starts_title = lex.title_lengths
    i = 0
    while i < n:
        if s.norms[i] not in starts_title or s.taken(i):
            i += 1
            continue
        title = _match_phrase(s, lex.titles, lex.title_lengths, i)
        if title is None or _inside_head(s, lex, i):
            i += 1
            continue
        title_text = s.text[s.starts[i] : s.ends[i + title[0] - 1]]
        j = _use(s, i, i + title[0])
        affiliation: Target | None = None
        spec = title[1]
        while j < n:
            affiliation, j = _title_affiliation(s, kb, spec, j, affiliation)
            more = (
                _match_phrase(s, lex.titles, lex.title_lengths, j)
                if j < n and not s.taken(j)
                else None
            )
            if more is None:
                break
            spec = more[1]
            j = _use(s, j, j + more[0])
        person = _person_after(s, kb, lex, j, affiliation)
        if person is not None and spec.get("of_person"):
            person = _apposed_holder(s, kb, lex, person, affiliation)
        if person is not None:
            target, hi = person
            of = (
                EntityRef(affiliation.entity_id, affiliation.name, affiliation.type)
                if affiliation
                else None
            )
            context.remember_title(target, Affiliation(title_text, of))
            j = hi
        i = max(j, i + 1)


def _inside_head(s: _Sentence, lex: _Lexicon, i: int) -> bool:
    """Is token ``i`` inside a name head that starts before it ("Jenderal" in "Direktorat
    Jenderal Bina Marga" is no military rank)?"""
    for back in (1, 2):
        head = _match_phrase(s, lex.heads, lex.head_lengths, i - back) if i >= back else None
        if head is not None and head[0] > back:
            return True
    return False


def _use(s: _Sentence, lo: int, hi: int) -> int:
    """Mark title words as read; returns ``hi``."""
    for k in range(lo, hi):
        s.used[k] = True
    return hi


def _title_affiliation(
    s: _Sentence, kb: KnowledgeBase, spec: dict[str, Any], j: int, have: Target | None
) -> tuple[Target | None, int]:
    """The organisation or country a title names, and where the words after it resume."""
    if spec.get("prefix"):
        # "Kapolda Metro Jaya": try "Polda Metro Jaya", "Polda Metro", ... in the KB; the
        # words may have matched something smaller on their own ("Metro", a city).
        k = j
        while k < len(s.raws) and k - j < 4 and s.capitalised(k) and not s.used[k]:
            k += 1
        for end in range(k, j, -1):
            key = alias_key(spec["prefix"]) + " " + " ".join(s.norms[j:end])
            entities = kb.index.hits.get(key)
            if entities:
                entity = entities[0].entity
                s.clear(j, end)
                return Target(entity.id, entity.name, entity.type), _use(s, j, end)
        place = s.owner[j] if j < len(s.raws) else None
        lex = _lexicon_of(spec)
        if place is None and lex is not None:
            # "Kapolsek Keruak AKP I Made Suarjana": the words up to the next title name
            # the office's place, which neither the KB nor the region list need know.
            end = j
            while (
                end < len(s.raws) and end - j < 3 and s.capitalised(end) and not s.taken(end)
                and s.norms[end] not in lex.title_lengths
            ):  # fmt: skip
                end += 1
            if j < end < len(s.raws) and s.norms[end] in lex.title_lengths:
                name = f"{spec['prefix']} {s.text[s.starts[j] : s.ends[end - 1]]}"
                return Target(None, name, "organisation"), _use(s, j, end)
        if place is not None and place.lo == j and place.target.type == "place":
            # "Kapolres Ende": the regional office of that place, which the KB cannot list.
            name = f"{spec['prefix']} {s.text[s.starts[j] : s.ends[place.hi - 1]]}"
            hi = place.hi
            s.clear(j, hi)
            return Target(None, name, "organisation"), _use(s, j, hi)
    if spec.get("affiliation") and have is None:
        affiliated = kb.lookup(spec["affiliation"])
        if affiliated:
            have = Target(affiliated[0].id, affiliated[0].name, affiliated[0].type)
    span = s.owner[j] if j < len(s.raws) else None
    if span is not None and span.lo == j and span.target.type in AFFILIATION_TYPES:
        return span.target, span.hi
    return have, j


def _person_after(
    s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, j: int, affiliation: Target | None
) -> tuple[Target, int] | None:
    """The person named right after a title: a KB person, or capitalised words."""
    if j >= len(s.raws):
        return None
    span = s.owner[j]
    if (
        span is not None
        and span.lo == j
        and span.hi == j + 1
        and span.target.type != "person"
        and span.how == "alias"
        and j + 1 < len(s.raws)
        and s.capitalised(j + 1)
        and not s.taken(j + 1)
    ):
        # "Mayjen TNI Bima Harsono": after a title, a one-word place ("Bima") followed by
        # a capitalised word is a person's first name.
        s.clear(j, j + 1)
        span = None
    if span is not None:
        return (span.target, span.hi) if span.lo == j and span.target.type == "person" else None
    while (
        j < len(s.raws)
        and not s.taken(j)
        and (_function_noun(s.norms[j], lex) or (len(s.raws[j]) > 1 and s.raws[j].isupper()))
    ):
        # "Kepala Pelaksana BPBD …", "Direktur Pelindungan WNI …": the title goes on.
        j = _use(s, j, j + 1)
    if j >= len(s.raws):
        return None
    span = s.owner[j]
    if span is not None:
        return (span.target, span.hi) if span.lo == j and span.target.type == "person" else None
    if s.used[j] or _head_type(s, lex, j):
        return None  # "Kepala Pusat Penerangan TNI": a body follows the title, no person
    hi = _name_run(s, lex, j)
    if hi == j:
        return None
    target = _person_by_word(kb, s, j, hi, affiliation)
    if target is None:
        target = Target(None, s.text[s.starts[j] : s.ends[hi - 1]], "person")
    s.add(_Span(j, hi, target, "title"))
    return target, hi


def _apposed_holder(
    s: _Sentence,
    kb: KnowledgeBase,
    lex: _Lexicon,
    person: tuple[Target, int],
    affiliation: Target | None,
) -> tuple[Target, int]:
    """``Kuasa hukum Zulkifli, Darmawan Situmeang, membantah``: a title of a relation (a
    lawyer, a spokesperson, a wife) names whose it is first, and the person who holds it
    after the comma. The first name is the title's owner (``how="owner"``), no party to
    what the holder says."""
    hi = person[1]
    if not (hi + 1 < len(s.raws) and s.raws[hi] == "," and s.capitalised(hi + 1)):
        return person
    holder = _person_after(s, kb, lex, hi + 1, affiliation)
    if holder is None:
        return person
    first = s.owner[hi - 1]
    if first is not None and first.how == "title":
        first.how = "owner"
    return holder


def _person_by_word(
    kb: KnowledgeBase, s: _Sentence, j: int, hi: int, affiliation: Target | None
) -> Target | None:
    """``Presiden Yoon`` is Yoon Suk Yeol when he is the only such KB person (of that country)."""
    if hi - j != 1:
        return None
    people = kb.people_by_word.get(s.norms[j], ())
    if affiliation is not None:
        country = _country_code(kb, affiliation)
        if country:
            people = tuple(p for p in people if p.country == country)
    if len(people) != 1:
        return None
    return Target(people[0].id, people[0].name, "person")


def _country_code(kb: KnowledgeBase, target: Target) -> str | None:
    entity = kb.get(target.entity_id) if target.entity_id else None
    return entity.country if entity else None


def _name_run(s: _Sentence, lex: _Lexicon, j: int) -> int:
    """End of the run of capitalised, free, non-stop words starting at ``j``."""
    n = len(s.raws)
    k = j
    while k < n and k - j < MAX_NAME_TOKENS and not s.taken(k):
        raw, norm = s.raws[k], s.norms[k]
        if k > j and norm in lex.title_lengths and norm not in lex.particles:
            break  # "Keruak AKP I Made Suarjana": a rank starts the person's name
        if (
            raw[0].isupper()
            and raw[0].isalpha()
            and norm not in lex.stopwords
            and (len(raw) > 1 or (norm in lex.particles and k + 1 < n and s.capitalised(k + 1)))
        ):
            k += 1
        elif (
            norm in lex.name_connectors and k > j and k + 1 < n
            and not s.taken(k + 1) and s.capitalised(k + 1)
        ):  # fmt: skip
            k += 1
        else:
            break
    return k


# --- pass 4: names the KB does not know ---------------------------------------------------


def _is_heading(s: _Sentence, lex: _Lexicon) -> bool:
    words = [r for r in s.raws if r[0].isalpha()]
    if len(words) < 2 or s.text.rstrip()[-1:] in ".!?\"'”":
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= lex.heading_share


def _head_type(s: _Sentence, lex: _Lexicon, i: int) -> str | None:
    hit = _match_phrase(s, lex.heads, lex.head_lengths, i)
    return hit[1] if hit else None


def _unknown_names(s: _Sentence, lex: _Lexicon) -> None:
    n = len(s.raws)
    raws, owner, used = s.raws, s.owner, s.used
    i = 0
    while i < n:
        first = raws[i][0]
        if not first.isupper() or owner[i] is not None or used[i]:
            i += 1
            continue
        head = (
            _match_phrase(s, lex.heads, lex.head_lengths, i)
            if s.norms[i] in lex.head_lengths
            else None
        )
        if head is not None:
            i = _headed_name(s, lex, i, head)
            continue
        if (
            not first.isalpha()
            or s.norms[i] in lex.stopwords
            or s.norms[i] in lex.not_names
            or _number_word_compound(s.norms[i], lex)
            or len(raws[i]) < 2
        ):
            i += 1
            continue
        hi = _name_run(s, lex, i)
        if lex.heads_take_words_before:
            inner = next(
                (
                    (k, found)
                    for k in range(i + 1, hi)
                    if (found := _match_phrase(s, lex.heads, lex.head_lengths, k)) is not None
                ),
                None,
            )
            if inner is not None:
                i = _headed_name(s, lex, i, inner[1])
                continue
        if (
            hi == i + 1
            and i == s.first_word
            and (_inflected(s.norms[i], lex) or (s.norms[i],) in lex.nationality)
        ):
            i += 1
            continue
        if hi > i:
            guess = "person" if i > 0 and (s.norms[i - 1],) in lex.titles else None
            if (
                guess is None
                and 1 < hi - i <= 4
                and i > 0
                and raws[i - 1] == ","
                and hi < n
                and raws[hi] == ","
            ):
                # "Kepala Kantor SAR Kendari, Haris Sulaiman, mengatakan": a name in
                # apposition after a title is a person.
                guess = "person"
            s.add(
                _Span(i, hi, Target(None, s.text[s.starts[i] : s.ends[hi - 1]], guess), "unknown")
            )
            i = hi
        else:
            i += 1


def _function_noun(norm: str, lex: _Lexicon) -> bool:
    """A word derived as a function noun ("pelaksana", "penindakan", "pelindungan")."""
    return (
        len(norm) >= lex.function_min_length
        and norm.startswith(lex.function_prefixes)
        and norm.endswith(lex.function_suffixes)
    )


def _number_word_compound(norm: str, lex: _Lexicon) -> bool:
    """``twenty-three``: hyphenated number words."""
    parts = norm.replace("‐", "-").split("-")
    return len(parts) > 1 and all(p in lex.not_names for p in parts)


def _headed_name(s: _Sentence, lex: _Lexicon, i: int, head: tuple[int, str]) -> int:
    """``Desa Sukamaju``, ``Kedutaan Besar Rusia``, ``Office of Civil Defense``: the head
    word and the name after it (and, in English, the qualifiers before it)."""
    i = _qualifiers_before(s, lex, i)
    j = _head_end(s, lex, i, head)
    k = j
    n = len(s.raws)
    while k < n and k - j < MAX_NAME_TOKENS:
        span = s.owner[k]
        if s.used[k]:
            break
        if span is not None:
            if span.lo == k and span.target.type in SWALLOWABLE_TYPES:
                k = span.hi
                break  # the place or country ends the name
            break
        raw, norm = s.raws[k], s.norms[k]
        word = raw[0].isupper() and norm not in lex.stopwords
        number = raw[0].isdigit() and k > j  # "Yonif 500"
        connector = (
            (norm in lex.name_connectors or norm in lex.head_connectors)
            and k + 1 < n
            and s.capitalised(k + 1)
            and not s.used[k + 1]
            and not _head_type(s, lex, k + 1)  # "Masjid X dan Pasar Y" are two names
        )
        if not (word or number or connector):
            break
        k += 1
    while k > j and (
        s.norms[k - 1] in lex.name_connectors or s.norms[k - 1] in lex.head_connectors
    ):
        k -= 1  # "Badan Imigrasi dan" before a name the KB knows: the connector is not the name's
    if k == j and not (lex.heads_take_words_before and i < j - head[0]):
        return j  # a head word alone names nothing; in English the words before it may
    name = s.text[s.starts[i] : s.ends[k - 1]]
    s.add(_Span(i, k, Target(None, name, head[1]), "unknown"))
    return k


def _head_end(s: _Sentence, lex: _Lexicon, i: int, head: tuple[int, str]) -> int:
    """Where the name after the head starts: after the head word, found at or after ``i``."""
    k = i
    while k < len(s.raws) and _match_phrase(s, lex.heads, lex.head_lengths, k) is None:
        k += 1
    return k + head[0]


def _qualifiers_before(s: _Sentence, lex: _Lexicon, i: int) -> int:
    """English: the capitalised words and places right before a head word start its name
    ("Kenya National Commission on Human Rights"); the first such token."""
    if not lex.heads_take_words_before:
        return i
    k = i
    while k > 0:
        prev = k - 1
        span = s.owner[prev]
        if span is not None:
            if span.hi == k and span.target.type in SWALLOWABLE_TYPES:
                s.clear(span.lo, span.hi)
                k = span.lo
                continue
            break
        if (
            s.norms[prev] in lex.head_connectors
            and prev > 0
            and not s.used[prev - 1]
            and s.capitalised(prev - 1)
            and s.norms[prev - 1] not in lex.stopwords
        ):
            # "Central Disaster and Safety Countermeasures Headquarters": a connector
            # between capitalised words is inside the name, and so is the unknown name
            # before it.
            before = s.owner[prev - 1]
            if before is None:
                k = prev
                continue
            if before.hi == prev and before.how == "unknown" and before.target.entity_id is None:
                s.clear(before.lo, before.hi)
                k = before.lo
                continue
        if s.used[prev] or not s.capitalised(prev) or s.norms[prev] in lex.stopwords:
            break
        k = prev
    return k


def _inflected(norm: str, lex: _Lexicon) -> bool:
    """A sentence-opening word shaped like an inflected common word ("Dikatakan")."""
    if len(norm) < lex.affix_min_length:
        return False
    return norm.startswith(lex.prefixes) or norm.endswith(lex.suffixes)


# --- pass 5: mentions -----------------------------------------------------------------


def _mentions(s: _Sentence, kb: KnowledgeBase, lex: _Lexicon, offset: int) -> list[Mention]:
    out = []
    for span in sorted(s.spans, key=lambda sp: sp.lo):
        target, how = span.target, span.how
        if target.entity_id is not None and how == "alias":
            entity = kb.get(target.entity_id)
            if entity is not None and entity.capital_of:
                how = "metonym"
            elif target.type == "country" and _after_nationality_noun(s, lex, span.lo):
                how = "nationality"
        start, end = s.starts[span.lo], s.ends[span.hi - 1]
        out.append(
            Mention(
                text=s.text[start:end],
                char_start=start + offset,
                char_end=end + offset,
                entity_id=target.entity_id,
                name=target.name,
                type=target.type,
                how=how,
            )
        )
    return out


def _foreign_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """A government body of a foreign country:

    * ``Kementerian Pertahanan (Nasional) Jepang``: a generic body followed by a foreign
      country (a word or two may stand between) is that country's body, not the home one
      the bare name means; the KB rarely has every country's ministry, so the mention
      stands for the country;
    * ``Thailand's foreign ministry``, ``Indonesia's health ministry``: a country's
      possessive before a body noun is that country's body, likewise, unless the body is
      named right after (``Indonesia's disaster agency BNPB``);
    * ``Kenya National Commission on Human Rights``: a country before a body the KB knows
      as another country's names a body of its own, as written.
    """
    data = pack.table("mentions")
    heads = _government_heads(pack)
    home = data.get("home_country")
    possessive = frozenset(w.lower() for w in data.get("possessive_bodies") or ())
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        merged = None
        if m.type == "organisation" and heads and m.text.split()[0].lower() in heads:
            merged = _body_then_country(mentions, i, text, offset, home)
        elif m.type == "country" and possessive:
            merged = _country_then_body(mentions, i, text, offset, possessive)
        if merged is not None:
            mention, used = merged
            out.append(mention)
            i += used
            continue
        out.append(m)
        i += 1
    return out


def _between(text: str, offset: int, a: Mention, b: Mention) -> str:
    return text[a.char_end - offset : b.char_start - offset]


def _body_then_country(
    mentions: list[Mention], i: int, text: str, offset: int, home: str | None
) -> tuple[Mention, int] | None:
    m = mentions[i]
    # Unknown capitalised words may qualify the body first ("Pertahanan Nasional").
    k = i + 1
    while (
        k < len(mentions)
        and k - i <= 2
        and mentions[k].how == "unknown"
        and mentions[k].type is None
        and not _between(text, offset, mentions[k - 1], mentions[k]).strip()
    ):
        k += 1
    if k >= len(mentions):
        return None
    country = mentions[k]
    if (
        country.type != "country"
        or _between(text, offset, mentions[k - 1], country).strip()
        or country.entity_id in (None, home)
    ):
        return None
    return (
        Mention(
            text=text[m.char_start - offset : country.char_end - offset],
            char_start=m.char_start,
            char_end=country.char_end,
            entity_id=country.entity_id,
            name=country.name,
            type="country",
            how="government",
        ),
        k - i + 1,
    )


def _country_then_body(
    mentions: list[Mention], i: int, text: str, offset: int, possessive: frozenset[str]
) -> tuple[Mention, int] | None:
    country = mentions[i]
    owned = _POSSESSIVE.match(text, country.char_end - offset)
    noun = None
    if owned is not None:
        # The body noun within the next few lower-case words: "'s foreign ministry".
        for n, word in enumerate(_LOWER_WORD.finditer(text, owned.end(), owned.end() + 40)):
            if n > 2 or text[owned.end() : word.start()].strip(" -abcdefghijklmnopqrstuvwxyz"):
                break  # at most two words before the noun, in the same phrase
            if word.group() in possessive:
                noun = word
                break
    if noun is not None:
        end = noun.end() + offset
        named = next((m for m in mentions[i + 1 :] if m.char_start >= end), None)
        if (
            named is not None
            and named.type == "organisation"
            and named.entity_id is not None
            and not text[end - offset : named.char_start - offset].strip(" ,(")
        ):
            # "Indonesia's disaster agency BNPB": the description is the named body's.
            return named, 1 + sum(1 for m in mentions[i + 1 :] if m.char_end <= named.char_end)
        return (
            Mention(
                text=text[country.char_start - offset : end - offset],
                char_start=country.char_start,
                char_end=end,
                entity_id=country.entity_id,
                name=country.name,
                type="country",
                how="government",
            ),
            1 + sum(1 for m in mentions[i + 1 :] if m.char_end <= end),
        )
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        nxt is not None
        and nxt.type == "organisation"
        and nxt.entity_id is not None
        and not _between(text, offset, country, nxt).strip()
        and country.name.split()[0] not in nxt.name
    ):
        name = text[country.char_start - offset : nxt.char_end - offset]
        return (
            Mention(name, country.char_start, nxt.char_end, None, name, "organisation", "unknown"),
            2,
        )
    return None


def _regional_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``BPBD Sulawesi Barat``, ``Polrestabes Surabaya``: a regional office is its own body,
    neither the national agency its acronym names nor the place; the KB cannot list them all,
    so the mention is an unresolved organisation named as written."""
    heads = _regional_heads(pack)
    if not heads:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.type not in ("place", "country") or m.how == "government":
            out.append(m)
            continue
        before = text[: m.char_start - offset].rstrip()
        # "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Ende": the acronym in
        # brackets is the head.
        bracketed = before.endswith(")")
        if bracketed:
            before = before[:-1]
        head = next(
            (
                h
                for h in heads
                if before.endswith(h)
                and (len(before) == len(h) or not before[-len(h) - 1].isalnum())
                and (not bracketed or before[-len(h) - 1 : -len(h)] == "(")
            ),
            None,
        )
        start = offset + len(before) - len(head) if head is not None else 0
        if head is None and bracketed and "(" in before:
            # "Pengadilan Negeri (PN) Kupang": the full name before the acronym is the head.
            named = before[: before.rindex("(")].rstrip()
            head = next(
                (
                    h
                    for h in heads
                    if named.endswith(h)
                    and (len(named) == len(h) or not named[-len(h) - 1].isalnum())
                ),
                None,
            )
            start = offset + len(named) - len(head) if head is not None else 0
        if head is None:
            out.append(m)
            continue
        # Drop what the head itself was read as ("BPBD" as the national-level entity).
        while out and out[-1].char_end > start:
            out.pop()
        place = text[m.char_start - offset : m.char_end - offset]
        written = text[start - offset : m.char_end - offset]
        out.append(
            Mention(
                text=written,
                char_start=start,
                char_end=m.char_end,
                entity_id=None,
                name=f"{head} {place}" if bracketed else written,
                type="organisation",
                how="regional",
            )
        )
    return out


def resolve_regional_references(
    mentions: Sequence[list[Mention]], pack: LanguagePack
) -> list[list[Mention]]:
    """A bare regional acronym ("menurut data BPBD setempat", "Polres menyebut") is the
    article's regional office of that kind when the article names exactly one ("BPBD
    Kabupaten Ende"), wherever that one is named."""
    heads = _regional_heads(pack)
    named: dict[str, set[str]] = {}
    for group in mentions:
        for m in group:
            if m.how == "regional":
                head = next((h for h in heads if m.name.startswith(h + " ")), None)
                if head is not None:
                    named.setdefault(head.split()[0], set()).add(m.name)
    if not named:
        return list(mentions)
    return [
        [
            Mention(
                m.text,
                m.char_start,
                m.char_end,
                None,
                next(iter(named[m.text])),
                "organisation",
                "regional",
            )
            if m.how != "regional" and len(named.get(m.text, ())) == 1
            else m
            for m in group
        ]  # fmt: skip
        for group in mentions
    ]


@cache
def _regional_heads(pack: LanguagePack) -> tuple[str, ...]:
    # Longest first, so that "BPBD Kabupaten" wins over "BPBD".
    return tuple(sorted(pack.table("mentions").get("regional_heads", []), key=len, reverse=True))


@cache
def _government_heads(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.table("mentions").get("government_heads", []))


def _after_nationality_noun(s: _Sentence, lex: _Lexicon, lo: int) -> bool:
    return any(
        lo - size >= 0 and tuple(s.norms[lo - size : lo]) in lex.nationality for size in (1, 2, 3)
    )
