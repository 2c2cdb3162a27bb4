"""One extractor per field, all of the shape in base.py, run in this order (later ones may read
earlier values: metastasis sites leave out the primary site)."""
from .base import Extractor, Mention, ReportView
from .demographics import AgeExtractor, SexExtractor
from .grade import GradeExtractor
from .histology import HistologyExtractor
from .ki67 import Ki67Extractor
from .markers import MarkerExtractor
from .metastasis import MetastasisExtractor
from .mitoses import MitosesExtractor
from .primary_site import PrimarySiteExtractor
from .treatments import TreatmentExtractor
from .tumor_size import TumorSizeExtractor

EXTRACTORS = (AgeExtractor, SexExtractor, PrimarySiteExtractor, TumorSizeExtractor, Ki67Extractor,
              GradeExtractor, MarkerExtractor, MetastasisExtractor, TreatmentExtractor,
              HistologyExtractor, MitosesExtractor)


def build_extractors(rules) -> list[Extractor]:
    return [cls(rules) for cls in EXTRACTORS]


__all__ = ["EXTRACTORS", "Extractor", "Mention", "ReportView", "build_extractors"]
