"""Names the knowledge base does not know (pass 4): ``Desa Sukamaju`` (a place, from its
head word), runs of capitalised words (``how="unknown"``); the rules on known places that
run before it (``Davao de Oro``, a name in apposition); and the people a sentence teaches
the later ones."""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from silang.extract.mentions.context import MentionContext, Target
from silang.extract.mentions.lexicon import Lexicon, degree_key
from silang.extract.mentions.sentence import (
    MAX_NAME_TOKENS,
    Sentence,
    Span,
    head_type,
    match_phrase,
    name_run,
    particle_opens_name,
)
from silang.kb import KnowledgeBase

# Mention types a name head may swallow when they end its name ("Kedutaan Besar Rusia").
SWALLOWABLE_TYPES = frozenset({"country", "place"})
_FIRST_CHAR = itemgetter(0)


def joined_places(s: Sentence, lex: Lexicon) -> None:
    """``Davao de Oro``: a known one-word place joined by a name particle to a capitalised
    word is a longer name, which the knowledge base may not know. So is ``Saldanha Bay``:
    a one-word place alias that is a trailing head of a place's name
    (``trailing_place_heads``) after capitalised words no alias took."""
    for span in list(s.spans):
        k = span.hi
        if (
            span.target.type == "place"
            and span.hi - span.lo == 1
            and s.norms[span.lo] in lex.trailing_place_heads
            and span.lo > s.first_word
            and _free_name_word(s, lex, span.lo - 1)
        ):
            lo = span.lo - 1
            while lo > s.first_word and lo > span.lo - 3 and _free_name_word(s, lex, lo - 1):
                lo -= 1
            name = s.text[s.starts[lo] : s.ends[span.hi - 1]]
            s.add(Span(lo, span.hi, Target(None, name, "place"), "unknown"))
            continue
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
            s.add(Span(span.lo, hi, Target(None, name, "place"), "unknown"))


def places_run_together(s: Sentence, kb: KnowledgeBase) -> None:
    """``Kuwait's Mina Al Ahmadi refinery``, ``Kecamatan Medan Johor``: two known places
    with nothing between them, in two countries, are one longer name. The one in a country
    the rest of the sentence names stays ("Kuwait's": Al Ahmadi, not Mina in Saudi
    Arabia); where the sentence names neither, both stay."""
    places = sorted(
        (sp for sp in s.spans if sp.target.type in ("place", "country") and sp.target.entity_id),
        key=lambda sp: sp.lo,
    )
    country = {id(sp): kb.country_of(sp.target.entity_id or "") for sp in places}
    for first, second in zip(places, places[1:], strict=False):
        if first.target.type != "place" or second.target.type != "place":
            continue
        if first.hi != second.lo or s.text[s.ends[first.hi - 1] : s.starts[second.lo]].strip():
            continue
        a, b = country[id(first)], country[id(second)]
        if a is None or b is None or a == b:
            continue
        named = {country[id(sp)] for sp in places if sp is not first and sp is not second}
        if a in named and b not in named:
            s.clear(second.lo, second.hi)
        elif b in named and a not in named:
            s.clear(first.lo, first.hi)


def names_over_places(s: Sentence, lex: Lexicon) -> None:
    """A one-word alias that is one word of a person's name is that name:

    - ``Kepala Biro X, Bimo Adiwinata, mengatakan``: between commas, a one-word place (or
      country: "Ketua DPC HNSI, Oman Suherman,") followed by capitalised words is a
      person's name in apposition (a place is not set
      off by commas and followed by a surname); so at the sentence's start ("Bambang Eko
      Prasetyo, who heads the Lahat police, said") and after a speaker cue ("according
      to Ramon Dizon, regional director …");
    - ``Kepala Kantor SAR Kupang, Aloysius Bere Mau, mengatakan``: so is a one-word place
      after capitalised words, between commas or after a comma at the sentence's end
      (``…, kata peneliti Pusat Kajian Migrasi, Wulan Sari.``);
    - ``Retno Widyaningsih``: a known person's one-word alias followed by a capitalised
      word that no alias took names someone else (the known person's surname would have
      made the alias longer)."""
    for span in list(s.spans):
        if span.hi - span.lo != 1 or span.target.type not in ("place", "country", "person"):
            continue
        lo, k = span.lo, span.hi
        if _name_goes_on(s, lex, k) and (
            span.target.type == "person"
            or lo == 0
            or s.raws[lo - 1] == ","
            or s.norms[lo - 1] in lex.speaker_cues
        ):
            hi = name_run(s, lex, k)
            closed = span.target.type == "person" or (hi < len(s.raws) and s.raws[hi] == ",")
            # "Aurora Marine Ltd, a firm …": a company's name, however it starts.
            if closed and hi - lo <= 4 and s.norms[hi - 1] not in lex.company_suffixes:
                _add_person(s, lo, hi)
            continue
        if span.target.type == "place" and _closes_apposition(s, k):
            start = lo
            while start > 0 and lo - start < 3 and _free_name_word(s, lex, start - 1):
                start -= 1
            if start < lo and start > 0 and s.raws[start - 1] == ",":
                _add_person(s, start, k)


def _office_before(s: Sentence, comma: int) -> bool:
    """Does a body's name or a title end right before the comma at ``comma``?"""
    if comma == 0:
        return False
    k = comma - 1
    span = s.owner[k]
    if span is not None and span.target.type == "place" and span.lo > 0:
        # "Kepala BPBD Sigi, …", "Kepala Kantor SAR Palu, …": the place ends the office's
        # name (its regional office is named over the finished mentions, bodies.py).
        k = span.lo - 1
        span = s.owner[k]
    return s.used[k] or (span is not None and span.target.type == "organisation")


def _closes_apposition(s: Sentence, k: int) -> bool:
    """Does token ``k`` end a name set off by a comma: a comma, or the sentence's end
    ("…," kata peneliti Pusat Kajian Migrasi, Wulan Sari.")?"""
    return k >= len(s.raws) or s.raws[k] in (",", ".", "!", "?")


def _name_goes_on(s: Sentence, lex: Lexicon, k: int) -> bool:
    return k < len(s.raws) and _free_name_word(s, lex, k)


def _free_name_word(s: Sentence, lex: Lexicon, k: int) -> bool:
    return (
        s.capitalised(k)
        and s.raws[k][0].isalpha()
        and not s.taken(k)
        and s.norms[k] not in lex.stopwords
        and (
            s.norms[k] not in lex.title_lengths
            or match_phrase(s, lex.titles, lex.title_lengths, k) is None
        )
        and head_type(s, lex, k) is None  # "Provinsi Surin": the head of a place's name
    )


def _add_person(s: Sentence, lo: int, hi: int) -> None:
    name = s.text[s.starts[lo] : s.ends[hi - 1]]
    s.add(Span(lo, hi, Target(None, name, "person"), "unknown"))


def is_heading(s: Sentence, lex: Lexicon) -> bool:
    if s.text.rstrip()[-1:] in ".!?\"'”":  # first: most sentences end so
        return False
    words = [r for r in s.raws if r[0].isalpha()]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= lex.heading_share


def _opens_a_name(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Does a stopword such as "Central" or "North" open a name here: mid-sentence, before
    a capitalised word no alias took ("the ministry's Central Disaster and Safety
    Countermeasures Headquarters"), or before a head word ("the Central Bank of Samoa")?"""
    return (
        s.norms[i] in lex.name_openers
        and i > s.first_word
        and i + 1 < len(s.raws)
        and (
            _free_name_word(s, lex, i + 1)
            # "the Central Bank of Samoa": before a body's head word
            or (
                s.capitalised(i + 1) and not s.taken(i + 1) and head_type(s, lex, i + 1) is not None
            )
        )
    )


# A person's initials: two to four capital letters ("AS", "LJH").
_INITIALS = re.compile(r"[A-Z]{2,4}")


def initials(s: Sentence, lex: Lexicon, context: MentionContext) -> None:
    """``Tersangka berinisial AS (47)``, ``terdakwa AS``: capital letters right after a word
    of ``initials_markers`` are a person the press names by initials, and the same letters
    later in the article are that person, not the acronym the knowledge base knows ("AS",
    the United States). Runs after the aliases, and replaces only their one-word matches:
    initials no alias took stay as the later passes read them."""
    if lex.initials_markers.isdisjoint(s.norms) and context.initials.isdisjoint(s.raws):
        return  # most sentences: no marker, no initials the article taught
    for k, raw in enumerate(s.raws):
        if not _INITIALS.fullmatch(raw):
            continue
        if raw not in context.initials and not (k > 0 and s.norms[k - 1] in lex.initials_markers):
            continue
        context.initials.add(raw)
        span = s.owner[k]
        if span is not None and (span.lo, span.hi) == (k, k + 1):
            s.add(Span(k, k + 1, Target(None, raw, "person"), "unknown"))


def unknown_names(s: Sentence, lex: Lexicon, common: frozenset[str] = frozenset()) -> None:
    """Runs of capitalised words no alias took are names of unknown things. At the start
    of a sentence a word the article also writes in lower case (``common``) is that word:
    "Angka itu …" is no name, and "Data Dinas Kelautan …" names the office, not "Data" (as
    does a word that opens a report, the pack's ``sentence_initial_words``, before a body's
    head)."""
    n = len(s.raws)
    raws, owner, used = s.raws, s.owner, s.used
    i = 0
    # A name starts with a capital: the loop visits those words only, picked in C (most
    # words are in lower case, and a Python step over each was this function's cost).
    for k in compress(range(n), map(str.isupper, map(_FIRST_CHAR, raws))):
        if k < i:
            continue
        i = k
        first = raws[i][0]
        if owner[i] is not None or used[i]:
            continue
        head = (
            match_phrase(s, lex.heads, lex.head_lengths, i)
            if s.norms[i] in lex.head_lengths
            else None
        )
        if head is not None:
            i = _headed_name(s, lex, i, head)
            continue
        if (
            not first.isalpha()
            or (
                s.norms[i] in lex.stopwords
                and not _opens_a_name(s, lex, i)
                and not particle_opens_name(s, lex, i)
            )
            or s.norms[i] in lex.not_names
            or _number_word_compound(s.norms[i], lex)
            or (len(raws[i]) < 2 and not particle_opens_name(s, lex, i))
        ):
            i += 1
            continue
        if lex.degrees and (degree := _degree_at(s, lex, i)):
            i = degree  # "dr. Rahayu Sri Wulandari, M.Kes., mengatakan": no name "Kes"
            continue
        hi = name_run(s, lex, i)
        if lex.heads_take_words_before:
            inner = next(
                (
                    (k, found)
                    for k in range(i + 1, hi)
                    if (found := match_phrase(s, lex.heads, lex.head_lengths, k)) is not None
                ),
                None,
            )
            if inner is not None:
                i = _headed_name(s, lex, i, inner[1])
                continue
        if (
            hi == i + 1
            and i == s.first_word
            and (
                _inflected(s.norms[i], lex)
                or (s.norms[i],) in lex.nationality
                or s.norms[i] in lex.opening_words
            )
        ):
            i += 1
            continue
        if i == s.first_word and i + 1 < n and s.norms[i + 1] in lex.demonstratives_after:
            i += 1  # "Angka itu berbeda …": the figure, not a name
            continue
        if (
            i == s.first_word
            and (s.norms[i] in common or s.norms[i] in lex.opening_words)
            and (
                hi == i + 1
                or (
                    s.norms[i + 1] in lex.head_lengths
                    and match_phrase(s, lex.heads, lex.head_lengths, i + 1) is not None
                )
            )
        ):
            i += 1
            continue
        if hi > i:
            run_end, hi = hi, _place_ending_body(s, lex, i, hi)
            guess = "person" if i > 0 and (s.norms[i - 1],) in lex.titles else None
            last = hi - 2 if raws[hi - 1] == "." and hi - 2 >= i else hi - 1  # "… Co."
            if (
                hi > run_end
                or s.norms[last] in lex.company_suffixes
                or (hi - i > 1 and s.norms[i] in lex.company_prefixes)
            ):
                guess = "organisation"  # "Niah Lestari Plantations Sdn Bhd", "CV Kembar …"
            if (
                guess is None
                and 1 < hi - i <= 4
                and i > 0
                and raws[i - 1] == ","
                and (
                    (hi < n and raws[hi] == ",")
                    or (_closes_apposition(s, hi) and _office_before(s, i - 1))
                )
            ):
                # "Kepala Kantor SAR Kendari, Haris Sulaiman, mengatakan": a name in
                # apposition after a title is a person; so is one that ends the sentence
                # after a body ("…," kata Koordinator Jaringan Peduli Migran, Maria Nahak.).
                guess = "person"
            s.add(Span(i, hi, Target(None, s.text[s.starts[i] : s.ends[hi - 1]], guess), "unknown"))
            i = hi
        else:
            i += 1


def _place_ending_body(s: Sentence, lex: Lexicon, i: int, hi: int) -> int:
    """``Kepolisian Metropolitan Ulsan``, ``BBKSDA Riau``: a place right after a body's
    name the knowledge base does not know (a word of the pack's ``body_words``, or an
    acronym of ``body_acronym_length`` capitals or more) ends that name, as the place after
    a body's head word does ("Polres Bogor"); the end of the name, ``hi`` or past the
    place. Not when more capitalised words follow the place: then it starts a name of its
    own."""
    span = s.owner[hi] if hi < len(s.raws) else None
    if span is None or span.lo != hi or span.target.type != "place":
        return hi
    if span.hi < len(s.raws) and s.capitalised(span.hi):
        return hi
    raw = s.raws[i]
    acronym = (
        hi == i + 1
        and lex.body_acronym_length > 0
        and len(raw) >= lex.body_acronym_length
        and raw.isalpha()
        and raw.isupper()
        and s.norms[i] not in lex.national_nouns
    )
    if not acronym and not any(s.norms[k] in lex.body_words for k in range(i, hi)):
        return hi
    words = s.norms[i:hi]
    if any(
        tuple(words[a:b]) in lex.regional_heads
        for a in range(len(words))
        for b in range(a + 1, len(words) + 1)
    ):
        return hi  # "Kepolisian Daerah Sumatera Barat" is a regional office (bodies.py)
    s.clear(span.lo, span.hi)
    return span.hi


def _number_word_compound(norm: str, lex: Lexicon) -> bool:
    """``twenty-three``: hyphenated number words."""
    parts = norm.replace("‐", "-").split("-")
    return len(parts) > 1 and all(p in lex.not_names for p in parts)


def _headed_name(s: Sentence, lex: Lexicon, i: int, head: tuple[int, str]) -> int:
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
                if (
                    k < n
                    and s.norms[k] in lex.levels_after_place
                    and not s.used[k]
                    and (
                        k + 1 == n
                        or not s.capitalised(k + 1)
                        or (s.norms[k + 1],) in lex.titles  # "… Kota AKP Hendra Saputro"
                    )
                ):
                    k += 1  # "Polres Tasikmalaya Kota": the city's police, not the regency's
                break  # the place or country ends the name
            break
        raw, norm = s.raws[k], s.norms[k]
        if k > j and s.line_break_before(k):
            break  # a name ends with its line
        # "Markas Besar Pemadam Kebakaran Ulsan", "Korps Lalu Lintas": in a body's name, a
        # capitalised word the language also writes as a common word goes on the name where
        # a name goes on after it (not "Polres Bogor Senin (12/5)").
        word = raw[0].isupper() and (
            norm not in lex.stopwords
            or (k > j and head[1] == "organisation" and _name_goes_on_after(s, lex, k + 1))
            or (
                # "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang"
                k > j
                and head[1] == "organisation"
                and k + 2 < n
                and s.norms[k + 1] in lex.name_connectors | lex.head_connectors
                and _name_goes_on_after(s, lex, k + 2)
            )
        )
        number = raw[0].isdigit() and k > j  # "Yonif 500"
        # "Kodam XV/Pattimura", "Kodim 1710/Mimika": a slash with no space joins one name
        slash = (
            raw == "/" and k > j and k + 1 < n and s.capitalised(k + 1) and not s.used[k + 1]
            and s.ends[k - 1] == s.starts[k] and s.ends[k] == s.starts[k + 1]
        )  # fmt: skip
        connector = (
            # "Kecamatan Torue dan Balinggi" names two places; "Badan Pengawas Obat dan
            # Makanan", one body.
            (
                norm in lex.name_connectors
                or (
                    norm in lex.head_connectors
                    and not (head[1] == "place" and norm in lex.place_name_breaks)
                )
            )
            and k + 1 < n
            and s.capitalised(k + 1)
            and not s.used[k + 1]
            and not head_type(s, lex, k + 1)  # "Masjid X dan Pasar Y" are two names
        )
        if not (word or number or connector or slash):
            break
        k += 1
    while k > j and (
        s.norms[k - 1] in lex.name_connectors or s.norms[k - 1] in lex.head_connectors
    ):
        k -= 1  # "Badan Imigrasi dan" before a name the KB knows: the connector is not the name's
    if k == j and not (lex.heads_take_words_before and i < j - head[0]):
        if j == i + 1 and s.raws[i] in lex.lone_heads:
            # "Kodam menerjunkan …": the article's office of that kind, if it names one
            # (``bodies.resolve_regional_references``; else the mention is dropped there).
            s.add(Span(i, j, Target(None, s.raws[i], "organisation"), "lone"))
        return j  # a head word alone names nothing; in English the words before it may
    if k < n and s.raws[k] == "." and s.norms[k - 1] in lex.final_abbreviated:
        k += 1  # "Tagum Ridge Mining Corp.": the full stop is the name's
    name = s.text[s.starts[i] : s.ends[k - 1]]
    if head[1] == "place":
        name = _in_english(name, lex)
    s.add(Span(i, k, Target(None, name, head[1]), "unknown"))
    return k


def _name_goes_on_after(s: Sentence, lex: Lexicon, k: int) -> bool:
    """Does token ``k`` go on a name: a capitalised word no alias took and no common word,
    or the start of a place or country a head swallows?"""
    if k >= len(s.raws) or s.used[k] or s.line_break_before(k):
        return False
    span = s.owner[k]
    if span is not None:
        return span.lo == k and span.target.type in SWALLOWABLE_TYPES
    return s.raws[k][0].isupper() and s.norms[k] not in lex.stopwords


def _in_english(name: str, lex: Lexicon) -> str:
    """``Sungai Asahan`` -> ``Asahan River``, ``Bandara Internasional Kualanamu`` ->
    ``Kualanamu International Airport``: a place the knowledge base lacks is named as an
    English report names it (pack ``place_names_in_english``), so the two reports of one
    river or airport name the same place."""
    low = name.lower()
    for head, pattern in lex.english_place_names:
        if low.startswith(head + " ") and len(name) > len(head) + 1:
            return pattern.format(name[len(head) + 1 :])
    return name


def _head_end(s: Sentence, lex: Lexicon, i: int, head: tuple[int, str]) -> int:
    """Where the name after the head starts: after the head word, found at or after ``i``."""
    k = i
    while k < len(s.raws) and match_phrase(s, lex.heads, lex.head_lengths, k) is None:
        k += 1
    return k + head[0]


def _qualifiers_before(s: Sentence, lex: Lexicon, i: int) -> int:
    """English: the capitalised words and places right before a head word start its name
    ("Kenya National Commission on Human Rights"); the first such token."""
    if not lex.heads_take_words_before:
        return i
    k = i
    while k > 0:
        prev = k - 1
        span = s.owner[prev]
        if span is not None:
            if span.hi == k and (
                span.target.type in SWALLOWABLE_TYPES
                or (span.how == "unknown" and span.target.entity_id is None)
            ):
                # a place ("Kenya National Commission"), or capitalised words read as a
                # name of their own before the head ("National" before "Police Service")
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
        if (
            s.used[prev]
            or not s.capitalised(prev)
            or (s.norms[prev] in lex.stopwords and not _opens_a_name(s, lex, prev))
        ):
            break  # not "Central" in "the Central Bank of Samoa" (``name_openers``)
        k = prev
    return k


def _inflected(norm: str, lex: Lexicon) -> bool:
    """A sentence-opening word shaped like an inflected common word ("Dikatakan")."""
    if len(norm) < lex.affix_min_length:
        return False
    return norm.startswith(lex.prefixes) or norm.endswith(lex.suffixes)


def learn_people(s: Sentence, context: MentionContext, lex: Lexicon) -> None:
    """Full names teach the bare names later sentences use ("Yoon", "Karyoto"); a
    name of the first words of a longer one named before is that person ("Awang Ruslan
    told reporters" after "Superintendent Awang Ruslan Awang Daud")."""
    for span in s.spans:
        if span.how == "unknown" and span.target.type in (None, "person"):
            earlier = context.person_named_first(s.norms[span.lo : span.hi])
            if earlier is not None:
                span.target, span.how = earlier, "alias"
                continue
        # A noun of citizens in a name is no name of its own ("Koordinator Fungsi
        # Pelindungan WNI", a person by the title before it, does not make a later "dua
        # WNI" that name).
        words = [
            s.norms[k]
            for k in range(span.lo, span.hi)
            if s.raws[k][0].isalpha() and s.norms[k] not in lex.national_nouns
        ]
        if span.target.type == "person":
            if len(words) > 1 or span.how == "title":
                context.learn_person(span.target, words, lex.particles, lex.particles_used_alone)
        elif (
            span.how == "unknown"
            and span.target.type is None
            and 2 <= len(words) <= 4
            and span.hi - span.lo == len(words)
            # "Pok Oi Hospital" is a body's name, whose words name no one later
            # ("Hospital Authority mencatat …").
            and words[-1] not in lex.closing_heads
        ):
            # "opposition MP Dinesh Perera … According to Perera": an unknown name of two
            # to four words is most often a person, whom a later bare name means.
            context.learn_person(span.target, words, lex.particles, lex.particles_used_alone)


def _degree_at(s: Sentence, lex: Lexicon, i: int) -> int:
    """The token after the degree (the pack's ``degrees``) that word ``i`` is part of,
    where the degree follows a name and its comma (", M.Kes.", ", Sp.A"), else 0."""
    text = s.text
    start, end = s.starts[i], s.ends[i]
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "."):
        end += 1
    if not text.endswith(", ", 0, start) or degree_key(text[start:end]) not in lex.degrees:
        return 0
    j = i
    while j < len(s.raws) and s.starts[j] < end:
        s.used[j] = True
        j += 1
    return j
