import pytest


@pytest.mark.fields("ki67_low", "ki67_high")
@pytest.mark.parametrize("text, low, high", [
    ("Resection showed a well-differentiated NET; its Ki67 index was 30%.", "30", "30"),
    ("A Ki-67 index of approximately 5% was recorded.", "5", "5"),
    ("Core biopsy showed a grade III NET with a Ki-67 index of 18 to 24%.", "18", "24"),
    ("The Ki-67 labeling index < 2%.", None, "2"),
    ("The MIB-1 index 15% was noted.", "15", "15"),
    ("The Ki-67 index was >20% in hot spots.", "20", None),
    ("MIB-1 < 2% in the resected tumour.", None, "2"),
    ("Nuclear Ki-67 positivity reached 4 percent in the resection.", "4", "4"),
    ("About 6 per cent of tumour nuclei were positive for Ki-67.", "6", "6"),
    ("Ki‑67 （３０％） was seen in the biopsy.", "30", "30"),
    ("In total, 10% of tumor cells were positive for Ki-67.", "10", "10"),
    ("The Ki-67 index was approximately 15-20%, consistent with a G2 NET.", "15", "20"),
])
def test_ki67_phrasings(case, text, low, high):
    row = case(text)
    assert (row["ki67_low"], row["ki67_high"]) == (low, high)


@pytest.mark.fields("ki67_low", "ki67_high")
def test_ki67_over_100_is_rejected(case):
    row = case("The Ki-67 index was 999%.")
    assert row["ki67_high"] is None and "impossible_ki67" in row["review_flags"]
    assert case("The Ki-67 index was 9%.")["ki67_high"] == "9"


@pytest.mark.fields("ki67_low", "ki67_high", "grade")
def test_ki67_grading_rules_in_the_introduction_are_ignored(case):
    intro = "NETs are graded G1 when the Ki67 index ≤ 2% and G3 when the Ki67 index > 20%."
    row = case("A 50-year-old man had a rectal NET.", introduction=intro)
    assert row["ki67_low"] is None and row["grade"] is None
    row = case("A 50-year-old man had a rectal NET, grade 2, with a Ki67 index of 6%.", introduction=intro)
    assert (row["ki67_low"], row["ki67_high"], row["grade"]) == ("6", "6", "G2")


@pytest.mark.fields("grade")
@pytest.mark.parametrize("text, grade", [
    ("Final pathology classified the lesion as a grade 2 (G2) neuroendocrine tumour.", "G2"),
    ("An ultrasound-guided core biopsy showed a well-differentiated NET, Grade III.", "G3"),
    ("The morphology fitted a high grade neuroendocrine tumour.", "G3"),
    ("Overall it was a retrorectal neuroendocrine tumour of level G2.", "G2"),
    ("The patient had an intermediate grade neuroendocrine neoplasm.", "G2"),
    ("Histology showed a low-grade (G1) NET.", "G1"),
    ("It was a well-differentiated neuroendocrine tumour, WHO grade 1.", "G1"),
])
def test_grade_phrasings(case, text, grade):
    assert case(text)["grade"] == grade


@pytest.mark.fields("grade")
def test_other_grading_systems_are_not_tumour_grades(case):
    row = case("Strength in the left arm was grade IV and strength in the right arm was grade III. "
               "Endoscopy had found grade 2 esophagitis.")
    assert row["grade"] is None
    row = case("Strength in the left arm was grade IV. The resected NET was grade 1.")
    assert row["grade"] == "G1"


@pytest.mark.fields("grade", "ki67_high")
def test_grade_is_kept_as_stated_and_mismatch_is_flagged(case):
    row = case("Histology showed a well-differentiated tumour, Ki67 index 30%. "
               "Overall it was a neuroendocrine tumour of level G2.")
    assert row["grade"] == "G2" and row["ki67_high"] == "30"
    assert "grade_ki67_mismatch" in row["review_flags"]


@pytest.mark.fields("ki67_low", "ki67_high")
@pytest.mark.parametrize("text, low, high", [
    ("Ki-67 staining was seen in fewer than 2% of nuclei.", None, "2"),
    ("The Ki-67 index was at most 3%.", None, "3"),
    ("The MIB-1 labelling index was at least 25%.", "25", None),
    ("The Ki-67 labelling index was 3%.", "3", "3"),
])
def test_more_ki67_wordings(case, text, low, high):
    row = case(text)
    assert (row["ki67_low"], row["ki67_high"]) == (low, high)


@pytest.mark.parametrize("text, mismatch", [
    ("A NET, WHO grade 1, with a Ki-67 index below 3%.", False),
    ("A NET, WHO grade 2, with a Ki-67 index below 3%.", True),
    ("A NET, WHO grade 3, with a Ki-67 index above 20%.", False),
    ("A NET, WHO grade 2, with a Ki-67 index above 20%.", True),
    ("A NET, WHO grade 2, with a Ki-67 index of 15 to 25%.", False),
    ("A NET, WHO grade 1, with a Ki-67 index of 8%.", True),
])
def test_a_bound_stated_alone_is_open_when_grade_and_ki67_are_compared(case, text, mismatch):
    row = case(text)
    assert row["grade"] and (row["ki67_low"] or row["ki67_high"])
    assert ("grade_ki67_mismatch" in row["review_flags"]) == mismatch


@pytest.mark.fields("grade")
def test_a_toxicity_grade_blocks_its_own_clause_only(case):
    assert case("She had grade 3 diarrhoea on everolimus; the NET itself was G2.")["grade"] == "G2"
    assert case("She had grade 3 diarrhoea on everolimus.")["grade"] is None


@pytest.mark.fields("grade")
@pytest.mark.parametrize("text, grade", [
    ("WHO grade: intermediate.", "G2"),
    ("Histological grade: low. Margins: clear.", "G1"),
    ("Tumour grade: G3.", "G3"),
    ("Grade: II (WHO 2019).", "G2"),
])
def test_a_form_like_grade_label(case, text, grade):
    assert case(text)["grade"] == grade


@pytest.mark.fields("grade")
@pytest.mark.parametrize("text", ["Grade: 1-2.", "CTCAE grade: 3 diarrhoea on everolimus."])
def test_a_grade_label_with_a_range_or_of_another_system_is_no_tumour_grade(case, text):
    assert case(text)["grade"] is None
    assert case(f"{text} Tumour grade: 2.")["grade"] == "G2"


@pytest.mark.fields("ki67_low", "ki67_high")
@pytest.mark.parametrize("text, low, high", [
    # the cue of the resected primary belongs to its own clause
    ("The liver biopsy showed a Ki-67 of 15%; in the resected primary tumour the Ki-67 index was 2%.", "2", "2"),
    # areas of the same tumour: lowest, highest
    ("The Ki-67 was 30% in hot spot areas and 10% elsewhere.", "10", "30"),
    ("MIB-1 labelled 8% of nuclei in hotspots and 3% in the rest of the tumour.", "3", "8"),
    # a second value for another tumour is not an area of this one
    ("Ki-67 was 4% in the primary and 12% in the liver metastasis.", "4", "4"),
])
def test_ki67_of_the_resected_primary_and_of_hot_spots(case, text, low, high):
    row = case(text)
    assert (row["ki67_low"], row["ki67_high"]) == (low, high)
