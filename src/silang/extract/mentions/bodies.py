"""Rules over a sentence's mentions once the span passes are done, in the order they run:
a foreign country's government body, regional offices (``BPBD Sulawesi Barat``), units
inside a known body, English names ending in a body noun, and agencies' field offices;
and, over a whole article, bare regional acronyms (``BPBD setempat``) and generic bodies
of the country a dateline places the story in (``the Ministry of Finance`` after
``COLOMBO —``)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from functools import cache
from typing import Any, NamedTuple

from silang.extract.descriptions import described_bodies, words_of
from silang.extract.mentions.context import MentionContext, Target
from silang.extract.mentions.lexicon import lexicon, without_level
from silang.extract.tokens import Token, dateline_end
from silang.kb import KnowledgeBase
from silang.kb.regions import Region
from silang.lang import LanguagePack
from silang.model import Mention

_POSSESSIVE = re.compile(r"['’]s\s+")
# "Regional Disaster Management Agency (BPBD)": the acronym a name is given in brackets.
_ACRONYM_AFTER = re.compile(r"\s*\([^()]*\)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")

# Bodies the knowledge base does not list, named by the pass that found them: a regional
# office ("BPBD Kabupaten Ende") and a diplomatic mission ("Embassy of Indonesia, Seoul").
NAMED_OFFICES = frozenset({"regional", "mission"})


def glossed_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``Departemen Pemadam Kebakaran Hong Kong (Fire Services Department)``: a body named
    in the page's language, a government head first (``government_heads``), and glossed in
    brackets by a name of capitalised words the knowledge base lacks, is one body, named by
    that name: the one its own country's pages and the English ones use."""
    heads = _government_heads(pack)
    if not heads or ")" not in text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        start, end = m.char_start - offset, m.char_end - offset
        if not (
            m.type is None
            and m.entity_id is None
            and " " in m.text
            and text[start - 1 : start] == "("
            and text[end : end + 1] == ")"
        ):
            out.append(m)
            continue
        before = text[: start - 1].rstrip()
        found = None
        # The body's name is a few mentions long at most ("Departemen Pemadam", "Hong Kong").
        for k in range(len(out) - 1, max(-1, len(out) - 1 - _GLOSSED_MENTIONS), -1):
            opens = out[k].char_start - offset
            # "Otoritas Rumah Sakit Hong Kong": a head word no mention took opens it.
            word = _WORD_BEFORE.search(text, 0, opens) if opens else None
            if word is not None and word.group(1).lower() in heads and word.group(1)[0].isupper():
                opens = word.start(1)
            if text[opens:].split()[0].lower() in heads and _CAPITALISED.fullmatch(before[opens:]):
                found = k, opens
                break
        if found is None:
            out.append(m)
            continue
        k, opens = found
        del out[k:]
        written = text[opens : end + 1]
        out.append(
            Mention(written, offset + opens, m.char_end + 1, None, m.text, "organisation", "gloss")
        )
    return out


_GLOSSED_MENTIONS = 3
# Words each opening with a capital ("Departemen Pemadam Kebakaran Hong Kong").
_CAPITALISED = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def foreign_bodies(
    mentions: list[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """A government body of a foreign country:

    * ``Kementerian Pertahanan (Nasional) Jepang``: a generic body followed by a foreign
      country (a word or two may stand between) is that country's body, not the home one
      the bare name means; the KB rarely has every country's ministry, so the mention
      stands for the country; an agency (``agency_heads``: "Otoritas Keselamatan Maritim
      Afrika Selatan") is a body of its own, named as written;
    * ``Thailand's foreign ministry``, ``Indonesia's statistics bureau``: a country's
      possessive before a body noun is that country's body: the KB's body of that country
      that the words describe, else the body the pack's ``possessive_body_names`` names
      (``Ministry of Foreign Affairs (Thailand)``), else the country; unless the body is
      named right after (``Indonesia's disaster agency BNPB``, ``Thailand's Department of
      Disaster Prevention and Mitigation``);
    * ``Kenya National Commission on Human Rights``: a country before a body the KB knows
      as another country's names a body of its own, as written.
    """
    heads = _government_heads(pack)
    agencies = frozenset(w.lower() for w in pack.table("mentions").get("agency_heads", []))
    home, possessive, names, generic = _foreign_body_words(pack)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        merged = None
        # An unknown name a government head opens is a body too ("Departemen Meteorologi").
        body = m.type == "organisation" or (m.type is None and m.how == "unknown")
        if body and heads and m.text.split()[0].lower() in heads:
            merged = _body_then_country(mentions, i, text, offset, home, agencies)
        elif m.type == "country" and (police := _police_of(m, text, offset, pack, home)):
            merged = police, 1
        elif m.type == "country" and possessive:
            merged = _country_then_body(mentions, i, text, offset, possessive, names, kb, generic)
        if merged is not None:
            mention, used = merged
            out.append(mention)
            i += used
            continue
        out.append(m)
        i += 1
    return out


def _police_of(
    m: Mention, text: str, offset: int, pack: LanguagePack, home: str | None
) -> Mention | None:
    """``Polisi Hong Kong``, ``Kepolisian Selandia Baru``, ``Hong Kong police``: a foreign
    state's police (the pack's ``foreign_police`` words before or after its name), a body
    of its own named as written, not the state."""
    words = pack.table("mentions").get("foreign_police") or {}
    if m.entity_id in (None, home) or not words:
        return None
    start, end = m.char_start - offset, m.char_end - offset
    before = _WORD_BEFORE.search(text, 0, start) if start else None
    if before is not None and before.group(1).lower() in words.get("before", ()):
        start = before.start(1)
    else:
        after = _WORD_AFTER.match(text, end)
        if after is None or after.group(1).lower() not in words.get("after", ()):
            return None
        end = after.end(1)
    written = text[start:end]
    return Mention(
        written, offset + start, offset + end, None, written, "organisation", "government"
    )


# The word right before a position, and right after one.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


# The country a KB body's name ends with: "Ministry of Home Affairs (Indonesia)".
_HOME_QUALIFIER = re.compile(r" \([^()]+\)$")


def _between(text: str, offset: int, a: Mention, b: Mention) -> str:
    return text[a.char_end - offset : b.char_start - offset]


def _body_then_country(
    mentions: list[Mention],
    i: int,
    text: str,
    offset: int,
    home: str | None,
    agencies: frozenset[str] = frozenset(),
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
    written = text[m.char_start - offset : country.char_end - offset]
    if m.text.split()[0].lower() in agencies:
        # "Otoritas Keselamatan Maritim Afrika Selatan", "Kepolisian Selandia Baru": an
        # agency is a body of its own, which the state's name would lose; named as written.
        mention = Mention(written, m.char_start, country.char_end, None, written, "organisation")
        return dataclasses.replace(mention, how="government"), k - i + 1
    own = _HOME_QUALIFIER.search(m.name) if m.entity_id is not None and k == i + 1 else None
    if own is not None:
        # "Kementerian Dalam Negeri Nepal": the home body the KB knows, of the country
        # named after it (Ministry of Home Affairs (Nepal)), as an English report's
        # "Nepal's home ministry" names it.
        return (
            Mention(
                written, m.char_start, country.char_end, None,
                f"{m.name[: own.start()]} ({country.name})", "organisation", "government",
            ),
            2,
        )  # fmt: skip
    return (
        Mention(
            text=written,
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
    mentions: list[Mention],
    i: int,
    text: str,
    offset: int,
    possessive: frozenset[str],
    names: dict[str, str],
    kb: KnowledgeBase | None,
    generic: frozenset[str] = frozenset(),
) -> tuple[Mention, int] | None:
    country = mentions[i]
    owned = _POSSESSIVE.match(text, country.char_end - offset)
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        owned is not None
        and nxt is not None
        and nxt.type == "organisation"
        and nxt.char_start - offset == owned.end()
    ):
        # "Thailand's Department of Disaster Prevention and Mitigation": the body speaks;
        # a generic name the KB lacks is told apart by its country, as its title would be
        # ("Cambodia's Ministry of National Defence": Ministry of National Defence (Cambodia)).
        if nxt.entity_id is None and nxt.name.split()[0].lower() in generic:
            nxt = dataclasses.replace(nxt, name=f"{nxt.name} ({country.name})")
        return nxt, 2
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
        used = 1 + sum(1 for m in mentions[i + 1 :] if m.char_end <= end)
        phrase = text[country.char_start - offset : end - offset]
        described = _described_body(
            phrase, text[owned.end() : end - offset] if owned else "", country, names, kb
        )
        if described is not None:
            name, entity_id = described
            return (
                Mention(
                    phrase, country.char_start, end, entity_id, name, "organisation", "government"
                ),
                used,
            )
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
            used,
        )
    if (
        nxt is not None
        and nxt.type == "organisation"
        and nxt.entity_id is not None
        and not _between(text, offset, country, nxt).strip()
    ):
        written = text[country.char_start - offset : nxt.char_end - offset]
        if country.name in nxt.name:
            # "The U.S. Geological Survey (USGS)": the country is the first words of the
            # name the acronym's expansion was read without.
            return (
                Mention(
                    written, country.char_start, nxt.char_end, nxt.entity_id, nxt.name,
                    "organisation", nxt.how,
                ),
                2,
            )  # fmt: skip
        if country.name.split()[0] not in nxt.name:
            return (
                Mention(
                    written, country.char_start, nxt.char_end, None, written, "organisation",
                    "unknown",
                ),
                2,
            )  # fmt: skip
    return None


def _described_body(
    phrase: str,
    description: str,
    country: Mention,
    names: dict[str, str],
    kb: KnowledgeBase | None,
) -> tuple[str, str | None] | None:
    """The body ``Thailand's foreign ministry`` names: (name, KB ID or None)."""
    code = (country.entity_id or "").rpartition("/")[2]
    if kb is not None:
        for alias in (phrase, description):
            for entity in kb.lookup(alias):
                if entity.type == "organisation" and entity.country == code:
                    return entity.name, entity.id
        if country.entity_id is not None and (words := words_of(description)):
            # "Indonesia's religious affairs ministry": the one body of the country whose
            # name holds the description's words (Ministry of Religious Affairs (Indonesia)).
            found = described_bodies(kb).of_countries(tuple(words), {country.entity_id})
            if found is not None:
                return found.name, found.id
    template = names.get(" ".join(description.lower().split()))
    if template is None:
        return None
    return template.format(country=country.name), None


@cache
def _foreign_body_words(
    pack: LanguagePack,
) -> tuple[Any, frozenset[str], dict[str, str], frozenset[str]]:
    """``foreign_bodies``' words of the pack, read once (every sentence asks): the home
    country, the possessive body words, the body names they stand for, the generic heads."""
    data = pack.table("mentions")
    possessive = frozenset(w.lower() for w in data.get("possessive_bodies") or ())
    names = {str(k).lower(): str(v) for k, v in (data.get("possessive_body_names") or {}).items()}
    generic = frozenset(str(w).lower() for w in data.get("generic_body_heads") or ())
    return data.get("home_country"), possessive, names, generic


@cache
def _government_heads(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.table("mentions").get("government_heads", []))


def regional_bodies(
    mentions: list[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    kb: KnowledgeBase | None = None,
    context: MentionContext | None = None,
) -> list[Mention]:
    """``BPBD Sulawesi Barat``, ``Polrestabes Surabaya``: a regional office is its own body,
    neither the national agency its acronym names nor the place; the KB cannot list them all,
    so the mention is an unresolved organisation named as written, or by its full name
    where pages use several (``regional_full_names``): "Dinkes Aceh Utara", "Dinas
    Kesehatan Aceh Utara" and "Dinas Kesehatan Kabupaten Aceh Utara" are one office."""
    heads = _regional_heads(pack)
    if not heads:
        return mentions
    levels = frozenset(_regional_full_names(pack)["level_words"].values())
    spellings = context.spellings if context is not None else {}
    out: list[Mention] = []
    for m in mentions:
        if m.how == "unknown" and kb is not None:
            # "Dinas Kesehatan Aceh Utara" read as one unknown name: an office and its place.
            m = _office_of_named_place(m, kb, pack) or m
        unknown_region = (
            m.type is None
            and m.how == "unknown"
            and _names_region_after_head(m, out, text, offset, heads, kb)
        )
        if (m.type not in ("place", "country") or m.how == "government") and not unknown_region:
            out.append(m)
            continue
        # A head and an acronym in brackets fit in a bounded window before the place: the
        # text before it is not sliced whole for each place (quadratic in a long sentence).
        base = max(0, m.char_start - offset - _HEAD_WINDOW)
        before = text[base : m.char_start - offset].rstrip()
        # "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Ende": the acronym in
        # brackets is the head.
        bracketed = before.endswith(")")
        if bracketed:
            before = before[:-1]
        head = _head_ending(before, heads, opened=bracketed)
        start = offset + base + len(before) - len(head) if head is not None else 0
        lead = m.text.split()[0]
        if head is None and not bracketed and lead in levels and m.text != lead:
            # "Pemerintah Provinsi Sumatera Utara": the place was read with its level word,
            # which ends the head ("Pemerintah Provinsi").
            joined = f"{before} {lead}"
            head = _head_ending(joined, heads)
            if head is not None:
                start = offset + base + len(joined) - len(head)
        if head is None and bracketed and "(" in before:
            # "Pengadilan Negeri (PN) Kupang": the full name before the acronym is the head.
            named = before[: before.rindex("(")].rstrip()
            head = _head_ending(named, heads)
            start = offset + base + len(named) - len(head) if head is not None else 0
        if head is None and unknown_region:
            out.append(m)
            continue
        if head is None:
            body = _office_before_place(out, m, text, offset, pack)
            if body is not None:
                at = out.index(body)
                if context is not None and at + 1 < len(out):
                    # "Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten Lombok
                    # Tengah": an acronym of syllables, which no letter count defines; a
                    # later "Disnakkeswan Lombok Tengah" is that office.
                    acronym = out[at + 1].text
                    if _BRACKETED_ACRONYM.fullmatch(f"({acronym})"):
                        context.acronyms.setdefault(
                            acronym, Target(None, body.name or body.text, "organisation")
                        )
                del out[at:]  # the body, and the acronym read after it
                place = text[m.char_start - offset : m.char_end - offset]
                written = text[body.char_start - offset : m.char_end - offset]
                full = _named_before(
                    _full_name(body.name or body.text, m, place, kb, pack, spellings=spellings),
                    written,
                    context,
                    levels,
                )
                out.append(
                    Mention(
                        written, body.char_start, m.char_end, None, full, "organisation",
                        "regional",
                    )
                )  # fmt: skip
                continue
            out.append(m)
            continue
        # Drop what the head itself was read as ("BPBD" as the national-level entity).
        while out and out[-1].char_end > start:
            out.pop()
        if (
            bracketed
            and out
            and out[-1].type not in ("place", "country", "person")
            and text[out[-1].char_end - offset : start - offset].strip() == "("
        ):
            # "Kepolisian Daerah (Polda) Maluku": the words before the bracket spell the
            # acronym out; they are the office's name too, not a body of their own.
            start = out.pop().char_start
            acronym = _BRACKETED_ACRONYM.sub("", head)
            if context is not None and acronym in _regional_full_names(pack)["acronyms"]:
                # An office the pack names in full ("Damkar") by the article's own words.
                spelled = before[: before.rindex("(")].rstrip()[start - offset - base :]
                if spelled.split()[0] in _regional_openers(pack):
                    context.spellings[acronym] = spelled
        place = text[m.char_start - offset : m.char_end - offset]
        written = text[start - offset : m.char_end - offset]
        if (
            m.type == "country"
            and m.entity_id not in (None, _foreign_body_words(pack)[0])
            and head.lower() in _government_heads(pack)
        ):
            # "Otoritas Malaysia", "Otoritas Negeri Jiran": a foreign country's authorities
            # are its state, as "Pemerintah Malaysia" is (``foreign_bodies``).
            out.append(
                Mention(written, start, m.char_end, m.entity_id, m.name, "country", "government")
            )
            continue
        if head in _regional_governments(pack) and m.entity_id is not None and m.type == "place":
            # "Pemerintah Kabupaten Polewali Mandar", "Pemprov Sumut": a region's government
            # stands for its region, as a state's does for its country.
            out.append(
                Mention(written, start, m.char_end, m.entity_id, m.name, "place", "government")
            )
            continue
        out.append(
            Mention(
                text=written,
                char_start=start,
                char_end=m.char_end,
                entity_id=None,
                name=_named_before(
                    _full_name(head, m, place, kb, pack, spellings=spellings)
                    if bracketed
                    else _full_name(head, m, place, kb, pack, written, spellings),
                    written,
                    context,
                    levels,
                ),
                type="organisation",
                how="regional",
            )
        )
    return out


def _named_before(name: str, written: str, context: MentionContext | None, levels: Set[str]) -> str:
    """An office ``written`` without a level word is the one of its name the article
    named before with one ("Disnakkan Blitar" after "Dinas Peternakan dan Perikanan
    (Disnakkan) Kabupaten Blitar": the regency's, whichever Blitar the bare name reads
    as); one written with it is remembered for later ones. Offices of a province and a
    city of one name, each written with its level, stay two."""
    if context is None:
        return name
    key = " ".join(w for w in name.split() if w not in levels)
    if any(w in levels for w in written.split()):
        context.offices.setdefault(key, name)
        return name
    return context.offices.get(key, name)


def _names_region_after_head(
    m: Mention,
    before: Sequence[Mention],
    text: str,
    offset: int,
    heads: tuple[str, ...],
    kb: KnowledgeBase | None,
) -> bool:
    """``BPBD Malaka``: a name the knowledge base does not know bare (in Indonesian
    "Malaka" is also Malacca) right after a regional office's head is the one Indonesian
    province, regency or city of that name, if there is one."""
    if kb is None or not before:
        return False
    gap = text[before[-1].char_end - offset : m.char_start - offset]
    if gap.strip() not in ("", ")"):
        return False
    if (
        _head_ending(
            text[max(0, m.char_start - offset - _HEAD_WINDOW) : m.char_start - offset]
            .rstrip()
            .rstrip(")"),
            heads,
        )
        is None
    ):
        return False
    return _one_region(m, m.text, kb) is not None


def _head_ending(text: str, heads: tuple[str, ...], opened: bool = False) -> str | None:
    """The regional head ``text`` ends with as a whole word (right after "(" when
    ``opened``: "Badan … (BPBD"), longest first, or None."""
    if not text.endswith(heads):  # one call in C, which most mentions fail
        return None
    return next(
        (
            h
            for h in heads
            if text.endswith(h)
            and (len(text) == len(h) or not text[-len(h) - 1].isalnum())
            and (not opened or text[-len(h) - 1 : -len(h)] == "(")
        ),
        None,
    )


# Characters before a place in which its office's head and acronym are looked for: more
# than the longest head ("Kantor Pencarian dan Pertolongan") with an acronym in brackets.
_HEAD_WINDOW = 200


def _full_name(
    head: str,
    place: Mention,
    written_place: str,
    kb: KnowledgeBase | None,
    pack: LanguagePack,
    written: str | None = None,
    spellings: Mapping[str, str] | None = None,
) -> str:
    """The office's name: its head spelled out ("Dinkes" -> "Dinas Kesehatan", and no
    acronym in brackets: "Dinas Kelautan dan Perikanan (DKP)") and, for a head whose full
    name carries the region's level word (``regional_full_names`` ``with_level``), that
    word ("Dinas Sosial Kabupaten Aceh Utara", "Dinas Kesehatan Kota Pekanbaru"), when the
    place is one Indonesian regency or city, or a province ("Dinkes NTT" -> "Dinas
    Kesehatan Provinsi Nusa Tenggara Timur"). Otherwise as written (``written``, or head
    and place)."""
    table = _regional_full_names(pack)
    bare = _BRACKETED_ACRONYM.sub("", head)
    spelled = (
        (spellings or {}).get(bare)
        or table["acronyms"].get(bare)
        or table["short_names"].get(bare, bare)
    )
    plain = written if written is not None and spelled == head else f"{spelled} {written_place}"
    levels = table["level_words"]
    if kb is None:
        return plain
    if spelled.split()[0] not in table["with_level"]:
        # "Polda Kaltara" and "Polda Kalimantan Utara": an office only a province has
        # (``provincial``) by the province's one name, so that one office is one source
        # whichever name a page uses.
        if spelled not in table["provincial"]:
            return plain
        region = _one_region(place, written_place, kb, levels.values())
        return f"{spelled} {region.name}" if region is not None and region.level == 1 else plain
    region = _one_region(place, written_place, kb, levels.values())
    if region is None:
        return plain
    written_level = written_place.split()[0]
    if region.level == 1:
        # A province's offices go by both names ("Dinas Sosial Aceh", "Dinas Sosial
        # Provinsi Aceh"); one name for both, so that one office is one source.
        return f"{spelled} {levels['province']} {region.name}"
    if written_level in levels.values() or spelled.split()[-1] in levels.values():
        return plain
    level = "city" if region.city else "regency"
    return f"{spelled} {levels[level]} {region.name}"


# "Dinas Kelautan dan Perikanan (DKP)": the acronym a page defines is not part of the name.
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,11}\)")


def _office_of_named_place(m: Mention, kb: KnowledgeBase, pack: LanguagePack) -> Mention | None:
    """An unknown name that is a local office's head (``regional_openers``, or a one-word
    ``regional_heads``: "Polda Kaltara") followed by the name of one Indonesian region, as a
    regional office named in full; else None."""
    words = m.text.split()
    # A region's government ("Pemprov Sulsel") stands for its region (``regional_bodies``).
    one_word_head = words[0] in _regional_heads(pack) and words[0] not in _regional_governments(
        pack
    )
    if len(words) < (2 if one_word_head else 3) or not (
        one_word_head or words[0] in _regional_openers(pack)
    ):
        return None
    for n in (3, 2, 1):  # region names of up to three words ("Nusa Tenggara Timur")
        if len(words) - n < (1 if one_word_head else 2):
            continue
        place = " ".join(words[-n:])
        region = _one_region(
            Mention(place, 0, 0, None, place),
            place,
            kb,
            _regional_full_names(pack)["level_words"].values(),
        )
        if region is not None and words[-n - 1] not in ("dan", "&"):
            head = " ".join(words[:-n])
            name = _full_name(head, Mention(place, 0, 0, None, place), place, kb, pack)
            return dataclasses.replace(m, name=name, type="organisation", how="regional")
    return None


def _one_region(
    place: Mention, written: str, kb: KnowledgeBase, levels: Iterable[str] = ()
) -> Region | None:
    """The one Indonesian province, regency or city a place names, else None (none, or a
    name that several share: Kabupaten and Kota Bandung)."""
    code = kb.regions.code_of(place.entity_id) if place.entity_id else None
    region = kb.regions.region(code) if code else None
    if region is None:
        # "Provinsi NTT", "Kabupaten Demak": the name after the level word, or the region a
        # known alias names ("NTT" is East Nusa Tenggara).
        words = written.split()
        name = " ".join(words[1:]) if len(words) > 1 and words[0] in levels else written
        named = kb.regions.named(name, 1) + kb.regions.named(name, 2)
        if not named:
            codes = {kb.regions.code_of(e.id) for e in kb.lookup(name) if e.type == "place"}
            named = [r for c in codes if c and (r := kb.regions.region(c)) is not None]
        region = named[0] if len(named) == 1 else None
    if region is None or region.level not in (1, 2) or region.name.startswith("Daerah "):
        return None
    return region


@cache
def _regional_full_names(pack: LanguagePack) -> dict[str, Any]:
    table = pack.table("mentions").get("regional_full_names") or {}
    return {
        "acronyms": dict(table.get("acronyms") or {}),
        "short_names": dict(table.get("short_names") or {}),
        "provincial": frozenset(table.get("provincial") or ()),
        "with_level": frozenset(table.get("with_level") or ()),
        "level_words": dict(table.get("level_words") or {}),
    }


def _office_before_place(
    before: list[Mention], place: Mention, text: str, offset: int, pack: LanguagePack
) -> Mention | None:
    """``Dinas Perindustrian dan Perdagangan (Disperindag) Kota Pekanbaru``, ``Otoritas
    Provinsi Tak``: an unresolved body whose name opens with a word of a local office
    (pack ``regional_openers``), right before a place (an acronym in brackets between),
    is that place's office. Returns the body's mention, or None."""
    openers = _regional_openers(pack)
    if not openers or place.type != "place" or not before:
        return None
    body = before[-1]
    acronym = None
    if body.entity_id is None and body.type is None and len(before) > 1:
        # "(Disperindag)": an acronym read as a name of its own
        acronym, body = body, before[-2]
    if body.entity_id is not None or body.type not in ("organisation", None):
        return None
    # "Kepala DLH Kota Bandar Lampung": an acronym the article defined before goes by its
    # spelled-out name ("Dinas Lingkungan Hidup (DLH)").
    name = body.name or body.text
    if name.split()[0] not in openers or len(name.split()) < 2:
        return None
    gap = text[body.char_end - offset : place.char_start - offset]
    if acronym is not None:
        gap = gap.replace(acronym.text, "", 1)
    return body if gap.strip() in ("", "()") else None


@cache
def _regional_governments(pack: LanguagePack) -> frozenset[str]:
    return frozenset(pack.table("mentions").get("regional_governments") or ())


def local_offices(
    mentions: list[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """``Di Kabupaten Kupang, BPBD setempat mencatat …``, ``Dinas Pertanian setempat``: a
    regional office's head followed by a word that makes it local (``local_markers``) is
    the office of the region the sentence named before it, named as written with that
    region ("BPBD Kabupaten Kupang")."""
    markers = _local_markers(pack)
    if not markers:
        return mentions
    heads = frozenset(_regional_heads(pack))
    openers = _regional_openers(pack)
    out: list[Mention] = []
    region: Mention | None = None
    for m in mentions:
        if m.type == "place" and m.entity_id is not None:
            region = m
        head = m.text.split()[0] if m.text else ""
        if (
            region is not None
            and m.type == "organisation"
            and (m.text in heads or (head in openers and m.how == "unknown"))
            and text.startswith(markers, m.char_end - offset)
        ):
            written = text[region.char_start - offset : region.char_end - offset]
            name = _full_name(m.text, region, written, kb, pack)
            out.append(
                Mention(m.text, m.char_start, m.char_end, None, name, "organisation", "regional")
            )
            continue
        out.append(m)
    return out


@cache
def _local_markers(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(f" {w} " for w in pack.table("mentions").get("local_markers") or ())


@cache
def _regional_openers(pack: LanguagePack) -> frozenset[str]:
    return frozenset(pack.table("mentions").get("regional_openers") or ())


@cache
def _regional_heads(pack: LanguagePack) -> tuple[str, ...]:
    # Longest first, so that "BPBD Kabupaten" wins over "BPBD".
    return tuple(sorted(pack.table("mentions").get("regional_heads", []), key=len, reverse=True))


def resolve_regional_references(
    mentions: Sequence[list[Mention]], pack: LanguagePack
) -> list[list[Mention]]:
    """A bare regional acronym ("menurut data BPBD setempat", "Polres menyebut") is the
    article's regional office of that kind when the article names exactly one ("BPBD
    Kabupaten Ende"), wherever that one is named; of several, the one of a place the
    sentence names, or else the one named last before it."""
    heads = _regional_heads(pack)
    lone = lexicon(pack).lone_heads
    spelled = _regional_full_names(pack)["acronyms"]
    full_heads = sorted(set(spelled.values()), key=len, reverse=True)
    # Each head's offices, with where the article names them.
    named: dict[str, list[tuple[int, str]]] = {}
    # Acronyms the article spelled out, which name offices with their place after them
    # ("Disnakkeswan": "Dinas Peternakan dan Kesehatan Hewan").
    spelled_out = {
        m.name
        for group in mentions
        for m in group
        if m.how == "acronym" and m.entity_id is None and m.type == "organisation"
    }
    for group in mentions:
        for m in group:
            if m.how == "unknown" and m.type == "organisation" and " " in m.name:
                # "Kodam XV/Pattimura", no place after its head: named for "Kodam" alone.
                first = m.name.split()[0]
                if first in lone:
                    named.setdefault(first, []).append((m.char_start, m.name))
            if m.how == "regional":
                head = next((h for h in heads if m.name.startswith(h + " ")), None)
                if head is not None:
                    named.setdefault(head.split()[0], []).append((m.char_start, m.name))
                # "Dinas Kesehatan" and "Dinkes" alone: the office named in full, under
                # each spelling its name opens with ("Damkar" and "Disdamkarmat" both name
                # "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang").
                for full in (*full_heads, *spelled_out):
                    if m.name.startswith(full + " "):
                        named.setdefault(full, []).append((m.char_start, m.name))
    if not named:
        return [[m for m in group if m.how != "lone"] for group in mentions]
    offices = {key: _NamedOffices.of(places) for key, places in named.items()}
    offices.update(
        {
            short: offices[full]
            for short, full in spelled.items()
            if full in offices and short != full
        }
    )
    return [_resolved_heads(group, offices) for group in mentions]


class _NamedOffices(NamedTuple):
    """The offices of one kind an article names: which, and where, in the text's order (a
    bare head asks for the one named last before it by bisection, so that an article of
    many mentions stays linear)."""

    names: frozenset[str]
    starts: list[int]
    at: list[str]  # the office named at each of ``starts``

    @classmethod
    def of(cls, places: list[tuple[int, str]]) -> _NamedOffices:
        places = sorted(places)
        return cls(frozenset(n for _, n in places), [s for s, _ in places], [n for _, n in places])

    def last_before(self, char: int) -> str | None:
        k = bisect.bisect_left(self.starts, char)
        return self.at[k - 1] if k else None


def _resolved_heads(group: list[Mention], offices: dict[str, _NamedOffices]) -> list[Mention]:
    """One sentence's bare heads as the article's office of that kind: the one the article
    names, or of several, the one of the place the sentence names ("Di Sidoarjo, BPBD
    mencatat …" beside "BPBD Kabupaten Pasuruan"), or else the one named last before it
    ("Kepala Pelaksana BPBD Kapuas Hulu … Menurut data BPBD, …", the provincial BPBD named
    only later)."""
    places = [m.text for m in group if m.type == "place"]
    found = []
    for m in group:
        if m.how == "regional":
            found.append(m)
            continue
        known = offices.get(m.text)
        if known is None and m.how == "acronym" and m.entity_id is None:
            known = offices.get(m.name)  # an acronym the article spelled out
        names: Set[str] = known.names if known is not None else frozenset()
        if len(names) > 1:
            names = {o for o in names if any(place in o for place in places)}
        if not names and known is not None:
            last = known.last_before(m.char_start)
            names = {last} if last is not None else set()
        if len(names) == 1:
            found.append(
                Mention(m.text, m.char_start, m.char_end, None, next(iter(names)),
                        "organisation", "regional")
            )  # fmt: skip
        elif m.how != "lone":
            found.append(m)
    return found


def units_of_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``Pusat Penerangan TNI``, ``Direktorat Jenderal Bina Marga Kementerian PUPR``,
    ``Satgas Humas Operasi Damai Cartenz``: a unit inside a known body or operation (a
    directorate, bureau, centre, task force) speaks for it."""
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
            and nxt.type in ("organisation", "military_unit")
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


def offices_before_bodies(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``Deputi Penindakan dan Eksekusi KPK``, ``Direktur Pengelolaan Koleksi Ilmiah
    BRIN``, ``Ketua Divisi Perencanaan, Data, dan Informasi KPU Sulsel``: the words of an
    office run up to the body they belong to, and are no name of their own (they made
    "Eksekusi" and "Koleksi Ilmiah" speakers). An unresolved fragment right before a body
    (or before another fragment that is, joined by a comma or a conjunction) is dropped,
    so that the body speaks. A person named only through a title ("Koleksi Ilmiah") is
    dropped only right before the body."""
    join = _office_join(pack)
    out: list[Mention] = []
    chain_start: int | None = None  # where the body and the fragments kept out start
    for m in reversed(mentions):
        if m.type == "organisation" and (m.entity_id is not None or m.how in NAMED_OFFICES):
            out.append(m)
            chain_start = m.char_start
            continue
        between = text[m.char_end - offset : chain_start - offset] if chain_start else None
        fragment = m.entity_id is None and (
            m.type is None or (m.type == "organisation" and m.how == "unknown")
        )
        titled = m.entity_id is None and m.type == "person" and m.how == "title"
        if between is not None and (
            (fragment and join.fullmatch(between)) or (titled and not between.strip())
        ):
            chain_start = m.char_start
            continue
        out.append(m)
        chain_start = None
    out.reverse()
    return out


@cache
def _office_join(pack: LanguagePack) -> re.Pattern[str]:
    """What may stand between the parts of an office's name: a space, a comma, and one of
    the pack's ``head_connectors`` ("dan", "and")."""
    words = "|".join(re.escape(w) for w in pack.table("mentions").get("head_connectors", []))
    return re.compile(rf"\s*,?\s*(?:(?:{words})\s+)?" if words else r"\s*,?\s*")


@cache
def _unit_heads(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(w.lower() + " " for w in pack.table("mentions").get("unit_heads", []))


def trailing_bodies(
    mentions: list[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """English: a proper name, a few lower-case words and a body noun name a body, as
    written: "Davao de Oro provincial disaster office", "the Jakarta police". An
    Indonesian region's office is named as Indonesian pages name it (pack
    ``indonesian_regional_bodies``): "the Lahat police" is Polres Lahat, "the West
    Kalimantan disaster agency" BPBD Kalimantan Barat, so both languages give one source."""
    nouns = _trailing_heads(pack)
    if not nouns:
        return mentions
    heads = _organisation_heads(pack)
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.type == "place"
            and m.type == "organisation"
            and not text[before.char_end - offset : m.char_start - offset].strip()
        ):
            # "the Ende Regional Disaster Management Agency (BPBD)": a region's office named
            # in capitals, which the knowledge base reads as the agency of every region.
            written = _ACRONYM_AFTER.sub("", m.text)
            regional = _indonesian_name(before, written, kb, pack)
            if regional is not None and regional != _THE_REGION:
                out[-1] = Mention(
                    text[before.char_start - offset : m.char_end - offset], before.char_start,
                    m.char_end, None, regional, "organisation", "regional",
                )  # fmt: skip
                continue
        words = m.text.lower().split()
        if words and (words[-1] in nouns or words[-1] in heads):
            if m.entity_id is None and m.type == "place" and len(words) > 1:
                # "Changhua County Fire Bureau": a body's noun ends the name, whatever
                # place word is inside it.
                m = dataclasses.replace(m, type="organisation")
            out.append(m)  # "Home Affairs Ministry" is whole: "… suspended him from office"
            continue
        if m.how == "title" and m.type == "organisation":
            out.append(m)  # "the provincial governor's office": the Governor of Songkhla's
            continue
        if m.type in ("place", None) or (m.type == "organisation" and m.entity_id is None):
            rest = text[m.char_end - offset :]
            end = _trailing_noun_end(rest, nouns, lexicon(pack).stopwords)
            if end is not None:
                name = text[m.char_start - offset : m.char_end - offset + end]
                regional = _indonesian_name(
                    m, rest[:end].removeprefix("'s").removeprefix("’s"), kb, pack
                )
                if regional == _THE_REGION and m.entity_id is not None:
                    # "the Central Java provincial government": the region, as in Indonesian
                    # ("Pemerintah Provinsi Jawa Tengah", ``regional_governments``).
                    out.append(
                        Mention(
                            name, m.char_start, m.char_end + end, m.entity_id, m.name, "place",
                            "government",
                        )
                    )  # fmt: skip
                    continue
                if regional is not None:
                    name = regional
                out.append(
                    Mention(
                        name, m.char_start, m.char_end + end, None, name, "organisation", "unknown"
                    )
                )
                continue
        out.append(m)
    return out


def offices_of_named_levels(
    mentions: list[Mention],
    text: str,
    offset: int,
    pack: LanguagePack,
    kb: KnowledgeBase | None,
    context: MentionContext,
) -> list[Mention]:
    """English: ``the regency's disaster agency (BPBD)``, ``the provincial health office``,
    ``the city government``: an office named by its region's level alone (pack
    ``place_office_kinds`` with a possessive, or ``place_office_adjectives``) is that
    office of the last region of that level the article named (``MentionContext.places``,
    as ``titles.place_offices`` reads "the provincial governor"). An Indonesian region's
    office takes the name Indonesian pages give it (``indonesian_regional_bodies``: "BPBD
    Demak"), a region's government is the region; another country's office is named as
    ``trailing_bodies`` names it when written out ("Surigao del Sur provincial disaster
    office"), from the adjective only. An acronym in brackets right after is the office's."""
    found = _level_office_pattern(pack)
    if found is None or not context.places:
        return mentions
    pattern, adjectives = found
    spans = [(m.char_start - offset, m.char_end - offset) for m in mentions]
    added: list[Mention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in spans):
            continue  # "Demak regency disaster agency": the place names it (trailing_bodies)
        adjective, kind, words = match.group("adj", "kind", "words")
        place = context.places.get(adjectives[adjective] if adjective else kind)
        if place is None:
            continue
        bracket = _BRACKETED_ACRONYM.match(text, end)
        if bracket is not None:
            end = bracket.end()
        written = text[start:end]
        office = _level_office(place, adjective, words, kb, pack)
        if office is None:
            continue
        name, entity_id, kind_of = office
        how = "government" if kind_of == "place" else "regional"
        added.append(Mention(written, offset + start, offset + end, entity_id, name, kind_of, how))
    if not added:
        return mentions
    kept = [
        m for m in mentions if not any(a.char_start <= m.char_start < a.char_end for a in added)
    ]
    return sorted(kept + added, key=lambda m: m.char_start)


def _level_office(
    place: Target, adjective: str | None, words: str, kb: KnowledgeBase | None, pack: LanguagePack
) -> tuple[str, str | None, str] | None:
    """The name, entity and mention type of the office ``words`` of ``place``."""
    names = _regional_names(pack)
    if adjective is not None and f"{adjective} {words}" in names:
        words = f"{adjective} {words}"  # "provincial government", "provincial disaster agency"
    heads = names.get(words, {})
    if heads and set(heads.values()) == {_THE_REGION}:
        return (place.name, place.entity_id, "place")  # the region's government: the region
    as_mention = Mention(place.name, 0, 0, place.entity_id, place.name, "place")
    indonesian = _indonesian_name(as_mention, words, kb, pack)
    if indonesian is not None and indonesian != _THE_REGION:
        return (indonesian, None, "organisation")
    if adjective is None or indonesian is not None or _is_indonesian(place, kb):
        return None
    if not words.startswith(f"{adjective} "):
        words = f"{adjective} {words}"
    return (f"{without_level(place.name, lexicon(pack))} {words}", None, "organisation")


def _is_indonesian(place: Target, kb: KnowledgeBase | None) -> bool:
    return (
        kb is not None
        and place.entity_id is not None
        and kb.regions.code_of(place.entity_id) is not None
    )


@cache
def _level_office_pattern(pack: LanguagePack) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of an office named by its region's level ("the regency's disaster
    agency", "provincial health office"), and the pack's level adjectives."""
    lex = lexicon(pack)
    adjectives, kinds = lex.place_office_adjectives, lex.place_office_kinds
    names = _regional_names(pack)
    # "provincial government" is named with its adjective: the words after it are matched.
    offices = {*names, *(n.split(" ", 1)[1] for n in names if n.split(" ", 1)[0] in adjectives)}
    if not offices or not (adjectives or kinds):
        return None

    def one_of(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"\b(?:(?P<kind>{one_of(kinds)})['’]s\s+|(?P<adj>{one_of(adjectives)})\s+)"
        rf"(?P<words>{one_of(offices)})\b"
    )
    return pattern, adjectives


# The head ``indonesian_regional_bodies`` gives a region's government: the region itself.
_THE_REGION = "(region)"


def _indonesian_name(
    place: Mention, words: str, kb: KnowledgeBase | None, pack: LanguagePack
) -> str | None:
    """The Indonesian name of an Indonesian region's office named in English ("Lahat" +
    " police" -> "Polres Lahat"), or None when the place is no Indonesian regency, city or
    province or the words name no office the pack knows."""
    table = _regional_names(pack)
    if kb is None or place.entity_id is None or not table:
        return None
    heads = table.get(" ".join(words.lower().split()))
    if heads is None:
        return None
    code = kb.regions.code_of(place.entity_id)
    region = kb.regions.region(code) if code else None
    if region is None:
        # "Lahat" the town: the regency of that name, if there is exactly one.
        named = kb.regions.named(place.text, 2) or kb.regions.named(place.text, 1)
        region = named[0] if len(named) == 1 else None
    if region is None or region.level not in (1, 2) or region.name.startswith("Daerah "):
        # Jakarta's and Yogyakarta's offices have names of their own (Polda Metro Jaya).
        return None
    level = "province" if region.level == 1 else "city" if region.city else "regency"
    graded = _graded_names(pack).get(" ".join(words.lower().split()), {}).get(level, {})
    if region.name in graded:
        return f"{graded[region.name]} {region.name}"  # "Polrestabes Surabaya"
    head = heads.get(level) or (heads.get("regency") if level == "city" else None)
    if head == _THE_REGION or not head:
        return head
    city_word = pack.table("mentions").get("indonesian_city_word")
    if (
        level == "city"
        and city_word
        and head == heads.get("regency")  # "BPBD", not "Dinas Kesehatan Kota"
        and len(kb.regions.named(region.name, 2)) > 1
    ):
        return f"{head} {city_word} {region.name}"  # "BPBD Kota Pekalongan"
    return f"{head} {region.name}"


@cache
def _regional_names(pack: LanguagePack) -> dict[str, dict[str, str]]:
    table = pack.table("mentions").get("indonesian_regional_bodies") or {}
    return {
        " ".join(str(k).lower().split()): {
            level: str(head) for level, head in v.items() if isinstance(head, str)
        }
        for k, v in table.items()
    }


# The pack's lists of regions whose office goes by a head of its own ("cities", "regencies")
# by the level of region they are for.
_GRADED_LEVELS = {"cities": "city", "regencies": "regency"}


@cache
def _graded_names(pack: LanguagePack) -> dict[str, dict[str, dict[str, str]]]:
    """For each office's English words, each level's regions whose office has a head of its
    own: ``{"police": {"city": {"Surabaya": "Polrestabes"}, …}}``."""
    table = pack.table("mentions").get("indonesian_regional_bodies") or {}
    return {
        " ".join(str(k).lower().split()): {
            level: {str(name): str(head) for name, head in (v.get(key) or {}).items()}
            for key, level in _GRADED_LEVELS.items()
        }
        for k, v in table.items()
    }


def _trailing_noun_end(rest: str, nouns: frozenset[str], stopwords: frozenset[str]) -> int | None:
    """Where a body noun ends within the next three lower-case words of ``rest``; a
    function word between ("Separatist rebels attacked a police post") ends the name."""
    # "Nganjuk regency's health office": the possessive joins the place to its office.
    pos = 2 if rest.startswith(("'s ", "’s ")) else 0
    for _ in range(4):
        word = _LOWER_WORD.match(rest, pos + len(rest[pos:]) - len(rest[pos:].lstrip(" ")))
        if word is None or rest[pos : word.start()].strip() or word.group() in stopwords:
            return None
        if word.group() in nouns:
            return word.end()
        pos = word.end()
    return None


@cache
def _organisation_heads(pack: LanguagePack) -> frozenset[str]:
    heads = pack.table("mentions").get("name_heads", {}).get("organisation", [])
    return frozenset(w.lower() for w in heads)


@cache
def _trailing_heads(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.table("mentions").get("trailing_heads", []))


def field_offices(mentions: list[Mention], kb: KnowledgeBase, pack: LanguagePack) -> list[Mention]:
    """``Kantor SAR Palembang``, ``the Manado geophysics station``: a national agency's
    field office speaks for the agency (pack ``field_offices``: head -> agency)."""
    offices = _field_office_heads(pack)
    if not offices:
        return mentions
    starts, ends, whole = _field_office_ends(pack)
    out = []
    for m in mentions:
        agency = None
        # A title may have read the office as a name ("Kepala Pos Pengamatan Gunung Api"),
        # a place head as a place ("Stasiun Geofisika Kupang").
        if m.entity_id is None:
            written = " ".join(m.text.lower().replace("the ", " ", 1).split())
            # Which head, only for a name that has one: all heads asked at once, in C.
            if written.startswith(starts) or written.endswith(ends) or written in whole:
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


@cache
def _field_office_ends(
    pack: LanguagePack,
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The field-office heads as a name's start ("head "), end (" head") and whole."""
    heads = [head for head, _ in _field_office_heads(pack)]
    return (
        tuple(f"{head} " for head in heads),
        tuple(f" {head}" for head in heads),
        frozenset(heads),
    )


def news_outlets(
    mentions: list[Mention], text: str, offset: int, pack: LanguagePack
) -> list[Mention]:
    """``Sentinel Wire``, ``kantor berita Sentinel Wire``, ``the Borneo Ledger``: a name
    the KB lacks that ends in an outlet's word (pack ``outlet_heads``) or follows one
    that names a news outlet (``outlet_nouns``) is a news outlet (``how="outlet"``), which
    relays what others say and is no source. After such a noun the name runs on over the
    words that look like places ("the news agency Warta Banten Raya"), and a country
    before the noun ("the Indonesian news agency") only says where the outlet is."""
    heads, nouns = _outlet_words(pack)
    if not heads and not nouns:
        return mentions
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        start = m.char_start - offset
        if m.type == "country" and nouns:
            after = " ".join(text[m.char_end - offset : m.char_end - offset + 40].lower().split())
            if after.startswith(nouns):  # any of them, in C
                i += 1
                continue  # "the Indonesian news agency …": where the outlet is
        if m.entity_id is None and m.type in (None, "organisation", "person"):
            words = m.text.split()
            # The few words before the name, not the whole sentence before it: linear in a
            # sentence of many mentions.
            before = " ".join(text[max(0, start - 60) : start].lower().split()[-3:])
            after_noun = before.endswith(nouns)
            if (len(words) > 1 and words[-1] in heads) or after_noun:
                end = i + 1
                while (
                    after_noun
                    and end < len(mentions)
                    and text[
                        mentions[end - 1].char_end - offset : mentions[end].char_start - offset
                    ]
                    == " "
                ):
                    end += 1
                last = mentions[end - 1]
                whole = text[start : last.char_end - offset]
                m = dataclasses.replace(
                    m,
                    text=whole,
                    name=whole if end > i + 1 else m.name,
                    char_end=last.char_end,
                    type="organisation",
                    how="outlet",
                )
                i = end
                out.append(m)
                continue
        out.append(m)
        i += 1
    return out


@cache
def _outlet_words(pack: LanguagePack) -> tuple[frozenset[str], tuple[str, ...]]:
    table = pack.table("mentions")
    heads = frozenset(str(w) for w in table.get("outlet_heads") or ())
    nouns = tuple(" ".join(str(w).lower().split()) for w in table.get("outlet_nouns") or ())
    return heads, nouns


def bodies_of_the_dateline_country(
    mentions: list[list[Mention]],
    tokens: Sequence[Sequence[Token]],
    pack: LanguagePack,
    kb: KnowledgeBase | None,
    dateline: str | None = None,
) -> list[list[Mention]]:
    """``COLOMBO (Ceylon Wire) — … the Ministry of Finance said``: a body with a generic
    name (``generic_body_heads``) that the knowledge base lacks and the text gives no
    country is of the country the dateline's city lies in (with no dateline, the first
    country the lead names), and is told apart by it, as ``Sri Lanka's Ministry of
    Finance`` would be: ``Ministry of Finance (Sri Lanka)``."""
    generic = frozenset(
        str(w).lower() for w in pack.table("mentions").get("generic_body_heads") or ()
    )
    if not generic or kb is None:
        return mentions
    # The dateline the clean-up took off, else one that opens the text (after a title
    # line or two).
    country = _country_of_place(dateline, kb) if dateline else None
    if country is None:
        country = next(
            (found for sentence in tokens[:3] if (found := _dateline_country(sentence, kb))),
            None,
        )
    if country is None:
        # No dateline: the country the lead names first ("Sri Lanka's main opposition
        # party on Monday demanded …, a Japanese loan …").
        country = next(
            (
                named.name
                for sentence in mentions[:3]
                for m in sentence
                if m.type == "country" and m.entity_id and (named := kb.get(m.entity_id))
            ),
            None,
        )
    if country is None:
        return mentions
    return [
        [
            dataclasses.replace(m, name=f"{m.name} ({country})")
            if m.type == "organisation"
            and m.entity_id is None
            and m.name.split()[0].lower() in generic
            and not m.name.endswith(")")
            else m
            for m in sentence
        ]
        for sentence in mentions
    ]


def _dateline_country(tokens: Sequence[Token], kb: KnowledgeBase) -> str | None:
    """The name of the country of the city a dateline opens with ("COLOMBO", "NAIROBI,
    Kenya"), or None."""
    end = dateline_end(tokens)
    if end == 0:
        return None
    words: list[str] = []
    for token in tokens[: max(0, end - 1)]:
        if not token.text[:1].isalpha():
            break
        words.append(token.text)
    return _country_of_place(" ".join(words), kb) if words else None


def _country_of_place(name: str, kb: KnowledgeBase) -> str | None:
    """The name of the country of the best-known place called ``name``."""
    for place in kb.lookup(name):
        if place.type == "place" and place.country:
            found = kb.get(f"country/{place.country}")
            return found.name if found is not None else None
    return None
