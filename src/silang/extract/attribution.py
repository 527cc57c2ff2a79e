"""Attribution: whom the article says each sentence's facts come from.

Rules (cues live in the pack's ``attribution.yaml``):

* ``Menurut X, …`` / ``Berdasarkan data X …``: X is the source.
* ``X melaporkan/mengatakan/… (bahwa) …``: the subject X before the speech verb.
* ``“…,” ujar X`` and multi-sentence quotes: every sentence inside the quote belongs to
  the speaker after (or before) it; an unnamed speaker ("seorang pejabat militer Korea
  Selatan") stands for the organisation or country in the description.
* ``dilansir/mengutip Y``: Y is a relay (``via``), unless no other source is named.
* Carry-over: a source named once keeps the following sentences of the same paragraph,
  and the next paragraph when it opens with a continuation cue (``Selain itu, …``) or
  reports without an agent (``… dilaporkan …``). A heading ends the passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from silang.extract.latest import LatestMatches
from silang.extract.sentences import Sentence
from silang.extract.tokens import (
    FramedPhraseTable,
    PhraseTable,
    Token,
    dateline_offset,
    has_a_word,
    token_index,
    tokenize,
)
from silang.lang import LanguagePack
from silang.model import EntityRef, Mention, TimeSpan

# Entity types that can speak or publish.
SPEAKER_TYPES = frozenset({"country", "organisation", "person", "group", "military_unit", None})


# A source as found in a sentence: who, the character spans of the cue and the speaker, and
# how (explicit, speech, ...).
_Found = tuple[EntityRef, list[tuple[int, int]], str]


@dataclass(slots=True)
class Attribution:
    """The source of one sentence and how it was found."""

    source: EntityRef | None = None
    via: EntityRef | None = None
    # explicit (Menurut X) | speech (X mengatakan) | quote | relay | carried |
    # named after (Hal itu diungkapkan X) | None
    how: str | None = None
    reported: bool = False
    # Character spans of the attribution cue and source phrase: not candidates for roles.
    spans: list[tuple[int, int]] = field(default_factory=list)
    # "Polisi memperkirakan 4.000 orang, Wali Kota menyebut lebih dari 6.000, sedangkan
    # kuasa hukum yayasan menaksir 3.000": where later clauses of the sentence each report
    # for a source of their own, (the character each starts at, its source), in order;
    # ``source`` is the first clause's.
    clauses: tuple[tuple[int, EntityRef], ...] = ()

    def source_at(self, char: int) -> EntityRef | None:
        """The source of the clause that character ``char`` is in."""
        found = self.source
        for start, source in self.clauses:
            if start > char:
                break
            found = source
        return found


@dataclass(slots=True, frozen=True)
class _Cues:
    before: PhraseTable
    verbs: PhraseTable
    verbs_after: PhraseTable
    via: PhraseTable
    reported: PhraseTable
    continuation: PhraseTable
    speaker_nouns: PhraseTable
    quotes: tuple[tuple[str, str], ...]
    # "… diungkapkan Kapolres X": a passive speech verb with the speaker after it.
    verbs_passive: PhraseTable
    # "Hal itu diungkapkan …": the sentence names the source of the sentences before it.
    back_references: PhraseTable
    # "otoritas yang sama", "the same ministry": a body named by its kind as the one
    # named last, which is the source before.
    same: PhraseTable
    # "the agency said", "polisi mengatakan": a body named by its kind stands for the last
    # body of that kind the article named (``descriptive_bodies``: noun -> words to find).
    descriptive: dict[str, tuple[str, ...]]
    # Of those, the kinds that stand only for a body named before ("the bank said" after
    # the Central Bank of Kuwait), never for themselves as written.
    named_only: frozenset[str]
    # "officials said", "a spokesperson said": the last body the article named.
    descriptive_speakers: frozenset[str]
    # "the weather agency said": words before the body's noun that say which body it is,
    # and must be in its antecedent's name (English: ``kind_qualifiers_before``), except
    # these, which say where rather than which ("the district police").
    kind_qualifiers_before: bool
    unspecific_qualifiers: frozenset[str]
    # "the local search and rescue office said": words that open a described subject and
    # are no part of what it is called (nor count towards its length).
    subject_openers: frozenset[str]
    subject_closers: frozenset[str]
    # "arrested a suspect": after one of these a speech verb's word is a noun.
    determiners: frozenset[str]
    # The number words of the language ("two suspects": a noun after a figure).
    cardinals: frozenset[str]
    # "the Naresuan Task Force, which guards the border, said": a relative clause between
    # the subject and its speech verb (its first word).
    relative_openers: frozenset[str]
    # "…, ujarnya.", "he said": the speaker named by a pronoun is the last one named.
    pronoun: PhraseTable
    # "It said in a statement …": a pronoun no person goes by, which names a body.
    impersonal: frozenset[str]
    # "the ship's Singapore-based manager said": a place joined by a hyphen to these is
    # part of an adjective, no speaker.
    place_adjectives: frozenset[str]
    # "a police spokesman in Jakarta said", "saat dihubungi dari Jakarta menyebut": a place
    # after these is where, no speaker (a capital would stand for its country).
    place_prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    # "X, saat dihubungi dari Jakarta, menyebut": a clause these open says when or how the
    # subject before it spoke.
    aside_openers: frozenset[str]
    # "the statement said", "menurut keterangan tersebut": the last source named.
    documents: PhraseTable
    # "…, but police put the toll at five", "…, sementara polisi menyebut …": a clause
    # these open after a comma may name a source of its own (the triggers' table).
    contrast_openers: frozenset[str]
    # "five", "lima": a clause that gives one tells something of its own.
    number_words: frozenset[str]
    # "said in a statement on Saturday": words between a speech verb and the time it was
    # said, part of the saying.
    saying_asides: PhraseTable
    # "Labfor Polda Jatim", "the forensic laboratory of": a unit of the body after it,
    # which names the unit, no body a later "polisi mencatat" may stand for.
    owning_units: tuple[str, ...]


# Tokens that end a dateline or an aside before a subject ("MAKASSAR, Indonesia — Police").
# The most words a subject a time is cut from may keep ("otoritas kesehatan setempat").
SHORT_SUBJECT_WORDS = 3
_DASHES = frozenset({"—", "–", "-", "--"})
# How many tokens may follow a closing clause's speech verb ("…, the ministry said on
# Thursday."): a time, a place and the full stop.
CLOSING_TAIL = 6


@cache
def _cues(pack: LanguagePack) -> _Cues:
    t = pack.table("attribution")

    def table(key: str) -> PhraseTable:
        return PhraseTable({w: True for w in t.get(key, [])})

    return _Cues(
        before=table("source_before"),
        verbs=_speech_verbs(pack),
        verbs_after=table("speech_verbs_after"),
        via=table("via_cues"),
        reported=table("reported_markers"),
        continuation=table("continuation_openers"),
        speaker_nouns=table("speaker_nouns"),
        quotes=tuple((a, b) for a, b in t.get("quotes", [])),
        verbs_passive=table("speech_verbs_passive"),
        back_references=table("back_references"),
        same=table("same_body_words"),
        descriptive={
            str(noun).lower(): tuple(str(w).lower() for w in (words or [noun]))
            for noun, words in (t.get("descriptive_bodies") or {}).items()
        },
        named_only=frozenset(str(w).lower() for w in t.get("descriptive_bodies_named_only") or ()),
        descriptive_speakers=frozenset(w.lower() for w in t.get("descriptive_speakers", [])),
        kind_qualifiers_before=bool(t.get("kind_qualifiers_before")),
        unspecific_qualifiers=frozenset(w.lower() for w in t.get("unspecific_qualifiers") or ()),
        subject_openers=frozenset(w.lower() for w in t.get("subject_openers") or ()),
        subject_closers=frozenset(w.lower() for w in t.get("subject_closers") or ()),
        determiners=frozenset(w.lower() for w in t.get("determiners") or ()),
        cardinals=frozenset(str(w).lower() for w in pack.table("numbers").get("words") or ()),
        relative_openers=frozenset(w.lower() for w in t.get("relative_openers") or ()),
        pronoun=table("pronoun_speech"),
        impersonal=frozenset(str(w).lower() for w in t.get("impersonal_pronouns") or ()),
        documents=table("document_references"),
        place_adjectives=frozenset(w.lower() for w in t.get("place_adjectives") or ()),
        place_prepositions=frozenset(w.lower() for w in t.get("place_prepositions") or ()),
        time_prepositions=frozenset(w.lower() for w in t.get("time_prepositions") or ()),
        aside_openers=frozenset(w.lower() for w in t.get("aside_openers") or ()),
        contrast_openers=frozenset(
            str(w).lower() for w in pack.table("triggers").get("contrast_openers") or ()
        ),
        number_words=frozenset(str(w).lower() for w in pack.table("numbers").get("words") or ()),
        saying_asides=table("saying_asides"),
        owning_units=tuple(str(w).lower() for w in t.get("owning_units") or ()),
    )


def _speech_verbs(pack: LanguagePack) -> PhraseTable:
    """The pack's ``speech_verbs``, and its ``speech_frames``: "put" where "at" and a
    figure, "higher" or "lower" follow in its clause ("police put the final toll at
    eight")."""
    t = pack.table("attribution")
    frames = t.get("speech_frames") or {}
    verbs: dict[str, object] = {str(w): True for w in t.get("speech_verbs") or ()}
    if not frames:
        return PhraseTable(verbs)
    return FramedPhraseTable(
        verbs,
        {
            str(verb).lower(): frozenset(str(w).lower() for w in closers or ())
            for verb, closers in (frames.get("verbs") or {}).items()
        },
        int(frames.get("reach") or 0),
        frozenset(str(w).lower() for w in frames.get("prepositions") or ()),
        frozenset(str(w).lower() for w in pack.table("numbers").get("words") or ()),
        frozenset(str(w).lower() for w in frames.get("particles") or ()),
        frozenset(
            word.lower()
            for phrases in (pack.table("numbers").get("hedges") or {}).values()
            for phrase in phrases or ()
            for word in str(phrase).split()
        ),
    )


@cache
def _source_cue_words(pack: LanguagePack) -> frozenset[str]:
    """The words that start a cue ``_explicit_source`` reads: without one, it finds no
    source."""
    cues = _cues(pack)
    tables = (cues.before, cues.verbs, cues.verbs_passive, cues.verbs_after)
    return frozenset(word for table in tables for word in table.first_words)


def _relays(m: Mention, relays: frozenset[str]) -> bool:
    """Is the mention a news outlet: a known one, or one named as an outlet
    (``mentions.bodies.news_outlets``)?"""
    return m.entity_id in relays if m.entity_id is not None else m.how == "outlet"


def _after_dateline(group: Sequence[Mention], tokens: Sequence[Token]) -> Sequence[Mention]:
    end = dateline_offset(tokens)
    return [m for m in group if m.char_start >= end] if end else group


def attribute_sentences(
    sentences: Sequence[Sentence],
    mentions: Sequence[Sequence[Mention]],
    pack: LanguagePack,
    *,
    affiliation: dict[str, EntityRef] | None = None,
    party: Callable[[Mention], EntityRef] | None = None,
    tokens: Sequence[Sequence[Token]] | None = None,
    words: Sequence[list[str]] | None = None,
    relays: frozenset[str] = frozenset(),
    times: Sequence[Sequence[TimeSpan]] | None = None,
) -> list[Attribution]:
    """One Attribution per sentence, in order.

    ``mentions[i]`` are the mentions of ``sentences[i]`` (``tokens[i]`` its tokens and
    ``words[i]`` their lower-case forms, when the caller has them already); ``affiliation``
    maps a person mention's name to the organisation their title names (``Juru bicara BNPB
    Abdul Muhari`` -> BNPB), so that a figure given by a spokesperson is sourced to the body behind it.
    ``relays`` are the IDs of news media: a news agency reporting what a body said is the
    ``via``, never the source ("…, the ministry said, Yonhap reported"). ``times[i]``
    are the time expressions of ``sentences[i]``: a time said before a subject is no part
    of its name ("On Saturday the police put the toll at five").
    """
    cues = _cues(pack)
    source_cues = _source_cue_words(pack)
    affiliation = affiliation or {}
    if tokens is None:
        tokens = [tokenize(s.text, s.start) for s in sentences]
    if party is not None:
        # "Seoul dan Washington menyebut …": a capital speaking is its government.
        mentions = [[_speaking(m, party) for m in group] for group in mentions]
    # A sentence without mentions (half of them) skips both passes and its dateline test.
    media = [[m for m in group if _relays(m, relays)] if group else [] for group in mentions]
    # "BANGKOK — Myanmar's military said …": the dateline's city names where the story was
    # filed, no speaker (as a capital it would stand for Thailand); its agency ("SEOUL
    # (Yonhap) --") is a relay all the same.
    mentions = [
        [m for m in _after_dateline(group, tokens[i]) if not _relays(m, relays)] if group else []
        for i, group in enumerate(mentions)
    ]
    quote_speakers = _quote_speakers(sentences, mentions, cues, affiliation, tokens, words)
    results: list[Attribution] = []
    # Organisations named so far, for "the agency said".
    bodies: LatestMatches[Mention] = LatestMatches()
    current: EntityRef | None = None
    current_via: EntityRef | None = None
    # The last speaker named, for "…, ujarnya." in a later paragraph.
    speaker: EntityRef | None = None
    # The last unnamed speaker qualified by a kind ("health ministry"), for the kind alone.
    described: dict[str, EntityRef] = {}
    previous_paragraph = -1
    for i, sentence in enumerate(sentences):
        sentence_tokens = tokens[i]
        sentence_words = [t.lower for t in sentence_tokens] if words is None else words[i]
        if sentence.is_heading:
            current = current_via = None
            results.append(Attribution())
            previous_paragraph = sentence.paragraph
            continue
        bodies.extend(
            m
            for m in mentions[i]
            if (m.type == "organisation" or m.how == "government")
            and not _a_unit_of(sentence, m, cues.owning_units)
        )
        found = (
            _explicit_source(
                sentence,
                sentence_tokens,
                sentence_words,
                mentions[i],
                cues,
                affiliation,
                bodies,
                media[i],
                times[i] if times is not None else (),
            )
            # None without a word its cue tables start with: one test instead of four
            if not source_cues.isdisjoint(sentence_words)
            else None
        )
        via, quoted_body = _relay(sentence_tokens, sentence_words, mentions[i], media[i], cues)
        if quoted_body is not None and (found is None or found[0] == via):
            # "seperti dilansir kantor berita Antara yang mengutip Polres Konawe", "Antara
            # reported, quoting …": the medium relays, and the body it quotes is the source.
            found = (_as_source(quoted_body, affiliation), [], "explicit")
        if via is None and media[i]:
            via = media[i][0].ref()
        reported = cues.reported.occurs_in(sentence_words)
        if found is None and speaker is not None and _cites_a_document(sentence_words, cues):
            found = (speaker, [], "explicit")
        quoted = quote_speakers.get(i, _NO_QUOTE)
        how = "quote"
        if quoted is _BY_PRONOUN:
            quoted = speaker
            if sentence_words and sentence_words[0] in cues.impersonal:
                quoted = _last_body_named(mentions, i) or quoted  # "It said …": see below
        elif found is None and quoted is _NO_QUOTE and cues.pronoun.occurs_in(sentence_words):
            # "Ia menambahkan, …" reports speech; "Menurut dia, …" names a source. With no
            # speaker before, the pronoun is the body the sentence opens with ("The KPK
            # seized 1.2 billion rupiah, it said").
            explicit = any(cues.before.match_at(sentence_words, j) for j in (0, 1))
            quoted = speaker if speaker is not None else _opening_body(sentence, mentions[i])
            if sentence_words and sentence_words[0] in cues.impersonal:
                # "The estate's owner, Niah Lestari Plantations, gave a lower toll. It said
                # …": "it" is the body named last, not the person who spoke last.
                quoted = _last_body_named(mentions, i) or quoted
            elif quoted is None and not cues.impersonal.isdisjoint(sentence_words):
                # "Foreign reserves stood at $41 billion, it said.": with no one named
                # before, "it" is the body named last.
                quoted = _last_body_named(mentions, i)
            how = "explicit" if explicit else "speech"
        clauses = (
            _report_clauses(
                sentence_tokens, sentence_words, cues,
                partial(
                    _clause_source, sentence=sentence, tokens=sentence_tokens,
                    words=sentence_words, mentions=mentions[i], cues=cues,
                    affiliation=affiliation, bodies=bodies, media=media[i],
                    times=times[i] if times is not None else (),
                ),
            )
            if found is not None
            and ("," in sentence_words or ";" in sentence_words)
            and not _quoted(sentence, cues)
            else []
        )  # fmt: skip
        if clauses:
            found = clauses[0][1]
        if found is not None:
            source, spans, how = found
            if cues.saying_asides.first_words and not cues.saying_asides.first_words.isdisjoint(
                sentence_words
            ):
                spans = [_past_saying_asides(span, sentence_tokens, sentence_words, cues)
                         for span in spans]  # fmt: skip
            if (
                source.id is None
                and current is not None
                and cues.same.occurs_in([t.lower for t in tokenize(source.name)])
            ):
                source = current  # "Sehari sebelumnya, otoritas yang sama menyebut …"
            if source.id is None and source.name.lower() in cues.descriptive:
                # "the health ministry said …. … the ministry said": a kind alone, with no
                # body of that name in the article, is the kind qualified before.
                source = described.get(source.name.lower(), source)
            elif source.id is None:
                for word in source.name.lower().split()[1:]:
                    if word in cues.descriptive:
                        described[word] = source
            if source == quoted:
                how = "quote"  # "…,” the director X said": the speech verb closes a quotation
            if via is not None and (via.id, via.name) == (source.id, source.name):
                # "Yonhap reported, citing the NIS": the cited body is the source, and the
                # news medium that cites it the relay.
                via = media[i][0].ref() if media[i] else None
            current, current_via, speaker = source, via, source
            # A later "…, lanjut dia" is still the first clause's speaker's.
            spans = spans + [span for _, (_, more, _) in clauses[1:] for span in more]
            later = tuple((start, found[0]) for start, found in clauses[1:])
            results.append(Attribution(source, via, how, True, spans, later))
            if cues.back_references.match_at(sentence_words, 0) is not None:
                _name_the_source_before(results, sentences, i, source, via)
        elif isinstance(quoted, EntityRef):
            speaker = quoted
            spans = _around_quote(sentence, cues) if how == "quote" else []
            results.append(Attribution(quoted, via, how, True, spans))
        elif via is not None and not media[i]:
            # Only a relay that is no news medium is named: it is the best source we have.
            current, current_via = via, None
            results.append(Attribution(via, None, "relay", True))
        elif via is not None:
            # A news agency reports it and names no body: the body it speaks for may be
            # the source carried from before, or none.
            carried = (
                current
                if current is not None
                and _continues(sentence, previous_paragraph, sentence_words, reported, cues)
                else None
            )
            current_via = via
            results.append(Attribution(carried, via, "relay", True))
        elif current is not None and _continues(
            sentence, previous_paragraph, sentence_words, reported, cues
        ):
            results.append(Attribution(current, current_via, "carried", True))
        else:
            current = current_via = None
            results.append(Attribution(reported=reported))
        previous_paragraph = sentence.paragraph
    for i, attribution in enumerate(results):
        # A news medium named in the sentence relays it: it fills no role of the facts.
        attribution.spans.extend((m.char_start, m.char_end) for m in media[i])
    return results


# The most comma-separated pieces a sentence split into report clauses may have.
MAX_REPORT_PIECES = 12


def _report_clauses(
    tokens: Sequence[Token],
    words: list[str],
    cues: _Cues,
    source_of: Callable[[int, int], _Found | None],
) -> list[tuple[int, _Found]]:
    """ "Polisi memperkirakan sekitar 4.000 orang, Wali Kota Medan menyebut lebih dari
    6.000 orang, sedangkan kuasa hukum yayasan, Benny Tambunan, menaksir 3.000", "Four
    people have died, the agency said, but police put the toll at five": the clauses
    between commas that each report for a source of their own, where there are several
    and their sources differ: (the character each starts at, its source as
    ``source_of`` gives it for the words from one index to another). A clause is a run
    of comma-separated pieces that names a speaker at its start, or after a contrast
    opener (``contrast_openers``) at its start; a piece naming none joins the next
    ("kuasa hukum yayasan, Benny Tambunan, menaksir …"). Otherwise empty, as for a
    sentence of more than ``MAX_REPORT_PIECES`` pieces (a list, not reports)."""
    # Where each piece starts: the sentence's start and every word after a comma or a
    # semicolon.
    starts = [0, *(j + 1 for j in range(len(words) - 1) if tokens[j].text in (",", ";"))]
    if len(starts) > MAX_REPORT_PIECES:
        # Pieces that name no speaker are read again with the next: bounded, so that a
        # sentence of thousands of commas costs what a short one does, times the bound.
        return []
    clauses: list[tuple[int, _Found]] = []
    first = 0  # the piece the clause under way starts at
    for k in range(len(starts)):
        if first < k and words[starts[k]] in cues.contrast_openers:
            # "Lestari Polimer Sdn Bhd said that 46 …, but Shahrul said 63": a clause
            # whose speaker is not found does not run on past a contrast.
            return []
        lo = starts[first]
        hi = starts[k + 1] - 1 if k + 1 < len(starts) else len(tokens)
        if hi <= lo:
            continue
        found = source_of(lo, hi)
        if found is None or not found[1]:
            continue  # the next piece may complete it ("kuasa hukum yayasan, Benny, menaksir")
        if clauses and found[2] != "speech":
            # "…, yang diperiksa berdasarkan Undang-Undang Perikanan": a cue inside the
            # sentence that names no speaker of its own clause.
            first = k + 1
            continue
        first = k + 1
        cue_start, cue_end = found[1][0]
        opener = lo + (words[lo] in cues.contrast_openers)
        at_start = cue_start <= tokens[min(opener, hi - 1)].end
        after = token_index(tokens, cue_end)
        closing = (
            at_start
            and 0 < after <= hi
            and cues.verbs_after.match_at(words, after - 1) is not None
            and hi - after <= CLOSING_TAIL
            and not any(w in cues.number_words or any(c.isdigit() for c in w)
                        for w in words[after:hi])
        )  # fmt: skip
        if closing and clauses:
            # "Police suspect the brakes failed, Tasikmalaya traffic police chief Dedi
            # Rusmana told reporters": a speaker who tells nothing of her own says the
            # clause before.
            clauses[-1] = (clauses[-1][0], found)
        elif lo == 0 or at_start or opener > lo:
            clauses.append((tokens[lo].start, found))
        # Else a speaker inside a later clause ("19 warga dibawa polisi, lebih banyak
        # dari angka yang disampaikan kepolisian") is no report clause of its own.
    if len(clauses) < 2 or all(found[0] == clauses[0][1][0] for _, found in clauses):
        return []
    return clauses


def _quoted(sentence: Sentence, cues: _Cues) -> bool:
    """Does the sentence hold a quotation mark (its clauses are one speaker's words)?"""
    return any(mark in sentence.text for pair in cues.quotes for mark in pair)


def _clause_source(
    first: int,
    last: int,
    *,
    sentence: Sentence,
    tokens: Sequence[Token],
    words: list[str],
    mentions: Sequence[Mention],
    cues: _Cues,
    affiliation: dict[str, EntityRef],
    bodies: Sequence[Mention],
    media: Sequence[Mention],
    times: Sequence[TimeSpan] = (),
) -> _Found | None:
    """``_explicit_source`` of the words from ``first`` to ``last`` alone."""
    start, end = tokens[first].start, tokens[last - 1].end
    part = Sentence(
        sentence.text[start - sentence.start : end - sentence.start],
        start, end, sentence.paragraph, sentence.index_in_paragraph,
    )  # fmt: skip
    return _explicit_source(
        part,
        tokens[first:last],
        words[first:last],
        [m for m in mentions if start <= m.char_start and m.char_end <= end],
        cues,
        affiliation,
        bodies,
        [m for m in media if start <= m.char_start and m.char_end <= end],
        times,
    )


def _inverted(
    tokens: Sequence[Token],
    words: list[str],
    cues: _Cues,
    speakers: Sequence[Mention],
    j: int,
) -> bool:
    """Does the verb of saying at word ``j`` come after a comma with its speaker named
    right after it and closing the clause ("The blaze at the Talang Kemuning landfill broke
    out last Sunday, said Hendri Kurniawan, head of …"), so that a name before the comma is
    no speaker of it? ("…, said Thai troops had opened fire": the name opens what was
    said.)"""
    hit = cues.verbs_after.match_at(words, j)
    if j == 0 or tokens[j - 1].text != "," or hit is None or j + hit[0] >= len(tokens):
        return False
    after = tokens[j + hit[0]].start
    named = next((m for m in speakers if m.char_start == after), None)
    if named is None:
        return False
    k = token_index(tokens, named.char_end)
    return k >= len(tokens) or tokens[k].text in (",", ".", ";")


# How far into a sentence its subject's name may start ("The country's anti-graft agency").
OPENING_CHARS = 40
# Markers in the quote table: a quotation closed by a pronoun ("…,” ujarnya) is the last
# speaker's, and a sentence in no quotation has no quote speaker.
_BY_PRONOUN = object()
_NO_QUOTE = object()


# How many sentences back a pronoun's body may be named ("It said …").
PRONOUN_BODY_SENTENCES = 2


def _last_body_named(mentions: Sequence[Sequence[Mention]], i: int) -> EntityRef | None:
    """The first body (an organisation the sentence names) of the nearest of the
    ``PRONOUN_BODY_SENTENCES`` sentences before sentence ``i`` that names one."""
    for k in range(i - 1, max(-1, i - 1 - PRONOUN_BODY_SENTENCES), -1):
        body = next((m for m in mentions[k] if m.type == "organisation"), None)
        if body is not None:
            return body.ref()
    return None


def _opening_body(sentence: Sentence, group: Sequence[Mention]) -> EntityRef | None:
    """The body or person named in the first few words of the sentence, its subject."""
    opening = sentence.start + OPENING_CHARS
    first = next(
        (m for m in group if m.type in ("organisation", "person") and m.char_start < opening),
        None,
    )
    return first.ref() if first is not None else None


def _name_the_source_before(
    results: list[Attribution],
    sentences: Sequence[Sentence],
    i: int,
    source: EntityRef,
    via: EntityRef | None,
) -> None:
    """``… menjadi 26 orang. Hal itu diungkapkan Kapolres, Senin.``: the sentences just
    before that name no source of their own (in this paragraph, or the one before when
    this one opens a paragraph) are the speaker's."""
    paragraphs = {sentences[i].paragraph, sentences[i - 1].paragraph if i else -1}
    k = i - 1
    while k >= 0 and not sentences[k].is_heading:
        if sentences[k].paragraph not in paragraphs:
            break
        if results[k].how not in (None, "carried"):
            break
        results[k] = Attribution(source, via, "named after", True, results[k].spans)
        k -= 1


def _cites_a_document(words: list[str], cues: _Cues) -> bool:
    """Does the sentence cite a document named before as its source ("…, the statement
    said", "according to the statement", "pernyataan itu menyebutkan", "menurut keterangan
    tersebut")? Its source is whoever issued it: the last source named."""
    for j in cues.documents.starts(words):
        hit = cues.documents.match_at(words, j)
        if hit is None:
            continue
        end = j + hit[0]
        if cues.before.ends_at(words, j, j - 3) or (
            end < len(words)
            and (
                cues.verbs.match_at(words, end) is not None
                or cues.verbs_after.match_at(words, end) is not None
            )
        ):
            return True
    return False


def _opens_a_report(sentence: Sentence, end: int, first: Mention) -> bool:
    """Does a figure, or more than a few lower-case words, stand between a speech verb and
    the first name after it (the name is then inside what was said, not the speaker;
    titles such as "Kapolres Sumba Barat Daya AKBP" may stand between)?"""
    between = sentence.text[end - sentence.start : first.char_start - sentence.start]
    lower = [w for w in between.split() if w[:1].islower()]
    return any(c.isdigit() for c in between) or len(lower) > 4


def _around_quote(sentence: Sentence, cues: _Cues) -> list[tuple[int, int]]:
    """The words outside a quotation in its sentence: ``,” kata X di Ambon, Senin.`` after
    it, ``X mengatakan, “`` before it. Who spoke and where fill no role of the fact."""
    text = sentence.text
    for opener, closer in cues.quotes:
        close = text.rfind(closer)
        open_ = text.find(opener)
        if opener == closer and close == open_:
            open_ = -1 if close > len(text) // 2 else open_
            close = -1 if open_ >= 0 else close
        if close > 0 and (open_ < 0 or close > open_):
            return [(sentence.start + close, sentence.end)]
        if open_ > 0:
            return [(sentence.start, sentence.start + open_)]
    return []


def _speaking(mention: Mention, party: Callable[[Mention], EntityRef]) -> Mention:
    if mention.how != "metonym":
        return mention
    ref = party(mention)
    return Mention(
        mention.text, mention.char_start, mention.char_end, ref.id, ref.name, ref.type, "metonym"
    )


def _continues(
    sentence: Sentence,
    previous_paragraph: int,
    words: list[str],
    reported: bool,
    cues: _Cues,
) -> bool:
    """Does this sentence continue the passage whose source is current?"""
    if sentence.paragraph == previous_paragraph:
        return True
    opens_with_cue = bool(words) and cues.continuation.match_at(words, 0) is not None
    return opens_with_cue or reported


def _explicit_source(
    sentence: Sentence,
    tokens: Sequence[Token],
    words: list[str],
    mentions: Sequence[Mention],
    cues: _Cues,
    affiliation: dict[str, EntityRef],
    bodies: Sequence[Mention] = (),
    media: Sequence[Mention] = (),
    times: Sequence[TimeSpan] = (),
) -> _Found | None:
    speakers = [
        m
        for m in mentions
        if m.type in SPEAKER_TYPES
        and not _place_adjective(sentence, m, cues.place_adjectives)
        and not _after_place_preposition(tokens, words, m, cues)
    ]
    for j in cues.before.starts(words):
        hit = cues.before.match_at(words, j)
        if hit and _relays_a_speaker(tokens, words, cues, speakers, j, hit[0]):
            continue
        if hit:
            cue_end = tokens[j + hit[0] - 1].end
            after = [m for m in speakers if m.char_start >= cue_end]
            # The source phrase runs to the first comma after the cue.
            comma = next((t.start for t in tokens[j + hit[0] :] if t.text == ","), sentence.end)
            inside = [m for m in after if m.char_end <= comma]
            if not inside and comma == sentence.end:
                inside = after[:1]
            if not inside and (apposed := _apposed_speaker(tokens, comma, after)) is not None:
                # "menurut Lurah Jatisari Kidul, Ujang Sopandi.": a title whose unit
                # names no body, and its holder set off by the comma.
                inside = [apposed]
            if not inside:
                # "Menurut otoritas kesehatan setempat, …": a body named by its kind.
                end = token_index(tokens, comma) if comma < sentence.end else len(tokens)
                described = (
                    _described_body(
                        words, tokens, end, tokens[j + hit[0]].start, cues, bodies, media, times
                    )
                    if end > j + hit[0]
                    else None
                )
                if described is not None:
                    return described, [(tokens[j].start, comma)], "explicit"
            if inside:
                chosen = _head(inside)
                apposed = (
                    _apposed_speaker(tokens, comma, after)
                    if chosen.type in ("country", "place")
                    else None
                )
                if apposed is not None:
                    # "Menurut juru bicara Wilayah Angkatan Darat Kedua Thailand, Kolonel
                    # Anusorn Phetcharat, …": a title that names only a country is said by
                    # the person named after it.
                    chosen = apposed
                return (
                    _as_source(chosen, affiliation),
                    [(tokens[j].start, max(comma, chosen.char_end))],
                    "explicit",
                )
    for j in _closing_clause_first(tokens, words, cues, list(cues.verbs.starts(words))):
        hit = cues.verbs.match_at(words, j)
        if not hit or (j > 0 and _counted_noun(words[j - 1], cues)):
            continue  # "Police arrested a suspect", "two more suspects": a noun
        if _inverted(tokens, words, cues, speakers, j):
            continue  # "…, said Hendri Kurniawan, head of …": the speaker follows the verb
        verb_start = tokens[j].start
        before = [m for m in speakers if m.char_end <= verb_start]
        # The subject sits at the start of its clause: nothing but a few words in front.
        clause_start = _clause_start(tokens, j)
        subject = [m for m in before if m.char_start >= clause_start]
        # "Kepala BP3MI Kaltara, Andreas Seran Tallo, kemarin mengatakan": when the speaker
        # spoke may stand between the apposition's comma and the verb, and so may an
        # adverb ("Direktur Eksekutif STB, Mardani Usop, juga menyebut").
        if not subject and j > 1 and words[j - 1] in cues.relative_openers:
            subject = _antecedent(tokens, j - 1, before)
        said_at = _before_times(tokens, j, times)
        while said_at > 1 and words[said_at - 1] in cues.subject_closers:
            said_at = _before_times(tokens, said_at - 1, times)
        if not subject and said_at > 0 and tokens[said_at - 1].text == ",":
            # "Kepala Pusdatin BNPB, Rizal Mahendra, mengatakan": the subject is the
            # apposition just before the comma, and the title before it names the body
            # behind the figures.
            previous = _clause_start(tokens, said_at - 1)
            opener = token_index(tokens, previous)
            if 0 < opener < said_at and (
                words[opener] in cues.relative_openers
                or cues.via.match_at(words, opener) is not None
            ):
                # "the Naresuan Task Force, which guards the border in Tak province,
                # said", "MONUSCO, seperti dikutip dari kantor berita Savanna Wire,
                # menyebut": the subject stands before the relative or relay clause.
                start = _clause_start(tokens, opener - 1)
                subject = [m for m in before if start <= m.char_start < previous]
                if not subject:
                    # "But the regency's social affairs office, which distributes food
                    # aid, said": a body named by its kind before the relative clause.
                    described = _described_body(
                        words, tokens, opener - 1, start, cues, bodies, media, times
                    )
                    if described is not None:
                        return described, [(start, tokens[j + hit[0] - 1].end)], "speech"
            if not subject:
                subject = [m for m in before if m.char_start >= previous][-1:]
                title_start = _clause_start(tokens, token_index(tokens, previous) - 1)
                titled = [
                    m
                    for m in before
                    if title_start <= m.char_start < previous and m.type == "organisation"
                ]
                if subject and subject[0].type == "person" and titled:
                    return (
                        titled[-1].ref(),
                        [(titled[-1].char_start, tokens[j + hit[0] - 1].end)],
                        "speech",
                    )
        if (
            not subject
            and said_at > 0
            and tokens[said_at - 1].text == ","
            and any(_named_after(tokens, j + hit[0], m) for m in speakers)
        ):
            # "…, bringing the number of dead to 10, said Commissioner Agung Hartanto": the
            # speaker follows the verb; the clauses before it are what was said.
            continue
        if not subject:
            subject = _subject_past_asides(tokens, j, before)
            aside = _before_asides(tokens, j, before) if not subject else None
            if aside is not None:
                # "The Sisaket governor's office, however, counts …": a body named by
                # its kind before the asides.
                start = _clause_start(tokens, aside - 1)
                described = _described_body(
                    words, tokens, aside - 1, start, cues, bodies, media, times
                )
                if described is not None:
                    return described, [(start, tokens[j + hit[0] - 1].end)], "speech"
        if not subject and clause_start > sentence.start:
            opener = token_index(tokens, clause_start)
            if opener < j and words[opener] in cues.aside_openers:
                # "Ridwan Hi. Usman, saat dihubungi dari Jakarta menyebut": a clause of
                # when the subject spoke stands between it and the verb.
                start = _clause_start(tokens, opener - 1)
                subject = [m for m in before if start <= m.char_start < clause_start]
        if subject:
            chosen = _subject_head(subject)
            phrase = _capital_of_a_phrase(tokens, words, chosen, j, cues)
            if phrase is not None:
                # "Civil protection said", "Rescue workers said": a sentence's capital
                # opens a phrase of common words, no name; the phrase is the speaker.
                described = _described_body(
                    words, tokens, j, clause_start, cues, bodies, media, times
                )
                return (
                    described or EntityRef(None, phrase, "organisation"),
                    [(chosen.char_start, tokens[j + hit[0] - 1].end)],
                    "speech",
                )
            return (
                _as_source(chosen, affiliation),
                [(chosen.char_start, tokens[j + hit[0] - 1].end)],
                "speech",
            )
        described = _described_body(words, tokens, j, clause_start, cues, bodies, media, times)
        if described is not None:
            return described, [(clause_start, tokens[j + hit[0] - 1].end)], "speech"
    # "Hal itu diungkapkan Kapolres Ende AKBP X" / "…, kata Kapolres X" outside quotes:
    # the speaker follows the verb.
    for table in (cues.verbs_passive, cues.verbs_after):
        for j in table.starts(words):
            hit = table.match_at(words, j)
            if not hit or (table is cues.verbs_after and (j == 0 or tokens[j - 1].text != ",")):
                continue
            end = tokens[j + hit[0] - 1].end
            after = [m for m in speakers if m.char_start >= end and m.char_start - end < 60]
            if after and _opens_a_report(sentence, end, after[0]):
                # ", said about 1,200 Myanmar civilians had crossed": the verb opens what
                # was said, and its speaker stands before it.
                after = []
            if after:
                chosen = _phrase_head(after)
                # "…, kata Kapolres X di Ambon, Senin": the rest of the sentence is who
                # spoke and where, no role of the fact.
                return _as_source(chosen, affiliation), [(tokens[j].start, sentence.end)], "speech"
            # "…, kata dinas tersebut": the speaker after the verb named by its kind.
            k = j + hit[0]
            stop = next((t for t in range(k, len(tokens)) if tokens[t].text in ",."), len(tokens))
            if stop > k:
                described = _described_body(
                    words, tokens, stop, tokens[k].start, cues, bodies, media, times
                )
                if described is not None:
                    return described, [(tokens[j].start, tokens[stop - 1].end)], "speech"
    return None


def _relays_a_speaker(
    tokens: Sequence[Token],
    words: list[str],
    cues: _Cues,
    speakers: Sequence[Mention],
    j: int,
    length: int,
) -> bool:
    """``DDPM Thailand mencatat 23 orang meninggal …, seperti dikutip dari Thai PBS``: a cue
    that may name a source or a relay (the ``length`` words at ``j`` are in both
    ``source_before`` and ``via_cues``) names the relay when a speaker before a verb of
    saying earlier in the sentence gave the figures. A source cue that says more than the
    relay cue at its end ("mengutip data" beside "mengutip") names the source."""
    if not any(
        (relay := cues.via.match_at(words, k)) is not None and k + relay[0] == j + length
        for k in range(j, j + length)
    ):
        return False  # no relay cue ends where the source cue does
    for k in cues.verbs.starts_in(words, 0, j):
        if not cues.verbs.match_at(words, k):
            continue
        # The verb's subject, in its clause: not "…, Yonhap reported, citing the NIS",
        # where the relay speaks.
        opens = _clause_start(tokens, k)
        if any(opens <= m.char_start and m.char_end <= tokens[k].start for m in speakers):
            return True
    return False


def _closing_clause_first(
    tokens: Sequence[Token], words: list[str], cues: _Cues, starts: list[int]
) -> list[int]:
    """The speech verbs to try, the one of a closing clause first: "Indonesia found and
    reported 612,430 cases …, the health ministry said." is the ministry's report; the
    verb inside the sentence tells what was reported."""
    if len(starts) < 2:
        return starts
    last = starts[-1]
    hit = cues.verbs.match_at(words, last)
    closing = _clause_start(tokens, last)
    if hit is None or closing == _clause_start(tokens, starts[0]):
        return starts
    tail = [t.text for t in tokens[last + hit[0] :]]
    if "," in tail or len(tail) > CLOSING_TAIL:
        return starts
    # The clause opens with its subject ("…, the health ministry said", "…, BNPB
    # melaporkan"), not with a link to a clause of its own ("…, while the regency's
    # health office put the figure at 28", "…, not in Poso as headquarters had said").
    first = token_index(tokens, closing)
    opener = tokens[first].text if first < len(tokens) else ""
    if not (opener[:1].isupper() or words[first] in cues.subject_openers):
        return starts
    return [last, *starts[:-1]]


def _counted_noun(before: str, cues: _Cues) -> bool:
    """Is a speech verb's word a noun, by the word before it: a determiner ("a suspect",
    "two more suspects") or a figure ("two suspects", "3 counts")?"""
    return before in cues.determiners or before in cues.cardinals or before.isdigit()


def _described_body(
    words: list[str],
    tokens: Sequence[Token],
    j: int,
    clause_start: int,
    cues: _Cues,
    bodies: Sequence[Mention],
    media: Sequence[Mention] = (),
    times: Sequence[TimeSpan] = (),
) -> EntityRef | None:
    """``the agency said``, ``police said``: a body named by its kind in the subject is
    the last body of that kind the article named; a kind with no antecedent is still the
    source, named as written ("otoritas kesehatan setempat"). A time said before the
    subject ("On Saturday the police") is no part of it."""
    first = token_index(tokens, clause_start)
    # "On Saturday the police": a time at the clause's start, after a preposition at most
    # ("not on Saturday as the military claimed" names no subject).
    if first + 1 < j:
        opening = tokens[first + 1].start
        said_first = [t.char_end for t in times if clause_start <= t.char_start <= opening]
        if said_first and max(said_first) < tokens[j - 1].start:
            first = token_index(tokens, max(said_first))
    while first < j - 1 and words[first] in cues.subject_openers:
        first += 1
    while j - 1 > first and words[j - 1] in cues.subject_closers:
        j -= 1  # "The ministry has put …", "The office also said …"
    # "otoritas tersebut pada Senin mencatat": a time right before the verb dates the
    # saying, no part of a short subject (not "a report released on Wednesday").
    subject_end = tokens[j - 1].end if j > first else -1
    said_last = [
        t.char_start for t in times if t.char_end == subject_end and t.char_start > clause_start
    ]
    if said_last:
        k = max(first + 1, token_index(tokens, min(said_last)))
        while k - 1 > first and words[k - 1] in cues.time_prepositions:
            k -= 1
        if k - first <= SHORT_SUBJECT_WORDS:
            j = k
    # "MAKASSAR, Indonesia — Police …": a dash ends a dateline or an aside before it.
    first = next((k + 1 for k in range(j - 2, first - 1, -1) if words[k] in _DASHES), first)
    # "a police spokesman in Jakarta said": the body is named before the place it is in
    # (not "an official at the transport ministry").
    j = next(
        (
            k
            for k in range(first + 1, j - 1)
            if words[k] in cues.place_prepositions and tokens[k + 1].text[:1].isupper()
        ),
        j,
    )
    subject = words[first:j]
    if not subject or len(subject) > 5:
        return None
    end = tokens[j].start if j < len(tokens) else tokens[-1].end
    if any(tokens[first].start <= m.char_start < end for m in media):
        return None  # "kepada kantor berita AFP": a news medium, which only relays
    # "an army spokesperson": the body's kind (army) says whose; the speaker noun alone
    # ("officials said") stands only for a body named before.
    noun = next((w for w in reversed(subject) if w in cues.descriptive), None)
    if noun is not None:
        keys = cues.descriptive[noun]
        # "the weather agency": a word that says which agency must be in the antecedent's
        # name too (not the disaster agency named before).
        which = _kind_qualifiers(subject[: subject.index(noun)], cues)

        def named(body: Mention) -> bool:
            # The name or the words the article used ("Indonesia's anti-graft agency"), a
            # key as a whole word ("co" is no company's mark in "Safety Committee").
            names = (body.name.lower(), body.text.lower())
            spaced = [f" {' '.join(_WORDS.findall(name))} " for name in names]
            return any(f" {key} " in name for key in keys for name in spaced) and all(
                any(w in name for name in names) for w in which
            )

        last = (
            bodies.last((noun, *which), named)  # linear in the article: see extract.latest
            if isinstance(bodies, LatestMatches)
            else next((body for body in reversed(bodies) if named(body)), None)
        )
        if last is not None:
            return last.ref()
        if noun in cues.named_only:
            return None
        text = " ".join(t.text for t in tokens[first:j] if has_a_word(t.text))
        return EntityRef(None, text, "organisation")
    if any(w in cues.descriptive_speakers for w in subject) and bodies:
        return bodies[-1].ref()
    return None


def _past_saying_asides(
    span: tuple[int, int], tokens: Sequence[Token], words: list[str], cues: _Cues
) -> tuple[int, int]:
    """The span of a speech cue, on past the asides that tell how it was said ("the civil
    defence said in a statement on Saturday"): a time after them is when it was said, not
    when the fact happened."""
    lo, hi = span
    k = next((i for i, t in enumerate(tokens) if t.start >= hi), len(tokens))
    while (hit := cues.saying_asides.match_at(words, k)) is not None:
        k += hit[0]
        hi = tokens[k - 1].end
    return lo, hi


def _antecedent(tokens: Sequence[Token], opener: int, before: Sequence[Mention]) -> list[Mention]:
    """``data BPBD Luwu, yang mencatat 1.180 pengungsi``, "the agency, which put the toll
    at nine": the speaker of a relative clause that opens a speech verb is the name that
    ends the clause before its comma. A place there ends an unknown body's name ("data
    Pusat Bencana Nasional PNG, yang menyebut"): no speaker."""
    if opener == 0 or tokens[opener - 1].text != ",":
        return []
    comma = tokens[opener - 1]
    start = _clause_start(tokens, opener - 1)
    last = [m for m in before if start <= m.char_start and m.char_end <= comma.start][-1:]
    return [m for m in last if m.type not in ("country", "place")]


def _kind_qualifiers(before: Sequence[str], cues: _Cues) -> list[str]:
    """The lower-case words right before a body's noun that say which body it is ("the
    weather agency": weather), where the language puts them there; none past a function
    word ("which the police": none) and none of ``unspecific_qualifiers``."""
    if not cues.kind_qualifiers_before:
        return []
    found: list[str] = []
    for word in reversed(before):
        if (
            not (word.isalpha() and word.islower())
            or word in cues.subject_openers
            or word in cues.determiners
            or word in cues.relative_openers
        ):
            break
        if word not in cues.unspecific_qualifiers:
            found.append(word)
    return found


# "…, said Commissioner Agung Hartanto": how many words (a title) may stand between a
# speech verb after a comma and the speaker it names.
INVERTED_GAP = 3
# The words of a body's name, which kind keys match whole.
_WORDS = re.compile(r"\w+")
# Asides between a speaker and the speech verb ("Kepala BNPB dalam konferensi pers daring
# dari Jakarta, Senin, merinci …"): at most this many, each of at most ASIDE_TOKENS tokens.
MAX_ASIDES = 3
ASIDE_TOKENS = 10


def _subject_past_asides(
    tokens: Sequence[Token], j: int, before: Sequence[Mention]
) -> list[Mention]:
    """The speakers of the clause before the asides that stand between it and the verb
    at token ``j``: short comma-bounded clauses that name no speaker ("Senin", "dalam
    konferensi pers di Jakarta"). Empty when no aside stands there."""
    k = _before_asides(tokens, j, before)
    if k is None:
        return []
    # The clause before the first aside, up to its comma, holds the subject.
    start = _clause_start(tokens, k - 1)
    return [m for m in before if start <= m.char_start and m.char_end <= tokens[k - 1].start]


def _before_asides(tokens: Sequence[Token], j: int, before: Sequence[Mention]) -> int | None:
    """The token after the comma that closes the clause before the asides standing
    between it and the verb at token ``j`` (see ``_subject_past_asides``), or None."""
    k = j
    skipped = 0
    while skipped < MAX_ASIDES and k > 0 and tokens[k - 1].text == ",":
        start = _clause_start(tokens, k - 1)
        first = token_index(tokens, start)
        if (
            first == 0  # the sentence's first clause is its subject, not an aside
            or k - 1 - first > ASIDE_TOKENS
            or any(start <= m.char_start < tokens[k - 1].start for m in before)
        ):
            break
        k, skipped = first, skipped + 1
    if not skipped or k < 2 or tokens[k - 1].text != ",":
        return None
    return k


def _a_unit_of(sentence: Sentence, m: Mention, units: tuple[str, ...]) -> bool:
    """Is ``m`` named as the owner of a unit right before it ("Labfor Polda Jatim",
    "Laboratorium Forensik Polda Jawa Tengah")?"""
    if not units:
        return False
    offset = m.char_start - sentence.start
    before = sentence.text[max(0, offset - 40) : offset].lower().rstrip()
    return any(
        before.endswith(unit) and (len(before) == len(unit) or not before[-len(unit) - 1].isalnum())
        for unit in units
    )


def _place_adjective(sentence: Sentence, m: Mention, suffixes: frozenset[str]) -> bool:
    """Is ``m`` joined by a hyphen to an adjective suffix ("Singapore-based")?"""
    if not suffixes:
        return False
    after = sentence.text[m.char_end - sentence.start : m.char_end - sentence.start + 12]
    if not after.startswith("-"):
        return False
    word = after[1:].split(maxsplit=1)[0].strip(",.;:").lower() if len(after) > 1 else ""
    return word in suffixes


def _apposed_speaker(
    tokens: Sequence[Token], comma: int, after: Sequence[Mention]
) -> Mention | None:
    """The person named in apposition after the comma at offset ``comma``, past a title
    ("…, Kolonel Anusorn Phetcharat, …"), or None."""
    i = token_index(tokens, comma)
    if i >= len(tokens) or tokens[i].start != comma:
        return None
    k = i + 1
    return next((m for m in after if m.type == "person" and _named_after(tokens, k, m)), None)


def _named_after(tokens: Sequence[Token], k: int, m: Mention) -> bool:
    """Does speaker ``m`` stand at token ``k``, or past a title of at most
    ``INVERTED_GAP`` capitalised words, as a clause of its own ("said Commissioner Agung
    Hartanto, the director …"; not "says about 1,300 Indonesian boats", nor "said Basarnas
    found 12 bodies")?"""
    at = token_index(tokens, m.char_start)
    end = token_index(tokens, m.char_end)
    return (
        m.type != "country"
        and 0 <= at - k < INVERTED_GAP
        and all(t.text[:1].isupper() or t.text == "." for t in tokens[k:at])
        and (end >= len(tokens) or tokens[end].text in (",", ".", ";"))
    )


def _before_times(tokens: Sequence[Token], j: int, times: Sequence[TimeSpan]) -> int:
    """The first token of the time expressions that end right before token ``j``
    ("kemarin", "Selasa"), or ``j`` where none does."""
    k = j
    while k > 0:
        start = tokens[k - 1].start
        span = next((t for t in times if t.char_start <= start < t.char_end), None)
        if span is None:
            break
        k = token_index(tokens, span.char_start)
    return k


def _after_place_preposition(
    tokens: Sequence[Token], words: list[str], m: Mention, cues: _Cues
) -> bool:
    """Is ``m`` a place right after a preposition of place (``place_prepositions``)? A
    name the knowledge base lacks is one there too: "…, Abdul Gani Saleh, di Jailolo,
    Jumat, mengatakan" says where the speaker spoke."""
    if m.type not in ("place", "country", None) or not cues.place_prepositions:
        return False
    k = token_index(tokens, m.char_start)
    return 0 < k <= len(words) and words[k - 1] in cues.place_prepositions


def _clause_start(tokens: Sequence[Token], j: int) -> int:
    """Start offset of the clause holding token j (after the last comma or quote)."""
    for k in range(j - 1, -1, -1):
        if tokens[k].text in {",", ";", ":", "“", "”", '"'}:
            return tokens[k].end
    return tokens[0].start if tokens else 0


_OPENERS = frozenset({'"', "“", *_DASHES})


def _capital_of_a_phrase(
    tokens: Sequence[Token], words: list[str], m: Mention, j: int, cues: _Cues
) -> str | None:
    """The subject ``m`` heads, as written, when ``m`` is one unresolved word that only a
    sentence's capital made a name and common words follow it to the verb at ``j`` ("Civil
    protection", "Rescue workers"; not "Police also", whose "also" is no part of it)."""
    if m.entity_id is not None or m.type == "person":
        return None
    k = token_index(tokens, m.char_start)
    # The sentence's first word, after an opening quote or a dateline's dash.
    if token_index(tokens, m.char_end) != k + 1 or (k > 0 and words[k - 1] not in _OPENERS):
        return None
    end = j
    while end - 1 > k and words[end - 1] in cues.subject_closers:
        end -= 1
    rest = tokens[k + 1 : end]
    if not 1 <= len(rest) <= 2 or not all(t.text.isalpha() and t.text.islower() for t in rest):
        return None
    return " ".join(t.text for t in tokens[k:end])


def _subject_head(subject: Sequence[Mention]) -> Mention:
    """The speaker in a subject clause: the person it names ("Johor maritime director
    First Admiral Azman Shafie said"), else the head of its first phrase."""
    people = [m for m in subject if m.type == "person"]
    return people[-1] if people else _phrase_head(subject)


def _phrase_head(mentions: Sequence[Mention]) -> Mention:
    """The head of the noun phrase the mentions start: a person if one is named close by."""
    phrase = [mentions[0]]
    for m in mentions[1:]:
        if m.char_start - phrase[-1].char_end > 3:
            break
        phrase.append(m)
    return next((m for m in phrase if m.type == "person"), phrase[0])


def _head(candidates: Sequence[Mention]) -> Mention:
    """In ``Kepala Staf Gabungan (JCS) Korea Selatan`` the first, longest mention heads."""
    return max(
        candidates[:2],
        key=lambda m: (m.char_start == candidates[0].char_start, m.char_end - m.char_start),
    )


def _as_source(mention: Mention, affiliation: dict[str, EntityRef]) -> EntityRef:
    """A spokesperson's figures belong to their organisation (DESIGN: the body behind it)."""
    if mention.type == "person":
        org = affiliation.get(mention.name)
        if org is not None and org.type not in ("country", None):
            return org
    return mention.ref()


def _relay(
    tokens: Sequence[Token],
    words: list[str],
    mentions: Sequence[Mention],
    media: Sequence[Mention],
    cues: _Cues,
) -> tuple[EntityRef | None, Mention | None]:
    """Who relays the sentence's report, by its relay cues (``via_cues``), and the one a
    news medium quotes, if it does. The first cue names the relay after it ("dilansir
    Kompas", "citing the NIS"). But where a news medium stands right before a cue and a
    body or person right after it ("seperti dilansir kantor berita Antara yang mengutip
    Polres Konawe", "the Antara news agency reported, quoting Basarnas"), the medium
    relays and the one it quotes is returned as well, whichever cue that is."""
    first: EntityRef | None = None
    for j in cues.via.starts(words):
        hit = cues.via.match_at(words, j)
        if not hit:
            continue
        start, end = tokens[j].start, tokens[j + hit[0] - 1].end
        medium = next((m for m in media if 0 <= start - m.char_end <= RELAYING_GAP), None)
        quoted = next(
            (m for m in mentions
             if 0 <= m.char_start - end <= QUOTING_GAP and m.type not in ("place", "country")),
            None,
        ) if medium is not None else None  # fmt: skip
        if medium is not None and quoted is not None:
            return medium.ref(), quoted
        if first is not None:
            continue
        source_cue = cues.before.match_at(words, j)
        if source_cue and source_cue[0] > hit[0]:
            continue  # "mengutip data pemerintah …": the data's owner is the source
        # "told reporters in Jakarta", "told reporters in Bentong": a place after the cue,
        # or a name the knowledge base lacks after a preposition of place, is where, not
        # who relays
        after = [
            m
            for m in mentions
            if m.char_start >= end
            and m.char_start - end < 40
            and m.type != "place"
            and m.how != "metonym"
            and not _after_place_preposition(tokens, words, m, cues)
        ]
        if after:
            first = after[0].ref()
    return first, None


# How many characters may stand between a medium and the cue that it quotes (" yang", "
# news agency reported,"), and between the cue and the one it quotes ("the regency's").
RELAYING_GAP = 30
QUOTING_GAP = 20


def _quote_speakers(
    sentences: Sequence[Sentence],
    mentions: Sequence[Sequence[Mention]],
    cues: _Cues,
    affiliation: dict[str, EntityRef],
    tokens: Sequence[Sequence[Token]],
    words: Sequence[list[str]] | None = None,
) -> dict[int, EntityRef | object]:
    """Sentence index -> speaker, for sentences inside quotations (``_BY_PRONOUN`` where
    the speaker is a pronoun). ``tokens`` and ``words`` as ``attribute_sentences`` has them."""

    def near(i: int, close_at: int) -> EntityRef | object | None:
        return _speaker_near_quote(
            sentences[i], mentions[i], cues, close_at, affiliation,
            tokens[i], None if words is None else words[i],
        )  # fmt: skip

    speakers: dict[int, EntityRef | object] = {}
    by_paragraph: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_paragraph.setdefault(s.paragraph, []).append(i)
    inside: list[int] = []
    opener: str | None = None
    closer = ""
    for indices in by_paragraph.values():
        # A quotation left open at a paragraph's end goes on in the next paragraph when
        # that one opens with a quotation mark again (the convention for a quote over two
        # paragraphs): the speaker named where it closes said all of it. In the first
        # sentence a closing mark is looked for past the mark that reopens the quotation.
        first = sentences[indices[0]].text
        reopened = 0
        if opener is not None and first.lstrip().startswith(opener):
            reopened = first.index(opener) + len(opener)
        else:
            inside, opener, closer = [], None, ""
        for i in indices:
            text = sentences[i].text
            if opener is None:
                for a, b in cues.quotes:
                    if a in text:
                        pos = text.index(a)
                        if b not in text[pos + 1 :]:
                            opener, closer = a, b
                            inside = [i]
                        else:
                            speaker = near(i, text.rindex(b))
                            if speaker is not None:
                                speakers[i] = speaker
                        break
            else:
                inside.append(i)
                close = text.find(closer, reopened if i == indices[0] else 0)
                if close >= 0:
                    speaker = near(i, close)
                    if speaker is None:
                        speaker = near(inside[0], -1)
                    if speaker is not None:
                        for k in inside:
                            speakers[k] = speaker
                    opener = None
                    inside = []
    return speakers


def _speaker_near_quote(
    sentence: Sentence,
    mentions: Sequence[Mention],
    cues: _Cues,
    close_at: int,
    affiliation: dict[str, EntityRef],
    tokens: Sequence[Token],
    words: list[str] | None = None,
) -> EntityRef | object | None:
    """The speaker named after a closing quote (``,” ujar X``) or before an opening one;
    ``_BY_PRONOUN`` for ``,” ujarnya``. ``tokens``: the sentence's (``tokenize``), and
    ``words`` their lower case, if the caller has them."""
    if words is None:
        words = [t.lower for t in tokens]
    for j in cues.verbs_after.starts(words):
        tok = tokens[j]
        if tok.start - sentence.start < close_at:
            continue
        hit = cues.verbs_after.match_at(words, j)
        if hit:
            if cues.pronoun.match_at(words, j) or (j and cues.pronoun.match_at(words, j - 1)):
                return _BY_PRONOUN
            after = [m for m in mentions if m.char_start >= tok.end]
            # The speaker is the head of the phrase after the verb: the person in "Kapolda
            # Metro Jaya Irjen Karyoto" (their own words, so the person, not the body); an
            # unnamed speaker ("seorang pejabat militer Korea Selatan") stands for the body
            # or country in the description.
            if after:
                return _phrase_head(after).ref()
    # "X mengatakan, “…”", "“…,” the director X said": the speaker before the verb.
    for j in cues.verbs.starts(words):
        if cues.verbs.match_at(words, j):
            before = [m for m in mentions if m.char_end <= tokens[j].start]
            if before:
                return _as_source(before[0], affiliation)
    return None
