"""The window in Danish, Swedish and Norwegian: real widgets read the compiled catalogues, dates
follow the language's locale, pseudo-translation shows what was never sent through tr(), and the
language override is saved for the next start.

The catalogues are compiled from the committed .ts files into a temporary folder once per test
session, so these tests check what is committed, whether or not `scripts/translations.py compile`
has run. Each installed language is removed again after its test.
"""

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from accountregistry.domain import checklist
from accountregistry.domain.vocabulary import (AccountStatus, CaseStatus, Disposition, EmploymentStatus, ItemStatus,
                                               Kind, Presence, Role, TwoFactor)
from accountregistry.gui import i18n
from accountregistry.gui.dialogs.handover_terms import HandoverTermsDialog
from accountregistry.gui.dialogs.person import PersonDialog
from accountregistry.gui.dialogs.preferences import PreferencesDialog
from accountregistry.gui.dialogs.register_account import KIND_NAMES, RegisterAccountDialog
from accountregistry.gui.formatting import VOCABULARY_WORDS, format_date, words
from accountregistry.gui.models.accounts_model import AccountsModel, Column, risk_tooltip
from accountregistry.gui.models.people_model import PeopleModel
from accountregistry.services.account_list import AccountRow, RiskFlag, people_of
from accountregistry.services.accounts import AccountInput, register_account

@pytest.fixture(autouse=True)
def no_language_from_the_environment(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def label_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.text()}


# --- Danish in the real dialogs -----------------------------------------------------------------

def test_the_register_dialog_speaks_danish(qtbot, db, speak):
    speak("da")
    dialog = shown(qtbot, RegisterAccountDialog(db))
    assert dialog.windowTitle() == "Registrér konto"
    assert {"&Adresse", "&Platform", "&Brugernavn", "&Indehaver", "Interval for &gennemgang (måneder)",
            "Ved fratræden", "Aftalt den"} <= label_texts(dialog)
    assert dialog.register_button.text() == "&Registrér"
    # Qt's own standard button, from Qt's Danish catalogue.
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    assert dialog.form.kind_radios[Kind.employee_role].text() == "Medarbejderrolle"
    assert dialog.form.kind_group.title() == "Type: hvem tilhører kontoen?"
    assert dialog.terms.title() == "Registrér overdragelsesvilkår nu"
    # Screen readers hear the same words.
    assert dialog.form.url.accessibleName() == "Adresse"
    assert dialog.register_button.accessibleName() == "Registrér"
    assert [dialog.disposition.itemText(i) for i in range(dialog.disposition.count())][:2] == [
        "Overdrag til efterfølgeren", "Overdrag til virksomheden"]
    # Platforms by their names; the one that is no brand ("Other") in Danish.
    platforms = {dialog.form.platform.itemData(i): dialog.form.platform.itemText(i)
                 for i in range(dialog.form.platform.count())}
    assert (platforms["linkedin"], platforms["other"]) == ("LinkedIn", "Andet")


def test_messages_beside_the_fields_are_danish_too(qtbot, db, speak):
    speak("da")
    dialog = shown(qtbot, RegisterAccountDialog(db))
    qtbot.keyClicks(dialog.form.url, "https://www.linkedin.com/company/nordlys-rejser")
    assert dialog.form.messages.text("url") == "Genkendt: LinkedIn-side »nordlys-rejser«."
    assert dialog.form.presence.currentText() == "Side"
    qtbot.keyClicks(dialog.form.holder.lineEdit(), "Nobody Known")
    dialog.form.holder.completer().popup().hide()
    dialog.register()
    assert dialog.form.messages.text("holder_id") == (
        "Ingen i registret passer til »Nobody Known«; vælg en person på listen.")


@pytest.mark.parametrize("language, title, save", [("sv", "Lägg till person", "Spara"),
                                                   ("nb", "Legg til person", "Lagre")])
def test_the_person_dialog_in_swedish_and_norwegian_bokmal(qtbot, db, speak, language, title, save):
    speak(language)
    dialog = shown(qtbot, PersonDialog(db))
    assert dialog.windowTitle() == title
    assert dialog.save_button.text() == save  # bokmål "Lagre", not Qt's nynorsk "Lagra"
    assert {"sv": "Sista a&rbetsdag", "nb": "Siste a&rbeidsdag"}[language] in label_texts(dialog)


def test_the_table_headers_and_cells_are_danish(db, speak):
    speak("da")
    model = AccountsModel()
    header = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert header == ["Platform", "Brugernavn", "Vist navn", "Type", "Form", "Status", "Officiel", "Indehaver",
                      "Adm.", "Gennemgås", "Risici"]
    risk = RiskFlag("single_admin", "Single admin", "medium", "Only one person holds an owner or admin role.")
    row = AccountRow(id=1, platform="linkedin", platform_name="LinkedIn", presence="page", handle="nordlys",
                     display_name="Nordlys", kind="employee_role", status="dormant", holder_name="",
                     next_review=date(2026, 12, 31), risks=(risk,), administrators=(7,), role_holders=(7,),
                     search_text="nordlys", people=people_of([(7, "Ingrid Berg", None)]))
    model.set_rows([row])
    cells = [model.data(model.index(0, column)) for column in (Column.kind, Column.presence, Column.status,
                                                               Column.official, Column.next_review)]
    assert cells == ["Medarbejderrolle", "Side", "Hvilende", "Ja", "31.12.2026"]
    assert risk_tooltip(row).startswith("Kun én administrator (middel): Kun én person har en rolle som ejer")
    people = PeopleModel()
    assert people.headerData(5, Qt.Orientation.Horizontal) == "Sidste arbejdsdag"


def test_dates_and_numbers_follow_the_language(qtbot, db, speak):
    speak("da")
    assert QLocale().name() == "da_DK"
    assert format_date(date(2026, 12, 31)) == "31.12.2026"
    dialog = shown(qtbot, RegisterAccountDialog(db))
    assert dialog.agreed_on.displayFormat() == "dd.MM.yyyy"
    assert QLocale().toString(12345.5) == "12.345,5"
    speak("sv")
    assert format_date(date(2026, 12, 31)) == "2026-12-31"


def test_the_vocabulary_covers_every_word_of_the_product():
    enums = (Kind, Presence, AccountStatus, Role, Disposition, TwoFactor, EmploymentStatus, CaseStatus, ItemStatus)
    missing = {m.value.replace("_", " ") for enum in enums for m in enum} - VOCABULARY_WORDS
    assert missing == set()


def test_shared_tables_answer_in_the_language_installed_when_read(speak):
    assert KIND_NAMES[Kind.company] == "Company"
    speak("nb")
    assert KIND_NAMES[Kind.company] == "Bedrift"
    assert dict(KIND_NAMES.items())[None] == "Ikke kjent ennå"
    assert words(EmploymentStatus.leaving) == "slutter"
    assert i18n.risk_text("login_outside_company_domains", "title") == "Privat innlogging"


def test_a_new_checklist_is_made_in_the_window_language_and_english_again_afterwards(speak):
    leaver = checklist.Party(1, "Ingrid Berg", "ingrid@nordlys.no")
    templates = checklist.load_templates(checklist.shipped_path())

    def general_titles():
        return [p.title for p in checklist.plan_checklist(templates, leaver=leaver, accounts=[],
                                                          last_working_day=date(2026, 12, 31))]

    installed = speak("sv")
    assert "Samla in underskrifter från Ingrid Berg och företaget på överlämningsbekräftelsen" in general_titles()
    installed.remove()
    assert "Collect the signatures of Ingrid Berg and the company on the handover confirmation" in general_titles()


# --- Mnemonics ---------------------------------------------------------------------------------

def mnemonics(widget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in widget.findChildren(QAbstractButton) if button.isVisibleTo(widget)]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("language", ["en", "da", "sv", "nb"])
def test_alt_letters_are_unique_within_each_dialog(qtbot, db, speak, language):
    speak(language)
    account = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    for dialog in (RegisterAccountDialog(db), PersonDialog(db), HandoverTermsDialog(db, account.id)):
        shown(qtbot, dialog)
        letters = mnemonics(dialog)
        assert len(letters) >= 6
        assert sorted(letters) == sorted(set(letters)), f"{type(dialog).__name__} in {language}: {letters}"


# --- Pseudo-translation --------------------------------------------------------------------------

def test_pseudo_text_is_longer_accented_bracketed_and_keeps_what_code_and_qt_need():
    text = "Recognised: {platform} {presence} “{handle}”."
    pseudo = i18n.pseudo_text(text)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    without_placeholders = re.sub(r"\{\w+\}", "", text)
    assert len(re.sub(r"\{\w+\}", "", pseudo)) >= 1.4 * len(without_placeholders)
    assert re.findall(r"\{\w+\}", pseudo) == ["{platform}", "{presence}", "{handle}"]
    assert "Recognised" not in pseudo and "Ŕéçöĝñîšéđ" in pseudo
    assert "&A" in i18n.pseudo_text("&Address")  # Alt+A still works
    assert i18n.pseudo_text("Tom && Jerry").count("&&") == 1
    assert re.findall(r"<[^>]+>", i18n.pseudo_text("<b>Kind</b><br>Whose it is")) == ["<b>", "</b>", "<br>"]
    assert "%n" in i18n.pseudo_text("%n items") and "%1" in i18n.pseudo_text("Open %1")
    assert i18n.pseudo_text("Ctrl+F") == "Ctrl+F" and i18n.pseudo_text("") == ""


def test_pseudo_mode_sends_every_text_of_the_register_dialog_through_translation(qtbot, db, speak):
    installed = speak("pseudo")
    assert not installed.found_catalogue  # needs no catalogue
    dialog = shown(qtbot, RegisterAccountDialog(db))
    assert dialog.windowTitle().startswith("[Ŕéĝîšţéŕ")
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text() and label.isVisibleTo(dialog)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text() and b.isVisibleTo(dialog)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    texts += [e.placeholderText() for e in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
              if e.placeholderText()]
    untranslated = [text for text in texts if not (text.startswith("[") and text.endswith("]"))]
    assert untranslated == []
    assert len(texts) > 30
    # %n is still counted by Qt.
    assert re.fullmatch(r"\[3 îţém\(š\) ~+\]", QCoreApplication.translate("Any", "%n item(s)", None, 3))
    # Checklists are never stored pseudo-translated.
    assert checklist.set_default_translation(None) is None


# --- Choosing the language -----------------------------------------------------------------------

@pytest.mark.parametrize("system, expected", [
    ("da_DK", "da"), ("sv_FI", "sv"), ("nb_NO", "nb"), ("nn_NO", "nb"), ("en_GB", "en"),
    ("fr_FR", "en"), ("de_DE", "en"), ("C", "en"),
])
def test_the_system_language_decides_when_nothing_is_saved(settings, system, expected):
    assert i18n.chosen_language(settings, QLocale(system)) == expected


def test_an_unknown_system_language_starts_in_english_with_no_catalogue(speak):
    language = i18n.chosen_language(None, QLocale("fr_FR"))
    installed = speak(language)
    assert installed.language == "en" and installed.translators == []
    assert QCoreApplication.translate("RegisterAccountDialog", "Register account") == "Register account"


def test_the_saved_override_wins_over_the_system_and_the_environment_over_both(settings, monkeypatch):
    settings.setValue(i18n.SETTINGS_KEY, "sv")
    assert i18n.chosen_language(settings, QLocale("da_DK")) == "sv"
    monkeypatch.setenv(i18n.ENV_VAR, "nb")
    assert i18n.chosen_language(settings, QLocale("da_DK")) == "nb"
    monkeypatch.setenv(i18n.ENV_VAR, "klingon")  # ignored, with a warning in the log
    assert i18n.chosen_language(settings, QLocale("da_DK")) == "sv"
    settings.setValue(i18n.SETTINGS_KEY, "<script>")
    assert i18n.chosen_language(settings, QLocale("da_DK")) == "da"


def test_english_keeps_the_date_format_of_the_system_territory():
    assert i18n.locale_for("en", QLocale("da_DK")).name() == "en_DK"
    assert i18n.locale_for("da", QLocale("en_US")).name() == "da_DK"
    assert i18n.locale_for("nb", QLocale("nn_NO")).name() == "nb_NO"


def test_the_preferences_dialog_saves_the_override_for_the_next_start(qtbot, settings):
    dialog = shown(qtbot, PreferencesDialog(settings, system=QLocale("da_DK")))
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["As the system (Dansk)", "Dansk", "Svenska", "Norsk bokmål", "English",
                     "Pseudo (for checking layouts)"]
    assert "next time" in dialog.note.text()
    dialog.language.setCurrentIndex(dialog.language.findText("Svenska"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert reread.value(i18n.SETTINGS_KEY) == "sv"
    assert i18n.chosen_language(reread, QLocale("da_DK")) == "sv"
    again = shown(qtbot, PreferencesDialog(reread))
    assert again.language.currentText() == "Svenska"


def test_cancelling_the_preferences_changes_nothing(qtbot, settings):
    settings.setValue(i18n.SETTINGS_KEY, "nb")
    dialog = shown(qtbot, PreferencesDialog(settings))
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.SYSTEM))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert settings.value(i18n.SETTINGS_KEY) == "nb"


def test_the_preferences_dialog_says_when_the_environment_decides(qtbot, settings, monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "da")
    dialog = shown(qtbot, PreferencesDialog(settings))
    assert dialog.override_note.isVisible() and "ACCOUNTREGISTRY_LANGUAGE" in dialog.override_note.text()
