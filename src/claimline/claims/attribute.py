"""Put cues and quotations together and resolve every claim's speaker.

A quotation takes the cue before it in its sentence ("The SDF indicated through the statement:
"…""), else the cue right after it (""…" he said"), else a statement named just before it ("And the
statement "…""), else the last speaker (a quotation without a cue continues the last one).
Speakers are resolved in text order so that pronouns and "the statement" find their referent.
"""
from __future__ import annotations

import re

from .cues import Candidate, find_cues, statement_issuers
from .lexicon import STATEMENT_NOUNS
from .quotes import find_quotes
from .speakers import Speaker, SpeakerResolver, _head, plausible_speaker

MIN_QUOTE_WORDS = 4
GAP_BEFORE = 220   # characters allowed between a cue and the quotation it introduces
GAP_AFTER = 90     # characters allowed between a quotation and the cue after it
_STATEMENT_BEFORE = re.compile(
    r"\b(?:the|its|a|this|their|his|her)\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(STATEMENT_NOUNS))
    + r")\s*[:,]?\s*$", re.IGNORECASE)
_HEADLINE_SPEAKER = re.compile(r"^\s*([A-Z][\w.'’ -]{1,60}?)\s*:\s")


def _same_sentence(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return "\n\n" not in gap and not re.search(r"[.!?][\"”’]?\s+[A-Z]", gap) \
        and not re.search(r"[.!?]\s*$", gap)


def _tokens_in(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def attach_quotes(doc, cands: list[Candidate], resolver: SpeakerResolver) -> list[Candidate]:
    text = doc.text
    out = list(cands)
    for q in find_quotes(text):
        if len(q.span) and len(text[q.start:q.end].split()) < MIN_QUOTE_WORDS:
            continue
        inner = [c for c in cands if c.cue_span and q.start <= c.cue_span[0] < q.end
                 and c.speaker_tokens and q.start <= c.speaker_tokens[0].idx < q.end
                 and plausible_speaker(c.speaker_tokens, resolver)]
        if inner and min(c.cue_span[0] for c in inner) - q.start < 120:
            continue  # a quotation that reports someone else ("A source said …") speaks for it
        before = [c for c in cands if c.cue_span and c.cue_span[1] <= q.open_mark
                  and q.open_mark - c.cue_span[1] <= GAP_BEFORE
                  and _same_sentence(text, c.cue_span[1], q.open_mark)
                  and (c.content is None or c.content[1] >= q.open_mark - GAP_BEFORE)]
        if before:
            cand = max(before, key=lambda c: c.cue_span[0])
            _extend(cand, q)
            continue
        close = q.outer[1]
        after = [c for c in cands if c.cue_span and c.cue_span[0] >= close
                 and c.cue_span[0] - close <= GAP_AFTER
                 and _same_sentence(text, close, c.cue_span[0])
                 and (c.content is None or c.content[1] <= c.cue_span[0])]
        if after:
            cand = min(after, key=lambda c: c.cue_span[0])
            cand.content = q.span
            cand.kind = "direct"
            cand.quote = q
            continue
        line_start = max(text.rfind("\n", 0, q.open_mark), text.rfind(". ", 0, q.open_mark)) + 1
        m = _STATEMENT_BEFORE.search(text[line_start:q.open_mark])
        if m:
            toks = _tokens_in(doc, line_start + m.start(), line_start + m.end())
            toks = [t for t in toks if not t.is_punct and not t.is_space]
            out.append(Candidate(cue=None, cue_text=None, cue_span=None, speaker_tokens=toks,
                                 content=q.span, kind="statement", quote=q))
            continue
        if _has_verb(doc, q.span):  # a bare noun phrase in quotes is a name, not a claim
            out.append(Candidate(cue=None, cue_text=None, cue_span=None, content=q.span,
                                 kind="direct", quote=q))
    return out


def _has_verb(doc, span) -> bool:
    toks = _tokens_in(doc, span[0], span[1])
    return any(t.pos_ in {"VERB", "AUX"} for t in toks)


def _headline_like(doc, span) -> bool:
    """Link lists and headlines of scraped pages ("Syrian Minister Says Economy Lost …")."""
    toks = [t for t in _tokens_in(doc, span[0], span[1]) if t.is_alpha and len(t) > 3]
    if len(toks) < 4:
        return False
    return sum(t.text[0].isupper() for t in toks) / len(toks) > 0.6


def _extend(cand: Candidate, q) -> None:
    if cand.content is None:
        cand.content = q.span
    else:
        cand.content = (min(cand.content[0], q.start), max(cand.content[1], q.end))
    cand.kind = "direct"
    cand.quote = q


def resolve_speakers(doc, cands: list[Candidate], resolver: SpeakerResolver) -> list:
    """[(candidate, Speaker|None)] in text order, implausible speakers dropped."""
    issuers = statement_issuers(doc)
    _headline_issuer(doc, resolver)
    cands = sorted((c for c in cands if c.content and not _headline_like(doc, c.content)),
                   key=lambda c: (c.anchor, c.content[0]))
    resolved: dict[int, Speaker | None] = {}
    results = []
    for cand in cands:
        while issuers and issuers[0][0] <= cand.anchor:
            sp = resolver.resolve(issuers.pop(0)[1])
            if sp and sp.actor:
                resolver.issuer = sp.actor
        enclosing = next((s for c, s in reversed(results) if c.quote and c.content
                          and c.content[0] <= cand.anchor < c.content[1]), None)
        if cand.inherit is not None:
            speaker = resolved.get(cand.inherit.i)
            if cand.inherit.i not in resolved:
                continue
        elif cand.speaker_tokens:
            if cand.cue is not None and not plausible_speaker(cand.speaker_tokens, resolver):
                continue
            speaker = resolver.resolve(cand.speaker_tokens, quote_speaker=enclosing)
        else:
            speaker = resolver.last(cand.anchor)
        if cand.cue is not None:
            resolved[cand.cue.i] = speaker
        if speaker and speaker.actor:
            head = _head(cand.speaker_tokens).lemma_.lower() if cand.speaker_tokens else ""
            resolver.remember(cand.anchor, speaker, head)
            if cand.via_statement and resolver.issuer is None:
                resolver.issuer = speaker.actor
        if cand.kind == "direct" and (cand.via_statement or _statement_speaker(cand)):
            cand.kind = "statement"
        results.append((cand, speaker))
    return _drop_restatements(results)


def _statement_speaker(cand: Candidate) -> bool:
    return bool(cand.speaker_tokens) and _head(cand.speaker_tokens).lemma_.lower() in STATEMENT_NOUNS


def _headline_issuer(doc, resolver: SpeakerResolver) -> None:
    """"SDF: Turkish aggression …" — the party named before a headline colon issued the text."""
    first_line = doc.text.split("\n", 1)[0]
    m = _HEADLINE_SPEAKER.match(first_line)
    if m and len(m.group(1).split()) <= 5:
        actor = resolver.actor_at((m.start(1), m.end(1)))
        if actor:
            resolver.issuer = actor


def _drop_restatements(results: list) -> list:
    """A cue inside another claim of the same speaker restates it ("…, and confirmed that …")."""
    kept = []
    for cand, sp in results:
        dup = any(other is not cand and other.content and cand.cue_span
                  and other.content[0] <= cand.cue_span[0] < other.content[1]
                  and (osp.actor if osp else None) == (sp.actor if sp else None)
                  and other.content[0] <= cand.content[0] and cand.content[1] <= other.content[1]
                  for other, osp in results)
        same = any(other is not cand and other.content == cand.content and other.cue is not None
                   and cand.cue is None for other, _ in results)
        if not dup and not same:
            kept.append((cand, sp))
    return kept


def collect(record, doc) -> tuple[list, SpeakerResolver]:
    resolver = SpeakerResolver(record, doc)
    cands = attach_quotes(doc, find_cues(doc), resolver)
    return resolve_speakers(doc, cands, resolver), resolver
