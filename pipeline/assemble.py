"""Runs the extractors on one processed report and assembles its row, with reviewer flags.

The extractors run in the order of the field specs (fields.py), each deciding from its own mentions
and the values of the fields it declares it reads. The row that leaves here is typed (numbers as
numbers, sizes as lists of millimetres, lists as lists), with its derived columns filled in; every
output is written from it."""
from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.tokens import Doc

from . import fields
from .budget import over_budget
from .columns import COLUMNS, LIST_COLUMNS, OUTPUT_COLUMNS  # noqa: F401  (re-exported)
from .consistency import grade_mitoses_mismatch, histology_grade_mismatch, in_who_band  # noqa: F401  (importable from here as before)
from .extractors import Mention, ReportView
from .rules import Rules


def reads_as_english(doc: Doc, cfg: dict) -> bool:
    """Is the report written in English (rules/reading.json 'english')? A Spanish or French report is
    read by English vocabulary and the few of its own words the rules list, so its row comes out thin;
    the flag not_english says so. Too short a text to tell counts as English."""
    lower = doc.to_array("LOWER")
    alpha = doc.to_array("IS_ALPHA")
    words = int(alpha.sum())
    if words < cfg["min_words"]:
        return True
    keys = [doc.vocab.strings.add(w) for w in cfg["words"]]
    return int(numpy.isin(lower, keys).sum()) >= cfg["min_share"] * words


@dataclass
class CaseResult:
    row: dict  # typed: fields.typed_row
    mentions: list[Mention]

    @property
    def shown(self) -> dict:
        """The row as cases.csv shows it, lists kept as lists (fields.shown)."""
        return fields.shown(self.row)


class CaseAssembler:
    def __init__(self, rules: Rules):
        self.rules = rules
        self.specs = fields.extracted()
        self.extractors = [spec.extractor_class()(rules) for spec in self.specs]
        for spec, extractor in zip(self.specs, self.extractors, strict=True):
            fields.check_reads(spec, tuple(getattr(extractor, "reads", ())))

    def assemble(self, report_id: str, doc: Doc) -> CaseResult:
        view = ReportView(doc, self.rules)
        row: dict = {"report_id": report_id}
        mentions: list[Mention] = []
        raised: list[str] = []
        for spec, extractor in zip(self.specs, self.extractors, strict=True):
            found = extractor.find(view)
            row.update(extractor.decide(found, fields.read_values(spec, row)))
            raised.extend(extractor.raised_flags(found))
            mentions.extend(found)
        row[fields.FLAGS.name] = raised + self.flags(row, mentions) + (["dense_text"] if over_budget(doc) else []) \
            + (["no_net_mentioned"] if not self.names_a_net(view) else []) \
            + ([] if reads_as_english(doc, self.rules["reading"]["english"]) else ["not_english"])
        return CaseResult(row=fields.typed_row(fields.complete(row)), mentions=mentions)

    def names_a_net(self, view: ReportView) -> bool:
        """Does the report name a neuroendocrine neoplasm at all (rules/histology.json 'net_words',
        'net_abbreviations')? A report that does not gets the flag no_net_mentioned: its row may describe
        another disease."""
        cfg = self.rules["histology"]
        if view.tokens_named("net_words", cfg["net_words"]):
            return True
        orth = view.doc.to_array("ORTH")
        keys = [view.doc.vocab.strings.add(w) for w in cfg["net_abbreviations"]]
        return bool(numpy.isin(orth, keys).any())

    def flags(self, row: dict, mentions: list[Mention]) -> list[str]:
        """The review flags that look across fields (consistency.py) or at every mention."""
        flags = []
        grade = row.get("grade")
        low, high = (None if row.get(k) is None else float(row[k]) for k in ("ki67_low", "ki67_high"))
        if grade and (low is not None or high is not None) and not in_who_band(grade, low, high, self.rules):
            flags.append("grade_ki67_mismatch")
        if grade_mitoses_mismatch(row, self.rules):
            flags.append("grade_mitoses_mismatch")
        if histology_grade_mismatch(row, self.rules):
            flags.append("histology_grade_mismatch")
        impossible = sorted({m.reason.split(":")[0] for m in mentions if m.reason.startswith("impossible_")})
        flags.extend(impossible)
        if not any(row.get(c.name) not in (None, "", [], *c.null) for c in fields.value_columns()):
            flags.append("nothing_found")
        return flags
