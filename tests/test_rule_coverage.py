"""Every list in rules/ has an entry-by-entry test: removing any one entry must change an example
of our own (tests/test_rule_entries.py, test_component_entries.py, test_lexicon_entries.py). A new
list needs its probe before it can land."""
import test_component_entries as C
import test_lexicon_entries as L
import test_rule_entries as R
from syndrome_outcome_probes import OWN_PROBED
from pipeline.rules import RULE_FILES, load_rules

RULES = load_rules()


def lists(data, path):
    if isinstance(data, dict):
        for key, value in data.items():
            if not key.startswith("_"):
                yield from lists(value, path + (key,))
    elif isinstance(data, list) and data and not all(isinstance(v, dict) and "phrases" in v for v in data):
        yield path


def covered(path) -> bool:
    name = path[0]
    if path in R.PROBES or path in R.PATTERN_PROBES or path in R.NOT_EXTRACTOR_LISTS or path in OWN_PROBED:
        return True
    if any(path == key[0] for key in L.LEXICON) or path in L.CONTEXT:
        return True
    if name in L.VOCABULARIES and len(path) == 3 and path[1] == name:
        return True  # synonyms: test_every_synonym_is_needed_by_its_probe
    if name == "reading" and path[1] in C.READING or name == "ner" and path[1:] in C.NER or path in C.AFFIXES:
        return True
    if name == "sections" and (path[1] in C.SECTIONS or path[1] in ("sentence_abbreviations", "classes",
                                                                       "case_subsections")):
        return True  # header phrases: test_every_header_phrase_is_needed
    if path == ("reading", "english", "words"):
        return True  # tests/test_language_flag.py: test_every_english_word_is_needed
    return path in {("fuzzy", "never"), ("fuzzy", "skip_canonicals"), ("metastasis", "prefixes"),
                    ("metastasis", "phrases")}


def test_every_list_of_every_rules_file_has_an_entry_test():
    missing = [".".join(p) for name in RULE_FILES for p in lists(RULES.data[name], (name,)) if not covered(p)]
    assert not missing, missing
