import pytest


def markers(row):
    return set(row["markers_positive"]), set(row["markers_negative"])


@pytest.mark.fields("markers_positive", "markers_negative")
def test_long_coordinated_list_with_two_polarities(case):
    row = case("On immunostaining the cells displayed positivity for pan-keratin (CK) (AE1/AE3), synaptophysin "
               "(Syn), CD56, P53, chromogranin A (CgA), succinate dehydrogenase B (SDH-B), and somatostatin "
               "receptor 2 (SSTR2), together with negativity for PSA, and CK7.")
    assert markers(row) == ({"cytokeratin (AE1/AE3)", "CD56", "chromogranin A", "synaptophysin", "p53", "SSTR2",
                             "SDHB"}, {"CK7", "PSA"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_positive_then_as_well_as_negative(case):
    row = case("The biopsy cores stained positive for CD45, synaptophysin, and chromogranin, as well as "
               "proving negative for mucicarmin.")
    assert markers(row) == ({"synaptophysin", "chromogranin A", "CD45"}, {"mucicarmine"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_positive_for_abbreviations_and_negative_for(case):
    row = case("The tumour was positive for CD56, CgA and Syn, and negative for CK7.")
    assert markers(row) == ({"CD56", "chromogranin A", "synaptophysin"}, {"CK7"})


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("Immunohistochemically the tumour cells were CD56+, Syn (+), and CK20 (-).", {"CD56", "synaptophysin"}, {"CK20"}),
    # A sign the tokenizer leaves on the word, as in a compact IHC line.
    ("IHC panel: INSM1+, CgA++, Syn+; CK7-, TTF1-.", {"INSM1", "chromogranin A", "synaptophysin"}, {"CK7", "TTF-1"}),
    ("The tumour component was diffusely positive for CD56.", {"CD56"}, set()),
    ("CgA and synaptophysin were positive, whereas CK7 was negative.", {"chromogranin A", "synaptophysin"}, {"CK7"}),
    ("Fine-needle aspiration revealed calcitonin-positive cells on immunostaining.", {"calcitonin"}, set()),
    ("Immunostains were positive for Syn (Fig. 4A), and neural cell adhesion molecule (CD56) (Fig. 4B).",
     {"CD56", "synaptophysin"}, set()),
    ("Neoplastic cells expressed calcitonin, thyroid transcription factor 1, and cytokeratin 7 (all positive) but "
     "were negative for alpha-fetoprotein, thyroglobulin and cytokeratin 20.", {"calcitonin", "TTF-1", "CK7"},
     {"thyroglobulin", "CK20", "AFP"}),
])
def test_marker_polarity_phrasings(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_serum_values_are_not_stains(case):
    row = case("Blood tests gave a white cell count of 9.2 and 31.5 ng/mL of neuron-specific enolase. "
               "Serum tumour markers such as CEA and PSA were within normal limits.")
    assert markers(row) == (set(), set())
    row = case("Serum neuron-specific enolase was 31.5 ng/mL. On immunohistochemistry the tumour cells were "
               "positive for NSE.")
    assert markers(row) == ({"NSE"}, set())


@pytest.mark.fields("markers_positive", "markers_negative")
def test_receptor_imaging_is_not_a_stain(case):
    scan = "A 68Ga-DOTATOC scan demonstrated somatostatin receptor expression in the gastric lesion."
    assert markers(case(scan)) == (set(), set())
    assert markers(case(scan + " Immunostaining of the resected tumour was positive for SSTR2.")) == ({"SSTR2"}, set())


@pytest.mark.fields("markers_positive", "markers_negative")
def test_markers_of_other_patients_are_ignored(case):
    row = case("The tumour was positive for synaptophysin.",
               discussion="Previously reported cases were positive for NSE and CD56 [12].")
    assert markers(row) == ({"synaptophysin"}, set())


@pytest.mark.fields("markers_positive", "markers_negative")
def test_longer_negative_cue_hides_the_positive_one_inside_it(case):
    assert markers(case("The tumor showed no expression of CDX2.")) == (set(), {"CDX2"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_the_short_form_list_as_issues_quote_it(case):
    row = case("Stains: positivity for CK (AE1/AE3), Syn, CgA, CD56, SDH-B, P53 and SSTR2; negativity "
               "for PSA, and CK7.")
    assert markers(row) == ({"cytokeratin (AE1/AE3)", "CD56", "chromogranin A", "synaptophysin", "p53", "SSTR2",
                             "SDHB"}, {"CK7", "PSA"})


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("Immunohistochemistry: Syn +, CgA +, CK7 -, CK20 -, Ki-67 about 4%.", {"synaptophysin", "chromogranin A"},
     {"CK7", "CK20"}),
    ("Immunohistochemical staining results: CK(+), CgA(+), Syn(+), CD56(+), CK7(-), Ki-67(+, 15%).",
     {"cytokeratin", "chromogranin A", "synaptophysin", "CD56"}, {"CK7"}),
    ("The tumour cells were negative for chromogranin but strongly positive for synaptophysin.",
     {"synaptophysin"}, {"chromogranin A"}),
])
def test_summary_style_stain_lists(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_slash_joined_markers(case):
    assert markers(case("Immunostaining showed CgA/Syn positivity and CK7/CK20 negativity.")) == (
        {"chromogranin A", "synaptophysin"}, {"CK7", "CK20"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_any_cd_number_is_a_marker(case):
    assert markers(case("The tumour cells were negative for TTF-1 and CD5, and positive for CD99.")) == (
        {"CD99"}, {"TTF-1", "CD5"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_misspelt_marker_names_match_their_entry(run):
    row, mentions = run("Case presentation\nThe tumour cells were positive for synaptophisin and "
                        "chromagranin, and negative for thyroglobuline.\n")
    assert set(row["markers_positive"]) == {"synaptophysin", "chromogranin A"}
    assert row["markers_negative"] == ["thyroglobulin"]
    assert {m.rule for m in mentions if m.kept} >= {"fuzzy:synaptophysin", "fuzzy:thyroglobulin"}


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("The tumour cells were positive for cytokeratins 7 and 20.", {"CK7", "CK20"}, set()),
    ("They were negative for keratins 7 and 20 but positive for synaptophysin.", {"synaptophysin"}, {"CK7", "CK20"}),
    ("The tumour expressed estrogen and progesterone receptors.", {"ER", "PR"}, set()),
    ("Somatostatin receptors 2 and 5 were strongly positive.", {"SSTR2", "SSTR5"}, set()),
])
def test_a_shared_head_distributes_over_its_list(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_antibodies_against_a_list(case):
    row = case("The neoplastic cells were immunoreactive with antibodies against chromogranin A, synaptophysin and "
               "CD56 but not with TTF-1.")
    assert markers(row) == ({"chromogranin A", "synaptophysin", "CD56"}, {"TTF-1"})
    assert markers(case("The tumour was negative for CK7 with diffuse CDX2 positivity.")) == ({"CDX2"}, {"CK7"})


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("Staining for CK7 and CK20 was absent.", set(), {"CK7", "CK20"}),
    ("Expression of SDHB was lost in the tumour cells.", set(), {"SDHB"}),
    ("Immunoreactivity for chromogranin A and synaptophysin was negative; CD56 was positive.",
     {"CD56"}, {"chromogranin A", "synaptophysin"}),
    # The affirmed twin: the same noun cue with a positive predicate, or none.
    ("Expression of chromogranin A and synaptophysin was strong.", {"chromogranin A", "synaptophysin"}, set()),
])
def test_a_noun_cue_takes_the_predicate_after_its_list(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("The cells were positive for CD56, and CK20 was negative.", {"CD56"}, {"CK20"}),
    ("The tumour was positive for CK7, CK20 negative.", {"CK7"}, {"CK20"}),
    ("The tumour was negative for CK20, synaptophysin positive.", {"synaptophysin"}, {"CK20"}),
])
def test_a_cue_right_beside_its_marker_wins_a_tie(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


ADVERB_INSIDE_CUE = [
    ("INSM1 was diffusely expressed by the neoplastic cells.", {"INSM1"}, set()),
    ("Chromogranin A was only focally expressed.", {"chromogranin A"}, set()),
    ("The cells stained strongly for synaptophysin.", {"synaptophysin"}, set()),
    ("CDX2 and TTF-1 were also negative.", set(), {"CDX2", "TTF-1"}),
    ("PAX8 was not convincingly expressed.", set(), {"PAX8"}),
]


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", ADVERB_INSIDE_CUE, ids=[t[:30] for t, _, _ in ADVERB_INSIDE_CUE])
def test_an_adverb_inside_a_polarity_cue_does_not_hide_it(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_an_adverb_does_not_make_a_cue_of_other_words(case):
    assert markers(case("The family history was entirely negative. Serum chromogranin A was only mildly raised.")) \
        == (set(), set())
    assert markers(case("Chromogranin A was mildly positive on the biopsy.")) == ({"chromogranin A"}, set())


@pytest.mark.fields("markers_positive")
def test_a_symptom_spelt_like_a_marker_is_no_stain(case):
    assert markers(case("He was admitted with melaena positive on stool testing.")) == (set(), set())
    assert markers(case("The melanoma panel was positive for Melan-A.")) == ({"Melan-A"}, set())


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("bullet", ["- ", "• ", "* ", ""])
def test_a_bulleted_stain_list_reads_line_by_line(run, bullet):
    lines = ["Chromogranin A: positive", "Synaptophysin: positive (diffuse)", "Glucagon: focally positive",
             "Insulin: negative", "Gastrin: negative"]
    text = "Case presentation\nA pancreatic NET was resected.\nImmunohistochemistry:\n" + \
        "".join(f"{bullet}{line}\n" for line in lines)
    row, _ = run(text)
    assert markers(row) == ({"chromogranin A", "synaptophysin", "glucagon"}, {"insulin", "gastrin"})


@pytest.mark.fields("markers_positive", "markers_negative")
def test_a_stain_that_highlights_cells_is_positive(case):
    row = case("Chromogranin A was positive, S100 highlighted sustentacular cells, and SDHB expression was lost.")
    assert markers(row) == ({"chromogranin A", "S100"}, {"SDHB"})
    assert markers(case("Sustentacular cells were highlighted by S100.")) == ({"S100"}, set())


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("Positive: CgA, Syn. Negative: CK7, CK20.", {"chromogranin A", "synaptophysin"}, {"CK7", "CK20"}),
    ("No immunoreactivity was seen for calcitonin, while strong staining was seen for CD56.", {"CD56"}, {"calcitonin"}),
    ("Negative staining was seen for CK20.", set(), {"CK20"}),
])
def test_label_lists_and_staining_that_was_seen(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    # Mismatch-repair proteins, retained or lost, as a stain line states them.
    ("Nuclear MLH1, PMS2, MSH2 and MSH6 were all positive.", {"MLH1", "PMS2", "MSH2", "MSH6"}, set()),
    ("The cells were negative for HMB45 and menin but positive for VMAT-2 and PGP 9.5.",
     {"VMAT2", "PGP9.5"}, {"HMB-45", "menin"}),
    ("Tumour nuclei were positive for NKX2.2 and FLI-1.", {"NKX2.2", "FLI1"}, set()),
])
def test_less_common_stains_have_entries(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("The tumour lacked expression of insulin, glucagon and gastrin.", set(), {"insulin", "glucagon", "gastrin"}),
    ("Cells lacking staining for CK20 were positive for CDX2.", {"CDX2"}, {"CK20"}),
    ("The tumour showed expression of insulin and glucagon.", {"insulin", "glucagon"}, set()),
    ("Somatostatin receptor type 2A immunostaining was positive.", {"SSTR2"}, set()),
])
def test_a_cue_after_lacking_is_negative(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    ("The cells showed strong immunoreactivity to synaptophysin and patchy staining for chromogranin.",
     {"synaptophysin", "chromogranin A"}, set()),
    ("Positive markers: synaptophysin, CD56. Negative markers: chromogranin A, CK20.",
     {"synaptophysin", "CD56"}, {"chromogranin A", "CK20"}),
    ("Positive stains: INSM1. Negative stains: TTF-1.", {"INSM1"}, {"TTF-1"}),
])
def test_reactivity_to_and_labelled_marker_lists(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
@pytest.mark.parametrize("text, positive, negative", [
    # a cue does not reach into the next clause
    ("CDX2 was not expressed, whereas PAX8 was diffusely positive.", {"PAX8"}, {"CDX2"}),
    ("CK7 was negative; chromogranin A and INSM1 were positive.", {"chromogranin A", "INSM1"}, {"CK7"}),
    ("Tumour cells showed diffuse cytoplasmic staining with synaptophysin.", {"synaptophysin"}, set()),
    ("Staining with CK7 and CK20 was negative.", set(), {"CK7", "CK20"}),
    ("Immunoreactivity was present for CD56 and absent for CK20.", {"CD56"}, {"CK20"}),
])
def test_clauses_and_staining_with(case, text, positive, negative):
    assert markers(case(text)) == (positive, negative)


@pytest.mark.fields("markers_positive", "markers_negative")
def test_a_marker_joined_to_its_polarity_by_a_dash(case):
    row = case("The tumour was synaptophysin-positive and CK7–negative, with CD56‑positive cells.")
    assert markers(row) == ({"synaptophysin", "CD56"}, {"CK7"})
