"""rules/drug_names.json is what dev/tools/drug_names.py makes from the drug-named-entity-recognition
dictionary: nobody edits it by hand, and a drug added to rules/treatments.json needs the script run."""
import json
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "dev" / "tools"))
import drug_names  # noqa: E402


def test_the_drug_names_file_is_the_generated_one():
    assert json.loads((ROOT / "rules" / "drug_names.json").read_text()) == drug_names.generate()


def test_brand_names_and_abbreviations_read_as_their_drug(case):
    row = case("A 61-year-old man had a metastatic pancreatic NET. He was treated with Avastin, then CPT-11 and CDDP, "
               "and later with Temodal.")
    assert set(row["treatments"]) == {"bevacizumab", "irinotecan", "cisplatin", "temozolomide"}
    assert case("A 61-year-old man had a metastatic pancreatic NET and was followed up.")["treatments"] == []


# The brands of drugs no list names but their INN stem reads ('epirubicin', 'docetaxel', 'imatinib'):
# each is its generic, whatever the frame, and names its class's agent, so no bare class is added.
STEM_BRANDS = {"Farmorubicin": "epirubicin", "Taxotere": "docetaxel", "Gleevec": "imatinib",
               "Nexavar": "sorafenib", "Votrient": "pazopanib", "Hycamtin": "topotecan", "Tarceva": "erlotinib"}
STEM_FRAMES = ("A 58-year-old woman with a metastatic pancreatic NET was treated with {}.",
               "A 58-year-old woman had a metastatic pancreatic NET; chemotherapy with {} was started.",
               "A 58-year-old woman had a metastatic pancreatic NET. She received six cycles of {} and then surgery.")


@pytest.mark.parametrize("frame", STEM_FRAMES)
@pytest.mark.parametrize("brand", sorted(STEM_BRANDS))
def test_brands_of_stem_named_drugs_read_as_their_generic(case, brand, frame):
    treatments = set(case(frame.format(brand))["treatments"])
    assert STEM_BRANDS[brand] in treatments and "chemotherapy" not in treatments
    assert brand.lower() not in treatments


def test_a_brand_outside_a_treatment_frame_is_no_treatment(case):
    assert case("A 58-year-old woman had a metastatic pancreatic NET. Taxotere was not given, as she "
                "declined chemotherapy.")["treatments"] == []
    assert case("A 58-year-old woman had a metastatic pancreatic NET. Taxotere was given.")["treatments"] == ["docetaxel"]
