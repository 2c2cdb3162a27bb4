"""A report in another language gets the review flag not_english: the pipeline reads English words, so
a Spanish or French case report comes out nearly empty, and the reviewer should know why rather than
take the empty cells for 'not stated' (rules/reading.json 'english'). The texts are our own."""
import pytest

from pipeline.assemble import reads_as_english
from pipeline.nlp import process
from pipeline.reading import normalize_text
from rule_ablation import RULES, unneeded

SPANISH = ("Mujer de 58 años que consultó por dolor abdominal de seis meses de evolución. La "
           "tomografía mostró una masa de 3 cm en la cabeza del páncreas. Se realizó una duodenopancreatectomía y "
           "el estudio histológico confirmó un tumor neuroendocrino bien diferenciado de grado 2, con un índice "
           "Ki-67 del 5 %. La paciente sigue asintomática a los doce meses.")
FRENCH = ("Nous rapportons le cas d'un homme de 63 ans adressé pour des douleurs abdominales et une diarrhée "
          "chronique. Le scanner montrait une masse iléale de 2 cm et plusieurs nodules hépatiques. La biopsie "
          "hépatique concluait à une tumeur neuroendocrine bien différenciée. Un traitement par lanréotide a été "
          "débuté, et la maladie reste stable après un an.")
ENGLISH = ("A 58-year-old woman came to us with six months of abdominal pain. CT showed a 3 cm mass in "
           "the head of the pancreas. A pancreatoduodenectomy was performed and histology confirmed a "
           "well-differentiated neuroendocrine tumour of grade 2, with a Ki-67 index of 5%. She remains free of "
           "symptoms at twelve months.")


@pytest.mark.parametrize("text, flagged", [
    (SPANISH, True),
    (FRENCH, True),
    (ENGLISH, False),
    ("Tumor neuroendocrino de páncreas: reporte de caso\n\n" + ENGLISH, False),  # a title in Spanish only
    ("Una mujer de 58 años con un tumor neuroendocrino del recto.", False),  # too short to tell
])
def test_a_report_in_another_language_is_flagged(case, text, flagged):
    row = case(text)
    assert ("not_english" in row["review_flags"]) == flagged


def test_the_flag_explains_an_empty_row_and_an_english_twin_has_values(case):
    """The Spanish report's introduction and its class's name are read (r14: fixed shapes,
    tests/test_grids_r14.py); the rest of its row stays empty, and the flag says why."""
    spanish, english = case(SPANISH), case(ENGLISH)
    assert (spanish["age"], spanish["sex"]) == ("58", "female") and "not_english" in spanish["review_flags"]
    assert spanish["histology"] == "NET"  # r14: the class's Romance name ('tumor neuroendocrino')
    assert spanish["primary_site"] is None and spanish["grade"] is None
    assert english["age"] == "58" and english["sex"] == "female" and "not_english" not in english["review_flags"]
    assert english["primary_site"] == "pancreas" and english["histology"] == "NET" and english["grade"] == "G2"


def test_every_english_word_is_needed(nlp):
    """Each function word alone makes a text of otherwise unknown words read as English."""
    def outcome(rules, word):
        doc = process(nlp, normalize_text(" ".join([word] * 5 + ["lorem"] * 95)))
        return reads_as_english(doc, rules["reading"]["english"])

    assert outcome(RULES, "the") and not unneeded(("reading", "english", "words"), outcome)
