"""The rules files of the second set of fields (issue #23): histology.json and mitoses.json (the
pathology class and the mitotic count), syndromes.json (hormonal and hereditary syndromes) and
outcome.json (status at the last follow-up and its time)."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import Count, Lexicon, NonNegative, Regex, RuleModel, Words

Class = Literal["NET", "NEC", "MiNEN"]
Grade = Literal["G1", "G2", "G3"]
Positive = Annotated[float, Field(gt=0)]


# --- histology.json ----------------------------------------------------------------------------
class HistologyRules(RuleModel):
    specific: dict[Class, Words]  # class -> the phrases that name it
    generic: dict[Class, Words]  # phrases used only when no specific one is usable
    grade_suffix: Regex
    precedence: list[Class]
    definitive_cues: Words
    not_before: Words
    plural_index_cues: Words
    net_words: Words  # any case: a report without these (nor the abbreviations) is flagged no_net_mentioned
    net_abbreviations: Words  # as written
    mixed_cues: Words  # r3-synd: a neuroendocrine class with another carcinoma and one of these in its clause -> MiNEN
    mixed_other_carcinomas: Words  # r3-synd: the non-neuroendocrine components of a mixed neoplasm
    abbreviation_head_nouns: Words  # r6-rules: 'gastric carcinoid tumours (GCTs)': the head noun before the bracket
    abbreviation_organ_words: Count = 0  # r17: 'small cell carcinoma of the prostate (SCCP)': the organ's words


# --- mitoses.json ------------------------------------------------------------------------------
class Band(RuleModel):
    below: Positive | None = None
    above: Positive | None = None
    # 'from' is a Python keyword: the JSON key is read through its alias
    start: Annotated[float | None, Field(alias="from", ge=0)] = None
    to: Positive | None = None


class MitosesRules(RuleModel):
    count_words: Words
    zero_words: Words
    upper_ops: Words
    lower_ops: Words
    range_joiners: Words
    areas: Lexicon  # normalised area unit -> its spellings
    per_words: Words
    count_auxiliaries: Words  # r11: 'were', 'are' before a count verb
    count_verbs: Words  # r11: '2 mitoses were found in a 2 mm2 area': the verb between a count and its area
    area_articles: Words  # r11: ... 'in a 2 mm2 area'
    zero_adjectives: Words  # r11: 'no discernible mitoses' is 'no mitoses'
    number_words: dict[str, NonNegative]  # r15: 'two mitoses per 10 HPF'
    max_gap_chars: Count
    max_gap_without_area: Count
    definitive_cues: Words
    lesser_tumour_cues: Words  # r6-num: '25 per 10 HPF in the metastasis and 4 in the primary': not the index's
    index_tumour_cues: Words  # r6-num: ... the index tumour's
    who_bands: dict[Grade, Band]
    ki67_who_bands: dict[Grade, Band]  # per cent
    comparable_areas: dict[str, Positive]  # area as written in mitoses_per -> factor to 2 mm2
    histology_grades: dict[Class, list[Grade]]


# --- syndromes.json ----------------------------------------------------------------------------
class HormoneEvidence(RuleModel):
    words: Words


class SymptomWithHormone(RuleModel):
    symptoms: Words
    hormones: Words
    drug_words: Words = Field(default_factory=list)  # r6-mark: 'diabetes treated with insulin'


class CausedByTumour(RuleModel):  # r4-trt: 'Cushing's syndrome caused by a bronchial carcinoid'
    syndromes: Lexicon  # canonical syndrome -> the names of the body's syndrome, as written
    links_after: Words  # name, link, tumour
    links_before: Words  # tumour, link, name
    reach_words: Count
    other_causes: Words  # organs whose own tumours cause the syndrome ('pituitary')


class ConfirmedLater(RuleModel):  # r9b: 'Gastrinoma was suspected. The secretin test confirmed the diagnosis.'
    phrases: Words
    sentences: Count
    own_diagnosis_words: Words  # r10a: 'confirmed the diagnosis of a NET' names its own diagnosis


class SyndromeRules(RuleModel):
    functional: Lexicon  # canonical syndrome -> synonyms
    hereditary: Lexicon
    secreting_hormones: dict[str, str]  # hormone -> the syndrome a tumour secreting it has
    secreting_words: Words
    secreting_before_hormone: Words  # r5-mark: 'a tumour producing gastrin'
    cell_type_hormones: Words  # r25: 'a serotonin-producing NET' names its cells, no syndrome
    excess_words: Words  # r25: 'serotonin hypersecretion' does
    stain_words: Words
    marker_names: Words
    not_before: Words  # a word after a name that makes it no syndrome ('gastrinoma triangle', 'insulinoma-like')
    hormone_evidence: HormoneEvidence
    symptom_with_hormone: dict[str, SymptomWithHormone]
    caused_by_tumour: CausedByTumour
    long_form_tail_words: Words  # r6-rules: 'Zollinger-Ellison syndrome (ZES)': the long form's last word
    confirmed_later: ConfirmedLater  # r9b: a suspicion the next sentences confirm


# --- outcome.json ------------------------------------------------------------------------------
Outcome = Literal["alive, no disease", "alive with disease", "alive", "died of disease", "died of other cause", "died"]


class StatusReach(RuleModel):  # r6-rules: how far outcome_words.py reads beside a living status
    later_operation_words: Count
    related_cause_chars: Count
    symptom_before_chars: Count
    about_before_chars: Count
    course_before_chars: Count
    course_after_chars: Count
    disease_qualifier_chars: Count
    living_with_chars: Count  # r15: 'alive with (liver) metastases'
    cause_before_chars: Count = 80  # r7c: 'Because of progressive liver metastases, she died': the cause before
    cause_comma_words: Count = 3  # words at most from the cause's comma to the death word ('..., she sadly died')
    return_before_chars: Count = 20  # r9b: 'she has not been readmitted': a denied return ends no status


class StatusDeterminers(RuleModel):  # r9: the determiners outcome_words.py passes over beside a status
    symptom_after_of: Words  # 'no recurrence of (her) abdominal pain'
    tumour_after_in: Words  # 'improvement in (both) lung masses'
    death_after_cause_verb: Words  # 'pneumonia caused (her) death'
    beside_status: Words  # r10a: left out of the words compared around a status ('the serum of the fasting test')


class StatusClause(RuleModel):  # r10a: where the words around a living status stop, and what joins two denied words
    marks: Words  # 'the serum was high, the scan was normal': the scan's
    coordinators: Words  # 'no recurrence or progression': one negation denies both


class NewFindings(RuleModel):  # r12-out: 'new liver lesions appeared a year later': a disease found at a follow-up
    words: Words  # 'new'
    nouns: Words  # 'lesion', 'nodule', 'foci': the lesion that is new (its plural too)
    words_between: Count  # how many words may stand between them ('a new 8-mm hepatic nodule')
    not_between: Words  # words that would join another thing ('new symptoms and a lesion'): none between
    treated_after_chars: Count  # how far after its sentence an operation makes it the state before it


class FollowUpReach(RuleModel):  # r6-rules: how far follow_up_time.py and outcome.py read beside a duration
    phrase_before_chars: Count
    history_before_chars: Count
    history_after_chars: Count
    own_survival_before_chars: Count
    opening_time_before_chars: Count
    word_before_chars: Count  # the one word before a duration, a death word, a denied disease
    auxiliary_before_chars: Count  # 'she has now survived'
    finding_words_before_chars: Count  # 'no new lesions', 'no change in the lesion'
    death_cause_words: Count = 5  # r11-out: 'death due to tumour progression occurred 19 months after ...'
    opening_subject_words: Count = 3  # 'A CT scan after 6 months ...': the short subject before an opening time
    symptom_before_chars: Count = 48  # r23: 'diarrhoea for two months', 'no flushing for a year'


class OutcomeRules(RuleModel):
    statuses: dict[Outcome, Words]
    disease_causes: Words
    other_causes: Words
    cause_denials: Words  # r26: 'died 5 years later without evidence of recurrence' names no cause
    cause_denial_reach_words: Count
    cause_time_words: Words  # r26: 'died 1 year after recurrence' dates the death, names no cause
    cause_time_reach_words: Count
    follow_up_words: Words
    follow_up_phrases: Words
    history_words: Words
    units: dict[Literal["day", "week", "month", "year"], Positive]  # unit -> months
    unit_short_forms: dict[str, Literal["day", "week", "month", "year"]]  # r5: 'mo' -> month ('18 mo')
    number_words: dict[str, Positive]  # 'half a': 0.5
    duration_reach: Count
    frequency_words: Words  # 'once a month': a dosing interval, no duration
    day_count_prefixes: Words  # 'postoperative day 10': a time point, in days
    ordinal_words: dict[str, Positive] = {}  # r6: 'the third postoperative year': 3
    statistic_words: Words
    duration_fillers: Words
    needs_time: Words
    needs_duration: Words = Field(default_factory=list)  # r28: 'three months after surgery the palsy had improved'
    absent_means_no_disease: Words
    absent_means_stable: Words
    not_follow_up_words: Words
    before_the_case_phrases: Words  # r27: 'one month before presentation, ... it resolved': the history
    month_names: Words
    year_date_words: Words = []  # r6d-fu: 'in 2015': a year alone dates a status, in whole years
    follow_up_headers: Words
    absent_findings: Words
    time_point_phrases: Words
    relative_time_words: Words  # 'later': a time point counted from the one stated before it
    unstated_time_phrases: Words  # 'died shortly thereafter': no duration before it dates the status
    only_new_words: Words
    complement_words: Words
    dated_death_words: Words  # 'death 7 months after surgery': a death only with a duration after it (h24)
    living_auxiliaries: Words  # 'has survived 12 years': no death (h24)
    post_mortem_words: Words = []  # r21: 'the post-mortem examination showed ...': a death without its cause
    post_mortem_not_before: Words = []  # r21: 'autopsy series': the literature's
    symptom_words: Words  # 'no recurrence of diarrhoea': 'alive', not free of disease (h24)
    symptom_course_links: Words = []  # r23: 'diarrhoea for the past two months': a presenting symptom's course
    symptom_course_denials: Words = []  # r23: 'no flushing for a year': a follow-up, not a symptom's course
    lasting_follow_up_words: Words  # 'a 64-year-old woman who remains well': follow-up despite the age (h24)
    lab_words: Words  # 'serum GHRH was normal': a laboratory value, the patient well, not free of disease (r4)
    specimen_words: Words  # r4 lead: 'the margins were free of tumour' is pathology, no status
    survival_words: Words  # 'survived 40 months with no recurrence': a life, not a death (r4)
    treated_disease_words: Words  # 'surgery for liver metastases': an event of the course, not a state (r4)
    tumour_words: Words  # 'improvement in the lung masses': a response, the tumour still there (r4)
    later_operation_sequels: Words  # r5: 'stable disease, and then surgery': the status before the operation
    later_operation_endings: Words  # r5: how an operation word ends ('-ectomy', 'resection')
    later_operation_blockers: Words  # r5: 'and declined surgery': no operation after the status
    # r9b: 'remained asymptomatic and re-presented 6 years later with hypoglycaemia': the state a return ended
    return_words: Words = []
    # r9b: 'no recurrence was reported at the 2-year follow-up': the cue that reports her own follow-up there
    reported_cues: Words = []
    vague_time_phrases: Words = []  # r9b: 'treated for years with improvement': no follow-up
    own_survival_cues: Words  # r5b: 'his disease-free survival of 40 months': the patient's own, no statistic
    related_cause_words: Words  # r5b: 'a tumour-related death': the cause named before the death word
    patient_age: Regex  # '64-year-old', 'aged 64': the clause that introduces the patient
    discharge_words: Words  # r6: 'discharged in good condition': the hospital stay, no follow-up
    work_up_words: Words = []  # r6: 'biopsy revealed liver metastases': the work-up, unless a duration dates it
    disease_qualifier_words: Words  # r6-rules: 'bone metastases without local recurrence': where the disease is not
    living_with_words: Words  # r15: 'she is alive with liver metastases'
    status_reach: StatusReach  # r6-rules: the reaches of outcome_words.py
    determiners: StatusDeterminers  # r9: the determiners outcome_words.py passes over (once written into its regexes)
    status_clause: StatusClause  # r10a: the clause marks and coordinators of outcome_words.py (once in its code)
    opening_time_words: Words  # r6-rules: 'After 3 months, CT showed ...': a point of the narrative
    own_negation_words: Words  # r6-rules: 'no pain and no recurrence': 'no recurrence' carries its own negation
    follow_up_reach: FollowUpReach  # r6-rules: the reaches of follow_up_time.py and outcome.py
    sequence_phrases: Words = []  # r7c: 'followed by recurrences': a sequence, no follow-up word
    cause_openers: Words = []  # r7c: 'Owing to tumour progression, he died': the cause before the death
    cause_verbs: Words = []  # r7c: 'tumour progression led to her death': the cause before the death
    status_duration_links: Words = []  # r7c: 'disease-free for 9 months duration': the time a status lasted
    response_words: Words = []  # r11-out: 'the lesions regressed': a status only about a tumour
    response_subjects: Words = []  # r11-out: the tumour words that a response word must stand beside
    death_cause_links: Words = []  # r11-out: 'death due to <cause> occurred 19 months after': the cause's opener
    denials_before_alive: Words = []  # r11-out: 'no improvement': a bare 'alive' word denied right before it
    report_openers: Words = []  # r11-out: 'We present a case of regression ...': the clause introducing her
    growth_words: Words = []  # r12-out: 'the mass had enlarged': a tumour's growth, 'alive with disease'
    new_findings: NewFindings | None = None  # r12-out: 'new liver lesions appeared': 'alive with disease'
    status_gap_words: Words = []  # r13: 'is currently being regularly followed up': an adverb inside a status
