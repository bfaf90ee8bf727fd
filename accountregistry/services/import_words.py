"""The words a spreadsheet may use for the report's columns and values, in English, Danish,
Swedish and Norwegian: one table, read case-insensitively.

A column is known by its report name (holder_email), by the words the window uses for it (its
Label, "Holder email", and that label's translations in the catalogues: "Indehaverens e-mail",
"Innehavarens e-post") and by the synonyms below. A value of a choice is known by its stored
name (employee_role), by the window's words for it (the "Vocabulary" translations:
"medarbejderrolle", "medarbetarroll", "ansattrolle") and by the synonyms below.

    column_named("Virksomhed")       None: not a column
    column_named("Adresse")          "url"
    value_named(Kind, "Virksomhed")  "company"
    choice_named(problems, "kind", Kind, Label("Kind"), "Corporate")
                                     None, and the problem lists "Virksomhed, Medarbejderrolle,
                                     Personlig" in a Danish window

A word that two columns (or two values) would share is left out rather than guessed.
"""

from __future__ import annotations

from functools import cache

from accountregistry import language
from accountregistry.domain.messages import LABEL_CONTEXT, VOCABULARY_CONTEXT, Choice, Label
from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind, Presence, Role, StrEnum, TwoFactor
from accountregistry.services.validation import Problems

__all__ = ["CHOICE_COLUMNS", "COLUMN_LABELS", "COLUMN_SYNONYMS", "VALUE_SYNONYMS", "YES_NO", "YES_NO_COLUMNS",
           "choice_named", "column_named", "platform_named", "value_named", "word"]

# Each column the import reads, by the label the window gives its field (translated in "Field").
COLUMN_LABELS: dict[str, str] = {
    "platform": "Platform", "presence": "Presence", "handle": "Handle", "url": "Address",
    "display_name": "Display name", "kind": "Kind", "status": "Status", "holder_name": "Holder",
    "holder_email": "Holder email", "responsible_unit": "Responsible unit", "administrators": "Administrators",
    "login_email": "Login email", "two_factor": "Two-factor method", "disposition": "Disposition",
    "successor_email": "Successor email", "terms_agreed_on": "Agreed on", "last_reviewed_on": "Last reviewed on",
    "official": "Official", "mandate": "Purpose and mandate", "response_expectations": "Response expectations",
    "consent_given_on": "Consent given on", "consent_withdrawn_on": "Consent withdrawn on",
    "review_interval_months": "Review interval (months)", "notes": "Notes", "successor_name": "Successor",
    "followers_terms": "Followers, network and groups", "content_terms": "Content", "notice_days": "Notice (days)",
    "agreed_by_holder": "Agreed by the holder", "agreed_by_company": "Agreed for the company by",
    "ambassador": "Listed for ambassador work", "exported_at": "Exported at",
    "response_hours": "Answer within (hours)", "outside_working_hours": "Also outside working hours",
    "frequency": "Expected frequency", "audience": "Audience", "weekly_hours": "Working time per week (hours)",
    "escalation_email": "Escalation contact",
    # Computed by the registry: named in the people layout, skipped by the import.
    "admin_count": Label("Number of administrators"), "next_review_due": Label("Next review due"),
    "risks": Label("Risks"),
}
# The columns whose cells are one of the product's words (a choice), by the choice.
CHOICE_COLUMNS: dict[str, type[StrEnum]] = {"presence": Presence, "kind": Kind, "status": AccountStatus,
                                            "two_factor": TwoFactor, "disposition": Disposition}
YES_NO_COLUMNS = ("official", "agreed_by_holder", "ambassador", "outside_working_hours")
# Yes and no as each language writes them (the import reads all of them in any language).
YES_NO: dict[str, tuple[str, str]] = {"en": ("yes", "no"), "da": ("ja", "nej"), "sv": ("ja", "nej"),
                                      "nb": ("ja", "nei")}

# What people write besides the window's own words (en, da, sv, nb, in no order).
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "url": ("URL", "Web address", "Link", "Webadresse", "Adress", "Webbadress", "Lenke", "Adresse (URL)"),
    "platform": ("Network", "Netværk", "Nätverk", "Nettverk", "Tjeneste", "Tjänst"),
    "handle": ("Username", "User name", "Account name", "Användarnamn", "Brugernavn", "Brukernavn"),
    "display_name": ("Name", "Navn", "Namn", "Kontonavn", "Kontonamn"),
    "kind": ("Type", "Typ", "Account type", "Kontotype", "Kontotyp", "Art"),
    "holder_name": ("Holder name", "Indehaver", "Innehavare", "Innehaver", "Ejer", "Owner"),
    "holder_email": ("Holder e-mail", "Indehavers e-mail", "Indehaver e-mail", "Innehavare e-post",
                     "Innehaver e-post"),
    "responsible_unit": ("Unit", "Department", "Afdeling", "Avdelning", "Avdeling", "Enhed", "Enhet",
                         "Ansvarlig enhed"),
    "administrators": ("Admins", "Administratører"),
    "login_email": ("Login", "Login e-mail", "Inloggning", "Innlogging"),
    "two_factor": ("Two-factor", "2FA", "MFA", "Tofaktor", "Tvåfaktor", "To-faktor"),
    "disposition": ("On leaving", "Ved fratrædelse", "Vid avgång", "Ved fratreden", "Ved fratredelse"),
    "successor_email": ("Successor e-mail", "Efterfølger e-mail", "Efterträdare e-post", "Etterfølger e-post"),
    "successor_name": ("Successor name", "Efterfølger", "Efterträdare", "Etterfølger"),
    "terms_agreed_on": ("Terms agreed on", "Aftalt", "Aftaledato", "Överenskommet", "Avtalt", "Avtaledato"),
    "last_reviewed_on": ("Last reviewed", "Reviewed on", "Gennemgået", "Sidst gennemgået", "Granskad",
                         "Senast granskad", "Gjennomgått", "Sist gjennomgått"),
    "notes": ("Note", "Comments", "Bemærkninger", "Kommentarer", "Anteckning", "Notat", "Merknader"),
    "review_interval_months": ("Review interval", "Interval for gennemgang", "Granskningsintervall",
                               "Intervall for gjennomgang"),
    "notice_days": ("Notice", "Varsel", "Uppsägningstid", "Varsel (dage)"),
}

# Values besides the window's own words for them.
VALUE_SYNONYMS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    Kind: {"company": ("Firma", "Virksomhedskonto", "Företagskonto", "Bedriftskonto"),
           "employee_role": ("Employee", "Role", "Medarbejder", "Medarbetare", "Ansatt", "Rolle", "Roll"),
           "personal": ("Private", "Privat", "Personligt")},
    TwoFactor: {"authenticator_app": ("App", "Authenticator", "Godkendelsesapp", "Autentiseringsapp", "TOTP",
                                      "Authenticator-app", "Autentificeringsapp"),
                "security_key": ("Key", "YubiKey", "Sikkerhedsnøgle", "Säkerhetsnyckel", "Sikkerhetsnøkkel"),
                "sms": ("Text message", "SMS-kode", "SMS-kod", "Tekstbesked"),
                "email": ("E-mail", "Mail", "E-post"),
                "none": ("No", "Nej", "Nei", "Ingen")},
    AccountStatus: {"active": ("Aktiv", "Aktivt", "In use", "I brug", "I bruk", "I användning"),
                    "dormant": ("Inactive", "Inaktiv", "Sovende", "Vilande", "Hvilende"),
                    "archived": ("Arkiveret", "Arkiverad", "Arkivert"),
                    "closed": ("Deleted", "Lukket", "Slettet", "Nedlagt", "Stängd", "Stengt", "Borttagen")},
    Disposition: {"transfer_to_company": ("Overdrages til virksomheden", "Overlämnas till företaget",
                                         "Overdras til bedriften", "To the company", "Company"),
                  "transfer_to_successor": ("Overdrages til efterfølger", "Overlämnas till efterträdare",
                                            "Overdras til etterfølger", "To the successor", "Successor"),
                  "holder_keeps": ("Holder", "Indehaveren beholder", "Innehavaren behåller",
                                   "Innehaveren beholder", "Keeps")},
    Role: {"owner": ("Ejer", "Ägare", "Eier"), "admin": ("Administrator", "Administratör", "Administrator")},
}


def word(text: str) -> str:
    """Text as the registry writes a name (a column's, a choice's): lowercase, words joined by "_"
    ("Holder e-mail " -> "holder_e_mail")."""
    return "_".join(text.strip().lower().replace("-", " ").split())


def _translations(context: str, english: str) -> list[str]:
    return [english] + [found for code in language.TRANSLATED
                        if (found := language.catalogue(code).get((context, english)))]


def _unambiguous(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """word -> meaning, leaving out the words given two meanings."""
    meanings: dict[str, set[str]] = {}
    for text, meaning in pairs:
        meanings.setdefault(word(text), set()).add(meaning)
    return {key: next(iter(found)) for key, found in meanings.items() if len(found) == 1 and key}


@cache
def _column_words() -> dict[str, str]:
    pairs = [(name, name) for name in COLUMN_LABELS]
    pairs += [(text, column) for column, label in COLUMN_LABELS.items()
              for text in _translations(LABEL_CONTEXT, label)]
    pairs += [(text, column) for column, synonyms in COLUMN_SYNONYMS.items() for text in synonyms]
    found = _unambiguous(pairs)
    found.update({name: name for name in COLUMN_LABELS})  # the report's own names always
    return found


@cache
def _value_words(enum: type[StrEnum]) -> dict[str, str]:
    pairs = [(member.value, member.value) for member in enum]
    pairs += [(text, member.value) for member in enum
              for text in _translations(VOCABULARY_CONTEXT, member.value.replace("_", " "))]
    pairs += [(text, value) for value, synonyms in VALUE_SYNONYMS.get(enum, {}).items() for text in synonyms]
    found = _unambiguous(pairs)
    found.update({member.value: member.value for member in enum})
    return found


@cache
def _platform_words() -> dict[str, str]:
    pairs = [(text, p.id) for p in PLATFORMS for text in (p.id, *_translations(LABEL_CONTEXT, p.name))]
    found = _unambiguous(pairs)
    found.update({p.id: p.id for p in PLATFORMS})
    return found


def platform_named(cell: str) -> str:
    """The platform id a cell names: its id, its name ("Google Business Profile"), or the name's
    translation ("Andet" for other); otherwise the cell lower-cased (the platform then says what
    is allowed)."""
    return _platform_words().get(word(cell), cell.strip().lower())


def column_named(name: str) -> str | None:
    """The report column a header cell names (already normalised by `word`, or not), or None."""
    return _column_words().get(word(name))


def value_named(enum: type[StrEnum], cell: str) -> str:
    """The stored value a cell names in any of the four languages; the cell as a word when it
    names none (the choice then says what is allowed)."""
    written = word(cell)
    return _value_words(enum).get(written, written)



def choice_named(problems: Problems, name: str, enum: type[StrEnum], label: Label, cell: str) -> StrEnum | None:
    """The member a cell names in any of the four languages; otherwise None, and a problem that
    shows the cell as written and lists the words the import takes for the choice as the window
    shows them, in the user's language ("Virksomhed, Medarbejderrolle, Personlig"), not the
    stored values that a command line option takes."""
    try:
        return enum(value_named(enum, cell))
    except ValueError:
        problems.add(name, "not_a_choice", label=Label(label), value=cell.strip()[:100],
                     allowed=[Choice(member.value) for member in enum])
        return None
