"""Where: an event's place, from a locative phrase of its word or clause, where its parties went or were
aimed at, else from what the text around it says: a sentence's fronted scene, a roundup item's dateline,
a notice's bearing, or the incident told in the sentence before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..annotations import entity_of
from ..model import Event, Location
from ..places import LOCAL_ID, arrival_verbs, bearings, seat_act, seated_at, settlement_words
from .arguments import (AIMED_PREPS, Arguments, GOAL_PREPS, Index, MATERIAL_CONFLICT, PLACE_PREPS, SOURCE_PREPS,
                        TIME_PREPS, WORDS, _absolute_with, _kind, _named_settlements, _of_settlement,
                        numbered_unit, own_forces_moved, _owner_or_party,
                        _street, _when, clause_verb, np_span)
from .triggers import VERB_TAGS, Trigger, conjunct_subjects, lemma, lexicon, subjects, with_conjuncts


REMOVAL_TYPES = {"RETREAT"}  # besides material conflict: "withdrew from X", "freed hostages from X"
SCENE_PREPS = PLACE_PREPS - {"into"}  # where something is, not where it goes
HANDING_VERBS = frozenset(WORDS["handing_verbs"])
REASON_NOUNS = frozenset(WORDS["reason_nouns"])  # "in response to the attack on X": the other act's place
ON_SCENES = settlement_words("on_scene_nouns")  # "on the seafront", "on the outskirts": where, not aimed at
FRINGES = settlement_words("fringe_nouns")
STREETS = settlement_words("street_nouns")
LINES = settlement_words("line_nouns")  # "killed along the Line of Control": where (not "advanced along X Street")
RECEIVING_TYPES = {"AID"}  # handed to people where they are: the place of the recipients is the act's
DEPLOYMENT_TYPES = {"MOBILIZE"}  # forces are mobilized where they are sent: "deployed officers to Kurmi"
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj"}


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def location(trigger: Trigger, args: Arguments, index: Index, destination: Optional[Token] = None,
             displacement: frozenset = frozenset(), triggers: frozenset = frozenset()) -> Optional[Location]:
    """Where: a place in a locative phrase of the event's word or clause (or a fronted one of the
    clause it is coordinated with: "In Jerusalem, X met Y and convened Z"), else the place a party
    was brought to or made to leave, else (for material conflict) a place the action is directed at,
    else one in a phrase of its object ("a strike on a school in Rafah"), else a place a removal was
    from ("dispersed from the square"), else a resolved place in the clause outside its arguments."""
    token = trigger.token
    verb = clause_verb(token)
    if verb.i == token.i and token.dep_ in ("nsubj", "csubj") and not subjects(token, passive=True):
        verb = token.head  # "Fighting went on in the western quarters": a gerund subject is placed by its verb
    doc = token.doc
    material = trigger.entry.type in MATERIAL_CONFLICT
    found = None
    if verb.i != token.i and token.dep_ not in ("nsubj", "nsubjpass"):
        # an event noun inside another clause's object or phrase ("a response to attacks on shipping in
        # the Red Sea") is placed by its own phrase before the clause that mentions it
        found = _locative(doc, [(token, None)], index, token)
        if found is None and material:
            found = next(filter(None, (_target_place(r, index) for r in args.recipients + args.sites)), None)
    if found is None and token.pos_ in VERB_TAGS and lemma(token) in HANDING_VERBS:
        # "handed the city of Lashio back to the junta": ground handed over is where the act was, not the region the
        # clause opens with nor whose pressure brought it about
        found = next(filter(None, (_place_in(doc, c, index, whole=False) for c in token.children
                                   if c.dep_ in ("dobj", "obj"))), None)
    if found is None and trigger.entry.type in DEPLOYMENT_TYPES:
        found = _sent_to(token, index)
    if token.dep_ in ("dobj", "obj") and token.head.i == verb.i != token.i and verb.i in triggers \
            and not (material and _fought_at(verb)):
        # "Speaking in Geneva, the envoy condemned the strikes": where another act (the condemnation) took place says
        # nothing of where the act it is about did; but assaults repelled were made where they were repelled
        verb = token
    heads = _scene_heads(token, verb)
    if found is None and material:
        # "shelling of Shebekino has killed two residents": the bombardment that did the harm was on that place
        found = _aim_place(token, verb, index) or next(filter(None, (_bombarded(t, index) for t in [token] + [
            t for s in subjects(verb) if token.pos_ in VERB_TAGS for t in s.subtree])), None)
    if found is None:
        found = _locative(doc, heads, index, token)
        removal = material or trigger.entry.type in REMOVAL_TYPES
        found = (_finer_target(found, args, index) if removal and found is not None else None) or found
        if found is not None and material and _fineness(found, index) < 3:
            # "attacked the town of Barsalogho in Sanmatenga province", "In Segou region, gunmen abducted a
            # chief in Niono circle": the place attacked, or the object's, is the finer one
            finer = [_place_in(doc, _phrase_head(r), index, whole=False) for r in args.recipients]
            # "opened fire on tourists in the Baisaran meadow above Pahalgam, in Kashmir": where the targets were
            finer += [_target_place(r, index) for r in args.recipients]
            finer.append(_restated_from(found, index))
            finer.append(_listed_member(verb, index))
            finer.append(_locative(doc, [(t, None) for c in verb.children if c.dep_ in ("dobj", "obj", "agent")
                                         for t in c.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != token.i], index, token))
            found = _finest([found] + [f for f in finer if f is not None], index)
        if found is not None and material and _opens_clause(found, verb, index):
            # "In Kyiv, a drone hit a house in Obolon": where the target stood, said inside the scene, is finer
            # than the scene; so is where a march went ("In Java, students marched to the governor's office in
            # Surabaya")
            struck = args.recipients + [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != token.i]
            inner = [_target_place(r, index) for r in struck] + [
                _place_in(doc, c, index) for c in verb.children
                if c.dep_ == "prep" and c.lower_ in SCENE_PREPS | GOAL_PREPS and c.i > verb.i]
            found = next((t for t in inner if t is not None and t.start > found.end and t.place != found.place
                          and _fineness(t, index) >= _fineness(found, index)), found)
    if found is None and material:
        found = _position(verb, index) or _listed_member(verb, index)
    if found is None and material and verb.i == token.i:
        # "fired a missile from Yemen and struck a tanker in the Gulf of Aden": a launch aimed at what the verb joined
        # to it struck is placed where that blow fell (not "shelling on X, and fighting at Y": two acts)
        aimed = {r.i for r in args.recipients}
        found = next(filter(None, (clause_place(c, index, token) for c in token.children
                                   if c.dep_ == "conj" and c.i in triggers and _fought_at(c)
                                   and not subjects(c, passive=True)
                                   and any(o.dep_ in ("dobj", "obj") and o.i in aimed for o in c.children))), None)
    if found is None and material:
        # "shot down most of the drones over Odesa and Mykolaiv": the sky over a place, for acts of war in the air
        skies = [p for h in [t for t, _ in heads] + [t for c in verb.children if c.dep_ in ("dobj", "obj")
                                                     for t in _object_nouns(c)]
                 for p in h.children if p.dep_ == "prep" and p.lower_ in AIRSPACE_PREPS]
        found = next(filter(None, (_place_in(doc, p, index) for p in skies)), None)
        found = found and _first_listed(found, index)
    if found is None and trigger.entry.mode == "visit" and token.pos_ in VERB_TAGS:
        # "visited Noumea": the place visited stands for its host (the recipient) and is where the visit was
        found = next(filter(None, (_place_in(doc, c, index, whole=False) for c in token.children
                                   if c.dep_ in ("dobj", "obj"))), None)
    if found is None and (lemma(token) in arrival_verbs() if token.pos_ in VERB_TAGS
                          else lemma(token) in settlement_words("visit_nouns")):
        # "From Hanoi, Rubio flew to Jakarta", "cut short a visit to Riyadh": a trip takes place where it goes,
        # not where it leaves from
        found = _locative(doc, [(token, None)], index, token, GOAL_PREPS)
    if found is None and (verb.i == token.i or (token.dep_ in ("dobj", "obj") and token.head.i == verb.i)):
        found = _shared_scene(verb, index, token)  # "arrived in Hanoi and held talks": the talks' verb
    if found is None and verb.i == token.i:
        found = _purpose_scene(token, index)
    if found is None and verb.i == token.i and token.dep_ == "advcl" and token.tag_ == "VBG" \
            and token.head.pos_ in VERB_TAGS and lemma(token) not in lexicon().classes.get("result_verbs", ()) \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in token.children):
        # "beat three farmers at a checkpoint near Kaya, accusing them of ...", "launched an offensive in the
        # north, sending troops into ...": a participle of the doer's next act is done where the clause's act was
        found = clause_place(token.head, index, token)
    if found is None:
        # "The envoy, who arrived in Juba on Monday, met ...": where the doer had come to
        found = _locative(doc, [(c, None) for s in subjects(verb, passive=True) for c in s.children
                                if c.dep_ == "relcl" and lemma(c) in arrival_verbs()], index, token, PLACE_PREPS | GOAL_PREPS)
    where = verb if material else _reported_by(verb)
    if found is None and where.dep_ == "relcl" and any(lemma(c) == "where" for c in where.children):
        # "Geneva, where he told them that Iran would not negotiate": a refusal, demand or promise is made where
        # it is said (an attack reported there happened elsewhere)
        antecedent = where.head
        while antecedent.dep_ in ("appos", "conj") and antecedent.left_edge.i > 0 \
                and doc[antecedent.left_edge.i - 1].text == "," \
                and index.location(antecedent.head.idx, antecedent.head.idx + len(antecedent.head)) is not None:
            antecedent = antecedent.head  # "Dammam, Saudi Arabia, where": the first, most specific name
        found = _place_in(doc, antecedent, index, whole=False)  # "Dammam, where he held meetings"
    if found is None and where.dep_ in ("relcl", "advcl") and any(
            c.dep_ == "advmod" and lemma(c) == "where" for c in where.children):
        # "travelled on to Doha two days later, where he met the emir", "flew to Riyadh on Tuesday, where ...": the
        # parser hangs "where" on the trip or on its day, and it stands for the place the trip went to
        trip = where.head if where.dep_ == "advcl" else clause_verb(where.head)
        found = _locative(doc, [(trip, None)], index, token, GOAL_PREPS) if trip.i != where.i else None
    if found is None and where.dep_ == "relcl" and any(
            p.dep_ == "prep" and p.lower_ in SCENE_PREPS | {"during"} and any(lemma(o) == "which" for o in p.children)
            for p in where.children):
        # "a demonstration in New York in which he urged soldiers to disobey": said at the gathering, where it was
        found = _locative(doc, [(where.head, None)], index, token)
    if found is None and destination is not None:
        found = _place_in(doc, destination, index, whole=False)
    if found is None:
        # "ordered residents to leave Rafah": the place the parties are made to leave
        found = next(filter(None, (_place_in(doc, o, index, whole=False) for c in token.children
                                   if c.dep_ == "xcomp" and lemma(c) in displacement
                                   for o in c.children if o.dep_ in ("dobj", "obj"))), None)
    if found is None and (material or trigger.entry.type in RECEIVING_TYPES):
        # "a school in Rafah" was hit there; "60,000 people in the Bulengo camp" were given food there; a site
        # beside a party struck is where
        found = next(filter(None, (_target_place(r, index) for r in args.recipients + args.sites)), None)
    if found is None and material:
        # "strikes were delivered on areas where enemy units had gathered in the Kharkiv region": where the
        # ground aimed at lies
        found = _locative(doc, [(r, None) for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
                                for o in p.children if o.dep_ == "pobj" for r in o.children
                                if r.dep_ == "relcl" and any(lemma(c) == "where" for c in r.children)], index, token)
    if found is None and (material or trigger.entry.type in RECEIVING_TYPES):
        # "ambushed a bus travelling near Kadugli", "fired on a crowd gathered outside the town hall in Bafoussam",
        # "detained students who blocked roads in Tbilisi": where the
        # target was, doing what it did then (not "who had fought in Syria"); "treat a man who was shot in
        # Kitengela": the wounded are cared for where they were hurt; where they had long stood or sheltered ("evacuated
        # soldiers who had sheltered in UN bases in Goma"); also said of the target's appositive ("stormed
        # the headquarters of the 6th Division, the last garrison the army still held in Kadugli")
        found = _locative(doc, [(c, None) for r in args.recipients for h in _with_appositives(_phrase_head(r))
                                for c in h.children
                                if (c.dep_ == "acl" and (c.tag_ == "VBG" or lemma(c) in POSITIONED)) or (
                                    c.dep_ == "relcl" and (c.tag_ in ("VBD", "VBG") or c.tag_ == "VBN" and any(
                                        a.dep_ == "auxpass" and a.tag_ == "VBD" or a.dep_ == "nsubj" for a in c.children))
                                    and not any(a.dep_ == "aux" and a.lemma_ in ("have", "will") for a in c.children)
                                    or c.dep_ == "relcl" and lemma(c) in POSITIONED)],
                          index, token)
    if found is None and material:
        # "shot dead two men as they drove through central Maputo", "fired tear gas at him as he spoke to the press in
        # Maputo": a clause of the same moment says where the act was
        moment = [(t, None) for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in SIMULTANEOUS for m in c.children) for t in c.subtree
            if t.pos_ in ("VERB", "NOUN")]
        found = _locative(doc, moment, index, token, PLACE_PREPS | ROUTE_PREPS)
        # "were injured while reporting from Freedom Square": a street or square one acts from is where one stands
        spot = None if found is not None else _locative(doc, moment, index, token, frozenset({"from"}))
        found = found or (spot if spot is not None and _street_spot(spot) else None)
    if found is None and material and token.pos_ in VERB_TAGS:
        # "seized Paletwa, a township": the ground taken, though no party
        found = next(filter(None, (_place_in(doc, c, index, whole=False) for c in token.children
                                   if c.dep_ in ("dobj", "obj"))), None)
    if found is None and (material or trigger.entry.type in REMOVAL_TYPES) and token.pos_ in VERB_TAGS:
        found = _taken_antecedent(token, index)
    if found is None:
        found = _locative(doc, [(t, None) for c in verb.children if c.dep_ in ("dobj", "obj") for t in _object_nouns(c)
                                if t.i != token.i], index, token)
    if found is None:
        # "detained by security forces in Tehran": where the doers were
        # "members of a gang in the Bel Air area killed": where the group the doers belong to is; doers found
        # in an earlier sentence ("The strikes hit ...") say nothing of where this act was
        here = [a for a in args.actors if a.sent.start == token.sent.start]
        found = _locative(doc, [(a, None) for a in here] + [(o, None) for a in here for p in a.children
                                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"],
                          index, token) or _home_town(here, index)
    if found is None:
        # "A summit of the two blocs in Nairobi called for a ceasefire": what a meeting or a body's session does, it
        # does where it sits (also when the parse hangs the verb on the noun: "summit ... called")
        sitting = [s for s in subjects(verb) if s.i in triggers and s.i != token.i]
        sitting += [verb.head] if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i in triggers else []
        found = _locative(doc, [(h, None) for s in sitting for h in [s] + [
            o for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]],
            index, token)
    if found is None and trigger.entry.type in RECEIVING_TYPES:
        # "MSF, which runs the clinic in Tawila, has treated 100 wounded": those who give care or aid give it
        # where they work, which a relative clause in the present says
        works = [c for a in args.actors if a.sent.start == token.sent.start
                 for c in _own_relatives(a) if c.tag_ in ("VBZ", "VBP")]
        found = _locative(doc, [(h, None) for c in works for h in [c] + [
            t for o in c.children if o.dep_ in ("dobj", "obj") for t in _object_nouns(o)]], index, token)
    if found is None and token.pos_ in VERB_TAGS and (material or trigger.entry.type in REMOVAL_TYPES | RECEIVING_TYPES):
        # "protesters were dispersed from the avenue", "freed hostages from a camp", "evacuated the wounded from
        # Goma", "pulled survivors from the rubble of buildings in Tehran": the place a removal or a rescue was
        # from (not a country, which says whose: "expelled from Russia")
        # "pulled out of Kherson": "out of" is "from"
        found = _locative(doc, [(token, None)], index, token, SOURCE_PREPS) or _locative(
            doc, [(c, None) for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"],
            index, token, frozenset({"of"}))
        # (but a country a state pulls its own troops out of is where they withdrew: "pulled its troops out of
        # Lebanon")
        found = None if found is not None and _kind(found, index) == "country" and not own_forces_moved(token) else found
    if found is None:
        found = _fronted_setting(verb, index) or _item_label(token, index)
    if found is None:
        found = _there(token, verb, index)
    if found is None:
        found = _settlement_again(verb, index)
    if found is None and (material or trigger.entry.type in REMOVAL_TYPES):
        found = _site_again(verb, index)
    if found is not None:
        return _placed_place(found, trigger, verb, index)
    # an event noun's own phrase ("the Gaza talks") is no place of it; a verb's whole clause may be
    excluded = [_subtree_range(t) for t in args.actors + args.recipients] + ([] if token.pos_ in VERB_TAGS else [np_span(token)])
    lo, hi = _clause_range(verb)
    owner = None
    for loc in index.locations.overlapping(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
        tok = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if tok is None or any(a <= tok.start < b for a, b in excluded) or not _in_clause(tok.root, verb) \
                or index._owner_or_party(loc) or index.in_dateline(loc.start) or _origin(tok.root) \
                or any(a.dep_ == "prep" and _absolute_with(a) for a in tok.root.ancestors):
            continue  # (nor the third party of "with Oman mediating")
        if _owner(loc, index) and owner is None:
            owner = loc  # "in Si Sa Ket's Kantharalak district": the district it holds, if that follows
            continue
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return Location(text=owner.text, start=owner.start, end=owner.end, place=owner.place) if owner else None


def _taken_antecedent(token: Token, index: Index) -> Optional[Location]:
    """The ground a relative clause with no object of its own took or left ("Goma, the provincial capital they
    captured in January", "Rubaya, the mining area in Masisi territory that the rebels seized"): the noun it
    describes, or the name that noun is set beside, is the place."""
    if token.dep_ != "relcl" or any(c.dep_ in ("dobj", "obj") and c.tag_ not in ("WDT", "WP") for c in token.children):
        return None
    described = token.head
    while described.dep_ == "pobj" and described.head.lower_ in SCENE_PREPS and described.head.head.pos_ in ("NOUN", "PROPN"):
        described = described.head.head  # "the mining area in Masisi territory that M23 seized": the area
    while described.dep_ == "appos" and described.head.i != described.i:
        described = described.head
    return _place_in(index.doc, described, index, whole=False)


def _own_relatives(noun: Token) -> list[Token]:
    """The relative clauses of a party's own phrase, also one the parse hung on a word of its name ("Doctors
    Without Borders, which runs ..."), not those nested in another clause."""
    found = []
    for token in noun.subtree:
        if token.dep_ == "relcl" and not any(t.dep_ in CLAUSE_DEPS for t in token.head.ancestors
                                             if noun.is_ancestor(t)) and token.head.dep_ not in CLAUSE_DEPS:
            found.append(token)
    return found


def _reported_by(verb: Token) -> Token:
    """The verb of saying a reported clause hangs on ("where he told them that Iran would not negotiate"), else the
    verb itself."""
    said = verb
    while said.dep_ in ("ccomp", "conj") and said.head.pos_ in VERB_TAGS and said.head.i != said.i:
        said = said.head
    return said


def _there(token: Token, verb: Token, index: Index) -> Optional[Location]:
    """"At a press conference there he called for ...", "talks there": "there" says the place last named before it,
    in its sentence or the one before."""
    heads = [verb, token] + [o for h in (verb, token) for p in h.children if p.dep_ == "prep" for o in p.children
                             if o.dep_ == "pobj"]
    there = next((c for h in heads for c in h.children if c.lower_ == "there" and c.dep_ == "advmod"), None)
    if there is None:
        return None
    sent = there.sent
    before = sent.start - 1
    start = token.doc[before].sent.start_char if before >= 0 else sent.start_char
    named = [loc for loc in index.locations.overlapping(start, there.idx)
             if loc.end <= there.idx and not index.in_dateline(loc.start)]
    last = max(named, key=lambda loc: loc.start, default=None)
    return Location(text=last.text, start=last.start, end=last.end, place=last.place) if last is not None else None


def _sent_to(token: Token, index: Index) -> Optional[Location]:
    """Where forces were sent ("deployed more officers to Kurmi", "the deployment of Russian troops to Belarus"), or
    the ground they were sent to work ("were deployed to search the forests around Kurmi"): a mobilization takes
    place where the forces go, not where the order was given."""
    heads = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
    heads += [o for h in list(heads) for o in h.children if o.dep_ in ("dobj", "obj")]
    found = _locative(index.doc, [(h, None) for h in heads], index, token, GOAL_PREPS)
    if found is not None or token.pos_ not in VERB_TAGS:
        return found
    tasks = [c for c in token.children if c.dep_ in ("xcomp", "advcl") and _purpose(c) or c.dep_ == "xcomp"]
    return _locative(index.doc, [(h, None) for c in tasks for h in [c] + [
        t for o in c.children if o.dep_ in ("dobj", "obj") for t in _object_nouns(o)]], index, token, SCENE_PREPS)


def _placed_place(found: Location, trigger: Trigger, verb: Token, index: Index) -> Optional[Location]:
    """The place found, as news reports it: the first of a list said together, the ground an act took rather than
    the town it lies a bearing from, and none for a country that is only the act's target."""
    found = _ground_by_bearing(found, trigger, verb, index) or _named_before(found, index) or _first_listed(found, index)
    return None if _target_country(found, trigger, index) else found


def _named_before(found: Location, index: Index) -> Optional[Location]:
    """The name set off by commas before the "in" phrase that holds the place found ("stormed the Government Day
    School, Kurmi, in Bakori Local Government Area of Katsina State", "at Tunga, Gidan Bako, in Kauru"): news
    names the village or quarter first and then says where it lies, so the first name of the run is where; not a
    building's own name ("the Central Market,") nor a party's."""
    doc = index.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span.root
    while True:  # up to the phrase's noun: "in Agwara Local Government Area of Niger State"
        while name.dep_ in ("compound", "amod") and name.head.i != name.i:
            name = name.head
        if name.dep_ != "pobj" or name.head.lower_ != "of" or name.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        name = name.head.head
    if name.dep_ != "pobj" or name.head.lower_ != "in" or name.head.i < 2 or doc[name.head.i - 1].text != ",":
        return None
    facilities = settlement_words("facility_nouns")
    first, comma = None, name.head.i - 1
    while comma >= 1 and lemma(doc[comma - 1]) not in facilities:
        k = comma
        while k > 0 and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper()
                         or doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and k - 1 > 0):
            k -= 1
        if k == comma or doc[k].text == "-":
            break
        first = doc[k:comma]
        if k < 2 or doc[k - 1].text != ",":
            break
        comma = k - 1
    if first is None or first.start < 2:
        return None
    opener = doc[first.start - 1]  # the run sits where a place goes: "at Tunga", "the Central Market, Dogo"
    if not (opener.pos_ == "ADP" and opener.lower_ in SCENE_PREPS | AIRSPACE_PREPS
            or opener.text == "," and lemma(doc[first.start - 2]) in facilities):
        return None
    mention = index.mention(first.start_char, first.end_char, first[-1])
    if mention is not None and not LOCAL_ID.fullmatch(mention.actor):
        return None
    loc = index.location(first.start_char, first.end_char)
    if loc is not None and loc.start == first.start_char:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return Location(text=first.text, start=first.start_char, end=first.end_char, place=None)


def _first_listed(found: Location, index: Index) -> Location:
    """The first name of a list of places after a preposition ("over Kyiv, Sumy and Poltava oblasts", "the
    consulates in Kisumu and Mombasa"): an act over several places is reported under the first named."""
    doc = index.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return found
    first, i = found, span.start
    while i >= 2 and doc[i - 1].lower_ in settlement_words("list_joins"):
        j = i - 1 if doc[i - 1].text != "," and doc[i - 2].text == "," else i  # "A, B, and C"
        if j < 2:
            break
        last = doc[j - 2]
        if last.pos_ != "PROPN" or not last.text[:1].isupper():
            break
        k = last.i
        while k > 0 and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() or doc[k - 1].text == "-"):
            k -= 1
        item = index.location(doc[k].idx, last.idx + len(last))
        if item is None or item.end <= doc[k].idx:
            break
        first, i = Location(text=item.text, start=item.start, end=item.end, place=item.place), k
    opener = doc[i - 1] if i else None
    if opener is not None and opener.lower_ == "the" and i > 1:
        opener = doc[i - 2]
    return first if first is not found and opener is not None and opener.pos_ == "ADP" else found


def _ground_by_bearing(found: Location, trigger: Trigger, verb: Token, index: Index) -> Optional[Location]:
    """The ground an act of material conflict took or struck, when the place found is only the town it lies a
    bearing from ("captured Taftanaz and Saraqib on the highway south of Aleppo", "seized Kafr Nabl, north of
    Hama", "took Kavumu airport, north of Bukavu"): the town is a landmark to measure from, the ground is where."""
    if trigger.entry.type not in MATERIAL_CONFLICT:
        return None
    doc = index.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span) or span.start < 2:
        return None
    of = doc[span.start - 1] if doc[span.start - 1].lower_ == "of" else None
    if of is not None and span.start >= 5 and lemma(doc[span.start - 2]) in settlement_words("settlement_nouns") \
            and doc[span.start - 3].lower_ == "the" and doc[span.start - 4].lower_ == "of":
        of = doc[span.start - 4]  # "west of the city of Nyala"
    if of is None or of.i < 1 or doc[of.i - 1].lower_ not in bearings():
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < of.i):
        name = [t for t in doc[obj.left_edge.i:obj.i + 1] if t.pos_ == "PROPN"]
        mention = index.mention(obj.idx, obj.idx + len(obj), obj)
        named_site = obj.pos_ == "NOUN" and lemma(obj) in settlement_words("facility_nouns")  # "took Kavumu airport"
        if not name or obj.pos_ != "PROPN" and not named_site or mention is not None and mention.actor \
                and not LOCAL_ID.fullmatch(mention.actor) and index.location(obj.idx, obj.idx + len(obj)) is None:
            continue  # "attacked Hamas north of Gaza": a party, not ground
        if any(t.lower_.rsplit("-", 1)[-1] in settlement_words("vessel_marks")
               or t.is_lower and lemma(t) in settlement_words("vessel_nouns") for t in doc[obj.left_edge.i:obj.i]):
            continue  # "struck the Barbados-flagged True Confidence 54 miles southwest of Aden": a ship, at sea
        start, end = name[0].idx, obj.idx + len(obj)
        loc = index.location(start, end)
        ground = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place) if loc is not None \
            else Location(text=index.text[start:end], start=start, end=end, place=None)
        return ground
    return None


def _target_country(found: Location, trigger: Trigger, index: Index) -> bool:
    """A country named only as what the act was aimed at ("Israel struck Iran", "strikes on Iran"): a target, not
    where; but "in Iran", "across Iran", a part of it and ground entered or occupied are places."""
    if _kind(found, index) != "country" or trigger.entry.type not in MATERIAL_CONFLICT:
        return False  # (a country visited is where the visit was)
    span = index.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    name = span.root
    if any(c.dep_ == "amod" for c in name.children):
        return False  # "hit central and southern Israel": a part of the country, where
    if name.dep_ in ("dobj", "obj"):
        return lemma(name.head) not in settlement_words("ground_verbs")
    return name.dep_ == "pobj" and name.head.lower_ in settlement_words("target_prepositions")


def _fought_at(verb: Token) -> bool:
    """The verb is only ever an act of material conflict ("repelled 20 assaults", "launched strikes"): the act it
    does to an attack is done at the same place."""
    types = {e.type for e in lexicon().entries.get((lemma(verb), "VERB"), [])}
    return bool(types) and types <= MATERIAL_CONFLICT


def _scene_heads(token: Token, verb: Token) -> list[tuple[Token, Optional[int]]]:
    """The words whose locative phrases may say where the act of `token` (in the clause of `verb`) took place, for
    `_locative`: each with a bound, the index of an outer clause's verb that only its phrases before may place it
    ("In Jerusalem, X met Y and convened Z"), or None."""
    heads = [(token, None)] if verb.i == token.i else [(token, None), (verb, None)]
    # "setting a unit ablaze at the refinery": a phrase of the verb's secondary predicate
    heads += [(c, None) for c in token.children if c.dep_ in ("oprd", "acomp")]
    # "strikes that killed 20 and damaged a hospital in Kyiv": the noun's relative clause tells the act
    heads += [(v, None) for c in token.children if c.dep_ == "relcl" for v in with_conjuncts(c)]
    # "talks held in Geneva", "Talks on a truce opened in Doha" (a sentence with no verb of its own but the one the
    # parse hung on the noun's phrase): the verb said of the event noun tells where it was
    described = list(token.subtree) if token.dep_ == "ROOT" and token.pos_ == "NOUN" else [token]
    heads += [(c, None) for t in described for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
    heads += [(c, None) for c in verb.children if c.dep_ == "npadvmod"]  # "Today in Jerusalem, ..."
    if verb.i == token.i and not any(c.dep_ in ("dobj", "obj") for c in token.children):
        # "rammed and boarded two boats near Pagasa Reef", "were attacked and sunk in the Red Sea": the object and
        # the place the parse gives the second verb are the first's too, when the first says nothing after itself
        bare = all(c.dep_ in ("cc", "conj", "punct") for c in token.rights)
        heads += [(c, None) for c in token.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS
                  and not subjects(c, passive=True) and (bare or any(d.dep_ in ("dobj", "obj") for d in c.children))]
    outer, steps = verb, 0
    while outer.dep_ == "conj" and steps < 3:
        outer, steps = outer.head, steps + 1
        heads.append((outer, outer.i))
        heads += [(c, outer.i) for c in outer.children if c.dep_ == "npadvmod"]
    # "Zelensky, speaking in Warsaw, urged": a participle that says where the doer was
    heads += [(c, None) for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
              and not any(m.dep_ == "mark" for m in c.children)]  # but "a day after he was arrested at X"
    heads += [(c, None) for s in subjects(verb, passive=True) for c in s.children
              if c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")]
    # "shot dead 26 people, most of them tourists, in a meadow outside X": the parse may hang the clause's phrase on a
    # verbless aside about the victims
    heads += [(c, None) for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN")]
    return heads


AIRSPACE_PREPS = settlement_words("airspace_preps")
POSITIONED = settlement_words("positioned_participles")
ROUTE_PREPS = frozenset(WORDS["route_prepositions"])
SIMULTANEOUS = frozenset(WORDS["simultaneous_markers"])
DESCRIPTIONS = {"appos", "relcl", "acl"}
POSSESSIVE = re.compile(r"['’]s?$")  # a name's possessive ending: "Surin's", "Idlib’s"
POSSESSIVE_AFTER = re.compile(r"['’]s\b|['’](?=\s)")  # the same ending right after a name the tagger left it off


def _bombarded(token: Token, index: Index) -> Optional[Location]:
    """The place an act named by a noun of bombardment or siege was on ("Ukrainian shelling of Shebekino", "the
    siege of Mariupol": data/settlements.yaml `place_nouns`)."""
    if token.lower_ not in settlement_words("place_nouns"):  # the tagger may call "shelling" a verb
        return None
    return next(filter(None, (_place_in(token.doc, p, index) for p in token.children
                              if p.dep_ == "prep" and p.lower_ == "of")), None)


def clause_place(verb: Token, index: Index, trigger: Token) -> Optional[Location]:
    """Where a clause says its act fell: a locative phrase of its verb or of its object ("hit a block *in
    Kharkiv*")."""
    heads = [verb] + [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in _object_nouns(c)]
    return _locative(index.doc, [(h, None) for h in heads], index, trigger)


def _object_nouns(obj: Token) -> list[Token]:
    """The nouns of an object's phrase whose places may say where the act was ("a strike on a school in
    Rafah"), without those of a description ("the mandate of UNIFIL, *the force in southern Lebanon*",
    "the town, *which lies in the north*"): these say where the thing is or was, not the act."""
    found, stack = [], [obj]
    while stack:
        t = stack.pop()
        found += [t] if t.pos_ in ("NOUN", "PROPN") else []
        # but "a truck *carrying aid near Kutum*": where the thing was going on when it was hit
        stack.extend(c for c in t.children if c.dep_ not in DESCRIPTIONS or c.dep_ == "acl" and c.tag_ == "VBG")
    return sorted(found, key=lambda t: t.i)


def _finer_target(found: Location, args: Arguments, index: Index) -> Optional[Location]:
    """A place attacked or left just before the phrase that placed the act ("attacked the village of Um
    Sayala in Al Qadarif State", "withdrew from the town of Kidal in northern Mali"): the finer place."""
    doc = index.doc
    for r in args.recipients:
        lo, hi = np_span(r)
        if hi < len(doc) and doc[hi].lower_ == "in" and doc[hi + 1:hi + 2] and doc[hi + 1].idx <= found.start:
            target = _settlement_name(r, index) or _place_in(doc, r, index, whole=False)
            if target is not None and target.end <= doc[hi].idx and not _facility(target, index):
                return target
    return None


def _target_place(recipient: Token, index: Index) -> Optional[Location]:
    """Where a target is: the settlement it names ("the village of Wad Kamil", though the gazetteer lacks
    it and the tagger took it for a person), else the first place in its phrase ("a school in Rafah") or in
    the phrase of an item listed with it."""
    head = _phrase_head(recipient)
    found = _settlement_name(recipient, index) or _place_in(index.doc, head, index) or next(
        filter(None, (_place_in(index.doc, t, index) for t in _listed_after(head))), None)
    span = index.doc.char_span(found.start, found.end, alignment_mode="expand") if found is not None else None
    if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SOURCE_PREPS \
            and lemma(span.root.head.head) in lexicon().classes.get("parties", ()):
        return None  # "a sailor from Ghana": where the target came from (not "the road from Tyre to Naqoura")
    if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
            and lemma(span.root.head.head) in settlement_words("nationality_nouns"):
        return None  # "one citizen of Nepal": whose the target is, not where
    return found


def _with_appositives(noun: Token) -> list[Token]:
    """The noun and the nouns set beside it that restate it ("the 6th Division, the last garrison ...")."""
    return [noun] + [c for c in noun.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]


def _listed_after(token: Token) -> list[Token]:
    """The items listed after a noun ("two launchers, a drone boat and a vessel in rebel-held areas of X"):
    a place said after the last holds for the whole list."""
    found, stack = [], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("conj", "appos") and child.pos_ in ("NOUN", "PROPN"):
                found.append(child)
                stack.append(child)
    return found


def _settlement_name(token: Token, index: Index) -> Optional[Location]:
    """The name in "the village of X", "the town of X" (the token is X) or "the Jebel Marra area", "Shan
    State", "Guma local government area" (the token is the noun; the parser may hang the name as a modifier
    of the noun phrase) as a place, resolved or not."""
    nouns = settlement_words("settlement_nouns")
    names = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.text[:1].isupper() and c.i < token.i]
    if lemma(token) in nouns and names and not numbered_unit(token):
        # "Kessa State", "Shan State": a level word written with a capital is part of the name
        lo, hi = names[0].left_edge.i, (token.i if token.text[:1].isupper() else names[-1].i) + 1
    elif _of_settlement(token, nouns):
        lo, hi = np_span(token)
    else:
        return None
    start, end = index.doc[lo].idx, index.doc[hi - 1].idx + len(index.doc[hi - 1])
    loc = index.location(start, end)
    mention = index.mention(start, end, index.doc[hi - 1])
    if loc is None and mention is not None and mention.actor and not LOCAL_ID.fullmatch(mention.actor):
        return None  # "struck PKK camps in Qandil": the camps' owner, a party, is no name of a place
    return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place) if loc is not None \
        else Location(text=index.text[start:end], start=start, end=end, place=None)


def _town_after(span: Span, index: Index) -> Optional[Location]:
    """The town named right after a building's name ("the East Hospital *in Nyala*"); not a country, which the
    building says more finely ("Al Udeid Air Base in Qatar")."""
    doc = span.doc
    prep = doc[span.end] if span.end < len(doc) else None
    where = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None and prep.lower_ == "in" else None
    if where is None:
        return None
    lo, hi = np_span(where)
    town = index.location(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
    return town if town is not None and _kind(town, index) != "country" else None


def _body_around(loc: Location, index: Index) -> Optional[Span]:
    """The institution or building whose name the tagger read with the place inside it ("the Seoul Detention
    Center", "the Lagos State University"), if any."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    ent = entity_of(span[0]) if span is not None and len(span) else None
    if ent is None or ent.label_ not in ("ORG", "FAC") or ent.end_char <= loc.end:
        return None
    return ent


def _facility(loc: Location, index: Index) -> bool:
    """A building or ground named as a place ("the East Hospital"): it is in a town, not one."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and lemma(span.root) in settlement_words("facility_nouns")


def _origin(token: Token) -> bool:
    """The name says where a traveller came from ("From Hanoi, Rubio flew to Jakarta", "returned from
    Ankara"), which is not where the trip took place; but "From Washington, Blinken backed the count" says
    where he spoke; nor does "killing a crew member from the Philippines", where the victim came from."""
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in SOURCE_PREPS and (
        lemma(token.head.head) in arrival_verbs() or lemma(token.head.head) in lexicon().classes.get("result_verbs", ()))


def _fronted_setting(verb: Token, index: Index) -> Optional[Location]:
    """A town set in a phrase that opens the clause ("During his visit to Beijing, the chancellor met Xi",
    "On the sidelines of the summit in Rio, Biden met Xi", "In a statement issued in Geneva, the office
    condemned"): where the clause's act took place; not a phrase of another time ("After talks in Doha")."""
    subject = next(iter(subjects(verb, passive=True)), None)
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.lower_ in TIME_PREPS or subject is None or phrase.i > subject.i:
            continue
        for loc in index.locations.overlapping(index.doc[phrase.left_edge.i].idx,
                                               index.doc[phrase.right_edge.i].idx + 1):
            span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
            root = _phrase_head(span.root) if span is not None and len(span) else None
            if root is None or root.dep_ != "pobj" or _kind(loc, index) not in ("city", "site"):
                continue
            if root.head.lower_ in ("in", "at") or (root.head.lower_ == "to" and lemma(root.head.head) in settlement_words("visit_nouns")):
                return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _item_label(token: Token, index: Index) -> Optional[Location]:
    """The place that labels the line of a feed post or list item ("Kherson: 12 servicemen killed", "• Zaporizhzhia:
    Russian forces shelled 8 settlements"): where the line's acts were."""
    for label in index.item_labels:
        if label.end <= token.i and "\n" not in index.text[label.start_char:token.idx]:
            loc = index.location(label.start_char, label.end_char)
            if loc is not None:
                return loc
    return None


def _opens_clause(loc: Location, verb: Token, index: Index) -> bool:
    """The place is named in a phrase of the verb before its subject ("In Kyiv, a drone hit ...")."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    name = span.root
    while name.dep_ in ("compound", "appos", "conj") and name.head.i != name.i:
        name = name.head
    subject = next(iter(subjects(verb, passive=True)), None)
    return name.dep_ == "pobj" and name.head.head.i == verb.i and subject is not None and name.i < subject.i


def _settlement_again(verb: Token, index: Index) -> Optional[Location]:
    """A town or village said again by its kind ("entered El Plateado, a village in Cauca ... attacked the troops
    at *the village's* edge", "in the town", "on the eastern edge of the town", "in the western quarters of the
    city", "rebels entered the city"): the last place before it in its paragraph that was called that kind ("X, a
    village", "the village of X"), else the last town named before it there, or in the paragraph before when its
    own names no place yet ("... reached Goma.\n\nFighting went on in the western quarters of the city"): where
    the act was. Not "outside the town": near, not in it."""
    doc = index.doc
    kinds = settlement_words("settlement_kinds")
    lo, hi = _clause_range(verb)
    for token in doc[lo:hi]:
        slot = _inside_settlement(token, verb)
        if slot is None:
            continue
        noun = next((t for t in [token] + [c for c in token.children if c.dep_ == "poss"]
                     if lemma(t) in kinds and any(c.lower_ == "the" for c in t.children)
                     and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in t.children)), None)
        if noun is None or not _in_clause(slot, verb):
            continue
        start = index.text.rfind("\n\n", 0, noun.idx) + 1
        if start > 1 and not any(not index.in_dateline(loc.start)
                                 for loc in index.locations.overlapping(start, noun.idx)):
            start = index.text.rfind("\n\n", 0, start - 2) + 1
        first = doc.char_span(start, noun.idx, alignment_mode="expand")
        named = list(_named_settlements(first, index)) if first is not None else []
        earlier = [loc for loc in list(index.locations) + named if start <= loc.start < noun.idx
                   and not index.in_dateline(loc.start)]
        # the one introduced as that kind ("X, a village"), else the last town said before it ("Fighting raged in
        # Wad Kamil, and a drone hit a house on the town's northern edge")
        called = [loc for loc in earlier if _called(loc, lemma(noun), index)] \
            or [loc for loc in earlier if _kind(loc, index) == "city"][-1:]
        if called:
            loc = max(called, key=lambda c: c.start)
            return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _inside_settlement(token: Token, verb: Token) -> Optional[Token]:
    """The noun whose slot puts the act inside what the token names: the token itself "in the town", "on the
    town's southern edge", or as the ground a verb only ground takes ("entered the city": data/settlements.yaml
    `ground_verbs`); the part of it a phrase names ("on the eastern edge of the town", "in the western quarters of
    the city"), or the town a bearing is taken from ("west of the town"). None for another slot ("outside the
    town": near, not in it)."""
    if token.dep_ in ("dobj", "obj") and token.head.i == verb.i:
        # "hit the city's power stations": a thing the town owns stands in it; not "met the town's mayor"
        owned = token.pos_ == "NOUN" and not token.ent_type_ and any(
            c.dep_ == "poss" and lemma(c) in settlement_words("settlement_kinds") for c in token.children)
        return token if lemma(verb) in settlement_words("ground_verbs") or owned else None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in bearings():
        return token.head.head  # "massing to the west of the city": the town a bearing is taken from, as a name
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # the part of the town: the preposition before it says whether it is in the town
    inside = token.dep_ == "pobj" and (token.head.lower_ in ("in", "at", "inside")
                                       or token.head.lower_ == "on" and token.lower_ in settlement_words("fringe_nouns"))
    return token if inside else None


SITE_LOOKBACK = 400


def _site_again(verb: Token, index: Index) -> Optional[Location]:
    """A building or post said again by its noun alone, as the act's object or place ("Soldiers surrounded *the
    church*", "fired at a tower at *the same base*", "in the vicinity of *the base*"): the place said with it
    before ("cornered the gunmen in a church in Bamenda", "the army base in Kidal"). A verb joined to another
    with no subject of its own acts there too ("surrounded the church and exchanged fire")."""
    doc = index.doc
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in VERB_TAGS \
            and not subjects(first, passive=True):
        first = first.head
    facilities = settlement_words("facility_nouns")
    for clause in dict.fromkeys([verb, first]):
        lo, hi = _clause_range(clause)
        for token in doc[lo:hi]:
            if token.pos_ != "NOUN" or lemma(token) not in facilities or not _said_again(token) \
                    or not (token.dep_ in ("dobj", "obj") and token.head.i == clause.i or _scene_noun(token)):
                continue
            for before in reversed(doc[max(0, token.i - SITE_LOOKBACK):token.i]):
                named = before.lower_ == token.lower_ and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                              for c in before.children)
                if not named and (before.pos_ not in ("NOUN", "PROPN") or lemma(before) != lemma(token)):
                    continue
                # "the Kerem Shalom crossing", "Villamor Air Base": a name ending in the noun (whatever the tagger
                # took the noun for) is the site
                found = _target_place(before, index) if before.pos_ == "NOUN" else None
                found = found or (_named_site(before, index) if named or before.pos_ == "PROPN" else None)
                if found is not None and found.end <= token.idx and _kind(found, index) != "country":
                    return found
    return None


def _named_site(name: Token, index: Index) -> Optional[Location]:
    """The site whose name ends in the word ("flown to Camp Bagong Diwa Air Base ... around the base"): a building or
    ground named once is said again by its last word; one named with its village ("the Central Market, Dogo,") is
    in that village."""
    doc = index.doc
    town = None
    if name.i + 3 < len(doc) and doc[name.i + 1].text == "," and doc[name.i + 2].pos_ == "PROPN":
        k = name.i + 2
        while k + 1 < len(doc) and (doc[k + 1].pos_ == "PROPN" or doc[k + 1].text == "-" and not doc[k].whitespace_):
            k += 1
        town = doc[k] if k + 1 < len(doc) and doc[k + 1].text == "," and doc[k].text[:1].isupper() else None
    if town is not None:
        lo = name.i + 2
        name = town
    else:
        lo = name.left_edge.i + (doc[name.left_edge.i].dep_ == "det")
    start, end = doc[lo].idx, name.idx + len(name)
    loc = index.location(start, end)
    if loc is not None and loc.start < end <= loc.end:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    if (lo >= name.i and town is None) or not all(t.text[:1].isupper() or t.text == "-" for t in doc[lo:name.i + 1]):
        return None
    return Location(text=index.text[start:end], start=start, end=end, place=None)


def _said_again(noun: Token) -> bool:
    """A definite noun with no name or place of its own ("the church", "its headquarters", "the same base"; not
    "the Istiqlal mosque", "the hospital in Kyiv")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    named = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in noun.children)
    placed = any(c.dep_ == "prep" and c.lower_ in SCENE_PREPS for c in noun.children)
    return definite and not named and not placed


def _scene_noun(noun: Token) -> bool:
    """The noun says where ("at the base", "in the vicinity of the base")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the vicinity of X", "on the outskirts of X"
    return prep.lower_ in SCENE_PREPS


def _called(loc: Location, kind: str, index: Index) -> bool:
    """The place was introduced as a settlement of that kind: "El Plateado, a village ...", "the village of X"."""
    after = index.text[loc.end:loc.end + len(kind) + 6].lower()
    before = index.text[max(0, loc.start - len(kind) - 4):loc.start].lower()
    return after.startswith((f", a {kind}", f", the {kind}")) or before.endswith(f"{kind} of ")


def _home_town(actors: list[Token], index: Index) -> Optional[Location]:
    """A doer named by its town ("a Lyon court ruled", "Basra police said"): where it acts."""
    for actor in actors:
        for child in actor.children:
            if child.dep_ == "compound" and child.i < actor.i:
                loc = index.location(child.idx, child.idx + len(child))
                if loc is not None and _kind(loc, index) == "city":
                    return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _shared_scene(verb: Token, index: Index, trigger: Token) -> Optional[Location]:
    """A verb coordinated after another with no subject of its own, or told as its next step ("then called
    on"), acts where the first one did ("rallied in Lima and called for a strike"), or where the first one
    went ("flew to Hanoi and signed a pact")."""
    then = verb.dep_ in ("advcl", "dep") and (any(c.lower_ == "then" for c in verb.children)
                                             or (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "then"))
    if (verb.dep_ != "conj" and not then) or subjects(verb, passive=True):
        return None  # "arrived in Hanoi, then called on the president": the next step of the same trip
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ not in VERB_TAGS:
        return None
    preps = PLACE_PREPS | ({"to"} if lemma(first) in arrival_verbs() else frozenset())
    # "stormed a post in Kalat district and killed seven soldiers", "attacked the village of X in Y State and
    # killed ...": where the first act's object was, the finest place said of it
    return _locative(trigger.doc, [(first, None)], index, trigger, preps) or _finest(
        [f for f in [clause_place(first, index, trigger)] + [_target_place(o, index) for o in first.children
                                                              if o.dep_ in ("dobj", "obj")] if f is not None], index)


def _purpose_scene(verb: Token, index: Index) -> Optional[Location]:
    """An infinitive of purpose with no subject of its own is done where the clause it serves puts its doers
    ("gathered in Accra to sign the pact", "are due back in Doha next month to negotiate"): the place said of the
    clause's verb, or of the word of coming or being due that the infinitive hangs on."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    head = verb.head
    heads = [head] + [c for c in head.children if c.dep_ in ("acomp", "advmod") and c.i < verb.i]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "advmod" and c.i < verb.i]
    return _locative(index.doc, [(h, None) for h in heads], index, verb, SCENE_PREPS)


def sentence_place(sent: Span, events: list[tuple[Token, Event]], index: Index, reporting: frozenset) -> None:
    """Where the sentence says its events happened when they found no place of their own: a fronted
    "In X," sets the scene of the whole sentence (also when the parse loses it: "In Kryvyi Rih, a strike
    on an industrial site killed ten people"); else the one town or site the sentence names in a phrase
    of place of a clause ("leaders gathering in Washington were expected to announce aid"). Only for
    events told in the same scene: not in another report, an earlier or later time ("after the strike
    on X"), a purpose or a topic ("to discuss the deployment", "the file of negotiations"), another
    coordinated clause, nor an event that another one is about ("condemned the strikes")."""
    places = _sentence_places(sent, events, index)
    fronted = [(loc, root) for loc, root in places if _fronted(root, sent)]
    towns = [(loc, root) for loc, root in places if _kind(loc, index) in ("city", "site") and _clause_scene(root)]
    if fronted:
        (loc, root), scene = fronted[0], True
    elif len({loc.place for loc, _ in towns}) == 1 and len(towns) == len(places):
        (loc, root), scene = towns[0], False
    else:
        return
    triggers = {token.i for token, _ in events}
    for token, event in events:
        if event.location is not None or _about_another(token, triggers) \
                or (_scene(token, reporting) != _scene(root, reporting)
                    and not (scene and (_to_speakers(token, reporting) or _speaker_conjunct(token, reporting, index)
                                        or _speakers_own(token, reporting, index) or _witnessed(token, reporting, index)
                                        or _said_for_own_side(token, event, reporting, index)
                                        or _joined_reports(_scene(root, reporting), _scene(token, reporting), sent)))):
            continue
        if scene or (_scene_event(token) and not _in_other_conjunct(token, root)):
            event.location = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)


def item_place(events: list[tuple[Token, Event]], index: Index, paragraph_start: int) -> None:
    """A roundup's item dateline is where its fighting, protest and arrests took place when the item says
    no place of its own ("DHAKA — Police detained 40 marchers"); a single story's dateline is only where
    the reporter filed from, and talk may be reported from anywhere. Either is where a body that sits
    there acted ("NEW YORK — The Security Council voted"), not the country its decision is about."""
    item = index.item_dateline(paragraph_start)
    filed = item or index.story_dateline()
    if filed is None:
        return
    seat = index.dl.places.get(filed.place) if filed.place else None
    for token, event in events:
        if event.location is not None or _meant(token):
            continue  # "met ... to discuss the fighting along the border": no act at the dateline
        if (item is not None and event.type in MATERIAL_CONFLICT) \
                or any(seated_at(actor.actor, seat) for actor in event.actors) \
                or seat_act(seat, (lemma(t) for t in token.subtree)):
            event.location = Location(text=filed.text, start=filed.start, end=filed.end, place=filed.place)


def position_place(events: list[tuple[Token, Event]], index: Index, paragraph_start: int, sent: Span) -> None:
    """A notice that opens with where an incident was reported ("UKMTO has received a report of an incident 54NM
    southwest of Aden") tells the attacks on the ship and the rescue of its crew that follow at that position:
    the landmark the bearing is taken from is their place when they name none of their own."""
    position = None
    for token, event in events:
        if event.location is not None or _meant(token) or (event.type not in MATERIAL_CONFLICT and event.type != "AID"):
            continue
        position = position or index.incident_position(paragraph_start, sent.end_char)
        if position is None:
            return
        event.location = Location(text=position.text, start=position.start, end=position.end, place=position.place)


@dataclass
class Incident:
    """Where and when the acts of material conflict of a sentence happened, when they share one place."""
    location: Location
    date: Optional[str]
    paragraph: int


def incident(events: list[tuple[Token, Event]], paragraph: int) -> Optional[Incident]:
    """The one place of a sentence's placed acts of material conflict (none when they name two), with their
    date when they share one; acts told as background ("a man who had fought in Syria") are not the incident."""
    placed = [e for t, e in events if _incident_act(e) and e.location is not None and not _told_as_background(t)]
    if len({_place_key(e.location) for e in placed}) != 1:
        return None
    dates = {e.date.value for e in placed if e.date is not None}
    return Incident(placed[0].location, dates.pop() if len(dates) == 1 else None, paragraph)


def _told_as_background(token: Token) -> bool:
    """An act told in a relative clause or as lasting since a time ("a man who had fought in Syria", "have held
    its crew in Mukalla since then"): what someone had done or goes on doing, not what happened; or one over a
    whole country ("enforced a shutdown across the country"). (A pluperfect alone is often only a report's
    backshift: "the army said they had opened fire".)"""
    return any(t.dep_ == "relcl" for t in [token, *token.ancestors]) \
        or any(c.lower_ == "since" for c in token.children) or nationwide(token)


def nationwide(token: Token) -> bool:
    """The act is spread over a whole country ("enforced a shutdown across the country", "nationwide")."""
    return any(t.lower_ in settlement_words("nation_scopes") for t in token.subtree)


def _incident_act(event: Event) -> bool:
    """An act of material conflict done at one spot, not a measure over a territory ("imposed a curfew")."""
    return event.type in MATERIAL_CONFLICT and event.mode not in lexicon().classes["territory_modes"]


def incident_place(events: list[tuple[Token, Event]], index: Index, sent: Span, before: Optional[Incident],
                   paragraph: int) -> Optional[Incident]:
    """News tells an incident over several clauses and sentences, naming its place once: an act of material
    conflict with no place of its own happened where the sentence's other acts did when the sentence names no
    other place ("fired missiles at Odesa; air defence downed most of them, but debris injured five people"), or,
    in a sentence that names no place at all, where the acts of the sentence right before it in the same
    paragraph did ("Gunmen shot dead a journalist in Culiacan. His car was struck by ten bullets."). Not an
    act placed apart ("outside the village") or set apart as another ("In a separate attack", "Elsewhere":
    data/settlements.yaml `scene_breaks`), of another day, told as background, only meant or denied, nor a
    measure over a whole territory (a curfew). Returns the sentence's incident, for the sentence after."""
    here = incident(events, paragraph)
    named = {_place_key(loc) for loc in index.locations.overlapping(sent.start_char, sent.end_char)
             if not index.in_dateline(loc.start) and not index._owner_or_party(loc)}
    source = here if here is not None and named == {_place_key(here.location)} else None if named else before
    if source is None or any(lemma(t) in settlement_words("scene_breaks") for t in sent):
        return here
    placed = [e for t, e in events if e.location is not None and _incident_act(e) and not _told_as_background(t)]
    for token, event in events:
        if event.location is not None or not _incident_act(event) or _meant(token) or _told_as_background(token) \
                or _placed_apart(token) or event.modality in ("future", "hypothetical", "negated") \
                or (source is here and not _same_incident(event, placed, index)):
            continue
        day = event.date.value if event.date is not None else None
        if day is not None and source.date is not None and not (day.startswith(source.date) or source.date.startswith(day)):
            continue
        loc = source.location
        event.location = Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return incident(events, paragraph)


def scene_opening(sent: Span, index: Index, paragraph: int) -> Optional[Incident]:
    """The place a sentence opens on in a phrase set off by a comma ("In the capital, anger boiled over on
    Tuesday."): the scene of what the paragraph tells next, for a sentence after it that names no place ("Crowds
    stormed the embassies"), as a placed act's would be (`incident_place`)."""
    if sent[0].lower_ not in ("in", "at"):
        return None
    for loc in index.locations.overlapping(sent.start_char, sent.end_char):
        span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is not None and len(span) and _fronted(span[-1], sent) and not index.in_dateline(loc.start):
            return Incident(Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place), None, paragraph)
    return None


def _placed_apart(token: Token) -> bool:
    """The act is placed off the scene by a phrase of nearness that names no place ("attacked the soldiers outside
    the village", "near the border"): somewhere else than where the incident was told."""
    verb = clause_verb(token)
    return any(c.dep_ == "prep" and c.lower_ in settlement_words("vicinity_preps") for t in {token, verb}
               for c in t.children)


def _same_incident(event: Event, placed: list[Event], index: Index) -> bool:
    """Whether an act told beside placed ones in one sentence is part of their incident: done by no known party
    ("debris injured five", "were killed"), by one of their doers, or to no one new ("air defence downed most of
    them"); not another side's act on targets of its own ("while Ukrainian drones attacked two refineries")."""
    doers = {a.actor for a in event.actors if a.actor and index.dl.actors.get(a.actor) is not None}
    if not doers or doers & {a.actor for e in placed for a in e.actors}:
        return True
    spans = [index.doc.char_span(r.start, r.end, alignment_mode="expand") for r in event.recipients]
    return all(span is not None and span.root.pos_ == "PRON" for span in spans)


def _place_key(loc: Location) -> str:
    """What a mention names: its place, or its words when it resolved to none."""
    return loc.place or loc.text


def _fronted(token: Token, sent: Span) -> bool:
    """The place opens the sentence in a phrase set off by a comma: "In Kherson, ..."."""
    name = token
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.head.i == sent.start and name.i + 1 < sent.end and sent.doc[name.i + 1].text == ","


def _scene(token: Token, reporting: frozenset) -> Optional[int]:
    """The clause that sets the word apart from the sentence's scene: a report ("Israel announced that
    its troops had begun raids in southern Lebanon"), a clause or phrase of another time ("after the
    Act was signed", "hours after the Beirut strike"); None for the main scene, which a clause of the same
    moment shares ("as it came in to land at X")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if (token.dep_ in ("ccomp", "parataxis") and lemma(token.head) in reporting) \
                or (token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in SIMULTANEOUS
                                                  for c in token.children)) \
                or (token.dep_ == "prep" and token.lower_ in TIME_PREPS):
            return token.i
        token, steps = token.head, steps + 1
    return None


def _speaker_conjunct(token: Token, reporting: frozenset, index: Index) -> bool:
    """A verb the parse joined to the reported clause that is the speaker's next act ("In Kyiv, Zelensky said the
    talks had gone well and thanked Turkey"): no subject of its own, in the speaker's past tense, after a reported
    verb of another tense ("had gone") or whose subject is no party ("the deal was close and urged"); it happened
    where the speaker was."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or subjects(token, passive=True) or head.dep_ != "ccomp" \
            or lemma(head.head) not in reporting or head.head.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return True
    said = subjects(head, passive=True)
    return bool(said) and not any(index.dl.mention_at(t.idx, t.idx + len(t)) for t in said)


def _speakers_own(token: Token, reporting: frozenset, index: Index) -> bool:
    """A reported act whose doer is the speaker ("In Washington, the secretary said he had spoken to both
    ministers"): told by its doer, it happened where the doer is found telling it, which the sentence's fronted
    place says. The doer is a pronoun of the speaker's number or the speaker's own party."""
    if token.pos_ not in VERB_TAGS or token.dep_ not in ("ccomp", "parataxis") or lemma(token.head) not in reporting:
        return False
    doers, speakers = subjects(token), subjects(token.head)
    if len(doers) != 1 or len(speakers) != 1:
        return False
    doer, speaker = doers[0], speakers[0]
    if doer.pos_ == "PRON":
        return doer.lower_ in (("they", "we") if speaker.tag_ in ("NNS", "NNPS") else ("he", "she", "i"))
    said = index.mention(doer.idx, doer.idx + len(doer), doer)
    saying = index.mention(speaker.idx, speaker.idx + len(speaker), speaker)
    return said is not None and saying is not None and said.actor == saying.actor


TOLD_TYPES = {"AGREE", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
"""Acts done in words: reported by the one who makes them, they are made where that one speaks."""


def _said_for_own_side(token: Token, event: Event, reporting: frozenset, index: Index) -> bool:
    """An act done in words that a speaker reports for the state or force they speak for ("In Port Sudan, Sudan's
    defence minister said the Sudanese army would go on fighting", "In Washington, the US secretary of state said
    the United States had watched with grave concern"): the vow or the concern is voiced by that speaking, where
    the sentence's fronted place says; not an act of another party ("said Russia had rejected the plan") nor an
    act of force, which the speaker's side may have done anywhere. Both sides must be known from the actors."""
    at = _scene(token, reporting)
    clause = token.doc[at] if at is not None else None
    if event.type not in TOLD_TYPES or clause is None or clause.dep_ not in ("ccomp", "parataxis"):
        return False
    speakers = subjects(clause.head) or conjunct_subjects(clause.head)
    doers = subjects(clause)
    if len(doers) != 1 or len(speakers) != 1:
        return False
    sides = [_side(t, index) for t in (doers[0], speakers[0])]
    return sides[0] is not None and sides[0] == sides[1]


def _side(token: Token, index: Index) -> Optional[str]:
    """The one country a party acts for, by the actors its phrase names ("Deputy Secretary of State Kurt
    Campbell": the office's, though the person's name alone says none); None when they name none or two."""
    lo, hi = np_span(token)
    start, end = token.doc[lo].idx, token.doc[hi - 1].idx + len(token.doc[hi - 1])
    actors = [index.dl.actors.get(m.actor) for m in index.mentions.overlapping(start, end) if m.actor]
    sides = {a.country or a.code[:3].upper() for a in actors if a is not None and (a.country or a.code)}
    return sides.pop() if len(sides) == 1 else None


def _joined_reports(first: Optional[int], second: Optional[int], sent: Span) -> bool:
    """Two clauses joined by "and" that the parse hung each on the reporting verb after them ("In Sumy,
    bulldozers tore up two roads, and troops kept the main hospital cordoned off, officials said"): one report,
    one scene."""
    if first is None or second is None or not first < second:
        return False
    a, b = sent.doc[first], sent.doc[second]
    return a.dep_ == b.dep_ == "ccomp" and a.head.i == b.head.i \
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i < b.i for c in a.children)


SPEAKERS = set(WORDS["speakers"])
WITNESSES = frozenset(WORDS["witness_speakers"])


def _witnessed(token: Token, reporting: frozenset, index: Index) -> bool:
    """An act a local witness who speaks for no body tells as done ("In Bepanda, witnesses said gendarmes beat
    protesters", "At the hospital, a nurse said doctors treated the wounded"): the witness tells what happened
    where they were, which the sentence's fronted place says; not a speaker with a name or office."""
    at = _scene(token, reporting)
    clause = token.doc[at] if at is not None else None
    if clause is None or clause.dep_ not in ("ccomp", "parataxis") or lemma(clause.head) not in reporting:
        return False
    told = clause.head.tag_ == "VBD" and not any(c.dep_ == "aux" and (c.tag_ in ("MD", "TO") or c.lower_ in ("will", "shall"))
                                                 for c in clause.children)
    speakers = subjects(clause.head)
    if not told or len(speakers) != 1:
        return False
    speaker = speakers[0]
    mention = index.mention(speaker.idx, speaker.idx + len(speaker), speaker)
    return speaker.pos_ == "NOUN" and lemma(speaker) in WITNESSES \
        and (mention is None or not mention.actor or LOCAL_ID.fullmatch(mention.actor) is not None)


def _to_speakers(token: Token, reporting: frozenset) -> bool:
    """A reported act done to those who report it ("In Githurai, residents said police had fired on them"):
    it happened where they were, which the sentence's fronted place says."""
    at = _scene(token, reporting)
    if at is None or token.doc[at].dep_ not in ("ccomp", "parataxis") or not subjects(token.doc[at].head):
        return False
    return any(t.lower_ in SPEAKERS and t.dep_ in ("dobj", "obj", "pobj") for t in token.subtree)


def _purpose(token: Token) -> bool:
    """An infinitive of purpose or a noun's infinitive ("met to discuss", "efforts to secure")."""
    return token.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _meant(token: Token) -> bool:
    """The event is only what an infinitive of purpose is about ("to discuss the fighting")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if _purpose(token):
            return True
        token, steps = token.head, steps + 1
    return False


def _scene_event(token: Token) -> bool:
    """The event is told as happening, not as a purpose or topic ("to unlock the deployment", "the file
    of negotiations")."""
    steps = 0
    while token.head.i != token.i and steps < 12:
        if _purpose(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS):
            return False
        token, steps = token.head, steps + 1
    return True


def _sentence_places(sent: Span, events: list[tuple[Token, Event]], index: Index) -> list[tuple[Location, Token]]:
    """The sentence's places where something is: not the dateline's, not a party or owner ("talks with
    Egypt", "Russia's strikes"), not what an event is about ("the war in Gaza")."""
    doc = sent.doc
    dateline = index.dl.source.dateline
    parties = [(p.start, p.end) for _, e in events for p in e.actors + e.recipients]
    found = []
    for loc in index.locations.overlapping(sent.start_char, sent.end_char):
        span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or len(span) == 0 or not sent.start_char <= loc.start < sent.end_char:
            continue
        if (dateline is not None and dateline.start <= loc.start < dateline.end) or index._owner_or_party(loc) \
                or any(a < loc.end and loc.start < b for a, b in parties) or not _locative_slot(span.root):
            continue
        found.append((loc, span.root))
    return found


def _locative_slot(token: Token) -> bool:
    """The name sits in a phrase that says where ("in Washington", "at Kyiv's hospital"; not where to:
    "into Gaza") and in no topic, relative clause or infinitive ("measures to ensure aid reaches Gaza",
    "ordered Israel to halt its offensive in Rafah": what is asked or meant may happen elsewhere)."""
    while token.dep_ in ("compound", "poss", "appos", "conj", "amod") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in SCENE_PREPS:
        return False
    steps = 0
    while token.head.i != token.i and steps < 12:
        token, steps = token.head, steps + 1
        if token.dep_ == "relcl" or _attributing(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS) \
                or any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) \
                or (token.dep_ == "acl" and token.head.dep_ not in ("nsubj", "nsubjpass")):
            return False  # "citizens taken hostage in Gaza"; but "leaders gathering in Washington" were there
    return True


def _clause_scene(name: Token) -> bool:
    """The place phrase belongs to a clause (its preposition hangs on a verb: "gathering in Washington"),
    not to a noun ("relief for civilians in Gaza": where the civilians are)."""
    while name.dep_ in ("compound", "poss", "appos", "conj", "amod") and name.head.i != name.i:
        name = name.head
    return name.head.head.pos_ in ("VERB", "AUX")


def _in_other_conjunct(token: Token, place: Token) -> bool:
    """The place is said in another coordinated clause ("seized the ship and have held its crew in
    Hodeidah", "will partner with X ... and will employ 2,000 people at its Racine plant")."""
    verb = place
    while verb.head.i != verb.i and verb.pos_ not in VERB_TAGS:
        verb = verb.head
    return verb.dep_ == "conj" and verb.i != token.i and not verb.left_edge.i <= token.i <= verb.right_edge.i


def _about_another(token: Token, triggers: set[int]) -> bool:
    """An event noun that is another event's object or topic ("condemned the strikes", "talks on the attacks")."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.i != token.i and head.i in triggers and token.dep_ not in ("nsubj", "nsubjpass", "advcl", "conj")


def _phrase_head(token: Token) -> Token:
    """The noun a party's name modifies ("the Okhmatdyt hospital in Kyiv"), whose phrase says where it is."""
    while token.dep_ in ("compound", "poss") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
    return token


TOPIC_PREPS = set(WORDS["topic_prepositions"])


def _in_clause(token: Token, verb: Token) -> bool:
    """The place belongs to the verb's own clause: not to a clause nested in it ("met X to discuss
    the war in Gaza") nor to what the event is about ("briefed on the operations in Gaza")."""
    steps = 0
    while token.i != verb.i and token.head.i != token.i and steps < 10:
        # "around the airport and in the western quarters": a phrase joined to another is no clause of its own
        clause = token.dep_ in CLAUSE_DEPS and not (token.dep_ == "conj" and token.pos_ == "ADP")
        if clause or _attributing(token) or (token.dep_ == "prep" and token.lower_ in TOPIC_PREPS and not any(
                _when(c) or _street(c) or c.lower_ in settlement_words("fringe_nouns") for c in token.children)):
            # "on Monday in Madrid", "for the first time in X" is when; "on Harbour Road", "on the town's edge" where
            return False
        token, steps = token.head, steps + 1
    return token.i == verb.i


def _attributing(token: Token) -> bool:
    """A phrase that names whose word the clause rests on ("according to the civil defence agency in Gaza",
    "citing officials in Kyiv"): its place is where the source is, not where the act was."""
    return token.dep_ == "prep" and any(token.lower_ == phrase[0] for phrase in lexicon().modality["attributing_phrases"])


def _locative(doc: Doc, heads: list[tuple[Token, Optional[int]]], index: Index, trigger: Token,
              preps: frozenset = PLACE_PREPS) -> Optional[Location]:
    """The first place in a locative prepositional phrase of the heads (for a head with a bound,
    only phrases before that token: a coordinated clause's fronted "In X,"), but not the phrase
    that holds the trigger ("in Israel's first attack on Yemen" does not place the attack)."""
    candidates = []
    for head, before in heads:
        for child in _bearing_phrases(head) if "near" in preps else head.children:
            if child.dep_ == "prep" and (child.lower_ in preps or child.head.lower_ in bearings()
                                         or (child.lower_ == "on" and "in" in preps and any(
                                             _street(o) or lemma(o) in ON_SCENES or _fringe_of(o) or _named_ground(o, index)
                                             for o in child.children))
                                         or (child.lower_ == "along" and "in" in preps
                                             and any(lemma(o) in LINES for o in child.children))) \
                    and (before is None or child.i < before) \
                    and not child.left_edge.i <= trigger.i <= child.right_edge.i \
                    and not any(lemma(o) in lexicon().classes["frame_nouns"] or lemma(o) in REASON_NOUNS
                                for o in child.children if o.dep_ == "pobj"):  # "at the request of X"
                found = _place_in(doc, child, index)
                if found:
                    candidates.append(found)
            elif child.dep_ == "prep" and child.lower_ in settlement_words("stretch_preps") and "in" in preps \
                    and (before is None or child.i < before) and not child.left_edge.i <= trigger.i <= child.right_edge.i:
                found = _place_in(doc, child, index)
                if found and _kind(found, index) in ("city", "site"):
                    candidates.append(found)  # "ambushed a convoy between Sevare and Bandiagara": not "between Israel and Hamas"
    return _finest(candidates, index)


def _named_ground(noun: Token, index: Index) -> bool:
    """"visited him on İmralı", "met on Robben Island": a name the gazetteer knows as a site, and no
    party, is ground one is on ("sanctions on Iran" names a state, "talks on Monday" a day)."""
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj":
        return False
    loc = index.location(noun.idx, noun.idx + len(noun))
    place = index.dl.places.get(loc.place) if loc is not None and loc.place else None
    mention = index.mention(noun.idx, noun.idx + len(noun), noun)
    return place is not None and place.kind == "site" \
        and not (mention is not None and mention.actor and not LOCAL_ID.fullmatch(mention.actor))


def _fringe_of(noun: Token) -> bool:
    """"on the outskirts of Goma", "on the edge of the camp": a part of a town, where the act was; but not one set
    off by a comma after a name ("shelled Abu Shouk camp, on the northern edge of El Fasher"), which says where
    the place named first lies."""
    prep = noun.head
    return (noun.lower_ in FRINGES or lemma(noun) in FRINGES) and not (prep.i > 0 and noun.doc[prep.i - 1].text == ",")


def _aim_place(token: Token, verb: Token, index: Index) -> Optional[Location]:
    """Where a conflict act went, said with "towards": the place in that phrase ("repelled attacks by enemy groups
    towards Pelkino"), also where the thing aimed at was ("fired a missile from near Hodeidah toward a
    destroyer, which was operating in the Red Sea"); it outranks the place the act came from."""
    aimed = [token, verb] + ([token.head] if token.dep_ == "amod" else [])  # "repelled attacks" read as a modifier
    aimed += [o for t in (token, verb) for o in t.children if o.dep_ in ("dobj", "obj")]
    aimed += [o for a in aimed for p in a.children if p.dep_ == "prep" and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj"]
    directions = settlement_words("direction_preps")
    for prep in (p for a in dict.fromkeys(aimed) for p in a.children if p.dep_ == "prep" and p.lower_ in directions):
        found = _place_in(index.doc, prep, index) or _locative(
            index.doc, [(r, None) for o in prep.children if o.dep_ == "pobj" for r in o.children if r.dep_ == "relcl"],
            index, token)
        if found is not None:
            return found
    return None


def _bearing_phrases(head: Token) -> list[Token]:
    """A word's children with the phrase of a compass bearing in their place ("attacked the tanker *west of
    Hodeidah*", "a car on the road *south of Deir al-Balah*", "hit 40 miles south-west *of Hodeidah*", where the parse
    makes "west" a restatement of the distance: the town is the nearest place named)."""
    return [p for c in head.children
            for p in ([q for q in c.children if q.dep_ == "prep" and q.lower_ == "of"]
                      if c.dep_ in ("advmod", "npadvmod", "appos") and c.lower_ in bearings() else [c])]


def _position(verb: Token, index: Index) -> Optional[Location]:
    """A position told as a distance and bearing from a landmark anywhere in the act's clause, wherever the parse
    hung it ("was struck by a missile 40 nautical miles west of Aden", "hit about 12 km north of the town of X"):
    the act was at sea or on open ground there, and news places it at the landmark."""
    doc = index.doc
    units = settlement_words("distance_units")
    lo, hi = _clause_range(verb)
    for token in doc[lo:hi]:
        if token.lower_ not in bearings() or token.i < 2:
            continue
        unit = doc[token.i - 1]
        measured = lemma(unit) in units or unit.lower_ in units
        if not measured or not any(t.like_num for t in doc[max(lo, unit.i - 3):unit.i]):
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            found = _place_in(doc, prep, index)
            if found is not None and _in_clause(token, verb):
                return found
    return None


def _restated_from(loc: Location, index: Index) -> Optional[Location]:
    """The place a locative phrase set off by a comma restates the region of ("killed by debris in Jericho, in the
    occupied West Bank": Jericho, whatever word the parser hung "in Jericho" on; "rockets were launched towards
    Nahariya, in northern Israel": the town aimed at)."""
    doc = index.doc
    span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span.root
    while name.dep_ in ("compound", "amod") and name.head.i != name.i:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in SCENE_PREPS or prep.i < 3 or doc[prep.i - 1].text != ",":
        return None
    before = doc[prep.i - 2]
    restated = index.location(before.idx, before.idx + len(before))
    if restated is None:
        return None
    head = doc.char_span(restated.start, restated.end, alignment_mode="expand").root
    if head.dep_ != "pobj" or head.head.lower_ not in SCENE_PREPS | settlement_words("direction_preps"):
        return None
    return Location(text=restated.text, start=restated.start, end=restated.end, place=restated.place)


def _listed_member(verb: Token, index: Index) -> Optional[Location]:
    """The first place a clause names among the targets it struck ("struck air bases and missile sites, among them
    Udhampur, Pathankot and Adampur", "stations across India, including Jammu and Pathankot"): an act on several
    named places is reported under the first."""
    doc = index.doc
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    for t in doc[objects[0].i + 1:verb.sent.end]:
        if t.i < 2 or doc[t.i - 1].text != "," or not (t.lower_ == "including" or t.lower_ == "among"
                                                        and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "them"):
            continue
        if not (verb.is_ancestor(t) or any(o.is_ancestor(t) for o in objects)):
            return None
        first = doc[t.i + 2] if t.lower_ == "among" else doc[t.i + 1] if t.i + 1 < len(doc) else None
        loc = index.location(first.idx, first.idx + len(first)) if first is not None and first.pos_ == "PROPN" else None
        if loc is None or loc.start != first.idx:
            return None
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return None


def _finest(candidates: list[Location], index: Index) -> Optional[Location]:
    """The finest place of those named, the first of equals ("In Soum province, militants ambushed a patrol near
    the village of Tongomayel": the village)."""
    return max(candidates, key=lambda c: _fineness(c, index), default=None)


def _fineness(loc: Location, index: Index) -> int:
    """0 for a country, 1 for a region, province or state ("Soum province", "Kherson oblast") or a place that owns
    the name after it ("Si Sa Ket's Kantharalak district": the province the district lies in), 2 for a district
    ("Niono circle", "Djibo department") or an area named by its kind, 3 for a town, village or site."""
    kind = _kind(loc, index)
    if kind == "country":
        return 0
    words = [w.strip(".,;:") for w in loc.text.lower().split()[-1:] + index.text[loc.end:loc.end + 20].lower().split()[:1]]
    if _owner(loc, index) or any(w in settlement_words("province_nouns") for w in words):
        return 1
    if any(w in settlement_words("district_nouns") | settlement_words("landform_nouns") for w in words):
        return 2  # also a named landform ("the Kolahoi meadow", "the Bekaa valley"), finer than its region
    return 1 if kind == "region" else 3


def _street_spot(loc: Location) -> bool:
    """The place is a street or square by its last word ("Freedom Square", "Harbour Road")."""
    return loc.text.rsplit(None, 1)[-1].lower() in STREETS


def _owner(loc: Location, index: Index) -> bool:
    """The place is named in the possessive ("Surin's Phanom Dong Rak district"): it holds what follows."""
    return POSSESSIVE.search(loc.text) is not None or POSSESSIVE_AFTER.match(index.text, loc.end) is not None


def _phrase_range(token: Token) -> tuple[int, int]:
    """A phrase's tokens without the clauses inside it ("with the president to discuss aid for Gaza"
    stops before "to discuss"), with coordinated prepositions ("in and around Kadugli"); a comma that closes a
    clause left out does not stretch the phrase over it ("the carrier, managed by a firm of Piraeus,")."""
    lo = hi = token.i
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "conj" and t.dep_ == "prep" and child.pos_ == "ADP") \
                    and child.lower_ not in bearings() or child.dep_ == "punct":
                continue  # (a bearing the parse calls a clause is a phrase of place: "hills west of the city of X")
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    return lo, hi + 1


def _clause_range(verb: Token) -> tuple[int, int]:
    """The verb's clause: its subtree without nested clauses."""
    lo = hi = verb.i
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        lo, hi = min(lo, child.left_edge.i), max(hi, child.right_edge.i)
    return lo, hi + 1


def _place_in(doc: Doc, token: Token, index: Index, whole: bool = True) -> Optional[Location]:
    """The first place named in the phrase: a resolved location, or a place name the gazetteer
    lacks when it comes first ("in Davos, Switzerland"); not a name that says whose or with whom. A
    settlement's name is the place even when the tagger took it for a person ("from the town of X in Y")."""
    named = next((n for o in token.children if o.dep_ == "pobj"
                  for n in [_settlement_name(o, index)] + [_settlement_name(q, index) for p in o.children
                                                           if p.dep_ == "prep" and p.lower_ == "of"
                                                           for q in p.children if q.dep_ == "pobj"] if n is not None), None)
    if token.dep_ == "prep" and named is not None:
        return named
    lo, hi = _phrase_range(token) if whole else np_span(token)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    loc = index.location(start, end)
    if loc is not None and _owner(loc, index):
        # "in Si Sa Ket's Kantharalak district", "in Kharkiv's Kyivskyi district": the place the owner holds
        loc = index.location(loc.end, end) or loc
    ent = None
    i = bisect.bisect_left(index.place_ent_starts, lo)
    while i < len(index.place_ents) and index.place_ents[i].end <= hi:
        if not _owner_or_party(index.place_ents[i].root):
            ent = index.place_ents[i]
            break
        i += 1
    if ent is not None and loc is not None and ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.pos_ == "NOUN" \
            and _placed_by(ent.root.head, loc, index):
        ent = None  # "the Okhmatdyt hospital in Kyiv", "a US base in Syria": the name says which; the place where
    if ent is not None and (lemma(ent.root) in settlement_words("facility_nouns") or ent.label_ == "FAC"):
        # "the East Hospital in Nyala": a building the gazetteer lacks is in its town (also when the parse
        # hangs "in Nyala" on the verb)
        loc = loc or _town_after(ent, index)
        ent = None if loc is not None else ent
    if loc is not None and _facility(loc, index):
        # "Nasser Hospital in Khan Younis": a known hospital or camp said with its town is in that town
        span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        loc = _town_after(span, index) or loc
    body = _body_around(loc, index) if loc is not None else None
    if body is not None:
        # "released from the Seoul Detention Center in Uiwang": a town in an institution's name says which one; the
        # town after it says where it stands
        loc = _town_after(body, index) or loc
    named = _named_settlement(doc[lo:hi], index)
    others = [o.start for o in (loc,) if o is not None] + [e.start_char for e in (ent,) if e is not None]
    if named is not None and all(named.end <= other for other in others):
        return named  # "Laukkai, the capital of the Kokang region": the first and finest name
    if ent is not None and (loc is None or ent.end_char <= loc.start):
        return Location(text=ent.text, start=ent.start_char, end=ent.end_char, place=None)
    if loc is not None:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return _named_by_state(doc[lo:hi], index)


def _placed_by(noun: Token, loc: Location, index: Index) -> bool:
    """The place is said in a locative phrase of the noun ("the hospital *in Kyiv*"), not further down
    ("the Wadi Gaza checkpoint on the road *from Deir al-Balah*": the road's end, farther than the name)."""
    span = index.doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    name = span.root
    while name.dep_ in ("compound", "amod", "appos", "conj") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in SCENE_PREPS and name.head.head.i == noun.i


def _named_settlement(span: Span, index: Index) -> Optional[Location]:
    """A name the tagger and the gazetteer both missed, which a kind of settlement or division introduces: "the
    village of Sakoira", "Tinzaouaten, a town in Kidal region", "in Mebo district"."""
    return next(_named_settlements(span, index), None)


def _named_by_state(span: Span, index: Index) -> Optional[Location]:
    """"in the Egyptian capital", "off the Venezuelan coast", "in Yemeni waters": a state's capital, coast or waters
    named by its nationality (data/settlements.yaml `state_parts`)."""
    for token in span:
        if lemma(token) not in settlement_words("state_parts") or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.i < token.i:
                mention = index.mention(child.idx, child.idx + len(child), child)
                actor = index.dl.actors.get(mention.actor) if mention is not None and mention.actor else None
                if actor is not None and actor.kind == "state":
                    start, end = child.idx, token.idx + len(token)
                    return Location(text=index.text[start:end], start=start, end=end, place=None)
    return None



def trimmed(loc: Location) -> Location:
    """The place's words without the line break a tagger's name may run into ("around the Tishreen Dam" before a
    list's next dated line): no name spans lines, the name is cited as written, and a place no gazetteer knows is
    made of it."""
    text = loc.text.strip().split("\n", 1)[0].strip()
    if text == loc.text or not text:
        return loc
    start = loc.start + loc.text.index(text)
    return Location(text=text, start=start, end=start + len(text), place=loc.place)


def nearest_mention(event: Event, index: Index) -> Location:
    """The mention of an event's place nearest the event: a place carried from an earlier sentence ("reached
    Goma. ... Fighting went on in the city") is cited where the story last named it before the event's word, in
    that sentence when it names the place again before it (by the place it resolved to, or by the same name); a
    reader checks the place where it was last said. A village first named before the "in" phrase that says where
    it lies is the place (`_named_before`), whichever rule found the phrase."""
    found = _named_before(event.location, index) or event.location
    if found.start >= event.sentence.start:
        return found
    key, end = _place_key(found), event.trigger.start
    later = [loc.start for loc in index.locations.overlapping(found.end, end)
             if found.end <= loc.start and loc.end <= end and _place_key(loc) == key and not index.in_dateline(loc.start)]
    later += [m.start() for m in re.finditer(rf"(?<!\w){re.escape(found.text)}(?!\w)", index.text[:end])
              if m.start() >= found.end and not index.in_dateline(m.start())]
    if not later:
        return found
    start = max(later)
    loc = index.location(start, start + len(found.text))
    if loc is not None and loc.start == start and _place_key(loc) == key:
        return Location(text=loc.text, start=loc.start, end=loc.end, place=loc.place)
    return Location(text=index.text[start:start + len(found.text)], start=start, end=start + len(found.text),
                    place=found.place)
