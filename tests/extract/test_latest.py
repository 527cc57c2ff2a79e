"""LatestMatches: the last item of a growing list that passes a test (silang.extract.latest)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from silang.extract.latest import LatestMatches

TESTS = {"even": lambda n: n % 2 == 0, "big": lambda n: n > 50, "seven": lambda n: n % 7 == 0}


@given(
    st.lists(
        st.one_of(st.integers(0, 100), st.sampled_from(sorted(TESTS))),
        max_size=60,
    )
)
def test_last_is_what_a_scan_from_the_end_finds(steps: list[int | str]) -> None:
    """Items and questions in any order: each answer is the scan's."""
    items: LatestMatches[int] = LatestMatches()
    for step in steps:
        if isinstance(step, int):
            items.append(step)
            continue
        test = TESTS[step]
        expected = next((n for n in reversed(items) if test(n)), None)
        assert items.last(step, test) == expected


def test_each_item_is_tested_once_per_kind_of_question() -> None:
    """An article naming a body before every "the agency said" costs a test per body, not
    one per body named before each question (quadratic)."""
    calls = []

    def agency(name: str) -> bool:
        calls.append(name)
        return "badan" in name

    bodies: LatestMatches[str] = LatestMatches()
    for n in range(1000):
        bodies.extend([f"badan {n}", f"polres {n}"])
        assert bodies.last("agency", agency) == f"badan {n}"
    assert len(calls) == 2000
    assert bodies.last("police", lambda name: "polres" in name) == "polres 999"


class _CountedName(str):
    """A name that counts how often attribution reads it (lower-cases it to compare)."""

    reads = 0

    def lower(self) -> str:
        _CountedName.reads += 1
        return str.lower(self)


def test_the_agency_said_reads_each_body_once_however_long_the_article() -> None:
    """One agency, then a police office per paragraph and "the agency said" after each:
    every answer is the agency, and each body is read once, not once per question before
    it (a scan back over all of them made attribution quadratic: 0.56 ms per KB at 2 MB)."""
    from silang.extract.attribution import attribute_sentences
    from silang.extract.sentences import split_sentences
    from silang.lang import load_pack
    from silang.model import EntityRef, Mention

    pack = load_pack("en")
    offices = 300
    text = "Harbor Agency opened a post.\n\n" + "\n\n".join(
        f"Polres Unit {n} sent boats. Ten boats arrived, the agency said." for n in range(offices)
    )
    sentences = split_sentences(text, pack)

    def organisation(written: str, sentence_start: int, sentence_text: str) -> Mention:
        start = sentence_start + sentence_text.index(written)
        name = _CountedName(written)
        return Mention(name, start, start + len(written), None, name, "organisation", "unknown")

    mentions = [
        [organisation(s.text.split(" sent")[0].split(" opened")[0], s.start, s.text)]
        if " sent " in s.text or " opened " in s.text
        else []
        for s in sentences
    ]
    _CountedName.reads = 0
    found = attribute_sentences(sentences, mentions, pack)
    agency = EntityRef(None, "Harbor Agency", "organisation")
    said = [a.source for s, a in zip(sentences, found, strict=True) if "agency said" in s.text]
    assert said == [agency] * offices
    assert _CountedName.reads <= 4 * (offices + 1)
