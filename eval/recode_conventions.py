"""Re-code the event gold sets to the conventions of eval/CONVENTIONS.md (session 16, round conv23).

Run from the project root: `.venv/bin/python eval/recode_conventions.py` (add `--dry-run` to list the changes only).
It reads every eval/events-*gold.yaml, changes only the events a rule below names, writes each changed event back in
the files' usual layout (every other line stays as it was), and adds a "Session 16" line to the header of each file
it changed. Running it again changes nothing. The first-measurement files are never touched.

Rules, as CONVENTIONS.md states them:
1. CONSULT (and a meeting told in the future, coded AGREE): with no host or visitor told by the trigger, every
   participant is an actor and there is no recipient. Triggers of visiting and hosting keep their roles (the
   visitor acts, the host or the place visited receives); a go-between keeps the sides as recipients.
   HOSTED lists the events where one side hosts or receives the other: the guest is the actor, the host the
   recipient. HOST_TOLD lists the events whose sentence names a host for talks ("hosted by", "at his official
   residence"): they keep the host as recipient.
2. FUTURE_MEETINGS: a meeting or trip told as future is AGREE.
3. TAKEN_GROUND: ground taken by armed force is ASSAULT (was COERCE seize).
4. DECLARED_CEASEFIRES: a ceasefire declared, not yet observed, is CONCEDE (was RETREAT ceasefire).
5. SUPPOSED_SANCTIONS: a sanction only said to be possible is THREATEN (was SANCTION).
9. (session 24, round conv33) Harm told after an attack by a participle or an "and"-clause of the same doer ("shelled
   the market, killing 12"; "struck the ship and killed three of its crew") is part of that ASSAULT: the harm's own
   event is removed (`folded_harm`) and the attack keeps its arguments; its files get a "Session 24" line.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from count_harm_after_strikes import harm_participles  # noqa: E402
from dateline.evaluate.events import default_corpus, gold_corpus  # noqa: E402
from dateline.readers import read_paths  # noqa: E402

HEADER = "# Session 16: {what} re-coded to eval/CONVENTIONS.md (eval/recode_conventions.py)."
FOLDED_HEADER = ("# Session 24: {n} harm told after an attack by the same doer folded into that ASSAULT under "
                 "eval/CONVENTIONS.md rule 9 (eval/recode_conventions.py): {what}.")

# Trigger words that tell a visit, a trip or a host (rule 1 keeps their roles), and a go-between's words.
VISIT_WORDS = {"visit", "visits", "visited", "visiting", "trip", "travel", "travels", "travelled", "traveled",
               "travelling", "traveling", "fly", "flew", "arrive", "arrived", "arrival", "go", "went", "come", "came",
               "called on", "led the delegation", "host", "hosts", "hosted", "receive", "receives", "received",
               "welcome", "welcomed"}
GO_BETWEEN_WORDS = {"mediation", "mediate", "mediated", "mediating"}
MEETING_WORDS = re.compile(r"\b(meet|meets|met|meeting|talks?|consultations?|speak|spoke|spoken|call|called|summit)\b",
                           re.I)

# (gold set, document, trigger start) -> the host's text: the guests act, the host receives.
HOSTED = {
    ("blind11", "crosswind-radio-interview-mirzoyan-2024-05-14.md", 429): "Kazakhstan",
    ("blind11", "crosswind-radio-interview-mirzoyan-2024-05-14.md", 771): "he",
    ("blind11", "crosswind-radio-interview-mirzoyan-2024-05-14.md", 1006): "Minister Baerbock",
    ("blind15", "benadir-record-fm-statement-ankara-2024-12-12.md", 2264): "Hakan Fidan",
    ("sealed24", "zagros-news-agency-translation-majlis-iaea-ceasefire-2025-06-25.md", 5516): "President Vladimir Putin",
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 4519): "Sheikh Tamim bin Hamad Al Thani",
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 5716): "President Donald Trump",
}
HOST_TOLD = {
    ("sealed20", "lorewell-encyclopedia-2024-in-sudan-2025-01-03.md", 2744),  # "Talks ... hosted by the United States"
    ("sealed22", "mekong-sideline-thailand-cambodia-border-2025-07-29.md", 3877),  # "sat down with Anwar at his residence"
}
# Rule 2: planned meetings and trips coded CONSULT (a requested meeting stays: it is what a REQUEST asks for).
FUTURE_MEETINGS = {
    ("blind15", "benadir-record-fm-statement-ankara-2024-12-12.md", 3439),  # "I will travel to Addis Ababa"
}
REQUESTED_MEETINGS = {
    ("samples", "tidewater-bulletin-yemen-strikes-2024-01-12.txt", 1311),  # "requested an emergency meeting"
}
TAKEN_GROUND = {
    ("blind-places10", "lodestar-gaza-access-update-2024-06-24.md", 210),  # forces seized a crossing's side
    ("sealed25", "bellhaven-times-obituary-nasrallah-2024-09-29.md", 6537),  # took the town of Qusayr
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 1652),  # took the town of Masisi
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 3291),  # took Kavumu airport
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 3369),  # took the centre of Bukavu
    ("sealed27", "ferrymead-journal-field-diary-el-fasher-2025-11-07.md", 2636),  # a town the RSF took
}
DECLARED_CEASEFIRES = {
    ("sealed26", "halcyon-centre-working-paper-m23-kivu-2025-09-15.md", 3005),  # declared a unilateral ceasefire
    ("sealed29", "millbank-papers-committee-report-ukraine-support-2025-11-18.md", 2523),  # declared a truce (session 17)
}
SUPPOSED_SANCTIONS = {
    ("sealed25", "portcullis-post-diplomatic-notebook-alaska-summit-2025-08-17.md", 4942),  # could yet impose tariffs
}


def set_name(path: Path) -> str:
    return path.name[len("events-"):-len("-gold.yaml")] if path.name != "events-gold.yaml" else "gold"


def recode(event: dict, text: str, key: tuple) -> list[str]:
    """Change one event in place by the rules; the names of the rules applied."""
    applied = []
    trigger = text[event["trigger"][0]:event["trigger"][1]]
    words = trigger.lower()
    said = lambda p: text[p["span"][0]:p["span"][1]]  # noqa: E731
    if key in TAKEN_GROUND and event["type"] == "COERCE":
        event["type"] = "ASSAULT"
        event.pop("mode", None)
        applied.append("town captures (COERCE to ASSAULT)")
    if key in DECLARED_CEASEFIRES and event["type"] == "RETREAT":
        event["type"] = "CONCEDE"
        event.pop("mode", None)
        applied.append("declared ceasefires (RETREAT to CONCEDE)")
    if key in SUPPOSED_SANCTIONS and event["type"] == "SANCTION":
        event["type"] = "THREATEN"
        event.pop("mode", None)
        applied.append("supposed sanctions (SANCTION to THREATEN)")
    if event["type"] == "CONSULT" and key not in REQUESTED_MEETINGS and (
            key in FUTURE_MEETINGS or event.get("modality") == "future"):
        event["type"] = "AGREE"
        event.pop("mode", None)
        applied.append("future meetings (CONSULT to AGREE)")
    meeting = event["type"] == "CONSULT" or (event["type"] == "AGREE" and MEETING_WORDS.search(trigger)
                                             and not any(w in words for w in ("invit", "agree")))
    if not meeting:
        return applied
    if key in HOSTED:
        everyone = event["actors"] + event["recipients"]
        hosts = [p for p in everyone if said(p) == HOSTED[key]]
        guests = [p for p in everyone if said(p) != HOSTED[key]]
        if (event["actors"], event["recipients"]) != (guests, hosts):
            event["actors"], event["recipients"] = guests, hosts
            applied.append("CONSULT participants (the guest acts, the host receives)")
    elif event["recipients"] and key not in HOST_TOLD and not any(w in words for w in VISIT_WORDS | GO_BETWEEN_WORDS):
        spans = {tuple(p["span"]) for p in event["actors"]}
        event["actors"] = event["actors"] + [p for p in event["recipients"] if tuple(p["span"]) not in spans]
        event["recipients"] = []
        applied.append("CONSULT participants (all actors, no recipient)")
    return applied


def folded_harm(events: list[dict], text: str, doc: str) -> dict[int, dict]:
    """Rule 9: the events (by position) that tell the harm of an ASSAULT before them in their sentence, by a participle
    or an "and"-clause of its own doer (the harm names no actor or only the attack's), with the attack each folds into;
    a harm another doer did, or a harm told in a sentence of its own, stays."""
    said = lambda parties: {text[p["span"][0]:p["span"][1]].lower() for p in parties or []}  # noqa: E731
    folded: dict[int, dict] = {}
    for attack in events:
        if attack["doc"] != doc or attack["type"] != "ASSAULT":
            continue
        for at, _ in harm_participles(text, attack["trigger"][1], attack["sentence"][1]):
            for i, harm in enumerate(events):
                if harm is not attack and harm["doc"] == doc and harm["type"] == "ASSAULT" \
                        and harm["sentence"] == attack["sentence"] and harm["trigger"][0] <= at < harm["trigger"][1] \
                        and said(harm.get("actors")) <= said(attack.get("actors")) and i not in folded:
                    folded[i] = attack
    return folded


def rewrite(block: list[str], event: dict) -> str:
    """An event's lines with its type, mode and participants replaced as the gold files write them (flow lists for
    offsets, one participant per item); every other line, YAML anchors included, stays as it was."""
    scalar = lambda v: yaml.safe_dump(v, default_flow_style=True, width=10_000).removesuffix("\n...\n").strip()  # noqa: E731
    out, skipping = [], False
    block_style = any(line.rstrip() in ("  - span:", "  sentence:") for line in block)
    for line in block:
        key = re.match(r"(?:- |  )([a-z_]+):", line)
        if key is None:
            if not skipping:
                out.append(line)
            continue
        skipping = False
        name = key.group(1)
        if name == "type":
            out.append(f"  type: {event['type']}\n")
        elif name == "mode" and "mode" not in event:
            pass
        elif name in ("actors", "recipients"):
            skipping = True
            out.append(f"  {name}: []\n" if not event[name] else f"  {name}:\n")
            out += [("  - " if j == 0 else "    ") + _field(k, v, block_style, scalar)
                    for party in event[name] for j, (k, v) in enumerate(party.items())]
        else:
            out.append(line)
    return "".join(out)


def _field(key: str, value, block_style: bool, scalar) -> str:
    """One key of a participant, offsets one per line in a file written that way."""
    if block_style and isinstance(value, list):
        return f"{key}:\n" + "".join(f"    - {scalar(v)}\n" for v in value)
    return f"{key}: {scalar(value)}\n"


def blocks(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The lines before the first event, and each event's lines."""
    head, events = [], []
    for line in lines:
        if line.startswith("- doc:"):
            events.append([line])
        elif events:
            events[-1].append(line)
        else:
            head.append(line)
    return head, events


def process(path: Path, dry_run: bool, rules: set[str]) -> Counter:
    name = set_name(path)
    corpus = Path(gold_corpus(str(path)) or default_corpus())
    head, events = blocks(path.read_text(encoding="utf-8").splitlines(keepends=True))
    texts: dict[str, str] = {}
    counts: Counter = Counter()
    out, folds = [], []
    data = yaml.safe_load("".join(head) + "".join("".join(b) for b in events))
    listed = data["events"] if isinstance(data, dict) else data
    folded: dict[int, dict] = {}
    for event in listed:
        if event["doc"] not in texts:
            texts[event["doc"]] = next(iter(read_paths([str(corpus / event["doc"])]))).text
            if "9" in rules:
                folded.update(folded_harm(listed, texts[event["doc"]], event["doc"]))
    for i, (block, event) in enumerate(zip(events, listed, strict=True)):
        text = texts[event["doc"]]
        told = lambda e: text[e["trigger"][0]:e["trigger"][1]]  # noqa: E731
        if i in folded:
            folds.append(f"'{told(event)}' into '{told(folded[i])}'")
            print(f"{path.name}: harm after an attack (rule 9): {told(event)!r} at {event['trigger'][0]} "
                  f"folded into {told(folded[i])!r} at {folded[i]['trigger'][0]}")
            continue
        applied = recode(event, text, (name, event["doc"], event["trigger"][0])) if rules - {"9"} else []
        for rule in applied:
            counts[rule] += 1
            print(f"{path.name}: {rule}: {text[event['trigger'][0]:event['trigger'][1]]!r} at {event['trigger'][0]}")
        out.append(rewrite(block, event) if applied else "".join(block))
    lines = []
    if counts:
        lines.append(HEADER.format(what="; ".join(f"{n} {rule}" for rule, n in counts.items())))
    if folds:
        counts["harm after an attack folded (rule 9)"] = len(folds)
        lines.append(FOLDED_HEADER.format(n=len(folds), what=", ".join(folds)))
    if lines and not dry_run:
        at = next(i for i, h in enumerate(head) if h.startswith("events:"))
        head = head[:at] + ["".join(f"{row}\n" for row in textwrap.wrap(line, 118, subsequent_indent="# "))
                            for line in lines] + head[at:]
        path.write_text("".join(head) + "".join(out), encoding="utf-8")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    parser.add_argument("--rules", default="1-5,9", choices=["1-5,9", "1-5", "9"],
                        help="the rules to apply (session 24 applied 9 alone: sets written after session 16 were coded "
                             "by their own writers and are not re-coded to rules 1-5 here)")
    args = parser.parse_args()
    rules = set(args.rules.split(","))
    total: Counter = Counter()
    for path in sorted((ROOT / "eval").glob("events-*gold.yaml")):
        total += process(path, args.dry_run, rules)
    for rule, n in total.items():
        print(f"{n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
