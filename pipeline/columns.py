"""The output columns' names, for scripts and tests that want a plain list. They are derived from the
field specs (fields.py), which is what the pipeline itself reads: a field registered later (a plug-in)
appears in fields.output_columns(), not in these lists made at import."""
from .fields import FLAGS, SECOND_SET, gold_columns, output_columns

COLUMNS = [c.name for c in gold_columns()]
LIST_COLUMNS = [c.name for c in gold_columns() if c.kind == "list"]
OUTPUT_COLUMNS = [c.name for c in output_columns()]
FLAGS_COLUMN = FLAGS.name
SECOND_SET_COLUMNS = [c.name for c in SECOND_SET]
