"""What each command and action says it did, in the rep's language: one text per result,
shown alike by the command line and the window (resources/results/<language>.toml).

Counts are said with the noun's right form: "1 row", "2 rows"; in French, zero takes the
singular too ("0 ligne"), and "0 days ago" is "today".
"""

from typing import TYPE_CHECKING, Any

from salescoach.resources import texts

if TYPE_CHECKING:  # this module stays light: the command line's --help reads it
    from salescoach.interchange.contact_import import ContactPlan
    from salescoach.interchange.salescoach_json import ImportSummary
    from salescoach.store.records.imports import Undone


def count(language: str, noun: str, number: int) -> str:
    """`number` and its noun, in the form the language gives that number."""
    forms: dict[str, str] = texts("results", language)["counts"][noun]
    if number == 0 and "zero" in forms:
        form = "zero"
    elif number == 1 or (number == 0 and texts("results", language)["language"] == "fr"):
        form = "one"
    else:
        form = "other"
    return forms[form].format(count=number)


def say(language: str, key: str, **values: Any) -> str:
    """The sentence `key` ("section.name") in `language`, filled."""
    section, _, name = key.partition(".")
    return str(texts("results", language)[section][name]).format(**values)


def import_lines(
    summary: "ImportSummary", file: str, language: str, shown: int | None = None
) -> list[str]:
    """What an import did, then the rows it skipped and the values it left out (the first
    `shown` of each, or all), each with its line and why."""
    if file.lower().endswith(".json"):
        lines = [
            say(
                language,
                "import.json",
                file=file,
                contacts=count(language, "contact", summary.contacts),
                opportunities=count(language, "opportunity", summary.opportunities),
                activities=count(language, "activity", summary.activities),
            )
        ]
        if summary.left_out:
            records = count(language, "record", summary.left_out)
            lines.append(say(language, "import.left_out_records", records=records))
    else:
        lines = [
            say(
                language,
                "import.table_activities" if summary.activities else "import.table",
                file=file,
                contacts=count(language, "new_contact", summary.contacts),
                activities=count(language, "new_activity", summary.activities),
                filled=count(language, "contact", summary.merged),
                unchanged=count(language, "row", summary.unchanged),
            )
        ]
    if summary.invalid:
        lines.append(
            say(language, "import.skipped", rows=count(language, "row", len(summary.invalid)))
        )
        lines += [
            "  " + say(language, "import.skipped_line", line=row.line, reason=row.reason)
            for row in summary.invalid[:shown]
        ]
    if summary.fields_left_out:
        values = count(language, "value", len(summary.fields_left_out))
        lines.append(say(language, "import.left_out", values=values))
        lines += [
            "  "
            + say(
                language,
                "import.left_out_line",
                line=left.line,
                column=left.column,
                reason=left.reason,
            )
            for left in summary.fields_left_out[:shown]
        ]
    return lines


def plan_text(plan: "ContactPlan", language: str) -> str:
    """What importing a table would do, said before anything is written."""
    parts = [
        say(
            language,
            "import.plan",
            contacts=count(language, "new_contact", plan.new),
            filled=count(language, "contact", plan.merged),
            unchanged=count(language, "contact", plan.unchanged),
            unreadable=count(language, "row", len(plan.invalid)),
        )
    ]
    if plan.activities:
        activities = count(language, "new_activity", plan.activities)
        parts.append(say(language, "import.plan_activities", activities=activities))
    if plan.left_out:
        values = count(language, "value", len(plan.left_out))
        parts.append(say(language, "import.plan_left_out", values=values))
    return " ".join(parts)


def undo_question(
    file: str, contacts: int, opportunities: int, activities: int, records: int, language: str
) -> str:
    return say(
        language,
        "import.undo_question",
        file=file,
        contacts=count(language, "new_contact", contacts),
        opportunities=count(language, "new_opportunity", opportunities),
        activities=count(language, "new_activity", activities),
        records=count(language, "record", records),
    )


def undone_text(undone: "Undone", when: str, language: str) -> str:
    return say(
        language,
        "import.undone",
        file=undone.file,
        when=when,
        contacts=count(language, "contact", undone.removed),
        opportunities=count(language, "opportunity", undone.removed_opportunities),
        activities=count(language, "activity", undone.removed_activities),
        records=count(language, "record", undone.restored),
    )


def synced_text(pushed: int, pulled: int, conflicts: int, language: str, set_aside: int = 0) -> str:
    said = say(
        language,
        "done.synced_conflicts" if conflicts else "done.synced",
        sent=count(language, "change", pushed),
        received=count(language, "change", pulled),
        conflicts=count(language, "conflict", conflicts),
    )
    if set_aside:
        said += " " + say(language, "done.set_aside", changes=count(language, "change", set_aside))
    return said
