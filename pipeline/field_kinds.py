"""The kinds of a field's columns and how a field is scored (fields.py holds the fields themselves).

A `Column`'s kind (number, size, category, list, text) knows how a value is typed, written in a CSV
cell and read back, its pandas and Arrow types, and how a gold cell is checked; a `Score` says how the
evaluation compares a field. Neither spaCy nor pandas is imported at module level.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# --- Kinds: how one column's values are typed, written and read back ---------------------------------

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet reads a cell starting so as a formula


def number_text(value: float) -> str:
    """36.0 -> '36', 45.25 -> '45.25': a number as the report would write it."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _missing(value) -> bool:
    """None, '', NaN or pandas' NA: no value (a list or array is never missing; it may be empty)."""
    if value is None or isinstance(value, (list, tuple)) or hasattr(value, "tolist") and not isinstance(value, float):
        return value is None
    return value == "" or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def _items(value) -> list:
    if _missing(value):
        return []
    if isinstance(value, str):
        return [v for v in (x.strip() for x in value.split(";")) if v]
    return list(value.tolist() if hasattr(value, "tolist") else value)


@dataclass(frozen=True)
class Column:
    """One output column. `kind`: 'text', 'number', 'size' (dimensions in mm), 'category' (one of
    `categories`, in their order when `ordered`) or 'list'. `gold`: part of the gold layout (a
    derived column such as tumor_max_mm is not). `low`/`high`: the bounds a gold number must keep."""
    name: str
    kind: str
    categories: tuple[str, ...] = ()
    ordered: bool = False
    null: tuple[str, ...] = ()  # category values that mean "not stated" when scoring ('unknown')
    low: float | None = None
    high: float | None = None
    hint: str = ""  # what a gold cell must look like, for the message when it does not
    gold: bool = True
    required: bool = True  # a gold file must have it (the first set); others may be left out, and are then not scored
    derive: Callable[[dict], Any] | None = None  # a value made from the row's other columns

    # Typed values: number -> float, size -> list[float], list -> list[str], others -> str; None = empty.
    def typed(self, value) -> Any:
        if self.kind == "list":
            return [str(v) for v in _items(value)]
        if self.kind == "size":
            if _missing(value):
                return []
            parts = value.split(" x ") if isinstance(value, str) else _items(value)
            return [float(v) for v in parts]
        if _missing(value):
            return None
        if self.kind == "number":
            return float(value)
        return str(value)

    def cell(self, value) -> str:
        """The CSV cell of a value (any form `typed` takes), before formula escaping."""
        if self.kind == "list":
            return "; ".join(self.typed(value))
        if self.kind == "size":
            if isinstance(value, str):
                return value
            return " x ".join(number_text(v) for v in self.typed(value))
        if _missing(value):
            return ""
        if self.kind == "number" and not isinstance(value, str):
            return number_text(value)
        return str(value)

    def json(self, value) -> Any:
        """The JSON (and Arrow) value: numbers as numbers, lists as lists."""
        typed = self.typed(value)
        return typed if self.kind in ("list", "size") or typed is not None else None

    def arrow_type(self):
        import pyarrow as pa

        return {"number": pa.float64(), "size": pa.list_(pa.float64()), "list": pa.list_(pa.string())}.get(
            self.kind, pa.string())

    def series(self, values: list):
        """A pandas Series of this column's values, typed: Float64, ordered or plain categoricals,
        string, or Python lists."""
        import pandas as pd

        typed = [self.typed(v) for v in values]
        if self.kind == "number":
            return pd.array(typed, dtype="Float64")
        if self.kind == "category":
            return pd.Categorical(typed, categories=list(self.categories), ordered=self.ordered)
        if self.kind == "text":
            return pd.array(typed, dtype="string")
        return typed

    def check_gold(self, cell: str) -> str:
        """What is wrong with a gold cell of this column ('' when nothing is)."""
        cell = cell.strip()
        if not cell:
            return ""
        if self.kind == "number":
            if not NUMBER.match(cell) or (self.low is not None and float(cell) < self.low) or \
                    (self.high is not None and float(cell) > self.high):
                return self.hint or "must be a number"
        elif self.kind == "size" and not SIZE.match(cell):
            return self.hint
        elif self.kind == "category" and cell not in self.categories:
            return f"must be one of {', '.join(sorted(self.categories))} or empty"
        return ""


SIZE = re.compile(r"^\d+(?:\.\d+)?(?: x \d+(?:\.\d+)?){0,2}$")
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


# --- Scores: how the evaluation compares a field ------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """One scored item. `compare`: 'number', 'text' (lower-cased), 'site' (through the site lexicon),
    'size' (largest dimension within `tolerance` mm; exact dimensions counted apart), 'range' (the
    pair of `columns`) or 'items' (list micro-averaged over (report, item) pairs, through the
    `vocabulary`'s canonical names: 'markers', 'sites' or 'treatments')."""
    name: str
    columns: tuple[str, ...]
    compare: str
    vocabulary: str = ""
    tolerance: float = 0.0
    mention_field: str = ""  # the mentions.csv field whose evidence explains a miss (default: name)
