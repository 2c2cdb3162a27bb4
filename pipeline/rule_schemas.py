"""One schema per rules file: what each JSON file in rules/ may hold, checked once when it is loaded.

The pipeline's vocabulary and thresholds live in rules/*.json so that they can be read, ablated and
edited without touching code. Without a schema a misspelt key ('surgery_sufixes') was silently
ignored, a cue direction that is neither 'forward' nor 'backward' silently became sentence-wide,
and a list where a dict belongs ended in a traceback halfway through a batch. Here every file has
a pydantic model (in the spirit of medspaCy's ConTextRule): unknown keys are refused, values have
real types and bounds, closed vocabularies (a cue's category and direction, a mention label) are
`Literal`s. `validate_file` turns pydantic's errors into one RulesError that names the file, the
key path and what was expected:

    rules/context.json, cues[3].direction: expected one of 'forward', 'backward', 'bidirectional'
    or 'terminate', got 'sideways'

Keys that start with '_' ('_doc', '_why', ...) are comments and allowed everywhere.

The models live in the package rule_models/ (one class per file, named in SCHEMAS); a new rules
file gets a model there and an entry in SCHEMAS (which rules.RULE_FILES follows); a new key a field on
its model. Checks that join two files (a regimen's drugs are treatments, a fuzzy skip is a lexicon
entry) are in `check_references`.
"""
from __future__ import annotations

import difflib
import re
import typing
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .rule_models import SCHEMAS, SECTION_LABELS_BUILT_IN

__all__ = ["SCHEMAS", "RulesError", "check_references", "key_path", "validate_file"]


class RulesError(ValueError):
    """A rules file is missing or malformed."""


def validate_file(name: str, data, path: Path | str) -> BaseModel:
    """The validated model of one rules file, or a RulesError naming every problem found."""
    schema = SCHEMAS[name]
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = [_describe(schema, err) for err in exc.errors()]
        shown = problems[:5] + ([f"... and {len(problems) - 5} more"] if len(problems) > 5 else [])
        raise RulesError(f"{path}, " + f"\n{path}, ".join(shown)) from None


def key_path(loc: tuple) -> str:
    """('cues', 3, 'direction') -> 'cues[3].direction' (pydantic's location of an error)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _describe(schema: type[BaseModel], err: ErrorDetails) -> str:
    loc = tuple(p for p in err["loc"] if p != "[key]")
    kind, got = err["type"], _short(err.get("input"))
    if kind == "value_error":  # a model's own check: its message says what was expected
        return (f"{key_path(loc)}: " if loc else "") + err["msg"].removeprefix("Value error, ")
    if kind == "extra_forbidden":
        known = _known_keys(schema, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, 1)
        expected = f"expected one of {', '.join(repr(k) for k in known)}" if known else "not in the schema"
        return (f"{key_path(loc)}: unknown key{f' (did you mean {close[0]!r}?)' if close else ''}; {expected} "
                "(a new key needs a field in pipeline/rule_models/)")
    if kind == "missing":
        return f"{key_path(loc)}: required key is missing"
    if kind == "literal_error":
        return f"{key_path(loc)}: expected one of {err['ctx']['expected']}, got {got}"
    expected = re.sub(r" or instance of \w+", "", err["msg"].replace("Input should be", "expected"))
    return f"{key_path(loc)}: {expected}, got {type(err.get('input')).__name__} {got}"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _known_keys(schema: type[BaseModel], loc: tuple) -> list[str]:
    """The field names of the model found at `loc`, for an unknown key's message ([] if none)."""
    current: typing.Any = schema
    for part in loc:
        while typing.get_origin(current) is typing.Annotated:
            current = typing.get_args(current)[0]
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            current = field.annotation if field else None
        elif typing.get_origin(current) in (list, dict):
            current = typing.get_args(current)[-1]
        else:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def check_references(models: dict[str, typing.Any], directory: Path) -> None:
    """Names one file uses that another defines. Each check is one line of what must hold."""
    problems: list[str] = []
    treatments, markers, sites = models["treatments"], models["markers"], models["sites"]
    treatment_names = set(treatments.treatments) | set(treatments.classes)
    problems += _unknown(treatments.regimens, treatment_names, "treatments", "regimens", "a treatment or class")
    problems += _unknown(treatments.classes, set(treatments.treatments), "treatments", "classes", "a treatment")
    problems += _unknown({"clone_carriers": markers.clone_carriers}, set(markers.markers), "markers", "",
                         "a marker")
    site_names = set(sites.sites)
    problems += _unknown({"distant": sites.distant}, site_names, "sites", "", "a site")
    problems += _unknown(dict(sites.part_of), site_names, "sites", "part_of", "a site")
    problems += _unknown({"presenting_sites": sites.unknown_primary.presenting_sites}, site_names, "sites",
                         "unknown_primary", "a site")
    problems += _unknown({"metastasis_organs": sites.primary_cues.metastasis_organs}, site_names, "sites",
                         "primary_cues", "a site")
    problems += _unknown({"node_site": models["metastasis"].tnm.node_site}, site_names, "metastasis", "tnm",
                         "a site of rules/sites.json")
    problems += _unknown({"own_site_words": list(models["metastasis"].own_site_words.values())}, site_names,
                         "metastasis", "", "a site of rules/sites.json")  # r15: 'carcinomatosis' -> peritoneum
    bone_regions = models["metastasis"].bone_regions  # r25: 'the spine and pelvis' -> bone
    problems += _unknown({"bone_regions": list(bone_regions) + list(bone_regions.values())}, site_names,
                         "metastasis", "", "a site of rules/sites.json")
    lexicons = {name: set(getattr(models[name], name)) for name in models["fuzzy"].labels}
    entries = set().union(*lexicons.values()) | set(treatments.classes)
    problems += _unknown({"skip_canonicals": models["fuzzy"].skip_canonicals}, entries, "fuzzy", "",
                         "an entry of " + " or ".join(f"rules/{n}.json" for n in lexicons))
    labels = set(models["sections"].classes) | set(SECTION_LABELS_BUILT_IN)
    problems += _unknown({"specimen_sections": models["patterns"].size.specimen_sections}, labels, "patterns",
                         "size", "a section label")
    if problems:
        raise RulesError("\n".join(f"{directory / p}" for p in problems))


def _unknown(groups: dict[str, list[str] | str], known: set[str], file: str, prefix: str, what: str) -> list[str]:
    """'<file>.json, <prefix>.<key>[i]: expected <what>, got ...' for each name not in `known`."""
    out = []
    for key, names in groups.items():
        where = ".".join(p for p in (prefix, key) if p)
        indexed = [(where, names)] if isinstance(names, str) else [(f"{where}[{i}]", n) for i, n in enumerate(names)]
        out += [f"{file}.json, {at}: expected {what}, got {name!r}" for at, name in indexed if name not in known]
    return out
