"""Reading article folders: files and folders in, `Article`s and `ReadError`s out.

Formats: `.txt`/`.md` (the whole file is the text, its first line the headline),
`.json` (an object or a list of objects) and `.jsonl` (an object a line), each
object with `text` and optional `id`, `title`, `published` (ISO date).

Nothing here raises on bad input: every problem becomes a `ReadError` and the walk
goes on. Decoding: a UTF-16/UTF-32 file with a BOM is decoded as such; a UTF-8 BOM is
an encoding mark, not text, and is dropped (it would glue itself to the headline's first
word). A file that is not valid UTF-8 is decoded as Windows-1252 (which also covers
Latin-1 text), falling back to Latin-1 for the five bytes cp1252 leaves undefined; the
article is kept and a warning is reported. In the text, a lone CR (old Mac line end) is
read as a line feed, one character for one so offsets still count the file's characters,
and a lone surrogate (possible only through a JSON `\\ud800` escape, and not encodable) is
replaced by U+FFFD, with a warning. A NUL character anywhere makes the file binary.

Files are opened non-blocking and must be regular files: a FIFO, socket or device is
reported as what it is and never read. Symbolic links to folders are followed, once
each (a link that loops back is reported). The same file reached twice is read once, and
an article id met twice is made unique with a `~N` suffix and reported, so record ids
never repeat within one `article_id`. The files a run writes (`exclude`) and the records
or error logs of earlier runs are never read as articles.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
import struct
from array import array
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".json", ".jsonl"})
GOLD_SUFFIX = ".gold.jsonl"
NOT_ARTICLES = frozenset({"readme", "license", "licence", "notice", "changelog", "sources"})
DEFAULT_MAX_ARTICLE_BYTES = 1 << 20
DEFAULT_MAX_FILE_BYTES = 1 << 30
BINARY_SNIFF_BYTES = 8192
DUPLICATE_ID_MARK = "~"
# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
UTF8_BOM = "\ufeff"
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
LONE_CR_RE = re.compile(r"\r(?!\n)")
FILE_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}
# Keys by which a .jsonl file is known as a newsevents output rather than articles.
RECORD_KEYS = frozenset({"article_id", "type", "id"})
ERROR_LOG_KEYS = frozenset({"path", "severity", "reason"})


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    source: str
    title: str | None = None
    published: dt.date | None = None

    @property
    def text_hash(self) -> str:
        """Identifies everything an article's records are made from (id, text, title, date, source), for resumed runs."""
        published = self.published.isoformat() if self.published else None
        key = json.dumps([self.article_id, self.text, self.title, published, self.source], ensure_ascii=False)
        return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ReadError:
    path: str
    reason: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"
    item: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "item": self.item,
            "severity": self.severity,
            "reason": self.reason,
        }


ReadResult = Article | ReadError


def problem_at(source: str, reason: str, severity: Literal["error", "warning"] = "error") -> ReadError:
    """A problem with the article at `source` (`path`, or `path#N` for line N of a .jsonl file or item N of a .json list)."""
    path, _, number = source.rpartition("#")
    if not (path and number.isdigit()):
        return ReadError(source, reason, severity=severity)
    if path.lower().endswith(".jsonl"):
        return ReadError(path, reason, int(number), severity)
    return ReadError(path, reason, severity=severity, item=int(number))


class NotRegularFile(OSError):
    """A path that is a FIFO, socket or device: reading it could block or never end."""


class FirstSeen:
    """Keys met so far, each with where it was first met: a packed, insert-only map of bytes to strings.

    A run keeps an entry per file and per article id until it ends; as dicts of strings, tuples and
    ints that came to about 0.3 KB an article (about 6 MB at 19,000 articles), memory growing with
    the corpus. Here keys and values are UTF-8 bytes appended to two bytearrays, found through an
    open-addressing table of entry numbers (at most half full) keyed by the key's hash, and a value
    equal to the one added just before is stored once (a text file's path is both where the file
    and where its article id were first met): about 0.1 KB an article."""

    def __init__(self) -> None:
        self._keys = bytearray()
        self._key_ends = array("q")
        self._values = bytearray()
        self._value_ends = array("q")
        self._value_of = array("q")  # per entry: its value's number
        self._hashes = array("q")  # per entry: its key's hash
        self._slots = array("i", [-1]) * 64  # entry number, or -1 for an empty slot
        self._last_value: str | None = None

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, key: bytes) -> bool:
        return self._entry(key)[1] >= 0

    def get(self, key: bytes) -> str | None:
        entry = self._entry(key)[1]
        if entry < 0:
            return None
        number = self._value_of[entry]
        start = self._value_ends[number - 1] if number else 0
        return self._values[start : self._value_ends[number]].decode("utf-8", "surrogatepass")

    def add(self, key: bytes, value: str) -> None:
        """Remember `key` as first met at `value`; a key already there keeps its first value."""
        slot, entry = self._entry(key)
        if entry >= 0:
            return
        self._slots[slot] = len(self._hashes)
        self._hashes.append(hash(key))
        self._keys += key
        self._key_ends.append(len(self._keys))
        if value != self._last_value:
            self._values += value.encode("utf-8", "surrogatepass")
            self._value_ends.append(len(self._values))
            self._last_value = value
        self._value_of.append(len(self._value_ends) - 1)
        if 2 * len(self._hashes) > len(self._slots):
            self._grow()

    def _entry(self, key: bytes) -> tuple[int, int]:
        """The slot where `key` is or would go, and its entry number (-1: not there)."""
        wanted = hash(key)
        mask = len(self._slots) - 1
        slot = wanted & mask
        while (entry := self._slots[slot]) >= 0:
            if self._hashes[entry] == wanted:
                start = self._key_ends[entry - 1] if entry else 0
                if self._keys[start : self._key_ends[entry]] == key:
                    return slot, entry
            slot = (slot + 1) & mask
        return slot, -1

    def _grow(self) -> None:
        slots = array("i", [-1]) * (2 * len(self._slots))
        mask = len(slots) - 1
        for entry, wanted in enumerate(self._hashes):
            slot = wanted & mask
            while slots[slot] >= 0:
                slot = (slot + 1) & mask
            slots[slot] = entry
        self._slots = slots


def _file_key(identity: tuple[int, int]) -> bytes:
    """A file's `FirstSeen` key: its device and inode."""
    return b"f" + struct.pack("<QQ", *identity)


def _id_key(article_id: str) -> bytes:
    """An article id's `FirstSeen` key."""
    return b"i" + article_id.encode("utf-8", "surrogatepass")


def is_article_file(path: Path) -> bool:
    """Article files by suffix; gold annotations, READMEs and licences are not articles."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith(GOLD_SUFFIX):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.lower() not in NOT_ARTICLES


def walk_article_files(root: Path) -> Iterator[Path | ReadError]:
    """Article files below `root` in sorted order (deterministic runs), following folder links once each."""
    if not root.is_dir():
        yield root
        return
    seen: dict[tuple[int, int], str] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        identity = _identity(dirpath)
        if identity in seen:
            yield ReadError(
                dirpath,
                f"folder already read as {seen[identity]} (a symbolic link loop or repeat); not read again",
                severity="warning",
            )
            dirnames[:] = []
            continue
        if identity is not None:
            seen[identity] = dirpath
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in _packed_names(filenames):
            path = Path(dirpath, filename)
            if is_article_file(path):
                yield path


def _packed_names(filenames: list[str]) -> Iterator[str]:
    """A folder's file names in sorted order, held as one string while its files are read.

    `os.walk`'s list of a folder of 19,000 files holds as many strings (1 MB) while they are read,
    and pathlib interns each name it parses, so the interpreter's table of interned strings grew by
    2 MB more and stayed so; one NUL-joined string (no file name holds a NUL) and a fresh copy of each
    name, freed with its path, hold a tenth of that. The list is emptied in place (it is `os.walk`'s own)."""
    packed = "\0".join(sorted(filenames))
    filenames.clear()
    start = 0
    while start < len(packed):
        end = packed.find("\0", start)
        end = len(packed) if end < 0 else end
        yield packed[start:end]
        start = end + 1


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def article_id_for(path: Path, root: Path) -> str:
    """The path relative to the input folder, without extension, `/`-separated."""
    relative = path.relative_to(root) if root.is_dir() else Path(path.name)
    return relative.with_suffix("").as_posix()


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of a file's bytes (BOMs read and dropped), or the fallback decoding and a warning naming it."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as error:
                return data.decode(
                    encoding, "replace"
                ), f"invalid {encoding.upper()} (first bad byte {error.start}); bad bytes read as U+FFFD"
    try:
        return data.decode("utf-8").removeprefix(UTF8_BOM), None
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


def clean_text(text: str) -> tuple[str, str | None]:
    """The text with lone CRs read as line feeds and lone surrogates as U+FFFD (same length), and a warning for the latter."""
    text = LONE_CR_RE.sub("\n", text) if "\r" in text else text
    first = LONE_SURROGATE_RE.search(text)
    if first is None:
        return text, None
    count = len(LONE_SURROGATE_RE.findall(text))
    warning = f"{count} lone surrogate(s) (first at character {first.start()}) replaced by U+FFFD"
    return LONE_SURROGATE_RE.sub("\ufffd", text), warning


def _safe_string(value: Any) -> str | None:
    """A JSON string field (title, id) that can be written out: lone surrogates replaced."""
    if not isinstance(value, str):
        return None
    return LONE_SURROGATE_RE.sub("\ufffd", value)


def _check_text(text: str, max_bytes: int) -> str | None:
    """Why a text is no article, or None."""
    if not text.strip():
        return "empty article"
    nul = text.find("\x00")
    if nul >= 0:
        return f"binary data (NUL character at character {nul}), not an article"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return f"article of {size} bytes exceeds the limit of {max_bytes}"
    return None


def _article_from_object(
    obj: Any, fallback_id: str, source: str, max_bytes: int, line: int | None, item: int | None
) -> Iterator[ReadResult]:
    def problem(reason: str, severity: Literal["error", "warning"] = "error") -> ReadError:
        return ReadError(source, reason, line, severity, item)

    if not isinstance(obj, dict):
        yield problem(f"expected a JSON object, got {type(obj).__name__}")
        return
    raw_text = obj.get("text")
    if not isinstance(raw_text, str):
        yield problem("object has no string field 'text'")
        return
    text, warning = clean_text(raw_text)
    reason = _check_text(text, max_bytes)
    if reason:
        yield problem(reason)
        return
    if warning:
        yield problem(warning, "warning")
    raw_published = obj.get("published")
    published = parse_published(raw_published)
    if raw_published not in (None, "") and published is None:
        yield problem(
            f"published {str(raw_published)[:40]!r} is not an ISO date (YYYY-MM-DD); read as unknown", "warning"
        )
    article_id = obj.get("id")
    number = line if line is not None else item
    yield Article(
        article_id=_safe_string(str(article_id)) or fallback_id if article_id not in (None, "") else fallback_id,
        text=text,
        source=source if number is None else f"{source}#{number}",
        title=_safe_string(obj.get("title")),
        published=published,
    )


def _read_text_file(path: Path, handle: BinaryIO, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    data = handle.read()
    if b"\x00" in data[:BINARY_SNIFF_BYTES] and not any(data.startswith(mark) for mark, _ in BYTE_ORDER_MARKS):
        yield ReadError(source, "binary file (NUL bytes), not an article")
        return
    decoded, warning = decode(data)
    text, surrogate_warning = clean_text(decoded)
    reason = _check_text(text, max_bytes)
    if reason:
        yield ReadError(source, reason)
        return
    for note in (warning, surrogate_warning):
        if note:
            yield ReadError(source, note, severity="warning")
    headline = text.lstrip().split("\n", 1)[0].strip()
    yield Article(article_id=article_id, text=text, source=source, title=headline or None)


def _loads(text: str) -> Any:
    """`json.loads` whose every failure (bad syntax, nesting too deep for the parser) is a ValueError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _json_problem(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"invalid JSON: {error.msg}"
    return f"invalid JSON: {error}"


def _read_json_file(path: Path, handle: BinaryIO, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    text, warning = decode(handle.read())
    if warning:
        yield ReadError(source, warning, severity="warning")
    try:
        payload = _loads(text)
    except ValueError as error:
        line = error.lineno if isinstance(error, json.JSONDecodeError) else None
        yield ReadError(source, _json_problem(error), line)
        return
    if isinstance(payload, list):
        for index, obj in enumerate(payload, start=1):
            yield from _article_from_object(obj, f"{article_id}/{index}", source, max_bytes, None, index)
    else:
        yield from _article_from_object(payload, article_id, source, max_bytes, None, None)


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | str]]:
    """Numbered lines of a JSONL file, streamed as bytes; decoded text for a file with a UTF-16/32 BOM."""
    head = handle.read(4)
    handle.seek(0)
    if any(head.startswith(mark) for mark, _ in BYTE_ORDER_MARKS):
        yield from enumerate(decode(handle.read())[0].splitlines(), start=1)
        return
    yield from enumerate(handle, start=1)


def _read_jsonl_file(path: Path, handle: BinaryIO, article_id: str, max_bytes: int) -> Iterator[ReadResult]:
    source = str(path)
    for number, raw in _lines(handle):
        if not raw.strip():
            continue
        if isinstance(raw, bytes):
            text, warning = decode(raw)
            if warning:
                yield ReadError(source, warning, number, severity="warning")
        else:
            text = raw
        try:
            obj = _loads(text)
        except ValueError as error:
            yield ReadError(source, _json_problem(error), number)
            continue
        yield from _article_from_object(obj, f"{article_id}/{number}", source, max_bytes, number, None)


READERS = {".txt": _read_text_file, ".md": _read_text_file, ".json": _read_json_file, ".jsonl": _read_jsonl_file}


def open_regular_file(path: Path, limit: int) -> BinaryIO:
    """A regular file opened for reading; never blocks on a FIFO or device (opened non-blocking, checked by fstat)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = FILE_KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise NotRegularFile(errno.EINVAL, f"{kind}, not a regular file: not read")
        if info.st_size == 0:
            raise OSError(errno.ENODATA, "empty file")
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"file of {info.st_size} bytes exceeds the limit of {limit}")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def newsevents_output_kind(first: bytes) -> str | None:
    """'records' or 'error log' when a .jsonl file's first line is one of newsevents' own lines, else None."""
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or "text" in obj:
        return None
    if obj.keys() >= RECORD_KEYS:
        return "records"
    if obj.keys() >= ERROR_LOG_KEYS:
        return "error log"
    return None


def read_path(path: Path, root: Path, *, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[ReadResult]:
    """Every article of one file, or the errors that kept them out."""
    source = str(path)
    suffix = path.suffix.lower()
    limit = max_article_bytes if suffix in {".txt", ".md"} else DEFAULT_MAX_FILE_BYTES
    try:
        handle = open_regular_file(path, limit)
    except OSError as error:
        known = isinstance(error, NotRegularFile) or error.errno in {errno.EFBIG, errno.ENODATA}
        yield ReadError(
            source, error.strerror if known and error.strerror else f"unreadable: {error.strerror or error}"
        )
        return
    with handle:
        try:
            if suffix == ".jsonl" and (kind := newsevents_output_kind(handle.readline(1 << 20))):
                yield ReadError(source, f"a newsevents {kind} file, not articles: not read", severity="warning")
                return
            handle.seek(0)
            yield from READERS[suffix](path, handle, article_id_for(path, root), max_article_bytes)
        except OSError as error:
            yield ReadError(source, f"unreadable: {error.strerror or error}")


def _resolved(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _is_excluded(path: Path, excluded: set[Path]) -> bool:
    """Whether `path` is one of the run's own files; the name is compared first, resolving is dearer."""
    return any(path.name == own.name for own in excluded) and _resolved(path) in excluded


def read_articles(
    paths: Iterable[str | Path],
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    exclude: Collection[str | Path] = (),
) -> Iterator[ReadResult]:
    """Articles and read errors of every input path, in a deterministic order, each file once, ids unique.

    `exclude`: files never read as articles (the output and error log a run writes)."""
    excluded = {_resolved(p) for p in exclude}
    seen = FirstSeen()  # each file (by device and inode) -> its path; each article id -> its source
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            yield ReadError(str(root), "no such file or folder")
            continue
        for path in walk_article_files(root):
            if isinstance(path, ReadError):
                yield path
                continue
            if _is_excluded(path, excluded):
                continue
            identity = _identity(path)
            if identity is not None:
                first_path = seen.get(_file_key(identity))
                if first_path is not None:
                    yield ReadError(
                        str(path), f"same file as {first_path}, already read: not read again", severity="warning"
                    )
                    continue
                seen.add(_file_key(identity), str(path))
            if path.suffix.lower() not in READERS:
                yield ReadError(str(path), f"unsupported file type {path.suffix!r}")
                continue
            for result in read_path(path, root, max_article_bytes=max_article_bytes):
                yield from _unique(result, seen) if isinstance(result, Article) else (result,)


def _unique(article: Article, seen: FirstSeen) -> tuple[ReadResult, ...]:
    """The article, or a warning and the article under a `~N`-suffixed id when its id was met before."""
    first = seen.get(_id_key(article.article_id))
    if first is None:
        seen.add(_id_key(article.article_id), article.source)
        return (article,)
    number = 2
    while _id_key(f"{article.article_id}{DUPLICATE_ID_MARK}{number}") in seen:
        number += 1
    new_id = f"{article.article_id}{DUPLICATE_ID_MARK}{number}"
    seen.add(_id_key(new_id), article.source)
    warning = problem_at(
        article.source,
        f"duplicate article id {article.article_id!r} (first from {first}); renamed {new_id!r}",
        "warning",
    )
    return (warning, Article(new_id, article.text, article.source, article.title, article.published))


def estimate_articles(paths: Iterable[str | Path], *, exclude: Collection[str | Path] = ()) -> int:
    """How many articles the inputs hold, without decoding them: a text file is one, a JSONL file its
    non-blank lines, a JSON list its items. For a progress total and the --jobs cap; cheap next to NLP."""
    excluded = {_resolved(p) for p in exclude}
    count = 0
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            continue
        for path in walk_article_files(root):
            if isinstance(path, ReadError) or _is_excluded(path, excluded):
                continue
            suffix = path.suffix.lower()
            try:
                if suffix in {".txt", ".md"}:
                    count += stat.S_ISREG(os.stat(path).st_mode)
                    continue
                with open_regular_file(path, DEFAULT_MAX_FILE_BYTES) as handle:
                    if suffix == ".jsonl":
                        count += sum(1 for line in handle if line.strip())
                    elif suffix == ".json":
                        payload = _loads(decode(handle.read())[0])
                        count += len(payload) if isinstance(payload, list) else 1
            except (OSError, ValueError):
                continue
    return count
