"""Typed claims from one article's sentences.

For each sentence: find trigger words (pack ``triggers.yaml``), decide the claim type
(a transfer is a DEPLOYMENT or a WEAPONS_TRANSFER depending on what is sent), drop
triggers that only set the scene (``Selain mengirim tentara, …``, ``dalam pertempuran``),
then fill the roles by pattern:

* actor: the agent after ``oleh`` in a passive; the side of the people counted
  (``tentara Korut tewas`` -> North Korea); the owner of a nominal event
  (``invasi Rusia``); else the clause subject; pronoun subjects (``mereka``) inherit the
  actor of the previous claim, ``kedua negara`` the last two countries named.
* recipient: a party after ``ke``/``kepada``/``terhadap`` or a purpose phrase
  (``untuk memperkuat militer Rusia``); for a place after ``ke``, the country it lies in.
* location: the first place after a locative preposition.
* quantity: the figure nearest the trigger whose unit fits the type; time: the nearest
  time expression; source and via: from attribution; modality from negation, denial,
  possibility and reporting cues.

Capitals in actor or recipient position stand for their country (``Pyongyang``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from silang.analyse.attribution import Attribution
from silang.analyse.sentences import Sentence
from silang.analyse.tokens import PhraseTable, Token, token_index
from silang.lang import LanguagePack
from silang.model import Claim, EntityRef, Evidence, Mention, Quantity, TimeSpan

PLOVER = {
    "DEPLOYMENT": "MOBILIZE",
    "WEAPONS_TRANSFER": "AID",
    "CASUALTIES": "ASSAULT",
    "AGREEMENT": "AGREE",
    "MEETING": "CONSULT",
    "ATTACK": "ASSAULT",
    "STATEMENT": "ACCUSE",
    "OTHER": None,
}
PARTY_TYPES = frozenset({"country", "organisation", "group", "military_unit", "person"})
PLACE_TYPES = frozenset({"place", "country"})
# Figures that count people, per claim type; other types take any countable unit.
PERSON_TYPES = frozenset({"DEPLOYMENT", "CASUALTIES"})
COUNT_UNITS_BY_SUBTYPE = {
    "houses_damaged": {"house", "building", "unit", None},
    "houses_flooded": {"house", "building", "unit", None},
    "displaced": {"person", "household", None},
    "aid": {"IDR", "USD", "EUR", "ton", "kg", "liter", "item", "unit", "vehicle", None},
    "seized": {"ton", "kg", "gram", "liter", "item", "unit", "IDR", "USD", None},
    "protest": {"person", None},
    "shelters": {"item", "unit", "village", None},
    "suspects_identified": {"person", None},
    "rescued": {"person", None},
    "arrested": {"person", None},
    "aboard": {"person", None},
    "earthquake": {"magnitude"},
    "missile_launch": {"km"},
    "altitude": {"km", "m"},
}
# Units of things counted (as opposed to measures like km or mm).
VESSEL_UNITS = frozenset({"vessel", "aircraft", "unit", None})
COUNT_UNITS = frozenset(
    {"person", "household", "house", "building", "vehicle", "unit", "IDR", "USD", "hectare"}
)
EVENT_SUBTYPES = frozenset(
    {"earthquake", "flood", "landslide", "eruption", "sinking", "crash", "fire", "missile_launch"}
)
NOT_COUNTS = frozenset({
    "mm", "km", "m", "cm", "percent", "year", "day", "month", "week", "hour", "time", "hectare",
    "kg", "ton", "liter", "IDR", "USD", "magnitude",
})  # fmt: skip
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"'})


@dataclass(slots=True, frozen=True)
class Trigger:
    type: str
    subtype: str | None
    voice: str
    # What must hold for the trigger to count: "quantity" (a figure goes with it) and/or
    # object classes it must act on ("personnel", "people", "vessels", ...).
    requires: tuple[str, ...] = ()


@dataclass(slots=True)
class SentenceView:
    """A sentence with everything found in it."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    quantities: list[Quantity]
    times: list[TimeSpan]
    attribution: Attribution
    words: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.words:
            self.words = [t.lower for t in self.tokens]


class Resolver:
    """What the claim extractor needs from the knowledge base, behind one small interface."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb

    def entity(self, entity_id: str | None) -> Any:
        return self.kb.get(entity_id) if (self.kb is not None and entity_id) else None

    def country_ref(self, iso2: str | None) -> EntityRef | None:
        if not iso2:
            return None
        entity = self.entity(f"country/{iso2}")
        return EntityRef(entity.id, entity.name, "country") if entity else None

    def as_party(self, mention: Mention) -> EntityRef:
        """A capital or seat of power in a party role stands for its country."""
        if mention.entity_id and self.kb is not None:
            country = self.kb.metonym_country(mention.entity_id)
            if country is not None:
                return EntityRef(country.id, country.name, "country")
        return mention.ref()

    def state_of(self, ref: EntityRef | None) -> EntityRef | None:
        """A person's country (for treaties); anything else unchanged."""
        if ref is None or ref.type != "person":
            return ref
        entity = self.entity(ref.id)
        return self.country_ref(getattr(entity, "country", None)) or ref

    def country_of(self, ref: EntityRef | None) -> EntityRef | None:
        """The country a place lies in (Kursk Oblast -> Russia)."""
        if ref is None:
            return None
        if ref.type == "country":
            return ref
        entity = self.entity(ref.id)
        if entity is None:
            return None
        country = self.kb.metonym_country(entity.id)
        if country is not None:
            return EntityRef(country.id, country.name, "country")
        return self.country_ref(getattr(entity, "country", None))


@dataclass(slots=True, frozen=True)
class _Lexicon:
    triggers: PhraseTable
    objects: PhraseTable
    object_types: dict[str, tuple[str, str | None]]  # class -> (type, subtype)
    figure_required: frozenset[str]  # subtypes that are a claim only with a figure
    per_figure: frozenset[str]  # subtypes that make one claim per listed figure
    side_nouns: PhraseTable
    recipient_preps: frozenset[str]
    giver_preps: frozenset[str]
    location_preps: PhraseTable
    agent_preps: frozenset[str]
    partner_preps: frozenset[str]
    opponent_preps: frozenset[str]
    purpose_verbs: frozenset[str]
    anaphora: PhraseTable
    pair_anaphora: PhraseTable
    negation: PhraseTable
    denial: PhraseTable
    possibility: PhraseTable
    background_preps: frozenset[str]
    background_clause: frozenset[str]
    relative: frozenset[str]
    done: frozenset[str]
    demonstratives: frozenset[str]
    increments: frozenset[str]
    conjunctions: frozenset[str]
    cause_preps: frozenset[str]
    accusation: PhraseTable
    stance: PhraseTable
    directives: PhraseTable
    # English puts a noun's modifiers before it (North Korean soldiers, a Russian attack);
    # Indonesian after (tentara Korut, serangan Rusia).
    modifiers_before: bool
    determiners: frozenset[str]


@cache
def _lexicon(pack: LanguagePack) -> _Lexicon:
    t = pack.table("triggers")
    # One phrase can have several senses (ditangkap: a prisoner of war, or an arrest); they
    # are tried in file order and the first whose requirement holds is used.
    senses: dict[str, list[Trigger]] = {}
    for spec in t["triggers"]:
        requires = spec.get("requires") or ()
        requires = (requires,) if isinstance(requires, str) else tuple(requires)
        trig = Trigger(spec["type"], spec.get("subtype"), spec["voice"], requires)
        for word in spec["words"]:
            senses.setdefault(word.lower(), []).append(trig)
    entries = [(word, tuple(options)) for word, options in senses.items()]
    # A noun can be in several classes ("tentara": personnel sent, combatants captured).
    classes_of: dict[str, list[str]] = {}
    for cls, nouns in t["object_classes"].items():
        for noun in nouns:
            classes_of.setdefault(noun.lower(), []).append(cls)
    objects = [(noun, tuple(classes)) for noun, classes in classes_of.items()]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in t.get(key, []))

    def table(key: str) -> PhraseTable:
        return PhraseTable({w: True for w in t.get(key, [])})

    return _Lexicon(
        triggers=PhraseTable(entries),
        objects=PhraseTable(objects),
        # "OTHER/aid": a type and a subtype; "DEPLOYMENT": a type alone.
        object_types={
            cls: (kind.partition("/")[0], kind.partition("/")[2] or None)
            for cls, kind in t["object_types"].items()
        },
        figure_required=words("figure_required"),
        per_figure=words("one_claim_per_figure"),
        side_nouns=table("side_nouns"),
        recipient_preps=words("recipient_preps"),
        giver_preps=words("giver_preps"),
        location_preps=table("location_preps"),
        agent_preps=words("agent_preps"),
        partner_preps=words("partner_preps"),
        opponent_preps=words("opponent_preps"),
        purpose_verbs=words("purpose_verbs"),
        anaphora=table("anaphora"),
        pair_anaphora=table("pair_anaphora"),
        negation=table("negation"),
        denial=table("denial_verbs"),
        possibility=table("possibility"),
        background_preps=words("background_preps"),
        background_clause=words("background_clause_openers"),
        relative=words("relative_pronouns"),
        done=words("done_markers"),
        demonstratives=words("demonstratives"),
        increments=words("increment_words"),
        conjunctions=words("pair_conjunctions"),
        cause_preps=words("cause_preps"),
        accusation=table("accusation_verbs"),
        stance=table("stance_words"),
        directives=table("directive_verbs"),
        modifiers_before=bool(t.get("modifiers_before", False)),
        determiners=words("determiners"),
    )


@dataclass(slots=True)
class _Hit:
    start: int  # token index
    end: int
    trigger: Trigger
    type: str
    subtype: str | None
    # None (main clause) | "scene" (right after selain/dalam/akibat …) | "clause" (in a
    # clause opened by sejak/setelah/ketika …) | "relative" (yang …) |
    # "anaphoric" (peluncuran itu: an event reported before)
    background: str | None = None


@dataclass(slots=True)
class _Memory:
    """What earlier sentences leave for anaphora."""

    last_actor: EntityRef | None = None
    last_location: EntityRef | None = None
    # The side whose casualties this paragraph is counting.
    casualty_side: EntityRef | None = None
    countries: list[EntityRef] = field(default_factory=list)
    paragraph: int = -1


class ClaimExtractor:
    """Turns the sentence views of one article into claims."""

    def __init__(self, pack: LanguagePack, kb: Any) -> None:
        self.lex = _lexicon(pack)
        self.resolver = Resolver(kb)

    def extract(self, views: Sequence[SentenceView]) -> list[Claim]:
        claims: list[Claim] = []
        memory = _Memory()
        for view in views:
            if view.sentence.is_heading:
                memory = _Memory()
                continue
            if view.sentence.paragraph != memory.paragraph:
                memory.paragraph = view.sentence.paragraph
                memory.casualty_side = None
            found = self._sentence_claims(view, memory)
            claims.extend(found)
            self._remember(view, found, memory)
        return claims

    # -- per sentence ------------------------------------------------------------------

    def _sentence_claims(self, view: SentenceView, memory: _Memory) -> list[Claim]:
        hits = self._hits(view)
        claims: list[Claim] = []
        seen: set[tuple[str, str | None]] = set()
        main_types = {h.type for h in hits if not h.background}
        used_quantities: set[int] = set()
        for hit in hits:
            key = (hit.type, hit.subtype)
            if key in seen:
                continue
            if hit.background and not self._background_worth_keeping(view, hit, main_types):
                continue
            claim = self._build(view, hit, memory, used_quantities)
            if claim is None:
                continue
            if claim.type == "CASUALTIES" and claim.actor is not None:
                memory.casualty_side = claim.actor
            seen.add(key)
            claims.append(claim)
            if claim.quantity is not None and hit.subtype in self.lex.per_figure:
                # "5.000 paket sembako, 1.000 tenda dan 20 unit tangki air": each figure
                # counts something else, so each is a fact of its own.
                while (more := self._quantity(view, hit, used_quantities)) is not None:
                    used_quantities.add(id(more))
                    claims.append(dataclasses.replace(claim, quantity=more))
        if not claims:
            statement = self._quoted_statement(view)
            if statement is not None:
                claims.append(statement)
        return claims

    def _hits(self, view: SentenceView) -> list[_Hit]:
        words = view.words
        lex = self.lex
        raw = lex.triggers.find_all(words)
        hits: list[_Hit] = []
        names = [
            (m.char_start, m.char_end) for m in view.mentions if m.type in PARTY_TYPES | {"place"}
        ]
        for start, end, senses in raw:
            if any(
                a <= view.tokens[start].start and view.tokens[end - 1].end <= b for a, b in names
            ):
                continue  # "Pusat Gempabumi dan Tsunami BMKG" names a body, not a quake
            assert isinstance(senses, tuple)
            for trig in senses:
                if trig.type == "TRANSFER":
                    classes = self._transferred(view, start, end, trig.voice)
                    hits.extend(
                        _Hit(start, end, trig, *lex.object_types[c])
                        for c in classes
                        if c in lex.object_types
                    )
                    if classes:
                        break
                    continue
                if any(
                    need != "quantity" and not self._object_has(view, start, end, trig.voice, need)
                    for need in trig.requires
                ):
                    continue
                hits.append(_Hit(start, end, trig, trig.type, trig.subtype))
                break
        hits = self._denials(view, hits)
        hits = self._requested(view, hits)
        hits = self._merge_casualties(hits, words)
        for hit in hits:
            hit.background = self._is_background(view, hit)
        # An event pointed back to (peluncuran itu) is not claimed again, so it does not
        # make the sentence's statement mere attribution either.
        has_other_claim = any(h.type != "STATEMENT" and h.background != "anaphoric" for h in hits)
        if has_other_claim and not any(h.subtype == "denial" for h in hits):
            # A speech verb around a fact attributes it; it is not a claim of its own. A
            # demand or a promise is: what it asks for is not claimed (_requested), and a
            # fact beside it in a relative clause does not make it mere attribution.
            hits = [h for h in hits if h.type != "STATEMENT" or self._is_directive(words, h)]
        # Main-clause triggers first, so that each type's best trigger claims the figures.
        hits.sort(key=lambda h: (h.background is not None, h.start))
        return hits

    def _transferred(self, view: SentenceView, start: int, end: int, voice: str) -> list[str]:
        """Object classes (personnel, weapons) that a transfer trigger moves."""
        words = view.words
        if voice == "passive":
            lo = self._clause_bound(view, start, -1)
            window = range(lo, start)
        elif voice == "receive":
            # What is received comes right after (menerima sekitar 3.000 tentara), not
            # further on (menerima laporan bahwa tiga tentara tewas).
            window = range(end, min(self._clause_bound(view, end, +1), end + 3))
        else:
            hi = self._clause_bound(view, end, +1)
            window = range(end, hi)
        classes: list[str] = []
        for j in window:
            hit = self.lex.objects.match_at(words, j)
            if hit:
                classes.extend(c for c in hit[1] if c not in classes)  # type: ignore[union-attr]
        # A weapon system named in the sentence is a weapons transfer even without a noun.
        if "weapons" not in classes and any(m.type == "weapon_system" for m in view.mentions):
            classes.append("weapons")
        return classes

    def _object_has(self, view: SentenceView, start: int, end: int, voice: str, cls: str) -> bool:
        """Is something of class ``cls`` what the trigger acts on (after an active verb,
        before a passive one, around a state or noun)?"""
        if voice in ("active", "receive"):
            window = range(end, min(len(view.words), end + 6))
        elif voice == "passive":
            window = range(max(0, start - 6), start)
        else:
            window = range(max(0, start - 6), min(len(view.words), end + 6))
        return any(
            (hit := self.lex.objects.match_at(view.words, j)) and cls in hit[1]  # type: ignore[operator]
            for j in window
        )

    def _requested(self, view: SentenceView, hits: list[_Hit]) -> list[_Hit]:
        """``X meminta pemerintah menempatkan kapal patroli``: what X asks for has not
        happened; the sentence is X's demand (a STATEMENT), and nothing after the
        directive verb is claimed, except in a relative clause, which states a fact
        (``… menjamin keselamatan warga yang kini mengungsi``), or after a marker of
        something done (``memperingatkan bahwa 2.000 warga telah mengungsi``)."""
        words = view.words
        lex = self.lex
        for hit in hits:
            if self._is_directive(words, hit):
                return [
                    h
                    for h in hits
                    if h.start <= hit.start
                    or not lex.relative.isdisjoint(words[max(0, h.start - 2) : h.start])
                    or not lex.done.isdisjoint(words[hit.end : h.start])
                ]
        return hits

    def _is_directive(self, words: list[str], hit: _Hit) -> bool:
        """A statement made by a verb that asks for, promises or warns of something."""
        return (
            hit.type == "STATEMENT" and self.lex.directives.match_at(words, hit.start) is not None
        )

    def _denials(self, view: SentenceView, hits: list[_Hit]) -> list[_Hit]:
        """``X membantah bahwa …``: the sentence is X's denial (a STATEMENT); what X denies
        is not claimed by the article."""
        words = view.words
        for j in sorted({*self.lex.denial.starts(words), *self.lex.accusation.starts(words)}):
            hit = self.lex.denial.match_at(words, j)
            accused = self.lex.accusation.match_at(words, j)
            if accused and not hit:
                kept = [h for h in hits if h.end <= j or h.start == j]
                if not any(h.start == j for h in kept):
                    kept.append(
                        _Hit(
                            j,
                            j + accused[0],
                            Trigger("STATEMENT", None, "active"),
                            "STATEMENT",
                            None,
                        )
                    )
                return kept
            if hit:
                kept = [h for h in hits if h.end <= j]
                if not any(h.type == "STATEMENT" and h.start == j for h in hits):
                    trig = Trigger("STATEMENT", "denial", "active")
                    kept.append(_Hit(j, j + hit[0], trig, "STATEMENT", "denial"))
                else:
                    kept.extend(h for h in hits if h.start == j)
                return kept
        return hits

    @staticmethod
    def _merge_casualties(hits: list[_Hit], words: list[str]) -> list[_Hit]:
        """``korban`` next to a specific casualty word is that word; ``tewas atau terluka`` is one."""
        casualty = [h for h in hits if h.type == "CASUALTIES"]
        drop: set[int] = set()
        for h in casualty:
            if h.subtype != "killed_or_wounded":
                continue
            for other in casualty:
                if (
                    other is not h
                    and other.subtype != "killed_or_wounded"
                    and abs(other.start - h.end) <= 1
                ):
                    drop.add(id(h))
        for a, b in zip(casualty, casualty[1:], strict=False):
            between = words[a.end : b.start]
            if {a.subtype, b.subtype} == {"killed", "wounded"} and between in (
                ["atau"],
                ["/"],
                ["or"],
            ):
                a.subtype = "killed_or_wounded"
                drop.add(id(b))
        return [h for h in hits if id(h) not in drop]

    def _is_background(self, view: SentenceView, hit: _Hit) -> str | None:
        """``scene`` for ``Selain mengirim …``/``dalam pertempuran``/``sejak mereka …``,
        ``relative`` for a trigger inside a ``yang`` clause, else None."""
        words = view.words
        before = words[hit.start - 1] if hit.start > 0 else ""
        after = words[hit.end] if hit.end < len(words) else ""
        if hit.trigger.voice == "noun" and after in self.lex.demonstratives:
            return "anaphoric"
        if before in self.lex.background_preps:
            return "scene"
        clause_start = self._clause_bound(view, hit.start, -1)
        for j in range(hit.start - 1, clause_start - 1, -1):
            if words[j] in self.lex.background_clause:
                return "clause"
            if self.lex.triggers.match_at(words, j):
                break  # an earlier trigger owns the clause
        if any(words[j] in self.lex.relative for j in range(clause_start, hit.start)):
            return "relative"
        return None

    def _background_worth_keeping(
        self, view: SentenceView, hit: _Hit, main_types: set[str]
    ) -> bool:
        """A relative-clause event stands unless the main clause has its type; a scene-setting
        one only when it names its own actor (``sejak invasi Rusia``)."""
        if hit.type in main_types or hit.background == "anaphoric":
            return False
        if (
            main_types
            and hit.background == "scene"
            and view.words[hit.start - 1] in self.lex.cause_preps
        ):
            # "tewas akibat serangan KKB": the attack is given as the cause of what the
            # sentence reports, not reported by it.
            return False
        if hit.background == "relative":
            return True
        if self._owner(view, hit) is not None:
            return True
        if hit.background != "clause":
            return False
        # "setelah Putin dan Kim meneken perjanjian": the clause names its own subject.
        clause_start = self._clause_bound(view, hit.start, -1)
        lo = view.tokens[clause_start].start
        return any(
            m.type in PARTY_TYPES
            and lo <= m.char_start
            and m.char_end <= view.tokens[hit.start].start
            and not self._prep_governed(view, m)
            for m in view.mentions
        ) and hit.trigger.voice in ("active", "noun")

    # -- building one claim ------------------------------------------------------------

    def _build(
        self, view: SentenceView, hit: _Hit, memory: _Memory, used_quantities: set[int]
    ) -> Claim | None:
        quantity = self._quantity(view, hit, used_quantities)
        if quantity is None and (
            "quantity" in hit.trigger.requires or hit.subtype in self.lex.figure_required
        ):
            return None
        time = self._time(view, hit)
        if (
            hit.type == "OTHER"
            and hit.subtype in EVENT_SUBTYPES
            and quantity is None
            and time is None
        ):
            # An event is reported with its time or its size ("Gempa bermagnitudo 6,2 … pada
            # Senin"); "bangunan tahan gempa" is not a report of one.
            return None
        actor, recipient = self._parties(view, hit, memory)
        if hit.trigger.voice == "receive" and actor is None and quantity is None:
            # "akan menerima perwakilan buruh": receiving is a transfer only with a giver
            # or a figure.
            return None
        if hit.type == "AGREEMENT":
            # States are the parties to a treaty, whoever signs it ("Putin dan Kim Jong Un
            # meneken perjanjian"): the same treaty must group with its other reports.
            actor, recipient = self.resolver.state_of(actor), self.resolver.state_of(recipient)
        location = self._location(view, hit, actor)
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
        if hit.type == "STATEMENT" and actor is None:
            actor = attribution.source
        subtype = hit.subtype
        if (
            hit.type == "CASUALTIES"
            and quantity is None
            and actor is None
            and location is None
            and hit.subtype != "killed_or_wounded"
            and not view.quantities
        ):
            # "kelalaian yang menyebabkan orang meninggal dunia": nobody counted, nowhere.
            return None
        if quantity is not None:
            used_quantities.add(id(quantity))
            if hit.type == "DEPLOYMENT" and self._is_increment(view, quantity):
                subtype = "additional"
        items = self._items(view) if hit.type == "WEAPONS_TRANSFER" else []
        s = view.sentence
        return Claim(
            type=hit.type,
            subtype=subtype,
            plover=PLOVER.get(hit.type),
            actor=actor,
            recipient=recipient,
            location=location,
            quantity=quantity,
            items=items,
            time=time,
            source=attribution.source,
            via=attribution.via,
            modality=self._modality(view, hit),
            evidence=Evidence(s.text, s.start, s.end),
        )

    def _parties(
        self, view: SentenceView, hit: _Hit, memory: _Memory
    ) -> tuple[EntityRef | None, EntityRef | None]:
        if hit.type in ("MEETING", "AGREEMENT"):
            pair = self._pair(view, hit, memory)
            if pair is not None:
                return pair
        if hit.trigger.voice == "receive":
            return self._receiving_parties(view, hit)
        actor = self._actor(view, hit, memory)
        recipient = self._recipient(view, hit, actor)
        if actor is not None and recipient is not None and actor.id == recipient.id:
            recipient = None
        return actor, recipient

    def _receiving_parties(
        self, view: SentenceView, hit: _Hit
    ) -> tuple[EntityRef | None, EntityRef | None]:
        """``Ukraina menerima rudal ATACMS dari AS``: the subject is the recipient; the
        giver follows ``dari`` or owns the people received (``kedatangan tentara Korut``)."""
        parties = _reported_parties(view)
        after = [m for m in parties if m.char_start >= view.tokens[hit.end - 1].end]
        giver = self._after_prep(view, hit.end, self.lex.giver_preps, after, limit=10)
        if giver is None:
            giver = self._side_after(view, hit.end, parties)
        subject = self._clause_subject(view, hit.start, parties)
        recipient = self.resolver.as_party(_head_of_subject(subject)) if subject else None
        actor = self.resolver.as_party(giver) if giver is not None else None
        if actor is not None and recipient is not None and actor.id == recipient.id:
            actor = None
        return actor, recipient

    def _clause_subject(
        self, view: SentenceView, j: int, parties: Sequence[Mention]
    ) -> list[Mention]:
        """The parties in the clause of token ``j`` before it, not after a preposition."""
        clause_lo = view.tokens[self._clause_bound(view, j, -1)].start
        return [
            m
            for m in parties
            if clause_lo <= m.char_start
            and m.char_end <= view.tokens[j].start
            and not self._prep_governed(view, m)
        ]

    def _actor(self, view: SentenceView, hit: _Hit, memory: _Memory) -> EntityRef | None:
        voice = hit.trigger.voice
        source_spans = view.attribution.spans
        parties = _reported_parties(view)
        tokens = view.tokens
        trig_start = tokens[hit.start].start
        clause_lo = tokens[self._clause_bound(view, hit.start, -1)].start if tokens else 0
        # 1. agent after "oleh" (passive).
        if voice == "passive":
            agent = self._after_prep(view, hit.end, self.lex.agent_preps, parties, limit=6)
            if agent is not None:
                return self.resolver.as_party(agent)
        # 2. the side of the people counted or sent (tentara Korut, personel dari Korea Utara).
        if hit.type == "CASUALTIES" and voice == "active":
            # "Pasukan Ukraina menangkap dua tentara Korea Utara": the victims follow the verb.
            side = self._side_after(view, hit.end, parties)
            return self.resolver.as_party(side) if side is not None else None
        if hit.type in ("CASUALTIES", "DEPLOYMENT") or voice in ("passive", "state"):
            side = self._side_before(view, hit.start, parties, clause_lo)
            if side is None and hit.type == "CASUALTIES":
                side = self._side_after(view, hit.end, parties)
            if side is not None and (voice != "active" or hit.type == "CASUALTIES"):
                return self.resolver.as_party(side)
        if hit.type == "CASUALTIES":
            # The subject of "Serangan KKB menewaskan lima pekerja" is the attacker, not the
            # side of the dead. "… 1.000 tentara Korut …, dengan sekitar 100 tentara tewas":
            # soldiers without a nationality are the side counted just before.
            near = view.words[max(0, hit.start - 3) : hit.start]
            if memory.casualty_side is not None and any(
                self.lex.side_nouns.match_at(near, k) for k in range(len(near))
            ):
                return memory.casualty_side
            return None
        # 3. who a protest or condemnation comes from (kecaman keras dari Jepang), or the
        # owner of a nominal event (invasi Rusia).
        if voice == "noun" and hit.type == "STATEMENT":
            giver = self._after_prep(view, hit.end, self.lex.giver_preps, parties, limit=3)
            if giver is not None:
                return self.resolver.as_party(giver)
        if voice == "noun":
            owner = self._owner(view, hit)
            if owner is not None:
                return owner
        # 4. clause subject before the trigger.
        subject = self._clause_subject(view, hit.start, parties)
        if not subject:
            subject = [
                m for m in parties if m.char_end <= trig_start and not self._prep_governed(view, m)
            ]
        if subject:
            return self.resolver.as_party(_head_of_subject(subject))
        # 5. "AA mengklaim telah merebut …": a speaker whose report has no other subject
        # reports their own deed.
        if view.attribution.how == "speech" and source_spans:
            speaker_end = max(end for _, end in source_spans)
            if speaker_end <= trig_start and view.attribution.source is not None:
                return view.attribution.source
        # 6. pronoun and demonstrative subjects (mereka, rudal tersebut) inherit the
        # previous actor.
        before = range(max(0, hit.start - 6), hit.start)
        pointing_back = any(
            self.lex.anaphora.match_at(view.words, j) for j in range(0, hit.start)
        ) or any(view.words[j] in self.lex.demonstratives for j in before)
        if pointing_back and memory.last_actor:
            return memory.last_actor
        if voice in ("passive", "state") and hit.type == "DEPLOYMENT" and memory.last_actor:
            return memory.last_actor if self._mentions_people(view) else None
        return None

    def _recipient(
        self, view: SentenceView, hit: _Hit, actor: EntityRef | None
    ) -> EntityRef | None:
        parties = [
            m
            for m in view.mentions
            if m.type in PARTY_TYPES | {"place"} and not _inside(m, view.attribution.spans)
        ]
        lex = self.lex
        words = view.words
        tokens = view.tokens
        end_char = tokens[hit.end - 1].end
        after = [m for m in parties if m.char_start >= end_char]
        if hit.type == "CASUALTIES" and hit.trigger.voice == "active":
            clause_lo = tokens[self._clause_bound(view, hit.start, -1)].start
            side = self._side_before(view, hit.start, parties, clause_lo)
            if side is not None:
                return self.resolver.as_party(side)
        if hit.type == "CASUALTIES":
            opp = self._after_prep(
                view,
                hit.end,
                lex.opponent_preps | lex.agent_preps | lex.cause_preps,
                after,
                limit=8,
            )
            return self.resolver.as_party(opp) if opp else None
        if hit.type == "ATTACK" and hit.trigger.voice == "passive":
            before = [m for m in parties if m.char_end <= tokens[hit.start].start]
            return self.resolver.as_party(before[-1]) if before else None
        for m in after:
            j = token_index(tokens, m.char_start)
            # "ke brigade udara dan korps marinir Rusia": the preposition may stand a few
            # nouns before the party.
            window = words[max(hit.end, j - 7) : j]
            if any(
                w in lex.recipient_preps or w in lex.purpose_verbs or w in lex.opponent_preps
                for w in window
            ):
                ref = self.resolver.as_party(m)
                if ref.type == "place":
                    continue  # a place after "ke" is a location; its country comes later
                if actor is None or ref.id != actor.id:
                    return ref
        if hit.type == "ATTACK" and hit.trigger.voice in ("active", "noun"):
            for m in after:
                ref = self.resolver.as_party(m)
                if ref.type != "place" and (actor is None or ref.id != actor.id):
                    return ref
        return None

    def _pair(
        self, view: SentenceView, hit: _Hit, memory: _Memory
    ) -> tuple[EntityRef, EntityRef] | None:
        """Two parties of a meeting or agreement: ``antara X dan Y``, ``X dan Y``, ``kedua negara``."""
        words = view.words
        for j in range(len(words)):
            if self.lex.pair_anaphora.match_at(words, j) and len(memory.countries) >= 2:
                return memory.countries[-2], memory.countries[-1]
        parties = [
            m
            for m in view.mentions
            if m.type in PARTY_TYPES and not _inside(m, view.attribution.spans)
        ]
        parties = _outermost(parties)
        between_at = next(
            (
                k
                for k, w in enumerate(words)
                if w in self.lex.partner_preps and w in ("antara", "between")
            ),
            None,
        )
        if between_at is not None:
            # "antara Menteri Luar Negeri Korea Utara Choe Son-hui dan Presiden Rusia Vladimir
            # Putin": split at the conjunction, then take each side's head.
            joint = next(
                (k for k in range(between_at + 1, len(words)) if words[k] in self.lex.conjunctions),
                None,
            )
            if joint is not None:
                split = view.tokens[joint].start
                left = [m for m in parties if view.tokens[between_at].end <= m.char_start < split]
                right = [m for m in parties if m.char_start > split]
                if left and right:
                    return (
                        self.resolver.as_party(_head_of_subject(left)),
                        self.resolver.as_party(_head_of_subject(right)),
                    )
        partner = self._after_prep(view, hit.end, self.lex.partner_preps, parties, limit=6)
        subject = [
            m
            for m in parties
            if m.char_end <= view.tokens[hit.start].start and not self._prep_governed(view, m)
        ]
        if subject and partner is not None:
            return self.resolver.as_party(_head_of_subject(subject)), self.resolver.as_party(
                partner
            )
        if len(subject) >= 2:
            a, b = subject[0], subject[1]
            between = view.sentence.text[
                a.char_end - view.sentence.start : b.char_start - view.sentence.start
            ]
            if any(w in self.lex.conjunctions for w in between.lower().split()):
                return self.resolver.as_party(a), self.resolver.as_party(b)
        return None

    def _location(self, view: SentenceView, hit: _Hit, actor: EntityRef | None) -> EntityRef | None:
        words = view.words
        tokens = view.tokens
        places = [
            m
            for m in view.mentions
            if m.type in PLACE_TYPES and not _inside(m, view.attribution.spans)
        ]
        best: tuple[int, Mention] | None = None
        for m in places:
            j = token_index(tokens, m.char_start)
            k = j - 1
            # Skip descriptive nouns between the preposition and the name (ke wilayah Kursk).
            while k >= 0 and k >= j - 3 and not self.lex.location_preps.match_at(words, k):
                k -= 1
            if k < 0 or not self.lex.location_preps.match_at(words, k) or j - k > 3:
                continue
            if m.type == "country" and actor is not None and m.entity_id == actor.id:
                continue
            if m.how == "metonym" and hit.type != "MEETING" and words[k] not in ("di",):
                continue  # "ke Moskow" is the recipient, not a place
            distance = abs(j - hit.start) + (0 if j >= hit.end else 5)
            if best is None or distance < best[0]:
                best = (distance, m)
        return best[1].ref() if best else None

    def _quantity(self, view: SentenceView, hit: _Hit, used: set[int]) -> Quantity | None:
        if hit.type in ("AGREEMENT", "MEETING", "STATEMENT"):
            return None
        allowed = COUNT_UNITS_BY_SUBTYPE.get(hit.subtype or "")
        if "vessels" in hit.trigger.requires:
            allowed = VESSEL_UNITS  # "tiga kapal perang" counts ships, not people
        tokens = view.tokens
        trig_start = tokens[hit.start].start
        trig_end = tokens[hit.end - 1].end
        best: tuple[int, Quantity] | None = None
        for q in view.quantities:
            if id(q) in used:
                continue
            if allowed is not None:
                if q.unit not in allowed:
                    continue
            elif hit.type in PERSON_TYPES:
                if q.unit not in ("person", None) or (
                    q.unit is None and not self._casualty_count(view, q, hit)
                ):
                    continue
            elif hit.type in ("WEAPONS_TRANSFER", "ATTACK"):
                if q.unit in NOT_COUNTS or q.unit == "person":
                    continue
            elif q.unit in NOT_COUNTS and hit.subtype != "building":
                continue
            if q.char_end <= trig_start:
                distance = trig_start - q.char_end
            elif q.char_start >= trig_end:
                distance = (q.char_start - trig_end) + 15  # figures usually precede state words
            else:
                distance = 0
            if distance > 120:
                continue
            if best is None or distance < best[0]:
                best = (distance, q)
        return best[1] if best else None

    def _is_increment(self, view: SentenceView, q: Quantity) -> bool:
        """``3.000 tentara tambahan``: the figure adds to an earlier one."""
        j = token_index(view.tokens, q.char_end)
        return any(w in self.lex.increments for w in view.words[j : j + 2])

    @staticmethod
    def _casualty_count(view: SentenceView, q: Quantity, hit: _Hit) -> bool:
        """A bare figure right before a casualty word counts people (``2.700 lainnya terluka``)."""
        if hit.type != "CASUALTIES":
            return False
        gap = view.sentence.text[
            q.char_end - view.sentence.start : view.tokens[hit.start].start - view.sentence.start
        ]
        return len(gap.split()) <= 2

    def _time(self, view: SentenceView, hit: _Hit) -> TimeSpan | None:
        if not view.times:
            return None
        anchor = view.tokens[hit.start].start
        return min(view.times, key=lambda t: abs(t.char_start - anchor))

    def _items(self, view: SentenceView) -> list[str]:
        items: list[str] = []
        for m in view.mentions:
            if m.type == "weapon_system" and m.name not in items:
                items.append(m.name)
        return items

    def _modality(self, view: SentenceView, hit: _Hit) -> str:
        words = view.words
        lo = max(0, hit.start - 4)
        if any(self.lex.negation.match_at(words, j) for j in range(lo, hit.start)):
            return "denied"
        if any(self.lex.denial.match_at(words, j) for j in range(0, hit.start)):
            return "denied"
        if any(
            self.lex.possibility.match_at(words, j) for j in range(max(0, hit.start - 5), hit.start)
        ):
            return "possible"
        if view.attribution.source is not None or view.attribution.reported:
            return "reported"
        return "asserted"

    def _quoted_statement(self, view: SentenceView) -> Claim | None:
        """A quotation, or ``X mengatakan …``, with no other claim is X's statement when
        it takes a stance (``stance_words``: an intention, a demand, a warning)."""
        attribution = view.attribution
        quoted = attribution.how == "quote" or any(q in view.sentence.text for q in '“”"')
        if attribution.how != "speech" and not quoted:
            return None
        if attribution.source is None:
            return None
        if any(q.unit in COUNT_UNITS for q in view.quantities):
            return None  # a count makes it a fact we could not type, not an opinion
        if not self.lex.stance.occurs_in(view.words):
            return None
        s = view.sentence
        return Claim(
            type="STATEMENT",
            plover=PLOVER["STATEMENT"],
            actor=attribution.source,
            source=attribution.source,
            via=attribution.via,
            modality="reported",
            evidence=Evidence(s.text, s.start, s.end),
        )

    # -- small pattern helpers ---------------------------------------------------------

    def _clause_bound(self, view: SentenceView, j: int, step: int) -> int:
        """Index of the first token of the clause (step -1) or one past its end (step +1)."""
        tokens = view.tokens
        if step < 0:
            k = j - 1
            while k >= 0 and tokens[k].text not in CLAUSE_BREAKS:
                k -= 1
            return k + 1
        k = j
        while (
            k < len(tokens)
            and tokens[k].text not in CLAUSE_BREAKS
            and tokens[k].lower not in ("untuk", "yang")
        ):
            k += 1
        return k

    def _after_prep(
        self,
        view: SentenceView,
        j: int,
        preps: frozenset[str],
        candidates: Sequence[Mention],
        limit: int,
    ) -> Mention | None:
        words = view.words
        for k in range(j, min(len(words), j + limit)):
            if words[k] in preps:
                after = [m for m in candidates if m.char_start >= view.tokens[k].end]
                if after and token_index(view.tokens, after[0].char_start) - k <= 5:
                    return _head_of_subject(after)
        return None

    def _side_before(
        self, view: SentenceView, j: int, parties: Sequence[Mention], clause_lo: int
    ) -> Mention | None:
        """``tentara Korut``, ``personel tambahan dari Korea Utara`` before token j."""
        found = None
        for m in parties:
            if m.char_end > view.tokens[j].start or m.char_start < clause_lo:
                continue
            if self._side_owned(view, m):
                found = m
        return found

    def _side_after(self, view: SentenceView, j: int, parties: Sequence[Mention]) -> Mention | None:
        for m in parties:
            if m.char_start >= view.tokens[j - 1].end and self._side_owned(view, m):
                return m
        return None

    def _side_owned(self, view: SentenceView, m: Mention) -> bool:
        """Is the mention the nationality of a person/unit noun just before it (or, in
        English, just after it: ``North Korean soldiers``)?"""
        words = view.words
        if self.lex.modifiers_before:
            after = token_index(view.tokens, m.char_end)
            if any(self.lex.side_nouns.match_at(words, i) for i in range(after, after + 2)):
                return True
        k = token_index(view.tokens, m.char_start)
        for back in range(1, 4):
            i = k - back
            if i < 0:
                return False
            if self.lex.side_nouns.match_at(words, i):
                return True
            if words[i] not in ("dari", "asal", "pihak", "tambahan", "khusus", "elite", "from"):
                return False
        return False

    def _owner(self, view: SentenceView, hit: _Hit) -> EntityRef | None:
        """The party that owns a nominal trigger: right after it (``invasi Rusia``,
        ``serangan Israel``), or in English right before it, over at most two words
        (``a Russian missile attack``)."""
        owner = None
        if hit.end < len(view.tokens):
            owner = self._party_at(view, view.tokens[hit.end].start, start=True)
        if owner is None and self.lex.modifiers_before:
            for back in range(1, 4):
                k = hit.start - back
                if k < 0:
                    break
                owner = self._party_at(view, view.tokens[k].end, start=False)
                word = view.words[k]
                if (
                    owner is not None
                    or word in self.lex.determiners
                    or word in self.lex.recipient_preps
                ):
                    break
        return owner

    def _party_at(self, view: SentenceView, char: int, *, start: bool) -> EntityRef | None:
        """The party (not a place) whose mention starts (or ends) at ``char``."""
        for m in view.mentions:
            if (m.char_start if start else m.char_end) == char and m.type in PARTY_TYPES | {
                "place"
            }:
                ref = self.resolver.as_party(m)
                return ref if ref.type != "place" else None
        return None

    def _prep_governed(self, view: SentenceView, m: Mention) -> bool:
        k = token_index(view.tokens, m.char_start)
        if k == 0:
            return False
        prev = view.words[k - 1]
        return (
            prev in self.lex.recipient_preps
            or prev in self.lex.partner_preps
            or prev in self.lex.opponent_preps
            or prev in self.lex.agent_preps
            or prev in ("di", "dari", "pada", "dalam", "in", "from", "of")
        )

    def _mentions_people(self, view: SentenceView) -> bool:
        return any(
            (hit := self.lex.objects.match_at(view.words, j)) and "personnel" in hit[1]  # type: ignore[operator]
            for j in range(len(view.words))
        )

    def _remember(self, view: SentenceView, claims: list[Claim], memory: _Memory) -> None:
        for claim in claims:
            if claim.actor is not None and claim.type != "STATEMENT":
                memory.last_actor = claim.actor
        for m in view.mentions:
            if m.type != "country" and m.how != "metonym":
                continue
            ref = self.resolver.as_party(m)
            if ref.type != "country":
                continue
            memory.countries = [c for c in memory.countries if c.id != ref.id] + [ref]


def _head_of_subject(subject: Sequence[Mention]) -> Mention:
    """The head of a subject noun phrase. In ``Menteri Luar Negeri AS Antony Blinken`` the
    person, not the country in the title; in ``Kepala Penerangan Kodam XVII Kolonel Dody``
    a name the knowledge base knows rather than an unresolved fragment of the title."""
    first = subject[0]
    phrase = [first]
    for m in subject[1:]:
        if m.char_start - phrase[-1].char_end > 3:
            break
        phrase.append(m)
    people = [m for m in phrase if m.type == "person"]
    if people and first.type != "person":
        return people[0]
    if first.entity_id is None:
        resolved = [m for m in phrase if m.entity_id is not None]
        if resolved:
            return resolved[0]
    return first


def _reported_parties(view: SentenceView) -> list[Mention]:
    """The sentence's parties (metonyms included) outside the span naming its source."""
    return [
        m
        for m in view.mentions
        if (m.type in PARTY_TYPES or m.how == "metonym") and not _inside(m, view.attribution.spans)
    ]


def _inside(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= m.char_start and m.char_end <= b for a, b in spans)


def _outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions nested inside longer ones."""
    return [
        m
        for m in mentions
        if not any(
            o is not m
            and o.char_start <= m.char_start
            and m.char_end <= o.char_end
            and (o.char_end - o.char_start) > (m.char_end - m.char_start)
            for o in mentions
        )
    ]
