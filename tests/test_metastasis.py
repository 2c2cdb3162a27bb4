import pytest


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("text", [
    "No second primary or metastatic deposits were detected.",
    "Imaging showed no evidence of metastatic disease and she had no flushing.",
    "Staging CT showed no distant metastases.",
])
def test_negated_metastasis_means_no(case, text):
    row = case("A 36-year-old woman had a presacral NET. " + text)
    assert row["metastasis"] == "no" and row["metastasis_sites"] == []


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_nothing_said_means_unknown(case):
    assert case("A 36-year-old woman had a presacral NET that was removed.")["metastasis"] == "unknown"
    assert case("A 36-year-old woman had a presacral NET with one liver metastasis.")["metastasis"] == "yes"


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_sites_across_coordination(case):
    row = case("Restaging found several lymph node metastases and scattered metastases to the liver, the lungs and bones.")
    assert row["metastasis"] == "yes"
    assert set(row["metastasis_sites"]) == {"lymph node", "lung", "liver", "bone"}


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_site_before_the_word_and_seeding(case):
    row = case("Three years on, she presented with new hepatic metastasis and peritoneal seeding.")
    assert set(row["metastasis_sites"]) == {"liver", "peritoneum"}


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_local_invasion_is_not_metastasis(case):
    row = case("The tumour grew into the back wall of the rectum and abutted the presacral fascia and "
               "sacrococcygeal bones.")
    assert row["metastasis"] == "unknown" and row["metastasis_sites"] == []
    row = case("The tumour grew into the back wall of the rectum and abutted the presacral fascia. "
               "CT also showed two liver metastases.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["liver"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_origin_is_not_a_site_and_primary_is_left_out(case):
    row = case("A 52-year-old man with a pancreatic neuroendocrine tumor showed several metastatic masses of the "
               "pancreatic body, gallbladder, liver, and bone. The brain lesion was a metastasis from the pancreas.")
    assert row["primary_site"] == "pancreas"
    # r11: the brain lesion said to be a metastasis is one (a copula sums up its lesion); its origin is none
    assert set(row["metastasis_sites"]) == {"gallbladder", "liver", "bone", "brain"}


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_abbreviation_long_form_gives_the_site(case):
    row = case("He was found to have an intramedullary spinal cord metastasis (ISCM). The ISCM was removed.")
    assert row["metastasis_sites"] == ["spinal cord"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_suspected_metastasis_is_not_a_fact(case):
    suspected = "A liver nodule was at first suspected to be hepatic metastasis, but biopsy proved a haemangioma."
    assert case(suspected)["metastasis_sites"] == []
    assert case(suspected + " A year later biopsy-proven metastases appeared in the lung.")["metastasis_sites"] == ["lung"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_lesions_in_a_distant_organ_of_a_metastatic_patient(case):
    row = case("The tumour had already spread with widespread metastases. Numerous hypodense lesions were seen in "
               "both lobes of the liver.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["liver"]


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_node_station_adjective_names_no_extra_site(case):
    row = case("PET/CT confirmed metastases to the mediastinal lymph nodes and the left adrenal gland.")
    assert set(row["metastasis_sites"]) == {"lymph node", "adrenal"}


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("text, sites", [
    ("CT revealed hepatic and osseous metastases.", {"liver", "bone"}),
    ("PET showed metastatic disease in the liver and multiple bones.", {"liver", "bone"}),
    ("Staging showed metastases to liver and bones.", {"liver", "bone"}),
])
def test_more_site_phrasings(case, text, sites):
    assert set(case(text)["metastasis_sites"]) == sites


@pytest.mark.fields("primary_site")
@pytest.mark.parametrize("text, site", [
    ("A 3 cm x 2 cm x 1.5 cm mass was found in the tail of the pancreas.", "pancreas"),
    ("He was diagnosed with a well-differentiated neuroendocrine tumour of the terminal ileum.", "ileum"),
    ("A 58-year-old man was diagnosed with small cell neuroendocrine carcinoma of the lung.", "lung"),
    ("Gastroscopy showed a type 3 gastric NET.", "stomach"),
])
def test_primary_site_phrasings(case, text, site):
    assert case(text)["primary_site"] == site


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_involved_lymph_nodes_are_nodal_metastases(case):
    row = case("Histology showed a 2.2 cm NET with lymph node involvement (3/15).")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["lymph node"]
    assert case("There was no lymph node involvement.")["metastasis"] == "no"


@pytest.mark.fields("primary_site")
def test_primary_site_across_a_bracketed_aside(case):
    row = case("Pathology revealed an atypical carcinoid (intermediate-grade) of the thymus. CT had shown an anterior "
               "mediastinal mass.")
    assert row["primary_site"] == "thymus"


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("text, status, sites", [
    ("She died of hepatic recurrence 14 months after surgery.", "yes", ["liver"]),
    ("A relapse in the liver and lungs was treated with everolimus.", "yes", ["liver", "lung"]),
])
def test_recurrence_is_a_metastasis_only_in_a_distant_organ(case, text, status, sites):
    row = case(text)
    assert (row["metastasis"], row["metastasis_sites"]) == (status, sites)


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_a_local_recurrence_is_no_metastasis_but_a_later_distant_one_is(case):
    assert case("There was no local recurrence at 5 years.")["metastasis"] == "unknown"
    row = case("There was no local recurrence at 5 years, yet bone metastases appeared.")
    assert (row["metastasis"], row["metastasis_sites"]) == ("yes", ["bone"])


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("benign", [
    "Biopsy proved them to be haemangiomas.", "They were simple cysts on ultrasound.",
    "On MRI they turned out to be benign.", "Histology showed hepatic adenomas.",
])
def test_benign_lesions_in_a_distant_organ_are_no_metastases(case, benign):
    start = "The ileal NET had spread to two mesenteric nodes (nodal metastases). Three lesions were seen in the liver. "
    assert case(start + benign)["metastasis_sites"] == ["lymph node"]
    assert case(start + "Biopsy confirmed metastatic NET.")["metastasis_sites"] == ["lymph node", "liver"]


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("text, sites", [
    ("CT showed nodules in the lung and both adrenals, consistent with metastases.", ["lung", "adrenal"]),
    ("CT showed a pancreatic mass and nodules in the lung and liver, consistent with metastases.", ["lung", "liver"]),
    ("MRI found lesions in the liver and spine, in keeping with metastatic disease.", ["liver", "bone"]),
])
def test_sites_summed_up_at_the_end_of_the_sentence(case, text, sites):
    assert case(text)["metastasis_sites"] == sites


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("text, status, sites", [
    ("Staging was pT2 N1 M1 (liver).", "yes", ["lymph node", "liver"]),
    ("The tumour was staged T2N1 (3/12).", "yes", ["lymph node"]),
    ("The final stage was pT3N0M0.", "no", []),
])
def test_tnm_stage(case, text, status, sites):
    row = case(text)
    assert (row["metastasis"], row["metastasis_sites"]) == (status, sites)
    assert case("He had the H1N1 vaccine last year.")["metastasis"] == "unknown"


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_a_hedged_summary_of_listed_findings_counts_but_a_lone_hedge_does_not(case):
    row = case("CT showed nodules in the lung and both adrenals, suggestive of metastases.")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["lung", "adrenal"]
    row = case("An ileal NET was resected. CT showed a lung nodule suspicious for metastasis.")
    assert row["metastasis_sites"] == []


@pytest.mark.fields("primary_site")
def test_primary_site_past_a_comma_aside(case):
    row = case("The final diagnosis was a well-differentiated neuroendocrine tumour, WHO grade 3, of the pancreatic body.")
    assert row["primary_site"] == "pancreas"


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence", [
    "Three of the 17 harvested lymph nodes were positive.",
    "The mesenteric nodes (2/9) were involved.",
    "On review, the peripancreatic lymph nodes were also infiltrated.",
])
def test_nodes_named_by_a_pathology_predicate_are_metastases(case, sentence):
    row = case(f"A 49-year-old man had a jejunal NET, resected with its mesentery. {sentence}")
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["lymph node"]


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence", ["0/15 lymph nodes were involved.", "None of the lymph nodes were positive."])
def test_a_count_of_no_nodes_says_there_is_no_nodal_metastasis(case, sentence):
    row = case(f"A 49-year-old man had a jejunal NET, resected with its mesentery. {sentence}")
    assert row["metastasis"] == "no" and row["metastasis_sites"] == []
    twin = case("A 49-year-old man had a jejunal NET, resected with its mesentery. 1/15 lymph nodes were involved.")
    assert twin["metastasis_sites"] == ["lymph node"]


@pytest.mark.fields("metastasis")
@pytest.mark.parametrize("text, status", [
    ("Staging CT showed no distant spread.", "no"),
    ("There was no evidence of distant disease on PET.", "no"),
    ("Distant spread to the liver was found on staging.", "yes"),
])
def test_distant_spread_and_distant_disease_are_metastasis_words(case, text, status):
    assert case(text)["metastasis"] == status


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence, status, sites", [
    ("Pathology: 4/11 lymph nodes positive.", "yes", ["lymph node"]),
    ("Final pathology: 0/13 lymph nodes positive.", "no", []),
    ("Surgical specimen, 3 lymph nodes involved.", "yes", ["lymph node"]),
])
def test_a_node_count_with_its_finding_and_no_verb(case, sentence, status, sites):
    row = case(sentence)
    assert row["metastasis"] == status and row["metastasis_sites"] == sites


@pytest.mark.fields("metastasis")
def test_without_a_count_nodes_beside_a_finding_word_need_their_verb(case):
    assert case("The lymph nodes, positive on PET, were removed.")["metastasis"] == "unknown"
    assert case("The lymph nodes were positive on PET and were removed.")["metastasis"] == "yes"


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence, sites", [
    ("Metastatic disease involved the liver and the bones.", ["liver", "bone"]),
    ("Staging showed disseminated disease to the liver and lungs.", ["liver", "lung"]),
    ("Metastases affecting the liver were seen on MRI.", ["liver"]),
])
def test_metastatic_disease_involving_organs(case, sentence, sites):
    row = case(sentence)
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == sites


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence, status, sites", [
    ("MRI of the brain revealed two metastatic lesions.", "yes", ["brain"]),
    ("Ultrasound of the liver showed multiple metastases.", "yes", ["liver"]),
    ("MRI of the brain revealed no metastases, and staging CT showed no metastatic disease.", "no", []),
])
def test_the_organ_an_examination_shows_metastases_in(case, sentence, status, sites):
    row = case(sentence)
    assert row["metastasis"] == status and row["metastasis_sites"] == sites


@pytest.mark.fields("metastasis")
def test_an_examination_of_one_organ_without_metastases_leaves_the_rest_unknown(case):
    """A negation that names one organ denies only that organ (ANNOTATION.md: 'no' only when the text
    says there is no metastasis): 'unknown'; with a statement about the whole body beside it, 'no'."""
    assert case("MRI of the brain revealed no metastases.")["metastasis"] == "unknown"
    assert case("MRI of the brain revealed no metastases, and no distant disease was found.")["metastasis"] == "no"


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence, sites", [
    ("At laparotomy the liver was studded with metastatic deposits.", ["liver"]),
    ("The peritoneum was covered with metastatic nodules.", ["peritoneum"]),
    ("The patient was treated with octreotide for his metastases.", []),
])
def test_the_organ_a_clause_about_metastases_is_about(case, sentence, sites):
    row = case(sentence)
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == sites


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("sentence, status, sites", [
    ("Three of fourteen peripancreatic nodes contained tumour deposits.", "yes", ["lymph node"]),
    ("Two of the resected nodes harboured tumour.", "yes", ["lymph node"]),
    ("Metastatic carcinoma was present in 5 of 20 lymph nodes.", "yes", ["lymph node"]),
    ("Metastatic NET was found in two lymph nodes.", "yes", ["lymph node"]),
    ("All 16 harvested lymph nodes were free of tumour.", "no", []),
    ("The regional lymph nodes were negative.", "no", []),
    ("The lymph nodes were tumour-free.", "no", []),
    ("The two nodes contained no tumour.", "no", []),
])
def test_nodes_with_what_they_contain_or_are_free_of(case, sentence, status, sites):
    row = case(f"A 58-year-old woman had an ileal NET, resected with its mesentery. {sentence}")
    assert (row["metastasis"], row["metastasis_sites"]) == (status, sites)


@pytest.mark.fields("metastasis_sites")
@pytest.mark.parametrize("sentence, sites", [
    # the region of a node is no site of its own
    ("A single mesenteric node harboured metastatic NET.", ["lymph node"]),
    ("Tumour deposits were identified in two mesenteric lymph nodes.", ["lymph node"]),
    ("Liver and mesenteric node metastases were found.", ["liver", "lymph node"]),
    ("Peritoneal and hepatic metastases were seen.", ["peritoneum", "liver"]),
])
def test_a_site_word_before_a_node_names_its_region(case, sentence, sites):
    row = case(f"A 58-year-old woman had an ileal NET, resected with its mesentery. {sentence}")
    assert row["metastasis_sites"] == sites


@pytest.mark.fields("metastasis", "metastasis_sites")
def test_sites_stated_for_our_patient_in_the_discussion(run):
    text = ("Title\n\nCase presentation\nA 70-year-old woman underwent distal gastrectomy for a 25 mm antral NET.\n\n"
            "Discussion\nIn our patient, 3 of 21 lymph nodes were involved. Type 3 tumours often spread to the liver.\n")
    row = run(text)[0]
    assert row["metastasis"] == "yes" and row["metastasis_sites"] == ["lymph node"]
    row = run(text.replace("In our patient, 3 of 21", "In one series, 3 of 21"))[0]
    assert row["metastasis"] == "unknown" and row["metastasis_sites"] == []


@pytest.mark.fields("metastasis_sites")
@pytest.mark.parametrize("sentence, sites", [
    ("She developed a metastasis to the skull.", ["bone"]),
    ("A sternal metastasis and osteoblastic metastases of the pelvis were found.", ["bone"]),
    ("Choroidal metastases caused visual loss.", ["eye"]),
])
def test_bones_by_name_and_the_eye(case, sentence, sites):
    assert case(f"A rectal NET was resected. {sentence}")["metastasis_sites"] == sites
    assert case("A rectal NET was resected. No metastasis was found.")["metastasis_sites"] == []


@pytest.mark.fields("metastasis", "metastasis_sites")
@pytest.mark.parametrize("line, status, sites", [
    ("Distant metastasis: none.", "no", []),
    ("Lymph node metastasis: absent.", "no", []),
    ("Metastases: liver, bone.", "yes", ["liver", "bone"]),
    ("Liver metastases: present.", "yes", ["liver"]),
])
def test_form_like_metastasis_lines(case, line, status, sites):
    row = case(f"A 61-year-old man had a jejunal NET.\n{line}")
    assert (row["metastasis"], row["metastasis_sites"]) == (status, sites)
