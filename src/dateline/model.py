"""The dateline/1 records: the one place that defines the output format.

Components build these records directly; `Document` assembles them and is what
`extract()` returns. `json_schema()` (the `dateline schema` command) is the project's
own JSON Schema, generated from these models; the tests check output against it and
against the shared contract.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "dateline/1"

SentenceRole = Literal["report", "quote", "opinion", "prediction", "scripture", "question", "other"]
ActorKind = Literal["state", "government", "military", "armed_group", "organization", "person", "media", "other"]
PlaceKind = Literal["country", "region", "city", "site"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "reported", "future", "hypothetical", "negated"]
PublishedFrom = Optional[Literal["argument", "metadata", "dateline", "text"]]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PLOVER_TYPES: tuple[str, ...] = PloverType.__args__  # type: ignore[attr-defined]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Span(Record):
    """A stretch of the document's text: `text == document.text[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dateline(Record):
    place: Optional[str]
    date: Optional[str]
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DocumentMeta(Record):
    id: str
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    published_from: PublishedFrom = None
    dateline: Optional[Dateline] = None
    language: str = "en"


class Sentence(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    role: SentenceRole = "other"


class Entity(Span):
    id: str
    label: str
    actor: Optional[str] = None
    place: Optional[str] = None


class Actor(Record):
    id: str
    name: str
    code: Optional[str] = None
    kind: ActorKind = "other"
    country: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)


class Place(Record):
    id: str
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    kind: PlaceKind = "city"


class Timex(Span):
    id: str
    type: TimexType
    value: str
    mod: Optional[str] = None
    anchor: Optional[str] = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"


class Mention(Span):
    """A stretch of text that refers to an actor (`actor` is its id in `actors`)."""

    actor: Optional[str] = None


class Location(Span):
    place: Optional[str] = None


class EventDate(Record):
    value: str
    timex: Optional[str] = None


class Attribution(Record):
    citation: Optional[str] = None
    quote: Optional[str] = None
    by: Optional[str] = None


class Event(Record):
    id: str
    type: PloverType
    mode: Optional[str] = None
    context: list[str] = Field(default_factory=list)
    trigger: Span
    sentence: "SentenceSpan"
    actors: list[Mention] = Field(default_factory=list)
    recipients: list[Mention] = Field(default_factory=list)
    location: Optional[Location] = None
    date: Optional[EventDate] = None
    modality: Modality = "asserted"
    attribution: Optional[Attribution] = None
    confidence: float = Field(ge=0, le=1)


class SentenceSpan(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Cue(Span):
    pass


class Quote(Span):
    id: str
    direct: bool
    speaker: Optional[Mention] = None
    cue: Optional[Cue] = None
    date: Optional[str] = None
    citation: Optional[str] = None


class Quantity(Span):
    id: str
    value: float
    unit: Optional[str] = None
    approximate: bool = False
    measure: Optional[str] = None
    date: Optional[str] = None


class Citation(Span):
    id: str
    outlets: list[str] = Field(default_factory=list)
    date: Optional[str] = None


class Scripture(Span):
    id: str
    work: str
    reference: str


class Document(Record):
    """One document in the dateline/1 format."""

    schema_: Literal["dateline/1"] = Field(default=SCHEMA, alias="schema")
    document: DocumentMeta
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    scripture: list[Scripture] = Field(default_factory=list)

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, json_schema_serialization_defaults_required=True
    )

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


Event.model_rebuild()


def json_schema() -> dict:
    """The JSON Schema of dateline/1 as these models define it."""
    schema = Document.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA
    return schema
