"""One extractor per field, all of the shape in base.py, run in this order (later ones may read
earlier values: metastasis sites leave out the primary site)."""
from .base import Extractor, Mention, ReportView
from .demographics import AgeExtractor, SexExtractor
from .grade import GradeExtractor
from .ki67 import Ki67Extractor
from .markers import MarkerExtractor
from .metastasis import MetastasisExtractor
from .outcome import OutcomeExtractor
from .primary_site import PrimarySiteExtractor
from .syndromes import FunctionalSyndromeExtractor, HereditarySyndromeExtractor
from .treatments import TreatmentExtractor
from .tumor_size import TumorSizeExtractor

EXTRACTORS = (AgeExtractor, SexExtractor, PrimarySiteExtractor, TumorSizeExtractor, Ki67Extractor,
              GradeExtractor, MarkerExtractor, MetastasisExtractor, TreatmentExtractor,
              FunctionalSyndromeExtractor, HereditarySyndromeExtractor, OutcomeExtractor)


def build_extractors(rules) -> list[Extractor]:
    return [cls(rules) for cls in EXTRACTORS]


__all__ = ["EXTRACTORS", "Extractor", "Mention", "ReportView", "build_extractors"]
