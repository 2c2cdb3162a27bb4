"""The WHO 2019 class of the index tumour as stated: NET, NEC or MiNEN (ANNOTATION.md, 'histology').

Each phrase of rules/histology.json that names a class is a mention; its status (negated, a
differential diagnosis, another patient, a general statement) comes from the shared context cues
under the label HISTOLOGY, as for every field. The row takes:

1. a class of 'precedence' when one is usable (a MiNEN's report names its carcinoma component often);
2. else the mentions of a sentence about the definitive pathology ('the resected specimen showed a
   NET G2'), so a biopsy's NEC gives way to the resection's NET;
3. else the class the specific phrases name most often (earliest on a tie), and only when no specific
   phrase is usable, the generic ones ('neuroendocrine tumour'). r29: a specific phrase of the title or an
   index-patient sentence outranks the case text's generic ones ('Small cell NEC infiltrating the marrow' in the
   title over 'one neuroendocrine tumour cell in the blood film' in a legend).

'NET G3' stays a NET (the grade only follows the phrase); 'neuroendocrine neoplasm' names no class. A
generic phrase in the plural ('upregulated in neuroendocrine tumours such as ...', 'a trial for
advanced NETs') names the class, not this tumour: it is kept in mentions.csv as other-patient talk.

Two more sources, as the primary site has them: the report's title names the index tumour even
where a cue in it ('case report and literature review') or its section would make it other-patient
talk (it then ranks as an index-patient sentence, after the case text); and an abbreviation the report
defines right after a class phrase ('atypical carcinoid (AC)') names that class wherever it stands.
And (r19) when nothing about the patient names a class, the introduction's topic does, as it votes for
the primary site (topic.py): 'Background: Small cell carcinoma of the larynx is an uncommon and aggressive
malignancy ...' over a case text that calls it only 'the tumour'.

A MiNEN is also stated by its parts: a class phrase with another carcinoma and a mixing word in its
clause ('a small cell carcinoma intermixed with an adenocarcinoma', 'coexisting adenocarcinoma
and NEC components'; rules/histology.json 'mixed_cues', 'mixed_other_carcinomas'). A carcinoma beside
a NET with no mixing word (a synchronous colon cancer), or denied ('no adenocarcinoma component'), is not."""
from __future__ import annotations

import re
from collections import Counter

from .base import INDEX_SENTENCE_RANK, FieldExtractor, Mention, ReportView, keep
from .name_patterns import matches_at
from .title import ReportTitle
from .topic import IntroductionTopic

HYPHEN, SPACE = r"[\s\-\u2010\u2011\u2013]?", r"[\s\-\u2010\u2011\u2013]+"


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex: a space between words matches spaces or hyphens, a hyphen matches a
    hyphen, a dash, a space or nothing ('small cell', 'small-cell'; 'adenoneuroendocrine'), and a
    '*' between two words one optional word ('small cell * carcinoma': 'small cell oesophageal carcinoma')."""
    words = [SPACE.join(re.escape(w) for w in part.split()) for part in phrase.split("-")]
    return HYPHEN.join(words).replace(SPACE + re.escape("*") + SPACE, rf"{SPACE}(?:[^\W\d_]+{SPACE})?")


def first_words(phrases, flags: int) -> re.Pattern:
    """Where one of the phrases can start: its first word (as `phrase_regex` spells it, a literal)
    after a non-word character. The long alternation of every phrase (some 2,000 characters) is then
    tried at those places alone (name_patterns.matches_at), not at every character of a report."""
    words = {re.split(r"[\s\-\u2010\u2011\u2013]+", p.strip())[0] for p in phrases}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})", flags)


def any_phrase(phrases, plural: bool) -> re.Pattern:
    """Any of the phrases (as `phrase_regex` spells them) as whole words, in any case; with `plural`, an
    's' may follow."""
    alternation = "|".join(phrase_regex(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation}){'s?' if plural else ''}(?![\w])", re.IGNORECASE)


def most_named(pool: list[Mention]) -> list[Mention]:
    """The mentions of the class named most often (the earliest named on a tie)."""
    if not pool:
        return []
    counts = Counter(m.normalized for m in pool)
    top = max(counts.values())
    winner = min((m for m in pool if counts[m.normalized] == top), key=lambda m: m.start).normalized
    return [m for m in pool if m.normalized == winner]


def case_sensitive(phrase: str) -> bool:
    """An abbreviation (two capitals in a row: 'NEC', 'MiNEN') is matched as written."""
    return re.search(r"[A-Z]{2}", phrase) is not None


def class_phrases(cfg: dict):
    """(tier, class, phrase) of every phrase of rules/histology.json that names a class, specific ones
    first, in the file's order (the '_doc' keys skipped)."""
    for tier in ("specific", "generic"):
        for label, entries in cfg[tier].items():
            if not label.startswith("_"):
                yield from ((tier, label, phrase) for phrase in entries)


def class_regexes(cfg: dict) -> list[tuple[bool, re.Pattern, re.Pattern]]:
    """(case-sensitive?, regex, where it can start) for the class phrases of rules/histology.json
    (`cfg`): the abbreviations as written, then the rest in any case. The histology extractor finds
    its mentions with them; the grade extractor asks whether a defined short form's long form names
    the tumour, and builds them here rather than a whole extractor."""
    phrases: dict[bool, list[str]] = {True: [], False: []}  # case-sensitive? -> phrases
    for _, _, phrase in class_phrases(cfg):
        phrases[case_sensitive(phrase)].append(phrase)
    grade = cfg["grade_suffix"]
    not_before = "|".join(re.escape(w) for w in cfg["not_before"])
    regexes = []
    for exact, entries in phrases.items():
        if not entries:
            continue
        alternation = "|".join(phrase_regex(p) for p in sorted(set(entries), key=len, reverse=True))
        # 'non-small cell lung cancer' is no small cell carcinoma: no phrase right after 'non'
        pattern = (rf"(?<![\w])(?<![Nn]on[ -])(?P<phrase>{alternation})s?(?![\w])"
                   rf"(?!{SPACE}(?:{not_before})\b){grade}")
        flags = 0 if exact else re.IGNORECASE
        regexes.append((exact, re.compile(pattern, flags), first_words(entries, flags)))
    return regexes


class HistologyExtractor(FieldExtractor):
    fields = ("histology",)
    reads = ()
    flags = ()

    def __init__(self, rules):
        cfg = rules["histology"]
        self.title = ReportTitle(rules)  # the report's title, as the primary-site extractor finds it
        self.topic = IntroductionTopic(rules, self.title)  # r19: 'Small cell carcinoma ... is rare'
        self.tier: dict[tuple[bool, str], tuple[str, str]] = {}  # (case-sensitive, key) -> (class, tier)
        self.starred: list[tuple] = []  # ((case-sensitive, regex over the key), (class, tier)) of '*' phrases
        for tier, label, phrase in class_phrases(cfg):
            exact = case_sensitive(phrase)
            key = self._key(phrase, exact)
            if "*" in key:
                head, _, tail = key.partition("*")
                starred = re.compile(rf"{re.escape(head)}\w*{re.escape(tail)}")
                self.starred.append(((exact, starred), (label, tier)))
            else:
                self.tier.setdefault((exact, key), (label, tier))
        self.regexes = class_regexes(cfg)
        self.mixed_cues = any_phrase(cfg["mixed_cues"], plural=False)
        self.other_carcinomas = any_phrase(cfg["mixed_other_carcinomas"], plural=True)
        self.precedence = list(cfg["precedence"])
        self.plural_index_cues = [c.lower() for c in cfg["plural_index_cues"]]
        # '(AC)', '(LCNEC)' right after a phrase, or after its head noun ('gastric carcinoid tumours (GCTs)')
        heads = "|".join(re.escape(w) for w in cfg["abbreviation_head_nouns"]) or "(?!)"  # none: right after only
        # r17: or past the organ it arose in ('small cell carcinoma of the prostate (SCCP)'): 'of', an article, words
        most = cfg["abbreviation_organ_words"]
        organ = rf"(?:\s+of\s+(?:the\s+)?(?:[A-Za-z]+\s+){{0,{most - 1}}}[A-Za-z]+)?" if most else ""
        self.abbreviation = re.compile(rf"\s*(?:(?:{heads})s?\s*)?{organ}\s*\(([A-Z][A-Za-z]{{1,5}})\)")
        self.definitive = [c.lower() for c in cfg["definitive_cues"]]

    @staticmethod
    def _key(text: str, exact: bool) -> str:
        key = re.sub(r"[\s\-\u2010\u2011\u2013]+", "", text)
        return key if exact else key.lower()

    def _lookup(self, phrase: str, exact: bool) -> tuple:
        """(class, tier) of a matched phrase; a phrase with a '*' is looked up with its middle word
        left out, then as the starred entry."""
        key = self._key(phrase, exact)
        if (exact, key) in self.tier:
            return self.tier[(exact, key)]
        return next((v for (e, k), v in self.starred if e == exact and k.fullmatch(key)), (None, None))

    def find(self, report: ReportView) -> list[Mention]:
        text, found = report.text, []
        for exact, regex, starts in self.regexes:
            for m in report.within(matches_at(regex, starts, text), "histology"):
                label, tier = self._lookup(m.group("phrase"), exact)
                if label:
                    found.append((m.start(), -m.end(), m, label, tier))
        found += self._abbreviations(report, found)
        out, claimed_to = [], -1
        for start, _, m, label, tier in sorted(found, key=lambda f: (f[0], f[1])):
            # inside a longer phrase found already ('small cell carcinoma' in 'small cell lung cancer')
            if start < claimed_to:
                continue
            claimed_to = m.end()
            mention = report.mention("histology", m.start(), m.end(), m.group(0), label, f"histology_{tier}",
                                     "HISTOLOGY")
            plural = m.group(0)[len(m.group("phrase")):].startswith("s")
            if (tier == "generic" and plural and mention.status == "affirmed"
                    and not self._names_the_patients(report, m.start())):
                mention.overrule("other_patient", "plural_class_name")
            elif mention.status == "other_patient" and not plural and self.title.holds(
                    report, m.start(), cue_free=mention.reason.startswith("section:")):
                mention.affirm_in_title()
            out.append(mention)
        out += self._mixed(report, out)
        self.topic.mark(report, out, self.title.start(report))
        return out

    def _mixed(self, report: ReportView, mentions: list[Mention]) -> list[Mention]:
        """A MiNEN stated by its parts: a class phrase of the patient's, another carcinoma not negated
        and a mixing word in one clause ('a NEC admixed with foci of squamous cell carcinoma', 'a mixed
        tumour of acinar cell carcinoma and neuroendocrine carcinoma'). The MiNEN
        mention stands on the class phrase, whose status it shares."""
        out, seen = [], set()
        for m in mentions:
            if not m.usable or m.normalized == "MiNEN" or m.sentence_start in seen:
                continue
            seen.add(m.sentence_start)
            clause = self._clause(report.text, m)
            other = self.other_carcinomas.search(report.text, *clause)
            if not other or not self.mixed_cues.search(report.text, *clause):
                continue
            part = report.mention("histology", other.start(), other.end(), other.group(0), None, "", "HISTOLOGY")
            if part.status not in ("negated", "hypothetical"):
                out.append(report.mention("histology", m.start, m.end, m.value, "MiNEN", "histology_mixed",
                                          "HISTOLOGY", status=m.status, reason=m.reason))
        return out

    @staticmethod
    def _clause(text: str, m: Mention) -> tuple[int, int]:
        """The characters of the mention's clause: its sentence, cut at a ';' on either side."""
        lo = text.rfind(";", m.sentence_start, m.start) + 1 or m.sentence_start
        hi = text.find(";", m.end, m.sentence_end)
        return lo, hi if hi >= 0 else m.sentence_end

    def _names_the_patients(self, report: ReportView, start: int) -> bool:
        """Does a plural class name follow a diagnosis word in its clause ('the diagnosis turned out
        to be neuroendocrine tumours')?"""
        lo, _ = report.sentence_chars(report.tokens_of(start, start + 1)[0])
        clause = re.split(r"[;,]", report.text[lo:start])[-1].lower()
        return any(c in clause for c in self.plural_index_cues)

    def _abbreviations(self, report: ReportView, found: list) -> list:
        """Mentions of an abbreviation the report defines for a class phrase ('atypical carcinoid
        (AC)', 'large cell neuroendocrine carcinoma (LCNEC)', 'carcinoid tumours (CTs)'): the case text
        often uses only it."""
        text, defined = report.text, {}
        for _, _, m, label, tier in found:
            defining = self.abbreviation.match(text, m.end())
            name = defining.group(1) if defining else ""
            if name.endswith("s") and name[-2:-1].isupper():
                name = name[:-1]  # 'neuroendocrine tumours (NETs)' defines 'NET'
            if name and name not in defined:
                defined[name] = (label, tier)
        out = []
        for short, (label, tier) in defined.items():
            regex = re.compile(rf"(?<![\w])(?P<phrase>{re.escape(short)})s?(?![\w])")
            for m in report.within(regex.finditer(text), "histology"):
                out.append((m.start(), -m.end(), m, label, tier))
        return out

    def decide(self, mentions: list[Mention], row: dict | None = None) -> dict:
        # r19: else the introduction's topic ('Small cell carcinoma of the larynx is uncommon')
        usable = [m for m in mentions if m.usable] or [m for m in mentions if m.topic]
        body = [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable
        if all(m.rule == "histology_generic" for m in body):  # r29: the title's class over a generic 'NET'
            body = [m for m in usable if m.rule != "histology_generic"] or body
        chosen = self._choose(body)
        if not chosen:
            return {"histology": None}
        keep(mentions, chosen)
        return {"histology": chosen[0].normalized}

    def _choose(self, body: list[Mention]) -> list[Mention]:
        """The mentions that decide the class (all of one class), or none."""
        for label in self.precedence:
            first = [m for m in body if m.normalized == label]
            if first:
                return first
        definitive = [m for m in body if m.section == "case" and self._definitive(m)]
        pool = definitive or body
        pool = [m for m in pool if m.rule == "histology_specific"] or pool
        return most_named(pool)

    def _definitive(self, m: Mention) -> bool:
        sentence = m.sentence.lower()
        return any(c in sentence for c in self.definitive)

    def raised_flags(self, mentions: list[Mention]) -> list[str]:
        return []
