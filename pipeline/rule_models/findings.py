"""The value patterns of the fields (rules/patterns.json: age, sex, size, Ki-67, grade). The
metastasis rules (rules/metastasis.json), once in this module, are in metastasis.py."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from .base import Count, Lexicon, NonNegative, Regex, RuleModel, Words


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
    introducing_patterns: Words  # ids of 'patterns' that introduce the patient
    trigger_window_chars: Count


Sex = Literal["female", "male"]


class BesideAge(RuleModel):
    after_chars: NonNegative
    after_words: NonNegative
    before_chars: NonNegative
    before_words: NonNegative


class ArticleNouns(RuleModel):
    female: Words = Field(default_factory=list)
    male: Words = Field(default_factory=list)


class SexRules(RuleModel):
    female: Words
    male: Words
    nouns: Words
    pronouns: Words
    letters: dict[str, Sex]
    titles: dict[str, Sex]
    labels: Words = Field(default_factory=list)
    article_nouns: ArticleNouns = Field(default_factory=ArticleNouns)  # r14: 'la paciente'
    phrase_patterns: list[NamedPattern] = Field(default_factory=list)  # r14: '80歳代男性'
    mesh_header: Regex  # r10b: 'MeSH terms', then 'Female' as one heading
    mesh_sexes: dict[str, Sex]
    mesh_reach_chars: Count
    noun_phrase_words: Words
    noun_phrase_window_chars: Count
    pronoun_majority: Annotated[float, Field(gt=0)]
    noun_phrase_gap_words: NonNegative
    beside_age: BesideAge


class Window(RuleModel):
    before: NonNegative
    after: NonNegative


class SizeRules(RuleModel):
    regex: Regex
    unit_mm: dict[str, Annotated[float, Field(gt=0)]]
    distance_after: Words
    distance_before: Words
    lesion_nouns: Words
    not_primary: Words
    specimen_cues: Words
    headline_sections: Words
    changed_size_words: Words  # r29: 'the tumour diameter decreased to 5 cm'
    max_mm: Count
    after_clause_breaks: Words
    lesion_suffixes: Words
    measure_verbs: Words
    range_words: Words
    specimen_sections: Words
    clause_chars: Count
    not_primary_window_words: Count
    lesion_window_words: Window
    headline_classes: Words
    phrase_articles: Words
    phrase_joiners: Words
    adjective_list_marks: Words  # 'a 3 cm firm, lobulated and solid mass': not counted in the lesion window
    margin_nouns: Words  # '5 cm gross tumour margins': a margin's width, not a size
    margin_reach_words: Count
    place_nouns: Words  # 'a 2 cm mass in the hepatic hilum': a place at the organ, not the organ
    extent_after_measure_verb: Words  # r4-path: 'measuring up to 9 cm': the greatest extent, not a bound
    extent_links: Words = []  # r17: 'the largest being up to 2 cm': a copula between the measure word and the extent
    operation_cues: Words  # r5-num: 'Distal pancreatectomy was performed. The tumour measured 35 mm.': the specimen's
    imaging_words: Words  # r5-num: ... unless the size's own sentence names an imaging study
    other_tumour_nouns: Words  # r5-num: 'a 4 cm adenocarcinoma of the colon': another tumour's size
    structure_nouns: Words  # r20: 'the common bile duct measuring 12 mm': a duct's or a vessel's size
    pronoun_subjects: Words  # r6-num: '... a pancreatic mass (Figure 1). It measured 3 cm': the lesion's size
    measure_sentence_words: Words  # r6-num: 'The maximal diameter was 31 mm' after the lesion's sentence
    spelled_number_reach_chars: Count  # r6-rules: 'a two-centimetre mass': the number before its unit word
    operation_scope_chars: Count  # r6-rules: how far back an operation cue makes a size the specimen's
    container_verbs: Words  # r6c-num: 'the specimen, 12 cm, contained a 3 cm tumour': the specimen's size
    contained_lesion_nouns: Words  # r6c-num: ... when the size after the verb names a tumour
    container_reach_chars: Count  # r6c-num: how far after a size the verb and the tumour's size are read
    superlatives: Words  # r10c: 'several liver lesions, the largest 45 mm': one of those lesions
    superlative_reach_words: Count  # r10c: ... their phrase's words after its noun ('lesions in the liver')
    superlative_back_words: Count  # r26: 'three tumours, the largest of which was 45 mm': how far back it counts
    segment_organ_nouns: Words  # r12-size: 'terminal ileum 300 mm, caecum 150 mm': a resected part's length
    palpation_cues: Words  # r12-size: 'On physical examination, a 4 cm mass': ranked after a measured size
    region_organs: Words  # r12-size: 'a mediastinal mass': a region that holds the primary, not another organ
    neighbour_organs: Lexicon  # r12-size: primary organ -> organs its lesion may be named by ('urachus' -> 'bladder')


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
    bracket_after_value: Regex  # 'a proliferative index of 3% (Ki-67)'
    keyword_after_value: Regex  # 'a 10-15% Ki-67 proliferation index'
    definitive_sections: Words
    value_reach_chars: Count
    area_reach_chars: Count
    # r5-num: 'Ki-67 staining of the resected specimen showed a labelling index of 3%': farther, after an index noun
    long_gap_chars: Count
    index_noun_before_value: Regex
    long_gap_blockers: Words
    by_keyword_after_value: Regex  # r5-num: 'a proliferation index of 20% by Ki-67'
    index_alone: Regex  # r5-num: 'Ki-67 staining was done. The labelling index was 5%.'
    index_alone_reach_chars: Count
    lesser_tumour_cues: Words  # r6-num: '25% in the liver metastasis and 8% in the primary': not the index tumour's
    unit_first_after_keyword: Regex  # r6-num: 'Ki-67 index (%): 12'
    index_tumour_cues: Words  # r6-num: ... the index tumour's
    value_stop_abbreviations: Words  # r9: 'approx. 5%': a point after one of these ends no clause
    number_words: dict[str, NonNegative] = Field(default_factory=dict)  # r12-mk: 'five percent'


class GradingSchemeRules(RuleModel):  # r6-rules: 'G1: Ki-67 <3%; G2: 3-20%' is the WHO scheme, not a finding
    grade: Regex  # its group 'g' is the grade, read through GradeRules.map
    index_words: Regex  # after the Ki-67 keyword: 'Ki-67 index of <3%'
    count_value: Regex  # a mitotic-count threshold: '<2 mitoses', '2-20/10 HPF'
    item_gap_chars: Count

    @field_validator("grade")
    @classmethod
    def _names_the_grade(cls, pattern: str) -> str:
        if "(?P<g>" not in pattern:
            raise ValueError("needs a group 'g' that holds the grade: (?P<g>...)")
        return pattern


class GradeRules(RuleModel):
    patterns: list[GradePattern]
    map: dict[str, Literal["G1", "G2", "G3"]]
    tumour_words: Words
    blockers: Words
    window_tokens: Count
    tumour_suffixes: Words = Field(default_factory=list)
    clause_chars: Count
    blocker_after_words: NonNegative
    premodified_words: NonNegative  # r11: 'anaemia, in whom a grade 1 gastric NET': the grade's own tumour noun
    scheme: GradingSchemeRules
    # r7b: a grade after the operation's sentence is the resected tumour's, unless its own names a biopsy
    biopsy_words: Words = Field(default_factory=list)


class PatternRules(RuleModel):
    clause_max_chars: Count  # r6-rules: the clause read around a size or a Ki-67 value (extractors/clauses.py)
    contrast_words: Words = Field(default_factory=list)  # r11-mk: ', while ' parts a Ki-67's or a grade's clause
    age: AgeRules
    sex: SexRules
    size: SizeRules
    ki67: Ki67Rules
    grade: GradeRules
