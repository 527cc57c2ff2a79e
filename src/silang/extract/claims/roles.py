"""Who did it, to whom, and where: the actor, recipient and location of a claim.

* actor: the agent after ``oleh`` in a passive; the side of the people counted
  (``tentara Korut tewas`` -> North Korea); the owner of a nominal event
  (``invasi Rusia``); else the clause subject; pronoun subjects (``mereka``) inherit the
  actor of the previous claim, ``kedua negara`` the last two countries named.
* recipient: a party after ``ke``/``kepada``/``terhadap`` or a purpose phrase
  (``untuk memperkuat militer Rusia``); for a place after ``ke``, the country it lies in.
* location: the first place after a locative preposition.

Capitals in actor or recipient position stand for their country (``Pyongyang``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import cast

from silang.extract.claims.grammar import Grammar
from silang.extract.claims.kinds import (
    AUTHORITY_ACTS,
    COUNTED_LOSSES,
    EVENT_ENDINGS,
    EVENT_SUBTYPES,
    PARTY_TYPES,
    PLACE_TYPES,
)
from silang.extract.claims.lexicon import Lexicon
from silang.extract.claims.resolver import Resolver
from silang.extract.claims.triggers import Hit
from silang.extract.claims.view import (
    SentenceView,
    head_of_subject,
    in_the_possessive,
    inside,
    outermost,
    reported_parties,
)
from silang.extract.descriptions import described_bodies
from silang.extract.tokens import dateline_offset, token_index
from silang.model import EntityRef, Mention, Quantity, TimeSpan

# "put its own losses at 11 soldiers": how many words before a figure a possessive
# determiner of the speaker's may end.
POSSESSED_REACH = 4

# How many adjectives may stand between a country's possessive and its place ("Indonesia's
# restive Central Papua province").
MAX_ADJECTIVES = 2
# Kinds of organisation (knowledge base ``kind``) that report arrests but make none.
NOT_AUTHORITIES = frozenset({"news_media", "diplomacy"})
# "Polisi juga mengamankan": how far before its verb a subject named by its kind may stand.
SUBJECT_WORDS = 4
# The kinds of place (the knowledge base's) that a claim placed "near" one is only near:
# towns, cities and the regions above them.
LANDMARK_KINDS = frozenset(
    {"city", "town", "regency", "municipality", "province", "state", "region", "territory",
     "seat_of_government"}
)  # fmt: skip

# "ke wilayah Kursk": how many words a place may stand after its preposition.
PLACE_NOUN_REACH = 3
# The most tokens of place names between a word of heading and a place ("for Fremantle,
# Western Australia": 2).
HEADING_REACH = 4
# Claims of things sent: the place they are sent to is theirs ("menuju Davao City").
SENT_TYPES = frozenset({"DEPLOYMENT", "WEAPONS_TRANSFER"})


@dataclass(slots=True)
class Memory:
    """What earlier sentences leave for anaphora."""

    last_actor: EntityRef | None = None
    last_location: EntityRef | None = None
    # The side whose casualties this paragraph is counting.
    casualty_side: EntityRef | None = None
    countries: list[EntityRef] = field(default_factory=list)
    paragraph: int = -1
    # The body whose arrests, charges or sentences the article is reporting.
    authority: EntityRef | None = None
    # The last day the article named, and the last day it gave an event (a flood, a
    # quake): the day of an event told by its hour alone is the event's, else the last.
    day: TimeSpan | None = None
    event_day: TimeSpan | None = None
    # The first day the article gave each kind of event: a fire told later by its hour
    # alone ("Kami terima laporan pukul 22.52 WIB") is of the fire's day, not of the day
    # it was put out ("padam … Rabu").
    event_days: dict[str, TimeSpan] = field(default_factory=dict)
    # The kind (type, subtype) of the last event the article told (an attack, a flood): what
    # "Peristiwa itu terjadi pada Sabtu" dates.
    last_event: tuple[str, str | None] | None = None
    # The type of the goods the article's last transfer moved (WEAPONS_TRANSFER): what
    # "Tiga unit pertama dijadwalkan tiba" delivers.
    transfer: str | None = None
    # What "korban" counts in an article about a crime with victims but no casualties
    # ("victims": ``crime_words``) or about a poisoning ("poisoned": ``poisoning_words``);
    # None where it counts the dead and the hurt.
    victims: str | None = None
    # Does the article tell of a poisoning anywhere (``poisoning_words``)? Then people who
    # fell sick are the poisoned, not an outbreak's cases.
    poisoning: bool = False
    # Does the article tell of a protest anywhere (``protest_words``)? Then a crowd counted
    # is the protest's size.
    protest: bool = False
    # The weapon systems that transfer named, for a delivery that names none.
    transfer_items: list[str] = field(default_factory=list)
    # The kind of the last count told (type, subtype), which "put the number at 386" in the
    # next sentence gives another figure of.
    last_count: tuple[str, str | None] | None = None
    # The kind of casualty a sentence with no figure names ("Jumlah korban luka masih
    # berbeda."), and the one the sentence before named: the bare counts of people the
    # next sentence's bodies give ("Polisi mencatat lima orang, sementara Dinkes …
    # delapan orang") are of it.
    kind_named: tuple[str, str | None] | None = None
    kind_named_before: tuple[str, str | None] | None = None
    # Has the article counted an animal people keep ("214 ekor sapi")? Then animals
    # counted with no kind after it ("lima ekor mati") are those.
    livestock: bool = False
    # Person name -> the body their title names ("Kabid Humas Polda DIY Kombes Hendarto"):
    # the body whose deed a spokesperson reports ("23 orang kami amankan," kata Hendarto).
    affiliations: dict[str, EntityRef] = field(default_factory=dict)
    # For each word a kind of body goes by ("polda", "police"), the last body the article
    # named whose name holds it, and when: what "polisi" means (``RoleFinder.remember_bodies``).
    bodies: dict[str, tuple[int, EntityRef]] = field(default_factory=dict)
    # The country entity the article is about, if one leads: whose body "police" is when
    # the article named none before ("Police in Riau have named 14 suspects").
    home: str | None = None
    # The country the story happens in, where it is not ``home``: its bodies of the kinds
    # that act where the story happens ("police") are those a kind alone names.
    scene: str | None = None
    # The casualty figures the article told as counts, (subtype, value): "dua korban
    # meninggal adalah …" after "dua orang tewas" names the whole toll, not a part of it.
    tolls: set[tuple[str | None, float | None]] = field(default_factory=set)

    def new_section(self) -> Memory:
        """What stays past a heading, which starts a new section and not a new case: the
        authority, the days, the goods transferred, what its victims are and whether it
        counts livestock; the parties, places and paragraph start afresh."""
        return Memory(
            authority=self.authority,
            day=self.day,
            event_day=self.event_day,
            event_days=self.event_days,
            last_event=self.last_event,
            transfer=self.transfer,
            transfer_items=self.transfer_items,
            victims=self.victims,
            poisoning=self.poisoning,
            protest=self.protest,
            affiliations=self.affiliations,
            bodies=self.bodies,
            home=self.home,
            scene=self.scene,
            tolls=self.tolls,
            livestock=self.livestock,
        )


class RoleFinder:
    """Fills a claim's parties and place from the sentence and what came before."""

    def __init__(self, lex: Lexicon, resolver: Resolver, grammar: Grammar) -> None:
        self.lex = lex
        self.resolver = resolver
        self.grammar = grammar

    def parties(
        self, view: SentenceView, hit: Hit, memory: Memory
    ) -> tuple[EntityRef | None, EntityRef | None]:
        if hit.type in ("MEETING", "AGREEMENT"):
            pair = self._pair(view, hit, memory)
            if pair is not None:
                return pair
        if hit.trigger.voice == "receive":
            return self._receiving_parties(view, hit)
        if hit.subtype in AUTHORITY_ACTS and hit.trigger.voice == "passive":
            actor, recipient = self._authority_passive(view, hit)
        else:
            actor = self._actor(view, hit, memory)
            recipient = self._recipient(view, hit, actor)
        if actor is None and hit.subtype in AUTHORITY_ACTS:
            actor = (
                self._described_subject(view, hit, memory)
                or self._authority_source(view, memory)
                or memory.authority
                or self._home_body(view, hit, memory)
            )
        if actor is not None and recipient is not None and actor.id == recipient.id:
            recipient = None
        return actor, recipient

    def _authority_passive(
        self, view: SentenceView, hit: Hit
    ) -> tuple[EntityRef | None, EntityRef | None]:
        """``14 ABK asal Karimun yang ditahan APMM``, ``Eleven Indonesians were detained``:
        the agent follows the verb (Indonesian needs no ``oleh``); the side before it is
        the one arrested, charged or sentenced."""
        parties = reported_parties(view)
        agent = self._passive_agent(view, hit, parties)
        actor = self.resolver.as_party(agent) if agent is not None else None
        k = self.grammar.clause_bound(view, hit.start, -1)
        clause_lo = view.tokens[k].start
        # "warga negara Indonesia (WNI) ditahan": the bracket closing an acronym is part of
        # the name, not a clause break.
        if k > 0:
            brk = view.tokens[k - 1]
            clause_lo = min(
                [clause_lo]
                + [m.char_start for m in parties if m.char_start < brk.start < m.char_end]
            )
        side = self.grammar.side_before(view, hit.start, parties, clause_lo)
        recipient = self.resolver.as_party(side) if side is not None else None
        if recipient is not None and recipient.type == "place":
            # "ABK asal Karimun": people from a place are their country's.
            recipient = self.resolver.country_of(recipient)
        if recipient is None:
            recipient = self._recipient(view, hit, actor)
        return actor, recipient

    def side_of_figure(
        self, view: SentenceView, quantity: Quantity, own_only: bool = False
    ) -> EntityRef | None:
        """``Dua warga sipil Thailand, seorang kakek dan cucunya, tewas``: the side named
        with the people counted, wherever the verb stands; ``lima tentaranya``: the side
        of who says so (not with ``own_only``)."""
        after = token_index(view.tokens, quantity.char_end)
        parties = reported_parties(view)
        for m in parties:
            if quantity.char_start <= m.char_start and m.char_end <= quantity.char_end:
                return self.resolver.as_party(m)  # "Two Indian soldiers"
            if self.lex.modifiers_before and own_only:
                # "three civilians were killed when Pakistani troops …": a side after the
                # figure is another noun's.
                continue
            k = token_index(view.tokens, m.char_start)
            if after <= k <= after + 3 and self.grammar.side_owned(view, m):
                if self.grammar.listed_with_another(view, m, parties):
                    return None  # "dua korban tewas adalah warga Bangladesh … dan warga India"
                return self.resolver.as_party(m)
        if own_only:
            return None
        noun = (quantity.noun or "").lower()
        source = view.attribution.source
        if source is None:
            return None
        start = token_index(view.tokens, quantity.char_start)
        owned = any(
            self.lex.possessive_determiners.ends_at(view.words, k, max(0, k - 2))
            for k in range(max(0, start - POSSESSED_REACH), start + 1)
        )
        if noun.endswith(self.lex.possessive_suffixes) or owned:
            # "Phnom Penh menyebut lima tentaranya tewas", "the ministry put its own losses
            # at 11 soldiers": its soldiers, of who says so. A body the knowledge base does
            # not know and no state owns is an employer or an operator ("Harvestline
            # menyebut tiga pekerjanya tewas"): its workers are no side in the story.
            if source.id is None and self.resolver.country_of_body(source) is None:
                return None
            return self.side_of(source)
        return None

    def side_of(self, party: EntityRef) -> EntityRef:
        """The side a party stands for among the dead or wounded: a foreign state's body
        stands for its country ("Kementerian Pertahanan Kamboja menyebut empat tentaranya
        tewas": Cambodia's dead), since two outlets name the side by either; an armed
        group, or a body of the home country, stands for itself."""
        if party.type != "organisation":
            return party
        country = self.resolver.country_of_body(party)
        if country is None or country.id == f"country/{self.lex.home_country}":
            return party
        return country

    def state_speaking(self, view: SentenceView) -> EntityRef | None:
        """The foreign state the sentence's source speaks for: the source itself if it is a
        country, or the country of a foreign state's body; else None."""
        source = view.attribution.source
        if source is None:
            return None
        country = source if source.type == "country" else self.resolver.country_of_body(source)
        if country is None or country.id == f"country/{self.lex.home_country}":
            return None
        return country

    def opening_side(self, view: SentenceView) -> EntityRef | None:
        """``Di pihak Pakistan, …``, ``On the side of Kyiv, …``: the side a sentence opens
        with (pack ``side_openers``), named right after the opener."""
        found = self.lex.side_openers.match_at(view.words, 0) if view.words else None
        if not found:
            return None
        start = view.tokens[found[0]].start if found[0] < len(view.tokens) else -1
        side = next((m for m in reported_parties(view) if m.char_start == start), None)
        return self.resolver.as_party(side) if side is not None else None

    def named_side(self, view: SentenceView) -> EntityRef | None:
        """``… dua warga sipil tewas di pihak Thailand``, "six civilian deaths on the Thai
        side": the one side a sentence names in a side phrase anywhere (after an opener,
        pack ``side_openers``, or before a word of ``side_words_after``); None for none or
        two, or where another country is named too ("tentara Korea Utara yang tewas dalam
        perang di pihak Rusia": the side of the war, not of the dead)."""
        words = view.words
        found: dict[str, EntityRef] = {}
        for m in view.mentions:
            if m.type != "country":
                continue
            j = token_index(view.tokens, m.char_start)
            k = token_index(view.tokens, m.char_end)
            opened = self.lex.side_openers.ends_at(words, j, max(0, j - 3))
            closed = k < len(words) and words[k] in self.lex.side_words_after
            side = self.resolver.as_party(m)
            if not (opened or closed):
                return None  # "tentara Korea Utara … di pihak Rusia": another country's people
            found[side.id or side.name] = side
        return next(iter(found.values())) if len(found) == 1 else None

    def _passive_agent(
        self, view: SentenceView, hit: Hit, parties: Sequence[Mention]
    ) -> Mention | None:
        """Who does what a passive verb says: after ``oleh``/``by``, or in Indonesian right
        after the verb (``ditahan APMM``, ``dikepung RSF``), with no preposition between."""
        agent = self.grammar.after_prep(view, hit.end, self.lex.agent_preps, parties, limit=6)
        if agent is not None and self._another_verbs(view, hit.end, agent):
            agent = None
        if agent is not None or not self.lex.passive_agent_bare:
            return agent
        end = view.tokens[hit.end - 1].end
        near = [
            m
            for m in parties
            if m.char_start >= end and token_index(view.tokens, m.char_start) - hit.end <= 2
        ]
        if near and not any(
            self.lex.location_preps.match_at(view.words, k)
            or view.words[k] in self.lex.recipient_preps
            for k in range(hit.end, token_index(view.tokens, near[0].char_start))
        ):
            return head_of_subject(near)
        return None

    def _another_verbs(self, view: SentenceView, j: int, party: Mention) -> bool:
        """Is ``party`` (after word ``j``) another verb's, one a conjunction and an
        auxiliary open before it ("were in serious condition and had been flown by U.N.
        helicopter"; not "killed and four wounded by shelling", one verb's)?"""
        between = view.words[j : token_index(view.tokens, party.char_start)]
        joined = next((k for k, w in enumerate(between) if w in self.lex.conjunctions), None)
        if joined is None:
            return False
        return any(w in self.lex.auxiliaries or w in self.lex.done for w in between[joined + 1 :])

    def _kind_in_subject(self, view: SentenceView, hit: Hit) -> str | None:
        """The first word of the trigger's subject that names a kind of body
        (``descriptive_bodies``: "Polisi", "police"), or None."""
        lo = max(self.grammar.clause_bound(view, hit.start, -1), hit.start - SUBJECT_WORDS)
        return next((w for w in view.words[lo : hit.start] if w in self.lex.described_bodies), None)

    def _described_subject(self, view: SentenceView, hit: Hit, memory: Memory) -> EntityRef | None:
        """``Polisi juga mengamankan 41 orang``, "police have arrested 11 people": a body
        named by its kind in the subject is the last body of that kind the article named
        ("Versi Polda Sulawesi Tengah, …" before)."""
        word = self._kind_in_subject(view, hit)
        if word is None:
            return None
        named = [
            memory.bodies[key] for key in self.lex.described_bodies[word] if key in memory.bodies
        ]
        return max(named, key=itemgetter(0))[1] if named else None

    def _home_body(self, view: SentenceView, hit: Hit, memory: Memory) -> EntityRef | None:
        """ "Police in Riau have named 14 suspects", where the article named no body of that
        kind: the one body of the subject's kind of the article's country, if the knowledge
        base has one."""
        word = self._kind_in_subject(view, hit)
        kb = self.resolver.kb
        country = memory.scene if word in self.lex.description_words.local else None
        country = country or memory.home
        if word is None or kb is None or country is None:
            return None
        return described_bodies(kb).of_countries((word,), {country})

    def remember_bodies(self, view: SentenceView, memory: Memory, number: int) -> None:
        """Index the bodies sentence ``number`` names by the words their kinds go by
        (``described_bodies``), the latest winning: constant work per body named."""
        for m in view.mentions:
            if m.type not in ("organisation", "military_unit"):
                continue
            name = m.name.casefold()
            for key in self.lex.body_words:
                if key in name:
                    memory.bodies[key] = (number, m.ref())

    def _authority_source(self, view: SentenceView, memory: Memory) -> EntityRef | None:
        """The body a report of an arrest comes from, when it is one that can arrest: not
        a person, unless their title names their body ("23 orang kami amankan," kata
        Hendarto: the Polda DIY of his title), nor a foreign ministry speaking of its
        citizens held abroad."""
        source = view.attribution.source
        if source is not None and source.type == "person":
            source = memory.affiliations.get(source.name)
        if (
            source is not None
            and source.type in ("organisation", "military_unit")
            and self.resolver.kind_of(source) not in NOT_AUTHORITIES
        ):
            return source
        return None

    def remember(self, hit_subtype: str | None, actor: EntityRef | None, memory: Memory) -> None:
        """An authority that arrests or charges someone is the one the next passive means."""
        if hit_subtype in AUTHORITY_ACTS and actor is not None and actor.type != "person":
            memory.authority = actor

    def _receiving_parties(
        self, view: SentenceView, hit: Hit
    ) -> tuple[EntityRef | None, EntityRef | None]:
        """``Ukraina menerima rudal ATACMS dari AS``: the subject is the recipient; the
        giver follows ``dari`` or owns the people received (``kedatangan tentara Korut``)."""
        parties = reported_parties(view)
        after = [m for m in parties if m.char_start >= view.tokens[hit.end - 1].end]
        giver = self.grammar.after_prep(view, hit.end, self.lex.giver_preps, after, limit=10)
        if giver is None:
            giver = self.grammar.side_after(view, hit.end, parties)
        subject = self.grammar.clause_subject(view, hit.start, parties)
        recipient = self.resolver.as_party(head_of_subject(subject)) if subject else None
        actor = self.resolver.as_party(giver) if giver is not None else None
        if actor is not None and recipient is not None and actor.id == recipient.id:
            actor = None
        return actor, recipient

    def _actor(self, view: SentenceView, hit: Hit, memory: Memory) -> EntityRef | None:
        voice = hit.trigger.voice
        source_spans = view.attribution.spans
        parties = _after_the_dateline(view, reported_parties(view))
        tokens = view.tokens
        trig_start = tokens[hit.start].start
        clause_lo = tokens[self.grammar.clause_bound(view, hit.start, -1)].start if tokens else 0
        # 1. the agent of a passive ("oleh Rusia", "dikepung RSF").
        if voice == "passive":
            agent = self._passive_agent(view, hit, parties)
            if agent is not None:
                return self.resolver.as_party(agent)
        if hit.subtype in EVENT_ENDINGS:
            # "Kebakaran di lantai dua RSUD Bangkatan … dan api dikuasai": a fire brought
            # under control is told by its state; the names before it are where it burned.
            return None
        # 2. the side of the people counted or sent (tentara Korut, personel dari Korea Utara).
        if hit.type == "CASUALTIES" and voice == "active":
            # "Pasukan Ukraina menangkap dua tentara Korea Utara": the victims follow the verb.
            side = self.grammar.side_after(view, hit.end, parties)
            return self.resolver.as_party(side) if side is not None else None
        if hit.type == "ATTACK" and voice == "passive":
            # "pos mereka terkena tembakan dari tank Israel": the side before a passive
            # attack is its target; who fired follows "dari", if anyone says.
            giver = self.grammar.after_prep(view, hit.end, self.lex.giver_preps, parties, limit=6)
            return self.resolver.as_party(giver) if giver is not None else None
        if hit.type in ("CASUALTIES", "DEPLOYMENT") or voice in ("passive", "state"):
            side = self.grammar.side_before(view, hit.start, parties, clause_lo)
            if side is None and hit.type == "CASUALTIES":
                side = self.grammar.side_after(view, hit.end, parties)
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
            giver = self.grammar.after_prep(view, hit.end, self.lex.giver_preps, parties, limit=3)
            if giver is not None:
                return self.resolver.as_party(giver)
        if voice == "noun":
            owner = self.grammar.owner(view, hit)
            if owner is not None:
                return owner
        if voice == "state" and hit.type == "OTHER" and _counted_people_before(view, hit, parties):
            return None
        # 4. clause subject before the trigger.
        subject = self.grammar.clause_subject(view, hit.start, parties)
        if not subject:
            subject = [
                m
                for m in parties
                if m.char_end <= trig_start and not self.grammar.prep_governed(view, m)
            ]
        if subject:
            return self.resolver.as_party(head_of_subject(subject))
        # 5. "AA mengklaim telah merebut …": a speaker whose report has no other subject
        # reports their own deed.
        # An event (a flood, a quake) is no one's deed, whoever reports it.
        # A reported noun ("UNIFIL menyatakan tembakan tank menghantam pos") is not the
        # speaker's deed either, nor the damage they count ("Bupati menyebut 200 rumah
        # rusak", "BNPB said 2,318 houses had been damaged").
        if (
            view.attribution.how == "speech"
            and source_spans
            and hit.subtype not in EVENT_SUBTYPES
            and voice != "noun"
            and hit.subtype not in COUNTED_LOSSES
        ):
            speaker_end = max(end for _, end in source_spans)
            if speaker_end <= trig_start and view.attribution.source is not None:
                return view.attribution.source
        # 6. pronoun and demonstrative subjects (mereka, rudal tersebut) inherit the
        # previous actor.
        before = range(max(0, hit.start - 6), hit.start)
        pointing_back = any(
            self.lex.anaphora.match_at(view.words, j)
            for j in self.lex.anaphora.starts_in(view.words, 0, hit.start)
        ) or any(self._points_back(view, j, hit) for j in before)
        if pointing_back and memory.last_actor:
            return memory.last_actor
        if voice in ("passive", "state") and hit.type == "DEPLOYMENT" and memory.last_actor:
            return memory.last_actor if self.grammar.mentions_people(view) else None
        return None

    def _points_back(self, view: SentenceView, j: int, hit: Hit) -> bool:
        """Is word ``j`` a demonstrative pointing back to an earlier actor? A weak one
        ("the") only before a side's noun, its weapons or the trigger ("the troops", "the
        missiles", "the attack")."""
        words = view.words
        if words[j] not in self.lex.demonstratives:
            return False
        if words[j] not in self.lex.weak_demonstratives or j + 1 == hit.start:
            return True
        if self.lex.side_nouns.match_at(words, j + 1) is not None:
            return True
        held = self.lex.objects.match_at(words, j + 1)
        return held is not None and "weapons" in cast(tuple[str, ...], held[1])

    def _recipient(self, view: SentenceView, hit: Hit, actor: EntityRef | None) -> EntityRef | None:
        parties = [
            m
            for m in view.mentions
            if m.type in PARTY_TYPES | {"place"} and not inside(m, view.attribution.spans)
        ]
        lex = self.lex
        words = view.words
        tokens = view.tokens
        end_char = tokens[hit.end - 1].end
        after = [m for m in parties if m.char_start >= end_char]
        if hit.type == "CASUALTIES" and hit.trigger.voice == "active":
            clause_lo = tokens[self.grammar.clause_bound(view, hit.start, -1)].start
            side = self.grammar.side_before(view, hit.start, parties, clause_lo)
            if side is not None:
                return self.resolver.as_party(side)
        if hit.type == "CASUALTIES":
            # "tewas akibat banjir di Malaysia": a party after a preposition of place is
            # where the cause struck, not who caused it.
            opp = self.grammar.after_prep(
                view,
                hit.end,
                lex.opponent_preps | lex.agent_preps | lex.cause_preps,
                [m for m in after if not self._placed(view, m)],
                limit=8,
            )
            if opp is None or self._another_verbs(view, hit.end, opp):
                return None
            return self.resolver.as_party(opp)
        if hit.type == "ATTACK" and hit.trigger.voice == "passive":
            # The target: a party named before the verb, else a place ("Kyiv diserang").
            before = [m for m in parties if m.char_end <= tokens[hit.start].start]
            named = [m for m in before if m.type != "place"] or before
            return self.resolver.as_party(named[-1]) if named else None
        # "… protesting against a levy in central Nairobi": a capital after a preposition of
        # place is where, not whom.
        after = [m for m in after if not (m.how == "metonym" and self._placed(view, m))]
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

    def _placed(self, view: SentenceView, m: Mention) -> bool:
        """Does a stative preposition of place stand at most two words before the mention
        ("in central Nairobi", "di Moskow")?"""
        j = token_index(view.tokens, m.char_start)
        return any(w in self.lex.stative_location_preps for w in view.words[max(0, j - 2) : j])

    def _pair(
        self, view: SentenceView, hit: Hit, memory: Memory
    ) -> tuple[EntityRef, EntityRef] | None:
        """Two parties of a meeting or agreement: ``antara X dan Y``, ``X dan Y``, ``kedua negara``."""
        words = view.words
        if len(memory.countries) >= 2 and self.lex.pair_anaphora.occurs_in(words):
            return memory.countries[-2], memory.countries[-1]
        parties = [
            m
            for m in view.mentions
            if m.type in PARTY_TYPES and not inside(m, view.attribution.spans)
        ]
        parties = outermost(parties)
        between_at = next(
            (k for k, w in enumerate(words) if w in self.lex.between_preps),
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
                        self.resolver.as_party(head_of_subject(left)),
                        self.resolver.as_party(head_of_subject(right)),
                    )
        partner = self.grammar.after_prep(view, hit.end, self.lex.partner_preps, parties, limit=6)
        subject = [
            m
            for m in parties
            if m.char_end <= view.tokens[hit.start].start
            and not self.grammar.prep_governed(view, m)
        ]
        if subject and partner is not None:
            return self.resolver.as_party(head_of_subject(subject)), self.resolver.as_party(partner)
        if len(subject) >= 2:
            a, b = subject[0], subject[1]
            between = view.sentence.text[
                a.char_end - view.sentence.start : b.char_start - view.sentence.start
            ]
            if any(w in self.lex.conjunctions for w in between.lower().split()):
                return self.resolver.as_party(a), self.resolver.as_party(b)
        return None

    def place(
        self, view: SentenceView, hit: Hit, actor: EntityRef | None
    ) -> tuple[EntityRef | None, bool]:
        """The claim's place, and whether the sentence names only a place the claim is
        near ("the collapse of a girder on a toll-road project near Jakarta", pack
        ``landmark_preps``): that is a landmark to find the place by, not the place, which
        the article may name elsewhere ("fell onto a busy road in Cileungsi")."""
        words = view.words
        tokens = view.tokens
        places = [
            m
            for m in view.mentions
            if m.type in PLACE_TYPES and not inside(m, view.attribution.spans)
        ]
        if hit.subtype in self.lex.places_left:
            left = next(
                (m for m in places
                 if m.type == "place" and token_index(tokens, m.char_start) == hit.end),
                None,
            )  # fmt: skip
            if left is not None:
                return left.ref(), False  # "left Benoa port", "sailed from Bali"
        best: tuple[int, Mention] | None = None
        landmark: tuple[int, Mention] | None = None
        for m in places:
            j = token_index(tokens, m.char_start)
            if self._origin(words, j) or self._where_said(view, j):
                continue
            # Skip descriptive nouns between the preposition and the name (ke wilayah Kursk),
            # one more before a link ("near the summit of Mount Dempo"), and the country
            # that owns the place ("of Indonesia's Mount Dempo").
            owner = _possessive_country_before(view, m, places) or _adjective_country_before(
                view, m, places, self.lex.place_noun_links
            )
            at = token_index(tokens, owner.char_start) if owner is not None else j
            linked = at > 0 and words[at - 1] in self.lex.place_noun_links
            reach = PLACE_NOUN_REACH + int(linked)
            k = at - 1
            while k >= 0 and k >= at - reach and not self.lex.location_preps.match_at(words, k):
                k -= 1
            if (
                hit.type == "DEPLOYMENT"
                and m.type == "place"
                and j > 0
                and words[j - 1] in self.lex.destination_preps
            ):
                k = j - 1  # "sent four investigators to Ternate": where they are sent
            elif k < 0 or not self.lex.location_preps.match_at(words, k) or at - k > reach:
                continue
            if m.type == "country" and (
                (actor is not None and m.entity_id == actor.id)
                or _owns_next_place(view, m, places, self.lex.place_noun_links)
            ):
                continue
            if words[k] in self.lex.giver_preps and (
                hit.type in ("DEPLOYMENT", "WEAPONS_TRANSFER") or hit.subtype is None
            ):
                # "22 unit mobil pemadam …, termasuk bantuan dari Kabupaten Kampar": where
                # what is sent or counted came from, not where it is
                continue
            if (
                m.how == "metonym"
                and hit.type != "MEETING"
                and words[k] not in self.lex.stative_location_preps
            ):
                continue  # "ke Moskow" is the recipient, not a place
            distance = abs(j - hit.start) + (0 if j >= hit.end else 5)
            if at == k + 1 and words[k] in self.lex.landmark_preps and self._settlement(m):
                if landmark is None or distance < landmark[0]:
                    landmark = (distance, m)
            elif best is None or distance < best[0]:
                best = (distance, m)
        if best is None and landmark is not None:
            return landmark[1].ref(), True
        if best is None:
            best = self._unmarked_place(view, hit, places)
        if best is not None:
            listed = self._place_list(view, best[1], places)
            if listed is not None:
                return listed, False
        if best is not None and self._is_street(best[1]):
            # "di Jalan Sisingamangaraja, Medan": a street the knowledge base cannot place
            # is where the fact happened within the town named after it.
            town = next(
                (m for m in places
                 if m.entity_id is not None and m.type == "place"
                 and 0 <= m.char_start - best[1].char_end <= 3),
                None,
            )  # fmt: skip
            if town is not None:
                return town.ref(), False
        return (best[1].ref() if best else None), False

    def _place_list(
        self, view: SentenceView, place: Mention, places: Sequence[Mention]
    ) -> EntityRef | None:
        """The place of a claim that names a list of places ("korban … dari Kota Parepare,
        Kabupaten Sidrap, Pinrang dan Barru"): the nearest place that holds them all
        (South Sulawesi), not the first. None where the place is no list's, or the places
        the knowledge base knows in it are one place and its parents ("Desa Mattoanging,
        Kecamatan Awangpone, Kabupaten Bone")."""
        if place.type != "place":
            return None
        ordered = sorted((m for m in places if m.type == "place"), key=lambda m: m.char_start)
        at = next((i for i, m in enumerate(ordered) if m is place), None)
        if at is None:
            return None
        start = end = at
        while start > 0 and self._listed(view, ordered[start - 1], ordered[start]):
            start -= 1
        while end + 1 < len(ordered) and self._listed(view, ordered[end], ordered[end + 1]):
            end += 1
        known = [m.ref() for m in ordered[start : end + 1] if m.entity_id is not None]
        ids = [r.id for r in known]
        if all(
            b == a or b in self.resolver.ancestors(a) for a, b in zip(ids, ids[1:], strict=False)
        ):
            return None  # one place, or a place and its parents: the first is the claim's
        return self.resolver.common_place(known)

    def _listed(self, view: SentenceView, a: Mention, b: Mention) -> bool:
        """Do only list links (``, ``, "dan", pack ``place_list_links``) stand between two
        places?"""
        between = view.tokens[
            token_index(view.tokens, a.char_end) : token_index(view.tokens, b.char_start)
        ]
        return 0 < len(between) <= 2 and all(
            t.text.lower() in self.lex.place_list_links for t in between
        )

    def _where_said(self, view: SentenceView, j: int) -> bool:
        """Is the place at token ``j`` where something was said, a preposition right after
        the attribution ("Yusuf Hidayat told reporters in Jakarta")?"""
        if j < 2 or view.words[j - 1] not in self.lex.stative_location_preps:
            return False
        before = view.tokens[j - 1].start
        return any(lo < before and 0 <= before - hi <= 12 for lo, hi in view.attribution.spans)

    def _settlement(self, place: Mention) -> bool:
        """Is the place a town or larger (``LANDMARK_KINDS``), something a claim is placed
        near to say roughly where? A village or a post one is near ("pos mereka di dekat
        Desa Markaba") is where the claim is."""
        return place.type == "country" or self.resolver.kind_of(place.ref()) in LANDMARK_KINDS

    def _headed_for(self, view: SentenceView, j: int) -> bool:
        """Is the place at token ``j`` where something is heading: after a word of heading
        (``heading_preps``), past the names of a chain of places at most ("bound for
        Fremantle, Western Australia")?"""
        k = j - 1
        while k >= max(0, j - HEADING_REACH) and (
            view.words[k] == "," or view.tokens[k].text[:1].isupper()
        ):
            k -= 1
        return k >= 0 and view.words[k] in self.lex.heading_preps

    def _origin(self, words: list[str], j: int) -> bool:
        """Is the place at token ``j`` where someone comes from ("sopir truk asal
        Kabupaten Muara Enim", pack ``origin_markers``)?"""
        return any(w in self.lex.origin_markers for w in words[max(0, j - 2) : j])

    def _is_street(self, place: Mention) -> bool:
        """An unresolved street ("Jalan Pemuda"): too fine a place for a fact (pack
        ``street_heads``)."""
        if place.entity_id is not None or not place.name:
            return False
        return place.name.split()[0].lower() in self.lex.street_heads

    def _unmarked_place(
        self, view: SentenceView, hit: Hit, places: Sequence[Mention]
    ) -> tuple[int, Mention] | None:
        """``137 warga Desa Mattoanging, Kecamatan Awangpone … keracunan``, ``fled villages
        on the slopes of Mount Lewotobi``: with no place after a preposition of place, the
        place nearest the trigger, if the sentence names one in full (``Desa …``, ``Mount
        …``) or in the possessive ("Lewotobi's alert status") that is no dateline
        (``MAUMERE, Indonesia —``), no country and no place someone came from."""
        best: tuple[int, Mention] | None = None
        eligible: list[Mention] = []
        for m in places:
            if m.type != "place" or m.how == "metonym" or m.text.isupper():
                continue
            if len(m.text.split()) < 2 and not in_the_possessive(view, m.char_end):
                # A bare one-word name ("Tanjung") may be a common word; one in the
                # possessive ("Lewotobi's alert status") is a name.
                continue
            j = token_index(view.tokens, m.char_start)
            if any(w in self.lex.giver_preps for w in view.words[max(0, j - 2) : j]):
                continue  # where something came from
            if hit.type not in SENT_TYPES and self._headed_for(view, j):
                continue  # where a ship is heading; what is sent is where it goes
            if self._origin(view.words, j):
                continue
            eligible.append(m)
            distance = abs(j - hit.start)
            if best is None or distance < best[0]:
                best = (distance, m)
        if best is None:
            return None
        # "Desa Mattoanging, Kecamatan Awangpone, Kabupaten Bone": a chain of places names
        # one place and its parents; the claim is at the first, the most specific.
        chosen = best[1]
        for m in sorted(eligible, key=lambda m: -m.char_start):
            if m.char_end > chosen.char_start:
                continue
            between = view.tokens[
                token_index(view.tokens, m.char_end) : token_index(view.tokens, chosen.char_start)
            ]
            if [t.text for t in between] == [","]:
                chosen = m
        return best[0], chosen


def _owns_next_place(
    view: SentenceView, country: Mention, places: Sequence[Mention], links: frozenset[str]
) -> bool:
    """``in Indonesia's North Maluku province``, ``in Indonesia's restive Central Papua
    province``: a country in the possessive names the parent of the place after it (past
    an adjective or two), which is where the claim is. So does a country's adjective
    before a place noun and a link (``links``): "in the German port of Bremerhaven"."""
    start = view.sentence.start
    if not in_the_possessive(view, country.char_end):
        return any(_adjective_country_before(view, m, [country], links) for m in places)
    for m in places:
        between = view.sentence.text[country.char_end + 3 - start : m.char_start - start]
        if m.char_start >= country.char_end + 3 and _adjectives_only(between):
            return True
    return False


def _possessive_country_before(
    view: SentenceView, place: Mention, places: Sequence[Mention]
) -> Mention | None:
    """The country in the possessive right before a place ("Indonesia's Mount Dempo"), if
    any."""
    start = view.sentence.start
    for m in places:
        if (
            m.type == "country"
            and m.char_end < place.char_start
            and in_the_possessive(view, m.char_end)
            and not view.sentence.text[m.char_end + 2 - start : place.char_start - start].strip()
        ):
            return m
    return None


def _adjective_country_before(
    view: SentenceView, place: Mention, places: Sequence[Mention], links: frozenset[str]
) -> Mention | None:
    """The country whose adjective opens the words before a place ("the German port of
    Bremerhaven", "the Polish city of Gdansk"), if any."""
    start = view.sentence.start
    for m in places:
        if m.type != "country" or m.char_end >= place.char_start:
            continue
        between = view.sentence.text[m.char_end - start : place.char_start - start].split()
        if len(between) >= 2 and between[-1] in links and _adjectives_only(" ".join(between[:-1])):
            return m
    return None


def _adjectives_only(between: str) -> bool:
    """Nothing, or at most two words in lower case (the adjectives before a place)."""
    words = between.split()
    return len(words) <= MAX_ADJECTIVES and all(w.isalpha() and w.islower() for w in words)


# Units of people and things that can be the subject of a state ("130 rumah hangus").
_COUNTED_SUBJECTS = frozenset({"person", "household", "house", "building", "vehicle", "unit"})


def _counted_people_before(view: SentenceView, hit: Hit, parties: Sequence[Mention]) -> bool:
    """``X said 1,800 people had registered at shelters``, ``telling reporters that 4,100
    people had fled``, ``Kementerian itu mencatat 130 rumah hangus``: the subject of the
    state is the people or things counted right before it (no party between), not a
    speaker or a body further back. Troops are a side's."""
    trig_start = view.tokens[hit.start].start
    for q in view.quantities:
        if (
            q.unit not in _COUNTED_SUBJECTS
            or q.counted in ("soldier", "police")
            or q.char_end > trig_start
        ):
            continue
        if trig_start - q.char_end > 40:
            continue
        if not any(q.char_end <= m.char_start < trig_start for m in parties):
            return True
    return False


def _after_the_dateline(view: SentenceView, parties: list[Mention]) -> list[Mention]:
    """The parties after the sentence's dateline: "SEOUL, South Korea (Pacific Newsline) —
    North Korea said it had fired six rockets" was filed in Seoul; neither Seoul nor South
    Korea fired them."""
    filed = dateline_offset(view.tokens)
    return [m for m in parties if m.char_start >= filed]
