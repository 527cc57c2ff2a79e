"""Split clean article text into paragraphs and sentences with character offsets.

Hand-written rather than taken from spaCy or simplemma: docs/libraries.md records that spaCy's
sentencizer merges headings into the next paragraph and leaves opening quotes behind, and
simplemma splits after titles such as ``Dr.``; what news text needs is small enough to keep
as one readable rule plus an abbreviation list in the language pack.

    >>> [s.text for s in split_sentences("Harga naik. Menurut Dr. Ani, naik 12.000.", load_pack("id"))]
    ['Harga naik.', 'Menurut Dr. Ani, naik 12.000.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import LanguagePack, load_pack

__all__ = ["Sentence", "split_sentences", "load_pack"]


@dataclass(slots=True, frozen=True)
class Sentence:
    """One sentence: its text, offsets into the article, and where it sits."""

    text: str
    start: int
    end: int
    paragraph: int
    index_in_paragraph: int
    # A line with no final punctuation standing alone (a subheading).
    is_heading: bool = False


@dataclass(slots=True, frozen=True)
class _Rules:
    boundary: re.Pattern[str]
    abbreviations: frozenset[str]
    terminators: str


@cache
def _rules(pack: LanguagePack) -> _Rules:
    table = pack.table("sentences")
    term = re.escape(table["terminators"])
    closers = re.escape(table["closers"])
    openers = re.escape(table["openers"])
    # A candidate boundary: terminator(s), optional closers, whitespace, then something that
    # can start a sentence (upper-case letter, digit, or an opening quote/bracket). It starts
    # only where a run of terminators starts and takes the run whole (possessive): tried
    # inside a run of 100,000 dots, it would rescan the rest of the run from every dot.
    # A bracket before a digit opens a gloss of what came before, not a sentence ("at
    # about 2:10 p.m. (0710 GMT) on Thursday").
    boundary = re.compile(
        rf"(?<![{term}])[{term}]++[{closers}]*+(?=\s+(?!\(\d)[{openers}]*[A-Z0-9À-Ý])",
        re.UNICODE,
    )
    return _Rules(boundary, frozenset(table["abbreviations"].lower().split()), table["terminators"])


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# How far back from a full stop the word before it is looked for: longer than any
# abbreviation, and a bound, so that each full stop costs the same wherever it stands.
ABBREVIATION_WINDOW = 64
# A "sentence" longer than this (a list or table with no full stops, a one-line dump) is
# cut at a space before it: no news sentence is that long (the longest of the evaluation
# sets has 305 characters), and every later stage looks at pairs of words within a
# sentence, so its cost grows with the square of the longest one.
MAX_SENTENCE_CHARS = 1000


def split_sentences(text: str, pack: LanguagePack) -> list[Sentence]:
    """Sentences of ``text`` in order; paragraphs are separated by blank lines."""
    rules = _rules(pack)
    sentences: list[Sentence] = []
    for paragraph_number, para in enumerate(_PARAGRAPH.finditer(text)):
        start = para.start()
        body = para.group()
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for match in rules.boundary.finditer(body):
            if match.group().startswith(".") and _is_abbreviation(body, match.start(), rules):
                continue
            pieces.append((cursor, match.end()))
            cursor = match.end()
        pieces.append((cursor, len(body)))
        if len(body) > MAX_SENTENCE_CHARS:  # else no piece of it can be too long
            pieces = [part for piece in pieces for part in _cut_long(body, *piece)]
        index = 0
        for local_start, local_end in pieces:
            chunk = body[local_start:local_end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s = start + local_start + lead
            e = s + len(stripped)
            heading = (
                len(pieces) == 1
                and "\n" not in stripped
                and stripped[-1] not in rules.terminators + "\"”'’:;,"
                and len(stripped.split()) <= 14
            )
            sentences.append(Sentence(stripped, s, e, paragraph_number, index, heading))
            index += 1
    return sentences


def _cut_long(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """``body[start:end]`` as pieces of at most ``MAX_SENTENCE_CHARS``, cut after the last
    whitespace before the limit (or at the limit when there is none)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = max(body.rfind(" ", start + 1, limit), body.rfind("\n", start + 1, limit))
        cut = space + 1 if space > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _is_abbreviation(body: str, dot: int, rules: _Rules) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    span = _word_before(body, dot)
    if span is None:
        return False
    start, end = span
    word = body[start:end].lower().strip(".")
    if not word:
        return False
    if word in rules.abbreviations:
        return True
    # A single capital letter is an initial ("Kim J. Un"), not a sentence end.
    return len(word) == 1 and word.isalpha() and body[start].isupper()


def _word_before(body: str, dot: int) -> tuple[int, int] | None:
    """The span of the run of word characters and full stops that ends at ``dot`` (or at
    a line break just before ``dot``); None when there is no such run.

    Walks back from ``dot`` at most ``ABBREVIATION_WINDOW`` characters, so each call reads
    only the word before it. A regex search
    for ``[\\w.]+$`` up to ``dot`` (how this was found before) starts at the paragraph's
    beginning every time: quadratic in the paragraph's length, 4.3 s for a 100 KB
    paragraph. ``\\w`` is ``str.isalnum()`` or ``_``, so both find the same run.
    """
    end = dot - 1 if dot > 0 and body[dot - 1] == "\n" else dot
    start = end
    lo = max(0, end - ABBREVIATION_WINDOW)
    while start > 0:
        char = body[start - 1]
        if char == "." or char == "_" or char.isalnum():
            if start == lo:
                return None  # a word longer than the window is no abbreviation
            start -= 1
        else:
            break
    return None if start == end else (start, end)
