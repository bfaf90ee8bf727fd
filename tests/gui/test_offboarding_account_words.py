"""Accounts and assignees in the offboarding view, its overdue list and its documents come
from the service's structured values (AccountName, Assignee), said in the
user's language; the window never takes an English label apart (issue 17)."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from accountregistry.domain.errors import Conflict
from accountregistry.domain.vocabulary import Kind, Presence, Role
from accountregistry.gui.dialogs.overdue_items import OverdueItemsDialog, overdue_items
from accountregistry.gui.documents import handover_html
from accountregistry.gui.models.accounts_model import Column
from accountregistry.gui.models.offboarding_model import account_text
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.services.accounts import AccountInput, register_account

from accountregistry.services.leavers import handover_record
from accountregistry.services.offboarding import ActiveRole, Assignee, case_items, start_offboarding
from accountregistry.services.case_reading import account_name
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

# Quotes and a presence word inside the display name: a label taken apart by pattern would
# split it at the wrong place ("LinkedIn page “Nordlys “Nord” page” …").
TRICKY = "Nordlys “Nord” page “Syd”"


def test_an_account_is_said_from_its_parts_in_the_users_language(speak):
    other = account_name("other", Presence.page, "Nordlys Rejser på Trustpilot", "x")
    tricky = account_name("linkedin", Presence.page, TRICKY, "nordlys")
    assert account_text(other) == "Other page “Nordlys Rejser på Trustpilot”"
    assert account_text(tricky) == f"LinkedIn page “{TRICKY}”"
    assert account_text(None) == "General"
    speak("da")
    # On a platform the registry does not know: no "Andet-side", "Annat-sida", "Annet-side".
    assert account_text(other) == "Side »Nordlys Rejser på Trustpilot« på en anden platform"
    assert account_text(tricky) == f"LinkedIn-side »{TRICKY}«"
    assert account_text(None) == "Generelt"
    # Inside a sentence it starts lower-case; a sentence that starts with it, with a capital.
    still = ActiveRole("Ingrid Berg", Role.admin, other).sentence()
    assert still == "Ingrid Berg er stadig administrator for side »Nordlys Rejser på Trustpilot« på en anden platform"
    personal = Conflict("personal_never_handed_over", account=other).sentence()
    assert personal.startswith("Side »Nordlys Rejser på Trustpilot« på en anden platform er en personlig konto")
    speak("sv")
    assert account_text(other) == "Sida ”Nordlys Rejser på Trustpilot” på en annan plattform"
    speak("nb")
    assert account_text(other) == "Side «Nordlys Rejser på Trustpilot» på en annen plattform"


def test_the_account_window_and_dialogs_name_an_account_on_another_platform_in_danish(qtbot, db, speak):
    """The account's window, its handover terms and the register dialog's "Recognised" say the
    account as the offboarding does: no "Andet-side" (issue 17, brief lines 16c)."""
    from account_window import open_window
    from accountregistry.gui.dialogs.handover_terms import HandoverTermsDialog
    from accountregistry.gui.dialogs.register_account import RegisterAccountDialog

    speak("da")
    url = "https://www.trustpilot.com/review/nordlys.dk"
    page = register_account(db, AccountInput(url=url, kind=Kind.company))
    said = account_name("other", page.presence, None, page.handle).sentence()
    assert said.startswith("side »") and said.endswith("« på en anden platform")
    window = open_window(qtbot, db, page.id)
    assert window.heading.text() == "S" + said[1:]
    window.tabs.setCurrentWidget(window.history.parentWidget())
    qtbot.waitUntil(lambda: window.history.topLevelItemCount() == 1)
    assert window.history.topLevelItem(0).text(2) == f"Registrerede {said}"
    terms = HandoverTermsDialog(db, page.id)
    qtbot.addWidget(terms)
    assert any(label.text().startswith("S" + said[1:]) for label in terms.findChildren(QLabel))
    dialog = RegisterAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.form.url.setText(url)
    qtbot.waitUntil(lambda: dialog.form.messages.text("url") == f"Genkendt: {said}.")


def test_the_accounts_table_and_the_list_of_what_remains_name_an_account_on_another_platform_in_danish(
        qtbot, db, speak, settled, monkeypatch):
    """The accounts table's handle tooltip, its archive question and the offboarding's list of what
    keeps a case open, and the person's history, say the account as its window does: no "Andet-side",
    and inside the question and the "(…)" after an item's title it starts lower-case (faults 17, item 3)."""
    from accountregistry.gui.dialogs.person_history import PersonHistoryWindow
    from on_screen import accounts_view

    speak("da")
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.trustpilot.com/review/nordlys.dk", kind=Kind.company,
                                             display_name="Nordlys"))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2024, 5, 1))
    said = account_name("other", page.presence, None, page.handle).sentence()
    assert said.startswith("side »") and said.endswith("« på en anden platform")
    view = accounts_view(qtbot, db)
    handle = view.model.index_of_account(page.id, Column.handle)
    assert handle.data(Qt.ItemDataRole.ToolTipRole) == "S" + said[1:]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_: asked.append(text) or
                        QMessageBox.StandardButton.No)
    view.select_account(page.id)
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(f"Vil du arkivere {said} (Nordlys)?")
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=date.today() + timedelta(days=30))
    offboarding = OffboardingView(db)
    qtbot.addWidget(offboarding)
    offboarding.show_case(case.id)
    settled(offboarding)
    qtbot.mouseClick(offboarding.close_button, Qt.MouseButton.LeftButton)
    lines = offboarding.refusal_text.text().splitlines()
    named = account_name("other", page.presence, "Nordlys", page.handle).sentence()  # the checklist's name
    assert any(f" ({named}): frist " in line for line in lines)
    assert lines[-1] == f"• Ingrid Berg er stadig administrator for {named}"
    assert not any("Andet" in line or "(S" + named[1:] in line for line in lines)
    history = PersonHistoryWindow(db, ingrid.id)  # her history names the account the same way
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: history.read.reads >= 1 and not history.read.busy())
    rows = [history.tree.topLevelItem(n).text(2) for n in range(history.tree.topLevelItemCount())]
    assert f"S{named[1:]}: Tildelte Ingrid Berg rollen administrator" in rows  # not "other trustpilot.com/…: …"


class Leaving:
    """Ingrid leaves (her last day long past, so items are overdue); Tess succeeds her."""

    def __init__(self, db, last_day: date):
        self.ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
        self.tess = add_person(db, PersonInput(name="Tess Tester", work_email="tess@nordlys.no"))
        self.page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys",
                                                      kind=Kind.company, display_name=TRICKY))
        grant_role(db, account_id=self.page.id, person_id=self.ingrid.id, role=Role.admin,
                   granted_on=date(2024, 5, 1))
        self.case = start_offboarding(db, person_id=self.ingrid.id, last_working_day=last_day,
                                      successor_id=self.tess.id, today=last_day - timedelta(days=30))


def shown(view) -> tuple[list[str], list[tuple[str, str]]]:
    """The checklist's group headings, and (title, assignee) of every item row."""
    model, groups, rows = view.items_model, [], []
    for g in range(model.rowCount()):
        group = model.item(g, 0)
        groups.append(group.text())
        rows += [(group.child(r, 0).text(), group.child(r, 1).text()) for r in range(group.rowCount())]
    return groups, rows


@pytest.mark.parametrize("language, heading, leaver", [
    ("en", f"LinkedIn page “{TRICKY}”", "Ingrid Berg (leaver)"),
    ("da", f"LinkedIn-side »{TRICKY}«", "Ingrid Berg (fratræder)"),
])
def test_the_checklist_names_accounts_and_assignees_from_the_services_values(
        qtbot, db, settled, speak, language, heading, leaver):
    if language != "en":
        speak(language)
    leaving = Leaving(db, date.today() + timedelta(days=40))
    items = case_items(db, leaving.case.id)
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show_case(leaving.case.id)  # the checklist is read whether the view is on screen or not
    settled(view)

    groups, rows = shown(view)
    on_page = [i for i in items if i.account_id == leaving.page.id]
    assert heading in groups and groups.count(heading) == 1
    assert heading == on_page[0].account.sentence()
    assert groups[-1] == account_text(None)
    assert all(isinstance(i.assignee, Assignee) for i in items)  # read from the people, not parsed
    assert sorted(rows) == sorted((i.title, i.assignee.sentence()) for i in items)
    assert leaver in {a for _title, a in rows}


@pytest.mark.parametrize("language, heading, leaver", [
    ("en", f"LinkedIn page “{TRICKY}”", "Ingrid Berg (leaver)"),
    ("da", f"LinkedIn-side »{TRICKY}«", "Ingrid Berg (fratræder)"),
])
def test_the_overdue_list_and_the_handover_confirmation_say_the_same(qtbot, db, speak, language, heading, leaver):
    if language != "en":
        speak(language)
    leaving = Leaving(db, date.today() - timedelta(days=20))
    due = overdue_items(db)
    assert due and all(i.account is not None for i in due if i.account_id is not None)

    dialog = OverdueItemsDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == len(due))
    rows = [[dialog.table.topLevelItem(r).text(c) for c in range(6)] for r in range(len(due))]
    assert sorted((r[3], r[5]) for r in rows) == sorted((account_text(i.account), i.assignee.sentence()) for i in due)
    assert any(r[3] == heading and r[5] == leaver for r in rows)

    record = handover_record(db, leaving.case.id)
    assert [o.account.sentence() for o in record.accounts] == [heading]
    assert html.escape(heading, quote=True) in handover_html(record)
