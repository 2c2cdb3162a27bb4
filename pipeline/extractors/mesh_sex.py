"""The sex a PubMed page's MeSH headings name (r10b): 'MeSH terms' and then 'Adult', 'Female', 'Humans',
one a line or joined by ';'. A case report is indexed by its patient's sex, so the one sex heading among
them is the patient's (both, as in a family's report, say nothing). The weakest evidence: the sex
extractor (demographics.py) reads it only when no noun or pronoun decides. The words are those of
rules/patterns.json 'sex' (mesh_header, mesh_sexes, mesh_reach_chars)."""
from __future__ import annotations

import re

from ..regexes import compile_rule
from .base import Mention, ReportView

MESH_RULE = "sex_mesh"


class MeshSex:
    def __init__(self, cfg: dict):
        self.header = compile_rule(cfg["mesh_header"])
        self.sexes = cfg["mesh_sexes"]
        headings = "|".join(re.escape(w) for w in self.sexes)
        # one heading of a list: at a line start (after a bullet) or after ';' or ',', up to the next
        self.item = re.compile(rf"(?:^|[;,])[^\S\n]*(?:[•*·-][^\S\n]*)?(?P<sex>{headings})[^\S\n]*(?=$|[;,])",
                               re.MULTILINE)
        self.reach = cfg["mesh_reach_chars"]

    def find(self, report: ReportView) -> list[Mention]:
        found: dict[str, int] = {}
        for header in self.header.finditer(report.text):
            block = report.text[header.end():header.end() + self.reach]
            for m in self.item.finditer(block):
                found.setdefault(m.group("sex"), header.end() + m.start("sex"))
        if len(found) != 1:
            return []
        word, at = next(iter(found.items()))
        mention = report.mention("sex", at, at + len(word), word, self.sexes[word], MESH_RULE, "SEX")
        mention.overrule("affirmed", "MeSH heading")  # the page's index terms, wherever it puts them
        return [mention]
