import pytest


@pytest.mark.fields("tumor_size_mm")
@pytest.mark.parametrize("text, expected", [
    ("Pelvic MRI showed a 48 mm × 31 mm presacral mass.", "48 x 31"),
    ("CT showed a 6 × 6 × 6 cm mass in the pelvis.", "60 x 60 x 60"),
    ("MRI of the pelvis demonstrated a lobulated solid mass measuring approximately 71 mm × 44 mm × 52 mm "
     "in front of the sacrum.", "71 x 44 x 52"),
    ("Ultrasound showed a 2.5-cm mass in the pancreatic head.", "25"),
    ("A 6x6x6 cm tumour was found.", "60 x 60 x 60"),
    ("Endoscopy found a 9 mm submucosal nodule in the duodenum.", "9"),
])
def test_size_phrasings(case, text, expected):
    assert case(text)["tumor_size_mm"] == expected


@pytest.mark.fields("tumor_size_mm")
def test_metastasis_node_and_cyst_sizes_are_not_the_primary(case):
    row = case("MRI found a 48 mm × 31 mm presacral mass. A septated cystic mass of 32 mm × 22 mm × 20 mm "
               "sat in hepatic segment 7. A 4-cm cervical lymph node was palpable, and a 6.1 mm × 4.2 mm × 12.7 mm "
               "intramedullary spinal cord metastasis was seen.")
    assert row["tumor_size_mm"] == "48 x 31"


@pytest.mark.fields("tumor_size_mm")
def test_distances_are_not_sizes(case):
    row = case("Endosonography showed a hypoechoic area 6 cm away from the coccyx. "
               "The lesion sat in the anterior rectal wall 5 cm from the anal verge.")
    assert row["tumor_size_mm"] is None
    row = case("Endosonography showed a 7 mm hypoechoic nodule in the anterior rectal wall 5 cm from the anal verge.")
    assert row["tumor_size_mm"] == "7"


@pytest.mark.fields("tumor_size_mm")
def test_resected_specimen_wins_and_several_sizes_are_flagged(case):
    row = case("CT showed a 55 mm solid presacral lesion. MRI measured the mass at 58 mm × 45 mm. "
               "Macroscopically, the resected specimen measured 6.2 × 4.8 × 5.0 cm.")
    assert row["tumor_size_mm"] == "62 x 48 x 50"
    assert "several_sizes" in row["review_flags"]


@pytest.mark.fields("tumor_size_mm")
def test_the_specimen_cue_belongs_to_its_own_clause(case):
    row = case("The lesion measured 4.1 × 2.7 cm on CT; the resected specimen was 38 × 25 × 20 mm.")
    assert row["tumor_size_mm"] == "38 x 25 x 20"
    row = case("The resected specimen contained a 22 mm tumour; CT had measured it at 25 mm.")
    assert row["tumor_size_mm"] == "22"


@pytest.mark.fields("tumor_size_mm")
def test_abstract_size_wins_over_later_imaging(run):
    text = ("Title\n\nAbstract\nMRI showed a 48 mm × 31 mm lump in front of the sacrum.\n\nCase presentation\n"
            "Pelvic CT showed a rounded mass, roughly 25 mm × 35 mm, behind the rectum.\n")
    assert run(text)[0]["tumor_size_mm"] == "48 x 31"


@pytest.mark.fields("tumor_size_mm")
def test_sizes_of_other_patients_never_count(case):
    review = "In the review by Mathis et al, tumours ranged from 1.5 to 12 cm, one measuring 7 × 5 × 5 cm."
    assert case("The patient had a presacral tumour.", discussion=review)["tumor_size_mm"] is None
    assert case("The patient had a 22 mm presacral tumour.", discussion=review)["tumor_size_mm"] == "22"


@pytest.mark.fields("tumor_size_mm")
def test_impossible_size_is_rejected_with_a_flag(case):
    row = case("CT showed a 3000 mm mass in the abdomen.")
    assert row["tumor_size_mm"] is None
    assert "impossible_size" in row["review_flags"]


@pytest.mark.fields("tumor_size_mm")
def test_a_comma_closes_the_clause_after_a_size(case):
    row = case("Postoperative pathology: well-differentiated NET (G2), 2.5 cm × 2.0 cm × 1.5 cm, invading the "
               "muscularis propria, lymph nodes (0/12).")
    assert row["tumor_size_mm"] == "25 x 20 x 15"


@pytest.mark.fields("tumor_size_mm")
def test_a_size_after_a_comma_belongs_to_the_noun_phrase_before_it(case):
    row = case("Histopathology confirmed a typical carcinoid of the right middle lobe, 1.8 × 1.5 × 1.2 cm, with "
               "no nodal involvement (0/12).")
    assert row["tumor_size_mm"] == "18 x 15 x 12"
    assert case("Histopathology confirmed metastases in the liver, 1.8 cm across.")["tumor_size_mm"] is None


@pytest.mark.fields("tumor_size_mm")
def test_a_size_standing_alone_in_a_list_of_findings(case):
    row = case("EUS showed a 14 × 11 mm lesion in the pancreatic head. He underwent enucleation. "
               "Histopathology: well-differentiated NET, grade 1 (Ki-67 <2%), 15 mm, margins clear.")
    assert row["tumor_size_mm"] == "15"
    # with no lesion named before it, a bare size is no tumour's
    assert case("Findings: margins clear, 15 mm, no invasion.")["tumor_size_mm"] is None


@pytest.mark.fields("tumor_size_mm")
def test_a_size_under_a_pathology_header_is_the_specimen_s(run):
    text = ("Title\n\nCase presentation\nCT demonstrated a 7.5 cm heterogeneous left adrenal mass.\n\n"
            "Pathology\nPheochromocytoma, 78 x 60 x 55 mm, with a PASS score of 8.\n")
    assert run(text)[0]["tumor_size_mm"] == "78 x 60 x 55"
    text = text.replace("Pathology\n", "Follow-up\n").replace("Pheochromocytoma, 78 x 60 x 55 mm", "A new 12 mm lesion")
    assert run(text)[0]["tumor_size_mm"] == "75"
