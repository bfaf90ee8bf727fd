"""The holder's agreement as a document both sides sign: each account the person holds or
administers, what its kind means for them, its mandate (what they may speak about, how fast and
also whether outside working hours they answer, how often, to whom, how much working time it may
take, whom to ask about a critical comment), the current handover terms and, for a personal
profile, their consent. In the window's language; the company's own texts as typed. Printed
with the offboarding documents' printing (gui/documents.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.documents import (
    DISPOSITION_WORDS,
    KIND_WORDS,
    _heading,
    _meta,
    _page,
    _table,
    e,
    signature_block,
    tr,
)
from accountregistry.gui.formatting import format_date, format_number, words
from accountregistry.services.agreements import MANDATE_FIELDS, AgreementDocument, CoveredAccount

CONTEXT = "AgreementDocument"
# What each kind means for the person (issue 19).
KIND_MEANING = {
    Kind.company: QT_TRANSLATE_NOOP("AgreementDocument", "The company's account: you use it for the company, and it "
                                                         "stays with the company."),
    Kind.employee_role: QT_TRANSLATE_NOOP("AgreementDocument", "Yours to use as an employee of {organisation}; when "
                                                               "you leave it is handed over or renamed as agreed "
                                                               "below."),
    Kind.personal: QT_TRANSLATE_NOOP("AgreementDocument", "Your own profile: it stays yours, also when you leave. "
                                                          "The company can never take it over."),
    None: QT_TRANSLATE_NOOP("AgreementDocument", "Whose account it is has not been recorded yet."),
}
SCOPE_WORDS = {
    "share_company_posts": QT_TRANSLATE_NOOP("AgreementDocument", "sharing company posts"),
    "name_employer": QT_TRANSLATE_NOOP("AgreementDocument", "naming the employer"),
    "social_selling": QT_TRANSLATE_NOOP("AgreementDocument", "social selling"),
}


# lupdate finds translate("AgreementDocument", "…") calls by that name.
translate = QCoreApplication.translate


def noop_text(text: str) -> str:
    """A text of the tables above, in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def _meaning(o: CoveredAccount, organisation: str) -> str:
    return noop_text(KIND_MEANING[o.account.kind]).format(organisation=organisation)


def _part(o: CoveredAccount) -> str:
    parts = [translate("AgreementDocument", "holder")] if o.holds else []
    parts += [words(role) for role in o.roles]
    return ", ".join(parts) or "–"


def _response(o: CoveredAccount) -> str:
    a = o.account
    if a.response_hours is None:
        return a.response_expectations or translate("AgreementDocument", "Not agreed")
    within = translate("AgreementDocument", "Within {hours} hours").format(hours=format_number(a.response_hours))
    when = translate("AgreementDocument", "also outside working hours") if a.outside_working_hours else translate("AgreementDocument", "within working hours")
    text = f"{within}, {when}"
    return f"{text}. {a.response_expectations}" if a.response_expectations else text


def _terms(o: CoveredAccount) -> str:
    t = o.terms
    if t is None:
        return translate("AgreementDocument", "No handover terms are agreed yet.")
    said = (translate("AgreementDocument", "Version {version} of {day}: {disposition}") if t.agreed_on
            else translate("AgreementDocument", "Version {version}, proposed, not yet agreed: {disposition}"))
    text = said.format(version=t.version, day=format_date(t.agreed_on),
                       disposition=tr(DISPOSITION_WORDS[t.disposition]))
    extra = []
    if o.successor_name:
        extra.append(translate("AgreementDocument", "successor: {name}").format(name=o.successor_name))
    if t.notice_days is not None:
        extra.append(translate("AgreementDocument", "notice: {days} days").format(days=t.notice_days))
    text = f"{text} ({', '.join(extra)})" if extra else text
    return "<br/>".join(e(x) for x in (text, t.followers_terms, t.content_terms) if x)


def _consent(o: CoveredAccount) -> str:
    if o.consent_scope is None:
        return translate("AgreementDocument", "No consent recorded: the company asks nothing of this profile. Ambassador work on your "
                         "own profile is voluntary, and you may withdraw at any time.")
    scope = ", ".join(noop_text(SCOPE_WORDS[name]) for name in o.consent_scope) or "–"
    return translate("AgreementDocument", "Given; the company may ask: {scope}. You may withdraw it at any time.").format(scope=scope)


def _has_mandate(o: CoveredAccount) -> bool:
    """An employee-role or ambassador account has a mandate; another one only if it was recorded."""
    a = o.account
    recorded = any(getattr(a, name) not in (None, False, "") for name in MANDATE_FIELDS)
    return a.kind == Kind.employee_role or o.consent_scope is not None or recorded


def _facts(o: CoveredAccount, organisation: str) -> list[tuple[str, str]]:
    a = o.account
    rows = [(translate("AgreementDocument", "Kind"), e(f"{tr(KIND_WORDS[a.kind])}. {_meaning(o, organisation)}")),
            (translate("AgreementDocument", "Your part"), e(_part(o)))]
    if _has_mandate(o):
        rows += _mandate_rows(o)
    rows.append((translate("AgreementDocument", "Handover terms"), _terms(o)))
    if a.kind == Kind.personal:
        rows.append((translate("AgreementDocument", "Ambassador consent"), e(_consent(o))))
    return rows


def _mandate_rows(o: CoveredAccount) -> list[tuple[str, str]]:
    a = o.account
    return [(translate("AgreementDocument", "Mandate: what you may speak about"), e(a.mandate or translate("AgreementDocument", "Not agreed"))),
            (translate("AgreementDocument", "Response expectations"), e(_response(o))),
            (translate("AgreementDocument", "Frequency"), e(a.frequency or "–")),
            (translate("AgreementDocument", "Audience"), e(a.audience or "–")),
            (translate("AgreementDocument", "Working time per week"),
             e(translate("AgreementDocument", "{hours} hours").format(hours=format_number(a.weekly_hours)) if a.weekly_hours is not None
               else "–")),
            (translate("AgreementDocument", "Critical comments go to"), e(o.escalation_name or "–"))]


def agreement_title(document: AgreementDocument) -> str:
    return translate("AgreementDocument", "Agreement about social media accounts: {name}").format(name=document.person.name)


def agreement_html(document: AgreementDocument, *, today: date | None = None) -> str:
    today = today or date.today()
    person = document.person
    organisation = document.organisation or translate("AgreementDocument", "the company")
    title = translate("AgreementDocument", "Agreement about social media accounts")
    who = person.name + (f" <{person.work_email}>" if person.work_email else "")
    facts = [translate("AgreementDocument", "Holder: {who}").format(who=who)]
    position = ", ".join(x for x in (person.title, person.department) if x)
    if position:
        facts.append(translate("AgreementDocument", "Position: {role}").format(role=position))
    facts.append(translate("AgreementDocument", "Prepared on {day}").format(day=format_date(today)))
    if document.policy_version is not None:
        facts.append(translate("AgreementDocument", "Social-media policy: version {version}, in force since {day}").format(
            version=document.policy_version, day=format_date(document.policy_effective_on)))
    purpose = translate("AgreementDocument", "This lists each social media account {person} holds or administers for {organisation}, "
                        "what it means for them and what is agreed about it. A personal profile stays its holder's "
                        "own; an employee-role profile is theirs to use as an employee of {organisation} and is "
                        "handed over or renamed on departure as agreed.").format(person=person.name,
                                                                                 organisation=organisation)
    parts = [f"<h1>{e(title)}</h1>", _meta(document.organisation, facts), f"<p>{e(purpose)}</p>",
             _heading(translate("AgreementDocument", "Accounts ({count})").format(count=len(document.accounts))),
             _table([translate("AgreementDocument", "Account"), translate("AgreementDocument", "Kind"), translate("AgreementDocument", "Your part"), translate("AgreementDocument", "Handover terms")],
                    [32, 22, 18, 28])]
    for o in document.accounts:
        terms = translate("AgreementDocument", "version {version}").format(version=o.terms.version) if o.terms else "–"
        parts.append(f"<tr><td>{e(_label(o))}</td><td>{e(tr(KIND_WORDS[o.account.kind]))}</td>"
                     f"<td>{e(_part(o))}</td><td>{e(terms)}</td></tr>")
    parts.append("</table>")
    for o in document.accounts:
        parts.append(f"<h3>{e(_label(o))}</h3>")
        parts.append('<table class="facts" cellspacing="0" cellpadding="3" width="100%">')
        parts += [f'<tr><td width="28%"><b>{e(name)}</b></td><td>{value}</td></tr>' for name, value in
                  _facts(o, organisation)]
        parts.append("</table>")
    parts.append(_signatures(person.name))
    return _page(title, parts)


def _label(o: CoveredAccount) -> str:
    a = o.account
    name = f" – {a.display_name}" if a.display_name else ""
    return f"{o.platform} {a.handle}{name} ({a.url})"


def _signatures(holder: str) -> str:
    explanation = translate("AgreementDocument", "By signing, both agree to what is listed above for each account. When its handover "
                            "terms or its mandate change, this agreement is out of date and a new one is signed.")
    return signature_block(holder, translate("AgreementDocument", "Holder"),
                           translate("AgreementDocument", "For the company"), [explanation])
