"""Pass 1: parenthesised acronyms. ``Badan Intelijen Korea Selatan (NIS)``, ``Kepala Staf
Gabungan (JCS) Korea Selatan``, ``KNKT (Komite Nasional ...)``: the span covers the body's
name, and the article's own definition is remembered in the context for later bare uses."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from silang.extract.mentions.aliases import best_hit, target_of
from silang.extract.mentions.context import MentionContext, Target
from silang.extract.mentions.lexicon import Lexicon
from silang.extract.mentions.sentence import (
    Sentence,
    Span,
    head_type,
    match_phrase,
    plural_possessive,
    possessive_of_people,
)
from silang.kb import KnowledgeBase, alias_key
from silang.kb.index import AliasHit
from silang.model import Mention

# rapidfuzz token_set_ratio an article's expansion needs to confirm a known acronym.
EXPANSION_MATCH = 80
MAX_EXPANSION_TOKENS = 10
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,11}")
# A name a later pass built with the acronym it was defined with: "Aliansi Buruh Jawa
# Timur (ABJ)".
_NAME_WITH_ACRONYM = re.compile(r"(?P<name>.*\S)\s*\((?P<acronym>[A-Z][A-Za-z0-9&.\-]{1,11})\)")


def acronym_definitions(
    s: Sentence, kb: KnowledgeBase, lex: Lexicon, context: MentionContext, lang: str
) -> None:
    raws = s.raws
    if lex.open not in raws:  # in C: most sentences have no bracket
        return
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
    s: Sentence, kb: KnowledgeBase, lex: Lexicon, context: MentionContext, lang: str,
    p: int, q: int, acronym: str,
) -> None:  # fmt: skip
    """``<Expansion> (<ACR>) [country]``."""
    lo = _expansion_start(s, lex, p, context.common)
    # Capitalised words right after ")" may finish the name: "(JCS) Korea Selatan".
    tail = q + 1
    while tail < len(s.raws) and tail - q <= 3 and s.capitalised(tail) and s.owner[tail] is None:
        tail += 1
    found: tuple[int, int, AliasHit] | None = None
    for start in range(lo, p):
        for end in range(tail, q, -1):  # longest tail first
            words = s.norms[start:p] + s.norms[q + 1 : end]
            raw = s.raws[start:p] + s.raws[q + 1 : end]
            hit = best_hit(kb, " ".join(words), raw, lang)
            if hit:
                found = (start, end, hit)
                break
        if found:
            break
    expansion = s.text[s.starts[lo] : s.ends[p - 1]] if lo < p else ""
    # Where the words that spell the acronym begin ("Ketua Paguyuban Pedagang Pasar
    # Tradisional Surabaya (P3TS)": at "Paguyuban"), if they do.
    spelled = next(
        (k for k in range(lo, p) if _spells(acronym, s.text[s.starts[k] : s.ends[p - 1]])), None
    )
    if spelled is not None and spelled > lo:
        title = match_phrase(s, lex.titles, lex.title_lengths, lo)
        if title is None or lo + title[0] != spelled:
            spelled = None  # only a person's title may stand before the spelled name
    if found is not None and spelled is not None and spelled < found[0]:
        # "Sahabat Tanah Borneo (STB)": the name spells the acronym from a word before the
        # place its last word names; the place is part of it, not what the acronym stands
        # for.
        found = None
    # The acronym's own entry wins when the words before it (including common words the
    # start search skipped) confirm it: "Tentara Arakan (AA)" is the Arakan Army, not
    # Rakhine State ("Arakan").
    wider = s.text[s.starts[max(0, lo - 2)] : s.ends[p - 1]] if lo < p else ""
    known = _confirmed_acronym(kb, acronym, wider, lang) if wider else None
    if known is not None and (found is None or target_of(found[2]).entity_id != known.entity_id):
        s.add(Span(lo, q + 1, known, "acronym"))
        context.acronyms[acronym] = known
        return
    if found:
        start, end, hit = found
        target = target_of(hit)
        s.add(Span(start, max(end, q + 1), target, "acronym"))
        context.acronyms[acronym] = target
        return
    known = _confirmed_acronym(kb, acronym, expansion, lang)
    if known is not None:
        s.add(Span(lo if expansion else p + 1, q + 1, known, "acronym"))
        context.acronyms[acronym] = known
    else:
        # An unknown body: its name starts at a head word ("Badan") or at the acronym's
        # first letter; "Ketua" in "Ketua Badan Pengawas Obat dan Makanan (BPOM)" is a title.
        # The words that spell it, after a title ("Komisioner").
        name_start = spelled
        if name_start is None:
            name_start = next(
                (k for k in range(lo, p) if head_type(s, lex, k) or s.raws[k][0] == acronym[0]),
                None,
            )
        if name_start is None:
            return
        if lex.heads_take_words_before and name_start == p - 1:
            # "Indonesian Fishermen's Association (HNSI)": where a body's qualifiers come
            # before its head, the capitalised words before a last head are its name too.
            name_start = lo
        kind = next(
            (t for k in range(name_start, p) if (t := head_type(s, lex, k)) is not None), None
        )  # "Malaysian Maritime Enforcement Agency (MMEA)": the head may come last
        target = Target(None, s.text[s.starts[name_start] : s.ends[p - 1]], kind)
        s.add(Span(name_start, q + 1, target, "acronym"))
        context.acronyms[acronym] = target


def _acronym_then_expansion(
    s: Sentence, kb: KnowledgeBase, lex: Lexicon, context: MentionContext, lang: str,
    p: int, q: int,
) -> None:  # fmt: skip
    """``<ACR> (<Expansion>)``."""
    acronym = s.raws[p - 1]
    if s.owner[p - 1] is not None or not s.capitalised(p + 1):
        return
    expansion = s.text[s.starts[p + 1] : s.ends[q - 1]]
    hit = best_hit(kb, " ".join(s.norms[p + 1 : q]), s.raws[p + 1 : q], lang)
    if hit:
        target = target_of(hit)
    else:
        known = _confirmed_acronym(kb, acronym, expansion, lang)
        if known is None:
            if not (_initials_match(acronym, expansion) or head_type(s, lex, p + 1)):
                return
            known = Target(None, expansion, head_type(s, lex, p + 1))
        target = known
    s.add(Span(p - 1, q + 1, target, "acronym"))
    context.acronyms[acronym] = target


def _expansion_start(
    s: Sentence, lex: Lexicon, p: int, common: frozenset[str] = frozenset()
) -> int:
    """Where the capitalised name before ``(`` begins (connectors allowed inside)."""
    lo = p
    k = p - 1
    while k >= 0 and p - k <= MAX_EXPANSION_TOKENS and s.owner[k] is None:
        raw, norm = s.raws[k], s.norms[k]
        if raw[0].isupper():
            lo = k
        elif lo == k + 1 and possessive_of_people(s, lex, k - 1) and s.owner[k - 2] is None:
            k -= 1  # "Fishermen's Association (HNSI)": the possessive of people in a name
        elif lo == k + 1 and plural_possessive(s, k):
            pass  # "Trekking Agencies' Association of Nepal (TAAN)": a plural's possessive
        elif not (norm in lex.connectors and k > 0 and lo == k + 1):
            break
        k -= 1
    # A capitalised common word inside a name belongs to it ("Kerja Sama"); one in front
    # of it does not ("Menurut Badan ..."), unless it opens names ("West Papua National
    # Liberation Army (TPNPB)", pack ``name_openers``).
    while (
        lo < p
        and (s.norms[lo] in lex.stopwords or s.norms[lo] in lex.connectors)
        and s.norms[lo] not in lex.name_openers
    ):
        lo += 1
    # "Data Dinas Kelautan dan Perikanan (DKP)": a sentence's first word that the article
    # also writes in lower case is that word, not the name's first.
    if lo == s.first_word and lo + 1 < p and s.norms[lo] in common:
        lo += 1
    return lo


def _confirmed_acronym(kb: KnowledgeBase, acronym: str, expansion: str, lang: str) -> Target | None:
    """The KB entity of an acronym, unless the article's expansion says it is something else."""
    hit = best_hit(kb, alias_key(acronym), [acronym], lang)
    if hit is None:
        return None
    if not expansion:
        return target_of(hit)
    key = alias_key(expansion)
    if any(
        fuzz.token_set_ratio(key, alias_key(a)) >= EXPANSION_MATCH for a in hit.entity.all_aliases()
    ):
        return target_of(hit)
    return None


def _spells(acronym: str, expansion: str) -> bool:
    """Do the capitalised words of ``expansion`` spell ``acronym`` by their initials? A
    digit repeats the letter before it ("P3TS": P, P, P, T, S).

    >>> _spells("STB", "Sahabat Tanah Borneo"), _spells("STB", "Borneo")
    (True, False)
    >>> _spells("P3TS", "Paguyuban Pedagang Pasar Tradisional Surabaya")
    True
    """
    initials = "".join(w[0] for w in expansion.split() if w[:1].isupper())
    letters = re.sub(r"([A-Z])([2-9])", lambda m: m[1] * int(m[2]), acronym)
    return len(initials) >= 2 and initials == "".join(c for c in letters if c.isupper())


def _initials_match(acronym: str, expansion: str) -> bool:
    """``KNKT`` / ``Komite Nasional Keselamatan Transportasi``: the acronym starts like it."""
    words = [w for w in expansion.split() if w[:1].isupper()]
    return bool(words) and acronym[0].upper() == words[0][0].upper()


def acronyms_out_of_names(found: list[Mention], context: MentionContext) -> list[Mention]:
    """The names of bodies the knowledge base does not know, without the acronym in
    brackets that the article defined them with ("Aliansi Buruh Jawa Timur (ABJ)" is
    the body Aliansi Buruh Jawa Timur, "Pusat Koordinasi Penyelamatan Selandia Baru
    (RCCNZ)" the Pusat …, whatever the acronym spells), as the acronym pass names them;
    a later bare acronym then names the same body."""
    out = found
    for k, m in enumerate(found):
        if m.entity_id is not None or m.type not in ("organisation", None):
            continue
        named = _NAME_WITH_ACRONYM.fullmatch(m.name)
        if named is None or sum(c.isupper() for c in named["acronym"]) < 2:
            continue
        if out is found:
            out = list(found)
        out[k] = Mention(
            m.text, m.char_start, m.char_end, None, named["name"], "organisation", m.how
        )
        # A place or country an earlier pass took the acronym for ("ABJ" as East Java,
        # from "Jawa Timur"; "RCCNZ" as New Zealand) gives way to the body; a body it
        # took it for stays.
        before = context.acronyms.get(named["acronym"])
        if before is None or before.type in ("place", "country"):
            context.acronyms[named["acronym"]] = Target(None, named["name"], "organisation")
    return out
