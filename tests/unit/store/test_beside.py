"""Work beside a session: on a second connection only when the caller only reads."""

import threading

from sqlalchemy import func, select

from salescoach.store.models import Contact
from salescoach.store.queries.second_connection import beside
from tests.helpers import add_contact


def _where_and_count(session):
    return threading.current_thread().name, session.scalar(select(func.count(Contact.id)))


def test_a_reader_lends_its_database_to_another_thread(store):
    with store.session() as session:
        add_contact(session, "Ada")
    with store.reader() as session:
        thread, count = beside(session, _where_and_count)()
    assert thread.startswith("salescoach-beside")
    assert count == 1


def test_a_writer_keeps_the_work_so_it_sees_its_own_changes(store):
    with store.session() as session:
        add_contact(session, "Ada")
        session.flush()
        thread, count = beside(session, _where_and_count)()
    assert thread == threading.current_thread().name
    assert count == 1  # a second connection would not see the uncommitted contact
