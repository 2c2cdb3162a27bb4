"""Project settings from pyproject.toml's [tool.net-pipeline] table (NER model, rules folder)."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def settings() -> dict:
    try:
        with PYPROJECT.open("rb") as fh:
            return tomllib.load(fh).get("tool", {}).get("net-pipeline", {})
    except FileNotFoundError:
        return {}


def ner_model_setting() -> str:
    """NER_MODEL in the environment wins over pyproject.toml."""
    return os.environ.get("NER_MODEL") or settings().get("ner_model", "") or ""


def gate_setting() -> dict:
    """The accuracy gate: corpus folder (relative to the project) and the two minimum F1 scores."""
    cfg = settings()
    corpus = Path(cfg.get("gate_corpus", "../shared/corpus"))
    if not corpus.is_absolute():
        corpus = PYPROJECT.parent / corpus
    return {"corpus": corpus.resolve(), "min_macro_f1": float(cfg.get("gate_min_macro_f1", 0.98)),
            "min_field_f1": float(cfg.get("gate_min_field_f1", 0.95))}
