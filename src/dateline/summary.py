"""A readable per-document summary for people at a terminal.

Input text is untrusted: control characters (terminal escape sequences among them)
are shown escaped, never passed through.
"""

from __future__ import annotations

import re

from .model import Document

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str, limit: int = 110) -> str:
    """Text fit for a terminal line: controls escaped, whitespace collapsed, long text cut."""
    text = CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(doc: Document) -> str:
    meta = doc.document
    shown_id = meta.id[:12] if len(meta.id) == 64 else meta.id
    source = " · ".join(safe(part, 60) for part in (meta.path, shown_id) if part)
    lines = [f"== {safe(meta.title or '(untitled)')}", f"   {source}"]
    lines.append(f"   published {meta.published or 'unknown'}"
                 + (f" (from {meta.published_from})" if meta.published_from else "")
                 + (f" · dateline {safe(meta.dateline.place or '')}" if meta.dateline else ""))
    counts = ", ".join(f"{len(getattr(doc, key))} {key}" for key in
                       ("sentences", "timexes", "events", "quotes", "citations", "quantities", "scripture"))
    lines.append(f"   {counts}")
    actors = {a.id: a for a in doc.actors}
    for event in doc.events:
        who = ", ".join(safe(m.text, 30) for m in event.actors) or "?"
        whom = ", ".join(safe(m.text, 30) for m in event.recipients)
        when = event.date.value if event.date else "undated"
        where = f" in {safe(event.location.text, 30)}" if event.location else ""
        lines.append(f"   event  {when:<10} {event.type:<9} {who} —{safe(event.trigger.text, 25)}→ {whom}{where}"
                     f" [{event.modality}]")
    for quote in doc.quotes:
        speaker = quote.speaker
        name = actors[speaker.actor].name if speaker and speaker.actor in actors else (speaker.text if speaker else "?")
        lines.append(f"   quote  {quote.date or 'undated':<10} {safe(name, 30)}: “{safe(quote.text, 70)}”")
    for citation in doc.citations:
        lines.append(f"   cites  {citation.date or 'undated':<10} {', '.join(map(safe, citation.outlets)) or '?'}")
    for quantity in doc.quantities:
        lines.append(f"   number {quantity.measure or '':<10} {quantity.value:g} {safe(quantity.unit or '')}"
                     f"{' (approx.)' if quantity.approximate else ''} ← “{safe(quantity.text, 50)}”")
    for ref in doc.scripture:
        lines.append(f"   cites  {ref.work} {ref.reference}")
    return "\n".join(lines)
