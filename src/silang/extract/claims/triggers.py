"""Trigger words in a sentence, typed and marked as main or background.

A trigger (pack ``triggers.yaml``) gives a claim type; a transfer is a DEPLOYMENT or a
WEAPONS_TRANSFER depending on what is sent. Denials, accusations and demands govern what
follows them, and triggers that only set the scene (``Selain mengirim tentara, …``,
``dalam pertempuran``) are marked as background.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import cast

from silang.extract.claims.grammar import Grammar
from silang.extract.claims.kinds import (
    ARMED_KINDS,
    COUNT_UNITS_BY_SUBTYPE,
    EVENT_SUBTYPES,
    HOUSE_DAMAGE,
    OBJECT_UNITS,
    PARTY_TYPES,
    PATIENT_STATES,
    PEOPLE_CLASSES,
    PEOPLE_NOUNS,
    PLACE_TYPES,
    REACTIONS,
    STRUCTURE_EVENTS,
    VESSEL_DAMAGE,
    WOUND_SUBTYPES,
)
from silang.extract.claims.lexicon import Lexicon, Trigger
from silang.extract.claims.view import (
    CLAUSE_BREAKS,
    Covering,
    SentenceView,
    after_phrase,
    dateline_end,
    stray_stop,
)
from silang.extract.tokens import has_a_word, token_index

# Mentions whose words name something, not an event ("Pusat Gempabumi dan Tsunami BMKG").
_NAMING_TYPES = PARTY_TYPES | {"place"}
# How far before a state verb its subject's figure may stand ("More than 400 residents of
# Yambiluk and neighbouring villages are now sheltering").
_SUBJECT_REACH = 12
# How many words open a sentence as its head, where a state verb's subject may stand.
HEAD_WORDS = 5
# "terjadi pada Rabu (19/8/2026)", "took place at about 4.30 a.m. on Monday": how many words
# after an occurrence verb its day may start.
DATED_REACH = 8
# How many words may stand between a figure and the state it is in ("24 orang di kapal itu").
COUNT_BEFORE_STATE_WORDS = 2
# A state verb's subject before the places it is in: the words looked for, and how far
# back past place names (``_past_places``).
SUBJECT_WORDS = 4
PLACES_REACH = 24
# The most words of a trigger looked back over ("rusak berat" before "diterjang").
MAX_TRIGGER_WORDS = 4
# How many words before a casualty word a phrase of the bereaved may stand ("to the family
# of each worker who died": 5).
BEREAVED_REACH = 6
# How many words may stand between a closing word and how long ("shut for about seven
# hours", "ditutup selama hampir 11 jam").
SPAN_GAP = 3
# How many words a state said of counted casualties may stand after them ("Six of the
# injured are still in hospital").
STATE_GAP = 3

# The dash that ends a dateline: "Lahat (ANTARA) - …", "JAKARTA, KOMPAS.com — …".


@dataclass(slots=True)
class Hit:
    start: int  # token index
    end: int
    trigger: Trigger
    type: str
    subtype: str | None
    # None (main clause) | "scene" (right after selain/dalam/akibat …) | "clause" (in a
    # clause opened by sejak/setelah/ketika …) | "relative" (yang …) |
    # "anaphoric" (peluncuran itu: an event reported before) | "toll" (the event a toll
    # is of: "the death toll from a landslide")
    background: str | None = None


# Object classes (the packs' ``object_classes``) that are disasters, not attackers: "was
# hit by devastating fires".
DISASTERS = frozenset({"fires", "storms"})
# Object classes looked for in the whole sentence: a moment ("saat kejadian", "when the
# fire started") sets the time of the clause wherever it stands.
SENTENCE_WIDE_CLASSES = frozenset({"event_moments"})


class TriggerFinder:
    """Finds the triggers of a sentence and decides which of them make claims."""

    def __init__(self, lex: Lexicon, grammar: Grammar) -> None:
        self.lex = lex
        self.grammar = grammar

    def find(self, view: SentenceView) -> list[Hit]:
        words = view.words
        lex = self.lex
        raw = _find_past_scare_quotes(lex, words)
        hits: list[Hit] = []
        names = Covering(
            (m.char_start, m.char_end) for m in view.mentions if m.type in _NAMING_TYPES
        ) if raw else Covering(())  # fmt: skip
        dates = Covering((t.char_start, t.char_end) for t in view.times) if raw else Covering(())
        for start, end, senses in raw:
            if names.covers(view.tokens[start].start, view.tokens[end - 1].end):
                continue  # "Pusat Gempabumi dan Tsunami BMKG" names a body, not a quake
            if dates.covers(view.tokens[start].start, view.tokens[end - 1].end):
                continue  # "on March 31" is a day, not a march
            assert isinstance(senses, tuple)
            held = False  # a sense marked ``also`` held
            boats_held = False  # the sense that held counts damage to boats
            for trig in senses:
                if trig.type == "TRANSFER":
                    classes = self._transferred(view, start, end, trig.voice)
                    if "bodies" in classes:
                        # "Jenazah kedua pekerja itu dijadwalkan tiba": the dead flown
                        # home (a later sense), not workers sent.
                        continue
                    hits.extend(
                        Hit(start, end, trig, *self._transfer_kind(trig, c))
                        for c in classes
                        if c in lex.object_types
                    )
                    if any(c in lex.object_types for c in classes) or (
                        classes and trig.subtype != "delivery"
                    ):
                        break
                    continue
                if "people" in trig.requires and self._takes_a_figure(view, end):
                    continue  # "… and left 11 others missing": a verb with an object
                if "quantity" in trig.requires and not view.quantities and len(senses) > 1:
                    # "Massa membakar pos polisi": a sense for a count of things does not
                    # hold without a figure, and the next sense may.
                    continue
                if any(
                    need != "quantity"
                    and not self._object_has(view, start, end, trig.voice, need)
                    and not self._figure_counts(view, start, end, trig.voice, need)
                    for need in trig.requires
                ):
                    continue
                if trig.also and not _counts_for(view, trig.subtype):
                    continue  # "Tiga awak kapal diamankan": no boats counted, crews held
                if trig.subtype in STRUCTURE_EVENTS and _counts_for(
                    view, "houses_damaged", bare=False
                ):
                    continue  # "12 bangunan roboh": buildings counted are damage
                if (
                    boats_held
                    and trig.subtype in HOUSE_DAMAGE
                    and not _counts_for(view, trig.subtype, bare=False)
                ):
                    # "14 boats had been destroyed and 52 damaged": after the damage to
                    # boats, damage to homes holds only with homes counted ("merusak 120
                    # rumah dan dua kapal"), not with bare figures.
                    continue
                hits.append(Hit(start, end, trig, trig.type, trig.subtype))
                if not trig.also or len(view.quantities) < 2:
                    break  # two facts at once are told with two figures
                held = True
                boats_held = boats_held or trig.subtype in VESSEL_DAMAGE
            else:
                if held:
                    continue  # and no later sense
                delivery = next((t for t in senses if t.subtype == "delivery"), None)
                if delivery is not None:
                    # "Tiga unit pertama dijadwalkan tiba": what arrives is not named here;
                    # the article's earlier transfer may say (the extractor decides).
                    hits.append(Hit(start, end, delivery, "TRANSFER", "delivery"))
        if hits:
            hits = self._disasters_verbs(view, hits)
            hits = self._without_onsets(view, hits)
        hits = self._denials(view, hits)
        hits = self._without_plots(view, hits)
        if not hits:
            return hits  # what follows only sorts and marks hits (a third of sentences have none)
        hits = self._requested(view, hits)
        hits = self._for_the_bereaved(view, hits)
        if not hits:
            return hits
        hits = self._merge_casualties(hits, words)
        hits = self._merge_damage_grades(hits, words)
        hits = self._counted_then_hurt(view, hits)
        hits = self._treated_for_wounds(view, hits)
        hits = self._state_of_the_counted(view, hits)
        hits = _without_places_of_death(hits)
        hits = _without_bodies_received(hits)
        for hit in hits:
            hit.background = self.is_background(view, hit)
        for a, b in zip(hits, hits[1:], strict=False):
            if (
                a.background
                and not b.background
                and b.start == a.end + 1
                and words[a.end] in self.lex.conjunctions
            ):
                # "akibat ledakan dan kebakaran": both words set the scene.
                b.background = a.background
        self._objects_of_statements(view, hits)
        # An event pointed back to (peluncuran itu) is not claimed again, so it does not
        # make the sentence's statement mere attribution either.
        has_other_claim = any(h.type != "STATEMENT" and h.background != "anaphoric" for h in hits)
        if has_other_claim and not any(h.subtype == "denial" for h in hits):
            # A speech verb around a fact attributes it; it is not a claim of its own. A
            # demand or a promise is: what it asks for is not claimed (_requested), and a
            # fact beside it in a relative clause does not make it mere attribution.
            hits = [h for h in hits if h.type != "STATEMENT" or self.is_directive(words, h)]
        # Main-clause triggers first, so that each type's best trigger claims the figures.
        # A noun for whom a figure counts ("11 pengungsi kini dirawat") comes after the
        # verbs, which say what the count is.
        hits.sort(
            key=lambda h: (
                h.background is not None,
                h.trigger.voice == "noun" and h.type == "OTHER" and h.subtype in PEOPLE_NOUNS,
                h.start,
            )
        )
        return hits

    def _disasters_verbs(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``A landslide that struck the district``, ``gempa yang mengguncang``, "the cold
        lava floods, known locally as lahar dingin, struck …": the verb right after a
        disaster, or after it and an aside between commas, is what the disaster did
        (``event_verbs``), no attack; so is "was hit by" a disaster ("Evia was hit by
        devastating fires")."""
        events = [h for h in hits if h.subtype in EVENT_SUBTYPES and h.trigger.voice == "noun"]
        words = view.words

        def disaster_at(j: int) -> bool:
            found = self.lex.objects.match_at(words, j)
            return found is not None and not DISASTERS.isdisjoint(cast(tuple[str, ...], found[1]))

        def done_by_a_disaster(h: Hit) -> bool:
            if h.type != "ATTACK":
                return False
            if h.trigger.voice == "passive":
                return any(0 <= e.start - h.end <= 2 for e in events) or any(
                    disaster_at(j) for j in range(h.end, min(len(words), h.end + 3))
                )
            if not events:
                return False
            if words[h.start] not in self.lex.event_verbs:
                return False
            return any(
                0 <= h.start - e.end <= 2
                or (words[e.end] == "," and words[h.start - 1] == "," and "," not in
                    words[e.end + 1 : h.start - 1])
                for e in events
                if e.end <= h.start
            )  # fmt: skip

        return [h for h in hits if not done_by_a_disaster(h)]

    def _without_onsets(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """ "The clashes erupted on Sunday", "kerusuhan kembali meletus": a verb of onset
        (``onset_verbs``) up to one word after another event's noun tells when that event
        began; it is no eruption of its own."""
        words = view.words
        nouns = [h for h in hits if h.trigger.voice == "noun"]
        return [
            h
            for h in hits
            if not (
                h.end - h.start == 1
                and words[h.start] in self.lex.onset_verbs
                and any(n is not h and n.subtype != h.subtype and 0 <= h.start - n.end <= 1
                        for n in nouns)
            )
        ]  # fmt: skip

    def _without_plots(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``merencanakan serangan terhadap pos polisi``, "had planned to attack police
        posts": an attack planned (``plot_words`` up to three words before it) is no
        attack."""
        if not hits or not self.lex.plots.first_words.intersection(view.words):
            return hits
        words = view.words
        return [
            h
            for h in hits
            if h.type != "ATTACK"
            or not any(
                self.lex.plots.match_at(words, j)
                for j in self.lex.plots.starts_in(words, max(0, h.start - 3), h.start)
            )
        ]

    def _objects_of_statements(self, view: SentenceView, hits: list[Hit]) -> None:
        """``condemned the attack``, ``mengecam serangan itu``: an event named as what a
        statement is about is not reported by the sentence; the statement is."""
        words = view.words
        for s in hits:
            if s.type != "STATEMENT" or s.subtype not in REACTIONS:
                continue
            for h in hits:
                if h.type == "STATEMENT" or h.trigger.voice != "noun" or h.start < s.end:
                    continue
                if all(w in self.lex.determiners for w in words[s.end : h.start]):
                    h.background = "anaphoric"

    @staticmethod
    def _owns_a_time(view: SentenceView, hit: Hit, hits: Sequence[Hit]) -> bool:
        """Is a time expression of the sentence after the trigger, and nearer to it than to
        any other trigger?"""
        start = view.tokens[hit.start].start
        for t in view.times:
            if t.char_start < start:
                continue
            nearest = min(
                hits or [hit], key=lambda h: abs(view.tokens[h.start].start - t.char_start)
            )
            if nearest is hit:
                return True
        return False

    def _transfer_kind(self, trig: Trigger, cls: str) -> tuple[str, str | None]:
        """The type and subtype of a transfer of ``cls``: the class's, with the trigger's
        stage of a transfer of goods ("dijadwalkan tiba": a delivery of weapons; troops
        arriving are a deployment)."""
        kind, subtype = self.lex.object_types[cls]
        if kind == "WEAPONS_TRANSFER" and subtype is None:
            subtype = trig.subtype
        return kind, subtype

    def _transferred(self, view: SentenceView, start: int, end: int, voice: str) -> list[str]:
        """Object classes (personnel, weapons) that a transfer trigger moves."""
        words = view.words
        if voice == "passive":
            lo = self.grammar.clause_bound(view, start, -1)
            window = range(lo, start)
        elif voice == "receive":
            # What is received comes right after (menerima sekitar 3.000 tentara), not
            # further on (menerima laporan bahwa tiga tentara tewas).
            window = range(end, min(self.grammar.clause_bound(view, end, +1), end + 3))
        else:
            hi = self.grammar.clause_bound(view, end, +1)
            window = range(end, hi)
        classes: list[str] = []
        for j in window:
            hit = self.lex.objects.match_at(words, j)
            if hit:
                # The objects table maps a noun to its classes.
                classes.extend(c for c in cast(tuple[str, ...], hit[1]) if c not in classes)
        # A weapon system named in the sentence is a weapons transfer even without a noun.
        if "weapons" not in classes and any(m.type == "weapon_system" for m in view.mentions):
            classes.append("weapons")
        return classes

    def _object_has(self, view: SentenceView, start: int, end: int, voice: str, cls: str) -> bool:
        """Is something of class ``cls`` what the trigger acts on (after an active verb,
        before a passive one, around a state or noun)?"""
        window: Iterable[int]
        if cls in SENTENCE_WIDE_CLASSES:
            # "enam orang berada di dalam rumah milik pria berinisial MK (49) itu saat
            # ledakan terjadi": a moment is an adverbial of the whole clause, and may
            # stand at its far end or open the sentence.
            window = range(len(view.words))
        elif voice in ("active", "receive"):
            # "had fired first and that Pakistani shells …": the object stands in the verb's
            # clause, before another one opens.
            words = view.words
            stop = next(
                (k for k in range(end, min(len(words), end + 6))
                 if words[k] in self.lex.conjunctions
                 and k + 1 < len(words) and words[k + 1] in self.lex.relative),
                min(len(words), end + 6),
            )  # fmt: skip
            window = range(end, stop)
        elif voice == "passive":
            # "Bandar Udara Frans Seda di Maumere, Kabupaten Sikka, ditutup": the subject
            # of a passive may carry its place with it, or an aside longer still ("Frans
            # Seda airport in Maumere, about 20 km (12 miles) west of the volcano, was
            # closed"): the sentence's head too.
            window = chain(range(max(0, start - 12), start), self._sentence_head(view, start))
        else:
            window = range(max(0, start - 6), min(len(view.words), end + 6))
            if voice == "state":
                # "Jembatan Lematang II di ruas jalan nasional …, ambruk": the subject of a
                # state verb may stand far before it, at the head of the sentence (after a
                # dateline, and a determiner: "A bridge on the highway … collapsed"), or
                # before the places it is in ("tanggul laut di Kelurahan Pabean Wetan,
                # Kecamatan Pekalongan Utara, jebol").
                window = chain(
                    window,
                    self._sentence_head(view, start),
                    self._past_places(view, start),
                    self._reported_head(view, start),
                )
        words, firsts = view.words, self.lex.objects.first_words
        return any(
            (hit := self.lex.objects.match_at(words, j)) and cls in cast(tuple[str, ...], hit[1])
            for j in window
            if words[j] in firsts  # match_at finds nothing elsewhere; the call costs more
        )

    def _past_places(self, view: SentenceView, start: int) -> range:
        """The ``SUBJECT_WORDS`` words before word ``start`` that are not in a place phrase
        (place names, names the knowledge base lacks, commas, place prepositions) nor a
        measure of the subject ("tobong setinggi sekitar empat meter itu roboh": a figure
        and what it measures), looking back at most ``PLACES_REACH`` words."""
        places = [(m.char_start, m.char_end) for m in view.mentions if m.type in PLACE_TYPES]
        measures = [(q.char_start, q.char_end) for q in view.quantities]
        j, counted = start - 1, 0
        while j >= max(0, start - PLACES_REACH) and counted < SUBJECT_WORDS:
            token = view.tokens[j]
            if not (
                token.text == ","
                or view.words[j] in self.lex.place_preps
                or (j > 0 and token.text[:1].isupper())
                or any(a <= token.start < b for a, b in places)
                or any(a <= token.start < b for a, b in measures)
            ):
                counted += 1
            j -= 1
        return range(j + 1, start)

    @staticmethod
    def _takes_a_figure(view: SentenceView, end: int) -> bool:
        """Does a figure of people start within two words after the trigger ("left 11
        others missing")? A verb of people's state ("left", "fled") then has an object: it is
        what was done to them, not where they are."""
        if end >= len(view.tokens):
            return False
        lo = view.tokens[end - 1].end
        hi = view.tokens[min(len(view.tokens), end + 2) - 1].end
        return any(lo <= q.char_start < hi and q.unit == "person" for q in view.quantities)

    def _figure_counts(
        self, view: SentenceView, start: int, end: int, voice: str, cls: str
    ) -> bool:
        """``More than 120 homes were damaged, 31 of them swept away``: a figure next to the
        trigger already counts what it needs (houses), though the noun stands far before;
        on the side the object stands (after an active verb, before a passive one). The
        subject of a state verb may stand further before it, in its clause ("More than 400
        residents of Yambiluk and neighbouring villages are now sheltering")."""
        units = OBJECT_UNITS.get(cls, frozenset())
        if not units and cls not in PEOPLE_CLASSES:
            return False
        if cls == "durations":
            # "a 14-day emergency": the length right before the word, no figure elsewhere.
            return any(
                q.unit in units and token_index(view.tokens, q.char_end) == start
                for q in view.quantities
            )
        if cls == "spans":
            # "ditutup hampir 11 jam", "shut for seven hours": how long, right after it.
            return any(
                q.unit in units and end <= token_index(view.tokens, q.char_start) <= end + SPAN_GAP
                for q in view.quantities
            )
        first = max(0, start - 4)
        if voice == "state":
            # Back to the clause's start, at most _SUBJECT_REACH words (linear in the text).
            subject = start
            while (
                subject > max(0, start - _SUBJECT_REACH)
                and view.tokens[subject - 1].text not in CLAUSE_BREAKS
            ):
                subject -= 1
            first = min(first, subject)
        lo = view.tokens[first if voice != "active" else end - 1].start
        hi = view.tokens[min(len(view.tokens), end + 4) - 1 if voice != "passive" else start].end
        if cls == "people":
            # People are a state verb's subject, before it; counted soldiers are troops,
            # not residents sheltering.
            hi = view.tokens[start].start
        if any(
            (q.unit in units or (q.unit is None and q.nationals and cls in PEOPLE_CLASSES))
            and lo <= q.char_start < hi
            and not (cls == "people" and q.counted in ARMED_KINDS)
            for q in view.quantities
        ):
            return True  # "14 Indonesians": a country's nationals are people
        # "2,480 houses damaged, 415 of them heavily, 640 moderately and 1,425 lightly": a
        # bare figure right before a state word is another part of what an earlier figure
        # of the sentence counts.
        bare = next((q for q in view.quantities if q.unit is None
                     and token_index(view.tokens, q.char_end) == start), None)  # fmt: skip
        return (
            voice == "state"
            and cls != "people"
            and bare is not None
            and any(q.unit in units and q.char_end <= bare.char_start for q in view.quantities)
        )

    def _reported_head(self, view: SentenceView, before: int) -> range:
        """The first ``HEAD_WORDS`` words after the last verb of saying before word
        ``before`` ("Kapolres Wajo … mengatakan lantai ruang tengah rumah milik Baharuddin
        (63) itu jebol": what is reported opens with its subject), or none: not past a
        comma or a conjunction, which open another clause with a subject of its own."""
        words, speech = view.words, self.lex.speech
        said = next(
            (j + hit[0] for j in range(before - 1, -1, -1)
             if words[j] in speech.first_words and (hit := speech.match_at(words, j))),
            None,
        )  # fmt: skip
        if said is None or any(w == "," or w in self.lex.conjunctions for w in words[said:before]):
            return range(0)
        return range(said, min(said + HEAD_WORDS, before))

    @staticmethod
    def _sentence_head(view: SentenceView, before: int) -> range:
        """The first five words of the sentence, after a dateline ("Lahat (ANTARA) -",
        "MANILA, May 12 (Reuters) -"): words before the first dash, none in lower case. Five
        hold a subject with its figure ("Between 300 and 400 firefighters, backed by …,
        were battling the flames")."""
        head = dateline_end(view, min(before, 12))
        return range(head, min(head + HEAD_WORDS, before))

    def _requested(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``X meminta pemerintah menempatkan kapal patroli``: what X asks for has not
        happened; the sentence is X's demand (a STATEMENT), and nothing after the
        directive verb is claimed, except in a relative clause, which states a fact
        (``… menjamin keselamatan warga yang kini mengungsi``), or after a marker of
        something done (``memperingatkan bahwa 2.000 warga telah mengungsi``)."""
        words = view.words
        lex = self.lex
        for hit in hits:
            if self.is_directive(words, hit):
                return [
                    h
                    for h in hits
                    if h.start <= hit.start
                    or not lex.relative.isdisjoint(words[max(0, h.start - 2) : h.start])
                    or not lex.done.isdisjoint(words[hit.end : h.start])
                ]
        return hits

    def _for_the_bereaved(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``santunan Rp50 juta kepada ahli waris setiap korban meninggal``, "pay 20,000
        ringgit to the family of each worker who died": the dead named as those whose
        families are paid or told (``bereaved_phrases`` a few words before the casualty
        word, in its clause) are no news of deaths; nor are those a charge words
        (``charge_wordings``: "kelalaian yang menyebabkan orang lain meninggal dunia")."""
        words = view.words
        lex = self.lex
        kept = []
        for hit in hits:
            if hit.type == "CASUALTIES":
                lo = max(0, hit.start - BEREAVED_REACH)
                for j in range(hit.start - 1, lo - 1, -1):
                    if words[j] in lex.conjunctions or words[j] in (",", ";", "."):
                        lo = j + 1
                        break
                if any(
                    table.match_at(words, j)
                    for table in (lex.bereaved_phrases, lex.charge_wordings)
                    for j in table.starts_in(words, lo, hit.start)
                ):
                    continue
            kept.append(hit)
        return kept

    def is_directive(self, words: list[str], hit: Hit) -> bool:
        """A statement made by a verb that asks for, promises or warns of something."""
        return (
            hit.type == "STATEMENT" and self.lex.directives.match_at(words, hit.start) is not None
        )

    def _denials(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``X membantah bahwa …``: the sentence is X's denial (a STATEMENT); what X denies
        is not claimed by the article, up to a verb of saying joined after it
        (``denial_closers``: "… dan menyebut sembilan warga sipil tewas")."""
        words = view.words
        for j in sorted({*self.lex.denial.starts(words), *self.lex.accusation.starts(words)}):
            hit = self.lex.denial.match_at(words, j)
            accused = self.lex.accusation.match_at(words, j)
            if accused and not hit:
                kept = [h for h in hits if h.end <= j or h.start == j]
                if not any(h.start == j for h in kept):
                    kept.append(
                        Hit(
                            j,
                            j + accused[0],
                            Trigger("STATEMENT", None, "active"),
                            "STATEMENT",
                            None,
                        )
                    )
                return kept
            if hit:
                resumed = self._denial_closed(words, j + hit[0])
                kept = [h for h in hits if h.end <= j or h.start >= resumed]
                if not any(h.type == "STATEMENT" and h.start == j for h in hits):
                    trig = Trigger("STATEMENT", "denial", "active")
                    kept.append(Hit(j, j + hit[0], trig, "STATEMENT", "denial"))
                else:
                    kept.extend(h for h in hits if h.start == j)
                return kept
        return hits

    def _denial_closed(self, words: list[str], after: int) -> int:
        """Where what a denial denies ends: after a verb of saying joined to it ("… dan
        menyebut sembilan warga sipil tewas"), or the sentence's end."""
        for k in self.lex.denial_closers.starts(words):
            found = self.lex.denial_closers.match_at(words, k)
            if k >= after and found:
                return k + found[0]
        return len(words) + 1

    def _counted_then_hurt(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``nine survivors were wounded``: a word that names the people a figure counts
        (right after it) and is a trigger of its own gives way to the casualty word a
        copula joins to it: the figure counts the wounded."""
        drop: set[int] = set()
        words = view.words
        for a, b in pairwise(hits):
            if (
                a.type == "OTHER"
                and b.type == "CASUALTIES"
                and b.start - a.end == 1
                and words[a.end] in self.lex.copulas
                and any(
                    token_index(view.tokens, q.char_end) in (a.start, a.end)
                    for q in view.quantities
                )
            ):
                drop.add(id(a))
        return [h for h in hits if id(h) not in drop] if drop else hits

    def _treated_for_wounds(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``44 orang dirawat akibat luka-luka``: people treated for wounds (``injury_preps``
        between the treatment and a casualty word of wounds) are counted as the wounded,
        of the kind that word names; the wounds are no fact of their own. (The English
        pack's treatment words, "hospitalised", count the wounded already.)"""
        if not any(h.subtype == "hospitalized" for h in hits):
            return hits
        words = view.words
        drop: set[int] = set()
        out: list[Hit] = []
        for hit in hits:
            cause = (
                self.lex.injury_preps.match_at(words, hit.end)
                if hit.subtype == "hospitalized" and hit.end < len(words)
                else None
            )
            if cause is not None:
                at = hit.end + cause[0]
                # "for minor injuries": the wound words right after, the first the kind.
                wounds = [h for h in hits
                          if h.subtype in WOUND_SUBTYPES and at <= h.start <= at + 1]  # fmt: skip
                if wounds:
                    drop.update(map(id, wounds))
                    first = min(wounds, key=lambda h: (h.start, -h.end))
                    hit = Hit(hit.start, hit.end, first.trigger, "CASUALTIES", first.subtype)
            out.append(hit)
        return [h for h in out if id(h) not in drop]

    def _state_of_the_counted(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """``Six of the injured remain in hospital``: a casualty word after a figure and a
        partitive only says whom the figure takes from; what the clause then says of them
        (a trigger a few words on) is the fact the figure counts."""
        words = view.words
        drop: set[int] = set()
        for a, b in pairwise(hits):
            if (
                a.type == "CASUALTIES"
                and a.start >= 3
                and words[a.start - 1] in self.lex.determiners
                and words[a.start - 2] in self.lex.partitive_preps
                and 0 <= b.start - (after := _past_an_aside(words, a.end, b.start)) <= STATE_GAP
                and all(has_a_word(w) for w in words[after : b.start])
                and (b.type, b.subtype) != (a.type, a.subtype)
                and any(
                    token_index(view.tokens, q.char_end) == a.start - 2 for q in view.quantities
                )
            ):
                drop.add(id(a))
        return [h for h in hits if id(h) not in drop] if drop else hits

    def _merge_damage_grades(self, hits: list[Hit], words: list[str]) -> list[Hit]:
        """``destroyed or badly damaged``, ``rusak berat atau hancur``: two kinds of damage
        to homes given as alternatives for one figure are one count, the first named."""
        drop: set[int] = set()
        for a, b in pairwise(hits):
            if (
                a.subtype in HOUSE_DAMAGE
                and b.subtype in HOUSE_DAMAGE
                and b.start - a.end == 1
                and words[a.end] in self.lex.alternatives
            ):
                drop.add(id(b))
        return [h for h in hits if id(h) not in drop] if drop else hits

    def _merge_casualties(self, hits: list[Hit], words: list[str]) -> list[Hit]:
        """``korban`` next to a specific casualty word is that word, as is ``korban`` whose
        clause goes on to say how they fared (``sembilan korban sudah kami evakuasi dalam
        keadaan meninggal dunia``), or a patient's state (``sembilan korban masih dirawat
        inap``); ``tewas atau terluka`` is one."""
        casualty = [h for h in hits if h.type == "CASUALTIES" or h.subtype in PATIENT_STATES]
        drop: set[int] = set()
        for h in casualty:
            if h.subtype != "killed_or_wounded":
                continue
            for other in casualty:
                if (
                    other is not h
                    and other.subtype != "killed_or_wounded"
                    and (
                        abs(other.start - h.end) <= 1
                        or (0 < other.start - h.end <= 5 and "," not in words[h.end : other.start])
                    )
                ):
                    drop.add(id(h))
        for a, b in zip(casualty, casualty[1:], strict=False):
            between = words[a.end : b.start]
            if (
                {a.subtype, b.subtype} == {"killed", "wounded"}
                and len(between) == 1
                and between[0] in self.lex.alternatives
            ):
                a.subtype = "killed_or_wounded"
                drop.add(id(b))
        return [h for h in hits if id(h) not in drop]

    def _complement(self, words: list[str], k: int) -> bool:
        """Is ``untuk`` at ``k`` the complement of a possibility, a stance or a request
        ("membuka kemungkinan untuk memberikan bantuan", "sepakat untuk mengirim"), whose
        verb is what the sentence reports, rather than a purpose?"""
        return any(
            table.ends_at(words, k, k - 2)
            for table in (self.lex.possibility, self.lex.stance, self.lex.directives)
        )

    def _after_a_toll(self, words: list[str], hit: Hit) -> bool:
        """Does a toll phrase (pack ``toll_phrases``) end before the trigger, but for up to
        three words of the event's noun phrase and no figure ("the death toll from a
        landslide", "the death toll from Thursday's methane explosion")?"""
        k = hit.start
        for _ in range(4):
            if self.lex.toll_phrases.ends_at(words, k, k - 3):
                return True
            previous = words[k - 1] if k else ","
            if not has_a_word(previous) or previous == "," or any(c.isdigit() for c in previous):
                return False  # a figure of the event's own ("magnitude 6.7 earthquake")
            k -= 1
        return False

    def _dated_here(self, view: SentenceView, j: int) -> bool:
        """``serangan itu terjadi pada Rabu (19/8/2026)``, ``the attack took place at
        about 4.30 a.m. on Monday``: an occurrence verb at ``j`` (``occurrence_verbs``) with a
        day a few words after it."""
        found = self.lex.occurrences.match_at(view.words, j)
        if found is None:
            return False
        start = view.tokens[j + found[0] - 1].end
        reach = view.tokens[min(j + found[0] + DATED_REACH, len(view.tokens)) - 1].end
        return any(start <= t.char_start <= reach for t in view.times)

    def _trigger_ends_at(self, words: Sequence[str], end: int) -> bool:
        """Does a trigger end at word ``end`` ("rusak berat" before "diterjang")?"""
        return self.lex.triggers.ends_at(words, end, end - MAX_TRIGGER_WORDS)

    def is_background(self, view: SentenceView, hit: Hit, follow: bool = True) -> str | None:
        """``scene`` for ``Selain mengirim …``/``dalam pertempuran``/``sejak mereka …``,
        ``relative`` for a trigger inside a ``yang`` clause, else None."""
        words = view.words
        before = words[hit.start - 1] if hit.start > 0 else ""
        after = words[hit.end] if hit.end < len(words) else ""
        after_next = words[hit.end + 1] if hit.end + 1 < len(words) else "."
        if (
            # "peluncuran itu": a noun pointing back to what was reported; so is a word
            # that makes a claim only with a figure (a noun in all but name) when its
            # phrase ends there ("Dengan ditemukannya korban ini, …"), not when a figure
            # follows as what it is ("nilai kontrak itu mencapai …")
            (
                hit.trigger.voice == "noun"
                or ("quantity" in hit.trigger.requires and not has_a_word(after_next))
            )
            and after in self.lex.demonstratives
            and after not in self.lex.relative  # "a landslide that struck …" is new
            # "Tests showed the fire started …": after a finding's verb comes what it
            # found, not a pointer back
            and not self.lex.finding_verbs.ends_at(words, hit.end, hit.start)
            # "serangan itu terjadi pada Rabu": the sentence dates the event it points to
            and not self._dated_here(view, hit.end + 1)
            # "ada 24 orang di kapal itu": the thing pointed back to is where the people
            # counted right before the state are, not an event
            and not (hit.trigger.voice == "state" and _counted_right_before(view, hit))
        ):
            return "anaphoric"
        if (
            before in self.lex.background_preps
            # "lokasi banjir" is the scene of a flood; "warga sekitar lokasi mengungsi"
            # are people who fled: a noun sets only a noun's or an event's scene.
            and (
                before not in self.lex.scene_nouns
                or hit.trigger.voice == "noun"
                or hit.subtype in EVENT_SUBTYPES
            )
        ) or (
            before in self.lex.purpose_preps
            and hit.trigger.voice != "noun"
            and not self._complement(words, hit.start - 1)
        ):
            return "scene"
        event = hit.type == "OTHER" and hit.subtype in EVENT_SUBTYPES
        if event and hit.start > 1:
            if words[hit.start - 2] in self.lex.background_preps and not self.lex.triggers.match_at(
                words, hit.start - 1
            ):
                return "scene"  # "korban terakhir longsor": the victims of the landslide
            if before in self.lex.cause_agent_verbs and self._trigger_ends_at(words, hit.start - 1):
                return "scene"  # "rumah rusak diterjang puting beliung": the damage's cause
            if before in self.lex.event_fillers and (
                self._trigger_ends_at(words, hit.start - 1)
                or self._trigger_ends_at(words, hit.start)
            ):
                return "scene"  # "status tanggap darurat bencana banjir rob": the status's
        if event and self._after_a_toll(words, hit):
            return "toll"  # "the death toll from a landslide that buried …"
        clause_start = self.grammar.clause_bound(view, hit.start, -1)
        own_start = clause_start
        trigger_firsts = self.lex.triggers.first_words
        for j in range(hit.start - 1, clause_start - 1, -1):
            if (
                words[j] in self.lex.background_clause
                and not _opens_a_time(view, j)
                and self.lex.opener_adverbs.match_at(words, j) is None
                and not self._contrasts(view, j, hit)
            ):
                return "clause"
            found = self.lex.triggers.match_at(words, j) if words[j] in trigger_firsts else None
            if found and found[1]:  # a phrase with no sense (``not_triggers``) is no trigger
                # An earlier trigger owns the clause, unless a conjunction joins the two
                # ("yang menewaskan empat tentara dan melukai 11 lainnya": one clause).
                between = words[j + found[0] : hit.start]
                if self.lex.conjunctions.isdisjoint(between):
                    own_start = j + 1
                elif follow:
                    # Joined by a conjunction, two verbs share a clause: in or out of a
                    # relative clause together ("… telah menewaskan tiga orang dan memaksa
                    # 1.800 warga mengungsi"). What sets the scene of one word need not
                    # set the other's ("31 korban selamat dan 10 korban meninggal").
                    trig = cast(tuple[Trigger, ...], found[1])[0]
                    earlier = Hit(j, j + found[0], trig, trig.type, trig.subtype)
                    status = self.is_background(view, earlier, follow=False)
                    if status in (None, "relative"):
                        return status
                break
        # "prajurit yang bertugas di Lebanon terluka": the relative clause is the earlier
        # trigger's; the one after it is the main verb. So is a verb right after a
        # demonstrative that closes the noun phrase ("Kapal yang dinakhodai AR itu berangkat").
        closed = before in self.lex.demonstratives and before not in self.lex.determiners
        relatives = [j for j in range(own_start, hit.start) if words[j] in self.lex.relative]
        if relatives and not closed and (before in self.lex.done or before in self.lex.auxiliaries):
            # "Kebakaran hutan yang melanda wilayah itu sejak Sabtu telah menewaskan tiga
            # orang", "A 71-year-old woman who had difficulty walking was found dead": a
            # verb marked done, or after an auxiliary, after a relative clause that has its
            # own verb is the main verb.
            closed = any(
                words[j] in self.lex.event_verbs
                or words[j] in self.lex.done
                or words[j] in self.lex.auxiliaries
                or self.lex.triggers.match_at(words, j)
                for j in range(relatives[-1] + 1, hit.start - 1)
            )
        if (
            not closed
            and relatives
            and not self._figure_opens_the_clause(view, relatives[-1], hit)
            and not self._counted_by_a_head(view, relatives[-1], hit)
        ):
            return "relative"
        return None

    def _counted_by_a_head(self, view: SentenceView, rel: int, hit: Hit) -> bool:
        """``jumlah tentaranya yang tewas bertambah menjadi enam orang``, ``Total yang sudah
        kami tangkap 31 orang``: a relative clause right after a count head (pack
        ``count_heads``) whose verb a level verb or the figure itself follows is the count
        the sentence reports, not background."""
        words = view.words
        if not any(self.lex.count_heads.match_at(words, j) for j in range(max(0, rel - 4), rel)):
            return False
        if self.lex.levels.match_at(words, hit.end) or any(
            token_index(view.tokens, q.char_start) == hit.end for q in view.quantities
        ):
            return True
        return self._level_reached_later(view, hit)

    def _level_reached_later(self, view: SentenceView, hit: Hit) -> bool:
        """``Jumlah warga yang mengungsi akibat gempa di Kabupaten Halmahera Barat terus
        bertambah dan mencapai 8.215 jiwa``: does the first figure after the trigger follow a
        level verb, with no other trigger between them but an event's ("akibat gempa": the
        cause)?"""
        words = view.words
        after = [q for q in view.quantities if q.char_start >= view.tokens[hit.end - 1].end]
        if not after:
            return False
        first = min(after, key=lambda q: q.char_start)
        j = token_index(view.tokens, first.char_start)
        firsts = self.lex.triggers.first_words
        for k in range(hit.end, j):
            found = self.lex.triggers.match_at(words, k) if words[k] in firsts else None
            if found and any(
                t.subtype not in EVENT_SUBTYPES for t in cast(tuple[Trigger, ...], found[1])
            ):
                return False
        return after_phrase(self.lex.levels, view, first)

    @staticmethod
    def _figure_opens_the_clause(view: SentenceView, rel: int, hit: Hit) -> bool:
        """``otoritas di Kashmir yang dikelola Pakistan mencatat sembilan warga sipil
        tewas``: the people counted right before the trigger, after the relative clause,
        are its subject; the trigger is not in that clause."""
        lo = view.tokens[rel].end
        hi = view.tokens[hit.start].start
        return any(
            lo < q.char_start
            and q.char_end <= hi
            and token_index(view.tokens, q.char_end) >= hit.start - 3
            for q in view.quantities
        )

    @staticmethod
    def figure_right_before(view: SentenceView, hit: Hit) -> bool:
        """Does a figure stand at most a word before the trigger ("dua jasad"), or its
        phrase end there ("16 unit mobil pemadam dikerahkan")?"""
        lo = view.tokens[max(hit.start - 2, 0)].start
        hi = view.tokens[hit.start].start
        return any(lo <= q.char_start < hi or lo < q.char_end <= hi for q in view.quantities)

    @staticmethod
    def _opens_a_quoted_sentence(view: SentenceView, hit: Hit, hits: Sequence[Hit]) -> bool:
        """``"Ada 85 rumah rusak. warga yang mengungsi 640 jiwa …"``: a relative clause at
        the start of a sentence a stray full stop opens in a quote (``view.stray_stop``) is
        that sentence's subject, not a clause of the one before; it stands unless a main
        clause of its own kind follows the stop."""
        stop = next((k for k in range(hit.start - 1, max(hit.start - 5, 0), -1)
                     if stray_stop(view, k)), None)  # fmt: skip
        if stop is None:
            return False
        return not any(
            h is not hit and not h.background and h.type == hit.type and h.start > stop
            for h in hits
        )

    def _counts_a_figure(self, view: SentenceView, hit: Hit) -> bool:
        """Does the relative clause of ``hit`` say what the figure right before it counts
        ("termasuk 18 rumah yang hanyut", "74 patients who remain in hospital")? Not for
        an event, which names the figure's cause ("lima jenazah yang tertimbun longsor")."""
        if hit.subtype in EVENT_SUBTYPES:
            return False
        words = view.words
        # The relative word right before the trigger, or one word (an adverb) before it.
        rel = next(
            (j for j in (hit.start - 1, hit.start - 2) if words[j] in self.lex.relative), None
        )
        if rel is None or rel < 2:
            return False
        lo = view.tokens[rel - 3 if rel >= 3 else 0].start
        return any(lo <= q.char_start and q.char_end <= view.tokens[rel].start
                   for q in view.quantities)  # fmt: skip

    def _contrasts(self, view: SentenceView, j: int, hit: Hit) -> bool:
        """Is word ``j`` a contrast opener after a comma with a figure right after it
        ("…, while 130 homes have been destroyed") or before the trigger in its clause
        ("…, while the governor said 21 had died"): a second fact, not a scene?"""
        if not self.lex.opens_contrast(view.words, j):
            return False
        if j + 1 >= len(view.tokens):
            return False
        lo = view.tokens[j + 1].start
        hi = max(view.tokens[min(j + 3, len(view.tokens) - 1)].start, view.tokens[hit.start].start)
        return any(lo <= q.char_start <= hi for q in view.quantities)

    def background_worth_keeping(
        self,
        view: SentenceView,
        hit: Hit,
        main_types: set[str],
        hits: Sequence[Hit] = (),
    ) -> bool:
        """A relative-clause event stands unless the main clause has its type; a scene-setting
        one only when it names its own actor (``sejak invasi Rusia``); a disaster in a
        clause of its own, with its own verb and time (``… hilang setelah banjir bandang
        menerjang Desa Wolotolo, Kamis dini hari``), not one that only names a place
        (``meninjau lokasi gempa pada Kamis``)."""
        if hit.background in ("anaphoric", "toll"):
            return False
        if hit.background == "relative" and self._opens_a_quoted_sentence(view, hit, hits):
            return True
        if (
            hit.background in ("clause", "scene")
            and hit.type == "OTHER"
            and hit.subtype in EVENT_SUBTYPES
            and view.words[hit.start - 1] not in self.lex.cause_preps
            and not self.lex.event_verbs.isdisjoint(view.words[hit.end : hit.end + 4])
            and self._owns_a_time(view, hit, hits)
        ):
            # "… terserang diare setelah banjir merendam permukiman mereka pada Minggu
            # malam": a disaster told with its own verb and time is reported too, whatever
            # the main clause counts.
            return True
        if hit.type in main_types and not (
            hit.background == "relative"
            and (
                hit.type == "CASUALTIES"
                or self._counts_a_figure(view, hit)
                or _takes_its_figure(view, hit)
            )
            and all(h.subtype != hit.subtype for h in hits if not h.background)
        ):
            # "Jumlah tentara yang tewas … mencapai 2.500, sementara 3.100 lainnya
            # terluka": the dead of a relative clause are not the wounded of the main one;
            # nor are "18 rumah yang hanyut" the houses the main clause counts as damaged.
            return False
        if (
            hit.background in ("clause", "scene")
            and hit.type == "ATTACK"
            and hit.trigger.voice == "active"
            and view.words[hit.start - 1] not in self.lex.cause_preps
            and self._owns_a_time(view, hit, hits)
        ):
            # "… setelah kelompok bersenjata menyerang pos TNI di Kampung Eknemba pada
            # Selasa pagi": an attack told with its own verb and time is reported too.
            return True
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
        if (
            hit.background in ("clause", "scene")
            and ("quantity" in hit.trigger.requires or hit.type == "DEPLOYMENT")
            and self.figure_right_before(view, hit)
        ):
            # "… bertambah menjadi lima orang setelah tim SAR menemukan dua jasad lagi":
            # what the clause counts is a fact of its own.
            return True
        if self.grammar.owner(view, hit) is not None:
            return True
        if hit.background != "clause":
            return False
        # "setelah Putin dan Kim meneken perjanjian": the clause names its own subject.
        clause_start = self.grammar.clause_bound(view, hit.start, -1)
        lo = view.tokens[clause_start].start
        return any(
            m.type in PARTY_TYPES
            and lo <= m.char_start
            and m.char_end <= view.tokens[hit.start].start
            and not self.grammar.prep_governed(view, m)
            for m in view.mentions
        ) and hit.trigger.voice in ("active", "noun")


# Double quotation marks, as tokens: a word in scare quotes inside a trigger phrase.
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})


# How many words after a verb its object's figure may start ("mengangkut sekitar 180").
OBJECT_FIGURE_WORDS = 2


def _takes_its_figure(view: SentenceView, hit: Hit) -> bool:
    """``KM Sinar Bahari 7 yang mengangkut 40 penumpang tenggelam``: does the verb of a
    relative clause take a figure as its object, a fact the main clause does not tell?"""
    if hit.trigger.voice not in ("active", "state") or hit.end >= len(view.tokens):
        return False
    start = view.tokens[hit.end].start
    reach = view.tokens[min(hit.end + OBJECT_FIGURE_WORDS, len(view.tokens) - 1)].start
    return any(start <= q.char_start <= reach for q in view.quantities)


def _past_an_aside(words: Sequence[str], start: int, stop: int) -> int:
    """The word after an aside between commas that opens at ``start`` and closes before
    ``stop`` ("Six of the injured, including the driver, were seriously hurt"), else
    ``start``."""
    if start < stop and words[start] == ",":
        close = next((k for k in range(start + 1, stop) if words[k] == ","), None)
        if close is not None:
            return close + 1
    return start


# How many words a verb that takes bodies may stand before the word for them ("menerima
# delapan jenazah").
BODIES_OBJECT_WORDS = 3


def _without_bodies_received(hits: list[Hit]) -> list[Hit]:
    """``rumah sakit menerima delapan jenazah``: the bodies a verb of the dead takes as its
    object are those dead, no finds of their own (the word for them is no second trigger)."""
    takers = [h.end for h in hits if h.type == "CASUALTIES" and "bodies" in h.trigger.requires]
    if not takers:
        return hits
    return [
        h
        for h in hits
        if not (
            h.subtype == "bodies_recovered"
            and any(0 <= h.start - end <= BODIES_OBJECT_WORDS for end in takers)
        )
    ]


def _without_places_of_death(hits: list[Hit]) -> list[Hit]:
    """``Two more people died in hospital``: a stay in hospital right after a death word
    is where they died, not people in hospital (the death word's figure is not theirs)."""
    died = {h.end for h in hits if h.type == "CASUALTIES" and h.subtype == "killed"}
    if not died:
        return hits
    return [h for h in hits if not (h.subtype == "hospitalized" and h.start in died)]


def _find_past_scare_quotes(lex: Lexicon, words: Sequence[str]) -> list[tuple[int, int, object]]:
    """The trigger phrases of a sentence, read past quotation marks inside them
    ("opened "unprovoked" fire", "had begun "unprovoked firing""); positions are the
    sentence's own."""
    if _QUOTE_MARKS.isdisjoint(words):
        return lex.triggers.find_all(words)
    kept = [i for i, w in enumerate(words) if w not in _QUOTE_MARKS]
    found = lex.triggers.find_all([words[i] for i in kept])
    return [(kept[start], kept[end - 1] + 1, senses) for start, end, senses in found]


def _counts_for(view: SentenceView, subtype: str | None, bare: bool = True) -> bool:
    """Does a figure of the sentence count in a unit the subtype's facts are counted in
    (``COUNT_UNITS_BY_SUBTYPE``), a bare figure among them only where ``bare``?"""
    units = COUNT_UNITS_BY_SUBTYPE.get(subtype or "", ())
    return any(q.unit in units and (bare or q.unit is not None) for q in view.quantities)


def _opens_a_time(view: SentenceView, j: int) -> bool:
    """Is word ``j`` (``sejak``, ``since``) the start of a time phrase ("sejak akhir pekan
    lalu", "since Monday") rather than of a clause ("sejak mereka tiba")?"""
    if j + 1 >= len(view.tokens):
        return False
    start, nxt = view.tokens[j].start, view.tokens[j + 1].start
    return any(t.char_start in (start, nxt) for t in view.times)


def _counted_right_before(view: SentenceView, hit: Hit) -> bool:
    """Does a figure end at most ``COUNT_BEFORE_STATE_WORDS`` words before the trigger?"""
    start = view.tokens[hit.start].start
    lo = view.tokens[max(0, hit.start - COUNT_BEFORE_STATE_WORDS)].start
    return any(lo <= q.char_end <= start for q in view.quantities)
