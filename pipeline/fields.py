"""The fields: one spec each, and everything about a field's values derives from it.

A *field* is what one extractor decides (Ki-67 is one field with two columns, `ki67_low` and
`ki67_high`). Its spec says which columns it fills and of which *kind* each is (number, size,
category, list, text); the kind knows how a value is written in a CSV cell and read back, its pandas
and Arrow types, and how a gold cell is checked. The spec also names the extractor, the fields whose
values that extractor reads (checked: a field may read only fields declared before it), the rules
files it uses, its group on the review page and how the evaluation scores it.

So the output columns, the CSV / JSONL / Parquet writers, the API's typed frames, gold reading and
the gold template, the evaluation, the review page and the robustness check all read this module,
and adding a field is one spec here (or one `register` call), one extractor module and one rules
file. This module imports neither spaCy nor pandas: reading and writing outputs stays light.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from .field_kinds import DANGEROUS_START, NUMBER, SIZE, Column, Score, number_text  # noqa: F401  (this module's API)

# --- Fields -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    name: str
    columns: tuple[Column, ...]
    extractor: str = ""  # 'module:Class'; '' for a gold-only field (labelled, not yet extracted)
    reads: tuple[str, ...] = ()  # fields whose row values the extractor's decide reads
    rules: tuple[str, ...] = ()  # the rules files it uses
    review_group: str = ""
    scores: tuple[Score, ...] = ()

    def extractor_class(self):
        module, _, name = self.extractor.partition(":")
        return getattr(importlib.import_module(module), name)


def _largest(row: dict) -> float | None:
    """The largest dimension of the row's tumour size (cell text or numbers alike)."""
    dims = Column("tumor_size_mm", "size").typed(row.get("tumor_size_mm"))
    return max(dims) if dims else None


_X = "pipeline.extractors"
OUTCOMES = ("alive, no disease", "alive with disease", "alive", "died of disease", "died of other cause", "died")
_MARKERS = ("markers.json",)
FIELDS: list[Field] = [
    Field("age", (Column("age", "number", low=0, high=120, hint="age must be a number of years from 0 to 120"),),
          f"{_X}.demographics:AgeExtractor", rules=("patterns.json",), review_group="patient",
          scores=(Score("age", ("age",), "number"),)),
    Field("sex", (Column("sex", "category", ("female", "male")),), f"{_X}.sex:SexExtractor",
          rules=("patterns.json",), review_group="patient", scores=(Score("sex", ("sex",), "text"),)),
    Field("primary_site", (Column("primary_site", "text"),), f"{_X}.primary_site:PrimarySiteExtractor",
          rules=("sites.json",), review_group="tumour", scores=(Score("primary_site", ("primary_site",), "site"),)),
    Field("tumor_size", (
        Column("tumor_size_mm", "size", hint="size must be up to three numbers in mm joined by ' x ', e.g. '57 x 29'"),
        Column("tumor_max_mm", "number", gold=False, derive=_largest)),
        f"{_X}.tumor_size:TumorSizeExtractor", reads=("primary_site",), rules=("patterns.json",), review_group="tumour",
        scores=(Score("tumor_size_mm", ("tumor_size_mm",), "size", tolerance=1.0),)),
    Field("ki67", (
        Column("ki67_low", "number", low=0, high=100,
               hint="Ki-67 must be a percentage from 0 to 100, without the % sign"),
        Column("ki67_high", "number", low=0, high=100,
               hint="Ki-67 must be a percentage from 0 to 100, without the % sign")),
        f"{_X}.ki67:Ki67Extractor", rules=("patterns.json",), review_group="tumour",
        scores=(Score("ki67", ("ki67_low", "ki67_high"), "range"),)),
    Field("grade", (Column("grade", "category", ("G1", "G2", "G3"), ordered=True),), f"{_X}.grade:GradeExtractor",
          rules=("patterns.json", "histology.json"), review_group="tumour",
          scores=(Score("grade", ("grade",), "text"),)),
    Field("markers", (Column("markers_positive", "list"), Column("markers_negative", "list")),
          f"{_X}.markers:MarkerExtractor", rules=_MARKERS, review_group="markers",
          scores=(Score("markers_positive", ("markers_positive",), "items", "markers", mention_field="markers"),
                  Score("markers_negative", ("markers_negative",), "items", "markers", mention_field="markers"))),
    Field("metastasis", (Column("metastasis", "category", ("yes", "no", "unknown"), null=("unknown",)),
                         Column("metastasis_sites", "list")),
          f"{_X}.metastasis:MetastasisExtractor", reads=("primary_site",), rules=("metastasis.json", "sites.json"),
          review_group="spread", scores=(Score("metastasis", ("metastasis",), "text"),
                                         Score("metastasis_sites", ("metastasis_sites",), "items", "sites"))),
    Field("treatments", (Column("treatments", "list"),), f"{_X}.treatments:TreatmentExtractor",
          rules=("treatments.json", "drug_names.json"), review_group="treatment",
          scores=(Score("treatments", ("treatments",), "items", "treatments"),)),
    Field("histology", (Column("histology", "category", ("NET", "NEC", "MiNEN"), required=False),),
          f"{_X}.histology:HistologyExtractor", rules=("histology.json",), review_group="tumour",
          scores=(Score("histology", ("histology",), "text"),)),
    Field("mitoses", (
        Column("mitoses_low", "number", low=0, hint="a mitotic count must be a number", required=False),
        Column("mitoses_high", "number", low=0, hint="a mitotic count must be a number", required=False),
        Column("mitoses_per", "text", required=False)),
        f"{_X}.mitoses:MitosesExtractor", rules=("mitoses.json",), review_group="tumour",
        scores=(Score("mitoses", ("mitoses_low", "mitoses_high"), "range"),
                Score("mitoses_per", ("mitoses_per",), "text", mention_field="mitoses"))),
    Field("functional_syndrome", (Column("functional_syndrome", "list", required=False),),
          f"{_X}.syndromes:FunctionalSyndromeExtractor", rules=("syndromes.json",), review_group="syndromes",
          scores=(Score("functional_syndrome", ("functional_syndrome",), "items", "syndromes:functional"),)),
    Field("hereditary_syndrome", (Column("hereditary_syndrome", "list", required=False),),
          f"{_X}.syndromes:HereditarySyndromeExtractor", rules=("syndromes.json",), review_group="syndromes",
          scores=(Score("hereditary_syndrome", ("hereditary_syndrome",), "items", "syndromes:hereditary"),)),
    # One extractor decides both: the months are read beside the status they date.
    Field("outcome", (Column("outcome", "category", OUTCOMES, required=False),
                      Column("follow_up_months", "number", low=0, required=False,
                             hint="follow-up must be a number of months")),
          f"{_X}.outcome:OutcomeExtractor", rules=("outcome.json",), review_group="outcome",
          scores=(Score("outcome", ("outcome",), "text"),
                  Score("follow_up_months", ("follow_up_months",), "number", mention_field="follow_up_months"))),
]

# ANNOTATION.md's second set of columns: gold files may carry them (dev/real/gold.csv does) and they
# are checked when read; a column the predictions lack is not scored.
SECOND_SET: list[Column] = [
]

REPORT_ID = Column("report_id", "text")
FLAGS = Column("review_flags", "list")
OLD_FLAGS_NAME = "flags"  # the column's name before 2026-12; read (with a note) for one release


class FieldError(ValueError):
    """A field spec that cannot work: a duplicated name, or reads of a field not declared before it."""


def check(fields: list[Field]) -> None:
    """Names unique; every field reads only fields declared before it (the extraction order)."""
    seen: set[str] = set()
    columns: set[str] = {REPORT_ID.name, FLAGS.name}
    for f in fields:
        if f.name in seen:
            raise FieldError(f"field '{f.name}' is declared twice")
        for c in f.columns:
            if c.name in columns:
                raise FieldError(f"field '{f.name}': column '{c.name}' already belongs to another field")
            columns.add(c.name)
        unknown = [r for r in f.reads if r not in seen]
        if unknown:
            raise FieldError(f"field '{f.name}' reads {', '.join(unknown)}, which no field before it extracts")
        seen.add(f.name)


def check_reads(spec: Field, declared: tuple[str, ...]) -> None:
    """An extractor class that declares the columns it reads must declare those of its spec."""
    wanted = tuple(c.name for name in spec.reads for c in field_named(name).columns)
    if declared and set(declared) != set(wanted):
        raise FieldError(f"field '{spec.name}': its extractor reads {', '.join(declared)}, its spec "
                         f"declares {', '.join(wanted) or 'nothing'}")


def register(spec: Field) -> None:
    """Adds a field after the others (a plug-in, or a test's toy field)."""
    check(FIELDS + [spec])
    FIELDS.append(spec)


def unregister(name: str) -> None:
    FIELDS[:] = [f for f in FIELDS if f.name != name]


def field_named(name: str) -> Field:
    for f in FIELDS:
        if f.name == name:
            return f
    raise KeyError(name)


def read_values(spec: Field, row: dict) -> dict:
    """What a field's extractor may read of the row: the columns of the fields it declares."""
    return {c.name: row.get(c.name) for name in spec.reads for c in field_named(name).columns}


def extracted() -> list[Field]:
    return [f for f in FIELDS if f.extractor]


def value_columns() -> list[Column]:
    """Every column a field fills, in the fields' order."""
    return [c for f in FIELDS for c in f.columns]


def output_columns() -> list[Column]:
    """The columns of cases.csv, cases.jsonl, cases.parquet and the API's cases frame."""
    return [REPORT_ID, *value_columns(), FLAGS]


def gold_columns() -> list[Column]:
    """The gold layout (ANNOTATION.md): what a reviewer labels; derived columns are left out."""
    return [REPORT_ID, *(c for c in value_columns() if c.gold)]


def column(name: str) -> Column:
    for c in output_columns() + SECOND_SET:
        if c.name == name:
            return c
    raise KeyError(name)


def scores() -> list[Score]:
    """Every scored item: the single values first, then the lists, each in the fields' order (the
    order of every score table)."""
    every = [s for f in FIELDS for s in f.scores]
    return [s for s in every if s.compare != "items"] + [s for s in every if s.compare == "items"]


def field_of_column() -> dict[str, str]:
    """column -> the mentions.csv field behind it (what the review page highlights)."""
    out = {}
    for f in FIELDS:
        for c in f.columns:
            score = next((s for s in f.scores if c.name in s.columns), None)
            out[c.name] = (score.mention_field or score.name) if score else f.name
    return out


def complete(row: dict, only_missing: bool = False) -> dict:
    """The row with its derived columns filled in (tumor_max_mm from tumor_size_mm); `only_missing`:
    those it lacks (an output written before the column existed)."""
    for c in value_columns():
        if c.derive is not None and not (only_missing and c.name in row):
            row[c.name] = c.derive(row)
    return row


def typed_row(row: dict) -> dict[str, Any]:
    """The row as the outputs hold it: every output column, each value typed by its column's kind."""
    return {c.name: c.typed(row.get(c.name)) for c in output_columns()}


def cells(row: dict) -> dict[str, str]:
    """The row as cases.csv writes it (before formula escaping): a text cell per column."""
    return {c.name: c.cell(row.get(c.name)) for c in output_columns()}


def shown(row: dict) -> dict[str, Any]:
    """The row as a reader of cases.csv sees it, lists kept as lists: scalars as their cell text
    (None when empty). The extractors' tests assert values in this form ('52', '57 x 29')."""
    out: dict[str, Any] = {}
    for c in output_columns():
        value = row.get(c.name)
        out[c.name] = c.typed(value) if c.kind == "list" else (c.cell(value) or None)
    return out


check(FIELDS)
