"""What the team's server lets each role do, enforced by the server itself.

A rep reads and writes the shared accounts and contacts and only their own deals, steps and
activities (row-level security): a deal, step or activity written as another rep's is
refused, its owner never changes, and a step or activity may only hang on its rep's own
deal; who wrote a shared row last is set by the server, whatever a laptop sends. A rep may delete
a shared contact only while no other rep's row refers to it, and may leave a tombstone only
for a row that is gone: a rep's login, used by hand in psql, cannot take another rep's work
with it. Reps do not read who wrote a row, nor other reps' tombstones. The few things a rep
needs that cross those lines are functions run with the owner's rights, each checking what
it is asked: which contacts other reps still use, which uids are taken elsewhere, bring a
deleted row back for the work that needs it, log a conflict between two reps, and record
one's choice on a conflict.
"""

from collections.abc import Callable

from sqlalchemy import Connection, text

from salescoach.store.team.outbox import SYNCED

#: Seen and written by every rep of the team.
SHARED = ("accounts", "contacts")
#: Seen and written only by the rep who owns the row.
PRIVATE = ("opportunities", "stage_events", "activities")
# together, the synced tables (`outbox.SYNCED`, parents first)
#: What a rep's laptop needs to see of a row: all but who owns and who wrote it.
HIDDEN_COLUMNS = ("rep", "device", "writer")

_FUNCTIONS = (
    # the rep of the login running the statement (NULL for an administrator)
    "CREATE OR REPLACE FUNCTION team_rep() RETURNS text LANGUAGE sql STABLE "
    "SECURITY DEFINER SET search_path = public "
    "AS 'SELECT name FROM team_reps WHERE role = session_user'",
    # every write: its place in the order of changes, its owner kept, its writer noted
    """CREATE OR REPLACE FUNCTION team_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE me text := team_rep();
    BEGIN
      NEW.server_seq := nextval('team_changes');
      IF TG_OP = 'INSERT' THEN NEW.rep := coalesce(me, NEW.rep);
      ELSE NEW.rep := OLD.rep; END IF;
      NEW.writer := coalesce(me, NEW.writer);
      RETURN NEW;
    END $$""",
    # a deal, step or activity: its place in the order of changes (its owner is checked by
    # the policies: a rep may only write rows of their own)
    """CREATE OR REPLACE FUNCTION team_stamp_seq() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.server_seq := nextval('team_changes'); RETURN NEW; END $$""",
    # every deletion, however made, leaves a tombstone for the laptops and the row kept
    # aside, so that work which still needs it can bring it back
    """CREATE OR REPLACE FUNCTION team_keep_aside() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public AS $$
    BEGIN
      INSERT INTO team_graveyard (uid, entity, rep, image)
      VALUES (OLD.uid, TG_TABLE_NAME, OLD.rep, to_jsonb(OLD))
      ON CONFLICT (uid) DO UPDATE SET entity = EXCLUDED.entity, rep = EXCLUDED.rep,
        image = EXCLUDED.image;
      INSERT INTO tombstones (uid, entity, deleted_at)
      VALUES (OLD.uid, TG_TABLE_NAME, now() AT TIME ZONE 'utc') ON CONFLICT (uid) DO NOTHING;
      RETURN OLD;
    END $$""",
    # the contacts another rep's deal or activity still refers to
    """CREATE OR REPLACE FUNCTION team_used_by_others(contact bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT EXISTS (SELECT 1 FROM opportunities WHERE contact_id = contact
                       AND rep IS DISTINCT FROM team_rep())
          OR EXISTS (SELECT 1 FROM activities WHERE contact_id = contact
                       AND rep IS DISTINCT FROM team_rep())
    $$""",
    """CREATE OR REPLACE FUNCTION team_used(uids text[]) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT c.uid FROM contacts c WHERE c.uid = ANY(uids) AND team_used_by_others(c.id)
    $$""",
    # the rows this rep deleted (a write of one again is the rep taking it back: Undo)
    # (with the version the row had when deleted, to know what changed since the rep had it)
    """CREATE OR REPLACE FUNCTION team_buried_by_me(uids text[])
    RETURNS TABLE (uid text, seq bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT t.uid, (g.image->>'server_seq')::bigint FROM tombstones t
      LEFT JOIN team_graveyard g ON g.uid = t.uid
      WHERE t.uid = ANY(uids) AND t.rep = team_rep()
    $$""",
    # a tombstone only for a row that is gone
    """CREATE OR REPLACE FUNCTION team_gone(row_uid text, row_kind text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT $2 IN ('accounts', 'contacts', 'opportunities', 'stage_events', 'activities')
         AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.uid = $1)
         AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.uid = $1)
         AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.uid = $1)
         AND NOT EXISTS (SELECT 1 FROM stage_events e WHERE e.uid = $1)
         AND NOT EXISTS (SELECT 1 FROM activities w WHERE w.uid = $1)
    $$""",
    # uids this rep may not write as `kind`: another rep's rows, or another kind's uid
    """CREATE OR REPLACE FUNCTION team_taken(wanted_kind text, wanted text[])
    RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT a.uid FROM accounts a WHERE a.uid = ANY($2) AND $1 <> 'accounts'
      UNION SELECT c.uid FROM contacts c WHERE c.uid = ANY($2) AND $1 <> 'contacts'
      UNION SELECT o.uid FROM opportunities o WHERE o.uid = ANY($2)
        AND ($1 <> 'opportunities' OR o.rep IS DISTINCT FROM team_rep())
      UNION SELECT e.uid FROM stage_events e WHERE e.uid = ANY($2)
        AND ($1 <> 'stage_events' OR e.rep IS DISTINCT FROM team_rep())
      UNION SELECT w.uid FROM activities w WHERE w.uid = ANY($2)
        AND ($1 <> 'activities' OR w.rep IS DISTINCT FROM team_rep())
      UNION SELECT t.uid FROM tombstones t WHERE t.uid = ANY($2) AND (t.entity <> $1
        OR ($1 NOT IN ('accounts', 'contacts') AND t.rep IS DISTINCT FROM team_rep()))
    $$""",
    # bring deleted rows back (parents first) for work that needs them; a shared row stays
    # out of the lists of the rep who deleted it
    """CREATE OR REPLACE FUNCTION team_revive(uids text[]) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE kept record; image jsonb;
    BEGIN
      FOR kept IN
        WITH RECURSIVE wanted(uid) AS (  -- with the deleted rows they hang on
          SELECT unnest(uids)
          UNION
          SELECT p.uid FROM wanted w JOIN team_graveyard g ON g.uid = w.uid
          JOIN team_graveyard p ON
            (p.entity = 'contacts' AND p.image->>'id' = g.image->>'contact_id')
            OR (p.entity = 'opportunities' AND p.image->>'id' = g.image->>'opportunity_id')
        ), whole(uid) AS (  -- and a deal with the steps deleted with it (same moment)
          SELECT uid FROM wanted
          UNION
          SELECT s.uid FROM wanted w JOIN team_graveyard d ON d.uid = w.uid
            AND d.entity = 'opportunities'
          JOIN tombstones td ON td.uid = d.uid
          JOIN team_graveyard s ON s.entity = 'stage_events'
            AND s.image->>'opportunity_id' = d.image->>'id'
          JOIN tombstones ts ON ts.uid = s.uid AND ts.deleted_at = td.deleted_at
        )
        SELECT g.* FROM team_graveyard g JOIN tombstones t ON t.uid = g.uid
        WHERE g.uid IN (SELECT uid FROM whole)
          AND (g.entity IN ('accounts', 'contacts') OR g.rep = team_rep())
        ORDER BY array_position(ARRAY['accounts', 'contacts', 'opportunities',
                                      'stage_events', 'activities'], g.entity)
      LOOP
        IF kept.entity IN ('accounts', 'contacts') THEN
          INSERT INTO team_hidden (rep, uid)
            SELECT t.rep, t.uid FROM tombstones t
            WHERE t.uid = kept.uid AND t.rep IS NOT NULL AND t.rep <> team_rep()
            ON CONFLICT DO NOTHING;
        END IF;
        DELETE FROM tombstones WHERE uid = kept.uid;
        image := kept.image;
        IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = (image->>'account_id')::bigint) THEN
          image := image || '{"account_id": null}';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM contacts WHERE id = (image->>'referred_by_id')::bigint)
        THEN
          image := image || '{"referred_by_id": null}';
        END IF;
        IF kept.entity = 'activities' AND NOT EXISTS
          (SELECT 1 FROM opportunities WHERE id = (image->>'opportunity_id')::bigint) THEN
          image := image || '{"opportunity_id": null}';
        END IF;
        EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)',
                       kept.entity, kept.entity) USING image;
        RETURN NEXT kept.uid;
      END LOOP;
    END $$""",
    # a conflict between this rep and whoever wrote the row last (or deleted it)
    """CREATE OR REPLACE FUNCTION team_conflict(row_kind text, row_uid text, title text,
      reason text, lost_values text, kept_values text, mine text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE other text;
    BEGIN
      IF row_kind NOT IN ('accounts', 'contacts', 'opportunities', 'stage_events',
                          'activities') OR mine NOT IN ('lost', 'kept') THEN
        RAISE EXCEPTION 'not a conflict';
      END IF;
      EXECUTE format('SELECT coalesce(writer, rep) FROM %I WHERE uid = $1', row_kind)
        INTO other USING row_uid;
      IF other IS NULL THEN
        SELECT rep INTO other FROM tombstones WHERE uid = row_uid;
      END IF;
      other := coalesce(other, team_rep());
      IF EXISTS (SELECT 1 FROM team_conflicts c WHERE c.uid = row_uid AND c.why = reason
                 AND c.lost = lost_values AND c.kept = kept_values AND c.resolution IS NULL)
      THEN
        RETURN;  -- the same two values already wait for a choice (a change sent again)
      END IF;
      INSERT INTO team_conflicts (entity, uid, label, why, lost, kept, lost_by, kept_by)
      VALUES (row_kind, row_uid, left(title, 200), reason, lost_values, kept_values,
              CASE WHEN mine = 'lost' THEN team_rep() ELSE other END,
              CASE WHEN mine = 'kept' THEN team_rep() ELSE other END);
    END $$""",
    # one of the two reps' choice on a conflict: which values stay
    """CREATE OR REPLACE FUNCTION team_resolve(conflict bigint, choice text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
      UPDATE team_conflicts SET resolution = choice, resolved_by = team_rep()
      WHERE id = conflict AND resolution IS NULL AND choice IN ('lost', 'kept')
        AND team_rep() IN (lost_by, kept_by)
    $$""",
    """CREATE OR REPLACE FUNCTION team_conflict_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.server_seq := nextval('team_changes'); RETURN NEW; END $$""",
)


def _runner(connection: Connection) -> Callable[[str], None]:
    """Run one statement of SQL on `connection`."""

    def run(sql: str) -> None:
        connection.execute(text(sql))

    return run


def install_rules(connection: Connection, reps: str, managers: str) -> None:
    """Functions, triggers, grants and policies for the groups `reps` and `managers`."""
    run = _runner(connection)
    for sql in _FUNCTIONS:
        run(sql)
    _triggers(connection)
    _grants(connection, reps, managers)
    _policies(connection, reps)
    # what a manager reads: who did what when, and which contact it concerned (contacts are
    # the team's anyway), never a note; `reached` says an outcome was written, not what.
    # New columns go at the end: CREATE OR REPLACE VIEW keeps the old ones in place.
    run(
        "CREATE OR REPLACE VIEW team_steps AS SELECT o.rep, o.uid AS opportunity, e.uid, "
        "e.stage, e.at, c.uid AS contact FROM stage_events e "
        "JOIN opportunities o ON o.id = e.opportunity_id "
        "LEFT JOIN contacts c ON c.id = o.contact_id"
    )
    run(
        "CREATE OR REPLACE VIEW team_work AS SELECT a.rep, a.uid, a.kind, a.status, a.at, "
        "a.lesson, (a.status = 'done' AND btrim(a.outcome) <> '') AS reached, "
        "c.uid AS contact, c.is_customer AS customer "
        "FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id"
    )
    run(f"GRANT SELECT ON team_steps, team_work TO {managers}")


def _triggers(connection: Connection) -> None:
    run = _runner(connection)
    for table in (*SYNCED, "tombstones"):
        stamp = "team_stamp_seq" if table in PRIVATE else "team_stamp"
        run(f"DROP TRIGGER IF EXISTS {table}_stamp ON {table}")
        run(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {stamp}()"
        )
    for table in SYNCED:
        run(f"DROP TRIGGER IF EXISTS {table}_aside ON {table}")
        run(
            f"CREATE TRIGGER {table}_aside AFTER DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION team_keep_aside()"
        )
    for table in ("team_conflicts", "team_hidden"):
        run(f"DROP TRIGGER IF EXISTS {table}_stamp ON {table}")
        run(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION team_conflict_stamp()"
        )


def _visible_columns(connection: Connection, table: str) -> str:
    names = connection.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    ).scalars()
    return ", ".join(n for n in names if n not in HIDDEN_COLUMNS)


def _grants(connection: Connection, reps: str, managers: str) -> None:
    run = _runner(connection)
    tables = ", ".join((*SYNCED, "tombstones"))
    private = ("team_applied", "team_devices", "team_hidden", "team_conflicts")
    run(f"REVOKE ALL ON {tables}, {', '.join(private)}, team_graveyard FROM {reps}")
    for table in (*SYNCED, "tombstones"):
        run(f"GRANT SELECT ({_visible_columns(connection, table)}) ON {table} TO {reps}")
    run(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(SYNCED)} TO {reps}")
    run(f"GRANT INSERT ON tombstones TO {reps}")
    run(f"GRANT SELECT, INSERT, UPDATE ON team_applied TO {reps}")
    run(f"GRANT SELECT, INSERT, UPDATE ON team_devices TO {reps}")
    run(f"GRANT SELECT, INSERT, DELETE ON team_hidden TO {reps}")
    run(f"GRANT SELECT ON team_conflicts TO {reps}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {reps}")
    run(f"GRANT SELECT ON team_reps TO {reps}, {managers}")
    for function in (
        "team_rep()",
        "team_used(text[])",
        "team_buried_by_me(text[])",
        "team_taken(text, text[])",
        "team_revive(text[])",
        "team_conflict(text, text, text, text, text, text, text)",
        "team_resolve(bigint, text)",
    ):
        run(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {reps}")
    for function in (
        "team_used_by_others(bigint)",
        "team_gone(text, text)",
    ):
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {reps}")


def _policy(connection: Connection, table: str, name: str, rule: str) -> None:
    connection.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
    connection.execute(text(f"CREATE POLICY {name} ON {table} {rule}"))


def _policies(connection: Connection, reps: str) -> None:
    mine = "rep = (SELECT team_rep())"  # a subquery: worked out once per statement
    rules: dict[str, dict[str, str]] = {
        "accounts": {"team_rows": f"FOR ALL TO {reps} USING (true) WITH CHECK (true)"},
        "contacts": {
            "team_rows": f"FOR SELECT TO {reps} USING (true)",
            "team_add": f"FOR INSERT TO {reps} WITH CHECK (true)",
            "team_edit": f"FOR UPDATE TO {reps} USING (true) WITH CHECK (true)",
            "team_delete": f"FOR DELETE TO {reps} USING (NOT team_used_by_others(id))",
        },
        "opportunities": {"team_rows": f"FOR ALL TO {reps} USING ({mine}) WITH CHECK ({mine})"},
        "stage_events": {
            "team_rows": f"FOR ALL TO {reps} USING ({mine}) "
            f"WITH CHECK ({mine} AND opportunity_id IN (SELECT id FROM opportunities))"
        },
        "activities": {
            "team_rows": f"FOR ALL TO {reps} USING ({mine}) WITH CHECK ({mine} AND "
            "(opportunity_id IS NULL OR opportunity_id IN (SELECT id FROM opportunities)))"
        },
        "tombstones": {
            "team_rows": f"FOR SELECT TO {reps} USING "
            f"(entity IN ('accounts', 'contacts') OR {mine})",
            "team_add": f"FOR INSERT TO {reps} WITH CHECK (team_gone(uid, entity))",
        },
        "team_applied": {"team_rows": f"FOR ALL TO {reps} USING ({mine}) WITH CHECK ({mine})"},
        "team_devices": {"team_rows": f"FOR ALL TO {reps} USING ({mine}) WITH CHECK ({mine})"},
        "team_hidden": {"team_rows": f"FOR ALL TO {reps} USING ({mine}) WITH CHECK ({mine})"},
        "team_conflicts": {
            "team_rows": f"FOR SELECT TO {reps} USING (team_rep() IN (lost_by, kept_by))"
        },
    }
    for table, policies in rules.items():
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for stale in ("team_rows", "team_add", "team_edit", "team_delete"):
            connection.execute(text(f"DROP POLICY IF EXISTS {stale} ON {table}"))
        for name, rule in policies.items():
            _policy(connection, table, name, rule)
