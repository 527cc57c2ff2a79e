"""One pack's ``mentions.yaml`` (and the number words of its ``numbers.yaml``), compiled
to the token-tuple tables the passes read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from silang.kb import alias_key
from silang.lang import LanguagePack


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One pack's ``mentions.yaml``, compiled to token-tuple tables."""

    titles: dict[tuple[str, ...], dict[str, Any]]
    title_lengths: dict[str, tuple[int, ...]]
    heads: dict[tuple[str, ...], str]
    head_lengths: dict[str, tuple[int, ...]]
    nationality: frozenset[tuple[str, ...]]
    # "WNI", "PMI": nouns of a country's citizens (units pack ``national_nouns``), which no
    # unknown name teaches as a bare name of itself.
    national_nouns: frozenset[str]
    # "berbahasa Inggris", "English-language": a country's name that names its language.
    language_before: frozenset[str]
    # "Sungai Asahan" -> "Asahan River": (head, English pattern), longest head first.
    english_place_names: tuple[tuple[str, str], ...]
    # "Lima warga": the pack's number words, which some place names share.
    number_words: frozenset[str]
    # "6:05 p.m. KST": after a clock time these are its zone, not a name.
    time_zones: frozenset[str]
    # "Senin", "Tuesday": the pack's weekday names, a day and not a name after a comma.
    weekdays: frozenset[str]
    language_after: frozenset[str]
    connectors: frozenset[str]
    name_connectors: frozenset[str]
    trailing_place_heads: frozenset[str]  # "Bay" in "Saldanha Bay"
    possessive_name_words: frozenset[str]
    # "according to Ramon Dizon, …": words a person's name in apposition follows.
    speaker_cues: frozenset[str]
    # "Central Disaster … Headquarters": stopwords that may open a name.
    name_openers: frozenset[str]
    # "tersangka berinisial AS": words a person's initials follow (``names.initials``).
    initials_markers: frozenset[str]
    stopwords: frozenset[str]
    blocked_single: frozenset[str]
    # "sembilan PMI": acronyms that also name people, and the words that count them.
    people_acronyms: frozenset[str]
    people_acronym_counters: frozenset[str]
    heading_share: float
    # "Angka itu …": words after a noun that make it a common noun (id).
    demonstratives_after: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    affix_min_length: int
    # "Data sementara BPBD …": common nouns that open a report, no names there.
    opening_words: frozenset[str]
    open: str
    close: str
    # Words that are never a name though capitalised at a sentence start: number words
    # and hedges ("Sedikitnya", "Twenty").
    not_names: frozenset[str]
    # Degrees after a name ("M.Kes.", "Sp.A"), as ``degree_key`` writes them.
    degrees: frozenset[str]
    # Lower-case words that may stand inside a body's name after its head ("Office of
    # Civil Defense", "Department of Social Welfare and Development").
    head_connectors: frozenset[str]
    # Of those, the words that end a place's name ("Kecamatan Torue dan Balinggi").
    place_name_breaks: frozenset[str]
    # "Polres Tasikmalaya Kota": a level word after a body's place that is the name's.
    levels_after_place: frozenset[str]
    # English puts a body's qualifiers before its head ("Kenya National Commission"):
    # capitalised words and places right before a head belong to the name.
    heads_take_words_before: bool
    # Words that may open a personal name ("I Made …", "Raden Bagus …").
    particles: frozenset[str]
    particles_used_alone: frozenset[str]
    # "Hakim": title words that are also words of people's names ("Lukman Hakim Siregar").
    titles_also_names: frozenset[str]
    # English: "I" opens a name only before another particle ("I Made Suarjana").
    short_particles_before_particles: bool
    # Name words written short with a full stop inside a name ("Ridwan Hi. Usman").
    abbreviated: frozenset[str]
    # "Kolonel Inf Gatot": corps between a rank and the name, part of the title.
    rank_corps: frozenset[str]
    # "AKP Rizal Fahmi Noor": a rank or form of address, which only a person's name follows.
    ranks: frozenset[str]
    # "Tagum Ridge Mining Corp.": the full stop after these ends the name and is part of it.
    final_abbreviated: frozenset[str]
    # "PT": a company's name runs on after it over places' names.
    company_prefixes: frozenset[str]
    # Words a company's name ends with ("Sdn Bhd", "Ltd"): the name is a company's.
    company_suffixes: frozenset[str]
    # Words that close a body's name ("Pok Oi Hospital", "Hospital Authority"): the
    # packs' ``trailing_heads`` and, for pages citing names in English, ``closing_heads``.
    closing_heads: frozenset[str]
    # "Kepolisian Metropolitan Ulsan": words of a body's name that a place right after the
    # name belongs to (``names.unknown_names``).
    body_words: frozenset[str]
    # "BBKSDA Riau": an acronym of at least this many capitals is a body's name, which a
    # place right after it belongs to (0: no such rule).
    body_acronym_length: int
    # "BPBD", "Kepolisian Daerah": heads of regional offices (``regional_heads``), whose
    # place the rules in ``bodies.py`` name.
    regional_heads: frozenset[tuple[str, ...]]
    # "Kodam menerjunkan …": an office's head written alone (``lone_heads``, as written)
    # refers to the office of that kind the article names.
    lone_heads: frozenset[str]
    hyphen_adjectives: frozenset[str]  # "based" in "Limassol-based": no part of a name
    # Affixes of a derived function noun that continues a job title ("Kepala Pelaksana").
    function_prefixes: tuple[str, ...]
    function_suffixes: tuple[str, ...]
    function_min_length: int
    # "Koordinator Fungsi Pelindungan WNI …": a unit of a body that continues a job title.
    title_units: frozenset[str]
    # "Odesa's mayor", "the regent of Tana Toraja": the head of a place named by office in
    # lower case (pack ``place_offices``), as the office is named ("Mayor").
    place_offices: dict[tuple[str, ...], str] = field(default_factory=dict)
    place_office_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    place_office_kinds: frozenset[str] = frozenset()  # "the city's mayor"
    # "the provincial governor": adjective -> the kind of place (``extra.kind``) it names.
    place_office_adjectives: dict[str, str] = field(default_factory=dict)
    place_office_dropped: tuple[str, ...] = ()  # "Regency" in "Tana Toraja Regency"
    place_epithets: frozenset[str] = frozenset()  # "hit" in "the governor of hard-hit X"


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
_SPEC_LEXICON: dict[int, Lexicon] = {}


def lexicon_of(spec: dict[str, Any]) -> Lexicon | None:
    return _SPEC_LEXICON.get(id(spec))


@cache
def lexicon(pack: LanguagePack) -> Lexicon:
    data = pack.table("mentions")
    titles, title_lengths = _phrase_table(
        {t: spec or {} for t, spec in (data.get("person_titles") or {}).items()}
    )
    head_map = {h: kind for kind, heads in (data.get("name_heads") or {}).items() for h in heads}
    offices, office_lengths = _phrase_table(
        {str(k): str(v) for k, v in (data.get("place_offices") or {}).items()}
    )
    heads, head_lengths = _phrase_table(head_map)
    acronyms = data.get("acronyms") or {}
    affixes = data.get("sentence_initial_affixes") or {}
    stopwords = frozenset(alias_key(w) for w in str(data.get("stopwords", "")).split())
    single = {words[0] for words in [*titles, *heads] if len(words) == 1}
    found = Lexicon(
        titles=titles,
        title_lengths=title_lengths,
        heads=heads,
        head_lengths=head_lengths,
        nationality=frozenset(_words(n) for n in data.get("nationality_nouns") or []),
        national_nouns=frozenset(
            alias_key(str(n))
            for nouns in (pack.table("units").get("national_nouns") or {}).values()
            for n in nouns or ()
        ),
        english_place_names=tuple(
            sorted(
                (
                    (str(k).lower(), str(v))
                    for k, v in (data.get("place_names_in_english") or {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        number_words=frozenset(alias_key(str(w)) for w in pack.table("numbers").get("words") or {}),
        time_zones=frozenset(str(w) for w in data.get("time_zones") or []),
        weekdays=frozenset(alias_key(str(w)) for w in pack.table("time").get("weekdays") or {}),
        language_before=frozenset(
            alias_key(str(w)) for w in data.get("language_words_before") or []
        ),
        language_after=frozenset(alias_key(str(w)) for w in data.get("language_words_after") or []),
        connectors=frozenset(acronyms.get("connectors") or []),
        name_connectors=frozenset(data.get("name_connectors") or []),
        trailing_place_heads=frozenset(
            str(w).lower() for w in data.get("trailing_place_heads") or []
        ),
        possessive_name_words=frozenset(data.get("possessive_name_words") or []),
        speaker_cues=frozenset(data.get("speaker_cues") or []),
        name_openers=frozenset(data.get("name_openers") or []),
        initials_markers=frozenset(alias_key(str(w)) for w in data.get("initials_markers") or []),
        stopwords=stopwords,
        blocked_single=frozenset(single),
        people_acronyms=frozenset(
            str(w) for w in (data.get("people_acronyms") or {}).get("words") or ()
        ),
        people_acronym_counters=frozenset(
            alias_key(str(w)) for w in (data.get("people_acronyms") or {}).get("after") or ()
        ),
        heading_share=float(data.get("heading_capitalised_share", 1.0)),
        demonstratives_after=frozenset(
            alias_key(str(w)) for w in data.get("demonstratives_after") or []
        ),
        prefixes=tuple(sorted(affixes.get("prefixes") or [], key=len, reverse=True)),
        suffixes=tuple(sorted(affixes.get("suffixes") or [], key=len, reverse=True)),
        affix_min_length=int(affixes.get("min_length", 99)),
        opening_words=frozenset(
            alias_key(str(w)) for w in data.get("sentence_initial_words") or []
        ),
        degrees=frozenset(degree_key(str(w)) for w in data.get("degrees") or []),
        open=acronyms.get("open", "("),
        close=acronyms.get("close", ")"),
        not_names=_number_words(pack),
        head_connectors=frozenset(data.get("head_connectors") or []),
        place_name_breaks=frozenset(data.get("place_name_breaks") or []),
        levels_after_place=frozenset(
            alias_key(str(w)) for w in data.get("levels_after_place") or []
        ),
        heads_take_words_before=bool(data.get("heads_take_words_before", False)),
        particles=frozenset(alias_key(str(w)) for w in data.get("name_particles") or []),
        particles_used_alone=frozenset(
            alias_key(str(w)) for w in data.get("particles_used_alone") or []
        ),
        short_particles_before_particles=bool(data.get("short_particles_before_particles")),
        titles_also_names=frozenset(alias_key(str(w)) for w in data.get("titles_also_names") or []),
        abbreviated=frozenset(alias_key(str(w)) for w in data.get("name_abbreviations") or []),
        rank_corps=frozenset(alias_key(str(w)) for w in data.get("rank_corps") or []),
        ranks=frozenset(alias_key(str(w)) for w in data.get("ranks") or []),
        hyphen_adjectives=frozenset(alias_key(str(w)) for w in data.get("hyphen_adjectives") or []),
        company_prefixes=frozenset(alias_key(str(w)) for w in data.get("company_prefixes") or []),
        company_suffixes=frozenset(alias_key(str(w)) for w in data.get("company_suffixes") or []),
        closing_heads=frozenset(
            alias_key(str(w))
            for w in (data.get("trailing_heads") or []) + (data.get("closing_heads") or [])
        ),
        body_words=frozenset(alias_key(str(w)) for w in data.get("body_words") or []),
        body_acronym_length=int(data.get("body_acronym_length", 0)),
        regional_heads=frozenset(_words(str(h)) for h in data.get("regional_heads") or []),
        lone_heads=frozenset(str(w) for w in data.get("lone_heads") or []),
        final_abbreviated=frozenset(
            alias_key(str(w)) for w in data.get("name_final_abbreviations") or []
        ),
        function_prefixes=tuple((data.get("function_nouns") or {}).get("prefixes") or ()),
        function_suffixes=tuple((data.get("function_nouns") or {}).get("suffixes") or ()),
        function_min_length=int((data.get("function_nouns") or {}).get("min_length", 99)),
        title_units=frozenset(alias_key(str(w)) for w in data.get("title_units") or ()),
        place_offices=offices,
        place_office_lengths=office_lengths,
        place_office_adjectives={
            str(k): str(v) for k, v in (data.get("place_office_adjectives") or {}).items()
        },
        place_office_kinds=frozenset(
            alias_key(str(w)) for w in data.get("place_office_kinds") or []
        ),
        place_office_dropped=tuple(str(w) for w in data.get("place_office_dropped") or []),
        place_epithets=frozenset(str(w) for w in data.get("place_epithets") or []),
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


def function_noun(norm: str, lex: Lexicon) -> bool:
    """A word derived as a function noun ("pelaksana", "penindakan", "pelindungan")."""
    return (
        len(norm) >= lex.function_min_length
        and norm.startswith(lex.function_prefixes)
        and norm.endswith(lex.function_suffixes)
    )


def without_level(name: str, lex: Lexicon) -> str:
    """``Tana Toraja Regency`` -> ``Tana Toraja``, ``Songkhla province`` -> ``Songkhla``
    (pack ``place_office_dropped``, in any case)."""
    for word in lex.place_office_dropped:
        if name.casefold().endswith(" " + word.casefold()):
            return name[: -len(word) - 1]
    return name


def degree_key(text: str) -> str:
    """A degree as compared: lower case, without dots or spaces (``"M.Kes."`` -> ``"mkes"``)."""
    return "".join(ch for ch in text.lower() if ch.isalnum())
