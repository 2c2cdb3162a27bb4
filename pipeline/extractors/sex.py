"""Sex of the index patient: the noun beside the stated age ('a 36-year-old woman', 'F/46', '64歳女性'), a
form-like field ('Sex: female'), a noun phrase that introduces the patient ('an elderly woman presented'),
else the clear majority of the case text's pronouns, and last a PubMed page's MeSH heading. The age
phrases are the age extractor's (demographics.py), read once per report and shared through the report's
cache."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..regexes import compile_rule
from .base import FieldExtractor, Mention, ReportView, keep
from .demographics import AgeExtractor, compile_patterns, stated_or_titled
from .mesh_sex import MESH_RULE, MeshSex

WORD = re.compile(r"[^\W\d_]+")  # letters of any script: 'mujer', 'varón', '女性' (r14)


class SexExtractor(FieldExtractor):
    """A sex noun next to the patient's age wins; otherwise the majority of pronouns in the case text."""

    fields = ("sex",)

    def __init__(self, rules):
        cfg = rules["patterns"]["sex"]
        self.word_sex = {w: "female" for w in cfg["female"]} | {w: "male" for w in cfg["male"]}
        # Only words that also say which sex they mean (a word missing from 'female'/'male' is ignored).
        self.nouns, self.pronouns = set(cfg["nouns"]) & set(self.word_sex), set(cfg["pronouns"]) & set(self.word_sex)
        self.letters = cfg["letters"]
        self.age = AgeExtractor(rules)
        articles = "|".join(re.escape(a) for a in cfg["noun_phrase_words"])
        nouns = "|".join(re.escape(n) for n in sorted(self.nouns, key=len, reverse=True))
        gap = cfg["noun_phrase_gap_words"]  # 'a previously healthy man'
        # r14: 'la paciente' says the sex by its article alone
        self.article_nouns = {p: sex for sex in ("female", "male")
                              for p in cfg.get("article_nouns", {}).get(sex, [])}
        phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                           for p in sorted(self.article_nouns, key=len, reverse=True)) or "(?!)"
        self.noun_phrase = compile_rule(rf"\b(?:{articles})\s+(?:[\w-]+\s+){{0,{gap}}}?(?P<noun>{nouns})\b"
                                        rf"|\b(?P<phrase>{phrases})\b", re.IGNORECASE)
        labels = "|".join(re.escape(w) for w in cfg.get("labels", []))
        letters = "|".join(re.escape(k) for k in self.letters)
        self.label = (compile_rule(rf"\b(?:{labels})\s*:\s*(?P<noun>{nouns}|{letters})\b", re.IGNORECASE)
                      if labels else None)
        self.phrases = compile_patterns(cfg.get("phrase_patterns", []))
        self.titles = cfg["titles"]
        titles = "|".join(re.escape(t) for t in self.titles)
        self.title = compile_rule(rf"\b(?P<title>{titles})\.?[ \t]+[A-Z]")  # 'Mrs K.', 'Mr. Tan'
        self.noun_phrase_window = cfg["noun_phrase_window_chars"]  # the patient is introduced early in a section
        self.mesh = MeshSex(cfg)  # r10b: a PubMed page's MeSH headings
        self.beside_age = cfg["beside_age"]
        self.pronoun_majority = cfg["pronoun_majority"]
        self.patient_sections = set(rules["sections"]["patient_intro_classes"])

    def find(self, report: ReportView) -> list[Mention]:
        out = self._beside_ages(report) + self._labels(report)
        if not out:
            out = self._introduced(report)
        return out + self._pronouns(report) + self.mesh.find(report)

    def _beside_ages(self, report: ReportView) -> list[Mention]:
        """The sex of each age phrase: its letter ('F/46') or the sex noun beside it."""
        out = []
        for age in self.age.find(report):  # shared with AgeExtractor through report.cache
            # 'F/46', or the sex word a pattern holds ('64歳女性'), when the sex lists know it
            sex = self.letters.get(age.letter_sex) or self.word_sex.get(age.letter_sex.lower())
            if sex:
                out.append(_copy_as_sex(age, sex, "sex_letter"))
                continue
            m = self._noun_beside(report, age)
            if m is not None:
                out.append(m)
        return out

    def _noun_beside(self, report: ReportView, age: Mention) -> Mention | None:
        """'a 36-year-old Asian woman' (after), '(male, 63 years)' (inside) or 'a man aged 62 years'
        (just before): the nearest sex noun; or the sex's capital letter right after the age ('a 45-year-old
        M', '45 yo F': rules 'letters', as written), as a meeting abstract writes it."""
        text, near = report.text, self.beside_age
        after = [(age.end + w.start(), age.end + w.end(), w.group(0))
                 for w in WORD.finditer(text[age.end:age.end + near["after_chars"]])]
        lo = max(0, age.start - near["before_chars"])
        before = [(lo + w.start(), lo + w.end(), w.group(0)) for w in WORD.finditer(text[lo:age.start])]
        before = before[max(0, len(before) - near["before_words"]):]
        inside = [(age.start + w.start(), age.start + w.end(), w.group(0))
                  for w in WORD.finditer(text[age.start:age.end])]
        if after and after[0][2] in self.letters:  # r26: 'a 45-year-old M', '45 yo F', as written
            s, e, word = after[0]
            return self._beside(report, age, s, e, word, self.letters[word], "sex_letter_by_age")
        for s, e, word in after[:near["after_words"]] + inside + before[::-1]:
            if word.lower() in self.nouns:
                return self._beside(report, age, s, e, word, self.word_sex[word.lower()], "sex_noun_by_age")
        return None

    @staticmethod
    def _beside(report: ReportView, age: Mention, s: int, e: int, word: str, sex: str, rule: str) -> Mention:
        """The sex word beside an age, sharing the age's status when that is not affirmed."""
        m = report.mention("sex", s, e, word, sex, rule, "SEX")
        if age.status != "affirmed" and m.status == "affirmed":
            m.overrule(age.status, age.reason)
        m.in_title = age.in_title
        return m

    def _labels(self, report: ReportView) -> list[Mention]:
        """A form-like field ('Sex: female', 'Gender: M') or a fixed phrase of rules 'phrase_patterns'."""
        matches = [("sex_label", m) for m in (self.label.finditer(report.text) if self.label else ())]
        matches += [(rule_id, m) for rule_id, regex in self.phrases for m in regex.finditer(report.text)]
        out = []
        for rule_id, m in report.within(matches, "sex_label"):
            noun = m.group("noun")
            sex = self.word_sex.get(noun.lower()) or self.letters.get(noun.upper())
            out.append(report.mention("sex", m.start("noun"), m.end("noun"), noun, sex, rule_id, "SEX"))
        return out

    def _introduced(self, report: ReportView) -> list[Mention]:
        """'An elderly woman presented with ...', else a title ('Mrs K., a retired teacher'): the first
        in the first patient-introducing section that has one. A noun phrase of the literature's
        patients ('case reports of a woman ... in the literature') does not stop the search: the first
        usable one is the patient's, and only without one is the first kept, as evidence (r7b). r14:
        without a usable one there, the index-patient sentence of another section says it ('In this article
        we describe an adult male patient' in an introduction; a 'Material and method' section that
        describes its female patient')."""
        found = self._introduced_in(report, [s for s in report.sections if s.label in self.patient_sections])
        if found and found[0].usable:
            return found
        elsewhere = [m for m in self._introduced_in(report, [s for s in report.sections
                                                                if s.label not in self.patient_sections])
                     if m.usable and m.rule == "sex_noun_phrase"]
        return elsewhere or found

    def _introduced_in(self, report: ReportView, sections) -> list[Mention]:
        text = report.text
        for section in sections:
            window = min(section.end, section.start + self.noun_phrase_window)
            first = None
            for m in self.noun_phrase.finditer(text, section.start, window):
                group = "noun" if m.group("noun") else "phrase"
                mention = report.mention("sex", m.start(group), m.end(group), m.group(group),
                                         self._sex_of(m.group(group)), "sex_noun_phrase", "SEX")
                if mention.usable:
                    return [mention]
                first = first or mention
            if first:
                return [first]
            m = self.title.search(text, section.start, window)
            if m:
                return [report.mention("sex", m.start("title"), m.end("title"), m.group("title"),
                                       self.titles[m.group("title")], "sex_title", "SEX")]
        return []

    def _sex_of(self, words: str) -> str:
        """The sex a noun ('woman') or an article's noun ('la paciente') says."""
        words = " ".join(words.lower().split())
        return self.word_sex.get(words) or self.article_nouns[words]

    def _pronouns(self, report: ReportView) -> list[Mention]:
        """The pronouns of the patient-introducing sections: one mention per sex (its first use)
        carrying the count, not hundreds of rows."""
        first: dict[str, Mention] = {}
        counts: Counter = Counter()
        for i in report.tokens_in(self.pronouns):
            token = report.doc[i]
            if report.section_of(token.idx) not in self.patient_sections:
                continue
            sex = self.word_sex[token.lower_]
            counts[sex] += 1
            if sex not in first:
                first[sex] = report.mention("sex", token.idx, token.idx + len(token), token.text, sex,
                                            "sex_pronoun", "SEX", status="affirmed")
        for sex, m in first.items():
            m.pronoun_count = counts[sex]
            m.reason = f"{counts[sex]} pronoun(s)"
        return list(first.values())

    def decide(self, mentions: list[Mention], row: dict) -> dict:
        mesh = [m for m in mentions if m.rule == MESH_RULE]
        mentions_but_mesh = [m for m in mentions if m.rule != MESH_RULE]
        nouns = self._nouns(mentions_but_mesh)
        if nouns:
            value = Counter(m.normalized for m in nouns).most_common(1)[0][0]
            keep(mentions, [m for m in nouns if m.normalized == value])
            return {"sex": value}
        decided = self._by_pronouns(mentions_but_mesh)
        if decided["sex"] is None and mesh:  # r10b: the MeSH heading, last
            keep(mentions, mesh)
            return {"sex": mesh[0].normalized}
        return decided

    @staticmethod
    def _nouns(mentions: list[Mention]) -> list[Mention]:
        """The usable sex words other than pronouns; with no usable mention at all, the title's."""
        usable = [m for m in mentions if m.usable]
        return [m for m in usable if m.rule != "sex_pronoun"] if usable else stated_or_titled(mentions)

    def _by_pronouns(self, mentions: list[Mention]) -> dict:
        """The clear majority of the case text's pronouns."""
        pronouns = [m for m in mentions if m.usable and m.rule == "sex_pronoun"]
        value = self._clear_majority(Counter({m.normalized: m.pronoun_count for m in pronouns}))
        if value:
            keep(mentions, [m for m in pronouns if m.normalized == value])
        return {"sex": value}

    def _clear_majority(self, counts: Counter) -> str | None:
        """The sex whose pronouns are the only ones, or outnumber the other's 'pronoun_majority' times."""
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(counts) == 1 or ranked[0][1] >= self.pronoun_majority * ranked[1][1]:
            return ranked[0][0]
        return None


def _copy_as_sex(age: Mention, sex: str, rule: str) -> Mention:
    return replace(age, field="sex", normalized=sex, rule=rule, source=f"rule:{rule}", kept=False, letter_sex="")
