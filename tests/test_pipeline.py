"""The spaCy pipeline itself: registered, ordered components that save and load."""
import spacy

from pipeline.nlp import process

TEXT = ("Case presentation\nA 36-year-old woman had a 48 mm × 31 mm retrorectal mass positive for CD56. "
        "Staging showed no sign of metastatic disease.")


def test_components_in_order(nlp):
    assert nlp.pipe_names == ["report_sectionizer", "report_sentences", "abbreviation_detector", "lexicon_ruler",
                              "affix_ruler", "abbreviation_linker", "report_context"]
    assert type(nlp.tokenizer).__module__.startswith("spacy")  # scispaCy's combined_rule_tokenizer is a spaCy Tokenizer
    assert [t.text for t in nlp.make_doc("CD56+ and Ki-67 index")] == ["CD56", "+", "and", "Ki-67", "index"]


def test_pipeline_saves_and_loads_with_the_same_behaviour(nlp, tmp_path):
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == nlp.pipe_names
    a, b = process(nlp, TEXT), process(loaded, TEXT)
    assert [(s.start, s.end, s.label_, s.id_) for s in a.spans["lexicon"]] == \
           [(s.start, s.end, s.label_, s.id_) for s in b.spans["lexicon"]]
    assert [s.text for s in a.sents] == [s.text for s in b.sents]
