"""A claim's figure, time, weapon items and modality.

quantity: the figure nearest the trigger whose unit fits the type; time: the nearest
time expression; modality from negation, denial, possibility and reporting cues.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence, Set
from typing import cast

from silang.extract.claims.kinds import (
    COUNT_UNITS_BY_SUBTYPE,
    DISTANCE_FACTS,
    DISTANCE_UNITS,
    EQUIPMENT_UNITS,
    EVENT_SUBTYPES,
    FIGURE_AFTER,
    MOVED_PEOPLE,
    NOT_COUNTS,
    PEOPLE_STATES,
    PERSON_TYPES,
    PLACE_TYPES,
    SENT_OUT_CLASSES,
    VESSEL_UNITS,
    is_event,
)
from silang.extract.claims.lexicon import Lexicon
from silang.extract.claims.triggers import Hit
from silang.extract.claims.view import (
    SentenceView,
    after_phrase,
    dateline_end,
    in_the_possessive,
    stray_stop,
    times_after_dateline,
)
from silang.extract.tokens import token_index
from silang.model import UNIT_SCALES, Mention, Quantity, TimeSpan

# How far after a time in the possessive the noun it dates may stand ("Tuesday's
# magnitude 6.7 earthquake": the possessive mark, two words and a figure).
POSSESSED_WORDS = 5
# Mentions that may stand after a figure's noun as the people's side or body ("tiga tentara
# India", "dua anggota Brimob") before a figure joined to it.
# How far back from a distance its place's description may open ("Hat Yai, a commercial
# hub about 30 km").
APPOSITIVE_WORDS = 7
# The longest of the packs' ``equipment_links`` ("dengan dukungan", "supported by").
MAX_LINK_WORDS = 3
SIDES = frozenset({"country", "organisation", "military_unit"})
# How many words after a partitive a whole's figure may stand past a name in the
# possessive ("Four of the Jin Fu Sheng No. 8's 24 crew": 7).
OWNER_REACH = 8
# How many words after a casualty word a bare figure its count rose to may stand ("The death
# toll from Wednesday's explosion at a chemical plant in Cikarang, an industrial hub east
# of Jakarta, has risen to seven": 24 words).
LEVEL_REACH = 40
# "dua warga Desa Sukamaju menjadi korban": the words a figure of the people a casualty
# word counts may stand before it (``_word_needs_its_figure_near``).
NEAR_FIGURE_WORDS = 3
# "sehingga jumlah WNI yang meninggal menjadi empat", "bringing the death toll from
# Thursday's methane explosion to 11": how far before the level word before a figure the
# word opening a clause that brings a count to it may stand (an English toll carries its
# event, and "Thursday's" is three words; "raising the death toll from the collapse of a
# crowded wooden jetty during a boat race to six" is 17).
RISE_CLAUSE_WORDS = 20
# "19 warga dibawa polisi dari lokasi bentrokan pada Rabu, lebih banyak dari angka yang
# disampaikan kepolisian": how far after a figure a dispute of another body's count may
# start, and how far after its comparison the count's noun may stand.
DISPUTE_REACH = 16
DISPUTE_NOUN_WORDS = 6
# A lead's noun stands within this many words of it ("a lower toll", "angka yang lebih
# tinggi"), and the figure within this many words after both ("of", ", yakni").
DISPUTE_LEAD_NOUN_WORDS = 2
DISPUTE_LEAD_GAP = 2
# "APMM semula melaporkan tiga orang tewas dan empat lainnya luka tembak, sementara
# sedikitnya tujuh penumpang hilang": how far before a figure a marker of a first count
# reaches.
SUPERSEDED_REACH = 16
# "40 novice monks were killed": the words a bare figure may stand before a casualty word,
# a noun the units table lacks (two words) and an auxiliary.
BARE_COUNT_GAP = 3
# What a figure before a trigger that labels the figure after it costs (``_label_after``).
LABEL_PENALTY = 40
# "46,700 in the province of Preah Vihear": the words a figure's own place phrase may hold
# between its preposition and the place.
OWN_PLACE_GAP = 2


class SlotFinder:
    """Picks the figure, time, items and modality that go with a trigger."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def quantity(
        self, view: SentenceView, hit: Hit, used: set[int], hits: Sequence[Hit] = ()
    ) -> Quantity | None:
        if hit.type in ("AGREEMENT", "MEETING", "STATEMENT"):
            return None
        allowed: Set[str | None] | None = COUNT_UNITS_BY_SUBTYPE.get(hit.subtype or "")
        if "vessels" in hit.trigger.requires:
            allowed = VESSEL_UNITS  # "tiga kapal perang" counts ships, not people
        tokens = view.tokens
        trig_start = tokens[hit.start].start
        trig_end = tokens[hit.end - 1].end
        people = "people" in hit.trigger.requires
        # "Puluhan lapak … dan tujuh rumah warga … dibakar massa": a trigger that counts a
        # class of things (it requires a figure and the class) takes a figure that counts
        # them over another; one that only needs the class named ("terputus di tiga titik"
        # of a road) counts something else.
        requires = hit.trigger.requires
        needs = (
            frozenset(requires) - {"quantity", "people"} if "quantity" in requires else frozenset()
        )
        best: tuple[tuple[bool, bool, bool, bool, bool, bool, bool, bool, int], Quantity] | None
        best = None
        wholes = self.wholes(view)
        # "Delapan orang lainnya, lima pendaki Indonesia dan tiga Sherpa, dievakuasi": the
        # figures of an aside after a figure are about that one, which the trigger counts.
        set_off = [
            p.char_end
            for p in view.quantities
            if p.char_end <= trig_start and self._set_off_before(view, p, trig_start, hits)
        ]
        for q in view.quantities:
            if id(q) in used or self.is_difference(view, q):
                continue
            if hit.subtype not in DISTANCE_FACTS and self.is_distance(view, q):
                continue  # "tenggelam … sekitar 14 mil laut di utara Pulau Bisa": where
            # "Three of the 26 crew members were rescued": a bare part counts what its
            # whole counts, and is the fact's figure before the whole.
            unit = q.unit
            whole = self.whole_of(view, q) if unit is None else None
            if whole is not None and self._says_what_whole_is(view, whole, hit, hits):
                whole = None  # the whole is the hit's figure, the part another fact's
            if whole is not None:
                unit = whole.unit
            if self.households_of_people(view, q):
                continue  # "1.240 jiwa dari 348 kepala keluarga mengungsi": the people
            if (
                hit.subtype == "displaced"
                and q.unit == "person"
                and (q.noun or "").lower() in self.lex.responders
                and not any(h.type == "CASUALTIES" for h in hits)
            ):
                # "400 personel terlibat dalam operasi pencarian dan evakuasi": those who
                # evacuate, not those evacuated, unless they are hurt ("Tiga prajurit yang
                # terluka dievakuasi").
                continue
            if hit.subtype in MOVED_PEOPLE and self._counted_dead(view, q):
                # "mengevakuasi lima jenazah", "tiga santri dalam keadaan meninggal dunia":
                # the dead, whom their own word counts (bodies recovered, the toll)
                continue
            sent = hit.type == "DEPLOYMENT" and self.sent_equipment(view, q)
            if allowed is not None:
                if unit not in allowed:
                    continue
            elif hit.type in PERSON_TYPES and not sent:
                # "sembilan ekor paus mati", "killed six cattle": deaths are of animals too
                # (livestock lost, ``ClaimExtractor._livestock_lost``).
                dead_animals = unit == "animal" and hit.subtype == "killed"
                if (unit not in ("person", None) and not dead_animals) or (
                    unit is None and not self._casualty_count(view, q, hit)
                ):
                    continue
                if q.min is not None and 0 < q.min < 1:
                    continue  # "burns over more than half of his body": a share, no people
            elif hit.type in ("WEAPONS_TRANSFER", "ATTACK") or hit.subtype in EVENT_SUBTYPES:
                # "Banjir bandang … menewaskan 26 orang": the people an event touched are
                # its toll or its displaced, not its size.
                # (A bare part counts people where its whole does: "Satu dari tujuh ABK
                # kapal yang terbalik … meninggal".)
                if q.unit in NOT_COUNTS or unit == "person":
                    continue
                if (
                    q.unit is None
                    and any(h.type == "CASUALTIES" for h in hits)
                    and self.has_risen(view, q)
                ):
                    continue  # "bringing the number of Indonesians killed in the blast to four"

                # "… flash flood …, with six still missing": an event's size stands by it,
                # not by another trigger (the event's own verb is no other: "Banjir
                # merendam 19 kelurahan").
                if hit.subtype in EVENT_SUBTYPES and any(
                    self._gap(view, other, q) < self._gap(view, hit, q)
                    for other in hits
                    if other is not hit and other.subtype != hit.subtype
                ):
                    continue
            elif q.unit in NOT_COUNTS and hit.subtype != "building":
                continue
            if q.char_start >= trig_end and self._across_a_contrast(view, hit, q):
                continue  # "…, sementara empat santri lainnya …": the other clause's figure
            if q.char_start >= trig_end and self._in_a_purpose(view, hit, q):
                continue  # "menerjunkan tim … untuk memeriksa enam petugas": the purpose's
            if across_a_full_stop(view, hit, q) and self._own_trigger_past_the_stop(
                view, hit, q, hits
            ):
                continue  # "… kami alihkan lewat Malalak. jembatan bailey … dalam tujuh hari"
            if q.char_end <= trig_start and hit.subtype in FIGURE_AFTER:
                continue
            if q.char_end <= trig_start:
                # "Satu dari tujuh ABK kapal yang terbalik … meninggal": a part's phrase
                # runs to its whole's.
                far = whole if whole is not None and whole.char_end <= trig_start else q
                distance = trig_start - self._noun_end(view, far)
                if self._set_off_before(view, q, trig_start, hits):
                    distance = 1  # "Sebanyak 64 warga, sebagian besar lansia, dievakuasi"
                if self._word_needs_its_figure_near(view, hit, q):
                    continue  # "120 petugas SAR gabungan terus mencari korban": searchers
                if self._casualty_word_between(view, far, hit, hits):
                    continue  # "14 penumpang yang mengalami luka ringan serta … luka berat"
                if self._label_after(view, hit):
                    # "luka berat 11 orang, luka ringan 25 orang": a trigger a figure
                    # follows as a label is that figure's, not the one of the clause before.
                    distance += LABEL_PENALTY
            elif q.char_start >= trig_end and (
                self._before_own_state(view, q, hit, hits)
                or self._nearer_word_between(view, q, hit, hits)
            ):
                continue
            elif q.char_start >= trig_end:
                distance = (q.char_start - trig_end) + 15  # figures usually precede state words
            else:
                distance = 0
            reached = self._toll_reached(view, hit, q, hits)
            if distance > 120 and not reached:
                continue
            # "500 residents are staying in six evacuation shelters": a trigger that needs
            # people takes the figure that counts people over a bare number nearer to it.
            rank = (
                # "120 personel dan 22 unit mobil pemadam": the people sent before the
                # vehicles sent with them.
                sent,
                self._aside(view, q, trig_start)
                or any(end <= q.char_start and q.char_end <= trig_start for end in set_off),
                self.is_part(view, q),
                id(q) in wholes and not self._says_what_whole_is(view, q, hit, hits),
                # "… 1.927 rusak ringan. pengungsi 4.217 jiwa": a figure across a stray full
                # stop only when the trigger's own side has none ("37 ABK …. semuanya
                # selamat").
                across_a_full_stop(view, hit, q),
                people and unit != "person",
                bool(needs) and not self.counts_class(view, q, needs),
                # "bringing the death toll among the ship's 22 crew to three": the level
                # the count was brought to, over a nearer figure inside the count's phrase.
                not reached,
                distance,
            )
            if best is None or rank < best[0]:
                best = (rank, q)
        return best[1] if best else None

    @staticmethod
    def _casualty_word_between(
        view: SentenceView, q: Quantity, hit: Hit, hits: Sequence[Hit]
    ) -> bool:
        """Does another casualty word stand between a figure and a casualty trigger after
        it ("14 penumpang yang mengalami luka ringan serta masinis … yang mengalami luka
        berat")? The figure is the nearer word's."""
        if hit.type != "CASUALTIES":
            return False
        end = token_index(view.tokens, q.char_end)
        return any(
            other is not hit and other.type == "CASUALTIES" and end <= other.start < hit.start
            for other in hits
        )

    def _word_needs_its_figure_near(self, view: SentenceView, hit: Hit, q: Quantity) -> bool:
        """A casualty word that is a claim only with a figure ("korban") counts a figure
        before it only within ``NEAR_FIGURE_WORDS`` words ("sembilan korban", "dua warga
        Desa Sukamaju menjadi korban"); one further off is the subject of another verb."""
        if hit.type != "CASUALTIES" or hit.trigger.voice != "state":
            return False
        if "quantity" not in hit.trigger.requires:
            return False
        end = token_index(view.tokens, self._noun_end(view, q))
        return hit.start - end > NEAR_FIGURE_WORDS

    def sent_equipment(self, view: SentenceView, q: Quantity) -> bool:
        """``22 unit mobil pemadam``, "22 fire engines", ``tiga kapal perang``, ``empat
        perahu karet``, "two helicopters": does the figure count vehicles, ships or aircraft
        (``SENT_OUT_CLASSES``), the things a deployment sends, each a fact of its own beside
        the people it sends?"""
        if q.unit is None or q.unit not in EQUIPMENT_UNITS:
            return False
        words = view.words
        first = token_index(view.tokens, q.char_start) + 1
        end = token_index(view.tokens, q.char_end)
        for j in range(first, end + 1):
            hit = self.lex.objects.match_at(words, j)
            if hit is not None and not SENT_OUT_CLASSES.isdisjoint(cast(tuple[str, ...], hit[1])):
                return j + hit[0] >= end
        return False

    def is_distance(self, view: SentenceView, q: Quantity) -> bool:
        """Is ``q`` how far from a place something happened: a distance right before one
        of the pack's ``distance_markers`` or ``directions``, past a bracketed conversion
        ("420 nautical miles (780 km) southeast of", "3 kilometer dari titik tanggul")?"""
        if q.unit not in DISTANCE_UNITS:
            return False
        words = view.words
        k = token_index(view.tokens, q.char_end)
        if k < len(words) and words[k] == "(":
            k = next((i + 1 for i in range(k, min(k + 6, len(words))) if words[i] == ")"), k)
        return (
            self.lex.distance_markers.match_at(words, k) is not None
            or self.lex.directions.match_at(words, k) is not None
        )

    def describes_a_place(self, view: SentenceView, q: Quantity) -> bool:
        """Is the distance a place's description: after one of the pack's
        ``place_descriptions`` ("yang berjarak sekitar 30 kilometer", "terletak") or in an
        appositive a comma and an article open ("Hat Yai, a commercial hub about 30 km
        from the border")?"""
        words = view.words
        j = token_index(view.tokens, q.char_start)
        for k in range(j - 1, max(-1, j - APPOSITIVE_WORDS), -1):
            if words[k] == ",":
                return k + 1 < j and words[k + 1].lower() in self.lex.appositive_articles
            if any(
                (found := self.lex.place_descriptions.match_at(words, i)) is not None
                and i + found[0] == k + 1
                for i in range(max(0, k - 2), k + 1)
            ):
                return True
        return False

    def after_equipment_link(self, view: SentenceView, q: Quantity) -> bool:
        """Does one of the pack's ``equipment_links`` end right before the figure
        ("dengan 14 perahu karet", "backed by three helicopters")?"""
        j = token_index(view.tokens, q.char_start)
        for k in range(max(0, j - MAX_LINK_WORDS), j):
            found = self.lex.equipment_links.match_at(view.words, k)
            if found is not None and k + found[0] == j:
                return True
        return False

    def counts_class(self, view: SentenceView, q: Quantity, classes: Set[str]) -> bool:
        """``tujuh rumah warga``, ``Puluhan lapak pedagang``: does a noun of one of the
        pack's object ``classes`` stand within the two words after the figure's first, or
        after the whole it is a part of ("34 of the 57 inmates")?"""
        first = token_index(view.tokens, q.char_start) + 1
        if first < len(view.words) and view.words[first] in self.lex.partitive_preps:
            whole = next((o for o in view.quantities if o.char_start > q.char_end), None)
            if whole is not None and token_index(view.tokens, whole.char_start) <= first + 2:
                return self.counts_class(view, whole, classes)
        return self._class_after(view, q, classes)

    def _class_after(self, view: SentenceView, q: Quantity, classes: Set[str]) -> bool:
        """Does a noun of one of ``classes`` stand within the two words after the figure's
        first?"""
        words = view.words
        first = token_index(view.tokens, q.char_start) + 1
        for j in range(first, min(first + 3, len(words))):
            hit = self.lex.objects.match_at(words, j)
            if hit is not None and not classes.isdisjoint(cast(tuple[str, ...], hit[1])):
                return True
        return False

    def counts_weapons(self, view: SentenceView, q: Quantity) -> bool:
        """``24 tank``, "18 self-propelled howitzers": does a word of the pack's
        ``weapons`` object class stand within the two words after the figure?"""
        return self._class_after(view, q, frozenset({"weapons"}))

    @staticmethod
    def _own_trigger_past_the_stop(
        view: SentenceView, hit: Hit, q: Quantity, hits: Sequence[Hit]
    ) -> bool:
        """Does another trigger stand on the figure's side of a stray full stop, the
        sentence the stop opens or closes being the figure's own?"""
        k = token_index(view.tokens, q.char_start)
        lo, hi = sorted((k, hit.start))
        stop = next((j for j in range(lo, hi) if stray_stop(view, j)), None)
        if stop is None:
            return False
        figure_side = k > stop
        return any(other is not hit and (other.start > stop) == figure_side for other in hits)

    @staticmethod
    def _noun_end(view: SentenceView, q: Quantity) -> int:
        """Where the figure's people end: after the nationality that is its noun ("315
        Indonesians had been evacuated"), else at the figure."""
        if q.nationals is None or q.noun:
            return q.char_end
        return next((m.char_end for m in view.mentions
                     if m.type == "country" and 0 <= m.char_start - q.char_end <= 1),
                    q.char_end)  # fmt: skip

    @staticmethod
    def _label_after(view: SentenceView, hit: Hit) -> bool:
        """Is the trigger a label right after a comma, with its figure right after it
        ("…, luka ringan 25 orang")?"""
        if hit.start < 1 or view.words[hit.start - 1] != "," or hit.end >= len(view.words):
            return False
        start = view.tokens[hit.end].start
        return any(q.char_start == start for q in view.quantities)

    def _toll_reached(self, view: SentenceView, hit: Hit, q: Quantity, hits: Sequence[Hit]) -> bool:
        """A toll told across a long subject ("Jumlah korban tewas akibat serangan … di
        Distrik Beoga, Kabupaten Puncak, Papua Tengah, bertambah menjadi lima orang"): the
        figure the count rose to is the toll's, however far, when no other count of people
        stands between ("… menemukan tiga jenazah korban …, sehingga korban meninggal
        bertambah menjadi sembilan orang": the nearer word's). So is any count of people
        ("Jumlah pengungsi yang pada Senin tercatat 61.000 orang kini naik menjadi 79.150
        orang")."""
        people = hit.type in PERSON_TYPES or (hit.type == "OTHER" and q.unit == "person")
        if not people or q.char_start < view.tokens[hit.end - 1].end:
            return False
        if not self.has_risen(view, q):
            return False
        k = token_index(view.tokens, q.char_start)
        return not any(
            other is not hit
            and (other.type in PERSON_TYPES or other.type == hit.type == "OTHER")
            and hit.end <= other.start < k
            for other in hits
        )

    def _counted_dead(self, view: SentenceView, q: Quantity) -> bool:
        """Does the figure count bodies ("lima jenazah") or people a dead state follows
        ("tiga santri dalam keadaan meninggal dunia", pack ``dead_states``)?"""
        if (q.noun or "").lower() in self.lex.body_nouns:
            return True
        end = token_index(view.tokens, q.char_end)
        for j in range(end, min(end + 2, len(view.words))):
            if self.lex.figure_links.match_at(view.words, j):
                return False  # "korban selamat 201 orang dan meninggal tujuh orang"
            if self.lex.dead_states.match_at(view.words, j):
                return True
        return False

    def _across_a_contrast(self, view: SentenceView, hit: Hit, q: Quantity) -> bool:
        """Does a contrast opener after a comma ("…, sementara …", "…, while …") stand
        between the trigger and a figure after it?"""
        words = view.words
        k = token_index(view.tokens, q.char_start)
        return any(self.lex.opens_contrast(words, j) for j in range(hit.end, k))

    def across_an_adversative(self, view: SentenceView, hit: Hit, q: Quantity) -> bool:
        """Does a contrast or an adversative after a comma ("…, namun …", "…, however,
        …") stand between the trigger and a figure after it?"""
        words = view.words
        k = token_index(view.tokens, q.char_start)
        return any(self.lex.opens_clause(words, j) for j in range(hit.end, k))

    def _in_a_purpose(self, view: SentenceView, hit: Hit, q: Quantity) -> bool:
        """Does a clause of purpose (``purpose_preps`` and a word, "untuk memeriksa") open
        between the trigger and a figure after it? What is meant to be done to the
        figure's people is not what the trigger did."""
        words = view.words
        # A word stands between the preposition and the figure: up to k - 1.
        k = token_index(view.tokens, q.char_start)
        return any(words[j] in self.lex.purpose_preps for j in range(hit.end, k - 1))

    def whole_of(self, view: SentenceView, part: Quantity) -> Quantity | None:
        """``three of the 26 crew members``, ``650 dari 1.180 santri``: the figure of the
        whole that ``part`` is taken from, after a partitive (``partitive_preps``) right
        after it and at most two words before the whole's figure. The whole is at least
        the part, and counts what the part counts when the part names it ("12 orang dari
        tiga desa" counts people from three villages)."""
        tokens, words = view.tokens, view.words
        k = token_index(tokens, part.char_end)
        if k + 1 >= len(words) or words[k] not in self.lex.partitive_preps:
            return None
        first = token_index(tokens, part.char_start)
        if first > 0 and words[first - 1] in self.lex.copulas:
            return None  # "Rizki adalah satu dari lima WNI": who someone is, not a count
        starts = range(k + 1, min(k + 4, len(words)))
        whole = next((w for w in view.quantities if w is not part
                      and token_index(tokens, w.char_start) in starts), None)  # fmt: skip
        if whole is None:
            whole = self._whole_after_owner(view, part, k)
        if whole is None or part.unit not in (None, whole.unit):
            return None
        if part.max is None or whole.min is None or whole.min < part.max:
            return None
        return whole

    def _whole_after_owner(self, view: SentenceView, part: Quantity, k: int) -> Quantity | None:
        """``Four of the Jin Fu Sheng No. 8's 24 crew``: the whole's figure past a name in
        the possessive (``OWNER_REACH`` words at most after the partitive at ``k``), its
        words capitalised, figures or determiners."""
        tokens = view.tokens
        for w in view.quantities:
            j = token_index(tokens, w.char_start)
            if w is part or not k + 2 < j <= k + OWNER_REACH:
                continue
            owner = tokens[k + 1 : j]
            if owner[-1].text.endswith(("'s", "\u2019s")) and all(
                t.lower in self.lex.determiners or not t.text[:1].islower() for t in owner
            ):
                return w
        return None

    def _says_what_whole_is(
        self, view: SentenceView, whole: Quantity, hit: Hit, hits: Sequence[Hit]
    ) -> bool:
        """``Sebelas dari 47 korban luka masih dirawat``: is ``hit`` the whole's own word?
        It is inside the whole's phrase, after a relative pronoun right after it ("tujuh
        WNI yang tewas"), or right after it with the clause's verb still to come ("47
        korban luka masih dirawat", not "1.180 santri dipulangkan"). Then the whole is
        the hit's figure and the part another fact's."""
        tokens, words = view.tokens, view.words
        first, end = token_index(tokens, whole.char_start), token_index(tokens, whole.char_end)
        if first <= hit.start < end:
            return True
        if hit.start == end + 1 and words[end] in self.lex.relative:
            return True
        return hit.start == end and any(other.start >= hit.end for other in hits)

    def wholes(self, view: SentenceView) -> set[int]:
        """The ids of figures that are the whole a figure before them is taken from
        (``whole_of``): "the 26 crew members" of "three of the 26 crew members"."""
        found = set()
        for q in view.quantities:
            whole = self.whole_of(view, q)
            if whole is not None:
                found.add(id(whole))
        return found

    def is_part(self, view: SentenceView, q: Quantity) -> bool:
        """``208 orang di atas kapal, termasuk 21 ABK``: a figure after an inclusion word
        (``part_markers``) counts a part of another; the whole is the claim's."""
        k = token_index(view.tokens, q.char_start)
        return any(self.lex.part_markers.match_at(view.words, j) for j in range(max(0, k - 2), k))

    def _before_own_state(
        self, view: SentenceView, q: Quantity, hit: Hit, hits: Sequence[Hit]
    ) -> bool:
        """``… had been killed and 23 soldiers wounded``, ``5 tewas dan 23 orang luka-luka``:
        a figure after the trigger that opens the next coordinated clause (a conjunction
        before it) and stands right before that clause's state word is that word's count,
        not this trigger's; so is one right before a state word that needs a figure
        (``with 16 men aboard``)."""
        tokens, words = view.tokens, view.words
        k = token_index(tokens, q.char_start)
        j = token_index(tokens, q.char_end)
        # "…, enam lainnya masih dicari": a figure of others opens a clause of its own, as a
        # conjunction before it does.
        opens_clause = k > 0 and (
            words[k - 1] in self.lex.conjunctions
            or (words[k - 1] == "," and self.lex.others.match_at(words, j) is not None)
        )
        # "sembilan masih dirawat, dua di antaranya di ICU": a part's figure is the state
        # word's right after the part phrase, as right after the figure.
        part = self.lex.parts.match_at(words, j)
        own = (j, j + part[0]) if part else (j,)
        return any(
            other is not hit
            # "manifes mencatat 208 orang di atas kapal": two words of one fact share it
            and (other.type, other.subtype) != (hit.type, hit.subtype)
            and other.trigger.voice == "state"
            # "KM Sinar Bahari 7 yang mengangkut 40 penumpang tenggelam": an event (the
            # ship's sinking) counts no people; the figure is the relative clause's.
            and other.subtype not in EVENT_SUBTYPES
            and other.start > hit.start
            and (
                # (past a part phrase: "17 rumah rusak, dua di antaranya rusak berat")
                (opens_clause and j <= other.start <= own[-1] + 1)
                # "left port on Aug. 19 with 16 men aboard": a word that needs a figure,
                # right after this one, counts it; "killed 14 and left nine missing": so
                # does a state word right after the figure of a word that needs one.
                or (
                    ("quantity" in other.trigger.requires or "quantity" in hit.trigger.requires)
                    and other.start in own
                )
            )
            for other in hits
        )

    def _nearer_word_between(
        self, view: SentenceView, q: Quantity, hit: Hit, hits: Sequence[Hit]
    ) -> bool:
        """``… tiga jenazah korban jebolnya tanggul …, sehingga korban meninggal menjadi
        tujuh orang``: a figure after this casualty word, with a casualty word of another
        kind between them, is that nearer word's count; not when the two are joined by a
        conjunction (``yang tewas dan terluka … 3.000 orang``: one count of both). So is a
        figure after an attack with a casualty word between them ("stormed a post, killing
        four people: two police officers and three construction workers"), and one after
        any other count with a casualty verb between ("menetapkan RH sebagai tersangka atas
        putusnya kabel yang menewaskan dua pelajar": the dead, not the suspects)."""
        if hit.type not in PERSON_TYPES and hit.type not in ("ATTACK", "OTHER"):
            return False
        if hit.type == "OTHER" and q.unit not in ("person", None):
            return False  # "kedalaman lubang tempat Rafa tenggelam mencapai 30 meter"
        k = token_index(view.tokens, q.char_start)
        return any(
            other is not hit
            and other.type in PERSON_TYPES
            and (hit.type != "OTHER" or other.type == "CASUALTIES")
            and (other.type, other.subtype) != (hit.type, hit.subtype)
            and hit.end <= other.start
            and other.end <= k
            and not self._joined(view.words[hit.end : other.start], hit, other)
            for other in hits
        )

    def _joined(self, between: Sequence[str], hit: Hit, other: Hit) -> bool:
        """Are two person words one count's, joined by a conjunction or nothing, both
        casualty words ("yang tewas dan terluka")? A verb that sends people right after a
        casualty noun ("Pencarian korban hilang melibatkan sekitar 120 personel") counts
        its own."""
        if not between:
            return hit.type == other.type
        return set(between) <= self.lex.conjunctions

    def _set_off_before(
        self, view: SentenceView, q: Quantity, trig_start: int, hits: Sequence[Hit]
    ) -> bool:
        """Does only an aside set off by two commas, with no trigger in it, stand between
        the figure's noun and the trigger ("Sebanyak 64 warga, sebagian besar lansia dan
        anak-anak, dievakuasi")?"""
        base = view.sentence.start
        end = self._noun_end(view, q)
        gap = view.sentence.text[end - base : trig_start - base].strip()
        # (A word may stand before the aside: "Delapan orang lainnya, lima pendaki …,")
        if not (gap.endswith(",") and gap.count(",") == 2 and len(gap.split(",")[0].split()) <= 1):
            return False
        return not any(end <= view.tokens[h.start].start < trig_start for h in hits)

    @staticmethod
    def _aside(view: SentenceView, q: Quantity, trig_start: int) -> bool:
        """``Tiga warga sipil Kamboja, dua di antaranya anak-anak, tewas``: a figure set off
        by commas before the trigger is an aside about another figure, which it yields to."""
        text, base = view.sentence.text, view.sentence.start
        if q.char_end > trig_start:
            return False
        before = text[: q.char_start - base].rstrip()
        return before.endswith(",") and "," in text[q.char_end - base : trig_start - base]

    def is_increment(self, view: SentenceView, q: Quantity, hit: Hit | None = None) -> bool:
        """``3.000 tentara tambahan``, ``dua jenazah lagi``, ``kembali menemukan dua
        jenazah``: the figure adds to an earlier one."""
        j = token_index(view.tokens, q.char_end)
        words = view.words
        # "lima pendulang lain masih dicari": of people in a state, "other" ones are those
        # besides the people named before (the wounded), not more of the missing.
        state = hit is not None and hit.type == "CASUALTIES" and hit.subtype in PEOPLE_STATES
        # "three more bodies", "3,000 additional troops": the word stands between the
        # number and its noun, inside the figure's phrase.
        inside = range(token_index(view.tokens, q.char_start) + 1, j - 1)
        if any(words[k] in self.lex.increments and not state for k in inside):
            return not self._others_of_another_verb(view, q, hit)
        if any(
            words[k] in self.lex.increments
            # "Dua pekerja lain yang terluka": other people, whom a clause tells apart
            and not (k + 1 < len(words) and words[k + 1] in self.lex.relative)
            and not (state and self.lex.others.match_at(words, k))
            # "Satu pengunjung lagi … masih dalam pencarian": the one still missing
            and not (
                state and hit is not None and not self.lex.still.isdisjoint(words[k + 1 : hit.end])
            )
            for k in range(j, min(j + 2, len(words)))
        ):
            return not self._others_of_another_verb(view, q, hit)
        if hit is None:
            return False
        before = view.words[max(0, hit.start - 3) : hit.start]
        return not self.lex.repeats.isdisjoint(before)

    def _others_of_another_verb(self, view: SentenceView, q: Quantity, hit: Hit | None) -> bool:
        """``burying at least 12 houses and damaging nine more``: "more" after a figure
        whose own verb follows a conjunction, after a figure of the same unit, counts
        other things than that figure's, not more of them."""
        if hit is None or hit.start == 0 or view.words[hit.start - 1] not in self.lex.conjunctions:
            return False
        verb = view.tokens[hit.start].start
        if q.char_start < verb:
            return False
        return any(e is not q and e.unit == q.unit and e.char_end <= verb for e in view.quantities)

    def households_of_people(self, view: SentenceView, q: Quantity) -> bool:
        """Does ``q``, a figure of households, count the people of a figure beside it
        another way (``households_counting``)?"""
        if q.unit != "household":
            return False
        i = bisect_left(view.quantities, q.char_start, key=_char_start)
        # Only link words stand between the two figures: they are next to each other.
        return any(
            0 <= k < len(view.quantities)
            and self.households_counting(view, view.quantities[k]) is q
            for k in (i - 1, i + 1)
        )

    def households_counting(self, view: SentenceView, people: Quantity) -> Quantity | None:
        """The figure of households that counts the people of ``people`` another way:
        after it and a link word (``household_links``: "1.240 jiwa dari 348 kepala
        keluarga", "1,240 people from 348 families"), or before it and a link word
        (``people_links``: "146 kepala keluarga (KK) atau 472 jiwa", "212 families, or 701
        people"); None where there is none."""
        if people.unit != "person":
            return None
        tokens, words = view.tokens, view.words
        after = token_index(tokens, people.char_end)
        start = token_index(tokens, people.char_start)
        i = bisect_left(view.quantities, people.char_start, key=_char_start)
        if i + 1 < len(view.quantities):
            q = view.quantities[i + 1]
            if (
                q.unit == "household"
                and after < len(words)
                and words[after] in self.lex.household_links
                and token_index(tokens, q.char_start) == after + 1
            ):
                return q
        if i > 0 and start > 0 and words[start - 1] in self.lex.people_links:
            q = view.quantities[i - 1]
            if q.unit == "household" and _glosses_only(
                view, token_index(tokens, q.char_end), start - 1
            ):
                return q
        return None

    def is_conversion(self, view: SentenceView, q: Quantity) -> bool:
        """``26 km (16 miles)``, ``8 meter (26 kaki)``: a figure in brackets right after a
        figure of the same kind of measure is that figure again in another unit."""
        j = token_index(view.tokens, q.char_start)
        if j < 2 or view.words[j - 1] != "(" or q.unit not in UNIT_SCALES:
            return False
        before = view.tokens[j - 2].end
        return any(
            other.char_end == before
            and other.unit in UNIT_SCALES
            and UNIT_SCALES[other.unit][0] == UNIT_SCALES[q.unit][0]
            for other in view.quantities
        )

    def is_difference(self, view: SentenceView, q: Quantity) -> bool:
        """``… fired three ballistic missiles, one more than South Korea's military
        reported``, ``27 people had died, four more than the council's count``: a figure
        right before a comparison (``difference_words``) is how far two counts differ, not
        a count; one right after a word that rules it out (``rejecting_words``: "not two")
        is no count either."""
        k = token_index(view.tokens, q.char_end)
        if self.lex.difference_words.match_at(view.words, k) is not None:
            return True
        # "three short-range ballistic missiles, not two": a value ruled out.
        j = token_index(view.tokens, q.char_start)
        return self.lex.rejecting_words.ends_at(view.words, j, max(0, j - 3))

    def has_risen(self, view: SentenceView, q: Quantity) -> bool:
        """``jumlah korban meninggal bertambah menjadi 11 orang``, ``the toll rose to at
        least 41``: the count rose to the figure (``rise_verbs`` within two words before
        it), as it does in a clause that brings it there (``sehingga jumlah korban
        meninggal menjadi lima``: ``rise_openers`` within ``RISE_CLAUSE_WORDS`` words
        before a ``rise_levels`` word right before the figure)."""
        if after_phrase(self.lex.rises, view, q):
            return True
        if self.count_set_by(view, q) in self.lex.rise_openers:
            return True  # "brings the number of soldiers killed since … to seven"
        j = token_index(view.tokens, q.char_start)
        if j < 2 or view.words[j - 1] not in self.lex.rise_levels:
            return False
        return any(
            view.words[k] in self.lex.rise_openers
            for k in range(max(0, j - RISE_CLAUSE_WORDS), j - 1)
        )

    def count_set_by(self, view: SentenceView, q: Quantity) -> str | None:
        """``put the number of pilgrims who died during the peak days at 48``: the verb
        (``count_setters``) that sets a count head to the figure, which follows one of
        ``count_setter_levels``; the counted phrase between may be long (up to
        ``LEVEL_REACH`` words) but holds no other figure and no semicolon."""
        words = view.words
        j = token_index(view.tokens, q.char_start)
        if j < 4 or words[j - 1] not in self.lex.count_setter_levels:
            return None
        head = next(
            (
                k
                for k in range(j - 2, max(1, j - LEVEL_REACH), -1)
                if words[k] == ";" or self.lex.count_heads.match_at(words, k) is not None
            ),
            None,
        )
        if head is None or words[head] == ";":
            return None
        # Only now, and once, the figures: one ending from the head on is another count's.
        if any(head <= token_index(view.tokens, o.char_end) - 1 < j - 1 for o in view.quantities):
            return None
        setters = [w for w in words[max(0, head - 2) : head] if w in self.lex.count_setters]
        return setters[-1] if setters else None

    def disputes(self, view: SentenceView, q: Quantity) -> bool:
        """Does the sentence set the figure against another body's count, within
        ``DISPUTE_REACH`` words after it and before any other count: a comparison with a
        count ("lebih banyak dari angka yang disampaikan kepolisian", "four more than the
        national disaster council's count of 23": ``dispute_comparatives``, then one of
        ``dispute_nouns`` within ``DISPUTE_NOUN_WORDS`` words, no ``dispute_updates`` word
        right after it), or a rejected figure another body gave ("bukan sembilan seperti
        yang disampaikan KPK", "not 14 as police said")?"""
        if self._led_by_dispute(view, q) or self._contrasted_with_a_body(view, q):
            return True
        lex, words = self.lex, view.words
        k = token_index(view.tokens, q.char_end)
        starts = {token_index(view.tokens, other.char_start): other for other in view.quantities}
        for j in range(k, min(k + DISPUTE_REACH, len(words))):
            if words[j] in (".", ";"):
                return False
            other = starts.get(j)
            if (
                other is not None
                and other is not q
                and not self.is_difference(view, other)
                and not (j > 0 and words[j - 1] in lex.dispute_rejections)
            ):
                return False  # another count comes first: the comparison is its own
            compared = lex.dispute_comparatives.match_at(words, j)
            if compared is not None:
                after = j + compared[0]
                for n in range(after, min(after + DISPUTE_NOUN_WORDS, len(words))):
                    if words[n] in lex.dispute_nouns:
                        return n + 1 >= len(words) or words[n + 1] not in lex.dispute_updates
                return False
            if words[j] in lex.dispute_rejections and j + 1 in starts:
                rejected = starts[j + 1]
                m = token_index(view.tokens, rejected.char_end)
                said = lex.dispute_as_said.match_at(words, m)
                if said is not None:
                    n = m + said[0]
                    return n >= len(words) or words[n] not in lex.dispute_updates
        return False

    def _now_between(self, view: SentenceView, t: TimeSpan, hit: Hit) -> bool:
        """Does a word that says now (``present_words``) stand between a time and the
        trigger after it ("yang pada Senin pagi tercatat … kini naik menjadi 79.150
        orang di 538 PPS")? The time dates what held before, not the trigger."""
        end = token_index(view.tokens, t.char_end)
        return end < hit.start and not self.lex.present.isdisjoint(view.words[end : hit.start])

    def _contrasted_with_a_body(self, view: SentenceView, q: Quantity) -> bool:
        """Does the sentence open by setting itself against a body, the figure its first
        ("Berbeda dengan Kantor SAR, BPBD Purbalingga mencatat empat pengunjung masih
        hilang", "Unlike Basarnas, the disaster agency counted four missing"): one of
        ``dispute_contrasts``, then a name ("Kantor SAR", which a body after it may have
        absorbed) or, past an article, a body or a person the mentions found? Not a thing
        ("Berbeda dengan kereta api, jumlah penumpang angkutan laut …")."""
        words = view.words
        start = dateline_end(view)
        found = self.lex.dispute_contrasts.match_at(words, start)
        if found is None or min(o.char_start for o in view.quantities) != q.char_start:
            return False
        after = start + found[0]
        if after < len(view.tokens) and view.tokens[after].text[:1].isupper():
            return True
        return any(
            m.type in ("organisation", "person", "military_unit")
            and after <= token_index(view.tokens, m.char_start) <= after + 1
            for m in view.mentions
        )

    def _led_by_dispute(self, view: SentenceView, q: Quantity) -> bool:
        """Does a comparison with another count lead the figure ("gave a lower toll of 14
        dead", "menyebut angka yang lebih tinggi, yakni 14 orang"): one of
        ``dispute_leads`` with one of ``dispute_nouns`` beside it, the figure right after
        both, no other figure between?"""
        lex, words = self.lex, view.words
        j = token_index(view.tokens, q.char_start)
        reach = DISPUTE_LEAD_GAP + DISPUTE_LEAD_NOUN_WORDS + 2
        ends = {token_index(view.tokens, o.char_end) - 1 for o in view.quantities if o is not q}
        for k in lex.dispute_leads.starts_in(words, j - reach, j):
            found = lex.dispute_leads.match_at(words, k)
            if found is None:
                continue
            end = k + found[0]
            nouns = [
                n
                for n in range(
                    max(0, k - DISPUTE_LEAD_NOUN_WORDS), min(j, end + DISPUTE_LEAD_NOUN_WORDS)
                )
                if words[n] in lex.dispute_nouns
            ]
            last = max([end - 1, *nouns])
            if (
                nouns
                and 0 <= j - last - 1 <= DISPUTE_LEAD_GAP
                and not any(w in (".", ";") for w in words[k:j])
                and not any(last < e < j for e in ends)
            ):
                return True
        return False

    def is_superseded(self, view: SentenceView, q: Quantity) -> bool:
        """``APMM semula melaporkan tiga orang tewas …``: does a marker of a first count
        (``superseded_markers``) stand within ``SUPERSEDED_REACH`` words before the figure,
        with no word that says what holds now (``superseding_words``) between?"""
        j = token_index(view.tokens, q.char_start)
        words = view.words
        markers = self.lex.superseded
        found = [
            k
            for k in markers.starts_in(words, j - SUPERSEDED_REACH, j)
            if markers.match_at(words, k)
        ]
        return bool(found) and self.lex.superseding.isdisjoint(words[found[-1] : j])

    def _casualty_count(self, view: SentenceView, q: Quantity, hit: Hit) -> bool:
        """A bare figure right before a casualty word counts people (``2.700 lainnya
        terluka``, "40 novice monks were killed": within ``BARE_COUNT_GAP`` words), as
        does one that a count after the word reached (``the number of injured crew rose
        to four``)."""
        if hit.type != "CASUALTIES":
            return False
        base = view.sentence.start
        if q.char_start >= view.tokens[hit.end - 1].end:
            j = token_index(view.tokens, q.char_start)
            if j == hit.end and hit.trigger.voice in ("active", "state"):
                return True  # "killed six civilians and wounded 17": the verb's object
            return (
                self.lex.levels.ends_at(view.words, j, max(hit.end - 1, j - 3))  # "toll to 13"
                or self.has_risen(view, q)  # "bringing the number of dead to nine"
                or self.count_set_by(view, q) is not None  # "put the number of … at 48"
            ) and j - hit.end <= LEVEL_REACH
        between = view.sentence.text[q.char_end - base : view.tokens[hit.start].start - base]
        parts = between.split(",")
        if len(parts) == 3 and len(parts[0].split()) == 1:
            # "One Indonesian, a 19-year-old student from Bandung, was still missing": an
            # aside set off by two commas after the figure's noun.
            between = parts[0] + parts[2]
        gap = between.split()
        first = token_index(view.tokens, q.char_end)
        for j in self.lex.victims_identified.starts_in(view.words, first, hit.start + 1):
            found = self.lex.victims_identified.match_at(view.words, j)
            if found is not None and j + found[0] >= hit.end:
                # "Two Malaysians were among the dead": the phrase that says who some of
                # the dead were stands between the figure and the word it counts.
                gap = view.words[first:j]
                break
        if len(gap) > 2 and gap[0] in self.lex.partitive_preps and gap[1] in self.lex.determiners:
            # "Two of the wounded were in serious condition": the partitive tells whom
            # the figure takes from (``Triggers._state_of_the_counted``).
            gap = gap[3:]
        elif part := self.lex.parts.match_at(view.words, token_index(view.tokens, q.char_end)):
            gap = gap[part[0] :]  # "Three of them were seriously hurt"
        return len(gap) <= BARE_COUNT_GAP

    def time(self, view: SentenceView, hit: Hit, hits: Sequence[Hit] = ()) -> TimeSpan | None:
        """The time expression nearest the trigger. An event (a quake, a flood) or a
        trigger in a background clause takes only a time that is nearer to it than to
        any other trigger ("menemukan korban longsor, Rabu" dates the finding), and no
        trigger takes the time that dates an event ("killed by Thursday's flood")."""
        times = times_after_dateline(view)
        # "at about 2 a.m. (1600 GMT Thursday)": the day in a gloss of a clock time is the
        # hour's day elsewhere, not the day of the fact.
        times = [t for t in times if not in_a_clock_gloss(view, t)]
        if is_event(hit.type, hit.subtype):
            # "Myanmar's military said on Monday that its jets had struck …", "…, kata
            # Kepala Pos, Selasa pagi": the day of the saying, not of the event; "terendam
            # banjir rob hingga Selasa pagi", "meluas ke 19 desa hingga Senin": the day up
            # to which a state or a count held, not the event's.
            times = [
                t
                for t in times
                if not time_of_saying(view, t)
                and not self._after_as_of(view, t)
                and not self._published(view, t)
            ]
        if hit.background == "relative" and hit.subtype in EVENT_SUBTYPES:
            # "Operasi pencarian korban kapal yang tenggelam di perairan Nusalaut, …, resmi
            # dihentikan pada Minggu": an event in a relative clause takes only a time
            # right after it, in its clause; a later one dates the main clause.
            last = min(len(view.tokens), hit.end + 5)
            # A comma closes the relative clause ("the one that exploded, were put out
            # shortly after 2 p.m.": the time is the main clause's).
            last = next((k for k in range(hit.end, last) if view.words[k] == ","), last)
            reach = view.tokens[max(last, hit.end) - 1].end
            times = [t for t in times if view.tokens[hit.start].start <= t.char_start < reach]
        # "The death toll from Tuesday's gas leak has risen to three after a woman died on
        # Thursday": a time in the possessive dates the noun after it, not a trigger
        # elsewhere, even where that noun is no trigger.
        times = [
            t for t in times if not in_the_possessive(view, t.char_end) or _possessed(view, t, hit)
        ]
        times = [t for t in times if not self._now_between(view, t, hit)]
        anchor = view.tokens[hit.start].start
        if hit.background in ("clause", "scene") and hit.subtype in EVENT_SUBTYPES:
            # "… diare dalam sepekan terakhir, setelah banjir merendam kawasan itu pada
            # Minggu malam": an event in a clause of its own is dated in that clause, after
            # its word; a time before it dates the main clause.
            times = [t for t in times if t.char_start >= anchor] or times
        if not times:
            return None
        nearest = min(times, key=lambda t: abs(t.char_start - anchor))
        if len(hits) > 1 and not (
            hit.subtype not in EVENT_SUBTYPES and self._dates_a_count(view, nearest)
        ):
            # "Kebakaran melanda permukiman … pada Selasa dini hari, menghanguskan 64
            # rumah dan menewaskan seorang warga", "A fire swept through … early on
            # Tuesday, killing one": a verb after a comma that closes the time's clause
            # tells what the clause's subject went on to do; the time is that clause's.
            before = [h for h in hits if not _continues_after(view, h, nearest)]
            owner = self._possessor(view, nearest, hits) or min(
                before or hits, key=lambda h: self._gap(view, h, nearest)
            )
            same_fact = (owner.type, owner.subtype) == (hit.type, hit.subtype)
            if not same_fact and (
                hit.background
                or owner.background == "relative"
                or hit.subtype in EVENT_SUBTYPES
                or (owner.subtype in EVENT_SUBTYPES and owner.background not in ("scene", "toll"))
                or in_the_possessive(view, nearest.char_end)
            ):
                # The time dates another trigger: an event ("korban banjir Kamis"); for a
                # trigger in a background clause, the main clause's fact; for a main
                # clause's fact, the trigger of a relative clause ("menangkap dua orang yang
                # diduga terlibat penyerangan … pada Sabtu lalu") or the noun a time in the
                # possessive dates ("arrested four people over last Saturday's attack").
                return None
        return nearest

    @staticmethod
    def _possessor(view: SentenceView, t: TimeSpan, hits: Sequence[Hit]) -> Hit | None:
        """The trigger a time in the possessive dates: the first in the noun phrase after
        it ("the death toll from Tuesday's magnitude 6.7 earthquake" dates the quake, not
        the toll), within POSSESSED_WORDS words."""
        if not in_the_possessive(view, t.char_end):
            return None
        after = [h for h in hits if _possessed(view, t, h)]
        return min(after, key=lambda h: h.start) if after else None

    def _as_of_marker(self, view: SentenceView, t: TimeSpan) -> int:
        """How many words of an as-of marker (``as_of_markers``: "per", "hingga", "as of")
        stand right before the time, 0 for none."""
        k = token_index(view.tokens, t.char_start)
        if k >= 1 and view.words[k - 1] in self.lex.as_of:
            return 1
        if k >= 2 and " ".join(view.words[k - 2 : k]) in self.lex.as_of:
            return 2
        return 0

    def _published(self, view: SentenceView, t: TimeSpan) -> bool:
        """Is the time the day something came out ("a report released on Wednesday",
        "laporan yang dirilis pada Rabu"): a publication verb (``publication_verbs``)
        ends within two words before it?"""
        k = token_index(view.tokens, t.char_start)
        return self.lex.publication.ends_at(view.words, k, k - 2) or self.lex.publication.ends_at(
            view.words, k - 1, k - 3
        )

    def _after_as_of(self, view: SentenceView, t: TimeSpan) -> bool:
        """Does an as-of marker stand right before the time, which is no possessive ("by
        Tuesday" is when a count held; "killed by Thursday's flood" dates the flood)?"""
        return self._as_of_marker(view, t) > 0 and not in_the_possessive(view, t.char_end)

    def _dates_a_count(self, view: SentenceView, t: TimeSpan) -> bool:
        """``… mencapai 31 orang per Senin (10/3/2025) siang``: a time right after an
        as-of marker, itself right after a figure, is when the count held, whatever event
        the sentence also names (``akibat gempa``)."""
        k = token_index(view.tokens, t.char_start)
        marker = self._as_of_marker(view, t)
        if not marker or k - marker < 1:
            return False
        before = view.tokens[k - marker - 1].end
        return any(q.char_start < before <= q.char_end for q in view.quantities)

    def _gap(self, view: SentenceView, hit: Hit, time: TimeSpan | Quantity) -> int:
        """Characters between a time or figure and a trigger, edge to edge; an event noun's phrase
        takes the modifiers before it where a language puts them there ("killed by
        Thursday's flash flood" dates the flood)."""
        start = hit.start
        if self.lex.modifiers_before and hit.trigger.voice == "noun":
            while start > hit.start - 2 and start > 0 and view.words[start - 1].isalpha():
                start -= 1
        return max(
            0,
            time.char_start - view.tokens[hit.end - 1].end,
            view.tokens[start].start - time.char_end,
        )

    def items(self, view: SentenceView) -> list[str]:
        items: list[str] = []
        for m in view.mentions:
            if m.type == "weapon_system" and m.name not in items:
                items.append(m.name)
        return items

    def _negates(self, words: list[str], j: int) -> bool:
        """A negation at ``j`` that denies the fact; before a modal ("tidak boleh
        beraktivitas", "cannot enter") it forbids or doubts instead, after a request
        ("diminta tidak beraktivitas") it is what is asked, and in a term ("dana tidak
        terduga", pack ``negated_terms``) it denies nothing."""
        found = self.lex.negation.match_at(words, j)
        if found is None or self.lex.negated_terms.match_at(words, j):
            return False
        end = j + found[0]
        if (
            words[end : end + 1] == ["."]
            and words[end + 1 : end + 2]
            and words[end + 1][0].isdigit()
        ):
            return False  # "Jin Fu Sheng No. 8": a number's label, no negation
        if words[j + found[0] : j + found[0] + 1] in ([m] for m in self.lex.modals):
            return False
        return self.lex.requests.isdisjoint(words[max(0, j - 4) : j])

    def joined_figure(
        self, view: SentenceView, taken: Sequence[Quantity], used: set[int]
    ) -> Quantity | None:
        """The first unused figure joined to one of ``taken`` by ``figure_links`` alone:
        "sembilan tentara **dan** enam warga sipil tewas", "58 anak-anak**,** 52 perempuan
        **dan** 43 laki-laki". A figure past another clause ("… tewas, sedangkan tiga
        tentara terluka") is not joined, however near."""
        for q in view.quantities:
            if id(q) in used:
                continue
            for other in taken:
                if self._linked(view, other, q) or self._linked(view, q, other):
                    return q
        return None

    def _linked(self, view: SentenceView, first: Quantity, second: Quantity) -> bool:
        """Do only ``figure_links`` stand between ``first`` and ``second`` (in that order)?"""
        if first.char_end > second.char_start:
            return False
        words = view.words
        j = token_index(view.tokens, first.char_end)
        end = token_index(view.tokens, second.char_start)
        if j >= end:
            return False
        # "tiga tentara India dan enam warga sipil", "dua anggota Brimob dan dua pekerja":
        # the side or the body the first figure's people are of stands between them.
        side = next(
            (m for m in view.mentions
             if m.type in SIDES and m.char_start == view.tokens[j].start),
            None,
        )  # fmt: skip
        if side is not None:
            j = token_index(view.tokens, side.char_end)
        # "81,000 people on the Thai side and 46,700 in Preah Vihear": past the first
        # figure's own place.
        placed = self.own_place_phrase(view, j)
        if placed is not None and placed[0] <= end:
            j = placed[0]
        while j < end:
            found = self.lex.figure_links.match_at(words, j)
            if found is None:
                return False
            j += found[0]
        return j == end

    def own_place(self, view: SentenceView, q: Quantity) -> Mention | None:
        """The place a figure's own phrase names right after it ("46,700 in Cambodia's
        Preah Vihear province", "12 orang di Desa Sukamaju"), or None."""
        placed = self.own_place_phrase(view, token_index(view.tokens, q.char_end))
        return placed[1] if placed is not None else None

    def partitive_after(self, view: SentenceView, q: Quantity) -> bool:
        """Does a partitive follow the figure ("Four of the dead")?"""
        return self._partitive_at(view, token_index(view.tokens, q.char_end))

    def _partitive_at(self, view: SentenceView, j: int) -> bool:
        words = view.words
        return (
            j + 2 < len(words)
            and words[j] in self.lex.partitive_preps
            and words[j + 1] in self.lex.determiners
        )

    def own_place_phrase(self, view: SentenceView, j: int) -> tuple[int, Mention] | None:
        """The place phrase of a figure ending before word ``j`` (``place_phrase_at``),
        past a partitive and a copula ("Four of the dead were from Seluma")."""
        words = view.words
        if self._partitive_at(view, j):
            j += 3
            if j < len(words) and words[j] in self.lex.copulas:
                j += 1
        return self.place_phrase_at(view, j, origin=True)

    def place_phrase_at(
        self, view: SentenceView, j: int, origin: bool = False
    ) -> tuple[int, Mention] | None:
        """A place phrase starting at word ``j``: a location preposition (or, with
        ``origin``, one of where people are from: "three from Bengkulu city"), at most
        ``OWN_PLACE_GAP`` words, a place (the last of "Cambodia's Preah Vihear province"),
        and a word of ``side_words_after`` ("on the Thai side"); the word after it and the
        place, or None."""
        words = view.words
        found = self.lex.location_preps.match_at(words, j)
        types = PLACE_TYPES
        if found is None and origin and j < len(words) and words[j] in self.lex.origin_preps:
            # "three from Myanmar" are nationals: only a place below a country is a part.
            found, types = (1, True), frozenset({"place"})
        if found is None:
            return None
        start = j + found[0]
        tokens = view.tokens
        places = [m for m in view.mentions if m.type in types]  # in text order
        place = next(
            (m for m in places
             if start <= token_index(tokens, m.char_start) <= start + OWN_PLACE_GAP),
            None,
        )  # fmt: skip
        if place is None or any(
            w[:1].isdigit() for w in words[start : token_index(tokens, place.char_start)]
        ):
            return None
        while in_the_possessive(view, place.char_end):
            owned = next(
                (m for m in places if 0 < m.char_start - place.char_end <= 3), None
            )  # fmt: skip
            if owned is None:
                break
            place = owned
        end = token_index(tokens, place.char_end)
        if end < len(words) and words[end] in self.lex.side_words_after:
            end += 1
        return end, place

    def counts_none(self, view: SentenceView, hit: Hit) -> bool:
        """See ``_counts_none``; a word that makes a claim only with a figure ("korban")
        counts none only of the people a relative clause names ("tidak ada WNI yang menjadi
        korban"), not in "supaya nelayan kita tidak terus jadi korban"."""
        return self._counts_none(view, hit, relative_only="quantity" in hit.trigger.requires)

    def _counts_none(self, view: SentenceView, hit: Hit, relative_only: bool) -> bool:
        """``tidak ada korban jiwa``, ``no deaths``: a negation right before the casualty
        words (a word or two between), or before the people a relative clause says became
        them (``tidak ada WNI yang menjadi korban``), that no denial verb governs: none were
        hurt, a count of nought. "None yet" (``provisional_negations``: "belum ada korban
        jiwa") is a count of nought as of its day, the start of a running figure. Before a
        relative clause, or when provisional, the negation must deny that any exist
        (``existential_words``: "belum ada", "tidak ada WNI yang"), not a deed ("belum
        ditemukan korban", "belum memberikan keterangan mengenai prajurit yang terluka").
        With ``relative_only``, only the relative clause, or a negation that none exist
        ("belum ada laporan kasus kematian"), counts."""
        words = view.words
        if any(
            self.lex.denial.match_at(words, j)
            for j in self.lex.denial.starts_in(words, 0, hit.start)
        ):
            return False
        near = range(max(0, hit.start - 4), hit.start)
        relative = next(
            (k for k in range(hit.start - 1, max(-1, hit.start - 4), -1)
             if words[k] in self.lex.relative),
            None,
        )  # fmt: skip
        if relative is not None:
            # "tidak ada warga negara Indonesia (WNI) yang menjadi korban": the negation
            # before the people a relative clause says became the victims.
            first = relative - 1
            while first > max(0, relative - NONE_SUBJECT_WORDS) and words[first - 1] != ",":
                first -= 1
            near = range(first, hit.start)
        elif relative_only and self.lex.existentials.isdisjoint(words[near.start : hit.start]):
            # "Belum ada laporan kasus kematian": a word that makes a claim only with a
            # figure counts none where the negation says none exist.
            return False
        return any(
            self._negates(words, j)
            and not _in_a_name(view, j)
            and (
                (relative is None and not self.lex.provisional.match_at(words, j))
                or not self.lex.existentials.isdisjoint(words[j : hit.start])
            )
            for j in near
        )

    def none_of_nationals(self, view: SentenceView, hit: Hit) -> str | None:
        """``tidak ada WNI yang menjadi korban``, ``tidak ada warga negara Indonesia (WNI)
        …``: the country whose nationals a count of nought names, by a national noun
        (``national_nouns``) or a country named before the trigger in its clause."""
        lo = max(0, hit.start - NONE_SUBJECT_WORDS - 3)
        for k in range(hit.start - 1, lo - 1, -1):
            if view.words[k] == "," or view.words[k] in self.lex.conjunctions:
                # "… di Malaysia menjadi sembilan orang dan tidak ada lagi korban hilang":
                # the count of nought is of its own clause.
                lo = k + 1
                break
            if (code := self.lex.national_nouns.get(view.words[k])) is not None:
                return code
        start, end = view.tokens[lo].start, view.tokens[hit.start].start
        return next(
            (m.entity_id for m in view.mentions
             if m.type == "country" and m.entity_id and start <= m.char_start < end),
            None,
        )  # fmt: skip

    def negated(self, view: SentenceView, hit: Hit) -> bool:
        """Does a negation up to four words before the trigger deny it ("belum menetapkan
        tersangka", "have not named")? Not past a conjunction or a comma: "belum ditemukan
        dan dinyatakan hilang" says the missing are missing. Nor one in a relative clause
        ("404 jemaah yang tidak dirawat sudah dipindahkan"): it tells which people the
        sentence is about (``negated_in_a_relative``) and denies nothing after it."""
        return self._negations(view, hit)[0]

    def negated_in_a_relative(self, view: SentenceView, hit: Hit) -> bool:
        """Is the trigger itself negated in a relative clause ("404 jemaah yang tidak
        dirawat", "students who were not in hospital")? The clause neither says nor denies
        the fact; it only picks out the people."""
        return self._negations(view, hit)[1]

    def _negations(self, view: SentenceView, hit: Hit) -> tuple[bool, bool]:
        """(a negation denies the trigger, a relative clause's negation is right before it)."""
        words = view.words
        lo = max(0, hit.start - 4)
        for j in range(hit.start - 1, lo - 1, -1):
            if words[j] in self.lex.conjunctions or words[j] == ",":
                lo = j + 1
                break
        in_relative = False
        # Only where a phrase of the table starts (``starts_in``): _negates finds nothing
        # elsewhere, and a call at every word before the trigger was the cost.
        for j in self.lex.negation.starts_in(words, lo, hit.start):
            if not self._negates(words, j) or _in_a_name(view, j):
                continue
            found = self.lex.relative_negations.match_at(words, j)
            if found is None or not self._after_a_relative(words, j):
                return True, False
            # The trigger is the clause's verb, or further in the clause ("yang tidak
            # tercatat sebagai pasien rawat inap"), not the main verb after it.
            in_relative = in_relative or hit.start == j + found[0] or hit.background == "relative"
        return False, in_relative

    def _after_a_relative(self, words: list[str], j: int) -> bool:
        """Does the negation at ``j`` open a relative clause ("yang tidak", "who were not",
        "who had not")?"""
        k = j - 1
        while k > 0 and words[k] in self.lex.auxiliaries | self.lex.done:
            k -= 1
        return k >= 0 and words[k] in self.lex.relative

    def modality(self, view: SentenceView, hit: Hit) -> str:
        words = view.words
        denial, possibility = self.lex.denial, self.lex.possibility
        if self.negated(view, hit):
            return "denied"
        if any(denial.match_at(words, j) for j in denial.starts_in(words, 0, hit.start)):
            return "denied"
        if any(
            possibility.match_at(words, j)
            and not (j > 0 and words[j - 1] in self.lex.realised_possibility)
            for j in possibility.starts_in(words, hit.start - 5, hit.start)
        ):
            return "possible"
        if view.attribution.source is not None or view.attribution.reported:
            return "reported"
        return "asserted"


def _in_a_name(view: SentenceView, j: int) -> bool:
    """Is token ``j`` part of a name ("Provinsi Tak", where "tak" is also a negation)?"""
    at = view.tokens[j].start
    return any(m.char_start <= at < m.char_end for m in view.mentions)


def time_of_saying(view: SentenceView, t: TimeSpan) -> bool:
    """Is ``t`` inside the attribution or right after it ("said on Monday", "kata X,
    Selasa")?"""
    text, base = view.sentence.text, view.sentence.start
    for lo, hi in view.attribution.spans:
        if lo <= t.char_start < hi:
            return True
        if hi <= t.char_start:
            between = text[hi - base : t.char_start - base]
            if len(between.replace(",", " ").split()) <= 1 and len(between) <= 6:
                return True
    return False


def in_a_clock_gloss(view: SentenceView, t: TimeSpan) -> bool:
    """Is ``t`` inside a bracket that glosses a clock time ("(1600 GMT Thursday)")? The
    bracket is open at ``t`` and holds a figure before it."""
    text, at = view.sentence.text, t.char_start - view.sentence.start
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and any(c.isdigit() for c in text[opened:at])


def across_a_full_stop(view: SentenceView, hit: Hit, q: Quantity) -> bool:
    """Does a stray full stop inside the sentence (``view.stray_stop``) stand between the
    trigger and the figure?"""
    lo, hi = (
        (token_index(view.tokens, q.char_end), hit.start)
        if q.char_end <= view.tokens[hit.start].start
        else (hit.end, token_index(view.tokens, q.char_start))
    )
    return any(stray_stop(view, k) for k in range(lo, hi))


# "tidak ada warga negara Indonesia (WNI) yang …": words from a negation to the relative
# word of the people it says none of.
NONE_SUBJECT_WORDS = 8


def _possessed(view: SentenceView, t: TimeSpan, hit: Hit) -> bool:
    """Is ``hit`` in the noun phrase a time in the possessive dates (within POSSESSED_WORDS
    words after it)?"""
    k = token_index(view.tokens, t.char_end)
    return k <= hit.start <= k + POSSESSED_WORDS


def _continues_after(view: SentenceView, hit: Hit, t: TimeSpan) -> bool:
    """Is the trigger a verb after the time with a comma between them (", killing one",
    ", menewaskan seorang warga"): a clause that goes on from the time's?"""
    end = token_index(view.tokens, t.char_end)
    return hit.trigger.voice != "noun" and end <= hit.start and "," in view.words[end : hit.start]


def _char_start(q: Quantity) -> int:
    return q.char_start


def _glosses_only(view: SentenceView, start: int, end: int) -> bool:
    """Are words ``start`` to ``end`` (not included) only commas and an abbreviation in
    brackets, as between "146 kepala keluarga (KK)" and "atau"?"""
    words = [w for w in view.words[start:end] if w != ","]
    if not words:
        return True
    return (
        len(words) == 3
        and words[0] == "("
        and words[2] == ")"
        and view.tokens[start + view.words[start:end].index("(") + 1].text.isupper()
    )
