"""Grids of the twelfth round (r12, helper 'out'): four shapes of how a case report states how the patient
fared and when, written from the genre in sentences of our own, not traced from reports.

- The disease shown at a follow-up by its growth or by new lesions ('at the 12-month scan the mass had
  enlarged', 'new liver lesions appeared a year later', 'the nodes grew on follow-up imaging'): 'alive with
  disease' when she is not said to have died; a growth before the operation, another patient's tumour's growth,
  'no new lesions' and a hypothetical growth are none.
- A waiting state ('awaiting liver transplantation', 'scheduled for PRRT') and a treatment still going on told
  by a pronoun ('she continues on it') were read as 'alive with disease' here; r27 retired both: neither is a
  status by itself.
- The last follow-up's common shapes with a duration ('at the last visit, 30 months after surgery, ...', 'two
  and a half years on, she is well', 'she has remained disease-free for 4 years', 'follow-up of 18 months
  without recurrence'), for both the status and the months.

Each grid pairs every absence with a presence, so it fails when the outcome extractor finds nothing."""
from __future__ import annotations

from test_grids import CASE, grid_test, told_cells
from test_grids_r5_outc import NO_DISEASE, NO_STATUS, status_and_months
from test_grids_r11_out import METASTATIC, RESECTED

WITH, ALIVE = "alive with disease", "alive"
DOD, DIED = "died of disease", "died"

# --- the disease shown by its growth or new lesions at a follow-up -------------------------------------------
GROWTH = {
    "New liver lesions appeared a year later.": (WITH, 12),
    "The mesenteric nodes grew on follow-up imaging.": (WITH, None),
    "Follow-up CT 18 months after surgery showed new hepatic metastases.": (WITH, 18),
    "Two years after the resection, MRI revealed new lesions in the liver.": (WITH, 24),
    "At 6 months, the residual tumour had grown from 2 to 3 cm.": (WITH, 6),
    "Surveillance imaging at 3 years demonstrated enlargement of a mesenteric node.": (WITH, 36),
    "Six months later, the lung nodules had increased in number and size.": (WITH, 6),
    "At follow-up after 9 months, a new bone lesion was detected.": (WITH, 9),
    "A year on, she developed new peritoneal deposits.": (WITH, 12),
    "Restaging after 4 months showed enlargement of the para-aortic nodes.": (WITH, 4),
    "Eight months later, CT showed an increase in the size of a nodule in the liver.": (WITH, 8),
    "Imaging one year later revealed multiple new liver metastases.": (WITH, 12),
    "On the 18-month follow-up CT, a hepatic nodule had increased in size to 4 cm.": (WITH, 18),
    "New lesions appeared in the liver and bones 2 years after the operation.": (WITH, 24),
    "Follow-up somatostatin receptor imaging at 1 year showed new foci of uptake in the liver.": (WITH, 12),
    "The left adrenal nodule enlarged over the following 12 months.": (WITH, 12),
    "Serial imaging showed a liver nodule enlarging over 2 years.": (WITH, 24),
    "A new 8-mm nodule was seen in the liver 15 months after surgery.": (WITH, 15),
    "Fifteen months postoperatively, CT showed growth of a small nodule in the pancreatic bed.": (WITH, 15),
    "At the 2-year follow-up, new hepatic lesions were found.": (WITH, 24),
    "Follow-up imaging showed that the lung nodule had grown.": (WITH, None),
    "Three years after surgery, a new lesion was noted in segment VI of the liver.": (WITH, 36),
    "On follow-up, the peritoneal nodules had increased in size.": (WITH, None),
    "Ten months later, new liver lesions appeared; she died of liver failure 6 months after that.": (DOD, 16),
}
NOT_GROWTH = {  # before the operation, another patient's, none new, hypothetical
    "The mass had enlarged over the year before the operation.": NO_STATUS,
    "Over the 2 years before presentation, the mass had grown from 1 to 3 cm.": NO_STATUS,
    "In a similar case described by others, the liver lesions grew within a year.": NO_STATUS,
    "Follow-up CT at 12 months showed no new lesions.": NO_STATUS,
    "If new lesions appear, peptide receptor radionuclide therapy will be considered.": NO_STATUS,
}


def growth_cells():
    yield from told_cells(RESECTED, GROWTH, NOT_GROWTH)


test_grid_growth_or_new_lesions_at_follow_up = grid_test(
    growth_cells, status_and_months, "outcome", "follow_up_months")


# --- a waiting state, or a treatment still going on told by a pronoun: no status by itself (r27) ------------------
# r12 read both as 'alive with disease' (../shared/ANNOTATION.md names neither); r27 retired that: the guideline's
# worked examples leave a report that ends with a treatment planned or started without an outcome, and the
# development set's labellers never read one so. A status said beside it is read as every status is.
WAITING = ["She is currently awaiting liver transplantation.", "She is on the waiting list for a liver transplant.",
           "She is scheduled for PRRT.", "Two years after diagnosis, she was referred for further treatment.",
           "The patient is now awaiting peptide receptor radionuclide therapy.",
           "She has been listed for liver transplantation.", "She is awaiting surgery for the liver metastases.",
           "She is due to start lanreotide next month.", "At present she awaits radioembolisation of the liver lesions.",
           "She is currently on the waiting list for transplantation, 14 months after diagnosis.",
           "Six months later she was referred for PRRT.", "She is awaiting her second cycle of lutetium-177 DOTATATE.",
           "She is scheduled for follow-up imaging in 6 months.", "She is awaiting the results of genetic testing.",
           "She was referred to our unit for further work-up of the liver lesions."]
WAITING_BESIDE = {
    "She is scheduled for PRRT after progression of the liver metastases 18 months after diagnosis.": (WITH, 18),
    "Two years after diagnosis she remains disease-free and is scheduled for a follow-up scan.": (NO_DISEASE, 24)}


def waiting_cells():
    yield from told_cells(METASTATIC, dict.fromkeys(WAITING, NO_STATUS), WAITING_BESIDE)


test_grid_a_waiting_state_is_no_status_by_itself = grid_test(
    waiting_cells, status_and_months, "outcome", "follow_up_months")


STARTED = "She was started on lanreotide 120 mg every 28 days. "
REFERRED = ["She continues on it.", "She remains on the analogue.", "The treatment is ongoing and well tolerated.",
            "She remains on this therapy.", "Treatment is ongoing.", "She remains on treatment 3 years later.",
            "She continues to receive it every 28 days.", "She is currently still on it, 2 years after diagnosis.",
            "Two years later, she continues on this regimen.", "The analogue has been continued.",
            "She remained on the ward for a week.", "The treatment was stopped because of side effects."]
REFERRED_BESIDE = {
    "She is still receiving lanreotide with stable disease.": (WITH, None),
    "She remains on it and is doing well.": (ALIVE, None),
    "She continued on it until her death from liver failure 2 years later.": (DOD, 24),
    "She remains on it with no evidence of disease 2 years after diagnosis.": (NO_DISEASE, 24),
}


def referred_cells():
    yield from told_cells(METASTATIC + STARTED, dict.fromkeys(REFERRED, NO_STATUS), REFERRED_BESIDE)
    yield CASE.format(RESECTED + "He remains on it."), NO_STATUS


test_grid_an_ongoing_treatment_referred_to_is_no_status_by_itself = grid_test(
    referred_cells, status_and_months, "outcome", "follow_up_months")


# --- the last follow-up's common shapes with a duration -------------------------------------------------------
LAST_SHAPES = {
    "At the last visit, 30 months after surgery, he was well.": (ALIVE, 30),
    "Two and a half years on, he is well.": (ALIVE, 30),
    "He has remained disease-free for 4 years.": (NO_DISEASE, 48),
    "Follow-up of 18 months without recurrence.": (NO_DISEASE, 18),
    "At his most recent visit, 3 years after the operation, he had no signs of recurrence.": (NO_DISEASE, 36),
    "Now, 5 years later, he remains in good health.": (ALIVE, 60),
    "At the latest review, 40 months postoperatively, he is free of disease.": (NO_DISEASE, 40),
    "Four years on, there is no evidence of recurrence.": (NO_DISEASE, 48),
    "He has been recurrence-free for 26 months.": (NO_DISEASE, 26),
    "18 months of follow-up without evidence of recurrence.": (NO_DISEASE, 18),
    "After a follow-up of two years, he is doing well.": (ALIVE, 24),
    "At his last clinic appointment, 2 years after surgery, he was asymptomatic.": (ALIVE, 24),
    "He remains well at 3 years.": (ALIVE, 36),
    "At the time of writing, 28 months after the diagnosis, he is well.": (ALIVE, 28),
    "The patient is doing well 9 months postoperatively.": (ALIVE, 9),
    "At last contact, 4 years after resection, there was no recurrence.": (NO_DISEASE, 48),
    "He remains symptom-free at the 2-year follow-up.": (ALIVE, 24),
    "He has remained in remission for three years.": (NO_DISEASE, 36),
    "Nearly two years after the surgery, he is in good health with no recurrence.": (NO_DISEASE, 24),
    "At the last outpatient review (36 months), he remained tumour-free.": (NO_DISEASE, 36),
    "Following 14 months of follow-up, no recurrence has been detected.": (NO_DISEASE, 14),
    "On his last visit, 22 months after the operation, he was well.": (ALIVE, 22),
    "A year and a half on, he has had no recurrence.": (NO_DISEASE, 18),
    "He has been free of disease for one and a half years since the resection.": (NO_DISEASE, 18),
    "Follow-up of 2 years: no recurrence.": (NO_DISEASE, 24),
    "Six years have passed since the operation without any recurrence.": (NO_DISEASE, 72),
    "After 5 years of follow-up, he is alive with no evidence of disease.": (NO_DISEASE, 60),
    "Three years post-resection, he is well.": (ALIVE, 36),
    "He was last seen 26 months after surgery, free of disease.": (NO_DISEASE, 26),
    "He remains disease free 30 mo after resection.": (NO_DISEASE, 30),
    "He is well two and a half years after the resection.": (ALIVE, 30),
    "He is alive and well, with a follow-up of 42 months.": (ALIVE, 42),
    "Over a follow-up period of 3 years, he has been symptom-free.": (ALIVE, 36),
    "Three years have passed since surgery, and he is well.": (ALIVE, 36),
}
NOT_LAST = {  # a duration of the history, a hypothetical follow-up
    "He had been well for 4 years before the pain began.": NO_STATUS,
    "Follow-up of 5 years is recommended for such tumours.": NO_STATUS,
}


def last_shape_cells():
    yield from told_cells(RESECTED, LAST_SHAPES, NOT_LAST)


test_grid_the_last_follow_up_with_its_duration = grid_test(
    last_shape_cells, status_and_months, "outcome", "follow_up_months")


# --- a plain wording traced from the study errors: the death of the patient, with no duration -------------------
PLAIN = {
    "The course ended with the death of the patient.": (DIED, None),
    "Her illness progressed and ended with the death of the patient 8 months later.": (DIED, 8),
}
NOT_PLAIN = {  # a risk of death is no death
    "The risk of death of the patient was discussed with the family.": NO_STATUS,
}


def plain_cells():
    yield from told_cells(METASTATIC, PLAIN, NOT_PLAIN)


test_grid_the_death_of_the_patient = grid_test(
    plain_cells, status_and_months, "outcome", "follow_up_months")
