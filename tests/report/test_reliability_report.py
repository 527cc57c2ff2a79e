"""Issue 16, the reports: links only to http(s) URLs, and the outlet, title and text of
hostile articles escaped in HTML and Markdown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpora import FLOOD
from silang.corpus import Corpus
from silang.report import render_report

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]

HOSTILE = [
    ("js", "javascript:alert(document.cookie)"),
    ("vb", "vbscript:msgbox(1)"),
    ("data", "data:text/html,<script>alert(1)</script>"),
    ("paren", "https://contoh.example/a)<script>alert(1)</script>"),
]


def hostile_store(tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (name, url) in enumerate(HOSTILE):
        body = FLOOD.replace("12", str(12 + i)).replace(
            "Garut", ["Garut", "Bogor", "Palu", "Agam"][i]
        )
        front = (
            f"---\nurl: {json.dumps(url)}\noutlet: \"<script>alert('{name}')</script> *Kabar*\"\n"
        )
        front += f'title: "[klik](javascript:alert(1)) <img src=x onerror=alert(1)>"\npublished: 2025-03-0{i + 1}\n---\n'
        (folder / f"{name}.txt").write_text(front + body + " <script>alert(2)</script>", "utf-8")
    with Corpus(db) as corpus:
        corpus.ingest([folder])
        corpus.update_stories()
    return db


def test_reports_link_only_to_http_urls_and_escape_markdown(tmp_path: Path) -> None:
    db = hostile_store(tmp_path)
    with Corpus(db) as corpus:
        html = render_report(corpus, None, "html")
        markdown = render_report(corpus, None, "md")
    for scheme in ("javascript:", "vbscript:", "data:text"):
        assert f'href="{scheme}' not in html
        # A link is "](" unescaped: article text keeps its brackets, escaped ("\\]").
        assert not re.search(rf"(?<!\\)\]\({scheme}", markdown)
    assert "<script>" not in html and "<script>" not in markdown
    assert "](https://contoh.example/a%29%3Cscript%3Ealert%281%29%3C/script%3E)" in markdown
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "default-src 'none'" in html
