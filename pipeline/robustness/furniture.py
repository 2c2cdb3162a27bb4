"""What a transformation adds around a report's facts: page furniture whose words name other sites,
drugs and tumours on purpose, and other patients' values where a reader expects them."""
from __future__ import annotations

from ..sections import split_sections

RUNNING_HEAD = "Journal of Surgical Oncology Reports | Vol. 14 | 2023 | pp. 211-219"
AUTHORS = ("Maria Rossi 1, Jan Novak 2 *, Aiko Tanaka 1,3\n"
           "1 Department of Gastroenterology and Hepatology, University Hospital, Lyon, France\n"
           "2 Department of Radiotherapy and Nuclear Medicine, City Hospital, Brno, Czech Republic\n"
           "https://orcid.org/0000-0002-1825-0097")
KEYWORDS = "Keywords: carcinoid; lung; liver metastases; everolimus; octreotide; Ki-67; chromogranin A; PRRT"
CITE = ("Cite this article: Rossi M, Novak J. A rare tumour of the stomach treated with sunitinib. "
        "Surg Oncol Rep. 2023;14:211-9. doi:10.1000/sor.2023.0211")
SIMILAR = ("Similar articles\n"
           "Bronchial carcinoid with bone metastases treated with lanreotide and 177Lu-DOTATATE. "
           "Smith A, et al. 2019.\n"
           "Pancreatic insulinoma of 3.5 cm with a Ki-67 index of 12%: surgery after everolimus. Lee K, et al. 2021.\n"
           "Cited by\n"
           "Grade 3 neuroendocrine carcinoma of the ovary positive for CDX2 and TTF-1. Park J, et al. 2022.")
COPYRIGHT = "© 2023 The Authors. Published by Example Press. This is an open access article under the CC BY licence."


def _placed(name: str, block: str, before: bool = True, after: bool = False):
    """A transformation that puts a block of furniture before and/or after the text."""
    def transform(text, rng):
        return (f"{block}\n" if before else "") + text + (f"\n{block}\n" if after else "")

    transform.__name__ = name
    return transform


running_head = _placed("running_head", RUNNING_HEAD, after=True)
author_block = _placed("author_block", AUTHORS)
keyword_list = _placed("keyword_list", KEYWORDS)
cite_line = _placed("cite_line", CITE, after=True)
similar_articles = _placed("similar_articles", SIMILAR, before=False, after=True)
copyright_line = _placed("copyright_line", COPYRIGHT, after=True)


# --- distractors: other patients' values where a reader expects them --------------------------------

GENERAL = ("Neuroendocrine tumours have an incidence of about 6 per 100,000 per year; most are G1 or G2 with a "
           "mean Ki-67 index of 4%, a typical size of 2.5 cm, and they metastasize to the liver and bone in 40% "
           "of patients, who are often treated with everolimus or sunitinib.")
LITERATURE = ("Table 3 Previously reported cases\nAuthor\tAge/Sex\tSite\tSize\tKi-67\tTreatment\n"
              "Garcia et al. [4]\t71/M\tileum\t4.2 cm\t15%\tsunitinib\n")


def _into_discussion(text: str, paragraph: str) -> str:
    for section in split_sections(text):
        if section.label == "discussion" and section.header:
            line_end = text.find("\n", section.start)
            if line_end > 0:
                return f"{text[:line_end + 1]}{paragraph}\n{text[line_end + 1:]}"
    return f"{text.rstrip()}\n\nDiscussion\n{paragraph}\n"


def general_statement(text, rng):
    """A general sentence about NETs with numbers, sites and drugs, at the top of the discussion."""
    return _into_discussion(text, GENERAL)


def literature_row(text, rng):
    """Another patient's row in a literature table, inside the discussion."""
    return _into_discussion(text, LITERATURE)
