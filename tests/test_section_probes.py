"""Every header phrase of rules/sections.json opens its own class of section, on a line of its own
and inline before a colon, beside the same text with no header."""
import json

from conftest import ROOT
from pipeline.reading import normalize_text
from pipeline.sections import furniture_class, split_sections

CFG = json.loads((ROOT / "rules" / "sections.json").read_text())
BODY = "The lesion was examined in detail by the team."


def label_of_body(text):
    text = normalize_text(text)
    pos = text.index(BODY)
    return next(s.label for s in reversed(split_sections(text)) if s.start <= pos)


def test_every_header_phrase_opens_its_class():
    failures = []
    for label, phrases in CFG["classes"].items():
        for phrase in phrases:
            if furniture_class(f"{phrase}: {BODY}"):
                continue  # a furniture line ('Keywords: ...') is that line only; tested in test_report_shapes
            for layout in (f"Title of the report\n\n{phrase}\n{BODY}\n", f"Title of the report\n\n{phrase}: {BODY}\n"):
                # A case header before an abstract is the article type; put an abstract first for it.
                text = ("Abstract\nA summary.\n\n" + layout) if label == "case" else layout
                got = label_of_body(text)
                if got != label:
                    failures.append(f"{phrase!r} -> {got} (expected {label})")
    assert not failures, failures[:30]


def test_every_case_subsection_stays_in_the_case():
    failures = []
    for phrase in CFG["case_subsections"]:
        text = f"Case presentation\nA 50-year-old man had a rectal NET.\n{phrase}\n{BODY}\n"
        if label_of_body(text) != "case":
            failures.append(phrase)
    assert not failures, failures[:30]
    assert label_of_body(f"Discussion\nOther cases were reported.\n{BODY}\n") == "discussion"
