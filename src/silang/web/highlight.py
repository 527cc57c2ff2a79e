"""An article's clean text as HTML with its claims' sentences, entities, figures and dates
highlighted in place.

Article text is untrusted: every piece of it goes through ``markupsafe.escape`` on its own
and only our fixed tags are put between the pieces, so no text from an article can ever
become markup. Spans may overlap (a figure inside a quoted sentence, an entity inside a
figure), so the text is cut at every span boundary and each piece carries the classes of
all the spans covering it: the output nests correctly whatever the spans are.

    >>> str(highlight_html("A <b> B", [{"kind": "mention", "start": 0, "end": 1,
    ...     "label": "Aceh", "entity_id": "place/aceh"}], []))
    '<a class="hl hl-mention" href="/entities/place/aceh" title="Aceh">A</a> &lt;b&gt; B'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

KINDS = ("mention", "quantity", "time")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str
    title: str
    entity_id: str | None = None


@dataclass(slots=True)
class EvidenceBlock:
    """One or more claims' sentences that overlap, shown as one highlighted run."""

    start: int
    end: int
    claim_ids: list[str]


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def span_title(annotation: dict[str, Any]) -> str:
    """The tooltip of a highlighted span: what silang read there.

    >>> span_title({"kind": "quantity", "data": {"min": 12000, "max": 15000, "unit": "person"}})
    '12.000–15.000 person'
    >>> span_title({"kind": "time", "data": {"start": "2024-09", "end": None}})
    '2024-09'
    """
    kind = annotation.get("kind")
    data = annotation.get("data") or {}
    if kind == "mention":
        name = annotation.get("label") or ""
        return f"{name} ({data['type']})" if data.get("type") else name
    if kind == "quantity":
        lo, hi = data.get("min"), data.get("max")
        if lo is not None and hi is not None:
            value = _number(lo) if lo == hi else f"{_number(lo)}–{_number(hi)}"
        elif lo is not None:
            value = f"≥ {_number(lo)}"
        elif hi is not None:
            value = f"≤ {_number(hi)}"
        else:
            value = "?"
        approx = "≈ " if data.get("approx") else ""
        unit = f" {data['unit']}" if data.get("unit") else ""
        return f"{approx}{value}{unit}"
    if kind == "time":
        start, end = data.get("start"), data.get("end")
        if start and end:
            return f"{start} – {end}"
        return start or "?"
    return annotation.get("label") or ""


def spans_from_annotations(annotations: Iterable[dict[str, Any]], length: int) -> list[Span]:
    """Valid spans only: kinds we show, offsets inside the text, not empty."""
    spans = []
    for a in annotations:
        start, end = a.get("start"), a.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(0, start), min(length, end)
        if a.get("kind") in KINDS and start < end:
            spans.append(Span(start, end, a["kind"], span_title(a), a.get("entity_id")))
    return spans


def evidence_blocks(evidence: Iterable[tuple[int, int, str]], length: int) -> list[EvidenceBlock]:
    """Claims' (start, end, claim_id) merged into disjoint runs, in text order."""
    blocks: list[EvidenceBlock] = []
    for start, end, claim_id in sorted(evidence):
        start, end = max(0, start), min(length, end)
        if start >= end:
            continue
        if blocks and start < blocks[-1].end:
            blocks[-1].end = max(blocks[-1].end, end)
            blocks[-1].claim_ids.append(claim_id)
        else:
            blocks.append(EvidenceBlock(start, end, [claim_id]))
    return blocks


def _segment(text: str, start: int, end: int, spans: Sequence[Span]) -> list[str]:
    """``text[start:end]`` with its spans (clipped to the range) as flat, escaped pieces."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted(
        {start, end, *(max(s.start, start) for s in inside), *(min(s.end, end) for s in inside)}
    )
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[lo:hi])
        covering = [s for s in inside if s.start <= lo and s.end >= hi]
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({s.kind for s in covering}, key=KINDS.index)
        classes = "hl " + " ".join(f"hl-{k}" for k in kinds)
        title = " · ".join(dict.fromkeys(s.title for s in covering if s.title))
        entity = next((s.entity_id for s in covering if s.entity_id), None)
        if entity:
            href = "/entities/" + quote(entity, safe="/")
            out.append(
                f'<a class="{classes}" href="{escape(href)}" title="{escape(title)}">{piece}</a>'
            )
        else:
            out.append(f'<span class="{classes}" title="{escape(title)}">{piece}</span>')
    return out


def highlight_html(
    text: str,
    annotations: Iterable[dict[str, Any]],
    evidence: Iterable[tuple[int, int, str]],
) -> Markup:
    """The whole text as safe HTML (keep newlines: show it with ``white-space: pre-wrap``).

    ``annotations`` are ``queries.article_annotations()`` rows; ``evidence`` is (start, end, claim_id)
    per claim. Each claim gets an anchor ``id="c-<claim_id>"`` where its sentence starts.
    """
    spans = spans_from_annotations(annotations, len(text))
    out: list[str] = []
    pos = 0
    for block in evidence_blocks(evidence, len(text)):
        out.extend(_segment(text, pos, block.start, spans))
        anchors = "".join(f'<a class="anchor" id="c-{escape(c)}"></a>' for c in block.claim_ids)
        out.append(f'<span class="evidence" data-claims="{len(block.claim_ids)}">{anchors}')
        out.extend(_segment(text, block.start, block.end, spans))
        out.append("</span>")
        pos = block.end
    out.extend(_segment(text, pos, len(text), spans))
    return Markup("".join(out))
