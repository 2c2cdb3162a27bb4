import pytest


@pytest.mark.fields("age", "sex")
@pytest.mark.parametrize("text, age, sex", [
    ("Our patient, a 36-year-old woman, came in with pelvic heaviness and a sacral mass.", 36, "female"),
    ("A 68-year-old male reported low back pain lasting half a year.", 68, "male"),
    ("In our clinic, a man aged 62 years was seen for abdominal pain.", 62, "male"),
    ("The patient, a 45-year-old man, had no history of tumours.", 45, "male"),
    ("A 6-month-old girl was brought in with an abdominal mass.", 0.5, "female"),
    ("Patient: F/46. She noticed a painless lump in the neck.", 46, "female"),
    ("A 71 year old gentleman was admitted with flushing.", 71, "male"),
    ("A sixty-two-year-old man was referred for rectal bleeding.", 62, "male"),
    ("Nineteen-year-old woman with recurrent abdominal pain.", 19, "female"),
    ("The patient was a seventy five year old lady with flushing.", 75, "female"),
    ("Age: 59 years. Sex: female. Presenting complaint: watery diarrhoea.", 59, "female"),
    ("Clinical data. Gender: M; age: 67. He reported flushing after meals.", 67, "male"),
])
def test_age_and_sex_phrasings(case, text, age, sex):
    row = case(text)
    assert float(row["age"]) == age
    assert row["sex"] == sex


@pytest.mark.fields("sex")
def test_sex_from_pronouns_when_no_noun(case):
    row = case("The patient reported constipation for a year. She was otherwise well and her examination was normal.")
    assert row["sex"] == "female"
    assert row["age"] is None


@pytest.mark.fields("age", "sex")
def test_compact_age_in_literature_table_is_not_the_patient(run):
    text = ("Title\n\nCase presentation\nA 52-year-old man presented with pain.\n\n"
            "Table 1 Published cases of presacral NET\n\tRef.\tSex/age\tSize\n\tSmith et al\tF/46\t6 × 6 × 6\n")
    row, mentions = run(text)
    assert row["age"] == "52" and row["sex"] == "male"
    table_ages = [m for m in mentions if m.field == "age" and m.value.startswith("F/46")]
    assert table_ages and all(not m.kept and m.status == "other_patient" for m in table_ages)


@pytest.mark.fields("age")
def test_ages_in_the_discussion_describe_other_patients(case):
    row = case("A 58-year-old woman presented with back pain.",
               discussion="Lee et al described a 33-year-old man with a similar tumour.")
    assert row["age"] == "58"


@pytest.mark.fields("age")
def test_impossible_age_is_rejected(case):
    assert case("A 130-year-old woman presented with pain.")["age"] is None
    assert case("A 30-year-old woman presented with pain.")["age"] == "30"


@pytest.mark.fields("age", "sex")
def test_family_members_are_other_patients(case):
    row = case("A 45-year-old woman presented with flushing. Her 70-year-old mother had breast cancer. "
               "The patient's father had a pancreatic neuroendocrine tumour.")
    assert row["age"] == "45" and row["sex"] == "female" and row["primary_site"] is None


@pytest.mark.fields("age")
def test_introducing_age_wins_over_a_later_age(case):
    row = case("Four years later, at age 49, she developed liver metastases. A 45-year-old woman was first seen in 2015.")
    assert row["age"] == "45"


@pytest.mark.fields("primary_site")
def test_family_history_negation_names_no_primary_site(case):
    text = "A 61-year-old man had rectal bleeding. There was no family history of inflammatory bowel disease or colon cancer."
    assert case(text)["primary_site"] is None
    assert case(text + " Endoscopic biopsy showed a well-differentiated NET of the rectum.")["primary_site"] == "rectum"


@pytest.mark.fields("sex")
@pytest.mark.parametrize("text, sex", [
    ("An elderly woman presented with flushing and diarrhoea.", "female"),
    ("A previously healthy man was admitted with jaundice. His wife reported his weight loss.", "male"),
    ("Our patient, a retired lady, was referred for anaemia.", "female"),
])
def test_sex_from_a_noun_phrase_without_an_age(case, text, sex):
    assert case(text)["sex"] == sex
    assert case("The patient presented with flushing.")["sex"] is None


@pytest.mark.fields("age")
def test_every_spelled_out_number_gives_its_age(case):
    from pipeline.rules import load_rules

    numbers = load_rules()["patterns"]["age"]["number_words"]
    wrong = {}
    for word, number in numbers.items():
        age = case(f"A {word}-year-old woman had a rectal NET.")["age"]
        if age is None or float(age) != number:
            wrong[word] = age
    assert not wrong and len(numbers) == 27, wrong
    # A spelled-out number with no 'year-old' is no age.
    assert case("She had sixty-two polyps and a rectal NET.")["age"] is None


@pytest.mark.fields("sex")
def test_a_sex_label_needs_its_colon_and_a_sex_word(case):
    assert case("Sex: female. She had flushing.")["sex"] == "female"
    assert case("Safe sex counselling was given to the 40-year-old man.")["sex"] == "male"  # no label there


@pytest.mark.fields("age", "sex")
@pytest.mark.parametrize("text", [
    "A 50-year-old man with a family history of MEN1 presented with hypoglycaemia.",
    "A 50-year-old man, whose brother had a gastrinoma, presented with hypoglycaemia.",
    "A 50-year-old man whose sister had an insulinoma presented with hypoglycaemia.",
])
def test_a_relative_named_beside_the_patient_leaves_the_patient_s_own_age(case, text):
    row = case(text)
    assert row["age"] == "50" and row["sex"] == "male"


@pytest.mark.fields("age", "primary_site")
def test_a_relative_s_own_noun_phrase_and_an_object_relative_are_other_patients(case):
    row = case("A 41-year-old woman had flushing. Her 68-year-old father had a rectal NET.")
    assert row["age"] == "41" and row["primary_site"] is None
    row = case("A 41-year-old woman had flushing. A pancreatic NET had been found in her father.")
    assert row["age"] == "41" and row["primary_site"] is None
    assert case("A 41-year-old woman had flushing. A pancreatic NET was found in her.")["primary_site"] == "pancreas"


@pytest.mark.fields("sex")
@pytest.mark.parametrize("text, sex", [
    ("Mr. T, a 66-year-old retired farmer, was referred for anaemia. Flushing had troubled her daughter.", "male"),
    ("Mrs K. was admitted with a pancreatic mass.", "female"),
    ("Ms Alvarez, aged 39, reported palpitations.", "female"),
    ("A 29-year-old primigravida at 32 weeks of gestation developed hypertension.", "female"),
])
def test_sex_from_a_title_or_a_pregnancy_word(case, text, sex):
    assert case(text)["sex"] == sex
    # a title needs its name: the abbreviation of a unit or a sentence-initial word is no title
    assert case("The patient had an MRI of the pelvis. Ms values were normal.")["sex"] is None


@pytest.mark.fields("age", "sex")
@pytest.mark.parametrize("text, age, sex", [
    ("The patient (male, 63 years) was admitted with flushing.", "63", "male"),
    ("Patient: female, 61 years. Complaint: jaundice.", "61", "female"),
    ("Her age at diagnosis was 58 years.", "58", "female"),
    # years and months together: not the months alone
    ("A 6-year-and-4-month-old boy had hypoglycaemia.", "6.33", "male"),
    ("A 2 years 6 months old girl had a thymic mass.", "2.5", "female"),
])
def test_age_in_brackets_at_an_event_and_in_years_and_months(case, text, age, sex):
    row = case(text)
    assert (row["age"], row["sex"]) == (age, sex)
