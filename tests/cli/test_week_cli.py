"""`salescoach week`: the week's plan as a rep reads it, in JSON, and applied."""

import json
import shutil
import sqlite3
from collections import Counter

from tests.running import TODAY, run

ORDER = [
    "loyalty-is-earned",
    "customers-for-granted",
    "rally-the-base",
    "retention",
    "know-your-customers",
    "social-selling",
]


def planned_contacts(db) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {
            uid
            for (uid,) in connection.execute(
                "SELECT c.uid FROM activities a JOIN contacts c ON c.id = a.contact_id "
                "WHERE a.status = 'planned' AND a.at >= ?",
                (TODAY,),
            )
        }


def test_the_plan_names_people_on_days_most_important_first(demo_db):
    result = run("week", "--json", db=demo_db)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["week"] == {"from": "2026-11-23", "to": "2026-11-29"}
    assert set(plan["targets"]) == {"calls", "appointments", "proposals"}
    items = plan["items"]
    assert items, "the demo has silent customers and overdue promises"
    assert set(items[0]) == {
        "contact",
        "name",
        "kind",
        "day",
        "time",
        "lesson",
        "reason",
        "opportunity",
    }
    ranks = [ORDER.index(item["lesson"]) for item in items]
    assert ranks == sorted(ranks)
    moments = Counter((item["day"], item["time"]) for item in items)
    assert max(moments.values()) == 1  # never two at the same minute
    assert not {item["contact"] for item in items} & planned_contacts(demo_db)
    assert all(item["reason"] and item["day"] >= TODAY for item in items)
    per_day = Counter(item["day"] for item in items if item["kind"] == "call")
    assert max(per_day.values()) <= 8


def test_applying_plans_every_item_and_the_week_is_not_proposed_again(demo_db, tmp_path):
    db = tmp_path / "applied.sqlite3"
    shutil.copy(demo_db, db)
    before = planned_contacts(db)
    proposed = json.loads(run("week", "--json", db=db).stdout)["items"]
    applied = run("week", "--apply", db=db)
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.rstrip().endswith(
        f"{len(proposed)} follow-ups planned for the week of 2026-11-23."
    )
    assert planned_contacts(db) >= before | {item["contact"] for item in proposed}
    again = json.loads(run("week", "--json", db=db).stdout)["items"]
    assert not {item["contact"] for item in again} & {item["contact"] for item in proposed}


def test_the_plan_reads_in_the_reps_language(demo_db):
    french = run("--lang", "fr", "week", db=demo_db).stdout
    assert french.startswith("Votre semaine, du 2026-11-23 au 2026-11-29")
    italian = run("--lang", "it", "week", db=demo_db).stdout
    assert italian.startswith("La tua settimana, dal 2026-11-23 al 2026-11-29")


def test_outcomes_measure_what_the_planned_follow_ups_led_to(demo_db, tmp_path):
    db = tmp_path / "acted.sqlite3"
    shutil.copy(demo_db, db)
    assert run("week", "--apply", db=db).returncode == 0
    with sqlite3.connect(db) as connection:
        planned = connection.execute(
            "SELECT id, lesson FROM activities WHERE lesson != '' ORDER BY at"
        ).fetchall()
        assert planned, "the week's follow-ups remember their lesson"
        done = [row[0] for row in planned[:3]]
        connection.executemany(
            "UPDATE activities SET status = 'done', outcome = 'interested' WHERE id = ?",
            [(i,) for i in done],
        )
    result = run("outcomes", "--from", "2026-11-23", "--to", "2026-11-29", "--json", db=db)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["period"] == {"from": "2026-11-23", "to": "2026-11-29"}
    lessons = {item["lesson"]: item for item in found["lessons"]}
    assert set(lessons) == {lesson for _id, lesson in planned}
    assert sum(item["acted"] for item in lessons.values()) == len(planned)
    assert sum(item["done"] for item in lessons.values()) == 3
    assert sum(item["reached"] for item in lessons.values()) == 3
    for item in lessons.values():
        assert set(item["baseline"]) == {
            "acted",
            "done",
            "reached",
            "appointments",
            "advanced",
            "won",
            "won_value",
        }
        assert item["enough"] == (item["acted"] >= 5)
    assert found["window_days"] == 30
    week = ("--from", "2026-11-23", "--to", "2026-11-29", "--json")
    assert json.loads(run("outcomes", *week, "--window", "7", db=db).stdout)["window_days"] == 7
    with sqlite3.connect(db) as connection:  # Settings ▸ Coach, as the dialog stores it
        connection.execute(
            "INSERT OR REPLACE INTO preferences (key, value) VALUES ('coach', ?)",
            (json.dumps({"outcome_days": 14}),),
        )
    assert json.loads(run("outcomes", *week, db=db).stdout)["window_days"] == 14
    wrong = run("outcomes", "--window", "many", db=db)
    assert wrong.returncode == 2 and "many" in wrong.stderr
    text = run("--lang", "fr", "outcomes", "--from", "2026-11-23", "--to", "2026-11-29", db=db)
    assert text.stdout.startswith("Ce qu'ont donné les leçons, du 2026-11-23 au 2026-11-29")


def test_today_names_the_weeks_one_focus_at_the_weakest_link(demo_db):
    funnel = json.loads(run("funnel", "--json", db=demo_db).stdout)
    steps = ("qualification", "appointment", "proposal", "closing")
    ratios = {name: funnel["ratios"][name] for name in steps if funnel["ratios"][name] is not None}
    weakest = min(ratios, key=lambda name: ratios[name])
    last = run("today", db=demo_db).stdout.rstrip().splitlines()[-1]
    assert last.startswith(f"This week's focus: {weakest.capitalize()}, at ")
    assert "the weakest link of your chain" in last


def test_the_weeks_review_says_the_week_prints_json_and_writes_a_pdf(demo_db, tmp_path):
    db = tmp_path / "review.sqlite3"
    shutil.copy(demo_db, db)
    assert run("week", "--apply", db=db).returncode == 0
    with sqlite3.connect(db) as connection:  # two of the plan's follow-ups done
        tagged = connection.execute("SELECT count(*) FROM activities WHERE lesson != ''")
        (tagged,) = tagged.fetchone()
        # both for the lesson with the most: which lessons come first in the week depends on
        # the time of day the plan was made (`--today` keeps the clock's time)
        connection.execute(
            "UPDATE activities SET status = 'done', outcome = 'called back' WHERE id IN "
            "(SELECT id FROM activities WHERE lesson = (SELECT lesson FROM activities "
            "WHERE lesson != '' GROUP BY lesson ORDER BY count(*) DESC, lesson LIMIT 1) "
            "ORDER BY at LIMIT 2)"
        )
    friday = ("--today", "2026-11-27")
    found = json.loads(run(*friday, "review", "--json", db=db).stdout)
    assert found["week"] == {"from": "2026-11-23", "to": "2026-11-29"}
    assert sum(item["done"] for item in found["plan"]) == 2
    assert sum(item["planned"] for item in found["plan"]) == tagged
    assert set(found["targets"]) == {"calls", "appointments", "proposals"}
    for move in found["ratios_moved"]:
        assert abs(move["now"] - move["before"]) >= 0.01
    assert {item["lesson"] for item in found["outcomes"]} == {i["lesson"] for i in found["plan"]}
    assert found["focus"].endswith(".")
    pdf = tmp_path / "week.pdf"
    text = run(*friday, "--lang", "it", "review", "--pdf", str(pdf), db=db)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Il bilancio della tua settimana, dal 2026-11-23 al 2026-11-29")
    assert "I ricontatti del piano" in text.stdout and "2 fatti" in text.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    wrong = run("review", "--pdf", str(tmp_path / "week.txt"), db=db)
    assert wrong.returncode != 0 and "ending in .pdf" in wrong.stderr
    assert not (tmp_path / "week.txt").exists()
    earlier = run(*friday, "review", "--week-of", "2026-11-18", "--json", db=db)
    last_week = json.loads(earlier.stdout)
    assert last_week["week"] == {"from": "2026-11-16", "to": "2026-11-22"}
    assert last_week["plan"] == []


def test_today_asks_for_the_review_on_the_weeks_last_working_day(demo_db):
    due = "It is the week's last working day: review your week"
    assert due in run("--today", "2026-11-27", "today", db=demo_db).stdout
    assert due not in run("--today", "2026-11-26", "today", db=demo_db).stdout
