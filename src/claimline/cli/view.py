"""The human view of a record: rich tables for the terminal."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..record import Record


def _span(record: Record, span) -> str:
    return record.document.text[span[0]:span[1]]


def _names(record: Record, ids) -> str:
    return ", ".join(record.actor(i).name if record.actor(i) else i for i in ids) or "—"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def render(record: Record, console: Console) -> None:
    doc = record.document
    pub = f"{doc.published.date or 'unknown'} ({doc.published.source})"
    head = Text.assemble((doc.title or doc.origin or doc.id, "bold"), "\n",
                         f"{doc.id} · {doc.outlet or 'outlet unknown'} · published {pub}")
    parts = [head]

    events = Table(title="Events", title_justify="left", expand=False)
    for col in ("id", "type / ACLED", "actor → recipient", "where", "when", "killed", "status",
                "according to"):
        events.add_column(col)
    for ev in record.events:
        place = record.place(ev.place)
        killed = "—"
        if ev.fatalities:
            f = ev.fatalities
            killed = str(f.best) if f.low == f.high else f"{f.best} ({f.low}–{f.high})"
        events.add_row(ev.id, f"{ev.type}{'/' + ev.mode if ev.mode else ''}\n{ev.acled or ''}",
                       f"{_names(record, ev.actor)} → {_names(record, ev.recipient)}",
                       place.name if place else "—",
                       f"{ev.date.start or '?'} ({ev.date.precision})", killed, ev.status,
                       _names(record, ev.claimed_by) if ev.claimed_by else "outlet")
    parts.append(events)

    ents = Table(title="Actors and places", title_justify="left")
    for col in ("id", "name", "kind", "where / country", "mentions"):
        ents.add_column(col)
    for a in record.actors:
        ents.add_row(a.id, a.name, a.kind, a.country or "",
                     _clip("; ".join(dict.fromkeys(_span(record, m) for m in a.mentions)), 60))
    for p in record.places:
        loc = f"{p.lat:.3f}, {p.lon:.3f} {p.country or ''}" if p.lat is not None else "unresolved"
        ents.add_row(p.id, p.name, p.feature, loc,
                     _clip("; ".join(dict.fromkeys(_span(record, m) for m in p.mentions)), 60))
    parts.append(ents)

    if record.times:
        times = Table(title="Time expressions", title_justify="left")
        for col in ("text", "value", "anchor", "approx."):
            times.add_column(col)
        for t in record.times:
            times.add_row(t.text, t.value, t.anchor, "yes" if t.approximate else "")
        parts.append(times)

    if record.claims:
        claims = Table(title="Claims", title_justify="left")
        for col in ("id", "speaker", "stance", "cue", "targets", "content"):
            claims.add_column(col)
        for c in record.claims:
            claims.add_row(c.id, _names(record, [c.speaker]) if c.speaker else "outlet", c.stance,
                           c.cue or "", _names(record, c.targets), _clip(_span(record, c.content)))
        parts.append(claims)

    if record.framing:
        framing = Table(title="Loaded language", title_justify="left")
        for col in ("text", "technique", "neutral wording", "voice"):
            framing.add_column(col)
        for f in record.framing:
            framing.add_row(f.text, f.technique, f.neutral or "—",
                            _names(record, [f.voice]) if f.voice else "outlet")
        parts.append(framing)

    if record.summary:
        parts.append(Panel(record.summary, title="Neutral summary", title_align="left"))
    console.print(Panel(Group(*parts), expand=False))
