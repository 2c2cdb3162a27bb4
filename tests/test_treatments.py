import pytest


@pytest.mark.parametrize("text, expected", [
    ("Due to widespread metastases, surgery was deemed inappropriate, and peptide receptor radionuclide therapy "
     "was planned.", ["PRRT"]),
    ("Dexamethasone was started and urgent radiotherapy was considered as an empirical treatment.", []),
    ("Subsequently, 5 cycles of PRRT were administered, after which stable disease was maintained.", ["PRRT"]),
    ("Following clinical guidelines, the patient was started on oral targeted therapy with sulfatinib.", ["surufatinib"]),
    ("Given the tumor's extensive metastasis, surgical intervention was deemed unsuitable, and the patient was "
     "treated with sulfatinib.", ["surufatinib"]),
    ("On April 24, 2018, the patient underwent a sacrococcygeal tumor resection.", ["surgery"]),
    ("Presacral nodules were difficult to remove using the surgical approach; therefore, we decided to follow up.", []),
    ("He underwent pancreas-preserving duodenectomy.", ["surgery"]),
    ("The patient declined surgery and was started on octreotide LAR 30 mg monthly.", ["octreotide"]),
])
def test_treatment_phrasings(case, text, expected):
    assert case(text)["treatments"] == expected


def test_imaging_tracer_is_not_a_treatment(case):
    row = case("A thorough evaluation detected presacral nodules on In-111 octreotide single-photon emission "
               "tomography/computed tomography (SPECT/CT). Ga-68 DOTATOC PET/CT showed avid lesions.")
    assert row["treatments"] == []


def test_regimen_expands_and_class_yields_to_named_agents(case):
    row = case("The patient received folfox chemotherapy (leucovorin 400 mg/m2; 5-fluorouracil 400 mg/m2; "
               "oxaliplatin 85 mg/m2) in combination with sunitinib.")
    assert set(row["treatments"]) == {"fluorouracil", "leucovorin", "oxaliplatin", "sunitinib"}


def test_class_alone_when_no_agent_is_named(case):
    assert case("She received six cycles of chemotherapy.")["treatments"] == ["chemotherapy"]


def test_biopsy_and_supportive_care_are_not_treatments(case):
    row = case("An ultrasound-guided needle biopsy confirmed a NET. Antibiotic therapy and analgesics were given.")
    assert row["treatments"] == []


def test_treatments_in_the_discussion_are_not_the_patients(case):
    row = case("She underwent distal pancreatectomy.",
               discussion="Everolimus and sunitinib prolong progression-free survival in advanced disease.")
    assert row["treatments"] == ["surgery"]


@pytest.mark.parametrize("text, expected", [
    ("She was treated with capecitabine/temozolomide.", {"capecitabine", "temozolomide"}),
    ("He received four cycles of [177Lu]Lu-DOTA-TATE.", {"PRRT"}),
    ("She received concurrent chemoradiotherapy.", {"chemotherapy", "radiotherapy"}),
    ("The liver metastases were treated with radiofrequency ablation.", {"radiofrequency ablation"}),
    ("Transanal excision of the rectal NET was performed.", {"surgery"}),
])
def test_joined_words_regimens_and_liver_directed_treatments(case, text, expected):
    assert set(case(text)["treatments"]) == expected
