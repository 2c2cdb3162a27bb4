import pytest


@pytest.mark.parametrize("text, expected", [
    ("Magnetic resonance imaging (MRI) identified a 57 mm × 29 mm presacral mass.", "57 x 29"),
    ("CT showed a 6 × 6 × 6 cm mass in the pelvis.", "60 x 60 x 60"),
    ("The MRI revealed a heterogeneous soft tissue mass measuring approximately 63 mm × 53 mm × 67 mm at the "
     "sacrococcygeal region.", "63 x 53 x 67"),
    ("Ultrasound showed a 2.5-cm mass in the pancreatic head.", "25"),
    ("A 6x6x6 cm tumour was found.", "60 x 60 x 60"),
    ("Endoscopy found a 9 mm submucosal nodule in the duodenum.", "9"),
])
def test_size_phrasings(case, text, expected):
    assert case(text)["tumor_size_mm"] == expected


def test_metastasis_node_and_cyst_sizes_are_not_the_primary(case):
    row = case("MRI identified a 57 mm × 29 mm presacral mass. A multi-loculated cystic mass measuring "
               "32 mm × 22 mm × 20 mm was identified in segment 6 of the liver. A 4-cm cervical lymph node was "
               "palpable, and a 5.9 mm × 5.3 mm × 14.8 mm intramedullary spinal cord metastasis was found.")
    assert row["tumor_size_mm"] == "57 x 29"


def test_distances_are_not_sizes(case):
    row = case("Endoscopic ultrasound showed an echo-poor area 6 cm away from the sacral coccyx. "
               "The tumor was located in the anterior rectum 5 cm from the anus.")
    assert row["tumor_size_mm"] is None


def test_resected_specimen_wins_and_several_sizes_are_flagged(case):
    row = case("CT showed a 55 mm solid presacral lesion. MRI measured the mass at 58 mm × 45 mm. "
               "Macroscopically, the resected specimen measured 6.2 × 4.8 × 5.0 cm.")
    assert row["tumor_size_mm"] == "62 x 48 x 50"
    assert "several_sizes" in row["flags"]


def test_abstract_size_wins_over_later_imaging(run):
    text = ("Title\n\nAbstract\nMRI demonstrated a 57 mm × 29 mm presacral lump.\n\nCase presentation\n"
            "A pelvic CT revealed a round mass, about 25 mm × 35 mm, between the rectum and sacrum.\n")
    assert run(text)[0]["tumor_size_mm"] == "57 x 29"


def test_sizes_of_other_patients_never_count(case):
    row = case("The patient had a presacral tumour.",
               discussion="In the review by Mathis et al, tumours ranged from 1.5 to 12 cm, one measuring 7 × 5 × 5 cm.")
    assert row["tumor_size_mm"] is None


def test_impossible_size_is_rejected_with_a_flag(case):
    row = case("CT showed a 3000 mm mass in the abdomen.")
    assert row["tumor_size_mm"] is None
    assert "impossible_size" in row["flags"]


def test_a_comma_closes_the_clause_after_a_size(case):
    row = case("Postoperative pathology: well-differentiated NET (G2), 2.5 cm × 2.0 cm × 1.5 cm, invading the "
               "muscularis propria, lymph nodes (0/12).")
    assert row["tumor_size_mm"] == "25 x 20 x 15"
