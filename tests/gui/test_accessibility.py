"""Accessibility across the whole window, on the sample organisation: every view and every dialog
reachable from them is visited (29 screens: the four views, the account window and each of its
tabs, every dialog and both calendars), and what a screen reader, a keyboard user and someone
who does not tell colours apart meet there is checked.

- every focusable control has a name a screen reader reads out (its accessible name, or the
  text of the label it is the buddy of), and Qt's accessibility really hands that name over;
  icon-only buttons have a tooltip;
- risk badges say the risk in words and its severity by shape, and keep their colours when
  their row is selected;
- keyboard focus is visible: every Tab stop looks different once focused, in light and dark;
- Tab goes round each view and dialog and comes back, never caught, never on something hidden
  or nameless, reaching every control; mnemonics (Alt+letter) do not clash within a window, in
  English, Danish, Swedish and Norwegian; Escape closes every dialog and calendar.

The window runs in its own style (gui/accessibility.py, installed by create_application).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from accountregistry.domain.vocabulary import Kind
from accountregistry.gui import i18n
from accountregistry.gui.accessibility import install_accessible_style
from accountregistry.gui.i18n import severity_text
from accountregistry.gui.main_window import VIEWS, MainWindow
from accountregistry.gui.models.accounts_model import (
    BADGE_COLOURS,
    BADGE_MARKER,
    BADGE_PADDING,
    Column,
    badge_pixmap,
    risk_title,
)
from accountregistry.services import credentials
from accountregistry.services.account_list import load_accounts
from accountregistry.services.lookups import people_overview
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.ownership_report import HEADER

from engine_support import make_sample, server_sample


@pytest.fixture(scope="module", autouse=True)
def focus_style(qapp):
    """The window's own style, as create_application installs it; plain Fusion again afterwards."""
    yield install_accessible_style(qapp)
    qapp.setStyle("fusion")


# --- the sample organisation, made once ----------------------------------------------------------


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    """The sample organisation with one offboarding under way, made once (it takes a second);
    each test gets a copy."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    make_sample(str(path), with_one_offboarding)
    return path


@pytest.fixture(scope="module")
def sample_template(postgres_cluster, schema_template):
    return server_sample(postgres_cluster, schema_template, "sample_with_an_offboarding", with_one_offboarding)


def with_one_offboarding(database) -> None:
    leaver = next(p for p in people_overview(database)
                  if p.employment_status == "employed" and p.active_roles and p.accounts_held)
    start_offboarding(database, person_id=leaver.id, last_working_day=date.today() + timedelta(days=20))


@pytest.fixture
def window(open_main_window, sample):
    return open_main_window(sample)


# --- the tour: every view, every dialog -----------------------------------------------------------


@dataclass
class Screen:
    """What is on screen: `name` for messages, `top` the window it is in, `part` the widgets that
    belong to it (a view of the main window, or the whole dialog). `closing`: the tour closes
    `top` right after looking (so a look may close it itself, with Escape); `popup`: a calendar
    that pops up over a field, not a window of its own."""

    name: str
    top: QWidget
    part: QWidget
    closing: bool = False
    popup: bool = False


Look = Callable[[Screen], None]


def settle(qtbot, top: QWidget) -> None:
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)


def while_modal(qtbot, open_it: Callable[[], object], name: str, look: Look) -> None:
    """For dialogs a view runs with exec(): look at the dialog from inside its event loop, then
    close it (whatever the look found, exec() must not wait for ever)."""
    problems: list[BaseException] = []
    seen: list[QWidget] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            settle(qtbot, dialog)
            look(Screen(name, dialog, dialog, closing=True))
        except BaseException as problem:  # noqa: BLE001 - raised again after exec() returned
            problems.append(problem)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    assert seen and seen[0] is not None, f"{name}: no dialog opened"
    if problems:
        raise problems[0]


def small_import_file(tmp_path):
    """Two rows in the ownership report's own columns: one new account, one with an error."""
    path = tmp_path / "small.csv"
    rows = [list(HEADER), [""] * len(HEADER), [""] * len(HEADER)]
    for row, url, kind in ((rows[1], "https://www.tiktok.com/@nordlysny", "company"),
                           (rows[2], "https://www.instagram.com/nordlys.test/", "corporate")):
        row[HEADER.index("url")] = url
        row[HEADER.index("kind")] = kind
        row[HEADER.index("display_name")] = "Nordlys test"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    return path


def open_date_popup(qtbot, edit: QDateEdit) -> QCalendarWidget:
    """A click on a date edit's arrow, as a mouse user opens its calendar."""
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseMove(edit, arrow)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def company_account_id(db) -> int:
    return next(row.id for row in load_accounts(db).rows() if row.kind == Kind.company.value and row.risks)


SCREENS = 32  # 5 views, the account window's 6 tabs and itself, a personal profile's Consent tab, 19 dialogs
# and calendars


def tour(qtbot, window: MainWindow, db, tmp_path, look: Look) -> list[str]:
    """Show every view and open every dialog reachable from them, calling `look` while each is
    on screen; return the screens' names in the order visited."""
    visited: list[str] = []

    def see(screen: Screen) -> None:
        visited.append(screen.name)
        look(screen)

    def non_modal(dialog: QWidget, name: str, *, close: bool = True) -> None:
        assert dialog is not None and dialog.isVisible(), f"{name} did not open"
        settle(qtbot, dialog)
        see(Screen(name, dialog, dialog, closing=close))
        if close:
            if dialog.isVisible():
                dialog.close() if not isinstance(dialog, QDialog) else dialog.reject()
            qtbot.waitUntil(lambda: not dialog.isVisible())
            parent = dialog.parentWidget()
            settle(qtbot, parent.window() if parent is not None and parent.window().isVisible() else window)

    # The views.
    for view_name in VIEWS:
        window.show_view(view_name)
        page = window.pages.currentWidget()
        qtbot.waitUntil(page.isVisible)
        # A view reads what it shows once shown, in the background.
        qtbot.waitUntil(lambda: not window.is_loading())
        if view_name == "Accounts":
            window.accounts_view.table.selectRow(0)
        if view_name == "People":
            window.people_view.table.selectRow(0)
        if view_name == "Offboarding":
            view = window.offboarding_view
            view.show_case(next(iter(view.cases_model.summaries)))
            qtbot.waitUntil(lambda view=view: view.right.currentIndex() == 1)
        settle(qtbot, window)
        see(Screen(f"{view_name} view", window, page))

    # Accounts: register, the account's own window with every tab, its dialogs, export, import,
    # review round and the review note.
    window.show_view("Accounts")
    accounts = window.accounts_view
    while_modal(qtbot, accounts.register_account, "Register account", see)

    account_id = company_account_id(db)
    credentials.set_secret(db, account_id, "password", "Nordlys-Kode 2026!")
    accounts.select_account(account_id)
    accounts.open_selected()
    detail = accounts.detail_windows[account_id]
    detail.wait_until_shown()
    settle(qtbot, detail)
    logins = detail.credentials
    for tab in range(detail.tabs.count()):
        if not detail.tabs.isTabVisible(tab):
            continue  # Consent: a personal profile's (below)
        detail.tabs.setCurrentIndex(tab)
        if detail.tabs.widget(tab) is logins:  # the stored password revealed, as a user would
            qtbot.waitUntil(lambda: logins.keyring is not None and not logins.is_busy())
            logins.toggle_reveal("password")
            qtbot.waitUntil(logins.rows["password"].revealed.isVisible)
        see(Screen(f"Account window, tab {detail.tabs.tabText(tab).replace('&', '')}", detail, detail))
    detail.tabs.setCurrentIndex(2)
    detail.edit_terms()
    terms = detail.terms_dialog
    settle(qtbot, terms)
    calendar = open_date_popup(qtbot, terms.agreed_on)
    see(Screen("Calendar of a date", calendar.window(), calendar, popup=True))
    calendar.window().hide()
    non_modal(terms, "Handover terms")
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(logins))
    for field in credentials.SECRET_FIELDS:  # a password (twice) and a text of several lines
        logins.ask_for_secret(field.name)
        non_modal(logins.secret_dialog, f"Store {field.name}")
    detail.tabs.setCurrentIndex(0)
    non_modal(detail, "Account window")
    qtbot.waitUntil(lambda: account_id not in accounts.detail_windows)
    # A personal profile's window has its holder's ambassador consent.
    profile_id = next(row.id for row in load_accounts(db).rows() if row.kind == Kind.personal.value)
    accounts.select_account(profile_id)
    accounts.open_selected()
    profile = accounts.detail_windows[profile_id]
    profile.wait_until_shown()
    settle(qtbot, profile)
    profile.tabs.setCurrentWidget(profile.consent)
    see(Screen("Personal account window, tab Consent", profile, profile))
    profile.tabs.setCurrentIndex(0)
    profile.close()
    qtbot.waitUntil(lambda: profile_id not in accounts.detail_windows)

    opened: list[QDialog] = []

    def show_instead(dialog: QDialog) -> None:  # the view's seam for its exec()'d dialogs
        opened.append(dialog)
        dialog.show()

    accounts.open_dialog = show_instead
    accounts.export_report()
    non_modal(opened[-1], "Export the ownership report")
    accounts.import_accounts(small_import_file(tmp_path))
    importing = opened[-1]
    qtbot.waitUntil(lambda: importing.plan is not None and not importing.task.busy())
    non_modal(importing, "Import preview")
    accounts.review_round()
    reviewing = opened[-1]
    qtbot.waitUntil(lambda: bool(reviewing.round))
    non_modal(reviewing, "Review round")
    accounts.select_account(account_id)
    while_modal(qtbot, accounts.mark_selected_reviewed, "Review note", see)

    # People: add, edit, start an offboarding (both pages of the wizard).
    window.show_view("People")
    people = window.people_view
    people.add_person()
    non_modal(people.person_dialog, "Add person")
    people.table.selectRow(0)
    people.edit_person()
    non_modal(people.person_dialog, "Edit person")
    leaving = next(row for row in range(people.model.rowCount())
                   if people.model.person_at(row).employment_status == "employed")
    people.table.selectRow(leaving)
    people.start_offboarding()
    wizard = people.offboarding_wizard
    non_modal(wizard, "Start offboarding, who and when", close=False)
    wizard.form.last_day.set_date(date.today() + timedelta(days=40))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview)
    non_modal(wizard, "Start offboarding, the checklist")

    # Offboarding: the started case's prompts, and its own way to start one.
    window.show_view("Offboarding")
    offboarding = window.offboarding_view
    qtbot.waitUntil(lambda: offboarding.right.currentIndex() == 1)
    settle(qtbot, window)
    offboarding.waive_current()
    non_modal(offboarding.prompt, "Waive item")
    offboarding.change_last_day()
    prompt = offboarding.prompt
    settle(qtbot, prompt)
    prompt.day.show_calendar()  # the date field's calendar, a popup of its own
    qtbot.waitUntil(prompt.day.calendar.isVisible)
    see(Screen("Calendar", prompt.day.calendar_menu, prompt.day.calendar, popup=True))
    prompt.day.calendar_menu.hide()
    non_modal(prompt, "Change the last working day")
    non_modal(offboarding.start_offboarding(), "Start offboarding from the offboarding view")

    # The main window's own: preferences.
    settle(qtbot, window)
    while_modal(qtbot, window.open_preferences, "Preferences", see)
    return visited


# --- what a screen reader reads ---------------------------------------------------------------------

FOCUSABLE_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
                      QTextEdit, QPlainTextEdit)


def is_inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def can_be_met(widget: QWidget) -> bool:
    """Shown, or one of the window's own that it may show. Qt builds parts it shows only on
    request (a wizard's Commit button, a calendar's year field); those count once shown."""
    return widget.isVisible() or not widget.objectName().startswith("qt_")


def controls(part: QWidget) -> list[QWidget]:
    """The focusable controls a user meets in `part`: not the parts Qt builds inside a combo box
    or spin box (the box itself is the control), not headers or scroll bars (never focused)."""
    found = []
    for widget in [part, *part.findChildren(QWidget)]:
        if not isinstance(widget, FOCUSABLE_CONTROLS) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or is_inside(widget, (QComboBox, QAbstractSpinBox)):
            continue
        if can_be_met(widget):
            found.append(widget)
    return found


def label_text(widget: QWidget) -> str:
    """The text of a label naming `widget`: one whose buddy it is (or a form row's label)."""
    owners = [widget]
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is not None:  # a composite field's label names its part
        if parent.focusProxy() is owners[-1]:
            owners.append(parent)
        parent = parent.parentWidget()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() in owners and label.text().replace("&", "").strip():
            return label.text()
    for owner in owners:
        holder = owner.parentWidget()
        for form in holder.findChildren(QFormLayout) if holder is not None else []:
            label = form.labelForField(owner)
            if isinstance(label, QLabel) and label.text().replace("&", "").strip():
                return label.text()
    return ""


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(f"{type(parent).__name__}({parent.objectName()})" if parent.objectName()
                     else type(parent).__name__)
        parent = parent.parentWidget()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit, QLabel)) else ""
    return (f"{type(widget).__name__} objectName={widget.objectName()!r} text={text!r} "
            f"name={widget.accessibleName()!r} window={widget.window().windowTitle()!r} in {' < '.join(chain)}")


def icon_only_without_tooltip(part: QWidget) -> list[QWidget]:
    """Buttons that show an icon and no words, and say nothing on hover (a tab bar's scroll
    arrows are the tab bar's business, not the window's)."""
    return [widget for widget in part.findChildren(QAbstractButton)
            if isinstance(widget, (QToolButton, QPushButton)) and not widget.text().replace("&", "").strip()
            and can_be_met(widget) and not is_inside(widget, (QTabBar,)) and not widget.toolTip().strip()]


def spoken_name(widget: QWidget) -> str:
    """The name Qt's accessibility hands a screen reader for the widget."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_control_in_every_view_and_dialog_has_a_name_a_screen_reader_reads(qtbot, window, sample,
                                                                                     tmp_path):
    offenders: dict[int, str] = {}
    no_tooltip: dict[int, str] = {}
    silent: dict[int, str] = {}
    checked: dict[int, QWidget] = {}  # keeps the wrappers alive, so that ids stay unique

    def look(screen: Screen) -> None:
        for widget in controls(screen.part):
            checked[id(widget)] = widget
            if not widget.accessibleName().strip() and not label_text(widget):
                offenders[id(widget)] = f"{screen.name}: {describe(widget)}"
            # What Qt hands a screen reader: a name for every control that is on screen.
            if widget.isVisible() and not spoken_name(widget):
                silent[id(widget)] = f"{screen.name}: {describe(widget)}"
        for widget in icon_only_without_tooltip(screen.part):
            no_tooltip[id(widget)] = f"{screen.name}: {describe(widget)}"

    visited = tour(qtbot, window, sample, tmp_path, look)
    print(f"{len(visited)} screens, {len(checked)} controls checked: {visited}")
    assert len(visited) == SCREENS
    assert len(checked) > 200
    report = [f"{title}:\n  " + "\n  ".join(found.values()) for title, found in (
        ("Controls without an accessible name or a label", offenders),
        ("Icon-only buttons without a tooltip", no_tooltip),
        ("Controls a screen reader announces without a name", silent)) if found]
    assert not report, "\n".join(report)


# --- colour is never the only signal ------------------------------------------------------------------


def badge_image(model, row: int) -> QImage:
    return model.index(row, Column.risks).data(Qt.ItemDataRole.DecorationRole).toImage()


def white_pixels(image: QImage) -> int:
    """Pixels of the badges' white words and shapes (on fills far darker than white)."""
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).lightness() > 230)


def spoken_cell(table: QTableView, row: int, column: int) -> str:
    """What Qt's accessibility hands a screen reader for one cell of a table: its children are
    the header row, then per row a row header and the cells."""
    columns = table.model().columnCount()
    cell = QAccessible.queryAccessibleInterface(table).child((row + 1) * (columns + 1) + column + 1)
    where = cell.tableCellInterface()
    assert (where.rowIndex(), where.columnIndex()) == (row, column)
    return cell.text(QAccessible.Text.Name)


def test_risk_badges_say_the_risk_in_words_and_the_severity_by_shape(window):
    view = window.accounts_view
    model = view.model
    at_risk = [row for row in range(model.rowCount()) if model.row_at(model.index(row, 0)).risks]
    assert len(at_risk) > 30
    for row in at_risk:
        account = model.row_at(model.index(row, 0))
        cell = model.index(row, Column.risks)
        titles = [risk_title(risk) for risk in account.risks]
        spoken = spoken_cell(view.table, row, Column.risks)
        tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
        for risk, title in zip(account.risks, titles):
            assert title in spoken, (account.handle, spoken)
            assert f"{title} ({severity_text(risk.severity)})" in tooltip, (account.handle, tooltip)
        assert not badge_image(model, row).isNull()

    # The badge picture itself carries words: two risks of one severity look different, and each
    # badge holds white writing, not a plain patch of colour.
    single = {}
    for row in at_risk:
        risks = model.row_at(model.index(row, 0)).risks
        if len(risks) == 1:
            single.setdefault((risks[0].severity, risks[0].id), row)
    by_severity: dict[str, list[int]] = {}
    for (severity, _rule), row in single.items():
        by_severity.setdefault(severity, []).append(row)
    pairs = [rows[:2] for rows in by_severity.values() if len(rows) >= 2]
    assert pairs, f"no two single risks of one severity in the sample: {sorted(single)}"
    for first, second in pairs:
        assert badge_image(model, first) != badge_image(model, second)
    for row in single.values():
        image = badge_image(model, row)
        assert white_pixels(image) > image.height() * 3

    # Severity by shape too: the same words drawn for another severity change the picture where
    # the marker is, before the words.
    account = model.row_at(model.index(at_risk[0], 0))
    risk = account.risks[0]
    font, pictures = QApplication.font(), {}
    for severity in ("high", "medium", "low"):
        pictures[severity] = badge_pixmap((risk._replace(severity=severity),), font, 1.0).toImage()
    white_shapes = {severity: [(x, y) for y in range(image.height()) for x in range(BADGE_PADDING + BADGE_MARKER)
                               if image.pixelColor(x, y).lightness() > 230 and image.pixelColor(x, y).alpha() > 200]
                    for severity, image in pictures.items()}
    assert len({tuple(shape) for shape in white_shapes.values()}) == 3, "the three severities share one shape"
    assert all(white_shapes.values())


def test_a_selected_rows_risk_badges_keep_their_colours(qtbot, window):
    """The selection colour does not wash the badges out: their fills stay as drawn."""
    view = window.accounts_view
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(model.index(r, 0)).risks
               and model.row_at(model.index(r, 0)).risks[0].severity == "high")
    window.show_view("Accounts")
    view.table.selectRow(row)
    view.table.scrollTo(model.index(row, Column.risks))
    qtbot.waitUntil(view.table.isVisible)
    cell = view.table.visualRect(model.index(row, Column.risks))
    image = view.table.viewport().grab(cell).toImage()
    fill = QColor(BADGE_COLOURS["high"]).rgb()
    painted = sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == fill)
    assert painted > 100


# --- focus is visible -----------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#353535"),
                         (QPalette.ColorRole.ToolTipText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    previous = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(previous)


def changed_pixels(before: QImage, after: QImage) -> int:
    assert before.size() == after.size()
    return sum(1 for y in range(before.height()) for x in range(before.width())
               if before.pixel(x, y) != after.pixel(x, y))


def test_keyboard_focus_is_visible_on_buttons_fields_and_tables(qtbot, palette, sample, tmp_path, open_main_window):
    window = open_main_window(sample)
    window.show_view("Accounts")
    view = window.accounts_view
    view.table.selectRow(2)
    settle(qtbot, window)
    seen = {}
    for kind, widget in (("field", view.search), ("button", view.register_button), ("table", view.table)):
        window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(window.navigation.hasFocus)
        unfocused = widget.grab().toImage()
        for _ in range(30):  # with the Tab key, the way a keyboard user moves
            if widget.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus(), f"Tab never reached {describe(widget)}"
        focused = widget.grab().toImage()
        # More than a text cursor would change: a frame or a highlight around the widget.
        seen[kind] = changed_pixels(unfocused, focused) > widget.width()
    assert seen == {"field": True, "button": True, "table": True}, palette


def test_the_focus_ring_is_on_the_focused_widget_only_and_follows_its_size(qtbot, window):
    """The ring goes with the focus: the table Tab left looks as before it came, and the ring
    stays at the edges of a focused table that is resized."""
    window.show_view("Accounts")
    table = window.accounts_view.table
    settle(qtbot, window)
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.navigation.hasFocus)
    unfocused = table.grab().toImage()
    for _ in range(30):
        if table.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert table.hasFocus()
    assert changed_pixels(unfocused, table.grab().toImage()) > table.width()
    highlight = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).rgb()
    window.resize(window.width() - 120, window.height() - 80)
    settle(qtbot, window)
    corner = table.grab().toImage()
    assert corner.pixel(corner.width() - 1, corner.height() // 2) == highlight  # the right edge, moved
    assert corner.pixel(corner.width() // 2, corner.height() - 1) == highlight  # the bottom edge, moved
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    window.resize(window.width() + 120, window.height() + 80)
    settle(qtbot, window)
    assert changed_pixels(unfocused, table.grab().toImage()) == 0


def test_focus_is_visible_on_every_tab_stop_of_every_view_and_dialog(qtbot, window, sample, tmp_path):
    """Each Tab stop, reached with Tab, looks different from how it looked a moment before."""
    unseen: dict[str, list[str]] = {}
    stops = []

    def look(screen: Screen) -> None:
        if screen.popup:
            return
        chain, problems = focus_chain(qtbot, screen, chain_start(screen, window))
        assert not problems, problems
        chain[-1].setFocus(Qt.FocusReason.TabFocusReason)
        for widget in chain:
            unfocused = widget.grab().toImage()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not widget:  # moved inside a date first: on to the next field
                continue
            stops.append(widget)
            # More than a text cursor changes: a frame, an outline or a highlight.
            if changed_pixels(unfocused, widget.grab().toImage()) <= 2 * widget.height():
                unseen.setdefault(screen.name, []).append(describe(widget))

    tour(qtbot, window, sample, tmp_path, look)
    print(f"{len(stops)} Tab stops looked at")
    assert len(stops) > 150
    assert not unseen, "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in unseen.items())


# --- the keyboard: Tab goes round, mnemonics do not clash, Escape closes ----------------------------------


def tab_focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def announced(widget: QWidget) -> str:
    """What a screen reader says when the focus arrives: a tab bar announces its current tab."""
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "").strip()
    return spoken_name(widget)


def focus_chain(qtbot, screen: Screen, start: QWidget, limit: int = 150) -> tuple[list[QWidget], list[str]]:
    """Press Tab from `start` until the focus comes back to it; the widgets it visited, and what
    went wrong on the way (stuck, on a hidden or nameless widget, out of the window, never back).

    Tab may stay on a widget a few times where it moves inside it (a date's day, month and year);
    more than that, and the keyboard is caught there."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    chain, problems, staying = [start], [], 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is before:
            staying += 1
            if staying > 3:
                problems.append(f"Tab is caught in {describe(now)}")
                break
            continue
        staying = 0
        if now is None or now.window() is not screen.top:
            problems.append(f"Tab left the window from {describe(before)} to {now and describe(now)}")
            break
        if not now.isVisible() or not now.isEnabled():
            problems.append(f"Tab went to a hidden or disabled {describe(now)}")
        if not announced(now):
            problems.append(f"Tab stops on a nameless {describe(now)}")
        if now is start:
            return chain, problems
        if now in chain:
            problems.append(f"Tab goes round without {describe(start)}: back at {describe(now)}")
            break
        chain.append(now)
    else:
        problems.append(f"Tab did not come back to {describe(start)} in {limit} presses")
    return chain, problems


def chain_start(screen: Screen, window: MainWindow) -> QWidget:
    if screen.top is window:
        return window.navigation  # the views' list, where the window's chain begins
    focused = QApplication.focusWidget()
    if isinstance(focused, QTabWidget):  # holds the focus for its tab bar, which is the Tab stop
        focused = focused.tabBar()
    if focused is not None and focused.window() is screen.top and focused.isVisible() and tab_focusable(focused):
        return focused
    return next(widget for widget in screen.top.findChildren(QWidget)
                if widget.isVisible() and widget.isEnabled() and tab_focusable(widget)
                and not isinstance(widget, QTabWidget))


def test_tab_goes_round_every_view_and_dialog_reaching_every_control(qtbot, window, sample, tmp_path):
    problems: dict[str, list[str]] = {}
    chains: dict[str, list[str]] = {}

    def look(screen: Screen) -> None:
        if screen.popup:
            return
        chain, found = focus_chain(qtbot, screen, chain_start(screen, window))
        chains[screen.name] = [f"{type(w).__name__}:{w.accessibleName() or w.objectName()}" for w in chain]
        reached = set(map(id, chain))
        for widget in controls(screen.part):
            if widget.isVisible() and widget.isEnabled() and tab_focusable(widget) and id(widget) not in reached:
                found.append(f"Tab never reaches {describe(widget)}")
        if found:
            problems[screen.name] = found

    visited = tour(qtbot, window, sample, tmp_path, look)
    for name, chain in chains.items():
        print(f"{name} ({len(chain)}): {' → '.join(chain)}")
    assert not problems, "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in problems.items())
    assert len(visited) == SCREENS and len(chains) == SCREENS - 2  # the two calendars pop up over a field
    assert all(len(chain) >= 2 for chain in chains.values())


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is an ampersand shown as such)."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at += 2
    return None


def shown_as_rich_text(label: QLabel) -> bool:
    """A label showing HTML, where & starts an entity, not a mnemonic."""
    if label.textFormat() == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(label.text())
    return label.textFormat() in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText)


def mnemonics(top: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """The Alt+letter keys of what is on screen in `top`, and labels that show a stray & (a
    label's mnemonic needs a buddy; without one the & itself is shown)."""
    keys: dict[str, list[str]] = {}
    stray: list[str] = []

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            keys.setdefault(letter, []).append(f"{what} {text!r}")

    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and not shown_as_rich_text(widget):
            if widget.buddy() is not None:
                add(widget.text(), "label")
            elif mnemonic(widget.text()):
                stray.append(describe(widget))
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group box")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    add(widget.tabText(tab), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return keys, stray


def clashing_mnemonics(qtbot, window, db, tmp_path) -> tuple[list[str], int]:
    clashes: dict[str, str] = {}
    counted = []

    def look(screen: Screen) -> None:
        if screen.popup:
            return
        keys, stray = mnemonics(screen.top)
        counted.append(sum(len(found) for found in keys.values()))
        for letter, found in keys.items():
            if len(found) > 1:
                clashes[f"{screen.name} Alt+{letter}"] = f"{screen.name}: Alt+{letter.upper()} is " + ", ".join(found)
        for label in stray:
            clashes[label] = f"{screen.name}: a label shows its & (no buddy): {label}"

    tour(qtbot, window, db, tmp_path, look)
    return sorted(clashes.values()), sum(counted)


def test_mnemonics_do_not_clash_within_a_window_in_english(qtbot, window, sample, tmp_path):
    clashes, counted = clashing_mnemonics(qtbot, window, sample, tmp_path)
    print(f"{counted} mnemonics on screen over the tour")
    assert counted > 100
    assert not clashes, "\n".join(clashes)


@pytest.fixture(params=["da", "sv", "nb"])
def translated(request, compiled, monkeypatch):
    """Danish (and Swedish and Norwegian), installed before the window is made; removed afterwards."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    installed = i18n.install_language(request.param, folder=compiled)
    assert installed.found_catalogue
    yield installed
    installed.remove()


def test_mnemonics_do_not_clash_within_a_window_when_translated(qtbot, translated, sample, tmp_path,
                                                                 open_main_window):
    window = open_main_window(sample)  # made after the language, as at start-up
    assert window.accounts_view.register_button.text() != "Register account…", translated.language
    clashes, counted = clashing_mnemonics(qtbot, window, sample, tmp_path)
    print(f"{counted} mnemonics on screen over the tour")
    assert counted > 100
    assert not clashes, "\n".join(clashes)


def test_escape_closes_every_dialog_and_calendar(qtbot, window, sample, tmp_path):
    closed: dict[str, bool] = {}

    def look(screen: Screen) -> None:
        if screen.top is window or not (screen.closing or screen.popup):
            return  # the main window stays; a dialog the tour goes on using is closed later
        target = QApplication.focusWidget()
        if target is None or target.window() is not screen.top:
            target = screen.top
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        closed[screen.name] = not screen.top.isVisible()

    visited = tour(qtbot, window, sample, tmp_path, look)
    print(closed)
    assert len(visited) == SCREENS
    assert len(closed) == 19  # 17 dialogs and the account window, and the two calendars
    assert all(closed.values()), [name for name, gone in closed.items() if not gone]





@pytest.mark.parametrize("language", ["en", "da", "sv", "nb"])
def test_the_window_fits_a_1280_pixel_screen_in_every_language(qtbot, compiled, sample, monkeypatch, language,
                                                               open_main_window):
    """Every view (the hidden ones count: the views share the window's width) fits a common
    laptop screen; the Danish buttons once made the offboarding view 1310 pixels wide."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    installed = i18n.install_language(language, folder=compiled) if language != "en" else None
    try:
        window = open_main_window(sample)
        assert window.minimumSizeHint().width() <= 1280
        assert window.minimumSize().width() <= 1280
    finally:
        if installed is not None:
            installed.remove()
