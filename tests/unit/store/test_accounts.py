"""One company, one account: a company is recognised whatever its accents, case or spacing,
however the contact reaches the store (a save, an import of any kind)."""

from sqlalchemy import func, select

from salescoach.core.records import ContactFields
from salescoach.store.models import Account
from salescoach.store.records.contacts import load_contact, save_contact


def accounts(store) -> list[str]:
    with store.reader() as session:
        return list(session.scalars(select(Account.name).order_by(Account.id)))


def test_each_save_at_a_company_with_accents_keeps_its_one_account(store):
    with store.session() as session:
        marie = save_contact(session, ContactFields(name="Marie", company="Études Öko"))
    for _ in range(3):
        with store.session() as session:
            save_contact(session, load_contact(session, marie), marie)
    with store.session() as session:
        save_contact(session, ContactFields(name="Paul", company="  ÉTUDES   öko "))
        save_contact(session, ContactFields(name="Zoe", company="etudes oko"))
    assert accounts(store) == ["Études Öko"]


def test_the_oldest_account_of_a_name_is_the_one_taken(store):
    with store.session() as session:
        session.add_all([Account(name="Città Bella"), Account(name="CITTÀ BELLA")])
    with store.session() as session:
        paul = save_contact(session, ContactFields(name="Paul", company="citta bella"))
        assert load_contact(session, paul).company == "Città Bella"
        assert session.scalar(select(func.count()).select_from(Account)) == 2
