"""rules/context.json: the ConText cues (one ContextCue per rule, as medspaCy's ConTextRule) and the
clause boundaries, index-patient cues and generic statements around them."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import Count, MentionLabel, NonNegative, Regex, RuleModel, Words


# --- context.json ------------------------------------------------------------------------------
class ContextDefaults(RuleModel):
    max_scope: Count  # tokens a cue reaches unless it sets its own
    noun_phrase_reach_tokens: Count  # r6-rules: back to the determiner of a family cue's own noun phrase
    index_undoer_reach_tokens: Count  # r12: '... was reported by Lee' undoes 'case of a' that far back
    negated_list_commas: Count  # r16: a denied list this long reaches past max_scope ...
    negated_list_reach_tokens: Count  # ... this far, within its clause
    only_other_patient: list[MentionLabel]


class ContextCue(RuleModel):
    """One ConText rule (context.py): its phrases, what it marks and which way its scope runs."""
    category: Literal["NEGATED", "REFUSED", "HYPOTHETICAL", "HISTORICAL", "OTHER_PATIENT", "PSEUDO", "TERMINATE"]
    direction: Literal["forward", "backward", "bidirectional", "terminate"]
    phrases: Words
    allowed_types: list[MentionLabel] = Field(default_factory=list)  # none: every label
    max_scope: NonNegative | None = None  # 0: up to the clause's end
    yields_to_index_patient: bool = True
    requires_in_clause: Words = Field(default_factory=list)
    blocked_in_clause: Words = Field(default_factory=list)
    # r8-a: the blocked words count only from the cue's scope on, not in the clause before it
    blocked_from_scope: bool = False
    noun_phrase_starts: Words = Field(default_factory=list)
    object_prepositions: Words = Field(default_factory=list)
    ends_at: Words = Field(default_factory=list)  # words that end a forward cue's scope ('showed')
    # r19: terminators a forward cue reads over ('breast cancer treated with mastectomy': the treatment is the cancer's)
    crosses: Words = Field(default_factory=list)
    after_count: bool = False  # r5b-trt: a cue only right after a number ('to 4 patients')
    count_determiners: Words = Field(default_factory=list)  # 'the 2 patients', 'our 3 cases' are the report's own

    @model_validator(mode="after")
    def _consistent(self):
        if (self.direction == "terminate") != (self.category == "TERMINATE"):
            raise ValueError("direction 'terminate' goes with category 'TERMINATE' and only with it "
                             f"(got {self.category!r} with {self.direction!r})")
        if self.ends_at and self.direction != "forward":
            raise ValueError("ends_at ends a forward scope only")
        if self.crosses and self.direction != "forward":
            raise ValueError("crosses reads over the terminators of a forward scope only")
        if self.blocked_from_scope and not self.blocked_in_clause:
            raise ValueError("blocked_from_scope needs blocked_in_clause")
        if self.noun_phrase_starts and not self.object_prepositions:
            raise ValueError("noun_phrase_starts needs object_prepositions")
        return self


class SkipInCuesRules(RuleModel):
    words: Words
    suffix: str
    min_length: Count
    not_adverbs: Words
    window_tokens: Count  # r6-rules: each side of a skipped word, what a cue spanning it can reach


class OpeningClauseRules(RuleModel):
    clause_openers: Words  # 'although', 'even though', 'while': a clause with its own verb
    phrase_openers: Words  # 'despite', 'unlike', 'in contrast to': a noun phrase
    verbs: Words  # the verb words after which the clause may close ('were', 'found'; and the present words)
    patient_words: Words  # 'she', 'his': a sentence that names a patient keeps the literature in its phrase
    verb_suffixes: Words  # and the participles ('-ed')
    list_words: Words  # a comma they follow continues a list, not the sentence ('including', 'and')


class ExaminationClauseRules(RuleModel):
    nouns: Words  # 'ct', 'sonography': an examination as the subject of the clause after ', and'
    noun_reach_tokens: Count  # how far after 'and' the examination may stand ('and abdominal CT')
    verbs: Words  # 'showed', 'revealed': its finite reporting verb
    verb_reach_tokens: Count  # how far after the examination ('CT of the abdomen revealed')


class CoordinatedClauseRules(RuleModel):
    left_verbs: Words  # 'was', 'showed': the finite verb of the clause before a bare 'and'
    left_reach_tokens: Count  # how far back from 'and' that verb is looked for
    left_subordinators: Words  # 'that': a verb before them heads a clause whose subject may span the 'and'
    right_verbs: Words  # 'was', 'were': the finite verb of the clause after it
    subject_reach_tokens: Count  # the most words of its subject between 'and' and that verb


class ClauseBoundaryRules(RuleModel):
    words: Words
    after_comma: Words
    # h24-trt: 'after_comma' phrases that do not end an other-patient scope ('similar cases, with ...')
    other_patient_crosses: Words = Field(default_factory=list)
    # r10b: 'after_comma' phrases that end an other-patient scope only (', she': the patient's main clause)
    other_patient_only: Words = Field(default_factory=list)
    # r12: phrases after a comma that compare the finding with other cases (', similar to reported cases'):
    # a boundary for other-patient cues and generic statements only
    comparisons: Words = Field(default_factory=list)
    opening_clauses: OpeningClauseRules  # r10b: 'Although ..., <main clause>': the closing comma
    examination_clauses: ExaminationClauseRules  # r13: ', and abdominal CT showed ...': a clause of its own
    coordinated_clauses: CoordinatedClauseRules  # r18: 'liver metastases were found and chemotherapy was considered'
    # r18: 'Insulinomas are usually sporadic, but may occur with MEN1': a verb right after 'but' keeps the subject
    but_shared_subject: Words = Field(default_factory=list)

    @model_validator(mode="after")
    def _crossings_are_boundaries(self):
        unknown = [p for p in self.other_patient_crosses + self.other_patient_only if p not in self.after_comma]
        if unknown:
            raise ValueError(f"other_patient_crosses and other_patient_only must be after_comma phrases: {unknown}")
        return self


class GenericStatementRules(RuleModel):
    allowed_types: list[MentionLabel]
    present_words: Words
    anchors: Words
    # r25: an anchor right before one of these speaks of what is known, not of the patient ('it is now recognized')
    knowledge_words: Words = Field(default_factory=list)
    # h23 site: types that are generic only beside a plural class noun ('G1 NETs have a Ki-67 index under 3%')
    class_types: list[MentionLabel] = Field(default_factory=list)
    class_nouns: Words = Field(default_factory=list)
    class_determiners: Words = Field(default_factory=list)  # 'both tumours', 'the NETs': not the class
    # r5b-meta: types that are generic only beside a word of the class's behaviour ('SCLC is an aggressive
    # disease with early distant metastases', 'they are metastases from other organs')
    spread_types: list[MentionLabel] = Field(default_factory=list)
    spread_markers: Words = Field(default_factory=list)
    # r22: types that are generic where a proportion opens the clause ('some 5% may arise within MEN1')
    proportion_types: list[MentionLabel] = Field(default_factory=list)
    proportion_marks: Words = Field(default_factory=list)
    proportion_openers: Words = Field(default_factory=list)  # what may stand before it: 'about', 'up to'


class IndexPatientOpening(RuleModel):
    """r12: 'A 60-year-old man ...' opening a sentence names the index patient (context.py)."""
    label_words: Words  # words of a label that may stand before the article ('Case summary')
    age_shape: Regex  # the age that follows the article
    reach_words: int = Field(ge=0, le=5)  # words allowed between the article and the age ('a previously healthy')


class OwnReportVerbs(RuleModel):
    """r28: 'we report', 'we herein present', 'we, hereby, describe' name the index patient (index_patient.py)."""
    subjects: Words
    between: Words  # adverbs and marks that may stand between the subject and its verb
    max_between: int = Field(ge=0, le=5)
    verbs: Words


class ContextRules(RuleModel):
    defaults: ContextDefaults
    cues: list[ContextCue]
    index_patient_cues: Words
    index_patient_opening: IndexPatientOpening
    own_report_verbs: OwnReportVerbs
    index_patient_cue_undoers: Words = Field(default_factory=list)  # 'the patient reported by ...'
    skip_in_cues: SkipInCuesRules
    clause_boundaries: ClauseBoundaryRules
    generic_statements: GenericStatementRules
