"""The treatment lexicons and what reads them: rules/treatments.json (names, regimens, classes, INN
stems, radionuclides, and the words that make a treatment word none) and drug_names.json (brand
names). Moved out of lexicons.py when that module passed 300 lines."""
from __future__ import annotations

from pydantic import Field, model_validator

from .base import Count, Lexicon, NonNegative, Regex, RuleModel, Words


# --- treatments.json and drug_names.json -------------------------------------------------------
class RadionuclideRules(RuleModel):
    regex: Regex
    therapy_elements: Words
    therapy_words: Words
    imaging_words: Words
    needs_any: Words
    reach_chars: Count
    canonical: str


class Reach(RuleModel):
    before: NonNegative
    after: NonNegative


class RemovalRules(RuleModel):  # r4-trt: 'removal of the pancreatic lesion', 'the mass was removed'
    words: Words
    passive_words: Words  # 'the lesion was removed': an auxiliary between the tumour noun and the word
    reach_words: Count
    # r9b: 'removal of 20 cm of ileum', 'removal of the left adrenal gland': an organ as the object,
    # after these words only (numbers aside)
    organ_fillers: Words = Field(default_factory=list)
    organ_blockers: Words = Field(default_factory=list)  # 'removal of the biliary stent': no organ removed


class HaemostasisRules(RuleModel):  # r9b: 'control of the haemorrhage with embolization': supportive care
    treatments: Words
    words: Words
    reach_tokens: Count


class ExplorationRules(RuleModel):  # r10: 'the laparotomy revealed ...': an exploration, no treatment by itself
    heads: Words
    finding_words: Words
    reach_tokens: Count


class PainSpreadRules(RuleModel):  # r21: 'epigastric pain with irradiation to the back': where a pain spreads
    treatments: Words
    pain_words: Words
    links: Words  # the word right before the treatment word, or before a direction ('with posterior irradiation')
    directions: Words  # where the pain spreads, between the link and the radiation word
    breaks: Words  # 'bone pain treated with radiation': the pain's treatment, not its spread
    reach_tokens: Count  # the most tokens from the pain word to the link


class ClassAgent(RuleModel):  # r20: 'chemotherapy with everolimus': the drug the class word names
    gap_words: Count  # the most words between a class word and a drug beside it
    breaks: Words  # words that make them two treatments ('and', ',')


class TreatmentRules(RuleModel):
    treatments: Lexicon
    regimens: Lexicon  # regimen -> its treatments
    classes: Lexicon  # class -> its treatments
    imaging_cues: Words
    tracer_names: Words  # the treatments whose names also name a scan's tracer ('octreotide scan')
    excluded_heads: Words
    surgery_suffixes: Words = Field(default_factory=list)
    # r9: a drug told by its INN stem ('amrubicin'): class -> stems; endings that are none; letters before a stem
    drug_stems: Lexicon = Field(default_factory=dict)
    drug_stem_exceptions: Words = Field(default_factory=list)
    drug_stem_min_root: Count = 2
    class_agent: ClassAgent  # r20: 'chemotherapy with everolimus': the drug the class word names
    # h24-trt: hyphened to a treatment's name, it stays that treatment ('Octreotide-LAR', 'post-chemotherapy')
    joined_words: Words = Field(default_factory=list)
    radionuclide: RadionuclideRules
    isotope_prefix: Regex  # r7d: '90Y-radioembolization', 'Y90-SIRT': the treatment its isotope is joined to
    excluded_modifiers: Words
    # h24-trt: a word that makes only this treatment none of the tumour ('portal vein embolization')
    excluded_modifiers_by_treatment: Lexicon = Field(default_factory=dict)
    modifier_skips: Words = Field(default_factory=list)  # r5b-trt: 'lymphatic tumour embolization'
    institution_words: Words
    imaging_reach_tokens: Reach
    institution_links: Words
    institution_reach_tokens: Count
    removal: RemovalRules
    haemostasis: HaemostasisRules
    exploration: ExplorationRules
    pain_spread: PainSpreadRules

    @model_validator(mode="after")
    def _tracers_are_treatments(self):
        unknown = [name for name in self.tracer_names if name not in self.treatments]
        if unknown:
            raise ValueError(f"tracer_names must be treatments of the lexicon: {unknown}")
        names = set(self.treatments) | {n.lower() for synonyms in self.treatments.values() for n in synonyms}
        unknown = [name for name in self.excluded_modifiers_by_treatment if name not in names]
        if unknown:
            raise ValueError(f"excluded_modifiers_by_treatment must name treatments of the lexicon: {unknown}")
        return self


class DrugNameRules(RuleModel):
    drug_names: Lexicon
