"""Checking SalesCoach JSON before anything is written."""

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.interchange.document import parse_document
from salescoach.interchange.record_values import InvalidFile
from salescoach.interchange.salescoach_json import export_document, import_document

GOOD = {
    "format": "salescoach",
    "version": 1,
    "contacts": [
        {
            "id": "c1",
            "name": "Marie Dupont",
            "company": "Boulangerie Dupont",
            "email": "",
            "phone": "",
            "source": "referral",
            "is_customer": False,
            "referred_by": None,
            "created_at": "2026-01-05",
        }
    ],
    "opportunities": [
        {
            "id": "o1",
            "contact": "c1",
            "title": "Four",
            "value": 12000,
            "currency": "EUR",
            "stages": [
                {"stage": "suspect", "at": "2026-01-05"},
                {"stage": "prospect", "at": "2026-01-09T10:30"},
            ],
        }
    ],
    "activities": [
        {
            "id": "a1",
            "contact": "c1",
            "opportunity": "o1",
            "kind": "meeting",
            "status": "done",
            "at": "2026-01-12T14:00",
            "outcome": "",
            "notes": "",
            "needs": "",
        }
    ],
}


def broken(path: tuple, value: object = ...) -> dict:
    doc = copy.deepcopy(GOOD)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


def test_the_design_example_parses():
    parsed = parse_document(GOOD)
    assert parsed.opportunities[0].stages[1].at.hour == 10
    assert parsed.activities[0].values["opportunity_id"] == parsed.opportunities[0].uid


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (broken(("activities", 0, "at"), "tomorrow"), "activities[0].at: not a date"),
        (
            broken(("activities", 0, "contact"), "c9"),
            "activities[0].contact: unknown contact id 'c9'",
        ),
        (broken(("contacts", 0, "name")), "contacts[0].name: missing"),
        (broken(("activities", 0, "kind"), "fax"), "activities[0].kind: 'fax' is not one of"),
        (
            broken(("opportunities", 0, "stages", 1, "at"), "2026-01-01"),
            "opportunities[0].stages[1]",
        ),
        (broken(("opportunities", 0, "value"), "lots"), "opportunities[0].value: not a number"),
        (broken(("version",), 3), "version: 3 was written by a newer SalesCoach"),
        (broken(("format",), "excel"), "format:"),
        (broken(("contacts",), {"c1": {}}), "contacts: not a list"),
    ],
)
def test_problems_are_reported_with_their_path(doc, message):
    with pytest.raises(InvalidFile) as error:
        parse_document(doc)
    assert str(error.value).startswith(message)


def test_duplicate_ids_are_refused():
    doc = copy.deepcopy(GOOD)
    doc["contacts"].append(dict(doc["contacts"][0]))
    with pytest.raises(InvalidFile, match=r"contacts\[1\].id: 'c1' is used twice"):
        parse_document(doc)


SAME = "5b1f8d1e-3c2a-4f57-9a43-6d2f0c8b7e11"


def with_ids(contact: str, deal: str, activity: str, step: str | None = None) -> dict:
    doc = copy.deepcopy(GOOD)
    doc["contacts"][0]["id"] = contact
    doc["opportunities"][0].update(id=deal, contact=contact)
    doc["activities"][0].update(id=activity, contact=contact, opportunity=deal)
    if step is not None:
        doc["opportunities"][0]["stages"][0]["id"] = step
    return doc


def test_one_uid_for_two_kinds_of_record_is_refused():
    """A contact, a deal and an activity under one uid would be one row in three tables: a
    team's server refuses that, so the file is refused before anything is written."""
    with pytest.raises(InvalidFile, match=rf"opportunities\[0\].id: '{SAME}' is used twice"):
        parse_document(with_ids(SAME, SAME, SAME))
    with pytest.raises(InvalidFile, match=rf"stages\[0\].id: '{SAME}' is used twice"):
        parse_document(with_ids("c1", SAME, "a1", step=SAME))


def test_a_uid_another_kind_of_record_has_here_is_refused(store):
    with store.session() as session:
        import_document(session, with_ids("c1", "o1", SAME))
    with store.session() as session, pytest.raises(InvalidFile, match="another kind"):
        import_document(session, with_ids(SAME, "o1", "a1"))


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=texts.filter(lambda t: t.strip()),
    notes=texts,
    needs=texts,
    value=st.integers(min_value=0, max_value=10**9),
    customer=st.booleans(),
)
def test_any_valid_values_survive_an_import_export_round_trip(
    store, name, notes, needs, value, customer
):
    doc = copy.deepcopy(GOOD)
    doc["contacts"][0].update(name=name, is_customer=customer, notes=notes)
    doc["opportunities"][0]["value"] = value
    doc["activities"][0]["needs"] = needs
    with store.session() as session:
        import_document(session, doc)
        exported = export_document(session)
        session.rollback()
    contact = exported["contacts"][-1]
    assert contact["name"] == name.strip()
    assert contact["is_customer"] is customer
    assert exported["opportunities"][-1]["value"] == value
    assert exported["activities"][-1]["needs"] == needs.strip()
