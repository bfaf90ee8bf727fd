"""A version of the social-media policy as a document: the headings of the built-in areas in the
window's language (domain/policy.py, "Policy" context), the company's texts and own headings as
typed. Printed with the offboarding documents' printing (gui/documents.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from accountregistry.domain.policy import OWN_AREA, area
from accountregistry.gui.documents import _meta, _page, e
from accountregistry.gui.formatting import format_date
from accountregistry.store.models import PolicyText, PolicyVersion

translate = QCoreApplication.translate


def _heading(text: PolicyText) -> str:
    if text.area == OWN_AREA:
        return text.heading or ""
    known = area(text.area)
    return QCoreApplication.translate("Policy", known.heading) if known else text.area


def policy_title(version: PolicyVersion) -> str:
    return translate("PolicyDocument", "Social-media policy, version {version}").format(version=version.version)


def policy_html(organisation: str, version: PolicyVersion, texts: list[PolicyText]) -> str:
    title = policy_title(version)
    facts = [translate("PolicyDocument", "In force from {day}").format(day=format_date(version.effective_on)),
             translate("PolicyDocument", "Approved by {name}").format(name=version.approved_by)]
    parts = [f"<h1>{e(title)}</h1>", _meta(organisation, facts)]
    for text in texts:
        body = "<br/>".join(e(line) for line in text.text.splitlines())
        parts.append(f"<h2>{e(_heading(text))}</h2><p>{body}</p>")
    return _page(title, parts)
