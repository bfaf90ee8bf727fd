"""Preferences: the window's language, saved for the next start.

The language is chosen once at start-up (gui/i18n.py): every widget reads its texts when it is
made, so changing it at once would leave half the window in the old language. The dialog says so.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from accountregistry.gui import i18n
from accountregistry.gui.dialogs.register_account import add_row
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label, save_and_cancel


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, system: QLocale | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox()
        system_language = i18n.BY_CODE[i18n.language_for_locale(system if system is not None else QLocale.system())]
        self.language.addItem(self.tr("As the system ({language})").format(language=system_language.name),
                              i18n.SYSTEM)
        # Each language in its own words: whoever looks for Danish reads "Dansk".
        for language in i18n.LANGUAGES:
            self.language.addItem(language.name, language.code)
        self.language.addItem(self.tr("Pseudo (for checking layouts)"), i18n.PSEUDO)
        saved = i18n.normalised(settings.value(i18n.SETTINGS_KEY, ""))
        self.language.setCurrentIndex(max(0, self.language.findData(saved or i18n.SYSTEM)))

        form = QFormLayout()
        add_row(form, self.tr("&Language"), self.language)
        self.note = plain_label(self.tr("The new language is used the next time Account Registry starts."))
        self.override_note = plain_label()
        overridden = os.environ.get(i18n.ENV_VAR, "").strip()
        if overridden:
            self.override_note.setText(
                self.tr("While the environment variable {variable} is set (now to “{value}”), it decides the "
                        "language instead.").format(variable=i18n.ENV_VAR, value=overridden))
        self.override_note.setVisible(bool(overridden))

        self.buttons, _save = save_and_cancel(self, self.save)

        laid_out(QVBoxLayout(self), form, self.note, self.override_note, 1, self.buttons)
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())
        self.language.setFocus()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def save(self) -> None:
        self.settings.setValue(i18n.SETTINGS_KEY, self.chosen_language())
        self.settings.sync()
        self.accept()
