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

from newsevents.models import RECORD_TYPES
from newsevents.extensions import remember_text, set_article
from newsevents.batch.executors import DaskExecutor, Executor, InlineExecutor, ProcessExecutor, ordered_results
from newsevents.nlp import build_nlp
from newsevents.batch.reader import DEFAULT_MAX_ARTICLE_BYTES, Article, ReadError, read_articles
from newsevents.records.build import doc_to_records


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
    """Run a chunk of articles through `nlp.pipe`; one failing article fails alone.

    The chunk runs in a spaCy memory zone: the strings and lexemes its words add to
    the vocabulary are freed with it, so memory stays flat as the corpus grows.
    """
    nlp = worker_nlp()
    with nlp.memory_zone():
        return [_result(article, doc, done) for article, doc, done in _run_pipe(nlp, articles)]


def _run_pipe(nlp: Language, articles: list[Article]) -> Iterator[tuple[Article, Doc, bool]]:
    docs = []
    for article in articles:
        doc = remember_text(nlp.make_doc(article.text), article.text)
        published = article.published.isoformat() if article.published else None
        set_article(doc, article_id=article.article_id, title=article.title, published=published, source=article.source)
        docs.append(doc)
    done = {id(doc) for doc in nlp.pipe(docs)}
    for article, doc in zip(articles, docs):
        yield article, doc, id(doc) in done


def _result(article: Article, doc: Doc, done: bool) -> ArticleResult:
    failure = _pipe_failures.pop(id(doc), None)
    records: tuple[dict[str, Any], ...] = ()
    if failure is None and done:
        try:
            records = tuple(doc_to_records(doc, article.article_id))
        except ValidationError as error:
            failure = f"invalid record: {error.errors()[0]['msg']}"
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

    def line(self) -> str:
        per_type = ", ".join(f"{self.records[t]} {t}" for t in RECORD_TYPES)
        resumed = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{self.articles} articles{resumed}: {per_type}; "
            f"{self.errors} errors, {self.warnings} warnings; {self.seconds:.1f} s"
        )


class JsonlSink:
    """JSON lines to a file that only appears, complete, on `commit()`; or to a stream.

    With an index (the records output) each finished article gets an index line and
    resuming keys on it; without one (the error log) every whole line is kept and
    `line_key` tells which lines are already there.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        resume: bool = False,
        indexed: bool = True,
        line_key: Callable[[dict[str, Any]], tuple[str, str]] | None = None,
    ) -> None:
        self.path = path
        self.done: set[tuple[str, str]] = set()
        self._index: IO[str] | None = None
        if path is None:
            self._handle: IO[str] = sys.stdout
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.partial = path.with_name(path.name + ".partial")
        self.index_path = path.with_name(path.name + ".index") if indexed else None
        self.partial_index = path.with_name(path.name + ".index.partial") if indexed else None
        if not resume:
            self._truncate_all()
        elif self.partial_index is not None:
            self._restore_indexed()
        else:
            self._restore_lines(line_key)
        self._handle = self.partial.open("a", encoding="utf-8")
        if self.partial_index is not None:
            self._index = self.partial_index.open("a", encoding="utf-8")

    def _truncate_all(self) -> None:
        for path in (self.partial, self.partial_index):
            if path is not None:
                path.write_bytes(b"")

    def _adopt_finished_run(self) -> bool:
        """Copy a finished run's files to the partial ones; False when there is nothing to resume."""
        if self.partial.exists() and (self.partial_index is None or self.partial_index.exists()):
            return True
        finished = [self.path, self.index_path] if self.index_path else [self.path]
        if not all(p is not None and p.exists() for p in finished):
            return False
        for source, target in zip(finished, [self.partial, self.partial_index]):
            shutil.copyfile(source, target)
        return True

    def _restore_indexed(self) -> None:
        """Truncate to the last indexed article and skip every indexed one."""
        if not self._adopt_finished_run():
            self._truncate_all()
            return
        good_bytes, offset = 0, 0
        with self.partial_index.open("rb") as handle:
            for raw in handle:
                try:
                    entry = json.loads(raw)
                    offset = int(entry["offset"])
                    self.done.add((entry["article_id"], entry["sha1"]))
                except (ValueError, KeyError, TypeError):
                    break
                good_bytes += len(raw)
        with self.partial.open("r+b") as data:
            data.truncate(offset)
        with self.partial_index.open("r+b") as index:
            index.truncate(good_bytes)

    def _restore_lines(self, line_key: Callable[[dict[str, Any]], tuple[str, str]] | None) -> None:
        """Keep every whole line; a torn last line is dropped."""
        if not self._adopt_finished_run():
            self._truncate_all()
            return
        good_bytes = 0
        with self.partial.open("rb") as handle:
            for raw in handle:
                try:
                    obj = json.loads(raw)
                except ValueError:
                    break
                if not raw.endswith(b"\n"):
                    break
                if line_key is not None:
                    self.done.add(line_key(obj))
                good_bytes += len(raw)
        with self.partial.open("r+b") as data:
            data.truncate(good_bytes)

    def write(self, obj: dict[str, Any]) -> None:
        self._handle.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def mark_done(self, article_id: str, text_hash: str) -> None:
        """Record that every record of this article is written (the resume point)."""
        self._handle.flush()
        if self._index is not None:
            offset = self._handle.tell()
            self._index.write(json.dumps({"article_id": article_id, "sha1": text_hash, "offset": offset}) + "\n")
            self._index.flush()

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


def error_key(obj: dict[str, Any]) -> tuple[str, str]:
    """What makes an error line the same problem again on a resumed run."""
    return (str(obj.get("path")), f"{obj.get('line')}:{obj.get('severity')}")


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def make_executor(jobs: int, scheduler: str | None) -> Executor:
    if scheduler:
        return DaskExecutor(scheduler)
    if jobs <= 1:
        return InlineExecutor()
    worker_nlp()  # forked workers inherit the built pipeline instead of each building it again
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
    chunk_size: int = 64,
    on_progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract records from every article under `paths`; returns what was done."""
    started = time.perf_counter()
    summary = Summary()
    sink = JsonlSink(output, resume=resume)
    errors = JsonlSink(errors_path, resume=resume, indexed=False, line_key=error_key)
    executor = make_executor(jobs, scheduler)

    def report(problem: ReadError) -> None:
        line = problem.as_dict()
        if error_key(line) not in errors.done:
            errors.write(line)
            errors.mark_done(*error_key(line))
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
