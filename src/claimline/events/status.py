"""Status of an event from cues in its clause, and who the clause attributes it to.

denied: negated trigger or governed by "deny/refute/reject"; threatened: governed by "threaten,
vow, warn"; hypothetical: conditional ("if"), future or planned ("will attack", "plans to",
"a plan for strikes", "seeking backing for the strikes"); recalled: a past event mentioned as
background (the time stage's ``is_recalled``, or anniversary / memory cues); claimed: governed
by "claim/allege" or marked "alleged"; else reported.
``claimed_by``: "according to X", or the subject of a speech verb governing the trigger.
"""
from __future__ import annotations

from .arguments import ActorIndex, _pobj, actors_of

_DENY = {"deny", "refute", "reject", "dismiss", "disavow"}
_THREAT = {"threaten", "vow", "warn", "pledge", "promise"}
_PLAN = {"plan", "intend", "prepare", "seek", "aim", "want", "consider", "propose"}
_CLAIM = {"claim", "allege", "accuse", "purport"}
_SPEECH = {"say", "tell", "report", "announce", "state", "confirm", "indicate", "add", "claim",
           "allege", "accuse", "read", "affirm", "stress", "clarify", "note", "declare",
           "write", "quote", "mention", "explain", "insist", "assert", "acknowledge", "reveal",
           "recall", "remember", "tweet", "post", "publish", "warn", "deny"}
_RECALL_CUES = {"anniversary", "remembrance", "commemorate", "commemoration", "recall",
                "remember", "memory", "ago", "memorial"}


#: nouns of a plan or a permission: "a plan for strikes", "authorization for military strikes"
_PLAN_NOUNS = {"plan", "authorization", "authorisation", "request", "proposal"}
#: what one seeks before acting: "is seeking backing for the strikes"
_ASSENT = {"backing", "support", "approval", "authorization", "authorisation", "permission",
           "mandate", "consent"}


def _planned_object(tok) -> bool:
    """A noun trigger the clause asks for or plans rather than tells: the object of a planning
    verb ("prepares an offensive"), or "for" a planning noun ("a plan for Syria strikes",
    "authorization for military strikes") or an assent sought ("is seeking backing for the
    strikes")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    t = tok
    while t.dep_ in ("compound", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj":  # not "aim", whose object is a weapon fired ("aimed missiles at")
        return t.head.pos_ == "VERB" and t.head.lemma_.lower() in _PLAN - {"aim"}
    if t.dep_ != "pobj" or t.head.lower_ != "for":
        return False
    owner = t.head.head
    if owner.pos_ == "NOUN" and owner.lemma_.lower() in _PLAN_NOUNS:
        return True
    return owner.lemma_.lower() in _ASSENT and owner.dep_ == "dobj" and \
        owner.head.pos_ == "VERB" and owner.head.lemma_.lower() in _PLAN


_DONE = {"manage", "succeed", "continue", "begin", "start", "resume", "go", "try", "attempt",
         "fail"}


def _infinitive(verb) -> bool:
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
            return True
    return False


def _ancestors(tok, limit: int = 5):
    out, t = [], tok
    while t.head.i != t.i and len(out) < limit:
        t = t.head
        out.append(t)
    return out


def _verb_of(tok):
    """The verb a noun trigger depends on ("launched an attack" -> launched)."""
    if tok.pos_ == "VERB":
        return tok
    return next((a for a in _ancestors(tok, 3) if a.pos_ in ("VERB", "AUX")), tok)


def cue_status(tok) -> str | None:
    """denied / threatened / hypothetical / claimed from the clause of ``tok``, or None."""
    verb = _verb_of(tok)
    chain = [tok, verb, *_ancestors(verb, 3)]
    lemmas = [t.lemma_.lower() for t in chain]
    if any(c.dep_ == "neg" for t in (tok, verb) for c in t.children):
        return "denied"
    if any(lem in _DENY for lem in lemmas[1:]):
        return "denied"
    if any(lem in _THREAT for lem in lemmas[1:]):
        return "threatened"
    for t in (tok, verb):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return "hypothetical"
            if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") and not any(
                    s.lower_ == "have" for s in t.children):
                return "hypothetical"
    if any(lem in _PLAN for lem in lemmas[1:3]) and verb.dep_ == "xcomp":
        return "hypothetical"
    if _planned_object(tok):
        return "hypothetical"
    if verb.pos_ == "VERB" and _infinitive(verb) and verb.head.lemma_.lower() not in _DONE:
        return "hypothetical"  # "committed to liberate", "an offensive to capture"
    if any(lem in _CLAIM for lem in lemmas[1:]) or any(
            c.lower_ in ("alleged", "purported", "reported") and c.dep_ == "amod"
            for c in tok.children):
        return "claimed"
    return None


def recall_cue(sent) -> bool:
    return any(t.lemma_.lower() in _RECALL_CUES for t in sent)


def attributed_to(tok, sent, index: ActorIndex) -> list[str]:
    """Actors the sentence credits with the event: "according to X", "X said ... killed"."""
    out: list[str] = []
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            out += actors_of(_pobj(t.doc[t.i + 1]), index)
    for anc in _ancestors(tok, 6):
        if anc.lemma_.lower() in _SPEECH and anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
                continue  # "the aggression confirms ...": the event is the subject
            speakers = actors_of(subj, index)
            if speakers:
                out += speakers
                break
    return list(dict.fromkeys(out))
