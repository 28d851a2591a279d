"""Word lists of the claims stage: attribution cues, speaker nouns and accusation markers.

The cue lexicon is wider than textacy's ``_reporting_verbs`` (which misses *read*, *indicate*,
*accuse*, *allege*, *deny*, *stress*, *affirm*, *clarify*, *praise* …). Each cue lemma carries the
stance it gives a claim by itself; *say*-like cues give ``assert`` and the content may still make
the claim an accusation (see :mod:`.stance`).
"""
from __future__ import annotations

_ASSERT = """
say tell add state report announce confirm indicate stress affirm clarify explain note point
reveal insist argue maintain emphasize emphasise underline underscore reiterate declare assert
acknowledge admit estimate observe write tweet post disclose mention comment predict assure
highlight conclude remark respond reply testify recount read quote cite inform notify
stipulate specify suggest believe claim
""".split()

_ACCUSE = "accuse blame condemn denounce criticise criticize allege slam decry protest charge".split()
_DENY = "deny reject refute dismiss rebut dispute".split()
_THREATEN = "threaten warn vow".split()
_DEMAND = "demand urge call ask appeal request".split()
_PRAISE = "praise commend hail salute laud applaud thank congratulate".split()

#: cue lemma -> stance it gives the claim
CUE_STANCE: dict[str, str] = {}
for _lemmas, _stance in ((_ASSERT, "assert"), (_ACCUSE, "accuse"), (_DENY, "deny"),
                         (_THREATEN, "threaten"), (_DEMAND, "demand"), (_PRAISE, "praise")):
    for _lemma in _lemmas:
        CUE_STANCE[_lemma] = _stance
#: commitments: a threat when the content speaks of punishment or force, else an assertion
CUE_STANCE.update({"pledge": "assert", "promise": "assert"})
COMMITMENT_CUES = {"pledge", "promise", "vow"}

#: cues that need a clause or a quotation as complement (a bare object is not a claim)
CLAUSE_ONLY = {"say", "add", "state", "indicate", "stress", "affirm", "clarify", "explain", "note",
               "insist", "argue", "maintain", "emphasize", "emphasise", "underline", "underscore",
               "reiterate", "assert", "assure", "conclude", "remark", "respond", "reply",
               "suggest", "believe", "write", "tweet", "post", "point", "reveal", "announce",
               "declare", "admit", "acknowledge", "observe", "read", "estimate", "predict",
               "mention", "highlight", "testify", "recount", "quote", "cite", "inform",
               "notify", "stipulate", "specify", "comment", "disclose", "tell", "confirm",
               "claim"}

#: "read" reports speech only when a text is its subject ("The statement reads: …")
TEXT_NOUNS = {"statement", "communique", "communiqué", "letter", "message", "text", "post", "tweet",
              "release", "declaration", "note", "banner", "report", "document", "announcement",
              "bulletin", "notice"}

#: the documents a speaker issues; "the statement said" is resolved to who issued it
STATEMENT_NOUNS = TEXT_NOUNS - {"report", "document", "banner", "declaration", "text"}
ISSUE_VERBS = {"issue", "release", "publish", "send", "post", "circulate", "distribute", "put"}

#: head nouns of noun phrases that can speak (besides named entities and actor mentions)
SPEAKER_NOUNS = set("""
statement source sources official spokesman spokeswoman spokesperson minister ministry agency
monitor observatory group activist witness resident police army military government president
commander leader chief head director reporter correspondent media analyst expert diplomat envoy
office council committee coalition organization organisation command force militant rebel fighter
faction watchdog officer doctor medic governor mayor newspaper television channel station website
page account sheikh cleric lawyer representative delegate secretary ambassador authority
administration party movement front network union parliament spokesmen officials sources
activists witnesses residents observers observer commission mission inquiry investigator
investigators report daily outlet broadcaster newsagency prosecutor court judge premier king
prince emir ayatollah foreign defence defense interior embassy presidency cabinet senator
congressman lawmaker deputy mp chairman chairwoman founder member members people man woman
survivor survivors father mother relative relatives family families medics doctors nurse
rescuer rescuers worker workers journalist journalists photographer blogger user users
campaigner campaigners monitor monitors group groups regime forces militia militias army armies
communique text letter message release declaration announcement bulletin notice tweet post
states countries nations powers allies partners
""".split())

#: nouns standing for a source's figures ("according to a new toll from X": X speaks)
FIGURE_NOUNS = {"toll", "count", "figure", "figures", "tally", "data", "report", "reports",
                "statement", "estimate", "estimates", "information", "record", "records",
                "documentation", "sources", "source"}

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_THING = {"it"}
PRONOUNS_PLURAL = {"they", "them"}
PRONOUNS_FIRST = {"we", "i", "us", "me"}

#: nouns that mark an attack, crime or collusion; an actor attached to one is the claim's target
ACCUSATION_NOUNS = set("""
aggression attack attacks massacre massacres crime crimes atrocity atrocities genocide
extermination terrorism occupation cooperation collusion complicity coordination support
violation violations shelling bombing bombardment killing killings slaughter invasion
oppression repression persecution assault assaults abuse abuses bombardments offensive
escalation brutality barbarism aggressions incursion incursions siege blockade
""".split())

#: verbs whose subject is accused of something when a party says it
ACCUSATION_VERBS = set("""
attack kill massacre bomb shell target strike destroy occupy invade torture kidnap abduct
slaughter besiege violate support help assist aid arm fund finance cooperate collude coordinate
launch commit exterminate terrorize terrorise displace starve loot burn execute detain arrest
threaten harness undermine obstruct sponsor back
""".split())

#: words that make a commitment a threat
FORCE_WORDS = {"unpunished", "punish", "punishment", "retaliate", "retaliation", "revenge",
               "avenge", "respond", "response", "crush", "defeat", "destroy", "strike",
               "war", "force", "price", "pay", "consequences", "eliminate", "resistance"}

#: phrasal cues whose particle is part of the cue ("point out")
PARTICLES = {"point": "out"}

#: stance -> PLOVER category of the speech-act event it yields
STANCE_EVENT = {"accuse": "ACCUSE", "threaten": "THREATEN", "demand": "REQUEST", "deny": "REJECT",
                "praise": "SUPPORT"}
