"""A long alternation of phrases is tried only where one of their first words starts
(name_patterns.matches_at): the matches must be exactly those of a scan from every character."""
import pytest

from pipeline.extractors.name_patterns import first_words_pattern, matches_at, name_pattern, words_pattern

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


def histology_texts():
    """Every histology phrase of the rules in the shapes a report writes it (any case, hyphens as
    spaces or nothing, glued to a word or a hyphen before it, plural, graded, before a 'not_before'
    word), run together so that matches also meet and overlap."""
    from rule_ablation import RULES

    cfg = RULES["histology"]
    phrases = [p.replace("*", "breast") for tier in ("specific", "generic") for label, entries in cfg[tier].items()
               if not label.startswith("_") for p in entries]
    shapes = []
    for p in phrases:
        for variant in {p, p.upper(), p.lower(), p.replace("-", " "), p.replace("-", ""), p.replace(" ", "-")}:
            shapes += [variant, f"x{variant}", f"-{variant}", f"({variant})", f"{variant}s", f"{variant} G2",
                       f"{variant}-like", f"{variant} syndrome", f"{variant}{variant}"]
    yield " ".join(shapes)
    yield ", ".join(reversed(shapes))
    yield "".join(shapes[::7])
    yield ""


def test_histology_first_words_equal_a_full_scan():
    from rule_ablation import RULES

    from pipeline.extractors.histology import HistologyExtractor

    extractor = HistologyExtractor(RULES)
    found = 0
    for text in histology_texts():
        for _, regex, starts in extractor.regexes:
            fast = [(m.start(), m.end()) for m in matches_at(regex, starts, text)]
            assert fast == [(m.start(), m.end()) for m in regex.finditer(text)]
            found += len(fast)
    assert found > 500


def lexicon_texts(names):
    """Every name of a lexicon in the shapes a report writes it (any case, hyphens as spaces or
    nothing, glued to a word before it, plural, before a non-ASCII character), run together."""
    shapes = []
    for name in names:
        for variant in {name, name.upper(), name.lower(), name.title(), name.replace("-", " "), name.replace(" ", "-")}:
            shapes += [variant, f"x{variant}", f"({variant})", f"{variant}s", f"{variant}é", f"É{variant}"]
    yield " ".join(shapes)
    yield "".join(shapes[::5])


@pytest.mark.parametrize("lexicon", [("outcome", "statuses", False), ("syndromes", "functional", True),
                                     ("syndromes", "hereditary", True)])
def test_an_alternation_cut_by_first_character_matches_as_the_whole_pattern(lexicon):
    """name_pattern's Alternation tries, at a position, only the names that can start with the
    character there: at every position of every shape of every name it finds what the whole
    alternation finds (same span, same name)."""
    from rule_ablation import RULES

    rules_file, key, with_canonical = lexicon
    table = RULES[rules_file][key]
    pattern, _ = name_pattern(table, with_canonical=with_canonical)
    names = [n for c, syns in table.items() for n in ([c] if with_canonical else []) + list(syns)]
    found = 0
    for text in lexicon_texts(names):
        for pos in range(len(text)):
            fast, whole = pattern.match(text, pos), pattern.whole.match(text, pos)
            got = fast and (fast.span(), fast.lastgroup)
            assert got == (whole and (whole.span(), whole.lastgroup)), text[pos:pos + 40]
            found += whole is not None
    assert found > 3 * len(names)
