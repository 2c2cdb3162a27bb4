"""The metastasis rules (rules/metastasis.json): the metastasis words and their TNM, node, spread and
site-list readers. Split out of findings.py, which keeps the value patterns of rules/patterns.json."""
from __future__ import annotations

from pydantic import Field

from .base import Count, NonNegative, Regex, RuleModel, Words


# --- metastasis.json ---------------------------------------------------------------------------
class TnmRules(RuleModel):
    regex: Regex
    node_site: str
    needs: Regex


class AttributiveNodeRules(RuleModel):  # r12: 'positive mesenteric lymph nodes'
    words: Words
    reach_tokens: Count


class NodePredicateRules(RuleModel):
    verbs: Words
    words: Words
    zero_counts: Words
    negators: Words  # r11: 'the lymph nodes were not involved'
    label_words: Words  # r11: 'Lymph node status: 2/14'
    label_marks: Words
    negative_words: Words
    object_verbs: Words
    objects: Words
    object_reach_tokens: Count
    count_reach_tokens: Count
    bracket_reach_tokens: Count
    attributive: AttributiveNodeRules


class ImagedOrganRules(RuleModel):
    imaging: Words
    verbs: Words
    articles: Words
    links: Words
    side_words: Words  # r25: 'a biopsy of the right lung confirmed'


class OrganSubjectRules(RuleModel):
    auxiliaries: Words
    prepositions: Words
    participle_suffixes: Words
    possession_verbs: Words  # r11: 'the liver had numerous metastases'


class NodeRegionRules(RuleModel):
    adjective_suffixes: Words
    joiners: Words
    max_words: Count
    not_region_words: Words
    position_words: Words  # r25: 'pelvic lateral lymph nodes'


class StageFourRules(RuleModel):  # r3-meta: 'stage IV small-cell lung cancer' is M1
    regex: Regex
    tumour_words: Words
    other_disease_words: Words
    reach_tokens: Count
    m0: Regex


class RelativeSpreadRules(RuleModel):  # r7d: 'metastases to the orbit, which affected the skull'
    pronouns: Words
    adverbs: Words
    verbs: Words


class NodePathologyRules(RuleModel):  # r3-meta: 'biopsy of a cervical lymph node showed carcinoma'
    region_reach_tokens: Count
    tumour_reach_tokens: Count
    tumour_words: Words
    found_verbs: Words  # 'LCNEC was diagnosed in his cervical lymph node'
    found_in_links: Words
    count_words: Words  # r11: 'found in 3 of the 15 lymph nodes'
    not_between: Words
    clause_joiners: Words  # 'showed reactive changes and the tumour ...': another clause


class SpreadRules(RuleModel):  # 'the tumour had spread to the liver', 'hepatic involvement'
    words: Words
    tumour_words: Words
    disease_words: Words  # r11: 'the disease had spread to the liver'
    name_marks: Words  # r11: "Crohn's disease": a name's disease
    untold_words: Words  # r11: 'showed skeletal involvement' in a sentence naming no tumour
    untold_not_sites: Words  # r11: 'cardiac involvement' in a sentence naming no tumour is no site
    node_nouns: Words  # r5-meta: 'spread to the regional lymph nodes' is a nodal metastasis
    node_only_words: Words  # r6-sites: 'extending to the stomach and lymph nodes': the nodes only
    invasion_words: Words  # r6d-meta: 'had invaded the mesenteric lymph nodes': the nodes only, no preposition
    invasion_object_gap: Count  # r6d-meta: words before the verb's object ('infiltrated two regional lymph nodes')


class MetastaticTumourOrganRules(RuleModel):  # r6-sites: 'a metastatic NET of the orbit'
    qualifier_reach_tokens: Count
    qualifier_stops: Words  # 'liver metastasis from a pancreatic NET': the word qualifies no tumour
    organ_prepositions: Words
    origin_links: Words
    origin_reach_tokens: Count


class TreatedOrganRules(RuleModel):  # r12: 'hepatectomy for metastases'
    links: Words
    operations: dict[str, list[str]]
    nouns: Words


class ExtentCompoundRules(RuleModel):  # r12: 'liver-only disease', 'bone-limited metastases'
    extents: Words


class SiteListAfterCommaRules(RuleModel):
    """r11: a comma, focusing adverbs and a preposition open a metastasis word's list of sites."""
    adverbs: Words
    prepositions: Words


class MetastasisRules(RuleModel):
    prefixes: Words
    phrases: Words
    own_site_words: dict[str, str] = Field(default_factory=dict)  # r15: 'carcinomatosis' -> its site
    bone_regions: dict[str, str] = Field(default_factory=dict)  # r25: 'the spine and pelvis' -> bone
    site_after_prepositions: Words
    lesion_nouns: Words
    found_verbs: Words
    distant_lesion_nouns: Words
    benign_qualifiers: Words
    max_list_gap: NonNegative
    list_joiners: Words
    phrase_openers_after_comma: Words  # r10: a determiner after a comma opens a noun phrase of its own
    adjective_suffixes: Words
    distant_only_words: Words
    recurrent_words: Words  # r11: 'recurrent disease in the liver': only the sites after its noun
    deposit_words: Words  # r5-meta: 'hepatic deposits' as a recurrence there
    not_tumour_before: Words  # r5-meta: 'iron deposits in the liver' are no metastases
    spread: SpreadRules
    found_verb_suffixes: Words
    summary_phrases: Words
    summary_copulas: Words  # r11: 'the lesion in the liver was a metastasis'
    tnm: TnmRules
    pathology_words: Words
    node_predicate: NodePredicateRules
    imaged_organ: ImagedOrganRules
    organ_subject: OrganSubjectRules
    other_side_words: Words
    organ_reach_tokens: Count
    max_joiners_before: NonNegative
    max_words_before_preposition: NonNegative
    distant_lesion_reach_tokens: Count
    other_side_reach_chars: Count
    pathology_reach_tokens: Count
    site_list_stop_words: Words
    site_list_brackets: Words = Field(default_factory=list)  # r9b: 'metastases (liver and bone)'
    site_list_after_comma: SiteListAfterCommaRules  # r11: 'metastases, mainly in the liver'
    distant_lesion_prepositions: Words
    pathology_links: Words
    pathology_after_skips: Words  # r6d-meta: 'hepatic lesions were biopsied'
    node_region: NodeRegionRules  # 'mediastinal and hilar lymph nodes'
    origin_prepositions: Words  # 'a metastasis of thymic carcinoid'
    origin_reach_tokens: Count
    treated_organ: TreatedOrganRules  # r12: 'liver resection for metastatic disease'
    extent_compounds: ExtentCompoundRules  # r12: 'liver-only disease': an organ joined to its extent
    removal_suffixes: Words  # r12: 'metastasectomy of the lung nodule': 'of' names what it removed
    rash_sites: Words  # 'skin lesions' are most often a rash
    rash_nouns: Words
    whole_body_words: Words  # 'no liver or other metastases' denies them all
    whole_body_reach_tokens: Count
    staging_phrases: Words  # 'the staging CT was unremarkable': no metastasis
    abbreviations: Words  # r6b-meta: 'liver mets', matched as written ('6 METs' is the exercise unit)
    node_pathology: NodePathologyRules  # r3-meta: a tumour found in biopsied lymph nodes
    stage_four: StageFourRules  # r3-meta: 'diagnosed with stage IV SCLC' says there is a metastasis
    organ_part_words: Words  # r4-meta: 'metastases to the left lateral lobe of the liver': restarts a site list's gap
    disease_nouns: Words  # r4-meta: 'metastatic pulmonary disease': the organ is a metastasis site
    metastatic_tumour_organ: MetastaticTumourOrganRules  # r6-sites: the organ of a metastatic tumour
    relative_spread: RelativeSpreadRules  # r7d: a relative clause that spreads a site list on
