"""Event triggers of a sentence and their typing (PLOVER category + mode, ACLED sub-type).

A generic trigger is refined by the weapon cues of its sentence ("attack" + "warplanes" =
Air/drone strike), territory seizures by what is seized and by whom, protests by the police
response. Killings caused by a disaster or accident are not conflict events and are dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as L

_TRIGGER_POS = {"VERB", "NOUN", "PROPN"}
#: more specific families win when one sentence holds several violence triggers
SPECIFICITY = [L.CHEM, L.SUICIDE, L.AIR, L.SHELL, L.IED, L.GRENADE, L.EXPLOSION, L.EXECUTE,
               L.SHOOT, L.CLASH, L.ABDUCT, L.SEXUAL, L.MOB, L.VIOLENCE, L.KILL]
VIOLENT = set(SPECIFICITY)
_REFINABLE = {L.VIOLENCE, L.KILL, L.EXPLOSION, L.SHOOT, L.CLASH, L.LOOT, L.SHELL, L.AIR}
_WEAPON_SEIZE = {"seize", "confiscate", "find", "discover", "uncover", "seizure", "capture"}
_ARMED_KINDS = {"state", "armed_group"}
_GOV_RETAKE = {"recapture", "retake", "regain", "liberate", "liberation"}


@dataclass
class Trigger:
    token: object          # spaCy token (head of the trigger)
    start: int             # character span of the trigger words
    end: int
    family: str


def find_triggers(sent) -> list[Trigger]:
    out: list[Trigger] = []
    toks = list(sent)
    lemmas = [t.lemma_.lower() for t in toks]
    used: set[int] = set()
    for i, tok in enumerate(toks):
        if i in used:
            continue
        for n in range(L.MAX_PHRASE, 1, -1):
            key = tuple(lemmas[i:i + n])
            if len(key) == n and key in L.PHRASES:
                head = max(toks[i:i + n], key=lambda t: (t.pos_ in _TRIGGER_POS, t.pos_ == "NOUN"
                                                          and t.dep_ != "compound", t.i))
                out.append(Trigger(head, tok.idx, toks[i + n - 1].idx + len(toks[i + n - 1]),
                                   L.PHRASES[key]))
                used.update(range(i, i + n))
                break
        else:
            family = L.LEMMAS.get(lemmas[i]) or L.LEMMAS.get(tok.lower_)
            if family and tok.pos_ in _TRIGGER_POS and _is_event_use(tok, family):
                out.append(Trigger(tok, tok.idx, tok.idx + len(tok), family))
    return out


def _is_event_use(tok, family: str) -> bool:
    if tok.dep_ == "compound" and tok.head.lemma_.lower() not in L.LEMMAS:
        return False  # "missile tests", "attack helicopter", "rocket launcher"
    if tok.dep_ == "amod":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "strike" and any(c.lower_ in ("hunger", "general", "labour", "labor")
                                 for c in tok.children):
        return False
    if tok.pos_ == "NOUN" and lemma in ("target", "hit", "beat", "claim", "martyr", "kill",
                                         "slay", "die", "protester", "demonstrator", "rioter"):
        return False  # "our martyrs", "a good kill": people and things, not events
    if lemma in ("demonstrate", "march") and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "demonstrates its endeavor"
    return True


def sentence_cues(sent) -> set[str]:
    words = set()
    for t in sent:
        words.add(t.lemma_.lower())
        words.add(t.lower_)
    return words


def _objects(tok) -> list:
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "over"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prt" or (c.dep_ == "dobj" and c.lemma_ == "control"):
            for g in c.children:
                if g.dep_ == "prep":
                    out += [p for p in g.children if p.dep_ == "pobj"]
    return out


def refine(trig: Trigger, cues: set[str], actor_kinds: list[str], recipient_kinds: list[str]
           ) -> str | None:
    """The final family of a trigger in its sentence (``cues``: the sentence's words and
    lemmas), or None when it is no conflict event."""
    fam = trig.family
    lemma = trig.token.lemma_.lower()
    objects = {o.lemma_.lower() for o in _objects(trig.token)}
    if fam in (L.KILL, L.EXPLOSION, L.VIOLENCE, L.LOOT, L.WITHDRAW) and cues & L.DISASTER_CUES \
            and not actor_kinds:
        return None
    if fam in _REFINABLE:
        if cues & {"chemical", "chlorine", "sarin", "nerve", "mustard", "toxic", "poison"}:
            return L.CHEM
        if "suicide" in cues:
            return L.SUICIDE
        strong_air = cues & (L.AIR_CUES - {"air", "plane", "raid"})
        if fam == L.AIR or (strong_air and fam != L.SHOOT) or (lemma == "bomb" and
                                                               trig.token.pos_ == "VERB"):
            return L.AIR
        if cues & L.SHELL_CUES:
            return L.SHELL
        if fam in (L.EXPLOSION, L.VIOLENCE, L.KILL) and cues & L.IED_CUES and (
                fam == L.EXPLOSION or cues & {"explosion", "blast", "explode", "detonate"}):
            return L.IED
        if "grenade" in cues:
            return L.GRENADE
        if fam in (L.VIOLENCE, L.KILL) and cues & L.FIREARM_CUES:
            return L.SHOOT
        if fam == L.LOOT:
            return L.LOOT if (objects & L.PROPERTY_NOUNS or lemma in
                              ("loot", "looting", "plunder", "arson", "torch", "vandalize",
                               "vandalise")) else None
        return fam
    if fam == L.CAPTURE:
        if trig.token.dep_ == "relcl":
            objects.add(trig.token.head.lemma_.lower())
        if lemma in ("liberate", "liberation") and objects & L.PERSON_NOUNS:
            return None  # people freed, not territory taken
        if objects & L.WEAPON_OBJECTS:
            return L.DISRUPT
        if objects & L.PERSON_NOUNS:
            return L.ARREST if "state" in actor_kinds else L.ABDUCT
        return fam
    if fam == L.DISRUPT and lemma in _WEAPON_SEIZE and not objects & L.WEAPON_OBJECTS:
        return None
    if fam in (L.DIPLOMACY, L.SANCTION) and not actor_kinds:
        return None
    return fam


def typing(fam: str, trig: Trigger, cues: set[str], actor_kinds: list[str],
           recipient_kinds: list[str]) -> tuple[str, str | None, str | None]:
    """(PLOVER category, mode, ACLED sub-type) of a refined family."""
    f = L.FAMILIES[fam]
    acled = f.acled
    if fam in (L.VIOLENCE, L.KILL, L.SHOOT):
        armed_both = (set(actor_kinds) & _ARMED_KINDS and set(recipient_kinds) & _ARMED_KINDS)
        if armed_both and "population" not in recipient_kinds:
            acled = "Armed clash"
        if "protesters" in cues or "protester" in cues or "demonstrator" in cues:
            acled = "Excessive force against protesters"
    elif fam == L.CAPTURE:
        lemma = trig.token.lemma_.lower()
        if "state" in actor_kinds or (not actor_kinds and lemma in _GOV_RETAKE):
            acled = "Government regains territory"
    elif fam == L.PROTEST:
        if cues & {"kill", "fatally", "live"} and cues & {"shoot", "fire", "ammunition",
                                                           "bullet", "kill"}:
            acled = "Excessive force against protesters"
        elif cues & L.INTERVENTION_CUES:
            acled = "Protest with intervention"
        elif cues & {"riot", "rioter", "violent", "violence", "clash", "stone", "torch",
                     "vandalize", "loot"}:
            return "PROTEST", "riot", "Violent demonstration"
    return f.plover, f.mode, acled


def violence_rank(fam: str) -> int:
    return SPECIFICITY.index(fam) if fam in SPECIFICITY else len(SPECIFICITY)
