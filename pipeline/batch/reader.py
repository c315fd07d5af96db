"""Reading article folders: files and folders in, `Article`s and `ReadError`s out.

Formats: `.txt`/`.md` (the whole file is the text, its first line the headline),
`.json` (an object or a list of objects) and `.jsonl` (an object a line), each
object with `text` and optional `id`, `title`, `published` (ISO date).

Nothing here raises on bad input: every problem becomes a `ReadError` and the walk
goes on. A file that is not valid UTF-8 is decoded as Windows-1252 (which also
covers Latin-1 text), falling back to Latin-1 for the five bytes cp1252 leaves
undefined; the article is kept and a warning is reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".json", ".jsonl"})
GOLD_SUFFIX = ".gold.jsonl"
NOT_ARTICLES = frozenset({"readme", "license", "licence", "notice", "changelog", "sources"})
DEFAULT_MAX_ARTICLE_BYTES = 1 << 20
DEFAULT_MAX_FILE_BYTES = 1 << 30
BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    source: str
    title: str | None = None
    published: dt.date | None = None

    @property
    def text_hash(self) -> str:
        """Identifies the text an article's records were made from, for resumed runs."""
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ReadError:
    path: str
    reason: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "severity": self.severity, "reason": self.reason}


ReadResult = Article | ReadError


def is_article_file(path: Path) -> bool:
    """Article files by suffix; gold annotations, READMEs and licences are not articles."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith(GOLD_SUFFIX):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.lower() not in NOT_ARTICLES


def walk_article_files(root: Path) -> Iterator[Path]:
    """Article files below `root` in sorted order, so that runs are deterministic."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath, filename)
            if is_article_file(path):
                yield path


def article_id_for(path: Path, root: Path) -> str:
    """The path relative to the input folder, without extension, `/`-separated."""
    relative = path.relative_to(root) if root.is_dir() else Path(path.name)
    return relative.with_suffix("").as_posix()


def decode(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text exactly as written (a BOM stays, offsets count it), or the fallback decoding and a warning naming it."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        where = f"byte {error.start}"
    try:
        return data.decode("cp1252"), f"not UTF-8 (first bad {where}); decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 (first bad {where}); decoded as Latin-1"


def parse_published(value: Any) -> dt.date | None:
    """An ISO date or datetime string as a date; anything else is no date."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _check_text(text: str, source: str, max_bytes: int, line: int | None = None) -> ReadError | None:
    if not text.strip():
        return ReadError(source, "empty article", line)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return ReadError(source, f"article of {size} bytes exceeds the limit of {max_bytes}", line)
    return None


def _article_from_object(obj: Any, fallback_id: str, source: str, max_bytes: int, line: int | None) -> ReadResult:
    if not isinstance(obj, dict):
        return ReadError(source, f"expected a JSON object, got {type(obj).__name__}", line)
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(source, "object has no string field 'text'", line)
    problem = _check_text(text, source, max_bytes, line)
    if problem:
        return problem
    article_id = obj.get("id")
    title = obj.get("title")
    return Article(
        article_id=str(article_id) if article_id not in (None, "") else fallback_id,
        text=text,
        source=source if line is None else f"{source}:{line}",
        title=title if isinstance(title, str) else None,
        published=parse_published(obj.get("published")),
    )


def _read_text_file(path: Path, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    data = path.read_bytes()
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        yield ReadError(source, "binary file (NUL bytes), not an article")
        return
    text, warning = decode(data)
    if warning:
        yield ReadError(source, warning, severity="warning")
    problem = _check_text(text, source, max_bytes)
    if problem:
        yield problem
        return
    headline = text.lstrip().split("\n", 1)[0].strip()
    yield Article(article_id=article_id, text=text, source=source, title=headline or None)


def _read_json_file(path: Path, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    text, warning = decode(path.read_bytes())
    if warning:
        yield ReadError(source, warning, severity="warning")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadError(source, f"invalid JSON: {error.msg} at line {error.lineno}", error.lineno)
        return
    if isinstance(payload, list):
        for index, obj in enumerate(payload, start=1):
            yield _article_from_object(obj, f"{article_id}/{index}", source, max_bytes, None)
    else:
        yield _article_from_object(payload, article_id, source, max_bytes, None)


def _read_jsonl_file(path: Path, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            text, warning = decode(raw)
            if warning:
                yield ReadError(source, warning, number, severity="warning")
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as error:
                yield ReadError(source, f"invalid JSON: {error.msg}", number)
                continue
            yield _article_from_object(obj, f"{article_id}/{number}", source, max_bytes, number)


READERS = {".txt": _read_text_file, ".md": _read_text_file, ".json": _read_json_file, ".jsonl": _read_jsonl_file}


def read_path(path: Path, root: Path, *, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[ReadResult]:
    """Every article of one file, or the errors that kept them out."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = max_article_bytes if suffix in {".txt", ".md"} else DEFAULT_MAX_FILE_BYTES
        if size == 0:
            yield ReadError(source, "empty file")
            return
        if size > limit:
            yield ReadError(source, f"file of {size} bytes exceeds the limit of {limit}")
            return
        yield from READERS[suffix](path, article_id_for(path, root), max_article_bytes)
    except OSError as error:
        yield ReadError(source, f"unreadable: {error.strerror or error}")


def read_articles(paths: Iterable[str | Path], *, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[ReadResult]:
    """Articles and read errors of every input path, in a deterministic order."""
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            yield ReadError(str(root), "no such file or folder")
            continue
        for path in walk_article_files(root):
            if path.suffix.lower() not in READERS:
                yield ReadError(str(path), f"unsupported file type {path.suffix!r}")
                continue
            yield from read_path(path, root, max_article_bytes=max_article_bytes)
