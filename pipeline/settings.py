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
