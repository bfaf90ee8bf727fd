"""Reviews in the window: the review round grouped by holder or unit, confirm as is, flag for
change with a required note, the checklist export, and "Mark reviewed" in the accounts view."""

import csv
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from accountregistry.gui.dialogs.review_round import ReviewNoteDialog, ReviewRoundDialog
from accountregistry.gui.models.accounts_model import Column
from accountregistry.services.accounts import get_account
from accountregistry.services.reviews import CHECKLIST_HEADER, review_round
from accountregistry.store.models import AuditEvent

from on_screen import accounts_view


@pytest.fixture
def dialog(qtbot, sample):
    shown = ReviewRoundDialog(sample)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: bool(shown.round))
    settle(qtbot, shown)
    return shown


def events(db, action):
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def settle(qtbot, dialog):
    """Until the background work has ended and the dialog has taken in its outcome."""
    qtbot.waitUntil(lambda: not dialog.task.busy() and dialog.by_holder.isEnabled())


def group_names(dialog):
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def first_account(dialog):
    return dialog.tree.topLevelItem(0).child(0)


def test_the_accounts_due_grouped_by_holder_then_by_unit(qtbot, sample, dialog):
    expected = review_round(sample, group_by="holder")
    assert expected, "the sample organisation has accounts due for review"
    assert group_names(dialog) == [f"{g.name} ({len(g.items)} due)" for g in expected]
    due = sum(len(g.items) for g in expected)
    assert dialog.summary.text() == f"{due} accounts are due for review, in {len(expected)} groups."

    radio = dialog.by_unit
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.waitUntil(lambda: dialog.round != expected)
    settle(qtbot, dialog)
    by_unit = review_round(sample, group_by="unit")
    assert group_names(dialog) == [f"{g.name} ({len(g.items)} due)" for g in by_unit]
    assert sum(item.childCount() for item in map(dialog.tree.topLevelItem, range(len(by_unit)))) == due


def test_the_dates_and_their_headers_are_whole_in_danish_and_the_names_get_the_room(qtbot, sample, speak):
    speak("da")  # "Senest gennemgået" is wider than "Last reviewed"
    shown = ReviewRoundDialog(sample)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: bool(shown.round))
    settle(qtbot, shown)
    tree, header = shown.tree, shown.tree.header()
    assert tree.headerItem().text(1) == "Senest gennemgået"
    for column in (1, 2):
        assert tree.columnWidth(column) >= max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
    # The accounts' names as wide as they need while the window has room for them.
    assert tree.columnWidth(0) >= min(tree.sizeHintForColumn(0), (tree.viewport().width() - tree.columnWidth(1)
                                                                  - tree.columnWidth(2)) * 2 // 3)


def test_confirm_as_is_marks_the_account_reviewed_today(qtbot, sample, dialog):
    item = first_account(dialog)
    account_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
    dialog.tree.setCurrentItem(item)
    with qtbot.waitSignal(dialog.accounts_reviewed) as reviewed:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert reviewed.args == [[account_id]]
    assert get_account(sample, account_id).last_reviewed_on == date.today()
    assert item.text(3) == "Confirmed ✓"
    assert dialog.status.text() == "Confirmed 1 accounts as they are."
    settle(qtbot, dialog)
    dialog.load()  # read the round again: the account is no longer due
    settle(qtbot, dialog)
    due = {i for g in dialog.round for i in (item.account_id for item in g.items)}
    assert account_id not in due


def test_a_whole_group_can_be_confirmed_at_once(qtbot, sample, dialog):
    group = dialog.tree.topLevelItem(0)
    ids = [group.child(i).data(0, Qt.ItemDataRole.UserRole + 1) for i in range(group.childCount())]
    dialog.tree.clearSelection()
    group.setSelected(True)
    assert dialog.selected_account_ids() == ids
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert all(get_account(sample, i).last_reviewed_on == date.today() for i in ids)


def test_flag_for_change_needs_a_note_and_leaves_the_record_due(qtbot, monkeypatch, sample, dialog):
    item = first_account(dialog)
    account_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
    before = get_account(sample, account_id).last_reviewed_on
    dialog.tree.setCurrentItem(item)
    monkeypatch.setattr(dialog, "ask_note", lambda count, flag: None)  # the user cancels the note
    qtbot.mouseClick(dialog.flag_button, Qt.MouseButton.LeftButton)
    assert events(sample, "flag_for_change") == [] and item.text(3) == ""

    monkeypatch.setattr(dialog, "ask_note", lambda count, flag: "Login uses a private Gmail")
    qtbot.mouseClick(dialog.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: item.text(3) == "Flagged for change: Login uses a private Gmail")
    [event] = events(sample, "flag_for_change")
    assert event.account_id == account_id and event.new_values == {"note": "Login uses a private Gmail"}
    assert get_account(sample, account_id).last_reviewed_on == before


def test_the_note_dialog_refuses_an_empty_note_for_a_flag(qtbot):
    note = ReviewNoteDialog("Flag for change", "What is wrong?", "&Flag for change", required=True)
    qtbot.addWidget(note)
    note.show()
    qtbot.keyClick(note.note, Qt.Key.Key_Return)
    assert note.isVisible() and note.message.isVisible()
    assert note.message.text() == "Write what needs changing, so that whoever changes it knows."
    qtbot.keyClicks(note.note, "Holder left in May")
    qtbot.keyClick(note.note, Qt.Key.Key_Return)
    assert note.result() == note.DialogCode.Accepted and note.text() == "Holder left in May"


def test_the_round_exports_as_a_checklist(qtbot, monkeypatch, tmp_path, dialog):
    target = tmp_path / "out" / "checklist.csv"
    target.parent.mkdir()
    monkeypatch.setattr(dialog, "ask_checklist_path", lambda suggested: str(target))
    qtbot.mouseClick(dialog.checklist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy() and target.exists())
    due = sum(len(g.items) for g in dialog.round)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote the checklist"))
    assert dialog.status.text() == f"Wrote the checklist of {due} accounts to {target}."
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=file.readline()[len("group")]))
    assert len(rows) == due and {row[0] for row in rows} == {g.name for g in dialog.round}
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and CHECKLIST_HEADER[0] == "group"


def test_mark_reviewed_in_the_accounts_view_with_a_note(qtbot, sample):
    view = accounts_view(qtbot, sample)
    assert not view.review_button.isEnabled()  # nothing selected
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    ids = [view.model.row_at(0).id, view.model.row_at(1).id]
    assert sorted(view.reviewable_ids()) == sorted(ids) and view.review_button.isEnabled()

    def write_the_note():
        note = QApplication.activeModalWidget()
        qtbot.keyClicks(note.note, "Checked with Freja")
        qtbot.keyClick(note.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, write_the_note)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.reviewer.busy() and view.review_button.isEnabled())
    assert all(get_account(sample, i).last_reviewed_on == date.today() for i in ids)
    assert [e.new_values.get("note") for e in events(sample, "review")] == ["Checked with Freja"] * 2
    # The rows show the new next review, and stay selected.
    assert sorted(view.reviewable_ids()) == sorted(ids)
    shown = view.model.index(view.model.index_of_account(ids[0]).row(), Column.next_review).data()
    assert shown and view.model.row_at(view.model.index_of_account(ids[0]).row()).next_review > date.today()
