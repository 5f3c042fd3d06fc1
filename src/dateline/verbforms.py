"""The `verbforms` component: an irregular past form the tagger read as a present one gets its past
tag and its lemma.

The small model tags a rarer irregular past ("Ukrainian forces retook the village") as a present
verb (VBP), and the lemmatizer then keeps the form as its own lemma, so no trigger entry ("retake")
matches it. A present or base verb left as its own lemma whose form the model's own lemma tables list only as an irregular
form (never as a verb's base) is past: tagged VBN after an auxiliary ("had retaken"), VBD otherwise,
with the listed lemma.

The lemmatizer also strips "-ed" and "-ing" whole from a verb whose base ends in a silent "e" when the stump is a
verb too ("staged" as "stag", "fined" as "fin", "waging" as "wag"). A stump of one short vowel before one final
consonant would have doubled it ("stagged", "finned"), so such a form is the "e" verb's.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PRESENT = frozenset({"VBP", "VB"})
INFLECTED = {"VBD": "ed", "VBN": "ed", "VBG": "ing"}
VOWELS = frozenset("aeiou")


def silent_e(token, bases: frozenset) -> str | None:
    """The base in "e" of a regular "-ed" or "-ing" form the lemmatizer cut to an undoubled stump, else None."""
    ending, stump = INFLECTED.get(token.tag_), token.lemma_.lower()
    if ending is None or token.lower_ != stump + ending or len(stump) < 3 or stump + "e" not in bases:
        return None
    undoubled = stump[-1] not in VOWELS | {"w", "x", "y"} and stump[-2] in VOWELS and stump[-3] not in VOWELS
    return stump + "e" if undoubled else None


def verb_tables(nlp: Language) -> tuple[frozenset, dict]:
    """The model's own verb lemma tables: the verbs' base forms, and each irregular form's lemmas (read once
    per pipeline; `headlines` asks too)."""
    cached = getattr(nlp, "_dateline_verbs", None)
    if cached is None:
        tables = nlp.get_pipe("lemmatizer").lookups
        cached = (frozenset(tables.get_table("lemma_index")["verb"]), dict(tables.get_table("lemma_exc")["verb"]))
        nlp._dateline_verbs = cached
    return cached


@Language.factory("verbforms")
def create_verbforms(nlp: Language, name: str):
    bases, exceptions = verb_tables(nlp)
    irregular = {form: lemmas[0] for form, lemmas in exceptions.items() if lemmas and form not in bases}

    def verbforms(doc: Doc) -> Doc:
        for token in doc:
            base = silent_e(token, bases)
            if base is not None:
                token.lemma_ = base
                continue
            stuck = token.tag_ in PRESENT and token.lemma_.lower() == token.lower_
            lemma = irregular.get(token.lower_) if stuck else None
            if lemma is None:
                continue
            participle = any(child.dep_ in ("aux", "auxpass") for child in token.children)
            token.tag_ = "VBN" if participle else "VBD"
            token.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part" if participle else "Tense=Past|VerbForm=Fin")
            token.lemma_ = lemma
        return doc

    return verbforms
