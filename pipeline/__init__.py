"""Extraction of a per-patient table from neuroendocrine-tumour case reports."""

__version__ = "0.1.0"
