"""Grids of the twelfth round (size): how published NET case reports state the size of the index tumour,
written out in sentences of our own, each in a short case section.

The round started from the shapes, not from the study errors. The common shapes (a mass of two or three
dimensions with 'x', 'by' or '×', millimetres and centimetres, a spelled number, 'measuring ... in greatest
dimension', 'up to', 'approximately ... in diameter', 'the largest measured', a bare 'Size: 1.2 cm', a
hyphenated '15-mm nodule', the resected tumour after the imaged one) and the look-alikes (metastases, nodes,
margins, distances, the spleen, cysts, an adenoma, thresholds of the literature, a resected segment or
specimen) all passed already; they are kept as grids so that they stay so. The mechanisms fixed, traced
from the study errors of the size:

- A cue inside brackets speaks of the bracket's words only: its forward scope ends at the closing bracket
  ('a typical carcinoid (one mitosis per 10 HPF, without necrosis) measuring 1.9 cm'; pipeline/context.py
  scopes.bracket_end).
- 'abnormality' is a lesion noun ('a low-signal abnormality (2.8 cm by 2.2 cm) in the pancreatic tail'); a
  prolactinoma is a tumour of another kind ('a 7-mm microprolactinoma': other_tumour_nouns).
- A gross description's lengths of resected parts ('ileum 250 mm, caecum 70 mm') are no lesion's size
  (segment_organ_nouns).
- A size estimated on physical examination comes after a measured one of its tier, whatever their order
  (palpation_cues; TumorSizeExtractor.decide's priority, the one place that ranks the sizes).
- The lesion noun may stand six words after the size ('a 3.6 cm midline anterior wall urinary bladder
  tumour': lesion_window_words.after).
- Once the primary's organ is known, a size whose own lesion noun is named by another organ ('a pancreatic
  tumour 10 mm in diameter' of a thymic carcinoid, 'an intramural cardiac mass (14 x 22 mm)' of an ileal
  NET, 'a thyroid nodule of 1 cm') is that organ's lesion, unless the organ is the primary's region, part,
  sibling part, local extension or a neighbour it grows into (region_organs, neighbour_organs,
  rules/sites.json part_of and local_extension; SizeProblems.neighbours).
- 'over' before a size is a bound, as 'more than' is ('lesions over 2 cm often spread': distance_before).

Each grid pairs its absences with presences, so it fails when its extractor finds nothing."""
from __future__ import annotations

from test_grids import framed_cells, grid_test, told_cells


def size(row):
    return row["tumor_size_mm"] or None


# --- the common shapes of the index tumour's size, all of which already passed -------------------------------
COMMON = {
    'A 47-year-old woman presented with abdominal pain. CT revealed a 2.5 x 1.8 cm mass in the pancreatic head.': '25 x 18',
    'A 47-year-old woman had a pancreatic NET. The tumour measured 25 mm in greatest dimension.': '25',
    'A 47-year-old woman had a pancreatic NET. CT showed a tumour of 3 cm in the body of the pancreas.': '30',
    'A 47-year-old woman had a lung carcinoid. Chest CT revealed a 15-mm nodule in the right lower lobe.': '15',
    'A 47-year-old woman had a gastric NET. Endoscopy showed a lesion up to 4 cm in the fundus.': '40',
    'A 47-year-old woman came to the clinic. Ultrasound revealed a mass of approximately 6 cm in diameter in the pancreatic tail.': '60',
    'A 47-year-old woman had multiple gastric NETs; the largest measured 2 cm.': '20',
    'A 47-year-old woman had a duodenal NET. Size 1.2 cm.': '12',
    'A 47-year-old woman had a duodenal NET. Size: 1.2 cm.': '12',
    'A 47-year-old woman had a pancreatic mass measuring 4.2 x 3.1 x 2.8 cm on MRI.': '42 x 31 x 28',
    'A 47-year-old woman had a pancreatic mass measuring 4.2 by 3.1 cm on MRI.': '42 x 31',
    'A 47-year-old woman had a pancreatic mass measuring 4.2 × 3.1 cm on MRI.': '42 x 31',
    'A 47-year-old woman had a pancreatic mass measuring 42 × 31 mm on MRI.': '42 x 31',
    'A 47-year-old woman had a pancreatic mass measuring 4.2 cm × 3.1 cm on MRI.': '42 x 31',
    'A 47-year-old woman had a pancreatic mass measuring 42 mm x 31 mm on MRI.': '42 x 31',
    'A 47-year-old woman had a two-centimetre mass in the pancreatic tail.': '20',
    'A 47-year-old woman had a mass of two centimetres in the pancreatic tail.': '20',
    'A 47-year-old woman had a pancreatic mass, measuring about five centimeters.': '50',
    'A 47-year-old woman had a pancreatic mass of 4 cm on CT. She underwent distal pancreatectomy. The resected tumour measured 3.5 x 3 x 2.5 cm.': '35 x 30 x 25',
    'A 47-year-old woman had a pancreatic mass of 4 cm on CT. Distal pancreatectomy was performed. Gross examination showed a 3.5 cm well-circumscribed tumour.': '35',
    'A 47-year-old woman had a pancreatic mass of 4 cm on CT. Distal pancreatectomy was performed. On gross examination, the tumour was 3.5 cm in maximum diameter.': '35',
    'A 47-year-old woman had a pancreatic mass of 4 cm on CT. Distal pancreatectomy was performed. The specimen showed a tan nodule measuring 3.5 cm.': '35',
    'A 47-year-old woman had a rectal NET. Colonoscopy showed a 6 mm submucosal tumour in the rectum.': '6',
    'A 47-year-old woman had a rectal NET. Colonoscopy showed a submucosal tumour, 6 mm in diameter, in the rectum.': '6',
    'A 47-year-old woman had an appendiceal NET. The tumour was 1.1 cm in maximal dimension and located at the tip.': '11',
    'A 47-year-old woman had an appendiceal NET. The tumour, which measured 11 mm, was located at the tip.': '11',
    'A 47-year-old woman had an appendiceal NET. A tumour with a diameter of 11 mm was found at the tip.': '11',
    'A 47-year-old woman had a thymic mass. CT demonstrated an anterior mediastinal mass measuring approximately 8.5 cm.': '85',
    'A 47-year-old woman had a thymic mass. CT demonstrated a large (8.5 cm) anterior mediastinal mass.': '85',
    'A 47-year-old woman had an ileal NET. A 2-cm tumor was found in the terminal ileum.': '20',
    'A 47-year-old woman had an ileal NET. A 2 cm sized tumor was found in the terminal ileum.': '20',
    'A 47-year-old woman had an ileal NET. A 2-cm-sized tumor was found in the terminal ileum.': '20',
    'A 47-year-old woman had an ileal NET. The tumor was measured at 2 cm.': '20',
    'A 47-year-old woman had a gastric NET. Endoscopy revealed a polypoid lesion of 8 mm in the gastric body.': '8',
    'A 47-year-old woman had a pancreatic NET. MRI showed a hypervascular lesion, 1.8 cm in size, in the pancreatic head.': '18',
    'A 47-year-old woman had a pancreatic NET. MRI showed a hypervascular lesion (1.8 × 1.5 cm) in the pancreatic head.': '18 x 15',
    'A 47-year-old woman had a pancreatic NET. MRI showed a hypervascular lesion of 18 × 15 × 12 mm in the pancreatic head.': '18 x 15 x 12',
    'A 47-year-old woman had a pancreatic NET. The lesion measured 1.8cm x 1.5cm.': '18 x 15',
    'A 47-year-old woman had a pancreatic NET. The lesion had a diameter of approximately 18 mm.': '18',
    'A 47-year-old woman had a pancreatic NET. The lesion measured nearly 2 cm across.': '20',
    'A 47-year-old woman had a pancreatic NET. The largest diameter of the lesion was 18 mm.': '18',
    "A 47-year-old woman had a pancreatic NET. The lesion's greatest dimension was 18 mm.": '18',
    'A 47-year-old woman had a pancreatic NET. A well-defined solid lesion measuring 1.8 cm in its greatest diameter was seen.': '18',
    'A 47-year-old woman had a kidney mass. CT showed a 5.0 × 4.2 × 3.8-cm mass in the left kidney.': '50 x 42 x 38',
    'A 47-year-old woman had a kidney mass. CT showed a 5.0- x 4.2-cm mass in the left kidney.': '50 x 42',
    'A 47-year-old woman had a kidney mass. CT showed a 5 x 4 cm heterogeneous, enhancing mass in the left kidney.': '50 x 40',
}

def common_cells():
    yield from told_cells("", COMMON)


test_grid_size_genre_shapes = grid_test(common_cells, size, "tumor_size_mm")


# --- the look-alikes: metastases, nodes, margins, distances, other organs, thresholds (all passed) -------------
LOOKALIKES = {
    'A 47-year-old woman had an ileal NET. CT showed liver metastases up to 5 cm.': None,
    'A 47-year-old woman had an ileal NET. CT showed liver metastases up to 5 cm and a 2 cm ileal mass.': '20',
    'A 47-year-old woman had an ileal NET. CT showed multiple hepatic lesions, the largest measuring 5 cm.': None,
    'A 47-year-old woman had an ileal NET. A 4 cm liver metastasis was seen in segment VI.': None,
    'A 47-year-old woman had an ileal NET. Enlarged mesenteric lymph nodes up to 3 cm were seen.': None,
    'A 47-year-old woman had an ileal NET. A mesenteric mass of 4 cm, a nodal metastasis, was seen.': None,
    'A 47-year-old woman had a rectal NET. The tumour was excised with a margin of 2 cm.': None,
    'A 47-year-old woman had a rectal NET. The tumour was excised with a margin of 2 cm; it measured 8 mm.': '8',
    'A 47-year-old woman had a rectal NET. The tumour lay 2 cm from the resection margin.': None,
    'A 47-year-old woman had a rectal NET. The tumour lay 5 cm from the anal verge.': None,
    'A 47-year-old woman had a rectal NET. An 8 mm tumour lay 5 cm from the anal verge.': '8',
    'A 47-year-old woman had a rectal NET. The resection margins were clear by 3 mm.': None,
    'A 47-year-old woman had a pancreatic NET. CT also showed an enlarged spleen of 15 cm.': None,
    'A 47-year-old woman had a pancreatic NET. CT showed splenomegaly (15 cm) and a 2 cm pancreatic mass.': '20',
    'A 47-year-old woman had a pancreatic NET. A 3 cm cyst was seen in the liver.': None,
    'A 47-year-old woman had a pancreatic NET. A simple renal cyst of 3 cm was noted incidentally.': None,
    'A 47-year-old woman had a pancreatic NET. A 2 cm adrenal adenoma was noted incidentally.': None,
    'A 47-year-old woman had an appendiceal NET. A 5 mm tubular adenoma was removed from the sigmoid colon.': None,
    'A 47-year-old woman had a rectal NET. Her gallbladder contained a 2 cm stone.': None,
    'A 47-year-old woman had a rectal NET. Endoscopic removal is advised for tumours smaller than 1 cm.': None,
    'A 47-year-old woman had a rectal NET. Tumours larger than 2 cm carry a high risk of metastasis.': None,
    'A 47-year-old woman had a rectal NET. Rectal NETs < 1 cm are treated endoscopically.': None,
    'A 47-year-old woman had a rectal NET. Because lesions over 2 cm often spread, a CT was done.': None,
    'A 47-year-old woman had a rectal NET. A thyroid nodule of 1 cm was found.': None,
    'A 47-year-old woman had a rectal NET. She had a uterine fibroid of 5 cm.': None,
    'A 47-year-old woman had a rectal NET. She had a 5 cm uterine leiomyoma.': None,
    'A 47-year-old woman had a rectal NET. The aorta measured 3 cm.': None,
    'A 47-year-old woman had a rectal NET. The common bile duct was dilated to 12 mm.': None,
    'A 47-year-old woman had a pancreatic NET. The main pancreatic duct was dilated to 6 mm.': None,
    'A 47-year-old woman had a pancreatic NET. The pancreatic duct was dilated (6 mm) upstream of a 2 cm mass.': '20',
    'A 47-year-old woman had a rectal NET. The biopsy was taken 3 cm above the dentate line.': None,
    'A 47-year-old woman had an ileal NET. 30 cm of ileum was resected.': None,
}


def lookalike_cells():
    yield from told_cells("", LOOKALIKES)


test_grid_size_lookalikes = grid_test(lookalike_cells, size, "tumor_size_mm")


# --- r12: a cue inside brackets reaches no further than the closing bracket -----------------------------------
LUNG = "A 62-year-old man had a mass in the right middle lobe, removed by lobectomy. "
BRACKET_FRAMES = ["Histology revealed a typical carcinoid ({}) measuring 1.9 cm.",
                  "Histology showed an atypical carcinoid ({}) of 1.9 cm with pleural invasion.",
                  "The pathologist found a carcinoid tumour ({}), 1.9 cm in greatest dimension."]
BRACKET_ASIDES = ["one mitosis per 10 HPF, without necrosis", "no necrosis", "not invading the bronchus",
                  "with no necrosis seen", "negative for TTF-1", "absence of necrosis", "Ki-67 2%, no necrosis"]


def bracket_cells():
    yield from framed_cells(LUNG, BRACKET_FRAMES, dict.fromkeys(BRACKET_ASIDES, "19"))
    yield from told_cells(LUNG, {
        # absences: the negation outside brackets, or the size inside them with its negation
        "Histology revealed a typical carcinoid without necrosis or a nodule measuring 1.9 cm.": None,
        "Histology revealed a typical carcinoid (without a nodule of 1.9 cm).": None,
        "Histology revealed a typical carcinoid (without necrosis); it measured 1.9 cm.": "19"})


test_grid_size_bracketed_negation = grid_test(bracket_cells, size, "tumor_size_mm")


# --- r12: vocabulary of the lesion and of another tumour ---------------------------------------------------------
PANCREAS = "A 49-year-old man had a NET of the pancreatic tail. "


def vocabulary_cells():
    yield from told_cells(PANCREAS, {
        "MRI showed a low-signal abnormality (2.8 cm by 2.2 cm) in the tail of the pancreas.": "28 x 22",
        "Endoscopic ultrasound showed a hypoechoic abnormality of 18 mm in the pancreatic tail.": "18",
        "A 22 mm abnormality was seen in the pancreatic tail on CT.": "22",
        "A 7-mm microprolactinoma had been treated with cabergoline since 2012.": None,
        "An 8 mm prolactinoma of the pituitary was known.": None,
        "A 7-mm microprolactinoma was known, and CT now showed a 15 mm tumour in the pancreatic tail.": "15",
        # absences: the abnormality of another organ
        "MRI showed a 12 mm abnormality in the liver.": None,
        "MRI showed a 12 mm hepatic abnormality.": None})


test_grid_size_lesion_vocabulary = grid_test(vocabulary_cells, size, "tumor_size_mm")


# --- r12: the lengths of resected parts in a gross description ------------------------------------------------
ILEUM = "A 66-year-old man had a NET of the terminal ileum and underwent right hemicolectomy. "


def segment_cells():
    yield from told_cells(ILEUM, {
        "Gross: the specimen consisted of ileum 250 mm, caecum 70 mm and appendix 60 x 6 mm; "
        "a firm yellow tumour of 31 x 22 mm lay 40 mm from the ileocaecal valve.": "31 x 22",
        "Macroscopy: terminal ileum 180 mm, colon 140 mm, mesentery 60 mm deep. A tumour 28 mm across "
        "narrowed the ileum.": "28",
        "The resection comprised jejunum 120 mm and ileum 90 mm, with a 14 mm nodule in the ileum.": "14",
        "The specimen included small bowel 300 mm; the tumour measured 2.1 cm.": "21",
        # absences: the lengths alone
        "Gross: the specimen consisted of ileum 250 mm, caecum 70 mm and appendix 60 x 6 mm.": None,
        "Macroscopy: terminal ileum 180 mm and colon 140 mm.": None})
    yield from told_cells("A 30-year-old woman had a NET of the appendix. ", {
        "Pathology showed a NET of the appendix 8 mm in diameter.": "8",
        "Pathology showed a NET at the tip of the appendix, 8 mm in size.": "8"})


test_grid_size_segment_lengths = grid_test(segment_cells, size, "tumor_size_mm")


# --- r12: a size estimated by hand comes after a measured one ----------------------------------------------------
def palpation_cells():
    yield from told_cells("A 41-year-old woman had a NET of the uterine cervix. ", {
        "On physical examination, a 5 x 4 cm mass protruded from the cervix. MRI showed a cervical mass "
        "of 42 x 35 x 30 mm.": "42 x 35 x 30",
        "On physical examination, a 5 x 4 cm mass protruded from the cervix.": "50 x 40"})
    yield from told_cells("A 35-year-old man had a NET of the testis. ", {
        "A palpable 3 cm lump was found in the left testis; ultrasound showed a 26 mm solid lesion.": "26",
        "A palpable 3 cm lump was found in the left testis.": "30",
        "A 3 cm lump was palpated in the left testis. Ultrasound showed a 26 mm solid lesion.": "26",
        "On palpation, a 3 cm lump was felt in the left testis. Ultrasound showed a 26 mm solid lesion.": "26",
        "A 3 cm lump was palpated in the left testis.": "30",
        # the specimen still comes first
        "Ultrasound showed a 26 mm solid lesion. The resected testis held a tumour of 24 mm.": "24"})


test_grid_size_palpation_ranks_after_measurement = grid_test(palpation_cells, size, "tumor_size_mm")


# --- r12: the lesion noun six words after the size ---------------------------------------------------------------
BLADDER = "A 52-year-old woman had a NET of the urinary bladder. "


def window_cells():
    yield from told_cells(BLADDER, {
        "Ultrasound showed a 3.6 cm midline anterior wall urinary bladder tumour.": "36",
        "CT showed a 3.6 cm broad-based anterior wall bladder dome mass.": "36",
        # absences: the noun of another thing, or no lesion word at all
        "CT showed a 3.6 cm midline anterior wall bladder diverticulum.": None,
        "CT showed a 3.6 cm thick midline anterior wall of the bladder.": None})


test_grid_size_long_lesion_window = grid_test(window_cells, size, "tumor_size_mm")


# --- r12: a size whose own lesion noun names another organ than the primary's ------------------------------------
THYMIC = "A 50-year-old man had a thymic atypical carcinoid resected in 2015. "
ILEAL = "A 55-year-old woman had a NET of the ileum with liver metastases. "


def other_organ_cells():
    yield from told_cells(THYMIC, {
        "In 2019, CT revealed a pancreatic tumour 10 mm in diameter, and biopsy showed a metastasis of the "
        "thymic carcinoid.": None,
        "CT had shown an anterior mediastinal mass of 6 cm.": "60",
        "CT had shown a 6 cm thymic mass; in 2019 a pancreatic tumour of 10 mm was found.": "60"})
    yield from told_cells(ILEAL, {
        "Examination of the skin revealed a firm 7-mm cutaneous nodule.": None,
        "Cardiac MRI showed an intramural cardiac mass (14 x 22 mm).": None,
        "Cardiac MRI showed an intramural cardiac mass (14 x 22 mm); the ileal tumour had measured 2 cm.": "20"})
    yield from told_cells("A 55-year-old woman had a NET of the ileum. ", {
        "CT showed a 2 cm ileal mass.": "20",
        "CT showed a 2 cm jejunal mass.": "20"})
    yield from told_cells("A 55-year-old woman had a NET of the pancreatic head. ", {
        "CT showed a 6 cm retroperitoneal mass.": "60",
        "CT showed a 6 cm mass (and hepatic nodules).": "60",
        "CT showed a 6 cm mass and multiple hepatic nodules.": "60",
        "A 1 cm thyroid nodule was found incidentally.": None,
        "A renal mass measuring 4 cm was found incidentally.": None})
    yield from told_cells("A 55-year-old woman had a NET of the urachus. ", {
        "Ultrasound showed a 3.6 cm bladder dome tumour.": "36"})
    yield from told_cells("A 55-year-old woman had a NEC of the cervix. ", {
        "MRI showed a 4 cm cervical mass extending into the vaginal fornix.": "40",
        "MRI showed a 4 cm vaginal mass.": "40"})


test_grid_size_another_organs_lesion = grid_test(other_organ_cells, size, "tumor_size_mm")
