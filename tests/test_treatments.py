import pytest


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("text, expected", [
    ("Because the disease had spread widely, resection was deemed inappropriate, and a course of peptide "
     "receptor radionuclide therapy was planned.", ["PRRT"]),
    ("Four cycles of PRRT were then given, with the disease stable afterwards.", ["PRRT"]),
    ("In line with the guidelines, oral sulfatinib was started.", ["surufatinib"]),
    ("As the tumour had spread so far, an operation was deemed unsuitable, and he was given "
     "sulfatinib.", ["surufatinib"]),
    ("In March 2020 she underwent resection of the sacrococcygeal tumour.", ["surgery"]),
    ("He underwent pancreas-preserving duodenectomy.", ["surgery"]),
    ("The patient declined surgery and was started on octreotide LAR 30 mg monthly.", ["octreotide"]),
    ("Percutaneous cryoablation of the renal lesion was carried out.", ["cryoablation"]),
])
def test_treatment_phrasings(case, text, expected):
    assert case(text)["treatments"] == expected


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("not_given, given, expected", [
    ("She was given dexamethasone, and radiotherapy was considered for the spinal lesion.",
     "She was given dexamethasone, and radiotherapy was delivered to the spinal lesion.", ["radiotherapy"]),
    ("The small nodules were difficult to reach surgically; so we opted to watch and wait.",
     "The small nodules were difficult to reach surgically; so lanreotide was started.", ["lanreotide"]),
])
def test_treatment_not_given_beside_its_given_twin(case, not_given, given, expected):
    assert case(not_given)["treatments"] == []
    assert case(given)["treatments"] == expected


@pytest.mark.fields("treatments")
def test_imaging_tracer_is_not_a_treatment(case):
    scans = "In-111 octreotide SPECT showed two small pelvic nodules. Ga-68 DOTATOC PET/CT showed avid lesions."
    assert case(scans)["treatments"] == []
    assert case(scans + " Octreotide LAR 30 mg was then started.")["treatments"] == ["octreotide"]


@pytest.mark.fields("treatments")
def test_regimen_expands_and_class_yields_to_named_agents(case):
    row = case("The patient received folfox chemotherapy (leucovorin 400 mg/m2; 5-fluorouracil 400 mg/m2; "
               "oxaliplatin 85 mg/m2) in combination with sunitinib.")
    assert set(row["treatments"]) == {"fluorouracil", "leucovorin", "oxaliplatin", "sunitinib"}


@pytest.mark.fields("treatments")
def test_class_alone_when_no_agent_is_named(case):
    assert case("She received six cycles of chemotherapy.")["treatments"] == ["chemotherapy"]


@pytest.mark.fields("treatments")
def test_biopsy_and_supportive_care_are_not_treatments(case):
    care = "A CT-guided core biopsy proved a NET. He was given antibiotic therapy and analgesics."
    assert case(care)["treatments"] == []
    assert case(care + " He then underwent a right hemicolectomy.")["treatments"] == ["surgery"]


@pytest.mark.fields("treatments")
def test_treatments_in_the_discussion_are_not_the_patients(case):
    row = case("She underwent distal pancreatectomy.",
               discussion="Everolimus and sunitinib prolong progression-free survival in advanced disease.")
    assert row["treatments"] == ["surgery"]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("text, expected", [
    ("She was treated with capecitabine/temozolomide.", {"capecitabine", "temozolomide"}),
    ("He received four cycles of [177Lu]Lu-DOTA-TATE.", {"PRRT"}),
    ("She received concurrent chemoradiotherapy.", {"chemotherapy", "radiotherapy"}),
    ("The liver metastases were treated with radiofrequency ablation.", {"radiofrequency ablation"}),
    ("Transanal excision of the rectal NET was performed.", {"surgery"}),
])
def test_joined_words_regimens_and_liver_directed_treatments(case, text, expected):
    assert set(case(text)["treatments"]) == expected


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("misspelt, canonical", [
    ("temozolamide", "temozolomide"), ("cisplatinum", "cisplatin"), ("oxaliplatn", "oxaliplatin"),
    ("everolimous", "everolimus"), ("lanreotid", "lanreotide"), ("capecitabene", "capecitabine"),
])
def test_misspelt_drug_names_match_their_entry(run, misspelt, canonical):
    row, mentions = run(f"Case presentation\nShe was treated with {misspelt} for six months.\n")
    assert row["treatments"] == [canonical]
    assert any(m.rule == f"fuzzy:{canonical}" or m.rule.startswith("fuzzy:") for m in mentions if m.kept)


@pytest.mark.fields("treatments")
def test_common_words_near_a_drug_name_are_not_drugs(case):
    row = case("The dissection plane was clear and a radiating pain was noted; she was treated with everolimus.")
    assert row["treatments"] == ["everolimus"]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("therapy, scan", [
    ("She was treated with Lu-177 octreotate, 7.4 GBq per cycle.", "A Cu-64 octreotate PET showed avid nodes."),
    ("Two cycles of 177Lu-edotreotide were given.", "An 111In-pentetreotide scan showed uptake in the liver."),
    ("He received four cycles of 90Y-DOTATOC (3.7 GBq each).", "68Ga-DOTANOC PET/CT showed an avid lesion."),
])
def test_radiolabelled_peptides_are_prrt_as_therapy_and_imaging_as_scans(run, therapy, scan):
    row, mentions = run(f"Case presentation\n{scan} {therapy}\n")
    assert row["treatments"] == ["PRRT"]
    assert case_free(run, scan) == []


def case_free(run, text):
    return run(f"Case presentation\n{text}\n")[0]["treatments"]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("text, expected", [
    ("Radioactive iodine seeds were implanted into the lesion.", ["radiotherapy"]),
    ("Brachytherapy was delivered to the tumour bed.", ["radiotherapy"]),
    ("The rectal polyp was removed endoscopically.", ["surgery"]),
    ("A snare polypectomy removed the duodenal lesion.", ["surgery"]),
])
def test_brachytherapy_and_endoscopic_removal(case, text, expected):
    assert case(text)["treatments"] == expected


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("past, now, expected", [
    ("She had an appendectomy in childhood.", "A gastric NET was then resected endoscopically.", ["surgery"]),
    ("He had a history of cholecystectomy.", "He received lanreotide for the ileal NET.", ["lanreotide"]),
])
def test_a_procedure_of_the_past_history_is_not_a_treatment(case, past, now, expected):
    assert case(past)["treatments"] == []
    assert case(past + " " + now)["treatments"] == expected


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("text", ["The rectal NET was removed by ESD.", "An EMR of the duodenal lesion was done."])
def test_endoscopic_resection_abbreviations_are_surgery(case, text):
    assert case(text)["treatments"] == ["surgery"]


@pytest.mark.fields("treatments")
def test_a_drug_for_the_hormone_syndrome_is_no_tumour_treatment(case):
    row = case("Diazoxide controlled her hypoglycaemia until the insulinoma was enucleated.")
    assert row["treatments"] == ["surgery"]
    row = case("Telotristat eased his diarrhoea, and lanreotide was continued.")
    assert row["treatments"] == ["lanreotide"]


@pytest.mark.fields("treatments")
@pytest.mark.parametrize("past, own", [
    ("Past history included appendicectomy at age 12 and hypertension.",
     "She had a history of right hemicolectomy for an ileal NET five years earlier."),
    ("Past history: cholecystectomy, hypertension.",
     "He had undergone a Whipple procedure for a pancreatic NET in 2015."),
    ("Her surgical history included a hysterectomy.",
     "She had a history of lanreotide treatment for her pancreatic NET."),
])
def test_the_past_history_and_the_tumour_s_own_earlier_treatment(case, past, own):
    assert case(past)["treatments"] == []
    assert case(own)["treatments"] != []
