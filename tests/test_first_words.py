"""A long alternation of phrases is tried only where one of their first words starts
(syndromes.matches_at): the matches must be exactly those of a scan from every character."""
import pytest

from pipeline.extractors.syndromes import first_words_pattern, matches_at, name_pattern, words_pattern

PHRASES = {"alive, no disease": ["no recurrence", "no evidence of disease", "free of disease", "disease-free"],
           "alive with disease": ["stable disease", "recurrence", "residual tumour"],
           "died": ["died", "passed away"]}
TEXTS = [
    "At 2 years she was disease-free; no recurrence was seen, and the residual tumor was stable disease.",
    "He passed away; no evidence of disease had been found. Recurrences: none. Nodisease here.",
    "free-of-disease, Free of Disease, FREE OF DISEASE and freeof disease; non recurrence; died.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_at_first_words_equal_a_full_scan(text):
    pattern, _ = name_pattern(PHRASES, with_canonical=False)
    starts = first_words_pattern(p for ps in PHRASES.values() for p in ps)
    fast = [(m.start(), m.end(), m.lastgroup) for m in matches_at(pattern, starts, text)]
    assert fast == [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]
    words = words_pattern(["passed away", "stable", "tumour"], hyphen_ends=True)
    word_starts = first_words_pattern(["passed away", "stable", "tumour"])
    assert [m.span() for m in matches_at(words, word_starts, text)] == [m.span() for m in words.finditer(text)]


def test_a_text_with_the_phrases_has_matches():
    pattern, _ = name_pattern(PHRASES, with_canonical=False)
    starts = first_words_pattern(p for ps in PHRASES.values() for p in ps)
    assert len(list(matches_at(pattern, starts, TEXTS[0]))) >= 4
