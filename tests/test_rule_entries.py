"""Every entry of the extractors' word lists (rules/patterns.json, rules/metastasis.json) is needed:
a sentence of our own gives one value with the full rules and another with that entry removed.

This is `make ablation` in miniature, on probe sentences instead of the gold reports. It is cheap
because these lists are read only by the extractors: the sentence goes through spaCy once, and
only the extractors are rebuilt without the entry. An entry no probe needs is dead: delete it.
"""
from __future__ import annotations

import pytest
from rule_ablation import RULES, lookup, value, without
from sampling import sampled

from pipeline.assemble import CaseAssembler
from pipeline.nlp import process
from pipeline.reading import normalize_text
from syndrome_outcome_probes import PROBES as SYNDROME_OUTCOME_PROBES

ADJECTIVES = {"nodular", "lobulated", "solid", "soft", "soft-tissue", "heterogeneous", "homogeneous", "hypoechoic",
              "hyperechoic", "hypodense", "hyperdense", "enhancing", "presacral", "submucosal", "primary",
              "tumour-like", "poorly", "differentiated", "well-differentiated", "neuroendocrine"}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def sex_probe(w):
    if w in ("she", "he"):
        return f"{_cap(w)} presented with flushing and diarrhoea."
    if w in ("her", "him"):
        return f"Flushing had troubled {w} for months."
    if w == "his":
        return "His flushing had begun a year before."
    if w in ("herself", "himself"):
        return f"The patient had found the lump {w}."
    if w in ("kadın", "erkek"):  # r25: the sex of the Turkish '50 yaşında kadın' (rules/patterns.json age_sex_turkish)
        return f"Karın ağrısı ile başvuran 50 yaşında {w} hastaya rezeksiyon yapıldı."
    return f"A 50-year-old {w} presented with flushing and diarrhoea."


def lesion_probe(w):
    if w in ADJECTIVES:
        return f"Ultrasound showed a 25 mm {w} shadow in the pancreas."
    return f"Ultrasound showed a 25 mm {w} in the pancreas."


def not_primary_probe(w):
    word = {"metasta*": "metastatic", "lymph*": "lymphatic", "cerebell*": "cerebellar"}.get(w, w)
    # r12-size: an adjective between the word and the noun, so that the word is no organ of the noun's own
    # (which rejects a size by itself once the primary is known: SizeProblems.neighbours)
    return f"A rectal NET was known. Ultrasound also showed one {word}, irregular lesion of 25 mm."


def clause_break_probe(w):
    joined = f"{w} " if w in (",", ";") else f" {w} "
    return f"The tumour measured 25 mm{joined}the liver was normal."


def joiner_probe(w):
    if w == "neck":  # r10b: a node region noun between coordinated sites
        return "CT showed lung and neck lymph node metastases."
    phrase = {"as": "as well as", "well": "as well as", "of": "of the"}.get(w, w)
    return f"CT showed liver {phrase} bone metastases."


def adjective_probe(suffix):
    adjective = {"al": "bilateral", "ic": "sclerotic", "ous": "numerous", "ar": "lobular", "ive": "extensive",
                 "ed": "scattered", "ary": "solitary", "ent": "concurrent",
                 "able": "innumerable", "ible": "visible"}[suffix]  # r6-sites: -able, -ible
    return f"CT showed liver and {adjective} bone metastases."


def nuclide_probe(kind):
    def probe(word):
        if kind == "needs_any":
            peptide = {"dota": "DOTA-JR11", "octreot": "octreotate", "pentetreot": "pentetreotide", "edotreot": "edotreotide",
                       "satoreot": "satoreotide", "lanreot": "lanreotide", "psma": "PSMA-617"}.get(word, word)
            return f"She received 177Lu-{peptide} for the tumour."
        if kind == "therapy_words":
            return f"68Ga-satoreotide was part of the {word}."
        if kind == "imaging_words":
            return f"177Lu-satoreotide {word} was noted."
        isotope = {"lu": "177Lu", "y": "90Y", "ac": "225Ac", "pb": "212Pb", "bi": "213Bi", "lutetium": "lutetium-177",
                   "yttrium": "yttrium-90", "actinium": "actinium-225", "lead": "lead-212", "bismuth": "bismuth-213"}[word]
        return f"{isotope}-satoreotide was noted."
    return probe


def list_word_probe(word):
    return f"The cells were negative for synaptophysin, while CD56 {word} {word} {word} {word} positive."


# key path -> (probe sentence for an entry, the row field it changes)
PROBES = {
    # h23-meta: 'skin lesions' are read as a rash (metastasis.json 'rash_sites'); skin nodules are not
    ("sites", "distant"): (lambda w: f"Metastatic disease was widespread. CT showed {'nodules' if w == 'skin' else 'lesions'}"
                           f" in the {w}.", "metastasis_sites"),
    ("sites", "primary_cues", "specific_tumour_nouns"): (
        lambda w: f"CT showed a lesion of the stomach and a {w} of the pancreas.", "primary_site"),
    # r17: a participle after the preposition is the organ's state ('site_adjective_suffixes'), so one of the
    # location words stands before it
    ("sites", "primary_cues", "location_words"): (
        lambda w: f"CT showed a tumour {w} in the stomach." if w.endswith("ed")
        else f"CT showed a tumour of the {w} of the stomach.", "primary_site"),
    ("sites", "primary_cues", "site_adjective_suffixes"): (
        lambda w: f"CT showed a tumour in an inflam{w} appendix.", "primary_site"),
    # r29: the host lesion a NET grew in stands between the tumour noun and its organ
    ("sites", "primary_cues", "host_lesion_words"): (
        lambda w: f"Pathology showed a neuroendocrine tumour arising in a {w} of the ovary.", "primary_site"),
    # r5-meta: 'primary' votes for a site across link words only ('the primary site was the ileum')
    ("sites", "primary_cues", "primary_links"): (
        lambda w: {"location": "The primary location was the ileum.", "is": "The primary site is the ileum.",
                   ":": "Primary site: ileum."}.get(
            w, f"The primary {w} site: ileum." if w in ("tumour", "tumor", "lesion")
            else "The primary site was the ileum."),
        "primary_site"),
    # r6-sites: an organ opening its sentence as the subject of a container verb votes for the primary
    ("sites", "primary_cues", "container_verbs"): (
        lambda w: f"The appendix {w} a 9 mm well-differentiated NET.", "primary_site"),
    ("sites", "primary_cues", "container_subject_words"): (
        lambda w: f"The {w} appendix contained a 9 mm well-differentiated NET.", "primary_site"),
    ("sites", "primary_cues", "examined_lesion_nouns"): (
        lambda w: f"Histology of the rectal {w} showed a well-differentiated NET.", "primary_site"),
    # r12-lead: where a tumour came back is no primary
    ("sites", "primary_cues", "recurrence_nouns"): (
        lambda w: f"A NET was resected. Years later, a {w} of the tumour in the lung was found.", "primary_site"),
    ("sites", "primary_cues", "placing_participles"): (
        lambda w: f"The tumour, {w} in the second portion of the duodenum, measured 15 mm.", "primary_site"),
    # r20: an imaging feature of the tumour's own in a 'with' phrase before its site
    ("sites", "primary_cues", "feature_nouns"): (
        lambda w: f"CT showed a 5 cm mass with marked {w} in the pancreatic tail.", "primary_site"),
    ("sites", "unknown_primary", "presenting_sites"): (
        lambda w: f"A {w} NET of unknown primary was excised.", "primary_site"),
    ("sites", "primary_cues", "measure_words"): (
        lambda w: f"CT showed a tumour of {w} 4 cm in the stomach." if w not in ("mm", "cm", "x", "×")
        else f"CT showed a tumour of 4 {w} in the stomach." if w in ("mm", "cm") else f"CT showed a tumour of 4 {w} 3 cm in the stomach.",
        "primary_site"),
    # r12-site: several masses in a distant organ place no primary there (most often metastases)
    ("sites", "primary_cues", "distant_plural_nouns"): (lambda w: f"CT showed several {w} in the spleen.", "primary_site"),
    ("sites", "primary_cues", "site_tumour_breaks"): (
        lambda w: f"Biopsy showed the pancreas {w} tumour.", "primary_site"),
    ("sites", "primary_cues", "origin_prepositions"): (
        lambda w: f"CT showed a tumour {w} the pancreas.", "primary_site"),
    ("markers", "polarity", "noun_backward"): (lambda w: f"On the slides PSA {w} was absent.", "markers_negative"),
    ("markers", "polarity", "negators"): (
        lambda w: "The tumour cells weren't positive for CD56." if w == "n't"
        else f"The tumour cells were {w} positive for CD56.", "markers_positive"),
    ("markers", "polarity", "list_words"): (list_word_probe, "markers_positive"),
    ("markers", "polarity", "walk_stops"): (
        lambda w: f"The cells were negative for CK7 {w} CD56 stained in places.", "markers_negative"),
    ("markers", "polarity", "noun_forward"): (
        lambda cue: f"{cue[0].upper() + cue[1:]} CD56 and CK7 was absent.", "markers_negative"),
    ("markers", "polarity", "strong_stain_words"): (
        lambda w: f"Serum tests were normal and {w} of the tumour cells was positive for CD56.", "markers_positive"),
    ("markers", "clone_carriers"): (lambda w: f"The tumour cells were positive for {w} (AE1/AE3).", "markers_positive"),
    ("treatments", "excluded_heads"): (lambda w: f"The surgery {w} was reviewed.", "treatments"),
    ("treatments", "radionuclide", "therapy_elements"): (nuclide_probe("therapy_elements"), "treatments"),
    ("treatments", "radionuclide", "therapy_words"): (nuclide_probe("therapy_words"), "treatments"),
    ("treatments", "radionuclide", "imaging_words"): (nuclide_probe("imaging_words"), "treatments"),
    ("treatments", "radionuclide", "needs_any"): (nuclide_probe("needs_any"), "treatments"),
    ("patterns", "sex", "female"): (sex_probe, "sex"),
    ("patterns", "sex", "male"): (sex_probe, "sex"),
    ("patterns", "sex", "nouns"): (sex_probe, "sex"),
    ("patterns", "sex", "pronouns"): (sex_probe, "sex"),
    ("patterns", "sex", "noun_phrase_words"): (lambda w: f"{_cap(w)} elderly woman presented with flushing.", "sex"),
    ("patterns", "sex", "labels"): (lambda w: f"Patient details. {_cap(w)}: female. Flushing began last year.", "sex"),
    ("patterns", "size", "lesion_nouns"): (lesion_probe, "tumor_size_mm"),
    ("patterns", "size", "lesion_suffixes"): (lambda w: f"Ultrasound showed a 25 mm insulin{w} in the pancreas.", "tumor_size_mm"),
    ("patterns", "size", "not_primary"): (not_primary_probe, "tumor_size_mm"),
    # r3-site: a not-primary organ word before a place at the organ ('the hepatic hilum') still lets the size count
    ("patterns", "size", "place_nouns"): (
        lambda w: f"A bile duct NET was diagnosed; CT showed a 25 mm mass in the hepatic {w}.", "tumor_size_mm"),
    ("patterns", "size", "distance_after"): (lambda w: f"The tumour lay 25 mm {w} and was resected.", "tumor_size_mm"),
    ("patterns", "size", "distance_before"): (lambda w: f"The tumour lay {w} 25 mm and was resected.", "tumor_size_mm"),
    # r29: a size the tumour changed to comes after the first one, though the resection is told before it
    ("patterns", "size", "changed_size_words"): (
        lambda w: f"The resected tumour {w} 25 mm; CT had shown a 40 mm mass in the pancreas.", "tumor_size_mm"),
    ("patterns", "size", "specimen_cues"): (
        lambda w: f"CT showed a 30 mm mass in the pancreas. On {w} review the tumour measured 25 mm.", "tumor_size_mm"),
    ("patterns", "size", "after_clause_breaks"): (clause_break_probe, "tumor_size_mm"),
    ("patterns", "size", "measure_verbs"): (
        lambda w: f"The tumour, a firm and rounded growth lying in the tail of the pancreas, {w} 25 mm.", "tumor_size_mm"),
    ("patterns", "size", "range_words"): (lambda w: f"Multiple nodules of 15 {w} 25 mm lined the bowel.", "tumor_size_mm"),
    ("patterns", "ki67", "upper_ops"): (lambda w: f"The Ki-67 index was {w} 5%.", "ki67"),
    ("patterns", "ki67", "lower_ops"): (lambda w: f"The Ki-67 index was {w} 5%.", "ki67"),
    ("patterns", "ki67", "area_cues"): (lambda w: f"The Ki-67 index was 30% ({w}) and 10%.", "ki67"),
    ("patterns", "ki67", "other_tumour_cues"): (
        lambda w: f"The Ki-67 index was 30% in hot spots and 10% in the {'metastasis' if w == 'metasta' else w}.", "ki67"),
    ("patterns", "ki67", "definitive_cues"): (
        lambda w: f"On biopsy the Ki-67 index was 8%. In the {w} sample the Ki-67 index was 12%.", "ki67"),
    ("patterns", "grade", "tumour_words"): (lambda w: f"Pathology confirmed a {w} of grade 2 in the ileum.", "grade"),
    ("patterns", "grade", "tumour_suffixes"): (lambda w: f"Pathology confirmed an insulin{w} of grade 2.", "grade"),
    ("patterns", "grade", "blockers"): (lambda w: f"In this tumour patient, {w} grade 2 was recorded.", "grade"),
    # r6-sites: the organ of a tumour called metastatic is a metastasis site when the primary is another organ
    ("metastasis", "metastatic_tumour_organ", "organ_prepositions"): (
        lambda w: f"Excision showed a metastatic neuroendocrine tumour {w} the orbit. A primary ileal NET was found.",
        "metastasis_sites"),
    ("metastasis", "metastatic_tumour_organ", "qualifier_stops"): (
        lambda w: f"CT showed a metastasis {w} a neuroendocrine breast tumour. A primary ileal NET was found.",
        "metastasis_sites"),
    ("metastasis", "metastatic_tumour_organ", "origin_links"): (
        lambda w: {",": "She had a NET of the orbit, metastasized from elsewhere. A primary ileal NET was found.",
                   "gland": "She had a NET of the thyroid gland metastasized from elsewhere. A primary ileal NET was found."}.get(
            w, f"She had a NET of the orbit {w} metastasized from elsewhere. A primary ileal NET was found."),
        "metastasis_sites"),
    ("metastasis", "site_after_prepositions"): (lambda w: f"CT showed metastases {w} the liver.", "metastasis_sites"),
    # r27: nodes an 'involvement' reaches are a nodal metastasis by themselves, so its probe reaches the skin
    ("metastasis", "lesion_nouns"): (
        lambda w: f"A rectal NET was known. CT showed metastatic {w} involving "
                  f"{'the skin' if w == 'involvement' else 'the lymph nodes'}.", "metastasis_sites"),
    ("metastasis", "found_verbs"): (lambda w: f"Metastases {w} in the lymph nodes.", "metastasis_sites"),
    ("metastasis", "found_verb_suffixes"): (  # r18: an adverb ('already', 'subsequently') as a participle is
        lambda w: f"Metastases were {dict(ed='discovered', ly='subsequently')[w]} in the lymph nodes.", "metastasis_sites"),
    ("metastasis", "distant_lesion_nouns"): (
        lambda w: f"Metastatic disease was widespread. CT showed {w} in the liver.", "metastasis_sites"),
    ("metastasis", "benign_qualifiers"): (
        lambda w: f"Metastatic disease was widespread. CT showed lesions in the liver, read as {w}.", "metastasis_sites"),
    ("metastasis", "list_joiners"): (joiner_probe, "metastasis_sites"),
    ("metastasis", "adjective_suffixes"): (adjective_probe, "metastasis_sites"),
    ("metastasis", "distant_only_words"): (lambda w: f"A year later she had a liver {w}.", "metastasis_sites"),
    # r5-meta: a substance that deposits ('iron deposits in the liver') makes no metastasis
    ("metastasis", "not_tumour_before"): (lambda w: f"MRI showed {w} deposits in the liver.", "metastasis_sites"),
    ("metastasis", "deposit_words"): (lambda w: f"CT showed a {w} in the liver.", "metastasis_sites"),
    # r4: spread and involvement of a distant organ, in a sentence naming a tumour (rules/metastasis.json spread)
    ("metastasis", "spread", "words"): (
        lambda w: "Her ileal NET had disseminated to the bones." if w == "disseminated"  # r6-sites
        else f"Her ileal NET showed liver {w}.", "metastasis_sites"),
    # r6-sites: an extension reaches the lymph nodes (a nodal metastasis), never an organ
    ("metastasis", "spread", "node_only_words"): (
        lambda w: f"The pancreatic NET {w} to the stomach and the regional lymph nodes." if w != "extension"
        else "The pancreatic NET showed extension to the stomach and the regional lymph nodes.", "metastasis_sites"),
    # r6d-meta: a tumour that invades the lymph nodes (the nodes as the verb's object)
    ("metastasis", "spread", "invasion_words"): (
        lambda w: f"The pancreatic NET {w} the regional lymph nodes.", "metastasis_sites"),
    # r5-meta: nodes a spread word reaches are a nodal metastasis ('lymphatic spread' names none)
    ("metastasis", "spread", "node_nouns"): (
        lambda w: "Her ileal NET had spread to the regional lymph nodes." if w == "node"
        else f"Her ileal NET had spread to the {w} basin of the mesentery.", "metastasis_sites"),
    ("metastasis", "spread", "tumour_words"): (
        lambda w: f"A 60-year-old man had a {w} with liver involvement.", "metastasis_sites"),
    # r11: a comma and focusing adverbs before the preposition of a metastasis word's list of sites
    ("metastasis", "site_list_after_comma", "adverbs"): (
        lambda w: "CT showed metastases, most notably in the liver." if w in ("most", "notably")
        else f"CT showed metastases, {w} in the liver.", "metastasis_sites"),
    ("metastasis", "site_list_after_comma", "prepositions"): (
        lambda w: f"CT showed metastases, mainly {w} the liver.", "metastasis_sites"),
    # r11: 'recurrent disease in the liver' (only the sites after its noun)
    ("metastasis", "recurrent_words"): (lambda w: f"A year later she had {w} disease in the liver.", "metastasis_sites"),
    # r11: 'the disease had spread to the liver'; not a name's disease ("Crohn's disease with hepatic involvement")
    ("metastasis", "spread", "disease_words"): (lambda w: f"The {w} had spread to the liver.", "metastasis_sites"),
    ("metastasis", "spread", "name_marks"): (
        lambda w: f"She had Crohn{w} disease with hepatic involvement.", "metastasis_sites"),
    # r11: a copula sums up the lesion it is said of
    # r11: a spread noun in a sentence naming no tumour names a site that needs a metastasis said elsewhere,
    # not the skin of a rash nor the heart of carcinoid heart disease
    ("metastasis", "spread", "untold_words"): (
        lambda w: f"A rectal NET with liver metastases was known. Bone scintigraphy showed skeletal {w}.",
        "metastasis_sites"),
    ("metastasis", "spread", "untold_not_sites"): (
        lambda w: "A rectal NET with liver metastases was known. The examination showed "
        f"{ {'heart': 'cardiac', 'skin': 'cutaneous'}.get(w, w)} involvement.", "metastasis_sites"),
    ("metastasis", "summary_copulas"): (
        lambda w: f"A rectal NET was known. The mass in the ovary {w} a metastasis.", "metastasis_sites"),
    ("metastasis", "summary_phrases"): (
        lambda w: f"A rectal NET was known. CT showed a nodule in the lung and another in the left adrenal, {w} metastases.",
        "metastasis_sites"),
    ("patterns", "size", "headline_sections"): (
        lambda w: f"CT showed a 30 mm mass in the pancreas.\n\n{w.title()}\nA pancreatic NET of 25 mm.", "tumor_size_mm"),
    ("patterns", "size", "specimen_sections"): (
        # r7b: an abstract that is the whole report text states the imaging size, then the specimen's
        lambda w: ("Abstract\nCT showed a 30 mm mass in the pancreas, and the resected tumour measured 25 mm."
                   "\n\nCase presentation\nShe is well.\n") if w == "abstract" else
        "CT showed a 30 mm mass in the pancreas.\n\n" + (
            "Figure 2. Resected tumour of the pancreatic tail, 25 mm in diameter." if w == "figure_legend"
            else "The resected tumour measured 25 mm."), "tumor_size_mm"),
    ("metastasis", "node_predicate", "verbs"): (
        lambda w: f"A rectal NET was known. Two lymph nodes {w} involved.", "metastasis_sites"),
    # r17: 'were metastatic' right after nodes is summed up as a metastasis word's site too; an adverb between
    ("metastasis", "node_predicate", "words"): (
        lambda w: f"A rectal NET was known. Two lymph nodes were {w}." if w != "metastatic"
        else "A rectal NET was known. Two lymph nodes were also metastatic.", "metastasis_sites"),
    ("metastasis", "organ_subject", "auxiliaries"): (
        lambda w: f"A rectal NET was known. The liver {w} studded with metastatic deposits.", "metastasis_sites"),
    ("metastasis", "organ_subject", "possession_verbs"): (
        lambda w: f"A rectal NET was known. The right lobe of the liver {w} a 4 cm metastasis.", "metastasis_sites"),
    ("metastasis", "organ_subject", "prepositions"): (
        lambda w: f"A rectal NET was known. The liver was studded {w} metastatic deposits.", "metastasis_sites"),
    ("metastasis", "imaged_organ", "imaging"): (
        lambda w: f"A rectal NET was known. {w.upper() if len(w) < 5 else w.capitalize()} of the brain showed two metastatic lesions.", "metastasis_sites"),
    ("metastasis", "imaged_organ", "verbs"): (
        lambda w: f"A rectal NET was known. MRI of the brain {w} two metastatic lesions.", "metastasis_sites"),
    ("metastasis", "node_predicate", "negators"): (
        lambda w: f"A rectal NET was known. The lymph nodes were {w} involved.", "metastasis"),
    # r11: a form-like label of the nodes and their count ('Lymph node status: 2/14')
    ("metastasis", "node_predicate", "label_words"): (
        lambda w: f"A rectal NET was known. Lymph node {w}: 2/14.", "metastasis"),
    ("metastasis", "node_predicate", "label_marks"): (
        lambda w: f"A rectal NET was known. Lymph nodes{w} 2/14 positive.", "metastasis"),
    ("metastasis", "node_predicate", "negative_words"): (
        lambda w: f"A rectal NET was known. The lymph nodes were {w}.", "metastasis"),
    ("metastasis", "node_predicate", "object_verbs"): (
        lambda w: f"A rectal NET was known. Two lymph nodes {w} tumour.", "metastasis_sites"),
    ("metastasis", "node_predicate", "objects"): (
        lambda w: f"A rectal NET was known. Two lymph nodes contained {w}.", "metastasis_sites"),
    ("metastasis", "node_predicate", "zero_counts"): (
        lambda w: "A rectal NET was known. " + ("0/12" if w.isdigit() else f"{w.capitalize()} of the")
        + " lymph nodes were involved.", "metastasis_sites"),
    ("metastasis", "other_side_words"): (
        lambda w: f"A woman had an ovarian NET. CT showed metastases in the {w} ovary.", "metastasis_sites"),
    # h23-meta: coordinated regional adjectives before nodes, the origin after 'of', skin lesions as a rash
    ("metastasis", "node_region", "adjective_suffixes"): (
        lambda w: f"CT showed {dict(al='mediastinal', ic='gastric')[w]} and hilar lymph node metastases.",
        "metastasis_sites"),
    ("metastasis", "node_region", "joiners"): (
        lambda w: f"CT showed mediastinal{w if w == ',' else ' ' + w} hilar lymph node metastases.", "metastasis_sites"),
    ("metastasis", "node_region", "not_region_words"): (
        lambda w: f"CT showed hepatic and {w} lymph node metastases.", "metastasis_sites"),
    ("metastasis", "origin_prepositions"): (
        lambda w: f"A rectal NET was known. Biopsy showed a metastasis {w} thymic carcinoid.", "metastasis_sites"),
    ("metastasis", "rash_sites"): (
        lambda w: f"A man with liver metastases of an ileal NET had {w} lesions.", "metastasis_sites"),
    ("metastasis", "whole_body_words"): (
        lambda w: "A rectal NET was known. CT showed no metastases in the liver or "
        + ("elsewhere." if w == "elsewhere" else f"{w} organs."), "metastasis"),
    ("metastasis", "rash_nouns"): (
        lambda w: f"A man with liver metastases of an ileal NET had skin {w}.", "metastasis_sites"),
    # r3-meta: an overall stage IV of a tumour (rules/metastasis.json stage_four)
    ("metastasis", "stage_four", "tumour_words"): (
        lambda w: f"A 60-year-old man was diagnosed with stage IV {w}.", "metastasis"),
    ("metastasis", "stage_four", "other_disease_words"): (
        lambda w: f"A man with an ileal NET also had {w} disease, stage 4.", "metastasis"),
    # r3-meta: a tumour found in biopsied lymph nodes (rules/metastasis.json node_pathology)
    ("metastasis", "node_pathology", "tumour_words"): (
        lambda w: f"A man had a bronchial carcinoid. Fine-needle aspiration of a cervical lymph node confirmed {w}.",
        "metastasis"),
    ("metastasis", "node_pathology", "found_verbs"): (
        lambda w: f"A man had an ileal NET. Tumour cells were {w} in two lymph nodes.", "metastasis"),
    # r11: a count of the nodes between 'in' and the nodes ('found in 3 of the 15 lymph nodes')
    ("metastasis", "node_pathology", "count_words"): (
        lambda w: "A man had an ileal NET. Tumour was found in 3 out of 15 lymph nodes." if w == "out"
        else "A man had an ileal NET. Tumour was found in 3 of the 15 lymph nodes.", "metastasis"),
    ("metastasis", "node_pathology", "found_in_links"): (
        lambda w: f"A man had an ileal NET. Tumour cells were found {w} two lymph nodes.", "metastasis"),
    ("metastasis", "node_pathology", "clause_joiners"): (
        lambda w: f"A man had a bronchial carcinoid. Biopsy of a cervical lymph node showed reactive changes {w} a "
        "tumour was confined to the lung.", "metastasis_sites"),
    ("metastasis", "node_pathology", "not_between"): (
        lambda w: f"A man had an ileal NET. The tumour was found in close proximity {w} the lymph nodes.",
        "metastasis"),
    ("treatments", "excluded_modifiers"): (lambda w: f"An {w} surgery was performed.", "treatments"),
    ("treatments", "institution_words"): (lambda w: f"She was admitted to the {w} of Thoracic Surgery.", "treatments"),
    ("markers", "polarity", "predicate_verbs"): (
        lambda w: f"The tumour was negative for CK7, and CD56 expression {w} strong.", "markers_positive"),
    ("markers", "polarity", "adjacent_only"): (
        lambda w: f"She needed insulin, weight {w} followed.", "markers_negative"),
    ("sites", "primary_cues", "metastasis_organs"): (
        lambda w: f"A 60-year-old man had a metastatic {w} NET.", "primary_site"),
    ("sites", "primary_cues", "spread_prepositions"): (
        lambda w: f"A 60-year-old man had an ileal NET metastatic {w} the liver.", "primary_site"),
    ("metastasis", "pathology_words"): (
        lambda w: f"A rectal NET was known. A {w} of the liver showed a well-differentiated NET.", "metastasis_sites"),
}


INTRODUCING_EXAMPLES = {  # one phrase per pattern of patterns.age 'introducing_patterns'
    "age_year_old": "Later a 47-year-old woman came with flushing.",
    "age_words_year_old": "Later a forty-seven-year-old woman came with flushing.",
    "age_years_months_old": "Later a 47-year-and-2-month-old woman came with flushing.",
    "age_month_old": "Later an 18-month-old girl came with flushing.",
    "sex_age_slash": "F/47, flushing for months.",
    "age_sex_slash": "47/F, flushing for months.",
    "age_yo": "Later this 47 yo woman came with flushing.",
    "age_sex_bracket": "Later the patient (female, 47 years) came with flushing.",
}

# Words and section classes moved out of the extractors' code into rules/ (issue 22).
# r11: an operation named for its organ votes for the primary when pathology finds the tumour in it
for _organ in RULES["sites"]["operation_organs"]["organs"]:
    PROBES[("sites", "operation_organs", "organs", _organ)] = (
        lambda w: f"A 50-year-old patient underwent {w}; histology revealed a 1 cm NET.", "primary_site")
PROBES[("sites", "operation_organs", "pathology_openers")] = (
    lambda w: "A 50-year-old woman underwent appendectomy for appendicitis. " + (
        f"{w.capitalize()}, a carcinoid tumour was found at the tip." if w.endswith("ly")
        else f"On {w} examination, a carcinoid tumour was found at the tip."), "primary_site")
PROBES[("patterns", "age", "introducing_patterns")] = (  # an earlier 'at the age of' loses to the introducing phrase
    lambda w: "At the age of 40 she had an appendectomy. " + INTRODUCING_EXAMPLES[w], "age")
PROBES[("sections", "patient_intro_classes")] = (lambda w: {
    "case": "She presented with flushing and diarrhoea.",
    "abstract": "Flushing began last year.\n\nAbstract\nHe had flushing for a year.",
}[w], "sex")
PROBES[("patterns", "size", "headline_classes")] = (
    lambda w: f"She came for review.\n\n{w.title()}\nA pancreatic NET of 25 mm.\n\nCase presentation\n"
              "CT showed a 30 mm mass in the pancreas.", "tumor_size_mm")
PROBES[("patterns", "size", "phrase_articles")] = (
    lambda w: f"CT showed lesions in the liver and {w} 16 mm mass in the pancreas.", "tumor_size_mm")
PROBES[("patterns", "size", "phrase_joiners")] = (
    lambda w: f"CT showed lesions in the liver{' and' if w == 'and' else w} a 16 mm mass in the pancreas.", "tumor_size_mm")
# r5-num: a size told right after the operation is the specimen's, unless its sentence names an imaging study
_OPERATION_SENTENCES = {"ectomy": "Distal pancreatectomy followed.", "resect": "The tail was resected.",
                        "enucleat": "The mass was enucleated.", "excis": "Local excision followed.",
                        "whipple": "A Whipple was done.", "operation": "An operation followed.",
                        "surgery": "She had surgery.", "operated": "She was operated on.",
                        "removed": "The mass was removed.", "dissection": "Submucosal dissection followed.",
                        "laparotom": "A laparotomy followed."}  # r9c: what the operation found is measured there
PROBES[("patterns", "size", "operation_cues")] = (
    lambda w: f"CT showed a 30 mm mass in the pancreas. {_OPERATION_SENTENCES[w]} The tumour measured 25 mm.",
    "tumor_size_mm")
# An operation word in the size's own sentence now makes it the specimen's too (operation_cues); these
# specimen cues show their need in a sentence that also names an imaging study, where that rule stays off.
_SPECIMEN_PROBE = PROBES[("patterns", "size", "specimen_cues")][0]
PROBES[("patterns", "size", "specimen_cues")] = (
    lambda w: f"CT showed a 30 mm mass in the pancreas. The {w} tumour measured 25 mm, as on CT."
    if w in ("resected", "resection", "excised", "removed") else _SPECIMEN_PROBE(w), "tumor_size_mm")
PROBES[("patterns", "size", "imaging_words")] = (
    lambda w: f"CT showed a 30 mm mass in the pancreas. Distal pancreatectomy followed. The tumour measured 25 mm on {w}.",
    "tumor_size_mm")
# r5-num: a size whose own phrase names a tumour of another kind is that tumour's
PROBES[("patterns", "size", "other_tumour_nouns")] = (
    lambda w: f"The colectomy specimen held a 40 mm {w} and a 5 mm NET of the appendix.", "tumor_size_mm")
# r20: a drug right beside a class word is the drug it names, unless a break word tells them apart
PROBES[("treatments", "class_agent", "breaks")] = (
    lambda w: "She received octreotide{} chemotherapy.".format(w if w in ",;" else " followed by" if w == "followed"
                                                             else f" {w}"), "treatments")
# r20: a size whose own phrase is a duct measures that duct
PROBES[("patterns", "size", "structure_nouns")] = (
    lambda w: "MRI showed a pancreatic head mass with the {} measuring 12 mm. Biopsy showed a NET.".format({
        "duct": "common bile duct", "ducts": "intrahepatic bile ducts", "cbd": "CBD", "mpd": "MPD"}.get(w, w)),
    "tumor_size_mm")
# r5-num: a value far from the keyword after an index noun is not the Ki-67's when another stain or count is named
PROBES[("patterns", "ki67", "long_gap_blockers")] = (
    lambda w: f"Ki-67 staining of the resected specimen was performed, and the {w} labelling index was 8%.", "ki67")
PROBES[("patterns", "ki67", "definitive_sections")] = (
    lambda w: "On biopsy the Ki-67 index was 8%. In the resected sample the Ki-67 index was 12%.", "ki67")
# r12-site: a metastasis word that names its removal takes 'of' as what it removed ('metastasectomy of the lung
# nodule'); the organ of an operation done for metastases ('hepatectomy for metastases', 'liver resection for ...')
PROBES[("metastasis", "removal_suffixes")] = (
    lambda w: "A rectal NET was known. She underwent a metastasectomy of the lung nodule.", "metastasis_sites")
PROBES[("metastasis", "treated_organ", "links")] = (
    lambda w: f"A rectal NET was known. She underwent a hepatectomy {w} metastases.", "metastasis_sites")
for _organ in RULES.data["metastasis"]["treated_organ"]["operations"]:
    PROBES[("metastasis", "treated_organ", "operations", _organ)] = (
        lambda w: f"A rectal NET was known. She underwent a {w} for metastatic deposits.", "metastasis_sites")
PROBES[("metastasis", "treated_organ", "nouns")] = (
    lambda w: f"A rectal NET was known. She underwent liver {w} for metastatic disease.", "metastasis_sites")
PROBES[("metastasis", "node_predicate", "attributive", "words")] = (
    lambda w: f"A rectal NET was known. Histology showed the NET with three {w} mesenteric lymph nodes.", "metastasis")
PROBES[("metastasis", "site_list_stop_words")] = (
    lambda w: f"A rectal NET was known. CT showed metastases in the liver {w} the lung.", "metastasis_sites")
PROBES[("metastasis", "distant_lesion_prepositions")] = (
    lambda w: f"A rectal NET was known. Metastatic disease was widespread. CT showed lesions {w} the liver.",
    "metastasis_sites")
PROBES[("metastasis", "organ_subject", "participle_suffixes")] = (
    lambda w: f"A rectal NET was known. The liver was studd{w} with metastatic deposits.", "metastasis_sites")
PROBES[("metastasis", "imaged_organ", "articles")] = (
    lambda w: f"A rectal NET was known. MRI of {w} brain showed two metastatic lesions.", "metastasis_sites")
PROBES[("metastasis", "imaged_organ", "side_words")] = (  # r25: a side word before the examined organ
    lambda w: f"A rectal NET was known. MRI of the {w} adrenal showed two metastatic lesions.", "metastasis_sites")
PROBES[("metastasis", "node_region", "position_words")] = (  # r25: 'pelvic lateral lymph nodes'
    lambda w: f"A rectal NET was known. MRI showed pelvic {w} lymph node metastases.", "metastasis_sites")
PROBES[("metastasis", "imaged_organ", "links")] = (
    lambda w: f"A rectal NET was known. MRI {w} the brain showed two metastatic lesions.", "metastasis_sites")
PROBES[("metastasis", "pathology_after_skips")] = (  # r6d-meta: 'hepatic lesions were biopsied'
    lambda w: f"A rectal NET was known. Several liver {w} biopsied and showed a well-differentiated NET."
    if w in ("lesion", "lesions", "mass", "masses", "nodule", "nodules")
    else f"A rectal NET was known. The liver lesion {w} biopsied and showed a well-differentiated NET." if w == "was"
    else "A rectal NET was known. The liver lesions were biopsied and showed a well-differentiated NET." if w == "were"
    else "A rectal NET was known. The liver lesions had been biopsied and showed a well-differentiated NET.",
    "metastasis_sites")
PROBES[("metastasis", "pathology_links")] = (
    lambda w: f"A rectal NET was known. A biopsy {w} the liver showed a well-differentiated NET.", "metastasis_sites")
PROBES[("sites", "primary_cues", "primary_words")] = (
    lambda w: f"CT showed a pancreatic NET and a {w} ileal NET.", "primary_site")
PROBES[("sites", "primary_cues", "apposition_articles")] = (
    lambda w: f"Surgery was done at the tip of the appendix, {w} 7 mm well-differentiated NET.", "primary_site")
PROBES[("sites", "title", "sections")] = (lambda w: {  # a site in the title is the patient's
    # r19: the site past the topic's reach ('reach_tokens'), so that only the title's own vote counts
    "front_matter": "An unusual presentation in an elderly man of an ileal neuroendocrine tumour\n\nAbstract\n"
                    "She came for review.",
    "case": "Ileal neuroendocrine tumour: a review of the literature\n\nShe came for review.",
    # r19: the site past the topic's reach ('reach_tokens'), so that only the title's own vote counts
    "abstract": "She came for review.\n\nAbstract\nAn unusual presentation in an elderly woman of an ileal "
                "neuroendocrine tumour: a review of the literature\n\nShe came for review.",
}[w], "primary_site")
# r3-synd: a Title Case line ending in 'case report' after a colon is the title, and names the syndrome
# (r10c: a title that names no tumour, since a Title Case line naming one is a title by that alone)
PROBES[("sites", "title", "case_report_endings")] = (
    lambda w: f"Zollinger-Ellison Syndrome In A Young Man: A {w.title()}\n\n"
              "Case presentation\nHe was seen again.\n", "functional_syndrome")
# r6-rules: an 'and ... review' tail after the ending still closes the title line
PROBES[("sites", "title", "review_tail_words")] = (
    lambda w: f"Zollinger-Ellison Syndrome In A Young Man: A Case Report And {w.title()} Of The Literature\n\n"
              "Case presentation\nHe was seen again.\n", "functional_syndrome")
# r24: a report in Spanish, Portuguese, French or Italian puts the site's adjective after the tumour noun
# ('carcinoide gástrico'), maybe past the tumour's own description ('carcinoma de células pequeñas de pulmón')
POSTNOMINAL_SITES = {"ico": "gástrico", "ica": "gástrica", "icos": "gástricos", "icas": "gástricas",
                     "ique": "gastrique", "iques": "gastriques", "onar": "pulmonar", "onaire": "pulmonaire"}
PROBES[("sites", "primary_cues", "postnominal_site_suffixes")] = (
    lambda w: f"La biopsia mostró un carcinoide {POSTNOMINAL_SITES[w]}.", "primary_site")
PROBES[("sites", "primary_cues", "postnominal_skips")] = (
    lambda w: f"La biopsia mostró un carcinoma {w} de pulmón.", "primary_site")
PROBES[("treatments", "institution_links")] = (
    lambda w: f"She was admitted to the Department {w} Thoracic Surgery.", "treatments")
# r27: the pituitary of a MEN1 adenoma is no NET primary
PROBES[("sites", "primary_cues", "never_primary")] = (
    lambda w: f"A 40-year-old woman with MEN1 had a {w} tumour removed years ago.", "primary_site")
# h23-trt: a tracer's name beside a scan word is imaging; a name that is no tracer's stays a treatment.
PROBES[("treatments", "tracer_names")] = (lambda w: f"She had a {w} scan before surgery.", "treatments")
# h24-trt: a vein word before an embolization ('portal vein embolization' before a hepatectomy) names no treatment.
PROBES[("treatments", "excluded_modifiers_by_treatment", "embolization")] = (
    lambda w: f"She had a right hepatectomy after portal {w} embolization.", "treatments")
# r12-lead: a bilateral adrenalectomy ends an ectopic ACTH syndrome's cortisol excess; it treats no tumour
PROBES[("treatments", "excluded_modifiers_by_treatment", "adrenalectomy")] = (
    lambda w: f"Her Cushing syndrome resolved after {w} adrenalectomy.", "treatments")
# r29: after 'segment' or 'sacral', S-1 is a liver segment or a sacral root, no drug
PROBES[("treatments", "excluded_modifiers_by_treatment", "s-1")] = (
    lambda w: f"A second nodule lay in {w} S-1.", "treatments")


for _name in RULES["treatments"]["regimens"]:  # a regimen stands for its drugs
    PROBES[("treatments", "regimens", _name)] = (
        lambda w, name=_name: f"She was given {name.upper()} for six cycles.", "treatments")
for _name in RULES["treatments"]["classes"]:  # a class is left out when one of its drugs is named
    PROBES[("treatments", "classes", _name)] = (
        lambda w, name=_name: f"She received {name} with {w}.", "treatments")
PROBES[("sections", "feeds_row")] = (lambda w: {
    "case": "A 47-year-old woman had flushing.",
    "abstract": "She came for review.\n\nAbstract\nA 47-year-old woman had flushing.",
    "figure_legend": "She came for review.\n\nFigure 2. The resected tumour, 25 mm across.",
    "patient_table": "She came for review.\n\nTable 1. Immunohistochemical staining of the resected tumour\n"
                     "Chromogranin A: positive\nSynaptophysin: positive",
}[w], "row")
PROBES[("sections", "index_cue_classes")] = (  # front matter: the lines before the first header
    lambda w: "A rectal tumour in a woman\nIn our case the Ki-67 index was 4%.\n\nCase presentation\nShe came for review.\n"
    if w == "front_matter" else f"She came for review.\n\n{w.title()}\nIn our case the Ki-67 index was 4%.", "ki67")

# Histology and mitoses (rules/histology.json, rules/mitoses.json): a specific phrase beats a NEC (or a
# carcinoid) named after it only by coming first; without the entry it is generic, or nothing.
PROBES.update({
    ("histology", "specific", "NET"): (lambda w: f"Pathology showed a {w}; a second opinion said neuroendocrine carcinoma.",
                                       "histology"),
    ("histology", "specific", "NEC"): (
        lambda w: f"Pathology showed a {w.replace('*', 'oesophageal')}; a second opinion said carcinoid.", "histology"),
    ("histology", "plural_index_cues"): (lambda w: f"The lesions {w} neuroendocrine tumours.", "histology"),
    # r6-rules: an abbreviation defined after the class phrase's head noun ('atypical carcinoid tumours (ACTs)')
    ("histology", "abbreviation_head_nouns"): (
        # r19: the definition past the topic's reach, so that only the abbreviation names the class in the case
        lambda w: f"Introduction\nIn our experience over many years at this centre, atypical carcinoid {w}s (ACTs) "
                  "are rare.\n\nCase presentation\nA 49-year-old man "
                  "had a lung mass. Biopsy showed an ACT.\n", "histology"),
    ("histology", "specific", "MiNEN"): (lambda w: f"Pathology showed a {w}; a second opinion said carcinoid.", "histology"),
    ("histology", "generic", "NET"): (lambda w: f"Pathology showed a {w} of the ileum.", "histology"),
    ("histology", "not_before"): (
        lambda w: f"The carcinoid {w} was noted; biopsy said neuroendocrine carcinoma.", "histology"),
    ("histology", "precedence"): (lambda w: "The neuroendocrine carcinoma part was large and the neuroendocrine "
                                            "carcinoma cells were many in this MANEC.", "histology"),
    ("histology", "definitive_cues"): (
        lambda w: f"A biopsy showed a neuroendocrine carcinoma. The {w} showed a carcinoid.", "histology"),
    ("histology", "net_words"): (lambda w: f"A 50-year-old woman had a {w} lesion of the pancreas.", "review_flags"),
    ("histology", "net_abbreviations"): (lambda w: f"A 50-year-old woman had a {w} of the pancreas.", "review_flags"),
    ("mitoses", "count_words"): (lambda w: f"The {w} was 3 per 10 HPF.", "mitoses_low"),
    ("mitoses", "zero_words"): (lambda w: f"{w.capitalize()} mitoses were seen.", "mitoses_low"),
    ("mitoses", "upper_ops"): (lambda w: f"The tumour had {w} 2 mitoses per 10 HPF.", "mitoses_low"),
    ("mitoses", "lower_ops"): (lambda w: f"The tumour had {w} 20 mitoses per 10 HPF.", "mitoses_high"),
    ("mitoses", "range_joiners"): (
        lambda w: f"The tumour had 2{w}4 mitoses per 10 HPF." if len(w) == 1 else f"The tumour had 2 {w} 4 mitoses per 10 HPF.",
        "mitoses_low"),
    ("mitoses", "areas", "HPF"): (lambda w: f"The tumour had 3 mitoses per 10 {w}.", "mitoses_per"),
    ("mitoses", "areas", "mm2"): (lambda w: f"The tumour had 3 mitoses per 2 {w}.", "mitoses_per"),
    ("mitoses", "per_words"): (lambda w: f"The tumour had 3 mitoses {w} 10 HPF.", "mitoses_per"),
    # r11: a count told with a verb before its area, an article before the area; 'no discernible mitoses'
    ("mitoses", "count_auxiliaries"): (lambda w: f"Focally, 2 mitoses {w} found in 10 HPF.", "mitoses_per"),
    ("mitoses", "count_verbs"): (lambda w: f"Focally, 2 mitoses were {w} in 10 HPF.", "mitoses_per"),
    ("mitoses", "area_articles"): (lambda w: f"Focally, 2 mitoses were found in {w} 2 mm2 area.", "mitoses_per"),
    ("mitoses", "zero_adjectives"): (lambda w: f"There were no {w} mitoses.", "mitoses_low"),
    ("mitoses", "definitive_cues"): (
        lambda w: f"The biopsy had 1 mitosis per 10 HPF. The {w} had 6 mitoses per 10 HPF.", "mitoses_low"),
})



def mixed_cue_probe(w):
    """r3-synd: a mixing word joins a neuroendocrine carcinoma and an adenocarcinoma into a MiNEN; r7b:
    'mixed' alone, as the class phrase's adjective."""
    if w == "mixed":
        return "Pathology showed a mixed large cell neuroendocrine carcinoma with squamous cell carcinoma."
    if w.endswith("with"):
        return f"Pathology showed a neuroendocrine carcinoma {w} adenocarcinoma."
    if w.startswith("component"):
        return f"Pathology showed adenocarcinoma and neuroendocrine carcinoma {w}."
    return f"Pathology showed a {w} of adenocarcinoma and neuroendocrine carcinoma."


PROBES.update({  # r3-synd: a MiNEN stated by its parts (rules/histology.json 'mixed_*')
    ("histology", "mixed_cues"): (mixed_cue_probe, "histology"),
    ("histology", "mixed_other_carcinomas"): (
        lambda w: f"Pathology showed a neuroendocrine carcinoma admixed with {w}.", "histology"),
})

PROBES.update(SYNDROME_OUTCOME_PROBES)  # rules/syndromes.json and rules/outcome.json: tests/syndrome_outcome_probes.py

@pytest.fixture(scope="module")
def doc_of(nlp):
    cache = {}

    def _doc(sentence):
        if sentence not in cache:  # a probe that brings its own 'Case presentation' is a whole report
            whole = sentence if "Case presentation\n" in sentence else f"Case report\n\nCase presentation\n{sentence}\n"
            cache[sentence] = process(nlp, normalize_text(whole))
        return cache[sentence]

    return _doc


QUICK_PATTERNS = {("patterns", "grade", "patterns"), ("patterns", "sex", "phrase_patterns")}


def pytest_generate_tests(metafunc):
    """Parametrize once the whole module has run, so that probes appended below the tests count too (a
    decorator's `list(PROBES)` would see only the ones written above it)."""
    tables = {"test_every_entry_changes_its_probe": PROBES, "test_every_pattern_reads_its_example": PATTERN_PROBES}
    name = metafunc.function.__name__
    if name in tables:  # the patterns of two fields in `make test`, every one in `make test-exhaustive`
        quick = QUICK_PATTERNS if name == "test_every_pattern_reads_its_example" else tables[name]
        metafunc.parametrize("path", sampled(tables[name], quick, ids=".".join))


@pytest.mark.exhaustive  # every rules entry removed in turn (75 s of CPU): `make test-exhaustive`, run by .ci/run
def test_every_entry_changes_its_probe(doc_of, assembler, path):
    probe, field = PROBES[path]
    unneeded = []
    for entry in lookup(RULES.data, path):
        doc = doc_of(probe(entry))
        full = value(assembler.assemble("probe", doc).row, field)
        ablated = value(CaseAssembler(without(path, entry)).assemble("probe", doc).row, field)
        if full == ablated:
            unneeded.append(f"{entry!r}: {full} either way in {probe(entry)!r}")
    assert not unneeded, f"{len(unneeded)} entries of {'.'.join(path)} change nothing: {unneeded}"


def test_every_list_of_the_extractors_has_a_probe():
    """A new word list in these files needs a probe here."""
    def lists(data, path=()):
        for key, val in data.items():
            if isinstance(val, dict):
                yield from lists(val, path + (key,))
            elif isinstance(val, list) and val and all(isinstance(v, str) for v in val):
                yield path + (key,)

    found = set(lists(RULES.data["patterns"], ("patterns",))) | set(lists(RULES.data["metastasis"], ("metastasis",)))
    found |= {path for path in PROBES if path[0] in ("sites", "markers", "treatments", "sections")}
    missing = found - set(PROBES) - NOT_EXTRACTOR_LISTS
    assert not missing, missing


# Lists read by the lexicon ruler: tests/test_component_entries.py rebuilds the pipeline without each entry.
NOT_EXTRACTOR_LISTS = {("metastasis", "prefixes"), ("metastasis", "phrases"),
                       ("metastasis", "extent_compounds", "extents"),  # r12: the affix ruler's, test_component_entries.py
                       ("metastasis", "staging_phrases"),  # h23-meta: STAGING, tests/test_lexicon_entries.py LEXICON
                       ("metastasis", "abbreviations"),  # r6b-meta: 'mets', tests/test_lexicon_entries.py LEXICON
                       ("mitoses", "histology_grades", "NEC")}  # read by pipeline/consistency.py (tests/test_consistency.py)


# Pattern objects, by id: an example that only this pattern reads.
PATTERN_PROBES = {
    ("patterns", "age", "patterns"): ("age", {
        "age_year_old": "A 47-year-old woman presented with flushing.",
        "age_words_year_old": "A forty-seven-year-old woman presented with flushing.",
        "age_years_months_old": "A 6-year-and-4-month-old girl presented with flushing.",
        "age_month_old": "An 18-month-old girl presented with flushing.",
        "age_aged": "A woman aged 47 presented with flushing.",
        "age_aged_months": "A girl aged 18 months presented with flushing.",
        "age_of": "At the age of 47 she presented with flushing.",
        "age_at_event": "Her age at diagnosis was 47 years; she had flushing.",
        "age_sex_bracket": "The patient (female, 47 years) presented with flushing.",
        "age_years_of_age": "The patient, 47 years of age, presented with flushing.",
        "age_person_of_years": "A woman of 47 years presented with flushing.",
        "age_yo": "47 yo woman with flushing.",
        "sex_age_slash": "F/47 with flushing and a pancreatic mass.",
        "age_sex_slash": "47/F with flushing and a pancreatic mass.",
        "age_ordinal_year": "In her 48th year she presented with flushing.",
    }),
    ("markers", "elliptical", "patterns"): ("markers_positive", {
        "keratin": "The tumour cells were positive for cytokeratins 7 and 19.",
        "cks": "The tumour cells were positive for CKs 7 and 19.",
        "somatostatin": "The tumour cells were positive for somatostatin receptors 2 and 5.",
        "receptors": "The tumour cells were positive for estrogen and progesterone receptors.",
    }),
    ("patterns", "grade", "patterns"): ("grade", {
        "grade_label": "Pathology report. WHO grade: intermediate.",
        "grade_g": "The resected tumour was a NET G2.",
        "grade_word": "The resected tumour was a NET of grade 2.",
        "grade_who": "A 60-year-old man had abdominal pain. Histopathology confirmed WHO grade 2.",
        "grade_level": "The resected tumour was an intermediate-grade NET.",
        # r11-mk: a grade stated as a predicate
        "grade_stated_qualified": "The histological grade was 2.",
        "grade_stated": "The resected tumour was graded as intermediate.",
    }),
}


def _pattern_id(pattern: dict) -> str:
    return pattern.get("id") or pattern["needs"]


def test_every_pattern_reads_its_example(doc_of, assembler, path):
    field, examples = PATTERN_PROBES[path]
    patterns = lookup(RULES.data, path)
    assert set(examples) == {_pattern_id(p) for p in patterns}, "every pattern needs an example"
    unneeded = []
    for pattern in patterns:
        doc = doc_of(examples[_pattern_id(pattern)])
        full = value(assembler.assemble("probe", doc).row, field)
        ablated = value(CaseAssembler(without(path, pattern)).assemble("probe", doc).row, field)
        if full == ablated or not full:
            unneeded.append(f"{_pattern_id(pattern)}: {full} either way")
    assert not unneeded, unneeded

# session h23 (helper site): a metastasis presented first, and a site named as the origin
PROBES[("sites", "primary_cues", "deposit_prepositions")] = (
    lambda w: f"A metastatic NET {w} the breast was excised; a small bowel NET was found later.", "primary_site")
PROBES[("sites", "primary_cues", "origin_nouns")] = (
    lambda w: f"A NET in the breast was excised; it was of ileal {w}.", "primary_site")
PROBES[("sites", "primary_cues", "hormone_production_words")] = (
    lambda w: f"A pancreatic vasoactive intestinal peptide{w} tumour was found." if w.startswith("-")
    else f"A pancreatic vasoactive intestinal peptide {w} tumour was found.", "primary_site")
PROBES[("patterns", "size", "adjective_list_marks")] = (
    lambda w: "Ultrasound showed a 34 mm " + (", " if w == "," else f" {w} ").join(
        ["firm", "round", "smooth", "solid"]) + " lesion.", "tumor_size_mm")
PROBES[("patterns", "size", "margin_nouns")] = (
    lambda w: f"The tumour was resected with 15 mm wide tumour {w}.", "tumor_size_mm")
# r4-trt: an operation told by what it took out ('removal of the pancreatic lesion', 'the mass was removed')
PROBES[("treatments", "removal", "words")] = (lambda w: {
    "removal": "Removal of the lesion went well.", "removed": "The surgeons removed the lesion.",
    "remove": "The surgeons went on to remove the lesion.", "removing": "The surgeons succeeded in removing the lesion.",
}[w], "treatments")
PROBES[("treatments", "removal", "passive_words")] = (lambda w: {
    "was": "The lesion was removed.", "were": "The tumours were removed.", "been": "The lesion had been removed.",
    "be": "The lesion will be removed next week.",
}[w], "treatments")
# r4-path: 'up to' right after a measure verb is the lesion's greatest extent, not a bound
PROBES[("patterns", "size", "extent_after_measure_verb")] = (
    lambda w: f"Ultrasound showed a solid tumour in the pancreas measuring {w} 25 mm.", "tumor_size_mm")
# r17: a copula between the measure word and the extent ('the largest being up to 2 cm')
PROBES[("patterns", "size", "extent_links")] = (
    lambda w: f"Ultrasound showed three solid nodules in the pancreas, the largest {w} up to 25 mm.", "tumor_size_mm")
# r4-path: an age whose 'old' was left out, right before the person
PATTERN_PROBES[("patterns", "age", "patterns")][1]["age_years_noun"] = "A 47 years woman presented with flushing."
INTRODUCING_EXAMPLES["age_years_noun"] = "Later a 47 years woman came with flushing."  # r4-path
# r4-path: 'volume' as a measure noun ('with a volume of ...'); the shared frame's bare 'volume 25' reads as a journal volume
_MEASURE_PROBE = PROBES[("patterns", "size", "measure_verbs")][0]
PROBES[("patterns", "size", "measure_verbs")] = (
    lambda w: "The tumour, a firm and rounded growth lying in the tail of the pancreas, with a volume of 25 mm."
    if w == "volume" else _MEASURE_PROBE(w), "tumor_size_mm")
# session r4 (helper r4-meta): the part of an organ between a metastasis word and its site
PROBES[("metastasis", "organ_part_words")] = (
    lambda w: "A rectal NET was known. CT showed metastases to several sites, including the liver and the bones."
    if w == "sites"  # r6-sites
    else f"A rectal NET was known. CT showed metastases in the far lateral {w} of the liver.", "metastasis_sites")
# r7d: a relative clause with a spread verb goes on with a list of sites after a metastasis word
PROBES[("metastasis", "relative_spread", "pronouns")] = (
    lambda w: f"A rectal NET was known. CT showed metastases in the orbit, {w} affected the skull.", "metastasis_sites")
PROBES[("metastasis", "relative_spread", "adverbs")] = (
    lambda w: f"A rectal NET was known. CT showed metastases in the orbit, which {w} involved the skull.",
    "metastasis_sites")
PROBES[("metastasis", "relative_spread", "verbs")] = (
    lambda w: f"A rectal NET was known. CT showed metastases in the orbit, which {w} the skull.", "metastasis_sites")
PROBES[("metastasis", "disease_nouns")] = (
    lambda w: f"A rectal NET was known. A year later she had metastatic pulmonary {w}.", "metastasis_sites")
# r4-meta: the introduction's topic ('Laryngeal NETs are rare') votes when the case names no site
# (a title line first, as a report has: the line right after the title is no introduction's topic)
# r19: and the first prose of a page cut before its headers (front matter below the title line)
PROBES[("sites", "primary_vote", "topic", "sections")] = (
    lambda w: "An unusual tumour in a woman: a case report\nJournal of Clinical Cases 2020; 3(1): 1-3\nLaryngeal "
              "NETs are rare and aggressive tumours. Their diagnosis is difficult.\n\nCase presentation\nShe had a "
              "tumour removed." if w == "front_matter" else
              f"A case report from our clinic\n\n{w.title()}\nLaryngeal NETs are rare.\n\nCase presentation\n"
              "She had a tumour removed.", "primary_site")
PROBES[("sites", "primary_vote", "topic", "copulas")] = (
    lambda w: f"A case report from our clinic\n\nIntroduction\nThe excess {w} laryngeal NETs is rare.\n\n"
              "Case presentation\nShe had a tumour removed.", "primary_site")
PROBES[("sites", "primary_cues", "metastasis_origin_words")] = (
    lambda w: f"A NET of the breast, which had metastasized {w} the ileum, was excised.", "primary_site")
# r5-mark: 'positive'/'negative' right before a marker governs it forward ('showed positive CD56');
# without the entry the adjective is read backward and CD56 keeps only the later negative
PROBES[("markers", "polarity", "premodifiers")] = (lambda w: {
    "positive": "Immunohistochemistry showed positive CD56, and CD56 was negative on a second block.",
    "negative": "Immunohistochemistry showed negative CD56.",
    # r11-mk: a result word of nuclear proteins before the stain ('retained Rb', 'absent CK7 expression')
    "retained": "Immunohistochemistry showed retained CD56, and CD56 was negative on a second block.",
    "intact": "Immunohistochemistry showed intact CD56, and CD56 was negative on a second block.",
    "preserved": "Immunohistochemistry showed preserved CD56, and CD56 was negative on a second block.",
    "absent": "Immunohistochemistry showed absent CD56 expression.",
    "lost": "Immunohistochemistry showed lost CD56 expression.",
}[w], "markers_negative")
# r5b-trt: a premodifier heading a stain noun phrase governs the markers after its object word
# ('Positive staining of the tumour cells for CD56'); without the entry CD56 has no polarity
# (r10c: past words no list holds, as 'Positive staining of the tumour cells for CD56' is now a premodifier,
# a stain noun and its object, whatever follows)
PROBES[("markers", "polarity", "premodifier_objects")] = (
    lambda w: f"Positive immunohistochemical staining within the neoplastic nests {w} CD56 was seen.", "markers_positive")
# r5b-trt: a tumour word between a vessel modifier and 'embolization' is passed over ('lymphatic tumour
# embolization' is a pathology finding); without the entry the word hides the modifier
PROBES[("treatments", "modifier_skips")] = (
    lambda w: f"Histology showed a small cell carcinoma with lymphatic {w} embolization.", "treatments")
# r6-num: a header with the age first, an infant's age in weeks or days; a size measured of a pronoun
# opening its sentence; two tumours' Ki-67 values in one clause
_AGE_PROBES = PATTERN_PROBES[("patterns", "age", "patterns")][1]
_AGE_PROBES["age_sex_bracket_age_first"] = "Patient: 47 years, female. Flushing for months."
_AGE_PROBES["age_week_day_old"] = "A 3-week-old girl presented with hypoglycaemia."
INTRODUCING_EXAMPLES["age_sex_bracket_age_first"] = "Later, patient: 47 years, female. Flushing for months."
INTRODUCING_EXAMPLES["age_week_day_old"] = "Later a 3-week-old girl came with hypoglycaemia."
_AGE_PROBES["age_after_person"] = "A woman (47 y) presented with flushing."
INTRODUCING_EXAMPLES["age_after_person"] = "Later a woman (47 y) came with flushing."
_MEASURE_SENTENCES = {"it": "It measured 25 mm.", "its": "Its size was 25 mm.", "the": "The size was 25 mm.",
                      "was": "The size was 25 mm.", "is": "Its size is 25 mm."}
PROBES[("patterns", "size", "pronoun_subjects")] = (
    lambda w: f"A solid mass was seen in the pancreatic tail. {_MEASURE_SENTENCES[w]}", "tumor_size_mm")
PROBES[("patterns", "size", "measure_sentence_words")] = (
    lambda w: "A solid mass was seen in the pancreatic tail. "
              + _MEASURE_SENTENCES.get(w, f"The {w} diameter was 25 mm."), "tumor_size_mm")
PROBES[("patterns", "ki67", "lesser_tumour_cues")] = (lambda w: {
    "metasta": "The Ki-67 index was 25% in the liver metastasis and 8% in the primary tumour.",
    "biopsy": "The Ki-67 index was 2% in the biopsy and 6% in the surgical specimen.",
    "recurren": "The Ki-67 index was 30% in the recurrence and 6% in the primary tumour.",
    "node": "The Ki-67 index was 30% in the node and 6% in the primary tumour.",
    "nodal": "The Ki-67 index was 30% in the nodal deposit and 6% in the primary tumour.",
}[w], "ki67")
PROBES[("patterns", "ki67", "index_tumour_cues")] = (
    lambda w: f"The Ki-67 index was 25% in the liver metastasis and 8% in the {w} tumour.", "ki67")
# r6-num: two tumours' mitotic counts in one clause (extractors/two_tumours.py)
PROBES[("mitoses", "lesser_tumour_cues")] = (lambda w: {
    "metasta": "The tumour had 25 mitoses per 10 HPF in the liver metastasis and 4 per 10 HPF in the primary tumour.",
    "biopsy": "The tumour had 2 mitoses per 10 HPF in the biopsy and 6 per 10 HPF in the surgical specimen.",
    "recurren": "The tumour had 30 mitoses per 10 HPF in the recurrence and 6 per 10 HPF in the primary tumour.",
    "node": "The tumour had 30 mitoses per 10 HPF in the node and 6 per 10 HPF in the primary tumour.",
    "nodal": "The tumour had 30 mitoses per 10 HPF in the nodal deposit and 6 per 10 HPF in the primary tumour.",
}[w], "mitoses_low")
PROBES[("mitoses", "index_tumour_cues")] = (
    lambda w: f"The tumour had 25 mitoses per 10 HPF in the liver metastasis and 4 per 10 HPF in the {w} tumour.",
    "mitoses_low")
# r6-mark: a noun cue with a panel verb after its list names the panel used, not a result; without the
# entry the noun cue reads its list as positive
PROBES[("markers", "polarity", "panel_verbs")] = (
    lambda w: f"Immunohistochemical staining for CD56 and CK7 was {w}.", "markers_positive")
# r6c-num: a size followed by a containing verb and a tumour's size is the container's (extractors/size_words.py
# Container); without the verb or the tumour noun the specimen's 12 cm wins as the first size
PROBES[("patterns", "size", "container_verbs")] = (
    lambda w: f"The specimen, 12 cm long, {w[:-1]}ed a 15 mm tumour.", "tumor_size_mm")
PROBES[("patterns", "size", "contained_lesion_nouns")] = (
    lambda w: f"The specimen, 12 cm long, contained a 15 mm {w}.", "tumor_size_mm")

# r6c-outc: a conclusion's sentence that names the patient by a pronoun is hers (rules/sections.json
# pronoun_index_classes, index_pronouns; pipeline/extractors/report_view.py _names_by_pronoun)
PROBES[("sections", "pronoun_index_classes")] = (
    lambda w: f"She came for review.\n\n{w.title()}\nShe remains free of disease two years after surgery.", "outcome")
PROBES[("sections", "index_pronouns")] = (
    lambda w: "The patient came for review.\n\nConclusion\nTwo years after surgery, " + {
        "she": "she remains free of disease.", "he": "he remains free of disease.",
        "her": "her scan showed no recurrence.", "his": "his scan showed no recurrence.",
        "him": "a scan showed no recurrence in him."}[w], "outcome")
# r7b: a grade after the operation's sentence is the resected tumour's, unless its own sentence names a
# biopsy; without the entry the G3 that the biopsies gave outranks the G1 stated first (a biopsy named
# before the grade is Ki-67's lesser_tumour_cues' too, so the probe names it after the grade)
PROBES[("patterns", "grade", "biopsy_words")] = (
    lambda w: {"biops": "A NET G1 was found in the ileum. The tumour was resected in May. It was graded G3 on "
                        "the earlier biopsies."}[w], "grade")
# r9: vocabulary that was written into the code. An abbreviation's point ends no Ki-67 clause; without the
# entry 'approx.' ends the clause before the value. The determiners outcome_words.py passes over: without the
# entry the determiner is read as the first of the two words ('of her abdominal' names no symptom, 'in both
# lung' no tumour) or stands between the cause verb and the death word (no cause told before the death).
PROBES[("patterns", "ki67", "value_stop_abbreviations")] = (lambda w: f"The Ki-67 index was {w}. 5%.", "ki67")
PROBES[("outcome", "determiners", "symptom_after_of")] = (
    lambda w: f"Two years after surgery there was no recurrence of {w} abdominal pain.", "outcome")
PROBES[("outcome", "determiners", "tumour_after_in")] = (
    lambda w: f"Two years after surgery there was improvement in {w} lung masses.", "outcome")
PROBES[("outcome", "determiners", "death_after_cause_verb")] = (
    lambda w: f"Tumour progression led to {w} death 8 months after diagnosis.", "outcome")
# r9c: a word of a stain's strength or place makes a noun cue a result over an aside ('strong staining
# within the tumour cells for CD56'); 'immunohistochemical staining of ... for' names only the stain done
PROBES[("markers", "polarity", "result_premodifiers")] = (
    lambda w: f"Immunostains showed {w} staining within the tumour cells for CD56.", "markers_positive")
# r9b: a bracket after a metastasis word opens its list of sites, as a preposition does; an organ (or a
# length of it) after a removal word, with only these words between, is an operation named by what it took.
PROBES[("metastasis", "site_list_brackets")] = (lambda w: f"CT showed distant metastases {w}liver and bone).",
                                                "metastasis_sites")
PROBES[("treatments", "removal", "organ_fillers")] = (lambda w: {
    "of": "Removal of the spleen was performed.", "the": "Removal of the spleen was performed.",
    "a": "Removal of a segment of ileum was performed.", "an": "Removal of an entire spleen was performed.",
    "cm": "Removal of 20 cm of ileum was performed.", "mm": "Removal of 300 mm of ileum was performed.",
    "segment": "Removal of a segment of ileum was performed.", "portion": "Removal of a portion of ileum was performed.",
    "part": "Removal of part of the ileum was performed."}.get(w, f"Removal of the {w} spleen was performed."),
    "treatments")
# r9b: a living status that its sentence ends with the patient's return is the state before it: no outcome.
PROBES[("outcome", "return_words")] = (
    lambda w: f"Two years after surgery she remained well and {w} with diarrhoea.", "outcome")
PROBES[("syndromes", "confirmed_later", "phrases")] = (
    lambda w: f"An insulinoma was suspected. The fast ({w}) was done.", "functional_syndrome")
PROBES[("treatments", "removal", "organ_blockers")] = (lambda w: f"Removal of the biliary {w} was uneventful.", "treatments")
PROBES[("outcome", "reported_cues")] = (  # r10b: 'without', as 'no' in the clause now blocks the cue itself
    lambda w: f"At the 2-year follow-up, a course without recurrence {w}.", "outcome")
PROBES[("outcome", "vague_time_phrases")] = (
    lambda w: f"She had been treated with steroids {w} with improvement.", "outcome")
# r9b: an embolization that stops a bleeding is a haemostasis, no treatment of the tumour
PROBES[("treatments", "haemostasis", "words")] = (lambda w: f"Embolization for {w} was done.", "treatments")
PROBES[("treatments", "haemostasis", "treatments")] = (lambda w: f"{w.capitalize()} for bleeding was done.", "treatments")
# r10: a determiner after a comma opens a noun phrase of its own ('of the pancreas, the lymph node metastases')
PROBES[("metastasis", "phrase_openers_after_comma")] = (
    lambda w: f"In the posterior part of the pancreas, {w} lymph node metastasis was found.", "metastasis_sites")
# r10: an operation that found something is an exploration, no treatment by itself
PROBES[("treatments", "exploration", "heads")] = (lambda w: f"The {w} revealed a mass in the ileum.", "treatments")
PROBES[("treatments", "exploration", "finding_words")] = (lambda w: f"The laparotomy {w} a mass in the ileum.", "treatments")
# r10a: vocabulary that was written into the code. The words left out around a status (outcome_words.py
# 'beside_status'): kept, the determiner pushes the laboratory word 'serum' out of the three words read
# before 'was normal' (no longer 'alive'). The marks where those words stop: without one, 'serum' before
# it is read as the scan's ('alive' instead of 'alive, no disease'). The coordinators: without one, a
# denied progression after 'no recurrence' says only that the disease stands still. A confirmation of 'the
# diagnosis of a NET' names its own (syndromes.py), and a panel's result may follow a ';' in its own sentence.
_SERUM_OF = {"of": "the fasting", "an": "an overnight"}
_STATUS_CLAUSE_MARKS = {"(": "Two years after surgery the serum tests (all were normal).",
                        ")": "Two years after surgery the tests (serum) were normal."}
PROBES[("outcome", "determiners", "beside_status")] = (
    lambda w: f"Two years after surgery, the serum of {_SERUM_OF.get(w, w + ' fasting')} test was normal.", "outcome")
PROBES[("outcome", "status_clause", "marks")] = (
    lambda w: _STATUS_CLAUSE_MARKS.get(w, f"The serum{w} the scan was normal two years after surgery."), "outcome")
PROBES[("outcome", "status_clause", "coordinators")] = (
    lambda w: "Two years after surgery there was neither recurrence nor progression." if w == "nor"
    else f"Two years after surgery there was no recurrence {w} progression.", "outcome")
PROBES[("syndromes", "confirmed_later", "own_diagnosis_words")] = (
    lambda w: f"An insulinoma was suspected. A biopsy confirmed the diagnosis {w} a NET.", "functional_syndrome")
PROBES[("markers", "polarity", "result_clause_openers")] = (
    lambda w: f"Stains for TTF-1 and calcitonin were performed{w} all were negative.", "markers_negative")
# r10c: the organ of a complication a tumour caused votes for the primary ('a jejunal stricture due to a
# mass'); a size told of the largest of several lesions is one of them ('liver lesions, the largest 45 mm')
PROBES[("sites", "primary_cues", "complication_nouns")] = (
    lambda w: f"CT revealed a jejunal {w} due to an intraluminal mass.", "primary_site")
PROBES[("sites", "primary_cues", "cause_links")] = (
    lambda w: f"CT revealed a jejunal stricture {w} an intraluminal mass.", "primary_site")
PROBES[("patterns", "size", "superlatives")] = (
    lambda w: f"A rectal NET was known. CT showed multiple liver lesions, the {w} measuring 45 mm.", "tumor_size_mm")
# r10b: the vagina is a cervical or endometrial cancer's own (T-stage) extension, no metastasis site
for _organ in ("cervix", "uterus"):
    PROBES[("sites", "local_extension", _organ)] = (
        lambda w, organ=_organ: f"A small cell NEC of the {organ} was found. Metastases were seen in the pelvic"
                                f" lymph nodes and the {w}.", "metastasis_sites")
# r10b: a PubMed page's MeSH heading names the sex when nothing else does
PROBES[("patterns", "sex", "mesh_sexes")] = (
    lambda w: f"The patient had a rectal NET.\n\nMeSH terms\n\n  • Adult\n  • {w}\n  • Humans", "sex")
# r11-mk: a cue that left 'negatively' out as an adverb is none ('stained negatively for' is no 'stained for'); a
# Ki-67 value's clause parts at a contrast word, and each part's cue is its own
PROBES[("markers", "polarity", "polar_adverbs")] = (lambda w: f"The tumour stained {w} for CD56.", "markers_negative")
PROBES[("patterns", "contrast_words")] = (
    lambda w: f"The liver metastasis had a Ki-67 of 15%{w.rstrip()} the primary tumour had a Ki-67 of 4%.", "ki67_low")
# r11-mk: a negated subject before a positive cue ('No tumour cells were positive for CD56')
PROBES[("markers", "polarity", "subject_negators")] = (
    lambda w: "None of the cells stained for CD56." if w == "none" else "No tumour cells were positive for CD56.",
    "markers_negative")
PROBES[("markers", "polarity", "negated_subject_words")] = (lambda w: {
    "of": "None of the cells stained for CD56.", "the": "None of the cells stained for CD56.",
    "tumour": "No tumour cells stained for CD56.", "tumor": "No tumor cells stained for CD56.",
    "neoplastic": "No neoplastic cells stained for CD56.", "cells": "No tumour cells were positive for CD56.",
    "cell": "No tumour cell was positive for CD56.", "were": "No cells were positive for CD56.", "was": "None was positive for CD56.",
}[w], "markers_negative")

# r12-mk: stains named as the basis of the diagnosis, with no result word, are positive
# (extractors/marker_basis.py); without the basis word the list states nothing
PROBES[("markers", "polarity", "basis_words")] = (lambda w: {
    "confirmed": "IHC (CgA, CD56) confirmed it.", "confirmation": "Confirmation came from IHC (CgA, CD56).",
    "supported": "IHC (CgA, CD56) supported it.", "established": "IHC (CgA, CD56) established it.",
    "verified": "IHC (CgA, CD56) verified it.", "consistent": "IHC (CgA, CD56) was consistent with it.",
    "compatible": "IHC (CgA, CD56) was compatible with it.", "diagnostic": "IHC (CgA, CD56) was diagnostic.",
    "based": "It was based on IHC (CgA, CD56).", "typical": "IHC (CgA, CD56) was typical.",
    "diagnosed": "It was diagnosed by IHC (CgA, CD56).", "identified": "It was identified by IHC (CgA, CD56).",
    "diagnosis": "The diagnosis came from IHC (CgA, CD56).",
}[w], "markers_positive")
# ... and a modal, or a word that leaves the result open, tells no result
PROBES[("markers", "polarity", "basis_blockers")] = (
    lambda w: f"IHC (CgA, CD56) is {w} for the diagnosis." if w in ("recommended", "required")
    else f"The diagnosis {w} be confirmed by IHC (CgA, CD56).", "markers_positive")
# r12-mk: a Ki-67 value written in words is read as its digits
PROBES[("patterns", "ki67", "number_words")] = (lambda w: f"The Ki-67 index was {w} percent.", "ki67")
# r12-mk: a stain symbol beside known markers is a stain, not before a gene's word
PROBES[("markers", "symbol_gene_words")] = (lambda w: f"The tumour was negative for CK7 and MUM1 {w}.", "markers_negative")
# r12-size: the length of a resected part in a gross description is no lesion's size; a size estimated on
# physical examination comes after a measured one
PROBES[("patterns", "size", "segment_organ_nouns")] = (
    lambda w: f"The resection specimen comprised {w} 250 mm and a 15 mm tumour.", "tumor_size_mm")
PROBES[("patterns", "size", "palpation_cues")] = (
    lambda w: {"physical examination": "On physical examination, a 4 cm mass was noted.",
               "palpable": "A palpable 4 cm mass was noted.",
               "palpated": "A 4 cm mass was palpated in the abdomen.",
               "palpation": "On palpation, a 4 cm mass was noted."}[w] + " CT showed a 35 mm solid lesion.",
    "tumor_size_mm")
# r12-size: a size whose own lesion noun names another organ is that organ's lesion, unless the organ is a
# region that holds the primary or a neighbour the primary grows into
PROBES[("patterns", "size", "region_organs")] = (
    lambda w: {"retroperitoneum": "A NET of the pancreatic head was resected. CT had shown a 6 cm retroperitoneal mass.",
               "mediastinum": "A NEC of the oesophagus was diagnosed. CT had shown a 6 cm mediastinal mass."}[w],
    "tumor_size_mm")
PROBES[("patterns", "size", "neighbour_organs", "urachus")] = (
    lambda w: f"A urachal NET was resected. Ultrasound had shown a 3 cm {w} tumour.", "tumor_size_mm")
# r14: reports in Spanish, Portuguese, French, Italian and Japanese state the age and sex in fixed shapes
_AGE_PROBES["age_sex_japanese"] = "53歳時に胃切除術を受けた75歳の女性。"  # the introducing age wins over the event's
_AGE_PROBES["age_japanese"] = "腹痛のため来院した。年齢は47歳。"
_AGE_PROBES["age_person_other_language"] = "Presentamos el caso de una mujer de 47 años con dolor abdominal."
INTRODUCING_EXAMPLES["age_sex_japanese"] = "症例は47歳女性。"
INTRODUCING_EXAMPLES["age_person_other_language"] = "Se presenta una mujer de 47 años con dolor."
# r25: the Turkish congress abstract's age and sex ('50 yaşında kadın')
_AGE_PROBES["age_sex_turkish"] = "Karın ağrısı ile başvuran 47 yaşında kadın hastaya rezeksiyon yapıldı."
INTRODUCING_EXAMPLES["age_sex_turkish"] = "Olgu 47 yaşındaki erkek hasta."
# r26: a meeting abstract's shorthand, the sex's letter glued to the age ('47 YOF', 'Case: 47F presented ...')
_AGE_PROBES["age_yo_letter"] = "Seen in clinic: 47 YOF with flushing and a pancreatic mass."
_AGE_PROBES["age_sex_glued"] = "Seen in clinic. 47F with flushing and a pancreatic mass."
INTRODUCING_EXAMPLES["age_yo_letter"] = "Later this 47 YOF came with flushing."
INTRODUCING_EXAMPLES["age_sex_glued"] = "Later. 47F came with flushing."
# r27: a journal's structured case header, the sex and then the age with no unit ('Patient: Female, 47')
_AGE_PROBES["age_sex_case_header"] = "Patient: Female, 47\nFinal diagnosis: a pancreatic NET."
PROBES[("patterns", "sex", "article_nouns", "female")] = (
    lambda w: f"Presentamos {w} con dolor abdominal y diarrea.", "sex")
PROBES[("patterns", "sex", "article_nouns", "male")] = PROBES[("patterns", "sex", "article_nouns", "female")]
PATTERN_PROBES[("patterns", "sex", "phrase_patterns")] = ("sex", {"sex_decade_japanese": "症例は70歳代男性。"})
# r14: a part of the winning region named beside a lesion word, too far from it to vote, names the region
# more precisely ('small bowel carcinoid' with 'lesions ... along the wall of the distal jejunum')
PROBES[("sites", "primary_vote", "part_named_with")] = (
    lambda w: "A 60-year-old man had a small bowel carcinoid resected. CT had shown "
              f"{'the' if w.endswith('s') or w == 'thickening' else 'a'} {w} that had grown over several years "
              "along the wall of the distal jejunum.", "primary_site")
# r14: the tumour told first, found at the operation named for its organ
# r19: or removed by it, or diagnosed before it
OPERATION_FOUND_PROBES = {"treated": "The carcinoid was treated with an appendectomy.",
                          "requiring": "She had a carcinoid requiring an appendectomy.",
                          "required": "The carcinoid required an appendectomy.",
                          "diagnosis": "Following the diagnosis of a carcinoid, an appendectomy was performed."}
PROBES[("sites", "operation_organs", "found_words")] = (
    lambda w: "A 35-year-old woman had abdominal pain. "
              + OPERATION_FOUND_PROBES.get(w, f"A carcinoid was {w} at appendectomy."), "primary_site")
PROBES[("sites", "primary_vote", "part_named_regions")] = (
    lambda w: {"small intestine": "A 60-year-old man had a small bowel carcinoid resected. At laparotomy, two "
                                  "small lesions were seen in the jejunum."}[w], "primary_site")
# r15: a mitotic count written in words is read as its digits, as a Ki-67 value is
PROBES[("mitoses", "number_words")] = (lambda w: f"The mitotic count was {w} per 10 HPF.", "mitoses_low")
# r15: a metastasis word that names its own organ when nothing beside it does ('with associated carcinomatosis')
PROBES[("metastasis", "own_site_words")] = (lambda w: f"A gastric NEC with associated {w} was found.", "metastasis_sites")
# r25: a region named with a bone by one metastasis word is its bones ('metastases in the spine and pelvis')
PROBES[("metastasis", "bone_regions")] = (lambda w: f"A rectal NET was known. A bone scan showed metastases in the "
                                          f"spine and {w}.", "metastasis_sites")
# r21: a radiation word after a pain and 'with' tells where the pain spreads; a break word makes it the pain's treatment
PROBES[("treatments", "pain_spread", "treatments")] = (lambda w: "She had flank pain with irradiation to the back.",
                                                      "treatments")
PROBES[("treatments", "pain_spread", "pain_words")] = (lambda w: f"She had flank {w} with irradiation to the back.",
                                                      "treatments")
PROBES[("treatments", "pain_spread", "links")] = (lambda w: f"She had flank pain {w} irradiation to the back.",
                                                 "treatments")
PROBES[("treatments", "pain_spread", "directions")] = (lambda w: f"She had flank pain with {w} irradiation.",
                                                      "treatments")
PROBES[("treatments", "pain_spread", "breaks")] = (lambda w: f"Her bone pain {w} with irradiation.", "treatments")
