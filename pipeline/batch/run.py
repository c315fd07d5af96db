"""Batch extraction: articles in, records streamed to a file that appears only when complete.

A run writes `<output>.partial` and, after each article's records, one line to
`<output>.index.partial` (article id, hash of what the records are made from, byte
offset, hash of the record bytes). At the end both are renamed onto `<output>` and
`<output>.index`, so a killed run never leaves a half-written output. The error log is
written the same way, and always from scratch: every read problem is found again by
reading, and an article that failed is tried again, so a fixed file leaves the log.

`resume=True` reads every input again and writes the output exactly as a fresh run
would, in input order, but copies the records of each article whose id and content an
earlier run (the killed run's partial files, or the finished output) already holds,
checked against the record hash; changed and new articles are processed, removed ones
are dropped. An exclusive lock (`<file>.lock`) on the output and on the error log makes
a second run on the same files refuse at once.

`NEWSEVENTS_FAULT_AFTER=N` (tests only) makes the run send itself
`NEWSEVENTS_FAULT_SIGNAL` (KILL by default, or INT) to its whole process group after N
articles are written, a deterministic stand-in for a crash or a Ctrl-C.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.batch.executors import (
    DaskExecutor,
    Executor,
    InlineExecutor,
    ProcessExecutor,
    WorkerDied,
    ordered_results,
)
from newsevents.batch.reader import (
    DEFAULT_MAX_ARTICLE_BYTES,
    Article,
    ReadError,
    estimate_articles,
    problem_at,
    read_articles,
)
from newsevents.extensions import remember_text, set_article
from newsevents.models import RECORD_TYPES
from newsevents.nlp import build_nlp
from newsevents.records.build import doc_to_records

FAULT_AFTER_ENV = "NEWSEVENTS_FAULT_AFTER"
FAULT_SIGNAL_ENV = "NEWSEVENTS_FAULT_SIGNAL"
MAX_CHUNK_ITEMS = 1024  # kept articles and read errors travel with a chunk; this bounds a chunk's memory


class RunRefused(Exception):
    """A usage or environment problem found before or while writing (exit 2): one line, no traceback."""


@dataclass(frozen=True)
class ArticleResult:
    article_id: str
    text_hash: str
    source: str
    records: tuple[dict[str, Any], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class EncodedResult:
    """An article's records as the JSON lines the output gets, encoded where they were made (a worker),
    so the writing process only writes bytes; `counts` are the records per type."""

    article_id: str
    text_hash: str
    source: str
    data: bytes = b""
    counts: tuple[tuple[str, int], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Kept:
    """An article whose records an earlier run wrote: copied, not processed again."""

    article_id: str
    text_hash: str
    data: bytes
    records: Counter[str]


Item = Article | Kept | ReadError

_worker_nlp: Language | None = None
_pipe_failures: dict[int, str] = {}  # by the failing Doc's slot in its chunk
# The runner's own mark on each Doc: its slot in the chunk. A component may hand on a new Doc (the
# amounts component rebuilds one to split glued tokens), so results are matched by slot, not identity.
SLOT_KEY = "newsevents.batch.slot"
# spaCy's vocabulary is not thread-safe: a Dask worker with several threads runs one chunk at a time.
_pipeline_lock = threading.Lock()


def _record_pipe_failure(proc_name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
    for doc in docs:
        _pipe_failures[doc.user_data[SLOT_KEY]] = (
            f"pipeline component {proc_name!r} failed: {type(error).__name__}: {error}"
        )


def worker_nlp() -> Language:
    """This process's pipeline, built on first use (once per worker process)."""
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = build_nlp()
        _worker_nlp.set_error_handler(_record_pipe_failure)  # type: ignore[arg-type]  # spaCy types handlers as always raising
    return _worker_nlp


def process_chunk(articles: list[Article]) -> list[ArticleResult]:
    """Run a chunk of articles through `nlp.pipe`; one failing article fails alone.

    The chunk runs in a spaCy memory zone: the strings and lexemes its words add to
    the vocabulary are freed with it, so memory stays flat as the corpus grows.
    """
    with _pipeline_lock:
        nlp = worker_nlp()
        # The reader's byte limit is the real bound; spaCy's character limit must not end an article the reader let in.
        nlp.max_length = max(nlp.max_length, max((len(a.text) for a in articles), default=0) + 1)
        with nlp.memory_zone():
            results = list(_run_pipe(nlp, articles))
        _keep_common_pieces(nlp, articles)
        return results


# Whitespace-delimited pieces a process keeps tokenized across memory zones (about 0.35 KB each). The first
# 1,000 Reuters articles give about 6,500, so the set is full within about the first 2,000 and memory is flat after
# that; at 20,000 it went on filling until about article 10,000 (6 MB more) for no measurable speed.
WARM_PIECES = 8_000
MAX_WARM_PIECE = 40  # characters: longer pieces are not kept
_warm_pieces: set[str] = set()


def _keep_common_pieces(nlp: Language, articles: list[Article]) -> None:
    """Tokenize, outside any memory zone, the pieces of text (between spaces) that a chunk used twice or more.

    Inside a memory zone spaCy's tokenizer saves nothing to its cache and the lexemes it makes are
    freed with the zone, so every word of every chunk was split and looked up from scratch (tokenizing
    2.7x slower than without zones). Pieces tokenized outside a zone stay cached, with their
    lexemes, and later chunks find them; the cache is spaCy's own memo of a piece's tokens, so the
    tokens are the same. Up to `WARM_PIECES` per process, reached within about the first 2,000
    articles: memory stays flat after that."""
    room = WARM_PIECES - len(_warm_pieces)
    if room <= 0:
        return
    counts: Counter[str] = Counter()
    for article in articles:
        counts.update(article.text.split())
    new = [p for p, n in counts.items() if n > 1 and len(p) <= MAX_WARM_PIECE and p not in _warm_pieces][:room]
    if not new:
        return
    _warm_pieces.update(new)
    joined = " ".join(new)
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (spaCy cannot hash it): leave those pieces out
        joined = " ".join(p for p in new if _encodable(p))
    try:
        nlp.tokenizer(joined)
    except Exception:  # only a cache: never fails the chunk whose articles are already done
        return


def _encodable(piece: str) -> bool:
    try:
        piece.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def encode_records(records: Iterable[dict[str, Any]]) -> bytes:
    """Records as JSON lines, UTF-8, as the output holds them."""
    return "".join([json.dumps(record, ensure_ascii=False) + "\n" for record in records]).encode("utf-8")


def encode_chunk(articles: list[Article]) -> list[EncodedResult]:
    """`process_chunk`, with each article's records encoded to their output bytes (what a batch run writes)."""
    return [_encoded(result) for result in process_chunk(articles)]


def _encoded(result: ArticleResult) -> EncodedResult:
    if result.error:
        return EncodedResult(result.article_id, result.text_hash, result.source, error=result.error)
    try:
        data = encode_records(result.records)
    except (TypeError, ValueError) as error:  # not JSON (a component's bad value) or not encodable: this article alone
        failure = f"records failed: {type(error).__name__}: {error}"
        return EncodedResult(result.article_id, result.text_hash, result.source, error=failure)
    counts = Counter(record["type"] for record in result.records)
    return EncodedResult(result.article_id, result.text_hash, result.source, data, tuple(counts.items()))


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = remember_text(nlp.make_doc(article.text), article.text)
    published = article.published.isoformat() if article.published else None
    set_article(doc, article_id=article.article_id, title=article.title, published=published, source=article.source)
    return doc


def _run_pipe(nlp: Language, articles: list[Article]) -> Iterator[ArticleResult]:
    docs: list[Doc | None] = []
    failures: dict[int, str] = {}
    for number, article in enumerate(articles):
        try:
            made = _make_doc(nlp, article)
            made.user_data[SLOT_KEY] = number
            docs.append(made)
        except Exception as error:
            docs.append(None)
            failures[number] = f"tokenizer failed: {type(error).__name__}: {error}"
    done = {doc.user_data[SLOT_KEY]: doc for doc in nlp.pipe(doc for doc in docs if doc is not None)}
    for number, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        if doc is None:
            yield ArticleResult(article.article_id, article.text_hash, article.source, (), failures[number])
        else:
            yield _result(article, done.get(number), _pipe_failures.pop(number, None))


def _result(article: Article, doc: Doc | None, failure: str | None) -> ArticleResult:
    """The records of a processed Doc (None: the pipeline dropped it), or why there are none."""
    records: tuple[dict[str, Any], ...] = ()
    if failure is None and doc is not None:
        try:
            records = tuple(doc_to_records(doc, article.article_id))
        except Exception as error:
            details = getattr(error, "errors", None)
            failure = (
                f"invalid record: {details()[0]['msg']}"
                if callable(details)
                else f"records failed: {type(error).__name__}: {error}"
            )
    elif failure is None:
        failure = "pipeline dropped the article"
    return ArticleResult(article.article_id, article.text_hash, article.source, records, failure)


@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0
    errors: int = 0
    warnings: int = 0
    records: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    total: int | None = None  # articles counted before the run, for progress
    redone: int = 0  # resumed: articles whose id was done but whose content changed
    dropped: int = 0  # resumed: done articles no longer in the input
    resumed: bool = False

    @property
    def record_count(self) -> int:
        """Records of the extracted types written so far (article records not counted)."""
        return sum(self.records[t] for t in RECORD_TYPES)

    @property
    def done(self) -> int:
        """Articles finished so far, processed or kept."""
        return self.articles + self.skipped

    def line(self) -> str:
        per_type = ", ".join(f"{self.records[t]} {t}" for t in RECORD_TYPES)
        resumed = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{self.articles} articles{resumed}: {per_type}; "
            f"{self.errors} errors, {self.warnings} warnings; {self.seconds:.1f} s"
        )

    def resume_line(self) -> str | None:
        if not self.resumed:
            return None
        return (
            f"resumed: {self.skipped} articles kept, {self.redone} changed and redone, "
            f"{self.dropped} no longer in the input and dropped, {self.articles - self.redone} new"
        )


class FileLock:
    """An exclusive, non-blocking lock on `<path>.lock`, so two runs never write one file."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        while True:
            handle = self.path.open("a+")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                owner = handle.read().strip() or "?"
                handle.close()
                raise RunRefused(
                    f"another newsevents run (pid {owner}) is writing {path}; wait for it or choose another output"
                ) from None
            try:  # the lock file may have been removed by a run that just ended: lock the file that is there
                same = os.stat(self.path).st_ino == os.fstat(handle.fileno()).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            handle.close()
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        self.path.unlink(missing_ok=True)
        self._handle.close()


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class PreviousRun:
    """What earlier runs wrote beside an output: `(article_id, hash)` -> the bytes of its records."""

    def __init__(self, sources: list[tuple[Path, Path]]) -> None:
        self.entries: dict[tuple[str, str], tuple[Path, int, int, str]] = {}
        self.ids: set[str] = set()
        for data, index in sources:
            self._read_index(data, index)

    def _read_index(self, data: Path, index: Path) -> None:
        if not (data.exists() and index.exists()):
            return
        start = 0
        with index.open("rb") as handle:
            for raw in handle:
                try:
                    entry = json.loads(raw)
                    key, end, digest = (entry["article_id"], entry["sha1"]), int(entry["offset"]), entry["records_sha1"]
                except (ValueError, KeyError, TypeError):
                    break  # a torn last line, or an index from an older version: the rest is redone
                self.ids.add(key[0])
                self.entries.setdefault(key, (data, start, end, digest))
                start = end

    def take(self, article: Article) -> Kept | None:
        """The records of this article as written before, when their bytes are intact; None to redo it."""
        if not self.entries:
            return None  # nothing to reuse: the article's hash is not worked out here for nothing
        found = self.entries.pop((article.article_id, article.text_hash), None)
        if found is None:
            return None
        data, start, end, digest = found
        with data.open("rb") as handle:
            handle.seek(start)
            chunk = handle.read(end - start)
        if hashlib.sha1(chunk).hexdigest() != digest:
            return None
        counts = Counter(json.loads(line)["type"] for line in chunk.splitlines())
        return Kept(article.article_id, article.text_hash, chunk, counts)


class JsonlSink:
    """JSON lines to a file that only appears, complete, on `commit()`; or to a stream.

    With an index (the records output) each finished article gets an index line.
    """

    def __init__(self, path: Path | None, *, indexed: bool = True) -> None:
        self.path = path
        self._index: IO[str] | None = None
        self.lock: FileLock | None = None
        if path is None:
            self._handle: IO[bytes] = sys.stdout.buffer
            self._offset = 0
            return
        self.partial = _sibling(path, ".partial")
        self.index_path = _sibling(path, ".index") if indexed else None
        self.partial_index = _sibling(path, ".index.partial") if indexed else None
        self._handle = self.partial.open("wb")
        self._offset = 0
        self._article = hashlib.sha1()
        if self.partial_index is not None:
            self._index = self.partial_index.open("w", encoding="utf-8")

    def write_bytes(self, data: bytes) -> None:
        self._handle.write(data)
        self._offset += len(data)
        if self._index is not None:
            self._article.update(data)

    def write(self, obj: dict[str, Any]) -> None:
        self.write_bytes((json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8"))

    def mark_done(self, article_id: str, text_hash: str) -> None:
        """Record that every record of this article is written (the resume point)."""
        self._handle.flush()
        if self._index is not None:
            entry = {
                "article_id": article_id,
                "sha1": text_hash,
                "offset": self._offset,
                "records_sha1": self._article.hexdigest(),
            }
            self._index.write(json.dumps(entry) + "\n")
            self._index.flush()
            self._article = hashlib.sha1()

    def commit(self) -> None:
        self._handle.flush()
        if self.path is None:
            return
        self.close_uncommitted()
        self.partial.replace(self.path)
        if self.partial_index is not None and self.index_path is not None:
            self.partial_index.replace(self.index_path)

    def close_uncommitted(self) -> None:
        if self.path is not None:
            self._handle.close()
        if self._index is not None:
            self._index.close()

    def discard(self) -> None:
        """Remove the partial files of a run stopped before anything worth resuming was written."""
        if self.path is None:
            return
        self.partial.unlink(missing_ok=True)
        if self.partial_index is not None:
            self.partial_index.unlink(missing_ok=True)


def prepare_resume(output: Path) -> tuple[PreviousRun, list[Path]]:
    """The earlier runs' records, and the files to delete once this run is committed.

    A killed run's partial files are moved aside to `.resume` (this run writes new partial
    files); the finished output, if any, is read where it is."""
    partial, partial_index = _sibling(output, ".partial"), _sibling(output, ".index.partial")
    resume, resume_index = _sibling(output, ".resume"), _sibling(output, ".index.resume")
    if partial.exists() and partial_index.exists():
        resume_index.unlink(missing_ok=True)  # an index never points into the wrong data: the record hash checks it too
        partial.replace(resume)
        partial_index.replace(resume_index)
    previous = PreviousRun([(resume, resume_index), (output, _sibling(output, ".index"))])
    return previous, [resume, resume_index]


def _fault_hook() -> Callable[[int], None] | None:
    """Tests only: send a signal to this run's process group once N articles are written."""
    after = os.environ.get(FAULT_AFTER_ENV)
    if not after:
        return None
    limit = int(after)
    chosen = getattr(signal, "SIG" + os.environ.get(FAULT_SIGNAL_ENV, "KILL").upper())

    def check(done: int) -> None:
        if done >= limit:
            os.killpg(os.getpgrp(), chosen)
            time.sleep(30)  # the signal ends or interrupts this process; never go on writing

    return check


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def make_executor(jobs: int, scheduler: str | None, *, connect_timeout: float = 10.0) -> Executor:
    if scheduler:
        return DaskExecutor(scheduler, timeout=connect_timeout)
    if jobs <= 1:
        return InlineExecutor()
    worker_nlp()  # forked workers inherit the built pipeline instead of each building it again
    return ProcessExecutor(jobs, initializer=_build_worker_nlp)


def _build_worker_nlp() -> None:
    worker_nlp()


def _chunks(items: Iterable[Item], size: int) -> Iterator[tuple[list[Item], list[Article] | None]]:
    """Items in order, cut after `size` articles to process (or `MAX_CHUNK_ITEMS` items), with those articles."""
    chunk: list[Item] = []
    articles: list[Article] = []
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            articles.append(item)
        if len(articles) >= size or len(chunk) >= MAX_CHUNK_ITEMS:
            yield chunk, articles or None
            chunk, articles = [], []
    if chunk:
        yield chunk, articles or None


def check_paths(paths: list[Path], output: Path | None, errors_path: Path) -> None:
    """Refuse outputs that are inputs, an error log that is the output, and outputs that are folders."""
    inputs: set[Path] | None = None
    for target, what in ((output, "output"), (errors_path, "error log")):
        if target is None:
            continue
        if str(target) == "" or target.is_dir() or str(target).endswith(os.sep):
            raise RunRefused(f"the {what} {str(target)!r} must be a file path, not a folder or empty")
        if inputs is None:
            inputs = {path.resolve() for path in paths}
        if target.resolve() in inputs:
            raise RunRefused(f"the {what} {target} is also an input; choose another path")
    if output is not None and errors_path.resolve() in {
        output.resolve(),
        *(_sibling(output, s).resolve() for s in (".index", ".partial")),
    }:
        raise RunRefused(f"the error log {errors_path} must not be the output {output} or one of its files")


def run_extraction(
    paths: Iterable[str | Path],
    *,
    output: Path | None,
    errors_path: Path,
    jobs: int = 1,
    resume: bool = False,
    scheduler: str | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    chunk_size: int = 64,
    connect_timeout: float = 10.0,
    on_start: Callable[[Summary, Executor], None] | None = None,
    on_progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract records from every article under `paths`; returns what was done.

    Raises `RunRefused` for usage and environment problems and `KeyboardInterrupt` on Ctrl-C,
    both after leaving the partial files for `resume` and releasing the locks; a Ctrl-C before the
    first article is written (while the pipeline is built) leaves no partial files."""
    started = time.perf_counter()
    inputs = [Path(p) for p in paths]
    check_paths(inputs, output, errors_path)
    summary = Summary(resumed=resume)
    own_files = [errors_path] if output is None else [output, errors_path]
    summary.total = estimate_articles(inputs, exclude=own_files)
    locks: list[FileLock] = []
    sink: JsonlSink | None = None
    errors: JsonlSink | None = None
    executor: Executor | None = None
    committed = False
    interrupted = False
    try:
        for target in own_files:
            target.parent.mkdir(parents=True, exist_ok=True)
            locks.append(FileLock(target))
        previous, leftovers = prepare_resume(output) if resume and output is not None else (PreviousRun([]), [])
        sink = JsonlSink(output)
        errors = JsonlSink(errors_path, indexed=False)
        chunks = max(1, -(-summary.total // chunk_size))
        executor = make_executor(min(jobs, usable_cores(), chunks), scheduler, connect_timeout=connect_timeout)
        if on_start:
            on_start(summary, executor)
        fault = _fault_hook()

        def report(problem: ReadError) -> None:
            assert errors is not None
            errors.write(problem.as_dict())
            if problem.severity == "warning":
                summary.warnings += 1
            else:
                summary.errors += 1

        def items() -> Iterator[Item]:
            for item in read_articles(inputs, max_article_bytes=max_article_bytes, exclude=own_files):
                if isinstance(item, Article) and (kept := previous.take(item)) is not None:
                    yield kept
                else:
                    if isinstance(item, Article) and item.article_id in previous.ids:
                        summary.redone += 1
                    yield item

        _seen_ids: set[str] = set()
        window = max(2, 4 * executor.workers)
        for chunk, results in ordered_results(executor, encode_chunk, _chunks(items(), chunk_size), window=window):
            by_id = iter(results or [])
            for item in chunk:
                if isinstance(item, ReadError):
                    report(item)
                    continue
                if previous.ids:  # only a resumed run counts the dropped articles: no set of every id otherwise
                    _seen_ids.add(item.article_id)
                if isinstance(item, Kept):
                    sink.write_bytes(item.data)
                    summary.records.update({t: n for t, n in item.records.items() if t in RECORD_TYPES})
                    summary.skipped += 1
                    text_hash = item.text_hash
                else:
                    result = next(by_id)
                    if result.error:
                        report(problem_at(result.source, result.error))
                        continue
                    sink.write_bytes(result.data)
                    summary.records.update(dict(result.counts))
                    summary.articles += 1
                    text_hash = result.text_hash  # worked out by the worker: the same article, hashed once
                sink.mark_done(item.article_id, text_hash)
                if fault:
                    fault(summary.done)
            if on_progress:
                on_progress(summary)
        summary.dropped = len(previous.ids - _seen_ids)
        sink.commit()
        errors.commit()
        committed = True
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
    except KeyboardInterrupt:
        interrupted = True
        raise
    except WorkerDied as error:
        raise RunRefused(f"{error}; the partial output is kept: rerun with --resume") from None
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        doing = "cannot write" if error.filename else "system error"
        raise RunRefused(f"{doing}: {error.strerror or error}{where}") from None
    finally:
        if executor is not None:
            if committed:
                executor.close()
            else:
                executor.abort()
        if not committed:
            for open_sink in (sink, errors):
                if open_sink is not None:
                    open_sink.close_uncommitted()
                    if interrupted and summary.done == 0:
                        open_sink.discard()
        for lock in locks:
            lock.release()
    summary.seconds = time.perf_counter() - started
    return summary
