"""A report that never names a neuroendocrine neoplasm gets the review flag no_net_mentioned: its row
may describe another disease (a fracture's 'surgery'), and the reviewer should know."""
import pytest


@pytest.mark.parametrize("text, flagged", [
    ("A 67-year-old man fell on his shoulder; the fracture was fixed with surgery.", True),
    ("A 31-year-old woman had asthma; a net-like pattern was seen on the chest film.", True),
    ("A 67-year-old man had a small ileal NET, removed with surgery.", False),
    ("A 52-year-old woman had a well-differentiated neuroendocrine tumour of the rectum.", False),
    ("An insulinoma of the pancreatic tail was enucleated in a 44-year-old woman.", False),
    ("Biopsy of the lung mass showed a typical carcinoid.", False),
])
def test_no_net_mentioned_marks_reports_without_a_neuroendocrine_neoplasm(case, text, flagged):
    row = case(text)
    assert ("no_net_mentioned" in row["review_flags"]) == flagged
