"""A fact titled in words, as the question it answers: "When was the agreement between
North Korea and Russia signed?" / "Kapan perjanjian Korea Utara dan Rusia ditandatangani?".

The wording lives in ``question_words/<lang>.yaml``, keyed by the fact's claim type,
subtype and compared field; the machine key (``AGREEMENT/signed North Korea → Russia``)
stays with the fact for whoever needs it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from silang.model import Claim

QUESTION_WORDS = Path(__file__).parent / "question_words"
LANGUAGES = ("en", "id")


@functools.cache
def _templates(lang: str) -> dict[str, str]:
    import yaml  # only when a title is asked for: commands that print none skip PyYAML

    path = QUESTION_WORDS / f"{lang if lang in LANGUAGES else 'en'}.yaml"
    return dict(yaml.safe_load(path.read_text("utf-8")))


def question(
    type_: str,
    subtype: str | None,
    field: str | None,
    parties: Iterable[str] = (),
    place: str | None = None,
    lang: str = "en",
) -> str:
    """The question a fact answers, in ``lang``; ``parties`` who acts first (English for a language without wording).

    >>> question("AGREEMENT", "signed", "time", ["North Korea", "Russia"])
    'When was the agreement between North Korea and Russia signed?'
    >>> question("CASUALTIES", "killed", "quantity", place="Mamuju Regency", lang="id")
    'Berapa yang tewas di Mamuju Regency?'
    """
    words = _templates(lang)
    sub = subtype or ""
    keys = (f"{type_}/{sub}/{field or ''}", f"{type_}/{sub}", f"{type_}//{field or ''}", type_)
    template = next((words[k] for k in keys if k in words), words["default"])
    names = list(dict.fromkeys(p for p in parties if p))
    if len(names) > 1:
        joined = f" {words['_and']} ".join([", ".join(names[:-1]), names[-1]])
    else:
        joined = names[0] if names else words["_they"]
    text = template.format(parties=joined, actor=names[0] if names else words["_they"])
    if place and place not in names:
        text = f"{text.rstrip('?')} {words['_in']} {place}?"
    return text


def fact_question(
    type_: str, subtype: str | None, field: str | None, claims: Iterable[Claim], lang: str = "en"
) -> str:
    """The question of a fact from its claims: the parties and the place most of them name."""
    parties, place = fact_parties(claims)
    return question(type_, subtype, field, parties, place, lang)


def fact_parties(claims: Iterable[Claim]) -> tuple[list[str], str | None]:
    """Who acts (the actor most claims name), then the counterpart most claims name, and
    the place most claims name."""
    actors: Counter[str] = Counter()
    others: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for claim in claims:
        if claim.actor is not None and not _is_place(claim.actor.id):
            actors[claim.actor.name] += 1
        if claim.recipient is not None and not _is_place(claim.recipient.id):
            others[claim.recipient.name] += 1
        if claim.location is not None:
            places[claim.location.name] += 1
        elif claim.recipient is not None and _is_place(claim.recipient.id):
            places[claim.recipient.name] += 1
    parties = [name for name, _ in actors.most_common(1)]
    parties += [name for name, _ in others.most_common(2) if name not in parties][:1]
    place = places.most_common(1)[0][0] if places else None
    return parties, place


def _is_place(entity_id: str | None) -> bool:
    return bool(entity_id and entity_id.startswith("place/"))
