"""Batch extraction: articles in, records streamed to a file that appears only when complete.

A run writes `<output>.partial` and, after each article's records, one line to
`<output>.index` (article id, text hash, byte offset). The partial file is renamed
onto the output at the end, so a killed run never leaves a half-written output;
`resume=True` truncates the partial file to the last indexed article, skips every
indexed article and carries on. The index of a finished run stays beside the
output, so a later `--resume` over a grown folder only processes what is new.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from models import RECORD_TYPES
from pipeline.executors import DaskExecutor, Executor, InlineExecutor, ProcessExecutor, ordered_results
from pipeline.nlp import build_nlp
from pipeline.reader import DEFAULT_MAX_ARTICLE_BYTES, Article, ReadError, read_articles
from pipeline.records import doc_to_records, record_to_dict


@dataclass(frozen=True)
class ArticleResult:
    article_id: str
    text_hash: str
    source: str
    records: tuple[dict[str, Any], ...] = ()
    error: str | None = None


_worker_nlp: Language | None = None
_pipe_failures: dict[int, str] = {}


def _record_pipe_failure(proc_name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
    for doc in docs:
        _pipe_failures[id(doc)] = f"pipeline component {proc_name!r} failed: {type(error).__name__}: {error}"


def worker_nlp() -> Language:
    """This process's pipeline, built on first use (once per worker process)."""
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = build_nlp()
        _worker_nlp.set_error_handler(_record_pipe_failure)
    return _worker_nlp


def process_chunk(articles: list[Article]) -> list[ArticleResult]:
    """Run a chunk of articles through `nlp.pipe`; one failing article fails alone."""
    nlp = worker_nlp()
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.article_id = article.article_id
        doc._.published = article.published
        docs.append(doc)
    done = {id(doc): doc for doc in nlp.pipe(docs)}
    results = []
    for article, doc in zip(articles, docs):
        failure = _pipe_failures.pop(id(doc), None)
        records: tuple[dict[str, Any], ...] = ()
        if failure is None and id(doc) in done:
            try:
                records = tuple(record_to_dict(r) for r in doc_to_records(doc, article.article_id))
            except ValidationError as error:
                failure = f"invalid record: {error.errors()[0]['msg']}"
        elif failure is None:
            failure = "pipeline dropped the article"
        results.append(ArticleResult(article.article_id, article.text_hash, article.source, records, failure))
    return results


@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0
    errors: int = 0
    warnings: int = 0
    records: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        per_type = ", ".join(f"{self.records[t]} {t}" for t in RECORD_TYPES)
        resumed = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{self.articles} articles{resumed}: {per_type}; "
            f"{self.errors} errors, {self.warnings} warnings; {self.seconds:.1f} s"
        )


class JsonlSink:
    """JSON lines to a file that only appears, complete, on `commit()`; or to a stream."""

    def __init__(self, path: Path | None, *, resume: bool = False, stream: IO[str] | None = None) -> None:
        self.path = path
        self.done: set[tuple[str, str]] = set()
        if path is None:
            self._handle: IO[str] = stream or sys.stdout
            self._index: IO[str] | None = None
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.partial = path.with_name(path.name + ".partial")
        self.index_path = path.with_name(path.name + ".index")
        self.partial_index = path.with_name(path.name + ".index.partial")
        if resume:
            self._restore()
        else:
            self.partial.write_bytes(b"")
            self.partial_index.write_bytes(b"")
        self._handle = self.partial.open("a", encoding="utf-8")
        self._index = self.partial_index.open("a", encoding="utf-8")

    def _restore(self) -> None:
        """Pick up a killed run's partial output, or a finished run's output and index."""
        if not self.partial.exists() and self.path is not None and self.path.exists() and self.index_path.exists():
            shutil.copyfile(self.path, self.partial)
            shutil.copyfile(self.index_path, self.partial_index)
        if not self.partial.exists() or not self.partial_index.exists():
            self.partial.write_bytes(b"")
            self.partial_index.write_bytes(b"")
            return
        entries, good_bytes, offset = [], 0, 0
        with self.partial_index.open("rb") as handle:
            for raw in handle:
                try:
                    entry = json.loads(raw)
                    offset = int(entry["offset"])
                except (ValueError, KeyError, TypeError):
                    break
                entries.append((entry["article_id"], entry["sha1"]))
                good_bytes += len(raw)
        with self.partial.open("r+b") as data:
            data.truncate(offset)
        with self.partial_index.open("r+b") as index:
            index.truncate(good_bytes)
        self.done = set(entries)

    def write(self, obj: dict[str, Any]) -> None:
        self._handle.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def mark_done(self, article_id: str, text_hash: str) -> None:
        """Record that every record of this article is written (resume point)."""
        self._handle.flush()
        if self._index is not None:
            offset = self._handle.tell()
            self._index.write(json.dumps({"article_id": article_id, "sha1": text_hash, "offset": offset}) + "\n")
            self._index.flush()

    def commit(self) -> None:
        self._handle.flush()
        if self._index is None or self.path is None:
            return
        self._handle.close()
        self._index.close()
        self.partial.replace(self.path)
        self.partial_index.replace(self.index_path)

    def close_uncommitted(self) -> None:
        if self._index is not None:
            self._handle.close()
            self._index.close()


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def make_executor(jobs: int, scheduler: str | None) -> Executor:
    if scheduler:
        return DaskExecutor(scheduler)
    if jobs <= 1:
        return InlineExecutor()
    return ProcessExecutor(jobs, initializer=worker_nlp)


def run_extraction(
    paths: Iterable[str | Path],
    *,
    output: Path | None,
    errors_path: Path,
    jobs: int = 1,
    resume: bool = False,
    scheduler: str | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    chunk_size: int = 16,
    on_progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract records from every article under `paths`; returns what was done."""
    started = time.perf_counter()
    summary = Summary()
    sink = JsonlSink(output, resume=resume)
    errors = JsonlSink(errors_path, resume=resume)
    executor = make_executor(jobs, scheduler)

    def report(problem: ReadError) -> None:
        key = (problem.path, f"{problem.line}:{problem.severity}")
        if key not in errors.done:
            errors.write(problem.as_dict())
            errors.mark_done(*key)
        if problem.severity == "warning":
            summary.warnings += 1
        else:
            summary.errors += 1

    def pending_articles() -> Iterator[Article]:
        for item in read_articles(paths, max_article_bytes=max_article_bytes):
            if isinstance(item, ReadError):
                report(item)
            elif (item.article_id, item.text_hash) in sink.done:
                summary.skipped += 1
            else:
                yield item

    committed = False
    try:
        window = max(2, 4 * executor.workers)
        for chunk_results in ordered_results(executor, process_chunk, chunked(pending_articles(), chunk_size), window=window):
            for result in chunk_results:
                if result.error:
                    report(ReadError(result.source, result.error))
                    continue
                for record in result.records:
                    sink.write(record)
                    summary.records[record["type"]] += 1
                sink.mark_done(result.article_id, result.text_hash)
                summary.articles += 1
            if on_progress:
                on_progress(summary)
        sink.commit()
        errors.commit()
        committed = True
    finally:
        executor.close()
        if not committed:
            sink.close_uncommitted()
            errors.close_uncommitted()
    summary.seconds = time.perf_counter() - started
    return summary
