"""Registering an account through the real dialog, as a communications manager would."""

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from sqlmodel import select

from accountregistry.domain.messages import Label, sentence
from accountregistry.domain.platforms import UrlNotRecognised, recognise_url
from accountregistry.domain.vocabulary import Kind, TwoFactor
from accountregistry.gui.dialogs.register_account import RegisterAccountDialog
from accountregistry.services.accounts import AccountInput, count_accounts, get_account, register_account
from accountregistry.services.handover import current_terms
from accountregistry.services.organisation import update_settings
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.models import AuditEvent

from engine_support import sentence_parts

# Typing into a person picker opens its completion popup; the offscreen platform cannot raise it
# or give it the keyboard, and says so.


@pytest.fixture
def dialog(qtbot, db):
    update_settings(db, name="Nordlys Rejser A/S", email_domains=["nordlys.dk", "nordlys.no"])
    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no"))
    window = RegisterAccountDialog(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def refusal(text):
    with pytest.raises(UrlNotRecognised) as caught:
        recognise_url(text)
    return caught.value


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_person(qtbot, picker, text):
    qtbot.keyClicks(picker.lineEdit(), text)
    # The user moves on; the completion popup closes (or it would swallow the next click).
    picker.completer().popup().hide()


def test_a_closed_form_reads_nothing_more_from_the_database(qtbot, db, dialog):
    # Typing starts the pause before "is it registered under another name?" is asked; closing
    # the dialog within it must not ask afterwards (the registry may be closed by then).
    statements = []

    def executed(connection, cursor, statement, *rest):
        statements.append(statement)

    qtbot.keyClicks(dialog.form.url, "https://x.com/nordlys_rejser")
    qtbot.keyClicks(dialog.form.display_name, "Nordlys Rejser")  # a name: the question reads the registry
    sa.event.listen(db.engine, "before_cursor_execute", executed)
    try:
        dialog.reject()
        qtbot.wait(800)  # twice the pause
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", executed)
    assert statements == []


def test_pasting_an_address_fills_the_fields_and_registers_with_an_audit_record(qtbot, db, dialog):
    form = dialog.form
    qtbot.keyClicks(form.url, "https://m.linkedin.com/company/Nordlys-Rejser/posts/?trk=feed")
    assert form.platform.currentText() == "LinkedIn"
    assert form.presence.currentData() == "page"
    assert form.handle.text() == "nordlys-rejser"
    assert form.messages.text("url") == "Recognised: LinkedIn page “nordlys-rejser”."

    qtbot.keyClicks(form.display_name, "Nordlys Rejser")
    type_person(qtbot, form.holder, "Ingrid Berg")
    qtbot.keyClicks(form.login_email, "some@nordlys.dk")
    form.two_factor.setCurrentIndex(form.two_factor.findData(TwoFactor.authenticator_app.value))
    qtbot.keyClicks(form.mandate, "Company news and job openings")
    qtbot.keyClicks(form.review_interval, "3")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.register_button)

    account = get_account(db, dialog.registered_account_id)
    assert (account.platform, account.presence.value, account.handle) == ("linkedin", "page", "nordlys-rejser")
    assert account.url == "https://www.linkedin.com/company/nordlys-rejser"
    assert (account.display_name, account.kind, account.two_factor) == ("Nordlys Rejser", Kind.company,
                                                                         TwoFactor.authenticator_app)
    assert account.holder_id is not None and account.review_interval_months == 3
    assert account.mandate == "Company news and job openings"
    with db.reading() as session:
        [event] = session.exec(select(AuditEvent).where(AuditEvent.account_id == account.id)).all()
    assert (event.action, event.actor, event.new_values["display_name"]) == ("register", "tester", "Nordlys Rejser")


def test_an_address_that_is_not_an_account_is_explained_beside_the_field(qtbot, db, dialog):
    # Typed letter by letter, "https://www.linkedin.co" is briefly a page on another site; what
    # that filled in must not outlive it.
    qtbot.keyClicks(dialog.form.url, "https://www.linkedin.com/")
    home_page = refusal("https://www.linkedin.com/")
    assert home_page.code == "address_home_page"
    assert dialog.form.messages.text("url") == home_page.sentence()
    assert dialog.form.handle.text() == "" and dialog.form.platform.currentIndex() == -1
    click(qtbot, dialog.register_button)
    assert dialog.isVisible() and count_accounts(db) == 0
    assert dialog.form.messages.text("url") == home_page.sentence()


def test_picking_the_platform_and_typing_the_handle(qtbot, db, dialog):
    form = dialog.form
    form.platform.setCurrentIndex(form.platform.findData("instagram"))
    assert form.presence.currentData() == "profile"
    assert form.handle.placeholderText().startswith("e.g. ")
    qtbot.keyClicks(form.handle, "@Nordlys.Rejser")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.register_button)
    account = get_account(db, dialog.registered_account_id)
    assert (account.platform, account.handle, account.url) == (
        "instagram", "nordlys.rejser", "https://www.instagram.com/nordlys.rejser")


def test_a_duplicate_offers_to_open_the_existing_record(qtbot, db, dialog, monkeypatch):
    existing = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    asked = []

    def user_clicks_open_existing(box):
        asked.append((box.text(), box.button(QMessageBox.StandardButton.Open).text()))
        box.button(QMessageBox.StandardButton.Open).click()
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "exec", user_clicks_open_existing)
    qtbot.keyClicks(dialog.form.url, "linkedin.com/company/NORDLYS/about")
    with qtbot.waitSignal(dialog.open_existing) as opened:
        click(qtbot, dialog.register_button)
    assert opened.args == [existing.id]
    [(text, button)] = asked
    assert all(part in text for part in sentence_parts("account_exists", "platform", "handle"))
    assert button == "Open existing"
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.registered_account_id is None and count_accounts(db) == 1


def test_cancelling_the_duplicate_question_keeps_the_dialog_open(qtbot, db, dialog, monkeypatch):
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClicks(dialog.form.url, "https://www.linkedin.com/company/nordlys")
    with qtbot.assertNotEmitted(dialog.open_existing):
        click(qtbot, dialog.register_button)
    assert dialog.isVisible() and count_accounts(db) == 1


def test_choosing_personal_explains_it_and_excludes_transfers(qtbot, db, dialog):
    form = dialog.form
    assert not form.personal_notice.isVisible()
    click(qtbot, form.kind_radios[Kind.personal])
    assert form.personal_notice.isVisible()
    assert "can never take it over" in form.personal_notice.text()
    dispositions = dialog.disposition.model()
    enabled = {dialog.disposition.itemData(row): dispositions.item(row).isEnabled()
               for row in range(dialog.disposition.count())}
    assert enabled == {"transfer_to_successor": False, "transfer_to_company": False, "holder_keeps": True,
                       "archive": True, "close": True}
    assert dialog.disposition.currentData() == "holder_keeps"

    qtbot.keyClicks(form.url, "https://www.linkedin.com/in/ingrid-berg")
    type_person(qtbot, form.holder, "ingrid.berg@nordlys.no")
    dialog.terms.setChecked(True)
    # On the box itself: a check box in a form is wider than the part that reacts to clicks.
    qtbot.mouseClick(dialog.agreed_by_holder, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.agreed_by_holder.height() // 2))
    assert dialog.agreed_by_holder.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.register_button)
    terms = current_terms(db, dialog.registered_account_id)
    assert (terms.disposition.value, terms.agreed_by_holder) == ("holder_keeps", True)

    click(qtbot, form.kind_radios[Kind.company])
    assert not form.personal_notice.isVisible()
    assert dispositions.item(dialog.disposition.findData("transfer_to_company")).isEnabled()


def test_a_login_outside_the_company_domains_is_warned_about_but_registered(qtbot, db, dialog):
    form = dialog.form
    qtbot.keyClicks(form.url, "https://x.com/nordlys_support")
    qtbot.keyClicks(form.login_email, "nordlys.support@gmail.com")
    warning = form.messages.text("login_email")
    assert warning == ("Outside the company's domains (nordlys.dk, nordlys.no): "
                       "this login could leave with the address's owner.")
    # The same address is the holder's own business on a personal account.
    click(qtbot, form.kind_radios[Kind.personal])
    assert form.messages.text("login_email") == ""
    click(qtbot, form.kind_radios[Kind.employee_role])
    assert form.messages.text("login_email") == warning
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.register_button)
    assert get_account(db, dialog.registered_account_id).login_email == "nordlys.support@gmail.com"


def test_a_bad_review_interval_is_refused_beside_the_field(qtbot, db, dialog):
    form = dialog.form
    qtbot.keyClicks(form.url, "https://www.facebook.com/nordlysrejser")
    qtbot.keyClicks(form.review_interval, "0")
    click(qtbot, dialog.register_button)
    message = form.messages.labels["review_interval_months"]
    assert message.isVisible() and message.text() == sentence("out_of_range", {
        "label": Label("Review interval (months)"), "low": 1, "high": 60})
    # Beside the field: in the same cell of the form as the field itself.
    assert message.parentWidget() is form.review_interval.parentWidget()
    assert dialog.isVisible() and count_accounts(db) == 0

    form.review_interval.clear()
    qtbot.keyClicks(form.review_interval, "12")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.register_button)
    assert not message.isVisible()
    assert get_account(db, dialog.registered_account_id).review_interval_months == 12


def test_an_unknown_holder_is_refused_beside_the_field(qtbot, db, dialog):
    qtbot.keyClicks(dialog.form.url, "https://www.facebook.com/nordlysrejser")
    type_person(qtbot, dialog.form.holder, "Nobody Known")
    click(qtbot, dialog.register_button)
    assert "No one in the registry matches “Nobody Known”" in dialog.form.messages.text("holder_id")
    assert count_accounts(db) == 0


def test_the_holder_picker_finds_people_by_part_of_name_or_email(qtbot, dialog):
    completer = dialog.form.holder.completer()
    completer.setCompletionPrefix("berg")
    assert completer.completionCount() == 1
    completer.setCompletionPrefix("NORDLYS.NO")
    assert completer.currentCompletion() == "Ingrid Berg <ingrid.berg@nordlys.no>"


def test_the_people_read_again_reach_the_pickers_only_when_they_changed(qtbot, db, dialog):
    holder = dialog.form.holder
    directory = holder.directory
    ingrid = directory.people[0].id
    holder.set_person_id(ingrid)
    updates = []
    directory.updated.connect(lambda: updates.append(True))
    directory.request()  # F5, say: the same people
    qtbot.waitUntil(lambda: not directory.busy())
    assert updates == [] and holder.person_id() == ingrid  # nothing handed to the pickers again
    add_person(db, PersonInput(name="Ole Dahl", work_email="ole.dahl@nordlys.no"))
    directory.request()
    qtbot.waitUntil(lambda: not directory.busy())
    assert updates == [True] and holder.person_id() == ingrid
    completer = holder.completer()
    completer.setCompletionPrefix("dahl")
    assert completer.currentCompletion() == "Ole Dahl <ole.dahl@nordlys.no>"


def test_every_picker_of_a_registry_shows_its_people_from_one_list(qtbot, db, dialog):
    """An account's window has four pickers: each copying the people's labels into a list of its
    own took 4-9 ms of the GUI thread at 20,000 people. The registry's one list is filled once per
    read, and a picker made takes it as it is."""
    from accountregistry.gui.widgets.person_picker import PersonPicker

    holder = dialog.form.holder
    filled = []
    holder.model().modelReset.connect(lambda: filled.append(True))
    other = PersonPicker(db)
    qtbot.addWidget(other)
    assert other.model() is holder.model() and filled == []
    assert other.model().rowCount() == len(holder.directory.people) and other.person_id() is None


def test_escape_closes_the_dialog(qtbot, db, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and count_accounts(db) == 0


def test_every_field_is_named_for_screen_readers_by_its_label(dialog):
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert label.buddy().accessibleName() == label.text().replace("&", "")
    inputs = (QLineEdit, QComboBox, QAbstractButton, QPlainTextEdit, QAbstractSpinBox)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) + dialog.findChildren(
            QAbstractButton) + dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QAbstractSpinBox):
        # Parts of a compound widget (a combo box's editor, a spin box's text) are named by it.
        if isinstance(widget.parentWidget(), inputs) or not widget.isVisibleTo(dialog):
            continue
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r} has no accessible name"


def drawn_width(label: QLabel) -> int:
    """How far the label's text reaches drawn as the label draws it (its mnemonic underlined), with room to spare."""
    image = QImage(label.width() + 40, label.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(label.font())
    label.style().drawItemText(painter, label.contentsRect().adjusted(0, 0, 40, 0),
                               int(Qt.TextFlag.TextShowMnemonic | label.alignment()), label.palette(), True,
                               label.text(), QPalette.ColorRole.WindowText)
    painter.end()
    return max((x + 1 for x in range(image.width()) for y in range(image.height())
                if QColor(image.pixel(x, y)).lightness() < 250), default=0)


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_fields_label_is_drawn_whole(qtbot, db, speak, language):
    """The mnemonic's underline is drawn apart from the letters beside it, which parts a kerned pair
    ("To", "Fr"): every label is as wide as its text drawn so, its last letter not cut off (the Danish
    two-factor method's lost half its "e"; the English one and "Frequency" a pixel)."""
    if language != "en":
        speak(language)
    dialog = RegisterAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None and label.isVisible()]
    assert len(labels) > 15
    assert [label.text() for label in labels if drawn_width(label) > label.contentsRect().right() + 1] == []


def next_tab_stop(widget):
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus and following.isVisibleTo(widget.window())):
        following = following.nextInFocusChain()
    return following


def test_tab_goes_through_the_fields_in_reading_order(dialog):
    form = dialog.form
    assert next_tab_stop(form.url) is form.platform
    assert next_tab_stop(form.platform) is form.presence
    assert next_tab_stop(form.handle) is form.display_name
    assert next_tab_stop(form.login_email) is form.two_factor
    assert next_tab_stop(form.review_interval) is form.kind_radios[Kind.company]
    assert next_tab_stop(form.kind_radios[None]) is form.mandate
    assert next_tab_stop(form.escalation.lineEdit()) is dialog.terms
    assert next_tab_stop(form.response_expectations) is form.response_hours
    assert next_tab_stop(form.weekly_hours) in (form.escalation, form.escalation.lineEdit())


def test_an_account_that_may_exist_under_its_other_name_is_warned_about_not_refused(qtbot, db, dialog):
    vanity = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser",
                                               display_name="Nordlys Rejser"))
    form = dialog.form
    qtbot.keyClicks(form.url, "https://www.facebook.com/p/Nordlys-Rejser-100063480311999/")
    qtbot.keyClicks(form.display_name, "Nordlys Rejser")
    # Said once the typing pauses, in the warning colour, under the display name.
    qtbot.waitUntil(lambda: form.messages.text("display_name") != "")
    assert "nordlysrejser" in form.messages.text("display_name")
    assert f"account {vanity.id}" in form.messages.text("display_name")

    click(qtbot, dialog.register_button)
    registered = get_account(db, dialog.registered_account_id)
    assert (registered.platform, registered.handle) == ("facebook", "100063480311999")


def test_the_warning_goes_at_once_when_the_address_names_another_account(qtbot, db, dialog):
    register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", display_name="Nordlys Rejser"))
    form = dialog.form
    qtbot.keyClicks(form.display_name, "Nordlys Rejser")
    form.url.setText("https://www.facebook.com/profile.php?id=100063480311999")
    qtbot.waitUntil(lambda: form.messages.text("display_name") != "")
    # Typing on in the display name keeps the warning until the pause ...
    qtbot.keyClicks(form.display_name, " ")
    assert form.messages.text("display_name") != ""
    # ... but another address makes it a warning about something else: it goes before the pause.
    form.url.setText("https://www.instagram.com/p/C1a2b3c4dE5/")
    assert form.messages.text("display_name") == ""
    assert form.messages.text("url") == refusal("https://www.instagram.com/p/C1a2b3c4dE5/").sentence()


def test_a_post_is_refused_under_the_address_with_its_sentence(qtbot, dialog):
    qtbot.keyClicks(dialog.form.url, "https://www.instagram.com/reel/CV7mHEwgbeF/")
    post = refusal("https://www.instagram.com/reel/CV7mHEwgbeF/")
    assert post.code == "address_post"
    assert dialog.form.messages.text("url") == post.sentence()
    assert dialog.form.handle.text() == ""
