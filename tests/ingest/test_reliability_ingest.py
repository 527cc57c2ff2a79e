"""Issue 16, input files that gave tracebacks, passed in silence or came out garbled: cut
WARC files, files that yield nothing, legacy and wide encodings, odd records in dumps."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpora import FLOOD

if TYPE_CHECKING:
    from conftest import ReadAll

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]


def test_an_empty_or_cut_short_warc_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    empty = tmp_path / "kosong.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    assert [r.reason for r in read_all(empty)[1]] == [
        "no WARC records: the file is empty or cut short"
    ]
    html = f"<html><body><article><p>{FLOOD}</p><p>{FLOOD}</p></article></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://contoh.example/a\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode() + http + b"\r\n\r\n"
    )  # fmt: skip
    cut = tmp_path / "terpotong.warc"
    cut.write_bytes(record[: len(record) - len(html) // 2])
    articles, rejections, _ = read_all(cut)
    assert not articles
    assert [r.reason for r in rejections] == [
        "http://contoh.example/a: truncated: the file ends inside this record"
    ]
    whole = tmp_path / "utuh.warc"
    whole.write_bytes(record)
    assert len(read_all(whole)[0]) == 1
    # A record written by warcio, its gzip member cut inside the headers: said so, with no
    # Python error's text.
    written = io.BytesIO()
    WARCWriter(written, gzip=True).write_record(
        WARCWriter(io.BytesIO()).create_warc_record(
            "http://contoh.example/b", "response", payload=io.BytesIO(html),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.0"),
        )
    )  # fmt: skip
    cut_gzip = tmp_path / "terpotong.warc.gz"
    cut_gzip.write_bytes(written.getvalue()[:100])
    assert [r.reason for r in read_all(cut_gzip)[1]] == [
        "not a readable WARC file: a record is cut short or malformed"
    ]


def _three_page_warc(gzipped: bool) -> tuple[bytes, list[int]]:
    """A WARC of three HTML responses written by warcio, and where each record ends."""
    html = f"<html><body><article><p>{FLOOD}</p><p>{FLOOD}</p></article></body></html>"
    written = io.BytesIO()
    writer = WARCWriter(written, gzip=gzipped)
    ends = []
    for i in range(3):
        writer.write_record(
            writer.create_warc_record(
                f"http://contoh.example/{i}", "response",
                payload=io.BytesIO(html.replace("12", str(12 + i)).encode()),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.0"),
            )
        )  # fmt: skip
        ends.append(written.tell())
    return written.getvalue(), ends


@pytest.mark.parametrize("how", ["gzip", "plain", "one gzip stream"])
def test_a_warc_cut_anywhere_says_so(tmp_path: Path, how: str, read_all: ReadAll) -> None:
    """Cut inside a later record's gzip member or first lines, warcio just stops: the
    records before were read and the rest was dropped in silence, with exit status 0. A
    WARC compressed as one gzip stream (not record by record) was read to its first
    record, then rejected with warcio's advice, twelve lines of it."""
    data, ends = _three_page_warc(how == "gzip")
    if how == "one gzip stream":
        data, ends = gzip.compress(data), []
    path = tmp_path / ("potong.warc" if how == "plain" else "potong.warc.gz")
    path.write_bytes(data)
    assert read_all(path)[1:] == ([], [])
    assert len(read_all(path)[0]) == 3
    silent = []
    # Every few bytes of the file, so that each record's headers and body are cut.
    for cut in range(10, len(data), 7 if how == "plain" else 3):
        if any(data[cut:end].strip(b"\r\n") == b"" for end in ends if end >= cut):
            # At a record's end: whole records, which nothing tells apart from a shorter
            # crawl. Inside a plain record's closing blank line the pages are whole, and
            # the cut is a warning (the test below).
            continue
        path.write_bytes(data[:cut])
        articles, rejections, _ = read_all(path)
        said = any("truncated" in r.reason or "cut short" in r.reason for r in rejections)
        if not said and (articles or not rejections):
            silent.append((cut, len(articles), [r.reason for r in rejections]))
        assert all("\n" not in r.reason for r in rejections), rejections
    assert not silent, f"cut short and not said: {silent} ({len(silent)} cuts)"


def test_a_plain_warc_cut_inside_a_closing_blank_line_is_read_with_a_warning(
    tmp_path: Path, read_all: ReadAll
) -> None:
    """warcio reads a record whose closing CRLFs are cut as whole and says nothing: the
    pages are read, and the cut, after which records may be missing, is a warning."""
    data, ends = _three_page_warc(False)
    path = tmp_path / "potong.warc"
    for record, end in enumerate(ends, start=1):
        path.write_bytes(data[:end])
        assert len(read_all(path)[0]) == record and read_all(path)[1:] == ([], [])
        for missing in (1, 2, 3, 4):
            path.write_bytes(data[: end - missing])
            articles, rejections, warnings = read_all(path)
            assert len(articles) == record and not rejections
            assert [str(w).split(": ", 1)[1] for w in warnings] == [
                "truncated: the file ends inside the blank line that closes its last record"
            ]
    bare = data.replace(b"\r\n\r\nWARC/1.0", b"\n\nWARC/1.0")
    path.write_bytes(bare[: bare.rindex(b"\r\n\r\n")] + b"\n\n")
    assert len(read_all(path)[0]) == 3 and read_all(path)[1:] == ([], [])


def test_a_warc_that_ends_in_a_cut_image_is_read_with_a_warning(
    tmp_path: Path, read_all: ReadAll
) -> None:
    """A DNS record holds no HTTP, and a cut image was no page: the pages are read, and
    the cut is a warning, not a rejection."""
    pages, _ = _three_page_warc(True)
    written = io.BytesIO()
    writer = WARCWriter(written, gzip=True)
    writer.write_record(
        writer.create_warc_record(
            "dns:contoh.example", "response", payload=io.BytesIO(b"contoh.example. 60 IN A 10.0.0.1"),
            warc_content_type="text/dns",
        )
    )  # fmt: skip
    writer.write_record(
        writer.create_warc_record(
            "http://contoh.example/foto.png", "response", payload=io.BytesIO(b"\x89PNG" * 500),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.0"),
        )
    )  # fmt: skip
    path = tmp_path / "foto.warc.gz"
    whole = pages + written.getvalue()
    path.write_bytes(whole)
    assert len(read_all(path)[0]) == 3 and read_all(path)[1:] == ([], [])
    path.write_bytes(gzip.compress(gzip.decompress(whole)[:-600]))
    articles, rejections, warnings = read_all(path)
    assert len(articles) == 3 and not rejections
    assert [str(w).split(": ", 1)[1] for w in warnings] == [
        "truncated: the file ends inside its last record"
    ]


def test_a_file_that_yields_nothing_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "kosong.json"
    path.write_text("[]", encoding="utf-8")
    assert [r.reason for r in read_all(path)[1]] == ["no article found in this file"]


def test_a_page_declaring_windows_1250_is_read_in_it(tmp_path: Path, read_all: ReadAll) -> None:
    words = "Premiér Babiš řekl, že Česká republika pošle 200 vojáků na Slovensko. " * 8
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        f"<title>Zpráva</title></head><body><article><p>{words}</p><p>{words}</p></article>"
        "</body></html>"
    )
    path = tmp_path / "stranka.html"
    path.write_bytes(page.encode("cp1250"))
    articles, _, warnings = read_all(path)
    assert "Babiš řekl" in articles[0].text
    assert any("cp1250" in str(w) and "declares" in str(w) for w in warnings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_feeds_without_a_byte_order_mark(
    tmp_path: Path, encoding: str, read_all: ReadAll
) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Garut</title>'
        f"<item><title>Banjir</title><link>https://kabar.example/banjir</link>"
        f"<description>{FLOOD}</description></item></channel></rss>"
    )
    path = tmp_path / "umpan.xml"
    path.write_bytes(feed.encode(encoding))
    articles, rejections, _ = read_all(path)
    assert not rejections, rejections
    assert articles[0].text.startswith("Banjir bandang menerjang")


def test_utf8_with_stray_cp1252_bytes_is_not_garbled(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "campur.txt"
    path.write_bytes(
        "Menurut BNPB, 12 orang tewas — kata “pejabat” di Garut. ".encode()
        + b"Dia menyebut \x93banjir besar\x94 itu luar biasa."
    )
    articles, _, warnings = read_all(path)
    assert "tewas — kata “pejabat”" in articles[0].text
    assert "“banjir besar”" in articles[0].text
    assert any("mixes UTF-8 and cp1252" in str(w) for w in warnings)


def test_empty_nul_only_and_deeply_nested_records_in_dumps(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "nul", "text": "\x00\x00\x00"}),
            json.dumps({"id": "kosong", "text": " \u200b "}),
            "[" * 10_000 + "]" * 10_000,
            json.dumps({"id": "baik", "text": FLOOD}),
            # No word at all: stored, and the duplicate of every other such text.
            json.dumps({"id": "tanda", "text": "... --- !!! ((( ))) “” • 🙂"}),
            json.dumps({"id": "tanda-lain", "text": "[[[[ ]]]] ~~~ ***"}),
        ]),
        encoding="utf-8",
    )  # fmt: skip
    articles, rejections, _ = read_all(path)
    assert [a.doc for a in articles] == ["baik"]
    assert [(r.line, r.reason) for r in rejections] == [
        (1, "no article text"),
        (2, "no article text"),
        (3, "invalid JSON: nested too deeply (an article record is an object of fields)"),
        (5, "no article text (no letters or digits)"),
        (6, "no article text (no letters or digits)"),
    ]
