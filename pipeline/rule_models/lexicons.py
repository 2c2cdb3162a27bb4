"""The lexicons and what reads them: rules/markers.json, sites.json, fuzzy.json (misspelt names) and
ner.json (scispaCy's entities). The treatment lexicons have a module of their own (treatments.py)."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from .base import (
    Count,
    Lexicon,
    LexiconLabel,
    NonNegative,
    Regex,
    RuleModel,
    Words,
    _without_comments,
)


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
    premodifiers: Words  # r5-mark: 'showed positive chromogranin A'
    premodifier_objects: Words  # r5b-trt: 'positive staining of the tumour cells for chromogranin A'
    premodifier_object_min_words: Count  # r5b-trt: 'positive for' is a cue of its own
    predicate_verbs: Words
    panel_verbs: Words  # r6-mark: 'stains for A, B and C were performed' states no result
    negator_reach_tokens: Count
    max_walk_tokens: Count
    backward_reach_tokens: Count
    # r9c: 'Stains for A, B and C were performed. However, all were negative.': the next sentence's result
    result_sentence: Regex | None = None
    # r10a: 'Stains for A and B were performed; all were negative': where the result clause of the panel's own
    # sentence starts (tokens; once written in marker_anaphora.py)
    result_clause_openers: Words
    # r9c: 'strong staining within the tumour cells for ACTH': words that make a noun cue a result
    result_premodifiers: Words = Field(default_factory=list)
    # r11-mk: 'positively', 'negatively': never left out of a polarity cue as an adverb ('stained negatively for')
    polar_adverbs: Words = Field(default_factory=list)
    # r11-mk: 'No tumour cells were positive for CK7': a negated subject before a positive cue
    subject_negators: Words = Field(default_factory=list)
    negated_subject_words: Words = Field(default_factory=list)
    # r12-mk: 'the diagnosis was confirmed by IHC (CgA, Syn)': stains named as the diagnosis's basis are positive
    basis_words: Words = Field(default_factory=list)
    basis_blockers: Words = Field(default_factory=list)
    basis_stain_regex: Regex = "^$"
    basis_reach_tokens: NonNegative = 0


class EllipticalPattern(RuleModel):
    regex: Regex
    template: str
    needs: str


class EllipticalRules(RuleModel):
    separator: Regex
    patterns: list[EllipticalPattern]
    reach_chars: Count


class MarkerRules(RuleModel):
    markers: Lexicon
    clones: Lexicon
    clone_carriers: Words
    polarity: PolarityRules
    shapes: Words = Field(default_factory=list)
    antibody_prefixes: Words = Field(default_factory=list)  # r12-mk: 'anti-CD56' is the CD56 stain
    symbol_shape: str = ""  # r12-mk: a stain symbol the vocabulary lacks, in a list of known ones ('MUM1')
    symbol_gene_words: Words = Field(default_factory=list)  # ... and not a gene's ('MEN1 mutation')
    elliptical: EllipticalRules
    clone_marker: str  # the canonical marker a clone name is a clone of ('cytokeratin')
    clone_reach_tokens: Count
    serum_reach_tokens: Count

# --- sites.json --------------------------------------------------------------------------------
class PrimaryCueRules(RuleModel):
    tumour_nouns: Words
    specific_tumour_nouns: Words
    distant_plural_nouns: Words  # r12: 'masses' in a distant organ vote for no primary
    location_words: Words
    measure_words: Words
    site_tumour_breaks: Words
    site_adjective_suffixes: Words  # r17: 'a carcinoid arising in an inflamed appendix'
    host_lesion_words: Words  # r29: 'a NET arising in a mature cystic teratoma of the ovary'
    postnominal_site_suffixes: Words = Field(default_factory=list)  # r24: 'carcinoide tímico', 'tumeur gastrique'
    postnominal_skips: Words = Field(default_factory=list)  # r24: 'tumor neuroendócrino bem diferenciado gástrico'
    origin_prepositions: Words
    spread_prepositions: Words
    metastasis_organs: Words
    never_primary: Words  # r27: the pituitary of MEN1's adenoma, or a metastasis: a NET report's primary never
    primary_words: Words
    primary_links: Words  # r5-meta: 'the primary site was the ileum'
    primary_link_reach_tokens: Count
    apposition_articles: Words
    deposit_prepositions: Words  # 'metastatic NET in the breast': the breast holds a deposit
    origin_nouns: Words  # 'a NET of ileal origin': the site votes as a primary
    metastasis_origin_words: Words  # r4-meta: 'metastasized from the cervix' names the primary
    hormone_production_words: Words  # 'pancreatic insulin-producing tumour'
    container_verbs: Words  # r6-sites: 'the appendix contained a 12 mm NET'
    container_subject_words: Words  # r6-sites: 'The resected terminal ileum contained ...'
    container_reach_tokens: Count
    examined_lesion_nouns: Words  # r6-sites: 'biopsy of the gastric polyps showed NETs'
    placing_participles: Words  # r6-sites: 'The tumour, located in the duodenum, measured 15 mm'
    feature_nouns: Words  # r20: 'a mass with central necrosis in the pancreatic tail'
    feature_reach_tokens: Count
    recurrence_nouns: Words  # r12: 'the recurrence of the tumour in the lung' places no primary
    recurrence_reach_tokens: Count
    complication_nouns: Words  # r10c: 'a jejunal stricture due to a mass': the complication's organ votes
    cause_links: Words  # r10c: ... 'due to', 'caused by' the tumour noun


class UnknownPrimaryRules(RuleModel):
    phrases: Words
    presenting_sites: Words


class PrimaryVoteWeights(RuleModel):
    primary: Annotated[float, Field(ge=0)]
    specific: Annotated[float, Field(ge=0)]
    generic: Annotated[float, Field(ge=0)]


class TopicRules(RuleModel):  # r4-meta: 'Laryngeal NETs are rare' in the introduction
    sections: Words
    copulas: Words
    reach_tokens: NonNegative
    label_tokens: NonNegative


class PrimaryVoteRules(RuleModel):
    weights: PrimaryVoteWeights
    metastatic_organ_factor: Annotated[float, Field(ge=0)]
    index_sentence_factor: Annotated[float, Field(ge=0)]
    title_factor: Annotated[float, Field(ge=0)]
    part_share: Annotated[float, Field(ge=0, le=1)]
    part_named_with: Words = Field(default_factory=list)  # r14: 'lesions were found in his jejunum'
    part_named_regions: Words = Field(default_factory=list)  # r14: the regions that say no part
    primary_reach_tokens: Count
    site_tumour_gap_tokens: NonNegative
    hormone_phrase_tokens: NonNegative  # 'pancreatic vasoactive intestinal peptide-producing tumor'
    tumour_before_site_tokens: NonNegative
    aside_reach_tokens: Count
    apposition_reach_tokens: Count
    topic: TopicRules  # r4-meta: a generic statement in the introduction names the report's tumour type
    cause_reach_tokens: Count  # r10c: 'a jejunal stricture due to an intraluminal mass': words before the tumour


class TitleRules(RuleModel):
    search_sentences: Count
    max_chars: Count
    min_tokens: Count
    sections: Words
    case_report_endings: Words  # r3-synd: 'X: A Case Report' on a line of its own is the title
    review_tail_words: Words  # r6-rules: 'X: A Case Report and Review of the Literature'
    review_tail_before_chars: Count
    review_tail_after_chars: Count
    citation_mark: Regex  # r26: a sentence with a citation mark ('[7]', '(1,2)') is no title
    self_citation: Regex  # r27: 'Citation: Authors. Title. Journal ...': the page's own title, where no line holds it


class SegmentRules(RuleModel):  # r11: 'a metastasis in segment IV' is in the liver
    site: str
    nouns: Words
    numerals: Words  # matched as written


class OperationOrganRules(RuleModel):  # r11: 'underwent appendectomy; histology revealed a NET'
    organs: Lexicon  # organ -> the operations named for it
    pathology_openers: Words
    opener_reach_tokens: Count
    qualifier_reach_tokens: Count
    found_words: Words = Field(default_factory=list)  # r14: 'a carcinoid was found at appendectomy'


class SiteRules(RuleModel):
    sites: Lexicon
    sites_as_written: Lexicon  # r10b: 'LN', 'LNs' as the lymph nodes, matched case-sensitively
    segments: SegmentRules  # r11: the liver's numbered segments
    operation_organs: OperationOrganRules  # r11: the organ an operation is named for
    distant: Words
    primary_cues: PrimaryCueRules
    part_of: Annotated[dict[str, str], BeforeValidator(_without_comments)]  # organ -> the region it is part of
    local_extension: Lexicon  # r10b: primary organ -> the neighbours its T stage names ('cervix' -> 'vagina')
    unknown_primary: UnknownPrimaryRules
    primary_vote: PrimaryVoteRules
    title: TitleRules

# --- fuzzy.json --------------------------------------------------------------------------------
class FuzzyRules(RuleModel):
    labels: dict[Literal["markers", "treatments", "sites"], LexiconLabel]  # rules file with a lexicon -> label
    min_length: Count
    max_edits: Annotated[int, Field(ge=0, le=3)]
    max_edits_long: Annotated[int, Field(ge=0, le=3)]
    long_from: Count
    skip_canonicals: Words
    never: Words

# --- ner.json ----------------------------------------------------------------------------------
class NerRules(RuleModel):
    roles: dict[str, LexiconLabel]  # scispaCy entity label -> the mention label it can stand for
    context: dict[LexiconLabel, Words]
    excluded_words: Words
    treatment_frame_before: Words
    treatment_frame_after: Words
    implausible_suffixes: Words
