"""The output columns (the contract of ANNOTATION.md), in a module that imports nothing, so that
reading or writing outputs never loads spaCy."""

COLUMNS = ["report_id", "age", "sex", "primary_site", "tumor_size_mm", "ki67_low", "ki67_high", "grade",
           "markers_positive", "markers_negative", "metastasis", "metastasis_sites", "treatments"]
LIST_COLUMNS = ["markers_positive", "markers_negative", "metastasis_sites", "treatments"]
OUTPUT_COLUMNS = COLUMNS + ["flags"]
# ANNOTATION.md's second set of columns. Gold files may carry them (dev/real/gold.csv does); a column
# that the predictions lack is not scored, and the evaluation names the columns it scored.
SECOND_SET_COLUMNS = ["histology", "mitoses_low", "mitoses_high", "mitoses_per", "functional_syndrome",
                      "hereditary_syndrome", "outcome", "follow_up_months"]
