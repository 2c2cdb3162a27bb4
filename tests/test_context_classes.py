"""Context by class: a refusal, a negation or a hypothetical is recognised whatever its wording,
for every target its class allows; and a cue's scope ends at its clause. Every wording is paired
with an affirmed twin, so a pipeline that finds nothing fails here."""
import pytest

REFUSALS = [
    ("Surgery was withheld because of her frailty.", "Surgery was performed despite her frailty.", "surgery"),
    ("Resection was not pursued given the extent of disease.", "Resection was pursued despite the extent of disease.", "surgery"),
    ("Chemotherapy was contraindicated owing to renal failure.", "Chemotherapy was given despite renal failure.", "chemotherapy"),
    ("He was not a candidate for surgery.", "He was referred for surgery.", "surgery"),
    ("She did not wish to undergo surgery.", "She agreed to undergo surgery.", "surgery"),
    ("The patient opted against chemotherapy.", "The patient opted for chemotherapy.", "chemotherapy"),
    ("Surgery was judged too risky.", "Surgery was judged worthwhile and carried out.", "surgery"),
    ("Radiotherapy was not advisable at that point.", "Radiotherapy was delivered at that point.", "radiotherapy"),
    ("Everolimus was not expected to help.", "Everolimus was prescribed.", "everolimus"),
    ("Lanreotide was ruled out by the tumour board.", "Lanreotide was chosen by the tumour board.", "lanreotide"),
    ("The patient declined sunitinib.", "The patient accepted sunitinib.", "sunitinib"),
    ("Hepatectomy was felt to be unwarranted.", "Hepatectomy was carried out.", "surgery"),
    ("Given her comorbidities, PRRT was deemed futile.", "Given her comorbidities, PRRT was given at a reduced dose.", "PRRT"),
    ("Everolimus was unlikely to benefit him.", "Everolimus was started.", "everolimus"),
    ("Temozolomide was initially considered.", "Temozolomide was initially given.", "temozolomide"),
    ("He was offered a distal pancreatectomy, which he declined.", "He underwent a distal pancreatectomy, which he tolerated.", "surgery"),
    ("She was offered PRRT but chose to be followed up.", "She was given PRRT and then followed up.", "PRRT"),
    ("Octreotide was suggested, which the patient refused.", "Octreotide was started, which the patient tolerated.", "octreotide"),
    ("He turned down the offer of lanreotide.", "He took up the offer of lanreotide.", "lanreotide"),
    ("She withheld consent for chemotherapy.", "She gave consent for chemotherapy, which began in May.", "chemotherapy"),
    ("Surgery: declined by the patient.", "Surgery: performed in May.", "surgery"),
    ("Octreotide: refused.", "Octreotide: started in May.", "octreotide"),
    ("Chemotherapy: not given.", "Chemotherapy: given in May.", "chemotherapy"),
    ("Radiotherapy: not done.", "Radiotherapy: done in May.", "radiotherapy"),
    ("Everolimus was not given.", "Everolimus was given.", "everolimus"),
]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("refused, given, drug", REFUSALS, ids=[r[0][:40] for r in REFUSALS])
def test_refusals_in_many_wordings(case, refused, given, drug):
    assert drug not in case(refused)["treatments"]
    assert drug in case(given)["treatments"]


FINDING_NEGATIONS = [
    "There were no distant metastases.",
    "Metastatic disease was excluded by PET/CT.",
    "The liver was free of metastases.",
    "No nodal metastasis was identified.",
    "CT showed no signs of metastatic spread.",
    "Metastases were absent on staging.",
    "Without evidence of metastasis, she was followed up.",
    "Metastatic deposits were not detected.",
    "Imaging ruled out metastatic disease.",
    "The bone scan was negative for metastases.",
    "No metastasis was seen at any site.",
    "Staging was free from metastatic disease.",
    "No recurrence or metastasis was observed during five years of follow-up.",
    "There was no evidence of recurrence or distant spread at two years.",
]


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("negated", FINDING_NEGATIONS)
def test_negated_findings_in_many_wordings(case, negated):
    row = case("A 52-year-old man had an ileal NET. " + negated)
    assert row["metastasis"] == "no" and row["metastasis_sites"] == []
    row = case("A 52-year-old man had an ileal NET. Liver metastases were found.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["liver"]


STAIN_NEGATIONS = [
    ("The tumour did not stain for CK7, CK20 or TTF-1.", {"CK7", "CK20", "TTF-1"}),
    ("CDX2 was negative.", {"CDX2"}),
    ("The cells were negative for S100.", {"S100"}),
    ("Tumour cells lacked chromogranin A.", {"chromogranin A"}),
    ("There was no immunoreactivity for synaptophysin.", {"synaptophysin"}),
    ("PSA expression was absent.", {"PSA"}),
    ("The neoplasm showed loss of SDHB.", {"SDHB"}),
    ("Neither TTF-1 nor CDX2 was expressed.", {"TTF-1", "CDX2"}),
    ("The tumour was nonreactive for p40.", {"p40"}),
    ("The tumour cells failed to stain for calcitonin.", {"calcitonin"}),
    ("The cells were not immunoreactive for CD45.", {"CD45"}),
    ("Staining showed CK20 (-) and PSA (-).", {"CK20", "PSA"}),
]


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, negative", STAIN_NEGATIONS, ids=[s[0][:40] for s in STAIN_NEGATIONS])
def test_negative_stains_in_many_wordings(case, text, negative):
    row = case("Immunohistochemistry was performed. " + text)
    assert set(row["markers_negative"]) == negative and row["markers_positive"] == []


@pytest.mark.fields("markers_positive", "markers_negative")
def test_stain_negations_have_positive_twins(case):
    row = case("The tumour stained for CK7, CK20 and TTF-1, and was immunoreactive for CD45 but not for PSA.")
    assert set(row["markers_positive"]) == {"CK7", "CK20", "TTF-1", "CD45"} and row["markers_negative"] == ["PSA"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_a_negation_stops_at_its_clause(case, run):
    row = case("No nodal metastases were found, but liver metastases were present.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["liver"]
    # h23-meta: was 'No nodal or hepatic metastases', which now denies only those organs ('unknown');
    # the negation still covers every site of the coordination
    row = case("No nodal or hepatic metastases were found.")
    assert row["metastasis"] == "unknown" and row["metastasis_sites"] == []
    row = case("No nodal, hepatic or other distant metastases were found.")
    assert row["metastasis"] == "no"


@pytest.mark.fields("treatments")
def test_a_refusal_stops_at_its_clause_and_the_boundary_is_named(run):
    text = "Case presentation\nThe patient declined surgery, so lanreotide was started.\n"
    row, mentions = run(text)
    assert row["treatments"] == ["lanreotide"]
    lan = next(m for m in mentions if m.field == "treatments" and m.normalized == "lanreotide")
    assert lan.status == "affirmed" and lan.reason.startswith("scope_ended_by:, so")


@pytest.mark.fields("treatments")
def test_a_sentence_wide_cue_stops_at_its_clause(case):
    row = case("Somatostatin analogues are typically used in such tumours; our patient received octreotide.")
    assert row["treatments"] == ["octreotide"]
    assert case("Somatostatin analogues such as octreotide are typically used in such tumours.")["treatments"] == []


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("text", [
    "Resection was initially considered.", "Chemotherapy was then proposed.", "Everolimus was later discussed.",
    "Sunitinib might eventually be needed.",
])
def test_adverbs_inside_a_cue_do_not_hide_it(case, text):
    assert case(text)["treatments"] == []
    assert case(text.replace("considered", "performed").replace("proposed", "given").replace("discussed", "started")
                .replace("might eventually be needed", "was eventually started"))["treatments"] != []


@pytest.mark.fields("treatments")
def test_prophylactic_qualifies_its_own_noun_only(case):
    assert case("A prophylactic cholecystectomy was done.")["treatments"] == []
    row = case("A prophylactic cholecystectomy was done during the right hemicolectomy.")
    assert row["treatments"] == ["surgery"]


@pytest.mark.fields("metastasis", "metastasis_sites", "treatments")
def test_no_recurrence_leaves_the_rest_of_its_sentence_affirmed(case):
    row = case("A 52-year-old man had an ileal NET. He is well with no recurrence after resection of his liver metastases.")
    assert row["metastasis_sites"] == ["liver"] and row["treatments"] == ["surgery"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_a_possibility_is_no_finding(case):
    row = case("A 52-year-old man had an ileal NET. A follow-up MRI raised the possibility of a small liver metastasis.")
    assert row["metastasis"] == "unknown" and row["metastasis_sites"] == []
    row = case("A 52-year-old man had an ileal NET. A follow-up MRI confirmed a small liver metastasis.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["liver"]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("conditional, given, drug", [
    ("Everolimus is planned if the disease progresses.", "Everolimus was started when the disease progressed.", "everolimus"),
    ("Sunitinib would be used in case of progression.", "Sunitinib was used after the progression.", "sunitinib"),
    ("She was referred to oncology for consideration of chemotherapy.",
     "She was referred to oncology and started chemotherapy.", "chemotherapy"),
])
def test_a_treatment_kept_for_later_is_not_given(case, conditional, given, drug):
    assert drug not in case(conditional)["treatments"]
    assert drug in case(given)["treatments"]
