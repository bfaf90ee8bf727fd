"""The start-offboarding preview and the case view say when a holiday or a closing day moved a
due date: "(moved)" after the date, and which days moved it in the tooltip."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard
from accountregistry.gui.models.offboarding_model import ChecklistModel
from accountregistry.services import organisation
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import case_items, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

# A Wednesday at least 40 days ahead, which the company closes: the checklist counts from the
# Tuesday before it.
LAST_DAY = date.today() + timedelta(days=40 + (2 - (date.today() + timedelta(days=40)).weekday()) % 7)


def leaver_with_a_closed_last_day(db):
    organisation.update_settings(db, closing_days=[LAST_DAY.isoformat()])
    person = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    grant_role(db, account_id=page.id, person_id=person.id, role=Role.owner, granted_on=date(2024, 5, 1))
    return person


def test_the_preview_marks_a_moved_due_date(qtbot, db):
    person = leaver_with_a_closed_last_day(db)
    wizard = StartOffboardingWizard(db, person.id)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    wizard.form.last_day.edit.clear()
    qtbot.keyClicks(wizard.form.last_day.edit, LAST_DAY.isoformat())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.preview

    tree = wizard.preview.tree
    rows = [tree.topLevelItem(g).child(r) for g in range(tree.topLevelItemCount())
            for r in range(tree.topLevelItem(g).childCount())]
    # Every offset counts from the business day before the closed last day: every date moved.
    assert rows and all(row.text(2).endswith("(moved)") for row in rows)
    assert all("closing day" in row.toolTip(2) for row in rows)


def test_the_case_view_marks_a_moved_due_date(qtbot, db):
    person = leaver_with_a_closed_last_day(db)
    case = start_offboarding(db, person_id=person.id, last_working_day=LAST_DAY)
    items = case_items(db, case.id)
    model = ChecklistModel()
    model.set_items(items, editable=True)
    due_cells = [model.item(g).child(r, 2) for g in range(model.rowCount()) for r in range(model.item(g).rowCount())]
    moved = [cell for cell in due_cells if cell.text().endswith("(moved)")]
    assert len(moved) == sum(1 for i in items if i.moved_by) > 0
    assert all(LAST_DAY.strftime("%d") in cell.toolTip() or "closing day" in cell.toolTip() for cell in moved)
