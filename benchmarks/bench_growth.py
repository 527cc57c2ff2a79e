"""Issue 17's linearity checks: cost per KB as one article grows, and regex pathologies.

    python benchmarks/bench_growth.py                         # 1, 10, 100, 1,000 KB
    python benchmarks/bench_growth.py --sizes 1,10,100 --timeout 120

**Growth.** One article made of generated articles (``make_corpus``, residue and all) run
together up to 1, 10, 100 and 1,000 KB, once with blank lines between paragraphs and once
with single newlines (as JSON Lines dumps often have them). Each is cleaned
(``clean_text``) and analysed (``Analyser.analyse``); the table gives milliseconds per KB,
stage by stage, and the ratio of the per-KB cost to that at 1 KB. Linear stages stay near
1.0; the target is at most 1.5 at 1,000 KB.

**Pathologies.** Articles built to hit one pattern hard: 10,000 numbers, 10,000 dates,
10,000 quotation marks, and one 1 MB line (sentences with no line break; and words with no
full stop at all, one 1 MB sentence). Each runs in a child process with a time limit, so a
hang is reported, not waited for.

The analysis reads an article only up to ``budget.MAX_ANALYSED_CHARS`` (100,000
characters); here that cut is lifted, so that the stages are measured on the whole text
(with the cut, 1,000 KB would cost a tenth of 100 KB per KB, and say nothing of the
stages).

Writes ``benchmarks/results/growth.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from measure import ROOT, table, write_result

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 1.5
STAGES = (
    "cleanup", "sentences", "tokens", "mentions", "quantities", "times", "attribution", "claims",
)  # fmt: skip


# -- the texts -----------------------------------------------------------------------------


def article_text(kb: int, blank_lines: bool = True, seed: int = 5) -> str:
    """Generated articles run together to ``kb`` KB (cut at a paragraph's end)."""
    from make_corpus import generate

    target = kb * 1024
    paragraphs: list[str] = []
    size = 0
    for item in generate(max(20, kb * 2), seed):
        for paragraph in item["text"].split("\n\n"):
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
            if size >= target:
                break
        if size >= target:
            break
    text = "\n\n".join(paragraphs)
    return text if blank_lines else text.replace("\n\n", "\n")


def pathology_text(name: str) -> str:
    """The text of one pathology case."""
    if name == "10,000 numbers":
        numbers = ", ".join(f"{n * 37 % 100000:,}".replace(",", ".") for n in range(10000))
        return f"Korban tercatat {numbers} orang."
    if name == "10,000 dates":
        months = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
        ]
        dates = ", ".join(f"{n % 28 + 1} {months[n % 10]} {2000 + n % 25}" for n in range(10000))
        return f"Banjir terjadi pada {dates}."
    if name == "10,000 quotation marks":
        return " ".join(
            '"Kami siap," ujar Budi.' if n % 2 else '"Korut mengirim tentara"' for n in range(5000)
        )
    if name == "1 MB line of sentences":
        return article_text(1024).replace("\n", " ")
    if name == "1 MB line without a full stop":
        return article_text(1024).replace("\n", " ").replace(".", "")
    raise ValueError(name)


PATHOLOGIES = (
    "10,000 numbers",
    "10,000 dates",
    "10,000 quotation marks",
    "1 MB line of sentences",
    "1 MB line without a full stop",
)


# -- one measurement, in a child process ---------------------------------------------------------


def measure(text: str, min_seconds: float = 1.0) -> dict[str, Any]:
    """Seconds per stage for cleaning and analysing ``text`` (repeated until the run takes
    ``min_seconds``, for small texts), and the number of claims."""
    from silang.extract import budget
    from silang.extract.pipeline import Analyser
    from silang.ingest.cleanup import clean_text
    from silang.lang import load_pack

    budget.MAX_ANALYSED_CHARS = max(budget.MAX_ANALYSED_CHARS, len(text) + 1)  # the whole text
    pack = load_pack("id")
    analyser = Analyser()
    # One untimed pass: patterns compiled on first use are not part of the per-KB cost.
    analyser.analyse(clean_text(text, pack).text, "2024-11-01", "id")
    analyser.timings.clear()
    stages = dict.fromkeys(STAGES, 0.0)
    runs = 0
    claims = 0
    start = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        clean = clean_text(text, pack).text
        stages["cleanup"] += time.perf_counter() - t0
        claims = len(analyser.analyse(clean, "2024-11-01", "id").claims)
        runs += 1
        if time.perf_counter() - start >= min_seconds:
            break
    for stage, seconds in analyser.timings.items():
        stages[stage] = stages.get(stage, 0.0) + seconds
    return {
        "kb": len(text.encode("utf-8")) / 1024,
        "runs": runs,
        "seconds": {k: v / runs for k, v in stages.items()},
        "claims": claims,
    }


def child(kind: str, arg: str) -> None:
    if kind == "growth":
        size, variant = arg.split(":")
        text = article_text(int(size), blank_lines=variant == "blank")
    else:
        text = pathology_text(arg)
    print(json.dumps(measure(text)))


def run_case(kind: str, arg: str, timeout: float, src: str | None) -> dict[str, Any] | None:
    """One measurement in a fresh process; None when it ran out of time."""
    env = None
    if src:
        env = {**os.environ, "PYTHONPATH": src}
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", kind, arg],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env, check=True,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"{kind} {arg} failed:\n{error.stderr[-3000:]}") from error
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- the report ------------------------------------------------------------------------------


def ms_per_kb(result: dict[str, Any], stage: str | None = None) -> float:
    seconds = result["seconds"]
    total = seconds[stage] if stage else sum(seconds.values())
    return 1000 * total / result["kb"]


def growth_section(sizes: list[int], timeout: float, src: str | None) -> tuple[str, list[str]]:
    rows = []
    misses = []
    for variant, label in (("blank", "blank lines"), ("single", "single newlines")):
        base = None
        for size in sizes:
            result = run_case("growth", f"{size}:{variant}", timeout, src)
            if result is None:
                rows.append(
                    [f"{size:,} KB, {label}", f"> {timeout:.0f} s", *[""] * (len(STAGES) + 1)]
                )
                misses.append(f"{size:,} KB with {label} did not finish in {timeout:.0f} s")
                break
            base = base or result
            ratio = ms_per_kb(result) / ms_per_kb(base)
            rows.append(
                [
                    f"{size:,} KB, {label}",
                    f"{sum(result['seconds'].values()):.3f}",
                    f"{ms_per_kb(result):.2f}",
                    f"{ratio:.2f}",
                    *[f"{ms_per_kb(result, s):.2f}" for s in STAGES],
                ]
            )
            if ratio > TARGET_RATIO:
                misses.append(
                    f"{size:,} KB with {label}: {ratio:.2f}× the per-KB cost at {sizes[0]} KB"
                )
    headers = [
        "article",
        "s / article",
        "ms / KB",
        "× per-KB at 1 KB",
        *[f"{s} ms/KB" for s in STAGES],
    ]
    return table(headers, rows), misses


def pathology_section(timeout: float, src: str | None) -> str:
    rows = []
    for name in PATHOLOGIES:
        result = run_case("pathology", name, timeout, src)
        if result is None:
            rows.append([name, "", f"> {timeout:.0f} s", "", "", ""])
            continue
        seconds = result["seconds"]
        worst = max(STAGES, key=lambda s: seconds.get(s, 0.0))
        rows.append(
            [
                name,
                f"{result['kb']:,.0f}",
                f"{sum(seconds.values()):.2f}",
                f"{ms_per_kb(result):.2f}",
                f"{worst} ({100 * seconds[worst] / sum(seconds.values()):.0f}%)",
                result["claims"],
            ]
        )
    return table(["article", "KB", "seconds", "ms / KB", "slowest stage", "claims"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per case")
    parser.add_argument("--src", help="PYTHONPATH for the measured code (another checkout)")
    parser.add_argument("--no-pathologies", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    load_start = os.getloadavg()[0]  # other jobs on the machine stretch the times
    growth, misses = growth_section(sizes, args.timeout, args.src)
    verdict = (
        f"**The cost per KB stays within {TARGET_RATIO}× of that at {sizes[0]} KB.**"
        if not misses
        else "**Misses:** " + "; ".join(misses) + "."
    )
    parts = [
        "One article of generated news run together to each size; cleanup (`clean_text`) "
        "and analysis (`Analyser.analyse`, stage by stage), one core, in a fresh process per "
        "row, after one untimed pass, on the whole text (no 100,000-character cut). Small "
        "articles are repeated until a row takes 1 s.",
        growth,
        verdict,
    ]
    if not args.no_pathologies:
        parts += [
            f"Pathologies, each in a fresh process (limit {args.timeout:.0f} s):",
            pathology_section(args.timeout, args.src),
        ]
    parts.append(
        f"Command: `python benchmarks/bench_growth.py --sizes {args.sizes}`. Load average "
        f"{load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on "
        f"{os.cpu_count()} cores."
    )
    path = write_result(
        "growth", "Growth with article size, and regex pathologies (issue 17)", "\n\n".join(parts)
    )
    print(path.read_text())


if __name__ == "__main__":
    main()
