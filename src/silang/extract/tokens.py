"""Word tokens with character offsets, and phrase matching over them.

>>> [t.lower for t in tokenize("Korut mengirim 12.000 tentara.")]
['korut', 'mengirim', '12.000', 'tentara', '.']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import itemgetter, sub
from typing import NamedTuple

from silang.kb.text import TOKEN_RE as _ALIAS_TOKEN

# Words keep inner hyphens, apostrophes and digit groups (luka-luka, Son-hui, 12.000, 6,2).
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A word or punctuation mark with its character offsets (a tuple: an article makes
    tens of thousands of them, and a tuple is the cheapest object to build)."""

    text: str
    lower: str
    start: int
    end: int


# Builds a Token from a tuple without the Python-level ``Token.__new__`` (a quarter of
# tokenize's time: every sentence is tokenized).
_make_token = tuple.__new__


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset``."""
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    # Offsets by str.find from the end of the token before, not from match objects (a
    # third faster): only whitespace, which no token holds, lies between two tokens, so
    # the first occurrence of a token after its predecessor is the token itself.
    start = 0
    for word in _TOKEN.findall(text):
        start = find(word, start)
        end = start + len(word)
        append(_make_token(Token, (word, word.lower(), start + offset, end + offset)))
        start = end
    return tokens


# A token's text, lower case and start (by index: the names are Python-level lookups).
_TEXT = itemgetter(0)
_LOWER_OF = itemgetter(1)
_START = itemgetter(2)
# Where a sentence's tokens and the knowledge base's (``kb.text.TOKEN_RE``, which the
# mention finder reads) part ways: a hyphen, an apostrophe or an underscore, a full stop or
# comma beside a letter, a digit beside a letter. Without any, a word token is a run of
# letters or of digits or one mark other than the hyphen, the same token in both.
# Each branch starts at one of a few marks or a digit, so that the regex engine skips to
# those (one pattern with letters in its first class costs three times the tokenizing).
_PARTS_WAYS = re.compile(
    r"[-'’_.,\d](?:(?<=[-'’_])|(?<=[^\W\d_][.,])(?=\w)|(?<=\w[.,])(?=[^\W\d_])"
    r"|(?<=[^\W\d_]\d)|(?<=\d)(?=[^\W\d_]))"
)


def alias_tokens(
    text: str, tokens: Sequence[Token], offset: int = 0
) -> tuple[list[str], list[int], list[str]]:
    """The knowledge base's tokens of ``text`` (``kb.text.TOKEN_RE.findall``), their
    starts in ``text`` and their lower case, from its word tokens (``tokenize(text,
    offset)``), where most are the same: the mention finder then needs no second pass of
    a regex over the sentence.

    >>> alias_tokens("Son-hui tiba.", tokenize("Son-hui tiba."))
    (['Son', 'hui', 'tiba', '.'], [0, 4, 8, 12], ['son', 'hui', 'tiba', '.'])
    """
    if not _PARTS_WAYS.search(text):
        raws = list(map(_TEXT, tokens))
        starts = list(map(sub, map(_START, tokens), repeat(offset)))
        return raws, starts, list(map(_LOWER_OF, tokens))
    raws, starts, lowers = [], [], []
    for token in tokens:
        word, at = token[0], token[2] - offset
        if word.isalpha() or word.isdecimal():
            raws.append(word)
            starts.append(at)
            lowers.append(token[1])
            continue
        # No part of the kb's tokens lies across two word tokens: their joiners (full
        # stops and commas in numbers, apostrophes in words) join word tokens too.
        pos = 0
        for part in _ALIAS_TOKEN.findall(word):
            pos = word.find(part, pos)
            raws.append(part)
            starts.append(at + pos)
            lowers.append(part.lower())
            pos += len(part)
    return raws, starts, lowers


def has_a_word(token: str) -> bool:
    """Is the token a word or a figure, not punctuation? ("2,900-tonne" and "Jae-myung"
    are, though not ``isalnum``.)

    >>> [has_a_word(t) for t in ("2,900-tonne", "Jae-myung", ",", "—")]
    [True, True, False, False]
    """
    return any(ch.isalnum() for ch in token)


def token_index(tokens: Sequence[Token], char: int) -> int:
    """Index of the first token starting at or after ``char`` (``len(tokens)`` if none).

    A binary search (tokens are in text order): rules call this for every mention and
    figure of a sentence, and a scan from the start made long sentences quadratic."""
    return bisect_left(tokens, char, key=_start)


def _start(token: Token) -> int:
    return token[2]


# A phrase table's one-word phrase of a first word: (1, its value), or None.
_One = tuple[int, object] | None


class PhraseTable:
    """Look up multi-word phrases (tuples of lower-case tokens) at a token position.

    >>> table = PhraseTable({"meninggal dunia": "killed", "meninggal": "died"})
    >>> table.match_at(["korban", "meninggal", "dunia"], 1)
    (2, 'killed')
    """

    def __init__(self, entries: dict[str, object] | Iterable[tuple[str, object]]) -> None:
        items = entries.items() if isinstance(entries, dict) else entries
        by_first: dict[str, list[tuple[int, list[str], object]]] = {}
        for phrase, value in items:
            if not isinstance(phrase, str):
                # YAML reads bare no/yes/on as booleans: quote such words in the data file.
                raise TypeError(f"phrase table entry {phrase!r} is not a string")
            words = [w.lower() for w in _TOKEN.findall(phrase)]
            if words:
                by_first.setdefault(words[0], []).append((len(words), words[1:], value))
        # First word -> (second word -> (length, the words after the second, value) of
        # each longer phrase, longest first; the value of the first one-word phrase). The
        # longest phrase that matches is the first that matches in order of length, and a
        # longer phrase can only match where its second word follows: a common first word
        # ("di", with 17 trigger phrases after it) costs one look-up there, not a
        # comparison per phrase. A comparison is of a slice of the sentence's list with a
        # list (rules try phrases at every start: no tuples).
        self._by_first: dict[str, tuple[dict[str, list[tuple[int, list[str], object]]], _One]] = {}
        for first, options in by_first.items():
            options.sort(key=lambda item: -item[0])  # longest phrase first
            longer: dict[str, list[tuple[int, list[str], object]]] = {}
            for n, rest, value in options:
                if n > 1:
                    longer.setdefault(rest[0], []).append((n, rest[1:], value))
            one = next(((1, value) for n, _, value in options if n == 1), None)
            self._by_first[first] = (longer, one)
        # The words a phrase starts with: where ``match_at`` can find one (a membership
        # test costs a rule's loop less than the call). A frozenset, not the dict's keys:
        # ``isdisjoint`` of a list, which every scan of a sentence asks first, takes a
        # third of the time on a set.
        self.first_words = frozenset(self._by_first)

    def match_at(self, words: Sequence[str], i: int) -> tuple[int, object] | None:
        """(length, value) of the longest phrase starting at ``words[i]``, else None (also
        when ``i`` lies outside the sentence: rules probe the words around a trigger).

        >>> table = PhraseTable({"meninggal dunia": "killed"})
        >>> table.match_at(["korban", "meninggal", "dunia"], 1), table.match_at(["korban"], 1)
        ((2, 'killed'), None)
        """
        if not 0 <= i < len(words):
            return None
        entry = self._by_first.get(words[i])
        if entry is None:
            return None
        longer, one = entry
        if longer and i + 1 < len(words):
            for n, rest, value in longer.get(words[i + 1], ()):
                if words[i + 2 : i + n] == rest:
                    return n, value
        return one

    def ends_at(self, words: Sequence[str], end: int, earliest: int) -> bool:
        """Does the longest phrase starting at some word from ``earliest`` on end right
        before ``end`` ("the death toll from" before "a landslide")?

        >>> PhraseTable({"toll from": 1}).ends_at(["the", "toll", "from", "a"], 3, 0)
        True
        """
        return any(
            (found := self.match_at(words, j)) is not None and j + found[0] == end
            for j in range(max(earliest, 0), end)
        )

    def starts(self, words: Sequence[str]) -> list[int]:
        """Positions where a phrase may start (its first word is there), in order: a scan
        of a sentence tries ``match_at`` at these only. Most sentences hold none.

        >>> PhraseTable({"meninggal dunia": "killed"}).starts(["korban", "meninggal"])
        [1]
        """
        if self.first_words.isdisjoint(words):  # one pass in C, the usual answer
            return []
        firsts = self._by_first
        # The positions picked in C (compress over the membership tests): twice as fast as
        # a Python loop over every word.
        return list(compress(range(len(words)), map(firsts.__contains__, words)))

    def starts_in(self, words: Sequence[str], lo: int, hi: int) -> list[int]:
        """``starts`` of ``words[lo:hi]``, as positions in ``words``: a rule that asks
        ``match_at`` at every position of a stretch asks only here, with the same answers
        (``match_at`` finds nothing where no phrase starts).

        >>> PhraseTable({"tidak": 1}).starts_in(["tidak", "ada", "tidak", "lagi"], 1, 4)
        [2]
        """
        lo = max(lo, 0)
        if hi <= lo:
            return []
        return list(compress(range(lo, hi), map(self._by_first.__contains__, words[lo:hi])))

    def occurs_in(self, words: Sequence[str]) -> bool:
        """Whether any phrase of the table occurs in ``words``."""
        # ``starts`` and ``any`` over a generator, inlined: rules ask this of most
        # sentences, and most hold no phrase's first word.
        if self.first_words.isdisjoint(words):
            return False
        match_at = self.match_at
        for i in compress(range(len(words)), map(self._by_first.__contains__, words)):
            if match_at(words, i) is not None:
                return True
        return False

    def find_all(self, words: Sequence[str]) -> list[tuple[int, int, object]]:
        """Non-overlapping (start, end, value) matches, longest first, left to right."""
        if self.first_words.isdisjoint(words):  # as in starts: most sentences hold none
            return []
        firsts = self._by_first
        found: list[tuple[int, int, object]] = []
        end = 0
        last = len(words) - 1
        # starts and match_at in one pass; the loop visits only the words a phrase starts
        # with, picked in C as in ``starts`` (a Python loop over every word was its cost)
        for i in compress(range(len(words)), map(firsts.__contains__, words)):
            if i < end:
                continue
            longer, one = firsts[words[i]]
            if longer and i < last:
                for n, rest, value in longer.get(words[i + 1], ()):
                    if words[i + 2 : i + n] == rest:
                        found.append((i, i + n, value))
                        end = i + n
                        break
                else:
                    if one is not None:
                        found.append((i, i + 1, one[1]))
                        end = i + 1
            elif one is not None:
                found.append((i, i + 1, one[1]))
                end = i + 1
        return found

    def __contains__(self, phrase: str) -> bool:
        words = [w.lower() for w in _TOKEN.findall(phrase)]
        entry = self._by_first.get(words[0]) if words else None
        if entry is None:
            return False
        longer, one = entry
        if len(words) == 1:
            return one is not None
        return any((n, rest) == (len(words), words[2:]) for n, rest, _ in longer.get(words[1], ()))


# The dash that ends a dateline: "Lahat (ANTARA) - …", "JAKARTA, KOMPAS.com — …".
DATELINE_DASHES = frozenset({"-", "–", "—"})


class FramedPhraseTable(PhraseTable):
    """A phrase table whose ``frames`` match too: a verb with a word that closes it in
    its clause, any words between ("put the final toll at eight", "put the figure
    higher"). A closer that is a preposition (``at``) must come before a figure, and a
    particle right after the verb ("put up") makes it another verb.

    >>> at = frozenset({"at"})
    >>> table = FramedPhraseTable({"said": True}, {"put": at}, 8, prepositions=at)
    >>> table.match_at("police put the final toll at 8".split(), 1)
    (1, True)
    >>> table.match_at("they put the boats at risk and 12 fled".split(), 1) is None
    True
    """

    # The words a clause ends at: a frame's closer is never past one.
    _CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})
    # The most words between a preposition closer and its figure ("at about 2.4 billion").
    _FIGURE_REACH = 3

    def __init__(
        self,
        entries: dict[str, object] | Iterable[tuple[str, object]],
        frames: dict[str, frozenset[str]],
        reach: int,
        prepositions: frozenset[str] = frozenset(),
        numbers: frozenset[str] = frozenset(),
        particles: frozenset[str] = frozenset(),
        hedges: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(entries)
        self._frames = frames
        self._reach = reach
        self._prepositions = prepositions
        self._numbers = numbers
        # "put up": a verb and a particle are another verb.
        self._particles = particles
        # The words of hedges, which may stand between a preposition and its figure.
        self._hedges = hedges
        self._starters = frozenset(self._by_first) | frozenset(frames)
        self.first_words = self._starters

    def match_at(self, words: Sequence[str], i: int) -> tuple[int, object] | None:
        found = super().match_at(words, i)
        if found is not None or not 0 <= i < len(words):
            return found
        closers = self._frames.get(words[i])
        if closers is None or (i + 1 < len(words) and words[i + 1] in self._particles):
            return None
        for k in range(i + 1, min(len(words), i + 1 + self._reach)):
            word = words[k]
            if word in self._CLAUSE_ENDS:
                return None
            if word in closers:
                if word not in self._prepositions or self._figure_after(words, k):
                    return 1, True
                return None
        return None

    def _figure_after(self, words: Sequence[str], k: int) -> bool:
        """A figure right after word ``k``, or past hedge words ("at about 2.4")."""
        for w in words[k + 1 : k + 1 + self._FIGURE_REACH]:
            if w[:1].isdigit() or w in self._numbers:
                return True
            if w not in self._hedges:
                return False
        return False

    def starts(self, words: Sequence[str]) -> list[int]:
        if self._starters.isdisjoint(words):
            return []
        return list(compress(range(len(words)), map(self._starters.__contains__, words)))

    def starts_in(self, words: Sequence[str], lo: int, hi: int) -> list[int]:
        lo = max(lo, 0)
        if hi <= lo:
            return []
        return list(compress(range(lo, hi), map(self._starters.__contains__, words[lo:hi])))

    def occurs_in(self, words: Sequence[str]) -> bool:
        return any(self.match_at(words, i) is not None for i in self.starts(words))

    def find_all(self, words: Sequence[str]) -> list[tuple[int, int, object]]:
        found: list[tuple[int, int, object]] = []
        end = 0
        for i in self.starts(words):
            if i >= end and (hit := self.match_at(words, i)) is not None:
                found.append((i, i + hit[0], hit[1]))
                end = i + hit[0]
        return found


def dateline_end(tokens: Sequence[Token], within: int = 12) -> int:
    """Index of the first token after a dateline ("Lahat (ANTARA) -", "MEDAN, Indonesia,
    Nov 17 (Equator Wire) -"): the words before the first dash in the first few tokens,
    none in lower case; 0 when the sentence opens with none.

    >>> [t.text for t in tokenize("BANGKOK — The army said")][dateline_end(tokenize("BANGKOK — The army said")):]
    ['The', 'army', 'said']
    """
    head = tokens[:within]
    if DATELINE_DASHES.isdisjoint(map(_TEXT, head)):  # in C: most sentences have no dash
        return 0
    for k, token in enumerate(head):
        if token.text in DATELINE_DASHES:
            return 0 if any(t.text[:1].islower() for t in tokens[:k]) else k + 1
    return 0


def dateline_offset(tokens: Sequence[Token]) -> int:
    """Where a sentence's dateline ends, as a character offset (``dateline_end``); 0 when
    it opens with none, so that every offset in the sentence lies past it."""
    head = dateline_end(tokens)
    return tokens[head - 1].end if head else 0
