"""Grids of the treatment and stain shapes found in published case reports (session h23, helper trt).

Each grid crosses the parts a report combines (who is judged, the judgement, the treatment; the
opening that names the patient, the treatment, what the case text says) and pairs every absence with
a presence, so that it fails when the treatments or markers extractor finds nothing. The sentences
are our own; see tests/test_grids.py for the shared helpers."""
from __future__ import annotations

import itertools

import pytest
from test_grids import CASE, assert_grid, marker_ok

INTRO = ("A rare tumour in a woman\n\nIntroduction\n{}\n\n"
         "Case presentation\nA 58-year-old woman came with abdominal pain. {}\n")


def given(row, want):
    present, canon = want
    return (canon in row["treatments"]) == present


# --- a sentence naming the index patient outside the case text -------------------------------------------
# A report cut off after its introduction, or an abstract with no case section, states the treatment
# only where it names the patient ('We report a case ... treated with radiotherapy alone'). The case
# text still comes first: a treatment it names is the row, and the opening's are not added to it.
OPENINGS = ["We report a case of", "We describe a case of", "We present a case of", "Here, we have reported a case of",
            "In this report we have described a case of"]
INDEX_TREATMENTS = {"radiotherapy": "radiotherapy", "surgery": "surgery", "lanreotide": "lanreotide",
                    "a right hemicolectomy": "surgery", "everolimus": "everolimus", "PRRT": "PRRT"}
INDEX_FRAMES = ["{o} a rectal NET treated with {t} alone.", "{o} a pancreatic NET that was managed with {t}.",
                "{o} an ileal carcinoid successfully treated with {t}."]
TOPIC_FRAMES = ["{o} a rectal NET and review the literature, with a focus on diagnosis and {t}.",
                "{o} a pancreatic NET, with emphasis on imaging, pathology and {t}."]


def index_cells():
    for opening, (words, canon) in itertools.product(OPENINGS, INDEX_TREATMENTS.items()):
        for frame in INDEX_FRAMES:
            sentence = frame.format(o=opening, t=words)
            yield INTRO.format(sentence, "She is well."), (True, canon)
            if canon != "octreotide":  # the case text names another treatment: it is the row
                yield INTRO.format(sentence, "She was given octreotide."), (False, canon)
        for frame in TOPIC_FRAMES:  # what the report is about, not what was done
            yield INTRO.format(frame.format(o=opening, t=words), "She is well."), (False, canon)


@pytest.mark.fields("treatments")
def test_grid_an_index_sentence_names_the_treatment_when_the_case_text_names_none(run):
    assert_grid(run, index_cells(), given)


# --- refusal as a judgement on the patient, death before the treatment, a treatment in lieu of another -----
JUDGED = ["She was", "She was deemed", "The patient was considered", "He was judged"]
JUDGEMENTS = ["unfit for {t}", "not fit for {t}", "too frail for {t}", "unsuitable for {t}", "not suitable for {t}",
              "not a candidate for {t}"]
JUDGED_TREATMENTS = {"surgery": "surgery", "resection": "surgery", "chemotherapy": "chemotherapy",
                     "PRRT": "PRRT", "everolimus": "everolimus"}
NOT_GIVEN = ["She died before {t} could be given.", "He passed away before {t}.",
             "She died of sepsis prior to the planned {t}.", "Octreotide was given in lieu of {t}.",
             "In the end, {t} was unsuitable for her."]
GIVEN_AFTER = ["She died two years after {t}.", "He passed away of pneumonia, years after {t}.",
               "She received {t} and died of sepsis a year later.", "She received {t} and octreotide."]


def judgement_cells():
    for (words, canon), who, judgement in itertools.product(JUDGED_TREATMENTS.items(), JUDGED, JUDGEMENTS):
        text = f"A 66-year-old woman had a metastatic ileal NET. {who} {judgement.format(t=words)}."
        yield CASE.format(text), (False, canon)
        yield CASE.format(text + f" Later {words} was given."), (True, canon)
    for (words, canon), frame in itertools.product(JUDGED_TREATMENTS.items(), NOT_GIVEN + GIVEN_AFTER):
        text = f"A 66-year-old woman had a metastatic ileal NET. {frame.format(t=words)}"
        yield CASE.format(text), (frame in GIVEN_AFTER, canon)
    for subject in ("She was", "The patient was", "He was considered"):  # the operation as a quality of the patient
        text = f"A 66-year-old woman had a rectal NET. {subject} a poor surgical candidate."
        yield CASE.format(text), (False, "surgery")
        yield CASE.format(f"A 66-year-old woman had a rectal NET. {subject} a good surgical candidate, "
                          "and a low anterior resection was done."), (True, "surgery")
    for noun in ("She was referred to surgery.", "A referral to surgery was made."):  # the service, not the operation
        yield CASE.format(f"A 66-year-old woman had a rectal NET. {noun}"), (False, "surgery")
        text = f"A 66-year-old woman had a rectal NET. {noun} A transanal excision followed."
        yield CASE.format(text), (True, "surgery")


@pytest.mark.fields("treatments")
def test_grid_treatments_judged_unsuitable_for_the_patient_or_never_reached(run):
    assert_grid(run, judgement_cells(), given)


# --- a scan word beside a treatment: imaging only for a name that is also a tracer's --------------------------
SCAN_FRAMES = ["{I} after {t} showed no residual tumour.", "{I} prompted {t}.", "{T} was done after {i}."]
SCANS = ["imaging", "a PET/CT scan", "scintigraphy", "tomography"]
NON_TRACERS = {"surgery": "surgery", "surgical resection": "surgery", "chemotherapy": "chemotherapy",
               "everolimus": "everolimus", "radiotherapy": "radiotherapy", "TACE": "TACE"}
TRACERS = {"octreotide": "octreotide", "lanreotide": "lanreotide"}


def scan_cells():
    for (words, canon), frame, scan in itertools.product(NON_TRACERS.items(), SCAN_FRAMES, SCANS):
        sentence = frame.format(t=words, T=words[0].upper() + words[1:], i=scan, I=scan[0].upper() + scan[1:])
        yield CASE.format(f"A 66-year-old woman had an ileal NET. {sentence}"), (True, canon)
    for (words, canon), scan in itertools.product(TRACERS.items(), ("scan", "scintigraphy", "imaging")):
        yield CASE.format(f"A 66-year-old woman had an ileal NET. An {words} {scan} showed uptake."), (False, canon)
        yield CASE.format(f"A 66-year-old woman had an ileal NET. An {words} {scan} showed uptake, "
                          f"and {words} was started."), (True, canon)


@pytest.mark.fields("treatments")
def test_grid_a_scan_word_makes_only_a_tracer_name_an_imaging_agent(run):
    assert_grid(run, scan_cells(), given)


# --- operations by their noun, liver-directed treatments, somatostatin analogues -----------------------------
NAMED = {"a Whipple procedure": "surgery", "a pancreaticoduodenectomy": "surgery", "a right hemicolectomy": "surgery",
         "a distal pancreatectomy with splenectomy": "surgery", "a cervical node dissection": "surgery",
         "an antrectomy": "surgery", "two liver embolizations": "embolization", "TACE": "TACE",
         "repeated chemoembolizations": "TACE", "somatostatin receptor analogue therapy": "somatostatin analogue",
         "somatostatin analogues": "somatostatin analogue", "octreotide LAR": "octreotide",
         "lanreotide autogel": "lanreotide", "PRRT with 177Lu-DOTATATE": "PRRT",
         "adjuvant endocrine therapy": "endocrine therapy"}
NAMED_FRAMES = ["She had {t} in 2019.", "He was treated with {t}.", "Management consisted of {t}."]
DECLINED = ["She declined {t}.", "{T} was deemed not feasible."]


def named_cells():
    for (words, canon), frame in itertools.product(NAMED.items(), NAMED_FRAMES + DECLINED):
        sentence = frame.format(t=words, T=words[0].upper() + words[1:])
        yield CASE.format(f"A 66-year-old man had a metastatic NET. {sentence}"), (frame in NAMED_FRAMES, canon)


@pytest.mark.fields("treatments")
def test_grid_operation_nouns_and_liver_directed_treatments(run):
    assert_grid(run, named_cells(), given)


# --- a noun cue that closes a list of tests opened by a negative cue -------------------------------------------
OTHER_TESTS = ["EGFR mutation", "ALK rearrangement", "EGFR mutation, ALK rearrangement", "KRAS or BRAF mutation",
               "ROS1 fusion, MET amplification"]
LISTED = {"PD-L1": "PD-L1", "SSTR2": "SSTR2", "CDX2": "CDX2", "TTF-1": "TTF-1"}
CLOSING = {"The tumour was negative for {x} and {m} expression.": "negative",
           "Tumour cells were negative for {x}, and {m} staining.": "negative",
           "The tumour was negative for {x}, and {m} expression was strong.": "positive",
           "The tumour was negative for {x} with diffuse {m} expression.": "positive",
           "The tumour was negative for {x} and showed {m} expression.": "positive"}


def list_cells():
    for tests, (words, canon), (frame, polarity) in itertools.product(OTHER_TESTS, LISTED.items(), CLOSING.items()):
        sentence = frame.format(x=tests, m=words)
        yield CASE.format(f"A 66-year-old man had a lung carcinoid. {sentence}"), (polarity, canon)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_a_noun_cue_closing_a_list_of_other_tests_is_the_list_object(run):
    assert_grid(run, list_cells(), marker_ok)


# --- case narrative in the present tense against generic statements ---------------------------------------------
# A clause in the general present with nothing tying it to the patient is what is done for such tumours
# ('Lanreotide is the mainstay of therapy'); an ongoing episode, a stable disease on the drug, or a plan
# ties it to her.
NARRATIVE = ["The tumour is being treated with {t}.", "At present, the disease is stable on {t}.",
             "{T} has stabilised the disease.", "The plan is to start {t}.", "Her disease remains stable on {t}.",
             "The liver lesions are being controlled with {t}."]
GENERIC = ["{T} is the mainstay of therapy.", "{T} can be an alternative in advanced disease.",
           "{T} remains the standard treatment.", "{T} should be considered in selected cases."]
PRESENT_TREATMENTS = {"lanreotide": "lanreotide", "everolimus": "everolimus", "PRRT": "PRRT",
                      "octreotide LAR": "octreotide", "sunitinib": "sunitinib"}


def present_cells():
    for (words, canon), frame in itertools.product(PRESENT_TREATMENTS.items(), NARRATIVE + GENERIC):
        sentence = frame.format(t=words, T=words[0].upper() + words[1:])
        text = f"A 58-year-old woman had a metastatic pancreatic NET. {sentence}"
        yield CASE.format(text), (frame in NARRATIVE, canon)


@pytest.mark.fields("treatments")
def test_grid_present_tense_case_narrative_is_not_a_generic_statement(run):
    assert_grid(run, present_cells(), given)


# --- a plural stain noun before its list, and 'not observed' as a negative predicate ---------------------------
STAIN_NOUNS = ["Stains for {m}", "Staining for {m}", "Immunoreactivity for {m}", "Expression of {m}"]
PREDICATES = {"were negative": "negative", "was not observed": "negative", "were not observed": "negative",
              "was absent": "negative", "were positive": "positive", "was diffuse": "positive"}
STAINED = {"CK7": "CK7", "TTF-1": "TTF-1", "CDX2": "CDX2", "CK7 and CK20": "CK20"}


def stain_noun_cells():
    for noun, (words, canon), (predicate, polarity) in itertools.product(STAIN_NOUNS, STAINED.items(),
                                                                          PREDICATES.items()):
        sentence = f"{noun.format(m=words)} {predicate}."
        yield CASE.format(f"A 66-year-old man had a lung carcinoid. {sentence}"), (polarity, canon)
        yield CASE.format(f"A 66-year-old man had a lung carcinoid. {words} staining {predicate}."), (polarity, canon)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_a_stain_noun_before_its_list_takes_the_predicate_after_it(run):
    assert_grid(run, stain_noun_cells(), marker_ok)


# --- a sign glued to the last word of a two-word marker -------------------------------------------------------
TWO_WORD = {"chromogranin A": "chromogranin A", "Chromogranin A": "chromogranin A", "neuron-specific enolase": "NSE"}
SIGN_FRAMES = ["Immunohistochemistry: {m}{s}, CD56+.", "The panel showed {m}{s} and CD56+ cells.",
               "Stains: CD56+, {m}{s}."]


def glued_sign_cells():
    for (words, canon), frame, (sign, polarity) in itertools.product(TWO_WORD.items(), SIGN_FRAMES,
                                                                      (("+", "positive"), ("-", "negative"))):
        sentence = frame.format(m=words, s=sign)
        yield CASE.format(f"A 66-year-old man had an ileal NET. {sentence}"), (polarity, canon)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_grid_a_sign_glued_to_a_two_word_marker(run):
    assert_grid(run, glued_sign_cells(), marker_ok)
