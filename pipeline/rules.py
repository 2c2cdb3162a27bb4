"""Loads the vocabulary in `rules/`: every word list and pattern the pipeline uses lives there as data.

A folder is read and validated once (rule_schemas.py: one schema per file, cross-file names
checked), then kept until one of its files changes. `Rules[name]` gives a file's data as plain
dicts and lists, as the components have always read it; `Rules.model(name)` the validated object.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .rule_models import SCHEMAS
from .rule_schemas import RulesError, check_references, validate_file

__all__ = ["DEFAULT_RULES_DIR", "RULE_FILES", "Rules", "RulesError", "load_rules"]

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
RULE_FILES = tuple(SCHEMAS)  # every rules file has a schema (rule_models/); read in this order


@dataclass(frozen=True)
class Rules:
    directory: Path
    data: dict = field(repr=False)
    digest: str = ""
    models: dict = field(default_factory=dict, repr=False, compare=False)

    def __getitem__(self, name: str) -> dict:
        return self.data[name]

    def model(self, name: str):
        """The validated object of one rules file (validated here when this Rules was built by hand,
        as the ablation tests do with edited data)."""
        if name not in self.models:
            self.models[name] = validate_file(name, self.data[name], self.directory / f"{name}.json")
        return self.models[name]

    # Canonical lookups used by the extractors and by the evaluator.
    @property
    def marker_synonyms(self) -> dict[str, str]:
        return _synonym_map(self.data["markers"]["markers"])

    @property
    def treatment_synonyms(self) -> dict[str, str]:
        """The treatment lexicon, with the drugs' other names (drug_names.json, generated) after it."""
        out = _synonym_map(self.data["treatments"]["treatments"])
        for name, canonical in _synonym_map(self.data["drug_names"]["drug_names"]).items():
            out.setdefault(name, canonical)
        return out

    @property
    def site_synonyms(self) -> dict[str, str]:
        return _synonym_map(self.data["sites"]["sites"])

    @cached_property
    def lexicon_words(self) -> frozenset[str]:
        """Every single word of the marker, treatment and site lexicons, lower-cased."""
        words: set[str] = set()
        for mapping in (self.marker_synonyms, self.treatment_synonyms, self.site_synonyms):
            for phrase in mapping:
                words.update(w for w in phrase.replace("-", " ").split() if w.isalpha())
        return frozenset(words)


def synonym_map(lexicon: dict[str, list[str]]) -> dict[str, str]:
    """synonym (lower-cased) -> canonical name, for a lexicon of canonical -> [synonyms]."""
    return _synonym_map(lexicon)


def _synonym_map(lexicon: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, synonyms in lexicon.items():
        if canonical.startswith("_"):
            continue
        out[canonical.lower()] = canonical
        for syn in synonyms:
            out.setdefault(syn.lower(), canonical)
    return out


def load_rules(directory: str | Path | None = None) -> Rules:
    """Read once per process, and again when a file changed (a notebook that edits a rule file
    sees the change; the rules hash in run.json and the result cache follow it)."""
    directory = Path(directory) if directory else DEFAULT_RULES_DIR
    stamps: list[tuple[int, int] | None] = []
    for name in RULE_FILES:
        try:
            st = (directory / f"{name}.json").stat()
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return _load_rules(directory, tuple(stamps))


@lru_cache(maxsize=8)
def _load_rules(directory: Path, _stamps: tuple) -> Rules:
    data, models, digest = {}, {}, hashlib.sha256()
    for name in RULE_FILES:
        path = directory / f"{name}.json"
        try:
            raw = path.read_bytes()
            data[name] = json.loads(raw)
        except FileNotFoundError as exc:
            raise RulesError(f"{path}: rules file is missing") from exc
        except json.JSONDecodeError as exc:
            raise RulesError(f"{path}: not valid JSON ({exc})") from exc
        models[name] = validate_file(name, data[name], path)
        digest.update(name.encode() + b"\0" + raw)
    check_references(models, directory)
    return Rules(directory=directory, data=data, digest=digest.hexdigest(), models=models)
