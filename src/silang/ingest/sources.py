"""Which files a list of command-line paths means: files, folders (recursively) and globs."""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from silang.ingest.decoding import MEGABYTE, size_problem
from silang.ingest.outcomes import Rejection

DEFAULT_MAX_BYTES = 20 * MEGABYTE
LINK_LOOP = "symbolic link loop (the link points back to itself)"

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
# Formats read record by record: the size limit applies to each record, not to the file,
# so that a 2 GB crawl or a dump of 100,000 articles can be read at all.
STREAMED_FORMATS = frozenset({"jsonl", "csv", "tsv", "warc"})


def suffix_of(path: Path) -> str:
    """``.warc.gz`` for ``crawl.warc.gz``, else the lower-cased last suffix (``''`` if none)."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def format_of(path: Path) -> str | None:
    """The reader a file name calls for: ``'text'``, ``'html'``, ``'jsonl'``, ... or None."""
    return SUFFIX_FORMATS.get(suffix_of(path))


def unsupported_reason(path: Path) -> str:
    suffix = suffix_of(path)
    return f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"


def whole_file_size_problem(path: Path, size: int, max_bytes: int) -> str | None:
    """The size rejection for a file read whole (all but the streamed formats)."""
    if format_of(path) in STREAMED_FORMATS:
        return None
    return size_problem(size, max_bytes)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk_folder(
    folder: Path, seen: set[Path], max_bytes: int, *, report_empty: bool = True
) -> Iterator[Path | Rejection]:
    """Supported files under ``folder``, sorted; hidden entries and other files skipped."""
    errors: list[OSError] = []
    found = 0
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if _hidden(name):
                continue
            path = Path(root) / name
            if format_of(path) is None:
                continue
            found += 1
            yield from _accept(path, seen, max_bytes)
    for error in errors:
        yield Rejection(
            str(error.filename or folder), f"cannot read folder: {error.strerror or error}"
        )
    if report_empty and not found and not errors:
        yield Rejection(
            str(folder), "folder holds no supported files (" + ", ".join(SUFFIX_FORMATS) + ")"
        )


def _accept(path: Path, seen: set[Path], max_bytes: int) -> Iterator[Path | Rejection]:
    try:
        key = path.resolve()
        status = path.stat()
    except RuntimeError:  # Python 3.11's resolve() on a symbolic link loop
        yield Rejection(str(path), LINK_LOOP)
        return
    except OSError as error:
        yield Rejection(str(path), (error.strerror or str(error)).lower())
        return
    if not stat.S_ISREG(status.st_mode):
        # Opening a named pipe waits for a writer for ever, and a device (/dev/zero)
        # has no end: neither is a file to read.
        yield Rejection(str(path), f"not a regular file ({_kind(status.st_mode)})")
        return
    if key in seen:
        return
    seen.add(key)
    problem = whole_file_size_problem(path, status.st_size, max_bytes)
    yield Rejection(str(path), problem) if problem else path


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def is_url(text: str) -> bool:
    """Whether a command-line input names a web address (fetched) rather than a path (read)."""
    return text.startswith(("http://", "https://"))


def iter_inputs(
    paths: Sequence[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Path | Rejection]:
    """The files to read, in a stable order, each once; problems as Rejections.

    A folder is searched recursively for supported files (hidden files and folders, and
    files of other types, are skipped quietly). A file named explicitly with an unknown
    extension is rejected (``unsupported file type .pdf``). A path that does not exist
    is tried as a glob pattern (``'dumps/*.jsonl'``, ``'**/*.html'``).
    """
    seen: set[Path] = set()
    for given in paths:
        text = os.fspath(given)
        path = Path(text).expanduser()
        if path.is_dir():
            yield from _walk_folder(path, seen, max_bytes)
        elif path.exists():
            if format_of(path) is None:
                yield Rejection(str(path), unsupported_reason(path))
            else:
                yield from _accept(path, seen, max_bytes)
        elif os.path.islink(path):
            yield Rejection(text, _broken_link(path))
        elif glob.has_magic(text):
            yield from _expand_glob(text, seen, max_bytes)
        else:
            yield Rejection(text, "no such file or directory")


def _broken_link(path: Path) -> str:
    """Why a symbolic link leads nowhere: a loop, or a target that does not exist."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return LINK_LOOP
    return "symbolic link to a file that does not exist"


def _expand_glob(pattern: str, seen: set[Path], max_bytes: int) -> Iterator[Path | Rejection]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield Rejection(pattern, "no files match this pattern")
        return
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk_folder(path, seen, max_bytes, report_empty=False)
        elif format_of(path) is not None and not _hidden(path.name):
            yield from _accept(path, seen, max_bytes)
