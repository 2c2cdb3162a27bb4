"""rules/drug_names.json is what dev/tools/drug_names.py makes from the drug-named-entity-recognition
dictionary: nobody edits it by hand, and a drug added to rules/treatments.json needs the script run."""
import json
import sys

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
