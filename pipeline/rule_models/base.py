"""The shared pieces of the rules models: the base class every model derives from, and the value
types and closed vocabularies that several rules files use."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)


def _without_comments(data):
    """Keys starting with '_' are comments ('_doc', '_why'), or lexicon entries left out on purpose."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("_"))}
    return data


class RuleModel(BaseModel):
    """Base of every rules model: unknown keys are errors, '_' keys are comments, no type coercion
    (a "3" where a number belongs is an error, not a 3)."""
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_comments(cls, data):
        return _without_comments(data)


Words = list[str]
Lexicon = Annotated[dict[str, list[str]], BeforeValidator(_without_comments)]  # canonical -> synonyms


def _compiles(pattern: str) -> str:
    """A regular expression must compile (one that does not is reported with the file and key,
    before any report is read, instead of as a traceback in the stage that uses it)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {pattern[:60]!r}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_compiles)]  # '{number_words}' placeholders compile as they are
Count = Annotated[int, Field(ge=1)]
NonNegative = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]

# The mention labels a rule can name (a cue's allowed types, the NER roles, the fuzzy lexicons).
MentionLabel = Literal["AGE", "SEX", "SIZE", "KI67", "GRADE", "TREATMENT", "METASTASIS", "SITE", "MARKER",
                       "HISTOLOGY", "MITOSES", "SYNDROME", "HEREDITY", "OUTCOME",
                       "STAGING"]  # h23-meta: 'the staging CT was unremarkable' (rules/metastasis.json)
LexiconLabel = Literal["TREATMENT", "SITE", "MARKER"]
# Section labels that the splitter gives besides the classes of rules/sections.json.
SECTION_LABELS_BUILT_IN = ("front_matter", "figure_legend", "patient_table", "literature_table", "table")
