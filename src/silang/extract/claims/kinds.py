"""What the claim types are, independent of language: PLOVER codes, which mentions can
be parties or places, and the units each type or subtype counts."""

from __future__ import annotations

from silang.model import EVENT_SUBTYPES, SENT_AWAY

__all__ = [
    "ARMED_KINDS", "AUTHORITY_ACTS", "BODIES_MOVED", "SENT_AWAY", "STRUCTURE_EVENTS", "LIVESTOCK_KINDS", "COUNTER_UNITS", "COUNT_UNITS", "OBJECT_UNITS", "PEOPLE_NOUNS", "PEOPLE_STATES", "SITUATED", "REACTIONS", "COUNT_UNITS_BY_SUBTYPE", "EVENT_ENDINGS", "EVENT_SUBTYPES", "FIGURE_AFTER", "FORECASTS", "FACT_UNITS", "MEASURES", "NOT_COUNTS", "SPANS_AND_SHARES", "SIDE_RECEIVES", "UNAGENTED", "DAMAGE",
    "PARTY_TYPES",
    "PERSON_TYPES", "PLACE_TYPES", "PLACE_UNITS", "PLOVER", "VESSEL_UNITS", "EQUIPMENT_UNITS", "SENT_OUT_CLASSES",
    "is_event",
]  # fmt: skip

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
# What an authority does to someone (police, prosecutors, courts, coastguards): when the
# text does not say who, it is the authority the article has been reporting on.
AUTHORITY_ACTS = frozenset({
    "detained", "detention_extended", "raid", "sentenced", "suspects_identified", "charged",
    "seized", "witnesses_examined", "released", "police_line", "questioned",
})  # fmt: skip
# Statements that react to an event ("condemned the attack"): the event they name is what
# they are about, not reported by them.
REACTIONS = frozenset({"condemnation", "protest", "criticism", "regret", "welcome", "rejection"})
# A central bank's figures follow their word ("cut its policy rate to 30% from 35%",
# "inflasi tahunan 2,4 persen"): a figure before it is another's ("to 30% from 35% on
# Thursday, saying inflation … had slowed": not the inflation).
FIGURE_AFTER = frozenset(
    {
        "interest_rate", "inflation", "gdp_growth", "reserve_requirement", "foreign_reserves",
        "lending_facility_rate", "deposit_facility_rate", "credit_growth", "unemployment_rate",
        "sector_growth",
    }
)  # fmt: skip
# A figure a body expects rather than reports ("The bank now expects annual inflation to
# end the year between 7% and 9%"): its forecast, a fact apart from the figure measured.
FORECASTS = {"inflation": "inflation_forecast", "gdp_growth": "growth_forecast"}
# Events that end another ("brought under control", "peringatan tsunami dicabut"): no
# event they follow happened when they did, and where that event was is not who ended it.
EVENT_ENDINGS = frozenset({"fire_controlled", "fire_extinguished", "tsunami_warning_lifted"})
PARTY_TYPES = frozenset({"country", "organisation", "group", "military_unit", "person"})
PLACE_TYPES = frozenset({"place", "country"})
# Figures that count people, per claim type; other types take any countable unit.
PERSON_TYPES = frozenset({"DEPLOYMENT", "CASUALTIES"})
# "jumlah rumah yang hangus mencapai 142 unit", "415 of them heavily, 640 moderately": the
# bare counter "unit", or a bare figure, counts what the subtype counts.
# Facts of the dead's bodies moved, which a figure right after "the bodies of" counts.
BODIES_MOVED = frozenset({"bodies_repatriated"})
COUNTER_UNITS = {
    "houses_damaged": "house",
    "houses_damaged_heavy": "house",
    "houses_damaged_moderate": "house",
    "houses_damaged_light": "house",
    "houses_destroyed": "house",
    "houses_flooded": "house",
    "bridge_collapsed": "bridge",
}
COUNT_UNITS_BY_SUBTYPE: dict[str, set[str | None]] = {
    # What a test showed, and a ship aground: no count of their own ("Kebakaran yang
    # menewaskan tiga orang … menurut hasil pemeriksaan Laboratorium Forensik": the dead).
    "lab_result": set(),
    "ran_aground": set(),
    # A police cordon counts nothing ("memasang garis polisi … dan meminta keterangan lima
    # anggota panitia": the five are questioned).
    "police_line": set(),
    "houses_damaged": {"house", "building", "unit", None},
    "houses_flooded": {"house", "building", "unit", None},
    "displaced": {"person", "household", None},
    # The sick of an outbreak: people, animals or cases ("186 warga di empat kalurahan terjangkit":
    # the villages say where).
    "cases": {"person", "case", "household", "animal", None},
    # Fogging: its rounds ("38 kali", "four rounds") or the villages fogged; larvicide: the
    # sachets or kilograms handed out.
    "fogging": {"time", "round", "item", "village", None},
    "larvicide_distributed": {"sachet", "kg", "item", None},
    # People at a site when the event struck: a count of people only.
    "people_inside": {"person", None},
    "affected": {"person", "household", None},
    "aid": {
        "IDR",
        "USD",
        "EUR",
        "ton",
        "kg",
        "liter",
        "kiloliter",
        "item",
        "unit",
        "vehicle",
        "tent",
        None,
    },
    # Assets a fraud ring loses ("menyita dua rumah, tiga mobil dan uang tunai Rp418
    # juta") and wildlife smuggled are seized as goods are.
    "seized": {
        "ton",
        "kg",
        "gram",
        "liter",
        "kiloliter",
        "m3",
        "item",
        "unit",
        "IDR",
        "USD",
        "excavator",
        "house",
        "vehicle",
        "animal",
        None,
    },
    # What robbers or thieves took: gold by weight, goods, vehicles, livestock (what it was
    # worth is its value, "senilai Rp2,9 miliar").
    "stolen": {"kg", "gram", "ton", "item", "unit", "vehicle", "animal"},
    # A queue at a port or a toll gate: the vehicles or people in it, its length, the wait.
    "traffic_queue": {"vehicle", "truck", "person", "km", "m", "hour", None},
    "protest": {"person", None},
    "crowd_size": {"person", None},
    "meals_distributed": {"meal"},
    "shelters": {"item", "unit", "village", "shelter", "tent", None},
    "flights_cancelled": {"flight", None},
    "flights_diverted": {"flight", None},
    # A power cut: the customers (households) or villages cut off, or its hours; power back
    # to a share of them ("35 persen pelanggan").
    "power_outage": {"household", "village", "hour", None},
    "power_restored": {"household", "village", "percent", None},
    # "KAI Daop 5 mengalihkan delapan perjalanan": runs counted, not a name's number.
    "trips_cancelled": {"trip"},
    "trips_rerouted": {"trip"},
    # "14 textile and garment factories in the two provinces had closed": not the provinces.
    "factories_closed": {"company", "building", "unit", None},
    # "11 kali gempa susulan": a count of times; not the magnitude of the strongest.
    "aftershocks": {"time", None},
    # A closure lasts; the flights it cancels are a fact of their own.
    # Wages owed: months of pay, the sum, or the workers not paid.
    "wages_unpaid": {"month", "week", "IDR", "USD", "person", None},
    # "321 siswa dan guru dari sebelas sekolah … mengalami keracunan": the people.
    "poisoned": {"person", None},
    # "38 warga tersengat tawon": the people stung, not the hornets' nests.
    "stung": {"person", None},
    "closed": {"day", "hour", None},
    "traffic_diverted": {"day", "hour", None},
    # How long a fire took to put out, not the engines that put it out.
    "fire_extinguished": {"day", "hour", "minute", None},
    "fire_controlled": {"day", "hour", "minute", None},
    "temporary_bridge": {"day", "week", "month", None},
    "road_blocked": {"m", "km", "hour", "day", None},
    "exclusion_zone": {"km", "m"},
    "depth": {"km", "m"},
    "water_depth": {"m", "cm"},
    "wave_height": {"m", "cm"},  # a tsunami at a tide gauge is told in centimetres
    # "hilang kontak … sekitar 25 menit setelah lepas landas": when, not how big.
    "lost_contact": set(),
    "emergency_landing": set(),
    "suspects_identified": {"person", None},
    "rescued": {"person", None},
    "detained": {"person", None},
    "recaptured": {"person", None},
    "prison_escape": {"person", None},
    "repatriated": {"person", None},
    "deported": {"person", None},
    "area_burned": {"hectare", "km2"},
    "crops_damaged": {"hectare", "km2"},
    "pest_infestation": {"hectare", "km2"},
    # Boats caught: the boats, not their crews (a count of the detained of its own).
    "vessels_seized": {"vessel"},
    "released": {"person", None},
    "abducted": {"person", None},
    "witnesses_examined": {"person", None},
    "identified": {"person", None},
    "hospitalized": {"person", None},
    "critical_condition": {"person", None},
    "vessels_destroyed": {"vessel", None},
    "vessels_damaged": {"vessel", None},
    "treated": {"person", None},
    "trapped": {"person", None},
    "vaccinated": {"person", "animal", None},
    "culled": {"animal", None},
    "livestock_killed": {"animal"},
    "rainfall": {"mm"},
    "houses_destroyed": {"house", "building", "unit", None},
    "bridge_collapsed": {"bridge", "unit", None},
    # "dua tenda roboh": the structures that fell, not the kiln's height or its bricks.
    "collapse": {"building", "house", "tent", "unit"},
    "isolated": {"village", "household", "person", None},
    "value": {"IDR", "USD", "EUR"},
    "turnover": {"IDR", "USD", "EUR"},
    "assets_frozen": {"account", "IDR", "USD", "EUR", "unit", None},
    "blocked": {"account", "company", "unit", "item", None},
    "contract_value": {"IDR", "USD", "EUR"},
    # A central bank's release: rates and price and output changes are shares; reserves
    # are an amount ("$1.18 billion"), never the "3.1 tonnes of gold" they include.
    "interest_rate": {"percent"},
    "inflation": {"percent"},
    "gdp_growth": {"percent"},
    "reserve_requirement": {"percent"},
    "lending_facility_rate": {"percent"},
    "deposit_facility_rate": {"percent"},
    "credit_growth": {"percent"},
    "unemployment_rate": {"percent"},
    "sector_growth": {"percent"},
    # Visitors counted ("597,300 foreign arrivals"), or their rise ("rose 7.4%").
    "tourist_arrivals": {None, "person", "percent"},
    "rate_cut": {"basis_point"},
    # "The guarani was little changed at 7,410 per dollar": a bare figure, or an amount.
    "exchange_rate": {None, "IDR", "USD", "EUR"},
    "foreign_reserves": {"IDR", "USD", "EUR"},
    "bribe": {"IDR", "USD", "EUR"},
    "state_loss": {"IDR", "USD", "EUR"},
    "losses": {"IDR", "USD", "EUR"},
    "street_value": {"IDR", "USD", "EUR"},
    "sanctions": {"person", "unit", None},
    "detention_extended": {"day", "week", "month"},
    "sentenced": {"year", "month"},
    "max_penalty": {"year", "month"},
    "stranded": {"person", "household", None},
    # "31 butir gas air mata", "27 tear gas canisters": the rounds, no other figure.
    "tear_gas": {"item", None},
    "aboard": {"person", None},
    # "236 kapal tertambat", "6.000 nelayan tidak melaut": boats or fishermen.
    "fishing_halted": {"vessel", "person", None},
    "earthquake": {"magnitude"},
    "missile_launch": {"km", "item", "missile", "drone", None},
    # "air defences had shot down 101 drones": drones, missiles and aircraft downed.
    "shot_down": {"drone", "missile", "item", "aircraft", None},
    "flight_distance": {"km"},
    "bodies_recovered": {"person", None},
    # The dead flown home: their bodies, counted as people ("jenazah kedua prajurit").
    "bodies_repatriated": {"person", None},
    "altitude": {"km", "m"},
}
# People in a state (still missing, wounded): "lima pendulang lain masih dicari" counts
# the others besides those named before, not more of them.
PEOPLE_STATES = frozenset({"missing", "wounded", "wounded_serious", "wounded_light"})
# Wounds of every grade.
WOUND_SUBTYPES = frozenset({"wounded", "wounded_serious", "wounded_light"})
# What a thing measures ("a depth of 12.4 km"): a fact of no party, whoever reports it.
MEASURES = frozenset({"depth", "water_depth"})
# People who fled are counted, not acted on: no body that counts them ("BPBD mencatat
# 2.140 jiwa mengungsi") or sheltered them is the fact's actor. So for people treated:
# the body that treats them is most often the one that counts them. People aboard are
# counted too: no one acts on them ("a plane carrying 68 passengers … in Indonesia's
# North Maluku" has no actor); so are aftershocks, which the agency that records them does
# not cause ("BMKG recorded 27 aftershocks"), and inmates who escaped ("Kanwil Ditjenpas
# memastikan jumlah narapidana yang kabur 25 orang").
UNAGENTED = frozenset(
    {
        "displaced",
        "affected",
        "treated",
        "aboard",
        "aftershocks",
        "prison_escape",
        "fishing_halted",
        "distance",
        "collapse",
        "ran_aground",
        # "Kepala Dinas ESDM menegaskan kawasan itu tidak memiliki izin": the site lacks it,
        # whoever says so
        "unlicensed",
    }
)
# Boats wrecked or damaged ("menghancurkan 12 perahu nelayan dan merusak 47 lainnya").
VESSEL_DAMAGE = frozenset({"vessels_destroyed", "vessels_damaged"})
# Damage counted as a state ("200 rumah rusak berat"): whoever reports it did not cause it.
DAMAGE = frozenset({
    "houses_damaged", "houses_damaged_light", "houses_damaged_moderate", "houses_damaged_heavy",
    "houses_destroyed", "houses_flooded", *VESSEL_DAMAGE,
})  # fmt: skip
# Losses a speaker counts and never causes, besides damage to homes and vessels: crops
# ruined, land burnt, property damaged ("Carsiman memperkirakan sawah yang puso sudah lebih
# dari 4.000 hektare" is the farmers' leader's count, not his deed).
# People hurt in one way, whom a bare "korban" (victims) counts once the article has told
# of them (``Memory.victims``), and the type of their facts.
VICTIM_KINDS = {"stung": "OTHER", "electrocuted": "CASUALTIES"}
COUNTED_LOSSES = DAMAGE | {"crops_damaged", "pest_infestation", "area_burned", "property_damaged"}
# Damage to homes, which a count of other buildings in the same sentence is not
# (``damaged_buildings``).
HOUSE_DAMAGE = DAMAGE - {"houses_flooded"} - VESSEL_DAMAGE
# What damage to homes and other buildings is counted in.
DAMAGED_UNITS = frozenset({"house", "building"})
# What other property a crowd or a disaster damages is counted in (a post, a stall: none).
PROPERTY_UNITS = frozenset({"vehicle", "building", "stall", "unit", None})
# People on the receiving end of the act ("enam ABK WNI berhasil diselamatkan"): the
# country the counted people are of is the recipient; the actor is who rescued them.
SIDE_RECEIVES = frozenset({"rescued"})
# Units of things counted (as opposed to measures like km or mm).
VESSEL_UNITS = frozenset({"vessel", "aircraft", "unit", None})
# What is sent out with people ("150 personel, dua ekor anjing pelacak, serta 11 kapal",
# "120 soldiers and two helicopters"): beside a deployment, part of it.
EQUIPMENT_UNITS = frozenset({"vessel", "aircraft", "vehicle", "animal", "unit"})
# Units of how far from a place something happened ("780 km di tenggara Kepulauan Chatham").
DISTANCE_UNITS = frozenset({"km", "nautical_mile", "mile"})
# Facts whose figure may be such a distance (a search area's radius, a queue's length).
DISTANCE_FACTS = frozenset({
    "exclusion_zone", "flight_distance", "missile_launch", "traffic_queue", "road_blocked",
    "search_area", "search_conducted", "epicentre_distance", "distance",
})  # fmt: skip
# Object classes of boats and aircraft: sent with a deployment's people where the sentence
# says so ("dengan 14 perahu karet", "backed by three helicopters").
CRAFT_CLASSES = frozenset({"ships", "craft"})
# Object classes of what a deployment sends out: its people and their vehicles
# ("personnel"), warships ("vessels"), and any boat or aircraft ("Dua pesawat dan empat
# kapal dikerahkan", "deployed 600 soldiers and two helicopters": gold sets count these
# apart from the people 44 times to 5).
SENT_OUT_CLASSES = frozenset({"personnel", "vessels", *CRAFT_CLASSES})
# Units of the buildings where the news happened ("dirawat di tiga rumah sakit"): a count
# of them after a preposition of place says where.
PLACE_UNITS = frozenset({"building"})
# What becomes of people a figure in the sentence counts ("Lima warga lainnya mengalami
# luka bakar, dan kini dirawat di RSUD"): said without a figure of its own beside a claim
# that counts people, it is a state of those people, not a fact of its own.
STATES_OF_THE_COUNTED = frozenset({"hospitalized", "rescued", "displaced"})
# Patients' states ("sembilan korban masih dirawat inap", "two of them in intensive care"):
# "korban" counted before one of them are the patients, not the dead or hurt.
PATIENT_STATES = frozenset({"hospitalized", "critical_condition"})
# People moved from a scene ("evacuated", "rescued"): a figure of the dead is not theirs.
MOVED_PEOPLE = frozenset({"displaced", "rescued", "repatriated", "deported"})
# One structure giving way ("Gedung hotel itu runtuh"): an event, which a sentence that
# counts the buildings that fell does not tell (that is damage).
STRUCTURE_EVENTS = frozenset({"collapse"})

# Subtypes whose noun triggers name the people a figure counts ("11 pengungsi"): a verb in
# the sentence says what the count is first.
PEOPLE_NOUNS = frozenset({"displaced", "aboard", "protest", "crowd_size"})
# Movements that are news only with their time or place ("the ferry left Bolok port late
# on Friday"; "the ferry left the harbour" in someone's account is not).
SITUATED = frozenset({"departure"})
# The units whose figures count a class of object a trigger requires ("31 of them swept
# away" counts houses when the figure's unit is a house).
OBJECT_UNITS: dict[str, frozenset[str]] = {
    "houses": frozenset({"house", "building"}),
    "bridges": frozenset({"bridge"}),
    "vessels": frozenset({"vessel"}),
    "detainees": frozenset({"person"}),
    "villages": frozenset({"village"}),
    # "declared a 14-day emergency": a status's length right before it.
    "durations": frozenset({"day", "week", "month"}),
    # "ditutup hampir 11 jam", "shut for seven hours": how long right after the word.
    "spans": frozenset({"hour", "day", "week", "month"}),
    "people": frozenset({"person", "household"}),
    # "1.984 hektare lahan terbakar": land counted by its area.
    "areas": frozenset({"hectare", "km2"}),
    "residents": frozenset({"person", "household"}),
    "trips": frozenset({"trip"}),
    "flights": frozenset({"flight"}),
    # "sembilan di antaranya mati": people or animals that die.
    "living": frozenset({"person", "animal"}),
}
# Object classes that are people: a figure of a country's nationals with no noun of its own
# ("was carrying two Taiwanese, 14 Indonesians …") counts them.
PEOPLE_CLASSES = frozenset(
    {"people", "residents", "travellers", "passengers", "detainees", "living"}
)
# Animals people keep (``counted_kinds``): their deaths are a loss of livestock.
LIVESTOCK_KINDS = frozenset({"cattle", "goat", "pig", "poultry", "horse", "livestock"})
# Who a figure counts that is armed: counted soldiers or police somewhere are troops there,
# not residents sheltering or fleeing.
ARMED_KINDS = frozenset({"soldier", "police"})
COUNT_UNITS = frozenset(
    {"person", "household", "house", "building", "vehicle", "unit", "IDR", "USD", "hectare"}
)
# Figures that are facts of their own even when no trigger types them: things and people
# counted, money, weights and areas (not lengths, shares or durations, which most often
# describe something: "jalan sepanjang 14 kilometer", "10 persen").
FACT_UNITS = frozenset({
    "person", "household", "house", "building", "bridge", "road", "vehicle", "vessel",
    "aircraft", "item", "drone", "missile", "unit", "village", "district", "regency", "animal", "IDR", "USD", "EUR", "ton",
    "kg", "hectare", "km2", "liter", "kiloliter", "m3", "flight", "trip", "shelter", "hotspot", "account",
    "company", "sample", "case", "excavator", "crane", "stall", "checkpoint", "crossing",
})  # fmt: skip
# Units of spans of time and of shares: a figure in one says when, how long or how much
# of something else, never a fact of its own.
SPANS_AND_SHARES = frozenset({"year", "month", "week", "day", "hour", "time", "percent"})
NOT_COUNTS = frozenset({
    "mm", "km", "m", "cm", "kmh", "mph", "percent", "year", "day", "month", "week", "hour", "time", "hectare",
    "kg", "ton", "liter", "kiloliter", "m3", "IDR", "USD", "magnitude",
})  # fmt: skip


def is_event(ctype: str, subtype: str | None) -> bool:
    """Is a claim of this kind an event, dated and placed once: an attack, or an event
    of ``EVENT_SUBTYPES`` (a flood, a quake)?

    >>> is_event("ATTACK", None), is_event("OTHER", "flood"), is_event("OTHER", "displaced")
    (True, True, False)
    """
    return ctype == "ATTACK" or subtype in EVENT_SUBTYPES
