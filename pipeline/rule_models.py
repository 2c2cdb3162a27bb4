"""The models of the rules files: one class per file in rules/, its keys as fields.

Read with rule_schemas.py, which validates a file against its model and words the errors. Every
model refuses unknown keys and ignores '_' comments ('_doc'); a key with a default is optional
(the code reads it with a default too); numbers carry the bounds under which they make sense.
Only the shape is checked here, never a rule's meaning: the entry probes and the ablation test
(tests/) judge that.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

__all__ = ["SCHEMAS", "SECTION_LABELS_BUILT_IN", "MentionLabel", "RuleModel"]


def _without_comments(data):
    """Keys starting with '_' are comments ('_doc', '_why'), or lexicon entries left out on purpose."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("_"))}
    return data


class RuleModel(BaseModel):
    """Base of every rules model: unknown keys are errors, '_' keys are comments, no type coercion
    (a "3" where a number belongs is an error, not a 3)."""
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_comments(cls, data):
        return _without_comments(data)


Words = list[str]
Lexicon = Annotated[dict[str, list[str]], BeforeValidator(_without_comments)]  # canonical -> synonyms
Regex = str  # compiled by the stage that uses it (some hold {placeholders} filled in first)
Count = Annotated[int, Field(ge=1)]
NonNegative = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]

# The mention labels a rule can name (a cue's allowed types, the NER roles, the fuzzy lexicons).
MentionLabel = Literal["AGE", "SEX", "SIZE", "KI67", "GRADE", "TREATMENT", "METASTASIS", "SITE", "MARKER"]
LexiconLabel = Literal["TREATMENT", "SITE", "MARKER"]
# Section labels that the splitter gives besides the classes of rules/sections.json.
SECTION_LABELS_BUILT_IN = ("front_matter", "figure_legend", "patient_table", "literature_table", "table")


# --- reading.json ------------------------------------------------------------------------------
class MatchBudgetRules(RuleModel):
    base: NonNegative
    per_kb: NonNegative
    per_kb_of: dict[str, NonNegative] = {}


class ReadingRules(RuleModel):
    block_tags: Words
    inline_tags: Words
    compound_prefixes: Words
    wrap_min_line: Count
    wrap_max_line: Count
    wrap_share: Share
    wrap_min_lines: Count
    decimal_comma_units: Words
    wrap_open_share: Share
    match_budget: MatchBudgetRules

    @model_validator(mode="after")
    def _wrap_range(self):
        if self.wrap_min_line > self.wrap_max_line:
            raise ValueError(f"wrap_min_line ({self.wrap_min_line}) is above wrap_max_line ({self.wrap_max_line})")
        return self


# --- sections.json -----------------------------------------------------------------------------
class ResumeRules(RuleModel):
    min_chars: Count
    reference_line: Regex
    needs: Regex
    not_if: Regex
    reference_list_line: Regex


class HeaderLimits(RuleModel):
    line_header_max_chars: Count
    prefix_header_max_chars: Count
    prefix_header_max_words: Count
    flat_line_min_chars: Count
    table_caption_window_chars: Count


class SectionRules(RuleModel):
    classes: Lexicon  # section label -> header phrases (first: the label lists below are checked against it)
    feeds_row: Words
    index_cue_classes: Words
    figure_caption: Regex
    table_caption: Regex
    patient_table_cues: Words
    literature_table_cues: Words
    inline_header_in_flat_text: Words
    case_subsections: Words
    implicit_case_start: Regex
    implicit_case_in: Words
    sentence_abbreviations: Words
    table_ends_at_prose_line_of: Count
    strong_flat_headers: Words
    furniture: dict[Annotated[str, Field(pattern=r"^[A-Za-z_]\w*$")], Regex]  # names become regex groups
    header_limits: HeaderLimits
    furniture_max_line: Count
    flat_figure_caption: Regex
    flat_table_caption: Regex
    midline_case_needs: Regex
    resume_after_back_matter: ResumeRules

    @field_validator("feeds_row", "index_cue_classes", "implicit_case_in")
    @classmethod
    def _known_labels(cls, labels: list[str], info: ValidationInfo) -> list[str]:
        known = set(info.data.get("classes", ())) | set(SECTION_LABELS_BUILT_IN)
        for i, label in enumerate(labels):
            if label not in known:
                raise ValueError(f"item {i}: expected a section label ({', '.join(sorted(known))}), got {label!r}")
        return labels


# --- markers.json ------------------------------------------------------------------------------
class PolarityRules(RuleModel):
    positive_forward: Words
    negative_forward: Words
    noun_backward: Words
    noun_forward: Words
    positive_backward: Words
    negative_backward: Words
    serum_context: Words
    imaging_context: Words
    max_gap_tokens: Count
    walk_stops: Words
    list_words: Words
    suffix_regex: Regex
    strong_stain_words: Words
    attached_sign_regex: Regex
    negators: Words
    adjacent_only: Words
    predicate_verbs: Words


class EllipticalPattern(RuleModel):
    regex: Regex
    template: str
    needs: str


class EllipticalRules(RuleModel):
    separator: Regex
    patterns: list[EllipticalPattern]


class MarkerRules(RuleModel):
    markers: Lexicon
    clones: Lexicon
    clone_carriers: Words
    polarity: PolarityRules
    shapes: Words = []
    elliptical: EllipticalRules


# --- sites.json --------------------------------------------------------------------------------
class PrimaryCueRules(RuleModel):
    tumour_nouns: Words
    specific_tumour_nouns: Words
    location_words: Words
    measure_words: Words
    site_tumour_breaks: Words
    origin_prepositions: Words
    spread_prepositions: Words
    metastasis_organs: Words


class UnknownPrimaryRules(RuleModel):
    phrases: Words
    presenting_sites: Words


class SiteRules(RuleModel):
    sites: Lexicon
    distant: Words
    primary_cues: PrimaryCueRules
    part_of: Annotated[dict[str, str], BeforeValidator(_without_comments)]  # organ -> the region it is part of
    unknown_primary: UnknownPrimaryRules


# --- treatments.json and drug_names.json -------------------------------------------------------
class RadionuclideRules(RuleModel):
    regex: Regex
    therapy_elements: Words
    therapy_words: Words
    imaging_words: Words
    needs_any: Words


class TreatmentRules(RuleModel):
    treatments: Lexicon
    regimens: Lexicon  # regimen -> its treatments
    classes: Lexicon  # class -> its treatments
    imaging_cues: Words
    excluded_heads: Words
    surgery_suffixes: Words = []
    radionuclide: RadionuclideRules
    excluded_modifiers: Words
    institution_words: Words


class DrugNameRules(RuleModel):
    drug_names: Lexicon


# --- fuzzy.json --------------------------------------------------------------------------------
class FuzzyRules(RuleModel):
    labels: dict[Literal["markers", "treatments", "sites"], LexiconLabel]  # rules file with a lexicon -> label
    min_length: Count
    max_edits: Annotated[int, Field(ge=0, le=3)]
    max_edits_long: Annotated[int, Field(ge=0, le=3)]
    long_from: Count
    skip_canonicals: Words
    never: Words


# --- metastasis.json ---------------------------------------------------------------------------
class TnmRules(RuleModel):
    regex: Regex
    node_site: str


class NodePredicateRules(RuleModel):
    verbs: Words
    words: Words
    zero_counts: Words
    negative_words: Words
    object_verbs: Words
    objects: Words


class ImagedOrganRules(RuleModel):
    imaging: Words
    verbs: Words


class OrganSubjectRules(RuleModel):
    auxiliaries: Words
    prepositions: Words


class MetastasisRules(RuleModel):
    prefixes: Words
    phrases: Words
    site_after_prepositions: Words
    lesion_nouns: Words
    found_verbs: Words
    distant_lesion_nouns: Words
    benign_qualifiers: Words
    max_list_gap: NonNegative
    list_joiners: Words
    adjective_suffixes: Words
    distant_only_words: Words
    found_verb_suffixes: Words
    summary_phrases: Words
    tnm: TnmRules
    pathology_words: Words
    node_predicate: NodePredicateRules
    imaged_organ: ImagedOrganRules
    organ_subject: OrganSubjectRules
    other_side_words: Words


# --- context.json ------------------------------------------------------------------------------
class ContextDefaults(RuleModel):
    max_scope: Count  # tokens a cue reaches unless it sets its own
    only_other_patient: list[MentionLabel]


class ContextCue(RuleModel):
    """One ConText rule (context.py): its phrases, what it marks and which way its scope runs."""
    category: Literal["NEGATED", "REFUSED", "HYPOTHETICAL", "HISTORICAL", "OTHER_PATIENT", "PSEUDO", "TERMINATE"]
    direction: Literal["forward", "backward", "bidirectional", "terminate"]
    phrases: Words
    allowed_types: list[MentionLabel] = []  # none: every label
    max_scope: NonNegative | None = None  # 0: up to the clause's end
    yields_to_index_patient: bool = True
    requires_in_clause: Words = []
    blocked_in_clause: Words = []
    noun_phrase_starts: Words = []
    object_prepositions: Words = []

    @model_validator(mode="after")
    def _consistent(self):
        if (self.direction == "terminate") != (self.category == "TERMINATE"):
            raise ValueError("direction 'terminate' goes with category 'TERMINATE' and only with it "
                             f"(got {self.category!r} with {self.direction!r})")
        if self.noun_phrase_starts and not self.object_prepositions:
            raise ValueError("noun_phrase_starts needs object_prepositions")
        return self


class SkipInCuesRules(RuleModel):
    words: Words
    suffix: str
    min_length: Count
    not_adverbs: Words


class ClauseBoundaryRules(RuleModel):
    words: Words
    after_comma: Words


class GenericStatementRules(RuleModel):
    allowed_types: list[MentionLabel]
    present_words: Words
    anchors: Words


class ContextRules(RuleModel):
    defaults: ContextDefaults
    cues: list[ContextCue]
    index_patient_cues: Words
    skip_in_cues: SkipInCuesRules
    clause_boundaries: ClauseBoundaryRules
    generic_statements: GenericStatementRules


# --- patterns.json -----------------------------------------------------------------------------
class NamedPattern(RuleModel):
    id: str
    regex: Regex
    case_sensitive: bool = False


class GradePattern(NamedPattern):
    stands_alone: bool = False  # 'G2' and 'Grade: 2' need no tumour word beside them


class AgeRules(RuleModel):
    patterns: list[NamedPattern]
    trigger: Regex
    max_years: Count
    number_words: dict[str, Count]


Sex = Literal["female", "male"]


class SexRules(RuleModel):
    female: Words
    male: Words
    nouns: Words
    pronouns: Words
    letters: dict[str, Sex]
    titles: dict[str, Sex]
    labels: Words = []
    noun_phrase_words: Words


class SizeRules(RuleModel):
    regex: Regex
    unit_mm: dict[str, Annotated[float, Field(gt=0)]]
    distance_after: Words
    distance_before: Words
    lesion_nouns: Words
    not_primary: Words
    specimen_cues: Words
    headline_sections: Words
    max_mm: Count
    after_clause_breaks: Words
    lesion_suffixes: Words
    measure_verbs: Words
    range_words: Words
    specimen_sections: Words


class Ki67Rules(RuleModel):
    keyword: Regex
    value: Regex
    max_gap_chars: Count
    upper_ops: Words
    lower_ops: Words
    area_cues: Words
    other_tumour_cues: Words
    definitive_cues: Words
    reverse: Regex


class GradeRules(RuleModel):
    patterns: list[GradePattern]
    map: dict[str, Literal["G1", "G2", "G3"]]
    tumour_words: Words
    blockers: Words
    window_tokens: Count
    tumour_suffixes: Words = []


class PatternRules(RuleModel):
    age: AgeRules
    sex: SexRules
    size: SizeRules
    ki67: Ki67Rules
    grade: GradeRules


# --- ner.json ----------------------------------------------------------------------------------
class NerRules(RuleModel):
    roles: dict[str, LexiconLabel]  # scispaCy entity label -> the mention label it can stand for
    context: dict[LexiconLabel, Words]
    excluded_words: Words
    treatment_frame_before: Words
    treatment_frame_after: Words
    implausible_suffixes: Words


SCHEMAS: dict[str, type[RuleModel]] = {
    "reading": ReadingRules, "sections": SectionRules, "markers": MarkerRules, "sites": SiteRules,
    "treatments": TreatmentRules, "drug_names": DrugNameRules, "fuzzy": FuzzyRules, "metastasis": MetastasisRules,
    "context": ContextRules, "patterns": PatternRules, "ner": NerRules,
}
