"""The social-media policy window on either engine: recording a version with texts per area and
an area of the company's own, refusals beside their fields with nothing stored, acknowledging one
person, and a list of acknowledgements previewed line by line (each problem said, nothing stored)
before it is recorded whole; reached from the File menu and the dashboard's policy box."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from accountregistry.domain.policy import OWN_AREA
from accountregistry.gui.dialogs.policy_window import PolicyWindow
from accountregistry.services import policy
from accountregistry.services.people import PersonInput, add_person

EFFECTIVE = date.today() - timedelta(days=10)


@pytest.fixture
def staff(db):
    return {key: add_person(db, PersonInput(name=name, work_email=f"{key}@nordlys.dk"))
            for key, name in (("ida", "Ida Høgh"), ("nils", "Nils Ekström"))}


@pytest.fixture
def window(qtbot, db, staff):
    shown = PolicyWindow(db)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_version(window, **texts):
    window.tabs.setCurrentIndex(1)
    window.effective_on.set_date(EFFECTIVE)
    window.approved_by.setText("Board of Nordlys Rejser")
    for area_id, text in texts.items():
        window.area_texts[area_id].setPlainText(text)


def test_a_version_is_recorded_with_its_texts_in_the_areas_order_then_the_own_area(qtbot, db, window):
    fill_version(window, language="Be kind; competitors read it.", working_hours="Up to each employee.")
    window.own_heading.setText("Pictures of guests")
    window.own_text.setPlainText("Only with their written consent.")
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.record_version_button)
    [version] = policy.policy_versions(db)
    assert (version.version, version.effective_on, version.approved_by) == (1, EFFECTIVE, "Board of Nordlys Rejser")
    assert [(t.area, t.heading, t.text) for t in policy.policy_texts(db, version.id)] == [
        ("working_hours", None, "Up to each employee."), ("language", None, "Be kind; competitors read it."),
        (OWN_AREA, "Pictures of guests", "Only with their written consent.")]
    assert window.versions.topLevelItemCount() == 1
    assert "Pictures of guests" in window.texts.toPlainText()
    assert not window.approved_by.text() and not window.area_texts["language"].toPlainText()  # ready for the next


def test_a_refused_version_says_why_beside_the_field_and_stores_nothing(qtbot, db, window):
    fill_version(window, language="Be kind.")
    window.approved_by.clear()
    window.own_heading.setText("Pictures of guests")  # a heading without a text
    click(qtbot, window.record_version_button)
    assert window.version_messages.text("approved_by") and window.version_messages.text("own.0.text")
    window.approved_by.setText("Board")
    window.own_heading.clear()
    window.area_texts["language"].clear()
    click(qtbot, window.record_version_button)  # no text at all
    assert window.version_general.isVisible() and window.version_general.text()
    assert policy.policy_versions(db) == []


def test_one_person_acknowledges_the_version_in_force(qtbot, db, window, staff):
    version = policy.record_policy(db, policy.PolicyInput(effective_on=EFFECTIVE, approved_by="Board",
                                                          texts={"language": "Be kind."}))
    window.reload()
    window.tabs.setCurrentIndex(2)
    assert window.ack_version.currentData() == 1
    window.ack_person.setFocus()
    qtbot.waitUntil(lambda: window.ack_person.directory.people is not None)
    window.ack_person.set_person_id(staff["ida"].id)
    window.ack_on.set_date(date.today() - timedelta(days=2))
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.ack_button)
    assert policy.acknowledgements_of(db, version.id) == [("Ida Høgh", "ida@nordlys.dk",
                                                          date.today() - timedelta(days=2))]
    assert window.versions.topLevelItem(0).text(3) == "1"
    window.ack_person.setEditText("nobody at all")
    click(qtbot, window.ack_button)
    assert window.ack_messages.text("person")


def test_a_list_with_a_problem_is_previewed_line_by_line_and_nothing_stored(qtbot, db, window, tmp_path):
    version = policy.record_policy(db, policy.PolicyInput(effective_on=EFFECTIVE, approved_by="Board",
                                                          texts={"language": "Be kind."}))
    window.reload()
    listing = tmp_path / "acknowledged.csv"
    day = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")
    listing.write_text(f"email;date\nida@nordlys.dk;{day}\nnobody@nordlys.dk;{day}\nnils@nordlys.dk;31.02.2026\n",
                       encoding="utf-8")
    assert not window.preview_list(listing)
    rows = [[window.preview.topLevelItem(r).text(c) for c in range(5)] for r in range(window.preview.topLevelItemCount())]
    assert [row[0] for row in rows] == ["2", "3", "4"]
    assert rows[0][2] == "Ida Høgh" and rows[1][2] == "" and rows[2][2] == "Nils Ekström"
    assert rows[1][4] and rows[2][4] and rows[1][4] != rows[2][4]  # each line's own problem
    assert not window.confirm_import_button.isEnabled()
    assert policy.acknowledgements_of(db, version.id) == []
    listing.write_text(f"ida@nordlys.dk;{day}\nnils@nordlys.dk;{day}\n", encoding="utf-8")
    assert window.preview_list(listing)
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.confirm_import_button)
    assert [name for name, _, _ in policy.acknowledgements_of(db, version.id)] == ["Ida Høgh", "Nils Ekström"]


def test_a_file_that_is_not_a_list_is_a_sentence(qtbot, db, window, tmp_path):
    policy.record_policy(db, policy.PolicyInput(effective_on=EFFECTIVE, approved_by="Board",
                                                texts={"language": "Be kind."}))
    window.reload()
    binary = tmp_path / "list.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    assert not window.preview_list(binary)
    assert window.preview_summary.text() and window.preview.topLevelItemCount() == 0


def test_the_menu_and_the_dashboard_box_open_it(qtbot, db, open_main_window):
    from accountregistry.services.accounts import AccountInput, register_account

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind="company"))
    main = open_main_window(db)
    main.policy_action.trigger()
    qtbot.waitUntil(lambda: main.policy_window.isVisible())
    main.policy_window.close()
    main.show_view("Dashboard")
    click(qtbot, main.dashboard.policy_button)
    qtbot.waitUntil(lambda: main.policy_window.isVisible())
    assert main.policy_action in main.editing_controls()  # hidden for a login that may only read
    main.policy_window.close()


def test_the_chosen_version_is_saved_as_a_pdf_with_its_areas(qtbot, db, window, tmp_path):
    import subprocess

    assert not window.pdf_button.isEnabled()  # no version yet
    policy.record_policy(db, policy.PolicyInput(effective_on=EFFECTIVE, approved_by="Board",
                                                texts={"language": "Be kind; competitors read it.",
                                                       "working_hours": "Up to each employee."}))
    window.reload()
    window.saver.ask_path = lambda caption, suggested: str(tmp_path / suggested)
    with qtbot.waitSignal(window.saver.written) as written:
        click(qtbot, window.pdf_button)
    text = subprocess.run(["pdftotext", written.args[0], "-"], check=True, capture_output=True, text=True).stdout
    assert "Be kind; competitors read it." in text and "Up to each employee." in text
    assert written.args[0].endswith(".pdf")
