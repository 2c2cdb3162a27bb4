"""A mention: one candidate value found in a report's text, with where it stands, its status,
and the typed fields its extractor's `find` hands its `decide`. Every mention, kept or not, is a
row of mentions.csv (outputs.mention_row).

A mention's status is ConText's (context_status.status_for, when ReportView.mention makes it). An
extractor that knows better for its own field (a grade with no tumour word, an impossible age, the
report's title) overrules it only through `Mention.overrule`, which checks the status and keeps the
verdict it replaces, so that mentions.csv shows both."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..context_status import STATUSES

# A mention's rank: its section's place in rules/sections.json 'feeds_row' (0 = the case text);
# then sentences naming the index patient in other narrative sections; other text never feeds a row.
INDEX_SENTENCE_RANK = 4  # after every class of 'feeds_row' (case, abstract, figure legend, patient table)
NOT_ELIGIBLE = 9
TITLE_REASON = "report title"  # the reason a mention of the report's title carries


@dataclass
class Mention:
    field: str
    value: str
    normalized: Any
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    section: str
    status: str
    rule: str
    text: str
    rank: int
    reason: str = ""
    # the status and reason the mention was made with (ConText's), kept when an extractor first
    # overrules them (`overrule`); '' while nobody has
    context_status: str = ""
    source: str = ""
    kept: bool = False
    sentence: str = ""
    # What `find` hands `decide` beside the status: each field is set by the extractor named in
    # its comment and read by that extractor's `decide` (or, for letter_sex, by SexExtractor.find).
    # None of them is written to mentions.csv; `reason` says in words what they mean.
    # markers, treatments: found and written, but never a value (no polarity, a serum value, a tracer)
    dropped: bool = False
    letter_sex: str = ""  # age: the sex letter of a compact 'F/46' or '46/M' (a key of patterns.sex.letters), else ''
    pronoun_count: int = 1  # sex: how many pronouns of this sex the case text uses (on the first one's mention)
    definitive: bool = False  # ki67: its clause names the definitive specimen ('resected', 'surgical')
    cue: str = ""  # markers: the text of the polarity cue that governs the marker
    weight: float = 0.0  # primary_site: the vote of this site for the primary (named NET > bare 'mass')
    of_primary: bool = False  # tumor_size: nothing says the size belongs to something other than the primary
    site_word: str = ""  # tumor_size: the organ named beside a size that is not the primary's ('liver metastasis')
    specimen: bool = False  # tumor_size: measured on the resected specimen
    headline: bool = False  # tumor_size: stated in the abstract or a final-diagnosis section
    palpated: bool = False  # tumor_size (r12-size): told of a physical examination, an estimate by hand
    changed: bool = False  # tumor_size (r29): a size the tumour changed to ('decreased to 5 cm'), a later one
    phrase_organ: str = ""  # tumor_size (r12-size): the organ of its own lesion noun ('a 10 mm pancreatic tumour')
    other_side: bool = False  # metastasis_sites: 'the contralateral ovary', which may be the primary's own organ
    # metastasis_sites: pathology of an organ, a metastasis only if the primary is elsewhere
    needs_other_primary: bool = False
    # metastasis_sites: lesions in a distant organ, a site only if metastasis is said otherwise
    needs_metastasis: bool = False
    # metastasis_sites (r7a): the other organs of that lesion list, neither distant nor nodes ('lesions in the
    # heart, the spine and the duodenum'): a list of findings of every kind, unless they are the primary's
    listed_with: tuple[str, ...] = ()
    # metastasis: a negation that names only some organs ('no hepatic metastases'), not every metastasis
    organs_only: bool = False
    # metastasis (r4-meta): the organs of a recurrence or spread word ('recurrence in the liver'), a
    # metastasis only where one of them is not the primary's organ
    spread_sites: tuple[str, ...] = ()
    # primary_site (r4-meta): a generic statement of the tumour type in the introduction ('Laryngeal NETs
    # are rare'), the report's topic: a vote only when no sentence about the patient votes
    topic: bool = False
    # outcome: 'died shortly thereafter': the status comes an unstated time after the durations before it
    undated: bool = False
    # age, sex (r6-num): stated in the report's title ('Insulinoma in a 45-year-old woman'), whose front-matter
    # section makes it no value; read only when the report states no age (no sex) anywhere else
    in_title: bool = False
    # outcome: 'surgery for liver metastases': the disease named is what a treatment was for, an event of
    # the course rather than the state at its end
    treated: bool = False
    # outcome (r11-out): 'she is currently receiving lanreotide': a treatment still going on, a weak 'alive with
    # disease' that yields to a no-disease statement beside it or in the sentence before
    # outcome (r12-out): 'she was referred for PRRT': a waiting state told in the past, a status only in a follow-up
    # clause
    needs_time: bool = False
    # follow_up_months (r11-out): 'alive 38 months after the detection of the recurrence': a point counted from a
    # later event, which a treatment's length told between them ('everolimus for 7 months') does not date
    after_event: bool = False

    @property
    def usable(self) -> bool:
        return self.status == "affirmed" and self.rank < NOT_ELIGIBLE

    def overrule(self, status: str, reason: str) -> None:
        """Sets the mention's status and reason by its field's own judgement. The first time, the
        verdict it was made with is kept in `context_status` ('affirmed', 'negated (negated:no)'),
        so that the evidence shows what ConText said beside what the field decided; later overrules
        keep that first verdict. A status outside context_status.STATUSES is an error of the code."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r} for a {self.field} mention "
                             f"(known: {', '.join(sorted(STATUSES))})")
        if not self.context_status:
            self.context_status = f"{self.status} ({self.reason})" if self.reason else self.status
        self.status, self.reason = status, reason

    def affirm_in_title(self) -> None:
        """The report's title names the case ('Insulinoma presenting as seizures: a case report'), though
        its section feeds no row or a cue in it speaks of other patients: the value is the index patient's,
        ranked with the sentences that name the patient outside the case text. Each extractor decides
        whether its mention stands in the title; this is what follows, in one place."""
        self.overrule("affirmed", TITLE_REASON)
        self.rank = INDEX_SENTENCE_RANK
