"""Consistency checks between the pathology columns of one row, for review flags beside
grade_ki67_mismatch: a stated grade outside the WHO 2019 mitotic band for the stated area, and a
histology that contradicts the stated grade; and the Ki-67 band test behind grade_ki67_mismatch.
All are pure functions of the row (as cases.csv holds it: numbers as numbers or text, empty as None
or ''); thresholds (the mitotic and the Ki-67 bands) live in rules/mitoses.json.

The mitotic bands (well-differentiated NETs, per 2 mm2 = 10 HPF): G1 < 2, G2 2-20, G3 > 20. A count
is compared only on an area rules/mitoses.json calls comparable, scaled to 2 mm2 ('1 mm2' x 2,
'50 HPF' / 5); a count with no area, or on another area, raises no flag, since an HPF's size varies
and nothing says which area was meant. Bounds stated alone are open, as
in_who_band reads a Ki-67 (the same band test, below): '<2 per 10 HPF' lies below 2, '>20' above 20."""
from __future__ import annotations

import math

from .rules import Rules, load_rules


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _in_band(band: dict, low: float | None, high: float | None) -> bool:
    """Can a count stated as [low, high] (either bound may be open) lie in the band?"""
    open_high, open_low = low is None, high is None
    lo, hi = (0.0 if low is None else low), (float("inf") if high is None else high)
    if "below" in band and not lo < band["below"]:
        return False
    if "above" in band and not hi > band["above"]:
        return False
    reaches_from = "from" not in band or (hi > band["from"] if open_high else hi >= band["from"])
    reaches_to = "to" not in band or (lo < band["to"] if open_low else lo <= band["to"])
    return reaches_from and reaches_to


def in_who_band(grade: str, low: float | None, high: float | None, rules: Rules | None = None) -> bool:
    """Can a Ki-67 stated as [low, high] lie in the grade's WHO 2019 band for well-differentiated
    NETs (rules/mitoses.json 'ki67_who_bands': G1 < 3%, G2 3-20%, G3 > 20%)? A bound stated alone is
    open: '<3%' is below 3, '>20%' above 20."""
    return _in_band((rules or load_rules())["mitoses"]["ki67_who_bands"][grade], low, high)


def grade_mitoses_mismatch(row: dict, rules: Rules | None = None) -> bool:
    """Does the stated grade fall outside the WHO 2019 mitotic band for the stated count and area?"""
    cfg = (rules or load_rules())["mitoses"]
    grade, per = row.get("grade"), (row.get("mitoses_per") or "").strip()
    band, factor = cfg["who_bands"].get(grade or ""), cfg["comparable_areas"].get(per)
    low, high = _number(row.get("mitoses_low")), _number(row.get("mitoses_high"))
    if band is None or factor is None or (low is None and high is None) or row.get("histology") == "NEC":
        return False  # a NEC's grade is no NET band (histology_grade_mismatch speaks for it)
    scaled = [None if v is None else v * factor for v in (low, high)]
    return not _in_band(band, *scaled)


def histology_grade_mismatch(row: dict, rules: Rules | None = None) -> bool:
    """Does the class contradict the stated grade (WHO 2019: a NEC is high grade, never G1 or G2)?"""
    cfg = (rules or load_rules())["mitoses"]
    return row.get("grade") in cfg["histology_grades"].get(row.get("histology") or "", [])
