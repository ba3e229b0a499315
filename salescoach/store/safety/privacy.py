"""Erasing a contact for good: their deals, activities, notes and needs leave the database
and its backups, and the freed pages are overwritten and reclaimed so the words cannot be
read back from the files.

`secure_delete` (set on every connection) zeroes deleted content; the WAL is then folded in
and truncated, and VACUUM rebuilds the file without the freed pages. Only the contact's uid
stays, in a tombstone, so the team server can be told of the deletion.
"""

from contextlib import closing
from pathlib import Path

from sqlalchemy.orm import Session

from salescoach.store.models import Contact
from salescoach.store.records.contacts import delete_contact
from salescoach.store.safety import cipher
from salescoach.store.safety.backup import backup_folder


def erase_contact(session: Session, contact_id: int) -> str:
    """Delete the contact with everything that belongs to them; returns their uid (the
    files are then scrubbed with `scrub` once the transaction has committed)."""
    contact = session.get(Contact, contact_id)
    uid = contact.uid if contact is not None else ""
    delete_contact(session, contact_id)
    return uid


def scrub(database: Path, passphrase: str | None = None) -> None:
    """Overwrite and reclaim what deleted rows left in the file and its WAL."""
    with closing(cipher.connect(database, passphrase, timeout=30)) as connection:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_from_backups(database: Path, uid: str, passphrase: str | None = None) -> int:
    """Erase the contact from every backup in the rotating set; returns how many held them."""
    touched = 0
    for backup in sorted(backup_folder(database).glob("*.sqlite3")):
        with closing(cipher.connect(backup, passphrase, timeout=30)) as connection:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("PRAGMA foreign_keys = ON")
            row = connection.execute("SELECT id FROM contacts WHERE uid = ?", (uid,)).fetchone()
            if row is None:
                continue
            with connection:  # the same cascades as the database itself
                connection.execute("DELETE FROM contacts WHERE id = ?", (row[0],))
            connection.execute("VACUUM")
            touched += 1
    return touched
