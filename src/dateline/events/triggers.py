"""Finding event triggers: a lemma lookup built once from `data/plover.yaml`.

A trigger is a verb or an event noun whose lemma is in the lexicon and whose constraints
(object, preposition, modifier, governing verb, subject) hold in the dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Callable, Optional

from spacy.tokens import Token

from .. import datafiles
from ..annotations import retagged, tokens_where, tokens_where_any

VERB_TAGS = {"VERB"}
NOUN_TAGS = {"NOUN", "PROPN"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"}
SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "we"})
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss", "nummod"}


@dataclass(frozen=True)
class Entry:
    """One sense of a trigger word: its PLOVER type and mode, and when it applies."""

    type: str
    lemma: str
    pos: str
    mode: Optional[str] = None
    context: tuple[str, ...] = ()
    object: Optional[frozenset] = None
    prep: Optional[frozenset] = None
    modifier: Optional[frozenset] = None
    governed_by: Optional[frozenset] = None
    subject: Optional[frozenset] = None
    complement_aux: Optional[frozenset] = None
    complement_object: Optional[frozenset] = None
    prep_object: Optional[frozenset] = None
    cue: Optional[frozenset] = None
    unless: Optional[frozenset] = None
    unless_doer: Optional[frozenset] = None
    complement: Optional[frozenset] = None
    """The verb of the trigger's clausal complement ("ordered residents to leave")."""
    aux: Optional[frozenset] = None
    """The verb's own auxiliaries: harm foretold ("will pay a heavy price", "will be held responsible") is a threat,
    the same words of the past are not."""
    negated: bool = False
    """The negation belongs to the sense, a threat said as litotes ("will not be tolerated", "will not go
    unanswered"): the verb must be negated, and the event is not a negated one."""
    weak: bool = False
    joint: bool = False
    """Two or more parties are its subject ("X and Y spoke again", "the two ministers talked")."""
    bare: bool = False
    """The verb has no clause or infinitive of its own: "called on the king" is a visit, "called on the
    king to resign" a request."""
    infinitive: bool = False
    """The verb has a to-infinitive of its own: "undertook to lift the measures" is a promise, "undertook a
    review" none."""
    shared_type: Optional[str] = None
    """The type the event has when two or more parties do it together (PLOVER: a joint exercise is
    COOPERATE, a single country's MOBILIZE)."""
    exposed: bool = False
    """The noun is what its clause's subject came or remained under ("the tanker came *under fire*"): the subject
    undergoes it."""
    foretold: Optional[frozenset] = None
    """The auxiliaries that tell a warning's content as still to come ("warned that Iran would respond"): a warning
    holds a harm over someone when its clause is told with one, or its "of" phrase names a harm ("warned Tehran of
    severe consequences"); a warning of a state or a danger ("warned that the country was close to war", "warned of
    a return to war") threatens no one."""
    own_clause: bool = False
    """The verb tells its act in a clause of its own, not in a relative clause about what it is done to ("accused X
    of Y, which X *denied*", "a charge Baku *denied*": an aside on the charge); a relative clause about its doer
    ("the militia, which *denied* responsibility") is its own."""
    polite_if: bool = False
    """The word is a formula of asking said with a condition on the addressee's act ("We should be grateful if you
    would circulate the letter"): its clause has an "if" clause whose verb takes "would" or "could"."""
    declared: bool = False
    """The verb declares a stand only as a clause of its own ("Britain stood with Israel", "said it stands with
    Ukraine"): a relative clause describing its doer ("every partner who stood by us") and a gerund or participle
    that says what someone is thanked for or how a scene looked ("for standing with the people", "with the party
    leaders standing behind him") describe a stand, they do not take one."""

    @property
    def constraints(self) -> int:
        return sum(c is not None for c in (self.object, self.prep, self.modifier, self.governed_by, self.subject,
                                             self.complement_aux, self.complement_object, self.prep_object,
                                             self.cue, self.complement, self.aux)) + self.infinitive + self.exposed \
            + self.polite_if

    @property
    def constrained(self) -> bool:
        return self.constraints > 0


@dataclass
class Trigger:
    token: Token
    entry: Entry
    theme: Optional[Token] = None
    """The object that satisfied an `object` constraint ("aid" in "provided aid"): not a recipient."""


class Lexicon:
    """The PLOVER knowledge of `plover.yaml` and `modality.yaml`, indexed for lookup."""

    def __init__(self, plover: dict, modality: dict):
        self.types: dict = plover["types"]
        self.contexts: set[str] = set(plover["contexts"])
        self.classes: dict[str, frozenset] = {k: frozenset(v) for k, v in plover["classes"].items()}
        # a person is a party an event can be done to, whatever the word for the person
        self.classes["parties"] = self.classes["parties"] | self.classes.get("people", frozenset())
        self.context_cues: dict[str, str] = plover.get("context_cues", {})
        self.embedded_modes: dict[str, dict] = plover.get("embedded_modes", {})
        self.future_becomes: dict[str, str] = plover.get("future_becomes", {})
        self.refused_becomes: dict[str, str] = plover.get("refused_becomes", {})
        self.expected_becomes: frozenset[str] = frozenset(plover.get("expected_becomes", ()))
        self.hypothetical_becomes: dict[str, str] = plover.get("hypothetical_becomes", {})
        self.declared_becomes: dict[str, str] = plover.get("declared_becomes", {})
        self.own_theme_types: frozenset = frozenset(plover.get("own_theme_types", ()))
        self.own_resource_senses: dict[str, list] = plover.get("own_resource_senses", {})
        self.requested_stand: frozenset = frozenset(plover.get("requested_stand", ()))
        self.promised_stand: frozenset = frozenset(plover.get("promised_stand", ()))
        self.agreed_stand: frozenset = frozenset(plover.get("agreed_stand", ()))
        self.purpose_stand: frozenset = frozenset(plover.get("purpose_stand", ()))
        self.choosing_verbs: frozenset = frozenset(plover.get("choosing_verbs", ()))
        self.chosen_stand: frozenset = frozenset(plover.get("chosen_stand", ()))
        self.medium_verbs: frozenset = frozenset(plover.get("medium_verbs", ()))
        self.agreement_performs: dict[str, list] = plover.get("agreement_performs", {})
        self.anaphoric_senses: dict[str, str] = plover.get("anaphoric_senses", {})
        self.idle_objects: dict[str, str] = plover.get("idle_objects", {})
        self.setting_meetings: dict[str, frozenset] = {
            k: frozenset(v) for k, v in plover.get("setting_meetings", {}).items()}
        self.disasters = self.classes.get("disasters", frozenset())
        self.modality = {k: (frozenset(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v)
                         for k, v in modality.items()}
        self.entries: dict[tuple[str, str], list[Entry]] = {}
        for type_, items in plover["triggers"].items():
            for item in items:
                entry = self._entry(type_, item)
                self.entries.setdefault((entry.lemma, entry.pos), []).append(entry)
        # Constrained senses are tried before the unconstrained fallback, and evidence on the word
        # itself (object, modifier, preposition) before its governing verb: "a missile strike" stays an
        # attack though it is what "remains" deadliest. Order is kept otherwise.
        # Among constrained senses, one with more constraints is the more specific ("gave up weapons"
        # before "gave weapons").
        for key, entries in self.entries.items():
            entries.sort(key=lambda e: (not e.constrained, e.governed_by is not None, -e.constraints))
        self.words = frozenset(word for word, _ in self.entries)
        """Every trigger lemma, whatever its part of speech: a word whose lemma, form or regular stem is none of
        these has no entries (`match`), so `find` makes no Token of it."""

    def may_trigger(self, form: str) -> bool:
        """A lower-case form that may have entries (`match`, `_stem_entries`): itself, or its singular or
        regular stem without "-s", "-es", "-d" or "-ed"."""
        words = self.words
        return form in words or (form.endswith("s") and (form[:-1] in words or form[:-2] in words)) \
            or (form.endswith("ed") and (form[:-2] in words or form[:-1] in words))

    def _words(self, value) -> Optional[frozenset]:
        if value is None:
            return None
        if isinstance(value, str):
            return self.classes.get(value, frozenset([value]))
        words: set[str] = set()
        for v in value:
            if not isinstance(v, str):
                raise ValueError(f"plover.yaml: {v!r} is not a word (quote YAML booleans such as \"on\")")
            words |= self.classes.get(v, {v})
        return frozenset(words)

    def _entry(self, type_: str, item: dict) -> Entry:
        return Entry(
            type=item.get("type", type_), lemma=item["lemma"], pos=item["pos"], mode=item.get("mode"),
            context=tuple(item.get("context", ())), object=self._words(item.get("object")),
            prep=self._words(item.get("prep")), modifier=self._words(item.get("modifier")),
            governed_by=self._words(item.get("governed_by")), subject=self._words(item.get("subject")),
            complement_aux=self._words(item.get("complement_aux")),
            complement_object=self._words(item.get("complement_object")),
            prep_object=self._words(item.get("prep_object")),
            cue=self._words(item.get("cue")), unless=self._words(item.get("unless")),
            unless_doer=self._words(item.get("unless_doer")),
            complement=self._words(item.get("complement")), aux=self._words(item.get("aux")),
            negated=bool(item.get("negated", False)),
            weak=bool(item.get("weak", False)), bare=bool(item.get("bare", False)),
            joint=bool(item.get("joint", False)), infinitive=bool(item.get("infinitive", False)),
            shared_type=item.get("shared_type"), exposed=bool(item.get("exposed", False)),
            own_clause=bool(item.get("own_clause", False)), foretold=self._words(item.get("foretold")),
            declared=bool(item.get("declared", False)), polite_if=bool(item.get("polite_if", False)),
        )

    def cameo(self, type_: str, mode: Optional[str]) -> str:
        """The CAMEO code of a PLOVER type and mode, for exports (the most specific one known)."""
        spec = self.types[type_]
        return spec.get("cameo_modes", {}).get(mode) or spec["cameo"][0]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = resources.files("dateline.events") / "data"
    plover = datafiles.read(data / "plover.yaml")
    modality = datafiles.read(data / "modality.yaml")
    return Lexicon(plover, modality)


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def objects(token: Token) -> list[Token]:
    """What the word acts on: objects and their conjuncts, "of"/"in"/"with" complements."""
    found = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS and token.dep_ == "relcl" and child.lower_ in ("which", "that", "whom"):
            found.append(token.head)  # "the resolution, which the council adopted"
        elif child.dep_ in OBJECT_DEPS:
            found.extend(with_conjuncts(child))
        elif child.dep_ == "prep" and child.lower_ in ("of", "with", "in", "for"):
            found.extend(t for c in child.children if c.dep_ == "pobj" for t in with_conjuncts(c))
    if any(c.dep_ == "dative" for c in token.children):
        # "gave the garrison 24 hours": after an indirect object the parser reads a span of time as an adverbial
        found.extend(c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN")
    found.extend(shared_patients(token))
    found.extend(shared_objects(token))
    found.extend(a for o in list(found) for a in antecedents(o))
    # "$100 million in aid", "a barrage of rockets": the complement of a quantity or container; not
    # that of a quality or a likeness ("captured the mood of the town" is no capture of a town)
    # "designated Nigeria a Country of Particular Concern": the parser makes the object's complement (an indefinite
    # noun phrase after it) its apposition; a name in apposition ("the newspaper La Prensa") is the object itself
    found.extend([c for obj in found for c in obj.children if c.dep_ == "appos" and c.i > obj.i
                  and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)])
    abstracts = lexicon().classes.get("abstracts", frozenset())
    for obj in list(found):
        if lemma(obj) not in abstracts:
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                    found.extend(c for c in child.children if c.dep_ == "pobj")
                    # "a series of crushing blows": the parser makes the adjective a gerund and the noun its object
                    found.extend(o for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                                 for o in c.children if o.dep_ in ("dobj", "obj"))
        found.extend(c for c in obj.children if c.dep_ == "compound")
        # "freed the kidnapped engineers", "fired tear gas": a modifier that says what kind the object is
        found.extend(c for c in obj.children if c.dep_ == "amod")
    return found


def shared_objects(token: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verb coordinated right after it ("captured and looted
    the town", "suspended and later revoked the licences"): the parser hangs it on the last verb only."""
    if token.pos_ not in VERB_TAGS or any(c.dep_ in OBJECT_DEPS for c in token.children):
        return []
    for conj in token.children:
        if conj.dep_ == "conj" and conj.pos_ in VERB_TAGS and conj.i - token.i <= 3 \
                and any(c.dep_ == "cc" for c in token.children if token.i < c.i < conj.i) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return [t for c in conj.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    return []


def antecedents(pronoun: Token) -> list[Token]:
    """What an object pronoun stands for when an earlier verb of its sentence that its verb is coordinated with or
    subordinate to names it ("attacked the tanker and boarded it", "rammed two boats and punctured them", "lifted
    martial law hours after he had declared it"): that verb's object, or its preposition's ("asked for power, and all
    three supplied it"), of the pronoun's number; "it" stands for no coordination ("asked Romania and Poland")."""
    low = pronoun.lower_
    if pronoun.pos_ != "PRON" or low not in ("it", "them") or pronoun.dep_ not in ("dobj", "obj"):
        return []
    verb, verbs = pronoun.head, []
    while verb.dep_ in ("conj", "advcl", "ccomp", "xcomp") and verb.head.i != verb.i and len(verbs) < 4:
        verb = verb.head
        verbs += [c for c in verb.children if c.dep_ == "conj" and c.i < pronoun.i and c.pos_ in VERB_TAGS][::-1]
        verbs.append(verb)
    for earlier in (v for v in verbs if v.i < pronoun.i and v.i != pronoun.head.i):  # not its own verb ("set it on fire")
        named = [c for c in earlier.children if c.dep_ in ("dobj", "obj")] + [
            o for p in earlier.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for noun in named:
            if noun.pos_ not in NOUN_TAGS:
                continue
            plural = noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)
            if (low == "them") == plural:
                return [noun]
    return []


def _to_infinitive(token: Token, child: Token) -> bool:
    """A to-infinitive of the verb's own: an open complement, or, after a verb of ordering or urging, the clause the
    parser gave the object as its subject ("I order you to withdraw": "you" under "withdraw")."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
        return False
    return child.dep_ == "xcomp" or child.dep_ == "ccomp" and child in infinitive_subject_clauses(token)


def infinitive_subject_clauses(token: Token) -> list[Token]:
    """The to-infinitive clauses of a verb of letting or urging that carry its object as their subject."""
    if lemma(token) not in lexicon().classes.get("object_control", frozenset()):
        return []
    return [c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ not in ("NOUN", "PROPN")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]


def infinitive_subjects(token: Token) -> list[Token]:
    """The object of a verb of letting or urging that the parser made the subject of its infinitive
    ("allowed inspectors to visit": inspectors under "visit", also as its open complement: "I order you to
    withdraw"), or a noun it hung on as a clause ("let aid convoys into the town")."""
    if lemma(token) not in lexicon().classes.get("object_control", frozenset()):
        return []
    found = []
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ in ("NOUN", "PROPN"):
            found.extend(with_conjuncts(child))
    found.extend(t for clause in infinitive_subject_clauses(token) for c in clause.children
                 if c.dep_ in ("nsubj", "nsubjpass") for t in with_conjuncts(c))
    return found


def prep_objects(token: Token) -> list[Token]:
    """The objects of a word's prepositions, also through a particle or a compound preposition
    ("pulled out of the treaty", "took to the streets")."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "prt", "advmod"):
            found.extend(o for o in child.children if o.dep_ in ("pobj", "pcomp"))  # also "for questioning"
            found.extend(o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return found


def purposes(token: Token) -> list[Token]:
    """What a clause says its act is for or how it is done: its clausal modifiers ("gathered to
    protest", "chanting slogans"), their objects, its prepositions and their objects ("against the
    law", "in protest", "for the harvest festival")."""
    found = []
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.pos_ in VERB_TAGS:
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in ("dobj", "obj"))
        elif child.dep_ == "prep":
            found.append(child)
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _stakes(token: Token) -> list[Token]:
    """What a clause says its act is for (`purposes`), also in a "for" the parser hangs on the object, with what
    those nouns are of ("fighting him for control *of the party*"): the thing at stake says whether a contest is
    one of arms or of politics."""
    found = purposes(token) + [p for o in token.children if o.dep_ in ("dobj", "obj") for c in o.children
                               if c.dep_ == "prep" and c.lower_ == "for"
                               for p in [c, *(x for x in c.children if x.dep_ == "pobj")]]
    return found + [o for p in found if p.dep_ == "pobj" for c in p.children
                    if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _attribution(token: Token) -> bool:
    """The word opens a phrase that says whose word the clause rests on ("according to the army"): it tells
    nothing of the act ("struck an accord" is no strike; "struck positions, according to the army" is)."""
    return token.dep_ == "prep" and any(token.lower_ == phrase[0] for phrase in lexicon().modality["attributing_phrases"])


def _framing(token: Token) -> list[Token]:
    """Who or what does the act and what it is done to: subjects (also passive ones and agents),
    direct objects and modifiers."""
    found = subjects(token, passive=True)
    # ... and the noun a passive participle describes, also through the participle it is coordinated with ("the film
    # shot in Morocco", "a law passed by parliament and signed by the president")
    first = token
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and first.head.i != first.i:
        first = first.head
    if token.tag_ == "VBN" and first.dep_ == "acl":
        found.append(first.head)
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "compound", "amod"):
            found.append(child)
        elif child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _doers(token: Token) -> list[Token]:
    """Who or what does the act: active subjects and passive agents, and the noun an active participle
    modifies ("the battalion defending the town")."""
    modified = [token.head] if token.dep_ == "acl" and token.tag_ == "VBG" else []
    return subjects(token) + modified + [c for a in token.children if a.dep_ == "agent" for c in a.children
                                         if c.dep_ == "pobj"]


def governing_verb(token: Token) -> Optional[Token]:
    """The nearest verb above a word in the parse ("provided" for "aid" in "provided $5m in aid")."""
    head, steps = token, 0
    while head.head.i != head.i and steps < 5:
        head = head.head
        steps += 1
        if (head.pos_ in VERB_TAGS and head.dep_ != "prep") or head.pos_ == "AUX" and head.dep_ == "ROOT":
            return head  # not a participle serving as a preposition ("including")
    return None


def subjects(token: Token, passive: bool = False) -> list[Token]:
    deps = ("nsubj", "csubj", "nsubjpass") if passive else ("nsubj", "csubj")
    return [t for c in token.children if c.dep_ in deps for t in with_conjuncts(c)]


def shared_patients(token: Token) -> list[Token]:
    """Whom a passive conjunct with no subject of its own is done to: the subject of the verb it is coordinated
    with ("the crew abandoned the vessel and were picked up by a ship", "was injured and was flown off"); not a
    clause of its own the parser coordinated with it, nor one after such a clause ("said parliament would be
    dissolved and that everyone detained would be freed")."""
    own = ("nsubj", "nsubjpass", "mark")
    if token.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in token.children) \
            or any(c.dep_ in own for c in token.children) \
            or any(c.dep_ == "conj" and c.i < token.i and any(g.dep_ in own for g in c.children) for c in token.head.children):
        return []
    return subjects(token.head, passive=True)


def gerund_doers(token: Token) -> list[Token]:
    """Who does what a gerund after a preposition of time says when it has no subject of its own ("Trump addressed
    the Knesset before *flying* to Sharm el-Sheikh", "after *meeting* Abbas"): the subject of the clause above."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ not in ("before", "after", "while", "since") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    verb = token.head.head
    return subjects(verb) if verb.pos_ in VERB_TAGS else []


def conjunct_subjects(token: Token) -> list[Token]:
    """The subject a verb coordinated after another without one of its own shares with it ("the minister visited
    Cairo and went on to Amman")."""
    seen = 0
    while token.dep_ == "conj" and token.head.pos_ in VERB_TAGS and seen < 4 \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
        token, seen = token.head, seen + 1
        found = subjects(token)
        if found:
            return found
    return []


def clause_subject(token: Token) -> list[Token]:
    """The subject of a verb that takes no object, which the parser hung on the noun before it as a
    participle ("Rebel fighters counterattacked near the airport": a sentence, not a noun phrase, since
    the verb has no passive to be)."""
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in NOUN_TAGS and token.i == head.i + 1 \
            and lemma(token) in lexicon().classes.get("intransitive_acts", frozenset()):
        return with_conjuncts(head)
    return []


def headline_predicate(token: Token) -> bool:
    """A passive participle that is the predicate of a headline with no finite verb ("300 pupils taken from school",
    "40 aircraft hit at four airfields", "Three held after raid"): the parser hangs it on the noun or bare count
    before it, which is what it acts on."""
    head = token.head
    counted = head.pos_ == "NUM" and head.dep_ in ("ROOT", "appos") and _bare_count(head)  # "Three held after raid"
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and (
        head.dep_ == "ROOT" and head.pos_ in NOUN_TAGS or counted) and token.i > head.i and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in token.sent if t.i != token.i)


def clause_doers(token: Token) -> list[Token]:
    """Who does what an event noun names when the clause it is part of has them do it ("police picked up hundreds in
    raids", "troops withdrew after a raid"): the subject of the verb above the noun."""
    if token.pos_ not in NOUN_TAGS:
        return []
    verb = governing_verb(token)
    return subjects(verb) if verb is not None else []


PURPOSE_OPENERS = (("in", "order"), ("so", "as"))


def _purpose_infinitive(token: Token, infinitive: Token) -> bool:
    """An infinitive opened by "in order" or "so as" says what the act is for, not what it asks or promises
    ("ordered the carrier to the region, in order, he said, to bolster the fleet" orders a move, no act)."""
    between = token.doc[token.i + 1:infinitive.i]
    return any((w.lower_, n.lower_) in PURPOSE_OPENERS for w, n in zip(between, between[1:]))


def finite_after_infinitive(token: Token) -> bool:
    """A verb in the past or present tense that the parser coordinated with a bare infinitive ("has refused to
    leave office and accused the government", "said they would not escape punishment and praised the police"):
    the infinitive has no tense, so the verb is coordinated with the one above it, not part of what was refused,
    promised or said."""
    head = token.head
    return token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" \
        and head.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                                                    for c in head.children)


def controllers(token: Token) -> list[Token]:
    """Who does what an infinitive says when it has no subject of its own: the object of the verb
    above ("urged the envoy to travel"), else its subject ("he was expected to travel")."""
    if token.dep_ != "xcomp":
        return []
    head = token.head
    obj = [t for c in head.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    return obj or subjects(head, passive=True)


def _word_in(token: Token, words: frozenset) -> bool:
    """The word, by lemma or form; a plural the tagger took for a name ("Rockets") by its singular."""
    low = token.lower_
    if token.ent_type_ in ("DATE", "TIME"):
        # "suspended in March": a date names no protest march; "@SPAN" asks for a span of time ("gave them 24 hours")
        return "@SPAN" in words and lemma(token) in lexicon().classes.get("spans", frozenset())
    if "@PERSON" in words and token.ent_type_ in ("PERSON", "NORP"):
        return True
    if "@ACTOR" in words and token.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return True
    if "@PLACE" in words and token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if "@LOCATED" in words and _located(token):
        return True
    if "@MONEY" in words and token.ent_type_ == "MONEY":
        return True
    if "@ORG" in words and _organization(token):
        return True
    if "vessel" in words and _flagged(token):
        return True
    if "people" in words and _bare_count(token):
        return True
    # a plural by its singular, also when the lemmatiser misreads it ("taxes" as "taxis")
    return lemma(token) in words or low in words or (low.endswith("s") and low[:-1] in words) \
        or (low.endswith("es") and low[:-2] in words)


def _bare_count(token: Token) -> bool:
    """A number standing alone for whom it counts ("arrested two", "An Istanbul court released the seven", "Three
    held after raid"): where people are asked for, it counts people; "of" says what else it counts ("two of the
    tanks") and a measure or a date is no count."""
    return token.tag_ == "CD" and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") \
        and token.dep_ not in ("nummod", "compound", "quantmod", "pobj") \
        and not any(c.dep_ in ("prep", "compound", "amod") for c in token.children)


def _flagged(token: Token) -> bool:
    """A name its flag state tells as a ship's ("the Barbados-flagged True Confidence was hit")."""
    return token.pos_ == "PROPN" and any(c.dep_ == "amod" and c.lower_.endswith("flagged") for c in token.children)


def _located(token: Token) -> bool:
    """A name the places component read as a place though the tagger did not ("captured Hirnyk, northeast of
    Kurakhove")."""
    from ..annotations import annotations

    return token.pos_ == "PROPN" and any(loc.start <= token.idx < loc.end for loc in annotations(token.doc).locations)


def _organization(token: Token) -> bool:
    """A word of the name of a known international body or organisation ("from ECOWAS")."""
    from ..annotations import annotations

    dl = annotations(token.doc)
    return any(m.start <= token.idx < m.end and m.actor and m.actor in dl.actors
               and dl.actors[m.actor].kind == "organization" for m in dl.mentions)


def _said_to_be(token: Token, words: frozenset) -> bool:
    """A name its apposition tells the kind of ("captured Mogok, a mining town"): the kind counts as the word."""
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and _word_in(c, words)
                                         for c in token.children)


def _served(objects: list[Token]) -> list[Token]:
    """What a service noun among the objects carries ("cut *water* supplies", "cut *electricity*, *fuel* and
    *internet* links"): its modifiers and their conjuncts, read after the objects themselves."""
    heads = lexicon().classes.get("service_heads", frozenset())
    found = [c for o in objects if lemma(o) in heads for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
    return found + [j for c in found for j in c.conjuncts]


def _holds(entry: Entry, token: Token, acted_on: Callable[[], list[Token]]) -> tuple[bool, Optional[Token]]:
    """Whether the sense's conditions hold of the token, and the theme it found; `acted_on` gives `objects(token)`,
    read once for all the entries of the word."""
    theme = None
    if entry.object is not None:
        # a participle's noun is what it acts on when the sense names on whom ("the sanctions imposed on
        # Guinea"); otherwise the noun tells the event ("a curfew imposed on Sunday") or is background ("the
        # truce brokered by Beijing")
        modified = [token.head] if token.dep_ == "acl" and (
            (token.tag_ == "VBN" and entry.prep is not None) or headline_predicate(token)) else []
        # a relative clause with no pronoun and no object of its own acts on its noun ("the case Nicaragua brought")
        if token.dep_ == "relcl" and not any(c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass" for c in token.children):
            modified.append(token.head)
        if entry.complement is not None:
            # "ordered the universities closed": the parser makes the object the subject of the complement
            modified += [s for c in token.children if c.dep_ == "ccomp" and lemma(c) in entry.complement
                         for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        # ... not the name or verdict given to an object ("calling *him* an illegal drug *leader*": no leader called)
        named = {c.i for c in token.children if c.dep_ == "oprd"} if any(
            c.dep_ in ("dobj", "obj", "dative") for c in token.children) else set()
        theme = next((o for o in acted_on() + infinitive_subjects(token) + modified + _served(acted_on())
                      if o.i not in named and (_word_in(o, entry.object) or _said_to_be(o, entry.object))), None)
        if theme is None:
            return False, None
    # a sense that names what its preposition governs finds the preposition also where the parser hung it on the
    # object ("barred an aircraft *from landing*")
    held = [o for o in token.children if o.dep_ in ("dobj", "obj")] if entry.prep_object is not None else []
    # ... or on a participle that describes the object ("removed four firms *linked to the army* from its list")
    held += [c for o in held for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    # ... and "for" opening a clause of its own ("called *for* the minister to be suspended")
    if entry.prep is not None and not any(
        c.dep_ in ("prep", "prt", "agent", "advmod") and c.lower_ in entry.prep and c.i > token.i
        and not (token.pos_ in VERB_TAGS and _dated(c))
        for h in [token, *held] for c in h.children
    ) and not any(m.lower_ in entry.prep for m in _clause_for(token)) \
            and not any(p.lower_ in entry.prep for p in _preps_after_aside(token)):
        return False, None  # the particle follows its verb: "On Monday, X called the strike ..." calls on no one
    if entry.prep is not None and entry.object is None and entry.prep_object is None \
            and (any(c.dep_ == "oprd" and any(ch.isalpha() for ch in c.text) for c in token.children)
                 or _self_named(token)):
        return False, None  # "called the killing 'a measure of justice' for the victims": a naming, no "call for"
    if entry.bare and (_has_clause(token) or _naming(token)):
        return False, None
    if entry.joint and not _joint_subject(token):
        return False, None
    if entry.exposed and not exposed(token):
        return False, None
    if entry.type == "REQUEST" and _anonymity(token):
        return False, None  # "a soldier, who asked not to be named": a source's condition, nothing asked of a party
    if entry.infinitive and not any(_to_infinitive(token, c) and not _purpose_infinitive(token, c)
                                    for c in token.children):
        return False, None
    if entry.modifier is not None and not any(
        (c.dep_ in MODIFIER_DEPS or (c.dep_ == "advmod" and token.pos_ in VERB_TAGS)) and _word_in(c, entry.modifier)
        for c in token.children
    ):
        return False, None
    if entry.prep_object is not None:
        # "pulled out of the treaty": what the preposition names is part of the event, like an object;
        # after a light verb's object, the object's phrase ("took control of the town")
        # and where the object was taken ("challenged the decree in the Supreme Court")
        phrases = prep_objects(token) + (prep_objects(theme) if theme is not None else []) + [
            o for h in held if entry.prep is not None for o in prep_objects(h)] + [
            o for d in token.children if d.dep_ in ("dobj", "obj") for p in d.children
            if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
        # ... or what a light noun there is of ("described the advance as *a declaration of war*")
        phrases += [o for p in phrases if lemma(p) in lexicon().classes.get("light_heads", frozenset())
                     for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        # ... or on the verb whose object the infinitive completes, after the infinitive ("we have the honour to
        # notify the Council, under paragraph 11, *of non-performance*")
        phrases += [o for p in _completed_verb_preps(token) for o in p.children if o.dep_ == "pobj"]
        # ... or a modifier that says what kind it is ("dispersed them with *tear* gas", as "fired *tear* gas")
        phrases += [c for p in phrases for c in p.children if c.dep_ in ("amod", "compound")]
        named = next((o for o in phrases if _word_in(o, entry.prep_object) or _said_to_be(o, entry.prep_object)), None)
        if named is None:
            return False, None
        theme = theme if entry.object is not None else named
    if entry.cue is not None and not any(_word_in(p, entry.cue) for p in purposes(token)):
        return False, None
    if entry.unless is not None and any(_word_in(p, entry.unless) for p in _stakes(token) + _framing(token)
                                        if not _attribution(p)):
        return False, None  # "took to the streets to celebrate", "stocks rallied": no protest
    if entry.own_clause and _aside_on_object(token):
        return False, None
    if entry.polite_if and not _polite_condition(token):
        return False, None
    if entry.declared and (token.dep_ == "relcl" or token.tag_ == "VBG" and token.dep_ in ("pcomp", "acl", "advcl")):
        return False, None
    if entry.unless_doer is not None and any(_word_in(d, entry.unless_doer) for d in _doers(token)):
        return False, None  # "the bus was hit by a truck": a collision
    if entry.governed_by is not None:
        verb = governing_verb(token)
        # "a curfew imposed by the army" is the army imposing it, as "the army imposed a curfew"
        # ... as is a relative clause about it: "a ceasefire that took effect on 4 August", "the truce they agreed"
        participles = [c for c in token.children if (c.dep_ == "acl" and c.tag_ == "VBN") or _relative_about(c)]
        # ... or a copula that is its clause's verb in a reported clause ("said he had *been* in contact with")
        copula = next((h for h in token.ancestors if h.pos_ == "AUX" and h.dep_ in ("ccomp", "conj", "advcl")), None)
        if (verb is None or lemma(verb) not in entry.governed_by) and not any(
                lemma(c) in entry.governed_by for c in participles) and (
                copula is None or lemma(copula) not in entry.governed_by):
            return False, None
        if verb is not None and any(c.dep_ in MODIFIER_DEPS and lemma(c) in lexicon().classes["test_marks"]
                                    for c in verb.children):
            return False, None  # "test-fired two missiles": the missiles a test fires strike no one
    if entry.subject is not None and not any(_word_in(s, entry.subject) for s in _subject_words(token)):
        return False, None
    said = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp")
                 and entry.complement is not None and _complement_says(c, entry.complement) and not _told_fact(c)), None)
    if said is not None and said.dep_ == "oprd" and said.pos_ == "NOUN" and theme is None:
        theme = said  # "what he called Israel's *aggression*": the verdict is the naming's theme, no act of its own
    if entry.complement is not None and said is None and not (
            theme is not None and any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in entry.complement
                                      for c in theme.children)) and not any(
            c.dep_ in ("relcl", "advcl") and lemma(c) in entry.complement
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in [token] + acted_on() for c in o.children):
        # "ordered all schools closed": a participle the parser hung on the object; "gave the envoys 48 hours to
        # leave": an infinitive it hung on the verb or on the span as an adverbial or a relative clause
        return False, None
    if entry.aux is not None and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in entry.aux for c in token.children):
        return False, None
    if entry.negated and not any(c.dep_ == "neg" for c in token.children):
        return False, None
    if entry.complement_aux is not None and not any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in entry.complement_aux for a in c.children)
        for c in token.children
    ):
        return False, None
    if entry.foretold is not None and not _foretells(token, entry.foretold):
        return False, None
    if entry.complement_object is not None:
        # "promised that the aggressor will receive a harsh punishment": the complement clause's object
        theme = next((o for c in token.children if c.dep_ == "ccomp" for o in objects(c)
                      if _word_in(o, entry.complement_object)), None)
        if theme is None:
            return False, None
    return True, theme


def _completed_verb_preps(token: Token) -> list[Token]:
    """The prepositions after an infinitive that completes its verb's object ("have *the honour* to notify"), which
    the parser hangs on that verb, or on a phrase between ("under paragraph 11 of resolution 2231, *of* a breach")."""
    if token.dep_ != "acl" or token.head.dep_ not in ("dobj", "obj") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
        return []
    after = [p for p in token.head.head.children if p.dep_ == "prep" and p.i > token.i]
    return [d for p in after for d in p.subtree if d.pos_ == "ADP" and d.dep_ in ("prep", "conj")]


def _polite_condition(token: Token) -> bool:
    """An "if" clause with "would" or "could" on the word or on its copula (`Entry.polite_if`)."""
    heads = [token] + ([token.head] if token.dep_ == "acomp" else [])
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               and any(a.dep_ == "aux" and a.lower_ in ("would", "could") for a in c.children)
               for h in heads for c in h.children)


def _foretells(token: Token, auxiliaries: frozenset) -> bool:
    """A warning that holds a harm over someone (`Entry.foretold`): its clause told as still to come or as a present
    stance, else an "of" phrase that names a harm, else no content said at all ("warned Manila against")."""
    clauses = [k for c in token.children if c.dep_ == "ccomp" for k in with_conjuncts(c)]
    if clauses:
        # a stance said in the present holds it over them too ("warned that the finger remains on the trigger")
        return any(k.tag_ in ("VBZ", "VBP") for k in clauses) or any(
            a.dep_ in ("aux", "advmod") and a.lower_ in auxiliaries for k in clauses for a in k.subtree)
    harms = lexicon().classes["harm"] | lexicon().classes["reckonings"]
    dangers = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return not dangers or any(_word_in(o, harms) for o in dangers)


def _self_named(token: Token) -> bool:
    """A reflexive object followed by a second one, which the parser makes of the name a group gives itself
    ("officers calling themselves High Military Command for the Restoration of Order"): a naming, not a call for."""
    objs = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return len(objs) > 1 and objs[0].tag_ == "PRP" and objs[0].lower_.endswith(("self", "selves"))


def _clause_for(token: Token) -> list[Token]:
    """The "for" that opens a clause of the word's own ("called *for* the minister to be suspended"): read only for
    a sense that asks for a preposition."""
    return [m for a in token.children if a.dep_ in ("advcl", "ccomp") for m in a.children
            if m.dep_ == "mark" and m.lower_ == "for" and m.i > token.i]


def _anonymity(token: Token) -> bool:
    """A source asking not to be named or quoted by name ("asked not to be named", "asked to be identified only by
    her first name", "asked me not to print his name"): the reporter's ground rule, no request between parties."""
    verbs = lexicon().classes.get("naming_verbs", frozenset())
    return any(c.dep_ == "xcomp" and lemma(c) in verbs and (
        any(a.dep_ == "auxpass" for a in c.children) or any(o.dep_ in ("dobj", "obj") and lemma(o) == "name"
                                                            for o in c.children))
        for c in token.children)


def _aside_on_object(token: Token) -> bool:
    """A relative clause with a subject of its own, about the thing its verb acts on ("the claim, which Baku denied",
    "a charge Kigali denied")."""
    return token.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                                         for c in token.children)


def exposed(token: Token) -> bool:
    """The word is the object of "under" after a verb of coming or remaining ("came under fire", "remained under
    shelling"): what the verb's subject is exposed to."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "under" and head.head.i != head.i \
        and lemma(head.head) in lexicon().classes.get("exposure_verbs", frozenset())


def _relative_about(clause: Token) -> bool:
    """A relative clause whose pronoun stands for the noun it hangs on, as subject or object ("a ceasefire *that took
    effect*", "the truce *which both sides signed*"); not one that only says where or when ("the day *when*")."""
    return clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lower_ in (
        "that", "which") for c in clause.children)


def _subject_words(token: Token) -> list[Token]:
    """Who does what the word says, for a sense that asks for a kind of doer: its subject (or the one it shares or
    inherits), the noun an active participle describes when it is no name ("placards *demanding* justice",
    "protesters *marching*"), and for a subject pronoun of a clause joined to another, that clause's subject
    ("Protesters wave flags as *they* march": a pronoun in the second clause stands for the first one's subject)."""
    found = subjects(token) or controllers(token) or conjunct_subjects(token) or clause_subject(token) \
        or clause_doers(token) or gerund_doers(token)
    if _relative_about(token):
        # "B-52 bombers *that* flew near the coast": the relative pronoun stands for the noun the clause hangs on
        found = [token.head if s.lower_ in ("that", "which", "who") else s for s in found]
    if token.dep_ == "acl" and token.tag_ == "VBG" and not token.head.ent_type_:
        found = found + [token.head]  # a name's participle is background to the name ("Shia Muslims travelling ...")
    # a bare partitive subject is some of a group named before ("crowds stormed the palace, while *others* set fire to
    # the offices", "*Some* threw stones"), as a group pronoun is
    partitive = any(lemma(s) in lexicon().classes["partitive_subjects"]
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in s.children) for s in found)
    if token.dep_ in ("advcl", "conj") and (partitive or any(s.pos_ == "PRON" and s.lower_ in SUBJECT_PRONOUNS
                                                            for s in found)):
        found = found + subjects(token.head)
    elif partitive or any(s.pos_ == "PRON" and s.lower_ in ("they", "it") for s in found):
        found = found + _earlier_doers(token)
    # a name stands with the common noun set before it that says what it is ("the *carrier* Liaoning sailed", "the
    # *frigate* HMS Kent fired")
    found = found + [c for s in found if s.pos_ == "PROPN" for c in s.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # a count stands for what it counts ("*hundreds of supporters* stormed", "*dozens of troops* entered")
    found = found + [o for s in found if s.like_num or lemma(s) in lexicon().classes["quantifiers"]
                     for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # a passive's agent is its doer ("a bulk carrier, *hit by four missiles*,", "was picked up *by police*")
    return found + [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _earlier_doers(token: Token) -> list[Token]:
    """What a group pronoun subject stands for: the named subject of a clause its own hangs on ("the rebels hold
    Goma and Bukavu, *which they took* in February"), else that of the sentence before ("The rebels advanced on
    Monday. *They took* the airport."). Only nouns: a pronoun there says nothing of the kind of doer."""
    head = token
    while head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
        named = [s for s in subjects(head) if s.pos_ in NOUN_TAGS]
        if named:
            return named
    if token.sent.start == 0 or token.i - token.sent.start > 3:
        return []  # a pronoun far into its sentence may stand for anything said in it
    before = token.doc[token.sent.start - 1].sent
    return [s for s in subjects(before.root) if s.pos_ in NOUN_TAGS]


def _preps_after_aside(token: Token) -> list[Token]:
    """Prepositions right after a comma that closes a relative clause on the verb's object, which the parser hangs on
    the clause ("designated the cartel, which Washington says the general leads, *as* a terrorist group")."""
    return [p for o in token.children if o.dep_ in ("dobj", "obj") for r in o.children if r.dep_ == "relcl"
            for p in r.subtree if p.dep_ == "prep" and p.i > r.i and p.doc[p.i - 1].text == ","]


def _complement_says(complement: Token, words: frozenset) -> bool:
    """A predicate complement is of the kind asked for by its head or by a word that qualifies it ("called the
    leadership *a terrorist regime*", "called the case *one-sided*"), or by what its light head is of ("called the
    blasts *a declaration of war*")."""
    return lemma(complement) in words or complement.lower_ in words or any(
        m.dep_ in ("amod", "compound", "npadvmod") and lemma(m) in words for m in complement.children) or (
        lemma(complement) in lexicon().classes.get("light_heads", frozenset()) and any(
            o.dep_ == "pobj" and lemma(o) in words for c in complement.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children))


def _joint_subject(token: Token) -> bool:
    """Coordinated subjects, or one counted as two or both ("the two ministers")."""
    found = subjects(token)
    return len(found) > 1 or any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both")
                                 for s in found for c in s.children)


def _told_fact(complement: Token) -> bool:
    """A complement clause in the perfect, or a past one opened by "that" ("told him by telephone that soldiers *had
    returned*", "told reporters that the troops *withdrew*"): news told of what was done, not an act ordered,
    promised or stopped, which is yet to come."""
    aux = [a for a in complement.children if a.dep_ in ("aux", "auxpass")]
    return complement.dep_ == "ccomp" and (
        any(lemma(a) == "have" and a.tag_ in ("VBD", "VBZ", "VBP") for a in aux)
        or complement.tag_ == "VBD" and not aux and any(m.dep_ == "mark" and m.lower_ == "that" for m in complement.children))


def _naming(token: Token) -> bool:
    """The verb gives its object a name or a verdict ("calling him an illegal drug leader"): no call made to him."""
    return any(c.dep_ in ("oprd", "acomp") and any(ch.isalpha() for ch in c.text) for c in token.children)


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("called the president on Thursday"): it says when,
    so it is no particle of a verb ("called on the president")."""
    objects_ = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects_) and all(o.ent_type_ in ("DATE", "TIME") for o in objects_)


def _has_clause(token: Token) -> bool:
    """The verb, or the object of its preposition, has a clause or an infinitive of its own ("called on
    the council to act"), or says what it is for ("called on the king for calm")."""
    heads = [token] + prep_objects(token)
    if any(c.dep_ == "prep" and c.lower_ == "for" for h in heads for c in h.children):
        return True
    return any(c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for h in heads for c in h.children)


# Entities a trigger word inside is only a name: "March" the month, "Rally" in a party's name.
NAME_LABELS = {"DATE", "TIME", "PERSON", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "MONEY",
               "QUANTITY", "ORDINAL", "CARDINAL", "PERCENT", "ORG", "LOC", "EVENT", "NORP"}


def _is_name(token: Token, headline: Optional[dict]) -> bool:
    """A trigger word that is part of a name rather than an event: inside a named entity (a ship,
    an operation, a date), or capitalised mid-sentence as part of a proper-noun phrase. `headline`
    caches per sentence whether it is a title-case line."""
    if token.ent_type_ in NAME_LABELS and (token.ent_type_ in ("DATE", "TIME") or not token.is_lower):
        return True
    if token.is_lower or token.pos_ != "PROPN" or token.i == token.sent.start:
        return False
    cache = headline if headline is not None else {}
    if "value" not in cache:
        cache["value"] = _headline(token.sent)
    if cache["value"]:
        return False
    return token.pos_ == "PROPN" and (
        token.dep_ in ("compound", "appos", "flat")
        or any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in token.children)
        or (token.head.pos_ == "NOUN" and token.dep_ in ("npadvmod", "nmod")))


def _attribute(token: Token, lex: Lexicon) -> bool:
    """A participle that only describes a thing: joined by a hyphen to the word before it ("Iran-backed
    militants", "a UK-owned ship"), or set before its noun as a status ("the agreed timetable", "the
    proposed talks"), or an -ing form set before its noun as a state ("the striking teachers")."""
    if token.tag_ == "VBG":
        return token.dep_ == "amod" and token.i < token.head.i and lemma(token) in lex.classes.get("state_participles", ())
    doc = token.doc
    if token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "amod") and token.i + 1 < len(doc) \
            and doc[token.i + 1].pos_ == "PROPN" and token.i > 0 and (doc[token.i - 1].pos_ == "DET" or (
                doc[token.i - 1].pos_ == "ADP" and not any(c.dep_ == "pobj" for c in doc[token.i - 1].children))) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
            and lemma(token) in lex.classes.get("status_participles", ()):
        # "talks in occupied East Jerusalem": the parser made the participle a clause on the noun before, and the
        # name after it its object, leaving the preposition with none
        return True
    if token.tag_ != "VBN":
        return False
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return True
    return token.dep_ == "amod" and token.i < token.head.i and lemma(token) in lex.classes.get("status_participles", ())


def people_participle(token: Token) -> bool:
    """A participle standing as a noun for people ("treated *the injured*", "hundreds *of wounded*"): those it
    names, no act (`classes.people`)."""
    if token.tag_ not in ("VBN", "JJ") or token.lower_ not in lexicon().classes.get("people", frozenset()):
        return False
    if any(c.dep_ in ("dobj", "obj", "agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        return False
    determined = any(c.dep_ in ("det", "poss", "predet") for c in token.children)
    counted = token.dep_ == "pobj" and token.head.lower_ == "of"
    return determined or counted


def _headline(sent) -> bool:
    """A title-case line ("Israel Strikes Targets In Gaza"): capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) / len(words) > 0.6


def match(token: Token, lex: Lexicon, headline: Optional[dict] = None) -> Optional[Trigger]:
    """The trigger sense this token has, if any."""
    if token.pos_ in VERB_TAGS:
        pos = "VERB"
    elif token.pos_ in NOUN_TAGS:
        pos = "NOUN"
    elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj"):
        pos = "ADJ"  # a state said of the subject ("remain committed to", "was deeply concerned about")
    else:
        return None
    entries = lex.entries.get((lemma(token), pos)) or lex.entries.get((token.lower_, pos)) or _stem_entries(token, pos, lex)
    if not entries or _is_name(token, headline) or _attribute(token, lex) or people_participle(token) \
            or (pos == "NOUN" and token.dep_ == "compound" and lemma(token.head) in lex.classes["register_heads"]) \
            or (pos == "NOUN" and token.dep_ == "compound" and _word_in(token.head, lex.classes["kind_heads"])):
        return None  # ... nor a kind of list ("removed from its sanctions list") or of people ("aid workers")
    idle = lex.idle_objects.get(lemma(token))
    acted_on = cache(lambda: objects(token))  # the parse holds still while the word's entries are tried
    if idle is not None and any(_word_in(o, lex.classes.get(idle, frozenset([idle]))) for o in acted_on()):
        return None  # "to meet their financial commitments": no meeting
    for entry in entries:
        ok, theme = _holds(entry, token, acted_on)
        if ok:
            return None if pos == "NOUN" and _setting(token, entry.type, lex) else Trigger(token, entry, theme)
    return None


def _setting(token: Token, type_: str, lex: Lexicon) -> bool:
    """A meeting noun told as the setting of another act: pointed back to by a demonstrative ("after that
    meeting") or giving a time ("the week of the two summits", not "three days of talks"); the meeting itself was
    told before, if at all."""
    words = lex.setting_meetings
    if type_ not in words.get("types", ()):
        return False
    if any(c.dep_ == "det" and c.lower_ in words.get("demonstratives", ()) for c in token.children):
        return True
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or lemma(head.head) not in words.get("times", ()):
        return False
    # "the week of the summit" names a time by the meeting; "three days of talks" counts the talks' length
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.head.children) \
        and not any(c.dep_ in ("nummod", "amod") for c in head.head.children)


def _stem_entries(token: Token, pos: str, lex: Lexicon) -> Optional[list[Entry]]:
    """A past form the lemmatiser got wrong ("cordoned" as "cordone", "staged" as "stag"): the
    entries of its regular stem, without "-ed" or "-d"; a capitalised plural the tagger took for a name
    and left unlemmatised ("- Airstrikes on Khan Younis" after a bullet): the entries of its singular."""
    low = token.lower_
    if pos == "NOUN" and token.pos_ == "PROPN" and low.endswith("s") and low == token.lemma_.lower():
        return lex.entries.get((low[:-1], pos)) or (lex.entries.get((low[:-2], pos)) if low.endswith("es") else None)
    if pos != "VERB" or token.tag_ not in ("VBD", "VBN") or not low.endswith("ed"):
        return None
    return lex.entries.get((low[:-2], pos)) or lex.entries.get((low[:-1], pos))


def _verb_stem(token: Token, lex: Lexicon) -> Optional[str]:
    """The trigger verb an -s word is the present tense of ("fires": "fire", "pushes": "push"), if any."""
    low = token.lower_
    return next((s for s in (low[:-1], low[:-2]) if low.endswith("s") and (s, "VERB") in lex.entries), None)


def repair_present_verbs(sent, lex: Lexicon) -> None:
    """A present-tense verb the tagger took for a plural noun because it is coordinated after a verb
    ("visits the camp and promises aid"), or after the verb's predicate noun ("calls the strike a mistake and
    apologises to the charity"): a noun cannot be the conjunct of a verb, so a trigger verb's -s form there
    is retagged as that verb."""
    for token in tokens_where(sent, "TAG", "NNS".__eq__):  # a retagged word is no plural and makes none
        verbal = token.head.pos_ in VERB_TAGS or token.head.dep_ == "oprd"
        if token.tag_ != "NNS" or token.dep_ != "conj" or not verbal \
                or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in token.children):
            continue
        stem = _verb_stem(token, lex)
        if stem is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", stem
            retagged(token.doc)


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def repair_verbless_present(sent, lex: Lexicon) -> None:
    """A present-tense verb the tagger took for a plural noun in a sentence left with no finite verb ("A drone
    flying over the road fires a missile at the car": "the road fires"): a sentence needs a verb, and an -s word
    of a trigger verb directly before the object the parser hung elsewhere is that verb; the object and the
    phrases after it become its own."""
    if any(t.tag_ in FINITE_TAGS for t in sent):
        return
    for token in sent:
        if token.tag_ != "NNS" or token.i + 2 >= sent.end:
            continue
        stem = _verb_stem(token, lex)
        after = token.doc[token.i + 1]
        obj = after.head if after.dep_ in ("det", "nummod") else None
        if stem is None or obj is None or obj.dep_ != "dobj" or obj.head.i > token.i \
                or (obj.head.i != token.i and obj.head.pos_ != "VERB"):
            continue
        holder = obj.head
        moved = [obj] + [c for c in holder.children if c.dep_ == "prep" and c.i > obj.i] if holder.i != token.i else []
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", stem
        for child in moved:
            child.head = token
        retagged(token.doc)
        return


def repair_caption_present(sent, lex: Lexicon) -> None:
    """A caption's present tense for a past act ("Police fire tear gas at students", "An officer fires into the
    air"), which the tagger read as a noun phrase heading the sentence: a sentence needs a verb, and a trigger verb's
    form right after a party that agrees with it in number (the bare form after a plural, the -s form after a
    singular) is that verb; the party is its subject, the noun the parser made the head its object, and the phrases
    on that noun its own."""
    if sent.root.pos_ not in NOUN_TAGS:
        return
    plurals = lex.classes.get("plural_collectives", frozenset())
    parties = lex.classes.get("parties", frozenset())
    for token in sent:
        if token.tag_ not in ("NN", "NNS") or token.i <= sent.start or token.i + 1 >= sent.end:
            continue
        subject, after = _caption_subject(token), token.doc[token.i + 1]
        if subject is None or after.is_punct or after.is_space \
                or not (_word_in(subject, parties) or subject.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")):
            continue
        plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in plurals
        if token.tag_ == "NNS" and not plural:
            stem = _verb_stem(token, lex)
        elif token.tag_ == "NN" and plural and (token.lower_, "VERB") in lex.entries:
            stem = token.lower_
        else:
            continue
        if stem is None:
            continue
        head = sent.root
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ" if token.lower_ != stem else "VBP", stem
        token.head, token.dep_ = token, "ROOT"
        if head.i != token.i:
            if head.i > token.i:
                head.head, head.dep_ = token, "dobj"
            for child in list(head.children):
                if child.i > token.i and child.dep_ in ("prep", "npadvmod", "punct", "advcl", "advmod") \
                        and child.lower_ != "of":
                    child.head = token
        for word in sent.doc[sent.start:token.i - 1]:
            if word.head.i >= token.i:
                word.head = subject
        subject.head, subject.dep_ = token, "nsubj"
        retagged(token.doc)
        return


def _caption_subject(token: Token) -> Optional[Token]:
    """The noun a caption's verb read as a noun follows as its subject: the noun right before it, or the noun the
    sentence opens with when a participle phrase on that noun comes between ("Marchers chanting "Out!" walk
    through the town": the parser hung the verb on the participle as its object)."""
    before = token.doc[token.i - 1]
    if before.pos_ in NOUN_TAGS:
        return before
    root = token.sent.root
    if root.i < token.i and root.pos_ in NOUN_TAGS and token.head.dep_ == "acl" and token.head.head.i == root.i:
        return root
    return None


def repair_fronted_date_subject(sent) -> None:
    """A sentence that opens with a date and no comma ("On 5 November South Africa closed the border", "On 30
    October police detained ..."), which the parser may read as one phrase, "On [5 November South Africa]", leaving
    the verb with no subject: the date is the object of "On" and the name or noun after it the subject."""
    from ..annotations import annotations

    root, first = sent.root, sent[0]
    if root.pos_ not in VERB_TAGS or first.dep_ != "prep" or first.head.i != root.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return
    name = next((c for c in first.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ not in ("PROPN", "NOUN") or name.i > root.i:
        return
    after = first.idx + len(first)
    ends = [t.end for t in annotations(sent.doc).timexes if after <= t.start <= after + 1 and t.end < name.idx]
    if not ends:
        return
    date = [t for t in sent.doc[first.i + 1:name.i] if t.idx < max(ends)]
    names = sent.doc[date[-1].i + 1:name.i + 1] if date else []
    if not date or not all(t.pos_ in ("PROPN", "NOUN") for t in names):
        return
    for token in date[:-1]:
        token.head = date[-1]
    date[-1].head, date[-1].dep_ = first, "pobj"
    name.head, name.dep_ = root, "nsubj"
    retagged(sent.doc)


CLIPPED_VERB_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
CLIPPED_NAME_TAGS = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}


def repair_clipped_date_subject(sent) -> None:
    """A digest's clipped sentence with its day between the subject and the verb ("ECOWAS 27 Nov suspended Mali",
    "Zelensky 12 Nov called for ..."), which the parser reads as one noun phrase, the month its head or the verb's
    subject: a day written with digits right before a past or present verb modifies that verb, and the noun phrase
    right before the day is the verb's subject. The sentence's timexes are read off the document's index of them
    (`Annotations.index_of`), in the list's order: a scan of every timex of a long transcript for each of its
    sentences cost more than all the other repairs."""
    from ..annotations import annotations

    doc = sent.doc
    for timex in annotations(doc).index_of("timexes").within(sent.start_char, sent.end_char):
        if not sent.start_char < timex.start < timex.end < sent.end_char:
            continue  # only a day inside this sentence can stand between its subject and verb (no span made for others)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or span.start <= sent.start or span.end >= sent.end or span.start >= sent.end \
                or not any(t.like_num for t in span) or not any(t.is_alpha for t in span):
            continue
        name, verb = doc[span.start - 1], doc[span.end]
        if verb.tag_ not in CLIPPED_VERB_TAGS or not (name.pos_ in ("NOUN", "PROPN", "PRON") or name.is_upper) \
                or any(c.dep_.startswith("aux") for c in verb.children):
            continue
        start = name.i
        while start > sent.start and (doc[start - 1].pos_ in CLIPPED_NAME_TAGS or doc[start - 1].tag_ in ("HYPH", "POS")):
            start -= 1
        _clip(doc[start:span.end], name, span, verb)
        retagged(doc)


def _clip(phrase, name: Token, date, verb: Token) -> None:
    """Hangs a clipped sentence's subject and day on its verb, which takes the place in the parse that the phrase
    held; what the parser hung on the phrase after the verb ("and", a conjoined verb) goes to the verb."""
    inside = range(phrase.start, phrase.end)
    top = next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), name)
    if verb.head.i in inside:
        if top.dep_ in ("nsubj", "nsubjpass") and top.head.i > verb.i:
            held = top.head
            verb.head, verb.dep_ = (verb, "ROOT") if held.head.i == held.i else (held.head, held.dep_)
            held.head, held.dep_ = verb, "conj"
        elif top.head.i == top.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = top.head, top.dep_
    for word in phrase:
        for child in list(word.children):
            if child.i > verb.i:
                child.head = verb
    for word in phrase.doc[phrase.start:name.i]:
        if word.head.i not in range(phrase.start, name.i + 1):
            word.head = name
    for word in date[:-1]:
        word.head = date[-1]
    date[-1].head, date[-1].dep_ = verb, "npadvmod"
    name.head, name.dep_ = verb, "nsubj"
    if name.pos_ not in ("NOUN", "PROPN", "PRON"):  # an acronym the tagger took for a verb ("ECOWAS")
        name.pos_, name.tag_ = "PROPN", "NNP"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"


def repair_split_compounds(sent, lex: Lexicon) -> None:
    """A compound written with a hyphen that the tokenizer split ("cease-fire", "counter-attack", "co-operation",
    "build-up"): the word after the hyphen takes the lemma of the whole word when the lexicon knows it written solid
    ("ceasefire"), so the American spelling is the same event word as the British one."""
    for hyphen in tokens_where(sent, "LOWER", "-".__eq__):
        if hyphen.i <= sent.start or hyphen.i + 1 >= sent.end or hyphen.whitespace_:
            continue
        first, second = hyphen.doc[hyphen.i - 1], hyphen.doc[hyphen.i + 1]
        joined = first.lower_ + second.lemma_.lower()
        if first.whitespace_ or not first.is_alpha or not second.is_alpha or joined not in lex.words:
            continue
        second.lemma_ = joined
        retagged(sent.doc)


def find(sent, lex: Lexicon) -> list[Trigger]:
    """All triggers in a sentence, in text order."""
    repair_split_compounds(sent, lex)
    repair_present_verbs(sent, lex)
    repair_verbless_present(sent, lex)
    repair_caption_present(sent, lex)
    repair_fronted_date_subject(sent)
    repair_clipped_date_subject(sent)
    found = []
    headline: dict = {}
    for token in _candidates(sent, lex):
        trigger = match(token, lex, headline)
        if trigger is not None:
            found.append(trigger)
    return found


def _candidates(sent, lex: Lexicon) -> list[Token]:
    """The sentence's words that may be triggers, in text order: a lemma or a form the lexicon may hold
    (`Lexicon.may_trigger`), read off spaCy's arrays (`tokens_where_any`), so that no Token is made and no `match` tried
    for the other words; `match` turns away those that are no noun, verb or adjective."""
    words = lex.words
    return tokens_where_any(sent, ("LEMMA", lambda value: value.lower() in words), ("LOWER", lex.may_trigger))
