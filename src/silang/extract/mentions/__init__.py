"""Entity mentions: the spans of a sentence that name countries, places, organisations,
people, units, weapons and armed groups, resolved against the knowledge base.

    >>> from silang.kb import default_kb
    >>> from silang.lang import load_pack
    >>> found = find_mentions("Pyongyang mengirim pasukan ke Kursk.", default_kb(), load_pack("id"))
    >>> [(m.text, m.name, m.how) for m in found]
    [('Pyongyang', 'Pyongyang', 'metonym'), ('Kursk', 'Kursk Oblast', 'alias')]

The sentence is tokenised once and every token looks up only the alias lengths that start
with it (``kb.index.lengths``), so the cost is a few dict lookups per token. The passes,
each over the tokens the earlier ones left free:

1. parenthesised acronyms: ``Badan Intelijen Korea Selatan (NIS)``, ``Kepala Staf
   Gabungan (JCS) Korea Selatan``, ``KNKT (Komite Nasional ...)``; the article's own
   definition is remembered in the :class:`MentionContext`;
2. aliases, longest first (``Badan Intelijen Korea Selatan`` is one organisation), plus the
   acronyms and name words the article taught earlier (``NIS``, ``Yoon``);
3. titles before people (``Juru bicara BNPB Abdul Muhari``): the person mention covers the
   name, and the organisation or country the title names is kept as the affiliation;
4. names the knowledge base does not know: ``Desa Sukamaju`` (a place, from its head word),
   runs of capitalised words (``how="unknown"``);
5. capitals and seats of government get ``how="metonym"``; a country after a noun such as
   ``pasukan`` gets ``how="nationality"``.

The package reads as that pipeline: ``acronyms`` (pass 1), ``aliases`` (2), ``titles`` (3),
``names`` (4, and the rules on known places before it), ``sentence`` (the tokens and spans
the passes share, and pass 5), then ``bodies`` (rules over the finished mentions: foreign
government bodies, regional offices, units, field offices). ``context`` holds what a mention
refers to and what an article teaches later sentences; ``lexicon`` the compiled
``mentions.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from silang.extract.mentions.acronyms import acronym_definitions, acronyms_out_of_names
from silang.extract.mentions.aliases import find_aliases
from silang.extract.mentions.bodies import (
    bodies_of_the_dateline_country,
    field_offices,
    foreign_bodies,
    glossed_bodies,
    local_offices,
    news_outlets,
    offices_before_bodies,
    offices_of_named_levels,
    regional_bodies,
    resolve_regional_references,
    trailing_bodies,
    units_of_bodies,
)
from silang.extract.mentions.context import (
    Affiliation,
    MentionContext,
    Target,
    common_words_of,
)
from silang.extract.mentions.lexicon import lexicon
from silang.extract.mentions.missions import (
    diplomatic_missions,
    mission_places,
    missions_in_capitals,
    resolve_mission_references,
)
from silang.extract.mentions.names import (
    initials,
    is_heading,
    joined_places,
    learn_people,
    names_over_places,
    places_run_together,
    unknown_names,
)
from silang.extract.mentions.sentence import Sentence, to_mentions
from silang.extract.mentions.titles import (
    bodies_of_titles,
    find_titles,
    place_offices,
    possessive_titles,
    remember_places,
)
from silang.extract.tokens import Token, alias_tokens
from silang.kb import KnowledgeBase
from silang.lang import LanguagePack
from silang.model import Mention

__all__ = [
    "Affiliation",
    "MentionContext",
    "common_words_of",
    "Target",
    "find_mentions",
    "bodies_of_the_dateline_country",
    "resolve_regional_references",
    "resolve_mission_references",
    "mission_places",
    "missions_in_capitals",
]


def find_mentions(
    text: str,
    kb: KnowledgeBase,
    pack: LanguagePack,
    offset: int = 0,
    context: MentionContext | None = None,
    tokens: Sequence[Token] | None = None,
) -> list[Mention]:
    """The mentions of one sentence, in order; offsets are shifted by ``offset``.
    ``tokens``: the sentence's ``tokenize(text, offset)``, if the caller has them."""
    lex = lexicon(pack)
    context = context if context is not None else MentionContext()
    s = Sentence(text, None if tokens is None else alias_tokens(text, tokens, offset))
    if not s.raws:
        return []
    acronym_definitions(s, kb, lex, context, pack.code)
    find_aliases(s, kb, lex, context, pack.code)
    if lex.initials_markers or context.initials:
        initials(s, lex, context)
    if lex.place_offices:
        place_offices(s, lex, context)
    find_titles(s, kb, lex, context)
    joined_places(s, lex)
    places_run_together(s, kb)
    names_over_places(s, lex)
    if not is_heading(s, lex):
        unknown_names(s, lex, context.common)
    learn_people(s, context, lex)
    found = to_mentions(s, kb, lex, offset)
    if not found:  # the passes below only rewrite mentions found, but for one
        if lex.place_office_adjectives:  # "The provincial government said …"
            return offices_of_named_levels(found, text, offset, pack, kb, context)
        return found
    if lex.place_office_adjectives:
        remember_places(found, kb, context)
    possessive_titles(found, text, offset, pack, context)
    found = diplomatic_missions(found, text, offset, pack, kb)
    found = glossed_bodies(found, text, offset, pack)
    found = foreign_bodies(found, text, offset, pack, kb)
    found = regional_bodies(found, text, offset, pack, kb, context)
    found = local_offices(found, text, offset, pack, kb)
    found = units_of_bodies(found, text, offset, pack)
    found = offices_before_bodies(found, text, offset, pack)
    found = news_outlets(found, text, offset, pack)
    found = trailing_bodies(found, text, offset, pack, kb)
    if lex.place_office_adjectives:
        found = offices_of_named_levels(found, text, offset, pack, kb, context)
    found = field_offices(found, kb, pack)
    bodies_of_titles(found, text, offset, lex, context)
    return acronyms_out_of_names(found, context)
