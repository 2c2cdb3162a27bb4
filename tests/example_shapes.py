"""The real-world report shapes of issue #8, each with the evidence that a report shows it.

Every shape must stand in at least two example reports of raw_reports/ (test_example_shapes.py);
the table of example reports in docs/accuracy.md lists what `python tests/example_shapes.py` prints.
A shape is evidenced by a regex over the report text, or by a check over its text and gold row.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I, M = re.IGNORECASE, re.MULTILINE


def _rx(pattern: str, flags: int = 0):
    regex = re.compile(pattern, flags)
    return lambda text, gold: bool(regex.search(text))


def _gold_has(column: str, value: str, pattern: str, flags: int = I):
    """The text shows the pattern and the gold row holds the value it should give."""
    regex = re.compile(pattern, flags)
    return lambda text, gold: bool(regex.search(text)) and value in (gold.get(column) or "")


def _gold_lacks(column: str, value: str, pattern: str, flags: int = I):
    """The text shows the pattern and the gold row does not hold the value it must not give."""
    regex = re.compile(pattern, flags)
    return lambda text, gold: bool(regex.search(text)) and value not in (gold.get(column) or "")


SHAPES = {
    # 1. Sections
    "several headers on one line": None,  # filled in below: counts headers per line
    "slashed or multi-word upper-case header": _rx(r"\b[A-Z]{3,}(?:[ /-][A-Z]{2,})*/[A-Z-]{3,}\b|^(?:\d\.\s*)?[A-Z]{4,} [A-Z]{4,}\b", M),
    "markup remnants around headers": _rx(r"<(?:jats:)?(?:sec|title)\b"),
    "header glued to the next word": _rx(r"\b(?:presentation|report|Discussion|Introduction|Conclusions?|Background|"
                                         r"DISCUSSION|INTRODUCTION|CONCLUSIONS?|BACKGROUND|REPORT|PRESENTATION)(?=[A-Z][a-z])"),
    "header before a one-letter word": _rx(r"(?:^|[.:] )(?:\d\. )?(?:Case (?:presentation|report|description|summary)|CASE [A-Z]+)[ \t]+An?[ \t]+\d", M),
    "journal name or running head with a treatment or site word": _rx(r"(?:Surgical|Surgery|Oncology|Radiotherapy|Pancreas|Liver)[^\n.]{0,40}(?:Journal|Reports|Case Rep)|(?:Journal|Annals|Archives)[^\n.]{0,40}(?:Surgical|Surgery|Oncology)", 0),
    "keywords or MeSH list": _rx(r"^\s*(?:Key ?words?|MeSH terms?)\s*:", M | I),
    "similar articles or cited-by list": _rx(r"Similar articles|Cited by|Related articles", I),
    "author affiliations": _rx(r"^\s*\d?\s*(?:Department|Division|Unit|Institute) of [^\n]{0,120}(?:University|Hospital|Centre|Center)", M),
    "citation line, DOI or copyright": _rx(r"Cite this article|\bdoi\s*:\s*10\.|\bhttps?://doi\.org/10\.|©|Copyright", I),
    "general statement inside the case or abstract": _rx(r"\b(?:in general|generally|typically|usually|are rare|on average|guidelines? recommend|most (?:such )?tumou?rs|the majority of)\b", I),
    # 2. Treatments
    "misspelt or variant drug name": None,  # filled in below: needs the fuzzy lexicon
    "radiolabelled peptide as therapy": _rx(r"(?:\d{2,3}\s?-?(?:Lu|Y|In)|(?:Lu|Y|In)-\d{2,3})[^.]{0,80}(?:cycles?|GBq|mCi|therapy|treated|received)|(?:treated with|received|cycles? of)[^.]{0,40}(?:\d{2,3}\s?-?(?:Lu|Y)|(?:Lu|Y)-\d{2,3})"),
    "radiolabelled peptide as imaging": _rx(r"(?:\d{2,3}\s?-?(?:Ga|In|Lu|Cu)|(?:Ga|In|Cu)-\d{2,3})[^.]{0,80}(?:PET|SPECT|scintigraphy|uptake|avid|scan)", 0),
    "class name with modifiers": _gold_has("treatments", "somatostatin analogue", r"(?:long-acting|depot|slow-release)[^.]{0,30}somatostatin analog|somatostatin analog(?:ue)?s? (?:therapy|treatment)|somatostatin receptor analog"),
    "brachytherapy as radiotherapy": _gold_has("treatments", "radiotherapy", r"brachytherapy|radioactive (?:iodine-125 )?seeds?|seed implant"),
    "endoscopic removal as surgery": _gold_has("treatments", "surgery", r"endoscopic (?:submucosal dissection|mucosal resection|resection|removal|excision)|polypectomy|\bESD\b|\bEMR\b|(?:removed|resected|excised) endoscopically"),
    "procedure in the past history": _rx(r"(?:childhood|as a (?:child|teenager)|years (?:earlier|before|ago)|history of|previously undergone|decades? (?:earlier|ago))[^.]{0,80}(?:ectomy|otomy|repair|operation)|(?:ectomy|otomy|repair)[^.]{0,60}(?:in (?:(?:her|his) )?(?:childhood|youth|twenties|teens)|years (?:earlier|before|ago)|as a (?:child|teenager))", I),
    # 3. Context
    "refusal or waiver in a new verb form": _rx(r"\b(?:withheld|not pursued|contraindicated|not (?:a|deemed a|considered a) candidate|did not wish|opted against|decided against|waived|turned down|forwent|was deferred|not offered)\b", I),
    "adverb between cue and target": _rx(r"\b(?:was|were|is)\s+(?:initially|subsequently|eventually|later|then|briefly|also|first)\s+(?:considered|planned|proposed|discussed|declined|refused|suspected|offered)\b", I),
    "scope ending at a clause boundary": _rx(r"\b(?:no|not|without|negative|declined|refused)\b[^.\n]{0,80}(?:;|, but\b|\bwhereas\b|\balthough\b|, so\b|, and then\b)[^.\n]{0,80}", I),
    "index patient named in introduction or discussion": _rx(r"\b(?:in the present case|in our (?:patient|case)|the (?:present|reported|current) case|our patient)\b", I),
    # 4. Metastasis
    "sites summed up at the end of the sentence": _rx(r"\b(?:suggestive of|consistent with|compatible with|in keeping with|suspicious for|representing)\s+(?:\w+\s+)?(?:metasta|secondar|deposits)", I),
    "site recurrence or relapse": _rx(r"\b\w+ (?:recurrence|relapse)\b|relapsed with|recurred (?:in|as)", I),
    "TNM stage": _rx(r"\b[pcy]?T(?:[0-4][a-d]?|x)\s*,?\s*N[0-3x][a-c]?\b"),
    "nodal presentation of an unknown primary": _rx(r"unknown primary|primary (?:site |tumou?r )?(?:remained|was|is) (?:unknown|not (?:found|identified))|occult primary|no primary (?:tumou?r|lesion|site) (?:was )?(?:found|identified|detected)", I),
    "metastasis shown by pathology of another organ": _rx(r"\b(?:biopsy|biopsies|resection|FNA|aspirat\w*)\b[^.]{0,40}\b(?:liver|hepatic|bone|ovar\w+|lung|node|nodal|peritone\w+)\b[^.]{0,80}\b(?:neuroendocrine|NET|carcinoid)\b|\b(?:liver|hepatic|bone|ovarian|nodal) (?:biopsy|core)\b[^.]{0,80}\b(?:neuroendocrine|NET)\b", I),
    "unrelated finding coordinated before the metastases": _rx(r"\b(?:cysts?|haemangioma|hemangioma|adenoma|gallstones?|stones?|lipoma|angiomyolipoma|nodular hyperplasia|granuloma)\b[^.]{0,100}\band\b[^.]{0,100}\b(?:metasta\w+|secondar\w+)", I),
    # 5. Size
    "lesion noun far before its measurement": _rx(r"\b(?:mass|lesion|tumou?r|nodule|polyp)\b[^.\d]{40,160}\bmeasur(?:ing|ed)\b", I),
    "imaging noun or abbreviation measured": None,  # filled in below: the gold size must be the one measured
    "volume or area unit": _rx(r"\d\s*(?:mm|cm)(?:3|2|³|²)(?!\d)"),
    "segment length, range or cumulative size": _rx(r"\d+(?:\.\d+)?\s*-?\s*cm(?:-long)? (?:segment|length|portion) of|\bsegment of [a-z]+ (?:measuring|of) \d|(?:from|between) \d+(?:\.\d+)? (?:to|and) \d+(?:\.\d+)?\s*(?:mm|cm)|ranging (?:in size )?from \d|(?:total|combined|cumulative|aggregate) (?:diameter|size)", I),
    "resected-specimen size in a figure legend": _rx(r"^\s*(?:Fig(?:ure)?\.?\s*\d+|Figure \d+)[^\n]*\d+(?:\.\d+)?\s*(?:mm|cm)\b", M | I),
    "primary in an organ that usually hosts metastases": None,  # filled in below: reads the gold row
    # 6. Markers, demographics, Ki-67
    "spelled-out marker name": None,  # filled in below: the long forms in rules/markers.json
    "shared head over coordinated markers": _rx(r"\b(?:cytokeratins?|CK|keratins?) ?\d+(?:, ?\d+)* (?:and|or) \d+\b|\b\w+ and \w+ (?:receptors|transcription factors)\b", I),
    "word split by a dump": _rx(r"\b(?:chromo|synapto|neuro|immuno|cyto|somato|gastro|pan|carcino|entero)-\s+[a-z]{3,}|\b(?:chromogra nin|synaptophy sin|neuroendo crine)\b", I),
    "keratin cocktail": _gold_has("markers_positive", "cytokeratin", r"AE1/AE3|CAM ?5\.2|CK ?8/18|pan-?cytokeratin|pan-?keratin|MNF116", I),
    "age in another wording": _rx(r"\baged \d+|\b\d+ years of age\b|\bin (?:his|her) \d+(?:st|nd|rd|th) year\b|\bat (?:the )?age of \d+|\b[MF] ?/ ?\d+\b|\b\d+ ?(?:yo|y/o)\b|\b\d+-year-old\b(?=[^.]{0,30}\b(?:patient|individual|adult)\b)", I),
    "sex from a noun with an age adjective": _rx(r"\ban? (?:elderly|young|middle-aged|older|adolescent|postmenopausal|octogenarian|nonagenarian)(?: \w+)? (?:woman|man|lady|gentleman|female|male|girl|boy)\b", I),
    "first-person case opening outside a case header": _rx(r"(?:^|\. )We (?:treated|report|describe|present|managed|saw|encountered) (?:a|an|the case of a|the case of an) ", M),
    "Ki-67 in another wording": _rx(r"(?:fewer|less) than \d+% of (?:the )?(?:tumou?r )?(?:cell )?nuclei|label(?:l)?ing index|proliferation index|proliferative index|MIB-1 (?:index|labell?ing)", I),
    "several Ki-67 values": None,  # filled in below
}

KI67_VALUE = re.compile(r"(?:ki-?67|mib-?1)[^.%\n]{0,60}?\d+(?:\.\d+)?\s*%", I)


def _several_ki67(text: str, gold: dict) -> bool:
    values = {m.group(0)[-8:] for m in KI67_VALUE.finditer(text)}
    return len(values) >= 2


def _metastasis_host_primary(text: str, gold: dict) -> bool:
    return gold.get("primary_site") in ("lymph node", "liver", "ovary", "bone", "adrenal", "peritoneum") \
        and bool(gold.get("tumor_size_mm"))


def _misspelt_drug(text: str, gold: dict) -> bool:
    from pipeline.fuzzy import FuzzyLexicon
    from pipeline.rules import load_rules

    fuzzy = _misspelt_drug.__dict__.setdefault("lexicon", FuzzyLexicon(load_rules()))
    return any((hit := fuzzy.match(word)) and hit[0] == "TREATMENT" for word in re.findall(r"[A-Za-z]{6,}", text))


HEADER = re.compile(r"\b(?:ABSTRACT|Abstract|INTRODUCTION|Introduction|BACKGROUND|Background|"
                    r"CASE (?:REPORT|PRESENTATION|DESCRIPTION|SUMMARY)|Case (?:report|presentation|description)|"
                    r"DISCUSSION|Discussion|CONCLUSIONS?|Conclusions?|RESULTS|METHODS|CLINICAL COURSE|FOLLOW-UP)"
                    r"(?:/[A-Z-]+)?(?=\s*:|\s*[A-Z])")


def _headers_on_one_line(text: str, gold: dict) -> bool:
    return any(len(HEADER.findall(line)) >= 3 for line in text.splitlines())


def _spelled_out_marker(text: str, gold: dict) -> bool:
    from pipeline.rules import load_rules

    longs = _spelled_out_marker.__dict__.setdefault("longs", [
        s for synonyms in load_rules()["markers"]["markers"].values() for s in synonyms
        if len(s.split()) >= 3 and not s.endswith("receptors")])
    low = text.lower()
    return any(s in low for s in longs)


IMAGING_NOUN = r"(?:hypodensity|hyperdensity|thickening|nodule|lesion|SOL|opacity|focus)"
IMAGED_SIZE = re.compile(rf"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>mm|cm)\s+(?:[\w-]+\s+){{0,2}}{IMAGING_NOUN}\b"
                         rf"|\b{IMAGING_NOUN}\b(?:\s+\w+){{0,2}}\s+measur(?:ed|ing)\s+(?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>mm|cm)")


def _imaging_noun_measured(text: str, gold: dict) -> bool:
    """An imaging noun (or its abbreviation) carries the size the gold row keeps for the primary."""
    first = (gold.get("tumor_size_mm") or "").split(" x ")[0]
    for m in IMAGED_SIZE.finditer(text):
        number, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
        if first and float(number) * (10 if unit == "cm" else 1) == float(first):
            return True
    return False


SHAPES["imaging noun or abbreviation measured"] = _imaging_noun_measured
SHAPES["several headers on one line"] = _headers_on_one_line
SHAPES["spelled-out marker name"] = _spelled_out_marker
SHAPES["misspelt or variant drug name"] = _misspelt_drug
SHAPES["primary in an organ that usually hosts metastases"] = _metastasis_host_primary
SHAPES["several Ki-67 values"] = _several_ki67


def example_reports() -> dict[str, tuple[str, dict]]:
    gold = {row["report_id"]: row for row in csv.DictReader(open(ROOT / "gold" / "cases.csv", encoding="utf-8"))}
    return {p.stem: (p.read_text(encoding="utf-8"), gold.get(p.stem, {}))
            for p in sorted((ROOT / "raw_reports").glob("*.txt"))}


def coverage() -> dict[str, list[str]]:
    """Shape -> the example reports that show it."""
    reports = example_reports()
    return {shape: [rid for rid, (text, gold) in reports.items() if check(text, gold)] for shape, check in SHAPES.items()}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for shape, ids in coverage().items():
        print(f"| {shape} | {', '.join(i.split('_')[0] for i in ids) or '-'} |")
