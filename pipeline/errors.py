"""Errors that end a run with a usage message, importable without loading spaCy."""


class NerModelError(ValueError):
    """The NER model that was asked for cannot be used."""
