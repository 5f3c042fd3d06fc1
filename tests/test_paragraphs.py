"""A blank line ends a sentence, so headlines stand apart from the story."""


def test_a_headline_is_its_own_sentence(nlp):
    text = "Mediators gather in Doha\n\nQatar hosted a new round of talks on Thursday, officials said."
    doc = nlp(text, published="2024-08-16")
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Mediators gather in Doha\n\n",
        "Qatar hosted a new round of talks on Thursday, officials said.",
    ]


def test_a_single_line_break_inside_a_paragraph_does_not_split(nlp):
    text = "Qatar hosted a new round of talks\non Thursday, officials said."
    assert len(nlp(text).sentences) == 1
