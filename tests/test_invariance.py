"""Same report, other clothes, same row: every gold report under every transformation.

A failure names the report, the transformations, the fields that changed and the seed; reproduce
it with `python -m pipeline robustness --seed SEED` or pipeline.robustness.transforms.compose."""
import random

import pytest

from pipeline.robustness import transforms as T
from pipeline.robustness.check import changed_fields, overall, run_checks
from sampling import sampled

# The fast subset CI runs; `make robustness` runs 50 compositions.
COMPOSITIONS_IN_CI = 20
# `make test` runs three transformations (the reading of line ends, a publisher's furniture, other patients'
# text); `make test-exhaustive` and `make robustness` run all of them (tests/sampling.py).
QUICK_TRANSFORMS = {"crlf", "author_block", "general_statement"}
MIN_COMPOSITION_AGREEMENT = 0.98


@pytest.fixture(scope="module")
def maker(row_maker):
    return row_maker


@pytest.fixture(scope="module")
def reports(gold):
    return gold


@pytest.fixture(scope="module")
def base_rows(maker, reports):
    return {r.report_id: maker.row(r.text) for r in reports}


@pytest.mark.parametrize("name", sampled(sorted(T.TRANSFORMS), QUICK_TRANSFORMS))
def test_every_single_transformation_keeps_every_gold_row(maker, reports, base_rows, name):
    changed = []
    for r in reports:
        fields = changed_fields(base_rows[r.report_id], maker.row(T.TRANSFORMS[name](r.text, random.Random(0))))
        if fields:
            changed.append(f"{r.report_id}: {', '.join(fields)}")
    assert not changed, f"under {name} (seed 0) these rows changed: {changed}"


@pytest.mark.exhaustive
def test_random_compositions_keep_the_rows(maker, reports):
    _, composed = run_checks(maker, reports, [], COMPOSITIONS_IN_CI, seed=0)
    failures = [f"{o.report_id} under {o.transform} (seed {o.seed}): {', '.join(o.changed)}" for o in composed if o.changed]
    assert overall(composed) >= MIN_COMPOSITION_AGREEMENT, failures


# --- each transformation on its own: it does what its name says ------------------------------------

REPORT = ("A tumour of the small bowel\n\nAbstract\nA woman had a NET.\n\nCase presentation\n"
          "A 61-year-old woman had a 3.5 × 2.0 cm ileal mass. The cells were positive for CD56, CgA and Syn. "
          "Ki-67 was 4%. Immunohistochemistry showed chromogranin in every field of the specimen examined.\n\n"
          "Discussion\nSuch tumours are rare.\n")


def apply(name, text=REPORT, seed=1):
    return T.TRANSFORMS[name](text, random.Random(seed))


def test_layout_transformations():
    assert "\n" not in apply("flatten")
    assert "CASE PRESENTATION: A 61-year-old" in apply("header_inline")
    one = apply("headers_on_one_line")
    assert "\n" not in one and "ABSTRACT: A woman" in one and "DISCUSSION: Such" in one
    assert "Case presentationA 61-year-old" in apply("header_glued")
    assert "\nCASE PRESENTATION\n" in apply("headers_upper") and "\nCase Presentation\n" in apply("headers_title")
    assert "\ncase presentation\n" in apply("headers_lower")
    numbered = apply("headers_numbered")
    assert "1. Abstract" in numbered and "2. Case presentation" in numbered and "3. Discussion" in numbered
    wrapped = apply("hard_wrap")
    assert max(len(line) for line in wrapped.split("\n")) <= 80 and wrapped.replace("\n", " ").count(" ") > 10
    assert apply("crlf").count("\r\n") == REPORT.count("\n")
    assert "\n\n" in apply("blank_line_runs") and apply("blank_line_runs") != REPORT


def test_hard_wrap_hyphenates_long_words():
    text = "word " * 12 + "immunohistochemistry " + "word " * 12
    wrapped = "\n".join(T.hard_wrap(text, random.Random(seed)) for seed in range(10))
    assert "-\n" in wrapped


def test_markup_transformations():
    jats = apply("jats_sections")
    assert "<title>Case presentation</title>" in jats or "<jats:title>Case presentation</jats:title>" in jats
    assert apply("paragraph_tags").count("<p>") >= 4
    entities = T.html_entities("3.5 × 2.0 cm A & B " + "word " * 60, random.Random(1))
    assert "&#215;" in entities and "&amp;" in entities and "&nbsp;" in entities
    assert "[bookmark: _Toc" in apply("bookmark_lines")


@pytest.mark.parametrize("name, marker", [
    ("running_head", "Journal of Surgical Oncology"), ("author_block", "orcid.org"), ("keyword_list", "Keywords:"),
    ("cite_line", "Cite this article"), ("similar_articles", "Similar articles"), ("copyright_line", "©"),
])
def test_furniture_transformations_add_furniture(name, marker):
    out = apply(name)
    assert marker in out and REPORT.strip() in out


def test_distractors_land_in_the_discussion():
    for name, marker in (("general_statement", "mean Ki-67 index of 4%"), ("literature_row", "Garcia et al.")):
        out = apply(name)
        assert out.index(marker) > out.index("Discussion")
    no_discussion = "Case presentation\nA 50-year-old man had a NET.\n"
    assert "\nDiscussion\n" in T.general_statement(no_discussion, random.Random(0))


def test_character_transformations():
    assert "\u00a0" in apply("odd_spaces", seed=3) or "\u2009" in apply("odd_spaces", seed=3)
    dashes = T.unicode_dashes("Ki-67 was 15-20% in a well-differentiated NET", random.Random(0))
    assert "15\u201320" in dashes and "Ki\u201067" in dashes
    assert "CK7 (\u2212)" in T.unicode_dashes("CK7 (-)", random.Random(0))
    assert "×" not in apply("size_signs") and "3.5" in apply("size_signs")
    assert "\uff13" in apply("full_width_digits")
    assert T.micro_sign("5 μm", random.Random(0)) == "5 µm"
    assert "3,5 × 2,0 cm" in apply("decimal_commas") and "1,000" in T.decimal_commas("1,000 cases", random.Random(0))


def test_unit_and_wording_transformations():
    assert "35 × 20 mm" in apply("cm_to_mm")
    assert "Ki-67" not in apply("ki67_spelling")
    assert "immunoreactive for CD56" in apply("immunoreactive")
    assert "were CD56+, CgA+, Syn+." in T.positive_signs("The cells were positive for CD56, CgA and Syn.", random.Random(0))


def test_compositions_are_reproducible_and_put_line_work_first():
    a = T.random_composition(random.Random(5))
    assert a == T.random_composition(random.Random(5)) and 2 <= len(a) <= 4
    for seed in range(30):
        names = T.random_composition(random.Random(seed))
        breaking = [i for i, n in enumerate(names) if n in T.LINE_BREAKING or n == "hard_wrap"]
        assert breaking == list(range(len(names) - len(breaking), len(names)))
