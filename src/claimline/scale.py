"""Scale out: run extraction on a Dask distributed cluster (``pip install 'claimline[dask]'``).

Inputs are split into chunks; each worker process loads spaCy once (the pipeline is cached per
process) and returns the records of its chunk. At most ``in_flight`` chunks are submitted at a
time, so memory on the client stays flat however long the input stream is. Results come back in
completion order; storing them is the caller's job (the store is written from one process).
"""
from __future__ import annotations

import itertools
from typing import Callable, Iterable, Iterator

from .errors import ClaimlineError
from .ingest import ReadOptions
from .record import Record

__all__ = ["extract_distributed", "local_client"]


def _require_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ClaimlineError("E016", extra="dask", module="distributed") from exc
    return distributed


def local_client(workers: int):
    """A client for a new local cluster of ``workers`` single-threaded worker processes."""
    distributed = _require_distributed()
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    return distributed.Client(cluster)


def _extract_chunk(specs: list[str], published: str | None, options: ReadOptions,
                   skip_ids: frozenset) -> tuple[list[Record | ClaimlineError], int]:
    """Runs on a worker: the chunk's records and errors, and how many documents were skipped."""
    from .extraction import get_pipeline, iter_records

    skipped = 0

    def skip(document_id: str) -> bool:
        nonlocal skipped
        skipped += document_id in skip_ids
        return document_id in skip_ids

    records = list(get_pipeline().analyse_many(iter_records(specs, published, options, skip)))
    return records, skipped


def extract_distributed(inputs: Iterable[str], client, published: str | None = None,
                        options: ReadOptions | None = None, chunk_size: int = 25,
                        in_flight: int | None = None, skip_ids: Iterable[str] = (),
                        on_skip: Callable[[int], None] | None = None
                        ) -> Iterator[Record | ClaimlineError]:
    """Stream records (or coded errors) for ``inputs`` computed on the cluster of ``client``.

    Documents whose id is in ``skip_ids`` are dropped on the workers before analysis;
    ``on_skip(n)`` is told how many per chunk.
    """
    distributed = _require_distributed()
    options = options or ReadOptions()
    in_flight = in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    skip = frozenset(skip_ids)
    chunks = iter(lambda it=iter(inputs): list(itertools.islice(it, chunk_size)), [])
    pending = distributed.as_completed()
    for chunk in itertools.islice(chunks, in_flight):
        pending.add(client.submit(_extract_chunk, chunk, published, options, skip, pure=False))
    for future in pending:
        try:
            results, skipped = future.result()
        except Exception as exc:  # a worker died: report the chunk, keep going
            results, skipped = [ClaimlineError("E017", reason=f"{type(exc).__name__}: {exc}")], 0
        if on_skip and skipped:
            on_skip(skipped)
        future.release()
        yield from results
        nxt = next(chunks, None)
        if nxt:
            pending.add(client.submit(_extract_chunk, nxt, published, options, skip, pure=False))
