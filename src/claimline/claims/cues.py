"""Attribution cues found on the dependency parse: reported speech, stance verbs, "according to".

Each cue becomes a :class:`Candidate`: the cue, the speaker phrase (tokens), the content span and
the stance the cue gives. Quotations are added to these candidates afterwards (:mod:`.attribute`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import (CLAUSE_ONLY, CUE_STANCE, FIGURE_NOUNS, ISSUE_VERBS, PARTICLES,
                      STATEMENT_NOUNS, TEXT_NOUNS)

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: children of an end-of-sentence cue that may stand between the content and the cue
TRAILING_DEPS = {"nsubj", "aux", "auxpass", "advmod", "prep", "npadvmod", "dobj", "dative", "punct",
                 "neg", "appos", "advcl", "prt", "cc", "conj", "agent", "nsubjpass", "acomp",
                 "oprd", "dep", "attr", "xcomp"}
NEEDS_COMPLEMENT = {"threaten", "warn", "vow", "pledge", "promise"}
NP_COMPLEMENT_PREPS = {"of", "for", "over", "about", "on", "upon", "against", "to"}


@dataclass
class Candidate:
    cue: object | None                 # the cue token (None: quotation without a cue)
    cue_text: str | None
    cue_span: tuple[int, int] | None
    speaker_tokens: list = field(default_factory=list)
    content: tuple[int, int] | None = None
    kind: str = "indirect"
    stance: str = "assert"
    target_tokens: list = field(default_factory=list)
    inherit: object | None = None      # the cue token whose speaker this one shares
    via_statement: bool = False        # "through the statement", "in a statement"
    quote: object | None = None

    @property
    def anchor(self) -> int:
        if self.cue_span:
            return self.cue_span[0]
        return self.content[0] if self.content else 0


def token_span(tokens) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trimmed_span(doc, tokens) -> tuple[int, int] | None:
    """The character span of ``tokens`` without leading/trailing punctuation and 'that'."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "mark"
                    or toks[0].lower_ in {"that", "and", "but"}):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return token_span(toks) if toks else None


def _subtree(tok) -> list:
    return list(tok.subtree)


def _speaker_tokens(verb) -> tuple[list, bool]:
    """(speaker tokens, passive) for a cue verb: its subject, or the agent of a passive."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _noun_phrase(objs[0]), True
        return [], True
    for c in verb.children:
        if c.dep_ in {"nsubj", "csubj"}:
            return _noun_phrase(c), False
    return [], False


def _inverted_subject(verb) -> list:
    """"… added the Observatory", "said Rami Abdel Rahman": the speaker follows the cue."""
    if verb.lemma_.lower() not in CLAUSE_ONLY or verb.i + 1 >= len(verb.doc):
        return []
    if verb.lemma_.lower() in {"tell", "inform", "notify", "assure"}:
        return []  # their object is the addressee
    nxt = verb.doc[verb.i + 1]
    for c in verb.children:
        if c.i > verb.i and c.dep_ in {"dobj", "nsubj", "attr", "dep", "npadvmod", "appos"} \
                and c.left_edge.i == nxt.i and (c.pos_ == "PROPN" or c.ent_type_ or
                                                 nxt.lower_ in {"the", "a", "an"}):
            return _noun_phrase(c)
    return []


def _left_run(verb) -> list:
    """'"…" Peter Salama Executive Director of the WHO … said': a parse that hung the speaker
    on the quotation; take the noun phrase between a closing quote mark and the cue."""
    if verb.lemma_.lower() not in CLAUSE_ONLY:
        return []
    run = []
    for tok in reversed(list(verb.doc[max(0, verb.i - 14):verb.i])):
        if tok.pos_ in {"PROPN", "NOUN", "DET", "ADP", "ADJ", "CCONJ"} and not tok.is_punct:
            run.insert(0, tok)
            continue
        if tok.is_quote or tok.text in {"\"", "”", "’", "»"}:
            break
        return []
    while run and run[0].pos_ in {"ADP", "CCONJ"}:
        run = run[1:]
    return run if run and any(t.pos_ == "PROPN" or t.ent_type_ for t in run) else []


def _noun_phrase(tok) -> list:
    """The subject phrase, without relative clauses that would swallow half the sentence."""
    toks = [t for t in tok.subtree]
    cut = [c for c in tok.children if c.i > tok.i and (c.dep_ in {"relcl", "acl"} or (
        c.dep_ == "prep" and c.lower_ in {"for", "over", "about"}))]
    if cut:
        stop = min(c.left_edge.i for c in cut)
        toks = [t for t in toks if t.i < stop]
    return toks


def _is_cue(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in CUE_STANCE or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.dep_ in {"amod", "compound"}:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if lemma in PARTICLES and not any(c.dep_ == "prt" and c.lower_ == PARTICLES[lemma]
                                      for c in tok.children):
        return False
    if lemma == "claim" and any(c.lemma_.lower() in {"responsibility", "credit"}
                                for c in tok.children):
        return False
    if lemma == "call" and not any(c.dep_ in {"prep", "xcomp", "ccomp"} and
                                   (c.lower_ in {"on", "upon", "for"} or c.dep_ != "prep")
                                   for c in tok.children):
        return False
    if lemma in {"thank", "ask", "charge"} and tok.tag_ == "VBN" and tok.dep_ != "ROOT":
        return False
    if lemma in NEEDS_COMPLEMENT and not any(
            c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"of", "against"})
            for c in tok.children):
        return False  # "threatening them" describes an act; "threatened to strike" reports one
    return True


def find_cues(doc) -> list[Candidate]:
    """Reported-speech and stance-verb candidates on the parse of ``doc``."""
    found: list[Candidate] = []
    by_token: dict[int, Candidate] = {}
    for tok in doc:
        if tok.lower_ == "according":
            cand = _according(doc, tok)
        elif _is_cue(tok):
            cand = _verb_cue(doc, tok, by_token)
        else:
            continue
        if cand:
            found.append(cand)
            by_token[tok.i] = cand
    return found


def _verb_cue(doc, verb, by_token) -> Candidate | None:
    lemma = verb.lemma_.lower()
    speaker, passive = _speaker_tokens(verb)
    if lemma == "read" and not (speaker and any(t.lemma_.lower() in TEXT_NOUNS for t in speaker)):
        return None
    if lemma == "claim" and passive:
        return None
    if passive and not speaker:
        return None  # "is believed to", "has been widely accused": nobody is named
    inherit = None
    if not speaker:
        speaker = _inverted_subject(verb) or _left_run(verb)
    if not speaker:
        head = verb.head
        if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"} and head.i in by_token:
            inherit = head
        elif verb.dep_ == "conj" and head.i != verb.i:
            speaker, passive = _speaker_tokens(head)
        if not speaker and inherit is None:
            return None
    text = verb.text
    prt = [c for c in verb.children if c.dep_ == "prt"]
    cue_span = (verb.idx, verb.idx + len(verb.text))
    if prt and lemma in PARTICLES:
        text = f"{verb.text} {prt[0].text}"
        cue_span = (verb.idx, prt[0].idx + len(prt[0].text))
    cand = Candidate(cue=verb, cue_text=text.lower(), cue_span=cue_span,
                     speaker_tokens=speaker, stance=CUE_STANCE[lemma], inherit=inherit)
    cand.via_statement = any(c.dep_ == "prep" and any(
        g.lemma_.lower() in STATEMENT_NOUNS for g in c.children) for c in verb.children)
    cand.content = _complement(doc, verb, lemma, passive, cand)
    if cand.content is None:
        cand.content = _trailing_content(doc, verb, speaker)
    return cand


def _complement(doc, verb, lemma, passive, cand) -> tuple[int, int] | None:
    children = list(verb.children)
    ccomp = [c for c in children if c.dep_ in {"ccomp", "csubjpass"}
             and c.i > verb.i]
    if ccomp:
        return trimmed_span(doc, _subtree(ccomp[0]))
    left_ccomp = [c for c in children if c.dep_ == "ccomp"]
    if left_ccomp:
        return trimmed_span(doc, _subtree(left_ccomp[0]))
    if lemma in CLAUSE_ONLY:
        xcomp = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i]
        if xcomp and lemma not in {"say", "tell"}:
            return trimmed_span(doc, _subtree(xcomp[0]))
        return None
    parts = []
    if passive:
        subj = [c for c in children if c.dep_ == "nsubjpass"]
        cand.target_tokens = _subtree(subj[0]) if subj else []
        parts += cand.target_tokens
        for agent in (c for c in children if c.dep_ == "agent"):
            for obj in (g for g in agent.children if g.dep_ == "pobj"):
                parts += [t for p in obj.children if p.dep_ == "prep"
                          and p.lower_ in {"for", "over", "about"} for t in p.subtree]
    for c in children:
        if c.dep_ in {"dobj", "dative"}:
            sub = _subtree(c)
            if cand.stance in {"accuse", "demand", "praise", "threaten"}:
                cand.target_tokens = _noun_phrase(c)
            parts += sub
        elif c.dep_ == "prep" and c.lower_ in NP_COMPLEMENT_PREPS and c.i > verb.i:
            sub = _subtree(c)
            if cand.stance == "demand" and c.lower_ in {"on", "upon", "for", "to"}:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                cand.target_tokens = _noun_phrase(objs[0]) if objs else []
            parts += [t for t in sub if t.i != c.i] if c.lower_ in {"of", "for"} else sub
        elif c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i:
            parts += _subtree(c)
    if not parts:
        return None
    lo = min(t.i for t in parts)
    hi = max(t.i for t in parts)
    return trimmed_span(doc, doc[lo:hi + 1])


def _trailing_content(doc, verb, speaker) -> tuple[int, int] | None:
    """"… killed 48 people the Observatory said": the cue closes the sentence, the content is
    what precedes its speaker (from the sentence start, or the end of an earlier quote)."""
    if verb.dep_ in {"relcl", "acl", "amod"}:
        return None
    if verb.lemma_.lower() not in {"tell", "inform", "notify", "assure"} and any(
            c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None  # "ISIL has claimed previous bombings": the object is what is claimed
    sent = verb.sent
    first = min([verb.i] + [t.i for t in speaker])
    if first - sent.start < 4:
        return None
    for c in verb.children:
        if c.i < first and c.dep_ not in TRAILING_DEPS:
            return None
    start = sent.start
    for t in doc[sent.start:first]:
        if t.lower_ == "according":
            return None
    return trimmed_span(doc, doc[start:first])


def _according(doc, tok) -> Candidate | None:
    """"according to X": X speaks; the content is the rest of the sentence (its longer side)."""
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            return None
        to = [nxt]
    objs = [c for c in to[0].children if c.dep_ == "pobj"]
    if not objs:
        return None
    speaker = _noun_phrase(objs[0])
    source = _figure_source(objs[0])
    phrase_lo = tok.i
    phrase_hi = max([t.i for t in speaker] + [to[0].i])
    sent = tok.sent
    before = doc[sent.start:phrase_lo]
    after = doc[phrase_hi + 1:sent.end]
    side = before if len(before.text.strip()) >= len(after.text.strip()) else after
    content = trimmed_span(doc, side) if len(side) else None
    if content is None:
        return None
    return Candidate(cue=tok, cue_text="according to",
                     cue_span=(tok.idx, to[0].idx + len(to[0].text)),
                     speaker_tokens=source or speaker, content=content)


def _figure_source(noun) -> list:
    """"according to a new toll from the Observatory": the Observatory is the source."""
    if noun.lemma_.lower() not in FIGURE_NOUNS and noun.lower_ not in FIGURE_NOUNS:
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs:
                return _noun_phrase(objs[0])
    return []


def statement_issuers(doc) -> list[tuple[int, list]]:
    """(char offset, issuer tokens) for "X issued/released a statement" and "X's statement"."""
    found = []
    for tok in doc:
        if tok.lemma_.lower() in ISSUE_VERBS and tok.pos_ == "VERB":
            if any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children):
                speaker, _ = _speaker_tokens(tok)
                if speaker:
                    found.append((tok.idx, speaker))
        elif tok.lemma_.lower() in STATEMENT_NOUNS and tok.pos_ == "NOUN":
            owners = [c for c in tok.children if c.dep_ in {"poss", "compound"}
                      and c.pos_ == "PROPN"]
            if owners:
                found.append((tok.idx, _subtree(owners[0])))
    return found
