"""Every context cue in rules/context.json is reachable: a sentence of our own built around it makes
its class act on a value, beside the affirmed twin without the cue. This is the example that makes
each cue needed (make ablation finds the cues the gold reports need; these show the rest work)."""
import json

import pytest

from conftest import ROOT

CUES = json.loads((ROOT / "rules" / "context.json").read_text())["cues"]

# (category, direction) -> (sentence with {cue}, the row field, the value that must not be taken)
FRAMES = {
    ("NEGATED", "forward"): ("The staging CT showed {cue} liver metastases.", "metastasis_sites", "liver"),
    ("NEGATED", "backward"): ("Liver metastases {cue} on the staging CT.", "metastasis_sites", "liver"),
    ("REFUSED", "forward"): ("The patient {cue} everolimus for the tumour.", "treatments", "everolimus"),
    ("REFUSED", "backward"): ("Everolimus {cue}.", "treatments", "everolimus"),
    ("HYPOTHETICAL", "forward"): ("The team noted {cue} everolimus for the tumour.", "treatments", "everolimus"),
    ("HYPOTHETICAL", "backward"): ("Everolimus {cue} for the tumour.", "treatments", "everolimus"),
    ("OTHER_PATIENT", "bidirectional"): ("{cue} everolimus was given for the tumour.", "treatments", "everolimus"),
    ("HISTORICAL", "forward"): ("She had {cue} cholecystectomy.", "treatments", "surgery"),
    ("HISTORICAL", "backward"): ("She had a cholecystectomy {cue}.", "treatments", "surgery"),
}
TWINS = {
    "metastasis_sites": "The staging CT showed liver metastases.",
    "treatments": "Everolimus was given for the tumour. She had a cholecystectomy.",
}
PROBES = [(rule["category"], rule["direction"], phrase, rule.get("requires_in_clause", [""])[0]) for rule in CUES
          if (rule["category"], rule["direction"]) in FRAMES for phrase in rule["phrases"]]


@pytest.mark.fields("metastasis_sites", "treatments")
def test_every_context_cue_acts_on_a_value(case):
    for field, twin in TWINS.items():
        assert case(twin)[field], f"the twin of {field} finds nothing"
    failures = []
    for category, direction, phrase, condition in PROBES:
        frame, field, value = FRAMES[(category, direction)]
        text = frame.format(cue=phrase)
        if condition:  # a cue that acts only beside the condition a procedure was for
            text = text[:-1] + f" for {condition}."
        text = text[0].upper() + text[1:]
        if value in case(text)[field]:
            failures.append(f"{category} {direction} {phrase!r}: {text}")
    assert len(PROBES) > 400
    assert not failures, f"{len(failures)} cue(s) did not act: {failures[:40]}"
