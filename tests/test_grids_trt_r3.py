"""Grids of treatment and stain shapes found in the third round of published reports (session h24,
helper trt).

Each grid crosses the parts a report combines (the drug and how its formulation is written, the vein or
artery an embolization goes through, the verb of finding after 'could be', the preposition after a
polarity word) and pairs every absence with a presence, so that it fails when the treatments or the
markers extractor finds nothing. The sentences are our own; tests/test_grids.py has the shared helpers."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, marker_ok


def given(row, want):
    present, canon = want
    return (canon in row["treatments"]) == present


# --- a treatment joined by a hyphen to its formulation ('Octreotide-LAR') or to 'post' ('post-chemotherapy') --
# The tokenizer keeps such a word whole, so the drug's own synonym never matched it.
FORMULATED = {"Octreotide": "octreotide", "Sandostatin": "octreotide", "Lanreotide": "lanreotide",
              "Somatuline": "lanreotide"}
FORMULATIONS = ["LAR", "Autogel", "Depot", "lar", "autogel"]
FORMULATION_FRAMES = ["She was started on {d}-{f} 30 mg monthly.",
                      "Monthly {d}-{f} was given for the liver metastases.",
                      "He commenced {d}-{f}® injections every four weeks.",
                      "Treatment with {d}-{f} was declined by him."]


def formulation_cells():
    for (drug, canon), form, frame in itertools.product(FORMULATED.items(), FORMULATIONS, FORMULATION_FRAMES):
        yield CASE.format(frame.format(d=drug, f=form)), (not frame.endswith("declined by him."), canon)
    # a hyphenated word that only looks like one: no drug in it
    for frame in FORMULATION_FRAMES[:2]:
        yield CASE.format(frame.format(d="Placebo", f="LAR")), (False, "octreotide")
    # 'post' joined to a treatment: it was given
    for (words, canon), frame in itertools.product(POST_TREATMENTS.items(), POST_FRAMES):
        yield CASE.format(frame.format(t=words)), (True, canon)
    for words in ["prandial", "menopausal", "partum"]:
        yield CASE.format(f"She reported post-{words} pain, and an ileal NET was found."), (False, "surgery")


POST_TREATMENTS = {"chemotherapy": "chemotherapy", "operative": "surgery", "surgical": "surgery",
                   "radiation": "radiotherapy", "embolization": "embolization"}
POST_FRAMES = ["She is now post-{t} and well.", "Post-{t} imaging showed a smaller liver lesion.",
               "The post-{t} course was uneventful."]


@pytest.mark.fields("treatments")
def test_grid_a_treatment_joined_to_its_formulation_or_to_post_is_the_treatment(run):
    assert_grid(run, formulation_cells(), given)


# --- liver-directed treatments, and the embolization of a vein before a hepatectomy -----------------------
LIVER_DIRECTED = {"radio-frequency ablation": "radiofrequency ablation",
                  "radiofrequency ablation": "radiofrequency ablation",
                  "angioembolization": "embolization", "angioembolisation": "embolization",
                  "transarterial embolization": "embolization", "liver-directed therapy": "liver-directed therapy",
                  "liver directed therapies": "liver-directed therapy"}
LIVER_FRAMES = ["The liver metastases were treated with {t}.", "She then underwent {t} of the hepatic lesions.",
                "{T} of the liver lesion was performed in May."]
VEIN_EMBOLIZATION = ["portal vein embolization", "portal vein embolisation", "right portal venous embolization"]
VEIN_FRAMES = ["He had a right hepatectomy after {t}.", "{T} was done to enlarge the future liver remnant.",
               "After {t}, the left lobe grew, and the tumour was resected."]


def liver_cells():
    for (words, canon), frame in itertools.product(LIVER_DIRECTED.items(), LIVER_FRAMES):
        yield CASE.format(frame.format(t=words, T=words[0].upper() + words[1:])), (True, canon)
    for words, frame in itertools.product(VEIN_EMBOLIZATION, VEIN_FRAMES):
        text = CASE.format(frame.format(t=words, T=words[0].upper() + words[1:]))
        yield text, (False, "embolization")
        if "resect" in frame or "hepatectomy" in frame:
            yield text, (True, "surgery")
    # a named liver-directed treatment leaves the class out
    yield CASE.format("Liver-directed therapy with TACE was given."), (True, "TACE")
    yield CASE.format("Liver-directed therapy with TACE was given."), (False, "liver-directed therapy")


@pytest.mark.fields("treatments")
def test_grid_liver_directed_treatments_and_a_vein_embolized_before_a_resection(run):
    assert_grid(run, liver_cells(), given)


# --- a chemotherapy drug of many parts ----------------------------------------------------------------------
S1_NAMES = ["tegafur-gimeracil-oteracil", "tegafur/gimeracil/oteracil", "tegafur gimeracil oteracil", "Teysuno"]
S1_FRAMES = ["Adjuvant chemotherapy with {d} was given for six months.", "She received {d} and gemcitabine.",
             "Oral {d} was started after the resection."]


def s1_cells():
    for name, frame in itertools.product(S1_NAMES, S1_FRAMES):
        text = CASE.format(frame.format(d=name))
        yield text, (True, "tegafur-gimeracil-oteracil")
        yield text, (False, "chemotherapy")  # the class is left out when its agent is named


@pytest.mark.fields("treatments")
def test_grid_tegafur_gimeracil_oteracil_is_a_named_chemotherapy(run):
    assert_grid(run, s1_cells(), given)


# --- 'could be' with a verb of finding reports a finding -----------------------------------------------------
FOUND_VERBS = ["demonstrated", "confirmed", "detected", "shown", "identified", "ascertained", "established"]
COULD_FRAMES = ["Expression of {m} could be {v} by immunohistochemistry.",
                "Immunohistochemically, a strong expression of {m} could be {v}."]
COULD_MARKERS = ["insulin", "CD56", "synaptophysin"]


def could_cells():
    for verb, frame, marker in itertools.product(FOUND_VERBS, COULD_FRAMES, COULD_MARKERS):
        yield CASE.format(frame.format(m=marker, v=verb)), ("positive", marker)
    for marker in COULD_MARKERS:  # denied, or only possible: no positive stain
        yield CASE.format(f"Expression of {marker} could not be demonstrated."), ("negative", marker)
        yield CASE.format(f"Expression of {marker} could not be detected in the tumour cells."), ("negative", marker)


def could_possible_cells():
    for marker in COULD_MARKERS:
        yield CASE.format(f"Expression of {marker} could be present in such tumours."), marker
        yield CASE.format(f"It is unclear whether expression of {marker} could be shown."), marker


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_could_be_with_a_verb_of_finding_is_a_finding(run):
    assert_grid(run, could_cells(), marker_ok)
    assert_grid(run, could_possible_cells(), lambda row, marker: marker not in row["markers_positive"])


# --- polarity with 'to', and a stain written into the tumour's adjective ----------------------------------------
TO_FRAMES = ["The tumour cells were {p} to {a} and {b}.", "Both tumour nodules were {p} to {a}, {b} and CD56."]
TO_PAIRS = [("synaptophysin", "chromogranin A"), ("CK7", "CK20"), ("TTF-1", "CDX2")]
STAINING_FRAMES = ["Histology showed a 30 mm {m}-staining neuroendocrine tumour.",
                   "The resected lesion was a well-differentiated, {m}-staining NET."]
STAINING_MARKERS = ["glucagon", "insulin", "gastrin", "serotonin"]


def to_cells():
    for (a, b), frame, polarity in itertools.product(TO_PAIRS, TO_FRAMES, ["positive", "negative"]):
        text = CASE.format(frame.format(p=polarity, a=a, b=b))
        yield text, (polarity, a)
        yield text, (polarity, b)
    for marker, frame in itertools.product(STAINING_MARKERS, STAINING_FRAMES):
        yield CASE.format(frame.format(m=marker)), ("positive", marker)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_polarity_with_to_and_a_stain_in_the_adjective(run):
    assert_grid(run, to_cells(), marker_ok)


# --- the specimen of an operation: the operation was done ---------------------------------------------------
OPERATIONS = ["cholecystectomy", "appendectomy", "resection", "right hemicolectomy", "pancreatectomy", "excision"]
SPECIMEN_FRAMES = ["A 4 mm NET was found incidentally in the {o} specimen.",
                   "The {o} specimen showed a well-differentiated NET of 9 mm.",
                   "Histology of the {o} specimens confirmed a carcinoid."]
NO_OPERATION = ["A biopsy specimen showed a well-differentiated NET.",
                "The endoscopic biopsy specimens confirmed a NET.",
                "The specimen sent by the referring team showed a carcinoid."]


def specimen_cells():
    for operation, frame in itertools.product(OPERATIONS, SPECIMEN_FRAMES):
        yield CASE.format(frame.format(o=operation)), (True, "surgery")
    for text in NO_OPERATION:
        yield CASE.format(text), (False, "surgery")


@pytest.mark.fields("treatments")
def test_grid_the_specimen_of_an_operation_names_the_operation(run):
    assert_grid(run, specimen_cells(), given)


# --- the literature's cases, described in a ', with' clause ---------------------------------------------------
LITERATURE = ["A review of the literature found similar cases", "Previous reports describe such tumours",
              "Similar cases have been reported"]
WITH_TAILS = ["with liver metastases treated by {t}", "with most patients managed by {t}",
              "with {t} as the usual first treatment"]
LITERATURE_TREATMENTS = {"PRRT": "PRRT", "surgery": "surgery", "chemotherapy": "chemotherapy",
                         "everolimus": "everolimus"}


def literature_cells():
    for opening, tail, (words, canon) in itertools.product(LITERATURE, WITH_TAILS, LITERATURE_TREATMENTS.items()):
        yield CASE.format(f"{opening}, {tail.format(t=words)}."), (False, canon)
    for words, canon in LITERATURE_TREATMENTS.items():  # the patient's own ', with' clause keeps its treatment
        yield CASE.format(f"She had liver metastases, with {words} given in 2019."), (True, canon)
        yield CASE.format(f"Her sister had a NET, with {words} given to our patient in 2019."), (True, canon)


@pytest.mark.fields("treatments")
def test_grid_the_literatures_cases_described_after_with(run):
    assert_grid(run, literature_cells(), given)


# --- two spaces after a full stop still end the sentence ------------------------------------------------------
# The tokenizer makes the extra spaces a token of their own; the stain sentence then ran on into the next
# one, and a scan word there ('CT imaging') read the stain as receptor imaging.
STAIN_SENTENCES = ["The resected tumour was {p} for {m} with a Ki-67 index of 3%.",
                   "Histology showed a {m}-{p} NET of 30 mm."]
NEXT_SENTENCES = ["However, a later CT scan showed a new lesion.", "Follow-up PET imaging was clear.",
                  "Gallium PET/CT uptake was noted in the liver."]


def spacing_cells():
    for frame, nxt, spaces, polarity, marker in itertools.product(STAIN_SENTENCES, NEXT_SENTENCES, ["  ", "   "],
                                                                  ["positive", "negative"], ["CD56", "synaptophysin"]):
        yield CASE.format(frame.format(p=polarity, m=marker) + spaces + nxt), (polarity, marker)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_two_spaces_after_a_full_stop_end_the_stain_sentence(run):
    assert_grid(run, spacing_cells(), marker_ok)
