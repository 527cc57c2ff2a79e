"""Tokens and phrase tables: silang.extract.tokens."""

from __future__ import annotations

import random

from silang.extract.tokens import PhraseTable, Token, tokenize

TABLE = PhraseTable(
    {"meninggal dunia": "killed", "meninggal": "died", "luka berat": "hurt", "dunia": "world"}
)


def test_tokens_keep_offsets_inner_hyphens_and_digit_groups() -> None:
    tokens = tokenize("Korut kirim 12.000 luka-luka.", offset=10)
    assert tokens[2] == Token("12.000", "12.000", 22, 28)
    assert [t.lower for t in tokens] == ["korut", "kirim", "12.000", "luka-luka", "."]
    assert all(type(t) is Token for t in tokens)


def _every_position(table: PhraseTable, words: list[str]) -> list[tuple[int, int, object]]:
    found, i = [], 0
    while i < len(words):
        hit = table.match_at(words, i)
        if hit:
            found.append((i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return found


def test_find_all_and_starts_agree_with_trying_every_position() -> None:
    rng = random.Random(7)
    vocabulary = ["meninggal", "dunia", "luka", "berat", "warga", "dan", "."]
    for _ in range(2000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        assert TABLE.find_all(words) == _every_position(TABLE, words), words
        hits = [i for i in range(len(words)) if TABLE.match_at(words, i)]
        assert set(hits) <= set(TABLE.starts(words)), words


def test_match_at_is_the_longest_phrase_of_those_that_match() -> None:
    """The table looks a phrase up by its first two words; what it finds must be what a
    scan of every phrase finds: the longest that matches, the first written of equals,
    also where phrases share first words, repeat one or end the sentence."""
    rng = random.Random(5)
    vocabulary = ["di", "lokasi", "kejadian", "rumah", "sakit", "yang", "."]
    for _ in range(300):
        entries = [
            (" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 4))), k)
            for k in range(rng.randint(1, 12))
        ]
        table = PhraseTable(entries)
        phrases = [(p.split(), value) for p, value in entries]
        for _ in range(20):
            words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 8))]
            for i in range(-1, len(words) + 1):
                matching = [
                    (len(p), value)
                    for p, value in phrases
                    if 0 <= i < len(words) and words[i : i + len(p)] == p
                ]
                longest = max((n for n, _ in matching), default=0)
                # (two phrases of one length that match are one phrase written twice)
                expected = next(((n, v) for n, v in matching if n == longest), None)
                assert table.match_at(words, i) == expected, (entries, words, i)
            assert table.find_all(words) == _every_position(table, words), (entries, words)
        for phrase, _ in entries:
            assert phrase in table
        assert "rumah sakit lokasi kejadian yang" not in table


def test_starts_in_keeps_every_position_where_a_phrase_matches() -> None:
    """Rules ask match_at only at starts_in's positions instead of every position of a
    stretch: the matches must be the same, ranges out of the sentence included."""
    rng = random.Random(11)
    vocabulary = ["meninggal", "dunia", "luka", "berat", "warga", "dan", "."]
    for _ in range(2000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        lo, hi = rng.randint(-3, 14), rng.randint(-3, 14)
        every = [j for j in range(max(lo, 0), hi) if TABLE.match_at(words, j)]
        asked = [j for j in TABLE.starts_in(words, lo, hi) if TABLE.match_at(words, j)]
        assert asked == every, (words, lo, hi)
        assert all(words[j] in TABLE.first_words for j in TABLE.starts_in(words, lo, hi))


def test_starts_are_the_positions_of_first_words() -> None:
    assert TABLE.starts(["warga", "meninggal", "dunia", "luka", "ringan"]) == [1, 2, 3]
    assert TABLE.starts(["warga", "selamat"]) == []
    assert TABLE.find_all(["meninggal", "dunia", "luka", "berat"]) == [
        (0, 2, "killed"),
        (2, 4, "hurt"),
    ]


def test_occurs_in_is_any_match() -> None:
    assert TABLE.occurs_in(["warga", "luka", "berat"])
    assert not TABLE.occurs_in(["warga", "luka", "ringan"])  # "luka" starts a phrase only
    assert not TABLE.occurs_in([])


def test_token_offsets_are_those_of_the_regex_matches() -> None:
    """tokenize finds offsets with str.find after the previous token; they must be the
    matches' own, whatever the text (tabs, odd spaces, repeated words, punctuation)."""
    import random

    from silang.extract.tokens import _TOKEN, tokenize

    pieces = [
        "Korut",
        "korut",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\n",
        "12.000",
        ".",
        ",",
        "-",
        "’",
        "'",
        "a",
        "é",
        "_",
        "(",
        "“",
    ]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        expected = [(m.group(), m.start() + 7, m.end() + 7) for m in _TOKEN.finditer(text)]
        assert [(t.text, t.start, t.end) for t in tokenize(text, 7)] == expected, text
        assert [t.lower for t in tokenize(text)] == [
            m.group().lower() for m in _TOKEN.finditer(text)
        ]


def test_alias_tokens_are_the_knowledge_base_tokens_of_the_text() -> None:
    """The mention finder reads a sentence in the knowledge base's tokens; built from the
    word tokens, they must be what ``kb.text.TOKEN_RE`` reads in the text itself, with
    their offsets, whatever the text (hyphens, possessives, digits glued to letters,
    numbers with digit groups, underscores, marks that are not letters)."""
    from silang.extract.tokens import alias_tokens
    from silang.kb.text import TOKEN_RE

    pieces = [
        "Korut", "kompas", " ", "  ", "\t", "\n", "12", "000", ".", ",", "-", "’", "'",
        "s", "S", "a", "é", "İ", "²", "½", "_", "(", "“", "x", "5",
    ]  # fmt: skip
    rng = random.Random(11)
    texts = ["Son-hui tiba di Kompas.com, Korea's NASA'S D’Arc 1.5a a1 Rp1,2 170mm."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(5000)]
    for text in texts:
        raws, starts, lowers = alias_tokens(text, tokenize(text, 3), 3)
        expected = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text)]
        assert list(zip(raws, starts, strict=True)) == expected, text
        assert lowers == [raw.lower() for raw in raws], text
