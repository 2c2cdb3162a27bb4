"""The shared ConText mechanism: one status per mention, whatever the field."""
import pytest

from pipeline.context_status import status_for
from pipeline.nlp import process


def status_of(nlp, text, target, label):
    doc = process(nlp, text)
    start = text.index(target)
    span = doc.char_span(start, start + len(target), alignment_mode="expand")
    return status_for(doc, span.start, span.end, label)[0]


@pytest.mark.parametrize("text, target, label, status", [
    ("Staging CT found no evidence of metastatic spread.", "metastatic", "METASTASIS", "negated"),
    ("Metastases in the chest were not observed on CT.", "Metastases", "METASTASIS", "negated"),
    ("Surgery was deemed inappropriate.", "Surgery", "TREATMENT", "negated"),
    ("Palliative radiotherapy was considered for the painful rib.", "radiotherapy", "TREATMENT", "hypothetical"),
    ("The lesion was suspicious for metastasis.", "metastasis", "METASTASIS", "hypothetical"),
    ("Gasser et al reported that surgery prevented deterioration.", "surgery", "TREATMENT", "other_patient"),
    ("The patient underwent surgery.", "surgery", "TREATMENT", "affirmed"),
    ("There was no recurrence after surgery.", "surgery", "TREATMENT", "affirmed"),
    ("Surgery was not performed, but she received octreotide.", "octreotide", "TREATMENT", "affirmed"),
])
def test_statuses(nlp, text, target, label, status):
    assert status_of(nlp, text, target, label) == status


def test_refusal_cues_only_touch_treatments(nlp):
    text = "Given the extensive metastasis, surgery was deemed unsuitable."
    assert status_of(nlp, text, "metastasis", "METASTASIS") == "affirmed"
    assert status_of(nlp, text, "surgery", "TREATMENT") == "negated"


@pytest.mark.fields("treatments", "metastasis_sites")
def test_general_statements_in_the_case_text_are_not_the_patients(case):
    general = "Pancreatic NETs commonly metastasize to the liver and are frequently treated with everolimus."
    row = case("A 40-year-old woman had a pancreatic NET. " + general)
    assert row["metastasis_sites"] == [] and row["treatments"] == []
    row = case("A 40-year-old woman had a pancreatic NET with bone metastases. " + general + " She received lanreotide.")
    assert row["metastasis_sites"] == ["bone"] and row["treatments"] == ["lanreotide"]


def _status_by_reading_every_cue(doc, start, end, label):
    """status_for as it was before its per-sentence index: every cue of the sentence, in order."""
    from pipeline.context_status import PRIORITY, STATUS_OF, sentence_has_index_cue
    from pipeline.sentences import sentence_table

    best, cue_text, cut_by = "affirmed", "", ""
    sentence = int(sentence_table(doc)[0][start])
    names_index_patient = sentence_has_index_cue(doc, sentence)
    only_other = label in (doc._.only_other_patient or ())
    for cue in (doc._.context_cues or {}).get(sentence, ()):
        if cue.allowed and label not in cue.allowed or only_other and cue.category != "OTHER_PATIENT":
            continue
        if cue.category == "OTHER_PATIENT" and names_index_patient and cue.yields_to_index_patient:
            continue
        if cue.start <= start < cue.end or (start < cue.end and end > cue.start):
            continue
        if cue.scope_start <= start < cue.scope_end:
            status = STATUS_OF[cue.category]
            if PRIORITY[status] > PRIORITY[best]:
                best, cue_text = status, f"{cue.category.lower()}:{cue.text}"
        elif cue.boundary and cue.reach_start <= start < cue.reach_end and not cut_by:
            cut_by = f"scope_ended_by:{cue.boundary} ({STATUS_OF[cue.category]}:{cue.text})"
    return best, cue_text or (cut_by if best == "affirmed" else "")


def test_the_indexed_cue_look_up_gives_what_reading_every_cue_gives(nlp):
    from pipeline.context_status import status_for
    from pipeline.nlp import process

    text = ("Case presentation\nHer sister had liver metastases but she had none, and previously reported "
            "patients received everolimus; surgery was not considered, whereas octreotide was declined by "
            "her, possible bone metastases were ruled out, and in our patient no lung lesion was seen. "
            + "Earlier series described nodal spread, no hepatic lesions, declined chemotherapy and "
            "suspected peritoneal deposits in patients of that age, " * 12 + "which our case did not show.")
    doc = process(nlp, text)
    compared = 0
    for label in ("SITE", "TREATMENT", "METASTASIS", "MARKER", "AGE"):
        for start in range(len(doc)):
            for end in (start + 1, min(len(doc), start + 2)):
                assert status_for(doc, start, end, label) == _status_by_reading_every_cue(doc, start, end, label)
                compared += 1
    statuses = {status_for(doc, i, i + 1, "TREATMENT")[0] for i in range(len(doc))}
    assert {"affirmed", "negated", "hypothetical", "other_patient"} <= statuses and compared > 1000
