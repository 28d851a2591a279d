"""Killed and injured counts in a sentence, from the dependency parse.

A death word ("killed", "martyred", "died", "dead", "death toll") or an injury word ("wounded",
"injured") is tied to the noun phrase that counts its victims: the passive subject ("20 people
were killed"), the object ("killing 12 soldiers"), the subject of "die", the antecedent of a
relative clause ("20 of our comrades who were martyred"), or the figure of a toll ("the death
toll rose to 70"). Killed, injured and arrested are kept apart: each word family has its own list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .counts import VAGUE, Vague, parse_count

DEATH_VERBS = {"kill", "martyr", "slay", "murder", "massacre", "execute", "behead",
               "assassinate", "slaughter", "die", "perish", "claim", "leave"}
DEATH_WORDS = {"dead", "death", "fatality", "body", "corpse", "toll", "killed", "martyr",
               "life", "massacre", "genocide", "killing"}
INJURY_VERBS = {"injure", "wound", "hurt", "maim"}
INJURY_WORDS = {"injured", "wounded", "injury", "hurt"}
CIVILIAN_NOUNS = {"civilian", "child", "woman", "resident", "people", "person", "villager",
                  "worshipper", "student", "family", "man", "boy", "girl", "infant", "baby",
                  "patient", "farmer", "shepherd", "passer-by", "member of the family",
                  "citizen", "inhabitant", "pupil", "teacher", "doctor", "journalist",
                  "refugee", "worker", "kid", "toddler", "passenger", "elderly"}
COMBATANT_NOUNS = {"soldier", "fighter", "militant", "member", "troop", "officer", "policeman",
                   "gunman", "terrorist", "rebel", "jihadist", "comrade", "personnel",
                   "guard", "militiaman", "insurgent", "combatant", "mercenary", "commander",
                   "recruit", "serviceman", "police", "attacker", "bomber", "gunmen"}
_QUANT = {"dozen", "dozens", "hundreds", "thousands", "tens", "scores", "several", "many",
          "numerous", "millions"}


@dataclass
class Count:
    kind: str            # "killed" | "injured"
    low: int
    best: int
    high: int
    civilian: bool | None  # None: not said
    token: int           # index of the death/injury word
    #: characters [start, end) of the victims' noun and what precedes it ("100 ISIL fighters")
    victim: tuple[int, int] | None = None
    vague: bool = False  # a vague quantity ("hundreds"), not a figure


def _figure(tok) -> tuple[tuple[int, int, int] | None, object]:
    """The count attached to noun ``tok`` and the noun naming the victims."""
    # "20 of our comrades", "dozens of civilians": the number heads the phrase
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        num = tok.head.head
        if num.like_num or num.lower_ in _QUANT:
            return _from_tokens(num), tok
    if tok.like_num or tok.lower_ in _QUANT:
        noun = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victim = next((c for c in noun.children if c.dep_ == "pobj"), tok) if noun else tok
        return _from_tokens(tok), victim
    nums = [c for c in tok.children if c.dep_ in ("nummod", "quantmod") or c.like_num]
    # nearest the noun first: "September 15 2016 Twenty-three civilians" (a dateline year the
    # parser also hangs on the noun is no count)
    people = tok.lemma_.lower() in CIVILIAN_NOUNS | COMBATANT_NOUNS
    for num in sorted(nums, key=lambda c: abs(tok.i - c.i)):
        figure = _from_tokens(num, counts_people=people and num.dep_ == "nummod")
        if figure:
            return figure, tok
    # "01-11-2014 100 ISIL Terrorists": the number right before the noun phrase, whatever the
    # parse of a run-on dateline made of it
    first = min([c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i],
                default=tok.i)
    before = tok.doc[first - 1] if first > 0 else None
    if before is not None and before.like_num and before.dep_ != "conj":  # not "500 and 1300"
        figure = _from_tokens(before)
        if figure:
            return figure, tok
    if nums:
        return None, tok
    amods = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in VAGUE]
    if amods:
        v = VAGUE[amods[0].lower_]
        return (Vague((v, v, v)) if v else None), tok
    if tok.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an", "one") for c in tok.children):
        return (1, 1, 1), tok
    return None, tok


_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec", "january", "february", "march", "april", "june", "july", "august",
           "september", "october", "november", "december"}


def _year_after_month(num) -> bool:
    """"21 Jul 2016 Dozens of civilians", "Sat Feb 28 2015": a year (or a day) the NER missed
    in a dateline."""
    prev = num.doc[num.i - 1] if num.i > 0 else None
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if num.is_digit and len(num.text) <= 2 and 1 <= int(num.text) <= 31:
        if prev is not None and prev.lower_.rstrip(".") in _MONTHS:
            return True  # the day of "Feb 28"
        if nxt is not None and nxt.lower_.rstrip(".") in _MONTHS and nxt.lower_ != "may":
            return True  # the day of "12 March"
    if not (num.is_digit and len(num.text) == 4 and 1900 <= int(num.text) <= 2099):
        return False
    return prev is not None and (prev.lower_.rstrip(".") in _MONTHS or
                                 (prev.is_digit and num.i > 1 and
                                  num.doc[num.i - 2].lower_.rstrip(".") in _MONTHS))


def _after_year(num) -> bool:
    """"Sat Nov 12 2016 2 Killed": a number after a dateline's year, which the NER often takes
    into the date, starts the text."""
    prev = num.doc[num.i - 1] if num.i > 0 else None
    return (prev is not None and not (num.is_digit and len(num.text) == 4)
            and re.search(r"(?:^|\D)(?:19|20)\d\d$", prev.text) is not None)


def _from_tokens(num, counts_people: bool = False) -> tuple[int, int, int] | None:
    """The count phrase of ``num``; ``counts_people``: it counts people (modifies a noun of
    people, or is a death toll's figure), so a DATE or QUANTITY tag the NER stretched over it
    ("In recent days 57 civilians", "the toll reached 330 overnight") is ignored."""
    stretched = (counts_people and num.ent_type_ in ("DATE", "QUANTITY")
                 and not (num.is_digit and len(num.text) == 4))
    if ((num.ent_type_ in _NOT_COUNTS and not stretched and not _after_year(num))
            or _year_after_month(num)):
        return None  # "1 September 2016 ... civilians": a dateline, not a toll
    doc = num.doc
    inside = {t.i for t in num.subtree}
    lo, hi = num.i, num.i
    while lo - 1 in inside and _countable(doc[lo - 1]):  # "at least 20", "more than 33"
        lo -= 1
    for t in num.subtree:  # ranges "10 to 15", "10-15"
        if t.i > num.i and (t.like_num or t.lower_ in ("to", "-", "–", "and", "or", "half")):
            hi = max(hi, t.i)
    lo = min(lo, *(c.i for c in num.children if c.dep_ in ("advmod", "quantmod")
                   and c.ent_type_ not in _NOT_COUNTS), num.i)
    return parse_count(doc[lo:hi + 1].text)


def _countable(t) -> bool:
    return (t.ent_type_ not in _NOT_COUNTS and not _year_after_month(t)
            and t.lower_.rstrip(".") not in _MONTHS)


def _victims(word):
    """Candidate victim nouns of a death/injury word."""
    out = []
    for c in word.children:
        if c.dep_ in ("nsubjpass", "dobj", "nsubj") and not (c.dep_ == "nsubj" and
                                                             word.lemma_ == "kill"):
            out.append(c)
    if word.lemma_ == "life":  # "claiming the lives of a man and a woman"
        out += [c for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children if c.dep_ == "pobj"]
    # "the massacre of 20 villagers", "following the death of five rescue workers"
    if word.pos_ == "NOUN" and word.lemma_ in ("massacre", "genocide", "killing", "murder",
                                               "death"):
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("against", "of"):
                out += [c for c in prep.children if c.dep_ == "pobj"]
        for acl in word.children:  # "the massacre committed by Turkey against ..."
            if acl.dep_ == "acl":
                for prep in acl.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("against", "of"):
                        out += [c for c in prep.children if c.dep_ == "pobj"]
    if word.dep_ in ("acl", "amod", "relcl") and word.head.pos_ in ("NOUN", "PROPN", "NUM",
                                                                     "PRON"):
        out.append(word.head)
    for c in list(out):
        if c.tag_ in ("WP", "WDT") and c.head.dep_ == "relcl":
            out.append(c.head.head)  # "comrades who were martyred"
        elif c.tag_ in ("WP", "WDT") and word.dep_ == "relcl":
            out.append(word.head)
    if word.dep_ == "relcl":
        out.append(word.head)
    if word.dep_ in ("acomp", "oprd", "xcomp"):  # "were confirmed dead"
        out += [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "were shot and killed", "were kidnapped and executed", "have been shot beheaded": a death
    # verb chained to a passive verb shares its passive subject
    if (not out and word.pos_ == "VERB" and word.dep_ in ("conj", "advcl")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)):
        out += [c for c in word.head.children if c.dep_ == "nsubjpass"]
    return [c for c in out if c.tag_ not in ("WP", "WDT", "PRP")]


def _figure_after(word):
    """"killed at least 25 members of …" misparsed (the object hung elsewhere): the number
    phrase right after an active death verb."""
    doc = word.doc
    for t in doc[word.i + 1:min(word.i + 5, word.sent.end)]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "or", "in", "on", "when", "as"):
            return None, None
        if t.like_num:
            figure = _from_tokens(t)
            noun = t.head if t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") else None
            return figure, noun
    return None, None


def _under_injury(tok) -> bool:
    """"… the lives of a man and a woman injuring 5 others": 5 counts the injured."""
    return any(a.lemma_ in INJURY_VERBS or a.lower_ in INJURY_WORDS for a in tok.ancestors)


def _toll(word):
    """"death toll rose to 70", "a toll of 70", "70 dead", "70 deaths"."""
    if word.lemma_ in ("toll", "life"):
        for t in (*word.subtree, *word.head.subtree):
            if t.like_num and t.i > word.i and not _under_injury(t):
                # a toll's figure: "the death toll reached 330 overnight" (tagged QUANTITY)
                figure = _from_tokens(t, counts_people=True)
                if figure:  # not the day of "on April 15"
                    return figure, (t.head if t.dep_ == "nummod" else None)
        # a run-on headline parse hangs the toll elsewhere ("… URL 215 The death toll of the
        # attack on April 15 surpasses 130 people"): the first count after it in the sentence
        for t in word.doc[word.i + 1:min(word.i + 16, word.sent.end)]:
            if t.like_num and not _under_injury(t) and not _injured_figure(t.head):
                figure = _from_tokens(t)
                if figure:
                    return figure, (t.head if t.dep_ == "nummod" else None)
    for c in word.children:
        if c.dep_ == "nummod" or c.like_num:
            return _from_tokens(c), None
    if word.dep_ in ("amod", "acomp") and (word.head.like_num or word.head.lower_ in _QUANT):
        return _from_tokens(word.head), None
    return None, None


def _civilian(noun) -> bool | None:
    if noun is None:
        return None
    tokens = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "conj"))]
    # title-case headlines ("6 ISIS Bombers Killed") leave plurals unlemmatised
    words = {w for t in tokens for w in (t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s"))}
    if words & COMBATANT_NOUNS:
        return False
    if words & CIVILIAN_NOUNS:
        return True
    return None


def sentence_counts(sent) -> list[Count]:
    out: list[Count] = []
    for word in sent:
        lemma = word.lemma_.lower()
        if lemma in DEATH_VERBS and word.pos_ == "VERB":
            kind = "killed"
            if lemma in ("claim", "leave"):
                lives = [c for c in word.children if c.lemma_ in ("life", "dead")]
                if not lives:
                    continue
                word = lives[0]
        elif word.lower_ in DEATH_WORDS or lemma in DEATH_WORDS:
            kind = "killed"
        elif lemma in INJURY_VERBS or word.lower_ in INJURY_WORDS:
            kind = "injured"
        else:
            continue
        figure, victim, parts = _headline_figure(word)
        for cand in ([] if figure else _victims(word)):
            if kind == "killed" and _injured_figure(cand):
                continue  # "2 Killed 10 Injured": 10 is the injured count the parse hangs here
            figure, victim = _figure(cand)
            if figure:
                parts = [(figure, _civilian(victim))]
                # "three soldiers and two civilians were killed"
                for conj in cand.conjuncts:
                    extra, other = _figure(conj)
                    if extra:
                        figure = tuple(a + b for a, b in zip(figure, extra))
                        parts.append((extra, _civilian(other)))
                        if _civilian(other) != _civilian(victim):
                            victim = None
                break
        if not figure:
            figure, victim = _toll(word)
        if not figure and word.pos_ == "VERB" and word.tag_ in ("VBD", "VBG"):
            figure, victim = _figure_after(word)
        named = _named_civilians(word, victim, figure[1]) if figure else None
        if named:  # "82 people including 58 civilians": the civilians are 58, the rest unsaid
            out.append(Count(kind, *figure, civilian=None, token=word.i,
                             victim=_victim_span(victim)))
            out.append(Count(kind, *named, civilian=True, token=word.i))
        elif figure:
            civilian = _civilian(victim)
            out.append(Count(kind, *figure, token=word.i, victim=_victim_span(victim),
                             civilian=_bare_civilian(word, victim) if civilian is None
                             else civilian, vague=isinstance(figure, Vague)))
            out += _parts(kind, parts, word.i) if victim is None else []
    return _dedupe(out)


_GENERIC_VICTIMS = {"people", "person"}


def _included(word, noun) -> list:
    """The nouns named as a part of a toll of people or of a bare figure: "82 people including
    58 civilians", "killed 42 including 16 children" (the parse hangs the part on the verb)."""
    if noun is not None and not noun.like_num:
        holders = [noun] if noun.lemma_.lower() in _GENERIC_VICTIMS else []
    else:
        holders = [h for h in (noun, word) if h is not None]
    return [part for h in holders for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ("including", "among")
            for part in prep.children if part.dep_ == "pobj"]


def _named_civilians(word, noun, total: int) -> tuple[int, int, int] | None:
    """The figure of "civilians" named as a part of a toll ("82 people including 58
    civilians"): naming the civilian part says the rest are not known to be civilians.
    Children or women named as a part are not such a split."""
    for part in _included(word, noun):
        if part.lemma_.lower() == "civilian":
            figure, _ = _figure(part)
            if figure and figure[1] < total:
                return figure
    return None


def _bare_civilian(word, noun) -> bool | None:
    """"killed 12 including five children": a bare figure with civilians named among it counts
    people, as "12 people including five children" does."""
    if noun is not None and not noun.like_num:
        return None
    return True if any(_civilian(p) for p in _included(word, noun)) else None


def _victim_span(noun) -> tuple[int, int] | None:
    if noun is None or noun.like_num:
        return None
    return noun.left_edge.idx, noun.idx + len(noun)


def _headline_figure(word):
    """Headline style "2 Killed 10 Injured", "10 civilians killed 15 injured", "Seven killed 37
    others injured": the number, or the counted noun, right before the participle."""
    if word.i == 0 or word.tag_ not in ("VBN", "VBD"):
        return None, None, []
    if any(c.dep_ == "dobj" and not _injured_figure(c) for c in word.children):
        return None, None, []  # active: "Daesh kidnapped 900 Executed 18 People"
    prev = word.doc[word.i - 1]
    # "… of Raqqa 20 civilians have been killed" parsed without a subject: the noun before
    # the auxiliaries (with a subject, the parse's own victims count: "12 people including two
    # children were killed")
    while (prev.i > 0 and prev.dep_ in ("aux", "auxpass") and prev.head.i == word.i
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)):
        prev = word.doc[prev.i - 1]
    if prev.like_num and prev.head.i <= word.i:  # not "900 Executed 18 People"
        figure = _from_tokens(prev)
        return figure, None, ([(figure, None)] if figure else [])
    if prev.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" and c.i < prev.i
                                              for c in prev.children):
        figure, victim = _figure(prev)
        if figure:
            return figure, victim, [(figure, _civilian(victim))]
    return None, None, []


def _injured_figure(tok) -> bool:
    return any(c.lemma_ in INJURY_VERBS or c.lower_ in INJURY_WORDS
                                for c in tok.children)


def _parts(kind: str, parts, token: int) -> list[Count]:
    """The civilian and the fighter part of a mixed toll ("17 militants and a child"), each
    summed on its own; victims of unsaid status stay only in the total."""
    out = []
    for civilian in (True, False):
        mine = [f for f, c in parts if c is civilian]
        if mine and len(mine) < len(parts):
            out.append(Count(kind, *(sum(v) for v in zip(*mine)), civilian=civilian,
                             token=token))
    return out


def _dedupe(counts: list[Count]) -> list[Count]:
    """"killed or wounded" over one figure, or one figure read twice: keep each figure once
    per kind."""
    seen, out = set(), []
    for c in counts:
        key = (c.kind, c.best, c.civilian)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
