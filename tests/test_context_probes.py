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
# Cues that act on STAGING spans only ('the staging CT was unremarkable'): the negation makes the row
# 'no', so 'unknown' is what must not be taken (h23-meta).
FRAMES_FOR_TYPES = {
    ("NEGATED", "backward", "STAGING"): ("The staging CT {cue}.", "metastasis", "unknown"),
    ("NEGATED", "forward", "STAGING"): ("The patient had {cue} staging scans.", "metastasis", "unknown"),
    ("HYPOTHETICAL", "forward", "METASTASIS"): ("A PET scan was done {cue} metastatic disease.", "metastasis", "yes"),
    ("HYPOTHETICAL", "backward", "METASTASIS"): ("The tumour had a metastatic {cue}.", "metastasis", "yes"),
    # r3-meta: a metastasis set against a primary ('primary versus metastatic'): a comparison
    ("HYPOTHETICAL", "bidirectional", "METASTASIS"): ("The review set primary tumours {cue} metastatic NETs.",
                                                      "metastasis", "yes"),
    # r5-mark: 'analysis of', not 'testing for': a search for MEN1 ('testing for MEN1') is a cue of its own now
    ("NEGATED", "backward", "HEREDITY"): ("Germline analysis of MEN1 {cue}.", "hereditary_syndrome", "MEN1"),
    # r11: a test whose result is not back, a genetic test or a stain ('immunohistochemistry for GHRH is awaited')
    ("NEGATED", "backward", "HEREDITY", "MARKER"): ("Germline analysis of MEN1 {cue}.", "hereditary_syndrome", "MEN1"),
    # r5-mark: a search for an inherited syndrome with no result; a somatic mutation is the tumour's
    ("HYPOTHETICAL", "forward", "HEREDITY"): ("The team noted {cue} MEN1.", "hereditary_syndrome", "MEN1"),
    ("NEGATED", "forward", "HEREDITY"): ("The tumour had a {cue} MEN1 mutation.", "hereditary_syndrome", "MEN1"),
    # r6d-synd: a syndrome or an inherited syndrome judged unlikely
    ("HYPOTHETICAL", "backward", "SYNDROME", "HEREDITY"): ("The calcium was normal, making MEN1 {cue}.",
                                                           "hereditary_syndrome", "MEN1"),
    # r5-num: a sentence that defines the grades ('a Ki-67 index of 3-20% defines G2') is the scheme's
    ("OTHER_PATIENT", "bidirectional", "KI67", "GRADE", "MITOSES"): ("A Ki-67 index of 3-20% {cue} G2.", "grade",
                                                                     "G2"),
    # r28: an organ's lesions of undetermined nature are no site of a metastasis said elsewhere
    ("HYPOTHETICAL", "backward", "SITE"): ("A rectal NET had metastatic lymph nodes. CT showed nodules in the liver "
                                           "{cue}.", "metastasis_sites", "liver"),
    # r29: a regimen named for another tumour names that tumour's organ, not the patient's
    ("OTHER_PATIENT", "forward", "SITE"): ("An oesophageal NEC was treated with cisplatin and etoposide {cue} small "
                                           "cell carcinoma of the lung.", "metastasis_sites", "lung"),
    # r6b-meta: another cancer's metastases in the past history (the cue's clause names that cancer)
    ("HISTORICAL", "forward", "METASTASIS", "SITE"): ("She had {cue} liver metastases.", "metastasis_sites", "liver"),
}
TWINS = {
    "metastasis_sites": "The staging CT showed liver metastases.",
    "treatments": "Everolimus was given for the tumour. She had a cholecystectomy.",
    "metastasis": "The staging CT was done.",
    "hereditary_syndrome": "Germline testing confirmed MEN1.",
    "grade": "The resected NET was G2.",  # r5-num
}

def frame_key(rule) -> tuple:
    """The frame of the cue's class and direction, or of the one type it acts on where that has its own."""
    types = tuple(rule.get("allowed_types") or ())
    typed = (rule["category"], rule["direction"], *types)
    return typed if typed in FRAMES_FOR_TYPES else (rule["category"], rule["direction"])


FRAMES.update(FRAMES_FOR_TYPES)
# r5b-trt: a cue that counts only after a number ('to 4 patients': after_count) gets one before it
PROBES = [(frame_key(rule), "4 " + phrase if rule.get("after_count") else phrase,
           rule.get("requires_in_clause", [""])[0]) for rule in CUES
          if frame_key(rule) in FRAMES for phrase in rule["phrases"]]


@pytest.mark.fields("metastasis_sites", "treatments", "metastasis", "hereditary_syndrome", "grade")
def test_every_context_cue_acts_on_a_value(case):
    for field, twin in TWINS.items():
        assert case(twin)[field], f"the twin of {field} finds nothing"
    failures = []
    for key, phrase, condition in PROBES:
        (category, direction), (frame, field, value) = key[:2], FRAMES[key]
        text = frame.format(cue=phrase)
        if condition:  # a cue that acts only beside the condition a procedure was for
            text = text[:-1] + f" for {condition}."
        text = text[0].upper() + text[1:].replace("..", ".")  # r5-mark: a cue may end in its full stop
        if value in (case(text)[field] or ()):  # r5-num: a scalar field (grade) is None when the cue acted
            failures.append(f"{category} {direction} {phrase!r}: {text}")
    assert len(PROBES) > 400
    assert not failures, f"{len(failures)} cue(s) did not act: {failures[:40]}"
