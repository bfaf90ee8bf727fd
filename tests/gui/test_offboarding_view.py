"""The offboarding view on a real database: cases grouped with their progress, the checklist
ticked and waived in place (a handover really moving roles), closing refused with what remains,
reopen and cancel with a reason, "Assigned to me", and the documents: CSV, PDF, print and the
handover confirmation."""

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionViewItem

from accountregistry.domain.dates import DateInvalid
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import CaseStatus, EmploymentStatus, ItemStatus, Kind, Role
from accountregistry.gui.documents import text_document
from accountregistry.gui.models.offboarding_model import PROGRESS_ROLE
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.offboarding import (
    cancel_case,
    case_items,
    close_case,
    complete_item,
    get_case,
    start_offboarding,
    waive_item,
)
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.services.roles import grant_role

from leaver_accounts import ingrid_and_successor
from on_screen import on_screen
from engine_support import roles_of_account, sentence_parts

TODAY = date.today()
LAST_DAY = TODAY + timedelta(days=40)


@pytest.fixture
def org(db):
    """Ingrid <Berg> & Co leaves; Tess (the tester, in IT) succeeds her; Kari is in HR."""
    org = ingrid_and_successor(db, PersonInput(name="Tess Tester", work_email="tester@nordlys.no", department="IT"),
                               name="Ingrid <Berg> & Co", page_name="Nordlys <Rejser>")
    return replace(org, case=start_offboarding(db, person_id=org.ingrid.id, last_working_day=LAST_DAY,
                                                successor_id=org.successor.id))


@pytest.fixture
def view(qtbot, db, org, settled):
    widget = OffboardingView(db)
    on_screen(qtbot, widget, 1300, 800)
    widget.show_case(org.case.id)
    settled(widget)
    return widget


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def item(db, case_id, action):
    return next(v for v in case_items(db, case_id) if v.action == action)


def shown_rows(view):
    """(group, title, assignee, due, status) of every item row shown."""
    model, rows = view.items_model, []
    for g in range(model.rowCount()):
        group = model.item(g, 0)
        for r in range(group.rowCount()):
            rows.append((group.text(), *(group.child(r, c).text() for c in range(4))))
    return rows


def click_checkbox(qtbot, view, item_id):
    index = view.items_model.index_of_item(item_id)
    option = QStyleOptionViewItem()
    option.rect = view.items.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.items.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.items)
    qtbot.mouseClick(view.items.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def group_rows(view):
    model = view.cases_model
    return [model.item(g, 0).text() for g in range(model.rowCount())]


def answer(qtbot, view, text):
    """Type into the open prompt and press its OK button."""
    dialog = view.prompt
    assert dialog is not None and dialog.isVisible()
    field = getattr(dialog, "text", None) or dialog.day.edit
    field.clear()
    if text:
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_cases_are_grouped_with_their_progress(qtbot, db, org, settled):
    late = add_person(db, PersonInput(name="Bo Ek", work_email="bo@nordlys.se"))
    grant_role(db, account_id=org.page.id, person_id=late.id, role=Role.editor, granted_on=date(2024, 1, 1))
    late_case = start_offboarding(db, person_id=late.id, last_working_day=TODAY - timedelta(days=3))
    gone = add_person(db, PersonInput(name="Åse Lund", work_email="ase@nordlys.no"))
    gone_case = start_offboarding(db, person_id=gone.id, last_working_day=TODAY + timedelta(days=3))
    for v in case_items(db, gone_case.id):
        waive_item(db, v.id, reason="No accounts")
    close_case(db, gone_case.id)
    stays = add_person(db, PersonInput(name="Nils Ek", work_email="nils@nordlys.se"))
    cancel_case(db, start_offboarding(db, person_id=stays.id, last_working_day=LAST_DAY).id, reason="Stays")

    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show()
    settled(view)
    assert group_rows(view) == ["Upcoming (1)", "Overdue (1)", "Closed (1)", "Cancelled (1)"]
    model = view.cases_model
    upcoming, overdue = model.item(0, 0), model.item(1, 0)
    total = len(case_items(db, org.case.id))
    assert upcoming.child(0, 0).text() == "Ingrid <Berg> & Co"
    assert upcoming.child(0, 2).text() == f"0 of {total} settled"
    assert upcoming.child(0, 2).data(PROGRESS_ROLE) == (0, total)
    assert overdue.child(0, 0).text() == "Bo Ek"
    late_total = len(case_items(db, late_case.id))
    assert overdue.child(0, 2).text() == f"0 of {late_total} settled, {late_total} overdue"
    assert model.item(2, 0).child(0, 2).text() == "2 of 2 settled"

    # Choosing a case with the keyboard shows it.
    view.cases.setFocus()
    view.cases.setCurrentIndex(overdue.child(0, 0).index())
    assert view.heading.text() == "Offboarding of Bo Ek"
    assert "has passed" in view.blockers_text.text() and view.blockers_box.isVisible()
    assert all(part in view.blockers_text.text() for part in sentence_parts("blocker_overdue", "day", "title"))


def test_the_case_shows_its_facts_and_items_grouped_by_account(view, db, org):
    assert view.heading.text() == "Offboarding of Ingrid <Berg> & Co"
    assert view.case_status.text() == f"Open: 0 of {len(case_items(db, org.case.id))} settled."
    assert str(LAST_DAY.year) in view.last_day.text()
    assert view.successor.person_id() == org.successor.id
    groups = [view.items_model.item(g, 0).text() for g in range(view.items_model.rowCount())]
    assert groups[-1] == "General" and "LinkedIn page “Nordlys <Rejser>”" in groups
    rows = shown_rows(view)
    handover = next(r for r in rows if r[1].startswith("Hand Ingrid <Berg> & Co's admin role"))
    assert handover[0] == "LinkedIn page “Nordlys <Rejser>”" and handover[2] == "Ingrid <Berg> & Co (leaver)"
    assert handover[4] == "Open"
    assert not view.blockers_box.isVisible()  # a successor is chosen and the last day is weeks away


def test_ticking_an_item_in_place_moves_the_roles(qtbot, view, db, org):
    handover = item(db, org.case.id, "hand_over_company_account")
    view.select_item(handover.id)
    view.items.setFocus()
    with qtbot.waitSignal(view.registry_changed):
        qtbot.keyClick(view.items, Qt.Key.Key_Space)
    assert item(db, org.case.id, "hand_over_company_account").status == ItemStatus.done
    active = {(r.person_id, r.role) for r in roles_of_account(db, org.page.id, active_only=True)}
    assert active == {(org.successor.id, Role.admin)}
    row = next(r for r in shown_rows(view) if r[1].startswith("Hand Ingrid"))
    assert row[4] == "Done"
    assert view.items_model.itemFromIndex(view.items_model.index_of_item(handover.id)).checkState() == \
        Qt.CheckState.Checked
    assert view.notice.text().startswith("Done: Hand Ingrid")
    # On to the next open item, for the next tick.
    assert view.current_item().status == ItemStatus.open

    # The Done button ticks the current one: a transfer makes the successor the holder too.
    transfer = item(db, org.case.id, "transfer_to_successor")
    view.select_item(transfer.id)
    click(qtbot, view.done_button)
    assert {r.person_id for r in roles_of_account(db, org.role_profile.id, active_only=True)} == {org.successor.id}
    assert get_account(db, org.role_profile.id).holder_id == org.successor.id
    assert view.case_status.text().startswith("Open: 2 of")

    # And the mouse on the item's checkbox.
    bio = item(db, org.case.id, "update_bio")
    click_checkbox(qtbot, view, bio.id)
    assert item(db, org.case.id, "update_bio").status == ItemStatus.done

    # Unticking a done item asks to reopen it; the roles stay where the handover put them.
    view.select_item(handover.id)
    view.items_model.setData(view.items_model.index_of_item(handover.id), Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)
    assert "Roles the handover moved stay where they are" in view.prompt.explanation.text()
    answer(qtbot, view, "Ticked by mistake")
    assert item(db, org.case.id, "hand_over_company_account").status == ItemStatus.open
    assert {r.person_id for r in roles_of_account(db, org.page.id, active_only=True)} == {org.successor.id}


def test_a_handover_without_a_successor_says_what_to_do(qtbot, db, org, settled):
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show()
    settled(view)
    view.show_case(org.case.id)
    settled(view)
    view.successor.lineEdit().clear()
    click(qtbot, view.set_successor_button)
    assert get_case(db, org.case.id).successor_id is None
    assert view.notice.text() == "No successor is chosen now; open items name “the successor” until one is."
    assert all(part in view.blockers_text.text() for part in sentence_parts("blocker_only_admin", "leaver", "account"))
    view.select_item(item(db, org.case.id, "hand_over_company_account").id)
    click(qtbot, view.done_button)
    assert "Choose a successor" in view.notice.text()
    assert item(db, org.case.id, "hand_over_company_account").status == ItemStatus.open
    # The successor is chosen beside the facts; a name nobody has is refused there.
    qtbot.keyClicks(view.successor.lineEdit(), "Zorro")
    view.successor.completer().popup().hide()
    click(qtbot, view.set_successor_button)
    assert view.successor_message.text().startswith("No one in the registry matches “Zorro”")
    view.successor.lineEdit().clear()
    qtbot.keyClicks(view.successor.lineEdit(), "ingrid@nordlys.no")
    view.successor.completer().popup().hide()
    click(qtbot, view.set_successor_button)
    assert view.successor_message.text() == sentence("own_successor", {"name": "Ingrid <Berg> & Co"})
    view.successor.lineEdit().clear()
    qtbot.keyClicks(view.successor.lineEdit(), "kari@nordlys.no")
    view.successor.completer().popup().hide()
    click(qtbot, view.set_successor_button)
    assert get_case(db, org.case.id).successor_id == org.kari.id
    assert view.notice.text() == "The successor is set; open items for the successor follow."
    assert not view.successor_message.isVisible()


def test_waiving_needs_a_reason(qtbot, view, db, org):
    general = item(db, org.case.id, "confirm_mailbox_unused")
    view.select_item(general.id)
    click(qtbot, view.waive_button)
    dialog = answer(qtbot, view, "   ")
    assert dialog.isVisible()
    assert dialog.messages.text("reason") == sentence("waive_reason_required", {})
    assert item(db, org.case.id, "confirm_mailbox_unused").status == ItemStatus.open
    answer(qtbot, view, "<b>No mailbox</b> & no logins")
    assert not dialog.isVisible() and view.prompt is None
    waived = item(db, org.case.id, "confirm_mailbox_unused")
    assert (waived.status, waived.waive_reason, waived.done_by) == (
        ItemStatus.waived, "<b>No mailbox</b> & no logins", "tester")
    row = next(r for r in shown_rows(view) if r[1] == waived.title)
    assert row[4] == "Waived: <b>No mailbox</b> & no logins"
    assert view.items_model.itemFromIndex(view.items_model.index_of_item(waived.id)).checkState() == \
        Qt.CheckState.PartiallyChecked


def test_done_with_a_note_keeps_the_note(qtbot, view, db, org):
    view.select_item(item(db, org.case.id, "update_title_and_employer").id)
    click(qtbot, view.note_button)
    answer(qtbot, view, "She changed it on her last day")
    done = item(db, org.case.id, "update_title_and_employer")
    assert (done.status, done.note) == (ItemStatus.done, "She changed it on her last day")
    view.select_item(done.id)
    assert "Note: She changed it on her last day" in view.item_details.text()


def test_closing_is_refused_with_exactly_what_remains_then_closes_when_settled(qtbot, view, db, org, settled):
    click(qtbot, view.close_button)
    assert view.refusal_box.isVisible()
    open_items = [v for v in case_items(db, org.case.id) if v.status == ItemStatus.open]
    lines = view.refusal_text.text().splitlines()
    assert view.refusal_heading.text() == (f"The offboarding cannot be closed yet: {len(open_items) + 2} things "
                                           "remain.")
    # Each open item as the checklist shows it: its title (under its account), never its number.
    for v in open_items:
        assert any(line.startswith(f"• {v.title}") and ": due " in line for line in lines), v.title
    assert not any(f"item {v.id}" in line for v in open_items for line in lines)
    assert "• Ingrid <Berg> & Co is still admin of LinkedIn page “Nordlys <Rejser>”" in lines
    assert "• Ingrid <Berg> & Co is still owner of LinkedIn profile “in/ingrid-berg”" in lines
    assert get_case(db, org.case.id).status == CaseStatus.open

    for v in case_items(db, org.case.id):
        if v.is_handover:
            complete_item(db, v.id)
        else:
            waive_item(db, v.id, reason="Not needed")
    view.refresh()
    with qtbot.waitSignal(view.registry_changed):
        click(qtbot, view.close_button)
    assert not view.refusal_box.isVisible()
    assert get_case(db, org.case.id).status == CaseStatus.closed
    assert view.case_status.text().startswith("Closed on")
    assert group_rows(view)[:3] == ["Upcoming (0)", "Overdue (0)", "Closed (1)"]
    assert not view.done_button.isEnabled() and not view.close_button.isEnabled()

    # Reopening needs a reason; with one, the case is open and Ingrid is leaving again.
    click(qtbot, view.reopen_case_button)
    dialog = answer(qtbot, view, "")
    assert dialog.messages.text("reason") == "Say why you reopen this offboarding; a reason is required."
    answer(qtbot, view, "Forgot the Threads account")
    assert get_case(db, org.case.id).status == CaseStatus.open
    assert "Reopened: Forgot the Threads account." in view.case_status.text()


class BarWatcher(QProxyStyle):
    """The style the case list paints with, noting each progress bar's text and rectangle."""

    def __init__(self):
        super().__init__()
        self.bars = []

    def drawControl(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_ProgressBar:
            self.bars.append((option.text, QRect(option.rect), QFontMetrics(option.fontMetrics)))
        super().drawControl(element, option, painter, widget)


def test_an_overdue_case_s_progress_is_read_whole_inside_its_bar_in_danish(qtbot, db, org, settled, speak):
    speak("da")
    late = add_person(db, PersonInput(name="Bo Ek", work_email="bo@nordlys.se"))
    for n in range(12):  # a two-digit checklist, as a real leaver's often is
        page = register_account(db, AccountInput(url=f"https://www.facebook.com/nordlys{n}", kind=Kind.company))
        grant_role(db, account_id=page.id, person_id=late.id, role=Role.admin, granted_on=date(2024, 1, 1))
    late_case = start_offboarding(db, person_id=late.id, last_working_day=TODAY - timedelta(days=3))
    total = len(case_items(db, late_case.id))
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.resize(1130, 760)  # its size in the window at 1280×800
    watcher = BarWatcher()
    view.cases.setStyle(watcher)
    view.show()
    settled(view)
    overdue = view.cases_model.item(1, 0).child(0, 2)
    assert str(total) in overdue.text() and "," in overdue.text()  # settled, and how many are overdue
    view.cases.viewport().repaint()
    painted = [(text, rect, metrics) for text, rect, metrics in watcher.bars if str(total) in text]
    assert painted
    for text, rect, metrics in painted:
        # one line, whole, inside the bar: the numbers settled, in all and overdue are all there
        assert metrics.horizontalAdvance(text) <= rect.width() - 6, (text, rect)
        assert [int(n) for n in re.findall(r"\d+", text)] == [int(n) for n in re.findall(r"\d+", overdue.text())]
    assert overdue.toolTip() == overdue.text()  # the long form, on hover


def test_a_refresh_arriving_after_the_click_keeps_the_refusal_until_the_user_acts(qtbot, view, db, org, settled):
    click(qtbot, view.close_button)
    lines = view.refusal_text.text().splitlines()
    assert view.refusal_box.isVisible() and lines
    # The view's own background read (a change elsewhere, or the read started when it was shown)
    # lands after the click: the refusal is still there to read.
    view.refresh()
    settled(view)
    assert view.refusal_box.isVisible()
    assert view.refusal_text.text().splitlines() == lines
    # The user acts on an item: what remained is stale, so the refusal goes.
    view.select_item(item(db, org.case.id, "confirm_mailbox_unused").id)
    view.complete_current()
    assert not view.refusal_box.isVisible()
    # Refused again, then the case is closed elsewhere: a refresh leaves nothing to refuse.
    click(qtbot, view.close_button)
    assert view.refusal_box.isVisible()
    for v in case_items(db, org.case.id):
        if v.status == ItemStatus.open and v.is_handover:
            complete_item(db, v.id)
        elif v.status == ItemStatus.open:
            waive_item(db, v.id, reason="Not needed")
    close_case(db, org.case.id)
    view.refresh()
    settled(view)
    assert not view.refusal_box.isVisible()


def test_cancelling_needs_a_reason_and_keeps_the_case(qtbot, view, db, org):
    click(qtbot, view.cancel_case_button)
    dialog = answer(qtbot, view, "")
    assert dialog.messages.text("reason") == "Say why you cancel this offboarding; a reason is required."
    assert get_case(db, org.case.id).status == CaseStatus.open
    answer(qtbot, view, "She stays after all")
    case = get_case(db, org.case.id)
    assert (case.status, case.status_reason) == (CaseStatus.cancelled, "She stays after all")
    assert get_person(db, org.ingrid.id).employment_status == EmploymentStatus.employed
    assert group_rows(view)[-1] == "Cancelled (1)"
    assert view.case_status.text() == "Cancelled: She stays after all. Reopen it to work on it again."
    assert view.reopen_case_button.isEnabled() and not view.cancel_case_button.isEnabled()


def test_changing_the_last_day_reads_it_leniently(qtbot, view, db, org):
    click(qtbot, view.change_day_button)
    dialog = answer(qtbot, view, "31.02.2027")
    assert dialog.isVisible() and dialog.day.understood.text() == DateInvalid("date_not_existing", "31.02.2027").sentence()
    dialog = answer(qtbot, view, "02/03/2027")
    assert dialog.day.understood.text() == DateInvalid("date_ambiguous", "02/03/2027",
                                                       (date(2027, 3, 2), date(2027, 2, 3))).sentence()
    new_day = LAST_DAY + timedelta(days=14)
    answer(qtbot, view, new_day.strftime("%d.%m.%Y"))
    assert get_case(db, org.case.id).last_working_day == new_day
    assert str(new_day.day) in view.last_day.text()


def test_assigned_to_me_shows_the_testers_items(qtbot, view, db, org):
    # The actor is "tester": Tess Tester by her email's login part, in IT, and the successor.
    everything = case_items(db, org.case.id)
    mine = {v.id for v in everything
            if v.assignee.person_id == org.successor.id or v.assignee.function == "IT"}
    assert mine and len(mine) < len(everything)
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    assert view.mine.isChecked()
    assert {v.id for v in view.shown_items()} == mine
    assert len(shown_rows(view)) == len(mine)
    assert all(r[2] in ("IT", "Tess Tester (successor)") for r in shown_rows(view))
    assert "Tess Tester, IT" in view.mine.toolTip()
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    assert len(shown_rows(view)) == len(everything)


def test_assigned_to_me_with_an_actor_nobody_is(qtbot, db, org, monkeypatch, settled):
    monkeypatch.setattr(db, "actor", "HR")  # a shared HR login: the function's items
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show_case(org.case.id)
    settled(view)
    view.mine.setChecked(True)
    assert [r[2] for r in shown_rows(view)] == ["HR"]
    assert "No one in the registry matches HR" in view.mine.toolTip()


def test_export_csv_writes_the_file(qtbot, view, db, org, tmp_path, monkeypatch):
    target = tmp_path / "Ingrid.csv"
    asked = []
    monkeypatch.setattr(view, "ask_save_path", lambda caption, suggested, _filter: asked.append(suggested)
                        or str(target))
    with qtbot.waitSignal(view.file_written) as exported:
        click(qtbot, view.export_button)
    assert Path(exported.args[0]) == target
    assert asked == [f"Offboarding - Ingrid  Berg  & Co - {LAST_DAY.isoformat()}.csv"]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("item_id;account_id;account;action;title")
    assert len(lines) == len(case_items(db, org.case.id)) + 1
    assert view.notice.text() == f"The checklist is exported to {target}."

    monkeypatch.setattr(view, "ask_save_path", lambda *_: str(tmp_path / "missing" / "x.csv"))
    with qtbot.waitSignal(view.file_failed) as failed:
        click(qtbot, view.export_button)
    assert "does not exist" in failed.args[0] and view.notice.text() == failed.args[0]
    assert view.export_button.isEnabled()


def test_the_calendar_file_has_one_event_per_open_item(qtbot, view, db, org, tmp_path, monkeypatch):
    from icalendar import Calendar

    from accountregistry.services.organisation import get_settings

    target = tmp_path / "Ingrid.ics"
    monkeypatch.setattr(view, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(view.file_written):
        click(qtbot, view.calendar_button)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    open_items = [i for i in case_items(db, org.case.id) if i.status.value == "open"]
    assert sorted(str(e["UID"]) for e in events) == sorted(
        f"checklist-item-{i.id}.{get_settings(db).registry_id}@dk.accountregistry.AccountRegistry" for i in open_items)
    assert str(target) in view.notice.text()


def test_save_as_pdf_writes_a_real_pdf(qtbot, view, tmp_path, monkeypatch):
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "checklist.pdf"
    monkeypatch.setattr(view, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(view.file_written):
        click(qtbot, view.pdf_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert view.notice.text() == f"Saved {target}."
    assert [p.name for p in folder.iterdir()] == ["checklist.pdf"]  # no partial file left behind

    monkeypatch.setattr(view, "ask_save_path", lambda *_: None)  # cancelled: nothing written
    target.unlink()
    click(qtbot, view.pdf_button)
    assert not target.exists() and not view.writer.busy()

    monkeypatch.setattr(view, "ask_save_path", lambda *_: str(folder))  # a folder
    with qtbot.waitSignal(view.file_failed):
        click(qtbot, view.pdf_button)
    assert view.notice.text() == sentence("path_is_folder", {"path": folder})
    assert view.pdf_button.isEnabled()


def test_the_checklist_document_says_what_the_view_shows(view, db, org):
    text = text_document(view.checklist_document(), title="x").toPlainText()
    assert "Offboarding of Ingrid <Berg> & Co" in text
    for v in case_items(db, org.case.id):
        assert v.title in text
    assert "LinkedIn page “Nordlys <Rejser>”" in text and "Successor: Tess Tester" in text


def test_print_goes_to_the_chosen_printer(qtbot, view, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"

    def printer():
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(view, "choose_printer", printer)
    with qtbot.waitSignal(view.file_written):
        click(qtbot, view.print_button)
    assert printed.read_bytes().startswith(b"%PDF")
    assert view.notice.text() == "The checklist is sent to the printer."


def test_handover_confirmation_lists_every_account_and_has_two_signature_lines(qtbot, view, db, org, tmp_path,
                                                                                 monkeypatch):
    complete_item(db, item(db, org.case.id, "hand_over_company_account").id, note="Moved in the admin centre")
    waive_item(db, item(db, org.case.id, "confirm_mailbox_unused").id, reason="No company mailbox")
    view.refresh()
    text = text_document(view.handover_document(), title="x").toPlainText()
    assert "Handover confirmation" in text and "Leaver: Ingrid <Berg> & Co <ingrid@nordlys.no>" in text
    for label in ("LinkedIn page “Nordlys <Rejser>”", "LinkedIn profile “in/ingrid-berg”", "X profile “ingridberg”"):
        assert label in text
    assert "Transferred to the successor" in text  # the agreed disposition of the employee-role profile
    assert "Tess Tester (admin)" in text  # who administers the page now
    assert "Done: Hand Ingrid <Berg> & Co's admin role" in text and "Note: Moved in the admin centre" in text
    assert "Waived: Confirm that no company account" in text and "Reason: No company mailbox" in text
    assert "Leaver" in text and "For the company (HR)" in text
    assert text.count("Signature:") == 2 and text.count("Date:") == 2 and text.count("Name:") == 2
    assert "Not everything is settled yet" in text

    target = tmp_path / "handover.pdf"
    monkeypatch.setattr(view, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(view.file_written):
        click(qtbot, view.handover_button)
    assert target.read_bytes().startswith(b"%PDF")


def test_an_internal_move_is_marked_in_the_list_the_case_and_the_checklist(qtbot, db, org, settled):
    """Someone who stays is not shown as a leaver: the list, the heading, the day's caption and
    the printed checklist say it is an internal move."""
    mover = add_person(db, PersonInput(name="Nils Ek", work_email="nils@nordlys.se", department="Sales"))
    grant_role(db, account_id=org.page.id, person_id=mover.id, role=Role.editor, granted_on=date(2024, 1, 1))
    move = start_offboarding(db, person_id=mover.id, last_working_day=LAST_DAY + timedelta(days=1),
                             internal_move=True)
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show()
    settled(view)
    upcoming = view.cases_model.item(0, 0)
    names = [upcoming.child(r, 0).text() for r in range(upcoming.rowCount())]
    assert names == ["Ingrid <Berg> & Co", "Nils Ek (internal move)"]

    view.show_case(move.id)
    settled(view)
    assert view.heading.text() == "Internal move of Nils Ek"
    assert view.day_caption.text() == "Day of the move:"
    assert "not recorded as leaving" in view.case_status.text()
    text = text_document(view.checklist_document(), title="x").toPlainText()
    assert "Internal move of Nils Ek" in text and "Day of the move:" in text and "Last working day" not in text

    view.show_case(org.case.id)  # a departure again: its own words come back
    settled(view)
    assert view.heading.text() == "Offboarding of Ingrid <Berg> & Co"
    assert view.day_caption.text() == "Last working day:"
    assert get_person(db, mover.id).employment_status == EmploymentStatus.employed


def test_the_handover_confirmation_names_each_administrator_once(qtbot, view, db, org):
    complete_item(db, item(db, org.case.id, "hand_over_company_account").id)  # Tess becomes admin
    grant_role(db, account_id=org.page.id, person_id=org.successor.id, role=Role.editor)
    view.refresh()
    text = text_document(view.handover_document(), title="x").toPlainText()
    assert "Tess Tester (admin, editor)" in text and "Tess Tester (editor)" not in text


def test_the_signatures_are_never_split_by_a_page_break_and_follow_the_accounts_when_they_fit():
    from PySide6.QtGui import QTextFormat

    from accountregistry.gui.documents import _anchored, _keep_together, laid_out_for, pdf_printer, signatures_html

    def laid_out(filler: int):
        source = "<p>An account's outcome</p>" * filler + signatures_html("Ingrid", "Handover for Ingrid")
        printer, kept = pdf_printer(), _keep_together(text_document(source, title="x"))
        document, height, _margin = laid_out_for(kept, printer)  # as printed (lives as long as `kept`)
        block = document.begin()
        while not _anchored(block):
            block = block.next()
        layout = document.documentLayout()
        layout.documentSize()  # laid out to the end
        top, bottom = layout.blockBoundingRect(block).top(), layout.blockBoundingRect(document.lastBlock()).bottom()
        breaks = bool(block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return int(top // height), int(bottom // height), breaks

    assert laid_out(3) == (0, 0, False)  # a short confirmation is one page, signatures included
    broken = 0
    for filler in range(20, 60):
        first, last, breaks = laid_out(filler)
        assert first == last, filler
        broken += breaks
    assert 0 < broken < 40  # a break only where the signatures would not fit after the accounts


def leaving_with_threads_profiles(db, org, count: int):
    """Bo leaves, the admin of `count` Threads profiles; Tess succeeds him. His case."""
    bo = add_person(db, PersonInput(name="Bo Ek", work_email="bo@nordlys.se"))
    for n in range(count):
        page = register_account(db, AccountInput(url=f"https://www.threads.net/@nordlys{n}", kind=Kind.company,
                                                 display_name=f"Nordlys {n}"))
        grant_role(db, account_id=page.id, person_id=bo.id, role=Role.admin, granted_on=date(2024, 1, 1))
    return start_offboarding(db, person_id=bo.id, last_working_day=LAST_DAY, successor_id=org.successor.id)


def each_part_on_one_page(source: str) -> tuple[int, int]:
    """Asserts that each KEEP_TOGETHER part of the document stays on one page, as laid out for A4
    printing and PDF, and that parts which fit where they are stay there; (parts, pages)."""
    from PySide6.QtGui import QTextFormat

    from accountregistry.gui.documents import _anchored, _keep_together, laid_out_for, pdf_printer

    printer = pdf_printer()
    kept = _keep_together(text_document(source, title="x"), printer)
    document, height, _margin = laid_out_for(kept, printer)  # as printed (lives as long as `kept`)
    layout = document.documentLayout()
    layout.documentSize()  # laid out to the end
    starts, block = [], document.begin()
    while block.isValid():
        if _anchored(block):
            starts.append(block)
        block = block.next()
    breaks = 0
    for first, following in zip(starts, [*starts[1:], None]):
        last = following.previous() if following is not None else document.lastBlock()
        top, bottom = layout.blockBoundingRect(first).top(), layout.blockBoundingRect(last).bottom()
        assert int(top // height) == int(bottom // height), first.text()
        breaks += bool(first.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    assert breaks < len(starts)  # parts that fit where they are stay there
    return len(starts), int(layout.blockBoundingRect(document.lastBlock()).bottom() // height) + 1


def test_each_account_of_the_handover_confirmation_stays_on_one_page_with_its_heading(db, org):
    """A long confirmation breaks between accounts, never between an account's heading and
    its facts."""
    from accountregistry.gui.documents import handover_html
    from accountregistry.services.leavers import handover_record

    case = leaving_with_threads_profiles(db, org, 14)
    parts, pages = each_part_on_one_page(handover_html(handover_record(db, case.id)))
    assert parts >= 3 + 1 and pages >= 2  # the accounts, the signatures


def test_each_account_of_the_printed_checklist_stays_on_one_page_with_its_name(qtbot, db, org, settled):
    """A long checklist breaks between accounts: never an account's name at a page's foot, nor
    its items split over two pages."""
    case = leaving_with_threads_profiles(db, org, 14)
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show_case(case.id)
    settled(view)
    parts, pages = each_part_on_one_page(view.checklist_document())
    assert parts == len({v.account_id for v in case_items(db, case.id)}) and pages >= 3


def printed_pages(source: str):
    """Each page as printed (A4 PDF): how full it is (0..1 of the space between the margins),
    and whether the last page holds only the signatures."""
    from accountregistry.gui.documents import _anchored, _keep_together, laid_out_for, pdf_printer

    printer = pdf_printer()
    kept = _keep_together(text_document(source, title="x"), printer)
    document, height, margin = laid_out_for(kept, printer)  # as printed (lives as long as `kept`)
    layout = document.documentLayout()
    layout.documentSize()  # laid out to the end
    filled: dict[int, float] = {}
    signatures, block = None, document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        page = int(rect.top() // height)
        filled[page] = max(filled.get(page, 0.0), (rect.bottom() - page * height - margin) / (height - 2 * margin))
        if _anchored(block):
            signatures = block  # the last part: the signatures
        block = block.next()
    before = layout.blockBoundingRect(signatures.previous()).top() // height
    alone = layout.blockBoundingRect(signatures).top() // height != before
    return [filled.get(page, 0.0) for page in range(max(filled) + 1)], alone


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_page_of_the_handover_confirmation_is_left_almost_empty(db, org, speak, language):
    """Whatever the number of accounts, every page but the last is at least a third full, and
    the last page never holds only the signatures (as laid out for A4 printing and PDF)."""

    from accountregistry.gui.documents import handover_html
    from accountregistry.services.leavers import handover_record

    if language != "en":
        speak(language)
    case = leaving_with_threads_profiles(db, org, 9)
    record = handover_record(db, case.id)
    assert record.general is not None
    checked = 0
    for count in range(len(record.accounts) + 1):
        for general in (record.general, None):
            filled, alone = printed_pages(handover_html(replace(record, accounts=record.accounts[:count],
                                                                general=general)))
            assert not alone, (count, general is not None)
            assert all(share >= 1 / 3 for share in filled[:-1]), (count, general is not None, filled)
            checked += len(filled) > 1
    assert checked >= 6  # most of them run over more than one page


PDF_SCAN = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def open_confirmation(qtbot, view, org):
    click(qtbot, view.confirmation_button)
    dialog = view.prompt
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.who.person_id() == org.ingrid.id)  # the leaver, once the people are read
    return dialog


@pytest.mark.parametrize("scan", [None, "signed.pdf"])
def test_the_signed_confirmation_is_recorded_from_the_case(qtbot, view, db, org, tmp_path, scan):
    from accountregistry.services.agreements import confirmations_of_case

    dialog = open_confirmation(qtbot, view, org)
    dialog.signed_on.set_date(TODAY - timedelta(days=1))
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    if scan:
        (tmp_path / scan).write_bytes(PDF_SCAN)
        dialog.scan.setText(str(tmp_path / scan))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.prompt is None)
    [state] = confirmations_of_case(db, org.case.id)
    assert (state.agreement.person_id, state.agreement.kind, state.agreement.agreed_on, state.agreement.channel) == (
        org.ingrid.id, "handover_confirmation", TODAY - timedelta(days=1), "email")
    assert {item.account_id for item in state.items} >= {org.page.id, org.role_profile.id}
    assert [s[1] for s in state.attachments] == ([scan] if scan else [])
    assert view.notice.isVisible() and (scan or "") in view.case_status.text()


def test_a_scan_removed_on_anonymising_reads_removed_in_the_case(qtbot, view, db, org, tmp_path):
    """Anonymising the signer removes the scan's bytes and file name (services/retention.py):
    the case then says so instead of listing an empty name."""
    from accountregistry.services import retention
    from accountregistry.services.agreements import confirmations_of_case

    (tmp_path / "signed.pdf").write_bytes(PDF_SCAN)
    dialog = open_confirmation(qtbot, view, org)
    dialog.scan.setText(str(tmp_path / "signed.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.prompt is None)
    [state] = confirmations_of_case(db, org.case.id)
    with db.transaction() as session:  # what anonymising the signer does to the scan
        retention._remove_scans(session, db.actor, retention._signed_scans(session, org.ingrid.id))
    view.show_case(org.case.id)
    qtbot.waitUntil(lambda: view.tr("Signed scan: removed on anonymisation.") in view.case_status.text())
    assert "signed.pdf" not in view.case_status.text() and confirmations_of_case(db, org.case.id)[0].removed


@pytest.mark.parametrize(("content", "code"), [
    (b"Dear Ingrid, plain text", "attachment_type_refused"),
    (PDF_SCAN[:30], "attachment_unreadable"),
    (None, "attachment_unreadable_file"),  # no such file
])
def test_a_refused_scan_records_nothing_and_keeps_the_dialog(qtbot, view, db, org, tmp_path, content, code):
    from accountregistry.domain.messages import MESSAGES
    from accountregistry.services.agreements import confirmations_of_case

    dialog = open_confirmation(qtbot, view, org)
    path = tmp_path / "scan.pdf"
    if content is not None:
        path.write_bytes(content)
    dialog.scan.setText(str(path))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert confirmations_of_case(db, org.case.id) == []
    assert view.prompt is dialog and dialog.isVisible() and dialog.scan.text() == str(path)
    shown = dialog.messages.text("file")
    assert shown and "scan.pdf" in shown and code in MESSAGES
    dialog.reject()

