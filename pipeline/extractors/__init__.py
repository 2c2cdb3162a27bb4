"""One extractor per field, all of the shape in base.py, run in the order of EXTRACTORS.

An extractor's `decide` may read the columns of extractors that ran before it (metastasis sites
leave out the primary site; a size beside the primary's organ is the primary's). It says which in
its `reads`, and build_extractors refuses an order in which a column is read before it is written."""
from __future__ import annotations

from collections.abc import Iterable

from .. import fields
from .base import Extractor, FieldExtractor, Mention, ReportView
from .demographics import AgeExtractor
from .grade import GradeExtractor
from .histology import HistologyExtractor
from .ki67 import Ki67Extractor
from .markers import MarkerExtractor
from .metastasis import MetastasisExtractor
from .mitoses import MitosesExtractor
from .outcome import OutcomeExtractor
from .primary_site import PrimarySiteExtractor
from .sex import SexExtractor
from .syndromes import FunctionalSyndromeExtractor, HereditarySyndromeExtractor
from .treatments import TreatmentExtractor
from .tumor_size import TumorSizeExtractor

# The shipped extractors in the order of their field specs (fields.py, the one place that lists them).
EXTRACTORS: tuple[type[FieldExtractor], ...] = tuple(spec.extractor_class() for spec in fields.extracted())


def check_order(classes: Iterable[type[FieldExtractor]]) -> None:
    """ValueError when an extractor reads a column that no extractor before it writes."""
    written: dict[str, str] = {}  # column -> the extractor that writes it
    for cls in classes:
        for column in cls.reads:
            if column not in written:
                raise ValueError(f"extractor {cls.__name__} reads the column {column!r}, which no extractor "
                                 f"before it writes (written so far: {', '.join(written) or 'none'})")
        written.update(dict.fromkeys(cls.fields, cls.__name__))


def build_extractors(rules, classes: Iterable[type[FieldExtractor]] = EXTRACTORS) -> list[Extractor]:
    classes = tuple(classes)
    check_order(classes)
    return [cls(rules) for cls in classes]


__all__ = ["EXTRACTORS", "AgeExtractor", "Extractor", "FieldExtractor", "FunctionalSyndromeExtractor",
           "GradeExtractor", "HereditarySyndromeExtractor", "HistologyExtractor", "Ki67Extractor", "MarkerExtractor",
           "Mention", "MetastasisExtractor", "MitosesExtractor", "OutcomeExtractor", "PrimarySiteExtractor",
           "ReportView", "SexExtractor", "TreatmentExtractor", "TumorSizeExtractor", "build_extractors", "check_order"]
