"""The models of the rules files: one class per file in rules/, its keys as fields.

rule_schemas.py validates a file against its model (SCHEMAS) and words the errors. Every model
derives from base.RuleModel: it refuses unknown keys and ignores '_' comments ('_doc'); a key with
a default is optional (the code reads it with a default too); numbers carry the bounds under
which they make sense. Only the shape is checked here, never a rule's meaning: the entry probes
and the ablation test (tests/) judge that.

A new rules file gets a model in one of these modules and an entry in SCHEMAS (rules.RULE_FILES is
SCHEMAS' names, in order); a new key in a file gets a field on its model.
"""
from __future__ import annotations

from .base import SECTION_LABELS_BUILT_IN, LexiconLabel, MentionLabel, RuleModel
from .context import ContextCue, ContextRules
from .document import ReadingRules, SectionRules
from .findings import PatternRules
from .lexicons import FuzzyRules, MarkerRules, NerRules, SiteRules
from .metastasis import MetastasisRules
from .second_set import HistologyRules, MitosesRules, OutcomeRules, SyndromeRules
from .treatments import DrugNameRules, TreatmentRules

__all__ = ["SCHEMAS", "SECTION_LABELS_BUILT_IN", "ContextCue", "LexiconLabel", "MentionLabel", "RuleModel"]

SCHEMAS: dict[str, type[RuleModel]] = {
    "reading": ReadingRules, "sections": SectionRules, "markers": MarkerRules, "sites": SiteRules,
    "treatments": TreatmentRules, "drug_names": DrugNameRules, "fuzzy": FuzzyRules, "metastasis": MetastasisRules,
    "context": ContextRules, "patterns": PatternRules, "ner": NerRules,
    "histology": HistologyRules, "mitoses": MitosesRules, "syndromes": SyndromeRules, "outcome": OutcomeRules,
}
