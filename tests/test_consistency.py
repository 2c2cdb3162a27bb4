"""The consistency checks of the pathology columns (pipeline/consistency.py), on rows directly."""
from __future__ import annotations

import pytest
from rule_ablation import RULES, without

from pipeline.consistency import grade_mitoses_mismatch, histology_grade_mismatch


def row(grade, low, high, per, histology="NET"):
    return {"grade": grade, "mitoses_low": low, "mitoses_high": high, "mitoses_per": per, "histology": histology}


@pytest.mark.parametrize("cells, flagged", [
    (row("G1", "1", "1", "10 HPF"), False), (row("G1", "3", "3", "10 HPF"), True),
    (row("G1", None, "2", "2 mm2"), False),  # '<2': open below 2
    (row("G2", "2", "2", "10 HPF"), False), (row("G2", "20", "20", "10 HPF"), False),
    (row("G2", "1", "1", "10 HPF"), True), (row("G2", "25", "25", "10 HPF"), True),
    (row("G2", None, "2", "10 HPF"), True),  # '<2' cannot reach 2
    (row("G2", "20", None, "10 HPF"), True),  # '>20' lies above 20
    (row("G3", "20", None, "10 HPF"), False), (row("G3", "20", "20", "10 HPF"), True),
    (row("G3", "5", "5", "10 HPF"), True), (row("G3", "2", "30", "10 HPF"), False),
    (row("G2", "6", "6", "1 mm2"), False), (row("G2", "12", "12", "1 mm2"), True),  # 12/mm2 = 24 per 2 mm2
    (row("G1", "5", "5", "50 HPF"), False),  # 1 per 10 HPF
    (row("G1", "5", "5", None), False), (row("G1", "5", "5", "1 HPF"), False),  # no comparable area
    (row(None, "5", "5", "10 HPF"), False), (row("G1", None, None, "10 HPF"), False),
    (row("G1", "30", "30", "10 HPF", "NEC"), False),
])
def test_grade_mitoses_mismatch(cells, flagged):
    assert grade_mitoses_mismatch(cells) is flagged


@pytest.mark.parametrize("cells, flagged", [
    ({"histology": "NEC", "grade": "G1"}, True), ({"histology": "NEC", "grade": "G2"}, True),
    ({"histology": "NEC", "grade": "G3"}, False), ({"histology": "NET", "grade": "G3"}, False),
    ({"histology": "NET", "grade": "G1"}, False), ({"histology": None, "grade": "G1"}, False),
    ({"histology": "NEC", "grade": None}, False),
])
def test_histology_grade_mismatch(cells, flagged):
    assert histology_grade_mismatch(cells) is flagged


def test_every_contradicting_grade_of_a_nec_is_needed():
    for grade in RULES["mitoses"]["histology_grades"]["NEC"]:
        cells = {"histology": "NEC", "grade": grade}
        assert histology_grade_mismatch(cells) and not histology_grade_mismatch(
            cells, without(("mitoses", "histology_grades", "NEC"), grade))


def test_the_ki67_bands_are_read_from_the_rules():
    """A Ki-67 of 25% lies outside G2's WHO band (3-20%) and inside it once the rules widen the band."""
    import copy

    from pipeline.consistency import in_who_band
    from pipeline.rules import Rules

    assert not in_who_band("G2", 25, 25) and in_who_band("G2", 10, 10) and in_who_band("G3", 25, 25)
    data = copy.deepcopy(RULES.data)
    data["mitoses"]["ki67_who_bands"]["G2"]["to"] = 30
    wider = Rules(directory=RULES.directory, data=data, digest="edited")
    assert in_who_band("G2", 25, 25, wider) and not in_who_band("G2", 35, 35, wider)
