"""The section splitter on each header shape."""
import pytest

from pipeline.reading import normalize_text
from pipeline.sections import split_sections


def labels(text):
    text = normalize_text(text)
    return [(s.label, text[s.start:s.end].strip()[:25]) for s in split_sections(text)]


def label_of(text, snippet):
    text = normalize_text(text)
    pos = text.index(snippet)
    return next(s.label for s in split_sections(text) if s.start <= pos < s.end)


def test_upper_case_and_title_case_lines():
    text = ("Title of the report\nAbstract\nA summary.\nINTRODUCTION\nNETs are rare.\nCASE PRESENTATION\n"
            "Chief complaints\nAnal discomfort.\nHistory of present illness\nA 36-year-old woman.\n"
            "DISCUSSION\nOther cases.\nREFERENCES\n1. Someone.")
    assert label_of(text, "A summary") == "abstract"
    assert label_of(text, "NETs are rare") == "introduction"
    assert label_of(text, "Anal discomfort") == "case"
    assert label_of(text, "A 36-year-old woman") == "case"
    assert label_of(text, "Other cases") == "discussion"
    assert label_of(text, "1. Someone") == "references"
    assert label_of(text, "Title of") == "front_matter"


def test_numbered_headers():
    text = "Title\n\n1. Introduction\n\nBackground text.\n\n2. Case Report\n\nA 68-year-old male.\n\n3. Discussion\n\nText."
    assert label_of(text, "Background text") == "introduction"
    assert label_of(text, "A 68-year-old male") == "case"
    assert label_of(text, "Text.") == "discussion"


def test_inline_headers_with_colon():
    text = ("Title\nBACKGROUND: Primary NETs are rare.\nCASE REPORT: A 71-year-old man came to us.\n"
            "CONCLUSIONS: We identified a rare NET.")
    assert label_of(text, "Primary NETs") == "introduction"
    assert label_of(text, "A 71-year-old man") == "case"
    assert label_of(text, "We identified") == "conclusion"


def test_abstract_only_report_with_article_type_label():
    text = "Open Access\nCase Report\n\nA rare presacral NET\n\nAbstract\n\nWe report a 45-year-old female.\n\nPublication History\n\nOnline 2025"
    assert label_of(text, "A rare presacral") == "front_matter"
    assert label_of(text, "We report a 45") == "abstract"
    assert label_of(text, "Online 2025") == "back_matter"


def test_flattened_web_text():
    text = ("Some journal page Abstract Background Gastrinomas are rare. Case presentation A 52-year-old man was "
            "referred with pain and diarrhoea for one year, and endoscopy showed ulcers in the duodenum. "
            "Discussion Lanreotide can be given for unresectable disease and other options exist in the "
            "literature for patients like this one. References 1. Example R. Gastrinoma. " * 2)
    assert label_of(text, "A 52-year-old man") == "case"
    assert label_of(text, "Lanreotide") == "discussion"


def test_numbered_upper_case_headers_in_flat_text_and_subsections():
    text = ("Abstract Pseudocirrhosis is rare. Keywords: thyroid 1. CASE DESCRIPTION A 53-year-old woman came "
            "with a neck mass and was found to have a thyroid carcinoma after a long work-up of her symptoms. "
            "2. DISCUSSION 2.1. Differential Diagnosis Cirrhosis is defined by fibrosis in many other patients. "
            "3. CONCLUSIONS This is the first report.")
    assert label_of(text, "A 53-year-old woman") == "case"
    assert label_of(text, "Cirrhosis is defined") == "discussion"
    assert label_of(text, "This is the first") == "conclusion"


def test_case_narrative_without_its_own_header():
    text = "Abstract\nA summary.\nINTRODUCTION\nNETs are rare.\n A 45-year-old man was sent to our unit.\nDISCUSSION\nText."
    assert label_of(text, "A 45-year-old man") == "case"
    assert label_of(text, "NETs are rare") == "introduction"


def test_figure_legends_and_literature_tables():
    text = ("Case presentation\nA woman.\nFigure 1 MRI showing a 57 mm mass.\nShe recovered.\n"
            "Table 1 Eleven cases published in PubMed\n\tRef.\tSex/age\n\tSmith\tF/46\n")
    assert label_of(text, "MRI showing") == "figure_legend"
    assert label_of(text, "She recovered") == "case"
    assert label_of(text, "Smith") == "literature_table"


def test_discussion_subheaders_do_not_reopen_the_case():
    text = "Case presentation\nA woman.\nDiscussion\nGeneral remarks.\nTreatment\nSurgery is the mainstay for most patients."
    assert label_of(text, "Surgery is the mainstay") == "discussion"


def test_report_without_any_header_is_all_case():
    assert label_of("A 60-year-old man had a rectal NET removed endoscopically.", "A 60") == "case"


def test_header_lines_that_open_with_a_known_phrase():
    text = ("Title\nCase Presentation and Treatment\nA 50-year-old man had a rectal NET.\n"
            "Discussion and Review of the Literature\nOther series report larger tumours.")
    assert label_of(text, "A 50-year-old man") == "case"
    assert label_of(text, "Other series") == "discussion"


def test_a_table_inside_the_case_ends_where_prose_resumes():
    text = ("Case presentation\nA 50-year-old man had a rectal NET.\nTable 1 Laboratory values at admission\n"
            "\tTest\tValue\n\tChromogranin A\t112 ng/mL\n"
            "After the work-up he underwent low anterior resection, and histology confirmed a grade 2 tumour of the rectum.\n")
    assert label_of(text, "Chromogranin A\t112") == "patient_table"
    assert label_of(text, "After the work-up") == "case"


def test_structured_abstract_of_the_medicine_style():
    text = ("Abstract\nRationale: NETs of the rectum are rare.\nPatient concerns: A 62-year-old man had bleeding.\n"
            "Interventions: He underwent endoscopic resection.\nLessons: Rectal NETs can bleed.")
    assert label_of(text, "NETs of the rectum") == "introduction"
    assert label_of(text, "A 62-year-old") == "case"
    assert label_of(text, "He underwent") == "case"
    assert label_of(text, "Rectal NETs can bleed") == "conclusion"


def test_unheaded_case_after_the_title_starts_with_we_report():
    text = ("A rare ileal NET\nA. Author, B. Author\n\nWe report a 45-year-old man with an ileal NET.\n"
            "He underwent resection.\nDiscussion\nIleal NETs are common.")
    assert label_of(text, "We report a 45") == "case"
    assert label_of(text, "Ileal NETs are common") == "discussion"


def test_flattened_page_with_headers_after_ordinary_words():
    text = ("Journal page Table of Contents Abstract Introduction Presentation of case Discussion References "
            "Case Report Open Access A rare volvulus Authors Open Peer Review reports Abstract Introduction "
            "Volvulus is rare in young patients and this report describes one such patient in detail here. "
            "Keywords volvulus Introduction Volvulus of the colon is rare. Presentation of case A 14-year-old "
            "boy presented with abdominal pain and vomiting for two days before admission to our unit. "
            "Discussion Malrotation is a congenital anomaly seen in many other patients.")
    assert label_of(text, "A 14-year-old") == "case"
    assert label_of(text, "Malrotation is") == "discussion"
    assert label_of(text, "Volvulus of the colon") == "introduction"


@pytest.mark.fields("markers_positive", "markers_negative", "ki67_low", "ki67_high")
def test_a_table_of_the_patient_s_own_findings_feeds_the_row(run):
    table = ("Table 2. Immunohistochemistry\nAntibody\tResult\nSynaptophysin\tPositive\nChromogranin A\tPositive\n"
             "CK19\tNegative\nKi-67\t5%\n\nThe patient is well at one year.\n")
    lab = "Table 1. Laboratory values\nChromogranin A\t450 ng/mL\t<100\n\n"
    report = "Case report title\n\nCase presentation\nA 52-year-old woman had a pancreatic NET resected.\n\n" + lab + table
    row = run(report)[0]
    assert row["markers_positive"] == ["synaptophysin", "chromogranin A"] and row["markers_negative"] == ["CK19"]
    assert (row["ki67_low"], row["ki67_high"]) == ("5", "5")
    # the same table of reported cases is other patients'
    row = run(report.replace("Table 2. Immunohistochemistry", "Table 2. Immunohistochemistry of reported cases"))[0]
    assert row["markers_positive"] == [] and row["ki67_low"] is None


@pytest.mark.parametrize("caption, kind", [
    ("Table 1. Immunohistochemical profile of the tumour", "patient_table"),
    ("Table 1. Laboratory findings on admission", "patient_table"),
    ("Table 1. Clinical features of the patients in published series", "literature_table"),
    ("Table 1. Immunostaining in patients with this tumour", "literature_table"),
    ("Table 1. Dose schedule", "table"),
])
def test_a_table_is_read_by_its_caption(caption, kind):
    text = f"Case presentation\nA 50-year-old man had a rectal NET.\n{caption}\nCD56\tPositive\n"
    assert label_of(text, "CD56\tPositive") == kind
