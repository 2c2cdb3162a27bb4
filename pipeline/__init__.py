"""Extraction of a per-patient table from neuroendocrine-tumour case reports."""

__version__ = "0.1.0"

__all__ = ["Evaluation", "Extraction", "evaluate", "extract_folder", "extract_texts", "read_outputs"]


def __getattr__(name):
    """The API (pipeline/api.py), imported on first use so that `python -m pipeline` stays light."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
