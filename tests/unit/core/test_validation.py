import pytest

from salescoach.core.errors import InvalidInput
from salescoach.core.records import ContactFields, OpportunityFields
from salescoach.core.validation import is_valid_email, is_valid_phone


@pytest.mark.parametrize("text", ["", "marie@dupont.fr", "a.b+c@mail.example.co.uk"])
def test_good_emails(text):
    assert is_valid_email(text)


@pytest.mark.parametrize("text", ["marie", "marie@", "@dupont.fr", "marie@dupont", "a b@c.fr"])
def test_bad_emails(text):
    assert not is_valid_email(text)


def test_phones():
    assert is_valid_phone("+33 6 12 34 56 78")
    assert is_valid_phone("(0161) 496-0000")
    assert not is_valid_phone("call me")


def test_records_refuse_nonsense():
    with pytest.raises(InvalidInput):
        ContactFields(name="  ").check()
    with pytest.raises(InvalidInput, match="e-mail"):
        ContactFields(name="Marie", email="nope").check()
    with pytest.raises(InvalidInput, match="currency"):
        OpportunityFields(1, "Four", 10, "EURO").check()
    with pytest.raises(InvalidInput, match="negative"):
        OpportunityFields(1, "Four", -1).check()
