"""Where chunks of articles are processed: in this process, a local pool, or a Dask cluster.

Each executor takes a picklable function and a chunk and returns a handle whose
`result()` blocks; `ordered_results` keeps a bounded window of chunks in flight
and yields their results in submission order, so output order never depends on
the executor and memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
K = TypeVar("K")
DEFAULT_CONNECT_TIMEOUT = 10.0


class SchedulerUnreachable(RuntimeError):
    """The Dask scheduler did not answer in time: an environment error, reported in one line."""


R_co = TypeVar("R_co", covariant=True)


class Handle(Protocol[R_co]):
    def result(self) -> R_co: ...


class _Done:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class Executor(Protocol):
    workers: int
    notice: str | None

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class InlineExecutor:
    """Runs each chunk at once in this process: `--jobs 1`."""

    workers = 1
    notice: str | None = None

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return _Done(fn(chunk))

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def _worker_start(initializer: Callable[[], None] | None) -> None:
    """Workers leave Ctrl-C to the parent, which stops them: a worker killed by KeyboardInterrupt
    mid-task would leave the parent waiting forever for that task's result. SIGTERM (how the parent
    stops them) keeps its default, whatever handler the parent set for itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if initializer is not None:
        initializer()


class WorkerDied(RuntimeError):
    """A worker process ended abruptly (killed, out of memory): the run stops instead of waiting forever."""


class _FutureHandle:
    def __init__(self, future: Future[Any]) -> None:
        self._future = future

    def result(self) -> Any:
        try:
            return self._future.result()
        except BrokenProcessPool:
            raise WorkerDied("a worker process ended abruptly (killed, or out of memory?)") from None


class ProcessExecutor:
    """A pool of local processes, each building its pipeline once.

    `concurrent.futures` rather than `multiprocessing.Pool`: a worker that dies fails its tasks
    (BrokenProcessPool) instead of leaving them unanswered, and stopping the pool never waits on a
    queue lock that a killed idle worker held."""

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers = workers
        self.notice: str | None = None
        self._pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_worker_start, initargs=(initializer,)
        )

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return _FutureHandle(self._pool.submit(fn, chunk))

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def abort(self) -> None:
        """Stop the workers now (Ctrl-C, a write error): tasks in flight are dropped."""
        processes = list(
            (getattr(self._pool, "_processes", None) or {}).values()
        )  # no public way to stop a running task
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        for process in processes:
            process.join(timeout=5)


class DaskExecutor:
    """Chunks as tasks on a Dask distributed cluster; each worker process builds its pipeline once.

    spaCy's vocabulary is not thread-safe, so a worker runs one newsevents chunk at a time
    whatever its thread count (the task code holds a per-process lock): start workers with
    `--nthreads 1` to use every core. `workers` counts worker processes, not threads."""

    def __init__(self, address: str, *, timeout: float = DEFAULT_CONNECT_TIMEOUT) -> None:
        try:
            from dask.distributed import Client
        except ImportError as error:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("--scheduler needs Dask: pip install 'newsevents[dask]'") from error
        try:
            self._client = Client(address, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as error:
            raise SchedulerUnreachable(
                f"no Dask scheduler answered at {address} within {timeout:g} s ({type(error).__name__})"
            ) from None
        threads = self._client.nthreads()
        self.workers = max(1, len(threads))
        many = sorted({n for n in threads.values() if n > 1})
        self.notice = (
            f"Dask workers have {'/'.join(map(str, many))} threads; newsevents runs one chunk at a time per worker "
            "(spaCy's vocabulary is not thread-safe): start workers with --nthreads 1 and more processes"
            if many
            else None
        )

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return self._client.submit(fn, chunk, pure=False)

    def close(self) -> None:
        self._client.close()

    def abort(self) -> None:
        self._client.close()


def ordered_results(
    executor: Executor, fn: Callable[[T], R], jobs: Iterable[tuple[K, T | None]], *, window: int
) -> Iterator[tuple[K, R | None]]:
    """`(key, fn(payload))` over `jobs`, in order, with at most `window` payloads in flight; a None payload is not submitted."""
    pending: deque[tuple[K, Handle[R] | None]] = deque()
    for key, payload in jobs:
        pending.append((key, None if payload is None else executor.submit(fn, payload)))
        if len(pending) >= window:
            first, handle = pending.popleft()
            yield first, None if handle is None else handle.result()
    while pending:
        first, handle = pending.popleft()
        yield first, None if handle is None else handle.result()
