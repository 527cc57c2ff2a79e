"""Pass 3: titles before people (``Juru bicara BNPB Abdul Muhari``): the person mention
covers the name, and the organisation or country the title names is kept as the person's
affiliation in the context. A body the later passes find between a title and its name
(``Kepala BNNP Sumut, Brigjen Pol Ronny Sitorus``) is the person's too
(``bodies_of_titles``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import compress, pairwise
from typing import Any

from silang.extract.mentions.context import Affiliation, MentionContext, Target
from silang.extract.mentions.lexicon import Lexicon, function_noun, lexicon_of, without_level
from silang.extract.mentions.sentence import (
    Sentence,
    Span,
    head_type,
    match_phrase,
    name_run,
    phrase_before,
)
from silang.kb import KnowledgeBase, alias_key
from silang.lang import LanguagePack
from silang.model import EntityRef, Mention

# Entity types a title's affiliation can be (a person's organisation, country or region).
AFFILIATION_TYPES = frozenset({"organisation", "country", "place", "group", "military_unit"})
BODY_TYPES = frozenset({"organisation", "group", "military_unit"})


def find_titles(s: Sentence, kb: KnowledgeBase, lex: Lexicon, context: MentionContext) -> None:
    n = len(s.raws)
    starts_title = lex.title_lengths
    i = 0
    # The words a title starts with, picked in C: the loop visits those only.
    for k in compress(range(n), map(starts_title.__contains__, s.norms)):
        if k < i:
            continue
        i = k
        if s.taken(i):
            continue
        title = match_phrase(s, lex.titles, lex.title_lengths, i)
        if title is None or _inside_head(s, lex, i) or _inside_a_name(s, lex, i):
            continue
        title_text = s.text[s.starts[i] : s.ends[i + title[0] - 1]]
        body = _body_named_after(s, lex, i, i + title[0]) if title[1].get("honorific") else None
        if body is not None:
            # "Princess Margaret Hospital": a body named after a titled person.
            i = body
            continue
        j = _past_units(s, lex, _corps(s, lex, _use(s, i, i + title[0])))
        affiliation: Target | None = None
        spec = title[1]
        if spec.get("heads_place") or spec.get("prefix"):
            _region_named_bare(s, kb, j)
        while j < n:
            affiliation, j = _title_affiliation(s, kb, spec, j, affiliation)
            more = (
                match_phrase(s, lex.titles, lex.title_lengths, j)
                if j < n and not s.taken(j)
                else None
            )
            if more is None:
                break
            spec = more[1]
            j = _corps(s, lex, _use(s, j, j + more[0]))
        person = _person_after(s, kb, lex, j, affiliation, of_person=bool(spec.get("of_person")))
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
        elif (
            affiliation is not None
            and j > i + title[0]
            and s.capitalised(i)  # "dua anggota Polri gugur": members, not an office
            and (affiliation.type != "place" or spec.get("heads_place"))
            and not (
                j + 1 < n
                and s.raws[j] == ","
                and s.capitalised(j + 1)
                and s.norms[j + 1] not in lex.weekdays  # "kata Kapolres Garut, Senin"
            )
        ):
            # No name after the title: the office holder speaks; a name after a comma
            # ("Wakil Bupati Natuna, Rusdi Hamzah, …") is read as the holder instead.
            holder = _office_holder(s, lex, i, j, affiliation, spec.get("office"))
            if holder is not None:
                # "Bupati menyebut …" later: the title alone is the office it held here.
                context.remember_holder(title_text, holder)
        elif (
            affiliation is None
            and j == i + title[0]
            and s.capitalised(i)
            and (j >= n or not s.capitalised(j))
        ):
            # "Menurut Kapolres, …": a title alone is the one person the article
            # introduced with it.
            holder = context.holders.get(title_text.casefold())
            if holder is not None:
                s.add(Span(i, j, holder, "title"))
        i = max(j, i + 1)


def _past_units(s: Sentence, lex: Lexicon, j: int) -> int:
    """Past the unit words after a title (``title_units``) when a body follows them
    ("Manajer Operasional ASDP, …": the body is ASDP's); else ``j``, for the unit may
    be all there is ("Kepala Bidang Operasi, Asep Mulyana")."""
    k = j
    while k < len(s.raws) and not s.taken(k) and s.norms[k] in lex.title_units:
        k += 1
    span = s.owner[k] if j < k < len(s.raws) else None
    if span is not None and span.lo == k and span.target.type in BODY_TYPES:
        return _use(s, j, k)
    return j


def _body_named_after(s: Sentence, lex: Lexicon, i: int, j: int) -> int | None:
    """``Princess Margaret Hospital``, ``King Abdulaziz University``: an honorific (a
    title spec'd ``honorific``), a name and a body's head last: the body, named after the
    titled person, is added as an unknown name (its end returned); no person is named."""
    if j >= len(s.raws) or s.taken(j) or not s.capitalised(j) or head_type(s, lex, j):
        return None
    hi = name_run(s, lex, j)
    if hi - j < 2 or not head_type(s, lex, hi - 1):
        return None
    kind = head_type(s, lex, hi - 1)
    s.add(Span(i, hi, Target(None, s.text[s.starts[i] : s.ends[hi - 1]], kind), "unknown"))
    return hi


# The most words of a region's name ("Timor Tengah Selatan").
REGION_NAME_WORDS = 3


def _region_named_bare(s: Sentence, kb: KnowledgeBase, j: int) -> None:
    """``Bupati Malaka, Simon Nahak``, ``Kapolres Sawahlunto``: after the title of a
    region's head or office, capitalised words the knowledge base does not know bare (in
    Indonesian "Malaka" is also Malacca) that name one Indonesian province, regency or city
    are that region, not a person's name. Not before another free capitalised word
    ("Bupati Malaka Simon Nahak" may be a name)."""
    n = len(s.raws)
    for hi in range(min(n, j + REGION_NAME_WORDS), j, -1):
        if any(s.owner[k] is not None or s.taken(k) or not s.capitalised(k) for k in range(j, hi)):
            continue
        if hi < n and s.capitalised(hi) and s.owner[hi] is None:
            continue
        name = s.text[s.starts[j] : s.ends[hi - 1]]
        found = kb.regions.named(name, 1) + kb.regions.named(name, 2)
        if len(found) == 1:
            entity_id = kb.regions.entity_id(found[0].code)
            entity = kb.get(entity_id)
            label = entity.name if entity is not None else kb.regions.display_name(found[0])
            s.add(Span(j, hi, Target(entity_id, label, "place"), "region"))
            return


def _corps(s: Sentence, lex: Lexicon, j: int) -> int:
    """Past the corps a rank may carry before the name (the pack's ``rank_corps``:
    "Kolonel Inf Gatot Wirasena", "Kapten Laut (P) Andi"), marked as read with the title."""
    n = len(s.raws)
    while j < n and not s.taken(j):
        if s.norms[j] in lex.rank_corps:
            j = _use(s, j, j + 1)
        elif (
            s.raws[j] == "("
            and j + 2 < n
            and s.raws[j + 2] == ")"
            and alias_key(f"({s.raws[j + 1]})") in lex.rank_corps
        ):
            j = _use(s, j, j + 3)
        else:
            break
    return j


def _office_holder(
    s: Sentence, lex: Lexicon, lo: int, hi: int, affiliation: Target, office: str | None = None
) -> Target | None:
    """``Kapolres Majalengka mengatakan``, ``Wali Kota Pekanbaru memperkirakan``: a title
    and what it holds, with no name after them, name the office holder, who speaks for the
    office: the body the title names (Polres Majalengka), the country (``Presiden Korea
    Selatan``), or, for the head of a place (pack ``heads_place``), the office as written
    (Wali Kota Pekanbaru), or by the name the pack gives it (``office``: "Bupati Rembang"
    is the Regent of Rembang, as English pages name the office). Returns the office it
    named, if it named one."""
    if affiliation.type == "place":
        name = s.text[s.starts[lo] : s.ends[hi - 1]]
        if office:
            name = f"{office} of {without_level(affiliation.name, lex)}"
        target = Target(None, name, "organisation")
        s.add(Span(lo, hi, target, "title"))
        return target
    if all(s.owner[k] is None for k in range(lo, hi)):
        # A body the title's words made ("Kapolres Majalengka" -> Polres Majalengka); one
        # named on its own ("Dubes Inggris") is a mention already.
        s.add(Span(lo, hi, affiliation, "title"))
        return affiliation
    return None


def _place_at(s: Sentence, k: int) -> bool:
    span = s.owner[k]
    return span is not None and span.target.type == "place"


def _inside_head(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Is token ``i`` inside a name head that starts before it ("Jenderal" in "Direktorat
    Jenderal Bina Marga" is no military rank), or the first word of the name a head
    introduces ("Sultan" in "Bandara Sultan Babullah", "Jalan Sultan Hasanuddin")?"""
    return phrase_before(s, lex.heads, lex.head_lengths, i, reach=0)


def _inside_a_name(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Is the title word at ``i`` one a person's name also uses (pack
    ``titles_also_names``), right after a capitalised word no pass took: "Lukman Hakim
    Siregar" is a name, no judge Siregar."""
    return (
        s.norms[i] in lex.titles_also_names
        and i > 0
        and s.capitalised(i - 1)
        and not s.taken(i - 1)
        and s.norms[i - 1] not in lex.stopwords
        and s.norms[i - 1] not in lex.title_lengths
    )


def _portfolio_of_a_country(s: Sentence, j: int) -> Span | None:
    """The country right after the free capitalised words at ``j`` (at most three)."""
    k = j
    while k < len(s.raws) and k - j < 3 and s.capitalised(k) and s.owner[k] is None:
        k += 1
    span = s.owner[k] if j < k < len(s.raws) else None
    if span is not None and span.lo == k and span.target.type == "country":
        return span
    return None


def _use(s: Sentence, lo: int, hi: int) -> int:
    """Mark title words as read; returns ``hi``."""
    for k in range(lo, hi):
        s.used[k] = True
    return hi


def _title_affiliation(
    s: Sentence, kb: KnowledgeBase, spec: dict[str, Any], j: int, have: Target | None
) -> tuple[Target | None, int]:
    """The organisation or country a title names, and where the words after it resume."""
    if spec.get("prefix"):
        # "Kapolda Metro Jaya": try "Polda Metro Jaya", "Polda Metro", ... in the KB; the
        # words may have matched something smaller on their own ("Metro", a city).
        k = j
        while k < len(s.raws) and k - j < 4 and s.capitalised(k) and not s.used[k]:
            k += 1
        country = _portfolio_of_a_country(s, j)
        for end in range(k, j, -1):
            key = alias_key(spec["prefix"]) + " " + " ".join(s.norms[j:end])
            entities = kb.index.hits.get(key)
            if entities:
                entity = entities[0].entity
                if country is not None and country.target.entity_id != f"country/{entity.country}":
                    break  # "Menteri Pariwisata Kenya": not the home ministry of that name
                s.clear(j, end)
                return Target(entity.id, entity.name, entity.type), _use(s, j, end)
        if country is not None:
            # "Menteri Informasi Sudan": a portfolio the KB does not know, then a country;
            # the minister, unnamed here, speaks for that country.
            return country.target, _use(s, j, country.lo)
        place = s.owner[j] if j < len(s.raws) else None
        lex = lexicon_of(spec)
        if lex is not None:
            # "Kapolsek Keruak AKP I Made Suarjana", "Kapolres Metro Bekasi Kombes Pol …":
            # the words up to the next title name the office's place, which neither the KB
            # nor the region list need know (and "Metro" alone is a city of its own).
            end = j
            while (
                end < len(s.raws) and end - j < 3 and s.capitalised(end)
                and (not s.taken(end) or _place_at(s, end))
                and s.norms[end] not in lex.title_lengths
            ):  # fmt: skip
                end += 1
            ends_in_title = j < end < len(s.raws) and s.norms[end] in lex.title_lengths
            if ends_in_title and (place is None or place.hi < end):
                name = f"{spec['prefix']} {s.text[s.starts[j] : s.ends[end - 1]]}"
                s.clear(j, end)
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
        if _given_name(s, spec, span):
            return have, j
        return span.target, span.hi
    return have, j


def _given_name(s: Sentence, spec: dict[str, Any], span: Span) -> bool:
    """``KPK spokesman Rizal Pahlevi``: in a language that writes a title's place before
    it ("Jakarta governor"), a one-word place right after the title and before a
    capitalised word is the given name of the person the title introduces."""
    lex = lexicon_of(spec)
    k = span.hi
    return (
        lex is not None
        and lex.heads_take_words_before
        and span.target.type == "place"
        and span.how == "alias"
        and k == span.lo + 1
        and k < len(s.raws)
        and s.capitalised(k)
        and not s.taken(k)
        and s.norms[k] not in lex.title_lengths
        and s.norms[k] not in lex.stopwords
    )


def _person_after(
    s: Sentence,
    kb: KnowledgeBase,
    lex: Lexicon,
    j: int,
    affiliation: Target | None,
    of_person: bool = False,
) -> tuple[Target, int] | None:
    """The person named right after a title: a KB person, or capitalised words.
    ``of_person``: the title is of a relation ("Kuasa hukum Zulkifli, …"), whose one word
    before a comma is whose it is (``_apposed_holder``), not the title's unit."""
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
        and (
            function_noun(s.norms[j], lex)
            or s.norms[j] in lex.title_units
            or (len(s.raws[j]) > 1 and s.raws[j].isupper())
        )
        and s.norms[j] not in lex.company_prefixes  # "juru bicara PT …": a company follows
    ):
        # "Kepala Pelaksana BPBD …", "Direktur Pelindungan WNI …": the title goes on.
        j = _use(s, j, j + 1)
    if j >= len(s.raws):
        return None
    span = s.owner[j]
    if span is not None:
        return (span.target, span.hi) if span.lo == j and span.target.type == "person" else None
    if s.used[j] or head_type(s, lex, j):
        return None  # "Kepala Pusat Penerangan TNI": a body follows the title, no person
    hi = name_run(s, lex, j)
    if hi == j:
        return None
    comma = None if of_person else _unit_end(s, j)
    apposed = _apposed_name(s, lex, comma) if comma is not None else None
    if apposed is not None and comma is not None:
        # "kata Kepala Bidang Operasi, Asep Mulyana", "Manager Humas KAI Daop 7 Madiun,
        # Wahyu Adi Nugroho": a few words after the title and a name set off by a comma:
        # the words name the title's unit, the name its holder.
        j, hi = _use(s, j, comma + 1), apposed
    target = _person_by_word(kb, s, j, hi, affiliation)
    if target is None:
        target = Target(None, s.text[s.starts[j] : s.ends[hi - 1]], "person")
    s.add(Span(j, hi, target, "title"))
    return target, hi


# The most words of a title's unit before the comma that sets off its holder's name
# ("Daop 7 Madiun", "Cabang Merak").
UNIT_WORDS = 3


def _unit_end(s: Sentence, j: int) -> int | None:
    """The comma that ends the unit words starting at ``j`` (capitalised words, numbers,
    places; no person), within ``UNIT_WORDS``, or None."""
    for k in range(j, min(len(s.raws), j + UNIT_WORDS + 1)):
        if s.raws[k] == ",":
            return k if k > j else None
        owner = s.owner[k]
        if owner is not None and owner.target.type == "person":
            return None
        if not (s.capitalised(k) or s.raws[k].isdigit()):
            return None
    return None


def _apposed_name(s: Sentence, lex: Lexicon, k: int) -> int | None:
    """The end of a name of two words or more set off by the comma at ``k``, which ends
    the sentence or another comma follows ("…, Asep Mulyana." or "…, Asep Mulyana, …")."""
    n = len(s.raws)
    if not (k + 2 < n and s.raws[k] == "," and s.norms[k + 1] not in lex.weekdays):
        return None
    if s.taken(k + 1) or s.norms[k + 1] in lex.title_lengths or head_type(s, lex, k + 1):
        return None
    hi = name_run(s, lex, k + 1)
    if hi - k - 1 < 2 or (hi < n and s.raws[hi] not in (",", ".", "!", "?")):
        return None
    return hi


def _apposed_holder(
    s: Sentence,
    kb: KnowledgeBase,
    lex: Lexicon,
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
    kb: KnowledgeBase, s: Sentence, j: int, hi: int, affiliation: Target | None
) -> Target | None:
    """``Presiden Yoon`` is Yoon Suk Yeol when he is the only such KB person (of that country).
    A word a capitalised one follows is a given name of someone else ("Lieutenant Maria
    Santos", where "Santos" is also a town), not that person's."""
    if hi - j != 1 or (hi < len(s.raws) and s.capitalised(hi)):
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


# The characters before a body that a title of at most three words fits in ("Kepala
# Pelaksana", "Kepala Bidang Humas"): a title's window, not the whole sentence before it.
TITLE_CHARS = 120


def bodies_of_titles(
    found: Sequence[Mention], text: str, offset: int, lex: Lexicon, context: MentionContext
) -> None:
    """``Kepala BNNP Sumut, Brigjen Pol Ronny Sitorus``: a person right after a body that
    a title opens, where only the later passes found the body (a regional or field
    office), is of that body; the article's later "kata Ronny" speaks for it."""
    for before, person in pairwise(found):
        if person.type != "person" or before.type not in ("organisation", "military_unit"):
            continue
        introduced = context.affiliation(person)
        if introduced is not None and introduced.of is not None:
            continue
        between = text[before.char_end - offset : person.char_start - offset]
        if len(between) > 25 or any(c in between for c in ".;:"):
            continue
        start = before.char_start - offset
        words = text[max(0, start - TITLE_CHARS) : start].casefold().split()[-5:]
        while words and alias_key(words[-1]) in lex.title_units:
            words.pop()  # "Manajer Operasional ASDP": the department goes on the title
        words = words[-3:]
        title = next(
            (" ".join(words[k:]) for k in range(len(words)) if tuple(words[k:]) in lex.titles),
            None,
        )
        if title is None:
            continue
        target = Target(person.entity_id, person.name, person.type)
        context.remember_title(target, Affiliation(title, before.ref()))


def place_offices(s: Sentence, lex: Lexicon, context: MentionContext) -> None:
    """``Odesa's mayor``, ``the regent of Tana Toraja``: the head of a place named by office
    in lower case, with no name after (pack ``place_offices``), speaks for the office,
    named as an English report names it ("Mayor of Odesa"). ``the mayor`` alone is the
    one office of that kind the article named so (``MentionContext.holders``); ``the
    provincial governor`` is the office of the last province the article named
    (``MentionContext.places``, pack ``place_office_adjectives``)."""
    n = len(s.norms)
    for k in compress(range(n), map(lex.place_office_lengths.__contains__, s.norms)):
        found = match_phrase(s, lex.place_offices, lex.place_office_lengths, k)
        if found is None:
            continue
        length, office = found
        hi = k + length
        if hi < n and s.capitalised(hi) and s.owner[hi] is None:
            continue  # "mayor Gennady Trukhanov": a person's title, for the titles pass
        lo = k
        place = None
        possessive = k >= 3 and s.norms[k - 2 : k] == ["'", "s"]
        if possessive and _place_at(s, k - 3):
            place = s.owner[k - 3]  # "Odesa's mayor"
        elif hi + 1 < n and s.norms[hi] == "of":
            # "the governor of hard-hit Cagayan province", "of storm-ravaged Cagayan"
            at = next(
                (w + 1 for w in (hi + 2, hi + 1) if w + 1 < n and s.norms[w] in lex.place_epithets),
                hi + 1,
            )
            if _place_at(s, at):
                place = s.owner[at]  # "the mayor of Odesa"
        kind = lex.place_office_adjectives.get(s.norms[k - 1]) if k >= 2 else None
        of: str | None = None  # the name of the place the office is of
        if place is not None:
            lo, hi = min(lo, place.lo), max(hi, place.hi)
            of = place.target.name
        elif kind is not None and s.norms[k - 2] == "the" and kind in context.places:
            lo = k - 1  # "the provincial governor": of the last province the article named
            of = context.places[kind].name
        if of is not None:
            target = Target(None, f"{office} of {without_level(of, lex)}", "organisation")
            context.remember_holder(office, target)
        else:
            if possessive and s.norms[k - 3] in lex.place_office_kinds:
                lo = k - 3  # "the city's mayor": the one the article named
            elif k == 0 or s.norms[k - 1] != "the":
                continue  # "a mayor", "mayors": no office the article named
            named = context.holders.get(office.casefold())
            if named is None:
                continue
            target = named
        s.add(Span(lo, hi, target, "title"))


def possessive_titles(
    mentions: Sequence[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    context: MentionContext,
) -> None:
    """``TPNPB-OPM melalui juru bicaranya, Amos Zonggonau``, "the group, through its
    spokesman Sebby Sambom": a title owned by the body named before it (the pack's
    ``possessive_titles``) is that body's, and the person named right after it holds it
    (``MentionContext.remember_title``), so their figures and deeds are the body's."""
    titles = _possessive_titles(pack)
    if not titles:
        return
    body: Mention | None = None
    for m in mentions:
        if m.type in ("organisation", "group", "military_unit") and m.entity_id is not None:
            body = m
            continue
        if body is None or m.type != "person":
            continue
        between = text[body.char_end - offset : m.char_start - offset].casefold()
        before = between.rstrip(" ,")
        title = next((t for t in titles if before.endswith(t)), None)
        if title is not None and len(between) <= MAX_POSSESSIVE_GAP:
            context.remember_title(
                Target(m.entity_id, m.name, m.type), Affiliation(title, body.ref())
            )


@cache
def _possessive_titles(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(str(t) for t in pack.table("mentions").get("possessive_titles") or ())


# "TPNPB-OPM melalui juru bicaranya, Amos Zonggonau": how far a possessive title's body may
# stand before the person (characters).
MAX_POSSESSIVE_GAP = 40


def remember_places(
    mentions: Sequence[Mention], kb: KnowledgeBase, context: MentionContext
) -> None:
    """Keep the last place of each kind (the KB's ``extra.kind``) the article named, for
    ``place_offices``' "the provincial governor"."""
    for m in mentions:
        if m.type == "place" and m.entity_id is not None:
            entity = kb.get(m.entity_id)
            kind = entity.extra.get("kind") if entity is not None else None
            if kind:
                context.places[str(kind)] = Target(m.entity_id, m.name, "place")
