"""Typed claims from one article's sentences: the extractor that composes the parts.

For each sentence: find its triggers (``triggers``), fill each claim's parties and place
(``roles``), its figure, time and modality (``slots``), and source and via from the
sentence's attribution. What one sentence leaves for the next (the last actor, the side
being counted, the countries named) is kept in ``Memory``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, cast

from silang.extract.claims.grammar import Grammar
from silang.extract.claims.kinds import (
    ARMED_KINDS,
    BODIES_MOVED,
    COUNT_UNITS,
    COUNT_UNITS_BY_SUBTYPE,
    COUNTER_UNITS,
    CRAFT_CLASSES,
    DAMAGE,
    DAMAGED_UNITS,
    EQUIPMENT_UNITS,
    EVENT_ENDINGS,
    EVENT_SUBTYPES,
    FACT_UNITS,
    FIGURE_AFTER,
    FORECASTS,
    HOUSE_DAMAGE,
    LIVESTOCK_KINDS,
    MEASURES,
    PATIENT_STATES,
    PLACE_TYPES,
    PLACE_UNITS,
    PLOVER,
    PROPERTY_UNITS,
    SENT_AWAY,
    SIDE_RECEIVES,
    SITUATED,
    SPANS_AND_SHARES,
    STATES_OF_THE_COUNTED,
    UNAGENTED,
    VICTIM_KINDS,
    is_event,
)
from silang.extract.claims.lexicon import Trigger, lexicon
from silang.extract.claims.resolver import Resolver
from silang.extract.claims.roles import Memory, RoleFinder
from silang.extract.claims.slots import (
    SlotFinder,
    across_a_full_stop,
    in_a_clock_gloss,
    time_of_saying,
)
from silang.extract.claims.triggers import Hit, TriggerFinder
from silang.extract.claims.view import SentenceView, after_phrase, inside, times_after_dateline
from silang.extract.times import clock_hour, clock_times
from silang.extract.tokens import has_a_word, token_index
from silang.lang import LanguagePack
from silang.model import Claim, EntityRef, Evidence, Mention, Quantity, TimeSpan

# "Peristiwa itu terjadi", "Bencana itu datang ketika …": how many words after a noun naming
# the article's event its verb of happening may stand.
EVENT_VERB_REACH = 3
# "Dua pesawat C-130 Hercules TNI Angkatan Udara": how many words after an aircraft's or a
# ship's figure may name the armed force or the craft (``_military_craft``).
CRAFT_WORDS = 6
# How far back from a casualty word the word opening a clause that describes a person may
# stand ("whose husband is among the missing": five words).
MAX_RELATIVE_WORDS = 8
# A figure joined to its unit by a hyphen ("2,900-tonne", "12-metre") modifies a noun.
_HYPHENATED_MEASURE = re.compile(r"\d-[^\W\d_]")


# "… and 11 from neighbouring Tanah Datar": words from a part's preposition to its place.
PLACE_PART_REACH = 3
# How many words after a partitive the copula before a nationality may stand ("287 dari 412
# orang yang ditahan dalam operasi itu adalah WNI": nine).
PARTITIVE_REACH = 12
# How many sentences back a sentence that names who gave "the figures" reaches.
DATA_ANAPHORA_SENTENCES = 3
# "22 crew were aboard: 14 Indonesians": the words from a count to the colon that opens
# its breakdown by nationality.
BREAKDOWN_WORDS = 6
# "dari 152 pengungsi yang kini berada di penampungan, 58 di antaranya anak-anak dan 51
# perempuan": the words from a count to a figure its composition gives.
COMPOSITION_WORDS = 16
# The longest subject a contrast clause names a body silang does not know by ("the plant's
# operator", "the regency's disaster office").
DESCRIBED_SUBJECT_WORDS = 4
# "… and the main hospital in Kayuagung, the regency seat, seven": the words a rival
# body's name and its apposition may take between the join and the figure.
RIVAL_BODY_WORDS = 10
# How far before a casualty word the article of one victim may stand ("A Congolese soldier
# guarding a bridge near the base was also killed" is too far: the noun it names may be
# anyone).
VICTIM_REACH = 6
# Words from a relative word to the main verb after its clause ("a woman, who had
# suffered pelvic and spinal injuries, died").
RELATIVE_REACH = 12
# What may stand between a person named and the casualty word that tells their death: an
# age, in brackets or set off by commas ("Briptu Dewi Kartika Sari (26) mengembuskan napas
# terakhir", "Sutrisno, 46, died").
_AGE_GAP = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*,)?\s*")
# A name the knowledge base lacks is a person's where an age follows it ("Wahyudin (34)",
# "Sutrisno, 46,"): most victims are nobody the knowledge base knows.
# A bracket of a few words ("(WNI)", "(28/5/2026)"), which ends no clause.
_BRACKETED = re.compile(r"\([^().;:]{1,40}\)")
# A full stop a lower-case word follows inside a sentence ("… yang luka. enam dirawat"): a
# stray one, which joins as a comma does.
_STRAY_STOP = re.compile(r"\.(?=\s+[a-z])")
_AGE_AFTER = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*(?:,|$))")
# The most words between a count of people and the count of shelters they are in
# ("96.420 orang berada di 655 PPS").
SHELTERED_WORDS = 4
# How far after a casualty word the verb saying who its counted victims were may stand
# ("Dua korban yang meninggal di RSUD Ulin adalah …").
IDENTITY_REACH = 6
# How far after an inquiry's noun the verb of what it found may stand ("Hasil autopsi di
# RSUD dr. Murjani Sampit menunjukkan").
FINDING_REACH = 10
# How far before a vehicle's failure a relative pronoun makes it describe the vehicle ("truk
# pasir yang diduga mengalami rem blong", "a sand truck that had stalled").
FAILURE_RELATIVE_REACH = 4
# The trigger of an inquiry's finding (``ClaimExtractor._finding``): a result, as a
# laboratory's is.
FINDING = Trigger("OTHER", "lab_result", "noun")
# Care that survivors told right before it receive ("Dua korban selamat hingga kini masih
# dirawat"), and the most words between them.
CARE_SUBTYPES = frozenset({"hospitalized", "treated"})
CARE_GAP = 3
# Claims a magnitude in their sentence belongs to.
QUAKES = frozenset({"earthquake", "aftershocks"})
# Units a part in a place may be given in: a bare number takes its whole's unit.
COUNT_UNITS_OF_PARTS = FACT_UNITS | {None}


# A country's economic measures: a release's rate, prices, output, reserves and visitors.
MEASURES_OF_A_COUNTRY = FIGURE_AFTER | {
    "rate_cut", "exchange_rate", "inflation_forecast", "growth_forecast", "tourist_arrivals",
}  # fmt: skip
# Units of an amount a change in percent leads to ("rose 11.8% to $431.6 billion", "to
# 1.93 million tonnes").
AMOUNT_UNITS = frozenset({"IDR", "USD", "EUR", "ton", "kg", "liter"})
# How long an ending may take and still fall on the day of the event it ends ("api
# dikuasai kurang dari satu jam kemudian"): longer, it may run past midnight.
SHORT_WHILE_HOURS = 3


def _a_short_while(quantity: Quantity | None) -> bool:
    """Is the figure a span of minutes, or of at most ``SHORT_WHILE_HOURS`` hours?"""
    if quantity is None or quantity.max is None:
        return False
    if quantity.unit == "minute":
        return quantity.max <= 60 * SHORT_WHILE_HOURS
    return quantity.unit == "hour" and quantity.max <= SHORT_WHILE_HOURS


def _undated_if_under_way(claim: Claim) -> Claim:
    """ "Thai and Cambodian troops traded artillery fire for a second day on Monday": an
    attack or an event told on a later day of its course is not dated by that day (the
    reports that date its start would seem to disagree)."""
    if is_event(claim.type, claim.subtype):
        return dataclasses.replace(claim, time=None)
    return claim


def _bare_figure_counted(claim: Claim) -> Claim:
    """A bare figure counts what its fact counts: people where the fact counts only people
    (its units in ``COUNT_UNITS_BY_SUBTYPE``: "164,310 had been displaced"), houses where it
    counts houses (``COUNTER_UNITS``: "31 houses washed away and more than 100 damaged"),
    as "164.310 jiwa" and "100 rumah" do; the one unit it counts in otherwise ("six were
    diverted": flights)."""
    q = claim.quantity
    if q is None or q.unit is not None or not claim.subtype:
        return claim
    unit = COUNTER_UNITS.get(claim.subtype)
    allowed = COUNT_UNITS_BY_SUBTYPE.get(claim.subtype)
    if unit is None and allowed:
        named = allowed - {None}
        if "person" in allowed and allowed <= {"person", "household", None}:
            unit = "person"
        elif len(named) == 1:
            # "Eleven flights were cancelled and six diverted": flights, the one thing
            # the fact counts.
            unit = next(iter(named))
    if unit is None:
        return claim
    return dataclasses.replace(claim, quantity=dataclasses.replace(q, unit=unit))


def _without_states_of_the_counted(claims: list[Claim]) -> list[Claim]:
    """A sentence's claims less those that only say what became of the people another
    of its claims counts (``kinds.STATES_OF_THE_COUNTED``). The hurt taken to hospital
    ("Two residents were taken to hospital with injuries"): the figure the hospital stay
    took counts the wounded, the one claim without a figure, and the stay is their state."""
    hospitalized = [c for c in claims if c.subtype == "hospitalized" and c.quantity is not None]
    wounded = [c for c in claims if c.subtype == "wounded" and c.quantity is None]
    if len(hospitalized) == 1 and len(wounded) == 1:
        stay, hurt = hospitalized[0], wounded[0]
        claims = [
            dataclasses.replace(hurt, quantity=stay.quantity) if c is hurt else c
            for c in claims
            if c is not stay
        ]
    if not any(
        c.quantity is not None
        # "four of them in critical condition": patients are people, said or not.
        and (c.quantity.unit == "person" or c.subtype in PATIENT_STATES)
        for c in claims
    ):
        return claims
    return [c for c in claims if c.quantity is not None or c.subtype not in STATES_OF_THE_COUNTED]


def _people_named(q: Quantity) -> str | None:
    """The noun a figure of people names, case-folded ("guards" of "five guards")."""
    return q.noun.casefold() if q.unit == "person" and q.noun else None


def _other_people(a: Quantity, b: Quantity) -> bool:
    """``Four officers and five guards``: do two figures of people name other nouns?"""
    return None not in (_people_named(a), _people_named(b)) and _people_named(a) != _people_named(b)


def _nearest_before(
    claims: Sequence[Claim],
    q: Quantity,
    fits: Callable[[Claim, Quantity], bool] = lambda claim, figure: True,
) -> tuple[Claim, Quantity] | None:
    """The claim (with its figure) whose figure ends nearest before ``q`` starts, of those
    ``fits`` accepts; the first of several that end at one place."""
    best: tuple[Claim, Quantity] | None = None
    for claim in claims:
        figure = claim.quantity
        if (
            figure is not None
            and figure.char_end <= q.char_start
            and (best is None or figure.char_end > best[1].char_end)
            and fits(claim, figure)
        ):
            best = claim, figure
    return best


def _figure_start(claim: Claim) -> int:
    """Where a claim's figure starts (-1 for none): claims in the order of their figures."""
    return -1 if claim.quantity is None else claim.quantity.char_start


def _asks(view: SentenceView) -> bool:
    """A question ("Apa yang memicu bentrokan?") asserts nothing."""
    return view.sentence.text.rstrip().rstrip("\"”’'").endswith("?")


def _a_person(mention: Mention, after: str) -> bool:
    """A person's name: one the knowledge base types so, or an unknown name that an age
    follows (``after``: the sentence's text after it)."""
    if mention.type == "person":
        return True
    return mention.type is None and _AGE_AFTER.match(after) is not None


# A claim must say something besides its type: who, whom, where, when, how many or what.
def _empty(claim: Claim) -> bool:
    return claim.type != "STATEMENT" and not (
        claim.actor or claim.recipient or claim.location or claim.time or claim.quantity
        or claim.items or (claim.type in ("OTHER", "CASUALTIES") and claim.subtype)
    )  # fmt: skip


def _sourced_by_its_clause(view: SentenceView, claim: Claim) -> Claim:
    """A figure in a later report clause of its sentence ("…, Wali Kota Medan menyebut
    lebih dari 6.000 orang, …") is that clause's source's (``Attribution.clauses``)."""
    q = claim.quantity
    if q is None or claim.source != view.attribution.source or not q.char_end:
        return claim
    source = view.attribution.source_at(q.char_start)
    return claim if source == claim.source else dataclasses.replace(claim, source=source)


def _a_names_number(view: SentenceView, q: Quantity) -> bool:
    """``kapal KM Sri Rezeki 17``: a figure right after a capitalised word (not the
    sentence's first) is a name's number."""
    j = token_index(view.tokens, q.char_start)
    return j > 1 and view.tokens[j - 1].text[:1].isupper()


def _same_quotation(before: SentenceView, view: SentenceView) -> bool:
    """Do two sentences in a row belong to one quotation (one speaker, one paragraph)?"""
    return (
        view.attribution.how == before.attribution.how == "quote"
        and view.sentence.paragraph == before.sentence.paragraph
        and view.attribution.source == before.attribution.source
    )


def _only_statement(found: list[Claim]) -> bool:
    return len(found) == 1 and found[0].type == "STATEMENT"


def _written(view: SentenceView, hit: Hit) -> str:
    """The words of a trigger, as written."""
    return view.sentence.text[
        view.tokens[hit.start].start - view.sentence.start : view.tokens[hit.end - 1].end
        - view.sentence.start
    ]


def _time_after(view: SentenceView, q: Quantity) -> TimeSpan | None:
    """The time that dates an earlier value, right after it ("turun dari 4.000 orang pada
    awal pekan", "up from 251,000 tonnes in 2024"); none when the sentence gives none
    there (the claim's own time is when the count changed, not when it stood lower)."""
    after = [t for t in view.times if 0 <= t.char_start - q.char_end <= 25]
    return min(after, key=lambda t: t.char_start) if after else None


def _spanning(views: Sequence[SentenceView]) -> Evidence:
    """One evidence for sentences in a row of one paragraph (parts of one quotation)."""
    text = views[0].sentence.text
    for before, view in zip(views, views[1:], strict=False):
        text += " " * (view.sentence.start - before.sentence.end) + view.sentence.text
    return Evidence(text, views[0].sentence.start, views[-1].sentence.end)


# "Delapan warga Tanah Datar termasuk di antara 23 korban", "eight residents of Tanah
# Datar were among the 23 killed": the words a part's figure may stand before the phrase
# of the count it is among (its noun, a place, a verb).
WHOLE_GAP = 6


class ClaimExtractor:
    """Turns the sentence views of one article into claims."""

    def __init__(self, pack: LanguagePack, kb: Any) -> None:
        self.pack = pack
        self.lex = lexicon(pack)
        self.resolver = Resolver(kb)
        grammar = Grammar(self.lex, self.resolver)
        self.triggers = TriggerFinder(self.lex, grammar)
        self.roles = RoleFinder(self.lex, self.resolver, grammar)
        self.slots = SlotFinder(self.lex)
        self.since_words = frozenset(str(w).lower() for w in pack.table("time").get("since") or ())
        # One-word speech verbs ("said", "kata"): a day right after one is when it was said.
        speech = pack.table("attribution")
        self.saying_words = frozenset(
            str(w).lower()
            for key in ("speech_verbs", "speech_verbs_after")
            for w in speech.get(key) or ()
            if " " not in str(w)
        )

    def extract(
        self,
        views: Sequence[SentenceView],
        affiliations: Mapping[str, EntityRef] | None = None,
        home: str | None = None,
        scene: str | None = None,
    ) -> list[Claim]:
        """The claims of an article's sentences; ``affiliations`` maps a person's name to
        the body their title names; ``home`` is the country entity the article is about;
        ``scene`` the one its story happens in, where that is another
        (``descriptions.scene_country``)."""
        claims: list[Claim] = []
        memory = Memory(
            affiliations=dict(affiliations or {}),
            home=home,
            scene=scene,
            poisoning=any(self.lex.poisonings.find_all(v.words) for v in views),
            protest=any(self.lex.protests.find_all(v.words) for v in views),
            # "Jumlah korban arisan … bertambah menjadi 468 orang" before "dijerat pasal
            # penipuan": in an article about a crime, its "korban" are victims from the start.
            victims="victims" if any(self.lex.crimes.find_all(v.words) for v in views) else None,
        )
        quotation: list[SentenceView] = []  # the sentences of the quotation being read
        statement_at: int | None = None  # where its statement is in ``claims``
        # (sentence number, where its claims start in ``claims``) of the last sentences
        # that give figures of no named source.
        unsourced: list[tuple[int, int]] = []
        for number, view in enumerate(views):
            if view.sentence.is_heading:
                memory = memory.new_section()
                unsourced = []
                continue
            if view.sentence.paragraph != memory.paragraph:
                memory.paragraph = view.sentence.paragraph
                memory.casualty_side = None
            found = [] if _asks(view) else self._sentence_claims(view, memory)
            if view.attribution.clauses:
                found = [_sourced_by_its_clause(view, c) for c in found]
            self.roles.remember_bodies(view, memory, number)
            # "Kami menghormati proses hukum. Namun, hak-hak ABK harus dipenuhi," ujarnya:
            # one quotation split by its full stops is one statement, whose evidence is the
            # whole quotation.
            if not (quotation and _same_quotation(quotation[-1], view)):
                quotation, statement_at = [], None
            if view.attribution.how == "quote":
                quotation.append(view)
            if _only_statement(found) and len(quotation) > 1:
                if statement_at is not None:
                    evidence = _spanning(quotation)
                    claims[statement_at] = dataclasses.replace(
                        claims[statement_at], evidence=evidence
                    )
                    found = []
                else:
                    found = [dataclasses.replace(found[0], evidence=_spanning(quotation))]
            since = next((start for sentence, start in unsourced
                          if number - sentence <= DATA_ANAPHORA_SENTENCES), None)  # fmt: skip
            if not found and since is not None and self._sources_the_figures(view):
                # "Kepala Kantor Basarnas Makassar … mengatakan data tersebut merupakan hasil
                # pencarian hingga Senin pukul 14.00": the figures told just before are his.
                for i in range(since, len(claims)):
                    if claims[i].source is None and claims[i].quantity is not None:
                        claims[i] = dataclasses.replace(
                            claims[i], source=view.attribution.source,
                            via=claims[i].via or view.attribution.via, modality="reported"
                            if claims[i].modality == "asserted" else claims[i].modality,
                        )  # fmt: skip
                unsourced = []
            elif any(c.source is not None for c in found):
                unsourced = []  # another body's figures come between
            elif any(c.quantity is not None for c in found):
                unsourced = [
                    *(u for u in unsourced if number - u[0] < DATA_ANAPHORA_SENTENCES),
                    (number, len(claims)),
                ]
            claims.extend(found)
            if found and _only_statement(found) and quotation:
                statement_at = len(claims) - 1
            elif found:
                quotation, statement_at = [], None
            self._remember(view, found, memory)
        placed = _at_the_event_place(claims, self.resolver.country_of, self.resolver.city_state)
        country = self.resolver.country_ref(home.rsplit("/", 1)[-1]) if home else None
        if country is not None:
            # "Annual ZiG inflation slowed to 9.4% in August": a country's measure, of the
            # country the release is about where its sentence names no place.
            placed = [
                dataclasses.replace(c, location=country, location_implied=True)
                if c.location is None and c.subtype in MEASURES_OF_A_COUNTRY
                else c
                for c in placed
            ]
        return [self._consular(c) for c in _with_speaker_bodies(placed, memory.affiliations)]

    def _consular(self, claim: Claim) -> Claim:
        """A team a diplomatic body sends or has somewhere (its name holds one of
        ``diplomatic_words``: "KBRI mengirim tiga staf ke Bentong", "Tim KBRI Seoul sudah
        berada di Jeju") is a consular team."""
        if claim.type != "DEPLOYMENT" or claim.subtype is not None:
            return claim
        if claim.quantity is not None and claim.quantity.unit not in ("person", None):
            return claim  # "dua pesawat Hercules", whoever announced them
        names = [ref.name.casefold() for ref in (claim.actor, claim.source) if ref is not None]
        if any(word in name for word in self.lex.diplomatic_words for name in names):
            return dataclasses.replace(claim, subtype="consular_team")
        return claim

    def _sources_the_figures(self, view: SentenceView) -> bool:
        """Does the sentence name who gave the figures told before it ("X mengatakan data
        tersebut …", "the figures were compiled by …", ``data_anaphora``)?"""
        return view.attribution.source is not None and self.lex.data_anaphora.occurs_in(view.words)

    def _without_breakdowns_of_other_facts(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """Hits without the deployments that only break another fact's figure down: a
        composition opener (``composition_openers``) that is a deployment's word ("pasukan
        … terdiri atas 300 prajurit") breaks down the figure of another fact when one comes
        before it ("membawa 58 awak, terdiri atas 20 warga Thailand …"), and sends no one."""
        return [
            h
            for h in hits
            if not (
                h.type == "DEPLOYMENT"
                and self.lex.composition_openers.match_at(view.words, h.start)
                and any(o.start < h.start and o.type != "DEPLOYMENT" for o in hits)
            )
        ]

    def _time_of_the_event_it_set_off(
        self, view: SentenceView, hit: Hit, hits: Sequence[Hit]
    ) -> TimeSpan | None:
        """``An explosion ripped through the unit early on Tuesday and set off a fire``,
        ``Ledakan … pada Selasa dini hari memicu kebakaran``: an event the sentence tells
        first, with no time of its own, happened when the event after it in its clause
        did (the time stands nearer the later one). Not the end of the first ("The fire was
        brought under control on Monday": the fire is older), nor one whose noun is joined to
        its noun ("Floods and landslides are common …": two kinds, told together)."""
        words = view.words
        for other in hits:
            if (
                other.start > hit.end
                and other.type == "OTHER"
                and other.subtype in EVENT_SUBTYPES
                and other.subtype != hit.subtype
                and other.subtype not in EVENT_ENDINGS
                and not (
                    hit.trigger.voice == other.trigger.voice == "noun"
                    and all(
                        w == "," or w in self.lex.conjunctions for w in words[hit.end : other.start]
                    )
                )
                and not any(w in (";", ":", '"') for w in words[hit.end : other.start])
            ):
                return self.slots.time(view, other, hits)
        return None

    def _foreseen(self, view: SentenceView, claim: Claim) -> Claim:
        """A figure a forecast word comes before ("The bank now expects annual inflation to
        end the year between 7% and 9%") is the forecast (``kinds.FORECASTS``)."""
        if claim.quantity is None:
            return claim
        end = token_index(view.tokens, claim.quantity.char_start)
        if not any(self.lex.forecast_words.match_at(view.words, k) for k in range(end)):
            return claim
        return dataclasses.replace(claim, subtype=FORECASTS[claim.subtype or ""])

    def _day_of_the_event_it_ended(
        self, view: SentenceView, hit: Hit, hits: Sequence[Hit]
    ) -> TimeSpan | None:
        """``The blaze broke out at about 1:50 a.m. on Tuesday … and was brought under
        control in about 45 minutes``: an ending told by how long it took happened on the
        day of the event the sentence tells before it."""
        for other in reversed(hits):
            if (
                other.end <= hit.start
                and other.subtype in EVENT_SUBTYPES
                and other.subtype not in EVENT_ENDINGS
            ):
                t = self.slots.time(view, other, hits)
                return t if t is not None and t.granularity == "day" and not t.end else None
        return None

    def _without_survivors_in_care(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """Hits without the survivors a care verb right after them tells of ("Dua korban
        selamat hingga kini masih dirawat di RSUP", "The two survivors remain in
        hospital"): who they are, not news of a rescue; the care takes the figure. So do
        the wounded named as patients ("tujuh korban luka dirawat di rumah sakit itu"),
        unless a relative clause makes the care a detail of the wounded counted ("delapan
        korban luka yang dirawat"). A link between ("15 orang selamat dan dirawat") tells
        both."""
        cared = [h for h in hits if h.type == "OTHER" and h.subtype in CARE_SUBTYPES]
        if not cared:
            return hits
        words, lex = view.words, self.lex
        return [
            h
            for h in hits
            if not (
                (
                    h.subtype == "rescued"
                    or (
                        self._names_patients(words, h)
                        and not any(w in lex.relative for w in words[h.end : h.end + CARE_GAP])
                    )
                )
                and any(
                    0 <= c.start - h.end <= CARE_GAP
                    and not any(
                        w in (",", ";", ":") or w in lex.conjunctions
                        for w in words[h.end : c.start]
                    )
                    for c in cared
                )
            )
        ]

    def _without_arrivals_of_people_moved(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """Hits without the arrivals of people a relative clause before them says were
        moved ("247 PMI yang dideportasi dari Sabah tiba di Pelabuhan Tunon Taka"): the
        deportation, evacuation or return is the fact and takes the figure; arriving
        (``arrival_verbs``) sends no one."""
        moved = [
            h
            for h in hits
            if h.background == "relative" and h.type == "OTHER" and "quantity" in h.trigger.requires
        ]
        if not moved:
            return hits
        return [
            h
            for h in hits
            if not (
                h.type == "DEPLOYMENT"
                and self.lex.arrival_verbs.match_at(view.words, h.start)
                and any(m.end <= h.start for m in moved)
            )
        ]

    def _without_extents_of_damage(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """Hits without the zones that only say how far damage told before them reached
        ("merusak tujuh rumah warga dalam radius sekitar 30 meter", "damaged seven houses
        within a radius of 30 metres"): a radius in the clause of a count of damage, with
        no comma between, is no zone anyone set."""
        damage = [h for h in hits if h.subtype in DAMAGE]
        if not damage:
            return hits
        return [
            h
            for h in hits
            if not (
                h.subtype == "exclusion_zone"
                and any(d.end <= h.start and "," not in view.words[d.end : h.start] for d in damage)
            )
        ]

    def _sentence_claims(self, view: SentenceView, memory: Memory) -> list[Claim]:
        if memory.victims is None:
            if self.lex.crimes.find_all(view.words):
                memory.victims = "victims"
            elif memory.poisoning and self.lex.poisonings.find_all(view.words):
                # (``memory.poisoning``: the article's scan for these words, done once)
                memory.victims = "poisoned"
        hits = self._without_survivors_in_care(
            view,
            self._without_arrivals_of_people_moved(
                view,
                self._without_extents_of_damage(
                    view, self._without_breakdowns_of_other_facts(view, self.triggers.find(view))
                ),
            ),
        )
        memory.kind_named_before = memory.kind_named
        memory.kind_named = (
            None
            if view.quantities
            else next(((h.type, h.subtype) for h in hits if h.type == "CASUALTIES"), None)
        )
        told = self._event_told_again(view, hits, memory)
        if told is not None:
            hits = [*hits, told]
        finding = self._finding(view, hits)
        if finding is not None:
            hits = [*hits, finding]
        if not view.quantities:
            # A word that makes a claim only with a figure makes none here, and takes no
            # time from the sentence's events ("crashed … on the toll road early on Sunday"),
            # unless it counts none ("tidak ada WNI yang menjadi korban").
            hits = [
                h
                for h in hits
                if "quantity" not in h.trigger.requires
                or (h.type == "CASUALTIES" and self.slots.counts_none(view, h))
            ]
        claims: list[Claim] = []
        seen: dict[tuple[str, str | None], Hit] = {}  # a fact's key -> the trigger that took it
        seen_units: dict[tuple[str, str | None], str | None] = {}  # ... and its figure's unit
        main_types = {h.type for h in hits if not h.background}
        used_quantities: set[int] = set()
        seen_increments: set[tuple[str, str | None]] = set()  # keys an increment took
        for hit in hits:
            # One statement per sentence: "mengecam … dan mendesak …" is one statement,
            # of the kind its first verb says.
            key = (hit.type, None if hit.type == "STATEMENT" else hit.subtype)
            # A trigger of a kind already taken reports a second figure of that kind in a
            # contrast clause after it ("satu prajuritnya gugur, sementara empat warga sipil
            # tewas"), or before the contrast clause whose verb, tried before the nouns,
            # took it ("jumlah peserta aksi sekitar 1.200 orang, sedangkan SPSM mengklaim
            # 3.000 buruh turun ke jalan").
            contrasted = key in seen and (
                self._contrast_between(view, seen[key].end, hit.start) is not None
                or self._contrast_between(view, hit.end, seen[key].start) is not None
                or self._own_figure_of_another_unit(view, hit, used_quantities, seen_units[key])
            )
            # A trigger of a kind taken by an increment ("Two more victims died") tells the
            # total it brought the count to ("bringing the toll to eight", "sehingga korban
            # tewas bertambah menjadi delapan orang"), a figure of its own.
            total_after_increment = key in seen and key in seen_increments
            # So does one after a death told without a figure ("Dewi … died on Friday,
            # bringing the number of Indonesians killed in the blast to four").
            total_after_one = (
                hit.type == "CASUALTIES"
                and key in seen
                and not any(c.quantity for c in claims if (c.type, c.subtype) == key)
                and any(
                    self.slots.has_risen(view, q)
                    for q in view.quantities
                    if id(q) not in used_quantities
                )
            )
            if key in seen and not contrasted and not total_after_increment and not total_after_one:
                continue
            if hit.background and not self.triggers.background_worth_keeping(
                view, hit, main_types, hits
            ):
                self._remember_event_day(view, hit, hits, memory)
                continue
            if self._describes_a_person(view, hit):
                continue
            unnamed_goods = hit.type == "TRANSFER"
            if unnamed_goods:
                resolved = self._delivery_of_earlier_goods(view, hit, memory)
                if resolved is None:
                    continue
                hit = resolved
            claim = self._build(view, hit, memory, used_quantities, hits)
            if claim is None or _empty(claim) or (contrasted and claim.quantity is None):
                continue
            if total_after_increment and (claim.quantity is None or claim.quantity.added):
                continue
            if total_after_one and (claim.quantity is None or not claim.quantity.risen):
                continue
            if (
                hit.background == "clause"
                and hit.type == "DEPLOYMENT"
                and claim.quantity is None
                and self.triggers.figure_right_before(view, hit)
            ):
                continue  # kept for the figure before it, which it does not count
            if hit.background == "relative" and claim.modality == "denied" and not claim.quantity:
                # "… bayi di ruang perinatologi yang tidak tercatat sebagai pasien rawat
                # inap": a negated relative clause tells which people, it denies nothing.
                continue
            if contrasted and (speaker := self._contrast_speaker(view, seen[key].end, hit)):
                claim = dataclasses.replace(claim, source=speaker)
            elif view.attribution.clauses and claim.source == view.attribution.source:
                # "…, the agency said, but police put the toll at five": a later report
                # clause's fact is its own source's.
                claim = dataclasses.replace(
                    claim, source=view.attribution.source_at(view.tokens[hit.start].start)
                )
            if (
                memory.victims is not None
                and claim.subtype == "killed_or_wounded"
                and "quantity" in hit.trigger.requires
            ):
                # "jumlah korban yang melapor kini mencapai 347 orang" in a fraud case, "posko
                # kepolisian … mencatat 350 korban" after a mass poisoning.
                kind = VICTIM_KINDS.get(memory.victims, "OTHER")
                claim = dataclasses.replace(
                    claim,
                    type=kind,
                    subtype=memory.victims,
                    plover=claim.plover if kind == claim.type else None,
                )
            if claim.subtype == "stung" and memory.victims == "electrocuted":
                # "ada enam korban tersengat" in an article about people shocked: by the
                # current, not a hornet.
                claim = dataclasses.replace(
                    claim,
                    type="CASUALTIES",
                    subtype="electrocuted",
                    plover=PLOVER.get("CASUALTIES"),
                )
            if claim.subtype == "crowd_size" and memory.protest:
                # "Police put the crowd at about 800" in an article about a rally.
                claim = dataclasses.replace(claim, subtype="protest")
            if claim.subtype == "cases" and memory.poisoning:
                # "148 people fell ill after eating free school meals": in an article about a
                # poisoning, the sick are the poisoned.
                claim = dataclasses.replace(claim, subtype="poisoned")
            if claim.type == "CASUALTIES" and claim.actor is not None:
                memory.casualty_side = claim.actor
            if claim.type == "CASUALTIES" and claim.quantity and not claim.quantity.part:
                memory.tolls.add((claim.subtype, claim.quantity.min))
            if unnamed_goods and not claim.items:
                # "Tiga unit pertama dijadwalkan tiba": the Rafale jets ordered before.
                claim = dataclasses.replace(claim, items=list(memory.transfer_items))
            elif claim.type == "WEAPONS_TRANSFER":
                memory.transfer, memory.transfer_items = claim.type, list(claim.items)
            seen[key] = hit
            seen_units[key] = claim.quantity.unit if claim.quantity is not None else None
            if claim.quantity is not None and claim.quantity.added:
                seen_increments.add(key)
            else:
                seen_increments.discard(key)
            claims.append(claim)
            if claim.quantity is not None and hit.subtype in self.lex.per_figure:
                # "5.000 paket sembako, 1.000 tenda dan 20 unit tangki air": each figure
                # counts something else, so each is a fact of its own: a figure on the
                # trigger's side where the first one is ("The missiles were
                # two Iskander-M …, adding that air defences had shot down 101 drones and
                # all three cruise missiles": not the missiles before).
                before = claim.quantity.char_end <= view.tokens[hit.start].start
                passed: set[int] = set()
                while (
                    more := self.slots.quantity(view, hit, used_quantities | passed)
                ) is not None:
                    if (
                        (more.char_end <= view.tokens[hit.start].start) != before
                        or self._part_of(view, more, claim.quantity)
                        or _a_names_number(view, more)
                    ):
                        passed.add(id(more))
                        continue
                    used_quantities.add(id(more))
                    claims.append(dataclasses.replace(claim, quantity=more))
            elif claim.quantity is not None and (
                claim.subtype in HOUSE_DAMAGE or claim.subtype == "property_damaged"
            ):
                # "412 rumah dan sembilan sekolah rusak", "membakar pos jaga, satu mobil
                # patroli polisi, dan tiga sepeda motor": each thing counted beside the
                # damage's figure is damage too (``_buildings_damaged`` types buildings),
                # whatever kind the first counts; a part ("five of them") stays a part.
                units = DAMAGED_UNITS if claim.subtype in HOUSE_DAMAGE else PROPERTY_UNITS
                claims.extend(
                    self._joined_claims(
                        view,
                        claim,
                        used_quantities,
                        lambda q: (q.unit, q.noun),
                        functools.partial(self._more_damage, view, units),
                    )
                )
            elif claim.quantity is not None and (
                placed := self._figures_by_place(view, claim, used_quantities)
            ):
                claims[-1:] = placed
            elif (
                claim.quantity is not None
                and claim.quantity.nationals is not None
                and not claim.quantity.part
                and claim.quantity.counted is None
            ):
                # "The crew included 10 Indonesians, six Filipinos and two Greeks": the
                # nationals of each country joined to the figure are a count of their own.
                claims.extend(
                    self._joined_claims(
                        view,
                        claim,
                        used_quantities,
                        lambda q: q.nationals,
                        lambda q, first: q.nationals is not None and q.unit in (None, "person"),
                    )
                )
            elif claim.quantity is not None and (
                claim.quantity.counted
                or self.slots.count_set_by(view, claim.quantity)
                or (
                    claim.type == "CASUALTIES"
                    and self._joined_to_a_kind(view, claim.quantity, used_quantities)
                )
            ):
                # "tujuh tentara dan lima warga sipil tewas", "58 anak-anak, 52 perempuan
                # dan 43 laki-laki", "six cattle and 11 goats": figures of other kinds of
                # people or animals are facts of their own.
                # "Two officers and a civilian": people of no named kind beside a kind
                # are another kind of their own. So are people of a kind beside the bare
                # figure a count head was set to ("brings the number of soldiers killed …
                # to seven, along with two civilians").
                claims.extend(
                    self._joined_claims(
                        view,
                        claim,
                        used_quantities,
                        lambda q: q.counted or _people_named(q),
                        lambda q, first: (
                            q.unit == first.unit
                            or (first.unit is None and q.unit == "person" and q.counted is not None)
                        ),
                    )
                )
            if claim.type == "DEPLOYMENT" and claim.quantity is not None:
                claims.extend(self._crews_and_vehicles(view, claim, used_quantities))
            elif (households := self._households_of_the_counted(view, claim)) is not None:
                # "146 kepala keluarga (KK) atau 472 jiwa kehilangan tempat tinggal": the
                # same people counted in households, a figure of the fact as well.
                used_quantities.add(id(households))
                claims.append(dataclasses.replace(claim, quantity=households))
        claims = [
            _bare_figure_counted(
                self._part_of_an_opening_whole(view, self._unit_of_the_whole(view, c))
            )
            for c in _without_states_of_the_counted(claims)
        ]
        if claims and self.lex.history_spans.occurs_in(view.words):
            # "where landslides have killed hundreds of people over the past two decades":
            # a toll over years is background to the news. (The event may still be news:
            # "the deadliest disaster in Ende in ten years", dated.) So are the events that
            # took it, undated and uncounted ("landslides" there).
            claims = [
                c
                for c in claims
                if c.type != "CASUALTIES"
                and not (c.subtype in EVENT_SUBTYPES and c.time is None and c.quantity is None)
            ]
        if claims and self.lex.continuing_days.occurs_in(view.words):
            claims = [_undated_if_under_way(c) for c in claims]
        self._add_earlier_values(view, claims, used_quantities)
        claims.extend(self._nationals_among(view, hits, claims, used_quantities))
        claims = self._bodies_counted(view, claims)
        claims = self._nationals_carried(view, claims)
        claims = [self._foreseen(view, c) if c.subtype in FORECASTS else c for c in claims]
        if any(q.unit in AMOUNT_UNITS for q in view.quantities):
            # "Vietnam's exports rose 11.8% to $431.6 billion": the amount is the fact,
            # the change only how it moved.
            claims = [c for c in claims if c.subtype != "sector_growth"]
        parts = self._parts_in_places(view, claims, used_quantities)
        if not any(self.triggers.is_directive(view.words, h) for h in hits):
            figures = self._figures(view, memory, used_quantities, claims)
            # "51 villages now depend on water deliveries, up from 43 two weeks ago": a
            # figure no trigger typed has its earlier value, too.
            self._add_earlier_values(view, figures, used_quantities)
            # "tiga kasus berasal dari Mimika dan satu dari Nabire": the parts of a figure
            # its unit types.
            parts.extend(self._parts_in_places(view, figures, used_quantities))
            claims.extend(figures)
        if parts:
            # A place named for a part is that part's: "17 orang meninggal di dua
            # kabupaten, yakni 11 di Agam dan enam di Tanah Datar" puts the 17 where both
            # regencies are (West Sumatra), not in Agam.
            places = [p.location for p in parts if p.location is not None]
            common = self.resolver.common_place(places)
            claims = [
                dataclasses.replace(c, location=common, location_implied=False)
                if c.location in places
                else c
                for c in claims
            ]
            claims.extend(parts)
        if not claims:
            statement = self._quoted_statement(view)
            claims.extend([statement] if statement is not None else [])
        elif (cause := self._cause_beside(view, claims)) is not None:
            # "Dugaan sementara, jembatan tidak kuat menahan beban truk": the sentence
            # tells the cause; an event it names with no figure and no time is the one
            # the cause is of, not news of its own.
            claims = [c for c in claims if c.quantity is not None or c.time is not None]
            claims.append(cause)
        memory.livestock = memory.livestock or any(
            q.counted in LIVESTOCK_KINDS for q in view.quantities
        )
        return self._disputed(
            view,
            self._areas_affected(
                self._livestock_lost(self._buildings_damaged(claims), memory.livestock)
            ),
        )

    def _event_told_again(
        self, view: SentenceView, hits: Sequence[Hit], memory: Memory
    ) -> Hit | None:
        """ "Peristiwa itu terjadi pada Sabtu kemarin sekitar pukul 14.20 WIB": a noun naming
        the article's event without saying what it was (``event_anaphora``), a verb of
        happening (``event_anaphora_verbs``) within a few words after it, in a sentence that
        tells no event of its own: the last event the article told, dated or placed here."""
        if memory.last_event is None or any(is_event(h.type, h.subtype) for h in hits):
            return None
        words = view.words
        for j, end, _ in self.lex.event_anaphora.find_all(words):
            if self.lex.event_anaphora_verbs.isdisjoint(words[end : end + EVENT_VERB_REACH]):
                continue
            kind, subtype = memory.last_event
            return Hit(j, end, Trigger(kind, subtype, "noun"), kind, subtype)
        return None

    def _joined_claims(
        self,
        view: SentenceView,
        claim: Claim,
        used: set[int],
        key: Callable[[Quantity], Hashable],
        fits: Callable[[Quantity, Quantity], bool],
    ) -> list[Claim]:
        """Claims of the figures joined to the claim's by figure links alone
        (``SlotFinder.joined_figure``), each of a ``key`` not seen before and one ``fits``
        accepts (given the claim's own figure), as long as such figures follow one another;
        they are marked used."""
        first = claim.quantity
        assert first is not None
        seen = {key(first)}
        taken = [first]
        found: list[Claim] = []
        while (
            (more := self.slots.joined_figure(view, taken, used)) is not None
            and key(more) not in seen
            and fits(more, first)
        ):
            seen.add(key(more))
            taken.append(more)
            used.add(id(more))
            joined = dataclasses.replace(claim, quantity=more)
            if claim.type == "CASUALTIES":
                # "empat tentaranya dan tiga warga sipil tewas": each figure's own side.
                side = self.roles.side_of_figure(view, more)
                if side is not None:
                    joined = dataclasses.replace(joined, actor=side)
            found.append(joined)
        return found

    def _joined_to_a_kind(self, view: SentenceView, q: Quantity, used: set[int]) -> bool:
        """Is a figure of people of a named kind joined before ``q`` ("Tiga polisi dan
        seorang pedagang tewas", "Three police officers and two traders were killed"),
        where ``q`` counts people of no kind the pack knows? Both are figures of the fact.
        (Figures after it break a count down: "Korban tewas 10 orang, 4 polisi dan 6
        warga".)"""
        if q.unit != "person":
            return False
        more = self.slots.joined_figure(view, [q], used)
        return (
            more is not None
            and more.unit == "person"
            and (more.counted is not None or _other_people(more, q))
            and more.char_end <= q.char_start
        )

    def _figures_by_place(self, view: SentenceView, claim: Claim, used: set[int]) -> list[Claim]:
        """ "About 81,000 people on the Thai side and 46,700 in Cambodia's Preah Vihear
        province have been evacuated": figures told place by place, each in its own place
        phrase, are the claim's fact in each place. The claim and the joined claims, each
        placed where its phrase says, or nothing where no figure is joined so."""
        assert claim.quantity is not None
        first = self.slots.own_place(view, claim.quantity)
        if first is None:
            return []
        # Each figure's own place, asked once (the joining asks it of every candidate);
        # the claim's figure may be a copy of the sentence's, with a mark of its own.
        places = {id(q): self.slots.own_place(view, q) for q in view.quantities}
        places[id(claim.quantity)] = first
        joined = self._joined_claims(
            view,
            claim,
            used,
            lambda q: (
                place.entity_id or place.text if (place := places[id(q)]) is not None else None
            ),
            lambda q, first: (
                (q.unit == first.unit or None in (q.unit, first.unit)) and places[id(q)] is not None
            ),
        )
        if not joined:
            return []
        # "Twenty of the dead were from Agam and 11 from Tanah Datar": figures taken from
        # a count are its parts, place by place.
        taken_from = self.slots.partitive_after(view, claim.quantity)
        placed = [claim, *joined]
        for i, c in enumerate(placed):
            assert c.quantity is not None
            place = places[id(c.quantity)]
            assert place is not None  # a figure is joined only with a place of its own
            q = dataclasses.replace(c.quantity, part=True) if taken_from else c.quantity
            placed[i] = dataclasses.replace(
                c, quantity=q, location=place.ref(), location_implied=False
            )
        return placed

    def _disputed(self, view: SentenceView, claims: list[Claim]) -> list[Claim]:
        """Claims whose figure the sentence sets against another body's count are marked
        (``Quantity.disputes``: ``SlotFinder.disputes``)."""
        words = view.words
        if self.lex.dispute_rejections.isdisjoint(words) and not (
            self.lex.dispute_comparatives.occurs_in(words)
            or self.lex.dispute_leads.occurs_in(words)
            or self.lex.dispute_contrasts.occurs_in(words)
        ):
            return claims  # most sentences: nothing to compare, no claim's figure to read
        return [
            dataclasses.replace(c, quantity=dataclasses.replace(c.quantity, disputes=True))
            if c.quantity is not None and self.slots.disputes(view, c.quantity)
            else c
            for c in claims
        ]

    def _areas_affected(self, claims: list[Claim]) -> list[Claim]:
        """ "Banjir merendam tujuh desa di tiga kecamatan sejak Minggu": a figure of villages,
        districts, regencies or provinces (the packs' ``place_units``) is how far the event
        reached, a fact of its own that other reports count too ("banjir melanda sembilan
        desa"), not the event's size. The event keeps its day and place without it, if
        the sentence dates it; undated, it is only the scene of the count."""
        found = []
        for claim in claims:
            q = claim.quantity
            if (
                claim.type != "OTHER"
                or q is None
                or q.unit not in self.lex.place_units
                or claim.subtype not in EVENT_SUBTYPES
            ):
                found.append(claim)
                continue
            if claim.time is not None:
                found.append(dataclasses.replace(claim, quantity=None))
            found.append(dataclasses.replace(claim, subtype=None))
        return found

    def _buildings_damaged(self, claims: list[Claim]) -> list[Claim]:
        """``merusak lima sekolah, yakni tiga di Sidoarjo dan dua di Pasuruan, serta empat
        masjid``, "12 schools, nine places of worship and three health centres were also
        damaged": in a sentence that counts damage, a figure of buildings is the damage of
        the buildings it counts (``damaged_buildings``), not of homes; a part the sentence
        gives without its noun is of the buildings counted before it."""
        if not any(c.subtype in HOUSE_DAMAGE for c in claims):
            return claims
        found = list(claims)
        last: str | None = None
        for i in sorted(range(len(found)), key=lambda i: _figure_start(found[i])):
            claim, q = found[i], found[i].quantity
            if (
                q is not None
                and q.unit == "building"
                and claim.type == "OTHER"
                and (claim.subtype is None or claim.subtype in HOUSE_DAMAGE)
            ):
                subtype = self.lex.damaged_buildings.get((q.noun or "").casefold())
                if subtype is None and q.noun is None and q.part:
                    subtype = last
                if subtype is not None:
                    last = subtype
                    found[i] = dataclasses.replace(claim, subtype=subtype)
        return found

    @staticmethod
    def _livestock_lost(claims: list[Claim], livestock: bool) -> list[Claim]:
        """ "Tigers have killed six cattle", "40 ekor babi mati": deaths counted in animals
        are no toll of people. Of animals people keep (``LIVESTOCK_KINDS``, or animals of
        no kind named once the article has counted ``livestock``: "lima ekor mati") they
        are a loss of livestock, OTHER/livestock_killed; of others (whales stranded),
        OTHER/wildlife_killed."""
        found = []
        for claim in claims:
            q = claim.quantity
            if (
                claim.type == "CASUALTIES"
                and claim.subtype == "killed"
                and q is not None
                and q.unit == "animal"
            ):
                kept = q.counted in LIVESTOCK_KINDS or (q.counted is None and livestock)
                claim = dataclasses.replace(
                    claim,
                    type="OTHER",
                    subtype="livestock_killed" if kept else "wildlife_killed",
                    plover=PLOVER["OTHER"],
                )
            found.append(claim)
        return found

    def _contrast_between(self, view: SentenceView, lo: int, hi: int) -> int | None:
        """The first word from ``lo`` to before ``hi`` that opens a contrast clause after a
        comma (``contrast_openers``), or None."""
        return next((j for j in range(lo, hi) if self.lex.opens_contrast(view.words, j)), None)

    def _contrast_opener(self, view: SentenceView, after: int, hit: Hit) -> int | None:
        """The word from ``after`` on that opens the contrast clause ``hit`` is in."""
        return self._contrast_between(view, after, hit.start)

    @staticmethod
    def _own_figure_of_another_unit(
        view: SentenceView, hit: Hit, used: set[int], unit: str | None
    ) -> bool:
        """``hampir 1.900 rumah rusak, 23 sekolah rusak``: a trigger of a kind already
        taken, right after a figure of its own in another unit than the first one's
        (schools after houses), reports a second fact of that kind."""
        if unit is None:
            return False
        start = view.tokens[hit.start].start
        return any(
            id(q) not in used
            and q.unit is not None
            and q.unit != unit
            and q.char_end <= start
            and token_index(view.tokens, q.char_end) == hit.start
            for q in view.quantities
        )

    @staticmethod
    def _delivery_of_earlier_goods(view: SentenceView, hit: Hit, memory: Memory) -> Hit | None:
        """``Tiga unit pertama dijadwalkan tiba pada Januari 2026``: a delivery whose goods
        the sentence does not name delivers what the article's last transfer moved, if it
        moved goods and no people are counted here; otherwise it is no claim."""
        if memory.transfer is None or any(q.unit == "person" for q in view.quantities):
            return None
        return dataclasses.replace(hit, type=memory.transfer)

    def _households_of_the_counted(self, view: SentenceView, claim: Claim) -> Quantity | None:
        """The figure of households told before the people a claim counts
        (``SlotFinder.households_counting``: "146 kepala keluarga (KK) atau 472 jiwa"),
        where its kind of fact is counted in households: the displaced are, the dead are
        not. Households told after the people ("1.240 jiwa dari 348 kepala keluarga")
        gloss the people's figure, which is the fact's; told first, they are the
        outlet's own count."""
        if claim.type != "OTHER" or claim.quantity is None:
            return None
        units = COUNT_UNITS_BY_SUBTYPE.get(claim.subtype or "")
        if units is not None and "household" not in units:
            return None
        households = self.slots.households_counting(view, claim.quantity)
        if households is None or households.char_end > claim.quantity.char_start:
            return None
        return households

    def _figures(
        self, view: SentenceView, memory: Memory, used: set[int], typed: Sequence[Claim] = ()
    ) -> list[Claim]:
        """Figures no trigger took ("Sebanyak 126 unit rumah …", "Rp1,2 miliar"): each is
        a fact of its own, untyped (OTHER without a subtype), counted people of an armed
        kind being troops somewhere (a DEPLOYMENT). Measures (km, %, years) are not. A
        figure in a contrast clause after a typed figure is that fact by another body
        (``_told_otherwise``)."""
        found: list[Claim] = []
        # "45 fire engines and more than 200 firefighters … to put out the blaze":
        # responders no trigger took are deployed (below), and so is the equipment
        # counted beside them.
        responders = [q for q in view.quantities if id(q) not in used and self._responders(q)]
        deployed = any(c.type == "DEPLOYMENT" for c in typed)
        # "in three of the regency's 13 districts", "nine of 14 samples", "satu dari
        # tiga prajurit itu": the things a part is taken from, and people counted before,
        # are what the part is counted against, not a fact. (People first counted here,
        # "eight of its 22 crew", are: those aboard.)
        wholes = {id(q) for q in view.quantities if id(q) in self.slots.wholes(view)
                  and (q.unit != "person" or self._counted_before(view, q))}  # fmt: skip
        for q in view.quantities:
            if (
                id(q) in used
                or id(q) in wholes
                or self.slots.is_difference(view, q)
                or self.slots.is_conversion(view, q)
                or self.slots.households_of_people(view, q)  # the people's, counted again
            ):
                continue
            if (
                memory.kind_named_before is not None
                and all(c.type == "STATEMENT" for c in typed)
                and self._bare_people_said(view, q)
            ):
                # "Jumlah korban luka masih berbeda. Polisi mencatat lima orang, sementara
                # Dinas Kesehatan … mencatat delapan orang": the kind named just before.
                used.add(id(q))
                found.append(
                    _bare_figure_counted(self._figure_claim(view, q, *memory.kind_named_before))
                )
                continue
            taken_from = self.slots.whole_of(view, q) if q.unit is None else None
            if (
                taken_from is not None
                and taken_from.unit is not None
                and not self._says_who_part_is(view, taken_from)
            ):
                # "in three of the regency's 13 districts": three districts; "sembilan
                # dari 14 sampel tinja … positif norovirus": nine samples.
                q = dataclasses.replace(
                    q, unit=taken_from.unit, noun=taken_from.noun, counted=taken_from.counted
                )
            if q.unit == "km" and self._epicentre_distance(view, q, typed):
                # "about 38 km (24 miles) southwest of the town of Garut", "sekitar 78
                # kilometer barat daya Kota Bengkulu": how far from a place a quake struck.
                used.add(id(q))
                found.append(self._figure_claim(view, q, "OTHER", "epicentre_distance"))
                continue
            if self.slots.is_distance(view, q) and not self.slots.describes_a_place(view, q):
                # "sekitar 780 kilometer di tenggara Kepulauan Chatham", "found 9 km
                # downstream": how far from a place what the sentence reports happened
                # (not "Hat Yai, a commercial hub about 30 km from the border").
                used.add(id(q))
                claim = self._figure_claim(view, q, "OTHER", "distance")
                if claim.modality == "denied":
                    # "menangkap ikan tanpa izin sekitar sembilan mil laut di barat daya
                    # Tanjung Piai": a negation before a distance denies what was done there.
                    claim = dataclasses.replace(
                        claim, modality="reported" if claim.source else "asserted"
                    )
                found.append(claim)
                continue
            if q.unit == "magnitude" and not any(c.subtype in QUAKES for c in typed):
                # "USGS mencatat … magnitudo 5,4", "The USGS put the magnitude at 6.7": a
                # magnitude no quake word took is the quake's, as another body measures it
                # ("27 aftershocks, the strongest of magnitude 5.1" is the aftershocks').
                used.add(id(q))
                found.append(self._figure_claim(view, q, "OTHER", "earthquake"))
                continue
            # "while the operator put the number at six": a bare number a count reached
            # can only be a figure another body gives for a fact already taken ("the
            # toll at six, five of them Indonesians" tells a part of it).
            bare_level = (
                q.unit is None
                and (after_phrase(self.lex.levels, view, q) or self._said_in_contrast(view, q))
                and not self.lex.parts.match_at(view.words, token_index(view.tokens, q.char_end))
            ) or (self._disputes_the_count_before(view, q) and bool(memory.last_count))
            # "kidnapped eight of its 22 crew members, including five Indonesians": a bare
            # figure a part opener brings in is a part of the count before it.
            opened = q.unit is None and self._opened_part(view, q)
            # "22 crew were aboard: 14 Indonesians, six Filipinos and two Greeks": bare
            # figures of a country's nationals after a count of people break it down.
            by_nationality = (
                q.unit is None and q.nationals is not None and not opened and not bare_level
            )
            sibling = self._sibling_part(view, q, found)
            if sibling is not None:
                # "19 people, 10 of them by gunshots … and seven by arrows": a bare figure
                # joined to a part is another part of the same count.
                used.add(id(q))
                found.append(sibling)
                continue
            rival = self._rival_count(view, q, [*typed, *(c for c in found if c.subtype)])
            if rival is not None:
                used.add(id(q))
                found.append(rival)
                continue
            if (
                q.unit not in FACT_UNITS
                and not bare_level
                and not opened
                and not by_nationality
                and not self._measure_of_its_own(q, typed)
            ):
                continue
            if (deployed or responders) and q.unit in EQUIPMENT_UNITS:
                # "Kami kerahkan 28 unit mobil pemadam … dengan sekitar 240 personel",
                # "mengerahkan tujuh kapal, satu pesawat patroli maritim TNI AL, dan sekitar
                # 130 personel": the vehicles, ships and aircraft sent with the people are
                # each a deployment of their own, as those joined to its figure are
                # (``_crews_and_vehicles``); a part of another figure ("termasuk tiga unit
                # bantuan") is none.
                sent = self._sent_with(view, q, typed, responders)
                if sent is not None:
                    used.add(id(q))
                    found.append(sent)
                    continue
                if deployed:
                    continue
            j = token_index(view.tokens, q.char_start)
            if self._describes_a_thing(view, q, j) or self._says_where(view, q, j):
                continue
            # (A figure its unit typed counts as typed: "312 suspected cases".)
            other = self._told_otherwise(
                view, q, j, [*typed, *(c for c in found if c.subtype is not None)]
            )
            if other is not None:
                used.add(id(q))
                found.append(other)
                continue
            if (
                bare_level
                and self._sole_count(view, q)
                and all(c.type == "STATEMENT" for c in typed)
                and memory.last_count
            ):
                # "More than 400 people have left their homes, the agency said. The
                # regency's disaster office put the number at 386": the count told just
                # before, by another body.
                used.add(id(q))
                found.append(_bare_figure_counted(self._figure_claim(view, q, *memory.last_count)))
                continue
            if bare_level:
                continue
            # "More than 300 rescuers … were digging", "120 petugas SAR gabungan": armed
            # people or responders counted somewhere are sent there.
            kind = (
                "DEPLOYMENT"
                if q.counted in ARMED_KINDS or self._responders(q) or self._military_craft(view, q)
                else "OTHER"
            )
            subtype = self.lex.unit_subtypes.get(q.unit or "") if kind == "OTHER" else None
            whole = self._whole_of(view, q, typed) or self._whole_after(view, q, typed)
            if whole is None and by_nationality:
                whole = self._broken_down(view, q, typed, found)
            if whole is None and q.unit == "person":
                composed = self._composed_of(view, q, typed)
                if composed is not None:
                    # "42 orang, terdiri atas 38 penumpang dan empat anak buah kapal": a
                    # count of some of the people counted before, a fact of the same kind.
                    # A kind of people of its own makes it the count of that kind ("58
                    # children" among the displaced), but a part of a toll stays apart
                    # from it ("tiga di antaranya penumpang minibus" is not the toll), as
                    # does one of the whole's kind ("28 di antaranya prajurit wanita").
                    own = (
                        q.counted is not None
                        and composed.quantity is not None
                        and q.counted != composed.quantity.counted
                        and composed.type != "CASUALTIES"
                    )
                    used.add(id(q))
                    found.append(
                        dataclasses.replace(
                            self._figure_claim(view, q, composed.type, composed.subtype),
                            quantity=dataclasses.replace(q, part=not own),
                        )
                    )
                    continue
            if whole is not None:
                # "23 people were injured, three of them with gunshot wounds": a part of a
                # count is a figure of the same kind, kept apart from its total.
                kind, subtype = whole.type, whole.subtype
                unit = q.unit or (whole.quantity.unit if whole.quantity is not None else None)
                q = dataclasses.replace(q, part=True, unit=unit)
            elif opened or (by_nationality and not self._nationals_counted(view, q)):
                continue
            elif by_nationality:
                # "eight Indonesians had been working at the plant": a count of a
                # country's people broken down from no count is a figure of people.
                q = dataclasses.replace(q, unit="person")
            elif kind == "OTHER" and subtype is None and self._in_counted_shelters(view, q, typed):
                subtype = "displaced"
            claim = self._figure_claim(view, q, kind, subtype)
            if claim.modality == "possible" and q.unit not in FACT_UNITS:
                continue  # "winds are expected to reach 70 km per hour": a forecast
            used.add(id(q))
            found.append(claim)
        return found

    def _nationals_counted(self, view: SentenceView, q: Quantity) -> bool:
        """Does the country named right after a bare figure count people ("12
        Indonesians were handed over", "two Vietnamese,"), rather than qualify a noun the
        packs do not count in ("two Chinese destroyers", "seven Indonesian producers")?
        A plural noun of the country's people counts them; another form does where no
        lower-case word follows it."""
        named = next(
            (m for m in view.mentions
             if m.char_start >= q.char_end and m.entity_id == q.nationals),
            None,
        )  # fmt: skip
        if named is None or self.resolver.plural_alias(named, self.lex.plural_endings):
            return True
        k = token_index(view.tokens, named.char_end)
        return not (k < len(view.tokens) and view.tokens[k].text[:1].islower()
                    and view.tokens[k].text.isalpha())  # fmt: skip

    def _counted_before(self, view: SentenceView, q: Quantity) -> bool:
        """``tiga prajurit itu``, "those three soldiers": does a demonstrative
        (``demonstratives``, not a ``weak_demonstratives`` one: "the 26 crew members")
        stand right before the figure or right after its noun?"""
        words = view.words
        k, end = token_index(view.tokens, q.char_start), token_index(view.tokens, q.char_end)
        strong = self.lex.demonstratives - self.lex.weak_demonstratives
        return (k > 0 and words[k - 1] in strong) or (end < len(words) and words[end] in strong)

    def _says_who_part_is(self, view: SentenceView, whole: Quantity) -> bool:
        """``tiga dari 19 tersangka merupakan WNA``, "two of the three dead were members
        of its supporters' group": does the clause say who a part of the whole is (an
        identity copula in the clause after the whole, ``identity_copulas``, or a copula
        right after it)? Then the part describes those counted; it is no fact."""
        words = view.words
        k = token_index(view.tokens, whole.char_end)
        if k < len(words) and words[k] in self.lex.copulas:
            return True
        for j in range(k, len(words)):
            if words[j] in (",", ";"):
                return False
            if self.lex.identity_copulas.match_at(words, j):
                return True
        return False

    def _in_counted_shelters(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> bool:
        """Is ``q`` a count of people just before a place word and a count of shelters
        ("96.420 orang berada di 655 PPS", "1,800 people in 12 relief centres", "BNPB
        counted 4,870 people in 23 evacuation sites")? People in shelters are the
        displaced. The shelters are counted by a claim or, where no claim has taken them
        yet, by a figure in shelters."""
        if q.unit != "person":
            return False
        end = token_index(view.tokens, q.char_end)
        counts = [c.quantity for c in typed if c.subtype == "shelters" and c.quantity is not None]
        counts += [other for other in view.quantities if other.unit == "shelter"]
        for shelters in counts:
            k = token_index(view.tokens, shelters.char_start)
            if end <= k <= end + SHELTERED_WORDS and self.lex.location_preps.ends_at(
                view.words, k, max(end, k - 3)
            ):
                return True
        return False

    def _military_craft(self, view: SentenceView, q: Quantity) -> bool:
        """Does a figure count an armed force's aircraft or ships, its words right after
        the figure's noun naming the force or the craft (``military_craft_words``: "Dua
        pesawat C-130 Hercules TNI Angkatan Udara")? Such craft are sent somewhere."""
        if q.unit not in ("aircraft", "vessel"):
            return False
        j = token_index(view.tokens, q.char_end)
        return self.lex.military_craft.occurs_in(view.words[j : j + CRAFT_WORDS])

    @staticmethod
    def _measure_of_its_own(q: Quantity, typed: Sequence[Claim]) -> bool:
        """Is a figure in a unit of its own ("4.000 meter di atas puncak", "a slick about
        4 km long") a fact of its own, untyped? Only in a sentence no trigger typed: beside
        a typed fact it is that fact's detail ("killed 3 km from the border", an ash
        column beside the eruption). Never a span of time or a share ("selama 120 hari",
        "61 persen"), which says when or how much of something else."""
        return q.unit is not None and q.unit not in SPANS_AND_SHARES and not typed

    def _epicentre_distance(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> bool:
        """Is ``q`` a distance in a quake's sentence (a quake or its depth told there)
        followed by a direction (``directions``: "southwest of", "barat daya")?"""
        if not any(c.subtype in QUAKES or c.subtype == "depth" for c in typed):
            return False
        k = token_index(view.tokens, q.char_end)
        # "38 km (24 miles) southwest": past a bracketed conversion.
        if k < len(view.words) and view.words[k] == "(":
            k = next((i + 1 for i in range(k, min(k + 6, len(view.words)))
                      if view.words[i] == ")"), k)  # fmt: skip
        return self.lex.directions.match_at(view.words, k) is not None

    def _figure_claim(
        self, view: SentenceView, q: Quantity, kind: str, subtype: str | None
    ) -> Claim:
        """A claim of ``kind`` made of a figure no trigger took, placed and dated as a
        trigger at the figure would be, by the sentence's source."""
        j = token_index(view.tokens, q.char_start)
        hit = Hit(j, j + 1, Trigger(kind, subtype, "state"), kind, subtype)
        s = view.sentence
        location, near = self.roles.place(view, hit, None)
        return Claim(
            type=kind,
            subtype=subtype,
            plover=PLOVER.get(kind),
            location=location,
            location_implied=near,
            quantity=q,
            time=self.slots.time(view, hit),
            source=view.attribution.source,
            via=view.attribution.via,
            modality=self.slots.modality(view, hit),
            evidence=Evidence(s.text, s.start, s.end),
        )

    def _part_of(self, view: SentenceView, part: Quantity, whole: Quantity) -> bool:
        """``104 of the 126 drones``: is ``part`` a partitive of ``whole``?"""
        return self.slots.whole_of(view, part) is whole

    def _unit_of_the_whole(self, view: SentenceView, claim: Claim) -> Claim:
        """``104 of the 126 drones``, ``tiga dari 12 rumah``: a bare figure before a
        partitive and a figure of things counts those things."""
        q = claim.quantity
        if q is None or q.unit is not None:
            return claim
        whole = self.slots.whole_of(view, q)
        if whole is None or whole.unit is None:
            return claim
        counted = dataclasses.replace(q, unit=whole.unit, noun=whole.noun, counted=whole.counted)
        return dataclasses.replace(claim, quantity=counted)

    def _bodies_counted(self, view: SentenceView, claims: list[Claim]) -> list[Claim]:
        """``The bodies of four Indonesian workers killed in the blast were flown home``,
        ``Jenazah empat PMI yang tewas … tiba``: a figure right after the bodies (the
        packs' ``bodies`` objects, a partitive and determiners between) counts the bodies
        flown home too, as well as the dead the participle tells."""
        if (
            not any(c.subtype in BODIES_MOVED and c.quantity is None for c in claims)
            or not view.quantities
        ):
            return claims
        words, tokens = view.words, view.tokens
        counted: Quantity | None = None
        for q in view.quantities:
            j = token_index(tokens, q.char_start)
            while j > 0 and (
                words[j - 1] in self.lex.determiners or words[j - 1] in self.lex.partitive_preps
            ):
                j -= 1
            found = next(
                (
                    k
                    for k in range(max(0, j - 3), j)
                    if (hit := self.lex.objects.match_at(words, k)) is not None
                    and k + hit[0] == j
                    and "bodies" in cast(tuple[str, ...], hit[1])
                ),
                None,
            )
            if found is not None and q.unit in (None, "person"):
                counted = dataclasses.replace(q, unit="person", nationals=None, counted=None)
                break
        if counted is None:
            return claims
        return [
            dataclasses.replace(c, quantity=counted)
            if c.subtype in BODIES_MOVED and c.quantity is None
            else c
            for c in claims
        ]

    def _part_of_an_opening_whole(self, view: SentenceView, claim: Claim) -> Claim:
        """``Dari 23 WNI, dua meninggal, sembilan luka-luka``, ``Of the 23 Indonesians, two
        died``: a bare figure after a clause that opens with a partitive (``partitive_preps``)
        and a larger count of people counts those people, a country's nationals where the
        whole names them (the dead are theirs)."""
        q = claim.quantity
        if q is None or q.unit is not None or q.max is None:
            return claim
        words, tokens = view.words, view.tokens
        whole = next(
            (
                w
                for w in view.quantities
                if w.char_end <= q.char_start and w.unit in (None, "person") and w.min is not None
            ),
            None,
        )
        if whole is None or whole.min is None or whole.min < q.max:
            return claim
        after = token_index(tokens, whole.char_end)
        nationals = whole.nationals or (
            self._nationality_at(view, after) if after < len(words) else None
        )
        if whole.unit is None and nationals is None:
            return claim
        opens = token_index(tokens, whole.char_start)
        while opens > 0 and words[opens - 1] in self.lex.determiners:  # "Of the 23"
            opens -= 1
        if opens == 0 or words[opens - 1] not in self.lex.partitive_preps:
            return claim
        opens -= 1
        if opens > 0 and words[opens - 1] not in ('"', "“", ",", ":"):
            return claim
        base = view.sentence.start
        between = view.sentence.text[whole.char_end - base : q.char_start - base]
        if "," not in between or "." in between or len(between.split()) > BREAKDOWN_WORDS:
            return claim
        counted = dataclasses.replace(
            q, unit="person", noun=whole.noun, counted=whole.counted, nationals=nationals
        )
        if nationals is not None:
            return self._of_nationals(claim, counted)
        return dataclasses.replace(claim, quantity=counted)

    def _nationals_among(
        self, view: SentenceView, hits: Sequence[Hit], claims: list[Claim], used: set[int]
    ) -> list[Claim]:
        """``287 dari 412 orang yang ditahan dalam operasi itu adalah WNI``, ``287 of those
        held were Indonesians, 109 were Filipinos``: a figure, a partitive
        (``partitive_preps``), the people counted (a count the sentence types, or a trigger)
        and a copula (``copulas``) before a nationality count those nationals among them, a
        fact of the counted kind. After such a figure, one joined to it by a conjunction or a
        comma counts other nationals among the same people, with a copula or without ("Six
        of the dead were Indonesian and two Vietnamese", "one was a Filipino", "dua lainnya
        warga Vietnam"). A figure with a copula and a nationality right after it, in a
        clause after a typed count of people, counts those nationals among them ("Dari
        delapan korban tewas, enam adalah WNI"). A claim the trigger made of the figure
        already takes the nationality in ``claims``."""
        words, tokens = view.words, view.tokens
        found: list[Claim] = []
        last: Claim | None = None
        for q in view.quantities:
            if q.unit not in (None, "person"):
                continue
            k = token_index(tokens, q.char_end)
            if k >= len(words):
                continue
            partitive = words[k] in self.lex.partitive_preps
            base: Claim | None = last
            if partitive or (last is not None and words[k] in self.lex.copulas):
                copula = next((i for i in range(k, min(k + PARTITIVE_REACH, len(words) - 1))
                               if words[i] in self.lex.copulas), None)  # fmt: skip
                if copula is None or any(w in (",", ";", ".") for w in words[k:copula]):
                    continue
                c = copula
                at = c + 1
            elif last is not None and self._joined_to_the_last(view, q):
                c = at = self._past_others(view, k)
                if at < len(words) and words[at] in self.lex.copulas:
                    at += 1
            elif words[k] in self.lex.copulas and id(q) not in used:
                base = self._count_in_a_clause_before(view, claims, q)
                if base is None:
                    continue
                c = at = k + 1
            else:
                continue
            if at < len(words) and words[at] in self.lex.victim_articles:
                at += 1
            if at >= len(words):
                continue
            nationals = self._nationality_at(view, at)
            if nationals is None and base is last and not partitive and at + 1 < len(words):
                # "dua lainnya warga Vietnam": the people's noun before their country.
                nationals = self._nationality_at(view, at + 1)
            if nationals is None:
                continue
            counted = dataclasses.replace(q, unit="person", nationals=nationals)
            if id(q) in used:
                taken = next((i for i, t in enumerate(claims) if t.quantity is not None
                              and t.quantity.char_start == q.char_start), None)  # fmt: skip
                if taken is not None and partitive:
                    claims[taken] = last = self._of_nationals(claims[taken], counted)
                continue
            if partitive:
                base = self._counted_between(view, claims, k, c)
            if base is not None:
                claim = self._of_nationals(base, counted)
            else:
                hit = next((h for h in hits if k < h.start < c and h.type != "STATEMENT"), None)
                if hit is None:
                    continue
                claim = self._of_nationals(
                    self._figure_claim(view, counted, hit.type, hit.subtype), counted
                )
            used.add(id(q))
            found.append(claim)
            last = claim
        return found

    def _nationals_carried(self, view: SentenceView, claims: list[Claim]) -> list[Claim]:
        """``Dua wisatawan asal Indonesia meninggal dunia dan lima lainnya hilang``, "Two
        Indonesians were killed and seven were injured", "14 WNI di kapal itu, sembilan di
        antaranya selamat, dua meninggal, dan tiga masih hilang": a figure of people that
        names no kind, nationality or noun of its own (or only the noun it took from the
        figure before), joined by a conjunction or a comma to the figure of a country's
        nationals right before it, counts more of those nationals."""
        figures = view.quantities
        carried: dict[int, Quantity] = {}
        for before, q in itertools.pairwise(figures):
            before = carried.get(before.char_start, before)
            nationals = before.nationals
            if (
                nationals is None
                or before.unit not in (None, "person")
                or q.unit not in (None, "person")
                or q.nationals is not None
                or q.counted is not None
                or (q.noun is not None and q.noun != before.noun)
                or not self._joined_to_the_last(view, q)
            ):
                continue
            first = token_index(view.tokens, before.char_start)
            if first > 0 and view.words[first - 1] in self.lex.partitive_preps:
                continue  # "3 dari 23 WNI, dua meninggal": a whole is no list's first item
            base = view.sentence.start
            # (With the figure's first letter, which tells a stray full stop before it.)
            between = view.sentence.text[before.char_end - base : q.char_start - base + 1]
            between = _STRAY_STOP.sub(",", _BRACKETED.sub("", between))
            if any(mark in between for mark in ".;:()"):
                continue
            carried[q.char_start] = dataclasses.replace(q, unit="person", nationals=nationals)
        for q in figures:
            if (
                q.nationals is None
                and q.char_start not in carried
                and q.unit in (None, "person")
                and (nationals := self._nationals_of_the_risen(view, q)) is not None
            ):
                carried[q.char_start] = dataclasses.replace(q, unit="person", nationals=nationals)
        if not carried:
            return claims
        return [
            self._of_nationals(c, carried[c.quantity.char_start])
            if c.quantity is not None
            and c.quantity.char_start in carried
            and c.quantity.nationals is None
            and c.quantity.unit in (None, "person")
            else c
            for c in claims
        ]

    def _nationals_of_the_risen(self, view: SentenceView, q: Quantity) -> str | None:
        """``WNI yang meninggal bertambah menjadi enam orang``, ``korban meninggal asal
        Indonesia bertambah menjadi empat orang``: the count that rose to the figure is of
        a country's nationals where its clause names them by their noun and a relative
        (``relative_pronouns``), or names their country after a nationality link (``asal``)."""
        if not self.slots.has_risen(view, q):
            return None
        words, tokens = view.words, view.tokens
        j = token_index(tokens, q.char_start)
        start = j
        while start > 0 and words[start - 1] not in (",", ";", ":", ".", "(", ")"):
            start -= 1
        if any(
            other is not q and start <= token_index(tokens, other.char_start) < j
            for other in view.quantities
        ):
            return None
        for k in range(start, j - 1):
            if words[k] in self.lex.national_nouns and words[k + 1] in self.lex.relative:
                return self.lex.national_nouns[words[k]]
            if words[k] in self.lex.nationality_links:
                return self._nationality_at(view, k + 1)
        return None

    def _of_nationals(self, claim: Claim, counted: Quantity) -> Claim:
        """``claim`` counting ``counted``, a figure of a country's nationals: the dead are
        that country's, not another's the sentence names ("… adalah WNI dan dua lainnya
        warga Vietnam": the six WNI are no Vietnamese side)."""
        actor = claim.actor
        if (
            claim.type == "CASUALTIES"
            and counted.nationals is not None
            and (actor is None or (actor.type == "country" and actor.id != counted.nationals))
        ):
            actor = self.resolver.country_ref(counted.nationals.removeprefix("country/"))
        return dataclasses.replace(claim, quantity=counted, actor=actor)

    def _joined_to_the_last(self, view: SentenceView, q: Quantity) -> bool:
        """Does a conjunction or a comma stand right before the figure ("… Indonesian and
        two Vietnamese")?"""
        j = token_index(view.tokens, q.char_start)
        if j > 0 and view.words[j - 1] == "." and view.tokens[j].text[:1].islower():
            return True  # "ada delapan WNI yang luka. enam dirawat": a stray full stop
        return j > 0 and (view.words[j - 1] in self.lex.conjunctions or view.words[j - 1] == ",")

    def _past_others(self, view: SentenceView, k: int) -> int:
        """The word after an ``others`` phrase at ``k`` ("dua lainnya"), or ``k``."""
        found = self.lex.others.match_at(view.words, k)
        return k + found[0] if found else k

    def _count_in_a_clause_before(
        self, view: SentenceView, claims: Sequence[Claim], q: Quantity
    ) -> Claim | None:
        """The typed count of people a figure is a part of, told in a clause before it
        ("Dari delapan korban tewas, enam adalah WNI"): the nearest before, no smaller,
        with a comma between."""
        nearest = _nearest_before(
            [c for c in claims if c.type != "STATEMENT" and c.subtype is not None],
            q,
            lambda c, figure: figure.unit in (None, "person") and figure.nationals is None,
        )
        if nearest is None:
            return None
        whole, figure = nearest
        base = view.sentence.start
        between = view.sentence.text[figure.char_end - base : q.char_start - base]
        if "," not in between or len(between.split()) > BREAKDOWN_WORDS:
            return None
        if figure.min is None or q.max is None or q.max > figure.min:
            return None
        return whole

    @staticmethod
    def _counted_between(
        view: SentenceView, claims: Sequence[Claim], lo: int, hi: int
    ) -> Claim | None:
        """The claim whose figure stands between words ``lo`` and ``hi``."""
        start, end = view.tokens[lo].start, view.tokens[hi].start
        return next((c for c in claims if c.type != "STATEMENT" and c.quantity is not None
                     and start <= c.quantity.char_start < end), None)  # fmt: skip

    def _nationality_at(self, view: SentenceView, j: int) -> str | None:
        """The country whose nationals word ``j`` names ("WNI", "Indonesians")."""
        if (code := self.lex.national_nouns.get(view.words[j].lower())) is not None:
            return code
        start = view.tokens[j].start
        return next((m.entity_id for m in view.mentions
                     if m.type == "country" and m.entity_id and m.char_start == start), None)  # fmt: skip

    def _parts_in_places(
        self, view: SentenceView, claims: list[Claim], used: set[int]
    ) -> list[Claim]:
        """The parts of the sentence's counts that it gives by place (``_part_in_a_place``).
        A count given in one place right before a part in another is a part too
        (``_sibling_in_a_place``): it is marked so in ``claims``."""
        parts = []
        for q in view.quantities:
            if id(q) in used or q.unit not in COUNT_UNITS_OF_PARTS:
                continue
            part = self._part_in_a_place(view, q, claims)
            if part is not None:
                used.add(id(q))
                parts.append(part)
        for part in parts:
            for i, c in enumerate(claims):
                if (
                    c.quantity is not None
                    and not c.quantity.part
                    and self._sibling_in_a_place(view, c, part)
                ):
                    claims[i] = dataclasses.replace(
                        c, quantity=dataclasses.replace(c.quantity, part=True)
                    )
        return parts

    def _part_in_a_place(
        self, view: SentenceView, q: Quantity, typed: Sequence[Claim]
    ) -> Claim | None:
        """``17 orang meninggal di dua kabupaten, yakni 11 di Agam dan enam di Tanah
        Datar``, ``… and 11 from neighbouring Tanah Datar``: a figure right before a
        preposition of place (``place_preps``) and a place is the part of the nearest count
        before it that is in that place, in that count's unit (a bare number or the same
        unit)."""
        words = view.words
        end = token_index(view.tokens, q.char_end)
        if end < len(words) and words[end] in self.lex.place_part_fillers:
            end += 1  # "dan satu lagi dari Kecamatan Sumbawa", "two more in Bengkulu"
        if end >= len(words) or words[end] not in self.lex.place_preps:
            return None
        start = token_index(view.tokens, q.char_start)
        if start > 0 and view.tokens[start - 1].text[:1].isupper():
            return None  # "kapal KM Sri Rezeki 17 di perairan Tanjungbalai": a name's number
        after = view.tokens[end].end
        reach = view.tokens[min(end + PLACE_PART_REACH, len(words) - 1)].end
        # "three from Myanmar" are nationals; "11 from neighbouring Tanah Datar" a place's.
        types = {"place"} if words[end] in self.lex.origin_preps else PLACE_TYPES
        place = next(
            (
                m
                for m in view.mentions
                if m.type in types
                and after <= m.char_start < reach
                and not inside(m, view.attribution.spans)
            ),
            None,
        )
        if place is None:
            return None
        nearest = _nearest_before(
            typed, q, lambda c, figure: c.type != "STATEMENT" and q.unit in (None, figure.unit)
        )
        if nearest is None:
            return None
        whole, figure = nearest
        return dataclasses.replace(
            whole,
            quantity=dataclasses.replace(q, unit=figure.unit, part=True),
            location=place.ref(),
        )

    def _sibling_in_a_place(self, view: SentenceView, whole: Claim, part: Claim) -> bool:
        """``52.700 anak divaksin di Mimika dan 28.700 anak di Nabire``: is the count a
        part in a place was taken to be part of itself given in another place, the two
        joined by a conjunction? Then both are the parts, by place, of a whole the
        sentence does not give."""
        if whole.quantity is None or part.quantity is None or whole.location is None:
            return False
        if whole.location == part.location:
            return False
        first = token_index(view.tokens, whole.quantity.char_end)
        last = token_index(view.tokens, part.quantity.char_start) - 1
        # "dua korban berasal dari Desa Kalimango Bawah, satu dari Kecamatan Labuhan Badas,
        # dan satu lagi dari …": a list's comma joins as its conjunction does, unless the
        # count's place holds the part's ("tujuh kasus di Papua Tengah, lima di Mimika").
        if last <= first or view.words[last] not in (*self.lex.conjunctions, ","):
            return False
        if (
            view.words[last] == ","
            and part.location is not None
            and (self.resolver.common_place([whole.location, part.location]) == whole.location)
        ):
            return False
        between = view.tokens[first].start, view.tokens[last].start
        if any(between[0] <= o.char_start < between[1] for o in view.quantities):
            return False  # "Three people were killed, two in Bengkulu city and one in …"
        return any(
            between[0] <= m.char_start < between[1] and m.ref() == whole.location
            for m in view.mentions
        ) and any(w in self.lex.place_preps for w in view.words[first:last])

    def _broken_down(
        self, view: SentenceView, q: Quantity, typed: Sequence[Claim], found: Sequence[Claim]
    ) -> Claim | None:
        """The count of people a figure of nationals breaks down: the one a colon opens
        the list after ("22 crew were aboard: 14 Indonesians"), or a comma right before
        the figure, no larger than the count ("the final toll at eight dead, six
        Indonesians and two Nepali porters"). The list's later items
        are the first one's siblings (``_sibling_part``); a figure of nationals that does
        not go on a list already begun breaks down nothing."""
        if found and (last := found[-1]).quantity is not None and last.quantity.nationals:
            return None
        whole = next(
            (
                c
                for c in reversed(typed)
                if c.quantity is not None
                and c.quantity.unit == "person"
                and c.quantity.nationals is None
                and c.quantity.char_end <= q.char_start
            ),
            None,
        )
        if whole is None or whole.quantity is None:
            return None
        base = view.sentence.start
        # "Six of the 11 crew … died, two South Koreans, three Indonesians": the list
        # follows the whole the count is a part of.
        taken_from = self.slots.whole_of(view, whole.quantity)
        end = (taken_from or whole.quantity).char_end
        between = view.sentence.text[end - base : q.char_start - base]
        if len(between.split()) > BREAKDOWN_WORDS:
            return None
        if ":" in between:
            return whole
        within = (
            q.max is not None and whole.quantity.min is not None and q.max <= whole.quantity.min
        )
        return whole if between.rstrip().endswith(",") and within else None

    def _composed_of(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> Claim | None:
        """The typed count of people a figure of people breaks down: the nearest before
        it, with a composition opener, a part phrase or a colon between them ("terdiri
        atas", "di antaranya", "killing four people: two police officers") or the
        figure's own part phrase ("58 di antaranya anak-anak"), in one clause of at most
        COMPOSITION_WORDS words."""
        nearest = _nearest_before(
            typed, q, lambda c, figure: c.type != "STATEMENT" and figure.unit == "person"
        )
        if nearest is None:
            return None
        whole, figure = nearest
        lo = token_index(view.tokens, figure.char_end)
        hi = token_index(view.tokens, q.char_start)
        words = view.words[lo:hi]
        if len(words) > COMPOSITION_WORDS or any(w in (".", ";") for w in words):
            return None
        opens = (
            ":" in words
            or any(
                self.lex.composition_openers.match_at(view.words, j)
                or self.lex.parts.match_at(view.words, j)
                for j in range(lo, hi)
            )
            or self.lex.parts.match_at(view.words, token_index(view.tokens, q.char_end))
        )
        return whole if opens else None

    def _sibling_part(
        self, view: SentenceView, q: Quantity, found: Sequence[Claim]
    ) -> Claim | None:
        """The part a bare figure right after a conjunction adds to, when the figure found
        last before it is a part ("10 of them by gunshots and seven by arrows"); in a list
        of nationals a comma joins too ("14 Indonesians, six Filipinos")."""
        if q.unit is not None or not found:
            return None
        last = found[-1]
        if last.quantity is None or not last.quantity.part:
            return None
        j = token_index(view.tokens, q.char_start)
        joiner = view.words[j - 1] if j > 0 else ""
        nationals = q.nationals is not None and last.quantity.nationals is not None
        if joiner not in self.lex.conjunctions and not (nationals and joiner == ","):
            return None
        if last.quantity.char_end > q.char_start:
            return None
        return dataclasses.replace(
            last, quantity=dataclasses.replace(q, part=True, unit=last.quantity.unit)
        )

    def _more_damage(
        self, view: SentenceView, units: frozenset[str | None], q: Quantity, first: Quantity
    ) -> bool:
        """Is ``q``, beside the first figure of damage, more damage: a figure in ``units``
        not told as a part of another?"""
        return q.unit in units and not self._told_as_a_part(view, q)

    def _told_as_a_part(self, view: SentenceView, q: Quantity) -> bool:
        """Is the figure told as a part of another ("five of them", "termasuk dua")?"""
        end = token_index(view.tokens, q.char_end)
        return self._opened_part(view, q) or self.lex.parts.match_at(view.words, end) is not None

    def _opened_part(self, view: SentenceView, q: Quantity) -> bool:
        """Does a part opener (``part_openers``: "including", "termasuk") stand right before
        the figure?"""
        start = token_index(view.tokens, q.char_start)
        return self.lex.part_openers.ends_at(view.words, start, start - 3)

    def _whole_of(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> Claim | None:
        """The typed claim whose count a figure is a part of: the figure is followed by a
        part phrase (the packs' ``parts``: "three of them", "23 di antaranya") or follows a
        part opener (``part_openers``: "including 13 police officers", "termasuk dua
        karyawan"), and the claim's figure comes before it in the sentence, the nearest
        such. A part that names a kind of people of its own after its figure ("58 di
        antaranya anak-anak") is a count of that kind, not a part kept apart; one an opener
        brings in is that kind among the whole ("including five children")."""
        end = token_index(view.tokens, q.char_end)
        opened = self._opened_part(view, q)
        if not opened and not self.lex.parts.match_at(view.words, end):
            return None
        nearest = _nearest_before(typed, q)
        if nearest is None:
            return None
        whole, figure = nearest
        if not opened and q.counted and q.counted != figure.counted:
            return None
        return whole

    def _whole_after(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> Claim | None:
        """The typed claim whose count a figure is among, named after it: a phrase of
        membership (``whole_openers``) within ``WHOLE_GAP`` words after the figure, right
        before the claim's figure ("Delapan warga Tanah Datar termasuk di antara 23 korban
        meninggal", "eight residents were among the 23 killed")."""
        end = token_index(view.tokens, q.char_end)
        words, tokens = view.words, view.tokens
        for k in range(end, min(end + WHOLE_GAP, len(words))):
            found = self.lex.whole_openers.match_at(words, k)
            if found is None or k + found[0] >= len(tokens):
                continue
            at = tokens[k + found[0]].start
            return next(
                (c for c in typed if c.quantity is not None and c.quantity.char_start == at),
                None,
            )
        return None

    def _describes_a_thing(self, view: SentenceView, q: Quantity, j: int) -> bool:
        """``the 2,900-tonne Haeun Star``, ``kapal berbobot 2.900 ton``: a measure that
        describes a thing (a figure joined to its unit by a hyphen before a noun, or after
        ``measure_attributes``) is its size, not a figure the news reports."""
        end = token_index(view.tokens, q.char_end)
        if (
            _HYPHENATED_MEASURE.search(q.text)
            and end < len(view.words)
            and view.words[end].isalpha()
        ):
            return True
        return self.lex.measure_attributes.ends_at(view.words, j, j - 4)

    def _describes_a_person(self, view: SentenceView, hit: Hit) -> bool:
        """``said Norma Acosta, 52, whose husband is among the missing``: a casualty word
        in a clause that describes a person (opened by ``describing_relatives``, in the
        trigger's clause), with no figure in that clause, tells who the person is, not how
        many the event touched."""
        if hit.type != "CASUALTIES" or not self.lex.describing_relatives:
            return False
        words = view.words
        k = hit.start - 1
        while k >= 0 and words[k] not in self.lex.describing_relatives:
            if words[k] in (",", ";") or hit.start - k > MAX_RELATIVE_WORDS:
                return False
            k -= 1
        if k < 0:
            return False
        lo, hi = view.tokens[k].start, view.tokens[hit.end - 1].end
        return not any(lo <= q.char_start < hi for q in view.quantities)

    def _says_where(self, view: SentenceView, q: Quantity, j: int) -> bool:
        """``dirawat di tiga rumah sakit``, ``treated at four hospitals``: a count of
        buildings after a preposition of place (``place_preps``) says where the news
        happened, not a figure of its own; after a verb of sheltering or spreading
        (``place_count_verbs``: "sheltering in 27 schools") the buildings are the figure.
        Villages and districts are not among them: "found in 17 villages across five
        districts" is how far an outbreak spread, a figure reports tabulate."""
        if q.unit not in PLACE_UNITS or j < 1 or view.words[j - 1] not in self.lex.place_preps:
            return False
        return j < 2 or view.words[j - 2] not in self.lex.place_count_verbs

    def _told_otherwise(
        self, view: SentenceView, q: Quantity, j: int, typed: Sequence[Claim]
    ) -> Claim | None:
        """``Kemenag mencatat 287 jemaah wafat …, sedangkan PPIH menyebut angkanya sudah
        292 orang``: a figure no trigger took, in a clause a contrast opens after a typed
        figure in the same unit, is that fact as another body tells it, the body named
        first in its clause (else the sentence's source). Of several such figures, the first
        of the clause right before, not a part of another ("enam korban meninggal, tetapi
        jumlah korban luka tujuh orang, sedangkan polisi mencatat lima orang": the hurt;
        "23 orang meninggal dan empat hilang …, sedangkan kantor Gubernur menyebut 27": the
        dead)."""
        opener = next(
            (k for k in range(j - 1, 0, -1) if self.lex.opens_contrast(view.words, k)), None
        )
        end = token_index(view.tokens, q.char_end)
        if opener is None or self.lex.others.match_at(view.words, end) is not None:
            return None  # "…, sedangkan dua lainnya …": other people, a part of their own
        start = view.tokens[opener].start
        before = [
            c
            for c in typed
            if c.type != "STATEMENT"
            and c.quantity is not None
            and c.quantity.char_start < start
            # A bare figure counts what the fact before it counts ("312 suspected cases
            # …, while the regency's health office put the figure at 280").
            and (q.unit is None or (c.quantity.unit or "person") == q.unit)
        ]
        # The clause right before the contrast's: from the comma before the one that
        # opens it.
        comma = next((k for k in range(opener - 2, -1, -1) if view.words[k] == ","), None)
        clause_start = view.tokens[comma].start if comma is not None else 0
        nearest = [
            c
            for c in before
            if c.quantity is not None
            and c.quantity.char_start > clause_start
            and not (c.quantity.added or c.quantity.part)
        ]
        first = next(iter(nearest or before), None)
        if first is None:
            return None
        speaker = self._clause_speaker(view, start, q.char_start)
        source: EntityRef | None
        if speaker is not None:
            source = speaker.ref()
        elif q.unit is None:
            # "…, police said, while the plant's operator put the number at six": a bare
            # figure a count reached is given by the clause's subject, which names no body
            # silang knows; not by the body of the first figure. The subject as written
            # tells the reader who, and that it is another body than the first.
            source = self._described_subject(view, opener + 1, j)
        else:
            source = first.source
        # "…has risen to seven, police said, while the operator put the number at six":
        # the other body's figure is its count as of the same update.
        risen = first.quantity.risen if first.quantity is not None else False
        return dataclasses.replace(
            first, quantity=dataclasses.replace(q, risen=risen), source=source
        )

    def _rival_count(self, view: SentenceView, q: Quantity, typed: Sequence[Claim]) -> Claim | None:
        """``the regency had counted three deaths and the provincial health office five``,
        ``police had counted nine dead and the main hospital in Kayuagung, the regency
        seat, seven``: a figure of no kind (or people) that ends its clause after a join
        (``rival_count_joins``) and a body, named or described, and nothing else, is the
        typed figure before the join as that body counts it."""
        words, tokens = view.words, view.tokens
        if q.unit not in (None, "person"):
            return None
        j = token_index(tokens, q.char_start)
        end = token_index(tokens, q.char_end)
        if end < len(words) and words[end] not in (",", ".", ";"):
            return None
        join = next(
            (
                k
                for k in range(j - 1, max(j - RIVAL_BODY_WORDS - 2, 0), -1)
                if words[k] in self.lex.rival_count_joins
            ),
            None,
        )
        if join is None or join + 1 >= j:
            return None
        lo, hi = tokens[join].end, q.char_start
        if any(lo <= other.char_start < hi for other in view.quantities):
            return None
        phrase = [w for w in words[join + 1 : j] if w != ","]
        named = next(
            (
                m
                for m in view.mentions
                if lo <= m.char_start < hi and m.type in ("organisation", "person", "military_unit")
            ),
            None,
        )
        if named is None and not any(w in self.lex.reporting_bodies for w in phrase):
            return None
        if not all(w[:1].isalpha() for w in phrase):
            return None
        first = next(
            (
                c
                for c in reversed(typed)
                if c.type != "STATEMENT"
                and c.quantity is not None
                and c.quantity.char_end <= tokens[join].start
                and not (c.quantity.added or c.quantity.part)
                and (q.unit is None or (c.quantity.unit or "person") == q.unit)
            ),
            None,
        )
        if first is None:
            return None
        source = named.ref() if named is not None else self._body_as_written(view, join + 1, j)
        return dataclasses.replace(first, quantity=q, source=source)

    def _body_as_written(self, view: SentenceView, start: int, j: int) -> EntityRef:
        """The body described from word ``start`` up to its first comma or word ``j``,
        its determiners left out ("the main hospital in Kayuagung, the regency seat" ->
        "main hospital in Kayuagung")."""
        words, tokens = view.words, view.tokens
        while start < j - 1 and words[start] in self.lex.determiners:
            start += 1
        last = next((k for k in range(start, j) if words[k] == ","), j) - 1
        base = view.sentence.start
        text = view.sentence.text[tokens[start].start - base : tokens[last].end - base]
        return EntityRef(None, text, "organisation")

    def _sole_count(self, view: SentenceView, q: Quantity) -> bool:
        """Whether ``q`` is the sentence's one count: no other figure but spans of time and
        shares (an age, "berusia 67 tahun"), or only bare figures other bodies give after
        it in contrast ("Police put it at 33, while the health office counts 38")."""
        others = [x for x in view.quantities if x is not q and x.unit not in SPANS_AND_SHARES]
        return all(
            x.char_start > q.char_start and x.unit is None and self._said_in_contrast(view, x)
            for x in others
        )

    def _disputes_the_count_before(self, view: SentenceView, q: Quantity) -> bool:
        """``Namun BPBD Wonosobo mencatat empat orang.``: a sentence a contrast word opens
        (``dispute_openers``) whose verb of saying or counting gives, last, a count of people
        by a noun that names no kind (``dispute_people``) gives the count told before it."""
        words, tokens = view.words, view.tokens
        end = token_index(tokens, q.char_end)
        return (
            bool(words)
            and words[0] in self.lex.dispute_openers
            and self._bare_people_said(view, q)
            and all(not w[:1].isalnum() for w in words[end:])
        )

    def _bare_people_said(self, view: SentenceView, q: Quantity) -> bool:
        """Is ``q`` a count of people by a noun that names no kind (``dispute_people``:
        "empat orang"), right after a verb of saying or counting, ending its clause?"""
        words = view.words
        end = token_index(view.tokens, q.char_end)
        return (
            q.unit == "person"
            and q.counted is None
            and (q.noun or "").lower() in self.lex.dispute_people
            and (end >= len(words) or not words[end][:1].isalnum())
            and after_phrase(self.lex.speech, view, q)
        )

    def _said_in_contrast(self, view: SentenceView, q: Quantity) -> bool:
        """``…, sementara BPBD Parigi Moutong menghitung enam``, ``while the office said
        six``: a bare number a verb of saying or counting gives, in a contrast clause, is
        a figure of the fact before it as another body tells it (``_told_otherwise``)."""
        j = token_index(view.tokens, q.char_start)
        return (
            after_phrase(self.lex.speech, view, q)
            and self._contrast_between(view, 1, j) is not None
        )

    @staticmethod
    def _clause_speaker(view: SentenceView, start: int, end: int) -> Mention | None:
        """The first body or person named from character ``start`` to ``end``: the
        speaker a contrast clause names before its figure."""
        return next(
            (
                m
                for m in view.mentions
                if start <= m.char_start < end
                and m.type in ("organisation", "person", "country", "military_unit")
            ),
            None,
        )

    def _contrast_speaker(self, view: SentenceView, after: int, hit: Hit) -> EntityRef | None:
        """``…, the agency said, while the governor said 21 had died``: the speaker of a
        contrast clause after word ``after`` who says its trigger's fact, named before a
        verb of saying that stands before the trigger."""
        words = view.words
        opener = self._contrast_opener(view, after, hit)
        if opener is None:
            return None
        speech = self.lex.speech
        said = next(
            (
                k
                for k in speech.starts_in(words, opener + 1, hit.start)
                if speech.match_at(words, k)
            ),
            None,
        )
        if said is None:
            return None
        speaker = self._clause_speaker(view, view.tokens[opener].start, view.tokens[said].start)
        return speaker.ref() if speaker is not None else None

    def _described_subject(self, view: SentenceView, start: int, j: int) -> EntityRef | None:
        """The subject of a clause from word ``start`` to the level phrase before the
        figure at word ``j`` ("the plant's operator put the number at"), as written, its
        determiner left out: a body silang does not know, of at most
        ``DESCRIBED_SUBJECT_WORDS`` words."""
        words = view.words
        level = next(
            (
                k
                for k in self.lex.levels.starts_in(words, start, j)
                if (found := self.lex.levels.match_at(words, k)) and j - 2 <= k + found[0] <= j
            ),
            None,
        )
        while start < j and words[start] in self.lex.determiners:
            start += 1
        if level is None or not 0 < level - start <= DESCRIBED_SUBJECT_WORDS:
            return None
        first, last = view.tokens[start], view.tokens[level - 1]
        if not all(t.text[:1].isalpha() for t in view.tokens[start:level]):
            return None
        base = view.sentence.start
        return EntityRef(
            None, view.sentence.text[first.start - base : last.end - base], "organisation"
        )

    def _add_earlier_values(self, view: SentenceView, claims: list[Claim], used: set[int]) -> None:
        """A figure the count rose or fell from ("60.000 orang kini mengungsi, naik dari
        40.000"; "down from more than 4,000 on Monday") is the same fact's earlier value:
        a copy of the claim before it that counts in the same unit (a bare number counts
        what that claim counts), dated by the time right after it. That time is then not
        the claim's own."""
        for q in view.quantities:
            if id(q) in used or (q.unit is not None and q.unit not in FACT_UNITS):
                continue
            if not after_phrase(self.lex.earlier_levels, view, q):
                continue
            before = [
                i
                for i, c in enumerate(claims)
                if c.quantity is not None
                and c.quantity.unit is not None
                and q.unit in (None, c.quantity.unit)
                and c.quantity.char_start < q.char_start
            ]
            if not before:
                continue
            latest = claims[before[-1]]
            assert latest.quantity is not None
            counted = dataclasses.replace(q, unit=latest.quantity.unit)
            used.add(id(q))
            when = _time_after(view, q)
            if (
                when is not None
                and latest.time is not None
                and latest.time.char_start == when.char_start
            ):
                claims[before[-1]] = latest = dataclasses.replace(latest, time=None)
            claims.append(dataclasses.replace(latest, quantity=counted, time=when))

    def _searching(self, view: SentenceView, q: Quantity, hit: Hit) -> bool:
        """Is ``q`` a count of responders a verb of their work (``responder_verbs``)
        follows before the casualty word ("600 personel kini terlibat dalam pencarian")?
        They search for the casualties; they are not among them."""
        if not self._responders(q) or q.char_end > view.tokens[hit.start].start:
            return False
        end = token_index(view.tokens, q.char_end)
        return not self.lex.responder_verbs.isdisjoint(view.words[end : hit.start])

    def _responders(self, q: Quantity) -> bool:
        """Does ``q`` count responders ("120 petugas SAR", "200 firefighters")?"""
        return q.unit == "person" and (q.noun or "").lower() in self.lex.responders

    def _sent_with(
        self,
        view: SentenceView,
        q: Quantity,
        typed: Sequence[Claim],
        responders: Sequence[Quantity],
    ) -> Claim | None:
        """The deployment of the sentence that sends the equipment ``q`` counts, with that
        figure; else, beside responders no trigger took ("more than a dozen fire engines
        and some 90 firefighters fought it"), a deployment of its own. None unless ``q``
        counts vehicles, ships or aircraft sent out (``SlotFinder.sent_equipment``) and is
        no part of another figure."""
        if not self.slots.sent_equipment(view, q) or self.slots.is_part(view, q):
            return None
        if any(
            c.type == "DEPLOYMENT"
            and c.quantity is not None
            and (c.quantity.unit, c.quantity.counted) == (q.unit, q.counted)
            for c in typed
        ):
            # "dengan dua perahu karet dan 25 perahu nelayan": the sentence's deployment
            # already counts craft of this unit, and a second figure of them is a part.
            return None
        deployment = next(
            (c for c in typed if c.type == "DEPLOYMENT" and c.quantity is not None), None
        )
        if deployment is not None and deployment.quantity is not None:
            # "Nine fire engines and 12 ambulances were sent": craft of another unit, or of
            # another kind (``counted_kinds``), go with the deployment's figure.
            return dataclasses.replace(deployment, quantity=q)
        return self._figure_claim(view, q, "DEPLOYMENT", None) if responders else None

    def _crews_and_vehicles(
        self, view: SentenceView, claim: Claim, used_quantities: set[int]
    ) -> list[Claim]:
        """The vehicles, weapons and crews a deployment sends, joined by ``figure_links``,
        each a fact of its own, one figure of each unit or weapon ("mengerahkan 45 unit
        mobil pemadam dan 225 personel", "moved about 3,500 troops, 24 tanks and 18
        self-propelled howitzers")."""
        assert claim.quantity is not None
        taken = [claim.quantity]
        if not (claim.quantity.unit == "person" or self.slots.sent_equipment(view, taken[0])):
            return []
        more_claims = []
        while (more := self.slots.joined_figure(view, taken, used_quantities)) is not None:
            weapons = self.slots.counts_weapons(view, more)
            if (more.unit in {q.unit for q in taken} and not weapons) or not (
                more.unit == "person" or weapons or self.slots.sent_equipment(view, more)
            ):
                break
            taken.append(more)
            used_quantities.add(id(more))
            if weapons and more.unit is None:
                # "18 self-propelled howitzers": weapons counted as items, as "24 tanks" are.
                more = dataclasses.replace(more, unit="item")
            more_claims.append(dataclasses.replace(claim, quantity=more))
        if claim.quantity.unit != "person":
            return more_claims
        for q in view.quantities:
            # "320 personel dikerahkan … dengan 14 perahu karet", "backed by three
            # helicopters": the craft the people bring, further on in the sentence.
            if (
                id(q) not in used_quantities
                and q.char_start > claim.quantity.char_end
                and q.unit not in {t.unit for t in taken}
                and q.unit in EQUIPMENT_UNITS
                and (
                    self.slots.sent_equipment(view, q)
                    or self.slots.counts_class(view, q, CRAFT_CLASSES)
                )
                and self.slots.after_equipment_link(view, q)
            ):
                taken.append(q)
                used_quantities.add(id(q))
                more_claims.append(dataclasses.replace(claim, quantity=q))
        return more_claims

    def _build(
        self,
        view: SentenceView,
        hit: Hit,
        memory: Memory,
        used_quantities: set[int],
        hits: Sequence[Hit] = (),
    ) -> Claim | None:
        quantity = self.slots.quantity(view, hit, used_quantities, hits)
        if (
            hit.type == "CASUALTIES"
            and quantity is not None
            and self._searching(view, quantity, hit)
        ):
            # "600 personel kini terlibat dalam pencarian": the searchers, who make a
            # deployment of their own; the missing they look for are not counted here.
            return None
        none = (
            hit.type == "CASUALTIES"
            # "six armed men on the bridge. we have no reports of injuries": a figure across
            # a stray full stop is not the one a negation on the trigger's side counts; nor
            # one after an adversative ("Tidak ada korban jiwa, namun dua warga luka").
            and (
                quantity is None
                or across_a_full_stop(view, hit, quantity)
                or self.slots.across_an_adversative(view, hit, quantity)
            )
            and self.slots.counts_none(view, hit)
        )
        if hit.subtype in self.lex.nought_when_negated and self.slots.negated(view, hit):
            # "polisi belum menetapkan tersangka", "have questioned 12 witnesses but have
            # not named any suspects": none named so far, a count of nought that a later
            # count updates; a figure elsewhere in the sentence counts something else.
            none, quantity = True, None
        if none:
            # "Tidak ada korban jiwa", "No deaths have been reported", "tidak ada WNI yang
            # menjadi korban": a count of nought, which other reports' figures can be
            # checked against (a denial verb, "membantah ada korban", stays a denial).
            quantity = Quantity(
                0,
                0,
                unit="person",
                text=_written(view, hit),
                nationals=self.slots.none_of_nationals(view, hit),
            )
        identified = (
            self._victims_identified(view, hit, quantity)
            if hit.type == "CASUALTIES" and not none
            else None
        )
        if identified == "one" and quantity is None and "quantity" not in hit.trigger.requires:
            # "Salah satu korban meninggal adalah …": one of the toll, told by who it was.
            quantity = Quantity(1, 1, unit="person", text=_written(view, hit), part=True)
        if (
            identified is not None
            and quantity is not None
            and quantity.nationals is None
            and (nationals := self._nationality_identified(view, hit)) is not None
        ):
            # "One of the dead was Indonesian", "satu korban tewas yang berasal dari
            # Indonesia": who the victims were is their country, a count of its nationals.
            used_quantities.add(id(quantity))
            quantity = dataclasses.replace(quantity, unit="person", nationals=nationals)
        if quantity is None and (
            "quantity" in hit.trigger.requires or hit.subtype in self.lex.figure_required
        ):
            return None
        time = self.slots.time(view, hit, hits)
        if time is None and hit.subtype in EVENT_SUBTYPES:
            time = self._hour_of_the_day(view, hit, hits, memory)
        if time is None and hit.type == "OTHER" and hit.subtype in EVENT_SUBTYPES:
            time = self._time_of_the_event_it_set_off(view, hit, hits)
        if time is None and hit.subtype in EVENT_ENDINGS and _a_short_while(quantity):
            time = self._day_of_the_event_it_ended(view, hit, hits)
        if (
            hit.type == "OTHER"
            and hit.subtype in EVENT_SUBTYPES
            and quantity is None
            and time is None
            and not any(q.unit == "person" for q in view.quantities)
            and not any(time_of_saying(view, t) for t in view.times)
        ):
            # An event is reported with its time, its size or the people it touched
            # ("Gempa bermagnitudo 6,2 … pada Senin", "longsor menimbun 12 penambang"), or
            # by someone on a given day ("… meletus, kata X, Selasa"); "bangunan tahan
            # gempa" is not a report of one.
            return None
        actor, recipient = (
            (None, None) if hit.subtype in MEASURES else self.roles.parties(view, hit, memory)
        )
        if hit.subtype in UNAGENTED:
            actor = None
        elif (
            hit.subtype in SIDE_RECEIVES
            and actor is not None
            and actor.type == "country"
            and recipient is None
        ):
            actor, recipient = None, actor
        if hit.type == "CASUALTIES" and quantity is not None:
            # "Di pihak Pakistan, ISPR menyebut dua prajuritnya gugur": the side the
            # sentence opens with counts its dead, unless the figure names its own.
            opening = self.roles.opening_side(view)
            named = self.roles.side_of_figure(view, quantity, own_only=True)
            if named is not None or opening is not None:
                actor = named or opening
            elif actor is None:
                actor = self.roles.side_of_figure(view, quantity) or self.roles.named_side(view)
            if quantity.nationals is not None and (
                actor is None
                or (
                    named is None
                    and opening is None
                    and actor.type == "country"
                    and actor.id != quantity.nationals
                )
            ):
                # "sedikitnya 11 WNI meninggal", as "four Indonesian detainees had died":
                # the dead are their country's, not the side of others the sentence
                # names ("Selain dua WNI, korban tewas adalah … warga Thailand").
                actor = self.resolver.country_ref(quantity.nationals.removeprefix("country/"))
            if actor is None and quantity.counted == "soldier":
                # "Pakistan's military said on Saturday that six soldiers had died": soldiers
                # a foreign state counts, with no side named, are its own.
                actor = self.roles.state_speaking(view)
            if actor is not None:
                actor = self.roles.side_of(actor)
        if (
            hit.type != "STATEMENT"
            and actor is not None
            and actor.type == "person"
            and actor == view.attribution.source
            and (body := memory.affiliations.get(actor.name)) is not None
        ):
            # "Amos mengklaim pasukannya menewaskan enam prajurit": a spokesperson tells
            # what the body they speak for did.
            actor = body
        if hit.trigger.voice == "receive" and actor is None and quantity is None:
            # "akan menerima perwakilan buruh": receiving is a transfer only with a giver
            # or a figure.
            return None
        if hit.type == "AGREEMENT":
            # States are the parties to a treaty, whoever signs it ("Putin dan Kim Jong Un
            # meneken perjanjian"): the same treaty must group with its other reports.
            actor, recipient = self.resolver.state_of(actor), self.resolver.state_of(recipient)
        location, near = self.roles.place(view, hit, actor)
        if location is None and hit.type in ("CASUALTIES", "OTHER"):
            # "BPBD Kabupaten Pasuruan mencatat enam warga luka-luka": a regional office
            # counts what happened in its region.
            location = self.resolver.office_place(
                view.attribution.source, self.lex.regional_heads, self.lex.home_country,
                (self.lex.leveled_heads, self.lex.level_words),
            )  # fmt: skip
        if location is None:
            # "Odesa's mayor put the number of injured at 17", "Pasuruan's regent has
            # declared a seven-day emergency": the head of a place speaks and acts for it.
            location = self.resolver.place_of_office(
                view.attribution.source, self.lex.place_offices
            ) or self.resolver.place_of_office(actor, self.lex.place_offices)
        if (
            location is None
            and memory.last_location is not None
            and self.lex.place_anaphora.occurs_in(view.words)
        ):
            # "status gunung api tersebut", "the volcano": the place named before.
            location = memory.last_location
        if hit.subtype in SITUATED and time is None and location is None:
            return None
        if (
            recipient is None
            and hit.type in ("DEPLOYMENT", "WEAPONS_TRANSFER")
            and location is not None
        ):
            country = self.resolver.country_of(location)
            if country is not None and (actor is None or country.id != actor.id):
                recipient = country
        if (
            location is not None
            and recipient is not None
            and location.id == recipient.id
            and hit.type in ("DEPLOYMENT", "WEAPONS_TRANSFER")
        ):
            location = None
        attribution = view.attribution
        source = attribution.source
        if hit.type == "STATEMENT" and actor is None:
            actor = source
        elif hit.type == "STATEMENT" and source is None and actor is not None:
            source = actor  # "Tagum Ridge Mining Corp. denied …": who states it says so
        subtype = hit.subtype
        if subtype == "explosion" and self.lex.eruption_signs.occurs_in(view.words):
            subtype = "eruption"  # "The volcano exploded at 5:47 a.m."
        modality = self.slots.modality(view, hit)
        if self.slots.negated_in_a_relative(view, hit):
            return None  # "404 jemaah yang tidak dirawat": which people, not a fact
        if none:
            modality = "reported" if attribution.source or attribution.reported else "asserted"
        if modality == "possible" and subtype in EVENT_SUBTYPES:
            # "sebagian bangunan … bisa runtuh susulan": an event that may come has not.
            return None
        if (
            hit.type == "CASUALTIES"
            and quantity is None
            and actor is None
            and location is None
            and hit.subtype != "killed_or_wounded"
            and not view.quantities
            and not self._names_a_victim(view, hit)
        ):
            # "kelalaian yang menyebabkan orang meninggal dunia": nobody counted, nowhere.
            return None
        if quantity is not None:
            used_quantities.add(id(quantity))
            if identified is not None and (hit.subtype, quantity.min) not in memory.tolls:
                # "dua korban meninggal merupakan pasangan suami istri" after a toll of three:
                # a part of the toll.
                quantity = dataclasses.replace(quantity, part=True)
            elif hit.type == "CASUALTIES" and self._taken_from_the_casualties(view, hit, quantity):
                # "Four of the injured were flown to hospitals in Melbourne": some of the
                # injured, told of for what happened to them, never the count of them all.
                quantity = dataclasses.replace(quantity, part=True)
            if quantity.unit in ("unit", None) and hit.subtype in COUNTER_UNITS:
                quantity = dataclasses.replace(quantity, unit=COUNTER_UNITS[hit.subtype])
            if self.slots.is_increment(view, quantity, hit):
                if hit.type == "DEPLOYMENT":
                    subtype = "additional"
                else:
                    quantity = dataclasses.replace(quantity, added=True)
            if self.slots.has_risen(view, quantity):
                quantity = dataclasses.replace(quantity, risen=True)
            if self.slots.is_superseded(view, quantity):
                quantity = dataclasses.replace(quantity, superseded=True)
        if subtype == "flood" and quantity is not None and quantity.unit in DAMAGED_UNITS:
            # "Banjir melanda 3.412 rumah", "The floods hit more than 7,000 homes": a flood
            # counted in houses counts the houses it stands in.
            subtype = "houses_flooded"
        items = self.slots.items(view) if hit.type == "WEAPONS_TRANSFER" else []
        s = view.sentence
        return Claim(
            type=hit.type,
            subtype=subtype,
            plover=PLOVER.get(hit.type),
            actor=actor,
            recipient=recipient,
            location=location,
            location_implied=near,
            quantity=quantity,
            items=items,
            time=time,
            source=source,
            via=attribution.via,
            modality=modality,
            evidence=Evidence(s.text, s.start, s.end),
        )

    def _said_on(self, view: SentenceView, t: TimeSpan) -> bool:
        """Is ``t`` the day something was said, right after a speech verb ("a provincial
        official said on Saturday"), whoever said it?"""
        j = token_index(view.tokens, t.char_start)
        return any(w in self.saying_words for w in view.words[max(0, j - 2) : j])

    def _hour_of_the_day(
        self, view: SentenceView, hit: Hit, hits: Sequence[Hit], memory: Memory
    ) -> TimeSpan | None:
        """``banjir datang sekitar pukul 02.30 WITA``: an event told by its hour happened on
        the day the article last gave an event (or, before any, last named). Where the
        sentence reports another event, the hour is the event's only if it follows its
        word with no other event's word between ("laporan kebakaran diterima pukul 02.30
        WITA dan api baru bisa dipadamkan sekitar pukul 09.15 WITA": the fire was put out
        at 09.15); else it is the other event's ("Selain banjir bandang, tanah longsor juga
        terjadi … sekitar pukul 05.00": the flood only sets the scene)."""
        if hit.background == "relative":
            # "the last flames, in a tank next to the one that exploded, were put out
            # shortly after 2 p.m.": the hour is the main clause's (the slots give a
            # relative clause the time inside it).
            return None
        clocks = clock_times(view.sentence.text, self.pack)
        if not clocks:
            return None
        offset = view.sentence.start
        others = [
            h for h in hits if h is not hit and h.subtype in EVENT_SUBTYPES and not h.background
        ]
        earlier: list[tuple[int, int]] = []
        if others:
            word_end = view.tokens[hit.end - 1].end - offset
            following = [(s, e) for s, e in clocks if s >= word_end]
            if not following or any(
                word_end <= view.tokens[h.start].start - offset < following[0][0] for h in others
            ):
                return None
            earlier = [(s, e) for s, e in clocks if e <= view.tokens[hit.start].start - offset]
            clocks = following
        start, end = clocks[0]
        # "berangkat pada Minggu (19/7) sekitar pukul 13.00 WIT dan tenggelam sore harinya":
        # the hour is of the day the sentence names before it, if it names one.
        days = [t for t in view.times if t.granularity == "day" and t.char_end <= offset + start]
        # "at about 2:10 p.m. (0710 GMT) on Thursday": else the day named right after it,
        # but not in a gloss ("(1600 GMT Thursday)" gives the hour's day elsewhere).
        after = [
            t
            for t in view.times
            if t.granularity == "day"
            and t.char_start >= offset + end
            and not in_a_clock_gloss(view, t)
            and not time_of_saying(view, t)
        ]
        # Else the day the article gave an event ("… menerjang …, Sabtu (11/4) malam"),
        # not the day of the reporting named since ("… meninjau lokasi pada Minggu pagi").
        day = (
            days[-1]
            if days
            else after[0]
            if after
            else memory.event_days.get(hit.subtype or "") or memory.event_day or memory.day
        )
        if day is None:
            return None
        if hit.subtype in EVENT_ENDINGS and earlier and day.granularity == "day" and not day.end:
            # "Kebakaran itu terjadi Minggu malam sekitar pukul 21.40 WIT dan baru padam pukul
            # 02.30 WIT": an ending at an hour before the hour the event began is the next
            # day's. (Only within a sentence: an hour an earlier sentence gave may be
            # another event's.)
            began = clock_hour(view.sentence.text[slice(*earlier[-1])], self.pack)
            ended = clock_hour(view.sentence.text[start:end], self.pack)
            if began is not None and ended is not None and ended < began and day.start:
                next_day = dt.date.fromisoformat(day.start) + dt.timedelta(days=1)
                day = dataclasses.replace(day, start=next_day.isoformat(), part=None)
        return dataclasses.replace(
            day,
            text=view.sentence.text[start:end],
            char_start=offset + start,
            char_end=offset + end,
        )

    def _remember_event_day(
        self, view: SentenceView, hit: Hit, hits: Sequence[Hit], memory: Memory
    ) -> None:
        """An event a background clause dates ("… luka bakar saat ketel meledak pada Rabu
        pagi") is the day an hour told of it later falls on ("Ledakan terjadi sekitar pukul
        06.15 WIB"), as if a claim had dated it."""
        if hit.subtype not in EVENT_SUBTYPES or hit.subtype in memory.event_days:
            return
        t = self.slots.time(view, hit, hits)
        if t is not None and t.granularity == "day" and not t.end:
            memory.event_days[hit.subtype] = t

    def _names_a_victim(self, view: SentenceView, hit: Hit) -> bool:
        """``menewaskan seorang warga``, ``killed a resident``: one person, named by a
        noun rather than counted, right after the casualty word; or before it, by an
        article only a person takes ("Seorang penumpang meninggal") or an article and a
        person ("A man was killed")."""
        words = view.words
        for j in range(hit.end, min(len(words), hit.end + 3)):
            if self._names_people_at(words, j):
                return True
        if hit.end < len(words) and self._a_person_at(words, hit.end):
            return True  # "shot dead a 27-year-old farmer", "menewaskan seorang petani"
        if self._person_right_after(view, hit):
            return True  # "harimau menerkam Jamaluddin (52)": one person, told by name
        if hit.background == "relative":
            # "a miner who died at a clinic", "said a worker who was treated": a person a
            # count or a speaker is described by, not a death reported.
            return False
        if self._person_right_before(view, hit.start):
            return True  # "Warsito meninggal dunia": one person, told by name
        if any(
            self._a_person_at(words, j, hit.start)
            for j in range(max(0, hit.start - VICTIM_REACH), hit.start)
        ):
            return True
        # "A 61-year-old woman from Sidoarjo, who had suffered spinal injuries, died …",
        # "A woman who was hurt in the blast died …": the casualty word is the main verb
        # after a relative clause, and its subject stands before the relative word.
        rel = self._relative_word_before(words, hit.start)
        return rel is not None and (
            self._person_right_before(view, rel)
            or any(self._a_person_at(words, j, rel) for j in range(max(0, rel - VICTIM_REACH), rel))
        )

    def _relative_word_before(self, words: Sequence[str], start: int) -> int | None:
        """The relative word of the clause before ``start`` (``RELATIVE_REACH`` words at
        most, no clause mark or quotation mark between), with the comma that opens a
        non-restrictive clause ("woman, who") if there is one."""
        for j in range(start - 1, max(-1, start - RELATIVE_REACH - 1), -1):
            if words[j] in (";", ":", '"'):
                return None
            if words[j] in self.lex.relative:
                return j - 1 if j > 0 and words[j - 1] == "," else j
        return None

    def _a_person_at(self, words: Sequence[str], j: int, end: int | None = None) -> bool:
        """Does one person open at ``j``: an article only a person takes, or an article
        and a person noun at most three words on (an age, an adjective between), before
        ``end``?"""
        if words[j] in self.lex.person_articles:
            return True
        end = len(words) if end is None else end
        return words[j] in self.lex.victim_articles and any(
            self._names_people_at(words, k) or self.lex.person_nouns.match_at(words, k)
            for k in range(j + 1, min(j + 4, end))
        )

    def _person_right_before(self, view: SentenceView, token: int) -> bool:
        """Does a person's name end right before the word at ``token``, an age
        (``_AGE_GAP``) and the words that lead to a verb (``victim_verb_lead``: "Sutrisno,
        46, was killed", "Wahyudin (34) dipastikan meninggal") at most between?"""
        text, base = view.sentence.text, view.sentence.start
        words = view.words
        while token > 0 and words[token - 1] in self.lex.victim_verb_lead:
            token -= 1
        start = view.tokens[token].start
        return any(
            m.char_end <= start
            and _AGE_GAP.fullmatch(text[m.char_end - base : start - base]) is not None
            and _a_person(m, text[m.char_end - base :])
            for m in view.mentions
        )

    @staticmethod
    def _person_right_after(view: SentenceView, hit: Hit) -> bool:
        """Does a person's name follow the casualty word at once ("menerkam Jamaluddin
        (52)", "killed Ahmad, 24,")?"""
        text, base = view.sentence.text, view.sentence.start
        end = view.tokens[hit.end - 1].end
        return any(
            m.char_start >= end
            and not text[end - base : m.char_start - base].strip()
            and _a_person(m, text[m.char_end - base :])
            for m in view.mentions
        )

    def _victims_identified(
        self, view: SentenceView, hit: Hit, quantity: Quantity | None
    ) -> str | None:
        """Does the sentence say who some of the victims were, so that its casualty figure
        is a part of the toll, never the toll ("Among the dead is a seven-year-old girl",
        "dua korban meninggal merupakan pasangan suami istri")? ``one`` where it says one
        victim ("Salah satu korban meninggal adalah …", ``one_victim_identified``),
        ``some`` where it says not how many or a figure counts them (``victims_identified``,
        or a figure, the casualty word and ``identity_copulas``), else None.

        The opening phrase must be the casualty word's subject: the word is in it or right
        after it, or the phrase opens the sentence or a clause after a comma ("Korban
        pertama adalah seorang anak …, yang meninggal di Puskesmas Naikere")."""
        words = view.words
        for table, says in (
            (self.lex.one_victim_identified, "one"),
            (self.lex.victims_identified, "some"),
        ):
            for j in table.starts_in(words, 0, hit.end):
                found = table.match_at(words, j)
                if found is None:
                    continue
                end = j + found[0]
                opens = j == 0 or not has_a_word(words[j - 1])
                if j <= hit.start <= end + 1 or (opens and end <= hit.start):
                    return says
        if quantity is None or quantity.char_start > view.tokens[hit.start].start:
            return None
        for k in range(hit.end, min(len(words), hit.end + IDENTITY_REACH)):
            if words[k] in (",", ";"):
                break
            if self.lex.identity_copulas.match_at(words, k):
                return "some"
        return None

    def _taken_from_the_casualties(self, view: SentenceView, hit: Hit, q: Quantity) -> bool:
        """Is the figure right before a partitive and a determiner that open the casualty
        word ("Four of the injured", "27 of the injured")?"""
        k = token_index(view.tokens, q.char_end)
        return (
            k + 2 == hit.start
            and view.words[k] in self.lex.partitive_preps
            and view.words[k + 1] in self.lex.determiners
        )

    def _nationality_identified(self, view: SentenceView, hit: Hit) -> str | None:
        """The country whose nationals a copula right after the casualty word says the
        victims were ("One of the dead was Indonesian", "… yang berasal dari Indonesia",
        "… adalah WNI"), a relative pronoun allowed before it; else None."""
        words = view.words
        k = hit.end
        if k < len(words) and words[k] in self.lex.relative:
            k += 1
        if k >= len(words):
            return None
        found = self.lex.identity_copulas.match_at(words, k)
        if found is not None:
            at = k + found[0]
        elif words[k] in self.lex.copulas:
            at = k + 1
        else:
            return None
        if at < len(words) and words[at] in self.lex.victim_articles:
            at += 1
        return self._nationality_at(view, at) if at < len(words) else None

    def _names_patients(self, words: Sequence[str], hit: Hit) -> bool:
        """Whether a hit of the wounded is a noun for patients as a whole (``patients``
        among the packs' object classes: "korban luka"), so that a care verb right after
        it ("tujuh korban luka dirawat di rumah sakit itu") tells who is in care. The
        whole a part is taken from ("Sebelas dari 47 korban luka masih dirawat") stays
        the wounded."""
        if hit.subtype != "wounded" or any(
            w in self.lex.partitive_preps for w in words[max(0, hit.start - 3) : hit.start]
        ):
            return False
        found = self.lex.objects.match_at(words, hit.start)
        return (
            found is not None
            and hit.start + found[0] == hit.end
            and "patients" in cast(tuple[str, ...], found[1])
        )

    def _names_people_at(self, words: Sequence[str], j: int) -> bool:
        found = self.lex.objects.match_at(words, j)
        classes = cast(tuple[str, ...], found[1]) if found else ()  # a noun's classes
        return bool({"people", "personnel", "combatants"} & set(classes))

    def _quoted_statement(self, view: SentenceView) -> Claim | None:
        """A quotation, or ``X mengatakan …``, with no other claim is X's statement when
        it takes a stance (``stance_words``: an intention, a demand, a warning), tells of a
        topic a statement is news for (``statement_topics``: why, a permit, who pays), or
        names a suspected cause (``suspicion_words``: "diduga mengantuk", "was believed to
        have started"), the statement's kind."""
        attribution = view.attribution
        # "Api diduga berasal dari korsleting listrik": a suspicion the outlet reports, with
        # no speaker, or with the one the sentences before named ("Menurut PCG, …. Api
        # diduga berasal dari kebocoran bahan bakar di ruang mesin.").
        suspected = self.lex.unsourced_suspicions.occurs_in(view.words)
        if not suspected:
            if attribution.source is None:
                return None
            quoted = attribution.how == "quote" or any(q in view.sentence.text for q in '“”"')
            # A phrase that tells a suspicion with no speaker tells one with a speaker too
            # ("Initial checks suggest the brakes failed," the police chief said).
            suspected = (
                self.lex.suspicion.occurs_in(view.words)
                or self.lex.unsourced_suspicions.occurs_in(view.words)
                or self._failure_told(view.words)
            )
            # "Menurut Teguh, konflik dipicu pembukaan lahan": a cause told on a named
            # source's word is that source's suspicion, as if said ("Menurut KBRI, ABK itu
            # berasal dari Indramayu" tells no cause).
            # So is a suspicion the outlet could report without one ("Menurut dinas
            # pemadam kebakaran, api diduga berasal dari area parkir").
            explicit = attribution.how == "explicit" and (
                self.lex.causes_told.occurs_in(view.words)
                or self.lex.unsourced_suspicions.occurs_in(view.words)
            )
            if attribution.how != "speech" and not quoted and not explicit:
                return None
            if any(q.unit in COUNT_UNITS for q in view.quantities):
                return None  # a count makes it a fact we could not type, not an opinion
            if not (
                suspected
                or self.lex.stance.occurs_in(view.words)
                or self.lex.statement_topics.occurs_in(view.words)
            ):
                return None
        return self._statement(view, "suspected_cause" if suspected else None)

    def _finding(self, view: SentenceView, hits: Sequence[Hit]) -> Hit | None:
        """What an inquiry found, as a laboratory's result is: one of the ``finding_nouns``,
        then one of the ``finding_verbs`` at most ``FINDING_REACH`` words on, no comma
        between ("Hasil autopsi di RSUD dr. Murjani Sampit menunjukkan korban meninggal
        akibat benturan", "An inspection by the Road Transport Department found the brake
        linings worn"), in a sentence that counts nothing (``FACT_UNITS``, shares: a finding
        with a figure measures something, "Hasil pemeriksaan jentik … menunjukkan angka
        bebas jentik 68 persen") and has no laboratory result of its own. A finding told
        with the words of a suspected cause is that statement (``_quoted_statement``)."""
        if any(h.subtype == "lab_result" for h in hits) or any(
            q.unit in FACT_UNITS or q.unit == "percent" for q in view.quantities
        ):
            return None
        words, nouns, verbs = view.words, self.lex.finding_nouns, self.lex.finding_verbs
        if self.lex.suspicion.occurs_in(words) or self.lex.unsourced_suspicions.occurs_in(words):
            return None  # "found signs that the fire started with a short circuit": a cause
        for start, end, _ in nouns.find_all(words):
            for k in range(end, min(len(words), end + FINDING_REACH)):
                if words[k] in (",", ";", ":"):
                    break
                if words[k - 1] in self.lex.purpose_preps:
                    break  # "… untuk memastikan penyebab kebakaran": what it is for
                if verbs.match_at(words, k) is not None:
                    return Hit(start, end, FINDING, "OTHER", "lab_result")
        return None

    def _cause_beside(self, view: SentenceView, claims: Sequence[Claim]) -> Claim | None:
        """A cause the sentence tells beside the event it reports (``causes_told``:
        "Kerusuhan bermula saat petugas menggelar razia, kata X", "the riot began when
        inmates resisted a search, officials said"): a statement of suspected_cause of its
        own, where a source tells it or the outlet reports it as suspected."""
        if any(c.type == "STATEMENT" for c in claims):
            return None
        if not (self.lex.causes_told.occurs_in(view.words) or self._failure_told(view.words)):
            return None
        attribution = view.attribution
        told = attribution.source is not None and attribution.how in ("speech", "explicit", "quote")
        if not told and not self.lex.unsourced_suspicions.occurs_in(view.words):
            return None
        return self._statement(view, "suspected_cause")

    def _failure_told(self, words: Sequence[str]) -> bool:
        """Does the sentence tell a vehicle's failure (``vehicle_failures``: "Police say the
        brakes failed") outside a clause that describes the vehicle ("truk pasir yang remnya
        blong menyeruduk lapak": a relative pronoun at most ``FAILURE_RELATIVE_REACH``
        words before, no comma between)?"""
        for start, _, _ in self.lex.vehicle_failures.find_all(words):
            before = words[max(0, start - FAILURE_RELATIVE_REACH) : start]
            if "," in before:
                before = before[len(before) - before[::-1].index(",") :]
            if not any(w in self.lex.relative for w in before):
                return True
        return False

    @staticmethod
    def _statement(view: SentenceView, subtype: str | None) -> Claim:
        """The sentence as its source's statement of a kind."""
        attribution, s = view.attribution, view.sentence
        return Claim(
            type="STATEMENT",
            subtype=subtype,
            plover=PLOVER["STATEMENT"],
            actor=attribution.source,
            source=attribution.source,
            via=attribution.via,
            modality="reported",
            evidence=Evidence(s.text, s.start, s.end),
        )

    def _remember(self, view: SentenceView, claims: list[Claim], memory: Memory) -> None:
        counts = [c for c in claims if c.quantity is not None and c.subtype
                  and c.type != "STATEMENT"]  # fmt: skip
        if counts:
            memory.last_count = (counts[-1].type, counts[-1].subtype)
        days = [
            t
            for t in times_after_dateline(view)
            if t.granularity == "day"
            and not t.end
            and t.text.split()[0].lower() not in self.since_words
            and not time_of_saying(view, t)
            and not self._said_on(view, t)
        ]  # "hujan … sejak Rabu sore" opens a span; it does not name the day of the news,
        # nor do the day a story was filed ("PORT MORESBY, May 16 (Bismarck Wire) -") and
        # the day something was said ("…, a provincial official said on Saturday")
        if days:
            memory.day = days[-1]
        for claim in claims:
            if claim.subtype in VICTIM_KINDS and memory.victims is None:
                # "27 lainnya tersengat tawon", then "Polsek mencatat 29 korban": in an
                # article about stings, the victims are the stung.
                memory.victims = claim.subtype
            if claim.subtype in EVENT_SUBTYPES and claim.time and claim.time.granularity == "day":
                memory.event_day = claim.time
                memory.event_days.setdefault(claim.subtype, claim.time)

            if is_event(claim.type, claim.subtype):
                memory.last_event = (claim.type, claim.subtype)
            if claim.actor is not None and claim.type != "STATEMENT":
                memory.last_actor = claim.actor
            self.roles.remember(claim.subtype, claim.actor, memory)
        places = [
            m
            for m in view.mentions
            if m.type in PLACE_TYPES and m.type != "country" and m.entity_id is not None
        ]
        if places:
            memory.last_location = places[0].ref()  # "Kyaukphyu, Rakhine State": the first
        for m in view.mentions:
            if m.type != "country" and m.how != "metonym":
                continue
            ref = self.resolver.as_party(m)
            if ref.type != "country":
                continue
            memory.countries = [c for c in memory.countries if c.id != ref.id] + [ref]


# The claims that happen where the article's event does: a toll, an attack, a deployment
# and the other counts of an event ("Dua pekerja tewas", "300 prajurit dikirim").
EVENT_PLACE_TYPES = frozenset({"CASUALTIES", "ATTACK", "OTHER", "DEPLOYMENT"})


def _with_speaker_bodies(claims: list[Claim], bodies: Mapping[str, EntityRef]) -> list[Claim]:
    """Statements of a person whose title names their body carry that body
    (``Claim.speaker_body``)."""
    for i, claim in enumerate(claims):
        speaker = claim.actor or claim.source
        if claim.type == "STATEMENT" and speaker is not None and speaker.type == "person":
            body = bodies.get(speaker.name)
            if body is not None and body != speaker:
                claims[i] = dataclasses.replace(claim, speaker_body=body)
    return claims


def _at_the_event_place(
    claims: list[Claim],
    country_of: Callable[[EntityRef | None], EntityRef | None],
    city_state: Callable[[EntityRef | None], bool],
) -> list[Claim]:
    """The claims, those of ``EVENT_PLACE_TYPES`` that name no place located at the
    article's event place: the place of the first such claim that names one below the
    country ("… di Kampung Yugunomba, Distrik Balingga") or a country that is one city
    ("Typhoon Tenggiri lashed Hong Kong", not the district a later sentence names),
    marked ``location_implied``.
    So are those that name only a town they are near (marked ``location_implied``
    already), where the event place may lie in the same country: "a project near Jakarta"
    is in Cileungsi, but "Kualanamu airport near Medan" is no place in Songkhla, and with
    no event place the town is the claim's place."""
    place = next(
        (
            c.location
            for c in claims
            if c.location is not None
            and not c.location_implied
            and c.type in EVENT_PLACE_TYPES
            and (c.location.type != "country" or city_state(c.location))
        ),
        None,
    )
    country = country_of(place) if place is not None else None

    def placed(c: Claim) -> Claim:
        if c.type not in EVENT_PLACE_TYPES or c.subtype in SENT_AWAY:
            return c
        if c.location is None and place is not None:
            return dataclasses.replace(c, location=place, location_implied=True)
        if c.location is not None and c.location_implied:
            near = country_of(c.location)
            if place is not None and (near is None or country is None or near.id == country.id):
                return dataclasses.replace(c, location=place)
            return dataclasses.replace(c, location_implied=False)
        return c

    return [placed(c) for c in claims]
