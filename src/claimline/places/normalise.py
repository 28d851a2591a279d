"""Place-name normalisation: one folded key per name, and a transliteration skeleton.

``normalise_name`` folds what never distinguishes two places: case, diacritics, punctuation,
the Arabic article (al-/el-/ar-/as-/ad-…), Kurdish letters (ç ş ê î û x), "Saint"/"St.". It is
idempotent. ``strip_generic`` then drops heads like "Mount"/"Jabal"/"Çiya" for a second lookup
("Mount Qarachokh" → "qarachokh", while "Mount Pleasant" is found whole first).

``skeleton`` goes further for transliteration variants (Qarachokh/Karachok/Qereçox): Q→K, kh/x→k,
doubled letters single, vowels dropped. Many unrelated names share a skeleton, so it is only
a fallback lookup whose hits are rescored with a fuzzy ratio.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalise_name", "skeleton", "skeleton_of_key", "strip_generic", "is_arabic"]

# letters that NFKD does not decompose into base + mark
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                          "ß": "ss", "æ": "ae", "œ": "oe", "ʿ": "", "ʾ": "", "ʼ": "", "’": "",
                          "‘": "", "'": "", "`": "", "´": "", "ʻ": "", "ː": ""})
# Kurdish/Turkish letters whose sound English spells with two letters
_DIGRAPH = str.maketrans({"ç": "ch", "ş": "sh", "Ç": "Ch", "Ş": "Sh"})
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|at|az|an|ad|adh|ath|the)[\s-]+(?=\w{3})")
_GENERIC = re.compile(r"^(?:mount|mt|mountain|jabal|jebel|jabel|djebel|ciya|chiya|cheya|"
                      r"city of|town of|village of)\s+|"
                      r"\s+(?:mountain|mountains|township|twp)$")
_NON_WORD = re.compile(r"[^\w\s]+|_")
_SPACE = re.compile(r"\s+")
_SAINT = re.compile(r"\b(?:st|ste|saint|sainte)\b")
#: abbreviated generic words of (mostly North American) place names: "Mt. Pleasant" is
#: Mount Pleasant, "Ft. Worth" Fort Worth, "Pt. Pleasant" Point Pleasant, "Loudon Co." Loudon
#: County (GeoNames spells them out); a compass initial before a name is its direction word
#: ("W. Columbia" is West Columbia, "S. Korea" South Korea)
_ABBREVIATED = re.compile(r"^(?:mt|ft|pt)(?= )|(?<= )co$|^[nsew](?= [a-z]{3})")
#: what a match of _ABBREVIATED's first form starts with
_ABBREVIATED_STARTS = ("mt ", "ft ", "pt ")
#: the first characters of _ARTICLE's and _ARABIC_ARTICLE's matches
_ARTICLE_FIRST = frozenset("aetا")
_EXPANDED = {"mt": "mount", "ft": "fort", "pt": "point", "co": "county",
             "n": "north", "s": "south", "e": "east", "w": "west"}
#: the space after a name particle, which names write both ways ("De Soto"/"DeSoto", "La
#: Salle"/"LaSalle", "Mc Lean"/"McLean", "Da Nang"/"Danang")
_PARTICLE = re.compile(r"\b(de|la|le|du|mc|mac|van|von|da|di|del)\s(?=[a-z]{3})")
#: ASCII punctuation to spaces, the apostrophe dropped (a bytes table: str.translate looks each
#: character up in a dict); the separators str.split() treats as whitespace and bytes.split()
#: does not (\x1c-\x1f) become spaces too, so that split() gives the same words
_ASCII_PUNCT_CHARS = "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\x1c\x1d\x1e\x1f"
_ASCII_PUNCT = bytes.maketrans(_ASCII_PUNCT_CHARS.encode(), b" " * len(_ASCII_PUNCT_CHARS))
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_ARTICLE = re.compile(r"^ال(?=\S{2})")
_ARABIC_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _fold(text: str) -> str:
    text = text.translate(_DIGRAPH).translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    if is_arabic(text):
        # keep Arabic letters; drop harakat and tatweel; unify alef/yeh/teh-marbuta forms
        text = re.sub(r"[\u064B-\u065F\u0670\u0640]", "", text)
        text = text.translate(_ARABIC_FORMS)
    else:
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_SPECIAL)
    text = _NON_WORD.sub(" ", text.replace("_", " "))
    return _SPACE.sub(" ", text).strip()


def strip_generic(key: str) -> str:
    """Drop a generic head ("mount", "jabal", "city of") from a normalised key."""
    previous = None
    while previous != key:
        previous = key
        key = _GENERIC.sub("", key).strip()
    return key


def _expand(key: str) -> str:
    if "st" in key or "sain" in key:  # every form _SAINT folds holds one of them
        key = _SAINT.sub("saint", key)
    if " " in key:
        # (only where one of _ABBREVIATED's three forms can be: most keys have none)
        if (key.startswith(_ABBREVIATED_STARTS) or key.endswith(" co") or key[1:2] == " ") \
                and _ABBREVIATED.search(key):
            key = _ABBREVIATED.sub(_expanded, key)
        while _PARTICLE.search(key):  # "de la paz": "la paz" joins first, then "de lapaz"
            key = _PARTICLE.sub(_joined, key)
    return key


def _expanded(m: re.Match) -> str:
    return _EXPANDED[m.group(0)]


def _joined(m: re.Match) -> str:
    return m.group(1)


def _once(text: str) -> str:
    return _strip_heads(_expand(_fold(text)))


def _strip_heads(key: str) -> str:
    if " " not in key and not key.startswith("ال"):
        return key
    if key[:1] not in _ARTICLE_FIRST and not key[:1].isspace() and not key[-1:].isspace():
        return key  # no article can open it, and it is stripped: the loop would keep it
    previous = None
    while previous != key:
        previous = key
        key = _ARTICLE.sub("", key).strip()
        key = _ARABIC_ARTICLE.sub("", key).strip()
    return key


def normalise_name(text: str) -> str:
    """Fold ``text`` to the lookup key of a place name (idempotent; never raises)."""
    if not text:
        return ""
    text = str(text)
    if len(text) <= 64:  # names recur across mentions and texts: fold each once
        return _normalise_cached(text)
    return _normalise(text)


def _normalise(text: str) -> str:
    if text.isascii():  # fast path (most names); ASCII input reaches its fixed point at once
        key = b" ".join(text.encode().lower().translate(_ASCII_PUNCT, b"'").split()).decode()
        return _strip_heads(_expand(key))
    key = _once(text)
    for _ in range(8):  # reach the fixed point (exotic Unicode can need a second fold)
        again = _once(key)
        if again == key:
            break
        key = again
    return key


_normalise_cached = lru_cache(maxsize=100_000)(_normalise)


_SKELETON_MAP = {"kh": "k", "gh": "k", "ck": "k", "q": "k", "x": "k", "c": "k", "ph": "f",
                 "dh": "d", "th": "t", "w": "v"}
_SKELETON_STEPS = (
    (re.compile(r"kh|gh|ck|ph|dh|th|q|x|w|c(?!h)"), lambda m: _SKELETON_MAP[m.group(0)]),
    (re.compile(r"(?<=[aeiouy])h\b|(?<=\w)[aeiouy]+|\s+"), ""),
    (re.compile(r"(\w)\1+"), r"\1"),
)


def skeleton(text: str) -> str:
    """A consonant skeleton of a (normalised) Latin-script name for transliteration lookups."""
    return skeleton_of_key(strip_generic(normalise_name(text)))


def skeleton_of_key(key: str) -> str:
    """:func:`skeleton` of an already normalised key."""
    if not key or not key.isascii():
        return key
    for pattern, repl in _SKELETON_STEPS:
        key = pattern.sub(repl, key)
    return key
