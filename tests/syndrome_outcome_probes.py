"""Probe sentences (our own words) for every list of rules/syndromes.json and rules/outcome.json:
tests/test_rule_entries.py takes PROBES in (each entry must change its probe's value), and
OWN_PROBED names the list whose entries tests/test_syndromes_outcome.py checks itself (the hormone
evidence behind a review note, which the row does not show)."""
from rule_ablation import RULES

SYND, OUT = RULES["syndromes"], RULES["outcome"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


PROBES = {}


def _name_of(phrase: str) -> str:
    return next(name for name, phrases in OUT["statuses"].items() if phrase in phrases)

for _name in SYND["functional"]:
    PROBES[("syndromes", "functional", _name)] = (lambda w: f"The work-up showed {w} in this woman.", "functional_syndrome")
for _name in SYND["hereditary"]:
    PROBES[("syndromes", "hereditary", _name)] = (lambda w: f"Genetic testing confirmed {w} in this woman.",
                                                  "hereditary_syndrome")
PROBES[("syndromes", "secreting_words")] = (lambda w: f"The work-up showed a GHRH-{w} tumour.", "functional_syndrome")
PROBES[("syndromes", "stain_words")] = (lambda w: f"She had an insulinoma. The slides ({w}) showed gastrin-producing cells.",
                                        "functional_syndrome")
RESPONSE = set(OUT["response_words"]) | set(OUT.get("growth_words", []))  # r11-out: only beside a tumour word


for _name in OUT["statuses"]:
    # a phrase that says a status without a time word ('stable disease') is probed without one (h23)
    PROBES[("outcome", "statuses", _name)] = (
        lambda w: f"At the visit two years after surgery: the liver lesions {w}." if w in RESPONSE
        else f"At the visit two years after surgery: {w}." if w in OUT["needs_time"] or _name_of(w) == "alive"
        else f"On review: {w} two years after surgery." if w in OUT["dated_death_words"]  # (h24) a dated death
        else f"On review: {w}.", "outcome")
PROBES[("outcome", "disease_causes")] = (lambda w: f"Two years after surgery she died of {w}.", "outcome")
PROBES[("outcome", "other_causes")] = (lambda w: f"Two years after surgery she died of {w}.", "outcome")
PROBES[("outcome", "follow_up_words")] = (lambda w: f"The patient is doing well ({w}).", "outcome")
PROBES[("outcome", "statistic_words")] = (lambda w: f"Two years after surgery, disease-free {w} was noted.", "outcome")
PROBES[("outcome", "follow_up_phrases")] = (lambda w: "She remains disease-free. " + (
    "That was after 18 months of follow-up." if w.startswith("of ") else f"She was {w} 18 months." if w.startswith("followed")
    else f"The {w} lasted 18 months."), "follow_up_months")
PROBES[("outcome", "history_words")] = (lambda w: f"She is doing well now, at 60 years of {w}." if w == "age"
                                        else f"She is doing well now, after a 2-year {w}.", "follow_up_months")
PROBES[("outcome", "duration_fillers")] = (lambda w: f"She is doing well now, 18 {w} months after surgery.", "follow_up_months")

OWN_PROBED = {("syndromes", "hormone_evidence", "words")}

PROBES[("syndromes", "marker_names")] = (lambda w: f"The tumour cells were positive for {w} 1 and synaptophysin.",
                                         "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "insulinoma", "symptoms")] = (
    lambda w: f"The fast brought on {w} with high serum insulin.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "insulinoma", "hormones")] = (
    lambda w: f"The fast brought on hypoglycaemia with high serum {w}.", "functional_syndrome")
PROBES[("outcome", "needs_time")] = (lambda w: f"On admission: the liver lesions {w}." if w in RESPONSE
                                     else f"On admission: {w}.", "outcome")
PROBES[("outcome", "absent_means_no_disease")] = (
    lambda w: f"Two years after surgery there was neither {w} nor pain.", "outcome")
PROBES[("outcome", "not_follow_up_words")] = (  # r26: 'a known background of' dates what follows into the history
    lambda w: "He had a known background of liver metastases, stable for two years." if w == "background"
    else f"Liver metastases had been found two years {w}.", "outcome")
PROBES[("outcome", "needs_duration")] = (  # r28: 'improved' with no stated time is the work-up's course
    lambda w: f"Her pain {w} after the stent was placed.", "outcome")
PROBES[("outcome", "month_names")] = (
    lambda w: f"She presented in {w} 2018 with a rectal NET. She died of liver failure in {w} 2020.", "follow_up_months")
PROBES[("outcome", "absent_means_stable")] = (
    lambda w: f"Two years after surgery there was neither {w} nor pain.", "outcome")
# A header of the follow-up makes its sentences follow-up ones without a time word of their own.
PROBES[("outcome", "follow_up_headers")] = (
    lambda w: f"Case report\n\nCase presentation\nShe had an ileal NET resected.\n\n{w.title()}\nThe scan showed no uptake.\n",
    "outcome")
PROBES[("outcome", "absent_findings")] = (lambda w: f"Two years after surgery the scan showed no {w}.", "outcome")
# r10: a point after a later event ('after the recurrence') is also a relative time word, whose probe is a chain
EVENT_POINTS = {w for w in OUT["relative_time_words"] if w.startswith("after ")}
PROBES[("outcome", "time_point_phrases")] = (
    lambda w: f"After 3 months CT showed liver metastases. He died 6 months {w}." if w in EVENT_POINTS
    else f"She remains disease-free. A scan 18 months {w} was clear.", "follow_up_months")
PROBES[("outcome", "only_new_words")] = (lambda w: f"Two years after surgery the scan showed no {w} lesions.", "outcome")
PROBES[("outcome", "complement_words")] = (
    lambda w: f"Two years after surgery the scan did not show any increase {w} uptake.", "outcome")
# h23-synd: a word after a name that makes it no syndrome ('gastrinoma triangle', 'insulinoma-like').
PROBES[("syndromes", "not_before")] = (lambda w: f"The work-up showed an insulinoma {w} in this woman.",
                                       "functional_syndrome")
# (h23) A dosing interval is no duration; a 'later' point counts from the point stated before it.
PROBES[("outcome", "frequency_words")] = (
    lambda w: "She remains well on lanreotide " + {"times": "3 times a month", "every": "every 4 weeks"}.get(w, f"{w} a month")
    + ".", "follow_up_months")
PROBES[("outcome", "relative_time_words")] = (
    lambda w: f"After 3 months CT showed liver metastases. He died 6 months {w}.", "follow_up_months")
# (h23) A status an unstated time after its sentence's duration is not dated by it.
PROBES[("outcome", "unstated_time_phrases")] = (
    lambda w: f"About one week after chemotherapy began, he died {w}.", "follow_up_months")
PROBES[("outcome", "day_count_prefixes")] = (lambda w: f"She died on {w} 10.", "follow_up_months")
# (h24) A death word that needs its duration after it is no death without one ('the risk of death'),
# nor after 'has' ('she has survived 12 years').
PROBES[("outcome", "dated_death_words")] = (lambda w: f"On review: {w}.", "outcome")
PROBES[("outcome", "living_auxiliaries")] = (lambda w: f"She {w} survived 12 years since the operation.", "outcome")
# (h24) A clause that gives the patient's age is her presentation unless a word of the lasting follow-up stands in it.
PROBES[("outcome", "lasting_follow_up_words")] = (
    lambda w: f"A 64-year-old woman ({w}) had a recurrence two years after surgery.", "outcome")
# (h24) A no-disease statement about a symptom says 'alive'.
PROBES[("outcome", "symptom_words")] = (lambda w: f"Two years after surgery there was no recurrence of {w}.", "outcome")
# r4-trt: Cushing's syndrome with a tumour named as its cause is the tumour's ectopic ACTH syndrome.
PROBES[("syndromes", "caused_by_tumour", "syndromes", "ectopic ACTH")] = (
    lambda w: f"The work-up showed {w} caused by a thymic NET in this woman.", "functional_syndrome")
# r11: a hypoglycaemia with the tumour as its cause is the tumour's insulinoma.
PROBES[("syndromes", "caused_by_tumour", "syndromes", "insulinoma")] = (
    lambda w: f"The work-up showed {w} caused by a pancreatic NET in this woman.", "functional_syndrome")
PROBES[("syndromes", "caused_by_tumour", "links_after")] = (
    lambda w: f"The work-up showed Cushing syndrome {w} a thymic NET in this woman.", "functional_syndrome")
PROBES[("syndromes", "caused_by_tumour", "links_before")] = (
    lambda w: f"The work-up showed a thymic NET {w} Cushing syndrome in this woman.", "functional_syndrome")
PROBES[("syndromes", "caused_by_tumour", "other_causes")] = (
    lambda w: f"The work-up showed Cushing syndrome from a {w} tumour in this woman.", "functional_syndrome")
# (r4-outc) A disease a treatment was for is an event of the course; a change in a tumour is a response.
PROBES[("outcome", "treated_disease_words")] = (
    lambda w: f"Two years later, with {w} liver metastases, she is doing well.", "outcome")
PROBES[("outcome", "tumour_words")] = (lambda w: f"Two years after surgery there was improvement in the {w}.", "outcome")
# (r4-outc) A survival that a living status of its sentence describes is a life, not a death.
PROBES[("outcome", "survival_words")] = (lambda w: f"She {w} 40 months without any sign of recurrence.", "outcome")
# (r4-outc) A no-disease word about a laboratory value says the patient is well.
PROBES[("outcome", "lab_words")] = (lambda w: f"Two years after surgery, the {w} was normal.", "outcome")
# r4 lead: a no-disease word about the resected specimen is a pathology finding, no status.
PROBES[("outcome", "specimen_words")] = (
    lambda w: f"The tumour was resected and the {w} was free of tumour.", "outcome")
# (r5-outc) A living status that its sentence follows with an operation is the state before it, not the last one.
PROBES[("outcome", "later_operation_sequels")] = (  # r7a: 'who' opens a relative clause that goes on to the operation
    lambda w: "We report a woman with stable disease two years later, who underwent a distal pancreatectomy."
    if w == "who" else f"Re-staging two years later showed stable disease, {w} a distal pancreatectomy was done.",
    "outcome")
PROBES[("outcome", "later_operation_endings")] = (
    lambda w: f"Re-staging two years later showed stable disease, and then the {w} was done.", "outcome")
# r27: 'before surgery' dates a clause before the case by itself now ('before_the_case_phrases'): 'before' reads a resection
PROBES[("outcome", "later_operation_blockers")] = (
    lambda w: f"Re-staging two years later showed stable disease, and {w} {'a resection' if w == 'before' else 'surgery'}.",
    "outcome")
# r5-mark: the hormone as the verb's object ('a tumour producing GHRH')
PROBES[("syndromes", "secreting_before_hormone")] = (lambda w: f"The work-up showed a tumour {w} GHRH.",
                                                     "functional_syndrome")
# r25: a hormone that names the tumour's cells ('a serotonin-producing NET') names a syndrome only by its excess
PROBES[("syndromes", "cell_type_hormones")] = (lambda w: f"Histology showed a {w}-producing NET of the ileum.",
                                               "functional_syndrome")
PROBES[("syndromes", "excess_words")] = (lambda w: f"He had flushing due to serotonin {w} from an ileal NET.",
                                         "functional_syndrome")
# (r5b-outc) A cause named before the death word as what the death was related to.
PROBES[("outcome", "related_cause_words")] = (
    lambda w: f"She suffered a tumour-{w} death two years after surgery.", "outcome")
# (r5b-outc) A survival the index patient had is a status, not the literature's statistic.
PROBES[("outcome", "own_survival_cues")] = (
    lambda w: f"Since the resection, {w} a disease-free survival of 40 months.", "outcome")
# r6-mark: a hormone that is a treatment in its sentence ('diabetes treated with insulin') is no tumour product;
# without the entry the sentence's hypoglycaemia and insulin read as an insulinoma
PROBES[("syndromes", "symptom_with_hormone", "insulinoma", "drug_words")] = (lambda w: {
    "on insulin": "She was on insulin, and hypoglycaemia occurred at night.",
    "treated with insulin": "Her glucose was treated with insulin, and hypoglycaemia occurred at night.",
    "managed with insulin": "Her glucose was managed with insulin, and hypoglycaemia occurred at night.",
}.get(w, f"Hypoglycaemia occurred at night; her {w} had needed insulin for years."), "functional_syndrome")
# r6-mark: the symptom and the hormone of a VIPoma and of a glucagonoma, in one sentence
PROBES[("syndromes", "symptom_with_hormone", "VIPoma", "symptoms")] = (
    lambda w: f"She had {w}, and plasma VIP was markedly raised.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "VIPoma", "hormones")] = (
    lambda w: f"She had watery diarrhoea, and plasma {w} was markedly raised.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "glucagonoma", "symptoms")] = (
    lambda w: f"He had a migratory {w} of the legs, and serum glucagon was raised.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "glucagonoma", "hormones")] = (
    lambda w: f"He had a migratory rash of the legs, and serum {w} was raised.", "functional_syndrome")
# r29: the Cushing syndrome of an ectopic ACTH tumour with its ACTH; a pituitary source or a suppressed ACTH denies it
PROBES[("syndromes", "symptom_with_hormone", "ectopic ACTH", "symptoms")] = (
    lambda w: f"She had {w}, and plasma ACTH was markedly raised.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "ectopic ACTH", "hormones")] = (
    lambda w: f"She had Cushing's syndrome, and plasma {w} was markedly raised.", "functional_syndrome")
PROBES[("syndromes", "symptom_with_hormone", "ectopic ACTH", "drug_words")] = (
    lambda w: f"She had Cushing's syndrome, and her ACTH was {w}." if w in ("suppressed", "undetectable")
    else f"She had Cushing's syndrome and a raised ACTH; the work-up found {w}.", "functional_syndrome")
# (r6-outc) A bare 'alive' in a clause that discharges the patient is the hospital stay, no follow-up.
PROBES[("outcome", "discharge_words")] = (
    lambda w: f"Ten days after surgery she was {w} in good condition.", "outcome")
# (r6-outc) A work-up word dates its clause before the follow-up unless a duration dates it.
PROBES[("outcome", "work_up_words")] = (lambda w: f"Later, the {w} showed liver metastases.", "outcome")
# (r6-rules) A 'without' no-disease phrase right after a disease found tells where the disease is not.
PROBES[("outcome", "disease_qualifier_words")] = (
    lambda w: f"Two years after surgery she had developed bone metastases {w} local recurrence.", "outcome")
# (r6-rules) A duration after a word that opens its sentence is a point of the narrative: a later one counts from it.
PROBES[("outcome", "opening_time_words")] = (
    lambda w: f"The tumour was resected. {_cap(w)} 3 months, CT showed liver metastases. She died 6 months later.",
    "follow_up_months")
# (r6-rules) A status phrase that opens with its own negation: another negation adds none.
PROBES[("outcome", "own_negation_words")] = (
    lambda w: f"Two years after surgery she had no pain and {w} recurrence.", "outcome")
# (r6-rules) A long form's last word between a name and the short form bracketed after it defines the short form.
_LONG_FORMS = {"syndrome": ("Zollinger-Ellison", "ZES"), "disease": ("von Hippel-Lindau", "VHLD")}
PROBES[("syndromes", "long_form_tail_words")] = (
    lambda w: (f"Introduction\n{_LONG_FORMS[w][0]} {w} ({_LONG_FORMS[w][1]}) is rare in adults.\n\nCase presentation\n"
               f"A 49-year-old man was admitted. A diagnosis of {_LONG_FORMS[w][1]} was made.\n"), "row")
# (r6d-fu) A year alone after one of these words dates a status in whole years since the case's first date.
PROBES[("outcome", "year_date_words")] = (
    lambda w: f"She had an ileal NET resected {w} 2016. {_cap(w)} 2019 she is free of disease.", "follow_up_months")
# (r7c) A follow-up word that opens a sequence phrase orders events: the clause introducing her stays her presentation.
PROBES[("outcome", "sequence_phrases")] = (
    lambda w: f"We describe a 47-year-old woman with a gastric NET {w} two relapses over the years.", "outcome")
# (r7c) A death's cause told before the death word, after an opener or before a verb that leads to the death.
PROBES[("outcome", "cause_openers")] = (
    lambda w: f"{_cap(w)} tumour progression, she died two years after surgery.", "outcome")
PROBES[("outcome", "cause_verbs")] = (
    lambda w: f"Tumour progression {w} her death two years after surgery.", "outcome")
# (r7c) A duration a living status lasted is its time, though a history word ('duration') stands beside it.
PROBES[("outcome", "status_duration_links")] = (
    lambda w: f"She remained disease-free {w} 14 months duration.", "follow_up_months")

# r11-out: a response word counts only beside a tumour word; the clause opening the report's account of her ('We present a
# case of ...') dates its disease words before the follow-up; a death's cause may stand before its duration.
PROBES[("outcome", "response_words")] = (
    lambda w: f"Two years after surgery the infiltrates {'' if w == 'regressed' else 'showed '}{w}.", "outcome")
PROBES[("outcome", "response_subjects")] = (
    lambda w: f"Two years after surgery the {w} regressed.", "outcome")
PROBES[("outcome", "report_openers")] = (
    lambda w: f"{w.capitalize()} a woman with liver metastases after 4 years.", "outcome")
PROBES[("outcome", "death_cause_links")] = (
    lambda w: f"Death {w} liver failure occurred 19 months after diagnosis.", "outcome")
PROBES[("outcome", "denials_before_alive")] = (
    lambda w: f"Two years after surgery there was {w} improvement.", "outcome")

# r12-out: a tumour's growth is a status only about a tumour, as a response word is; a new lesion ('new liver lesions')
# at a follow-up is a disease found then, the words between 'new' and its noun joining nothing.
PROBES[("outcome", "growth_words")] = (
    lambda w: f"Two years after surgery the infiltrates {'showed ' if w in ('enlargement', 'growth') else ''}{w}.",
    "outcome")
PROBES[("outcome", "new_findings", "words")] = (lambda w: f"Two years after surgery CT showed {w} nodules.", "outcome")
PROBES[("outcome", "new_findings", "nouns")] = (lambda w: f"Two years after surgery CT showed a new {w}.", "outcome")
PROBES[("outcome", "new_findings", "not_between")] = (
    lambda w: f"Two years after surgery she reported new pain {w} lesions.", "outcome")

# r27: a clause dated before the case tells the history: no living status there is the last one
# r29: a duration 'before the' something ('two months before the biopsy') dates its clause as well
PROBES[("outcome", "before_the_case_phrases")] = (
    lambda w: f"After the resection she was followed. Two {w} biopsy, she had a similar episode that resolved."
    if w.endswith(" the") else f"After the resection she was followed. One month {w}, she had a similar episode "
    "that resolved.", "outcome")

# r13: an adverb of time or manner inside a status ('he is currently being followed up')
PROBES[("outcome", "status_gap_words")] = (
    lambda w: f"After the resection in 2019, he is {w} being followed up.", "outcome")

# r15: a disease word after a living status and 'with' is what she lives with ('alive with liver metastases')
PROBES[("outcome", "living_with_words")] = (lambda w: f"She is alive {w} liver metastases.", "outcome")
# r21: an examination after death is a death whose clause names its findings, not its cause; before a
# 'post_mortem_not_before' word it is the literature's.
PROBES[("outcome", "post_mortem_words")] = (
    lambda w: "She was autopsied: a metastatic carcinoma was found." if w == "autopsied"
    else f"{_cap(w)} showed a metastatic carcinoma.", "outcome")
PROBES[("outcome", "post_mortem_not_before")] = (lambda w: f"On review: autopsy {w} show a metastatic carcinoma.", "outcome")

# r23: a presenting symptom's course (the link that ties the duration to the symptom), and the denial that
# makes a symptom's time a follow-up
_COURSE_LINKS = {"the": "for the", "past": "for the past", "last": "during the last", "about": "for about",
                 "nearly": "for nearly", "almost": "for almost"}
PROBES[("outcome", "symptom_course_links")] = (
    lambda w: f"She had had diarrhoea {_COURSE_LINKS.get(w, w)} 4 months, and a CT showed liver metastases.",
    "follow_up_months")
_DENIED = {"no": "with no diarrhoea", "without": "without diarrhoea", "free": "free of flushing and diarrhoea"}
PROBES[("outcome", "symptom_course_denials")] = (
    lambda w: f"She is doing well after surgery, {_DENIED[w]} for 18 months.", "follow_up_months")
# r26: a cause word a denial stands before names no cause ('died ... without evidence of recurrence')
_CAUSE_DENIED = {"no": "with no sign of recurrence", "without": "without evidence of recurrence",
                 "free of": "free of metastases", "absence of": "in the absence of metastatic disease",
                 "not": "though not of her tumour"}
PROBES[("outcome", "cause_denials")] = (
    lambda w: f"Two years after surgery she died, {_CAUSE_DENIED[w]}.", "outcome")
# r26: a cause word right after a time word dates the death ('died 1 year after recurrence')
PROBES[("outcome", "cause_time_words")] = (lambda w: f"Two years after surgery she died 3 months {w} recurrence.", "outcome")
