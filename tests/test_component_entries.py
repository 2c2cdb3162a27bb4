"""Every entry of the word lists read before the extractors (rules/reading.json, rules/ner.json,
rules/fuzzy.json, and the metastasis words of the lexicon ruler) is needed: an example of our own
comes out differently with the full rules than with that one entry removed.

Each list is ablated at the stage that reads it (the reader, the fuzzy lexicon, the NER candidate
filter, a rebuilt pipeline), so the check stays fast; tests/test_rule_entries.py does the same for
the extractors' lists."""
from __future__ import annotations

import json

import pytest

from pipeline.fuzzy import FuzzyLexicon
from pipeline.lexicon import SPANS_KEY
from pipeline.nlp import build_nlp, process
from pipeline.ner import NerCandidates
from pipeline.layout import LayoutUndoer
from pipeline.reading import normalize_text
from pipeline.rules import RULE_FILES, Rules, load_rules
from rule_ablation import RULES, entries, unneeded, without
from sampling import sampled

# --- The reader -------------------------------------------------------------------------------------

def undo(rules: Rules) -> LayoutUndoer:
    return LayoutUndoer(rules["reading"], rules["sections"], rules.lexicon_words)


READING = {
    "block_tags": lambda u, t: u.strip_tags(f"Background text.<{t}>Case presentation</{t}>A woman of 50 came in."),
    "inline_tags": lambda u, t: u.strip_tags(f"Stains showed <{t}>chromogranin</{t}> in most cells."),
    "compound_prefixes": lambda u, p: u.join_broken_words(f"The lesion looked {p}-\nspecific on imaging."),
    "decimal_comma_units": lambda u, unit: u.decimal_points(f"The nodule measured 2,5 {unit} at its widest."),
}


@pytest.mark.parametrize("key", list(READING))
def test_every_reading_entry_changes_its_example(key):
    probe = READING[key]
    assert not unneeded(("reading", key), lambda rules, e: probe(undo(rules), e))


# --- The fuzzy lexicon ------------------------------------------------------------------------------

def test_every_never_word_would_otherwise_be_read_as_a_name():
    assert not unneeded(("fuzzy", "never"), lambda rules, w: FuzzyLexicon(rules).match(w))


def test_the_fuzzy_lexicon_still_reads_a_misspelt_drug():
    assert FuzzyLexicon(RULES).match("temozolamide")[1] == "temozolomide"


# --- The NER candidate filter (entities set by hand, as a model would) ------------------------------

def ner_probe(nlp, text: str, entity: str, label: str):
    def outcome(rules: Rules, _entry: str):
        doc = process(nlp, normalize_text(f"Case report\n\nCase presentation\n{text}\n"))
        start = doc.text.index(entity)
        doc.ents = [doc.char_span(start, start + len(entity), label=label)]
        NerCandidates("probe_model", rules=rules)(doc)
        return [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.text == entity]

    return outcome


def _word_for(suffix):
    return {"ing": "remaining", "ly": "weekly", "ed": "planned"}[suffix]


NER = {
    ("context", "TREATMENT"): lambda w: ("Zibotentan was part of the {w} plan.".format(w=w), "Zibotentan", "CHEMICAL"),
    ("context", "SITE"): lambda w: (f"CT showed {w} in the mesovarium.", "mesovarium", "ORGAN"),
    ("context", "MARKER"): lambda w: (f"On the slides, zeta antigen {w} was seen.", "zeta antigen", "GENE_OR_GENE_PRODUCT"),
    ("excluded_words",): lambda w: (f"She was treated with {w} for two weeks.", w, "CHEMICAL"),
    ("treatment_frame_before",): lambda w: (f"Her treatment proceeded, {w} zibotentan.", "zibotentan", "CHEMICAL"),
    ("treatment_frame_after",): lambda w: (f"Treatment: zibotentan {w}, as planned.", "zibotentan", "CHEMICAL"),
    ("implausible_suffixes",): lambda s: (f"She was treated with {_word_for(s)} doses.", _word_for(s), "CHEMICAL"),
}


@pytest.mark.parametrize("key", list(NER), ids="_".join)
def test_every_ner_entry_changes_its_example(nlp, key):
    def outcome(rules, entry):
        text, entity, label = NER[key](entry)
        return ner_probe(nlp, text, entity, label)(rules, entry)

    assert not unneeded(("ner",) + key, outcome)


# --- The lexicon ruler's metastasis words: the pipeline is rebuilt without each ---------------------

def rules_folder(tmp_path, rules: Rules):
    folder = tmp_path / f"rules{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for name in RULE_FILES:
        (folder / f"{name}.json").write_text(json.dumps(rules.data[name]))
    return str(folder)


# --- Word shapes of the affix ruler: the pipeline is rebuilt without each --------------------------

AFFIXES = {
    ("markers", "shapes"): (lambda shape: "The tumour cells were positive for {}.".format(
        "MUC5AC" if "muc" in shape else "CD199"), "markers_positive"),  # r11-mk: the mucins
    ("treatments", "surgery_suffixes"): (
        lambda suffix: {"ectomy": "She underwent a jejunectomy.", "ectomies": "She underwent two jejunectomies."}.get(
            suffix, f"Se realizó una yeyun{suffix}."),  # r24: 'yeyunectomía', 'jejunectomia', 'jéjunectomie'
        "treatments"),
    # h24-trt: a treatment joined by a hyphen to its formulation or to 'post' is that treatment
    ("treatments", "joined_words"): (lambda word: "She is well, post-chemotherapy." if word == "post"
                                     else f"She was given Octreotide-{word} every month.", "treatments"),
    # r9: a drug no list names, told by its INN stem; a JAK inhibitor's '-citinib' is none
    # r20: the kinase and PARP inhibitors' stems make a class of their own, 'targeted therapy'
    **{("treatments", "drug_stems", name): (lambda stem: "She was given {} for six months.".format({
        "platin": "satraplatin", "taxel": "cabazitaxel", "rubicin": "amrubicin", "tinib": "gefitinib",
        "anib": "cediranib", "rafenib": "dabrafenib", "ciclib": "palbociclib", "parib": "olaparib",
        "lisib": "alpelisib", "tecan": "belotecan", "mustine": "bendamustine", "trexed": "raltitrexed"}[stem]),
        "treatments") for name in ("chemotherapy", "targeted therapy")},
    ("treatments", "drug_stem_exceptions"): (lambda ending: "She was given tofacitinib for six months.", "treatments"),
    # r12-mk: a stain named by its antibody ('anti-CD56') is that stain
    ("markers", "antibody_prefixes"): (lambda prefix: f"{prefix.title()}CD56 was negative.", "markers_negative"),
    # r12-site: an organ joined to a word of extent is a site ('liver-only disease', 'bone-limited metastases')
    ("metastasis", "extent_compounds", "extents"): (lambda extent: f"She had liver-{extent} disease.", "metastasis_sites"),
}


# The largest groups (a pipeline rebuilt per entry: 40 s of CPU) run in `make test-exhaustive`, which .ci/run
# runs too; the others in `make test` (tests/sampling.py).
SLOW_AFFIXES = {("treatments", "drug_stems", "chemotherapy"), ("treatments", "drug_stems", "targeted therapy"),
                ("treatments", "joined_words"), ("treatments", "surgery_suffixes"), ("markers", "antibody_prefixes"),
                ("metastasis", "extent_compounds", "extents")}


@pytest.mark.parametrize("path", sampled(AFFIXES, set(AFFIXES) - SLOW_AFFIXES, ids="_".join))
def test_every_word_shape_reads_its_example(tmp_path, path):
    from pipeline.assemble import CaseAssembler

    probe, field = AFFIXES[path]

    def outcome(rules, entry):
        folder = rules_folder(tmp_path, rules)
        doc = process(build_nlp(folder), normalize_text(f"Case report\n\nCase presentation\n{probe(entry)}\n"))
        return CaseAssembler(load_rules(folder)).assemble("probe", doc).row[field]

    assert not unneeded(path, outcome)


# --- The section splitter and the sentence splitter -------------------------------------------------

def split(rules: Rules, text: str):
    from pipeline.sections import SectionSplitter

    return [(s.start, s.label) for s in SectionSplitter(rules).split(text)]


FLAT = ("Journal of rare tumours, volume two, issue four, pages ten to twelve. The tumour is rare in adults and "
        "in children alike, and most are found late. Imaging and pathology both help to find it early. ")  # a flat line
SECTIONS = {
    "inline_header_in_flat_text": lambda h: FLAT + f"{h} The text under this heading runs on here.",  # a dump lower-cased it
    "strong_flat_headers": lambda h: f"Rare tumour reports {h.title()} The text under this heading runs on. " + FLAT,
    "literature_table_cues": lambda cue: FLAT + f"Table 2 Details of {cue} on this tumour type. Age Sex Site",
    "patient_table_cues": lambda cue: f"Case\nA woman had a NET.\nTable 2. Results of {cue}\nCD56\tPositive\n",
    "implicit_case_in": lambda label: (
        "Introduction\nThe tumour is rare.\nA 45-year-old woman had flushing.\n" if label == "introduction"
        else "Rare tumour of the gut\nA 45-year-old woman had flushing.\n"),
    # a summary box after the abstract ('Core Tip') is no abstract's start: the case above it stays the case
    # instead of being read as the front matter of a 'Case Report' article-type label (r26: a case whose text
    # opens as a case does, 'A 47-year-old woman ...', stays the case anyway, so the probe's case opens otherwise)
    # r27: a number a counted noun takes ends its sentence: no numbered header follows it ('... went home on day 2.
    # Pathology showed ...')
    "numbered_header_not_after": lambda noun: FLAT + f"He went home on {noun} 2. Pathology showed a small NET.",
    "boxes_after_abstract": lambda box: (
        "Rectal NET found at screening: a case report\nCase report\nColonoscopy found a 9 mm rectal tumour, a NET "
        f"G1, in a woman referred with bleeding.\n\n{box.title()}: A small rectal NET.\n"),
}


@pytest.mark.parametrize("key", list(SECTIONS))
def test_every_section_entry_changes_its_example(key):
    probe = SECTIONS[key]
    assert not unneeded(("sections", key), lambda rules, e: split(rules, probe(e)))


def test_every_sentence_abbreviation_keeps_its_sentence_whole(nlp):
    from pipeline.sentences import set_sentence_starts

    def outcome(rules, abbreviation):
        counts = []
        for form in (abbreviation, abbreviation[:1].upper() + abbreviation[1:]):
            doc = nlp.make_doc(f"It is shown in {form} 2 and it was small.")
            set_sentence_starts(doc, frozenset(rules["sections"]["sentence_abbreviations"]))
            counts.append(len(list(doc.sents)))
        return counts

    assert not unneeded(("sections", "sentence_abbreviations"), outcome)


def test_every_skipped_class_keeps_its_near_misses_unread():
    """A class left out of the fuzzy lexicon (its words are common English) does not turn a word
    one edit from one of its synonyms into that class."""
    def near_miss(canonical):
        synonyms = [canonical.lower(), *RULES["treatments"]["treatments"].get(canonical, []),
                    *RULES["markers"]["markers"].get(canonical, [])]
        for syn in synonyms:
            low = syn.lower()
            if not low.isalpha() or len(low) < 7:
                continue
            for i in range(2, len(low)):
                word = low[:i] + low[i + 1:]
                if word not in RULES.lexicon_words and FuzzyLexicon(without(("fuzzy", "skip_canonicals"), canonical)).match(word):
                    return word
        return None

    def outcome(rules, canonical):
        word = near_miss(canonical)
        return word and FuzzyLexicon(rules).match(word)

    assert not unneeded(("fuzzy", "skip_canonicals"), outcome)


@pytest.mark.exhaustive
@pytest.mark.parametrize("key", ["prefixes", "phrases"])
def test_every_metastasis_word_makes_a_metastasis(tmp_path, key):
    from pipeline.assemble import CaseAssembler

    def outcome(rules, entry):
        word = "metastatic disease" if entry == "metasta" else entry
        folder = rules_folder(tmp_path, rules)
        doc = process(build_nlp(folder), normalize_text(f"Case report\n\nCase presentation\nStaging found {word}.\n"))
        return CaseAssembler(load_rules(folder)).assemble("probe", doc).row["metastasis"]

    assert not unneeded(("metastasis", key), outcome)


# --- Section header phrases ---------------------------------------------------------------------------

HEADER_BODY = "The lesion was examined in detail by the team."


def _label_of_body(splitter, text: str) -> tuple[str, str]:
    """(label, header) of the section holding the body: the header text names the section too
    (a size under 'Final diagnosis' is the one the report puts forward)."""
    text = normalize_text(text)
    pos = text.index(HEADER_BODY)
    return next((s.label, s.header.lower()) for s in reversed(splitter.split(text)) if s.start <= pos)


def _header_outcome(rules: Rules, phrase: str, label: str) -> tuple:
    from pipeline.sections import SectionSplitter

    splitter = SectionSplitter(rules)
    if label == "case_subsections":  # a sub-header opens the case after an abstract
        return (_label_of_body(splitter, f"Abstract\nA summary.\n\n{phrase}\n{HEADER_BODY}\n"),)
    lead = "Abstract\nA summary.\n\n" if label == "case" else ""
    return tuple(_label_of_body(splitter, lead + layout) for layout in (
        f"Title of the report\n\n{phrase}\n{HEADER_BODY}\n", f"Title of the report\n\n{phrase}: {HEADER_BODY}\n"))


@pytest.mark.exhaustive
def test_every_header_phrase_is_needed():
    from pipeline.sections import furniture_class

    unneeded = []
    for label, phrases in list(RULES["sections"]["classes"].items()) + [("case_subsections", None)]:
        path = ("sections", "classes", label) if phrases is not None else ("sections", "case_subsections")
        for phrase in entries(path):
            if label != "case_subsections" and furniture_class(f"{phrase}: {HEADER_BODY}"):
                continue  # a furniture line ('Keywords: ...'): its class is the furniture pattern's
            full = _header_outcome(RULES, phrase, label)
            if full == _header_outcome(without(path, phrase), phrase, label):
                unneeded.append(f"{label}: {phrase!r} -> {full} either way")
    assert not unneeded, f"{len(unneeded)} header phrases change nothing: {unneeded}"
