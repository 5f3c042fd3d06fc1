"""Scripture references: the citation as written, its work and its reference."""

from __future__ import annotations

import pytest

from dateline.scripture import lexicon, name_key


def refs(nlp, text):
    doc = nlp(text)
    for s in doc.scripture:
        assert text[s.start:s.end] == s.text
    return [(s.text, s.work, s.reference) for s in doc.scripture]


@pytest.mark.parametrize("text, cited, reference", [
    ('He read: "Fight them" [TMQ Surah Al-Baqarah 2:191].', "[TMQ Surah Al-Baqarah 2:191]", "2:191"),
    ("The preacher cited Quran 2:191 at length.", "Quran 2:191", "2:191"),
    ("The preacher cited Qur'an 2:191 at length.", "Qur'an 2:191", "2:191"),
    ("He recited Surah Al-Anfal 8:57 twice.", "Surah Al-Anfal 8:57", "8:57"),
    ("Glory to Him who took His servant by night (Al-Israa 17-1).", "(Al-Israa 17-1)", "17:1"),
    ("The Romans were defeated (Ar-Rum 30:4-5).", "(Ar-Rum 30:4-5)", "30:4-5"),
    ("The command in Al-Baqarah: 191 is often quoted.", "Al-Baqarah: 191", "2:191"),
    ("Read Surat al-Baqara, verse 255, at night.", "Surat al-Baqara, verse 255", "2:255"),
    ("They recite Surah Al-Kahf on Fridays.", "Surah Al-Kahf", "18"),
    ("The verse (Bani Isra'il 17:33) forbids it.", "(Bani Isra'il 17:33)", "17:33"),
    ("It is written in the Holy Qur'an (9:5).", "Holy Qur'an (9:5)", "9:5"),
    ("God says in Surah Al-Hujurat (49:13) that peoples were made to know one another.",
     "Surah Al-Hujurat (49:13)", "49:13"),
    ("Surah 8, verse 61 speaks of peace.", "Surah 8, verse 61", "8:61"),
    ("As the scholar notes (Q 2:256), there is no compulsion in religion.", "(Q 2:256)", "2:256"),
    ('The sermon ended: "The poets are followed by the deviators" [Al-Shu\'ara: 224].', "[Al-Shu'ara: 224]", "26:224"),
    ("The imam chose Al-Rahman 55:13 for the night prayer.", "Al-Rahman 55:13", "55:13"),
])
def test_quran(nlp, text, cited, reference):
    assert refs(nlp, text) == [(cited, "Quran", reference)]


def test_surah_name_must_match_its_number(nlp):
    assert refs(nlp, "The Cow 2:255 is the Throne Verse.") == [("The Cow 2:255", "Quran", "2:255")]
    assert refs(nlp, "Al-Anfal 9:5 is a misprint.") == []


def test_all_surahs_have_names():
    numbers = set(lexicon().surahs.values())
    assert numbers == set(range(1, 115))
    assert lexicon().surahs[name_key("Baqara")] == 2
    assert lexicon().surahs[name_key("Al Isra")] == 17


@pytest.mark.parametrize("text, cited, reference", [
    ("Blessed are the peacemakers (Matthew 5:9).", "(Matthew 5:9)", "Matthew 5:9"),
    ("He quoted 1 Samuel 15:3 in the debate.", "1 Samuel 15:3", "1 Samuel 15:3"),
    ("The psalm (Ps. 23) was read aloud.", "(Ps. 23)", "Psalms 23"),
    ("See Rev. 21:4-5 for the promise.", "Rev. 21:4-5", "Revelation 21:4-5"),
    ("It is quoted from 1 John 4:8 often.", "1 John 4:8", "1 John 4:8"),
])
def test_bible(nlp, text, cited, reference):
    assert refs(nlp, text) == [(cited, "Bible", reference)]


@pytest.mark.parametrize("text, cited, reference", [
    ("Love your enemies, the homily began (Mt 5,44).", "(Mt 5,44)", "Matthew 5:44"),
    ("The meek shall inherit the earth (Matthew 5, 5).", "(Matthew 5, 5)", "Matthew 5:5"),
    ("Love is patient and kind [1 Cor 13, 4-5].", "[1 Cor 13, 4-5]", "1 Corinthians 13:4-5"),
])
def test_a_comma_between_chapter_and_verse_in_brackets(nlp, text, cited, reference):
    assert refs(nlp, text) == [(cited, "Bible", reference)]


def test_a_comma_between_numbers_outside_brackets_is_no_verse(nlp):
    assert refs(nlp, "Matthew 5, 6 and 7 of them stayed behind.") == []


def test_hadith(nlp):
    assert refs(nlp, "The Prophet forbade it (Sahih al-Bukhari 6924).") == [
        ("(Sahih al-Bukhari 6924)", "Sahih al-Bukhari", "6924")]
    assert refs(nlp, "The saying was narrated by Muslim and is well known.") == [
        ("Muslim", "Sahih Muslim", "")]
    assert refs(nlp, "This report is agreed upon (Bukhari and Muslim).") == [
        ("Bukhari", "Sahih al-Bukhari", ""), ("Muslim", "Sahih Muslim", "")]
    assert refs(nlp, "It appears in Sunan Abu Dawud 4297 and Musnad Ahmad.") == [
        ("Sunan Abu Dawud 4297", "Sunan Abu Dawud", "4297"), ("Musnad Ahmad", "Musnad Ahmad", "")]


@pytest.mark.parametrize("text", [
    "Muslim leaders met at 10:30 and left at 12:15.",
    "Ahmad said the score was 2:1 at half time.",
    "Mark 5 people as absent and John 3 as late.",
    "Numbers 3 and 4 were drawn.",
    "There is no Quran 120:5, the surahs stop at 114.",
])
def test_not_scripture(nlp, text):
    assert refs(nlp, text) == []


@pytest.mark.parametrize("text, cited, reference", [
    ("The circle read Sūrat al-Kahf (18:10) together.", "Sūrat al-Kahf (18:10)", "18:10"),
    ("Justice is commanded in an-Nisāʾ 4:58 before anything else.", "an-Nisāʾ 4:58", "4:58"),
    ("Patience under trial is the theme of al-ʿAnkabūt 29:2 and what follows.", "al-ʿAnkabūt 29:2", "29:2"),
    ("The reading was Sûrat Maryam 19:16, chosen by the host.", "Sûrat Maryam 19:16", "19:16"),
])
def test_scholarly_transliteration_with_long_vowels_and_ayn(nlp, text, cited, reference):
    assert refs(nlp, text) == [(cited, "Quran", reference)]


@pytest.mark.parametrize("text, cited, work, reference", [
    # verse words with a range or a pair, after a surah named without "Surah", or after a book and its chapter
    ("The imam recited the promise of ease (Ash-Sharh, verses 5 and 6).", "(Ash-Sharh, verses 5 and 6)", "Quran", "94:5-6"),
    ("She ended with Alam Nashrah, ayat 5–6, and a prayer.", "Alam Nashrah, ayat 5–6", "Quran", "94:5-6"),
    ("He cited al-Baqara, verse 286, on burdens.", "al-Baqara, verse 286", "Quran", "2:286"),
    ("The fig tree parable (Luke 13, verses 6 to 9) was read.", "(Luke 13, verses 6 to 9)", "Bible", "Luke 13:6-9"),
    ("The pastor read Matthew chapter 5, verses 3 through 10.", "Matthew chapter 5, verses 3 through 10", "Bible",
     "Matthew 5:3-10"),
    ("Two verses were read (Surah Al-Kahf, verses 10 and 13).", "(Surah Al-Kahf, verses 10 and 13)", "Quran", "18:10,13"),
    # a chapter word after a book or the Quran, or a chapter "of" a book
    ("The sermon took the Gospel of Matthew, chapter 5, as its text.", "Matthew, chapter 5", "Bible", "Matthew 5"),
    ("The fast is described in chapter 58 of the Book of Isaiah.", "chapter 58 of the Book of Isaiah", "Bible", "Isaiah 58"),
    ("He recited the Quran, chapter 94, verses 5 and 6.", "the Quran, chapter 94, verses 5 and 6", "Quran", "94:5-6"),
    # a verse "of" the surah, a surah by its place, the Quran abbreviated with a full stop
    ("She quoted verse 5 of Surah Al-Inshirah.", "verse 5 of Surah Al-Inshirah", "Quran", "94:5"),
    ("They memorised the 94th surah first.", "94th surah", "Quran", "94"),
    ("The teacher read Q. 4:135 on justice.", "Q. 4:135", "Quran", "4:135"),
    # long vowels written doubled, and a name from the surah's opening words
    ("They read Soorah Ad-Duhaa together.", "Soorah Ad-Duhaa", "Quran", "93"),
    ("The children learnt Surah Amma before the others.", "Surah Amma", "Quran", "78"),
])
def test_worded_verses_chapters_and_spellings(nlp, text, cited, work, reference):
    assert refs(nlp, text) == [(cited, work, reference)]


@pytest.mark.parametrize("text", [
    "The company filed for Chapter 11 protection on Monday.",
    "Mark, chapter 3 of the report, covers the costs.",
    "The second verse of the poem was read at the funeral.",
    "The bill passed by 94 votes to 5.",
])
def test_chapters_and_verses_of_other_things_are_no_scripture(nlp, text):
    assert refs(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The rabbi quoted Mishnah Sanhedrin 4:5 on saving a single life.",
     [("Mishnah Sanhedrin 4:5", "Mishnah", "Sanhedrin 4:5")]),
    ("The Mishnah limits what may be paid for captives (Gittin 4:6).",
     [("(Gittin 4:6)", "Mishnah", "Gittin 4:6")]),
    ("The Talmud calls redeeming captives a great commandment (Bava Batra 8b).",
     [("(Bava Batra 8b)", "Babylonian Talmud", "Bava Batra 8b")]),
    ("Her lecture began with Talmud Berakhot 5a and ended with Baba Metzia 59b.",
     [("Talmud Berakhot 5a", "Babylonian Talmud", "Berakhot 5a"),
      ("Baba Metzia 59b", "Babylonian Talmud", "Bava Metzia 59b")]),
])
def test_mishnah_and_talmud(nlp, text, expected):
    assert refs(nlp, text) == expected


def test_bare_tractate_with_a_time_is_not_the_mishnah(nlp):
    assert refs(nlp, "The vigil on Shabbat 7:15 drew hundreds.") == []


@pytest.mark.parametrize("text, expected", [
    ("The chief rabbi ended his Knesset address with Pirkei Avot 1:18, on justice, truth and peace.",
     [("Pirkei Avot 1:18", "Mishnah", "Avot 1:18")]),
    ("The court's opinion cited Bava Metzia 4:2 on the sale of goods.",
     [("Bava Metzia 4:2", "Mishnah", "Bava Metzia 4:2")]),
])
def test_bare_tractate_of_two_words_is_the_mishnah(nlp, text, expected):
    assert refs(nlp, text) == expected


@pytest.mark.parametrize("text, cited, reference", [
    ("The first reading was Wis 9:13-18, on the limits of human counsel.", "Wis 9:13-18", "Wisdom 9:13-18"),
    ("The homily drew on Sirach 3:17 and humility.", "Sirach 3:17", "Sirach 3:17"),
    ("The martyrs' story is told in 2 Macc 7:1.", "2 Macc 7:1", "2 Maccabees 7:1"),
])
def test_deuterocanonical_books(nlp, text, cited, reference):
    assert refs(nlp, text) == [(cited, "Bible", reference)]


@pytest.mark.parametrize("text, expected", [
    # the surah named without a verse earlier in the sentence only names the verse the brackets cite
    ('The imam said the Quran praises in Surah Al-Imran those who "restrain anger and pardon the people" (3:134).',
     [("(3:134)", "Quran", "3:134")]),
    # the chapter cited earlier in the paragraph, in another sentence, carries to a bare bracketed verse
    ('He opened with Surah Al-Baqarah, verse 153: "Seek help through patience and prayer." The verse after it '
     'speaks of those killed in the cause of God, "Rather, they are alive" (2:154).',
     [("Surah Al-Baqarah, verse 153", "Quran", "2:153"), ("(2:154)", "Quran", "2:154")]),
    # a surah named in a sentence of its own stays a reference
    ("Many mosques recite Surah Yasin on Thursday nights. One line is often quoted (36:58).",
     [("Surah Yasin", "Quran", "36"), ("(36:58)", "Quran", "36:58")]),
])
def test_bare_bracketed_verse_after_its_surah(nlp, text, expected):
    assert refs(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The first half ended (2:1) after a late goal.",
    "Surah Al-Kahf is recited on Fridays. The ferry left at dawn (2:15).",
    "Surah Al-Kahf is recited on Fridays.\nThe vote was close (18:17).",
])
def test_bare_bracketed_numbers_without_their_surah_are_no_verse(nlp, text):
    assert [r for r in refs(nlp, text) if r[0].startswith("(")] == []


def test_ambiguous_collection_with_a_worded_number(nlp):
    assert refs(nlp, "The hadith on easing hardship is in Muslim, no. 2699.") == [
        ("Muslim, no. 2699", "Sahih Muslim", "2699")]
    assert refs(nlp, "The survey polled 1,200 adults, of whom every Muslim, 40 in all, was asked.") == []
