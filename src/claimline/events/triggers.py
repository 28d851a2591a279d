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
               L.CLASH, L.SHOOT, L.ABDUCT, L.SEXUAL, L.MOB, L.VIOLENCE, L.KILL]
VIOLENT = set(SPECIFICITY)
_REFINABLE = {L.VIOLENCE, L.KILL, L.EXPLOSION, L.SHOOT, L.CLASH, L.LOOT, L.SHELL, L.AIR}
_WEAPON_SEIZE = {"seize", "confiscate", "find", "discover", "uncover", "seizure", "capture",
                 "recover", "clear", "identify", "neutralize", "neutralise", "intercept"}
_ARMED_KINDS = {"state", "armed_group"}
_GOV_RETAKE = {"recapture", "retake", "regain", "liberate", "liberation"}
#: families whose triggers a disaster also fits ("floods killed 66", "battle the wildfires")
_DISASTER_PRONE = {L.KILL, L.EXPLOSION, L.VIOLENCE, L.LOOT, L.WITHDRAW, L.CLASH, L.CAPTURE}
#: triggers that are deliberate acts even amid a disaster ("shops looted during the lockdown")
_DELIBERATE = {"loot", "looting", "plunder", "vandalize", "vandalise", "arson"}
_ATTACK_CUES = (L.SHELL_CUES | L.SUICIDE_CUES | {"airstrike", "airstrikes", "warplane", "drone",
                                                 "ied", "landmine", "grenade", "gunman",
                                                 "gunmen", "militant", "attack", "attacker",
                                                 "bomber", "terrorist", "rebel"})


def _disaster_named(sent, cues: set[str]) -> bool:
    """The sentence names a disaster and no weapon or attacker ("tanks to storm Raqqa" is an
    assault, "storm" as a verb too)."""
    return not cues & _ATTACK_CUES and any(
        t.lemma_.lower() in L.DISASTER_CUES and not (t.pos_ == "VERB" and t.lemma_.lower() ==
                                                     "storm") for t in sent)


def industrial_accident(cues: set[str]) -> bool:
    """An explosion at an industrial site or in equipment, with no sign of an attack."""
    return bool(cues & L.INDUSTRIAL_CUES) and not cues & _ATTACK_CUES


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
                head = max(toks[i:i + n], key=lambda t: (t.pos_ == "VERB", t.pos_ in
                                                          _TRIGGER_POS, t.dep_ != "compound",
                                                          t.i))
                out.append(Trigger(head, tok.idx, toks[i + n - 1].idx + len(toks[i + n - 1]),
                                   L.PHRASES[key]))
                used.update(range(i, i + n))
                break
        else:
            obj = _phrase_object(tok)  # "took full control", "cut all diplomatic ties"
            if obj is not None and obj.i - sent.start not in used:
                out.append(Trigger(tok, tok.idx, obj.idx + len(obj),
                                   L.PHRASES[(lemmas[i], obj.lemma_.lower())]))
                used.add(obj.i - sent.start)
                continue
            family = L.LEMMAS.get(lemmas[i]) or L.LEMMAS.get(tok.lower_)
            if family and tok.pos_ in _TRIGGER_POS and _is_event_use(tok, family):
                out.append(Trigger(tok, tok.idx, tok.idx + len(tok), family))
    return out


def _phrase_object(tok):
    """The direct object that makes a verb + noun phrase with words between them."""
    if tok.pos_ != "VERB":
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i + 1
                 and (tok.lemma_.lower(), c.lemma_.lower()) in L.PHRASES), None)


def _is_event_use(tok, family: str) -> bool:
    if tok.lower_ == "according":
        return False  # "according to" is lemmatised "accord"
    head = tok.head.lemma_.lower()
    if tok.dep_ == "compound" and head not in L.EVENT_HEADS and head not in L.LEMMAS:
        return False  # "missile tests", "attack helicopter", "rocket launcher"
    if tok.dep_ == "amod" and tok.head.lemma_.lower() not in L.EVENT_HEADS:
        return False  # "looting spree" stays an event
    lemma = tok.lemma_.lower()
    if lemma == "strike" and any(c.lower_ in ("hunger", "general", "labour", "labor")
                                 for c in tok.children):
        return False
    if tok.pos_ == "NOUN" and lemma in ("target", "hit", "beat", "claim", "martyr", "kill",
                                         "slay", "die"):
        return False  # "our martyrs", "a good kill": people and things, not events
    if lemma in ("protester", "demonstrator", "rioter") and not tok.dep_.startswith("nsubj"):
        return False  # protesters as doers stand for a protest; as victims they do not
    if lemma == "engage" and any(c.dep_ == "prep" and c.lower_ == "in" and not any(
            g.lemma_.lower() in L.LEMMAS for g in c.children) for c in tok.children):
        return False  # "engaged in stealing cars", not "engaged in fighting"
    if lemma in ("demonstrate", "march") and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "demonstrates its endeavor"
    if family == L.MOBILIZE and tok.pos_ != "VERB" and lemma not in ("deployment",
                                                                     "reinforcement"):
        return False  # "FNA dispatches"
    if lemma in L.WEAPON_NOUNS and tok.pos_ == "NOUN" and _handled(tok):
        return False
    return True


def _handled(tok) -> bool:
    """A weapon noun that is a thing handled: "grenades were discovered", "arms ... seized,
    which include grenades", "100kg of explosives, mines and grenades were found", "the bombs
    discovered on Wednesday"."""
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in L.WEAPON_HANDLING
           for c in tok.children):
        return True
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in L.WEAPON_HANDLING:
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("conj", "relcl", "acl"):
            return False  # another clause's verb: stop climbing
    return False


def sentence_cues(sent) -> set[str]:
    words = set()
    for t in sent:
        words.add(t.lemma_.lower())
        words.add(t.lower_)
        if t.text == "-" and 0 < t.i - sent.start < len(sent) - 1 and not t.whitespace_:
            prev, nxt = t.nbor(-1), t.nbor(1)  # "sit-ins" -> "sit-in"
            words.add(f"{prev.lemma_.lower()}-{nxt.lemma_.lower()}")
    return words


_TEMPORAL = {"after", "before", "since", "until", "following", "once"}


def temporal_clause(tok) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL
                                       for c in tok.children)


def weapon_cues(sent, tok) -> set[str]:
    """The sentence's words without other time-linked clauses ("killed in airstrikes after
    rebels launched an offensive": the offensive is not an air strike)."""
    own = next((t for t in [tok, *tok.ancestors] if temporal_clause(t)), None)
    tokens = own.subtree if own is not None else sent
    words = set()
    for t in tokens:
        if own is None and any(temporal_clause(a) for a in [t, *t.ancestors]) and not any(
                temporal_clause(a) for a in [tok, *tok.ancestors]):
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _TARGETING:
            continue  # "destroying several helicopters": a target, not the weapon used
        words.add(t.lemma_.lower())
        words.add(t.lower_)
    return words


_TARGETING = {"destroy", "damage", "hit", "target", "down", "intercept", "disable", "burn"}


def _objects(tok) -> list:
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out.append(tok.head)  # "poisonous gas used by ...", "weapons seized in ..."
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "over"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prt" or (c.dep_ == "dobj" and c.lemma_ == "control"):
            for g in c.children:
                if g.dep_ == "prep":
                    out += [p for p in g.children if p.dep_ == "pobj"]
    return _with_conjuncts(out)


def _with_conjuncts(objects: list) -> list:
    """Objects with their conjuncts and, under a quantity or container noun ("a stash of
    rifles and ammunition", "100kg of explosives"), the "of"-phrase's nouns."""
    out, stack = [], list(objects)
    while stack and len(out) < 24:
        o = stack.pop()
        if o in out:
            continue
        out.append(o)
        stack += [c for c in o.children if c.dep_ == "conj"]
        if o.lemma_.lower() in L.QUANTITY_HEADS or o.pos_ == "NUM" or o.like_num or any(
                ch.isdigit() for ch in o.text):
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    stack += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _subject_noun(tok) -> str | None:
    """Lemma of the head noun of a verb's subject ("Houthi rebels took ..." -> "rebel")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("conj", "xcomp") and tok.head.pos_ == "VERB":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj.lemma_.lower() if subj is not None else None


def _targets(tok) -> list:
    """What a trigger is aimed at: "attacks on properties", "raid against the camp"."""
    return _with_conjuncts([g for c in tok.children if c.dep_ == "prep" and c.lower_ in
                            ("on", "against", "at", "upon") for g in c.children
                            if g.dep_ == "pobj"])


def refine(trig: Trigger, cues: set[str], actor_kinds: list[str], recipient_kinds: list[str]
           ) -> str | None:
    """The final family of a trigger in its sentence (``cues``: the sentence's words and
    lemmas), or None when it is no conflict event."""
    fam = trig.family
    lemma = trig.token.lemma_.lower()
    objects = {o.lemma_.lower() for o in _objects(trig.token)}
    if fam in _DISASTER_PRONE and not actor_kinds and lemma not in _DELIBERATE and \
            _disaster_named(trig.token.sent, cues):
        return None
    if fam in (L.KILL, L.EXPLOSION) and not actor_kinds and industrial_accident(cues):
        return None  # "a gas container exploded", "an explosion ripped through a warehouse"
    strong_air = cues & (L.AIR_CUES - {"air", "plane", "raid"})
    if lemma in L.WEAPON_HANDLING and objects & L.WEAPON_OBJECTS and not (
            lemma == "destroy" and (strong_air or cues & L.SHELL_CUES)):
        return L.DISRUPT  # "destroyed an IED", "cleared landmines", "seized rockets"
    if fam in (L.MOBILIZE, L.HQ) and lemma in ("set", "establish") and objects & L.BASE_NOUNS:
        return L.HQ  # "set up a new military post", "established a number of barracks"
    if fam == L.MOBILIZE and lemma in ("form", "move", "set") and not objects & L.GROUP_NOUNS:
        return None
    if fam == L.HQ and not objects & L.BASE_NOUNS:
        return None
    if lemma == "impose" and not objects & L.SANCTION_OBJECTS:
        return None
    if lemma == "use":  # "poisonous gas used by terrorists"; anything else used is no event
        return L.CHEM if objects & L.CHEM_AGENTS and cues & L.CHEM_CUES else None
    if lemma in L.WEAPON_VERBS and trig.token.pos_ != "VERB":
        return None  # "the launch of", "a fire"
    if lemma in L.WEAPON_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in L.LEMMAS
                                       for c in trig.token.children):
        return None  # "launched an offensive": the noun is the event
    if lemma in L.WEAPON_VERBS and not cues & (L.CHEM_CUES | L.AIR_CUES | L.SHELL_CUES |
                                               L.FIREARM_CUES | L.WEAPON_OBJECTS):
        return None
    if fam in _REFINABLE:
        cues = weapon_cues(trig.token.sent, trig.token) | {lemma}
        strong_air = cues & (L.AIR_CUES - {"air", "plane", "raid"})
        if cues & L.CHEM_CUES:
            return L.CHEM
        if "suicide" in cues:
            return L.SUICIDE
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
    if fam == L.DIPLOMACY and not actor_kinds:
        return None
    return fam


def typing(fam: str, trig: Trigger, cues: set[str], actor_kinds: list[str],
           recipient_kinds: list[str]) -> tuple[str, str | None, str | None]:
    """(PLOVER category, mode, ACLED sub-type) of a refined family."""
    f = L.FAMILIES[fam]
    acled = f.acled
    if fam in (L.VIOLENCE, L.KILL, L.SHOOT):
        targets = {o.lemma_.lower() for o in _objects(trig.token) + _targets(trig.token)}
        armed_target = set(recipient_kinds) & _ARMED_KINDS or targets & L.MILITARY_TARGETS
        # ACLED: an attack on armed forces is an Armed clash, whoever the (unnamed) attacker
        armed_actor = set(actor_kinds) & _ARMED_KINDS or (not actor_kinds and fam != L.KILL)
        if armed_target and armed_actor and "population" not in recipient_kinds:
            acled = "Armed clash"
        elif fam == L.VIOLENCE and targets & L.PROPERTY_TARGETS and not targets & (
                L.PERSON_NOUNS | L.MILITARY_TARGETS):
            return "COERCE", "destroy", "Looting/property destruction"  # "attacks on shops"
        if cues & L.MOB_CUES and not armed_target:
            return "ASSAULT", "beat", "Mob violence"
        if cues & {"protester", "demonstrator", "protest", "demonstration"}:
            acled = protest_sub_type(cues, actor_kinds, violence_trigger=True)
    elif fam == L.CLASH and cues & {"protester", "demonstrator", "rioter"}:
        return "PROTEST", "riot", "Violent demonstration"
    elif fam == L.CAPTURE:
        lemma = trig.token.lemma_.lower()
        abandoned = cues & L.ABANDON_CUES or {"pull", "out"} <= cues
        if abandoned and not cues & L.FIGHTING_CUES:
            acled = "Non-violent transfer of territory"  # taken after the other side left
        else:
            taker = _subject_noun(trig.token)
            if taker in L.STATE_FORCE_NOUNS or (taker not in L.NON_STATE_NOUNS and (
                    "state" in actor_kinds or (not actor_kinds and lemma in _GOV_RETAKE))):
                acled = "Government regains territory"
    elif fam == L.PROTEST:
        acled = protest_sub_type(cues, actor_kinds, violence_trigger=False)
    elif fam == L.ARREST and cues & _PROTEST_WORDS:
        acled = "Protest with intervention"  # ACLED: arrests at a protest
    if acled == "Violent demonstration":
        return "PROTEST", "riot", acled
    return f.plover, f.mode, acled


_PROTEST_WORDS = {"protest", "protester", "protestor", "demonstrator", "demonstration",
                  "sit-in", "rally", "march"}
#: demonstrators' own violence (ACLED: a Violent demonstration even when police intervene)
_RIOT_CUES = {"riot", "rioter", "violent", "violence", "clash", "clashing", "stone", "rock",
              "torch", "vandalize", "vandalise", "loot", "smash", "molotov", "firebomb",
              "aggressive", "throw", "hurl", "blaze", "ransack", "rampage", "vandalism"}
#: lethal force or serious harm against protesters (ACLED: Excessive force against protesters)
_LETHAL_CUES = {"kill", "killing", "fatally", "dead", "death", "deadly", "live", "excessive"}
_FORCE_CUES = {"shoot", "fire", "ammunition", "bullet", "gunfire", "force", "shot"}


def protest_sub_type(cues: set[str], actor_kinds: list[str], violence_trigger: bool) -> str:
    """ACLED's demonstration sub-types, in the codebook's order of precedence: protesters'
    own violence, then lethal force against them, then other intervention, else peaceful."""
    if cues & _RIOT_CUES or (violence_trigger and "population" in actor_kinds):
        return "Violent demonstration"
    if cues & _LETHAL_CUES and cues & _FORCE_CUES:
        return "Excessive force against protesters"
    if violence_trigger or cues & L.INTERVENTION_CUES:
        return "Protest with intervention"
    return "Peaceful protest"


def violence_rank(fam: str) -> int:
    return SPECIFICITY.index(fam) if fam in SPECIFICITY else len(SPECIFICITY)
