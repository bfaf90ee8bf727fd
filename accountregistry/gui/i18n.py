"""The window's language: which one, installing Qt's translators for it, and the texts of the
Qt-free core (risk rules, checklist templates) read in it.

The language is, in this order: the ACCOUNTREGISTRY_LANGUAGE environment variable (for
screenshots and tests), the override saved by the preferences dialog (QSettings "ui/language"),
the system's preferred languages. Danish, Swedish and Norwegian (bokmål; "no" and "nn" systems
get bokmål too) are translated; anything else is English. "pseudo" lengthens and accents every
text of the window, to find labels that are cut off before a real translation does.

Translations live in resources/translations/accountregistry_XX.ts (Qt Linguist sources; run
`scripts/translations.py update` after changing texts) and are compiled to .qm files next to
them (`scripts/translations.py compile`, which scripts/dev runs before it starts anything).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from accountregistry import language as core_language
from accountregistry.domain import checklist, risks

log = logging.getLogger(__name__)

ENV_VAR = "ACCOUNTREGISTRY_LANGUAGE"
SETTINGS_KEY = "ui/language"
SYSTEM = ""  # no override: follow the system's languages
ENGLISH = "en"
PSEUDO = "pseudo"
CATALOGUE = "accountregistry"  # accountregistry_da.qm, ...
RISK_CONTEXT = "Risk"
CHECKLIST_CONTEXT = checklist.CONTEXT


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself: a Dane looking for Danish reads "Dansk"
    qt_language: QLocale.Language
    home: QLocale.Country  # dates and numbers when the system is in another language
    qt_catalogues: tuple[str, ...] = ()  # Qt's own translations (standard buttons), best first


LANGUAGES = (
    Language("da", "Dansk", QLocale.Language.Danish, QLocale.Country.Denmark, ("qtbase_da",)),
    Language("sv", "Svenska", QLocale.Language.Swedish, QLocale.Country.Sweden, ("qtbase_sv",)),
    # Qt ships no bokmål catalogue; nynorsk is what every Norwegian reader knows next, and the
    # texts people see most (standard buttons, the edit menu) are in our own bokmål catalogue.
    Language("nb", "Norsk bokmål", QLocale.Language.NorwegianBokmal, QLocale.Country.Norway,
             ("qtbase_nb", "qtbase_no", "qtbase_nn")),
    # English without a country (a C/POSIX system locale): European dates, 12/03/2027, not the
    # US 3/12/27 that a Scandinavian HR department would misread.
    Language("en", "English", QLocale.Language.English, QLocale.Country.Europe),
)
BY_CODE = {language.code: language for language in LANGUAGES}
TRANSLATED = tuple(language.code for language in LANGUAGES if language.code != ENGLISH)


def normalised(code: object) -> str | None:
    """A language code as this module knows it ("da", ..., "pseudo", "" for the system), else None."""
    text = str(code or "").strip().lower()
    if text == PSEUDO:
        return PSEUDO
    return SYSTEM if text in ("", "system") else core_language.normalised(text)


def language_for_locale(locale: QLocale) -> str:
    """The first of the locale's preferred languages that the window speaks; else English."""
    for tag in locale.uiLanguages():
        code = normalised(tag)
        if code:
            return code
    return ENGLISH


def chosen_language(settings: QSettings | None = None, system: QLocale | None = None) -> str:
    """The language to start in: environment variable, then saved override, then the system."""
    for where, value in ((ENV_VAR, os.environ.get(ENV_VAR)),
                         (SETTINGS_KEY, settings.value(SETTINGS_KEY, "") if settings is not None else "")):
        code = normalised(value)
        if code is None:
            log.warning("%s is %r, which is not a language Account Registry knows; ignored.", where, value)
        elif code:
            return code
    return language_for_locale(system if system is not None else QLocale.system())


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers for the language: the system's own formats when it speaks that language
    (Danish in Sweden stays da_SE if that is what the system says), else the language's home."""
    system = system if system is not None else QLocale.system()
    if language in (PSEUDO, SYSTEM) or language not in BY_CODE:
        return system
    wanted = BY_CODE[language]
    if system.language() == wanted.qt_language:
        return system
    if language == ENGLISH and system.territory() != QLocale.Country.AnyCountry:
        # English words with the dates the user is used to: en_DK writes 31/12/2026, not 12/31/26.
        return QLocale(QLocale.Language.English, system.territory())
    return QLocale(wanted.qt_language, wanted.home)


# --- Where the translations are --------------------------------------------------------------

def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


# --- Installing a language -------------------------------------------------------------------

@dataclass
class InstalledLanguage:
    """What install_language changed, so that remove() puts it back (tests, a second install)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_checklist: checklist.Translate | None = None
    previous_core: tuple | None = None  # language.set_translator's previous state
    found_catalogue: bool = False  # our own .qm was there and loaded
    removed: bool = False

    def remove(self) -> None:
        """Put back what was there before; a second call does nothing (another language may be in)."""
        if self.removed:
            return
        self.removed = True
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        checklist.set_default_translation(self.previous_checklist)
        if self.previous_core is not None:
            core_language.set_translator(*self.previous_core)
        global _installed
        if _installed is self:
            _installed = None


_installed: InstalledLanguage | None = None


def install_language(language: str, *, folder: Path | None = None, system: QLocale | None = None
                     ) -> InstalledLanguage:
    """Make the running application speak `language` from now on (widgets made afterwards).

    Installs Qt's own catalogue (standard buttons, context menus) and ours, sets the default
    locale for dates and numbers, and makes new offboarding checklists in the language. Replaces
    a language installed before. Needs a QCoreApplication.
    """
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication first")
    if _installed is not None:
        _installed.remove()
    code = normalised(language) or ENGLISH
    if code == SYSTEM:
        code = language_for_locale(system if system is not None else QLocale.system())
    installed = InstalledLanguage(code, previous_locale=QLocale())
    installed.translators, installed.found_catalogue = _translators(code, folder)
    for translator in installed.translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(code, system))
    # A pseudo-translated checklist would be stored that way for good: checklists stay English.
    installed.previous_checklist = checklist.set_default_translation(checklist_text if code in TRANSLATED else None)
    # The core's refusals (domain/messages.py) in the same language, from the same catalogue.
    installed.previous_core = core_language.set_translator(
        QCoreApplication.translate if code in (*TRANSLATED, PSEUDO) else None, code if code != PSEUDO else ENGLISH)
    _installed = installed
    return installed


# Qt's own texts that people see most, in our catalogue too: Qt has no bokmål catalogue (these
# give bokmål instead of nynorsk), and for Danish and Swedish they say what Qt's own say.
QT_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def _load_first(names: tuple[str, ...], folder: Path) -> QTranslator | None:
    for name in names:
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


def _translators(code: str, folder: Path | None) -> tuple[list[QTranslator], bool]:
    """Qt's catalogue, then ours over it (Qt asks the one installed last first); whether ours was found."""
    if code not in TRANSLATED:
        return [PseudoTranslator()] if code == PSEUDO else [], False
    folder = folder or core_language.translations_folder()
    ours = _load_first((f"{CATALOGUE}_{code}",), folder)
    if ours is None:
        log.warning("No compiled %s translation in %s: run scripts/translations.py compile.", code, folder)
    found = (_load_first(BY_CODE[code].qt_catalogues, qt_translations_folder()), ours)
    return [translator for translator in found if translator is not None], ours is not None


# --- Texts of the Qt-free core, read in the installed language --------------------------------
# core_texts.py (generated by scripts/translations.py update) holds them for lupdate to find.

def risk_text(rule_id: str, field_name: str) -> str:
    """A risk rule's title, explanation or what_to_do in the user's language."""
    try:
        english = getattr(risks.rule(rule_id), field_name)
    except KeyError:
        return ""
    return QCoreApplication.translate(RISK_CONTEXT, english)


def severity_text(severity: object) -> str:
    """"high", "medium" or "low" in words of the user's language."""
    return QCoreApplication.translate(RISK_CONTEXT, str(severity))


def checklist_text(english: str) -> str:
    """A checklist template's title pattern, or a word filled into one, in the user's language."""
    return QCoreApplication.translate(CHECKLIST_CONTEXT, english)


K = TypeVar("K")


class TranslatedTable(Mapping[K, str]):
    """A module-level table of English texts (each marked with QT_TRANSLATE_NOOP for lupdate)
    that answers in the language installed when it is read, not when the module was imported."""

    def __init__(self, context: str, texts: Mapping[K, str]):
        self.context = context
        self._texts = dict(texts)

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate(self.context, self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def english(self, key: K) -> str:
        return self._texts[key]


# --- Pseudo-translation ------------------------------------------------------------------------

_LOOK_ALIKES = dict(zip("AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
                        "ÀàÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž"))
# Kept as they are: {placeholders}, %n and %1, HTML tags and entities, && and a mnemonic with
# its letter (Alt+letter must still be typable).
_PROTECTED = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+|<[^>]*>|&(?:[A-Za-z]+|#\d+);|&&|&.", re.DOTALL)
_KEY_SEQUENCE = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)+\S+$|^F\d{1,2}$")
# Qt's own contexts whose texts are shown as they are (buttons, menus); the rest of Qt's
# (key names, format strings) must keep their meaning and are left alone.
_QT_CONTEXTS_SHOWN = frozenset({"QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox",
                                "QLineEdit", "QWidgetTextControl"})


def pseudo_text(text: str) -> str:
    """Text about 40% longer, bracketed and with accented look-alike letters: "[Àççöûñţš ~~~~]".

    Clipping shows as a missing bracket; text that is not translated shows as plain English.
    """
    if not text or not text.strip() or _KEY_SEQUENCE.match(text):
        return text
    out: list[str] = []
    visible = 0  # characters a reader sees, besides placeholders (their length is not known yet)
    position = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position:match.start()]
        visible += len(plain) + (1 if match.group().startswith("&") and len(match.group()) == 2 else 0)
        out.append("".join(_LOOK_ALIKES.get(ch, ch) for ch in plain))
        out.append(match.group())
        position = match.end()
    plain = text[position:]
    visible += len(plain)
    out.append("".join(_LOOK_ALIKES.get(ch, ch) for ch in plain))
    # About 40% longer, counting the brackets and the space: what German or Finnish often needs.
    padding = "~" * max(2, round(visible * 0.4) - 3)
    return f"[{''.join(out)} {padding}]"


class PseudoTranslator(QTranslator):
    """Every text of the window through pseudo_text: for checking layouts, never for users."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context[:1] == "Q" and context[1:2].isupper() and context not in _QT_CONTEXTS_SHOWN:
            return None
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False
