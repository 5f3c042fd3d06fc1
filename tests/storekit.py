"""Hand-built dateline/1 documents for the store's tests: a few reports of two shellings and a
protest, as different outlets might write them, with the records a pipeline would give them.

Spans are found in each text by its own words (`at`), so every offset is exact.
"""

from __future__ import annotations

from dateline.model import Document
from dateline.serialise import document_id
from dateline.store import connect
from dateline.store.ingest import rows, write

RUSSIA = {"id": "a1", "name": "Russia", "code": "RUS", "kind": "state", "country": "RUS", "aliases": ["Russian"]}
STUDENTS = {"id": "a2", "name": "Ukrainian students", "code": None, "kind": "other", "country": "UKR",
            "aliases": []}
POLICE = {"id": "a3", "name": "Ukrainian police", "code": "UKRCOP", "kind": "government", "country": "UKR",
          "aliases": []}
KHARKIV = {"id": "p1", "name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23, "geonames_id": 706483,
           "kind": "city"}
LVIV = {"id": "p1", "name": "Lviv", "country": "UKR", "lat": 49.84, "lon": 24.03, "geonames_id": 702550,
        "kind": "city"}
ODESA = {"id": "p2", "name": "Odesa", "country": "UKR", "lat": 46.48, "lon": 30.73, "geonames_id": 698740,
         "kind": "city"}

SHELLING = ("Russian artillery shelled Kharkiv on Monday, killing 12 civilians, the regional governor said. "
            "Rescue crews searched the rubble of two apartment blocks near the city centre through the night, "
            "and the governor asked residents to stay in shelters while air raid sirens sounded again in the "
            "morning. Schools in the district will stay closed for the rest of the week.")


def at(text: str, piece: str, nth: int = 0) -> dict:
    """The span of the nth occurrence of `piece` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"text": piece, "start": start, "end": start + len(piece)}


def sentence_of(text: str, offset: int) -> dict:
    start = text.rfind(". ", 0, offset)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", offset)
    return {"start": start, "end": len(text) if end < 0 else end + 1}


def event(text, eid, type_, trigger, *, actors=(), recipients=(), place=None, date=None, when=None, mode=None,
          modality="asserted", citation=None):
    """An event record; `when` is the words that give its `date` (without them the date is inferred,
    as the pipeline infers the published day)."""
    trig = at(text, trigger)
    timex = dict(at(text, when), id=f"t{eid}", type="DATE", value=date) if when else None
    return {"_timex": timex,
        "id": eid, "type": type_, "mode": mode, "context": [], "trigger": trig,
        "sentence": sentence_of(text, trig["start"]),
        "actors": [dict(at(text, words), actor=actor) for words, actor in actors],
        "recipients": [dict(at(text, words), actor=actor) for words, actor in recipients],
        "location": dict(at(text, place[0]), place=place[1]) if place else None,
        "date": {"value": date, "timex": timex and timex["id"]} if date else None,
        "modality": modality, "attribution": {"citation": citation, "quote": None, "by": None} if citation else None,
        "confidence": 0.9,
    }


def killed(text, qid, words, value, approximate=False):
    return dict(at(text, words), id=qid, value=value, unit="people", approximate=approximate, measure="killed",
                date=None)


def document(text, published, url, *, path, events=(), quantities=(), actors=(), places=(), citations=(),
             timexes=()) -> Document:
    sentences, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        sentences.append({"start": start, "end": end, "role": "report"})
        start = end + 1
    events = [dict(e) for e in events]
    timexes = list(timexes) + [t for t in (e.pop("_timex", None) for e in events) if t]
    entities = [dict(at(text, p["name"]), id=f"n{i}", label="GPE", actor=None, place=p["id"])
                for i, p in enumerate(places, 1) if p["name"] in text]
    return Document.model_validate({
        "schema": "dateline/1",
        "document": {"id": document_id(text), "path": path, "url": url, "title": text[:40], "published": published,
                     "published_from": "metadata", "dateline": None, "language": "en"},
        "text": text, "sentences": sentences, "entities": entities, "actors": list(actors),
        "places": list(places), "timexes": list(timexes), "events": list(events), "quotes": [],
        "quantities": list(quantities), "citations": list(citations), "scripture": [],
    })


def corpus() -> list[Document]:
    """Seven reports: one shelling told four times (once by a syndicated copy), a later shelling,
    and a protest two outlets date a day apart."""
    def shelling(text, published, url, path):
        return document(text, published, url, path=path, actors=[RUSSIA], places=[KHARKIV],
                        events=[event(text, "e1", "ASSAULT", "shelled", mode="heavy-weapons",
                                      actors=[("Russian artillery", "a1")], place=("Kharkiv", "p1"),
                                      date="2024-03-04", when="Monday")],
                        quantities=[killed(text, "q1", "12 civilians", 12)])

    docs = [shelling(SHELLING, "2024-03-04", "https://www.wire-a.example/world/1", "wire-a/kharkiv.md"),
            shelling(SHELLING + " The story was first published by Wire A.", "2024-03-05",
                     "https://reprint-c.example/kharkiv", "reprint-c/kharkiv.md")]
    t = ("Officials in Kharkiv said 15 people died when Russia fired rockets at the city on March 5. "
         "Ukraine's foreign minister condemned the strike.")
    docs.append(document(t, "2024-03-05", "https://news-b.example/2024/03/05/kharkiv", path="news-b/rockets.md",
                         actors=[RUSSIA], places=[KHARKIV],
                         events=[event(t, "e1", "ASSAULT", "fired", mode="heavy-weapons",
                                       actors=[("Russia", "a1")], place=("Kharkiv", "p1"), date="2024-03-05",
                                       when="March 5")],
                         quantities=[killed(t, "q1", "15 people", 15)]))
    t = "Russian forces shelled Kharkiv again on March 8, damaging a power station."
    docs.append(document(t, "2024-03-08", "https://www.wire-a.example/world/2", path="wire-a/power.md",
                         actors=[RUSSIA], places=[KHARKIV],
                         events=[event(t, "e1", "ASSAULT", "shelled", actors=[("Russian forces", "a1")],
                                       place=("Kharkiv", "p1"), date="2024-03-08", when="March 8")]))
    t = "Hundreds of Ukrainian students marched through Lviv on March 5 to protest the shelling of Kharkiv."
    docs.append(document(t, "2024-03-06", "https://news-b.example/2024/03/06/lviv", path="news-b/lviv.md",
                         actors=[STUDENTS], places=[LVIV, dict(KHARKIV, id="p2")],
                         events=[event(t, "e1", "PROTEST", "marched", mode="demo",
                                       actors=[("Ukrainian students", "a2")], place=("Lviv", "p1"),
                                       date="2024-03-05", when="March 5")]))
    t = "Ukrainian students rallied in Lviv on March 6 against the attacks, Wire A reported."
    docs.append(document(t, "2024-03-06", "https://www.wire-a.example/world/3", path="wire-a/lviv.md",
                         actors=[STUDENTS], places=[LVIV],
                         citations=[dict(at(t, "Wire A reported"), id="c1", outlets=["Wire A"], date=None)],
                         events=[event(t, "e1", "PROTEST", "rallied", actors=[("Ukrainian students", "a2")],
                                       place=("Lviv", "p1"), date="2024-03-06", when="March 6", modality="reported",
                                       citation="c1")]))
    t = "Ukrainian police arrested two men in Odesa on March 7 over a planned attack that never happened."
    docs.append(document(t, "2024-03-07", None, path="local/odesa.txt",
                         actors=[POLICE], places=[ODESA],
                         events=[event(t, "e1", "COERCE", "arrested", mode="arrest",
                                       actors=[("Ukrainian police", "a3")], place=("Odesa", "p2"),
                                       date="2024-03-07", when="March 7"),
                                 event(t, "e2", "ASSAULT", "attack", modality="negated")]))
    return docs


def store(path, docs=None, version="test") -> None:
    """Write documents into a database at `path` and fuse them."""
    from dateline.store.fusion import fuse

    con = connect(str(path))
    for doc in docs if docs is not None else corpus():
        write(con, doc.document.id, rows(doc, version))
    fuse(con)
    con.close()
