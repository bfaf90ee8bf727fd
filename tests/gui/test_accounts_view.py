"""The accounts view, driven through its real widgets: filter, archive with confirmation,
keyboard shortcuts, register and open."""

from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from accountregistry.domain.vocabulary import AccountStatus, Kind, Role
from accountregistry.gui.models.accounts_model import ACCOUNT_ID_ROLE, Column, kind_text
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from on_screen import accounts_view, on_screen


@pytest.fixture
def accounts(db):
    freja = add_person(db, PersonInput(name="Freja Møller", work_email="freja@nordlys.dk"))
    nanna = add_person(db, PersonInput(name="Nanna Kristiansen", work_email="nanna@nordlys.dk"))
    made = {
        "page": register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser",
                                                  kind=Kind.company, display_name="Nordlys Rejser")),
        "support": register_account(db, AccountInput(url="https://x.com/NordlysHjaelp", kind=Kind.employee_role,
                                                     holder_id=nanna.id, display_name="Nordlys Hjælp")),
        "own": register_account(db, AccountInput(url="https://www.instagram.com/frejamoller/", kind=Kind.personal,
                                                 holder_id=freja.id, display_name="Freja")),
    }
    grant_role(db, account_id=made["page"].id, person_id=freja.id, role=Role.owner, granted_on=date(2026, 1, 5))
    return made


@pytest.fixture
def view(qtbot, db, accounts):
    shown = accounts_view(qtbot, db)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def shown_handles(view):
    model = view.table.model()
    return [model.index(r, Column.handle).data() for r in range(model.rowCount())]


def select(qtbot, view, handle):
    rect = None
    for r in range(view.model.rowCount()):
        if view.model.index(r, Column.handle).data() == handle:
            rect = view.table.visualRect(view.model.index(r, Column.handle))
    assert rect is not None, handle
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_row().handle == handle


class _Paints(QObject):
    """The rectangles a widget paints."""

    def __init__(self, widget):
        super().__init__(widget)
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_every_widget_is_named_as_its_label(view):
    names = {w.accessibleName() for w in (view.search, view.platform_filter, view.kind_filter, view.status_filter,
                                          view.only_at_risk, view.register_button, view.open_button,
                                          view.archive_button, view.table)}
    assert names == {"Search", "Platform", "Kind", "Status", "Only at risk", "Register account", "Open", "Archive",
                     "Accounts"}
    assert view.only_at_risk.text().replace("&", "") == "Only at risk"
    assert view.register_button.text() == "Register account…"


def test_filter_by_text_typed_in_the_search_field(qtbot, view):
    assert view.count_label.text() == "3 accounts"
    qtbot.keyClicks(view.search, "freja")  # the page's administrator and the personal profile's holder
    assert shown_handles(view) == ["nordlys-rejser", "frejamoller"]
    qtbot.keyClicks(view.search, "@nordlys")  # an administrator's email
    assert shown_handles(view) == ["nordlys-rejser"]
    assert view.count_label.text() == "Showing 1 of 3 accounts"
    view.search.clear()
    qtbot.keyClicks(view.search, "NANNA")
    assert shown_handles(view) == ["nordlyshjaelp"]


def test_an_administrators_name_typed_before_the_role_holders_are_read_finds_the_account_once_they_are(
        qtbot, db, accounts, settled):
    """The window's first rows come before who holds their roles (read afterwards): meanwhile the
    Admins column counts already, a search by an administrator's name says it is still loading
    (not a silent miss) and its rows cannot be exported yet, the Admins tooltip says so too; once
    they are read the search finds her."""
    from accountregistry.gui.models.account_table import AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, AccountsView, read_accounts

    view = on_screen(qtbot, AccountsView(db), 1200, 600)
    view.show_read(read_accounts(db, AccountTable.empty(), EVERYTHING), read_missing=False)
    loading = view.tr("Loading…")
    qtbot.keyClicks(view.search, "freja")  # the page's administrator and the personal profile's holder
    assert shown_handles(view) == ["frejamoller"] and view.count_label.text() == loading
    assert not view.export_button.isEnabled()  # its report would miss the page
    view.search.clear()
    page = view.model.index_of_account(accounts["page"].id, Column.administrators)
    assert page.data() == "1" and page.data(Qt.ItemDataRole.ToolTipRole) == view.model.tr("Loading…")
    qtbot.keyClicks(view.search, "freja")
    view.read_missing()
    settled(view)
    assert shown_handles(view) == ["nordlys-rejser", "frejamoller"]
    assert view.count_label.text() == "Showing 2 of 3 accounts" and view.export_button.isEnabled()
    page = view.model.index_of_account(accounts["page"].id, Column.administrators)
    assert page.data() == "1" and page.data(Qt.ItemDataRole.ToolTipRole) == "Freja Møller"


def test_a_search_that_the_role_holders_do_not_change_can_be_exported_once_they_are_read(qtbot, db, accounts, settled):
    """The role holders change no shown row here (the word is in a handle, in no administrator's
    name): the rows are not laid out again, and Export must still become possible (review-window-23)."""
    from accountregistry.gui.models.account_table import AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, AccountsView, read_accounts

    view = on_screen(qtbot, AccountsView(db), 1200, 600)
    view.show_read(read_accounts(db, AccountTable.empty(), EVERYTHING), read_missing=False)
    qtbot.keyClicks(view.search, "rejser")
    assert shown_handles(view) == ["nordlys-rejser"] and not view.export_button.isEnabled()
    view.read_missing()
    settled(view)
    assert shown_handles(view) == ["nordlys-rejser"]
    assert view.export_button.isEnabled() and view.export_action.isEnabled()


@contextmanager
def unreadable(db, engine, request):
    """The registry cannot be read meanwhile: its server takes no connections, its file is no database."""
    if engine == "postgresql":
        cluster, name = request.getfixturevalue("postgres_cluster"), db.engine.url.database
        cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        try:
            yield
        finally:
            cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        return
    path = Path(db.engine.url.database)
    db.engine.dispose()
    # With its write-ahead log, which holds what was written since the last checkpoint.
    files = [path.with_name(path.name + end) for end in ("", "-wal", "-shm")]
    aside = {file: file.rename(file.with_name(f"aside{i}")) for i, file in enumerate(files) if file.exists()}
    path.write_bytes(b"not a registry " * 1000)
    try:
        yield
    finally:
        db.engine.dispose()
        for file in files[1:]:
            file.unlink(missing_ok=True)
        for file, moved in aside.items():
            moved.replace(file)


@pytest.mark.parametrize("failing", ["risks", "role holders"])
def test_when_the_role_holders_could_not_be_read_a_search_says_it_leaves_administrators_out(
        qtbot, db, engine, request, accounts, settled, failing):
    """After the read of the risks or of the role holders failed (the refusal said once), a search
    by an administrator's name does not pass for complete: the count says administrators are not
    searched, Export is off, the Admins tooltip (and the Risks cell, if those failed) says they
    could not be read (not "Loading…": nothing reads them until F5)."""
    from accountregistry.gui.models.account_table import AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, RISKS, AccountsView, read_accounts

    view = on_screen(qtbot, AccountsView(db), 1200, 600)
    view.show_read(read_accounts(db, AccountTable.empty(), EVERYTHING), read_missing=False)
    if failing == "role holders":
        view.show_read(read_accounts(db, view.model.table, RISKS), read_missing=False)  # the holders are next
    said = []

    def close_the_refusal():
        if isinstance(box := QApplication.activeModalWidget(), QMessageBox):
            said.append(box.text())
            box.close()

    answering = QTimer(view, interval=20, timeout=close_the_refusal)
    answering.start()
    with unreadable(db, engine, request):
        view.read_missing()
        settled(view)
    page = view.model.index_of_account(accounts["page"].id, Column.administrators)
    unread = view.model.tr("Could not be read; press F5.")
    assert len(said) == 1 and page.data(Qt.ItemDataRole.ToolTipRole) == unread
    risks = view.model.index_of_account(accounts["page"].id, Column.risks)
    assert (risks.data() == risks.data(Qt.ItemDataRole.ToolTipRole) == unread) == (failing == "risks")
    qtbot.keyClicks(view.search, "freja")  # the page's administrator and the personal profile's holder
    assert shown_handles(view) == ["frejamoller"]
    assert view.count_label.text() == view.tr("Administrators not searched; press F5")
    assert not view.export_button.isEnabled()  # its report would miss the page
    with unreadable(db, engine, request):
        view.reload_rows()  # F5 (or Retry) failing again leaves the rows as they were, still lacking
        settled(view)
    assert len(said) == 2 and page.data(Qt.ItemDataRole.ToolTipRole) == unread
    assert view.count_label.text() == view.tr("Administrators not searched; press F5")
    assert not view.export_button.isEnabled()
    view.reload_rows()  # F5
    settled(view)
    assert shown_handles(view) == ["nordlys-rejser", "frejamoller"] and len(said) == 2
    assert view.count_label.text() == "Showing 2 of 3 accounts" and view.export_button.isEnabled()


@pytest.mark.parametrize("held", [("risks",), ("risks", "facts")])
def test_the_dashboard_says_what_could_not_be_read_not_loading(qtbot, db_location, engine, request, monkeypatch,
                                                               tmp_path, accounts, held):
    """The registry cannot be read before the dashboard's numbers are (the risks read ahead, and
    the registry's facts): the dashboard says they could not be read, as the table does (the refusal
    said in the window's box), not "Loading…", which nothing would end before F5; F5 with the registry
    back shows them."""
    import threading

    from PySide6.QtCore import QSettings

    from accountregistry.gui import main_window, read_ahead

    release = threading.Event()

    def later(read):
        def held_read(*arguments, **keywords):
            release.wait()  # set below; a failing test sets it as its window is closed
            return read(*arguments, **keywords)
        return held_read

    monkeypatch.setattr(read_ahead, "read_risk_groups", later(read_ahead.read_risk_groups))
    if "facts" in held:
        monkeypatch.setattr(main_window, "read_registry_facts", later(main_window.read_registry_facts))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", "Accounts")
    window = main_window.MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window, before_close_func=lambda _window: release.set())
    with qtbot.waitSignal(window.opened):
        window.show()
    dashboard, said = window.dashboard, []
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 3 and (
        "facts" in held or dashboard.people_count.text() == "2"))

    def close_the_refusal():
        if isinstance(box := QApplication.activeModalWidget(), QMessageBox):
            said.append(box.text())
            box.close()

    QTimer(window, interval=20, timeout=close_the_refusal).start()
    unread = window.accounts_view.model.tr("Could not be read; press {key}.").format(key="F5")
    with unreadable(window.db, engine, request):
        release.set()
        qtbot.waitUntil(lambda: not window.is_loading() and bool(said) and dashboard.at_risk_label.text() == unread
                        and (unread in dashboard.heading.text()) == ("facts" in held))
    assert (dashboard.people_count.text() == "–") == ("facts" in held)
    assert said and set(said) == {window.tr("The registry could not be read.")}
    window.reload()  # F5
    qtbot.waitUntil(lambda: not window.is_loading() and dashboard.at_risk_label.text() != unread)
    assert "<b>2</b> of 3 accounts" in dashboard.at_risk_label.text() and dashboard.people_count.text() == "2"
    window.close()
    window.db.close()


def test_filter_by_kind_with_the_kind_combo(qtbot, view):
    combo = view.kind_filter
    combo.setFocus()
    # Choose "Employee role" with the keyboard, as a user would.
    while combo.currentData() != Kind.employee_role.value:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert shown_handles(view) == ["nordlyshjaelp"]
    combo.setCurrentIndex(combo.findData(Kind.personal.value))
    assert shown_handles(view) == ["frejamoller"]
    qtbot.keyClicks(view.search, "nordlys")
    assert shown_handles(view) == []
    assert view.count_label.text() == "Showing 0 of 3 accounts"


def test_only_at_risk(qtbot, view):
    qtbot.mouseClick(view.only_at_risk, Qt.MouseButton.LeftButton)
    # The page has a single admin, the support account none; a personal profile is its holder's own.
    assert shown_handles(view) == ["nordlys-rejser", "nordlyshjaelp"]


@pytest.mark.parametrize("answer, status", [(QMessageBox.StandardButton.No, AccountStatus.active),
                                            (QMessageBox.StandardButton.Yes, AccountStatus.archived)])
def test_delete_key_archives_after_confirmation(qtbot, monkeypatch, db, accounts, view, answer, status, settled):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    select(qtbot, view, "nordlyshjaelp")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "X profile “nordlyshjaelp” (Nordlys Hjælp)" in asked[0]
    assert get_account(db, accounts["support"].id).status == status
    settled(view)
    row = view.current_row()
    assert row.handle == "nordlyshjaelp" and row.status == status.value
    assert view.archive_button.isEnabled() == (status != AccountStatus.archived)


def test_archive_button_asks_too(qtbot, monkeypatch, db, accounts, view, settled):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert not view.archive_button.isEnabled()  # nothing selected
    select(qtbot, view, "nordlys-rejser")
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert get_account(db, accounts["page"].id).status == AccountStatus.archived
    settled(view)
    assert view.model.index(0, Column.status).data() == "Archived"


def test_ctrl_f_focuses_the_search_field(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_enter_opens_the_selected_account(qtbot, db, accounts, view):
    select(qtbot, view, "frejamoller")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    window = view.detail_windows[accounts["own"].id]
    qtbot.waitExposed(window)
    assert window.isWindow() and window.isVisible()
    window.close()


def test_an_account_is_selected_alone_whatever_keys_are_held(qtbot, accounts, view):
    """The view selecting an account (the one just registered, or read again) selects it alone even
    while Ctrl is held, as just after Ctrl+N: the table's own selectRow would add it to the
    selection or, already selected, take it out."""
    page, own = accounts["page"].id, accounts["own"].id
    view.select_account(page)
    qtbot.keyPress(view.table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
        assert view.select_account(page) and view.current_account_id() == page
        assert view.select_account(own) and [row.id for row in view.selected_rows()] == [own]
    finally:
        qtbot.keyClick(view.table, Qt.Key.Key_Shift)  # lets Ctrl go, for the tests after
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_another_window_becoming_active_repaints_the_selected_row_alone(qtbot, accounts, view):
    # Qt's tables repaint all their rows when their window becomes active or inactive; only the
    # selected rows can look different (issue 16: opening an account repainted the whole table).
    from PySide6.QtWidgets import QWidget

    select(qtbot, view, "nordlyshjaelp")
    QApplication.processEvents()
    painted = _Paints(view.table.viewport()).rects
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    QApplication.processEvents()
    row = view.table.visualRect(view.table.currentIndex())
    assert painted and all(rect.top() >= row.top() and rect.bottom() <= row.bottom() for rect in painted)


def test_ctrl_n_registers_by_pasting_a_url_and_selects_the_new_account(qtbot, db, view, settled):
    typed = []

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        typed.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.form.url, "https://www.tiktok.com/@nordlysrejser")
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in_the_dialog)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert typed == ["Register account"]
    settled(view)
    assert view.current_row().handle == "nordlysrejser"
    assert view.current_row().platform_name == "TikTok"
    assert view.count_label.text() == "4 accounts"
    assert view.table.currentIndex().data(ACCOUNT_ID_ROLE) == view.current_row().id


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_kind_is_shown_whole_and_a_wide_screen_gives_the_holders_names_room(qtbot, open_at_default_size,
                                                                                  language):
    """At 1280×800 and 1920×1080 every kind is shown whole ("Employee role" and "Medarbejderrolle"
    were cut to "Employee r…"); on the wide screen the holders' names share the room the other
    columns leave with the handles and display names, instead of being cut at 100 pixels."""
    window = open_at_default_size(language, "Accounts")
    view, table = window.accounts_view, window.accounts_view.table
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    assert all(metrics.horizontalAdvance(kind_text(kind)) + margin <= table.columnWidth(Column.kind) for kind in Kind)
    holders = {view.model.index(row, Column.holder).data() for row in range(view.model.rowCount())}
    widest = max(map(metrics.horizontalAdvance, holders)) + margin
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: table.columnWidth(Column.holder) >= widest)
    assert all(metrics.horizontalAdvance(kind_text(kind)) + margin <= table.columnWidth(Column.kind) for kind in Kind)
    assert not table.horizontalScrollBar().isVisible()
    # Widths saved by a version that cut the kinds (90 px) are restored, and Kind is widened again.
    table.setColumnWidth(Column.kind, 90)
    window.close()
    table = open_at_default_size(language, "Accounts").accounts_view.table
    assert all(metrics.horizontalAdvance(kind_text(kind)) + margin <= table.columnWidth(Column.kind) for kind in Kind)


@pytest.mark.parametrize("language", ["en", "da"])
def test_at_the_default_size_every_risk_badge_is_in_sight_without_scrolling(qtbot, open_at_default_size, language):
    """At 1280×800 (the default window) the Risks column, its badges and their "+2" counts are
    whole inside the table, and the table needs no sideways scrolling: the long names are cut
    short ("…") instead."""
    window = open_at_default_size(language, "Accounts")
    view, model = window.accounts_view, window.accounts_view.model
    qtbot.waitUntil(lambda: not view.risks_loading() and not window.is_loading())
    QApplication.processEvents()
    table = view.table
    assert not table.horizontalScrollBar().isVisible()
    left, width = table.columnViewportPosition(Column.risks), table.columnWidth(Column.risks)
    assert 0 < left and left + width <= table.viewport().width()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    widths = [model.index(row, Column.risks).data(Qt.ItemDataRole.DecorationRole).deviceIndependentSize().width()
              for row in range(model.rowCount()) if model.index(row, Column.risks).data(Qt.ItemDataRole.DecorationRole)]
    assert len(widths) > 20  # the sample organisation's accounts at risk, several with "+1" or "+2"
    assert max(widths) + 2 * margin <= width


def test_the_first_rows_are_painted_once(qtbot, db, accounts):
    # Issue 16: the rows came in a turn of the window's start and Qt laid them out at its next turn,
    # painting the whole table a second time (11-35 ms of the GUI thread at 100,000 accounts).
    from accountregistry.gui.models.account_table import AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, AccountsView, read_accounts

    view = on_screen(qtbot, AccountsView(db), 1200, 600)
    read = read_accounts(db, AccountTable.empty(), EVERYTHING)
    qtbot.wait(50)
    paints = _Paints(view.table.viewport())
    QTimer.singleShot(0, lambda: view.show_read(read, read_missing=False))
    qtbot.waitUntil(lambda: bool(paints.rects))
    qtbot.wait(100)
    assert paints.rects == [view.table.viewport().rect()] and shown_handles(view)


def test_the_risks_and_role_holders_read_after_the_rows_paint_their_own_column_again_alone(qtbot, db, accounts):
    # Issue 16: when the risks came, Qt painted the whole table again, the window's longest turn at
    # the start; only the Risks column changes (and with the role holders, the Admins column).
    from accountregistry.gui.models.account_table import ROLE_HOLDERS, AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, RISKS, AccountsView, read_accounts

    view = on_screen(qtbot, AccountsView(db), 1200, 600)
    view.show_read(read_accounts(db, AccountTable.empty(), EVERYTHING), read_missing=False)
    qtbot.wait(50)
    painted = _Paints(view.table.viewport()).rects
    model, page = view.model, accounts["page"].id
    loading = model.index_of_account(page, Column.risks).data(Qt.ItemDataRole.AccessibleTextRole)
    for read, column in ((RISKS, Column.risks), (ROLE_HOLDERS, Column.administrators)):
        painted.clear()
        view.show_read(read_accounts(db, model.table, read), read_missing=False)
        qtbot.waitUntil(lambda: bool(painted))
        qtbot.wait(20)
        left = view.table.columnViewportPosition(column)
        assert all(left <= rect.left() and rect.right() < left + view.table.columnWidth(column) for rect in painted)
    # What those columns show is what was read.
    assert model.index_of_account(page, Column.risks).data(Qt.ItemDataRole.AccessibleTextRole) != loading
    assert model.index_of_account(page, Column.administrators).data(Qt.ItemDataRole.ToolTipRole) == "Freja Møller"
    assert view.count_label.text() == "3 accounts"
