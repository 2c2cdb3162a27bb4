"""Every entry of the lists that the lexicon ruler and the context component read is needed: an
example of our own comes out differently with the full rules than with that one entry removed.

The lexicon ruler keeps the longest match per label, so removing a phrase can let a shorter one of
the same label through: the label's spans are matched again without the entry (a PhraseMatcher on
that label's phrases, same filter) while every other label keeps its spans. The context component
is cheap to build, so it is rebuilt without the entry and run again on the same Doc."""
from __future__ import annotations

import copy

import pytest
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Span

from pipeline.context import ContextComponent
from pipeline.lexicon import SPANS_KEY, lexicon_patterns, make_longest_per_label_filter
from pipeline.nlp import process
from pipeline.reading import normalize_text
from pipeline.rules import Rules
from rule_ablation import RULES, entries, value, without
from sampling import sampled

@pytest.fixture(scope="module")
def processed(nlp):
    def _processed(sentence: str):
        return process(nlp, normalize_text(f"Case report\n\nCase presentation\n{sentence}\n"))

    return _processed


def relabel(nlp, doc, rules: Rules, label: str) -> None:
    """Matches `label` again from `rules`, as the lexicon ruler would; other labels stay."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)  # r6b-meta: the token patterns of words matched as written ('mets')
    for pattern in lexicon_patterns(rules):
        if pattern["label"] == label and isinstance(pattern["pattern"], list):
            tokens.add(f"{label}|{pattern['id']}", [pattern["pattern"]])
        elif pattern["label"] == label:
            matcher.add(f"{label}|{pattern['id']}", [nlp.make_doc(pattern["pattern"])])
    fresh = [Span(doc, s, e, label=label, span_id=nlp.vocab.strings[key].split("|", 1)[1])
             for key, s, e in [*matcher(doc), *tokens(doc)]]
    others = [s for s in doc.spans[SPANS_KEY] if s.label_ != label]
    doc.spans[SPANS_KEY] = make_longest_per_label_filter()(others, fresh)


# --- Lexicon ruler labels: (rules path, label) -> (probe for an entry, field) ---------------------

def _tumour_probe(noun: str) -> str:
    """A generic noun links its organ to the tumour; a specific one outweighs a generic one."""
    if noun in RULES["sites"]["primary_cues"]["specific_tumour_nouns"]:
        return f"CT showed a lesion of the stomach and a {noun} of the pancreas."  # r20: not the liver, which loses a tie
    return f"CT showed a {noun} of the pancreas."


def _backward(cue: str) -> str:
    """A forward cue of the other polarity one word further away: the nearer cue decides, so a
    cue that takes in its auxiliary ('was negative') is needed beside the bare word."""
    other = "positive" if cue in RULES["markers"]["polarity"]["negative_backward"] else "negative"
    # r6-mark: a cue that ends the sentence itself ('was not.') takes no second stop; the tokenizer
    # keeps an en dash glued to a stop right after it ('–.'), so one space stands between
    end = "" if cue.endswith(".") else (" ." if cue == "\u2013" else ".")
    return f"The cells were {other} for synaptophysin, with CD56 {cue}{end}"


LEXICON = {
    # r12-mk: a colon cue's list runs on to another result, else a bare list after a stain heading's colon
    # would read as positive without it (extractors/marker_basis.py)
    (("markers", "polarity", "positive_forward"), "POSITIVE_FORWARD"): (
        lambda cue: f"On the slides the tumour cells {cue} CD56{', and CK7 was negative' if cue.endswith(':') else ''}.",
        "markers_positive"),
    # r11-mk: 'absent' is a premodifier too ('absent CK7 expression'); after 'was' the backward 'was absent'
    # holds the word, and only the cue reads a list
    (("markers", "polarity", "negative_forward"), "NEGATIVE_FORWARD"): (
        lambda cue: f"On the slides there was {cue} CD56 and CK7." if cue.startswith("absent ")
        else f"On the slides the tumour cells {cue} CD56.", "markers_negative"),
    (("markers", "polarity", "positive_backward"), "POSITIVE_BACKWARD"): (_backward, "markers_positive"),
    (("markers", "polarity", "negative_backward"), "NEGATIVE_BACKWARD"): (_backward, "markers_negative"),
    (("markers", "polarity", "serum_context"), "SERUM_CONTEXT"): (
        lambda cue: f"Chromogranin A {cue} was positive.", "markers_positive"),
    (("markers", "polarity", "imaging_context"), "IMAGING_CONTEXT"): (
        lambda cue: f"The {cue} was positive for SSTR2.", "markers_positive"),
    (("treatments", "imaging_cues"), "IMAGING"): (
        lambda cue: f"She had an octreotide {cue} before surgery.", "treatments"),
    (("treatments", "regimens"), "REGIMEN"): (
        lambda regimen: f"She was then given {regimen.upper()} for six cycles.", "treatments"),
    (("sites", "primary_cues", "tumour_nouns"), "TUMOUR"): (_tumour_probe, "primary_site"),
    (("sites", "unknown_primary", "phrases"), "UNKNOWN_PRIMARY"): (
        lambda phrase: f"An inguinal nodal NET was excised; {phrase}.", "primary_site"),
    # h23-meta: a search for metastases said to be normal says there is none
    (("metastasis", "staging_phrases"), "STAGING"): (
        lambda phrase: f"A rectal NET was resected. The {phrase} was unremarkable.", "metastasis"),
    # r6b-meta: the short form 'mets', matched as written
    (("metastasis", "abbreviations"), "METASTASIS"): (
        lambda word: f"{word} to the liver were found." if word[0].isupper() else f"CT showed liver {word}.",
        "metastasis_sites"),
    # r10b: a site's short form, matched as written ('LNs', not 'ln')
    # r11: the liver's Couinaud segments ('a metastasis in segment IV'), the numeral matched as written
    (("sites", "segments", "numerals"), "SITE"): (
        lambda numeral: f"An ileal NET was resected. CT showed a metastasis in segment {numeral}.", "metastasis_sites"),
    (("sites", "segments", "nouns"), "SITE"): (
        lambda noun: f"An ileal NET was resected. CT showed a metastasis in {noun} VI.", "metastasis_sites"),
    (("sites", "sites_as_written", "lymph node"), "SITE"): (
        lambda word: f"An ileal NET was resected. CT showed metastases to the liver and para-aortic {word}.",
        "metastasis_sites"),
    # r26: the organ's letters joined to the class ('a pNET', 'an SI-NET'), matched as written
    (("sites", "sites_as_written", "pancreas"), "SITE"): (
        lambda word: f"On CT, a 58-year-old woman was shown to have a {word}.", "primary_site"),
    (("sites", "sites_as_written", "small intestine"), "SITE"): (
        lambda word: f"On CT, a 58-year-old woman was shown to have a {word}.", "primary_site"),
}
for _clone in RULES["markers"]["clones"]:  # a keratin clone names the cytokeratin stain it is
    LEXICON[(("markers", "clones", _clone), "CLONE")] = (
        lambda syn: f"The tumour cells were positive for cytokeratin ({syn.upper()}).", "markers_positive")


@pytest.mark.parametrize("key", list(LEXICON), ids=lambda k: k[1])
def test_every_lexicon_entry_changes_its_example(nlp, processed, assembler, key):
    path, label = key
    probe, field = LEXICON[key]
    unneeded = []
    for entry in entries(path):
        doc = processed(probe(entry))
        full = value(assembler.assemble("probe", doc).row, field)
        relabel(nlp, doc, without(path, entry), label)
        ablated = value(assembler.assemble("probe", doc).row, field)
        if full == ablated:
            unneeded.append(f"{entry!r}: {full} either way in {probe(entry)!r}")
    assert not unneeded, f"{len(unneeded)} entries change nothing: {unneeded}"


# --- Context component lists ------------------------------------------------------------------------

DATED_PROCEDURE = next(i for i, rule in enumerate(RULES["context"]["cues"]) if rule.get("requires_in_clause"))
GENERIC_PROBES = {
    "is": "Surgery is the usual treatment.", "are": "Surgery and PRRT are the usual treatments.",
    "has": "Surgery has a role in ileal NETs.", "have": "Surgery and PRRT have a role in ileal NETs.",
    "remains": "Surgery remains the standard.", "remain": "Surgery and PRRT remain the standard.",
    "include": "Treatments include surgery.", "includes": "The approach includes surgery.",
    # r10 (lead): what the care of a tumour class takes in general ('the management of NETs involves surgery')
    "involves": "Management involves surgery.", "involve": "Treatments involve surgery.",
    "appear": "Surgery and PRRT appear effective.", "appears": "Surgery appears effective.",
    "may": "Surgery may help.", "can": "Surgery can help.", "should": "Surgery should help.",
    "must": "Surgery must be radical.", "represents": "Surgery represents the standard.",
    "represent": "Surgery and PRRT represent the standard.", "consists": "Treatment consists of surgery.",
    "consist": "Treatments consist of surgery and PRRT.", "requires": "Cure requires surgery.",
    "require": "Ileal NETs require surgery.", "offers": "Surgery offers a cure.",
    "offer": "Surgery and PRRT offer a cure.", "seems": "Surgery seems effective.",
    "seem": "Surgery and PRRT seem effective.", "needs": "An ileal NET needs surgery.",
    # r5-num: 'high-grade tumours carry a poor prognosis' is about the class
    "carry": "Surgery and PRRT carry a small risk.", "carries": "Surgery carries a small risk.",
    # r6d-synd: what a class of tumours does in general ('gastrinomas arise in MEN1', 'NETs occur in VHL')
    "arise": "Relapses arise late after surgery.", "arises": "Relapse arises late after surgery.",
    "occur": "Relapses occur late after surgery.", "occurs": "Relapse occurs late after surgery.",
    # r26: the general present of the spread itself
    "metastasize": "Carcinoids metastasize even after surgery.", "metastasise": "Carcinoids metastasise even after surgery.",
    # r9c: a classification in the general present ('the WHO classification divides NENs into ...')
    "divides": "The guideline divides care into surgery and PRRT.",
    # r13: a recommendation in the general present ('they recommend antrectomy for type 1 gastric NETs')
    "recommend": "Authors recommend surgery for larger tumours.", "recommends": "Each author recommends surgery for larger tumours.",
    "advocate": "Authors advocate surgery for larger tumours.", "advocates": "The guideline advocates surgery.",
    "classifies": "The guideline classifies surgery as first-line care.",
    "categorizes": "The guideline categorizes surgery as first-line care.",
    "categorises": "The guideline categorises surgery as first-line care.",
    "subdivides": "The guideline subdivides care into surgery and PRRT.",
    # r14: how a class presents in general ('more than 90% of laryngeal small cell carcinomas present with
    # metastatic disease'; 'limbic encephalitis often presents after surgery')
    "present": "Relapses present late after surgery.", "presents": "Relapse presents late after surgery.",
}

CONTEXT = {
    # 'twenty years earlier' dates a procedure into the past history only beside its condition.
    ("context", "cues", DATED_PROCEDURE, "requires_in_clause"): (
        lambda word: f"She had a cholecystectomy twenty years earlier for {word}.", "treatments"),
    # r25: another cancer named 'carcinoma' dates its treatment into the past history, not the NET's own
    ("context", "cues", DATED_PROCEDURE, "blocked_in_clause"): (
        lambda word: f"She had a resection twenty years earlier for carcinoma ({word}).", "treatments"),
    ("context", "index_patient_cues"): (
        lambda cue: f"She had a rectal NET.\n\nDiscussion\n{cue[0].upper() + cue[1:]} the Ki-67 index was 4%.",
        "ki67"),
    # A patient's age is never negated or hypothetical, whatever cue stands before it.
    ("context", "defaults", "only_other_patient"): (
        lambda label: "We describe a NET that mimicked an infection in a 57-year-old man.", "row"),
    ("context", "skip_in_cues", "words"): (
        lambda word: f"The team decided {word} against surgery.", "treatments"),
    # A word ending in -ly that is not an adverb stops a cue ('decided <word> against' is no cue).
    ("context", "skip_in_cues", "not_adverbs"): (
        lambda word: f"The team decided {word} against surgery.", "treatments"),
    ("context", "clause_boundaries", "words"): (
        lambda word: f"Her brother had liver metastases {word} she had bone metastases.", "metastasis_sites"),
    # A clause in the general present with nothing tying it to the patient: what is done for such tumours.
    ("context", "generic_statements", "present_words"): (lambda word: GENERIC_PROBES[word], "treatments"),
    ("context", "generic_statements", "anchors"): (
        lambda word: f"Surgery is the usual treatment ({word}).", "treatments"),
    ("context", "generic_statements", "allowed_types"): (lambda label: {
        "HISTOLOGY": "Neuroendocrine carcinoma is an aggressive tumour.",
        "MITOSES": "A count of more than 20 mitoses per 10 HPF is required for G3.",
        "TREATMENT": "Surgery is the usual treatment.",
    }[label], "row"),
    # h23-trt: 'She died before surgery': the dying-before cue acts only beside its death word.
    ("context", "cues", next(i for i, rule in enumerate(RULES["context"]["cues"])
                             if "died" in rule.get("requires_in_clause", [])), "requires_in_clause"): (
        lambda word: {"death": "Death came before surgery.", "passed": "She passed away before surgery."}.get(
            word, f"She {word} before surgery."),
        "treatments"),
    # r4: a reporting verb ends the scope of a search for metastases ('done to look for metastases showed ...')
    ("context", "cues", next(i for i, rule in enumerate(RULES["context"]["cues"])
                             if "showed" in rule.get("ends_at", [])), "ends_at"): (
        lambda word: f"A PET scan done to look for metastases {word} liver metastases.", "metastasis_sites"),
    # r18: 'during' ends a refusal's scope too: 'a caecal mass was found instead of an appendix during surgery'
    ("context", "cues", next(i for i, rule in enumerate(RULES["context"]["cues"])
                             if rule["category"] == "REFUSED" and "instead of" in rule["phrases"]), "ends_at"): (
        lambda word: f"A caecal mass was found instead of an inflamed appendix {word} surgery.", "treatments"),
    # r8-a: 'during' ends a question cue's scope: what follows it happened ('mistaken for ... during surgery')
    ("context", "cues", next(i for i, rule in enumerate(RULES["context"]["cues"])
                             if "during" in rule.get("ends_at", [])
                             and rule["category"] == "HYPOTHETICAL"), "ends_at"): (
        lambda word: f"The mass was mistaken for a lymphoma {word} surgery.", "treatments"),
    ("context", "clause_boundaries", "after_comma"): (
        lambda phrase: f"Her brother had liver metastases, {phrase} bone metastases appeared in her.",
        "metastasis_sites"),
    # r13: ', and abdominal CT showed ...': an examination with its own reporting verb starts a new clause
    ("context", "clause_boundaries", "examination_clauses", "nouns"): (
        lambda noun: f"There was no ascites, and {noun} revealed liver metastases.", "metastasis_sites"),
    ("context", "clause_boundaries", "examination_clauses", "verbs"): (
        lambda verb: f"There was no ascites, and CT {verb} liver metastases.", "metastasis_sites"),
    # h24-trt: an other-patient cue reaches over ', with' ('similar cases, with ... treated by PRRT')
    ("context", "clause_boundaries", "other_patient_crosses"): (
        lambda phrase: f"A review of the literature found similar cases, {phrase} liver metastases treated by PRRT.",
        "treatments"),
}


# r10b: the comma that closes an opening concessive or comparing clause bounds the cues of both clauses
OPENING_VERB_PROBES = {
    "was": "Although there was no nodal disease, CT showed liver metastases.",
    "were": "Although there were no nodal metastases, CT showed liver metastases.",
    "had": "Although the nodes had no tumour, CT showed liver metastases.",
    "found": "Although CT found no nodal disease, MRI showed liver metastases.",
}
OPENING_PATIENT_PROBES = {  # the literature's cue stays in its clause when the sentence names a patient
    "she": "CT showed that she had liver metastases", "he": "CT showed that he had liver metastases",
    "her": "CT showed liver metastases in her", "his": "CT showed liver metastases in his case",
    "him": "CT showed liver metastases in him", "we": "liver metastases were found when we operated",
    "woman": "liver metastases were found in the woman", "man": "liver metastases were found in the man"}
OPENING_LIST_PROBES = {
    "and": "Although no nodes were involved, and no bone lesions were seen, CT showed liver metastases.",
    "including": "Although treatments are available, including surgery, she was given lanreotide.",
    "such": "Although treatments are available, such as surgery, she was given lanreotide.",
}
CONTEXT[("context", "clause_boundaries", "opening_clauses", "clause_openers")] = (
    lambda word: f"{word.capitalize()} no lymph nodes were involved, CT showed liver metastases.", "metastasis_sites")
# r17: a purpose opener ('To exclude nodal disease, ...') questions its own phrase only
CONTEXT[("context", "clause_boundaries", "opening_clauses", "phrase_openers")] = (
    lambda word: "Without nodal disease, CT showed liver metastases." if word == "without"
    else f"{word.capitalize()} surgery, octreotide was given." if word in ("instead of", "rather than")  # r18
    else f"{word.capitalize()} no nodal disease, CT showed liver metastases." if not word.startswith("to ")
    else f"{word.capitalize()} nodal disease, CT was done and showed liver metastases.", "row")
CONTEXT[("context", "clause_boundaries", "opening_clauses", "verbs")] = (
    lambda word: OPENING_VERB_PROBES[word], "metastasis_sites")
CONTEXT[("context", "clause_boundaries", "opening_clauses", "verb_suffixes")] = (
    lambda suffix: f"Although CT reveal{suffix} no nodal disease, MRI showed liver metastases.", "metastasis_sites")
CONTEXT[("context", "clause_boundaries", "opening_clauses", "patient_words")] = (
    lambda word: f"She had an ileal NET. Although such cases were described in the literature, {OPENING_PATIENT_PROBES[word]}.",
    "metastasis_sites")
CONTEXT[("context", "clause_boundaries", "opening_clauses", "list_words")] = (
    lambda word: OPENING_LIST_PROBES[word], "row")


# r10b: ', she' ends the literature's phrase only: a date heading the sentence still dates her operation
CONTEXT[("context", "clause_boundaries", "other_patient_only")] = (lambda word: "A 64-year-old woman had liver "
    "metastases.\nTen years ago, " + {"she": "she had undergone a hernia repair operation.",
                                     "he": "he had undergone a hernia repair operation.",
                                     "her": "her hernia repair operation was done.",
                                     "his": "his hernia repair operation was done.",
                                     "we": "we performed a hernia repair operation."}[word], "treatments")


# h23 site: a generic clause about the tumour class ('G1 NETs have a Ki-67 index under 3%')
# r25: an anchor before a word of knowledge ties the clause to nobody ('it is now recognized that ...')
CONTEXT[("context", "generic_statements", "knowledge_words")] = (
    lambda word: f"A man had an oesophageal mass. It is now {word} that oesophageal small cell carcinoma shows "
                 "early dissemination to distant organs.", "metastasis")
CONTEXT[("context", "generic_statements", "class_types")] = (lambda label: {
    "KI67": "G1 NETs have a Ki-67 index under 3%.",
    "GRADE": "A 60-year-old woman had a rectal NET. Grade 2 NETs have a good prognosis.",
    "SYNDROME": "Rectal carcinoids are non-functional.",  # r4-trt: a syndrome stated for the tumour class
    "HEREDITY": "Some gastrinomas arise in MEN1.",  # r6d-synd: an inherited syndrome stated for the tumour class
    "MITOSES": "G1 NETs have fewer than 2 mitoses per 10 HPF.",  # r11: a count stated for the tumour class
}[label], "row")
CONTEXT[("context", "generic_statements", "class_nouns")] = (
    lambda word: f"G1 {word} have a Ki-67 index under 3%.", "ki67")
CONTEXT[("context", "generic_statements", "class_determiners")] = (
    lambda word: f"A 60-year-old woman had two ileal NETs resected. {word.capitalize()} tumours have a Ki-67 index "
                 "below 3%.", "ki67")
# r5b-meta: a generic clause about how the tumour class spreads ('SCLC is an aggressive disease with early
# distant metastases'): the metastasis word counts only beside a word of the class's behaviour (after a first
# line, which would be read as the report's title)
SPREAD_CASE = "Case report\nA 60-year-old man presented with cough. "
CONTEXT[("context", "generic_statements", "spread_types")] = (lambda label: {
    "METASTASIS": SPREAD_CASE + "It is an aggressive tumour with distant metastases.",
    # r27: how the class spreads is no new disease of the patient's
    "OUTCOME": "Case report\nA 60-year-old man had a rectal NEC resected. Since endocrine cell carcinoma is prone to "
               "early metastasis, an active multimodal treatment is recommended.",
}[label], "row")
SPREAD_MARKER_PROBES = {
    "aggressive": "It is an aggressive tumour with distant metastases.",
    "early": "It is a tumour with early distant metastases.",
    "prognosis": "The prognosis is poor owing to distant metastases.",
    "outlook": "The outlook is poor owing to distant metastases.",
    "other": "Most of them are metastases from other organs.",
    "rate": "It has a high rate of distant metastases.",
    "rates": "Distant metastasis rates are high.",
    "frequent": "Distant metastases are frequent.",
    "often": "They often have distant metastases.",
    "characterized": "It is a disease characterized by distant metastases.",
    "characterised": "It is a disease characterised by distant metastases.",
    "patients": "Half of the patients have distant metastases.",
    "common": "Distant metastases are common at diagnosis.",
    "commonest": "The liver is the commonest site of metastasis.",
    "minority": "Distant metastases are present in a minority.",
    "majority": "A majority have distant metastases.",
    "%": "About 90% have distant metastases.",  # r14: a share of a class is a population statement
    # r26: how often the class spreads
    "sometimes": "They sometimes have distant metastases.",
}
CONTEXT[("context", "generic_statements", "spread_markers")] = (
    lambda word: SPREAD_CASE + SPREAD_MARKER_PROBES[word], "metastasis")
# r22: a proportion opening its clause speaks of a share of the tumour class, its noun left out ('about 10% occur
# as part of MEN1'); only numbers and openers stand before it
PROPORTION_CASE = "Case report\nA 45-year-old woman had a pancreatic NET resected. "
CONTEXT[("context", "generic_statements", "proportion_types")] = (lambda label: PROPORTION_CASE + {
    "SYNDROME": "About 70% are non-functioning.",
    "HEREDITY": "About 10% occur as part of MEN1.",
}[label], "row")
CONTEXT[("context", "generic_statements", "proportion_marks")] = (
    lambda word: PROPORTION_CASE + f"About 10{word} occur as part of MEN1.", "hereditary_syndrome")
PROPORTION_OPENER_PROBES = {"up": "Up to 10%", "to": "Up to 10%", "fewer": "Fewer than 5%", "less": "Less than 5%",
                            "more": "More than 5%", "than": "Fewer than 5%", "-": "About 10-20%",
                            "–": "About 10–20%"}
CONTEXT[("context", "generic_statements", "proportion_openers")] = (
    lambda word: PROPORTION_CASE + PROPORTION_OPENER_PROBES.get(word, f"{word.capitalize()} 10%")
    + " occur as part of MEN1.", "hereditary_syndrome")


# r5b-trt: a treatment for another cancer of a histology no NET has is the past history, only in a clause
# that says what it was 'for' and names no neuroendocrine or mixed tumour; a count of patients is a group.
OTHER_CANCER = next(i for i, rule in enumerate(RULES["context"]["cues"])
                    if "basal cell carcinoma" in rule["phrases"])
COUNTED = next(i for i, rule in enumerate(RULES["context"]["cues"]) if rule.get("after_count"))
# r6-mark: with 'because' beside 'for' the list keeps a requirement when one entry goes, so each entry's
# probe now holds that entry: without it the cue needs a word the sentence lacks and the radiotherapy stays
CONTEXT[("context", "cues", OTHER_CANCER, "requires_in_clause")] = (
    lambda word: f"She received radiotherapy {'because of' if word == 'because' else word} a basal cell carcinoma "
                 "of the cheek.", "treatments")
CONTEXT[("context", "cues", OTHER_CANCER, "blocked_in_clause")] = (
    lambda word: f"She received radiotherapy for squamous cell carcinoma ({word}).", "treatments")
# r6-outc: an index-patient cue followed by a reporting phrase names the literature's patient
CONTEXT[("context", "index_patient_cue_undoers")] = (
    lambda phrase: f"She is free of disease 16 months later.\n\nDiscussion\nThe patient {phrase} Jones died of "
                   "liver metastases within one year.", "outcome")
# r10b: 'no adverse events were reported' reports the patient's own course, not the literature's cases
REPORTED_DENIAL = next(i for i, rule in enumerate(RULES["context"]["cues"])
                       if "were reported" in rule["phrases"] and rule.get("blocked_in_clause"))
CONTEXT[("context", "cues", REPORTED_DENIAL, "blocked_in_clause")] = (
    lambda word: {"no": "No adverse events were reported during lanreotide treatment.",  # r18: the patient's own
                  "her": "A partial response to lanreotide was reported in her case.",
                  "his": "A partial response to lanreotide was reported in his case."}[word], "treatments")
# r12-site: a suspicion of metastasis its own clause goes on to confirm is a finding
CONFIRMED_SUSPICION = next(i for i, rule in enumerate(RULES["context"]["cues"])
                           if "suspicious for" in rule["phrases"] and rule.get("blocked_in_clause"))
CONTEXT[("context", "cues", CONFIRMED_SUSPICION, "blocked_in_clause")] = (
    lambda word: f"A rectal NET was known. A liver nodule suspicious for metastasis was biopsied, {word} a "
                 "metastatic NET.", "metastasis_sites")
# r13: a pathologist's 'population' of cells is the tumour's, not other people
CELL_POPULATION = next(i for i, rule in enumerate(RULES["context"]["cues"]) if "population" in rule["phrases"]
                       and rule.get("blocked_in_clause"))
CONTEXT[("context", "cues", CELL_POPULATION, "blocked_in_clause")] = (
    lambda word: f"Histology showed a monotonous population of small {word} positive for synaptophysin.",
    "markers_positive")
CONTEXT[("context", "cues", COUNTED, "count_determiners")] = (
    lambda word: f"Surgery was performed in {word} 3 cases.", "treatments")
# r12-lead: a comparison with other cases after a comma keeps the literature's cue in its own clause
CONTEXT[("context", "clause_boundaries", "comparisons")] = (
    lambda phrase: f"A 50-year-old woman had a pancreatic NET.\nShe was given everolimus, {phrase} most reported cases.",
    "treatments")
# r28: the authors' own report of their case, a subject, what may stand between and its verb
OWN_REPORT = "She had a rectal NET.\n\nDiscussion\n{} that the Ki-67 index was 4%."
CONTEXT[("context", "own_report_verbs", "subjects")] = (lambda word: OWN_REPORT.format(f"{word.title()} report"), "ki67")
CONTEXT[("context", "own_report_verbs", "verbs")] = (lambda word: OWN_REPORT.format(f"We {word}"), "ki67")
CONTEXT[("context", "own_report_verbs", "between")] = (
    lambda word: OWN_REPORT.format("We, report" if word == "," else f"We {word} report"), "ki67")
# r12-lead: a label before a patient's opening ('Case summary A 58-year-old man ...') keeps it an opening
CONTEXT[("context", "index_patient_opening", "label_words")] = (
    lambda word: f"{word.title()} A 58-year-old man had a heart lesion that previous studies had missed.", "age")

# r18: a bare 'and' between two clauses with verbs of their own ends the first, so that a backward cue of the
# second stays in it; each verb and subordinator is shown by a sentence that needs it
COORDINATED_LEFT_PROBES = {
    "was": "The tumour was resected and chemotherapy was considered.",
    "were": "Both tumours were resected and chemotherapy was considered.",
    "is": "The tumour is now resected and chemotherapy is considered.",
    "are": "Both tumours are now resected and chemotherapy is considered.",
    "had": "She had a hemicolectomy and chemotherapy was considered.",
    "has": "She has liver metastases and chemotherapy was considered.",
    "have": "Both tumours have now been resected and chemotherapy was considered.",
    "underwent": "She underwent a hemicolectomy and chemotherapy was considered.",
    "received": "She received octreotide and chemotherapy was considered.",
}
COORDINATED_LEFT_PROBES.update({verb: f"CT {verb} liver metastases and chemotherapy was considered." for verb in
                                ("showed", "revealed", "demonstrated", "disclosed", "found", "detected",
                                 "confirmed", "identified")})
COORDINATED_SUBORDINATOR_PROBES = {
    "that": "It was agreed that surgery and chemotherapy were considered.",
}
COORDINATED_RIGHT_PROBES = {
    "was": "Liver metastases were found and chemotherapy was considered.",
    "were": "Liver metastases were found and two cycles were considered.",
    "is": "Liver metastases were found and bone involvement is not seen.",
    "are": "Liver metastases were found and bone lesions are not seen.",
    "had": "Liver metastases were found and bone lesions had not been seen.",
    "has": "Liver metastases were found and bone involvement has not been seen.",
    "have": "Liver metastases were found and bone lesions have not been found.",
}
# r18: 'but' and a verb of the same subject keeps the literature's statement one ('..., but may occur with MEN1')
BUT_SHARED_PROBES = {"is": "An insulinoma is usually sporadic, but is part of MEN1 in some patients."}
CONTEXT[("context", "clause_boundaries", "but_shared_subject")] = (
    lambda word: BUT_SHARED_PROBES.get(
        word, f"Insulinomas are usually solitary and sporadic, but {word} occur in association with MEN1."),
    "hereditary_syndrome")
CONTEXT[("context", "clause_boundaries", "coordinated_clauses", "left_verbs")] = (
    lambda word: COORDINATED_LEFT_PROBES[word], "row")
CONTEXT[("context", "clause_boundaries", "coordinated_clauses", "left_subordinators")] = (
    lambda word: COORDINATED_SUBORDINATOR_PROBES[word], "treatments")
CONTEXT[("context", "clause_boundaries", "coordinated_clauses", "right_verbs")] = (
    lambda word: COORDINATED_RIGHT_PROBES[word], "metastasis_sites")
# r19: a treatment the past history gives another cancer is that cancer's ('a history of breast cancer treated with
# a mastectomy'): the cue on the cancer's name reads over the treatment words that end other scopes ('crosses'),
# in a clause of the past history ('requires_in_clause') that names no NET, no prostate or lung ('blocked_in_clause')
HISTORY_CANCER = next(i for i, rule in enumerate(RULES["context"]["cues"]) if rule.get("crosses"))
HISTORY_CANCER_PROBE = "She had a history of {cue} treated with a mastectomy and chemotherapy."
CROSSES_PROBES = {
    "which": "She had a history of breast cancer, which was treated with a mastectomy.",
    "treated with": "She had a history of breast cancer treated with a mastectomy.",
    "was treated": "She had a history of breast cancer that was treated by a mastectomy.",
    "were treated": "She had a history of melanoma lesions that were treated by surgery.",
    "underwent": "She had a history of breast cancer for which she underwent a mastectomy.",
    "received": "She had a history of breast cancer for which she received radiotherapy.",
    "then": "She had a history of breast cancer, diagnosed at 40 and then treated by a mastectomy.",
    "subsequently": "She had a history of breast cancer, diagnosed at 40 and subsequently treated by a mastectomy.",
    "after": "She had a history of breast cancer treated by radiotherapy after a mastectomy.",
    "following": "She had a history of breast cancer treated by radiotherapy following a mastectomy.",
}
CONTEXT[("context", "cues", HISTORY_CANCER, "crosses")] = (lambda word: CROSSES_PROBES[word], "treatments")
CONTEXT[("context", "cues", HISTORY_CANCER, "requires_in_clause")] = (
    lambda word: {"history": "She had a history of breast cancer treated with a mastectomy.",
                  "previously": "She had previously had breast cancer treated with a mastectomy."}[word], "treatments")
CONTEXT[("context", "cues", HISTORY_CANCER, "blocked_in_clause")] = (
    lambda word: f"She had a history of breast cancer treated with a mastectomy ({word}).", "treatments")

# Six lists of different kinds (cues, the index patient, clause boundaries, generic statements) run in `make
# test`, every list in `make test-exhaustive` (each entry run with and without itself; tests/sampling.py).
QUICK_CONTEXT = {("context", "index_patient_cues"), ("context", "skip_in_cues", "words"),
                 ("context", "clause_boundaries", "words"), ("context", "generic_statements", "present_words"),
                 ("context", "clause_boundaries", "opening_clauses", "clause_openers"),
                 ("context", "clause_boundaries", "coordinated_clauses", "left_verbs")}


@pytest.mark.parametrize("path", sampled(CONTEXT, QUICK_CONTEXT, ids=lambda path: ".".join(map(str, path))))
def test_every_context_entry_changes_its_example(nlp, processed, assembler, path):
    probe, field = CONTEXT[path]
    full_context = ContextComponent(nlp, rules=RULES)
    unneeded = []
    for entry in entries(path):
        doc = processed(probe(entry))
        full = value(assembler.assemble("probe", doc).row, field)
        ContextComponent(nlp, rules=without(path, entry))(doc)
        ablated = value(assembler.assemble("probe", doc).row, field)
        full_context(doc)
        if full == ablated:
            unneeded.append(f"{entry!r}: {full} either way in {probe(entry)!r}")
    assert not unneeded, f"{len(unneeded)} entries change nothing: {unneeded}"


# --- The vocabularies: every synonym of a marker, treatment and site ---------------------------------
# Their probes are the sentences of test_lexicon_probes.py. All phrase matches of the label are
# found once per probe; removing a synonym removes its matches, and the longest-per-label filter
# runs again (spans that later components added stay).

from test_lexicon_probes import lexicon, marker_probe, site_probe, treatment_probe  # noqa: E402

VOCABULARIES = {"markers": ("MARKER", marker_probe, "markers_positive"),
                "treatments": ("TREATMENT", treatment_probe, "treatments"),
                "drug_names": ("TREATMENT", treatment_probe, "treatments"),
                "sites": ("SITE", site_probe, "metastasis_sites")}


def _phrase_matcher(nlp, label):
    matcher, phrase_of = PhraseMatcher(nlp.vocab, attr="LOWER"), {}
    # the words matched as written (token patterns) have their probes in LEXICON above
    phrases = [p for p in lexicon_patterns(RULES) if p["label"] == label and isinstance(p["pattern"], str)]
    for k, pattern in enumerate(phrases):
        key = f"{label}#{k}"
        matcher.add(key, [nlp.make_doc(pattern["pattern"])])
        phrase_of[nlp.vocab.strings.add(key)] = (pattern["pattern"].lower(), pattern["id"])
    return matcher, phrase_of


def _base(phrase: str) -> str:
    """The synonym a pattern was made from ('chromogranin A.' is made from 'chromogranin a')."""
    return phrase[:-1] if phrase.endswith(".") else phrase


# A longer synonym that blocks a shorter one of another site ('mesenteric' is the peritoneum; 'the
# mediastinal lymph nodes' name the nodes, not the mediastinum): its probe is the blocking shape.
BLOCKING = {"lymph nodes": "Staging showed metastases in the mediastinal lymph nodes.",
            "mesenteric lymph node": "PET showed avid bone and mesenteric lymph node metastases."}


# The markers' synonyms run in `make test`, every vocabulary's in `make test-exhaustive` (tests/sampling.py).
@pytest.mark.parametrize("name", sampled(VOCABULARIES, {"markers"}))
def test_every_synonym_is_needed_by_its_probe(nlp, processed, assembler, name):
    label, probe, field = VOCABULARIES[name]
    matcher, phrase_of = _phrase_matcher(nlp, label)
    filter_spans = make_longest_per_label_filter()
    unneeded = []
    for canonical, synonym in lexicon(name, name):
        doc = processed(BLOCKING.get(synonym) or probe(canonical, synonym))
        full = value(assembler.assemble("probe", doc).row, field)
        raw = [(phrase_of[key], s, e) for key, s, e in matcher(doc)]
        ruled = {(s, e) for _, s, e in raw}
        later = [sp for sp in doc.spans[SPANS_KEY] if sp.label_ == label and (sp.start, sp.end) not in ruled]
        kept = [Span(doc, s, e, label=label, span_id=ident) for (phrase, ident), s, e in raw
                if _base(phrase) != synonym.lower()]
        others = [sp for sp in doc.spans[SPANS_KEY] if sp.label_ != label]
        doc.spans[SPANS_KEY] = filter_spans(others + later, kept)
        if value(assembler.assemble("probe", doc).row, field) == full:
            unneeded.append(f"{synonym!r} ({canonical})")
    assert not unneeded, f"{len(unneeded)} synonyms change nothing: {unneeded}"


# --- Context cues: every phrase of rules/context.json ------------------------------------------------
# The target stands at the far edge of the cue's reach (max_scope tokens), so that a longer wording
# ('no evidence of') is needed beside the shorter one inside it ('no'): it reaches further.

FILLER = "any new or growing and very large dense round firm".split()


def _words(n: int) -> str:
    return " ".join(FILLER[:n])


def edge_frames(scope: int) -> dict:
    return {
        ("NEGATED", "forward"): (f"The staging CT showed {{cue}} {_words(scope - 1)} liver metastases.", "metastasis_sites"),
        ("NEGATED", "backward"): (f"Liver metastases {_words(scope - 2)} {{cue}} on the staging CT.", "metastasis_sites"),
        ("REFUSED", "forward"): (f"The patient {{cue}} {_words(scope - 1)} everolimus for the tumour.", "treatments"),
        # 'for her': a patient anchor, so that the sentence is not a generic statement ('can be given')
        ("REFUSED", "backward"): (f"Everolimus {_words(scope - 1)} {{cue}} for her.", "treatments"),
        ("HYPOTHETICAL", "forward"): (f"The team noted {{cue}} {_words(scope - 1)} everolimus for her tumour.", "treatments"),
        ("HYPOTHETICAL", "backward"): (f"Everolimus {_words(scope - 1)} {{cue}} for her tumour.", "treatments"),
        ("OTHER_PATIENT", "bidirectional"): ("{cue} everolimus was given for the tumour.", "treatments"),
        ("HISTORICAL", "forward"): (f"She had {{cue}} {_words(scope - 1)} cholecystectomy.", "treatments"),
        ("HISTORICAL", "backward"): (f"She had a cholecystectomy {_words(scope - 1)} {{cue}}.", "treatments"),
        # r6b-meta: another cancer's metastases in the past history (the condition word is appended)
        ("HISTORICAL", "forward", "METASTASIS", "SITE"): (f"She had {{cue}} {_words(scope - 1)} liver metastases.",
                                                          "metastasis_sites"),
        # h23-meta: cues that act on STAGING spans only ('the staging CT was unremarkable')
        ("NEGATED", "backward", "STAGING"): (f"The staging {_words(scope - 1)} {{cue}}.", "metastasis"),
        ("NEGATED", "forward", "STAGING"): (f"She had {{cue}} {_words(scope - 1)} staging scans.", "metastasis"),
        ("HYPOTHETICAL", "forward", "METASTASIS"): (f"A scan was done {{cue}} {_words(scope - 1)} metastases.", "metastasis"),
        # r28: an organ's lesions of undetermined nature are no site of a metastasis said elsewhere
        ("HYPOTHETICAL", "backward", "SITE"): (
            f"A rectal NET had metastatic lymph nodes. CT showed nodules in the liver {_words(scope - 1)} {{cue}}.",
            "metastasis_sites"),
        ("HYPOTHETICAL", "backward", "METASTASIS"): (
            f"The tumour had a metastatic {_words(scope - 1)} {{cue}}.".replace("  ", " "), "metastasis"),
        # r3-meta: 'primary NENs versus NEN metastases' (a comparison, both directions)
        ("HYPOTHETICAL", "bidirectional", "METASTASIS"): (
            f"The review set primary tumours {{cue}} {_words(scope - 1)} metastases.", "metastasis"),
        # r5-mark: 'analysis of', not 'testing for': a search for MEN1 ('testing for MEN1') is a cue of its own now
        ("NEGATED", "backward", "HEREDITY"): (f"Germline analysis of MEN1 {_words(scope - 2)} {{cue}}.",
                                              "hereditary_syndrome"),
        # r14: a treatment's form field left empty ('Adjuvant chemotherapy: none')
        ("NEGATED", "backward", "TREATMENT"): ("She had an ileal NET. Adjuvant chemotherapy{cue}.", "treatments"),
        # r11: a test whose result is not back, a genetic test or a stain
        ("NEGATED", "backward", "HEREDITY", "MARKER"): (f"Germline analysis of MEN1 {_words(scope - 2)} {{cue}}.",
                                                        "hereditary_syndrome"),
        # r5-mark: a search for an inherited syndrome with no result; a somatic mutation is the tumour's
        ("HYPOTHETICAL", "forward", "HEREDITY"): (f"The team noted {{cue}} {_words(scope - 1)} MEN1.",
                                                  "hereditary_syndrome"),
        ("NEGATED", "forward", "HEREDITY"): (f"The tumour had a {{cue}} {_words(scope - 1)} MEN1 mutation.",
                                             "hereditary_syndrome"),
        # r6d-synd: a syndrome or inherited syndrome judged unlikely ('making MEN1 unlikely')
        ("HYPOTHETICAL", "backward", "SYNDROME", "HEREDITY"): (
            f"The team judged MEN1 {_words(scope - 2)} {{cue}}.", "hereditary_syndrome"),
        # r5-num: a sentence that defines the grades ('a Ki-67 index of 3-20% defines G2')
        ("OTHER_PATIENT", "bidirectional", "KI67", "GRADE", "MITOSES"): ("A Ki-67 index of 3-20% {cue} G2.", "grade"),
    }


# A cue whose need shows in a whole sentence rather than in its frame.
CUE_SENTENCES = {"not considered": ("Everolimus was not considered.", "treatments"),
                 "?": ("A man was seen for bleeding. His surgeon asked: was more surgery needed{cue}",  # r24
                       "treatments"),
                 "ineligible": ("She had liver metastases, and everolimus was ineligible.", "treatments"),
                 "was suspected to be": ("A presacral NET was found that was initially suspected to be a hepatic "
                                         "metastasis.", "primary_site")}
# h23-synd: 'avoid' refuses a treatment already (REFUSED forward); 'to avoid' also makes a syndrome a risk.
# r27: the entity a tumour is told apart from is no finding of the patient's
CUE_SENTENCES.update({cue: ("A 60-year-old man had a rectal NEC. It is {cue} a primary cutaneous neuroendocrine "
                            "carcinoma.", "primary_site")
                      for cue in ("differentiated from", "distinguished from", "distinct from", "different from",
                                  "differs from", "in contrast to")})
CUE_SENTENCES["entity from"] = ("A 60-year-old man had a rectal NEC. It is a distinct {cue} a primary cutaneous "
                                "neuroendocrine carcinoma.", "primary_site")
# r26: 'in consideration of' gives a reason; the treatment after it was done
CUE_SENTENCES["in consideration of"] = ("{cue} her age, we performed surgery only.", "treatments")
CUE_SENTENCES["to avoid"] = ("Octreotide was given during surgery {cue} a carcinoid crisis.", "functional_syndrome")

# (h23 outcome helper) A predicate of possibility or frequency after a status word, for the outcome only.
# r27: 'in our experience' anchors the clause to the case, so that the cue, not a generic clause's spread, decides
CUE_SENTENCES.update({cue: ("She had an ileal NET resected. After surgery, our experience is that recurrence "
                            "{cue}, and she is followed yearly.",
                            "outcome")
                      for rule in RULES["context"]["cues"] if rule["allowed_types"] == ["OUTCOME"]
                      for cue in rule["phrases"]})


# r4-meta: the forward 'excluded' (metastases and sites only: 'PET/CT excluded metastatic disease') covers
# 'which excluded' in the metastasis frame; a syndrome shows that the longer cue is still needed.
CUE_SENTENCES["which excluded"] = ("Her fasting gastrin was normal, {cue} a gastrinoma.", "functional_syndrome")


# r5-mark: a refusal that closes its sentence after 'but' ('she was advised to undergo surgery but refused.')
CUE_SENTENCES.update({cue: ("She was advised to take everolimus {cue}", "treatments")
                      for rule in RULES["context"]["cues"] if rule["category"] == "REFUSED"
                      for cue in rule["phrases"] if cue.startswith("but ") and cue.endswith(".")})


SHARDS = 6  # the cues are checked in shards, so that pytest-xdist spreads them over its workers


def probed_cues():
    """(index of the cue rule, its phrase, the probe's sentence, its field) for every cue with a frame."""
    default_scope = RULES["context"]["defaults"]["max_scope"]
    for i, rule in enumerate(RULES["context"]["cues"]):
        frames = edge_frames(rule.get("max_scope") or default_scope)
        key = (rule["category"], rule["direction"])
        frame = frames.get((*key, *rule.get("allowed_types", [])), frames.get(key))
        if frame is None:
            continue
        for phrase in rule["phrases"]:
            if i == HISTORY_CANCER:  # r19: its own probe, which the frames' 'for <condition>' would not fit
                yield i, phrase, HISTORY_CANCER_PROBE.format(cue=phrase), "treatments"
                continue
            sentence, field = CUE_SENTENCES.get(phrase, frame)
            text = sentence.format(cue=phrase)
            if rule.get("requires_in_clause"):  # acts only beside the condition a procedure was for
                text = text[:-1] + f" for {rule['requires_in_clause'][0]}."
            yield i, phrase, text[0].upper() + text[1:], field


def test_most_context_cues_have_a_probe_frame():
    assert len(list(probed_cues())) > 400


@pytest.mark.exhaustive  # 700-odd cues, each run with and without itself: `make test-exhaustive`; that each acts is in make test
@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_context_cue_is_needed_by_its_probe(nlp, processed, assembler, shard):
    full_context = ContextComponent(nlp, rules=RULES)
    unneeded = []
    for n, (i, phrase, text, field) in enumerate(probed_cues()):
        if n % SHARDS != shard:
            continue
        rule = RULES["context"]["cues"][i]
        doc = processed(text)
        full = value(assembler.assemble("probe", doc).row, field)
        data = dict(RULES.data)  # only the context rules change: the rest is shared, not copied
        data["context"] = copy.deepcopy(RULES.data["context"])
        data["context"]["cues"][i]["phrases"] = [p for p in rule["phrases"] if p != phrase]
        ContextComponent(nlp, rules=Rules(RULES.directory, data, "ablated"))(doc)
        ablated = value(assembler.assemble("probe", doc).row, field)
        full_context(doc)
        if full == ablated:
            unneeded.append(f"{rule['category']} {rule['direction']} {phrase!r}")
    assert not unneeded, f"{len(unneeded)} cues change nothing: {unneeded}"
CUE_SENTENCES.update({cue: ("Surgery was performed in 4 {cue}.", "treatments")
                      for cue in RULES["context"]["cues"][COUNTED]["phrases"]})
CUE_SENTENCES.update({cue: ("She was given radiotherapy for a {cue} of the cheek.", "treatments")
                      for cue in RULES["context"]["cues"][OTHER_CANCER]["phrases"]})

