"""The claim extractor's words, read from a language pack's ``triggers.yaml``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from silang.extract.descriptions import DescriptionWords
from silang.extract.tokens import PhraseTable
from silang.lang import LanguagePack


@dataclass(slots=True, frozen=True)
class Trigger:
    type: str
    subtype: str | None
    voice: str
    # What must hold for the trigger to count: "quantity" (a figure goes with it) and/or
    # object classes it must act on ("personnel", "people", "vessels", ...).
    requires: tuple[str, ...] = ()
    # A word that tells two facts at once ("menangkap empat kapal dan 41 ABK": boats caught,
    # crews held): the phrase's later senses are tried too, where the sentence has two
    # figures.
    also: bool = False


@dataclass(slots=True, frozen=True)
class Lexicon:
    triggers: PhraseTable
    objects: PhraseTable
    object_types: dict[str, tuple[str, str | None]]  # class -> (type, subtype)
    diplomatic_words: tuple[str, ...]  # "embassy", "kbri": a body acting for a state abroad
    figure_required: frozenset[str]  # subtypes that are a claim only with a figure
    person_articles: frozenset[str]  # "seorang": an article only a person takes
    victim_verb_lead: frozenset[str]  # "was" in "Sutrisno, 46, was killed"
    plural_endings: frozenset[str]  # "s": "Indonesians" beside "Indonesian"
    bereaved_phrases: PhraseTable  # "ahli waris": the dead whose families are paid
    charge_wordings: PhraseTable  # "kelalaian yang menyebabkan orang lain": a charge's words
    victim_articles: frozenset[str]  # "a", "an": one of a person noun that follows
    person_nouns: PhraseTable  # "man", "crew member": one person
    victims_identified: PhraseTable  # "among the dead": who some of the victims were
    one_victim_identified: PhraseTable  # "salah satu korban", "the first victim": one of them
    identity_copulas: PhraseTable  # "adalah": "dua korban meninggal adalah …" says who
    arrival_verbs: PhraseTable  # "tiba": people arriving somewhere
    nought_when_negated: frozenset[str]  # "belum menetapkan tersangka": none so far
    responders: frozenset[str]  # "petugas", "rescuers": counted, they are sent somewhere
    # "600 personel kini terlibat dalam pencarian": what responders counted before a
    # casualty word do, which makes them the searchers, not the missing.
    responder_verbs: frozenset[str]
    military_craft: PhraseTable  # "TNI Angkatan Udara", "Hercules": aircraft of a force
    # "polisi" -> words a body's name holds when it is of that kind (the attribution pack's
    # ``descriptive_bodies``): "Polisi mengamankan 41 orang" is the last police body named.
    described_bodies: dict[str, tuple[str, ...]]
    body_words: frozenset[str]  # every word of ``described_bodies``' values
    # "the city's fire department", "a police spokesman": a body described, not named.
    description_words: DescriptionWords
    # "BPBD", "Polda": heads of the regional offices the mentions pack names by their
    # place, shortest first (``Resolver.office_place``); not the field offices of national
    # agencies ("Kantor SAR Surabaya" searches a whole province).
    regional_heads: tuple[str, ...]
    # "Dinas Peternakan dan Kesehatan Hewan Kabupaten Sidrap": the first words of offices
    # whose full names end in their region with its level word, and those level words.
    leveled_heads: frozenset[str]
    level_words: tuple[str, ...]
    # "Mayor of Odesa": offices named for the place they head (mentions ``place_offices``).
    place_offices: tuple[str, ...]
    home_country: str | None  # "ID": the country of those offices
    per_figure: frozenset[str]  # subtypes that make one claim per listed figure
    side_nouns: PhraseTable
    recipient_preps: frozenset[str]
    giver_preps: frozenset[str]
    location_preps: PhraseTable
    # "near the summit of Mount Dempo", "in the village of Sukamaju": a word that joins a
    # descriptive noun to its place, which may then stand one word further.
    place_noun_links: frozenset[str]
    # "sent four investigators to Ternate": where people sent are (en).
    destination_preps: frozenset[str]
    # "for Fremantle", "menuju Fremantle": where something is heading.
    heading_preps: frozenset[str]
    # Subtypes that happen at the place they leave, named right after the trigger.
    places_left: frozenset[str]
    agent_preps: frozenset[str]
    partner_preps: frozenset[str]
    opponent_preps: frozenset[str]
    purpose_verbs: frozenset[str]
    anaphora: PhraseTable
    pair_anaphora: PhraseTable
    negation: PhraseTable
    provisional: PhraseTable  # "belum": not yet, a count still open
    existentials: frozenset[str]  # "ada", "any": a negation that says none exist
    # "dana tidak terduga", "orang tak dikenal": a negation word inside a term.
    negated_terms: PhraseTable
    relative_negations: PhraseTable  # "yang tidak dirawat": picks out people
    forecast_words: PhraseTable  # "expects", "memperkirakan": a figure foreseen
    # "merencanakan serangan", "planned to attack": an attack planned, none made.
    plots: PhraseTable
    denial: PhraseTable
    # "… dan menyebut …", "… and said …": a verb of saying that ends what a denial denies.
    denial_closers: PhraseTable
    possibility: PhraseTable
    # "Api baru bisa dijinakkan setelah tujuh jam": a word of possibility after these tells
    # of what could at last be done, and was.
    realised_possibility: frozenset[str]
    background_preps: frozenset[str]
    scene_nouns: frozenset[str]  # "lokasi", "zona": of those, the nouns
    cause_agent_verbs: frozenset[str]  # "rusak diterjang banjir"
    event_fillers: frozenset[str]  # "status tanggap darurat bencana banjir"
    publication: PhraseTable  # "released on Wednesday"
    purpose_preps: frozenset[str]
    background_clause: frozenset[str]
    # ", while 130 homes were destroyed": after a comma and before a figure, these openers
    # join a fact of its own, not a clause that sets the scene.
    contrast_openers: frozenset[str]
    adversative_openers: frozenset[str]  # "…, namun dua warga luka": a clause of its own
    relative: frozenset[str]
    national_nouns: dict[str, str]  # "wni" -> "country/ID"
    # "was", "were": an auxiliary that opens the main verb after a relative clause.
    auxiliaries: frozenset[str]
    done: frozenset[str]
    demonstratives: frozenset[str]
    # "the troops", "the attack": a determiner that points back only before a side's noun
    # or the trigger itself ("The boat overturned" is no one's deed).
    weak_demonstratives: frozenset[str]
    occurrences: PhraseTable  # "terjadi", "took place"
    increments: frozenset[str]
    conjunctions: frozenset[str]
    # "lima tentaranya": suffixes that make a counted noun its owner's (units pack).
    possessive_suffixes: tuple[str, ...]
    # Units that count places ("district", "village"): the packs' units ``place_units``.
    place_units: frozenset[str]
    possessive_determiners: PhraseTable
    # "termasuk 21 ABK": words before a figure that counts a part of another.
    part_markers: PhraseTable
    difference_words: PhraseTable
    directions: PhraseTable
    data_anaphora: PhraseTable
    rejecting_words: PhraseTable
    partitive_preps: frozenset[str]
    copulas: frozenset[str]
    origin_preps: frozenset[str]  # "three from Bengkulu city": a figure's own place
    household_links: frozenset[str]
    # "146 KK atau 472 jiwa": joins a figure of households to the people it counts.
    people_links: frozenset[str]
    # "saat ini", "since then": a clause opener that is an adverb of time here.
    opener_adverbs: PhraseTable
    # "satu lagi dari Kecamatan Sumbawa": a word that may stand between a part's figure
    # and its place.
    place_part_fillers: frozenset[str]
    # "Jalan Pemuda": the words a street's name starts with.
    street_heads: frozenset[str]
    # "Di pihak Pakistan, …": a sentence opening that names the side its dead are of.
    side_openers: PhraseTable
    side_words_after: frozenset[str]
    # "sembilan tentara dan enam warga sipil": what may join figures counted side by side.
    figure_links: PhraseTable
    distance_markers: PhraseTable  # "780 km di tenggara …", "3 km from …": how far from a place
    place_descriptions: PhraseTable  # "yang berjarak 30 km": a place described, not news
    appositive_articles: frozenset[str]  # "Hat Yai, a … hub about 30 km from …"
    equipment_links: PhraseTable  # a deployment's people, then the vehicles they bring
    # "gunung api tersebut", "the volcano": a place named before, pointed back to.
    place_anaphora: PhraseTable
    # "Peristiwa itu terjadi pada Sabtu sekitar pukul 14.20 WIB": a noun naming the article's
    # event without saying what it was, and the verbs that tell when or where it happened.
    event_anaphora: PhraseTable
    event_anaphora_verbs: frozenset[str]
    # "penipuan", "fraud": in an article about such a crime, "korban" are its victims.
    crimes: PhraseTable
    # "keracunan", "food poisoning": in an article about one, "korban" are the poisoned.
    poisonings: PhraseTable
    protests: PhraseTable  # "unjuk rasa": an article about a protest
    # "27 kasus suspek": a unit that says what a figure no trigger took counts (OTHER/cases).
    unit_subtypes: dict[str, str]
    # "merusak lima sekolah", "six mosques were damaged": the buildings a damage figure
    # counts say what was damaged (noun as written -> subtype: schools_damaged, ...).
    damaged_buildings: dict[str, str]
    # "per Senin siang", "as of Monday": a time after these dates a count.
    as_of: frozenset[str]
    cause_preps: frozenset[str]
    # "tiga santri dalam keadaan meninggal dunia": those a figure counts are dead.
    dead_states: PhraseTable
    body_nouns: frozenset[str]
    # "… and the provincial health office five": the words that join a rival body's count
    # to the first, and the nouns that make a phrase a body (attribution's
    # ``descriptive_bodies``, their kinds and words).
    rival_count_joins: frozenset[str]
    reporting_bodies: frozenset[str]
    # "dua lainnya", "two others": a figure of other people than the one before it (units).
    others: PhraseTable
    # "jumlah tentaranya yang tewas bertambah menjadi enam": a count head (units).
    count_heads: PhraseTable
    # "korban meninggal asal Indonesia": words that link people to their country (units).
    nationality_links: frozenset[str]
    # "three of them", "23 di antaranya": a figure that is a part of the one before (units).
    parts: PhraseTable
    # "including 13 police officers": a figure after these is a part of the one before.
    part_openers: PhraseTable
    whole_openers: PhraseTable
    injury_preps: PhraseTable
    composition_openers: PhraseTable  # "terdiri atas": breaks the figure before down
    # "over the past decade": a toll over years, background to the news.
    history_spans: PhraseTable
    # "traded fire for a second day on Monday": the day named is a later day of an event
    # under way, not the day it began (``continuing_days``).
    continuing_days: PhraseTable
    # "asal Kabupaten Muara Enim": a person's home, no place of the fact.
    origin_markers: frozenset[str]
    # ", ", "dan": what joins the places of a list ("Parepare, Sidrap, Pinrang dan Barru").
    place_list_links: frozenset[str]
    # "the death toll from": an event right after it is the scene of a toll.
    toll_phrases: PhraseTable
    # "kapal berbobot 2.900 ton", "a vessel measuring 90 metres": a measure of a thing.
    measure_attributes: PhraseTable
    # "dirawat di tiga rumah sakit": a count of places after these says where.
    place_preps: frozenset[str]
    # "whose husband is among the missing": a clause describing a person.
    describing_relatives: frozenset[str]
    # "mengungsi di 12 sekolah": ... unless after these, where the places are the figure.
    place_count_verbs: frozenset[str]
    accusation: PhraseTable
    stance: PhraseTable
    statement_topics: PhraseTable  # "karena", "izin": what a statement tells of
    suspicion: PhraseTable  # a cause suspected: the statement's kind is suspected_cause
    causes_told: PhraseTable  # a cause told beside the event: a statement of its own
    # "remnya blong", "the brakes failed": a vehicle's failure, which a source tells as why
    # it crashed.
    vehicle_failures: PhraseTable
    # "Api diduga berasal dari korsleting": a cause suspected with no speaker named.
    unsourced_suspicions: PhraseTable
    finding_nouns: PhraseTable  # "hasil autopsi", "investigators": an inquiry
    finding_verbs: PhraseTable  # "menunjukkan", "found": what it found follows
    eruption_signs: PhraseTable  # "the volcano exploded": an eruption
    directives: PhraseTable
    # English puts a noun's modifiers before it (North Korean soldiers, a Russian attack);
    # Indonesian after (tentara Korut, serangan Rusia).
    modifiers_before: bool
    # Indonesian passives need no "oleh" before their agent ("ditahan APMM").
    passive_agent_bare: bool
    determiners: frozenset[str]
    # Words that end a clause going forward, as a comma does ("untuk", "yang").
    clause_openers: frozenset[str]
    # Prepositions that make the name after them a complement, not a subject.
    governing_preps: frozenset[str]
    # Words allowed between a side noun and its country ("tentara dari Korea Utara").
    side_links: frozenset[str]
    # "antara X dan Y": the preposition that opens a pair of parties.
    between_preps: frozenset[str]
    # Prepositions of being somewhere ("di Moskow") as opposed to going there ("ke Moskow").
    stative_location_preps: frozenset[str]
    # "near Jakarta": a landmark the claim's place is near, not the place.
    landmark_preps: frozenset[str]
    # "tewas atau terluka": the word that joins two casualty kinds into one.
    alternatives: frozenset[str]
    # "tidak boleh", "tidak bisa": a negation before one of these forbids or doubts.
    modals: frozenset[str]
    # "the number of injured rose to four": a bare figure after these is a count's level.
    levels: PhraseTable
    # "…, while the governor said 21 had died": the attribution pack's verbs of saying,
    # for a clause that names a speaker of its own.
    speech: PhraseTable
    rises: PhraseTable  # "bertambah menjadi 11": the count rose to the figure
    # "APMM semula melaporkan tiga orang tewas": before a figure, these make it a body's
    # first count, since revised, unless one of ``superseding`` comes between.
    superseded: PhraseTable
    superseding: frozenset[str]
    present: frozenset[str]
    still: frozenset[str]  # "masih": the people still in a state
    # "lebih banyak dari angka yang disampaikan kepolisian", "bukan sembilan seperti yang
    # disampaikan KPK", "more than the police figure": after a figure, these dispute
    # another body's count (``SlotReader.disputes``).
    dispute_comparatives: PhraseTable
    dispute_nouns: frozenset[str]
    dispute_leads: PhraseTable
    dispute_contrasts: PhraseTable
    dispute_rejections: frozenset[str]
    # "Namun BPBD Wonosobo mencatat empat orang.": a sentence one of these opens that gives
    # a count of people by no noun of their own (``dispute_people``) tells the count
    # before it, as another body gives it.
    dispute_openers: frozenset[str]
    dispute_people: frozenset[str]
    dispute_as_said: PhraseTable
    dispute_updates: frozenset[str]
    # "sehingga jumlah korban meninggal menjadi lima", "bringing the number of dead to
    # nine": a clause these open, whose level word stands right before the figure.
    rise_openers: frozenset[str]
    rise_levels: frozenset[str]
    count_setters: frozenset[str]  # "put the number of … at 48"
    count_setter_levels: frozenset[str]
    earlier_levels: PhraseTable  # "naik dari 40.000": the figure the count rose from
    # "kembali menemukan dua jenazah": before a trigger, the figure adds to an earlier one.
    repeats: frozenset[str]
    # "diminta tidak beraktivitas": before a negation, what is asked, not a denial.
    requests: frozenset[str]
    # Verbs a disaster does ("banjir menerjang", "gempa mengguncang"): with one, a disaster
    # in a background clause is reported there, not only named.
    event_verbs: frozenset[str]
    # Verbs that, after an event's noun, tell when it began ("clashes erupted").
    onset_verbs: frozenset[str]

    def opens_clause(self, words: Sequence[str], j: int) -> bool:
        """Is word ``j`` a contrast opener or an adversative (``adversative_openers``:
        "…, namun …", "…, however, …") after a comma: the start of another clause?"""
        if self.opens_contrast(words, j):
            return True
        return j > 0 and words[j] in self.adversative_openers and words[j - 1] == ","

    def opens_contrast(self, words: Sequence[str], j: int) -> bool:
        """Is word ``j`` a contrast opener (``contrast_openers``) after a comma or a
        semicolon ("…, sementara …", "…, while …", "…; whereas …"), or a mark among them
        ("The centre counted five dead; the consulate counted seven")?

        >>> from silang.lang import load_pack
        >>> lex = lexicon(load_pack("en"))
        >>> texts = ("five dead , while seven", "five dead here ;", "five dead and while")
        >>> [lex.opens_contrast(text.split(), 3) for text in texts]
        [True, True, False]
        """
        if j <= 0 or words[j] not in self.contrast_openers:
            return False
        return words[j - 1] in (",", ";") or not words[j][:1].isalnum()


@cache
def national_nouns(pack: LanguagePack) -> dict[str, str]:
    """The pack's ``national_nouns``, lower-cased noun -> country entity ("wni" ->
    "country/ID")."""
    return {
        str(noun).lower(): f"country/{code}"
        for code, nouns in (pack.table("units").get("national_nouns") or {}).items()
        for noun in nouns or ()
    }


@cache
def lexicon(pack: LanguagePack) -> Lexicon:
    t = pack.table("triggers")
    # One phrase can have several senses (ditangkap: a prisoner of war, or an arrest); they
    # are tried in file order and the first whose requirement holds is used (and the later
    # ones too after a sense marked ``also``).
    senses: dict[str, list[Trigger]] = {}
    for spec in t["triggers"]:
        requires = spec.get("requires") or ()
        requires = (requires,) if isinstance(requires, str) else tuple(requires)
        trig = Trigger(
            spec["type"], spec.get("subtype"), spec["voice"], requires, bool(spec.get("also"))
        )
        for word in spec["words"]:
            senses.setdefault(word.lower(), []).append(trig)
    # "menangkap ikan" (to fish) is no arrest: a longer phrase with no sense hides the
    # trigger inside it.
    for phrase in t.get("not_triggers", []):
        senses[phrase.lower()] = []
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

    def units_table(key: str) -> PhraseTable:
        # Phrases the quantity grammar keeps in the units table ("lainnya", "jumlah").
        return PhraseTable([(str(w), True) for w in pack.table("units").get(key) or ()])

    described = {
        str(noun).lower(): tuple(str(w).lower() for w in (keys or [noun]))
        for noun, keys in (pack.table("attribution").get("descriptive_bodies") or {}).items()
    }
    return Lexicon(
        triggers=PhraseTable(entries),
        objects=PhraseTable(objects),
        # "OTHER/aid": a type and a subtype; "DEPLOYMENT": a type alone.
        diplomatic_words=tuple(str(w).casefold() for w in t.get("diplomatic_words") or ()),
        object_types={
            cls: (kind.partition("/")[0], kind.partition("/")[2] or None)
            for cls, kind in t["object_types"].items()
        },
        figure_required=words("figure_required"),
        person_articles=words("person_articles"),
        victim_verb_lead=words("victim_verb_lead"),
        plural_endings=words("plural_endings"),
        bereaved_phrases=table("bereaved_phrases"),
        charge_wordings=table("charge_wordings"),
        victim_articles=words("victim_articles"),
        person_nouns=table("person_nouns"),
        victims_identified=table("victims_identified"),
        one_victim_identified=table("one_victim_identified"),
        identity_copulas=table("identity_copulas"),
        arrival_verbs=table("arrival_verbs"),
        nought_when_negated=words("nought_when_negated"),
        responders=words("responder_nouns"),
        responder_verbs=words("responder_verbs"),
        military_craft=table("military_craft_words"),
        regional_heads=_office_heads(pack.table("mentions")),
        leveled_heads=frozenset(
            _regional_full_names(pack.table("mentions")).get("with_level") or ()
        ),
        level_words=tuple(
            (_regional_full_names(pack.table("mentions")).get("level_words") or {}).values()
        ),
        place_offices=tuple(
            sorted({str(v) for v in (pack.table("mentions").get("place_offices") or {}).values()})
        ),
        home_country=str(pack.table("mentions").get("home_country") or "").removeprefix("country/")
        or None,
        described_bodies=described,
        body_words=frozenset(w for keys in described.values() for w in keys),
        description_words=_description_words(pack),
        per_figure=words("one_claim_per_figure"),
        side_nouns=table("side_nouns"),
        recipient_preps=words("recipient_preps"),
        giver_preps=words("giver_preps"),
        location_preps=table("location_preps"),
        place_noun_links=words("place_noun_links"),
        destination_preps=words("destination_preps"),
        heading_preps=words("heading_preps"),
        places_left=words("places_left"),
        agent_preps=words("agent_preps"),
        partner_preps=words("partner_preps"),
        opponent_preps=words("opponent_preps"),
        purpose_verbs=words("purpose_verbs"),
        anaphora=table("anaphora"),
        pair_anaphora=table("pair_anaphora"),
        negation=table("negation"),
        negated_terms=table("negated_terms"),
        relative_negations=table("relative_negations"),
        forecast_words=table("forecast_words"),
        plots=table("plot_words"),
        provisional=table("provisional_negations"),
        existentials=words("existential_words"),
        denial=table("denial_verbs"),
        denial_closers=table("denial_closers"),
        possibility=table("possibility"),
        realised_possibility=words("realised_possibility"),
        background_preps=words("background_preps"),
        scene_nouns=words("scene_nouns"),
        cause_agent_verbs=words("cause_agent_verbs"),
        event_fillers=words("event_fillers"),
        publication=table("publication_verbs"),
        purpose_preps=words("purpose_preps"),
        background_clause=words("background_clause_openers"),
        contrast_openers=words("contrast_openers"),
        adversative_openers=words("adversative_openers"),
        relative=words("relative_pronouns"),
        national_nouns=national_nouns(pack),
        auxiliaries=words("clause_auxiliaries"),
        done=words("done_markers"),
        demonstratives=words("demonstratives"),
        weak_demonstratives=words("weak_demonstratives"),
        occurrences=table("occurrence_verbs"),
        increments=words("increment_words"),
        conjunctions=words("pair_conjunctions"),
        side_openers=table("side_openers"),
        side_words_after=frozenset(t.get("side_words_after") or ()),
        street_heads=words("street_heads"),
        part_markers=table("part_markers"),
        difference_words=table("difference_words"),
        directions=table("directions"),
        data_anaphora=table("data_anaphora"),
        rejecting_words=table("rejecting_words"),
        partitive_preps=words("partitive_preps"),
        copulas=words("copulas"),
        origin_preps=words("origin_preps"),
        household_links=words("household_links"),
        people_links=words("people_links"),
        opener_adverbs=table("opener_adverbs"),
        place_part_fillers=words("place_part_fillers"),
        figure_links=table("figure_links"),
        distance_markers=table("distance_markers"),
        place_descriptions=table("place_descriptions"),
        appositive_articles=frozenset(t.get("appositive_articles") or []),
        equipment_links=table("equipment_links"),
        place_anaphora=table("place_anaphora"),
        event_anaphora=table("event_anaphora"),
        event_anaphora_verbs=words("event_anaphora_verbs"),
        crimes=table("crime_words"),
        poisonings=table("poisoning_words"),
        protests=table("protest_words"),
        unit_subtypes={str(k): str(v) for k, v in (t.get("unit_subtypes") or {}).items()},
        damaged_buildings={
            str(noun).casefold(): str(subtype)
            for subtype, nouns in (t.get("damaged_buildings") or {}).items()
            for noun in nouns
        },
        as_of=words("as_of_markers"),
        possessive_suffixes=tuple(
            str(x).lower() for x in pack.table("units").get("possessive_suffixes") or ()
        ),
        place_units=frozenset(str(u) for u in pack.table("units").get("place_units") or ()),
        possessive_determiners=units_table("possessive_determiners"),
        cause_preps=words("cause_preps"),
        dead_states=table("dead_states"),
        body_nouns=words("body_nouns"),
        rival_count_joins=words("rival_count_joins"),
        reporting_bodies=frozenset(
            str(w).lower()
            for kind, nouns in (pack.table("attribution").get("descriptive_bodies") or {}).items()
            for w in (kind, *(nouns or ()))
        ),
        others=units_table("others"),
        count_heads=units_table("count_heads"),
        nationality_links=frozenset(
            str(w).lower() for w in pack.table("units").get("nationality_links") or ()
        ),
        parts=units_table("parts"),
        part_openers=units_table("part_openers"),
        whole_openers=units_table("whole_openers"),
        injury_preps=table("injury_preps"),
        composition_openers=units_table("composition_openers"),
        history_spans=table("history_spans"),
        continuing_days=table("continuing_days"),
        origin_markers=words("origin_markers"),
        place_list_links=words("place_list_links"),
        toll_phrases=table("toll_phrases"),
        measure_attributes=table("measure_attributes"),
        place_preps=words("place_preps"),
        describing_relatives=words("describing_relatives"),
        place_count_verbs=words("place_count_verbs"),
        accusation=table("accusation_verbs"),
        stance=table("stance_words"),
        statement_topics=table("statement_topics"),
        suspicion=table("suspicion_words"),
        causes_told=table("causes_told"),
        vehicle_failures=table("vehicle_failures"),
        unsourced_suspicions=table("unsourced_suspicions"),
        finding_nouns=table("finding_nouns"),
        finding_verbs=table("finding_verbs"),
        eruption_signs=table("eruption_signs"),
        directives=table("directive_verbs"),
        modifiers_before=bool(t.get("modifiers_before", False)),
        passive_agent_bare=bool(t.get("passive_agent_bare", False)),
        determiners=words("determiners"),
        clause_openers=words("clause_openers"),
        governing_preps=words("governing_preps"),
        side_links=words("side_links"),
        between_preps=words("between_preps"),
        stative_location_preps=words("stative_location_preps"),
        landmark_preps=words("landmark_preps"),
        alternatives=words("alternatives"),
        event_verbs=words("event_verbs"),
        onset_verbs=words("onset_verbs"),
        modals=words("modals"),
        levels=table("level_verbs"),
        speech=PhraseTable(
            [
                (str(w), True)
                for key in ("speech_verbs", "speech_verbs_after")
                for w in pack.table("attribution").get(key) or ()
            ]
        ),
        rises=table("rise_verbs"),
        superseded=table("superseded_markers"),
        superseding=words("superseding_words"),
        present=words("present_words"),
        still=words("still_words"),
        dispute_comparatives=table("dispute_comparatives"),
        dispute_nouns=words("dispute_nouns"),
        dispute_leads=table("dispute_leads"),
        dispute_contrasts=table("dispute_contrasts"),
        dispute_rejections=words("dispute_rejections"),
        dispute_openers=words("dispute_openers"),
        dispute_people=words("dispute_people"),
        dispute_as_said=table("dispute_as_said"),
        dispute_updates=words("dispute_updates"),
        rise_openers=words("rise_openers"),
        rise_levels=words("rise_levels"),
        count_setters=words("count_setters"),
        count_setter_levels=words("count_setter_levels"),
        earlier_levels=table("earlier_level_preps"),
        repeats=words("repeat_words"),
        requests=words("request_markers"),
    )


def _description_words(pack: LanguagePack) -> DescriptionWords:
    """The attribution table's ``possessors`` (the owners a described body is told by) and
    ``descriptive_speakers``."""
    attribution = pack.table("attribution")
    table = attribution.get("possessors") or {}
    return DescriptionWords(
        home=frozenset(str(w).casefold() for w in table.get("home") or ()),
        place=frozenset(str(w).casefold() for w in table.get("place") or ()),
        national=frozenset(str(w).casefold() for w in table.get("national") or ()),
        fillers=frozenset(str(w).casefold() for w in table.get("fillers") or ()),
        speakers=frozenset(
            str(w).casefold() for w in attribution.get("descriptive_speakers") or ()
        ),
        local=frozenset(str(w).casefold() for w in attribution.get("local_kinds") or ()),
        articles=frozenset(str(w).casefold() for w in attribution.get("apposition_articles") or ()),
    )


def _regional_full_names(mentions: dict[str, Any]) -> dict[str, Any]:
    """The mentions pack's ``regional_full_names`` (acronyms, level words), empty if none."""
    return mentions.get("regional_full_names") or {}


def _office_heads(mentions: dict[str, Any]) -> tuple[str, ...]:
    """The regional offices' heads, written short and in full, shortest first, without
    the national agencies' field offices."""
    full = _regional_full_names(mentions).get("acronyms") or {}
    field = set(mentions.get("field_offices") or {})
    heads = {*(mentions.get("regional_heads") or ()), *full.values()} - field
    return tuple(sorted(heads, key=lambda h: (len(h), h)))
