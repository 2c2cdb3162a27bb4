"""What a dump does to a report's layout, undone before anything reads it: markup tags, headers
glued to their text, words hyphenated or split at a line end, hard wraps, decimal commas. The tags,
prefixes and units come from rules/reading.json; the header phrases from rules/sections.json."""
from __future__ import annotations

import re
from functools import lru_cache

from .rules import load_rules

LOWER_WORD = re.compile(r"[a-z]{3,}")
# a header can stand after these; r10c: or right after a sentence end whose space was lost too
# ('... robotic pancreatoduodenectomy.Case presentationA case of a 70-year-old ...')
STARTS = re.compile(r"\n|[.!?]\s|(?<=[a-z])[.!?](?=[A-Z])")
NUMBER_LEAD = re.compile(r"[\d.\s]{0,16}")  # "2. " before a numbered header (bounded: "1.\n1.\n..." is no lead)


class LayoutUndoer:
    """Undoes what a dump does to text: markup tags, words hyphenated at a line end, hard wraps."""

    def __init__(self, cfg: dict, sections: dict, lexicon_words: frozenset):
        names = sorted(cfg["block_tags"] + cfg["inline_tags"], key=len, reverse=True)
        self.block = {t.lower() for t in cfg["block_tags"]}
        self.tag = re.compile(rf"</?(?:jats:|mml:)?({'|'.join(map(re.escape, names))})\b[^<>\n]{{0,200}}?/?>",
                              re.IGNORECASE)
        self.broken = re.compile(r"\b([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})\b")
        split_pairs = [(w[:i], w[i:]) for w in sorted(lexicon_words) if len(w) >= 8 for i in range(3, len(w) - 2)
                       if w[:i] not in lexicon_words and w[i:] not in lexicon_words]
        # first part -> (its place in the sorted pairs, second part): a report's pairs are found from its own
        # words, so a short report costs no pass over the lexicon's tens of thousands of pairs
        self.split_by_first: dict[str, list[tuple[int, str]]] = {}
        for k, (first, second) in enumerate(split_pairs):
            self.split_by_first.setdefault(first, []).append((k, second))
        self.prefixes = frozenset(cfg["compound_prefixes"])
        self.lexicon = lexicon_words
        self.wrap = (cfg["wrap_min_line"], cfg["wrap_max_line"], cfg["wrap_share"], cfg["wrap_min_lines"])
        self.open_share = cfg["wrap_open_share"]
        units = "|".join(re.escape(u) for u in sorted(cfg["decimal_comma_units"], key=len, reverse=True))
        self.decimal_comma = re.compile(
            rf"(\d),(?=\d{{1,2}}(?:\s?[×xX*]\s?\d+(?:[.,]\d{{1,2}})?)*\s?(?:{units})(?![A-Za-z]))")
        self.glued_citation = re.compile(cfg["glued_citation"])
        headers = sorted({p.lower() for ps in sections["classes"].values() for p in ps} |
                         {p.lower() for p in sections["case_subsections"]}, key=len, reverse=True)
        alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in headers)
        # 'Case presentationA 62-year-old': a header whose line break was lost, at a line start or
        # after a sentence end; only a header ending in a lower-case letter, so 'CASE REPORTA' is left alone.
        self.glued = re.compile(rf"(?:\d+\.?\s+)?(?:{alt})(?<=(?-i:[a-z]))(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
        # 'DISCUSSIONIndeed', 'CASE REPORTA 62-year-old': an upper-case header before a capitalised word.
        upper = "|".join(re.escape(h.upper()).replace(r"\ ", r"\s+") for h in headers)
        self.glued_upper = re.compile(rf"(?:\d+\.?\s+)?(?:{upper})(?=[A-Z][a-z]|[a-z]|An?\s|[0-9])")
        self.header_starts = {h[:3] for h in headers}
        self.colon_header = re.compile(rf"(?:{alt})\s*:", re.IGNORECASE)  # r10c: '... are rare.Case report: A ...'

    def unglue_citations(self, text: str) -> str:
        """'regurgitation.1 Despite' -> 'regurgitation [1]. Despite': the sentence end a glued citation
        number hid (rules/reading.json 'glued_citation')."""
        return self.glued_citation.sub(r" [\1].", text) if "." in text else text

    def decimal_points(self, text: str) -> str:
        """'2,5 cm' -> '2.5 cm' (same length, so offsets do not move)."""
        return self.decimal_comma.sub(r"\1.", text) if "," in text else text

    def unglue_headers(self, text: str) -> str:
        """Tries the header patterns only where a header can start (line starts, sentence ends) and
        only when the next three letters begin some header phrase: a dictionary look-up per start."""
        out, pos = [], 0
        for at in [0] + [m.end() for m in STARTS.finditer(text)]:
            if at < pos:
                continue
            lead = NUMBER_LEAD.match(text, at)  # matches the empty string too: never None
            lead_end = lead.end() if lead else at
            if text[lead_end:lead_end + 3].lower() not in self.header_starts:
                continue
            m = self.glued.match(text, at) or self.glued_upper.match(text, at)
            at_line_start = at == 0 or text[at - 1] == "\n"
            if text[at - 1] in ".!?" and (m or self.colon_header.match(text, at)):
                out.append(text[pos:at] + " ")  # r10c: '... rare.Case presentationA', '... rare.Case report: A'
                pos = at
            while m:  # 'AbstractBACKGROUNDPrimary': a glued header may follow a glued header
                out.append(text[pos:m.end()])
                out.append("\n" if at_line_start else " ")
                pos = m.end()
                m = self.glued.match(text, pos) or self.glued_upper.match(text, pos)
        out.append(text[pos:])
        return "".join(out)

    def strip_tags(self, text: str) -> str:
        if "<" not in text:
            return text
        return self.tag.sub(lambda m: "\n" if m.group(1).lower() in self.block else "", text)

    def join_broken_words(self, text: str) -> str:
        if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
            return text
        lower = text.lower()

        def join(m):
            first, second = m.group(1), m.group(2)
            joined, hyphenated = (first + second).lower(), f"{first}-{second}".lower()
            if joined in self.lexicon or (joined in lower and hyphenated not in lower):
                return first + second
            if hyphenated in lower or first.lower() in self.prefixes:
                return f"{first}-{second}"
            return first + second

        return self.broken.sub(join, text)

    def join_split_words(self, text: str) -> str:
        """'chromo- granin', 'synapto physin', and r25: 'synap-tophysin' (a line-end hyphen whose line break
        a flattened page dropped): joined only when the joined word is a lexicon word of eight letters
        or more and neither part is one. The pairs to look for come from the lexicon and the report's
        own words (set look-ups), not from a test at every word."""
        words = set(LOWER_WORD.findall(text.lower()))
        pairs = sorted((k, a, b) for a in words & self.split_by_first.keys() for k, b in self.split_by_first[a]
                       if b in words)
        for _, first, second in pairs:
            text = re.sub(rf"\b({first})(?:-? |-)({second})\b", r"\1\2", text, flags=re.IGNORECASE)
        return text

    def unwrap(self, text: str) -> str:
        """In a hard-wrapped report, a line break inside a paragraph becomes a space."""
        lines = text.split("\n")
        width = self._wrap_width(lines)
        if width is None:
            return text
        out = []
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            soft = self._soft_break(line, nxt, width)
            hyphen_break = soft and line.endswith("-") and nxt[:1].islower()  # left for join_broken_words
            out.append(line + (" " if soft and not hyphen_break else "\n"))
        return "".join(out)[:-1] if out else text

    def _wrap_width(self, lines: list[str]) -> int | None:
        """The width the text was hard-wrapped at, or None when it was not: enough lines of a wrap-like
        length, and most of those that fill the width ending inside a sentence."""
        low, high, share, min_lines = self.wrap
        # Header lines, short tails of paragraphs and table rows say nothing about the wrap width.
        body = [line for line in lines if len(line.strip()) >= 25 and "\t" not in line]
        filled = [len(line) for line in body]
        in_range = [line for line in body if low <= len(line) <= high]
        if len(filled) < min_lines or len(in_range) < share * len(filled):
            return None
        width = sorted(filled)[int(0.9 * (len(filled) - 1))]
        # Lines that fill the width end inside a sentence when the text was wrapped.
        full = [line for line in in_range if len(line) >= 0.75 * width]
        if sum(not line.rstrip().endswith((".", "!", "?", ":")) for line in full) < self.open_share * len(full):
            return None
        return width

    def _soft_break(self, line: str, nxt: str, width: int) -> bool:
        """Was the break after this line made by the wrap, inside a paragraph?"""
        low, high = self.wrap[0], self.wrap[1]
        # A line that stops short after a full stop ends its paragraph; a full-width one was wrapped.
        ends_paragraph = line.rstrip().endswith((".", "?", "!")) and len(line) < width - 12
        continues = len(nxt.strip()) >= 25 or nxt.rstrip().endswith((".", "?", "!", ")"))  # not a header line
        return (low <= len(line) <= high and continues and not ends_paragraph
                and "\t" not in line and not nxt.startswith(("\t", " ")))


@lru_cache(maxsize=4)
def layout_undoer(rules_dir: str = "") -> LayoutUndoer:
    rules = load_rules(rules_dir or None)
    return LayoutUndoer(rules["reading"], rules["sections"], rules.lexicon_words)
