"""The `events` component: PLOVER-coded events with actors, place, date and modality.

One event per reported action: a clause's predicate or an event noun whose sense is in the
PLOVER lexicon (`data/plover.yaml`). Triggers are found by lemma lookup (`triggers.py`), their
participants (`participants.py`), place (`location.py`) and date (`dating.py`) read off the parse and
the earlier components' records with the tools of `arguments.py`, their modality and source from the
framing around them (`modality.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Annotations, annotations, document_text, tokens_where
from ..model import Event, EventDate, Mention, SentenceSpan
from ..model import Span as TextSpan
from ..paragraphs import ParagraphStarts
from ..places import LOCAL_ID, local_place
from . import arguments, dating, location, modality, participants
from .triggers import (Lexicon, Trigger, _word_in, antecedents, find, finite_after_infinitive, lemma, lexicon, subjects,
                       with_conjuncts)
from .triggers import objects as objects_of

ABSORBING_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "pcomp", "acl", "nsubjpass", "advcl"}


@Language.factory("events", assigns=["doc._.dl"])
def make_events(nlp: Language, name: str):
    return Events(lexicon())


@dataclass
class Candidate:
    trigger: Trigger
    type: str
    mode: Optional[str]
    event: Optional[Event] = None
    clause: int = -1
    requested: bool = False
    """The act another party is asked to do ("urged the allies to deliver air defences"): it gives the
    request its mode and is no event of its own (CONVENTIONS.md rule 6)."""
    dropped: bool = False
    """A promise whose content is a hostile act ("promised to veto the bill"): the act is the event."""
    performed: bool = False
    """An act that agreeing to it performs ("agreed to forgive the debt"): it took place, no intention."""


class Events:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        dl = annotations(doc)
        if not doc.has_annotation("DEP"):
            return doc
        index: Optional[arguments.Index] = None
        framing: Optional[modality.Framing] = None
        text = document_text(doc)  # spaCy rebuilds `doc.text` from every token on each access
        paragraphs = ParagraphStarts(text)
        before: Optional[location.Incident] = None  # the place of the sentence just before, if one act placed it
        for sent in doc.sents:
            triggers = find(sent, self.lex)
            paragraph_start = paragraphs.of(sent.start_char)
            if triggers and index is None:
                index = arguments.Index(doc, dl, text)
                framing = modality.Framing(dl.quotes, dl.citations)
            # a word of a date is no event ("on 6 March", "in May")
            triggers = [t for t in triggers if not index.in_timex(t.token.idx)]
            if not triggers:
                if index is None:
                    index = arguments.Index(doc, dl, text)
                    framing = modality.Framing(dl.quotes, dl.citations)
                before = location.scene_opening(sent, index, paragraph_start)
                continue
            events, before = self._sentence(sent, triggers, dl, index, framing, paragraph_start, before
                                            if before is not None and before.paragraph == paragraph_start else None)
            dl.events.extend(events)
        for event in dl.events:
            if event.location is not None:
                event.location = location.trimmed(location.nearest_mention(event, index))
            if event.location is not None and event.location.place is None:
                # "attacked Wad al-Noura, a village in Gezira State": a place no gazetteer knows is still in a country
                event.location.place = local_place(dl, doc, event.location)
        return doc

    def _sentence(self, sent: Span, triggers: list[Trigger], dl: Annotations, index, framing,
                  paragraph_start: int, before: Optional[location.Incident] = None
                  ) -> tuple[list[Event], Optional[location.Incident]]:
        """The sentence's events, and its incident (`location.incident_place`) for the sentence after."""
        lex = self.lex
        by_token = {t.token.i: Candidate(t, t.entry.type, t.entry.mode) for t in triggers}
        # a trigger word that is another trigger's theme ("has not lifted a single sanction") is
        # part of that event
        # ... unless it is the attackers' act beaten off or another party's act answered (`_repelled`, `_own_act`)
        themes = {t.theme.i for t in triggers if t.theme is not None and t.theme.i != t.token.i
                  and not (t.theme.i in by_token and (_repelled(t.theme, lex)
                                                      or _own_act(by_token[t.theme.i], t.token, index, lex)))}
        acted_on = {(o.i, t.token.i) for t in triggers for o in objects_of(t.token)}  # (what, by which trigger)
        objects = themes | {o for o, _ in acted_on}
        # "militants ambushed a patrol": the patrol attacked is a party, not a deployment of its own
        # ... also one fired on ("fired on a Kenyan patrol", "opened fire at an army convoy")
        aimed = lex.classes.get("aimed_preps", frozenset())
        attacked = {o.i for t in triggers if t.entry.type == "ASSAULT" and t.token.pos_ in ("VERB", "AUX")
                    for o in objects_of(t.token) + [p for c in t.token.children if c.dep_ == "prep" and c.lower_ in aimed
                                                    for p in c.children if p.dep_ == "pobj"]
                    if o.i in by_token and by_token[o.i].type == "MOBILIZE"}
        kept = [c for c in by_token.values() if c.trigger.token.i not in themes | attacked
                and not self._ceased(c.trigger.token)
                and not _describes(c.trigger.token, objects, acted_on, lex.classes.get("people", frozenset()))
                and not _names_a_unit(c.trigger.token, lex)
                and not _alleged(c.trigger.token, lex) and not _manner(c.trigger.token, lex)
                and not self._absorbed(c, by_token, index) and not _naming_clause(c, by_token)
                and not _acted_on(c, by_token, lex) and not modality.generic(c.trigger.token, lex)]
        kept = [c for c in kept if not c.dropped and not c.requested]
        # a theme ("provided aid", "sent troops") is no participant; a party that satisfied the
        # constraint ("welcomed the president", "targeted a commander") is the recipient
        # ... and what an attack was aimed at ("the convoy was hit") is its recipient too
        targets = lex.classes.get("targets")
        # ... and a person held, deported or silenced is the recipient even of an act whose object is otherwise the
        # actor's own ("held the drivers"), as is whom a sense asking for people acts on ("captured two gang leaders")
        # ... or a body or outlet a restriction is laid on ("placed the media under military control")
        people = lex.classes.get("people", frozenset())
        parties = lex.classes["parties"]
        institutions = lex.classes.get("institutions", frozenset())
        # ... and a vessel boarded or seized is what the act is done to ("boarded two fishing trawlers"), as a tanker
        # seized is
        vessels = lex.classes.get("vessels", frozenset())
        seized = {t.theme.i for t in triggers if t.theme is not None and t.entry.mode == "seize" and _word_in(t.theme, vessels)}
        themes_skipped = [t.theme for t in triggers if t.theme is not None and t.entry.object is not targets
                          and t.theme.i not in seized
                          and not (t.entry.type in lex.own_theme_types and _word_in(t.theme, institutions)) and (
            (t.entry.type in lex.own_theme_types and not _word_in(t.theme, people)
             and not parties <= (t.entry.object or frozenset()))
            or not participants.is_party(t.theme, index, parties))]
        # ... nor is the pronoun that stands for a theme ("lifted martial law hours after he had declared it")
        themes_skipped += [o for t in triggers if t.theme is not None and t.theme in themes_skipped
                           for o in t.token.children if o.dep_ in ("dobj", "obj") and t.theme in antecedents(o)]
        # ... with the measure a theme word classifies ("took control measures against the boats"), not the
        # people it does ("held its crew members")
        measures = lex.classes.get("measures", frozenset())
        skip = (set(by_token) - attacked) | {t.i for t in themes_skipped} \
            | {t.head.i for t in themes_skipped if t.dep_ == "compound" and lemma(t.head) in measures}
        # ... nor is the thing a modifier theme names, nor a name no dictionary knows on either ("closed the Lebombo
        # border post", "closed the Allenby crossing": which post, which crossing; but "the Al Jazeera office" is Al
        # Jazeera's)
        skip |= {n.i for t in triggers if t.theme is not None and t.entry.type in lex.own_theme_types
                 and t.theme.i not in seized
                 and not participants.is_party(t.theme, index, lex.classes["parties"]) and not _word_in(t.theme, institutions)
                 for thing in [_modified(t.theme, t.token)]
                 for n in [thing, *(c for c in thing.children if c.dep_ == "compound" and not _known(c, index))]}
        skip |= _own_resources(triggers, lex)
        # in text order, so contexts do not follow string hashing
        cue_lemmas = dict.fromkeys(lemma(t) for t in tokens_where(sent, "LEMMA", lambda v: v.lower() in lex.context_cues))
        # a word read as a deliberate act ("fired rockets") or what an act uses ("opened fire", "set
        # fire to") names no disaster (a fire)
        acts = {i for i, c in by_token.items() if not c.trigger.entry.weak and not _ailment(c.trigger.token, lex)}
        used = acts | {t.theme.i for t in triggers if t.theme is not None}
        disaster_named = _disaster_named(sent, used, lex, index)
        for cand in kept:
            trig = cand.trigger
            if _ailment(trig.token, lex):
                continue
            args = participants.find(trig, skip, index, lex.classes, {i: c.type for i, c in by_token.items()})
            args.actors = _traveller(trig.token, by_token) or args.actors
            if dl.turns:  # "MIRZOYAN: their forces opened fire": a turn label says who speaks, not who acts
                args.actors = [a for a in args.actors if not dl.in_turn_label(a.idx)]
                args.recipients = [r for r in args.recipients if not dl.in_turn_label(r.idx)]
            # "struck the machine hall at about 05:40 local": a time of day is no one acted on
            args.recipients = [r for r in args.recipients if not index.in_timex(r.idx)]
            goal = participants.destination(trig, args, index)
            if any(_disaster(a, lex, index) or _underwent_disaster(a, trig.token, lex, index, acts) for a in args.actors):
                # "the earthquake killed 12", "a minibus plunged off a bridge, killing 14": no political actor
                # ("artillery fire pounded the town" is one)
                continue
            if trig.entry.weak and args.actors and all(lemma(a) in lex.classes["vehicles"] for a in args.actors):
                continue  # "hit by a truck, killing 11": a collision
            # "was hit by two missiles, causing a fire": a fire a weapon caused is the attack's result, not its doer
            if trig.entry.weak and disaster_named and not any(participants.is_party(a, index, lex.classes["parties"])
                                                              or lemma(a) in lex.classes["weapons"] for a in args.actors):
                continue
            if cand.mode in lex.classes["disaster_measures"] and cand.type == "COERCE" and disaster_named:
                continue  # PLOVER: a state of emergency over a disaster is no repression
            if _refers_back(trig, dl, lex):
                cand.type = lex.anaphoric_senses[lemma(trig.token)]
                cand.mode = None
            if _told_again(trig, cand.type, by_token, dl, lex):
                continue  # "Peru condemned the raid" after the raid was told: that raid, judged
            mod = modality.classify(trig, sent, index, framing, lex)
            if cand.performed and mod.value == "future":
                mod.value, mod.intended = ("reported" if mod.attribution is not None else "asserted"), False
            type_, mode = cand.type, cand.mode
            if trig.entry.shared_type and _parties(args.actors) > 1:
                type_, mode = trig.entry.shared_type, None  # "French and Egyptian warships held war games"
            elif type_ == "ASSAULT" and (mode or "") in lex.classes["riot_modes"] \
                    and not _lynching(trig.token, args.recipients, lex) and (
                    args.actors and all(_rioter(a, lex) for a in args.actors)
                    or not args.actors and _riot_damage(trig, dl, lex, kept)):
                type_, mode = "PROTEST", "riot"  # "rioters torched cars": violence of a protest is a riot
                # ... aimed at parties: the cars and shops it burns are no recipients (the police it stones are, and
                # a building that names its owner: "set fire to the building of the state broadcaster")
                args.recipients = [r for r in args.recipients
                                   if participants.names_party(r, index, lex.classes["parties"])]
            if type_ != "THREATEN" and (mod.ultimatum or (mod.conditional and lex.types[type_]["quad"] == "material_conflict")):
                # "will withdraw its troops unless the talks resume": a conditional threat
                mode = lex.embedded_modes["THREATEN"].get(type_)
                type_ = "THREATEN"
            elif mod.value == "future" and args.actors and type_ in lex.future_becomes and (
                    mod.intended or type_ in lex.expected_becomes) and not _chosen(trig.token, type_, lex):
                # an intention needs someone who intends: "an assault on the city would ..." stays an assault; a
                # meeting others expect is one too ("the ministers are expected to meet")
                type_ = lex.future_becomes[type_]
            elif mod.declared and args.actors and type_ in lex.declared_becomes:
                type_ = lex.declared_becomes[type_]  # "announces it is pulling out": a declared withdrawal
            elif mod.value == "hypothetical" and args.actors and type_ in lex.hypothetical_becomes:
                type_ = lex.hypothetical_becomes[type_]  # "Washington could impose sanctions": a threat of them
            elif mod.refused and type_ in lex.refused_becomes:
                # "would not accept the proposal": a rejection that took place
                mode = lex.embedded_modes.get(lex.refused_becomes[type_], {}).get(type_, mode)
                type_ = lex.refused_becomes[type_]
                mod.value = "reported" if mod.attribution is not None else "asserted"
            if type_ == "THREATEN" != cand.type and not args.recipients:
                # an act made a threat, made to whom its condition names when the act names no one ("Should any
                # country recognise the region, we will sever ties")
                args.recipients = participants.complying(trig.token, args.actors, index, lex.classes["parties"])
            mode = mode if mode in lex.types[type_]["modes"] else None
            participants.consultation_roles(trig, args, type_)
            context = list(dict.fromkeys(
                [c for c in trig.entry.context] +
                [lex.context_cues[w] for w in cue_lemmas]
            ))
            actors = [participants.actor_mention(a, index) for a in args.actors]
            recipients = _one_per_party(_not_own(args.recipients, [arguments.mention_for(r, index) for r in args.recipients], actors))
            token = trig.token
            cand.type = type_
            cand.clause = arguments.clause_verb(token).i
            cand.event = Event(
                id="", type=type_, mode=mode, context=context,
                trigger=TextSpan(text=token.text, start=token.idx, end=token.idx + len(token)),
                sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
                actors=actors, recipients=recipients,
                location=location.location(trig, args, index, goal, lex.classes["displacement"], frozenset(by_token)),
                date=dating.date(trig, sent, index, paragraph_start),
                modality=mod.value, attribution=mod.attribution,
                confidence=_confidence(trig, actors, recipients),
            )
        events = self._deduplicate([c for c in kept if c.event is not None], lex.classes["result_verbs"], index,
                                   {i: c.type for i, c in by_token.items()})
        _results_take_place(kept, lex.classes["result_verbs"], index)
        _moments_share_place(kept)
        told = [(c.trigger.token, c.event) for c in kept if c.event is not None and c.event in events]
        location.sentence_place(sent, told, index, lex.modality["reporting_verbs"])
        location.item_place(told, index, paragraph_start)
        location.position_place(told, index, paragraph_start, sent)
        _conjuncts_take_place(kept)
        here = location.incident_place(told, index, sent, before, paragraph_start) \
            or location.scene_opening(sent, index, paragraph_start)
        events = [e for c in kept if c.event is not None and c.event in events
                  for e in [c.event] + _coordinated_of(c.trigger.token, c.event, index)]
        for event in events:
            event.id = dl.new_id("e")
        return events, here

    def _ceased(self, token) -> bool:
        """An event noun that is what a pause, end or cessation stops ("a pause in fighting"), an act that a verb
        of stopping governs ("stopped firing at ships") or that stops of itself ("until the attacks stop")."""
        stopping = self.lex.modality["cessation_verbs"]
        if token.dep_ in ("xcomp", "ccomp") and token.tag_ == "VBG" and lemma(token.head) in stopping:
            return True
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and lemma(token.head) in stopping \
                and not any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in token.head.children):
            return True
        return (token.dep_ == "pobj" and token.head.dep_ == "prep"
                and lemma(token.head.head) in self.lex.modality["cessation_nouns"])

    def _absorbed(self, cand: Candidate, by_token: dict[int, Candidate], index) -> bool:
        """An event that is the content of a promise, demand, refusal or threat ("agreed to
        withdraw", "urged Israel to allow aid") is part of that event: it gives its mode. So is
        the purpose of an event of its own type ("met to discuss"), but not another party's act that
        it responds to (`_own_act`: "refused Kenya's request")."""
        token, steps = cand.trigger.token, 0
        weak = cand.trigger.entry.weak  # a weak verb of the same type hands its victims on in `_deduplicate`
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.i in by_token:
            return True  # "sanctions targeting Iran": the participle describes the noun's event
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ in ("dobj", "obj") \
                and by_token.get(token.head.head.i) is not None and by_token[token.head.head.i].type == cand.type:
            return True  # "hold placards demanding justice": what the object says is part of the act done with it
        if token.dep_ == "amod" and weak and token.head.head.i in by_token:
            return True  # "exploding pagers wounded hundreds": the wounding is the event
        if token.dep_ == "relcl" and not weak and by_token.get(token.head.i) is not None \
                and by_token[token.head.i].type == cand.type and not _other_doer(cand):
            return True  # "strikes that killed 20 civilians": one attack
        if _verbal_purpose(token, cand.type, self.lex):
            return True  # "rallied to call for lower prices": what the rally was for
        if _charged(token, by_token, self.lex):
            return True  # "accused the officials of murder", "charged with treason, murder and fraud": the charge
        if finite_after_infinitive(token):
            return False  # "refused to leave office and accused the government": the subject's own second act
        while token.dep_ == "conj" and (token.head.dep_ in ("xcomp", "ccomp", "conj") or _further_infinitive(token.head)):
            token = token.head  # "agreed to post officers and to meet regularly": a conjunct of the content is content
        content = token
        while token.head.i != token.i and (token.dep_ in ABSORBING_DEPS or _deadline_content(token)
                                           or _content_conjunct(token)) and steps < 4:
            # a second clause of the content hangs where its first one does, past the first one's own event
            token = token.head.head if token.dep_ == "conj" else token.head
            steps += 1
            if token.dep_ == "prep" and token.lower_ in self.lex.classes["sequence_marks"]:
                return False  # "after hours of talks, they agreed": an act of its own before the other, no content
            if token.dep_ == "prep" and token.lower_ in self.lex.classes["scene_marks"]:
                return False  # "agreed on the trip during a video call", "agreed at the summit": the scene, no content
            matrix = by_token.get(token.i)
            if matrix is None:
                continue
            cue = matrix.trigger.entry.cue
            if steps == 1 and cue is not None and lemma(cand.trigger.token) in cue:
                return True  # "summoned the envoy to protest": the purpose that gave the summons its sense
            if matrix.type == cand.type and _result_clause(cand.trigger.token, self.lex.classes["result_verbs"]):
                return False  # "captured the town, overrunning the headquarters": a second act it led to
            if matrix.type == cand.type == "THREATEN" and steps == 1 and content.dep_ in ("ccomp", "acl"):
                return True  # "warned (issued a warning, said) that they would pay a heavy price": one threat
            if matrix.type == cand.type and steps == 1 and _second_measure(cand, matrix):
                return False
            if steps == 1 and _coercive_aim(cand, matrix):
                return True  # "fired tear gas to disperse the crowd": what the force was used for, no act of its own
            if matrix.type == cand.type and (matrix.trigger.token.dep_ in ("xcomp", "ccomp")
                                             or _content_conjunct(matrix.trigger.token)) \
                    and (self._absorbed(matrix, by_token, index) or matrix.requested):
                # "refused to take part in a dialogue": the phrase of an act that is another's content, also in a
                # second clause of it ("to release them and to investigate every allegation")
                return True
            if matrix.type == cand.type and steps == 2 and _purpose_of(content, matrix.trigger.token, self.lex):
                return True  # "visited Ankara for talks with Erdogan": the talks the visit was for, one meeting
            if matrix.type == cand.type:
                # "called his counterpart to discuss": one consultation; "including a call" is another
                # a strong act under a weak verb ("were killed when soldiers opened fire") is that
                # verb's cause: the two are linked in `_deduplicate` instead
                # an act in a clause "after"/"before" the other is an earlier or later act of its own
                # ("sent him to jail a day after he was arrested")
                # ... and so is a clause with a subject of its own ("fired tear gas as some people threw bottles")
                return not weak and not matrix.trigger.entry.weak and steps == 1 \
                    and cand.trigger.token.dep_ in ("xcomp", "advcl") and not any(
                        c.dep_ == "mark" and c.lower_ in self.lex.classes["sequence_marks"]
                        or c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                        for c in cand.trigger.token.children)
            if steps == 1 and _own_act(cand, matrix.trigger.token, index, self.lex):
                return False
            if matrix.type != cand.type and content.dep_ not in ("dobj", "obj", "nsubjpass") \
                    and (matrix.requested or (not self._absorbed(matrix, by_token, index) and matrix.requested)):
                # "urged the police to free the students, to drop the charges", "to return to talks": what an act
                # asked for holds is asked for too (not what it acts on: "to condemn the detention" told as fact)
                cand.requested = True
                return False
            if matrix.type == "AGREE" and steps == 1 \
                    and lemma(cand.trigger.token) in self.lex.agreement_performs.get(cand.type, ()):
                matrix.dropped, cand.performed = True, True
                return False
            modes = self.lex.embedded_modes.get(matrix.type)
            if modes is None:
                return False
            if matrix.mode is None:
                matrix.mode = modes.get(cand.type)
            hostile_object = steps == 1 and cand.trigger.token.pos_ == "NOUN" \
                and self.lex.types[cand.type]["quad"].endswith("conflict")
            stopping = self.lex.modality["cessation_verbs"]
            if matrix.type in self.lex.requested_stand and steps <= 2 and not hostile_object \
                    and lemma(content.head) not in stopping and lemma(cand.trigger.token) not in stopping:
                # the act asked for itself ("to deliver", "a meeting"), not a word inside its description,
                # nor what it asks to stop ("halt the attacks", as "a pause in fighting": see `_ceased`;
                # a hostile act as the very object of a demand is that too: "demanded [an end to] attacks")
                cand.requested = True
                return False
            if matrix.type == "AGREE" and steps == 1 and cand.trigger.token.dep_ == "xcomp" and (
                    cand.type in self.lex.agreed_stand or cand.type in self.lex.promised_stand
                    and lemma(matrix.trigger.token) in self.lex.modality["promissory_verbs"]):
                matrix.dropped = True  # "promised to veto the bill", "agreed to lift the sanctions": the act told
                return False
            return True
        return False

    def _deduplicate(self, cands: list[Candidate], results: frozenset, index,
                     event_types: dict[int, str]) -> list[Event]:
        """One event per act: per type and clause, unless an event noun names other doers or another scene
        than the clause's act (`_another_act`); a weak trigger yields to a stronger one of its type that
        governs it or that it governs, and is an event of its own beside one it is not linked to."""
        strong = [c for c in cands if not c.trigger.entry.weak]
        best: dict[tuple, Candidate] = {}
        casualties = self.lex.classes["casualty_verbs"]
        for c in cands:
            attack = _casualties_of_attack(c, cands, casualties)
            if attack is not None:
                # "shelled the camp, killing nine": the dead are the attack's (eval/CONVENTIONS.md rule 9); "shot and
                # killed a man during a traffic stop in Franklin Park": where the harm was told is where the attack was
                if attack.event.location is None:
                    attack.event.location = c.event.location
                continue
            # ... not a harm the sentence denies ("no soldiers were wounded in the raid"): the attack stands alone
            linked = next((s for s in reversed(strong) if s.type == c.type and _linked(s, c)), None) \
                if c.trigger.entry.weak and not _result_clause(c.trigger.token, results) \
                and c.event.modality != "negated" else None
            if linked is not None:
                # "Israeli airstrikes killed 20 people": the victims are the strike's recipients
                target = linked.event
                where = target.location.start if target.location is not None else None
                if not target.recipients:
                    target.recipients = c.event.recipients
                elif not any(r.actor and r.start != where for r in target.recipients):
                    # "a strike on Sidon killed the commander": the victims named are the parties struck
                    target.recipients = target.recipients + [r for r in c.event.recipients if r.actor]
                # "33 prisoners were killed in clashes with guards": the subject of a passive harm is its victim
                target.recipients = target.recipients + [
                    r for r in c.event.recipients if _passive_subject(c.trigger.token, r)
                    and all(r.start != t.start for t in target.recipients)]
                if not target.actors:
                    target.actors = c.event.actors
                if target.location is None:
                    # "An air strike hit a car on the road south of X": the verb's clause places the noun's act
                    target.location = c.event.location
                continue
            key = (c.type, c.clause)
            if _has_own_agent(c.trigger.token):
                key = (c.type, c.clause, c.trigger.token.i)  # "accepted a proposal put forward by Egypt": two acts
            if c.trigger.entry.weak and (c.event.actors or c.event.recipients) and any(
                    s.type == c.type and s.clause == c.clause for s in strong):
                # "a barrage in revenge for the killing of its commander": two acts; a bare "strikes"
                # beside "attacks" is the same word for one
                key = (c.type, c.clause, c.trigger.token.i)
            if _counted_item(c.trigger.token, self.lex) or _listed_kinds(c, cands, self.lex):
                key = (c.type, c.clause, c.trigger.token.i)  # "an ambush, two kidnappings and a raid": three acts
            if _repelled(c.trigger.token, self.lex):
                key = (c.type, c.clause, c.trigger.token.i)  # "repelled 36 assaults": the attackers' act beside it
            elif any(o is not c and o.clause == c.clause and _second_measure(c, o) for o in cands):
                key = (c.type, c.clause, c.trigger.token.i)  # "broke off relations, giving its diplomats 48 hours to leave"
            elif _other_measure(c, cands):
                key = (c.type, c.clause, c.trigger.token.i)  # "swept a car park ... and made 44 arrests": a search, then arrests
            elif _another_act(c, cands, index, event_types):
                key = (c.type, c.clause, c.trigger.token.i)  # "the strikes were a reply to Houthi attacks"
                _in_own_scene(c, index)
            if key not in best or _rank(c) > _rank(best[key]):
                best[key] = c
        return [c.event for c in sorted(best.values(), key=lambda c: c.trigger.token.i)]


def _second_measure(cand: Candidate, other: Candidate) -> bool:
    """A participle clause that takes a second measure of the other's type but of another kind ("broke off relations
    with Belgium, *giving* its diplomats 48 hours to leave": a withdrawal, then an expulsion). Harm after a strike is
    told by `classes.result_verbs`, and a strike restated by a participle ("struck the town, pounding it") is one."""
    token = cand.trigger.token
    return cand.type == other.type != "ASSAULT" and token.dep_ == "advcl" and token.tag_ == "VBG" \
        and None not in (cand.mode, other.mode) and cand.mode != other.mode


def _other_measure(cand: Candidate, cands: list[Candidate]) -> bool:
    """A coercive or reducing measure of another kind than one of its type in the same clause ("the dispersal of
    assemblies, several hundred detentions", "raided the offices and detained the leader"): PLOVER's modes of COERCE and
    SANCTION name distinct acts (a search is no arrest, a curfew no expulsion), so each is an event of its own."""
    return cand.type in ("COERCE", "SANCTION") and cand.mode is not None and any(
        o is not cand and o.clause == cand.clause and o.type == cand.type and o.mode is not None and o.mode != cand.mode
        for o in cands)


def _charge_of(token, charging, prep: str = "of") -> bool:
    """The event noun lies in the "of" phrase of a verb or noun of charging, or of its object where the parser hangs it
    ("accused *the officials of murder*"), or in the "with" phrase of a verb of indicting ("charged *with murder*"):
    the crime a party is accused, charged or convicted of, a legal category. An act told by a clause ("accused the
    rebels of *shelling* a market") is the act alleged, an event of its own."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    holders = {charging.i} | {c.i for c in charging.children if c.dep_ in ("dobj", "obj")}
    while token.head.i != token.i and token.head.i not in holders:
        token = token.head
    return token.head.i in holders and token.dep_ == "prep" and token.lower_ == prep


def _charged(token, by_token: dict, lex: Lexicon) -> bool:
    """The event noun, or a conjunct of it, is what a trigger of charging names as the crime (`_charge_of`: "of" after
    accusing or convicting, "with" after charging or indicting), however far the conjuncts put it from the verb."""
    charges = (("of", "charging_words"), ("with", "indicting_words"))
    head = token
    for _ in range(6):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.i in by_token and any(lemma(head) in lex.classes[words] and _charge_of(token, head, prep)
                                      for prep, words in charges):
            return True
    return False


def _alleged(token, lex: Lexicon) -> bool:
    """The act lies in a clause that says what a party is accused of, blamed, punished or charged for ("accused Thai
    forces *of dropping* cluster munitions", "blamed the rebels *for shelling* the market", "arrested *for breaking*
    the curfew", "charged *with assaulting* an officer"): the charge is the event (ACCUSE, COERCE, SANCTION), the
    conduct its content, told as alleged and not as fact. The clause hangs on the verb or on its object. A clause
    that only describes a party in it ("of arming a militia *founded* by perpetrators of the 1994 genocide") tells
    a fact of its own."""
    grounds = {"of": lex.classes["charging_words"], "for": lex.classes["blaming_words"],
               "with": lex.classes["indicting_words"]}
    clause = None
    while token.head.i != token.i:
        if token.dep_ in ("acl", "relcl") and clause is None:
            return False
        if token.dep_ == "pcomp" and token.tag_ == "VBG":
            clause = token
        if clause is not None and token.dep_ == "prep" and token.lower_ in grounds:
            holder = token.head.head if token.head.dep_ in ("dobj", "obj") else token.head
            return lemma(token.head) in grounds[token.lower_] or lemma(holder) in grounds[token.lower_]
        token = token.head
    return False


def _other_doer(cand: Candidate) -> bool:
    """A relative clause with a subject of its own that acts on the noun it hangs on ("a truce *that the mediators had
    put to both sides*"): the act of that subject, not the noun's event restated ("strikes *that killed* 20 civilians",
    "the talks *the United States convened*")."""
    clause, theme = cand.trigger.token, cand.trigger.theme
    return theme is not None and theme.i == clause.head.i and any(
        c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in clause.children)


def _traveller(token, by_token: dict[int, Candidate]) -> list:
    """A pronoun that acts where a trip went ("X flew to Riyadh, where *he* held talks") is the traveller:
    the subject of the visit whose destination the clause describes."""
    verb = arguments.clause_verb(token)
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj" or verb.head.head.dep_ != "prep":
        return []
    trip = by_token.get(verb.head.head.head.i)
    subject = subjects(verb)
    if trip is None or trip.mode != "visit" or not subject or not all(t.tag_ == "PRP" for t in subject):
        return []
    return subjects(trip.trigger.token)


def _passive_subject(verb, mention: Mention) -> bool:
    """The mention lies in the passive subject of the verb ("33 prisoners were killed")."""
    return any(c.dep_ == "nsubjpass" and c.left_edge.idx <= mention.start < c.right_edge.idx + len(c.right_edge)
               for c in verb.children)


def _known(token, index: arguments.Index) -> bool:
    """A word of the name of an actor the dictionaries know (not a document-local one)."""
    mention = index.mention(token.idx, token.idx + len(token), token)
    return mention is not None and not LOCAL_ID.fullmatch(mention.actor)


def _modified(theme, trigger):
    """The noun a theme word modifies ("border" in "the border post"), else the theme itself."""
    return theme.head if theme.dep_ in ("compound", "amod") and theme.head.i != trigger.i else theme


def _counted_item(token, lex: Lexicon) -> bool:
    """An event noun in a list of event nouns that counts it on its own ("saw *an ambush*, *two kidnappings* and *a
    raid*"): each item with its own article or number is an incident of its own; a bare list ("a series of
    strikes, marches and riots") names one wave, and a list of weapons ("an attack of drones, cruise missiles and
    a ballistic missile") one attack."""
    if token.pos_ not in ("NOUN", "PROPN") or lemma(token) in lex.classes["weapons"]:
        return False
    listed = token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") \
        or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
    return listed and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
                          for c in token.children)


def _listed_kinds(cand: Candidate, cands: list[Candidate], lex: Lexicon) -> bool:
    """An event noun listed with another of its type but of another kind ("responded with artillery fire and air
    strikes", "conducted air strikes and demolitions"): different means, each an act of its own; a list a series noun
    holds ("a series of strikes, marches and riots") names one wave."""
    token = cand.trigger.token
    if token.pos_ not in ("NOUN", "PROPN") or cand.mode is None:
        return False
    partners = {c.i for c in token.children if c.dep_ == "conj"} | ({token.head.i} if token.dep_ == "conj" else set())
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and lemma(first.head.head) in lex.classes.get("series_nouns", frozenset()):
        return False
    return any(o is not cand and o.type == cand.type and o.trigger.token.i in partners and o.mode not in (None, cand.mode)
               for o in cands)


def _repelled(token, lex: Lexicon) -> bool:
    """An attack that a verb of repelling acts on ("repelled 36 Russian assaults", "two assaults by separatist
    units were thwarted"): the attackers' act, an event of its own beside the defenders' (PLOVER: both sides fight)."""
    return token.dep_ in ("dobj", "obj", "nsubjpass") \
        and lemma(token.head) in lex.classes.get("repelling_verbs", frozenset())


def _another_act(cand: Candidate, cands: list[Candidate], index, event_types: dict[int, str]) -> bool:
    """An event noun beside an act of its type in the clause is another act when its own phrase names other
    doers ("The strikes were a reply to repeated *Houthi* attacks"; "The ministers consulted their partners,
    including a call *between the chancellor and the Nordic prime ministers*") or another scene ("advanced *in*
    central Kupino amid offensive operations *near* Kharkiv"). The object of an act's own verb ("convened a
    meeting between the governors") is that verb's act, and what is unknown on either side keeps the two one; a
    definite noun with no doers is done by the act it refers back to."""
    token = cand.trigger.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    # doers inherited from the clause ("Iran launched an attack") make it the clause's act
    own = cand.event.actors and all(left <= a.start and a.end <= right for a in cand.event.actors)
    scene = _scene(token)
    mates = [o for o in cands if o is not cand and o.type == cand.type and o.clause == cand.clause]
    if any(o.trigger.token.i == _counted_head(token).i for o in mates):
        return False  # "mediated five rounds of talks between X and Y": the talks are what the mediation is
    for other in mates:
        if other.trigger.entry.weak and _linked(cand, other):
            continue  # "Israeli airstrikes killed 20": the killing is the strikes'
        if scene and _scene(other.trigger.token) and not scene & _scene(other.trigger.token):
            return True
        doers = other.event.actors or [arguments.mention_for(t, index) for t in
                                       participants.antecedent_doers(other.trigger.token, event_types, index)]
        if own and doers and not any(_same_party(a, b) for a in cand.event.actors for b in doers):
            return True
    return False


def _counted_head(token):
    """The word a noun hangs on past a count of it or of its length ("rounds" in "five rounds of talks", "days" in
    "three days of talks"; `classes.quantifiers`, `classes.spans`)."""
    head, classes = token.head, lexicon().classes
    if token.dep_ == "pobj" and head.lower_ == "of" and (lemma(head.head) in classes["quantifiers"]
                                                         or lemma(head.head) in classes["spans"]):
        return head.head.head
    return head


def _scene(token) -> set[int]:
    """The places a trigger's own locative phrases name ("advanced *in central Kupino*")."""
    return {p.i for c in token.children if c.dep_ == "prep" and c.lower_ in location.SCENE_PREPS
            for p in c.children if p.dep_ == "pobj"}


def _in_own_scene(cand: Candidate, index) -> None:
    """An act told apart by its own scene happened there, not where the clause's act did ("amid operations
    *near Kharkiv*")."""
    token, event = cand.trigger.token, cand.event
    left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    if event.location is not None and left <= event.location.start < right:
        return
    for i in sorted(_scene(token)):
        phrase = token.doc[i].subtree
        first = next(phrase)
        last = token.doc[max(t.i for t in token.doc[i].subtree)]
        place = index.location(first.idx, last.idx + len(last))
        if place is not None:
            event.location = place
            return


def _own_act(cand: Candidate, governor, index, lex: Lexicon) -> bool:
    """An event noun that another act is done to and that names its own doer, a party other than the one
    acting on it ("the tribunal refused *Kenya's* request", "the army dispersed *Hamas's* rally"), is that
    party's act, reported here first: an event of its own. Not when an act of its type by that party was
    reported before (a repeated mention: "Uganda rejected *Kenya's* accusation" after Kenya accused Uganda),
    nor what the act stops ("halt *its* shelling", as in `_ceased`); doers unresolved, or an act that is only
    a kind ("would never accept *any* occupation"), keep it part of the act."""
    token = cand.trigger.token
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "obj", "nsubjpass") \
            or lemma(governor) in lex.modality["cessation_verbs"]:
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in arguments.DEFINITE) for c in token.children):
        return False  # "would never accept any occupation": a kind of act, none reported
    doers = {_party(t, index) for t in participants.named_doers(token, index)} - {None}
    acting = {_party(t, index) for t in subjects(governor)}
    if not doers or not acting or doers & acting:
        return False
    start = token.sent.start_char
    return not any(e.type == cand.type and e.trigger.start < start and doers & {_party_of(a, index) for a in e.actors}
                   for e in index.dl.events)


def _party(token, index) -> Optional[str]:
    """The country or actor a participant stands for (its code's first three letters, else its actor id)."""
    return _party_of(arguments.mention_for(token, index), index)


def _party_of(mention: Mention, index) -> Optional[str]:
    actor = index.dl.actors.get(mention.actor) if mention.actor else None
    if actor is None:
        return mention.actor
    code = actor.country or actor.code
    return code[:3].upper() if code else actor.id


def _naming_clause(cand: Candidate, by_token: dict) -> bool:
    """The naming verb of a free relative that is another act's object ("condemned *what it called* aggression"):
    the act's own words for its object, no second act of the kind."""
    token = cand.trigger.token
    head = by_token.get(token.head.i)
    return token.dep_ in ("ccomp", "dobj", "xcomp") and participants.free_relative(token) and head is not None \
        and head is not cand and head.type == cand.type


def _same_party(a: Mention, b: Mention) -> bool:
    return (a.actor is not None and a.actor == b.actor) or (a.start < b.end and b.start < a.end)


def _not_own(tokens: list, recipients: list[Mention], actors: list[Mention]) -> list[Mention]:
    """A possessive pronoun that resolves to the actor ("the EU eased *its* sanctions", "Libya withdrew
    *its* troops") says whose the thing acted on is: the actor's own, not a recipient."""
    codes = {a.actor[:3].upper() for a in actors if a.actor}
    return [m for t, m in zip(tokens, recipients)
            if not (t.tag_ == "PRP$" and m.actor and m.actor[:3].upper() in codes)]


def _one_per_party(recipients: list[Mention]) -> list[Mention]:
    """Two mentions of one resolved actor are one recipient: a name and its abbreviation ("the International
    Atomic Energy Agency, or IAEA"), a nationality and the force it qualifies ("Israeli military policies")."""
    seen: set[str] = set()
    kept = []
    for m in recipients:
        if m.actor is None or m.actor not in seen:
            kept.append(m)
        if m.actor is not None:
            seen.add(m.actor)
    return kept


def _own_resources(triggers: list[Trigger], lex) -> set[int]:
    """Troops, diplomats and observers an actor pulls out or sends are its own, no recipient: in "pulled
    its monitors out of Iraq" or "sent peacekeepers to Haiti" the recipient is where they go from or to,
    or whose they are when another sends them ("expelled inspectors of the agency")."""
    own = lex.classes.get("own_resources", frozenset())
    found = set()
    for t in triggers:
        if t.entry.mode in lex.own_resource_senses.get("modes", ()):
            found |= {o.i for o in objects_of(t.token) if lemma(o) in own}
        elif t.entry.type in lex.own_resource_senses.get("types", ()):
            # the constraint's object ("sent peacekeepers"), else the plain object ("deployed the Defence Forces")
            found |= {o.i for o in ([t.theme] if t.theme is not None else objects_of(t.token)) if _word_in(o, own)}
    return found


def _coordinated_of(noun, event: Event, index) -> list[Event]:
    """"the killing of A in X and of B in Y": a coordinated 'of' names a second act of the same
    kind, with its own victim and, when it says them, its own place and date."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    subtree_end = max(t.i for t in noun.subtree)
    out, second = [], None
    for of in noun.doc[noun.i + 1:subtree_end + 1]:
        if of.lower_ != "of" or of.dep_ != "conj" or of.head.dep_ != "prep" or not _under(of, noun):
            continue
        objects = [t for c in of.children if c.dep_ == "pobj" for t in with_conjuncts(c)]
        if not objects:
            continue
        second = of.idx if second is None else second
        start, end = of.idx, of.sent.end_char  # what follows the second 'of' is about the second act
        later = [t for t in index.timexes if start <= t.start < end]
        out.append(event.model_copy(update={
            "recipients": [arguments.mention_for(t, index) for t in objects],
            "location": index.location(start, end) or event.location,
            "date": EventDate(value=later[0].value, timex=later[0].id) if later else event.date,
        }))
    if second is not None and event.location is not None and event.location.start >= second:
        # the first act keeps only a place said before the second 'of'
        event.location = index.location(noun.idx, second)
    return out


def _has_own_agent(token) -> bool:
    """An event noun whose participle names its own doer ("a proposal *put forward by* the
    mediators", "a plan drafted by the AU"): another party's act than the clause's."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children) for c in token.children)


def _results_take_place(kept: list[Candidate], results: frozenset, index) -> None:
    """Harm told in a participle clause happened where the act it tells of did ("shelled a village in
    the north, killing a man"), or where that clause says its blow fell when it is no event of its own ("a
    bomb hit a block in Kharkiv, wounding ten"), unless the participle names its own place."""
    by_token = {c.trigger.token.i: c for c in kept if c.event is not None}
    for c in by_token.values():
        token = c.trigger.token
        if c.event.location is not None or not _result_clause(token, results):
            continue
        head = token.head if token.dep_ == "advcl" else token.head.head
        act = by_token.get(head.i)
        if act is not None and act.type == c.type:
            c.event.location = act.event.location
        elif act is None:
            c.event.location = location.clause_place(head, index, token)


def _moments_share_place(kept: list[Candidate]) -> None:
    """Acts told as one moment by "when" or "as" ("an aid worker was wounded when gunfire hit a car near X", "took
    the centre of Bukavu as government troops pulled back") happened in one place: one that has none takes the
    other's; not an act over a whole country ("as workers enforced a strike across the country"), nor one set
    against another by "while"."""
    told = [c for c in kept if c.event is not None and not location.nationwide(c.trigger.token)]
    for c in told:
        verb = arguments.clause_verb(c.trigger.token)
        if not any(w.lower_ in ("when", "as") and w.dep_ in ("advmod", "mark") for w in verb.children):
            continue
        if any(t.dep_ == "prep" and t.lower_ in arguments.TIME_PREPS for t in verb.ancestors):
            continue  # "raided villages since late October, when a commander defected": another time
        main = arguments.clause_verb(verb.head) if verb.head.pos_ not in ("VERB", "AUX") else verb.head
        for other in told:
            if arguments.clause_verb(other.trigger.token).i != main.i or other is c:
                continue
            if other.event.location is None:
                other.event.location = c.event.location
            elif c.event.location is None:
                c.event.location = other.event.location


def _conjuncts_take_place(kept: list[Candidate]) -> None:
    """A verb coordinated after another with no subject of its own tells a second act of the same doers
    in the same scene ("ambushed a truck near Kutum and abducted its driver", "held talks in Jakarta and
    agreed to ..."): it happened where the first act (or the event the first verb holds) did."""
    by_token = {c.trigger.token.i: c for c in kept if c.event is not None}
    for c in by_token.values():
        token = c.trigger.token
        if c.event.location is not None or token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") \
                or subjects(token, passive=True):
            continue
        first = token.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        acts = [first] + [o for o in first.children if o.dep_ in ("dobj", "obj")]
        act = next((by_token[t.i] for t in acts if t.i in by_token and by_token[t.i].event.location), None)
        if act is not None:
            c.event.location = act.event.location


def _deadline_content(token) -> bool:
    """What a deadline is given for ("gave the garrison 24 hours to surrender"): the parser hangs the infinitive
    on the span as a relative clause, and the span on the verb as an adverbial after its indirect object."""
    if token.dep_ == "relcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "npadvmod" and any(c.dep_ == "dative" for c in token.head.children)


def _purpose_of(noun, verb, lex: Lexicon) -> bool:
    """An event noun that is what the verb's act was for ("flew to Bangkok *for the summit*"), hung on the verb by a
    preposition of purpose."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.head.i == verb.i \
        and noun.head.lower_ in lex.classes.get("purpose_marks", frozenset())


def _further_infinitive(token) -> bool:
    """A second infinitive with its own "to" that the parser hung on the first as an adverbial ("urged the police to
    free the students, *to drop* the charges and to investigate"): in a request, one more act asked for."""
    return token.dep_ == "advcl" and token.tag_ == "VB" and token.head.dep_ in ("xcomp", "ccomp") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _content_conjunct(token) -> bool:
    """A second clause of what is asked, promised or refused, or the party something is given to in it ("called on
    all sides to refrain from violence *and to return* to dialogue", "to give priority *to* dialogue"): part of the
    same content, as the first clause and the object are."""
    if token.dep_ == "dative":
        return True
    if token.dep_ == "conj" and token.pos_ == "ADP" and token.head.dep_ == "prep":
        return True  # "called for an end to the violence *and for* a dialogue": the second thing called for
    if token.dep_ != "conj" or token.pos_ != "VERB" or not (token.head.dep_ in ("xcomp", "ccomp")
                                                           or _further_infinitive(token.head)):
        return False
    # ... also a bare verb that shares the first clause's "to" ("to free the detainees *and return* to dialogue")
    shares = token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in (token.head if shares else token).children)


def _result_clause(token, results: frozenset) -> bool:
    """A participle clause that tells what a reported act did ("shelled the village, killing a man";
    "..., wrecking a ward"): the harm it names is an event of its own."""
    return token.dep_ in ("advcl", "conj") and token.tag_ == "VBG" and token.head.pos_ == "VERB" \
        and lemma(token) in results and (token.dep_ == "advcl" or token.head.dep_ == "advcl")


def _casualties_of_attack(cand: Candidate, cands: list[Candidate], casualties: frozenset) -> Optional[Candidate]:
    """A killing or wounding told after an attack by a participle ("shelled the camp, killing nine and wounding 30")
    or by an "and"-clause with no subject of its own ("stormed the hotel and killed six guests"): casualties of that
    ASSAULT, not an act of their own (eval/CONVENTIONS.md rule 9); so are those of a riot, both read as its violence
    ("rioters torched the station, killing two officers"): that attack or riot, or None. A harm with its own subject
    ("and militiamen killed two guards"), one the sentence denies, and a kill with no attack before it ("a roadside
    bomb killed three") stand."""
    token = cand.trigger.token
    if cand.type not in ("ASSAULT", "PROTEST") or lemma(token) not in casualties or cand.event.modality == "negated":
        return None
    while token.dep_ == "conj" and token.tag_ == token.head.tag_ == "VBG":
        token = token.head  # "killing nine and wounding 30", "seizing two trucks and killing a driver": one clause
    if token.dep_ not in ("advcl", "conj") or token.head.pos_ != "VERB" or token.head.i >= token.i:
        return None
    if token.tag_ != "VBG" and (token.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) and not _gapped_passive(token)):
        return None
    head = arguments.clause_verb(token.head).i
    return next((o for o in cands if o is not cand and o.type == cand.type and o.event.modality != "negated"
                 and o.clause == head and o.trigger.token.i < cand.trigger.token.i), None)


def _gapped_passive(token) -> bool:
    """A passive participle that shares the auxiliary of the passive before it ("three people were killed and 34
    wounded"): the subject the parser gives it is who was harmed, not a doer of its own."""
    return token.tag_ == "VBN" and token.head.tag_ == "VBN" \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
        and any(c.dep_ == "auxpass" for c in token.head.children)


def _riot_damage(trigger: Trigger, dl: Annotations, lex: Lexicon, kept: list) -> bool:
    """Property damage told with no doer ("shops were looted", "a car was set on fire") where a protest was told
    shortly before, and no named doer's attack earlier in the sentence ("a convoy was attacked by a group of men,
    and one of its vehicles was set on fire" stays that attack's damage): the crowd's riot."""
    if lemma(trigger.token) not in lex.classes["property_violence"]:
        return False
    if any(c.event is not None and c.event.type == "ASSAULT" and c.event.actors for c in kept):
        return False
    since = trigger.token.idx - arguments.ANAPHORA_REACH
    return any(e.type == "PROTEST" and e.trigger.start >= since for e in dl.events)


def _refers_back(trigger: Trigger, dl: Annotations, lex: Lexicon) -> bool:
    """A bare definite event noun ("condemned the raids") that names an event of its other sense
    reported earlier in the document (air strikes before "the raids")."""
    token = trigger.token
    sense = lex.anaphoric_senses.get(lemma(token))
    if sense is None or trigger.entry.type == sense or trigger.entry.constrained:
        return False
    if not _bare_definite(token):
        return False
    # the nearer of the two senses wins: air strikes reported last keep "the raids" an armed raid
    latest = next((e.type for e in reversed(dl.events) if e.type in (sense, trigger.entry.type)), None)
    return latest == sense


def _bare_definite(token) -> bool:
    """An event noun with a definite determiner and no modifier saying which act it is ("the raid", not "a raid",
    "the police raid" or "Friday's raid"): one that points back."""
    definite = any(c.dep_ == "det" and c.lower_ in arguments.DEFINITE for c in token.children)
    return definite and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.children)


def _told_again(trigger: Trigger, type_: str, by_token: dict[int, Candidate], dl: Annotations, lex: Lexicon) -> bool:
    """A bare definite noun of a material act that a verbal act is about ("Peru condemned the raid", "welcomed the
    withdrawal"), where an act of that type was told earlier in the document: the act told before, judged, not a
    new one (the gold sets leave nouns that refer back uncoded)."""
    token = trigger.token
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "obj") or not _bare_definite(token):
        return False
    governor = by_token.get(token.head.i)
    if governor is None or not lex.types[governor.type]["quad"].startswith("verbal"):
        return False
    return lex.types[type_]["quad"].startswith("material") and any(e.type == type_ for e in dl.events)


def _acted_on(cand: Candidate, by_token: dict[int, Candidate], lex: Lexicon) -> bool:
    """A protest noun that an act of conflict is done to or aimed at ("banned the march", "fired tear gas at that
    rally", "charged 40 students over the protests", "criticised the handling of the protests"), or that the news
    tells of ("journalists who covered the protests"): that act's target or topic, a protest told before or never
    told, but not told here. An aim or ground needs a definite noun: "at a rally in Kisumu" may be where a protest
    is first told."""
    token = cand.trigger.token
    if cand.type != "PROTEST" or token.pos_ not in ("NOUN", "PROPN"):  # "the march" may be tagged as the month
        return False
    classes = lex.classes
    targeting = classes.get("protest_targeting_types", frozenset())

    def acts_on(word, telling: bool = True) -> bool:
        done = by_token.get(word.i)
        return (done is not None and done.type in targeting) or (telling and lemma(word) in classes["news_of_protests"])

    while token.dep_ == "conj":
        token = token.head  # "banned the marches and rallies"
    head = token.head
    if token.dep_ in ("dobj", "obj"):
        return acts_on(head)
    if token.dep_ == "nsubjpass":  # "the march was banned"; but "marches were reported in three towns" tells them
        return acts_on(head, telling=False)
    if token.dep_ != "pobj" or head.dep_ != "prep":
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and (c.lower_ in arguments.DEFINITE or c.lower_ == "all"))
                   for c in token.children)
    holder = head.head
    if head.lower_ == "of" and holder.pos_ == "NOUN":
        # "the handling of the protests", "the violent dispersal of peaceful demonstrations"
        return acts_on(holder) or (holder.dep_ in ("dobj", "obj") and definite and acts_on(holder.head))
    if head.lower_ not in classes["protest_target_preps"] or not definite:
        return False
    # "charged 40 students over the protests": the phrase may hang on the act's object
    return acts_on(holder) or (holder.dep_ in ("dobj", "obj") and acts_on(holder.head))


def _names_a_unit(token, lex: Lexicon) -> bool:
    """An event noun that only names what kind of unit or gear another noun is ("riot police",
    "attack helicopters", "protest placards", "patrol cars"): no event is reported. A noun modifier is a singular
    noun; a verb the parser hung there is a headline's predicate ("drone *hits* car")."""
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and lemma(token.head) in lex.classes["units"] \
        and token.tag_ in ("NN", "NNP")


def _manner(token, lex: Lexicon) -> bool:
    """A bare event noun in a phrase of manner or state ("resigned *in protest*", "soldiers *on patrol*"): how the
    party acts or stands, no event of its own; "in the protests", "on a patrol" name one."""
    return token.dep_ == "pobj" and token.tag_ in ("NN", "NNP") \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children) \
        and f"{token.head.lower_} {lemma(token)}" in lex.classes["manner_phrases"]


def _describes(token, objects: set[int], acted_on: set[tuple[int, int]], people: frozenset) -> bool:
    """A participle that only describes what another event acts on ("freed the kidnapped engineers",
    "release the detained reporters", "release all those *detained* since the vote"): the earlier act is
    presupposed, not reported. A participle with its doer ("prisoners *held* by the militia") tells that act."""
    if token.tag_ not in ("VBN", "VBD") or token.head.i not in objects:
        return False
    # ... a participle phrase on the people another act is about, not a clause with a subject of its own ("that he
    # has been held"), nor one on a thing ("lift the sanctions imposed on Guinea"), nor on its own patient
    if token.dep_ == "amod":
        return True
    return token.dep_ == "acl" and (token.head.pos_ == "PRON" or _word_in(token.head, people)) \
        and any(o == token.head.i and i != token.i for o, i in acted_on) \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in token.children)


def _rioter(actor, lex: Lexicon) -> bool:
    """A rioting crowd ("rioters torched cars", "youths stoned the police"); armed youths are an armed group, and what
    they do an armed attack ("armed youth overran an army base")."""
    return _word_in(actor, lex.classes["rioters"]) and not any(
        c.dep_ == "amod" and c.lower_ in lex.classes["armed_marks"] for c in actor.children)


def _chosen(token, type_: str, lex: Lexicon) -> bool:
    """A measure a body decided or voted to take ("the cabinet decided to remove the police chief from his post") is
    taken, though it takes effect later: CONVENTIONS rule 5 keeps it a SANCTION, not a threat of one."""
    return type_ in lex.chosen_stand and token.dep_ == "xcomp" and lemma(token.head) in lex.choosing_verbs


def _lynching(token, recipients, lex: Lexicon) -> bool:
    """A crowd's violence that kills ("beat 13 policemen to death") or falls on one person ("a mob attacked the
    deputy minister"): a lynching, which PLOVER codes as the assault it is, not as a riot's violence against a group
    or property ("youths stoned the police", "a crowd attacked the police station")."""
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
           for c in token.children):
        return True
    persons = lex.classes["titles"] | lex.classes["people"]
    # the one attacked, as the verb's object or passive subject (not the owner of a home broken into), named by a
    # word for a person or by a name with its title ("Finance Minister X"; a palace's name may be tagged a person's)
    return bool(recipients) and all(
        r.tag_ in ("NN", "NNP") and r.head.i == token.i and r.dep_ in ("dobj", "obj", "nsubjpass")
        and (lemma(r) in persons or r.ent_type_ == "PERSON" and any(
            c.dep_ in ("compound", "appos") and lemma(c) in persons for c in r.children))
        for r in recipients)


def _parties(actors) -> int:
    """How many parties act: coordinated actors, and coordinated nationalities of one ("French and
    Egyptian warships")."""
    count = 0
    for actor in actors:
        peoples = [c for c in actor.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        count += max(1, sum(len(with_conjuncts(p)) for p in peoples))
    return count


def _under(token, ancestor) -> bool:
    """Whether a token hangs below another through prepositions, their objects and conjuncts."""
    while token.i != ancestor.i and token.head.i != token.i:
        if token.dep_ not in ("prep", "pobj", "conj"):
            return False
        token = token.head
    return token.i == ancestor.i


def _linked(strong: Candidate, weak: Candidate) -> bool:
    """Whether one trigger governs the other ("airstrikes killed", "killed in an airstrike", "launched
    an attack, targeting ships"); a killing the sentence only mentions beside a strike ("the barrage
    was revenge for the killing of") is its own event."""
    a, b = strong.trigger.token, weak.trigger.token
    if a.dep_ in ("dobj", "obj") and a.head.i != b.i:
        a = a.head  # "launched an attack ... targeting ships": the light verb stands for the noun's event
    if b.is_ancestor(a):
        a, b = b, a
    if not a.is_ancestor(b):
        return False
    # "Sinwar, the architect of the October attack, was killed": a trigger that describes a
    # participant (a noun between the two) is another event; so is one in a clause joined to the
    # other ("a strike killed X, and troops crossed into Y")
    token = b
    contrasts = lexicon().classes.get("contrast_marks", frozenset())
    sequences = lexicon().classes.get("sequence_marks", frozenset())
    simultaneous = lexicon().classes.get("simultaneity_marks", frozenset())
    # a weak attack verb (not a harm that a strike causes: "killed after an airstrike hit the house") in a clause or
    # phrase "after"/"before" the other act is an act of its own ("launched rockets after jets had struck its
    # launchers", "Hours after the raid, the force struck the airport")
    harm = lemma(weak.trigger.token) in lexicon().classes.get("result_verbs", frozenset())
    while token.i != a.i:
        if token.dep_ == "conj" or (token.i != b.i and token.pos_ in ("NOUN", "PROPN")):
            return False
        if not harm and ((token.dep_ == "prep" and token.lower_ in sequences) or (token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in sequences for c in token.children))):
            return False
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in contrasts for c in token.children):
            return False  # "intercepted ..., though a small number hit": an act set against the other
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in simultaneous for c in token.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False  # "While drones struck the port, one drone entered Romanian airspace": two doers' acts
        if token.lower_ in sequences and any(c.dep_ == "npadvmod" for c in token.children):
            return False  # "killed in Aleppo, hours after the Homs raid": an interval between two acts
        token = token.head
    return True


def _coercive_aim(cand: Candidate, matrix: Candidate) -> bool:
    """A coercion told as the purpose of a violent act ("fired tear gas *to disperse* the crowd", "shot into the air
    *to break up* the march"): the infinitive says what the violence was for; the violence is the act."""
    token = cand.trigger.token
    return cand.type == "COERCE" and matrix.type == "ASSAULT" and token.dep_ in ("xcomp", "advcl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _verbal_purpose(token, type_: str, lex: Lexicon) -> bool:
    """A verbal act in an infinitive of purpose with no subject of its own, or named by the object of one ("headed
    for the capital *to demand* his release", "telephoned the emir *to express* solidarity"): it says what the
    clause's act was for, which PLOVER does not code as an act of its own (`purpose_stand`)."""
    if type_ not in lex.purpose_stand:
        return False
    clause = token.head if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" else token
    return clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") \
        and lemma(clause.head) not in lex.choosing_verbs | lex.medium_verbs | lex.modality["future_verbs"] \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _ailment(token, lex: Lexicon) -> bool:
    """An illness named like an act: "a heart attack", "an asthma attack"."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("compound", "amod") and lemma(c) in lex.classes["ailments"] for c in token.children)


def _underwent_disaster(actor, trigger, lex: Lexicon, index, acts: set[int]) -> bool:
    """Whether an actor is what an accident happened to, as the subject of another verb that is a
    disaster ("the bus plunged ..., killing 14") that no weapon caused and that is no deliberate act
    ("Hamas fired rockets ..., killing four")."""
    verb = actor.head
    return (actor.dep_ == "nsubj" and verb.i != trigger.i and verb.i not in acts and verb.pos_ == "VERB"
            and _disaster(verb, lex, index))


def _disaster(token, lex: Lexicon, index) -> bool:
    """A word that names a disaster: a disaster noun, or a disaster verb that happens to its subject
    ("the ferry capsized", "the plant exploded"); one done to an object is an act ("troops stormed
    the building", "rioters burned cars"), and one a weapon caused no disaster."""
    if lemma(token) not in lex.disasters:
        return _ailment(token, lex)
    if token.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    return not _armed(token, lex, index)


def _disaster_named(sent: Span, used: set[int], lex: Lexicon, index) -> bool:
    """A word of the sentence outside `used` names a disaster (`_disaster`): only a disaster word or the noun an
    ailment word modifies (`_ailment`) can, so only those are read, found off spaCy's arrays (`tokens_where`)."""
    ailments = lex.classes["ailments"]
    words = tokens_where(sent, "LEMMA", lambda value: value.lower() in lex.disasters)
    words += [t.head for t in tokens_where(sent, "LEMMA", lambda value: value.lower() in ailments)
              if t.dep_ in ("compound", "amod") and sent.start <= t.head.i < sent.end]
    return any(_disaster(t, lex, index) for t in words if t.i not in used)


def _armed(token, lex: Lexicon, index=None) -> bool:
    """An explosion caused by a weapon ("a car bomb explosion", "a bomb exploded") or a fire named by the arm that
    fires it ("tank fire") is no disaster;
    nor is one in an attack ("explosions in a strike") or among the members of an armed force or
    group ("radios blew up in the hands of militia fighters"): that is an attack on them."""
    weapons = lex.classes.get("weapons", frozenset()) | lex.classes.get("laden_weapons", frozenset())
    if any(lemma(c) in weapons for c in token.children if c.dep_ in ("compound", "amod", "nmod", "nsubj")):
        return True
    arms = lex.classes.get("heavy_arms", frozenset()) | lex.classes.get("small_arms", frozenset())
    if token.pos_ == "NOUN" and any(lemma(c) in arms for c in token.children if c.dep_ in ("compound", "amod", "nmod")):
        return True  # "tank fire" (but "a fuel tank exploded", "a helicopter crashed": what burst or fell)
    if _wave_of_attack(token, lex):
        return True
    if lemma(token) not in lex.classes.get("explosions", frozenset()):
        return False
    if _blast_of_named_weapon(token, lex):
        return True
    clause = arguments.clause_verb(token.head if token.dep_ in ("amod", "compound") else token)
    hostility = lex.classes.get("hostility", frozenset())
    return any(t.i != token.i and lemma(t) in hostility or _armed_party(t, index, lex) for t in clause.subtree)


def _wave_of_attack(token, lex: Lexicon) -> bool:
    """A wave counted in order ("the first wave", "a second wave") in or after a sentence that names weapons is a wave
    of the attack ("drones and boats closed on the ship. The first wave knocked out her engines"), no sea or heat
    wave."""
    if token.pos_ != "NOUN" or lemma(token) not in lex.classes.get("series_nouns", frozenset()) \
            or not any(c.ent_type_ == "ORDINAL" or c.lower_ in ("next", "another", "final", "last")
                       for c in token.children if c.dep_ in ("amod", "nummod")):
        return False
    return _named_near(token, lex.classes.get("weapons", frozenset()) | lex.classes.get("explosive_weapons", frozenset()))


def _blast_of_named_weapon(token, lex: Lexicon) -> bool:
    """A definite "the blast" or "the explosions" refers back: in or after a sentence that names an explosive
    weapon ("bombs fell on the camp. The explosions killed 35") it is that weapon's blast."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
                                       for c in token.children):
        return False
    return _named_near(token, lex.classes.get("explosive_weapons", frozenset()))


def _named_near(token, words: frozenset) -> bool:
    """A word of the class is said in the token's sentence or the one before."""
    doc, start = token.doc, token.sent.start
    near = (list(doc[start - 1].sent) if start > 0 else []) + list(token.sent)
    return any(_word_in(t, words) for t in near)


def _armed_party(token, index, lex: Lexicon) -> bool:
    """Whether a word names an armed force or group (by its actor code's sector: ISRMIL, LBNREB)."""
    if index is None or token.pos_ not in ("PROPN", "NOUN"):
        return False
    mention = index.mention(token.idx, token.idx + len(token), token)
    actor = index.dl.actors.get(mention.actor) if mention is not None else None
    code = (actor.code or "") if actor is not None else ""
    return any(code[3:].startswith(sector) for sector in lex.classes.get("armed_sectors", ()))


def _rank(c: Candidate) -> tuple:
    """Among events of one type in one clause, the clause's own verb first, then confidence."""
    return (c.trigger.token.i == c.clause, c.event.confidence)


def _confidence(trigger: Trigger, actors, recipients) -> float:
    score = 0.6
    if trigger.entry.constrained:
        score += 0.1
    if trigger.entry.weak:
        score -= 0.15
    if actors:
        score += 0.15 if any(a.actor for a in actors) else 0.1
    if recipients:
        score += 0.05
    return round(max(0.05, min(0.95, score)), 2)
