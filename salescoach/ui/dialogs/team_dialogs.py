"""The team's dialogs: joining a team, the conflict log, and the manager's Team page."""

from collections.abc import Callable
from datetime import UTC
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from salescoach.core.clock import Clock
from salescoach.core.coach.texts import TipTexts
from salescoach.core.outcomes import WINDOW_DAYS
from salescoach.reports.funnel_tables import ReportTexts, resolve_period
from salescoach.reports.team_tables import team_document, weakest_links
from salescoach.reports.today import target_texts
from salescoach.store.team.conflicts import LoggedConflict, conflict_log, keep
from salescoach.store.team.funnel import RepWeek, team_counts, team_weeks
from salescoach.store.team.link import (
    join_team,
    keep_password,
    keyring_password,
    server_engine,
    server_url,
    team_link,
)
from salescoach.store.team.server_errors import on_server
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.errors import show_failure
from salescoach.ui.labels import count_label, language, percent_text, ratio_label, when_text
from salescoach.ui.operations import Operations
from salescoach.ui.widgets.record_table import record_table

T = TypeVar("T")

translate = QCoreApplication.translate


def _login_form(dialog: QDialog) -> tuple[QFormLayout, QLineEdit, QLineEdit]:
    form = QFormLayout()
    server = QLineEdit(dialog)
    server.setObjectName("serverAddress")
    server.setPlaceholderText("postgresql://anna@server.example:5432/team")
    password = QLineEdit(dialog)
    password.setObjectName("serverPassword")
    password.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(translate("TeamDialogs", "&Server address"), server)
    form.addRow(translate("TeamDialogs", "&Password"), password)
    return form, server, password


class JoinTeamDialog(Dialog):
    """Link this laptop to the team's server as one of its reps."""

    #: Joined; carries the password typed (kept in memory by the window for its syncs).
    joined = Signal(str)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinTeamDialog")
        self.setWindowTitle(self.tr("Join your team"))
        self.operations = operations
        form, self.server, self.password = _login_form(self)
        self.rep = QLineEdit(self)
        self.rep.setObjectName("repName")
        form.insertRow(1, self.tr("&Your name in the team"), self.rep)
        explain = QLabel(
            self.tr(
                "Your contacts are shared with the team; your deals, activities and notes stay "
                "yours. The password is kept in the system keyring where there is one, never in "
                "the database."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.join_button = buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)

    def _join(self) -> None:
        store, address = self.operations.store, self.server.text().strip()
        rep, password = self.rep.text().strip(), self.password.text() or None
        self.join_button.setEnabled(False)

        def work(_progress: Any) -> Any:
            url = server_url(address)
            engine = server_engine(url, password or keyring_password(url))
            try:
                with on_server():
                    applied = store.apply(lambda session: join_team(session, engine, url, rep))
            finally:
                engine.dispose()
            if password:
                keep_password(url, password)
            return applied

        def failed(error: BaseException) -> None:
            self.join_button.setEnabled(True)
            show_failure(self, error)

        def done(_link: Any) -> None:
            self.accept()
            self.joined.emit(password or "")

        self.operations.write(self, work, done, on_failed=failed)


class ConflictsDialog(Dialog):
    """File ▸ Sync conflicts: where two writes met, both values, who and when; Keep mine or
    Keep theirs settles one, for both reps (the next sync tells the team)."""

    preferred_size = (820, 420)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.operations = operations
        self.rows: list[LoggedConflict] = []
        self.table = record_table(
            self,
            "conflictsTable",
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("What happened"),
                self.tr("Your value"),
                self.tr("Their value"),
            ],
            4,
        )
        header = self.table.horizontalHeader()
        for column in range(5):  # when and what in full; the rest shares the width, wrapped
            mode = (
                QHeaderView.ResizeMode.ResizeToContents
                if column < 2
                else (QHeaderView.ResizeMode.Stretch)
            )
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selected)
        explain = QLabel(
            self.tr(
                "When a field was changed on two laptops, the change that reached the team's "
                "server last was kept and both values are listed here; so is a change to a "
                "record deleted elsewhere. Keep mine or Keep theirs settles it for both of you "
                "(a deleted contact comes back as a new one)."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.mine_button = buttons.addButton(
            self.tr("Keep &mine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mine_button.setObjectName("keepMine")
        self.mine_button.clicked.connect(lambda: self._keep(mine=True))
        self.theirs_button = buttons.addButton(
            self.tr("Keep &theirs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.theirs_button.setObjectName("keepTheirs")
        self.theirs_button.clicked.connect(lambda: self._keep(mine=False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._list()

    def _list(self) -> None:
        self.operations.query(self, conflict_log, self._show)

    def _show(self, rows: list[LoggedConflict]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for line, row in enumerate(rows):
            local = row.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            cells = (
                when_text(local),
                row.label,
                self._happened(row),
                _values_text(row.mine),
                _values_text(row.theirs),
            )
            for column, text in enumerate(cells):
                self.table.setItem(line, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._selected()

    def _happened(self, row: LoggedConflict) -> str:
        other = row.other or self.tr("another laptop")
        if row.why == "refused":
            return self.tr("refused by the team's server: not sent")
        if row.why == "deleted":
            what = (
                self.tr("deleted by {who} while you changed it")
                if row.my_side == "lost"
                else self.tr("changed by {who} while you deleted it")
            ).format(who=other)
        else:
            what = self.tr("changed by you and by {who}").format(who=other)
        if row.kept_mine is None:
            return what
        kept = self.tr("your value kept") if row.kept_mine else self.tr("their value kept")
        return f"{what} · {kept}"

    def _chosen(self) -> LoggedConflict | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def _selected(self) -> None:
        chosen = self._chosen()
        for button in (self.mine_button, self.theirs_button):
            button.setEnabled(chosen is not None and chosen.open)

    def _keep(self, mine: bool) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.operations.mutate(
            self,
            lambda session: keep(session, chosen.id, mine),
            lambda _r: self._list(),
            on_failed=lambda error: show_failure(self, error),
        )


def _values_text(values: dict[str, Any]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in values.items() if name != "uid")


class TeamFunnelDialog(Dialog):
    """The manager's Team page: each rep's ratios side by side, the weakest link of each,
    and what the team's target takes at the team's ratios; each rep's week against their
    share of that target; and what acting on the lessons did, counts only."""

    preferred_size = (820, 640)

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team"))
        self.operations = operations
        self.clock = clock
        self.document: dict[str, Any] | None = None
        form, self.server, self.password = _login_form(self)
        self.target = QSpinBox(self)
        self.target.setObjectName("teamTarget")
        self.target.setRange(1, 100_000)
        self.target.setValue(10)
        form.addRow(self.tr("Team &target (new customers)"), self.target)
        self.show_button = QPushButton(self.tr("Sho&w the last 90 days"), self)
        self.show_button.setObjectName("showTeam")
        self.show_button.clicked.connect(self._fetch)
        self.target.valueChanged.connect(lambda _v: self._plan())
        self.table = _figures_table("teamTable", self)
        self.weakest = QLabel(self)
        self.weakest.setObjectName("teamWeakest")
        self.weakest.setWordWrap(True)
        self.plan = QLabel(self)
        self.plan.setObjectName("teamPlan")
        self.plan.setWordWrap(True)
        self.weeks: dict[str, RepWeek] = {}
        self.week_table = _figures_table("teamWeek", self)
        self.week_note = QLabel(self)
        self.week_note.setObjectName("teamWeekNote")
        self.week_note.setWordWrap(True)
        self.outcomes_table = _figures_table("teamOutcomes", self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("teamTabs")
        for name, title, widgets in (
            ("funnel", self.tr("&Funnel"), (self.table, self.weakest, self.plan)),
            ("week", self.tr("This wee&k"), (self.week_table, self.week_note)),
            ("outcomes", self.tr("What w&orked"), (self.outcomes_table,)),
        ):
            page = QWidget(self.tabs)
            page.setObjectName(name)
            column = QVBoxLayout(page)
            for number, widget in enumerate(widgets):
                column.addWidget(widget, 1 if number == 0 else 0)
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        operations.query(self, team_link, self._prefill)

    def _prefill(self, link: Any) -> None:
        if link is not None and not self.server.text():
            self.server.setText(link.server)

    def _fetch(self) -> None:
        """The funnel first (two grouped queries on the server), then each rep's week: the
        Funnel tab fills without waiting for the weeks, which read every rep's rows."""
        address, password = self.server.text().strip(), self.password.text() or None
        today, target = self.clock.today(), self.target.value()
        period = resolve_period(None, None, today)  # the last 90 days

        def on_server_do(ask: Callable[[Engine], T]) -> Callable[[Any], T]:
            def work(_progress: Any) -> T:
                url = server_url(address)
                engine = server_engine(url, password or keyring_password(url))
                try:
                    with on_server():
                        return ask(engine)
                finally:
                    engine.dispose()

            return work

        def funnel(engine: Engine) -> dict[str, Any]:
            counts = team_counts(engine, period)
            return {**team_document(counts, period), "weakest": weakest_links(counts)}

        def weeks(engine: Engine) -> dict[str, RepWeek]:
            return team_weeks(engine, today, period, target, WINDOW_DAYS)

        self.show_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.show_button.setEnabled(True)
            show_failure(self, error)

        def funnel_shown(document: dict[str, Any]) -> None:
            self._show(document)
            self.operations.read(self, on_server_do(weeks), weeks_shown, failed)

        def weeks_shown(found: dict[str, RepWeek]) -> None:
            self.show_button.setEnabled(True)
            self._show_weeks(found, target)

        self.operations.read(self, on_server_do(funnel), funnel_shown, failed)

    def _show(self, document: dict[str, Any]) -> None:
        self.document = document
        columns = [*document["reps"], {"rep": self.tr("Team"), **document["team"]}]
        keys = [("counts", k) for k in document["team"]["counts"]] + [
            ("ratios", k) for k in document["team"]["ratios"]
        ]
        _fill(
            self.table,
            [c["rep"] for c in columns],
            [count_label(k) if part == "counts" else ratio_label(k) for part, k in keys],
            [
                [
                    str(c[part][key]) if part == "counts" else percent_text(c[part][key])
                    for c in columns
                ]
                for part, key in keys
            ],
        )
        weakest = self.palette().highlight().color().lighter(170)
        for row, (part, key) in enumerate(keys):
            for column, figures in enumerate(columns):
                item = self.table.item(row, column)
                if part == "ratios" and document["weakest"].get(figures["rep"]) == key and item:
                    item.setBackground(weakest)
        links = [
            self.tr("{rep}: {link}").format(rep=rep, link=ratio_label(link))
            for rep, link in document["weakest"].items()
            if link is not None
        ]
        self.weakest.setText(
            self.tr("Weakest link of each rep: {links}").format(links="; ".join(links))
            if links
            else ""
        )
        self._plan()

    def _show_weeks(self, weeks: dict[str, RepWeek], target: int) -> None:
        """Each rep's week against their share of the target, and the lessons' outcomes."""
        self.weeks = weeks
        words, lessons = ReportTexts(language()), TipTexts.load(language()).lessons
        rows = [(rep, target_texts(found.week, words)) for rep, found in weeks.items()]
        labels = [label for label, _shown in rows[0][1]] if rows else []
        _fill(
            self.week_table,
            labels,
            [rep for rep, _t in rows],
            [[shown for _label, shown in texts] for _rep, texts in rows],
        )
        share = max(1, -(-target // max(len(weeks), 1)))
        self.week_note.setText(
            self.tr(
                "Each rep's week against the targets their own ratios set for their share of "
                "the team target: {share} new customers a month each."
            ).format(share=share)
        )
        outcome_rows = [
            (f"{rep} · {lessons.get(o.lesson, {}).get('title', o.lesson)}", o.tally)
            for rep, found in weeks.items()
            for o in found.outcomes
        ]
        _fill(
            self.outcomes_table,
            [
                self.tr("Follow-ups"),
                self.tr("Done"),
                self.tr("Reached"),
                self.tr("Appointments"),
                self.tr("Deals advanced"),
                self.tr("Won"),
            ],
            [name for name, _tally in outcome_rows],
            [
                [
                    str(t.acted),
                    str(t.done),
                    str(t.reached),
                    str(t.appointments),
                    str(t.advanced),
                    str(t.won),
                ]
                for _name, t in outcome_rows
            ],
        )

    def _plan(self) -> None:
        if self.document is None:
            return
        from salescoach.core.funnel import FunnelCounts, ratios_of
        from salescoach.core.planner import plan_for

        team = FunnelCounts(**self.document["team"]["counts"])
        needed = plan_for(self.target.value(), ratios_of(team)).needed()
        shown = ", ".join(
            f"{count_label(k)} {v if v is not None else '—'}" for k, v in needed.items()
        )
        self.plan.setText(
            self.tr(
                "For {target} new customers at the team's ratios, the team needs: {needed}"
            ).format(target=self.target.value(), needed=shown)
        )


def _figures_table(name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, columns: list[str], rows: list[str], cells: list[list[str]]) -> None:
    """Fill a read-only figures table: named rows and columns, right-aligned figures."""
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(columns)
    table.setVerticalHeaderLabels(rows)
    for row, values in enumerate(cells):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
