"""Instructions executed, counted by valgrind: a figure other jobs on the machine do not move.

    python benchmarks/instructions.py                      # this checkout
    python benchmarks/instructions.py --src /tmp/old/src   # another (git archive REV src)

On a shared machine wall and CPU times of the same run vary by a third; the instructions a
process executes vary by about one percent (CPython's hash seed is fixed here). Two
figures, each under ``valgrind --tool=callgrind`` (Debian's ``valgrind``; about 50 times
slower than a plain run):

* ``analyze``: ``python -m silang analyze one.txt`` (the first seed article) into a fresh
  store, and ``python -c "import silang"`` for the floor;
* first ``silang.analyse()``: a fresh process's first call, on the README's one sentence and
  on that article, the import included;
* ``analysis``: ``Analyser.analyse`` per article, the difference between analysing
  ``--articles`` generated articles (``make_corpus``, seed 1) and none, after ten that
  warm up (patterns compiled, lexicons built).

Prints one line per figure, millions of instructions; writes nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import ROOT

HERE = Path(__file__).resolve().parent
SEED_ARTICLE = ROOT / "tests" / "data" / "seeds" / "000_0707a75fa9d28a7d.txt"
ANALYSIS = """
import sys
sys.path.insert(0, {here!r})
from make_corpus import generate
try:
    from silang.extract.pipeline import Analyser
except ModuleNotFoundError:  # the code before the analysis package became silang.extract
    from silang.analyse.pipeline import Analyser
from silang.ingest.assemble import RawArticle, build_article
from silang.model import Article
articles = []
for item in generate(10 + {n}, 1):
    raw = RawArticle(doc=item["doc"], text=item["text"], source_path=item["doc"],
                     title=item["title"], outlet=item["outlet"], published=item["published"])
    articles += [a for a in build_article(raw) if isinstance(a, Article)]
analyser = Analyser()
for article in articles[:10 + int(sys.argv[1])]:
    analyser.analyse(article.text, article.published, article.lang)
"""


# A fresh process's first call, as bench_startup times it (the import included).
README_SENTENCE = "Korut mengirim 1.000 tentara ke Rusia."
FIRST_ANALYSE = """
import silang
silang.analyse({text!r}, published="2024-11-01")
"""


def instructions(args: list[str], env: dict[str, str]) -> int:
    """Instructions the process executed (callgrind's total)."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(result.stderr[-2000:])
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--src",
        default=str(ROOT / "src"),
        help="silang's source folder (PYTHONPATH: more folders after a colon, e.g. libraries "
        "an older checkout needs)",
    )
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian package valgrind)")
    work = Path(tempfile.mkdtemp(prefix="silang-instructions-"))
    env = {
        **os.environ,
        "PYTHONPATH": args.src,
        "PYTHONHASHSEED": "0",
        "SILANG_CACHE_DIR": str(work / "cache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode
    py = sys.executable
    db = work / "one.db"

    def analyze() -> list[str]:
        for old in work.glob("one.db*"):
            old.unlink()
        return [py, "-m", "silang", "analyze", str(SEED_ARTICLE), "--db", str(db)]

    subprocess.run(analyze(), env=env, capture_output=True, check=True)  # caches, bytecode
    one = instructions(analyze(), env)
    floor = instructions([py, "-c", "import silang"], env)
    print(f"analyze one.txt: {one / 1e6:,.0f} M; import silang: {floor / 1e6:,.0f} M")
    article = SEED_ARTICLE.read_text("utf-8")
    for label, text in (("one sentence", README_SENTENCE), ("one article", article)):
        count = instructions([py, "-c", FIRST_ANALYSE.format(text=text)], env)
        print(f"first silang.analyse() of {label}: {count / 1e6:,.0f} M")
    script = ANALYSIS.format(here=str(HERE), n=args.articles)
    none = instructions([py, "-c", script, "0"], env)
    some = instructions([py, "-c", script, str(args.articles)], env)
    print(f"analysis: {(some - none) / args.articles / 1e6:.2f} M per article")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
