"""Errors that end a run with a usage message, importable without loading spaCy."""


class UsageError(ValueError):
    """Bad arguments: said in words a non-programmer understands."""


class NerModelError(ValueError):
    """The NER model that was asked for cannot be used."""


class SchedulerError(ValueError):
    """The Dask scheduler that was named cannot be reached."""


class OutputBusy(RuntimeError):
    """Another run is writing into the same output folder."""


class GoldError(ValueError):
    """A gold file that breaks the guideline: names the file, the row and the cell."""
