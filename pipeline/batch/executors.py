"""Where chunks of articles are processed: in this process, a local pool, or a Dask cluster.

Each executor takes a picklable function and a chunk and returns a handle whose
`result()` blocks; `ordered_results` keeps a bounded window of chunks in flight
and yields their results in submission order, so output order never depends on
the executor and memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Handle(Protocol[R]):
    def result(self) -> R: ...


class _Done:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class _PoolHandle:
    def __init__(self, async_result: Any) -> None:
        self._async_result = async_result

    def result(self) -> Any:
        return self._async_result.get()


class Executor(Protocol):
    workers: int

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs each chunk at once in this process: `--jobs 1`."""

    workers = 1

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return _Done(fn(chunk))

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A pool of local processes, each building its pipeline once."""

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers = workers
        self._pool = context.Pool(workers, initializer=initializer)

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return _PoolHandle(self._pool.apply_async(fn, (chunk,)))

    def close(self) -> None:
        self._pool.close()
        self._pool.join()


class DaskExecutor:
    """Chunks as tasks on a Dask distributed cluster; each worker process builds its pipeline once."""

    def __init__(self, address: str) -> None:
        try:
            from dask.distributed import Client
        except ImportError as error:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("--scheduler needs Dask: pip install 'newsevents[dask]'") from error
        self._client = Client(address)
        self.workers = max(1, sum(self._client.nthreads().values()))

    def submit(self, fn: Callable[[T], R], chunk: T) -> Handle[R]:
        return self._client.submit(fn, chunk, pure=False)

    def close(self) -> None:
        self._client.close()


def ordered_results(executor: Executor, fn: Callable[[T], R], chunks: Iterable[T], *, window: int) -> Iterator[R]:
    """Results of `fn` over `chunks`, in order, with at most `window` chunks in flight."""
    pending: deque[Handle[R]] = deque()
    for chunk in chunks:
        pending.append(executor.submit(fn, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
