"""The extractors' declared interface: each writes exactly its `fields`, its `decide` sees only the
columns it `reads` (and build_extractors refuses an order that reads a column before it is
written), and it raises only the review `flags` it declares."""
from __future__ import annotations

import copy

import pytest

from pipeline.assemble import CaseAssembler
from pipeline.extractors import (
    EXTRACTORS,
    FieldExtractor,
    ReportView,
    build_extractors,
    check_order,
)
from pipeline.nlp import process
from pipeline.reading import normalize_text
from pipeline.rules import Rules, load_rules

REPORT = ("Case report title\n\nCase presentation\n"
          "A 58-year-old man was referred with episodes of flushing. CT found a 31 mm mass in the ileum and two "
          "metastases in the liver. After resection the specimen measured 27 mm. Pathology described a "
          "well-differentiated NET, grade 2, with a Ki-67 index of 6%. The tumour cells were positive for "
          "chromogranin A and negative for CK7. He then started octreotide.\n")


class LymphovascularExtractor(FieldExtractor):
    """A toy field that reads a column no extractor writes."""

    fields = ("lymphovascular_invasion",)
    reads = ("vascular_margin",)

    def __init__(self, rules):
        pass


SEEN: list[dict] = []  # what SpyExtractor.decide was given


class SpyExtractor(FieldExtractor):
    """A toy field that reads the primary site and remembers what its decide was given."""

    fields = ("spy",)
    reads = ("primary_site",)

    def __init__(self, rules):
        pass

    def find(self, report):
        return []

    def decide(self, mentions, row):
        SEEN.append(dict(row))
        return {"spy": None}


@pytest.fixture(scope="module")
def doc(nlp):
    return process(nlp, normalize_text(REPORT))


def test_an_extractor_reading_a_column_no_earlier_one_writes_is_refused():
    with pytest.raises(ValueError, match=r"LymphovascularExtractor.*'vascular_margin'"):
        build_extractors(load_rules(), EXTRACTORS + (LymphovascularExtractor,))
    primary_last = sorted(EXTRACTORS, key=lambda cls: cls.__name__ == "PrimarySiteExtractor")
    with pytest.raises(ValueError, match=r"TumorSizeExtractor.*'primary_site'"):
        check_order(primary_last)
    check_order(EXTRACTORS)  # the shipped order is sound


def test_decide_sees_only_the_columns_it_reads(doc):
    from pipeline import fields

    spy = fields.Field("spy", (fields.Column("spy", "text"),), f"{__name__}:SpyExtractor", reads=("primary_site",))
    fields.register(spy)
    try:
        assembler = CaseAssembler(load_rules())
        SEEN.clear()
        row = assembler.assemble("r", doc).row
    finally:
        fields.unregister("spy")
    assert SEEN == [{"primary_site": "ileum"}]
    assert row["primary_site"] == "ileum" and row["spy"] is None


def test_an_extractor_whose_reads_disagree_with_its_spec_is_refused():
    from pipeline import fields

    spy = fields.Field("spy", (fields.Column("spy", "text"),), f"{__name__}:SpyExtractor", reads=("age",))
    fields.register(spy)
    try:
        with pytest.raises(fields.FieldError, match="its extractor reads primary_site, its spec declares age"):
            CaseAssembler(load_rules())
    finally:
        fields.unregister("spy")


def test_every_extractor_writes_exactly_its_fields_and_declared_flags(doc):
    rules = load_rules()
    view, row = ReportView(doc, rules), {}
    for extractor in build_extractors(rules):
        found = extractor.find(view)
        values = extractor.decide(found, {k: row[k] for k in extractor.reads})
        assert tuple(values) == extractor.fields, type(extractor).__name__
        assert set(extractor.raised_flags(found)) <= set(extractor.flags), type(extractor).__name__
        row.update(values)
    assert not any(k.startswith("_") for k in row)
    assert row["tumor_size_mm"] == "27" and row["metastasis_sites"] == ["liver"]


def test_tumour_size_raises_several_sizes_only_when_the_sizes_disagree(run):
    _, mentions = run(REPORT)
    sizes = [m for m in mentions if m.field == "tumor_size_mm"]
    size = next(cls for cls in EXTRACTORS if cls.__name__ == "TumorSizeExtractor")(load_rules())
    assert size.raised_flags(sizes) == ["several_sizes"]
    assert size.raised_flags([m for m in sizes if m.normalized == "27"]) == []


def test_the_title_reads_page_furniture_from_the_extractors_own_rules(nlp):
    """The title line's site counts for the primary; rules whose furniture patterns call that line a
    keyword line make it no title (the extractor no longer reads the default rules' patterns)."""
    doc = process(nlp, normalize_text("Case report\n\nCase presentation\nIleal neuroendocrine tumour in an elderly "
                                      "man\n\nAbstract\nShe came for review.\n"))
    rules = load_rules()
    data = copy.deepcopy(rules.data)
    data["sections"]["furniture"]["keywords"] = r"^\s*ileal\s+neuroendocrine"
    other = Rules(directory=rules.directory, data=data, digest="furniture")
    assert CaseAssembler(rules).assemble("r", doc).row["primary_site"] == "ileum"
    assert CaseAssembler(other).assemble("r", doc).row["primary_site"] is None
