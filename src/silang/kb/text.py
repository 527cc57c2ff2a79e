"""Alias normalisation shared by the knowledge base and the mention finder.

An alias and a stretch of article text match when their *keys* are equal. A key is the
text's tokens, lower-cased and stripped of accents, joined by single spaces. Hyphens only
separate tokens, and digits are split from letters, so spelling variants meet::

    >>> alias_key("Choe Son-hui")
    'choe son hui'
    >>> alias_key("Kim Jong-un") == alias_key("Kim Jong Un")
    True
    >>> alias_key("170mm") == alias_key("170 mm")
    True
    >>> alias_key("Türkiye")
    'turkiye'
"""

from __future__ import annotations

import re
import unicodedata

# Numbers keep their digit groups (12.000, 6,2); words keep inner apostrophes (P'yongyang)
# but not an English possessive ("Korea's" is "Korea", "'", "s"; "NASA'S" likewise, or the
# text and its lower-cased copy would split apart); every other non-space character except
# the hyphen is a token of its own.
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*|[^\w\s-]")
# Most aliases are plain ASCII words: for them the key is just the lower-cased text.
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def normalise_token(token: str) -> str:
    """``'Türkiye' -> 'turkiye'``, ``'D’Arc' -> "d'arc"``."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens_of(text: str) -> list[str]:
    """The raw tokens of ``text`` (no offsets): ``'KN-23' -> ['KN', '23']``."""
    return TOKEN_RE.findall(text)


def alias_key(text: str) -> str:
    """The lookup key of an alias or of a span of text."""
    if _PLAIN.fullmatch(text):
        return text.lower()
    return " ".join(normalise_token(t) for t in TOKEN_RE.findall(text))


def slug(text: str) -> str:
    """A readable ID part: ``'Washington, D.C.' -> 'washington-d-c'``."""
    return re.sub(r"[^a-z0-9]+", "-", alias_key(text)).strip("-")
