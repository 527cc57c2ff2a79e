"""Pass 2: the knowledge base's aliases, longest first (``Badan Intelijen Korea Selatan``
is one organisation), plus the acronyms and name words the article taught earlier
(``NIS``, ``Yoon``)."""

from __future__ import annotations

from collections.abc import Callable, Container
from itertools import compress
from operator import itemgetter, or_

from silang.extract.mentions.context import MentionContext, Target
from silang.extract.mentions.lexicon import Lexicon
from silang.extract.mentions.sentence import Sentence, Span, match_phrase, phrase_before
from silang.kb import KnowledgeBase
from silang.kb.index import AliasHit

_FIRST_CHAR = itemgetter(0)
# How many capitalised words after a company prefix may still be the company's name.
MAX_COMPANY_WORDS = 5


def find_aliases(
    s: Sentence, kb: KnowledgeBase, lex: Lexicon, context: MentionContext, lang: str
) -> None:
    lengths_of = kb.index.lengths
    pairs = kb.index.pairs
    norms, raws, owner = s.norms, s.raws, s.owner
    n = len(norms)
    # Only pass 1 has made spans yet, and only those can block a longer alias ahead.
    check_free = bool(s.spans)

    def longest(i: int) -> tuple[int, AliasHit] | None:
        lengths = lengths_of.get(norms[i], ())
        if lengths and lengths[0] > 1 and (i + 1 >= n or f"{norms[i]} {norms[i + 1]}" not in pairs):
            lengths = (1,) if lengths[-1] == 1 else ()
        for length in lengths:
            end = i + length
            if end > n or (check_free and length > 1 and not s.free(i, end)):
                continue
            hit = best_hit(
                kb, norms[i] if length == 1 else " ".join(norms[i:end]), raws[i:end], lang
            )
            if hit and not (length == 1 and _weak_single(s, lex, i, hit, context.common)):
                return length, hit
        return None

    i = 0
    # Words where an alias starts or something learned can be (a capital): the loop visits
    # those only, picked in C; the rest, most words of a sentence, cost no Python step.
    for k in compress(
        range(n),
        map(or_, map(lengths_of.__contains__, norms), map(str.isupper, map(_FIRST_CHAR, raws))),
    ):
        if k < i:
            continue
        i = k
        if owner[i] is not None:
            continue
        # A capital no alias starts with (most of them) needs no look-up of lengths.
        found = longest(i) if norms[i] in lengths_of else None
        if found is not None and i > 0 and found[1].entity.type == "place" and _in_title(s, lex, i):
            # "Wali Kota Pekanbaru": "Kota Pekanbaru" would take the title's last word;
            # the title is read later, and its place after it.
            found = None
        if (
            found is not None
            and found[1].entity.type == "place"
            and (
                _after_rank_corps(s, lex, i)
                or (found[0] == 1 and _after_a_rank(s, lex, i))
                or _in_a_company_name(s, lex, i)
                or (found[0] == 1 and _inside_a_name(s, lex, i, lengths_of, context.common))
                or (found[0] == 1 and _ends_a_titled_name(s, lex, i, lengths_of, context.common))
            )
        ):
            # "Kolonel Inf Bambang Wirayudha": a corps stands only between a rank and a
            # name, so "Bambang" is the person's, not the town's; so after a rank ("AKP
            # Rizal Fahmi Noor": "Rizal" is no province there); "PT Sulawesi Tolo Nikel":
            # the words after a company prefix are the company's; "Teuku Rizal Akbar":
            # a one-word place between two words of an unknown name is one of its words,
            # as is one after a titled person's first word ("dr. Meiliana Sari").
            found = None
        if (
            found is not None
            and found[0] == 1
            and found[1].entity.type == "person"
            and _after_an_unknown_name(s, lex, i, lengths_of, context.common)
        ):
            # "Kepala Pelaksana BPBD Blora, Heru Cahyono Prabowo": a known person's one
            # name after two words of an unknown name is that name's last word.
            found = None
        if (
            found is not None
            and found[0] > 1
            and _outrun(longest, i, found[0], n, ties=norms[i] in lex.stopwords)
        ):
            # "The West Papua National Liberation Army": "The West" gives way to the
            # longer name that starts inside it; "the West Kalimantan disaster agency" to
            # the name as long that starts after its article.
            found = None
        if (found is None or found[0] == 1) and raws[i][0].isupper():
            learned = context.acronyms.get(raws[i]) or _learned_name(
                raws[i], norms[i], lex, context
            )
            acronym = raws[i] in context.acronyms
            if (
                learned is not None
                and not acronym
                and _opens_another_name(s, lex, i, learned, lengths_of, context.common)
            ):
                # "Kapolsek Awangpone Iptu Andi Muh. Arham" after "dr. Andi Tenri Sompa":
                # a name word learned from one person that opens a longer name of other
                # words is another person's.
                learned = None
            if learned is not None and (acronym or not _in_a_company_name(s, lex, i)):
                # "PT Tolo Nikel Prima" after "(Tolo Wire)": a word learned from another
                # name is the company's in a company's name; "PT TNP" is the company
                # the acronym names, its prefix with it.
                start = i
                if (
                    acronym
                    and i > 0
                    and norms[i - 1] in lex.company_prefixes
                    and owner[i - 1] is None
                ):
                    start = i - 1
                s.add(Span(start, i + 1, learned, "acronym" if acronym else "alias"))
                i += 1
                continue
        if found is not None and _longer_body(s, lex, i + found[0], found[1]):
            # "The National Police Service (Kenya)": a body's name that begins with another
            # body's alias ("national police") and goes on to a body's head is a body of its
            # own, read whole as an unknown name.
            found = None
        if found is None:
            i += 1
            continue
        length, hit = found
        s.add(Span(i, i + length, target_of(hit), "alias"))
        i += length


def _learned_name(raw: str, norm: str, lex: Lexicon, context: MentionContext) -> Target | None:
    """The person an earlier full name taught this word means ("Ha" after "Ha Seung-bin").
    A two-letter word is a name only where it is no word of the language ("An official
    said" after "Lee An") and no abbreviation ("PO" of a bus company)."""
    learned = context.names.get(norm)
    if len(norm) == 2 and (raw.isupper() or norm in lex.stopwords or norm in context.common):
        return None
    return learned


def _opens_another_name(
    s: Sentence,
    lex: Lexicon,
    i: int,
    learned: Target,
    known: Container[str],
    common: frozenset[str],
) -> bool:
    """Is the learned person's name word at ``i`` followed by a plain capitalised word
    that is no word of that person's name?"""
    if learned.type != "person" or i + 1 >= len(s.raws):
        return False
    return _plain_unknown_word(s, lex, i + 1, known, common) and s.raws[i + 1] not in (
        learned.name.split()
    )


def _longer_body(s: Sentence, lex: Lexicon, k: int, hit: AliasHit) -> bool:
    """Does an organisation's alias ending before token ``k`` run on, in a language that
    puts a body's qualifiers before its head, into a capitalised head of a body?"""
    if not lex.heads_take_words_before or hit.entity.type != "organisation" or k >= len(s.raws):
        return False
    if not s.capitalised(k) or s.owner[k] is not None:
        return False
    found = (
        match_phrase(s, lex.heads, lex.head_lengths, k) if s.norms[k] in lex.head_lengths else None
    )
    return found is not None and found[1] == "organisation"


def _in_a_company_name(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Does a company prefix ("PT") open the run of capitalised words token ``i`` is in
    ("PT Sulawesi Tolo Nikel")?"""
    k = i - 1
    while k >= 0 and k >= i - MAX_COMPANY_WORDS and s.raws[k][:1].isupper():
        if s.norms[k] in lex.company_prefixes:
            return True
        k -= 1
    return False


def _inside_a_name(
    s: Sentence, lex: Lexicon, i: int, known: Container[str], common: frozenset[str]
) -> bool:
    """Do plain capitalised words that no alias, title or name head starts stand on both
    sides of token ``i`` ("Teuku Rizal Akbar": Rizal is also a Philippine province)?"""
    if i < 1 or i + 1 >= len(s.raws):
        return False
    return all(_plain_unknown_word(s, lex, k, known, common) for k in (i - 1, i + 1))


def _after_an_unknown_name(
    s: Sentence, lex: Lexicon, i: int, known: Container[str], common: frozenset[str]
) -> bool:
    """Do two plain capitalised words that no alias, title or name head starts stand right
    before token ``i`` ("Heru Cahyono Prabowo")?"""
    return i >= 2 and all(_plain_unknown_word(s, lex, k, known, common) for k in (i - 2, i - 1))


# The most words of a person's name before its last ("Briptu Dewi Kartika Sari").
MAX_GIVEN_NAMES = 3


def _ends_a_titled_name(
    s: Sentence, lex: Lexicon, i: int, known: Container[str], common: frozenset[str]
) -> bool:
    """Does token ``i`` follow plain capitalised words that no alias, title or name head
    starts, right after a rank or a form of address ("dr. Meiliana Sari", "Briptu Dewi
    Kartika Sari": "Sari" is also a town in Iran)? Such a word is the name's last. (Not
    after any title: "Kepala Disperindag Pekanbaru" heads an office; nor in a name a head
    opens: "RSUD dr. Slamet Garut" is a hospital named for a doctor, in Garut.)"""
    k = i
    while k > 1 and i - k < MAX_GIVEN_NAMES and _plain_unknown_word(s, lex, k - 1, known, common):
        k -= 1
    if k == i or not _after_a_rank(s, lex, k):
        return False
    rank = k - 2 if s.raws[k - 1] == "." else k - 1
    return rank < 1 or s.norms[rank - 1] not in lex.head_lengths


def _plain_unknown_word(
    s: Sentence, lex: Lexicon, k: int, known: Container[str], common: frozenset[str]
) -> bool:
    """Is token ``k`` a plain capitalised word that no alias, title or name head starts?"""
    raw, norm = s.raws[k], s.norms[k]
    if not (raw[:1].isupper() and raw[1:].islower() and raw.isalpha()):
        return False
    if s.owner[k] is not None or norm in known or norm in lex.stopwords or norm in common:
        return False
    return norm not in lex.title_lengths and norm not in lex.head_lengths


def _after_rank_corps(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Does a corps written after a rank stand right before token ``i`` ("Kolonel Inf")?"""
    return (
        i > 1
        and s.norms[i - 1] in lex.rank_corps
        and s.raws[i - 1][:1].isupper()
        and phrase_before(s, lex.titles, lex.title_lengths, i - 1, reach=0)
    )


def _after_a_rank(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Does a rank or a form of address (``ranks``: "AKP", "Pak") stand right before token
    ``i``, where only a person's name can follow? (A title written small is one too when
    abbreviated: "dr. Meiliana".)"""
    if i > 1 and s.raws[i - 1] == "." and f"{s.norms[i - 2]} ." in lex.ranks:
        return True  # "dr.", "Sdr.": the abbreviation and its full stop are two tokens
    return i > 0 and s.norms[i - 1] in lex.ranks and s.raws[i - 1][:1].isupper()


def _in_title(s: Sentence, lex: Lexicon, i: int) -> bool:
    """Is token ``i`` a later word of a person's title that starts before it?"""
    return phrase_before(s, lex.titles, lex.title_lengths, i, reach=1)


def _outrun(
    longest: Callable[[int], tuple[int, AliasHit] | None],
    i: int,
    length: int,
    n: int,
    ties: bool = False,
) -> bool:
    """Does a longer alias (or, with ``ties``, one as long) start inside the one at ``i``
    and run past its end?"""
    for k in range(i + 1, min(i + length, n)):
        ahead = longest(k)
        if (
            ahead is not None
            and (ahead[0] > length or (ties and ahead[0] == length))
            and k + ahead[0] > i + length
        ):
            return True
    return False


def best_hit(kb: KnowledgeBase, key: str, raw: list[str], lang: str) -> AliasHit | None:
    """The best entity for an alias key written as ``raw``; the pack's language first."""
    hits = kb.index.hits.get(key)
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0] if hits[0].accepts(raw) else None
    accepted = [h for h in hits if h.accepts(raw)]
    if not accepted:
        return None
    return next((h for h in accepted if h.in_lang(lang)), accepted[0])


def _weak_single(
    s: Sentence, lex: Lexicon, i: int, hit: AliasHit, common: frozenset[str] = frozenset()
) -> bool:
    """A one-word alias that is here an ordinary word: a title or name head ("Kota"), a
    common word opening the sentence ("Antara lain..."), a number word before what it
    counts ("Lima warga"), a time zone after a clock time
    ("6:05 p.m. KST"), or a place's name that the article also writes as a common word,
    inside a run of capitalised words ("Warga Negara Indonesia": not Negara, Bali)."""
    norm = s.norms[i]
    if norm in lex.blocked_single and hit.mode != 2:
        return True
    if i > 0 and s.raws[i] in lex.time_zones and _after_clock(s.raws, i):
        return True
    if norm in lex.number_words and i + 1 < len(s.raws) and s.raws[i + 1][:1].islower():
        return True  # "Lima warga lainnya": five residents, not Peru's capital
    if s.raws[i] in lex.people_acronyms and i > 0 and _counts(s, lex, i - 1):
        return True  # "sembilan PMI yang terluka": migrant workers, not the Red Cross
    if (
        hit.entity.type == "place"
        and norm in common
        and i > 0
        and i != s.first_word + 1
        and s.capitalised(i - 1)
    ):
        return True
    return i == s.first_word and norm in lex.stopwords


def _counts(s: Sentence, lex: Lexicon, k: int) -> bool:
    """Does the word at ``k`` count what follows it: a figure, a number word, or a
    counting word of the pack (``people_acronyms``: "para", "jenazah")?"""
    norm = s.norms[k]
    return (
        s.raws[k][:1].isdigit() or norm in lex.number_words or norm in lex.people_acronym_counters
    )


def _after_clock(raws: list[str], i: int) -> bool:
    """Does a clock time ("14.30", "6:05", "6 p.m.", tokenized "p . m .") end before
    token ``i``?"""
    before = "".join(raws[max(0, i - 4) : i]).lower()
    return before[-1:].isdigit() or before.endswith(("a.m.", "p.m.", "am", "pm"))


def target_of(hit: AliasHit) -> Target:
    return Target(hit.entity.id, hit.entity.name, hit.entity.type)
