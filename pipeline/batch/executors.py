"""Where chunks of articles are processed: in this process, a local pool, or a Dask cluster.

Each executor takes a picklable function and a chunk and returns a handle whose
`result()` blocks; `ordered_results` keeps a bounded window of chunks in flight
and yields their results in submission order, so output order never depends on
the executor and memory stays flat however long the input is.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any, Protocol, TypeVar, cast

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


WORKER_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
JOIN_SECONDS = 5.0  # how long a stopped worker may take to end before it is killed


class WorkerDied(RuntimeError):
    """A worker process ended abruptly (killed, out of memory): the run stops instead of waiting forever."""


def _worker_main(conn: Connection, initializer: Callable[[], None] | None, inherited: list[Connection]) -> None:
    """A worker: runs `(fn, payload)` messages from `conn` one at a time and answers each with `(ok, value)`.

    It starts with SIGINT and SIGTERM blocked (the parent blocks them around the fork; the mask is
    inherited), so a Ctrl-C that reaches the whole process group while the worker starts stays
    pending instead of raising KeyboardInterrupt half-way. Then Ctrl-C is ignored (the parent stops
    the workers) and SIGTERM gets its default action, whatever handlers the parent set for itself,
    and only then are the signals unblocked: a pending Ctrl-C is dropped, a pending SIGTERM ends the
    worker. A forked worker also holds the parent's ends of the other workers' connections and of
    its own: it closes them, so that it sees the end of its input when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, WORKER_SIGNALS)
    for other in inherited:
        other.close()
    if initializer is not None:
        initializer()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        fn, payload = message
        try:
            reply: tuple[bool, Any] = (True, fn(payload))
        except Exception as error:
            reply = (False, error)
        try:
            data = ForkingPickler.dumps(reply)
        except Exception as error:  # an unpicklable result or exception: its description instead
            data = ForkingPickler.dumps((False, RuntimeError(f"worker reply not picklable: {error!r}")))
        del reply
        try:
            conn.send_bytes(data)
        except OSError:
            return  # the parent is gone or stopping the workers


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    task: int | None = None  # the task it is running


class _TaskHandle:
    def __init__(self, executor: ProcessExecutor, task: int) -> None:
        self._executor = executor
        self._task = task

    def result(self) -> Any:
        return self._executor.result_of(self._task)


class ProcessExecutor:
    """A pool of local processes, each building its pipeline once (forked: inheriting the parent's).

    Built on its own so that nothing can leave the parent waiting on a dead worker: each worker has
    its own connection and runs one task at a time; the parent holds the tasks not yet handed out,
    sends one only to an idle worker (which reads it whole before doing anything else, so neither
    side can block the other), and waits on the busy workers' connections and process sentinels
    together, in its own thread (no helper threads, no shared queues or locks that a killed worker
    could leave held). A worker that dies, even half-way through sending a result (its connection
    then ends), stops the run with `WorkerDied`; stopping the pool kills the workers and waits a
    bounded time for each. Workers are daemons: if the parent ends without stopping them, its exit
    terminates them."""

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._context = cast(
            "ForkContext | SpawnContext", multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        )
        self.workers = workers
        self.notice: str | None = None
        self._all: list[_Worker] = []
        self._idle: deque[_Worker] = deque()
        self._queued: deque[tuple[int, Callable[[Any], Any], Any]] = deque()
        self._results: dict[int, tuple[bool, Any]] = {}
        self._next_task = 0
        try:
            # Blocked here, a Ctrl-C or SIGTERM sent to the process group while workers are forked waits
            # (in the parent and in each new worker) until the worker can take it; in the parent it is
            # raised when the mask is restored, and the workers started so far are stopped below.
            previous = signal.pthread_sigmask(signal.SIG_BLOCK, WORKER_SIGNALS)
            try:
                for _ in range(workers):
                    self._start_worker(initializer)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        except BaseException:
            self.abort()
            raise

    def _start_worker(self, initializer: Callable[[], None] | None) -> None:
        parent_end, child_end = self._context.Pipe(duplex=True)
        forked = self._context.get_start_method() == "fork"
        inherited = [*(w.conn for w in self._all), parent_end] if forked else []
        process = self._context.Process(
            target=_worker_main, args=(child_end, initializer, inherited), name="newsevents-worker", daemon=True
        )
        try:
            process.start()
        finally:
            child_end.close()  # the worker's end lives in the worker only: its death ends the parent's reads
        worker = _Worker(process, parent_end)
        self._all.append(worker)
        self._idle.append(worker)

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        task = self._next_task
        self._next_task += 1
        self._queued.append((task, fn, chunk))
        self._hand_out()
        return _TaskHandle(self, task)

    def _hand_out(self) -> None:
        while self._queued and self._idle:
            task, fn, chunk = self._queued.popleft()
            try:
                data = ForkingPickler.dumps((fn, chunk))
            except Exception as error:  # an unpicklable task fails alone, as its result
                self._results[task] = (False, error)
                continue
            worker = self._idle.popleft()
            worker.task = task
            try:
                worker.conn.send_bytes(data)
            except OSError:
                raise WorkerDied("a worker process ended abruptly (killed, or out of memory?)") from None

    def result_of(self, task: int) -> Any:
        """The task's result, waiting for it (and handing out queued tasks as workers come free)."""
        while task not in self._results:
            self._collect()
        ok, value = self._results.pop(task)
        if ok:
            return value
        raise value

    def _collect(self) -> None:
        busy = [w for w in self._all if w.task is not None]
        if not busy:
            raise RuntimeError("no worker is running the task waited for")  # a bug: never wait forever
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for worker in busy:
            if worker.conn in ready:
                try:
                    data = worker.conn.recv_bytes()
                except (EOFError, OSError):  # it died, possibly half-way through its result
                    raise WorkerDied("a worker process ended abruptly (killed, or out of memory?)") from None
                assert worker.task is not None
                try:
                    self._results[worker.task] = ForkingPickler.loads(data)
                except Exception as error:  # a worker's exception that cannot be rebuilt here
                    self._results[worker.task] = (False, RuntimeError(f"worker reply unreadable: {error!r}"))
                worker.task = None
                self._idle.append(worker)
            elif worker.process.sentinel in ready:
                raise WorkerDied("a worker process ended abruptly (killed, or out of memory?)")
        self._hand_out()

    def close(self) -> None:
        """Stop the idle workers after the last task: each is asked to end, and killed if it does not in time."""
        for worker in self._all:
            with contextlib.suppress(OSError):  # already gone: stopped below all the same
                worker.conn.send(None)
        self._stop(kill=False)

    def abort(self) -> None:
        """Stop the workers now (Ctrl-C, a write error, a dead worker): tasks in flight are dropped."""
        self._stop(kill=True)

    def _stop(self, *, kill: bool) -> None:
        workers, self._all = self._all, []
        self._idle.clear()
        self._queued.clear()
        self._results.clear()
        for worker in workers:
            if kill:
                worker.process.kill()
        for worker in workers:
            worker.process.join(timeout=JOIN_SECONDS)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join(timeout=JOIN_SECONDS)
            worker.conn.close()


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
