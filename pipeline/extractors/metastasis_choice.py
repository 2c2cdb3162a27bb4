"""Which metastasis words and sites a report's row takes (the metastasis extractor's decision,
metastasis.py): the usable words of the best source, the sites that state a metastasis by themselves
and those that need one said elsewhere, each site once and never the primary's own organ, and 'no'
only for a text that says there is no metastasis."""
from __future__ import annotations

import re

from .base import INDEX_SENTENCE_RANK, NOT_ELIGIBLE, TITLE_REASON, Mention, keep


def usable_from_the_best_source(words: list[Mention]) -> list[Mention]:
    """The usable metastasis words of the case text; else those of index-patient sentences elsewhere."""
    usable = [m for m in words if m.usable]
    return [m for m in usable if m.rank < INDEX_SENTENCE_RANK] or usable


def local_recurrence(m: Mention, primary: str | None) -> bool:
    """r4-meta: a recurrence or spread whose organs are all the primary's own ('a late recurrence in
    the liver' of a primary liver NET) is a local recurrence, no metastasis."""
    return bool(m.spread_sites and primary) and all(site == primary for site in m.spread_sites)


def values_in_order(chosen: list[Mention]) -> list[str]:
    """Each site once, in the order the report first names it."""
    return list(dict.fromkeys(m.normalized for m in sorted(chosen, key=lambda m: m.start)))


def site_on_its_own(m: Mention, primary: str | None, part_of: dict[str, str]) -> bool:
    """A site that says there is a metastasis by itself: not lesions in an organ, which need a
    metastasis said elsewhere, nor the pathology of an organ unless the primary is another one (r6-sites:
    nor its region or part: 'metastatic small bowel NET' of an ileal primary)."""
    if m.needs_metastasis:
        return False
    if not m.needs_other_primary:
        return True
    site = m.normalized
    return bool(primary) and site != primary and part_of.get(site) != primary and part_of.get(primary or "") != site


def listed_with_other_organs(m: Mention, primary: str | None, part_of: dict[str, str]) -> bool:
    """r7a: lesions in a distant organ listed with an organ that is neither distant, nor the nodes, nor
    the primary's ('a scan showed lesions in the heart, the spine, the duodenum and the colon' of a tumour
    of unknown primary): a list of findings of every kind, which names no metastasis. Beside the
    primary's organ ('lesions in the pancreas and the liver') the distant ones stay metastases."""
    return any(not primary or o != primary and part_of.get(o) != primary and part_of.get(primary) != o
               for o in m.listed_with)


def chosen_sites(found: list[Mention], primary: str | None) -> list[Mention]:
    """The sites other than the primary's organ (its twin on the other side counts), from the case
    text and from index-patient sentences elsewhere alike (r4-meta: 'we report a man who had visceral
    and bone metastases' names the patient's own sites, which the case text may not repeat); and the
    title's too (r15: 'Carcinoid metastasis of the skin', a report about one metastasis whose text, cut
    short or busy with the primary's staging, may name only the nodes), after those and once each, when
    the title stands apart from the case text."""
    candidates = [m for m in found if m.normalized != primary or m.other_side]
    body = [m for m in candidates if not m.reason.startswith(TITLE_REASON)]
    named = {m.normalized for m in body}
    headline = [m for m in candidates if m.reason.startswith(TITLE_REASON) and m.normalized not in named]
    # a title read in the case text itself (a report that opens on its first sentence) is no headline
    return (body + [m for m in headline if m.section != "case"]) if body else headline


def no_or_unknown(mentions: list[Mention], words: list[Mention]) -> dict:
    """'no' when a metastasis word of an eligible source is negated ('no metastases'), else 'unknown'.
    A negation of some organs only ('no hepatic metastases') says nothing of the rest: 'no' is only
    for a text that says there is no metastasis (ANNOTATION.md)."""
    negated = [m for m in words if m.status == "negated" and m.rank < NOT_ELIGIBLE and not m.organs_only]
    if negated:
        keep(mentions, negated)
        return {"metastasis": "no", "metastasis_sites": []}
    return {"metastasis": "unknown", "metastasis_sites": []}


def headline_node_regions(text: str, title_sites: list[Mention], node_site: str, node_words: list[str]) -> None:
    """r15: a region word of the title that the report's text puts before its lymph nodes ('Ileal NET with
    mesenteric and hepatic metastases' of a report on 'mesenteric lymph nodes') names those nodes: its
    site is the node site. A title's headline wording is short; its text says which organ it meant."""
    nodes = "|".join(re.escape(w) for w in sorted(node_words, key=len, reverse=True))
    for m in (m for m in title_sites if m.normalized != node_site):
        region_then_nodes = re.compile(rf"\b{re.escape(m.text)}\s+(?:{nodes})\b", re.IGNORECASE)
        if region_then_nodes.search(text, m.end):
            m.normalized, m.reason = node_site, f"{m.reason}; the text's node region"
