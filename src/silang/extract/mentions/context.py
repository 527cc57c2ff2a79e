"""What a mention refers to, and what one article teaches the mentions of its later
sentences (acronyms it defined, people it named, the titles they came with)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from silang.model import EntityRef, Mention

# A person's name of at most this many words teaches each of them (``learn_person``).
MIDDLE_NAME_WORDS = 3
# A word's first character, or "" for an empty word (as ``w[:1]``).
_FIRST_LETTER = itemgetter(slice(0, 1))


class Target(NamedTuple):
    """What a mention refers to: a KB entity, or an unresolved name (``entity_id`` None)."""

    entity_id: str | None
    name: str
    type: str | None


@dataclass(slots=True)
class Affiliation:
    """What a person's title says about them: ``Juru bicara`` of ``BNPB``."""

    title: str
    of: EntityRef | None = None


@dataclass
class MentionContext:
    """What one article has taught so far; pass the same object for each sentence, in order.

    ``acronyms``: ``NIS`` -> the body an earlier ``(NIS)`` defined. ``names``: a single name
    word -> the person an earlier full name was ("Yoon" after "Presiden Yoon Suk Yeol"); None
    when two people share it.
    """

    acronyms: dict[str, Target] = field(default_factory=dict)
    names: dict[str, Target | None] = field(default_factory=dict)
    titles: dict[str, Affiliation] = field(default_factory=dict)
    # A title as written (lower case) -> the one person the article introduced with it
    # ("Kapolres" after "Kapolres Dumai AKBP Dewa Made Sutrisna"); None when two were.
    holders: dict[str, Target | None] = field(default_factory=dict)
    # The last place of each kind (the KB's ``extra.kind``: "province") the article named,
    # for "the provincial governor".
    places: dict[str, Target] = field(default_factory=dict)
    # Words the article also writes in lower case ("angka", "hasil"): capitalised at the
    # start of a sentence, they are those words, not names (``common_words_of``).
    common: frozenset[str] = frozenset()
    # Initials the article named a person by ("tersangka berinisial AS"): later the same
    # letters are that person.
    initials: set[str] = field(default_factory=set)
    # A regional office's acronym -> the words the article spelled it out with, which name
    # the office over the language pack's spelling: "Dinas Pemadam Kebakaran dan
    # Penyelamatan (Damkar) Kota Palembang" makes a later "Damkar Kota Palembang" that
    # office, not "Dinas Pemadam Kebakaran Kota Palembang".
    spellings: dict[str, str] = field(default_factory=dict)
    # The regional offices named so far, by their name without its level word: a later
    # "Disnakkan Blitar" is the "… Kabupaten Blitar" named before.
    offices: dict[str, str] = field(default_factory=dict)
    # People named by three words or more, by their name's words: a later name of their
    # first words ("Awang Ruslan" after "Awang Ruslan Awang Daud") is the same person.
    people: dict[tuple[str, ...], Target] = field(default_factory=dict)

    def affiliation(self, who: Mention | str) -> Affiliation | None:
        """The title (and the organisation or country it names) a person was introduced with."""
        if isinstance(who, Mention):
            return self.titles.get(who.entity_id or "") or self.titles.get(who.name)
        return self.titles.get(who)

    @property
    def affiliations(self) -> dict[str, EntityRef]:
        """Person name (canonical, or as written when unresolved) -> what their title names."""
        return {key: a.of for key, a in self.titles.items() if a.of is not None and "/" not in key}

    def learn_person(
        self,
        target: Target,
        words: list[str],
        particles: frozenset[str] = frozenset(),
        used_alone: frozenset[str] = frozenset(),
    ) -> None:
        """Remember the first and last words of a person's name for later bare mentions
        (after any particles: "Raden Bagus Haryo Pamungkas" teaches "Haryo" and "Pamungkas";
        ``used_alone``, the particles also used alone: "I Made Wiryawan" teaches "Made"),
        and the middle word of a three-word name, which pages also use alone ("Ahmad
        Rifa'i Hasan", later "kata Rifa'i")."""
        named = [w for w in words if w not in particles] or words
        if not named:
            return
        if target.type == "person" and len(words) >= 3:
            self.people[tuple(words)] = target
        middle = target.type == "person" and len(named) <= MIDDLE_NAME_WORDS
        learned = set(named) if middle else {named[0], named[-1]}
        if len(named) == 1 and len(words) > 1:
            # "Bagus Prasetyo": a particle that leaves one word is the given name ("kata
            # Bagus"), as a particle before two ("Raden Bagus Haryo Pamungkas") is not.
            learned.add(words[0])
        # "I Made Wiryawan", later "Made menambahkan": a particle pages use alone.
        learned.update(w for w in words if w in used_alone)
        for word in learned:
            if len(word) < 2:
                continue
            have = self.names.get(word, target)
            self.names[word] = target if have == target else None

    def person_named_first(self, words: Sequence[str]) -> Target | None:
        """The one person named before by a longer name that ``words`` (two or more)
        open ("Awang Ruslan" after "Awang Ruslan Awang Daud"), or None."""
        if len(words) < 2:
            return None
        n = len(words)
        found = {t for name, t in self.people.items() if len(name) > n and name[:n] == tuple(words)}
        return found.pop() if len(found) == 1 else None

    def remember_title(self, target: Target, affiliation: Affiliation) -> None:
        for key in (target.entity_id, target.name):
            if key:
                self.titles[key] = affiliation
        self.remember_holder(affiliation.title, target)

    def remember_holder(self, title: str, target: Target) -> None:
        """The one holder of a title the article introduced (``holders``); a second one
        makes the title alone name no one."""
        key = title.casefold()
        have = self.holders.get(key, target)
        self.holders[key] = target if have == target else None


def common_words_of(words: Iterable[str]) -> frozenset[str]:
    """The words of an article (its tokens, as written) that it writes in lower case
    somewhere; the pipeline passes the tokens it already has (no second pass over the text).

    >>> sorted(common_words_of("Angka itu naik . Polisi mencatat angka baru .".split()))
    ['angka', 'baru', 'itu', 'mencatat', 'naik']
    """
    words = words if isinstance(words, list) else list(words)
    # The words picked in C (compress over their first letters' case): a generator over
    # every token of an article cost 2% of its analysis.
    return frozenset(compress(words, map(str.islower, map(_FIRST_LETTER, words))))
