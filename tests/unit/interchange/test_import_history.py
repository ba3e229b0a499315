"""Every contacts import is a batch: listed, and taken back exactly, after later work too."""

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select

from salescoach.core.errors import UserError
from salescoach.interchange.files import import_file
from salescoach.store.models import Contact
from salescoach.store.records.contacts import load_contact, save_contact
from salescoach.store.records.imports import import_history, last_import, undo_import
from tests.helpers import add_contact

NOW = datetime(2026, 11, 25, 18)


def names(store) -> list[str]:
    with store.reader() as session:
        return sorted(session.scalars(select(Contact.name)))


def undo_last(store):
    return store.apply(lambda session: undo_import(session, last_import(session), NOW)).result


def test_undo_removes_what_it_added_and_puts_back_what_it_filled(tmp_path, store):
    with store.session() as session:
        helene = add_contact(session, "Hélène Martin", company="Atelier Sud", email="")
        keep = add_contact(session, "Paul Roux", company="Roux SA", email="")
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Company,Email,Role\n"
        "Hélène Martin,Atelier Sud,h@sud.fr,\n"
        "Paul Roux,Roux SA,p@roux.fr,Buyer\n"
        "Nina Valli,Valli,n@valli.it,\n",
        encoding="utf-8",
    )
    import_file(store, path)
    with store.session() as session:  # later work: Paul's e-mail corrected, a new contact
        save_contact(session, replace(load_contact(session, keep), email="paul@roux.fr"), keep)
        add_contact(session, "Zoé Later")
    [batch] = _history(store)
    assert (batch.file, batch.added, batch.merged) == ("list.csv", 1, 2)
    undone = undo_last(store)
    assert (undone.removed, undone.restored) == (1, 2)
    assert names(store) == ["Hélène Martin", "Paul Roux", "Zoé Later"]  # later work stays
    with store.reader() as session:
        assert load_contact(session, helene).email == ""  # filled by the import: put back
        paul = load_contact(session, keep)
    assert paul.email == "paul@roux.fr"  # changed since: kept
    assert paul.role == ""  # filled by the import, untouched since: put back
    assert _history(store)[0].undone_at == NOW


def test_nothing_to_undo_and_undoing_twice_are_one_sentence(tmp_path, store):
    with pytest.raises(UserError) as nothing:
        undo_last(store)
    assert nothing.value.key == "no_import_to_undo"
    path = tmp_path / "one.csv"
    path.write_text("Name\nAda\n", encoding="utf-8")
    import_file(store, path)
    batch = _history(store)[0].id
    store.apply(lambda session: undo_import(session, batch, NOW))
    with pytest.raises(UserError) as twice:
        store.apply(lambda session: undo_import(session, batch, NOW))
    assert twice.value.key == "import_already_undone"
    assert "one.csv" in twice.value.text()


def _history(store):
    with store.reader() as session:
        return import_history(session)


def test_undo_takes_back_the_companies_the_import_made_and_keeps_those_still_used(tmp_path, store):
    with store.session() as session:
        add_contact(session, "Paul Roux", company="Roux SA")
    path = tmp_path / "companies.csv"
    lines = [f"Contact {n},Company {n}\n" for n in range(40)]
    path.write_text("Name,Company\n" + "".join(lines) + "Zoé,roux sa\nAnna,Atelier\n")
    import_file(store, path)
    with store.session() as session:  # later work: someone of the rep's own at Atelier
        add_contact(session, "Léa Dumas", company="ATELIER")
    assert companies(store) == 42  # Roux SA, the 40 companies, Atelier
    undo_last(store)
    assert companies(store) == 2  # Roux SA (from before), Atelier (used since)


def companies(store) -> int:
    from salescoach.store.models import Account

    with store.reader() as session:
        return len(session.scalars(select(Account.id)).all())
