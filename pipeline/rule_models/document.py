"""How a report is read and cut up: rules/reading.json (the text reader) and rules/sections.json
(the section splitter)."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator, model_validator

from .base import (
    SECTION_LABELS_BUILT_IN,
    Count,
    Lexicon,
    NonNegative,
    Regex,
    RuleModel,
    Share,
    Words,
)


# --- reading.json ------------------------------------------------------------------------------
class MatchBudgetRules(RuleModel):
    base: NonNegative
    per_kb: NonNegative
    per_kb_of: dict[str, NonNegative] = Field(default_factory=dict)


class EnglishRules(RuleModel):  # the review flag not_english
    words: Words
    min_share: Share
    min_words: Count


class ReadingRules(RuleModel):
    block_tags: Words
    inline_tags: Words
    compound_prefixes: Words
    wrap_min_line: Count
    wrap_max_line: Count
    wrap_share: Share
    wrap_min_lines: Count
    decimal_comma_units: Words
    glued_citation: Regex
    wrap_open_share: Share
    match_budget: MatchBudgetRules
    english: EnglishRules

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


class StackedHeaderRules(RuleModel):
    """r5b-meta: a column of empty abstract headers whose values follow as one block (sections.py)."""
    label_line: Regex
    min_labels: Count
    label: str


class ContentsListRules(RuleModel):
    """r10c: a page's table of contents, a numbered list of its headers (sections.py)."""
    item: Regex
    min_items: Count
    min_headers: Count


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
    told_case_min_chars: Count  # r26: a 'Case report' told at this length before an abstract is the case
    sentence_abbreviations: Words
    table_ends_at_prose_line_of: Count
    strong_flat_headers: Words
    numbered_header_not_after: Words  # r27: "post operative day 2. Pathology showed": no numbered header
    furniture: dict[Annotated[str, Field(pattern=r"^[A-Za-z_]\w*$")], Regex]  # names become regex groups
    header_limits: HeaderLimits
    furniture_max_line: Count
    flat_figure_caption: Regex
    flat_table_caption: Regex
    midline_case_needs: Regex
    resume_after_back_matter: ResumeRules
    patient_intro_classes: Words
    boxes_after_abstract: Words
    stacked_headers: StackedHeaderRules
    # r6c-outc: classes where a sentence naming the patient by a pronoun ('he', 'she') is hers
    pronoun_index_classes: Words = []
    index_pronouns: Words = []
    contents_list: ContentsListRules | None = None  # r10c: '1. Top of page 2. Case report 3. Comment'

    @field_validator("feeds_row", "index_cue_classes", "implicit_case_in", "patient_intro_classes",
                     "pronoun_index_classes")
    @classmethod
    def _known_labels(cls, labels: list[str], info: ValidationInfo) -> list[str]:
        known = set(info.data.get("classes", ())) | set(SECTION_LABELS_BUILT_IN)
        for i, label in enumerate(labels):
            if label not in known:
                raise ValueError(f"item {i}: expected a section label ({', '.join(sorted(known))}), got {label!r}")
        return labels
