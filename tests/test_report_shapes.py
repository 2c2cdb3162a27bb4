"""Real-world shapes of issue 8, each in our own words and each beside its affirmed twin."""
import pytest

from pipeline.reading import normalize_text
from pipeline.sections import split_sections


def label_at(text, snippet):
    text = normalize_text(text)
    pos = text.index(snippet)
    return next(s.label for s in reversed(split_sections(text)) if s.start <= pos)


def test_every_header_on_a_one_line_meeting_abstract_opens_its_section():
    text = ("INTRODUCTION: Gastric NETs are uncommon. CASE DESCRIPTION/METHODS: A 70-year-old woman had anaemia. "
            "RESULTS/FOLLOW-UP: She is well at one year. DISCUSSION: Type 1 tumours behave indolently. " * 2)
    assert label_at(text, "A 70-year-old") == "case"
    assert label_at(text, "Type 1 tumours") == "discussion"
    assert label_at(text, "Gastric NETs") == "introduction"


@pytest.mark.parametrize("line", ["Journal of Surgical Oncology Reports", "Annals of Clinical Oncology",
                                   "Keywords: carcinoid; surgery; lung", "© 2024 The Authors",
                                   "https://orcid.org/0000-0001-2345-6789"])
@pytest.mark.fields("primary_site", "treatments")
def test_page_furniture_feeds_no_row(run, line):
    report = f"{line}\nCase presentation\nA 50-year-old man had a rectal NET, removed by surgery.\n{line}\n"
    row, mentions = run(report)
    assert row["primary_site"] == "rectum" and row["treatments"] == ["surgery"]
    furniture = [m for m in mentions if m.reason.startswith("furniture:")]
    assert all(not m.kept for m in furniture)


@pytest.mark.fields("ki67_low", "ki67_high", "treatments")
def test_general_statements_in_the_case_text_are_other_patients(run):
    row, mentions = run("Case presentation\nA 55-year-old woman had a pancreatic NET. The average Ki-67 of such "
                        "tumours is 5%, and guidelines recommend everolimus for them. Her Ki-67 was 12%.\n")
    assert (row["ki67_low"], row["ki67_high"]) == ("12", "12") and row["treatments"] == []
    general = [m for m in mentions if m.field == "treatments" and m.normalized == "everolimus"]
    assert general and general[0].status == "other_patient" and "other_patient:" in general[0].reason


@pytest.mark.fields("age", "sex")
def test_a_first_person_case_in_the_introduction_starts_the_case(run):
    text = "Introduction\nRectal NETs are rising in incidence. We treated a 61-year-old woman with a rectal NET.\n"
    row, _ = run(text)
    assert row["age"] == "61" and row["sex"] == "female"


@pytest.mark.fields("age")
@pytest.mark.parametrize("text, age", [
    ("In his 58th year he developed diarrhoea.", "57"), ("The patient, 58 years of age, had pain.", "58"),
    ("A man aged 58 years had pain.", "58"),
])
def test_age_wordings(case, text, age):
    assert case(text)["age"] == age
    assert case("A patient of that age rarely has such a tumour.")["age"] is None


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("The tumour was positive for insulinoma-associated protein 1 and CK8/18.", {"INSM1", "cytokeratin (CK8/18)"}, set()),
    ("It was positive for islet 1 and paired box 8 but negative for special AT-rich sequence-binding protein 2.",
     {"ISL1", "PAX8"}, {"SATB2"}),
    ("The cells were positive for SOX10, HMB45 and Melan-A.", {"SOX10", "HMB-45", "Melan-A"}, set()),
    ("The tumour was positive for chromo- granin and synapto physin.", {"chromogranin A", "synaptophysin"}, set()),
])
def test_spelled_out_split_and_keratin_family_markers(case, text, positive, negative):
    row = case(text)
    assert (set(row["markers_positive"]), set(row["markers_negative"])) == (positive, negative)


def test_the_reader_joins_only_lexicon_words():
    assert "chromogranin" in normalize_text("positive for chromo- granin")
    assert "synaptophysin" in normalize_text("positive for synapto physin")
    assert "well- differentiated" in normalize_text("a well- differentiated tumour")
    assert "the tumour" in normalize_text("the tumour")


@pytest.mark.fields("tumor_size_mm")
@pytest.mark.parametrize("text, size", [
    ("The tumour, a well-circumscribed, hypervascular lesion in the pancreatic tail, measured 23 mm.", "23"),
    ("CT showed a 14 mm hypodensity in the pancreatic head.", "14"),
    ("Liver nodules of 2-15 mm were seen; the ileal tumour measured 18 mm.", "18"),
    ("A 35-cm segment of ileum was removed containing a 2.1 cm tumour.", "21"),
])
def test_size_shapes(case, text, size):
    assert case(text)["tumor_size_mm"] == size
    assert case("Liver nodules ranged from 2 to 15 mm. The volume was 12 cm3 over an area of 4 cm2.")["tumor_size_mm"] is None


@pytest.mark.fields("tumor_size_mm")
def test_a_resected_specimen_in_a_figure_legend_counts(run):
    text = ("Case presentation\nCT showed a 30 mm mass in the ileum. Right hemicolectomy was performed.\n"
            "Figure 2 The resected specimen measured 34 × 25 mm.\n")
    assert run(text)[0]["tumor_size_mm"] == "34 x 25"


@pytest.mark.fields("age", "sex")
def test_a_literature_patient_mid_line_in_the_introduction_does_not_open_the_case(run):
    flat = ("Vascular lip tumours in children: a case report Introduction Such tumours are rare in children and are "
            "usually treated by excision or sclerotherapy. A 7-month-old girl with a similar tumour was described by "
            "Kim and colleagues. Case report A 4-year-old boy was referred to our clinic with a lip swelling that had "
            "grown for a year. Discussion Excision is curative in most children.")
    row, _ = run(flat)
    assert row["age"] == "4" and row["sex"] == "male"


def test_a_header_that_runs_into_its_text_with_a_one_letter_word():
    text = ("Gastric NET\n\nAbstract\nA short summary.\n\nCase presentation A 62-year-old man had dyspepsia.\n"
            "Discussion Gastric NETs of type 1 are indolent.\n")
    assert label_at(text, "A 62-year-old") == "case"
    assert label_at(text, "Gastric NETs of type 1") == "discussion"
    assert label_at("Case presentation\nThe summary statistics were normal.\n", "The summary statistics") == "case"


@pytest.mark.parametrize("statement", [
    "Colonoscopy, capsule endoscopy and PET found no primary tumour; the primary remained unknown.",
    "Despite extensive imaging no primary tumor was found.",
    "It was classed as a NET of occult primary.",
])
@pytest.mark.fields("primary_site", "metastasis_sites")
def test_a_nodal_net_of_unknown_primary_has_no_primary_site(case, statement):
    presentation = "A 61-year-old woman had a 41 mm axillary nodal NET, grade 2, positive for synaptophysin."
    row = case(f"{presentation} {statement}")
    assert row["primary_site"] is None and row["metastasis_sites"] == ["lymph node"]
    twin = case(presentation)  # without the statement the node is taken as the primary
    assert twin["primary_site"] == "lymph node"


@pytest.mark.parametrize("history", [
    "She had undergone a hysterectomy for fibroids twelve years ago.",
    "Her only operation, a cholecystectomy for gallstones, was done 30 years earlier.",
    "She had had an appendicectomy for appendicitis many years previously.",
])
@pytest.mark.fields("treatments")
def test_a_dated_procedure_for_another_condition_is_past_history(case, history):
    row = case(f"A 66-year-old woman had an ileal NET with liver metastases. {history} She was given lanreotide.")
    assert row["treatments"] == ["lanreotide"]
    # The tumour's own treatment dated the same way stays a treatment.
    twin = case("A 66-year-old woman had an ileal NET with liver metastases. Lanreotide had been started "
                "three years earlier, and a right hemicolectomy for the tumour was done two years ago.")
    assert set(twin["treatments"]) == {"lanreotide", "surgery"}


@pytest.mark.parametrize("sentence, site", [
    ("Pathology found, at the tip of the appendix, a 6 mm well-differentiated neuroendocrine tumour.", "appendix"),
    ("The specimen showed, deep in the wall of the ileum, an 11 mm carcinoid.", "ileum"),
])
@pytest.mark.fields("primary_site")
def test_a_tumour_named_in_an_apposition_after_its_site_is_the_primary(case, sentence, site):
    assert case(f"A 30-year-old woman had abdominal pain. {sentence}")["primary_site"] == site


@pytest.mark.fields("primary_site")
def test_an_apposition_with_a_site_of_its_own_votes_for_that_site(case):
    row = case("A 30-year-old woman had abdominal pain. Resection found, beside the appendix, a caecal 9 mm carcinoid.")
    assert row["primary_site"] == "colon"  # the caecum is part of the colon in rules/sites.json


WRAPPED = """A 63-year-old man was found to have a 1.2 cm nodule in the duodenal bulb. The
tumour cells were immunoreactive for CD56 and
synaptophysin but not for gastrin, and the
proliferation index on MIB-1 was 4%.
"""


@pytest.mark.fields("markers_positive", "markers_negative", "ki67")
def test_a_short_paragraph_wrapped_by_hand_reads_like_one_line(case):
    one_line = case(" ".join(WRAPPED.split()))
    assert set(one_line["markers_positive"]) == {"CD56", "synaptophysin"}
    assert one_line["markers_negative"] == ["gastrin"] and one_line["ki67_high"] == "4"
    wrapped = case(WRAPPED)
    for column in ("markers_positive", "markers_negative", "ki67_low", "ki67_high", "tumor_size_mm", "primary_site"):
        assert wrapped[column] == one_line[column], column


def test_a_line_break_after_a_header_or_a_full_stop_still_ends_a_sentence(nlp):
    from pipeline.nlp import process

    text = normalize_text("Case presentation\nPATHOLOGICAL FINDINGS\nsynaptophysin was strongly positive.\n"
                          "A long first sentence about the biopsy ends here with a full stop.\n"
                          "chromogranin A was negative, and a long line that wraps goes on to the\n"
                          "next line.\n")
    sentences = [s.text.strip() for s in process(nlp, text).sents]
    assert "synaptophysin was strongly positive." in sentences
    assert "chromogranin A was negative, and a long line that wraps goes on to the\nnext line." in sentences


@pytest.mark.fields("markers_negative", "ki67")
@pytest.mark.parametrize("joint", ["and the", "and her", "and a"])
def test_a_negation_ends_where_a_new_clause_begins(case, joint):
    row = case(f"The tumour was negative for CK20, {joint} Ki-67 index was 8%.")
    assert row["markers_negative"] == ["CK20"] and row["ki67_high"] == "8"
    listed = case("The tumour was negative for CK7, CK20, and TTF-1.")  # a list's last comma ends nothing
    assert set(listed["markers_negative"]) == {"CK7", "CK20", "TTF-1"}


@pytest.mark.fields("primary_site")
@pytest.mark.parametrize("sentence, site, unlinked", [
    ("The mass arose from the head of the pancreas.", "pancreas", "The mass lay far from the head of the pancreas."),
    ("A small tumour originated in the terminal ileum.", "ileum", "A small tumour pressed on the terminal ileum."),
    ("She was diagnosed with a small-bowel NET.", "small intestine", "She was diagnosed with a NET."),
])
def test_a_tumour_that_arose_in_an_organ_names_the_primary(case, sentence, site, unlinked):
    assert case(sentence)["primary_site"] == site
    assert case(unlinked)["primary_site"] is None


@pytest.mark.fields("primary_site", "metastasis_sites")
def test_a_site_joined_to_a_tumour_noun_by_a_verb_or_a_conjunction_is_not_its_primary(case):
    row = case("The ileal tumour was resected; two of 15 lymph nodes were involved by tumour.")
    assert row["primary_site"] == "ileum" and row["metastasis_sites"] == ["lymph node"]
    assert case("Two of 15 lymph nodes involved by tumour.")["primary_site"] is None
    assert case("A mesenteric lymph node tumour was excised.")["primary_site"] == "lymph node"


@pytest.mark.fields("primary_site", "treatments")
def test_another_cancer_of_the_past_history_gives_neither_primary_nor_treatment(case):
    row = case("A 79-year-old man, treated with radiotherapy for lung cancer 12 years ago, had jaundice. "
               "A Whipple procedure removed a NET G2 of the ampulla.")
    assert row["primary_site"] == "duodenum" and row["treatments"] == ["surgery"]
    row = case("A 79-year-old man had jaundice. Radiotherapy was given 12 years ago to the pancreatic NET.")
    assert "radiotherapy" in row["treatments"]  # a dated treatment of the tumour itself stays


@pytest.mark.fields("primary_site", "tumor_size_mm")
def test_multifocal_tumours_take_the_largest_size(case):
    assert case("Endoscopic ultrasound found several pancreatic lesions, the largest 2.1 cm in the body.")[
        "tumor_size_mm"] == "21"
    row = case("Pathology: multifocal well-differentiated PanNET, largest 14 mm, G1.")
    assert row["primary_site"] == "pancreas" and row["tumor_size_mm"] == "14"
    assert case("CT showed several liver metastases, the largest 4 cm.")["tumor_size_mm"] is None


@pytest.mark.fields("primary_site")
def test_several_tumours_of_one_organ_name_it(case):
    assert case("A woman with MEN1 had multiple pancreatic tumours.")["primary_site"] == "pancreas"
    assert case("A woman with MEN1 had multiple tumours.")["primary_site"] is None


@pytest.mark.fields("primary_site")
def test_a_tumour_and_its_site_across_an_aside(case):
    assert case("The neoplasm, measuring 9 mm, was located in the submucosa of the rectum.")["primary_site"] == "rectum"
    assert case("The neoplasm was resected, and 9 mm away lay the wall of the rectum.")["primary_site"] is None


@pytest.mark.parametrize("line, furniture", [
    ("Maria Lopez1, Tom Baker2,3*, Ana Silva1", "author_list"),
    ("Anna K. O'Neill1,2, Li Wei3", "author_list"),
    # A stain line whose marker ends in a digit is no author with an affiliation number.
    ("Nuclear MLH1, PMS2, MSH2 and MSH6 were retained.", None),
    ("Diffuse SSTR2, CD56 and INSM1 staining was seen.", None),
    ("J. Carter Smith12, Olu Adeyemi4*, Ines Roth1", "author_list"),
    # A case that opens with its date is no author line (a year, or a month and its day, before the comma).
    *((f"{lead} {month} {day}, a 54-year-old woman came to our clinic with flushing.", None)
      for lead in ("In", "By", "Since", "Late in") for month in ("March", "September", "Sept", "May")
      for day in ("2017", "12", "3")),
])
def test_an_author_line_and_a_stain_line_that_looks_like_one(line, furniture):
    from pipeline.sections import furniture_class

    assert furniture_class(line) == furniture


@pytest.mark.fields("primary_site", "metastasis_sites")
@pytest.mark.parametrize("text, primary, sites", [
    ("Breast biopsy showed metastatic NET; the primary was in the lung.", "lung", ["breast"]),
    ("CT revealed liver metastases; the primary was found in the ileum.", "ileum", ["liver"]),
    ("The NET originated in the common bile duct.", "bile duct", []),
    # 'primary' as an adjective of a disease names no tumour
    ("She had primary hyperparathyroidism in the setting of MEN1.", None, []),
])
def test_the_primary_as_a_noun_names_its_organ(case, text, primary, sites):
    row = case(text)
    assert (row["primary_site"], row["metastasis_sites"]) == (primary, sites)


@pytest.mark.fields("primary_site", "tumor_size_mm")
@pytest.mark.parametrize("text, site", [
    ("A mass of approximately 4 cm was found in the ileum.", "ileum"),
    ("A tumour measuring 2.5 x 1.8 cm was located in the pancreatic tail.", "pancreas"),
    # a size between names no site by itself
    ("A mass of approximately 4 cm was found.", None),
])
def test_a_size_between_a_tumour_and_its_site(case, text, site):
    row = case(text)
    assert row["primary_site"] == site and row["tumor_size_mm"] is not None


@pytest.mark.fields("primary_site")
@pytest.mark.parametrize("text, site", [
    ("A NET arising in a Meckel's diverticulum was resected.", "ileum"),
    ("A NET of the urinary bladder was resected transurethrally.", "bladder"),
    ("A NET of the cystic duct was found at cholecystectomy.", "bile duct"),
    ("A neuroendocrine tumour of the nasopharynx was biopsied.", "nasopharynx"),
    ("An ileocaecal NET was resected.", "ileum"),
    ("A jejunoileal NET was found.", "small intestine"),
])
def test_less_common_primary_sites(case, text, site):
    assert case(text)["primary_site"] == site


@pytest.mark.fields("age", "sex")
@pytest.mark.parametrize("lead", ["In March 2017,", "In May 2016,", "By June 12, 2019,", "In Sept 2015,", "On 4 May 2018,"])
def test_a_case_line_that_opens_with_its_date_is_read(run, case, lead):
    line = f"{lead} a 54-year-old woman came to our clinic with flushing and a pancreatic mass."
    for row in (run(line + "\n")[0], case(line)):  # a bare one-line report, and under a case header
        assert (row["age"], row["sex"]) == ("54", "female")


# A citation number glued to a full stop by a flattened page hides the sentence end; the sentence about
# other patients then carries our patient's values (or the reverse). Words x numbers x next sentences.
CITED_WORDS = ["regurgitation", "tumours", "literature", "surgery"]
CITATION_NUMBERS = ["1", "12", "3,4", "1-3", "7\u201310"]


@pytest.mark.parametrize("word", CITED_WORDS)
@pytest.mark.parametrize("number", CITATION_NUMBERS)
def test_a_citation_glued_to_the_full_stop_ends_its_sentence(word, number):
    text = normalize_text(f"Most such patients die of {word}.{number} She was given everolimus. Her Ki-67 was 3.5 percent.")
    assert f"{word} [{number}]. She was given" in text and "3.5 percent" in text


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("number", CITATION_NUMBERS)
def test_other_patients_behind_a_glued_citation_do_not_reach_our_patient(case, number):
    before = "Everolimus and sunitinib are reported to prolong survival in such patients"
    row = case(f"{before}.{number} In our patient, a right hemicolectomy was performed.")
    assert row["treatments"] == ["surgery"]
