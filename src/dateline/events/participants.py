"""Who and to whom: an event's actors and recipients read off the dependency parse.

Actors are subjects (with their conjuncts: "Egypt and Qatar mediated"), passive "by" agents,
possessors and nationality modifiers of event nouns ("Israeli airstrikes", "Russia's invasion");
recipients are objects and prepositional objects ("with", "on", "against", "to"). Mentions carry
the actor id of the resolved actor mention they overlap, or null when none was resolved. Which
preposition marks which argument is in `data/arguments.yaml`.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from ..annotations import document_text, entity_of
from ..actors.dictionary import office_words, references
from ..model import Mention
from ..places import LOCAL_ID, national_capital, settlement_words
from .arguments import (AIMED_PREPS, STANCE_PREFIXES, sided_with, own_forces_moved, ANAPHORA_REACH, Arguments, BENEFICIARY_PREPS, DEFINITE, GOAL_PREPS, Index,
                        MATERIAL_CONFLICT, PLACE_LABELS, SOURCE_PREPS, WORDS, _absolute_with, _when, clause_verb,
                        mention_for, np_span)
from .triggers import (VERB_TAGS, Trigger, clause_subject, finite_after_infinitive, governing_verb, lemma, lexicon,
                       people_participle, shared_patients, subjects, with_conjuncts)


ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
RECIPIENT_PREPS = set(WORDS["recipient_prepositions"])
TARGET_PREPS = set(WORDS["target_prepositions"])
RELATIVE_PRONOUNS = set(WORDS["relative_pronouns"])
ANCHOR_PREPS = set(WORDS["time_prepositions"]) - {"by"}  # ("by" also names a doer)
YIELDING_VERBS = frozenset(WORDS["yielding_verbs"])
AUTHORING_VERBS = frozenset(WORDS["authoring_verbs"])
MEDIATION_PREPS = frozenset(WORDS["mediation_prepositions"])
MEANS_NOUNS = frozenset(WORDS["means_nouns"])
REPEATED_PREPS = frozenset(WORDS["repeated_prepositions"])
TRUCE_NOUNS = frozenset(WORDS["truce_nouns"])
HANDING_VERBS = frozenset(WORDS["handing_verbs"])
HANDING_PARTICLES = frozenset(WORDS["handing_particles"])
LETTING_VERBS = frozenset(WORDS["letting_verbs"])
# Types of event only a party (a person, group, body or state) does; a thing may strike, kill or block
PARTY_ACT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                   "REJECT", "THREATEN", "PROTEST", "SANCTION"}


def _controller(verb: Token, control: frozenset = frozenset(), parties: frozenset = frozenset()) -> list[Token]:
    """Subjects an embedded verb inherits: "Hamas agreed to release", "urged Israel to allow"
    (the object, with the verbs of `control`), "called the minister to discuss" (the subject). A passive with a
    subject of its own inherits no doer: "clashed with protesters, and nearly 100 people were killed"."""
    if any(c.dep_ == "nsubjpass" for c in verb.children) or shared_patients(verb):
        return []
    said_of = _said_to_be(verb)
    if said_of:
        return said_of
    seen = 0
    while seen < 4 and verb.head.i != verb.i:
        seen += 1
        dep, head = verb.dep_, verb.head
        if dep == "xcomp" and head.pos_ == "ADJ":
            verb = head
        elif dep == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")] if lemma(head) in control else []
            if objs:
                return with_conjuncts(objs[0])
            subj = subjects(head, passive=True)
            if subj:
                return subj
            agents = _agents(head)
            if agents:
                return agents
            verb = head
        elif dep == "conj" and finite_after_infinitive(verb):
            return subjects(head.head) or _agents(head.head)  # "said they would not escape it and praised the police"
        elif dep == "conj":
            # after a predicate noun ("calls the strike a mistake and apologises"), the subject of its verb
            subj = subjects(head) or _agents(head) or (subjects(head.head) if head.dep_ == "oprd" else [])
            if subj:
                return subj
            verb = head
        elif dep == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "staged rallies to demand reforms": the purpose is theirs who hold the event
            outer = governing_verb(head)
            return (subjects(outer) or _agents(outer)) if outer is not None else []
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and (lemma(head) in parties or head.lower_ in parties):
            return [head]  # "protesters demanding reforms": the people the participle describes
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "PROPN" and head.ent_type_ in ACTOR_LABELS:
            return [head]  # "Netanyahu, opening a meeting of his cabinet: ...": the one named does it
        elif dep == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and head.ent_type_ not in ACTOR_LABELS:
            # "passed a resolution demanding": the document speaks for who issued it
            outer = governing_verb(head)
            return (subjects(outer) or _agents(outer)) if outer is not None else []
        elif dep == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in OBJECT_CONTROL_PREPS \
                and any(c.dep_ in ("dobj", "obj") for c in head.head.children):
            # "accused the militia of shelling", "charged him with supporting": the object did it
            return [t for c in head.head.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
        elif dep == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep":
            # "joined 40 nations in condemning": the subject of the verb the phrase modifies
            outer = head.head
            return (subjects(outer) or _agents(outer)) if outer.pos_ in VERB_TAGS else []
        elif clause_subject(verb):
            return clause_subject(verb)  # "Rebel fighters counterattacked": the parser's participle is the verb
        elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "the man who was jailed" underwent it: no doer
            return [head] if dep == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children) else []
        elif dep == "acomp":
            # "Norway is willing to send troops": the subject of the adjective's copula
            return subjects(head, passive=True)
        elif dep == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            # "telephoned Kozyrev to discuss", "staged rallies to demand": the purpose is the doer's
            return subjects(head) or _agents(head)
        else:
            return []
    return []


def _said_to_be(verb: Token) -> list[Token]:
    """"Gunmen suspected to be bandits abducted 12 farmers", "Men believed to be jihadists killed 12 soldiers":
    the parser takes "suspected" for the sentence's verb and hangs the real one, which has an object and no
    subject, on "bandits" or on "suspected"; the one said to be them did it."""
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "attr" and head.head.dep_ == "xcomp" \
            and lemma(head.head) == "be":
        return subjects(head.head.head) or [head]
    if verb.dep_ == "ccomp" and verb.i > head.i and any(c.dep_ == "xcomp" and lemma(c) == "be" and c.i < verb.i
                                                       for c in head.children):
        return subjects(head)
    return []


def actor_mention(token: Token, index: "Index") -> Mention:
    """An actor's mention: a title and the name set beside it are one mention ("The army chief, General X,
    vowed", "The UN Humanitarian Coordinator, Y, welcomed"), which the name's actor resolves, else the title's."""
    mention = mention_for(token, index)
    titled = lemma(token) in lexicon().classes["titles"] or token.lower_ in office_words()
    name = _titled(token) if token.pos_ in ("NOUN", "PROPN") and titled else token
    if name is token:
        return mention
    named = mention_for(name, index)
    start, end = min(mention.start, named.start), max(mention.end, named.end)
    return Mention(text=index.text[start:end], start=start, end=end, actor=named.actor or mention.actor)


def _titled(title: Token) -> Token:
    """The name set beside a title, also when the parser hangs it on the title's "of" place ("The governor of
    Darfur, Z, accused": a person is no apposition to a place)."""
    holders = [title] + [o for o in _prep_objects(title, {"of"}) if o.ent_type_ in PLACE_LABELS | {"ORG", "NORP"}]
    return next((c for h in holders for c in h.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), title)


def _speaker_of_act(verb: Token, type_: str, index: Optional["Index"], parties: frozenset,
                    machines: frozenset = frozenset()) -> list[Token]:
    """ "Zelensky said the talks had gone well and thanked the hosts": a verb with no subject of its own,
    joined to a reported clause whose subject is no party (talks, a deal) or a machine that cannot speak for itself
    ("said a boat the navy had bombed carried a fisherman, and accused the officials of murder"), and of a type only
    a party does (thanking, urging, accusing), is the speaker's next act; an attack may be a missile's, so
    material conflict keeps the reported clause's subject."""
    if verb.dep_ != "conj" or type_ not in PARTY_ACT_TYPES:
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    reported = subjects(first, passive=True)
    if first.dep_ != "ccomp" or not reported:
        return []
    # ... as is one aimed at the reported clause's own side: "The army said enemy troops had opened fire and
    # accused the enemy's capital of breaching the deal" (no side accuses itself)
    aimed = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    if any(is_party(t, index, parties) and lemma(t) not in machines for t in reported) and not (
            aimed and first.i > first.head.i and all(t.pos_ != "PRON" for t in aimed)
            and _same_side(aimed, reported, index)) and not _tense_shift(first, verb):
        return []
    return subjects(first.head) or _listed_speaker(first.head)


def _downed(verb: Token, weapons: frozenset) -> list[Token]:
    """The weapons a verb brings down: the object of a verb of downing ("intercepted two missiles", "shot down the
    drones"), or what interceptors were fired at ("fired interceptors at the incoming missiles")."""
    objects = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    downing = lemma(verb) in DOWNING_VERBS or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in DOWNING_VERBS for c in verb.children)
    if downing:
        return [t for t in objects if _weapon(t, weapons)]
    if objects and all(lemma(t) in INTERCEPTORS for t in objects):
        return [t for t in _prep_objects(verb, AIMED_PREPS) if _weapon(t, weapons)]
    return []


def _foretold_harm(token: Token, type_: str) -> Optional[Token]:
    """The verb of undergoing a threat is told with ("would *pay* a heavy price", "will *face* consequences",
    "could face new *sanctions*"), whose subject is the one threatened, not the one who threatens."""
    if type_ not in ("THREATEN", "SANCTION"):
        return None
    verb = token if token.pos_ in VERB_TAGS else token.head if token.dep_ in ("dobj", "obj") else None
    return verb if verb is not None and lemma(verb) in FORETOLD_HARM_VERBS else None


def _foreteller(verb: Token) -> list[Token]:
    """Who says the harm will come: the subject of the verb of saying the clause is reported by ("the minister
    said Iran would pay"), also across a conjunct ("said X had crossed a line and would pay"); none when the
    clause is not reported."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "csubj"):
        return []
    saying = clause.head
    while saying.pos_ not in VERB_TAGS and saying.head.i != saying.i:
        saying = saying.head  # "made clear that ...": the verb the complement's adjective completes
    return subjects(saying) if saying.pos_ in VERB_TAGS else []


def _clause_subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is coordinated after ("had crossed a red line and would pay")."""
    while not subjects(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return subjects(verb)


def _object_pronoun_subject(verb: Token, actors: list[Token]) -> list[Token]:
    """An object relative pronoun the parser made a second subject of its clause ("officials whom they hold
    responsible": "whom" is the object case, "they" the doer)."""
    if verb.dep_ != "relcl":
        return []
    objective = [t for t in actors if t.lower_ == "whom"]
    return objective if objective and len(objective) < len(actors) else []


OBJECT_CONTROL_PREPS = set(WORDS["object_control_prepositions"])
FORETOLD_HARM_VERBS = frozenset(WORDS["foretold_harm_verbs"])
DOWNING_VERBS = frozenset(WORDS["downing_verbs"])
UNSPECIFIED = frozenset(WORDS["unspecified"])
COUNTERPART_PREPS = frozenset(WORDS["counterpart_prepositions"])
ROUTES = frozenset(WORDS["blocked_ways"])
INTERCEPTORS = frozenset(WORDS["interceptors"])


def _way(token: Token) -> bool:
    """A road, street or highway: no party when blocked or sealed, the target when attacked ("launched drones
    toward the main supply road")."""
    return lemma(token) in ROUTES and token.pos_ == "NOUN"


def _agents(verb: Token) -> list[Token]:
    """A passive's doers after "by", but not a bare noun of means ("were taken *by bus*": how, not who)."""
    return [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for t in with_conjuncts(p) if not _means(t)]


def _means(token: Token) -> bool:
    return lemma(token) in MEANS_NOUNS and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in token.children)


def _shared_objects(verb: Token, classes: dict) -> list[Token]:
    """The object of the verb coordinated right after this one, which both share: "rammed and boarded two boats"
    (not after a verb that takes none: "advanced and captured the town", nor after one aimed by a preposition: "fired
    on the crowd and wounded two"; a day is no aim: "On Sept. 12 an officer shot and killed a man")."""
    aimed = [t for t in _prep_objects(verb, TARGET_PREPS | {"on", "against"}) if t.ent_type_ not in ("DATE", "TIME")]
    if lemma(verb) in classes.get("intransitive_acts", frozenset()) or aimed:
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or nxt.i != verb.i + 2 or verb.doc[verb.i + 1].lower_ not in ("and", "or"):
        return []
    return [t for c in nxt.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]


def _left_in_state(verb: Token, classes: dict) -> bool:
    """The verb has a state it leaves its object in ("shot dead", "beaten unconscious"), which only an object can be
    left in: with none after it, its subject is that object and the clause a passive. Its "at" phrase is then where
    the act happened ("shot dead at home"), not what was aimed at."""
    return any(c.dep_ in ("oprd", "acomp") and lemma(c) in classes.get("result_states", ()) for c in verb.children)


def _caused_participle(verb: Token, classes: dict) -> list[Token]:
    """The subject of a participle with no auxiliary that completes a verb of having something done ("ordered the
    editor jailed", "had the protesters detained"): a passive small clause, whose subject undergoes the act."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.i < verb.head.i \
            or lemma(verb.head) not in classes.get("causing_verbs", ()) \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return []
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in with_conjuncts(c)]


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the word's prepositions; "together with X" names a co-actor, not a recipient, and an absolute
    "with" ("with Oman mediating", "with Kenya as facilitator") a third party's part. A preposition said again over a
    list ("to the emir and to the president", "with X and with Y") keeps every member."""
    return [t for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            and not any(a.dep_ == "advmod" and a.lower_ in lexicon().classes["comitative"] for a in c.children)
            and not _absolute_with(c)
            for r in _repeated(c) for p in r.children if p.dep_ == "pobj" for t in with_conjuncts(p)]


def _handed_to(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of the verb's prepositions and of those the parser hung on its "back" or "over" ("handed the town
    back to the army": "to" under "back")."""
    return _prep_objects(verb, preps) + [t for c in verb.children if c.dep_ in ("advmod", "prt")
                                         and c.lower_ in HANDING_PARTICLES for t in _prep_objects(c, preps)]


def _repeated(prep: Token) -> list[Token]:
    """A preposition of a counterpart with the same preposition said again in its conjuncts ("to X, to Y and to Z")."""
    return [prep] + [c for c in prep.conjuncts if c.lower_ == prep.lower_ and prep.lower_ in REPEATED_PREPS]


def _fronted_phrases(verb: Token) -> list[Token]:
    """Phrases of place that open the clause before its subject, set off by a comma ("From Geneva, the envoy
    urged the army"): they set the scene (where he spoke), and name no one the act was aimed at or taken from."""
    subject = next(iter(subjects(verb, passive=True)), None)
    return [c for c in verb.children if c.dep_ == "prep" and subject is not None and c.i < subject.i
            and c.right_edge.i + 1 < len(verb.doc) and verb.doc[c.right_edge.i + 1].text == ","
            and not any(_when(o) for o in c.children if o.dep_ == "pobj")]


# Event nouns whose 'of' phrase names the doers: "a protest of farmers", "a march of thousands".
OF_DOER_TYPES = {"PROTEST", "CONSULT"}  # "a rally of supporters", "a session of the Security Council": who met


def _manner_of(token: Token, verb: Token, entry) -> bool:
    """The noun says how the subject of a verb its sense names did it ("watched the events with grave concern"):
    the concern is that subject's."""
    held = token.head.head  # the verb, or its object the parser hung the phrase on ("watching the situation with")
    return token.dep_ == "pobj" and token.head.lower_ == "with" and entry.governed_by is not None \
        and lemma(verb) in entry.governed_by \
        and (held.i == verb.i or (held.dep_ in ("dobj", "obj") and held.head.i == verb.i))


def _called_action(verb: Token, entry) -> bool:
    """"The union called a general strike": calling a protest action with no verdict on it declares it, so the
    caller takes part ("called the strike illegal" judges another's)."""
    return lemma(verb) == "call" and entry.type == "PROTEST" and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in verb.children)


def _stance_word(token: Token) -> bool:
    """A piece of a hyphenated stance the parser split ("a *pro*-*Palestinian* march"): whom the act sides with or
    is against, not who does it."""
    doc = token.doc
    return token.lower_ in STANCE_PREFIXES or token.text == "-" \
        or sided_with(document_text(doc), token.idx, token.idx + len(token))


def _is_entity(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS


def find(trigger: Trigger, skip: set[int], index: Optional["Index"] = None,
         classes: Optional[dict] = None, event_types: Optional[dict[int, str]] = None) -> Arguments:
    """Actors and recipients (head tokens) of a trigger; `skip` holds tokens that are themes
    or other events' triggers and so are not participants. Recipients are parties: an object
    that is a topic ("demanded the removal of X") gives way to the party inside it, and a
    verb without one takes the party its complement names ("demanded that X withdraw",
    "agreed to send aid to X"). An event noun that refers back to an event already reported ("condemned
    the strikes", "the raids hit") stands for that event's doers (`event_types`: the sentence's triggers)."""
    token, entry = trigger.token, trigger.entry
    event_types = event_types or {}
    classes = classes or {}
    parties = classes.get("parties", frozenset())
    args = Arguments()
    preps = RECIPIENT_PREPS | (TARGET_PREPS if entry.type in MATERIAL_CONFLICT else set())
    preps |= SOURCE_PREP_TYPES.get(entry.type, set())
    if entry.type in COUNTERPART_TYPES and token.pos_ not in VERB_TAGS:
        preps -= TOPIC_ON  # "talks on the status of Kurdish fighters", "agreement on the future of X": a topic
    if token.pos_ in VERB_TAGS:
        _verb_arguments(args, trigger, skip, index, classes, preps, event_types)
    else:
        _noun_arguments(args, trigger, skip, index, classes, preps)
    if entry.type in MATERIAL_CONFLICT:
        # "struck a car on the road between Marjayoun and Khiam": a way is no party but says where (unless an
        # attack is aimed at it: "launched drones toward the main supply road")
        args.sites += [t for t in args.recipients if _way(t) and (entry.type != "ASSAULT" or _via(t) not in AIMED_PREPS)]
    if index is not None:
        # "On 24 Khordad (14 June) the jets bombed a depot", "deploy on Saba Saba Day": a day, whatever the tagger
        # called its name
        args.recipients = [t for t in args.recipients if not index.told_date(t)]
    goods = classes.get("aid_goods", frozenset())
    if entry.type in ("AID", "SUPPORT") or (entry.type == "AGREE" and any(
            lemma(c) in goods or c.ent_type_ == "MONEY" for o in token.children if o.dep_ in ("dobj", "obj")
            for c in _counted(o))):
        # "pledged $1 billion in aid for Yemen": a promise of help is for whom it helps
        args.recipients += _prep_objects(token, {"for"})
    if lemma(token) in classes.get("taking_verbs", frozenset()):
        # "seized the town from the junta": whom the ground was taken from; "confiscated weapons from the
        # militias": the goods taken are no party, the one they were taken from is
        # (the parser may hang the "from" phrase on the object: "seized Tamu, a town in the north, from the junta")
        objects_taken = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        losers = _prep_objects(token, {"from"}) + [t for o in objects_taken for t in _prep_objects(o, {"from"})]
        goods = classes.get("military_goods", frozenset()) | classes.get("weapons", frozenset())
        args.recipients = [t for t in args.recipients if not (losers and any(lemma(c) in goods for c in _counted(t)))]
        args.recipients += losers
    if entry.type == "PROTEST":
        # "marched against the bill": a bill or a measure protested is what it is about, no party
        args.recipients = [t for t in args.recipients if lemma(t) not in classes.get("measures", frozenset())
                           and t.lower_ not in classes.get("measures", frozenset())]
    if entry.type in MATERIAL_CONFLICT:
        args.recipients = _without_weapons(args.recipients, classes.get("weapons", frozenset()),
                                           classes.get("crowd_weapons", frozenset()))
        if token.pos_ in VERB_TAGS and any(
                t.dep_ == "pobj" and t.head.head.i == token.i and t.head.lower_ in AIMED_PREPS and is_party(t, index, parties)
                and t.ent_type_ not in ("LOC", "FAC") and _may_act(t, index) for t in args.recipients):
            # "fired tear gas at protesters", "dropped leaflets on the town's residents": the object is
            # what was fired; the party it was aimed at is the recipient
            fired = {t.i for c in token.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)}
            args.recipients = [t for t in args.recipients if t.i not in fired]
    # "blew himself up", "the gunmen barricaded themselves": a reflexive object is the doer, no recipient
    args.recipients = [t for t in args.recipients if not (t.tag_ == "PRP" and t.lower_.endswith(("self", "selves")))]
    actor_ids = {t.i for t in args.actors}
    material = entry.type in THING_TARGET_TYPES
    times = classes.get("times_of_day", frozenset())
    complicity = classes.get("complicity", frozenset())
    args.recipients = [t for t in args.recipients if lemma(t) not in times
                       and not (lemma(t) in complicity and _via(t) == "with")]

    def keep(tokens):
        found = []
        for t in _unique(tokens):
            # (a gathering attacked or broken up, though the parser took it for a name: "disperse the March")
            gathering = entry.type in FORCE_TYPES and event_types.get(t.i) == "PROTEST" and t.i != token.i
            if _way(t):
                # "blocked the road between the two villages": a way (the theme of the act), and where; but a
                # road attacked is the target
                if entry.type == "ASSAULT" and _via(t) in AIMED_PREPS and t.i not in actor_ids:
                    found.append(t)
                continue
            if t.i in skip and (t.pos_ == "NOUN" or gathering):
                # another event's noun ("conceded to demands from UNITA", "demanded a meeting of the
                # Security Council"): the parties it names, else the doers of the event it refers back to
                # ... and a state's own mission or troops, where they are ("closed its embassy in Caracas")
                preps_of = EVENT_NOUN_PARTY_PREPS | ({"in"} if lemma(t) in classes.get("own_resources", ()) else set())
                if event_types.get(t.i) in MATERIAL_CONFLICT:
                    preps_of = preps_of - SOURCE_PREPS  # "launched an attack from rebel-held areas": whence it came
                if entry.type in APPROVAL_TYPES:
                    preps_of = preps_of - {"between", "among"}  # "welcomed the agreement between X and Y": the deal
                # "acceded to the protesters' demands": the party whose demand it is
                owners = [c for c in t.children if c.dep_ == "poss" and c.tag_ != "PRP$" and is_party(c, index, parties)]
                # "insisted on its demands that the government resign": the same act restated, whose pronoun
                # is the doer's own and whose content names who must comply
                restated = event_types.get(t.i) == entry.type
                # (not a name of the thing itself that is no party: "closed the Lebombo border post")
                doers = [d for d in named_doers(t, index) if not (restated and d.tag_ == "PRP$") and d.i not in skip]
                # "pledged continued support for Kinshasa": the party helped (not what the help is for: "assistance to
                # the war against Iraq")
                doers += [b for b in _prep_objects(t, BENEFICIARY_PREPS) if is_party(b, index, parties)] \
                    if lemma(t) in goods else []
                named = [p for o in (_accused(t, deed=True) if entry.type in DOER_TARGET_TYPES else [])
                         or _prep_objects(t, preps_of) + doers + owners
                         if o.i not in actor_ids
                         for p in ([o] if entry.type == "ASSAULT" and _way(o) else _parties(o, index, parties, False))]
                if not named and restated and entry.type in RESTATED_CONTENT_TYPES:
                    named = [p for o in _complement_recipients(t, entry.type, preps) if o.i not in actor_ids
                             for p in _parties(o, index, parties, False)]
                if not named and entry.type in RESPONSE_TYPES - APPROVAL_TYPES:
                    named = [a for a in antecedent_doers(t, event_types, index) if a.i not in actor_ids]
                if not named and gathering:
                    named = [t]  # "fired tear gas to break up the rally": the gathering stands for those in it
                found.extend(named)
                continue
            if t.i in skip or t.i in actor_ids:
                continue
            if lemma(t) in classes.get("condition_heads", ()) and any(
                    lemma(o) in classes.get("conditions", ()) for o in _prep_objects(t, {"of"})):
                continue  # "the state of emergency": a condition, no state
            if t.pos_ == "NOUN" and lemma(t) in classes.get("titles", ()):
                named = [c for c in t.children if c.dep_ == "appos" and _is_entity(c) and c.i not in actor_ids]
                if named:
                    found.extend(named)  # "met his Chinese counterpart Li Wei": the name says who
                    continue
            accused = (_accused(t) or named_doers(t, index)) \
                if entry.type in DOER_TARGET_TYPES and not is_party(t, index, parties) else []
            if accused:
                # "investigating alleged crimes by extremists against civilians": the accused, not the victims
                # ("condemned the Ethiopian aggression against Sudan": the state whose act it was)
                found.extend(p for a in accused for p in _parties(a, index, parties, False) if p.i not in actor_ids)
                continue
            sent_by = _senders(t, index, classes.get("third_parties", frozenset()))
            if sent_by:
                found.extend(p for p in sent_by if p.i not in actor_ids)
                continue
            found.extend(p for p in _parties(t, index, parties, material) if p.i not in actor_ids)
        found = [c for t in found for c in (_coordinated_nationalities(t) or [t])]
        return _unique(found)

    args.recipients = keep(args.recipients)
    theme = trigger.theme
    if not args.recipients and entry.type in MATERIAL_CONFLICT and theme is not None \
            and lemma(theme) in classes.get("force_lines", ()):
        args.recipients = [theme]  # "broke through police lines": the lines stand for the force that holds them
    if lemma(token) in classes.get("taking_verbs", frozenset()):
        # "seized seven rifles": arms taken are no party (whose they were, kept above, is)
        args.recipients = [t for t in args.recipients if not any(lemma(c) in classes.get("arms", ()) for c in _counted(t))]
    # "arrested the editor on charges of treason": the grounds, no party
    args.recipients = [t for t in args.recipients if not (_via(t) in TOPIC_ON and lemma(t) in classes.get("grounds", ()))]
    goods = classes.get("aid_goods", frozenset()) | classes.get("military_goods", frozenset())
    given = [t for t in args.recipients if _goods(t, goods)]
    if entry.type not in MATERIAL_CONFLICT and given and (len(given) < len(args.recipients) or entry.type in GIVING_TYPES):
        # "will transfer fighter jets to Ukraine": what is given is no party, whom it is given to is
        args.recipients = [t for t in args.recipients if t not in given]
    if token.pos_ in VERB_TAGS and lemma(token) in HANDING_VERBS:
        # "handed the town of Kalehe back to the army", "ceded the islands to Japan": what is handed is no party (a
        # place named in it neither), whom it is handed to is
        takers = [p for t in _handed_to(token, {"to"}) if t.i not in actor_ids
                  for p in _parties(t, index, parties, False) if p.i not in actor_ids]
        handed = {t.i for c in token.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        args.recipients = _unique([t for t in args.recipients if t.i not in handed] + takers) if takers else args.recipients
    if entry.type in ("AID", "SUPPORT") and token.pos_ in VERB_TAGS:
        # "sent fighters to help the government", "sent drones to support the RSF": the doer's own people and the
        # goods sent are no party; whom they went to help is
        own = classes.get("own_resources", frozenset()) | goods
        sent = {t.i for c in token.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)
                if any(lemma(w) in own for w in _counted(t))}
        helped = [p for t in _purpose_objects(token) if t.i not in actor_ids
                  for p in _parties(t, index, parties, False) if p.i not in actor_ids] if sent else []
        args.recipients = _unique([t for t in args.recipients if t.i not in sent] + helped) if helped else args.recipients
    if entry.type in MATERIAL_CONFLICT:
        # "launched artillery, mortar and rocket fire against camps": what is fired gives way to what it is aimed at
        weapons = classes.get("weapons", frozenset())
        args.recipients = [t for t in args.recipients if not _weapon(t, weapons)] or args.recipients
        if any(not _unresolved_place(t, index) for t in args.recipients):
            # "beat detainees on the occupied West Bank": beside a party, a place no actor resolves is where
            args.sites += [t for t in args.recipients if _unresolved_place(t, index) and _via(t) in AIMED_PREPS]
            args.recipients = [t for t in args.recipients if t not in args.sites]
    if entry.type in MATERIAL_CONFLICT and token.pos_ in VERB_TAGS:
        # "intercepted the missiles", "fired interceptors at the incoming missiles": a weapon brought down is the
        # target, and stands for the side that launched it
        args.recipients = _unique(args.recipients + _downed(token, classes.get("weapons", frozenset())))
    if not args.recipients and entry.type == "AID" and token.pos_ in VERB_TAGS:
        # "handed out biscuits to the new arrivals": whom help is given to, whatever the noun for them
        args.recipients = [t for t in _prep_objects(token, {"to"}) if t.pos_ in ("NOUN", "PROPN")
                           and t.i not in actor_ids and not any(lemma(c) in goods for c in _counted(t))]
    if not args.recipients and entry.type == "REQUEST":
        # "appealed for dialogue between the government and the opposition": the parties asked to meet
        args.recipients = keep([p for n in _prep_objects(token, {"for"}) if n.i in skip
                                for p in _prep_objects(n, {"between", "among"})])
    if not args.recipients and entry.type == "THREATEN" and token.pos_ not in VERB_TAGS:
        # "issued a warrant for the arrest of the opposition leader": who would be arrested
        args.recipients = keep([p for n in _prep_objects(token, {"for"}) if n.i in skip
                                for p in _prep_objects(n, {"of"}) + [c for c in n.children if c.dep_ == "poss"]])
    if not args.recipients and entry.type == "THREATEN":
        args.recipients = complying(token, args.actors, index, parties)
    if not args.recipients:
        # "threatened to hit the capital with a new missile": the weapon is no target
        told = _complement_recipients(token, entry.type, preps, classes.get("weapons", frozenset()) if material else frozenset())
        if entry.type == "THREATEN" and told and _acting_side(told, args.actors, index, parties, event_types):
            # "Putin warned that Russia could strike the bases of countries that ...", "warned that the campaign
            # would go on": who or what would act is the doer's own side; what it would act on is the target
            acts = _unique(v for t in told for v in _verb_chain(t.head))
            objs = [o for v in acts for c in v.children if c.dep_ in ("dobj", "obj") for o in with_conjuncts(c)]
            # ... whom a harm would fall on ("would have consequences for Serbia's bid")
            told = _without_weapons([o for o in objs if o.i not in skip]
                                    + [p for o in objs if o.i in skip for p in _prep_objects(o, {"for", "on", "against", "to"})]
                                    + [s for v in acts for c in v.children if c.dep_ in ("ccomp", "xcomp")
                                       for s in subjects(c)]
                                    + [o for v in acts for o in _prep_objects(v, (preps | TARGET_PREPS | {"for"}) - {"with"})],
                                    classes.get("weapons", frozenset()))
        args.recipients = keep(told)
    if not args.recipients and entry.type in ADDRESSED_TYPES and token.pos_ in VERB_TAGS and token.dep_ == "conj" \
            and event_types.get(token.head.i) == "CONSULT" and not subjects(token, passive=True):
        # "spoke by telephone with President Ruto and urged an immediate ceasefire": said to whom he spoke with
        args.recipients = keep(_consulted(token.head, index, classes))
    if not args.recipients and entry.type in ADDRESSED_TYPES:
        # "the ambassador told him that Pakistan reserved the right to respond": said to the one told
        args.recipients = keep(_hearers(token, index, classes))
    if not args.recipients and entry.type == "REQUEST" and token.dep_ == "advcl" and token.tag_ == "VBG":
        # "wrote to the Security Council asking for a meeting": the participle asks whom the letter went to
        args.recipients = keep(_prep_objects(token.head, {"to"})
                               + [t for c in token.head.children if c.dep_ == "dative" for t in with_conjuncts(c)])
    # PLOVER CONSULT visit: the visitor acts, the host receives; a place visited stands for its host
    # ("visited Jakarta", "flew to the capital")
    visited = [t for t in _visited(token, index) if t.i not in actor_ids] \
        if entry.mode == "visit" and token.pos_ in VERB_TAGS else []
    if not args.recipients:
        args.recipients = visited
    truce = lemma(token) in TRUCE_NOUNS or any(c.dep_ in ("dobj", "obj") and lemma(c) in TRUCE_NOUNS for c in token.children)
    if not args.recipients and entry.type in PLACE_RECIPIENT_TYPES and not truce:
        # "suspended aid deliveries in Baghdad", "lifted the curfew in the capital": those who live there
        # (but a ceasefire declared in a town is a halt in the fighting there: "declared a ceasefire in Khartoum")
        args.recipients = [t for t in _where_done(token) if t.ent_type_ in ("GPE", "LOC") and t.i not in actor_ids]
    if not args.recipients and entry.type in ADDRESSEE_CLAUSE_TYPES:
        # "threatened to strike unless Baghdad accepted": who must comply; "rallied to demand the
        # resignation of the president", "in protest against the government's decision": whom the
        # protest is aimed at
        args.recipients = [p for t in _addressed(token, entry.type) if t.i not in actor_ids
                           for p in _parties(t, index, parties, False) if p.i not in actor_ids]
    if not args.recipients and entry.mode == "third-party":
        # "began talks in Doha under the mediation of Qatar", "talks mediated by Oman": the sides of the meeting
        # receive the go-between's mediation (CONVENTIONS 1)
        args.recipients = [t for t in _mediated_sides(token) if t.i not in actor_ids]
    # "The summit called for a ceasefire": a meeting that speaks or acts does so as the body it convened
    bodies = [t for t in args.actors if t.pos_ == "NOUN" and event_types.get(t.i) == "CONSULT"] \
        if token.pos_ in VERB_TAGS and entry.type != "CONSULT" else []
    if token.pos_ in VERB_TAGS and args.actors and not bodies and all(t.i in skip and t.pos_ == "NOUN" for t in args.actors):
        # "The strikes hit radar sites": who struck, from the report of the strikes; "Israeli strikes hit a
        # school, killing 20": whom the strikes' own modifier names (not a pronoun: "his first trip ... and met")
        doers = [a for t in args.actors if not _agents(t)
                 for a in ([d for d in named_doers(t, index) if d.tag_ != "PRP$"]
                           or antecedent_doers(t, event_types, index))]
        args.actors = doers or args.actors
    args.actors = [c for t in args.actors for c in _counted(_relative_antecedent(_antecedent(t)))]
    # "Jordan's armed forces said they had shot down drones": a pronoun no actor resolves is the speaker
    args.actors = [c for t in args.actors for c in (_speaker_meant(t, index) or [t])]
    documents = classes.get("documents", frozenset())
    args.actors = [d for t in args.actors
                   for d in ((lemma(t) in documents and (named_doers(t, index) or _issuers(t))) or [t])]
    weapons = classes.get("weapons", frozenset())
    args.actors = [_wielder(t, classes.get("wielding_verbs", frozenset())) if lemma(t) in weapons else t
                   for t in args.actors]
    if index is not None:
        # "06:30 GMT — A crowd attacked ...", "On Wednesday, 17 January, the spokeswoman called ...": a time
        # stamp or a date, which the parser may make a subject with the doer as its apposition
        args.actors = [a for t in args.actors
                       for a in ([c for c in t.children if c.dep_ == "appos"] if index.in_timex(t.idx) else [t])]
    sufferer = _foretold_harm(token, entry.type)
    if sufferer is not None:
        # "said Iran would pay a heavy price", "Russia could face new sanctions": who would pay or face it is
        # whom the threat is aimed at; the one who foretells it threatens
        threatened = _clause_subjects(sufferer)
        args.recipients = [t for t in threatened if t.i not in skip] or args.recipients
        args.actors = _foreteller(sufferer) or [t for t in args.actors if t not in threatened]
    crowd = entry.type == "PROTEST"  # "thousands rallied", "tens of thousands marched": a count stands for the crowd
    args.actors = [t for t in _unique(args.actors)
                   if (t.i not in skip or t in bodies) and t.pos_ not in ("VERB", "PUNCT", "SPACE")
                   and (t.ent_type_ not in NUMERIC_LABELS or (crowd and t.ent_type_ == "CARDINAL"))
                   and _may_act(t, index)]
    if entry.type == "RETREAT":
        # "retreated to the foot of the Friendship Bridge": a site or a feature is where they went, no party;
        # nor is the owner of where they went back to ("returned to their bases"), nor ground withdrawn from
        # ("pulled out of Daraa"; a state left is one: "withdrew its troops from Chad"), nor the doer's own troops
        # ("its")
        troops = own_forces_moved(token)
        args.recipients = [t for t in args.recipients if t.ent_type_ not in ("FAC", "LOC")
                           and not (t.tag_ == "PRP$" and t.head.dep_ == "pobj" and t.head.head.lower_ in GOAL_PREPS)
                           and not _place_left(t, token, index)
                           and not (_left_from(t, token) and _ground(t, index))
                           and not (t.tag_ == "PRP$" and t.head in troops)]
    if entry.type in MATERIAL_CONFLICT:
        # "pushed into Aleppo", "moved into the camp": ground forces enter is where they fought, not whom
        # ... also when named with its kind ("fought their way into Walikale town")
        args.sites += [t for t in args.recipients if _entered_ground(t, index)]
        args.recipients = [t for t in args.recipients if t not in args.sites]
    if entry.type == "REJECT":
        # "denied holding anyone", "rejected any deployment of troops": what is refused to no one in particular has
        # no recipient
        args.recipients = [t for t in args.recipients if not _unspecified(t, token)]
    elif any(c.dep_ == "neg" for c in token.children):
        # "would not negotiate with anyone" (a refusal); but "has not released any hostages" names whom
        args.recipients = [t for t in args.recipients if t.lower_ not in UNSPECIFIED or t.pos_ != "PRON"]
    # "sealed off with razor wire", "blocked the road with earth mounds": what is not a party after "with" is what it
    # was done with
    args.recipients = [t for t in args.recipients if not (_via(t) == "with" and not is_party(t, index, parties))]
    if entry.type in MATERIAL_CONFLICT:
        # "fought back with their bare hands", "attacked them with machetes": what they fought with is no party
        tools = classes.get("instruments", frozenset()) | classes.get("weapons", frozenset()) \
            | classes.get("crowd_weapons", frozenset())
        args.recipients = [t for t in args.recipients
                           if not (_via(t) == "with" and lemma(t) in tools)]
        # "fired tear gas into the surrounding streets": streets fired or driven into are where, not whom (a road
        # an attack is aimed at, "fired rockets at the highway", stays the target)
        streets = [t for t in args.recipients if _via(t) == "into" and lemma(t) in settlement_words("street_nouns")]
        args.sites += [t for t in streets if t not in args.sites]
        args.recipients = [t for t in args.recipients if t not in streets]
    if entry.type == "PROTEST" and index is not None:
        # "led a march from Tavush to the capital": where a march goes is no one it is aimed at; "blocked the
        # Europe Bridge", "occupied Tahrir Square": a site, no party ("marched on Nairobi": where, kept as the site)
        args.sites += [t for t in args.recipients if _goal_place(t, token, index)]
        args.recipients = [t for t in args.recipients if t not in args.sites
                           and not (t.ent_type_ in ("FAC", "LOC") and _unresolved_place(t, index))]
    if entry.type in JUDGING_TYPES:
        # "condemned the widening of the Sahel conflict", "rejected the ruling on the East China Sea": a region or
        # a sea no actor resolves is what the judged act is about, never who is blamed or turned down
        args.recipients = [t for t in args.recipients if not (t.ent_type_ == "LOC" and _unresolved_place(t, index))]
    if entry.type in COUNTERPART_TYPES:
        # "negotiators return to Geneva for talks": a town that stands for no actor is where, not whom
        # (aid "to Gaza" is for the people there), unless it is the place visited
        hosts = {t.i for t in visited}
        args.recipients = [t for t in args.recipients if t.i in hosts or not _town(t, index)]
    if index is not None:
        args.recipients = [t for t in args.recipients if not index.in_timex(t.idx) and not index.told_date(t)]
    if index is not None:
        # "KYIV, 8 July 2024 (Agency) — Russia pounded", "Doha, October 18 (Agency) -- ...": the place and date the
        # report was filed from are no participants, though the parser often makes the city a subject (with the
        # true subject as its apposition)
        args.actors = _past_dateline(args.actors, index)
        args.recipients = _past_dateline(args.recipients, index)
    _by_clause_grammar(args, trigger, index, classes, event_types)
    return args


def _verb_arguments(args: Arguments, trigger: Trigger, skip: set[int], index: Optional["Index"], classes: dict,
                    preps: set[str], event_types: dict[int, str]) -> None:
    """`find` for a verb: its subject or agent acts; its objects, and the parties of the prepositions that take
    recipients (`preps`), receive."""
    token, entry = trigger.token, trigger.entry
    parties = classes.get("parties", frozenset())
    control = classes.get("object_control", frozenset())
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    machines = classes.get("military_goods", frozenset())
    args.actors = _taken_by(token, index, parties) or subjects(token) or _agents(token) \
        or _swallowed_subject(token, index, parties) or _stolen_subject(token, index, parties) \
        or _subject_past_relative(token, index, parties) \
        or _speaker_of_act(token, entry.type, index, parties, machines) or _controller(token, control, parties)
    if passive and not args.actors and entry.type in FORCE_TYPES:
        args.actors = _raiders(token, index, classes, event_types)
    if not args.actors and token.tag_ == "VBG" and token.dep_ == "nsubj":
        # a gerund that is its verb's subject is an event noun ("fighting between X and Y broke out", "fighting
        # broke out between X and Y")
        args.actors = _prep_objects(token, {"between", "among"}) or _between_of_phrase(token, token.head)
    object_pronoun = _object_pronoun_subject(token, args.actors)
    if object_pronoun:
        args.actors = [t for t in args.actors if t not in object_pronoun]
    if token.dep_ in ("relcl",) and args.actors and lemma(args.actors[0]) in RELATIVE_PRONOUNS:
        args.actors = [token.head]
    offered = lemma(token) in classes.get("offering_verbs", frozenset())
    objs = [t for c in token.children if c.dep_ in (("dative",) if offered else ("dobj", "obj", "dative"))
            for t in with_conjuncts(c)]
    if object_pronoun:
        objs = [token.head] + objs  # "officials whom they hold responsible": the officials
    elif not objs and not passive and token.dep_ == "relcl" and subjects(token) \
            and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or lemma(t) in RELATIVE_PRONOUNS
                        for t in token.subtree if t.i < token.i) and is_party(token.head, index, parties):
        # "the judges and mayors he accused of links to the trade", "the envoy she met with": a relative clause with
        # no relative word has its gap as object, and the noun it modifies fills it
        objs = with_conjuncts(token.head)
    objs += [] if objs else _named_as(token) or _small_clause_subjects(token, entry)
    if token.dep_ == "relcl" and not passive:
        # "the gang, which the government designated a terrorist organisation": the relative pronoun is whom the
        # act is done to and the second object only what it was named; "Petro, whose visa the State Department
        # revoked": whose the thing taken or given was
        named = [o for o in objs if lemma(o) in RELATIVE_PRONOUNS or (any(c.lower_ == "whose" for c in o.children)
                                                                      and not is_party(o, index, parties))]
        objs = with_conjuncts(token.head) if named else objs
    if offered:
        # "offered Putin direct talks": the parser may take the one offered to for a name of what was offered
        objs += [c for o in token.children if o.dep_ in ("dobj", "obj") for c in o.children
                 if c.i == token.i + 1 and c.dep_ in ("nmod", "compound") and c.ent_type_ in ACTOR_LABELS]
    if lemma(token) in classes.get("judging_verbs", frozenset()):
        # "branded the protesters criminals": the parser may take the one labelled for a premodifier of the label; a
        # plural noun premodifies nothing, so it is the object and the label only what it was called
        objs = [c for o in objs for c in ([m for m in o.children if m.dep_ == "compound" and m.tag_ == "NNS"
                                           and is_party(m, index, parties)] or [o])]
    summed_up = _summed_up(token) if not objs and entry.type in RESPONSE_TYPES else None
    if summed_up is not None:
        # "accused the UAE of arming the RSF, a charge the Emirati mission rejected": the charge rejected is the
        # one the clause before told, so its maker is whose word was turned down
        args.recipients = [s for s in subjects(summed_up) if s.i not in skip]
        return
    if passive:
        # "Zia, who was jailed in 2018": the relative pronoun stands for the noun it modifies
        objs = [token.head if token.dep_ == "relcl" and lemma(t) in RELATIVE_PRONOUNS else t
                for c in token.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)] + shared_patients(token) + objs
    elif not objs and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PRON", "PROPN") \
            and not clause_subject(token):
        # "everyone detained during the protests", "civilians killed in the raid": the noun the participle modifies
        objs = with_conjuncts(token.head)
    elif not objs and token.tag_ in ("VBD", "VBN") and (lemma(token) in classes.get("object_required", ())
                                                         or _left_in_state(token, classes)) \
            and any(c.dep_ == "nsubj" for c in token.children):
        # "Rebel commander killed in airstrike", "two officers shot dead at home": a headline's passive without its
        # auxiliary, whose subject is the victim (in the active the verb must have an object)
        objs = [t for c in token.children if c.dep_ == "nsubj" for t in with_conjuncts(c)]
        args.actors = _agents(token)
        preps = preps - {"at"} if _left_in_state(token, classes) else preps
    if entry.type == "CONSULT" and objs:
        # "visits the jailed leader on Robben Island", "met the envoy on Monday": with the one met named, "on" says
        # where, when or what about, not whom
        preps = preps - {"on"}
    caused = _caused_participle(token, classes)
    if caused:
        # "a court ordered the editor jailed pending trial": the orderer jails, the participle's subject is jailed
        objs, args.actors = caused, subjects(token.head)
    if not objs and entry.type in MATERIAL_CONFLICT:
        objs = _shared_objects(token, classes)
    fronted = _fronted_phrases(token)
    args.recipients = objs + [t for t in _prep_objects(token, preps)
                              if not any(p.left_edge.i <= t.i <= p.right_edge.i for p in fronted)]
    if entry.type == "CONSULT" and args.actors and not objs:
        # "Qatar has mediated between the two sides": the go-between acts, the two sides receive (CONVENTIONS 1)
        args.recipients += _prep_objects(token, {"between"})
    turned_down = objs + _prep_objects(token, {"to"}) if entry.type == "REJECT" else []
    if turned_down:
        # "ignored warnings from the navy", "rejected a proposal by Egypt", "objected to orders from the ministry":
        # whose call was turned down
        args.recipients += [t for o in turned_down for t in _prep_objects(o, {"from", "by"})] \
            + _prep_objects(token, {"from"})
    # ... or named before the attack ("repelled 36 Russian assaults")
    attackers = [a for o in objs for a in _prep_objects(o, {"by"}) or (named_doers(o, index) if o.i in skip else [])]
    repelled = bool(attackers) and lemma(token) in classes.get("repelling_verbs", frozenset())
    if repelled:
        args.recipients = attackers  # "repulsed an attack by smugglers on the post": whom they fought
    if entry.type in MATERIAL_CONFLICT:
        armed = [o for o in objs if _armament(o, classes.get("weapons", frozenset()),
                                              classes.get("crowd_weapons", frozenset()))]
        # "fired 30 missiles and 50 drones at the port": the aim, which the parser may hang on what was fired
        # ... or on the participle that says how it was rigged ("rammed a car packed with explosives into a checkpoint")
        args.recipients += [t for o in armed for t in _prep_objects(o, AIMED_PREPS - {"into"})] + [
            t for o in armed for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in _prep_objects(c, AIMED_PREPS)]
        acts = classes.get("hostile_verbs", frozenset()) | classes.get("hostilities", frozenset())
        if objs and not armed and entry.type in ("ASSAULT", "COERCE") and not any(lemma(o) in acts for o in objs):
            # "detained the editor at his home", "blew himself up at a market": beside what was done to,
            # an "at" phrase is where it was done, not a second target ("opened fire at" names the act)
            # ... and beside the doer himself, where he blew himself up ("on a crowded bus")
            reflexive = all(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in objs)
            where = {"at"} | ({"on", "in", "inside", "aboard"} if reflexive else set())
            # (but people an object is thrown at are its target: "threw stones at police"; not a building or place)
            args.sites = [t for t in args.recipients
                          if t.dep_ == "pobj" and t.head.lower_ in where and t.head.head.i == token.i
                          and not (t.head.lower_ == "at" and t.pos_ == "NOUN" and not t.ent_type_
                                   and is_party(t, index, parties) and not _placed(t, index)
                                   and lemma(t) not in settlement_words("facility_nouns"))]
            args.recipients = [t for t in args.recipients if t not in args.sites]
        if armed and len(armed) == len(objs) and lemma(token) in classes.get("wielding_verbs", frozenset()):
            # "used water cannon and tear gas to disperse the crowd": what was used is no target, the
            # object of its purpose is
            args.recipients = [t for t in args.recipients if t not in armed] + _purpose_objects(token) \
                + _struck_objects(token, armed, classes.get("result_verbs", frozenset()))
    if trigger.theme is not None and trigger.theme.i not in skip and trigger.theme.head.dep_ == "ccomp":
        # "allowed inspectors to visit": the party let in, which the parser made the infinitive's subject
        args.recipients.append(trigger.theme)
    if entry.type in SOURCE_PREP_TYPES:
        # "pulled its inspectors out of Iraq": "out of" is "from"
        args.recipients += [t for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
                            for t in _prep_objects(c, {"of"})]
    # "mediated talks between Israel and Hamas": the parties of the event noun it governs
    for obj in ([] if repelled else objs):
        obj = _run_of_events(obj, skip, classes)
        # ... or of the phrase such a noun modifies ("ended mediation efforts between rival militias")
        if lemma(obj) in ROUTES:
            continue  # (the places a road runs between are where it was blocked)
        if obj.i in skip or any(c.dep_ == "compound" and c.i in skip for c in obj.children):
            # (an accusation is aimed at the deed's named doer, not its victims: "condemned the Ethiopian
            # aggression against Sudan")
            blamed = entry.type in DOER_TARGET_TYPES and bool(_accused(obj, deed=True) or named_doers(obj, index))
            sides = {"with"} if entry.type in APPROVAL_TYPES else {"between", "with", "among"}
            args.recipients += [obj] + _prep_objects(obj, sides | (set() if blamed else preps))
    if offered and not objs:
        # "offered talks with the striking doctors": the party the act put forward would be with
        args.recipients += [t for c in token.children if c.dep_ in ("dobj", "obj") and c.i in skip
                            for t in _prep_objects(c, {"between", "with", "among", "to"})]
    topics = [o for o in objs if o.i not in skip and (o == trigger.theme or not is_party(o, index, parties))]
    partners = [t for h in [token] + topics for t in _prep_objects(h, {"with"}) if is_party(t, index, parties)]
    if entry.type in COUNTERPART_TYPES and topics and partners:
        # "coordinated the team's movements with the army", "discussed border security with Kenya": the
        # object is what they work on together, the "with" party (wherever the parser hangs it) the counterpart
        args.recipients = [t for t in args.recipients if t not in topics] + partners
    if entry.type in COUNTERPART_TYPES and not partners:
        args.recipients += _partners_by_medium(token, index, classes)
    if entry.type == "MOBILIZE":
        # "deployed troops to the border", "mobilized army reservists": what is mobilized is the doer's own
        # (a force the parser made an event noun stands for where it is: "strengthened its forces in Lebanon")
        args.recipients = [t for t in args.recipients if t not in objs or t.i in skip]


def _taken_by(verb: Token, index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The force ground fell to ("El Fasher fell to the RSF after a siege"): the doer of the taking and of what the
    clause tells of it, though the parser makes the ground the subject."""
    if lemma(verb) not in YIELDING_VERBS:
        return []
    return [t for t in _prep_objects(verb, {"to"}) if is_party(t, index, parties) and t.ent_type_ not in PLACE_LABELS]


def _swallowed_subject(verb: Token, index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The subject the parser hung on a fronted phrase as its apposition or conjunct ("In Rome, Italy's defence
    minister, Guido Crosetto, summoned ...", "After a meeting of the council, the minister, X, thanked ..."): a
    finite verb with no subject of its own is done by the party set off by a comma just before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ == "conj" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    for phrase in (c for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < verb.i):
        for t in phrase.subtree:
            if t.dep_ in ("appos", "conj") and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i >= verb.i - 2 \
                    and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," \
                    and is_party(t, index, parties):
                return [t]
    return []


def _subject_past_relative(verb: Token, index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The subject the parser took a finite verb to modify when a relative clause set off by commas stands between
    them ("Morales, who broke with Arce last year, called for a strike"): a finite verb hung on a party as a
    modifier, right after the comma that closes the party's relative clause, is that party's predicate."""
    noun = verb.head
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.dep_ != "acl" or verb.i < 2 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass", "agent") for c in verb.children):
        return []
    # ... a past form the parser tagged a participle only when the party has no verb of its own before the end
    # ("Odinga, who lost the vote, called for protests and ... until the commission was dissolved": Odinga made the
    # subject of the last clause, or the sentence's root)
    if verb.tag_ == "VBN" and not (noun.dep_ == "ROOT" or noun.head.i > verb.i):
        return []
    relative = [c for c in noun.children if c.dep_ == "relcl" and noun.i < c.i < verb.i
                and c.right_edge.i + 1 >= verb.i - 1 and c.left_edge.i > noun.i]
    # (a name the tagger left untyped is a party when its relative clause opens with "who")
    personal = any(lemma(t) == "who" for r in relative for t in r.children if t.i < r.i)
    return [noun] if relative and (is_party(noun, index, parties) or personal) else []


def _raiders(verb: Token, index: Optional["Index"], classes: dict, event_types: dict[int, str]) -> list[Token]:
    """Who did a passive act that names no doer, from the attack its "when" clause tells ("25 students were
    abducted when gunmen stormed the school", "three were wounded when soldiers opened fire"): the clause tells
    the raid the act was done in, so its subject did it (a thing that went off names no one: "when their
    vehicle exploded")."""
    hostile, parties = classes.get("hostile_verbs", frozenset()), classes.get("parties", frozenset())
    # (or on the time it tells, as its relative clause: "were abducted on Friday, when armed men invaded")
    times = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             and o.ent_type_ in ("DATE", "TIME")] + [c for c in verb.children if c.dep_ == "npadvmod"]
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [c for t in times for c in t.children if c.dep_ == "relcl"]
    for clause in clauses:
        if not any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in clause.children):
            continue
        if event_types.get(clause.i) in FORCE_TYPES or lemma(clause) in hostile:
            doers = [t for t in subjects(clause) if t.pos_ != "PRON" and is_party(t, index, parties)]
            if doers:
                return doers
    return []


def _summed_up(verb: Token) -> Optional[Token]:
    """The clause a relative clause's noun sums up, set off after it by a comma ("He offered talks, *an offer* many
    rejected"; "accused X of Y, *a charge* X rejected"), when the relative clause's gap is its object: that
    clause's verb."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.head.pos_ not in VERB_TAGS or noun.head.i > noun.i \
            or noun.dep_ not in ("dobj", "obj", "npadvmod", "appos", "attr"):
        return None
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children) or \
            any(lemma(c) in RELATIVE_PRONOUNS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None
    before = noun.left_edge.i - 1
    return noun.head if before >= 0 and noun.doc[before].text == "," else None


def _named_as(verb: Token) -> list[Token]:
    """The object told in a free relative of naming ("condemned what it called Israeli aggression", "what he
    described as attacks by the army"): the thing so named; the naming clause's subject is the doer's own voice."""
    return [t for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp") and free_relative(c)
            for t in [o for o in c.children if o.dep_ == "oprd"] + _prep_objects(c, {"as"})]


def _small_clause_subjects(verb: Token, entry) -> list[Token]:
    """The one a sense's complement is said of ("declared the envoy persona non grata", "ordered the universities
    closed"): the parser makes that object the subject of the complement, leaving the verb with no object."""
    if entry.complement is None:
        return []
    return [t for c in verb.children if c.dep_ == "ccomp" and lemma(c) in entry.complement
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in with_conjuncts(s)]


def free_relative(clause: Token) -> bool:
    """A clause that stands as a noun, "what" its object: "what it called aggression", "what he described as"."""
    return clause.pos_ in VERB_TAGS and any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass", "attr")
                                            for w in clause.children)


def _partners_by_medium(verb: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """"spoke by telephone with President Ruto": the counterpart, which the parser hangs on the medium."""
    means, parties = classes.get("non_participants", frozenset()), classes.get("parties", frozenset())
    return [t for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ != "with"
            for m in c.children if m.dep_ == "pobj" and lemma(m) in means
            for t in _prep_objects(m, {"with"}) if is_party(t, index, parties)]


def _hearers(token: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """Whom a verb of telling, whose "that" clause tells the act, told it to ("told him that Pakistan reserved the
    right to respond", "assured Kyiv that aid would continue"), not an audience ("told reporters")."""
    verb = clause_verb(token)
    if verb.dep_ != "ccomp" or lemma(verb.head) not in classes.get("telling_verbs", ()):
        return []
    parties, audiences = classes.get("parties", frozenset()), classes.get("audiences", frozenset())
    return [t for c in verb.head.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)
            if is_party(t, index, parties) and lemma(t) not in audiences]


def _consulted(verb: Token, index: Optional["Index"], classes: dict) -> list[Token]:
    """The parties a verb of meeting or talking was with, not a place: its object ("met the envoy") and its "with"
    or "to" phrase ("spoke with", "talked to"), wherever the parser hangs it."""
    parties = classes.get("parties", frozenset())
    found = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)]
    found += _prep_objects(verb, {"with", "to"}) + _partners_by_medium(verb, index, classes)
    # (not a place visited: "visited Yerevan and offered Almaty as a venue")
    return [t for t in found if is_party(t, index, parties) and t.ent_type_ not in PLACE_LABELS
            and not (index is not None and index.location(t.idx, t.idx + len(t)) is not None)]


def _noun_arguments(args: Arguments, trigger: Trigger, skip: set[int], index: Optional["Index"], classes: dict,
                    preps: set[str]) -> None:
    """`find` for an event noun: its possessor, modifiers or "by" phrase act ("Russia's invasion", "Israeli
    strikes"), else the subject of the verb that governs it; its prepositions' parties receive."""
    token, entry = trigger.token, trigger.entry
    parties = classes.get("parties", frozenset())
    control = classes.get("object_control", frozenset())
    # "Syrian mortar and artillery fire", "Russian missile and drone attacks": the parser hangs the doer on the weapon
    # before the event noun, coordinated with it or modifying it, whose modifiers are the whole phrase's
    weapons = classes.get("weapons", frozenset())
    shared = [w for w in [token.head] if token.dep_ == "conj" and w.i < token.i and lemma(w) in weapons] \
        + [w for w in token.children if w.dep_ in ("compound", "nmod") and w.i < token.i and lemma(w) in weapons]
    for child in list(token.children) + [c for w in shared for c in w.children if c.i < w.i]:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and _is_entity(child)
                                    and not _place_only(child, index) and not _stance_word(child)):
            args.actors.extend(with_conjuncts(child))
    patients = _undergoers(token, args.actors, classes)
    args.actors = [t for t in args.actors if t not in patients]
    args.actors.extend(_agents(token) or _prep_objects(token, {"by"}) or _participle_agents(token))
    # "acted on a request from Interpol", "calls from the opposition": a request noun's "from" names who asked
    # (a verb's names whom: "demanded an apology from Israel")
    askers = [t for t in _prep_objects(token, {"from"}) if is_party(t, index, parties)] \
        if entry.type == "REQUEST" and not args.actors else []
    args.actors.extend(askers)
    if not args.actors and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and lemma(token.head.head) in classes.get("series_nouns", ()):
        # "the Houthis' campaign of attacks", "Russia's wave of strikes": whose the series is, theirs the acts
        args.actors = [t for c in token.head.head.children if c.dep_ == "poss" for t in with_conjuncts(c)]
    # "at the request of Britain", "a rally of supporters": the 'of' phrase names who asked or marched
    doers_of = not args.actors and (lemma(token) in lexicon().classes["frame_nouns"] or entry.type in OF_DOER_TYPES)
    if doers_of:
        args.actors = [t for t in _prep_objects(token, {"of"})
                       if t.pos_ in ("NOUN", "PROPN") and (entry.type == "PROTEST" or is_party(t, index, parties))]
    verb = governing_verb(token)
    if entry.type == "CONSULT" and doers_of and args.actors and verb is not None and verb.i not in skip \
            and _in_object(token, verb) and not _time_anchor(token, verb):
        # "the prime minister chaired a meeting of the National Security Committee", "Netanyahu, opening a meeting of
        # his security cabinet": who held it met too (PLOVER: all who meet are actors)
        opener = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBG" else []
        args.actors = (subjects(verb) or opener) + args.actors
    # "Houthis launched their attack", "she reiterated our support": the verb's subject names
    # who the possessive pronoun only points at
    pronouns = all(t.tag_ == "PRP$" for t in args.actors) and not (doers_of and args.actors)
    # ... and the subject of "came under attack", "remained under siege"
    undergone = verb is not None and (lemma(verb) in classes.get("patient_verbs", ()) or (
        token.dep_ in ("dobj", "obj") and token.head.i == verb.i and lemma(token) in classes.get("blows", ())
        and lemma(verb) in classes.get("blow_takers", ())) or (
        token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.i == verb.i
        and lemma(verb) in classes.get("exposure_verbs", ())))
    taken_by = _taken_by(verb, index, parties) if verb is not None and not args.actors else []
    if taken_by:
        args.actors = taken_by  # "fell to the army after a siege of two months": the army's siege
    elif undergone and not args.actors and _in_object(token, verb):
        # "three civilians died in the strike": the subject is the strike's victim
        args.recipients.extend(subjects(verb))
    elif pronouns and verb is not None \
            and (verb.i not in skip or lemma(verb) in classes.get("performing_verbs", frozenset())) \
            and (_in_object(token, verb) or _manner_of(token, verb, entry)) \
            and (lemma(verb) not in classes.get("judging_verbs", frozenset()) or _called_action(verb, entry)) \
            and not _about_verbs_event(token, verb, skip, classes.get("expression_verbs", frozenset())) \
            and not _time_anchor(token, verb):
        args.actors = subjects(verb) or _agents(verb) or _controller(verb, control, parties) or args.actors
    # "talks between Israel and Hamas" are theirs; "Qatar's mediation between them" is for them
    between = _prep_objects(token, {"between", "among"}) or _between_of_phrase(token, verb)
    if args.actors:
        args.recipients = between
    else:
        args.actors = between
    if verb is not None and token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.i == verb.i \
            and lemma(verb) in classes.get("confining_verbs", ()):
        # "was placed under house arrest", "the army put the town under curfew": the one put under it undergoes it
        args.recipients.extend(t for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")
                               for t in with_conjuncts(c))
    # "the deployment of troops": what is mobilized is the doer's own, no recipient
    args.recipients += [t for t in _prep_objects(token, preps | (set() if doers_of or entry.type == "MOBILIZE" else {"of"}))
                        if t not in askers]
    if (doers_of or args.actors) and lemma(token) in lexicon().classes["frame_nouns"] and token.dep_ == "pobj" \
            and token.head.head.pos_ in VERB_TAGS:
        # "the council will meet at the request of Britain", "granted him asylum at his request": the
        # request was made to the council, to the granter
        args.recipients += subjects(token.head.head, passive=True)
    # "sanctions targeting Iran", "strikes hitting a school": the participle's object
    # ... and of its relative clause ("strikes that killed 20 civilians")
    args.recipients += [t for c in token.children if (c.dep_ == "acl" and c.tag_ == "VBG") or (
                            c.dep_ == "relcl" and any(lemma(x) in RELATIVE_PRONOUNS for x in subjects(c)))
                        for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]
    if not args.recipients and verb is not None and token.dep_ in ("dobj", "obj") and token.head.i == verb.i \
            and lemma(verb) in classes.get("repelling_verbs", frozenset()):
        # "the guards repelled three attacks by rebels": the attacks were on those who beat them off
        args.recipients = subjects(verb)
    if verb is not None and verb.i not in skip and _in_object(token, verb):
        args.recipients += _prep_objects(verb, preps | ({"for"} if entry.type in ("AID", "SUPPORT") else set())) + [
            t for c in verb.children if c.dep_ == "dative" for t in with_conjuncts(c)
        ]
    args.recipients = patients + args.recipients


def _undergoers(noun: Token, possessors: list[Token], classes: dict) -> list[Token]:
    """A person's possessive before a noun of what is done to people is who underwent it, not who did it ("his
    arrest", "the journalist's killing", "her release"), unless an "of" phrase names the one it was done to
    ("Russia's killing of civilians")."""
    if lemma(noun) not in classes.get("patient_nouns", ()) or _prep_objects(noun, {"of"}):
        return []
    people = classes.get("people", frozenset())
    return [t for t in possessors if t.dep_ == "poss" and (
        t.lower_ in ("his", "her", "their", "my", "your") or t.ent_type_ == "PERSON" or lemma(t) in people)]


def _without_weapons(recipients: list[Token], weapons: frozenset, crowd_weapons: frozenset = frozenset()) -> list[Token]:
    """What an attack is made with is no target: "pounded Kyiv with missiles", "dispersed the rally with
    water cannon", and "launched drones at ships" when the attack names what it was aimed at."""
    def weapon(t: Token) -> bool:
        return _armament(t, weapons, crowd_weapons)

    aimed = any(t.dep_ == "pobj" and t.head.lower_ in TARGET_PREPS | {"on", "against"} and not weapon(t)
                for t in recipients)
    return [t for t in recipients if not (weapon(t) and (aimed or _via(t) == "with"))]


def _weapon(token: Token, weapons: frozenset) -> bool:
    """A weapon, by its word or what it counts ("dozens of drones"), a weapon's fire ("mortar and rocket fire"),
    or a vehicle rigged with explosives ("rammed a car packed with explosives into"; a car struck is a target)."""
    return any(lemma(c) in weapons or _rigged(c) or (lemma(c) == "fire" and any(
                   m.dep_ in ("compound", "nmod") and lemma(m) in weapons for m in c.children))
               for c in _counted(token))


def _rigged(token: Token) -> bool:
    classes = lexicon().classes
    explosive = classes.get("explosive_weapons", frozenset())
    return lemma(token) in classes.get("laden_weapons", frozenset()) and any(
        c.dep_ in ("acl", "amod") and any(lemma(o) in explosive for o in _prep_objects(c, {"with"}))
        for c in token.children)


def _accused(token: Token, deed: bool = False) -> list[Token]:
    """Who an accusation's topic says did it: the agent of a deed ("crimes by the militia", "abuses
    committed by the police") or its named owner ("the United States' sale of arms to Taiwan"; a pronoun
    only for an event noun: "condemned their raids"), which PLOVER makes the target of ACCUSE, not the
    deed's victims or beneficiaries."""
    owners = [t for c in token.children if c.dep_ == "poss" and (deed or c.tag_ != "PRP$") for t in with_conjuncts(c)]
    return _prep_objects(token, {"by"}) + _participle_agents(token) + owners


def _coordinated_nationalities(token: Token) -> list[Token]:
    """The states of a party qualified by coordinated nationalities ("the Chinese and Indian ambassadors",
    "US and British forces"): one party each, named by its nationality."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for m in token.children if m.dep_ in ("amod", "compound", "nmod") and _is_entity(m) and m.conjuncts
            for c in with_conjuncts(m) if _is_entity(c)]


def _armament(token: Token, weapons: frozenset, crowd_weapons: frozenset) -> bool:
    """A weapon, by its word or what it counts ("dozens of drones"), a weapon's fire ("rocket fire"), or a
    less-lethal one by a modifier too ("tear gas", "water cannon")."""
    return _weapon(token, weapons) or any(lemma(t) in crowd_weapons
                                          or any(c.dep_ in ("amod", "compound") and lemma(c) in crowd_weapons for c in t.children)
                                          for t in _counted(token))


def _purpose_objects(verb: Token) -> list[Token]:
    """The objects of an infinitive of purpose ("used batons to break up the march")."""
    return [t for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in VERB_TAGS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]


def _struck_objects(verb: Token, armed: list[Token], results: frozenset) -> list[Token]:
    """What a fired weapon hit, told by a clause of hitting on the weapon ("fired a missile that struck
    the tanker") or by a verb of hitting the firer does next ("fired a missile and struck the tanker")."""
    clauses = [c for w in armed for c in w.children if c.dep_ == "relcl"]
    clauses += [c for c in verb.children if c.dep_ == "conj" and not subjects(c, passive=True)]
    return [t for c in clauses if lemma(c) in results | {"strike"}
            for o in c.children if o.dep_ in ("dobj", "obj") for t in with_conjuncts(o)]


def _via(token: Token) -> Optional[str]:
    """The preposition a noun (or the first of its conjuncts) is the object of."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head.lower_ if token.dep_ == "pobj" else None


# Responses to an event whose target is who did it: "condemned the strikes", "rejected the proposal" (not "briefed
# him on the talks": a topic).
RESPONSE_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "AGREE"}
# Approval of an act told before ("welcomed the agreement", "welcomed the meeting", "reaffirmed its support for the
# deal") is for the act, not for the sides that did it: unlike blame, it falls on no party the act names.
APPROVAL_TYPES = {"SUPPORT"}
FORCE_TYPES = {"ASSAULT", "COERCE"}  # force used on people: "the crackdown" may be the beating just reported


def antecedent_doers(noun: Token, event_types: dict[int, str], index: Optional["Index"]) -> list[Token]:
    """The doers of the event a definite event noun refers back to ("the strikes" after "US warplanes
    struck"): the latest earlier event of its type and word ("strike", "struck") with resolved actors,
    else of its type with named actors, within reach. Nothing for an indefinite noun ("an attack")
    or one that names its doer."""
    type_ = event_types.get(noun.i)
    if index is None or type_ is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    if any(c.dep_ in ("poss", "amod", "compound") and (_is_entity(c) or c.tag_ == "PRP$") for c in noun.children):
        return []
    doc, word = noun.doc, lemma(noun)
    within = [e for e in reversed(index.dl.events) if noun.idx - e.trigger.start < ANAPHORA_REACH]
    earlier = [e for e in within if e.type == type_ and any(a.actor for a in e.actors)]
    same = [e for e in earlier if lemma(doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand").root) == word]
    # another word for it ("the raids" after "struck") when its doers are named, not just a pronoun
    named = [e for e in earlier if any(a.actor and _named(doc, a) for a in e.actors)]
    # ... by a noun no actor resolves ("gunmen killed 40 villagers ... condemned the massacre"), or, for
    # force used on people, by an act of the other kind ("police beat students ... the crackdown")
    kin = {type_} | (FORCE_TYPES if type_ in FORCE_TYPES else set())
    # (a weapon that struck is no doer a condemnation can name: "the car was struck by twenty bullets")
    weapons = lexicon().classes.get("weapons", frozenset())
    described = [e for e in within if e.type in kin and any(_named(doc, a) and not _weapon_mention(doc, a, weapons)
                                                            for a in e.actors)]
    for event in same[:1] or named[:1] or described[:1]:
        spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in event.actors
                 if a.actor or event in described]
        return [s.root for s in spans if s is not None and len(s) and s.root.pos_ != "PRON"
                and not _weapon(s.root, weapons)]
    return []


def _weapon_mention(doc: Doc, mention: Mention, weapons: frozenset) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _weapon(span.root, weapons)


def _named(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ != "PRON"


def named_doers(token: Token, index: Optional["Index"]) -> list[Token]:
    """The named party an event noun's premodifiers name as its doer ("demanded the Houthis end attacks",
    "condemned Hamas's rocket fire", "rejected an Australian ultimatum"), through a chain of compounds,
    or the agent of its participle ("a proposal put forward by the mediators")."""
    found, stack = _participle_agents(token), list(token.lefts)
    while stack:
        child = stack.pop()
        if child.dep_ not in ("poss", "compound") and not (child.dep_ in ("amod", "nmod") and _is_entity(child)):
            continue  # "an Australian ultimatum" is Australia's
        if _place_only(child, index):
            continue  # "the Wad Al-Noura attack": where it was done
        if _is_entity(child) or (index is not None and index.mention(child.idx, child.idx + len(child), child)):
            found.append(child)
        else:
            stack.extend(child.lefts)
    return found


def _issuers(document: Token) -> list[Token]:
    """Who adopted or issued a document ("the Council adopted resolution 2736, which demands ..."): the
    subject of the verb it is the object of, or the agent of the passive it is the subject of."""
    head = document.head
    if head.pos_ not in VERB_TAGS:
        return []
    if document.dep_ in ("dobj", "obj"):
        return subjects(head)
    return _agents(head) if document.dep_ == "nsubjpass" else []


def _place_only(token: Token, index: Optional["Index"]) -> bool:
    """A place name that no actor resolves ("the Wad Al-Noura attack"): it says where, not who."""
    if index is not None and (token.text in index.settlement_names or _proper_name(token) in index.settlement_names):
        # "condemned the Barsalogho attack", after "the town of Barsalogho" (or "the Wad Hamid attack", a name of
        # two words): unless an actor of its own is known
        mention = index.mention(token.idx, token.idx + len(token), token)
        return mention is None or LOCAL_ID.fullmatch(mention.actor) is not None
    if index is None:
        return False
    ent = entity_of(token)
    start, end = (ent.start_char, ent.end_char) if ent is not None else (token.idx, token.idx + len(token))
    if token.ent_type_ not in PLACE_LABELS and index.location(start, end) is None:
        return False  # (a town the tagger took for a people or a person, "pulled out of Kidal", is placed all the same)
    return index.mention(start, end, token) is None


def _proper_name(token: Token) -> str:
    """The proper name a word ends, with the names compounded before it ("Wad Hamid" for "Hamid")."""
    first = min((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i, default=token)
    return token.doc[first.i:token.i + 1].text


def _unresolved_place(token: Token, index: Optional["Index"]) -> bool:
    """A place name (or a phrase the gazetteer places) that no actor resolves: somewhere, not someone."""
    if index is None or index.mention(token.idx, token.idx + len(token), token) is not None:
        return False
    return token.ent_type_ in PLACE_LABELS or index.location(*_phrase_bounds(token)) is not None


def _may_act(token: Token, index: Optional["Index"]) -> bool:
    """Whether a word can name a doer: not a demonstrative or quantifier no actor resolves ("some
    struck", "those who bomb"), nor a place below a country that no actor resolves ("Gaza ceasefire
    talks", "the Beirut strike"): that is where, not who."""
    start, end = token.idx, token.idx + len(token)
    if index is not None and index.mention(start, end, token) is not None:
        return True
    if token.pos_ in ("PRON", "DET") and token.tag_ not in ("PRP", "PRP$"):
        return False
    if token.ent_type_ in ("LOC", "FAC"):
        return False
    if index is None:
        return True
    places = [index.dl.places.get(loc.place) for loc in index.locations.overlapping(start, end)
              if loc.start <= start and end <= loc.end and loc.place]
    return not any(place is not None and place.kind != "country" for place in places)  # a state may act


COUNTERPART_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
TOPIC_ON = set(WORDS["topic_on_prepositions"])


def _goal_place(token: Token, trigger: Token, index: "Index") -> bool:
    """A place the trigger goes to ("marched to the capital", "marched on Dhaka"), which no actor resolves, or a
    city, which as a march's goal is where the crowd goes, not the government a capital may stand for."""
    prep = token.head
    goer = prep.head.i == trigger.i or (trigger.dep_ in ("dobj", "obj") and prep.head.i == trigger.head.i)
    if token.dep_ != "pobj" or prep.lower_ not in MARCH_GOAL_PREPS or not goer:
        return False  # ... or the verb whose object the march is ("led a march to")
    lo, hi = np_span(token)
    start, end = token.doc[lo].idx, token.doc[hi - 1].idx + len(token.doc[hi - 1])
    found = index.location(start, end)
    if found is None:
        return False
    place = index.dl.places.get(found.place) if found.place else None
    return index.mention(token.idx, token.idx + len(token), token) is None or (place is not None and place.kind == "city")


MARCH_GOAL_PREPS = frozenset(WORDS["march_goal_prepositions"])


def _place_left(token: Token, trigger: Token, index: Optional["Index"]) -> bool:
    """A town or camp a force withdraws from ("pulled out of the camp of Jabalia", "withdrew from Kidal"), which
    no actor resolves: where the retreat happened, not a party (a state left, "withdrew from Chad", is one)."""
    if not _place_only(token, index):
        return False
    while token.head.i != token.i and token.head.i != trigger.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in SOURCE_PREPS | {"of"} and (
                token.head.i == trigger.i or (token.head.lower_ == "out" and token.head.head.i == trigger.i)):
            return True
    return False


def _left_from(token: Token, trigger: Token) -> bool:
    """The object of "from" or "out of" said of the trigger ("withdrew from Kidal", "pulled its troops out of
    Lebanon")."""
    via = _via(token)
    prep = token.head if token.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    if prep is None or via not in SOURCE_PREPS | {"of"}:
        return False
    if via in SOURCE_PREPS:
        return prep.head.i == trigger.i
    return prep.head.lower_ == "out" and prep.head.head.i == trigger.i


def names_party(token: Token, index: Optional["Index"], parties: frozenset) -> bool:
    """The phrase is a party, a force's lines, or names a party ("the police", "the building of the state broadcaster
    BTV", "part of the French embassy"), unlike a thing of no one's ("vehicles", "shops", "police stations")."""
    lines = lexicon().classes.get("force_lines", frozenset())
    institutions = lexicon().classes.get("institutions", frozenset())
    return is_party(token, index, parties) or lemma(token) in lines or any(
        (t.ent_type_ in ACTOR_LABELS or lemma(t) in institutions) and t.i != token.i for t in token.subtree)


def _placed(token: Token, index: Optional["Index"]) -> bool:
    """The gazetteer places the name (a country or anything finer)."""
    return index is not None and index.location(*_phrase_bounds(token)) is not None


def _ground(token: Token, index: Optional["Index"]) -> bool:
    """A town or region the gazetteer knows, also when a capital stands for a government or the tagger took the name
    for a group: ground, where forces go or leave (not a compound or building, which may be the target)."""
    if index is None:
        return False
    ent = entity_of(token)
    start, end = (ent.start_char, ent.end_char) if ent is not None else _phrase_bounds(token)
    found = index.location(start, end)
    place = index.dl.places.get(found.place) if found is not None and found.place else None
    return place is not None and place.kind in ("city", "region")


def _entered_ground(token: Token, index: Optional["Index"]) -> bool:
    """Ground forces go into, named alone, with its kind ("fought their way into Walikale town") or as a part of it
    ("pushed into the western districts of Goma"): where they fought, not whom."""
    kinds = settlement_words("settlement_nouns")
    named = [token] + [c for c in token.children if c.dep_ == "compound"] if lemma(token) in kinds else [token]
    if not any(_ground(t, index) or _unresolved_place(t, index) for t in named):
        return False  # (a town no gazetteer knows, which no actor resolves, is ground too)
    if token.dep_ == "compound" and lemma(token.head) in kinds:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in kinds:
        token = token.head.head  # "the districts of Goma", "the outskirts of the town"
    return _via(token) == "into"


def _unspecified(token: Token, trigger: Token) -> bool:
    """A party named as no one in particular: "anyone", or under "any" or "no" on the way up to the trigger ("any
    deployment of European troops", "no suspect"); but the other side of a dealing is named whatever quantifies the
    dealing ("refused any dialogue with the regime")."""
    while True:
        if token.lower_ in UNSPECIFIED or any(c.dep_ == "det" and c.lower_ in UNSPECIFIED for c in token.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ in COUNTERPART_PREPS:
            return False
        if token.head.i == token.i or token.head.i == trigger.i or token.i == trigger.i:
            return False
        token = token.head


def _town(token: Token, index: Optional["Index"]) -> bool:
    """A city or site name that no actor resolves (not a capital standing for its government: "pledged support
    for Kyiv", though no actor dictionary names it)."""
    if index is None or token.ent_type_ not in PLACE_LABELS:
        return False
    start, end = token.idx, token.idx + len(token)
    if index.mention(start, end, token) is not None:
        return False
    places = [index.dl.places.get(loc.place) for loc in index.locations.overlapping(start, end)
              if loc.place]
    # (where one sends a delegation, "to Cairo", is a town all the same)
    government = _via(token) in ("for", "with")
    return any(place is not None and place.kind in ("city", "site") and not (government and national_capital(place))
               for place in places)


NUMERIC_LABELS = {"MONEY", "DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"}
# Prepositions that name the recipient of some types only: "demanded autonomy from Belgrade",
# "withdrew from Lebanon".
SOURCE_PREP_TYPES = {"REQUEST": {"from"}, "RETREAT": {"from"}, "SANCTION": {"from"}}
# Types whose clausal complement's subject is the one acted on: "demanded that Iran stop",
# "warned that Hezbollah would pay".
COMPLEMENT_SUBJECT_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}
EVENT_NOUN_PARTY_PREPS = set(WORDS["event_noun_party_prepositions"])
PARTY_DESCENT_PREPS = set(WORDS["party_descent_prepositions"])


ADDRESSEE_CLAUSE_TYPES = {"THREATEN", "PROTEST"}
# Types of what is said or promised to someone: told right after a meeting or a call, to its counterpart.
ADDRESSED_TYPES = {"REQUEST", "THREATEN", "AGREE", "SUPPORT"}
# Types whose target may be a thing when no party is named ("struck a power line"); a protest is aimed at
# parties, the site it is held at ("rioted at a jail") is where.
THING_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
# Types whose restated noun's content names who must comply ("its demands that the government free").
RESTATED_CONTENT_TYPES = {"REQUEST", "THREATEN"}
# Types whose target is the doer of the deed they are about (PLOVER ACCUSE: the accused).
DOER_TARGET_TYPES = {"ACCUSE"}
JUDGING_TYPES = {"ACCUSE", "REJECT"}  # their recipient is who is blamed or whose word is turned down
# Types whose recipient, when no party is named, is the people of the place the act is done in: aid
# given, relations reduced, restrictions eased there (PLOVER AID and SANCTION require a recipient).
PLACE_RECIPIENT_TYPES = {"AID", "SANCTION", "CONCEDE"}


VISIT_PREPS = set(WORDS["visit_prepositions"])


def _visited(verb: Token, index: Optional["Index"]) -> list[Token]:
    """The places a verb of visiting goes to: its object or the object of "to", "in", "at"."""
    found = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)] + _prep_objects(verb, VISIT_PREPS)
    return [t for t in found if t.ent_type_ in ("GPE", "LOC") or (index is not None and index.location(
        *_phrase_bounds(t)) is not None)]


def _phrase_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.idx + len(token)


def _where_done(token: Token) -> list[Token]:
    """The objects of "in" phrases of a word and of its object ("the curfew in the capital")."""
    objs = [o for c in token.children if c.dep_ in ("dobj", "obj") for o in with_conjuncts(c)]
    return [t for h in [token] + objs for t in _prep_objects(h, {"in"})]


def _senders(token: Token, index: Optional["Index"], outsiders: frozenset) -> list[Token]:
    """Inspectors, observers or aid workers stand for the body that sent them, when it is named:
    "expelled inspectors of the agency", "received observers from the OSCE", "UN monitors"."""
    if lemma(token) not in outsiders:
        return []
    heads = [token] + [t for t in _prep_objects(token, {"of"}) if lemma(t) in outsiders]  # "a team of inspectors"
    named = [t for h in heads for t in _prep_objects(h, {"of", "from"}) if _is_entity(t)
             or (index is not None and index.mention(t.idx, t.idx + len(t), t) is not None)]
    return named or [c for h in heads for c in h.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]


COMPLIANCE_MARKERS = set(WORDS["compliance_markers"])
INVERTED_CONDITIONS = set(WORDS["inverted_condition_auxiliaries"])
PROTEST_PREPS = set(WORDS["protest_prepositions"])


def _addressed(token: Token, type_: str) -> list[Token]:
    """Who a threat or protest is addressed to, read from the clauses around it: the subject of
    the threat's condition ("unless Baghdad accepted"), the objects of a protest's purpose
    ("to demand reforms by the government", "calling for independence from Iraq") or of what it
    protests ("in protest against the refusal", "over a bill signed by the minister")."""
    verb = clause_verb(token)
    heads = _unique([token, verb] + [c for h in (token, verb) for c in h.children if c.dep_ == "xcomp"])
    clauses = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "ccomp")]
    if type_ == "THREATEN":
        # an active condition only: "if he is elected" is no demand on anyone; also one of what is threatened
        # ("warned that the campaign would go on until the rebels lay down their arms")
        clauses += [c for t in clauses if t.dep_ == "ccomp" for v in _verb_chain(t) for c in v.children if c.dep_ == "advcl"]
        return [s for c in _unique(clauses) if _condition(c) for s in subjects(c)]
    # "called a general strike until the president resigns": who must give in
    found = [s for c in clauses if c.pos_ in VERB_TAGS and _condition(c) for s in subjects(c)]
    joining = lexicon().classes.get("joining_verbs", frozenset())
    for c in clauses:
        if c.pos_ in VERB_TAGS and c.i != token.i and lemma(c) not in joining:  # "joining demonstrators": companions
            found += [o for d in c.children if d.dep_ in ("dobj", "obj") for o in with_conjuncts(d)]
            found += _prep_objects(c, {"for", "against", "from"})
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep"):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in ("over", "against"):
                found += [t for o in objs for t in with_conjuncts(o)]
            elif prep.lower_ == "in" and any(lemma(o) == "protest" for o in objs):
                found += [t for o in objs for t in _prep_objects(o, PROTEST_PREPS)]
    return found


def complying(token: Token, actors: list[Token], index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The parties a threat's condition names, who must comply ("unless Baghdad accepted"): also of an act a
    condition makes a threat ("Should any country recognise the region, we will sever ties")."""
    actor_ids = {t.i for t in actors}
    return [p for t in _addressed(token, "THREATEN") if t.i not in actor_ids
            for p in _parties(t, index, parties, False) if p.i not in actor_ids]


def _condition(clause: Token) -> bool:
    """A clause of the condition someone must meet: "unless Baghdad accepts", "until the rebels lay down their
    arms", and one set before its subject ("Should any party revive that document, we will ...")."""
    if any(m.dep_ == "mark" and m.lower_ in COMPLIANCE_MARKERS for m in clause.children):
        return True
    subject = next(iter(subjects(clause)), None)
    return subject is not None and any(a.dep_ == "aux" and a.lower_ in INVERTED_CONDITIONS and a.i < subject.i
                                       for a in clause.children)


def _acting_side(told: list[Token], actors: list[Token], index: Optional["Index"], parties: frozenset,
                 event_types: dict[int, str]) -> bool:
    """Whether the subjects a threat's complement names are who would carry it out, not who is threatened: the
    doer's own side ("Russia could strike", "his fighters would shell"), a thing that names no other doer ("the
    campaign would go on"), or the doers of a hostile act the complement tells ("the movement would keep attacking
    convoys"); "warned that Hamas would pay a heavy price" names the threatened."""
    if not all(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in VERB_TAGS for t in told):
        return False
    # (an act whose doer it names stands for that doer: "warned that any Israeli response would be met with force";
    # a phrase for people, the party it names: "opposition figures would not escape punishment")
    named = [p for t in told for p in (
        [t] if is_party(t, index, parties) else named_doers(t, index) + _accused(t, deed=True) if t.i in event_types
        else _parties(t, index, parties, False))]
    return _same_side(told, actors, index) or not named or _same_side(named, actors, index) \
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for t in told for c in t.children) \
        or any(event_types.get(v.i) in MATERIAL_CONFLICT for t in told if t.dep_ == "nsubj" for v in _verb_chain(t.head))


def _verb_chain(verb: Token) -> list[Token]:
    """A verb and the infinitives or participles it governs ("would keep firing", "could try to strike")."""
    chain = [verb]
    for _ in range(2):
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in VERB_TAGS), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _same_side(tokens: list[Token], actors: list[Token], index: Optional["Index"]) -> bool:
    """Whether the tokens resolve to the actors' own states or groups (by actor code)."""
    def codes(group: list[Token]) -> set[str]:
        found = set()
        for t in group:
            mention = index.mention(t.idx, t.idx + len(t), t) if index is not None else None
            actor = index.dl.actors.get(mention.actor) if mention is not None and mention.actor else None
            found |= {c[:3].upper() for c in ((actor.code, actor.country) if actor else ()) if c}
        return found

    mine = codes(actors)
    return bool(mine) and all(codes([t]) and codes([t]) <= mine for t in tokens)


def _complement_recipients(verb: Token, type_: str, preps: set[str], weapons: frozenset = frozenset()) -> list[Token]:
    """The recipient a verb's complement names: the subject of "demanded that X ...", else the
    objects and prepositional objects of "agreed to send aid to X" (a chain of up to two
    infinitives), prepositions first; not the weapon of a threat ("to hit the port with missiles")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "acl") and type_ in COMPLEMENT_SUBJECT_TYPES and not free_relative(child):
            found += subjects(child, passive=True) or _subjunctive_subject(child)
    if found or verb.pos_ not in VERB_TAGS:
        return found
    head = verb
    for _ in range(2):
        inner = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in VERB_TAGS), None)
        if inner is None:
            break
        # "refused to deploy peacekeepers in Iraq": the doer's own people are sent, not acted upon; where
        # they go is ("agreed to post officers in each other's countries": the doers themselves)
        own = lexicon().classes.get("own_resources", frozenset())
        objs = [w for c in inner.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)
                for w in ([p for p in _prep_objects(t, {"in", "to"}) + _prep_objects(inner, {"in", "to"})
                           if not _reciprocal(p)] if lemma(t) in own else [t])]
        # "agreed to let China build a railway": the one let act, whom the parser made the next verb's subject, when a
        # name says who (not "to let tugs reach the tanker")
        objs += [s for c in inner.children if c.dep_ == "ccomp" and lemma(inner) in LETTING_VERBS for s in subjects(c)
                 if s.ent_type_ in ACTOR_LABELS]
        via = _handed_to(inner, preps | {"for"}) + [t for o in objs for t in _prep_objects(o, (preps | {"for"}) - {"of"})]
        via = _without_weapons(via, weapons)
        if via or objs:
            return via or objs
        head = inner
    return []


def _subjunctive_subject(clause: Token) -> list[Token]:
    """The subject of a "that" clause whose bare verb the parser read as a noun ("demanded that the prime
    minister resign": "resign" a noun, "minister" its compound): the last noun compounded before it."""
    if clause.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "mark" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "compound" and c.i < clause.i][-1:]


def _reciprocal(token: Token) -> bool:
    """A noun owned by "each other" or "one another": the doers themselves."""
    return any(c.dep_ == "poss" and lemma(c) in ("other", "another") for c in token.children)


def _other_side(token: Token) -> bool:
    """"Each army blamed the other", "blamed each other", "accused one another": the other side, a party."""
    return token.lower_ in ("other", "another") and token.dep_ in ("dobj", "obj", "pobj") \
        and any(c.lower_ in ("the", "each", "one") for c in token.children)


def is_party(token: Token, index: Optional["Index"], parties: frozenset) -> bool:
    """Someone an event can be done to: a named actor, a resolved mention, a personal pronoun,
    or a noun for people, groups, states or their forces."""
    if token.ent_type_ in ACTOR_LABELS or token.ent_type_ in ("LOC", "FAC"):
        return True
    if lemma(token) in lexicon().classes.get("bare_positions", ()) and token.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children):
        return False  # "refused to leave office"
    if lemma(token) in parties or token.lower_ in parties:
        return True  # "everyone detained"
    if token.lower_ == "those" and any(c.dep_ in ("amod", "relcl", "acl", "prep") for c in token.children):
        return True  # "those responsible", "those who fired", "those behind the attack": people
    if token.pos_ == "PRON":
        return token.tag_ in ("PRP", "PRP$") and lemma(token) not in RELATIVE_PRONOUNS
    if _other_side(token):
        return True
    return index is not None and index.mention(token.idx, token.idx + len(token), token) is not None


def _parties(token: Token, index: Optional["Index"], parties: frozenset, material: bool, depth: int = 0) -> list[Token]:
    """The parties a recipient phrase stands for: itself when it is one; else those it names, down
    a few phrases ("Haiti's efforts", "the removal of the president", "an Indian proposal", "a
    referendum on independence from Indonesian rule", "all of which" -> the ships); else, for
    material conflict, the thing attacked ("struck a power line"); else none (a topic)."""
    token = _relative_antecedent(token)
    low = lemma(token)
    if low in lexicon().classes["frame_nouns"]:
        return []
    if _way(token):
        return []  # "blocked the road between Tubas and the camp", "sealed Lahore's main roads": a way, and where
    if token.like_num or low in lexicon().classes["quantifiers"] or token.ent_type_ in NUMERIC_LABELS:
        # "two of its nationals"; "$500 million in aid to Ukraine": what the sum is of (a word that counts
        # nothing, "the carrier group in the Gulf of Aden", is where it is)
        # ... or what an apposition names ("seized one, the Ocean Pearl"; not a date's or a distance's)
        counted = _prep_objects(token, {"of"}) or (_prep_objects(token, {"in"}) if _sum(token) else []) \
            or [c for c in token.children if c.dep_ == "appos" and token.ent_type_ in ("", "CARDINAL")]
        if counted:
            return [p for t in counted for p in _parties(t, index, parties, material)]
        harms = lexicon().classes.get("object_required", frozenset())
        if material and token.dep_ in ("dobj", "obj", "nsubjpass") and lemma(token.head) in harms:
            return [token]  # "killing dozens", "21 were wounded": a bare count of victims stands for them
        if token.like_num or token.ent_type_ in NUMERIC_LABELS or token.pos_ != "NOUN":
            return []
    if is_party(token, index, parties) and (token.pos_ in ("NOUN", "PROPN", "PRON") or _is_entity(token)
                                            or people_participle(token) or _other_side(token)):
        return [token]  # a nationality adjective stands for its state ("an Australian ultimatum"); "the injured"
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    inner = [_relative_antecedent(t) for t in _inner(token, index)]
    if not material and low in lexicon().classes.get("held_stances", frozenset()):
        # "rejected our position": a pronoun's stance is its party's, though a pronoun's thing is no party ("its ports";
        # "shelled their positions" is ground struck)
        inner += [c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
    if any(c.dep_ == "nummod" for c in token.children):
        # "500 million euros in aid to Ukraine": a sum of what; a name after "in" is where the things
        # counted are ("hit two buildings in Hamra and Verdun")
        inner += [t for t in _prep_objects(token, {"in"}) if t.pos_ == "NOUN" and t.ent_type_ not in PLACE_LABELS]
    named = [t for t in inner if is_party(t, index, parties)]
    if not named and depth < 2:
        named = [p for t in inner if t.pos_ == "NOUN" and lemma(t) not in lexicon().classes["frame_nouns"]
                 for p in _parties(t, index, parties, False, depth + 1)]
    if named and material and token.dep_ in ("dobj", "obj", "nsubjpass") \
            and all(_describes(t, token) or _unresolved_place(t, index) for t in named):
        # "arrested a Christian missionary from Calgary": the one described, not whose or whence; "bombed rebel-held
        # areas of Idlib province": the ground struck, not the province it lies in
        return [token]
    if named:
        return named
    if material and token.pos_ != "PRON" and low not in lexicon().classes["non_participants"] \
            and low not in lexicon().classes.get("restrictions", frozenset()):
        return [token]  # "threatened to institute a curfew": a restriction is imposed, not struck
    return []


def _sum(token: Token) -> bool:
    """A number or an amount ("two", "$500 million", "30 million euros"), which an "in" phrase says the kind of."""
    return token.like_num or token.ent_type_ in NUMERIC_LABELS or any(c.dep_ == "nummod" for c in token.children)


def _describes(modifier: Token, noun: Token) -> bool:
    """A nationality or name premodifying a noun ("a Christian missionary", "a Russian base") or the place it
    comes from ("a missionary from Calgary"): it says which one, the noun is who was acted on."""
    if modifier.head.i == noun.i:
        return modifier.dep_ in ("amod", "compound", "nmod")
    prep = modifier.head
    return modifier.dep_ == "pobj" and prep.head.i == noun.i and prep.lower_ == "from" and modifier.ent_type_ in PLACE_LABELS


def _inner(token: Token, index: Optional["Index"] = None) -> list[Token]:
    """Candidates inside a phrase: its possessor, a name compounded with it or a nationality that
    modifies it ("an Australian ultimatum"), its prepositional objects."""
    found = [t for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in with_conjuncts(c)]
    found += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    found += [c for c in token.children if c.dep_ in ("amod", "nmod") and (_is_entity(c) or (
        index is not None and index.mention(c.idx, c.idx + len(c), c) is not None))]
    found += _prep_objects(token, PARTY_DESCENT_PREPS)
    found += _participle_agents(token)
    return found


def _run_of_events(obj: Token, skip: set[int], classes: dict) -> Token:
    """The event noun a run or a stretch of time is counted in ("mediated three rounds of talks between X and Y",
    "two days of talks"): the object stands for the events of its "of" phrase. A run told as the subject of a
    passive keeps its own word ("the sixth round of talks between X and Y was cancelled": no side was)."""
    runs = classes.get("series_nouns", frozenset()) | classes.get("spans", frozenset())
    if obj.dep_ not in ("dobj", "obj") or lemma(obj) not in runs:
        return obj
    return next((p for p in _prep_objects(obj, {"of"}) if p.i in skip), obj)


def _between_of_phrase(noun: Token, verb: Optional[Token]) -> list[Token]:
    """The parties of an event noun that modifies its phrase's head ("a mediation effort between Ethiopia and
    Eritrea"): the head's "between" phrase, or the light verb's, where the parser may hang it. An event noun that is
    its verb's subject has the verb's "between" phrase ("fighting broke out in Juba between the army and the
    rebels", "clashes erupted between police and farmers"), where the parser hangs it after a place or time."""
    if noun.dep_ == "nsubj" and verb is not None and noun.head.i == verb.i:
        return [t for t in _prep_objects(verb, {"between", "among"}) if t.ent_type_ not in ("DATE", "TIME")
                and t.pos_ in ("NOUN", "PROPN")]
    if noun.dep_ != "compound" or noun.head.pos_ != "NOUN":
        return []
    head = noun.head
    found = _prep_objects(head, {"between", "among"})
    if not found and verb is not None and head.dep_ in ("dobj", "obj") and head.head.i == verb.i:
        found = _prep_objects(verb, {"between", "among"})
    return found


def _participle_agents(token: Token) -> list[Token]:
    """Who did what a participle says was done to a noun: "a proposal put forward by Egypt",
    "property seized by government forces", "the attack carried out by the group"; or a relative clause whose
    pronoun is its object ("a truce that Qatar and Egypt had put to both sides")."""
    return [a for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _agents(c)] + [
        a for c in token.children if c.dep_ == "relcl" and lemma(c) in AUTHORING_VERBS
        and any(o.dep_ in ("dobj", "obj") and lemma(o) in RELATIVE_PRONOUNS for o in c.children)
        for a in subjects(c) if lemma(a) not in RELATIVE_PRONOUNS]


def _wielder(token: Token, wielding: frozenset = frozenset()) -> Token:
    """A weapon is no actor: "Russia's missile strikes" are Russia's, and a missile "that struck the tanker" is
    the one who fired it ("rebels fired a missile that struck ...")."""
    owner = next((c for c in token.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and _is_entity(c))), None)
    if owner is None and token.dep_ in ("dobj", "obj") and lemma(token.head) in wielding:
        owner = next(iter(subjects(token.head)), None)
    return owner or token


def consultation_roles(trigger: Trigger, args: Arguments, type_: str) -> None:
    """PLOVER's roles in a meeting (manual, CONSULT and section "Compound and Reciprocal Actors"; eval/CONVENTIONS.md):
    with no host or visitor told ("met", "held talks with", "spoke by phone with") every participant is an actor and
    there is no recipient; one who hosts or receives a guest is the recipient and the guest the actor, as a visitor
    and the place visited are. A go-between keeps the sides as recipients ("convened a meeting between the mayors
    and the officials"); a meeting told in the future (AGREE) takes these roles too."""
    entry = trigger.entry
    if entry.type != "CONSULT" or type_ not in ("CONSULT", "AGREE") or entry.mode == "third-party" \
            or (args.actors and any(_via(t) in ("between", "among") for t in args.recipients)):
        return
    if lemma(trigger.token) in lexicon().classes["hosting_verbs"] and trigger.token.pos_ in VERB_TAGS:
        if args.actors and args.recipients:
            args.actors, args.recipients = args.recipients, args.actors
    elif entry.mode != "visit":
        participants = _unique(args.actors + args.recipients)
        host = _venue_host(trigger.token, participants) or _hosted_by(trigger.token)
        guests = [t for t in participants if host is None or t.i != host.i]
        args.actors, args.recipients = (guests, [host]) if host is not None and guests else (participants, [])


def _past_dateline(tokens: list[Token], index: "Index") -> list[Token]:
    """The words outside a dateline: a dateline's town the parser made a subject gives way to its apposition, the
    true subject ("Doha, October 18 (Agency) -- Delegations of X and Y began talks")."""
    return [a for t in tokens for a in (
        [c for c in t.children if c.dep_ == "appos" and not index.in_dateline_credit(c.idx)]
        if index.in_dateline_credit(t.idx) else [t])]


def _mediated_sides(token: Token) -> list[Token]:
    """The sides of the meeting a mediation is the manner of: the parties the meeting is between or with, else the
    subjects of its verb ("Delegations of X and Y began talks under the mediation of Z", "talks mediated by Z")."""
    if token.pos_ in VERB_TAGS:
        meeting = token.head if token.dep_ == "acl" and token.tag_ == "VBN" else None
    else:
        meeting = token.head.head if token.dep_ == "pobj" and token.head.lower_ in MEDIATION_PREPS else None
    if meeting is None or meeting.i == token.i:
        return []
    if meeting.pos_ not in VERB_TAGS:
        sides = _prep_objects(meeting, {"between", "among", "with"})
        if sides or lemma(meeting) not in lexicon().classes["summitry"]:
            return sides
        meeting = meeting.head if meeting.dep_ in ("dobj", "obj") else meeting
    return [t for s in subjects(meeting) for t in with_conjuncts(s)] if meeting.pos_ in VERB_TAGS else []


def _hosted_by(token: Token) -> Optional[Token]:
    """Who a participle of hosting says hosted the meeting ("met in Doha on 18 March, hosted by the Emir of Qatar",
    "talks hosted by Egypt", "a round of talks opened in Istanbul, hosted by Türkiye"): that one is the host
    (CONVENTIONS.md 1)."""
    verb = _meeting_verb(token)
    return next((a for t in {token.i: token, verb.i: verb}.values() for c in t.children
                 if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and lemma(c) in lexicon().classes["hosting_verbs"]
                 for a in _agents(c)), None)


def _meeting_verb(token: Token) -> Token:
    """The verb a meeting noun is the object or subject of ("held talks", "talks opened", "a round of talks opened"),
    else the noun itself."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
        else token
    if noun.dep_ in ("dobj", "obj") or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in VERB_TAGS):
        return noun.head
    return token


def _venue_host(token: Token, participants: list[Token]) -> Optional[Token]:
    """Whose own place a meeting is held at (`host_venues`): the owner named after "of" ("held talks at the official
    residence of the prime minister") or, for "his" or "her", the participant named last before it ("sat down with
    the emir at his palace"); that one hosts."""
    verb = token.head if token.dep_ in ("dobj", "obj") else token
    # the parser may hang the venue on the last party named ("sat down with the emir at his palace")
    words = {t.i: t for t in [token, verb, *participants]}
    for prep in [c for t in words.values() for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "in")]:
        for venue in (o for o in prep.children if o.dep_ == "pobj" and lemma(o) in HOST_VENUES):
            owner = next((q for p in venue.children if p.dep_ == "prep" and p.lower_ == "of"
                          for q in p.children if q.dep_ == "pobj" and q.pos_ == "PROPN"), None)
            if owner is not None:
                return owner
            if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in venue.children):
                return next((t for t in sorted(participants, key=lambda t: -t.i) if t.i < venue.i), None)
    return None


def destination(trigger: Trigger, args: Arguments, index: Optional[Index] = None) -> Optional[Token]:
    """A place a party is brought or sent to ("welcomed the president to Washington") is where the
    event happens, not a second recipient: the place token, removed from the recipients; a place
    visited with nobody else named is both ("visited the capital")."""
    visit = trigger.entry.mode == "visit" and trigger.token.pos_ in VERB_TAGS
    if trigger.entry.type in MATERIAL_CONFLICT or (len(args.recipients) < 2 and not visit):
        return None
    hosts = {t.i for t in _visited(trigger.token, index)} if visit else set()
    if args.recipients and all(r.i in hosts for r in args.recipients):
        return args.recipients[0]
    for t in args.recipients:
        via = t.head if t.dep_ == "pobj" else (t.head.head if t.dep_ == "conj" and t.head.dep_ == "pobj" else None)
        if t.ent_type_ in PLACE_LABELS and via is not None and via.dep_ == "prep" and via.lower_ in ("to", "into", "in", "at") and (
                visit or any(r.ent_type_ not in PLACE_LABELS for r in args.recipients)):
            if visit and all(r.ent_type_ in PLACE_LABELS for r in args.recipients):
                return t  # nobody else named: the place visited stands for the host
            args.recipients = [r for r in args.recipients if not (r.i == t.i or (visit and r.ent_type_ in PLACE_LABELS))]
            return t
    return None


def _counted(token: Token) -> list[Token]:
    """What a quantity stands for: "thousands of Kurds" -> Kurds; others are themselves."""
    if token.like_num or lemma(token) in lexicon().classes["quantifiers"] or token.ent_type_ in NUMERIC_LABELS:
        counted = _prep_objects(token, {"of"})
        if counted:
            return [c for t in counted for c in _counted(t)]
    return [token]


def _relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the ships, all of which were hit" -> ships)."""
    if lemma(token) not in RELATIVE_PRONOUNS:
        return token
    head, steps = token, 0
    while head.head.i != head.i and head.dep_ != "relcl" and steps < 4:
        head = head.head
        steps += 1
    return head.head if head.dep_ == "relcl" else token


def _speaker_meant(pronoun: Token, index: Optional["Index"]) -> list[Token]:
    """The subject of a verb of saying whose "that" clause a subject pronoun opens, when no actor resolves the
    pronoun and it agrees in number ("Islamabad said it remained committed", "the Council announced that it would
    reopen", "Henry announced that he would resign", "the forces said they had shot down"): news tells a party's
    own acts in its own statement."""
    low = pronoun.lower_
    if pronoun.tag_ != "PRP" or low not in ("it", "they", "he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.i < verb.head.i or lemma(verb.head) not in lexicon().modality.get("reporting_verbs", ()):
        return []  # (not a clause told before its source: "They looted the market, residents said")
    speakers = subjects(verb.head)
    if not speakers or any(s.pos_ == "PRON" for s in speakers):
        return []
    plural = len(speakers) > 1 or speakers[0].tag_ in ("NNS", "NNPS")
    person = all(s.ent_type_ == "PERSON" or lemma(s) in lexicon().classes.get("people", ()) for s in speakers)
    agrees = {"they": plural, "it": not plural and not person, "he": not plural and person, "she": not plural and person}
    if not agrees[low]:
        return []
    if index is not None:
        # (a pronoun resolved to another side than the speaker's stays, "the minister said they had fled", as does
        # one resolved to a known side when the speaker's is unknown)
        def side(t: Token) -> set[str]:
            mention = mention_for(t, index)
            actor = index.dl.actors.get(mention.actor) if mention.actor else None
            return {c[:3].upper() for c in (actor.code, actor.country) if c} if actor else set()
        meant, own = side(pronoun), set().union(*(side(s) for s in speakers))
        if meant and not meant & own:
            return []
    return speakers


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("an organization that perpetrated")."""
    if lemma(token) in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _in_object(token: Token, verb: Token) -> bool:
    """The noun is (inside) the verb's object: "imposed sanctions", "announced $5m in aid",
    "took part in talks"; not the topic of another noun ("heard reports of an attack")."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos", "compound", "nsubjpass"):
            return False
        if token.dep_ == "prep" and token.head.i != verb.i and not _is_quantity(token.head):
            return False
        token = token.head
    return token.i == verb.i


def _time_anchor(token: Token, verb: Token) -> bool:
    """An event noun a clause is timed by, as a known event ("Two days after the first attack, two jets flew over
    the frigate", "resigned after the strike on the barracks"): a definite noun or a measured interval after a
    preposition of time points at an act told before, whose doer need not be the clause's subject (unlike "troops
    withdrew after a two-day raid")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ANCHOR_PREPS or prep.head.i != verb.i:
        return False
    measured = any(c.dep_ in ("npadvmod", "advmod") for c in prep.children)
    return measured or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _about_verbs_event(token: Token, verb: Token, skip: set[int], expressing: frozenset) -> bool:
    """"voiced concern over the arrest": beside a verb of expression whose object is an event of its
    own (the concern), a phrase tells what that event is about, not an act of the verb's subject."""
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.dep_ == "prep" and lemma(verb) in expressing and any(
        c.dep_ in ("dobj", "obj") and c.i in skip for c in verb.children)


def _is_quantity(token: Token) -> bool:
    return token.like_num or token.ent_type_ in NUMERIC_LABELS or lemma(token) in lexicon().classes["quantifiers"]


def _unique(tokens: Iterable[Token]) -> list[Token]:
    seen, out = set(), []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _stolen_subject(verb: Token, index: Optional["Index"], parties: frozenset) -> list[Token]:
    """The subject of a clause joined by ", and" that the parser hung on the clause before as an object or a conjunct
    ("demanded the release of its leader, and rights groups in Douala condemned ...", "Greece condemned both attacks,
    and the organisation's chief, X, called them ..."): a finite verb with no subject of its own is done by the party
    whose phrase ends right before it and opens right after ", and"."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                     for c in verb.children):
        return []
    doc = verb.doc
    found = [t for t in doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN") and t.head.i < t.i
             and t.right_edge.i == verb.i - 1 and t.left_edge.i >= verb.sent.start + 2
             and doc[t.left_edge.i - 1].lower_ == "and" and doc[t.left_edge.i - 2].text == ","
             and verb.head.i < t.left_edge.i and is_party(t, index, parties)]
    first = min(found, key=lambda t: t.left_edge.i, default=None)
    return [] if first is None else [first] + [c for c in first.conjuncts if c.i > first.i]


def _past_next_verb(token: Token, verb: Token) -> bool:
    """An object the parser hung on a verb beyond the verb coordinated after it, which has objects of its own ("struck
    the tanker and killed three of her crew, the first seafarers to die"): it belongs to that later clause."""
    if token.dep_ not in ("dobj", "obj") or token.head.i != verb.i:
        return False
    return any(c.dep_ == "conj" and c.pos_ in VERB_TAGS and c.i < token.i
               and any(o.dep_ in ("dobj", "obj") and o.i < token.i for o in c.children) for c in verb.children)


EXCHANGE_WORDS = frozenset(WORDS["exchange_words"])
HOST_VENUES = frozenset(WORDS["host_venues"])


def _exchanged(token: Token, classes: dict) -> bool:
    """Captives traded in an exchange ("agreed to exchange 1,000 prisoners each", "agreed an exchange of wounded
    prisoners"): what the sides hand over to each other, no party the act is aimed at (both sides act)."""
    captives = classes.get("captives", frozenset())
    if not any(lemma(c) in captives for c in _counted(token)):
        return False
    for t in [token] + [a for a in token.ancestors][:3]:
        if t.dep_ in ("dobj", "obj") and lemma(t.head) in EXCHANGE_WORDS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in EXCHANGE_WORDS:
            return True
    return False


FREEING_NOUNS = frozenset(WORDS["freeing_nouns"])


def _released_by_request(token: Token, trigger: Token, event_types: dict[int, str]) -> bool:
    """Whom a request asks to be freed ("demanded the immediate release of its leader", "appealed for the release of
    the priests"): the captive, not the party asked, who is named by a "to" or "on" phrase or not at all (unlike the
    troops of a withdrawal asked for, who are asked to leave)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and event_types.get(prep.head.i) == "RETREAT" \
        and prep.head.i != trigger.i and lemma(prep.head) in FREEING_NOUNS


def _deployed_forces(verb: Token) -> list[Token]:
    """Forces told as deployed with no one said to send them ("police and soldiers were deployed to the town"): the
    forces stand for their side, the doer of the mobilization."""
    if verb.pos_ not in VERB_TAGS or _agents(verb):
        return []
    return [t for c in verb.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)]


def _target_of_approach(verb: Token, index: Optional["Index"], parties: frozenset,
                        event_types: dict[int, str]) -> list[Token]:
    """The target of an attack told by the verb it is coordinated after, with the same doer ("eight craft closed on
    the vessel and opened fire", "gunmen surrounded the bus and opened fire"): what the first verb went at, when that
    verb is only the approach, no act of its own ("stormed the hospital, opened fire and looted it": fire inside)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in VERB_TAGS or subjects(verb, passive=True) \
            or verb.head.i in event_types or not subjects(verb.head):
        return []
    head = verb.head
    found = [t for c in head.children if c.dep_ in ("dobj", "obj") for t in with_conjuncts(c)] \
        + _prep_objects(head, AIMED_PREPS)
    return [t for t in found if is_party(t, index, parties) and t.i < verb.i]


def _visitor(noun: Token) -> list[Token]:
    """Who makes a visit or holds talks told in a "during" phrase of the clause ("During a visit to Kyiv, the Prime
    Minister signed ..."): the clause's subject, there at the time."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "during" or prep.head.pos_ not in VERB_TAGS:
        return []
    return subjects(prep.head)


def _subject_beside_date(verb: Token, index: Optional["Index"]) -> list[Token]:
    """The subject the parser hung on a fronted date as its apposition when no comma follows the date ("Late on
    Monday 7 July the bulker Eternity C was attacked", "On Tuesday 3 June the army shelled the town"): a verb with no
    subject of its own has it."""
    if index is None or verb.pos_ not in VERB_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                         for c in verb.children):
        return []
    fronted = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i]
    return [t for c in fronted for t in c.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
            and t.ent_type_ not in NUMERIC_LABELS and (t.head.ent_type_ == "DATE" or index.in_timex(t.head.idx))
            and not index.in_timex(t.idx)][:1]


def _by_clause_grammar(args: Arguments, trigger: Trigger, index: Optional["Index"], classes: dict,
                       event_types: dict[int, str]) -> None:
    """Roles the clause's grammar settles after the parse-driven rules: a subject hung on the clause before or on a
    fronted date, an object beyond a coordinated verb, captives exchanged or asked to be freed, forces deployed, the
    target of an approach an attack follows, the visitor of a "during" phrase (round parties24)."""
    token, entry = trigger.token, trigger.entry
    parties = classes.get("parties", frozenset())
    stolen = [(t.left_edge.i, t.right_edge.i) for v in token.sent if v.pos_ in VERB_TAGS and v.i > token.i
              for t in _stolen_subject(v, index, parties)]
    args.recipients = [t for t in args.recipients if not any(lo <= t.i <= hi for lo, hi in stolen)
                       and not _past_next_verb(t, token)]
    if entry.type not in MATERIAL_CONFLICT:
        args.recipients = [t for t in args.recipients if not _exchanged(t, classes)]
    if entry.type == "REQUEST":
        args.recipients = [t for t in args.recipients if not _released_by_request(t, token, event_types)]
    if entry.type in JUDGING_TYPES:
        args.recipients = [t for t in args.recipients if not _violated(t, token)]
    if token.pos_ not in VERB_TAGS:
        if entry.type == "MOBILIZE":
            _destinations_as_sites(args)
        if entry.type == "MOBILIZE" and not args.actors:
            # "over the deployment of North Korean troops to Russia": the forces deployed stand for their side
            args.actors = [t for t in _prep_objects(token, {"of"}) if is_party(t, index, parties)]
            args.recipients = [t for t in args.recipients if t not in args.actors]
        if entry.type == "CONSULT" and not args.actors:
            args.actors = _visitor(token)
        owner = _owned_up(token)
        if owner is not None:
            args.actors = [a for a in args.actors if a not in subjects(owner)]
        return
    named = [t for t in (_unknown_name_objects(token, index) if entry.type in ADDRESSEE_OBJECT_TYPES else [])
             if not any(lo <= t.i <= hi for lo, hi in stolen)]
    if named and not any(t in args.recipients for t in named):
        args.recipients = named + [t for t in args.recipients if _via(t) is not None and t.head.head.i == token.i]
    if not args.actors:
        # "IDF strikes on two towns killed nine": the event the parser read as a verb in subject position is the
        # doer's, and so is what it did
        misread = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in VERB_TAGS]
        if token.dep_ == "advcl" and token.tag_ == "VBD" and token.head.tag_ == "VBZ" and token.head.i < token.i \
                and not any(c.dep_ in ("mark", "advmod") and c.i < token.i for c in token.children):
            misread.append(token.head)  # (or made the plural noun the verb, and the real verb its clause)
        args.actors = [a for c in misread if event_types.get(c.i) in MATERIAL_CONFLICT for a in subjects(c)]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    beside = _subject_beside_date(token, index)
    if beside and passive and not args.recipients:
        args.recipients = beside
    elif beside and not passive and not args.actors:
        args.actors = beside
    if entry.type == "MOBILIZE":
        _destinations_as_sites(args)
    if entry.type == "MOBILIZE" and not args.actors:
        forces = _deployed_forces(token)
        args.actors = forces
        args.recipients = [t for t in args.recipients if not any(f.left_edge.i <= t.i <= f.right_edge.i for f in forces)]
    if entry.type == "ASSAULT" and not args.recipients:
        args.recipients = [t for t in _target_of_approach(token, index, parties, event_types) if t not in args.actors]


# Types of giving: what is given is never whom it is given to, also when no one is named ("continued to supply
# air-defence missiles, drones and shells", "will deliver four Patriot systems").
GIVING_TYPES = {"AID", "SUPPORT", "AGREE", "COOPERATE"}


def _goods(token: Token, goods: frozenset) -> bool:
    """Goods given, by the word or what it counts ("drones", "dozens of tents"), or a name compounded with such a word
    ("four *Patriot* systems": the make of the goods)."""
    return any(lemma(c) in goods for c in _counted(token)) \
        or (token.dep_ in ("compound", "nmod") and token.head.i > token.i and lemma(token.head) in goods)


def _tense_shift(reported: Token, verb: Token) -> bool:
    """A simple past coordinated after a pluperfect report ("said the ships *had broken* the ban, and *warned* that
    ..."): the report's sequence of tenses ends, so the verb is the speaker's own next act."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children) and verb.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _listed_speaker(saying: Token) -> list[Token]:
    """The subject of a list of acts the parser broke up ("Saree claimed the attack, said ... and warned ...": the
    first act made a complement of "said", which is left with no subject of its own)."""
    if subjects(saying, passive=True):
        return []
    return [s for c in saying.children if c.dep_ == "ccomp" and c.i < saying.i for s in subjects(c)]


# Types whose object is the one addressed: a name the tagger did not know ("asked Aspides for an escort") is a party.
ADDRESSEE_OBJECT_TYPES = {"REQUEST", "ACCUSE", "THREATEN"}


def _unknown_name_objects(verb: Token, index: Optional["Index"]) -> list[Token]:
    """Proper names no tagger or gazetteer knows set as the object of a request, accusation or threat: the party
    addressed (a name of no place, number or date)."""
    return [t for c in verb.children if c.dep_ in ("dobj", "obj", "dative") for t in with_conjuncts(c)
            if t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "PERSON", "NORP")
            and (index is None or index.location(t.idx, t.idx + len(t)) is None)]


OWNING_VERBS = frozenset(WORDS["owning_verbs"])
DEPLOYMENT_GOAL_PREPS = frozenset(WORDS["deployment_goal_prepositions"])


def _destinations_as_sites(args: Arguments) -> None:
    """Where forces are sent, moved or posted ("rushed reserves to the town", "the deployment of troops to Russia",
    "deployed at road junctions") is where, not against whom (PLOVER MOBILIZE: a group may mobilize with no entity stated)."""
    sent_to = [t for t in args.recipients if _via(t) in DEPLOYMENT_GOAL_PREPS]
    args.sites += [t for t in sent_to if t not in args.sites]
    args.recipients = [t for t in args.recipients if t not in sent_to]
CLAIMING_VERBS = frozenset(WORDS["claiming_verbs"])


def _owned_up(noun: Token) -> Optional[Token]:
    """The verb by which a side claims or admits an act told before ("the Houthis claimed the attack", "claimed
    responsibility for the attack", "the ministry admits a terrorist attack"): the noun only refers back to that act,
    and the one who speaks of it is not told as its doer (a new act claimed, "claimed a night raid on a police
    station", is the claimant's)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) == "responsibility":
        head = head.head
    if head.dep_ in ("dobj", "obj") and head is not noun:
        head = head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if head.pos_ not in VERB_TAGS:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    return head if lemma(head) in OWNING_VERBS or (lemma(head) in CLAIMING_VERBS and definite) else None


VIOLATION_NOUNS = frozenset(WORDS["violation_nouns"])


def _violated(token: Token, trigger: Token) -> bool:
    """What a violation is of ("condemned all violations of Lebanese sovereignty", "a breach of Somalia's airspace"):
    the side wronged, never the one blamed."""
    for a in token.ancestors:
        if a.i == trigger.i:
            return False
        if a.dep_ == "prep" and a.lower_ == "of" and lemma(a.head) in VIOLATION_NOUNS:
            return True
    return False
