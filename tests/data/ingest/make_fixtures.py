"""Write the record-dump fixtures (JSONL, CSV) and the WARC crawl used by tests/ingest/.

Run from anywhere: ``python tests/data/ingest/make_fixtures.py``. The outputs are committed;
the script documents how they were made and rebuilds them identically (fixed WARC dates
and record ids). All article sentences were written for these tests.
"""

from __future__ import annotations

import csv
import json
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent

GEMPA_TEXT = """CIANJUR, suarapasundan.id – Gempa bermagnitudo 5,1 mengguncang Kabupaten Cianjur, Jawa Barat, pada Jumat (21/2/2025) pagi. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut pusat gempa berada di darat pada kedalaman 10 kilometer.

Kepala BPBD Cianjur, Hendra Gunawan, mengatakan sedikitnya 86 rumah rusak ringan dan 14 rumah rusak sedang di Kecamatan Cugenang dan Pacet. Tidak ada laporan korban jiwa, tetapi tiga warga dirawat karena tertimpa genteng.

Baca juga: Warga Cianjur Diminta Waspadai Gempa Susulan

"Kami masih mendata kerusakan bersama aparat desa. Warga yang rumahnya retak kami minta tidur di tenda dulu," kata Hendra.

Penulis: Nina Marlina"""

PASAR_HTML = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Pasar Sentral Terbakar, 120 Kios Hangus - Harian Borneo</title>
<meta property="og:title" content="Pasar Sentral Terbakar, 120 Kios Hangus">
<meta property="og:site_name" content="Harian Borneo">
<meta name="author" content="Yusuf Ramadhan">
<meta property="article:published_time" content="2025-02-22T07:30:00+08:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/kota">Kota</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>Pasar Sentral Terbakar, 120 Kios Hangus</h1>
<p>Kebakaran melanda Pasar Sentral Balikpapan pada Sabtu dini hari. Api diduga berasal dari korsleting listrik di salah satu kios pakaian dan dengan cepat menjalar ke deretan kios di sekitarnya.</p>
<p>Kepala Dinas Pemadam Kebakaran Balikpapan mengatakan 14 unit mobil pemadam dikerahkan dan api baru bisa dipadamkan setelah empat jam. Sebanyak 120 kios hangus, sementara kerugian pedagang ditaksir mencapai miliaran rupiah.</p>
<p>Pemerintah kota berjanji membangun kios sementara di lahan parkir pasar agar para pedagang bisa kembali berjualan pekan depan.</p>
</article>
<div class="comments"><h3>Tinggalkan Balasan</h3><p>Alamat email Anda tidak akan dipublikasikan.</p></div>
<footer>&copy; 2025 Harian Borneo</footer>
</body></html>"""

JALAN_TEXT = """Dinas Pekerjaan Umum Kabupaten Brebes mulai memperbaiki ruas jalan pantura yang berlubang menjelang arus mudik. Perbaikan dilakukan pada malam hari untuk mengurangi kemacetan.

Kepala Dinas Pekerjaan Umum menyebut anggaran perbaikan tahun ini mencapai Rp 18 miliar dan pekerjaan ditargetkan rampung dalam tiga minggu."""

JSONL_LINES = [
    json.dumps(
        {
            "id": "gempa-cianjur-01",
            "url": "https://suarapasundan.id/daerah/gempa-cianjur-rumah-rusak",
            "outlet": "Suara Pasundan",
            "published": "2025-02-21T09:12:00+07:00",
            "title": "Gempa Magnitudo 5,1 Guncang Cianjur, Seratus Rumah Rusak",
            "section": "Daerah",
            "text": GEMPA_TEXT,
        },
        ensure_ascii=False,
    ),
    json.dumps(
        {
            "id": "kebakaran-pasar-02",
            "url": "https://harianborneo.example/kota/pasar-sentral-terbakar",
            "source": {"id": "harian-borneo", "name": "Harian Borneo"},
            "date": "2025-02-22",
            "html": PASAR_HTML,
        },
        ensure_ascii=False,
    ),
    # A dump cut off mid-record: invalid JSON on line 3.
    '{"id": "rob-semarang-03", "title": "Banjir Rob Genangi Pesisir Semarang", "text": "Banjir rob kembali menggenangi permukiman di',
    json.dumps({"id": "kosong-04", "title": "Judul tanpa isi", "text": ""}),
    "",
    json.dumps(
        {
            "title": "Jalan Pantura Brebes Diperbaiki Jelang Mudik",
            "site": "Pantura Pos",
            "published": "22/02/2025",
            "authors": ["Dewi Lestari", "Slamet Riyadi"],
            "text": JALAN_TEXT,
        },
        ensure_ascii=False,
    ),
]

CSV_ROWS = [
    {
        "id": "csv-longsor-01",
        "title": "Longsor Timbun Jalan Desa di Banjarnegara",
        "url": "https://jatengkini.example/longsor-banjarnegara",
        "outlet": "Jateng Kini",
        "published": "2025-01-13",
        "author": "",
        "text": (
            "Tanah longsor menimbun jalan penghubung dua desa di Kecamatan Pagentan, "
            "Banjarnegara, setelah hujan turun sejak siang. Akses warga terputus selama "
            "hampir sepuluh jam.\n\nPetugas gabungan membersihkan material longsor dengan "
            "satu alat berat. Tidak ada korban jiwa dalam kejadian itu.\n\nReporter: Bagus Prasetyo"
        ),
    },
    {
        "id": "csv-pemilu-02",
        "title": "KPU Mulai Sortir Surat Suara Pilkada Ulang",
        "url": "",
        "outlet": "",
        "published": "Senin, 13 Januari 2025",
        "author": "",
        "text": (
            "Jakarta (ANTARA) - Komisi Pemilihan Umum mulai menyortir dan melipat surat suara "
            "untuk pemungutan suara ulang di tiga kabupaten. Sebanyak 240 petugas dilibatkan "
            "dalam proses yang dijadwalkan selesai dalam lima hari.\n\n"
            "Ketua KPU setempat meminta petugas memisahkan surat suara yang rusak agar bisa "
            "segera diganti oleh percetakan."
        ),
    },
    {
        "id": "csv-kosong-03",
        "title": "Baris tanpa teks",
        "url": "",
        "outlet": "Jateng Kini",
        "published": "2025-01-14",
        "author": "",
        "text": "",
    },
]

RICE_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Harga Beras Medium Naik di Pasar Tradisional Medan</title>
<meta property="og:title" content="Harga Beras Medium Naik di Pasar Tradisional Medan">
<meta property="og:site_name" content="Kabar Sumatra">
<meta name="author" content="Rahmat Siregar">
<meta property="article:published_time" content="2025-01-20T10:00:00+07:00">
</head><body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>Harga Beras Medium Naik di Pasar Tradisional Medan</h1>
<p>MEDAN, kabarsumatra.example – Harga beras medium di sejumlah pasar tradisional di Medan naik menjadi Rp 14.500 per kilogram dalam sepekan terakhir. Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena panen mundur.</p>
<p>Dinas Perdagangan Kota Medan berencana menggelar operasi pasar di 21 kelurahan mulai pekan depan untuk menahan kenaikan harga.</p>
<p>Baca Juga: Stok Beras Bulog Sumut Dinilai Aman hingga Lebaran</p>
<p>Sejumlah ibu rumah tangga mengaku mulai mengurangi pembelian dan beralih ke beras dengan kualitas lebih rendah.</p>
</article><footer>&copy; 2025 Kabar Sumatra</footer></body></html>"""

FERRY_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry services resume in Lombok after storm</title>
<meta property="og:title" content="Ferry services resume in Lombok after storm">
<meta property="og:site_name" content="Island Times">
<meta property="article:published_time" content="2025-01-21T08:00:00+08:00">
</head><body><header><a href="/">Home</a> <a href="/news">News</a></header>
<article><h1>Ferry services resume in Lombok after storm</h1>
<p>Ferry services between Lombok and Bali resumed on Tuesday after a two-day suspension caused by high waves and strong winds, the port authority said.</p>
<p>Hundreds of trucks had queued at Lembar port while the crossings were halted. Officials said extra sailings would be added to clear the backlog by the end of the week.</p>
<p>The weather agency warned that waves of up to three metres could return later this month.</p>
</article><footer>Copyright 2025 Island Times</footer></body></html>"""


def write_jsonl() -> None:
    (HERE / "dump.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")


def write_csv() -> None:
    with (HERE / "dump.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CSV_ROWS[0]))
        writer.writeheader()
        writer.writerows(CSV_ROWS)


def _warc_headers(index: int, date: str) -> dict[str, str]:
    return {"WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{index:012d}>"}


def write_warc() -> None:
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    info = writer.create_warcinfo_record(
        "crawl.warc.gz",
        {"software": "silang test fixture", "format": "WARC File Format 1.1"},
    )
    info.rec_headers.replace_header("WARC-Date", "2025-01-21T09:00:00Z")
    info.rec_headers.replace_header(
        "WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>"
    )
    writer.write_record(info)
    responses = [
        (
            "https://kabarsumatra.example/ekonomi/harga-beras-medium-naik",
            "200 OK",
            "text/html; charset=utf-8",
            RICE_PAGE,
        ),
        (
            "https://kabarsumatra.example/assets/site.css",
            "200 OK",
            "text/css",
            "body { font-family: serif; }",
        ),
        (
            "https://kabarsumatra.example/lama",
            "301 Moved Permanently",
            "text/html",
            "<html><body>Moved</body></html>",
        ),
        (
            "https://islandtimes.example/news/ferry-services-resume-lombok",
            "200 OK",
            "text/html",
            FERRY_PAGE,
        ),
    ]
    for index, (uri, status, content_type, body) in enumerate(responses, start=1):
        date = f"2025-01-21T09:0{index}:00Z"
        request = writer.create_warc_record(
            uri,
            "request",
            payload=BytesIO(b""),
            http_headers=StatusAndHeaders(
                f"GET {urlsplit(uri).path} HTTP/1.1",
                [("Host", urlsplit(uri).netloc)],
                is_http_request=True,
            ),
            warc_headers_dict=_warc_headers(index * 2, date),
        )
        writer.write_record(request)
        payload = body.encode("utf-8")
        headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
        if status.startswith("301"):
            headers.append(
                ("Location", "https://kabarsumatra.example/ekonomi/harga-beras-medium-naik")
            )
        response = writer.create_warc_record(
            uri,
            "response",
            payload=BytesIO(payload),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict=_warc_headers(index * 2 + 1, date),
        )
        writer.write_record(response)
    (HERE / "crawl.warc.gz").write_bytes(buffer.getvalue())


if __name__ == "__main__":
    write_jsonl()
    write_csv()
    write_warc()
