"""One sentence's tokens and the spans the passes claim on them, the look-ups over tokens
that several passes share, and the mentions the spans make at the end (pass 5)."""

from __future__ import annotations

from dataclasses import dataclass
from operator import add
from typing import Any

from silang.extract.mentions.context import Target
from silang.extract.mentions.lexicon import Lexicon
from silang.kb import KnowledgeBase
from silang.kb.text import TOKEN_RE, normalise_token
from silang.model import Mention

MAX_NAME_TOKENS = 6


# The share of capitalised words that makes a line a headline in title case.
TITLE_CASE_SHARE = 0.8


class Sentence:
    """Tokens of one sentence and the spans found so far."""

    __slots__ = (
        "text", "raws", "norms", "starts", "ends", "owner", "used", "spans", "first_word",
        "_title_cased",
    )  # fmt: skip

    def __init__(
        self, text: str, parts: tuple[list[str], list[int], list[str]] | None = None
    ) -> None:
        """``parts``: the tokens, their starts and lower case (``tokens.alias_tokens``)
        when the caller has them, else read here."""
        self.text = text
        if parts is not None:
            self.raws, self.starts, lowers = parts
            self.ends = list(map(add, self.starts, map(len, self.raws)))
        else:
            self.raws = TOKEN_RE.findall(text)
            # Offsets by scanning forward: str.find is much faster than match objects.
            self.starts = []
            self.ends = []
            pos = 0
            for raw in self.raws:
                pos = text.find(raw, pos)
                self.starts.append(pos)
                pos += len(raw)
                self.ends.append(pos)
            lowers = [r.lower() for r in self.raws]
        if text.isascii():  # normalise_token of an ASCII token is its lower case
            self.norms: list[str] = lowers
        else:
            self.norms = [
                low if r.isascii() else normalise_token(r)
                for r, low in zip(self.raws, lowers, strict=True)
            ]
        self.owner: list[Span | None] = [None] * len(self.raws)
        # Tokens read as titles ("Menteri Luar Negeri"): part of no mention, but not free.
        self.used = [False] * len(self.raws)
        self.spans: list[Span] = []
        # The sentence's first word (after opening quotes and brackets).
        raws = self.raws
        self.first_word = (
            0  # the usual case, without a generator
            if raws and raws[0][0].isalnum()
            else next((i for i, r in enumerate(raws) if r[0].isalnum()), -1)
        )
        self._title_cased: bool | None = None

    def title_cased(self) -> bool:
        """Is this a headline in title case ("Satgas Kirim 100 Personel ke Papua"): of its
        words longer than three letters, at least ``TITLE_CASE_SHARE`` capitalised?"""
        if self._title_cased is None:
            long = [r for r in self.raws if len(r) > 3 and r[0].isalpha()]
            upper = sum(1 for r in long if r[0].isupper())
            self._title_cased = len(long) >= 2 and upper >= TITLE_CASE_SHARE * len(long)
        return self._title_cased

    def free(self, lo: int, hi: int) -> bool:
        return (
            lo >= 0 and hi <= len(self.raws)
            and all(o is None for o in self.owner[lo:hi]) and not any(self.used[lo:hi])
        )  # fmt: skip

    def taken(self, k: int) -> bool:
        return self.owner[k] is not None or self.used[k]

    def capitalised(self, i: int) -> bool:
        return self.raws[i][0].isupper()

    def line_break_before(self, i: int) -> bool:
        """Does a new line start at token ``i`` (a name ends with its line)?"""
        return i > 0 and "\n" in self.text[self.ends[i - 1] : self.starts[i]]

    def clear(self, lo: int, hi: int) -> None:
        """Drop the spans that overlap tokens ``lo:hi``."""
        for k in range(lo, hi):
            span = self.owner[k]
            if span is not None:
                self.spans.remove(span)
                for j in range(span.lo, span.hi):
                    self.owner[j] = None

    def add(self, span: Span) -> Span:
        self.clear(span.lo, span.hi)
        for k in range(span.lo, span.hi):
            self.owner[k] = span
        self.spans.append(span)
        return span


@dataclass(slots=True, eq=False)
class Span:
    lo: int
    hi: int
    target: Target
    how: str


def match_phrase(
    s: Sentence, table: dict[tuple[str, ...], Any], lengths: dict[str, tuple[int, ...]], i: int
) -> tuple[int, Any] | None:
    for length in lengths.get(s.norms[i], ()):
        words = tuple(s.norms[i : i + length])
        if len(words) == length and words in table and s.free(i, i + length):
            return length, table[words]
    return None


def phrase_before(
    s: Sentence,
    table: dict[tuple[str, ...], Any],
    lengths: dict[str, tuple[int, ...]],
    i: int,
    reach: int,
) -> bool:
    """Does a phrase of ``table`` start one or two tokens before ``i`` and end no earlier
    than ``reach`` tokens after ``i`` (``reach`` 1: it holds token ``i``; 0: it may end
    right before it)?"""
    for back in (1, 2):
        if i < back:
            break
        found = match_phrase(s, table, lengths, i - back)
        if found is not None and found[0] >= back + reach:
            return True
    return False


def head_type(s: Sentence, lex: Lexicon, i: int) -> str | None:
    hit = match_phrase(s, lex.heads, lex.head_lengths, i)
    return hit[1] if hit else None


def possessive_of_people(s: Sentence, lex: Lexicon, k: int) -> bool:
    """Is token ``k`` the apostrophe of a people's possessive that goes on inside a name
    ("Fishermen's Association": ``possessive_name_words``)?"""
    return (
        0 < k < len(s.raws) - 1
        and s.raws[k] in ("'", "’")
        and s.norms[k - 1] in lex.possessive_name_words
        and s.norms[k + 1] == "s"
    )


def plural_possessive(s: Sentence, k: int) -> bool:
    """Is token ``k`` an apostrophe written right after a word ending in "s", before a
    word of its own ("Trekking Agencies' Association", "the Farmers' Union")? Inside a run
    of capitalised words it goes on with the name: the mark of a plural's possessive is
    the apostrophe alone, in any language that writes it."""
    return (
        0 < k < len(s.raws) - 1
        and s.raws[k] in ("'", "’")
        and s.raws[k - 1][-1:] in ("s", "S")
        and s.starts[k] == s.ends[k - 1]
        and s.starts[k + 1] > s.ends[k]
    )


def particle_opens_name(s: Sentence, lex: Lexicon, k: int) -> bool:
    """ "I Wayan Suartika Jaya": a particle (``name_particles``) before a capitalised word
    opens a name; in English a one-letter one only before another particle ("said I Made
    Suarjana", never the pronoun: ``short_particles_before_particles``)."""
    if s.norms[k] not in lex.particles or k + 1 >= len(s.raws) or not s.capitalised(k + 1):
        return False
    return not (
        lex.short_particles_before_particles
        and len(s.raws[k]) == 1
        and s.norms[k + 1] not in lex.particles
    )


def _middle_initial(s: Sentence, j: int, k: int) -> bool:
    """Is token ``k`` one capital letter and its full stop inside a name, between a name
    word and another ("Syarifuddin M. Saleh", "John F. Kennedy")?"""
    n = len(s.raws)
    return (
        k > j
        and len(s.raws[k]) == 1
        and s.raws[k].isupper()
        and k + 2 < n
        and s.raws[k + 1] == "."
        and s.starts[k + 1] == s.ends[k]
        and not s.taken(k + 2)
        and s.capitalised(k + 2)
    )


def name_run(s: Sentence, lex: Lexicon, j: int) -> int:
    """End of the run of capitalised, free, non-stop words starting at ``j``."""
    n = len(s.raws)
    k = j
    while k < n and k - j < MAX_NAME_TOKENS and not s.taken(k):
        raw, norm = s.raws[k], s.norms[k]
        if (
            k > j
            and norm in lex.title_lengths
            and norm not in lex.particles
            and norm not in lex.titles_also_names  # "Lukman Hakim Siregar"
            # A whole title, not only its first word ("Civil Defence" is no "Defence
            # Minister")
            and match_phrase(s, lex.titles, lex.title_lengths, k) is not None
        ):
            break  # "Keruak AKP I Made Suarjana": a rank starts the person's name
        if k > j and s.line_break_before(k):
            break  # "The Jeju Current" / "Published: …": a name ends with its line
        if (
            raw[0].isupper()
            and raw[0].isalpha()
            and (
                norm not in lex.stopwords
                or (k == j and (norm in lex.name_openers or particle_opens_name(s, lex, k)))
            )
            and (len(raw) > 1 or particle_opens_name(s, lex, k))
        ) or _middle_initial(s, j, k):
            k += 1
        elif (
            norm in lex.name_connectors and k > j and k + 1 < n
            and not s.taken(k + 1) and s.capitalised(k + 1)
        ):  # fmt: skip
            k += 1
        elif k > j and raw[0].isalpha() and s.text[s.ends[k - 1] : s.starts[k]] == "-":
            if norm in lex.hyphen_adjectives:
                break  # "Limassol-based Eastmoor …": an adjective ends the run
            k += 1  # "Park Min-jae", "Lee Jae-myung": the tokens drop the hyphen
        elif (
            raw == "." and k > j
            and (s.norms[k - 1] in lex.abbreviated or _middle_initial(s, j, k - 1))
            and k + 1 < n and not s.taken(k + 1) and s.capitalised(k + 1)
        ):  # fmt: skip
            k += 1  # "Ridwan Hi. Usman", "Syarifuddin M. Saleh"
        elif (
            k > j and possessive_of_people(s, lex, k) and k + 2 < n and not s.taken(k + 2)
            and s.capitalised(k + 2)
        ):  # fmt: skip
            k += 2  # "Fishermen's Association": the possessive of people inside a name
        elif (
            k > j and plural_possessive(s, k) and k + 1 < n and not s.taken(k + 1)
            and s.capitalised(k + 1)
        ):  # fmt: skip
            k += 1  # "Trekking Agencies' Association of Nepal"
        elif raw == "." and k > j and s.norms[k - 1] in lex.final_abbreviated:
            k += 1  # "Tagum Ridge Mining Corp.": the full stop ends the name
            break
        elif (
            k > j and raw.isdecimal() and k + 1 < n and s.starts[k] == s.ends[k - 1]
            and s.starts[k + 1] == s.ends[k] and s.capitalised(k + 1)
        ):  # fmt: skip
            k += 1  # "BP3MI": digits inside one written word (the alias tokens part them)
        elif k > j and _numbered(s, k):
            # "SD Negeri 1 Karangsari", "SMA Negeri 3 Bekasi": a number between the words
            # of a name numbers the school or office, and counts nothing; a head word after
            # it opens a name of its own ("TPS 04 Desa Waiha").
            k += 1
            if head_type(s, lex, k):
                break
        else:
            break
    return k


def _numbered(s: Sentence, k: int) -> bool:
    """Is token ``k`` a short number glued by single spaces between a capitalised word
    and another ("Negeri 1 Karangsari"), outside a headline in title case?"""
    raw = s.raws[k]
    return (
        raw.isdigit()
        and not s.title_cased()  # "Satgas Kirim 100 Personel": a headline's figure
        and len(raw) <= 3
        and k + 1 < len(s.raws)
        and s.capitalised(k + 1)
        and s.raws[k + 1][0].isalpha()
        and s.text[s.ends[k - 1] : s.starts[k]] == " "
        and s.text[s.ends[k] : s.starts[k + 1]] == " "
    )


# --- pass 5: mentions -----------------------------------------------------------------


def to_mentions(s: Sentence, kb: KnowledgeBase, lex: Lexicon, offset: int) -> list[Mention]:
    out = []
    for span in sorted(s.spans, key=lambda sp: sp.lo):
        target, how = span.target, span.how
        if target.type == "country" and _names_a_language(s, lex, span.lo, span.hi):
            continue
        if target.entity_id is not None and how == "alias":
            entity = kb.get(target.entity_id)
            if entity is not None and entity.capital_of:
                how = "metonym"
            elif target.type == "country" and _after_nationality_noun(s, lex, span.lo):
                how = "nationality"
        start, end = s.starts[span.lo], s.ends[span.hi - 1]
        out.append(
            Mention(
                text=s.text[start:end],
                char_start=start + offset,
                char_end=end + offset,
                entity_id=target.entity_id,
                name=target.name,
                type=target.type,
                how=how,
            )
        )
    return out


def _names_a_language(s: Sentence, lex: Lexicon, lo: int, hi: int) -> bool:
    """``berbahasa Inggris``, ``English-language``: the country's name is its language's."""
    return (lo > 0 and s.norms[lo - 1] in lex.language_before) or (
        hi < len(s.norms) and s.norms[hi] in lex.language_after
    )


def _after_nationality_noun(s: Sentence, lex: Lexicon, lo: int) -> bool:
    return any(
        lo - size >= 0 and tuple(s.norms[lo - size : lo]) in lex.nationality for size in (1, 2, 3)
    )
