"""Registered, versioned stages and the runner that chains them.

A document goes ingest → text (before parsing) and then, on the spaCy ``Doc`` of its cleaned text,
through the analysis stages time → actors → places → events → claims → framing → summary. Each
analysis stage is a pure function ``(record, doc) -> record``: it reads what earlier stages put in
the record and returns a new record with its own section filled. Stages register themselves with
:func:`stage`; the runner loads spaCy once and batches with ``nlp.pipe``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from .errors import ClaimlineError
from .record import Record

__all__ = ["Stage", "stage", "STAGES", "ANALYSIS_STAGES", "Pipeline", "get_stage"]

#: the analysis stages in pipeline order; each lives in the package of the same name
ANALYSIS_STAGES: tuple[str, ...] = ("time", "actors", "places", "events", "claims", "framing",
                                    "summary")

StageFunc = Callable[[Record, object], Record]


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    func: StageFunc

    def __call__(self, record: Record, doc) -> Record:
        out = self.func(record, doc)
        out.pipeline[self.name] = self.version
        return out


STAGES: dict[str, Stage] = {}


def stage(name: str, version: str) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the analysis stage ``name`` (bump ``version`` when output changes)."""

    def register(func: StageFunc) -> StageFunc:
        STAGES[name] = Stage(name, version, func)
        return func

    return register


def get_stage(name: str) -> Stage:
    if name not in STAGES:
        try:
            importlib.import_module(f"claimline.{name}")
        except ModuleNotFoundError:
            pass
    if name not in STAGES:
        raise ClaimlineError("E005", name=name, known=", ".join(ANALYSIS_STAGES))
    return STAGES[name]


class Pipeline:
    """Runs the analysis stages over records whose ``document.text`` is already clean."""

    def __init__(self, stages: Sequence[str] = ANALYSIS_STAGES, nlp=None, batch_size: int = 16):
        self.stages = [get_stage(name) for name in stages]
        if nlp is None:
            from .nlp import load_nlp
            nlp = load_nlp()
        self.nlp = nlp
        self.batch_size = batch_size

    def analyse(self, record: Record, doc=None) -> Record:
        if doc is None:
            doc = self.nlp(record.document.text)
        for st in self.stages:
            try:
                record = st(record, doc)
            except ClaimlineError:
                raise
            except Exception as exc:  # a stage bug must not kill a batch: report it, coded
                raise ClaimlineError("E011", stage=st.name,
                                     input=record.document.origin or record.document.id,
                                     reason=f"{type(exc).__name__}: {exc}") from exc
        return record

    def analyse_many(self, items: Iterable[Record | ClaimlineError]
                     ) -> Iterator[Record | ClaimlineError]:
        """Stream records (errors pass through in place) through ``nlp.pipe`` and the stages.

        Memory stays flat: ``nlp.pipe`` consumes the iterator lazily in batches.
        """
        def texts():
            for item in items:
                if isinstance(item, ClaimlineError):
                    yield "", item
                else:
                    yield item.document.text, item

        for doc, item in self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size):
            if isinstance(item, ClaimlineError):
                yield item
                continue
            try:
                yield self.analyse(item, doc)
            except ClaimlineError as err:
                yield err
