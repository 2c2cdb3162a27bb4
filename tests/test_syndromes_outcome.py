"""Hormonal and inherited syndromes, outcome and follow-up: grids of the common wordings (own words)
and their traps, each trap beside a value that must still be found (so every test fails when its
extractor finds nothing: tests/test_null_extractors.py)."""
from __future__ import annotations

import itertools

import pytest
from rule_ablation import RULES, without
from test_grids import assert_grid

from pipeline.extractors.base import ReportView
from pipeline.extractors.syndromes import FunctionalSyndromeExtractor
from pipeline.nlp import process
from pipeline.reading import normalize_text

CASE = "Case report title\n\nCase presentation\n{}\n"

FUNCTIONAL = [("an insulinoma", "insulinoma"), ("hyperinsulinemic hypoglycemia", "insulinoma"),
              ("Zollinger-Ellison syndrome", "gastrinoma"), ("a gastrinoma", "gastrinoma"),
              ("carcinoid syndrome", "carcinoid syndrome"), ("carcinoid heart disease", "carcinoid syndrome"),
              ("a VIPoma", "VIPoma"), ("a glucagonoma", "glucagonoma"), ("a somatostatinoma", "somatostatinoma"),
              ("ectopic ACTH syndrome", "ectopic ACTH"), ("an ACTH-secreting tumour", "ectopic ACTH"),
              ("a GHRH-producing tumour", "ectopic GHRH"),
              ("a PTH-rp hypersecreting tumour", "PTHrP"), ("proven GHRH secretion", "ectopic GHRH"), ("PTHrP-mediated hypercalcaemia", "PTHrP"),
              ("a non-functioning pancreatic NET", "non-functioning"), ("a nonfunctional tumour", "non-functioning"),
              ("a non-secretory neuroendocrine tumour", "non-functioning")]
FUNCTIONAL_FRAMES = ["A 52-year-old woman was diagnosed with {x}.", "The work-up in this man confirmed {x}.",
                     "Our patient had {x}, treated by surgery.", "Laboratory and imaging studies revealed {x}."]
HEREDITARY = [("MEN1", "MEN1"), ("MEN 1", "MEN1"), ("multiple endocrine neoplasia type 1", "MEN1"),
              ("MEN2A", "MEN2"), ("MEN4", "MEN4"), ("von Hippel-Lindau disease", "VHL"), ("VHL", "VHL"),
              ("neurofibromatosis type 1", "NF1"), ("NF1", "NF1"), ("tuberous sclerosis complex", "TSC")]
HEREDITARY_FRAMES = ["A 34-year-old man with known {x} had a pancreatic NET.", "Genetic testing confirmed {x}.",
                     "She had a history of {x} and a duodenal NET."]


@pytest.mark.fields("functional_syndrome")
def test_grid_functional_syndrome_names(run):
    cells = ((CASE.format(frame.format(x=name)), value) for (name, value), frame in
             itertools.product(FUNCTIONAL, FUNCTIONAL_FRAMES))
    assert_grid(run, cells, lambda row, value: row["functional_syndrome"] == [value])


@pytest.mark.fields("hereditary_syndrome")
def test_grid_hereditary_syndrome_names(run):
    cells = ((CASE.format(frame.format(x=name)), value) for (name, value), frame in
             itertools.product(HEREDITARY, HEREDITARY_FRAMES))
    assert_grid(run, cells, lambda row, value: row["hereditary_syndrome"] == [value])


# Each trap beside a stated value: 'insulinoma' and 'NF1' must stay, the trapped name must not come.
SYNDROME_TRAPS = ["She had no family history of {h}.", "{H} was excluded.", "Genetic testing was negative for {h}.",
                  "To exclude {h}, genetic testing was recommended.", "There were no features of {f}.",
                  "{F} was ruled out.", "Her mother had {h}.", "Immunostaining showed gastrin-producing cells.",
                  "The tumour cells stained for glucagon and gastrin."]


@pytest.mark.fields("functional_syndrome", "hereditary_syndrome")
def test_grid_syndrome_traps(run):
    present = "A 41-year-old woman with NF1 was diagnosed with an insulinoma after fasting hypoglycaemia."
    cells = []
    for trap, (h, f) in itertools.product(SYNDROME_TRAPS, [("MEN1", "carcinoid syndrome"), ("VHL", "a VIPoma"),
                                                           ("MEN2", "Zollinger-Ellison syndrome")]):
        text = trap.format(h=h, H=h, f=f, F=f[0].upper() + f[1:])
        cells.append((CASE.format(f"{present} {text}"), None))
        intro = "MEN1 accounts for a quarter of gastrinomas. Carcinoid syndrome occurs in a fifth of ileal NETs."
        cells.append((f"Case report title\n\nIntroduction\n{intro}\n\n" + CASE.format(present) +
                      f"\nDiscussion\nIn patients with {h}, {f} is common.\n", None))
    assert_grid(run, cells, lambda row, _: row["functional_syndrome"] == ["insulinoma"]
                and row["hereditary_syndrome"] == ["NF1"])


@pytest.mark.fields("functional_syndrome")
def test_a_syndrome_outranks_non_functioning(case):
    assert case("The tumour was first thought non-functioning, but she had Zollinger-Ellison syndrome."
                )["functional_syndrome"] == ["gastrinoma"]
    assert case("A non-functional pancreatic NET of 2 cm.")["functional_syndrome"] == ["non-functioning"]


@pytest.mark.fields("functional_syndrome")
def test_note_when_a_syndrome_has_no_hormone_evidence(run):
    extractor = FunctionalSyndromeExtractor(RULES)

    def flags(text):
        _, mentions = run(CASE.format(text))
        return extractor.raised_flags([m for m in mentions if m.field == "functional_syndrome"])

    assert flags("A 60-year-old man had carcinoid syndrome and an ileal NET.") == ["functioning_without_hormone_evidence"]
    assert flags("A 60-year-old man had carcinoid syndrome with flushing; urinary 5-HIAA was raised.") == []
    assert flags("A 60-year-old man had carcinoid syndrome. There was no flushing.") == [
        "functioning_without_hormone_evidence"]  # negated evidence is none
    assert flags("A 60-year-old man had a non-functioning ileal NET.") == []


def _note(extractor, doc) -> list[str]:
    mentions = extractor.find(ReportView(doc, RULES))
    extractor.decide(mentions)
    return extractor.raised_flags(mentions)


@pytest.mark.fields("functional_syndrome")
def test_every_hormone_evidence_word_is_needed(nlp, run):
    """Each evidence word alone clears the note; without it the note stays (OWN_PROBED in
    tests/syndrome_outcome_probes.py)."""
    assert run(CASE.format("A man had a VIPoma."))[0]["functional_syndrome"] == ["VIPoma"]
    path, full, unneeded = ("syndromes", "hormone_evidence", "words"), FunctionalSyndromeExtractor(RULES), []
    for word in RULES["syndromes"]["hormone_evidence"]["words"]:
        doc = process(nlp, normalize_text(CASE.format(f"A man had a VIPoma. We noted {word}.")))
        if _note(full, doc) == _note(FunctionalSyndromeExtractor(without(path, word)), doc):
            unneeded.append(word)
    assert not unneeded, unneeded


# --- outcome and follow-up ----------------------------------------------------------------------------
STATUSES = [("there has been no recurrence {d} after surgery", "alive, no disease"),
            ("she remains disease-free {d} after resection", "alive, no disease"),
            ("imaging showed stable disease on octreotide {d} later", "alive with disease"),
            ("the liver metastases had progressed {d} after diagnosis", "alive with disease"),
            ("she is doing well {d} after surgery", "alive"),
            ("she died of liver failure due to metastases {d} later", "died of disease"),
            ("she died {d} later", "died"),
            ("she died of pneumonia {d} after surgery", "died of other cause")]
DURATIONS = [("2 years", "24"), ("18 months", "18"), ("6 weeks", "1.5"), ("three years", "36"), ("90 days", "3")]
STATUS_FRAMES = ["A 66-year-old woman had an ileal NET resected. At the last visit, {s}.",
                 "The pancreatic NET was removed by distal pancreatectomy; {s}."]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_outcome_and_months(run):
    cells = ((CASE.format(frame.format(s=status.format(d=d))), (value, months)) for (status, value), (d, months), frame
             in itertools.product(STATUSES, DURATIONS, STATUS_FRAMES))
    assert_grid(run, cells, lambda row, want: (row["outcome"], row["follow_up_months"]) == want)


OUTCOME_TRAPS = [  # (text, outcome, months)
    ("She had a 2-year history of flushing. After surgery she is doing well.", "alive", None),
    ("A 70-year-old man had a rectal NET. He remained recurrence-free for 3 years, then died of liver failure.",
     "died of disease", "36"),
    ("No recurrence was seen 2 years after surgery. She died 4 years after surgery.", "died", "48"),
    ("At 5-year follow-up, there was no recurrence.", "alive, no disease", "60"),
    ("She has been followed for 30 months. She is currently doing well.", "alive", "30"),
    ("Neither recurrence nor metastases were found during 4 years of follow-up.", "alive, no disease", "48"),
    ("Asymptomatic at presentation, she had a 2 cm gastric NET. She is doing well 1 year after surgery.", "alive", "12"),
    ("She died of pneumonia 3 years after surgery, with stable liver metastases.", "died of other cause", "36"),
    ("She presented in March 2015 with jaundice. She died of hepatic failure in September 2017.", "died of disease", "30"),
    ("Liver metastases had been resected 9 years earlier. She was well.", None, None),
    ("She remains free of progression after 18 months of lanreotide.", "alive with disease", "18"),
    ("A 65-years-old woman had an ileal NET with liver metastases.", None, None),
    ("The resection found no lymph node metastases. Two years later she is doing well.", "alive", "24"),
    ("Surgery was followed by no relapse or recurrence over 3 years.", "alive, no disease", "36"),
]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_outcome_traps(run):
    discussion = "\nDiscussion\nThe 5-year survival of NEC is 25%, and most patients die within a year.\n"
    cells = [(CASE.format(text) + extra, (value, months)) for text, value, months in OUTCOME_TRAPS
             for extra in ("", discussion)]
    assert_grid(run, cells, lambda row, want: (row["outcome"], row["follow_up_months"]) == want)


@pytest.mark.fields("hereditary_syndrome")
def test_two_inherited_syndromes_and_a_family_member(case):
    row = case("A 28-year-old man with tuberous sclerosis and a germline VHL variant had a pancreatic NET. "
               "His sister had MEN1.")
    assert sorted(row["hereditary_syndrome"]) == ["TSC", "VHL"]


@pytest.mark.fields("outcome", "follow_up_months")
def test_the_last_stated_follow_up_wins(case):
    row = case("Six months after surgery CT showed stable disease. At 3 years there was no evidence of disease.")
    assert (row["outcome"], row["follow_up_months"]) == ("alive, no disease", "36")
    row = case("At 1 year she was disease-free. Two years after surgery liver metastases were found.")
    assert (row["outcome"], row["follow_up_months"]) == ("alive with disease", "24")


# A negative restaging statement in the follow-up (a time word in its clause, or a follow-up section) is
# 'alive, no disease'; the same words at staging, before the operation, are no outcome.
RESTAGING = ["no evidence of metastatic disease was seen {t}", "imaging {t} showed no evidence of residual disease",
             "the octreotide scan {t} showed no uptake", "the PET scan {t} did not show tracer accumulation",
             "MRI {t} revealed no lesions in the liver", "the scintigraphy {t} showed no pathological expression"]
RESTAGING_TIMES = [("one year after surgery", "12"), ("18 months later", "18"), ("at the 2-year follow-up", "24")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_negative_restaging_is_no_disease(run):
    cells = ((CASE.format(f"A 59-year-old man had a rectal NET resected. {_cap(s.format(t=t))}."), ("alive, no disease", months))
             for s, (t, months) in itertools.product(RESTAGING, RESTAGING_TIMES))
    assert_grid(run, cells, lambda row, want: (row["outcome"], row["follow_up_months"]) == want)


@pytest.mark.fields("outcome")
def test_grid_negative_scan_in_a_follow_up_section(run):
    headers = ["Outcome and follow-up", "Follow-up", "Outcome"]
    cells = ((CASE.format("A 47-year-old woman had a duodenal NET excised.") + f"\n{h}\n{_cap(s.format(t='then'))}.\n",
              "alive, no disease") for s, h in itertools.product(RESTAGING, headers))
    assert_grid(run, cells, lambda row, want: row["outcome"] == want)


STAGING_TRAPS = [  # (text, outcome, months): staging words before the operation, or a lesion left standing
    ("CT showed no evidence of metastatic disease. She underwent a right hemicolectomy.", None, None),
    ("The staging PET scan showed no uptake outside the pancreas, and a Whipple procedure was done.", None, None),
    ("He had abdominal pain for 2 months. CT found no evidence of metastatic disease, and the tumour was resected.",
     None, None),
    ("The liver metastases were unchanged 1 year after surgery, and no new lesions were seen.", "alive with disease", "12"),
    ("Endoscopy 6 months later showed no change in lesion size.", None, None),
    ("A repeat endoscopy 6 months later did not show any change in the lesion.", None, None),
    ("Her abdominal pain for 2 months led to CT. One year after surgery, the scan showed no uptake.",
     "alive, no disease", "12"),
]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_restaging_traps(run):
    present = " Two years after surgery there was no evidence of recurrence."
    cells = [(CASE.format(text), (value, months)) for text, value, months in STAGING_TRAPS]
    cells += [(CASE.format(text + present), ("alive, no disease", "24")) for text, _, _ in STAGING_TRAPS[:3]]
    assert_grid(run, cells, lambda row, want: (row["outcome"], row["follow_up_months"]) == want)


# A time point after the treatment stated after the status (a later contact, a figure legend) dates the
# follow-up when the status's own sentence gives none; the latest one wins; one stated before the status
# only bounds a follow-up that went on past it.
TIME_POINTS = [("{n} after surgery", "alive, no disease"), ("{n} after the resection", "alive, no disease"),
               ("{n} after the operation", "alive, no disease"), ("{n} later", "alive, no disease")]


@pytest.mark.fields("outcome", "follow_up_months")
def test_grid_last_time_point_after_the_status(run):
    status = "A 52-year-old woman had a gastric NET resected.\n\nFollow-up\nThe octreotide scan did not show any uptake.\n"
    cells = []
    for (point, value), (n, months) in itertools.product(TIME_POINTS, [("two months", "2"), ("one year", "12")]):
        legend = f"\nFigure 3 The scar {point.format(n=n)}, fully healed.\n"
        cells.append((CASE.format(status) + legend, (value, months)))
        earlier = f"\nFigure 2 The wound {point.format(n='three weeks')}.\n"
        cells.append((CASE.format(status) + earlier + legend, (value, months)))
    assert_grid(run, cells, lambda row, want: (row["outcome"], row["follow_up_months"]) == want)


@pytest.mark.fields("outcome", "follow_up_months")
def test_a_time_point_before_the_status_is_no_follow_up_time(case):
    row = case("A 69-year-old man had a gastric NET removed. A liver metastasis appeared two years later and was "
               "ablated. At follow-up the treated lesion had shrunk.")
    assert (row["outcome"], row["follow_up_months"]) == ("alive with disease", None)
    row = case("He had a rectal NET removed. He remains disease-free. A scan two years later was normal.")
    assert (row["outcome"], row["follow_up_months"]) == ("alive, no disease", "24")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]
