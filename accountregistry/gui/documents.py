"""Printable documents of an offboarding: the checklist, and the handover confirmation both
parties sign. Built as HTML for QTextDocument (every value escaped: names may hold < and &),
then printed or written as PDF with Qt's printing.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from datetime import date
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from accountregistry import APP_NAME
from accountregistry.domain.errors import StoreError
from accountregistry.domain.hidden_characters import show_hidden
from accountregistry.domain.vocabulary import CaseStatus, Disposition, ItemStatus, Kind
from accountregistry.gui.formatting import format_date, format_datetime, words
from accountregistry.gui.models.offboarding_model import account_text, blocker_text
from accountregistry.gui.widgets.date_field import date_in_words
from accountregistry.services.leavers import AccountOutcome, HandoverRecord, OutcomeItem
from accountregistry.services.offboarding import Blocker, CaseSummary, ItemView
from accountregistry.store.safe_files import filled_whole

DISPOSITION_WORDS = {
    Disposition.transfer_to_successor: QT_TRANSLATE_NOOP("Documents", "Transferred to the successor"),
    Disposition.transfer_to_company: QT_TRANSLATE_NOOP("Documents", "Transferred to the company"),
    Disposition.holder_keeps: QT_TRANSLATE_NOOP("Documents", "The holder keeps it"),
    Disposition.archive: QT_TRANSLATE_NOOP("Documents", "Archived"),
    Disposition.close: QT_TRANSLATE_NOOP("Documents", "Closed"),
}
KIND_WORDS = {
    Kind.company: QT_TRANSLATE_NOOP("Documents", "Company account"),
    Kind.employee_role: QT_TRANSLATE_NOOP("Documents", "Employee-role account"),
    Kind.personal: QT_TRANSLATE_NOOP("Documents", "Personal account"),
    None: QT_TRANSLATE_NOOP("Documents", "Kind not recorded"),
}
STATUS_WORDS = {
    ItemStatus.open: QT_TRANSLATE_NOOP("Documents", "Open"),
    ItemStatus.done: QT_TRANSLATE_NOOP("Documents", "Done"),
    ItemStatus.waived: QT_TRANSLATE_NOOP("Documents", "Waived"),
}
CASE_STATUS_WORDS = {
    CaseStatus.open: QT_TRANSLATE_NOOP("Documents", "open"),
    CaseStatus.closed: QT_TRANSLATE_NOOP("Documents", "closed"),
    CaseStatus.cancelled: QT_TRANSLATE_NOOP("Documents", "cancelled"),
}

# Plain, print-friendly: black on white whatever the window's palette.
STYLE = """
body { color: #000; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }
p.meta { color: #333; margin-top: 0; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e6e6e6; text-align: left; }
h3 { font-size: 11pt; margin-top: 12pt; margin-bottom: 2pt; }
span.warning { font-weight: bold; }
td.nowrap { white-space: nowrap; }
td.line { white-space: nowrap; }
"""


# lupdate finds translate("Documents", "…") calls by that name; tr() is for the NOOP tables above.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def e(value: object) -> str:
    """Escaped text; None is empty."""
    return html.escape("" if value is None else str(value), quote=True)


def _heading(text: str) -> str:
    return f"<h2>{e(text)}</h2>"


def _table(headers: Iterable[str], widths: Iterable[int] | None = None) -> str:
    cells = "".join(f'<th width="{w}%">{e(h)}</th>' if w else f"<th>{e(h)}</th>"
                    for h, w in zip(headers, widths or [0] * 99))
    return ('<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<thead><tr>{cells}</tr></thead>")


def _done_by(who: str | None, when) -> str:
    return translate("Documents", "{who}, {when}").format(who=who or "?", when=format_datetime(when))


def _reason_and_note(reason: str | None, note: str | None) -> list[str]:
    """An item's waiving reason and its note, a line each (those it has)."""
    return [*([translate("Documents", "Reason: {reason}").format(reason=show_hidden(reason))] if reason else []),
            *([translate("Documents", "Note: {note}").format(note=show_hidden(note))] if note else [])]


def _item_outcome(status: ItemStatus, title: str, done_by: str | None, done_at, reason: str | None,
                  note: str | None) -> str:
    text = f"<b>{e(tr(STATUS_WORDS[status]))}</b>: {e(title)}"
    if status != ItemStatus.open:
        text += f" ({e(_done_by(done_by, done_at))})"
    return "<br/>".join([text, *map(e, _reason_and_note(reason, note))])


# --- The checklist (Print…, Save as PDF…) -----------------------------------------------------

def checklist_html(*, organisation: str, summary: CaseSummary, status: CaseStatus, status_reason: str | None,
                   items: list[ItemView], blockers: list[Blocker], today: date | None = None) -> str:
    today = today or date.today()
    successor = summary.successor_name or translate("Documents", "not chosen yet")
    last_day = date_in_words(summary.last_working_day, today)
    if summary.internal_move:  # the person stays; their accounts are handed over
        title = translate("Documents", "Internal move of {person}").format(person=summary.person_name)
        day = translate("Documents", "Day of the move: {day}").format(day=last_day)
    else:
        title = translate("Documents", "Offboarding of {leaver}").format(leaver=summary.person_name)
        day = translate("Documents", "Last working day: {day}").format(day=last_day)
    facts = [
        day,
        translate("Documents", "Successor: {name}").format(name=successor),
        translate("Documents", "Status: {status}").format(status=tr(CASE_STATUS_WORDS[status])),
        translate("Documents", "{settled} of {total} items settled").format(settled=summary.settled,
                                                                            total=summary.total),
    ]
    if status_reason:
        facts.append(translate("Documents", "Reason: {reason}").format(reason=status_reason))
    facts.append(translate("Documents", "Printed on {day}").format(day=format_date(today)))
    parts = [f"<h1>{e(title)}</h1>", _meta(organisation, facts)]
    if blockers:
        parts.append(_heading(translate("Documents", "What stands in the way")) + "<ul>")
        parts += [f"<li>{e(blocker_text(b, items=items, last_working_day=summary.last_working_day))}</li>"
                  for b in blockers]
        parts.append("</ul>")
    parts.append(_heading(translate("Documents", "Checklist")))
    if not items:
        nothing = translate("Documents", "This offboarding has no items.")  # outside the f-string: lupdate sees it
        parts.append(f"<p>{e(nothing)}</p>")
    headers = [translate("Documents", "Item"), translate("Documents", "Assignee"), translate("Documents", "Due"),
               translate("Documents", "Status")]
    # Each account's items in a table of their own under its name, kept on one page with it
    # (KEEP_TOGETHER): a page break never leaves a name at a page's foot, nor splits its items.
    for account_id, group in groupby(items, key=lambda item: item.account_id):
        group = list(group)
        name = translate("Documents", "General") if account_id is None else account_text(group[0].account)
        parts.append(f'<h3><a name="{KEEP_TOGETHER}"></a>{e(name)}</h3>' + _table(headers, [42, 22, 12, 24]))
        parts += [_checklist_row(item, today) for item in group]
        parts.append("</table>")
    return _page(title, parts)


def _checklist_row(item: ItemView, today: date) -> str:
    status = tr(STATUS_WORDS[item.status])
    if item.status == ItemStatus.open and item.due_on < today:
        status = translate("Documents", "Open, overdue")
    settled = [] if item.status == ItemStatus.open else [_done_by(item.done_by, item.done_at)]
    details = [status, *settled, *_reason_and_note(item.waive_reason, item.note)]
    return (f"<tr><td>{e(item.title)}</td><td>{e(item.assignee.sentence())}</td>"
            f'<td class="nowrap">{e(format_date(item.due_on))}</td><td>{"<br/>".join(map(e, details))}</td></tr>')


# --- The handover confirmation -----------------------------------------------------------------

def _administrators(outcome: AccountOutcome) -> str:
    """Each person once, with all their roles ("Emil Thygesen (admin, editor)")."""
    if not outcome.administrators:
        return e(translate("Documents", "Nobody"))
    still = translate("Documents", "– still the leaver")
    people: dict[str, tuple[list[str], bool]] = {}
    for name, role, is_leaver in outcome.administrators:
        roles, leaver = people.setdefault(name, ([], False))
        roles.append(words(role))
        people[name] = (roles, leaver or is_leaver)
    lines = []
    for name, (roles, is_leaver) in people.items():
        line = e(translate("Documents", "{name} ({role})").format(name=name, role=", ".join(roles)))
        if is_leaver:
            line = f'<span class="warning">{line} {e(still)}</span>'
        lines.append(line)
    return "<br/>".join(lines)


def _outcome_items(items: tuple[OutcomeItem, ...]) -> str:
    if not items:
        return e(translate("Documents", "No checklist item"))
    return "<br/>".join(_item_outcome(i.status, i.title, i.done_by, i.done_at, i.waive_reason, i.note) for i in items)


def _agreed(o: AccountOutcome) -> str:
    if o.disposition is None:
        return translate("Documents", "No handover terms agreed")
    text = tr(DISPOSITION_WORDS[o.disposition])
    if o.terms_agreed_on:
        return translate("Documents", "{outcome} (agreed {day})").format(outcome=text,
                                                                        day=format_date(o.terms_agreed_on))
    return text


def _held_by(o: AccountOutcome) -> str:
    if o.holder_name:
        return o.holder_name
    if o.kind == Kind.company:  # a company account presents the company, not a person
        return translate("Documents", "The company")
    return translate("Documents", "Nobody recorded")


def _settled_text(o: AccountOutcome) -> str:
    if o.leaver_roles:
        roles = ", ".join(words(r) for r in o.leaver_roles)
        return translate("Documents", "No: the leaver is still {roles}").format(roles=roles)
    open_items = sum(1 for i in o.items if i.status == ItemStatus.open)
    if open_items == 1:
        return translate("Documents", "No: 1 item open")
    if open_items:
        return translate("Documents", "No: {count} items open").format(count=open_items)
    return translate("Documents", "Yes")


def _meta(organisation: str, facts: list[str]) -> str:
    return f'<p class="meta">{e(organisation)}<br/>{"<br/>".join(e(f) for f in facts)}</p>'


def _handover_facts(record: HandoverRecord, today: date) -> list[str]:
    who = record.leaver_name + (f" <{record.leaver_email}>" if record.leaver_email else "")
    position = ", ".join(x for x in (record.leaver_title, record.leaver_department) if x)
    successor = record.successor_name or translate("Documents", "not chosen")
    facts = [translate("Documents", "Leaver: {who}").format(who=who)]
    if position:
        facts.append(translate("Documents", "Position: {role}").format(role=position))
    facts.append(translate("Documents", "Last working day: {day}").format(
        day=date_in_words(record.last_working_day, today)))
    facts.append(translate("Documents", "Successor: {name}").format(name=successor))
    facts.append(translate("Documents", "Offboarding {number}: {status}").format(
        number=record.case_id, status=tr(CASE_STATUS_WORDS[record.case_status])))
    if record.closed_at:
        facts.append(translate("Documents", "Closed on {when} by {who}").format(
            when=format_datetime(record.closed_at), who=record.closed_by or "?"))
    return facts


def _account_in_full(o: AccountOutcome) -> str:
    kind = tr(KIND_WORDS[o.kind])
    if o.status is not None and o.status.value != "active":
        kind = translate("Documents", "{kind}, {status}").format(kind=kind, status=words(o.status))
    rows = [(translate("Documents", "Kind"), e(kind)),
            (translate("Documents", "Agreed outcome"), e(_agreed(o))),
            (translate("Documents", "Held by now"), e(_held_by(o))),
            (translate("Documents", "Administered by now"), _administrators(o)),
            (translate("Documents", "Checklist"), _outcome_items(o.items))]
    return "".join([f'<h3><a name="{KEEP_TOGETHER}"></a>{e(account_text(o.account))}</h3>',
                    '<table class="facts" cellspacing="0" cellpadding="3" width="100%">',
                    *(f'<tr><td width="24%"><b>{e(name)}</b></td><td>{value}</td></tr>' for name, value in rows),
                    "</table>"])


def handover_html(record: HandoverRecord, *, today: date | None = None) -> str:
    today = today or date.today()
    title = translate("Documents", "Handover confirmation")
    leaver = record.leaver_name
    organisation = record.organisation or translate("Documents", "the company")
    purpose = translate("Documents", "This confirms what became of each social media account {leaver} held or "
                                     "administered for {organisation}. The company's pages, groups and accounts "
                                     "stay with the company; personal profiles remain their holder's own.")
    parts = [f"<h1>{e(title)}</h1>", _meta(record.organisation, _handover_facts(record, today)),
             f"<p>{e(purpose.format(leaver=leaver, organisation=organisation))}</p>"]
    unsettled = [o for o in record.accounts if not o.settled]
    open_general = record.general is not None and not record.general.settled
    if record.case_status != CaseStatus.closed or unsettled or open_general:
        warning = translate("Documents", "Not everything is settled yet ({count} accounts still open). Sign once "
                                         "every account is settled.").format(count=len(unsettled))
        parts.append(f'<p><span class="warning">{e(warning)}</span></p>')

    # The overview first: one line per account, what was agreed and whether it is settled.
    parts.append(_heading(translate("Documents", "Accounts ({count})").format(count=len(record.accounts))))
    headers = [translate("Documents", "Account"), translate("Documents", "Agreed outcome"),
               translate("Documents", "Settled")]
    parts.append(_table(headers, [46, 34, 20]))
    for o in record.accounts:
        parts.append(f"<tr><td>{e(account_text(o.account))}</td><td>{e(_agreed(o))}</td>"
                     f"<td>{e(_settled_text(o))}</td></tr>")
    if not record.accounts:
        none = translate("Documents", "The leaver held or administered no account.")
        parts.append(f'<tr><td colspan="3">{e(none)}</td></tr>')
    parts.append("</table>")

    # Then each account in full: who holds and administers it now, and every item's outcome.
    parts += [_account_in_full(o) for o in record.accounts]
    if record.general is not None:
        parts.append(f'<h2><a name="{KEEP_TOGETHER}"></a>{e(translate("Documents", "General"))}</h2><ul>')
        parts += [f"<li>{_item_outcome(i.status, i.title, i.done_by, i.done_at, i.waive_reason, i.note)}</li>"
                  for i in record.general.items]
        parts.append("</ul>")
    recap = translate("Documents", "Handover confirmation for {leaver}, offboarding {number}, last working day "
                                   "{day}: {count} accounts.").format(
        leaver=leaver, number=record.case_id, day=format_date(record.last_working_day), count=len(record.accounts))
    parts.append(signatures_html(leaver, recap))
    return _page(title, parts)


def signatures_html(leaver: str, recap: str) -> str:
    """The handover confirmation's signatures: the leaver's and the company's (HR)."""
    explanation = translate("Documents", "By signing, both confirm that the accounts listed in this confirmation "
                                         "are settled as described, and that the leaver keeps no access to the "
                                         "company's accounts.")
    return signature_block(leaver, translate("Documents", "Leaver"), translate("Documents", "For the company (HR)"),
                           [recap, explanation])


def signature_block(person: str, person_heading: str, company_heading: str, paragraphs: list[str]) -> str:
    """Both parties' lines (name, signature, date), the person's name filled in, after the
    paragraphs that say what signing means; kept on one page: after what precedes it if it fits
    there, else at the top of the next page (a page break never splits them; see _keep_together)."""
    line = "_" * 20
    name, signature, day = (translate("Documents", "Name:"), translate("Documents", "Signature:"),
                            translate("Documents", "Date:"))

    def row(label: str, left: str, right: str) -> str:
        cell = f'<td width="15%" class="nowrap">{e(label)}</td>'
        return (f'<tr>{cell}<td width="33%" class="line">{left}</td><td width="4%"></td>'
                f'{cell}<td width="33%" class="line">{right}</td></tr>')

    heading = translate("Documents", "Signatures")
    return (f'<h2><a name="{KEEP_TOGETHER}"></a>{e(heading)}</h2>'
            + "".join(f"<p>{e(text)}</p>" for text in paragraphs)
            + '<table width="100%" cellspacing="0" cellpadding="10">'
            f'<tr><td colspan="2"><b>{e(person_heading)}</b></td><td></td>'
            f'<td colspan="2"><b>{e(company_heading)}</b></td></tr>'
            + row(name, e(person), line) + row(signature, line, line) + row(day, line, line)
            + "</table>")


# --- Rendering ------------------------------------------------------------------------------------

def _page(title: str, parts: list[str]) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>'
            + "".join(parts) + "</body></html>")


def text_document(source: str, *, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(source)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


# A named anchor that marks where a part that must stay on one page begins (an account's block,
# the signatures); the part runs until the next such anchor, or the end.
KEEP_TOGETHER = "keep-together"
# QTextDocument.print_'s margins (2 cm), in the 96-dpi units a document lays itself out in.
LAYOUT_DPI = 96
MARGIN = 2 / 2.54 * LAYOUT_DPI


def _anchored(block: QTextBlock) -> bool:
    """Whether the block holds the KEEP_TOGETHER anchor (on its first character)."""
    fragments = block.begin()
    return not fragments.atEnd() and KEEP_TOGETHER in fragments.fragment().charFormat().anchorNames()


def pdf_printer() -> QPrinter:
    """A4 as PDF, the margins left to QTextDocument (2 cm of its own, and the page numbers)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    _own_margins(printer)
    return printer


def _own_margins(printer: QPrinter) -> None:
    """The 2 mm printer margins QTextDocument.print_ gives a printer that has none, given before
    the document is laid out for it, so that laid_out_for sees the page print_ will use."""
    if printer.pageLayout().margins(QPageLayout.Unit.Millimeter).isNull():
        printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)


def laid_out_for(document: QTextDocument, printer: QPrinter) -> tuple[QTextDocument, float, float]:
    """A copy laid out as QTextDocument.print_ lays it out on the printer (its fonts at the
    printer's resolution, 2 cm margins, a page the printer's size), with the page's height and
    its bottom margin in the copy's units. The copy lives as long as the document, and needs the
    printer to."""
    trial = document.clone()
    layout = trial.documentLayout()
    layout.setPaintDevice(printer)
    margin = int(MARGIN)  # scaled to the printer by the layout, as print_ does
    frame = trial.rootFrame().frameFormat()
    frame.setLeftMargin(margin)
    frame.setRightMargin(margin)
    frame.setTopMargin(margin)
    frame.setBottomMargin(margin)
    trial.rootFrame().setFrameFormat(frame)
    trial.setPageSize(QSizeF(printer.width(), printer.height()))
    return trial, float(printer.height()), margin * printer.logicalDpiY() / LAYOUT_DPI


def _keep_together(document: QTextDocument, printer: QPrinter | None = None) -> QTextDocument:
    """If a page break would split a part that begins at a KEEP_TOGETHER anchor (an account's
    heading from its facts, the signatures), start that part on a new page; when it fits after
    what precedes it, it stays there and no page is left all but empty for it. A part taller than
    a page is left to break where it must. The last part (the signatures) never stands alone on
    the last page when the part before it can go along: that part starts the new page instead,
    if the page it leaves stays at least a third full. Judged part by part, in order, on a copy
    laid out as the printer (A4 PDF unless given) will print it (laid_out_for)."""
    trial, height, margin = laid_out_for(document, printer or pdf_printer())
    starts, block = [], trial.begin()
    while block.isValid():
        if _anchored(block):
            starts.append(block.blockNumber())
        block = block.next()
    layout = trial.documentLayout()
    room = height - 2 * margin  # a page's height between its margins

    def top_of(number: int) -> float:
        return layout.blockBoundingRect(trial.findBlockByNumber(number)).top()

    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    for index, (number, end) in enumerate(zip(starts, [*starts[1:], None])):
        # Laid out again, to the end, after each break placed before it (a document lays itself
        # out lazily: a table's rows below may otherwise still stand where they were).
        layout.documentSize()
        top = top_of(number)
        last = trial.findBlockByNumber(end).previous() if end is not None else trial.lastBlock()
        bottom = layout.blockBoundingRect(last).bottom()
        if bottom <= (top // height + 1) * height - margin or bottom - top >= room:
            continue  # on one page already, or taller than a page
        if end is None and index > 0:
            before = top_of(starts[index - 1])
            if bottom - before < room and before - (before // height) * height - margin >= room / 3:
                number = starts[index - 1]  # the part before goes along to the new page
        for copy in (trial, document):
            QTextCursor(copy.findBlockByNumber(number)).mergeBlockFormat(page_break)
    return document


def _prepare(printer: QPrinter, title: str) -> None:
    _own_margins(printer)
    printer.setDocName(title)
    printer.setCreator(APP_NAME)


def print_document(source: str, printer: QPrinter, *, title: str) -> None:
    """Print on a printer the user chose (QPrintDialog)."""
    _prepare(printer, title)
    _keep_together(text_document(source, title=title), printer).print_(printer)


def write_pdf(source: str, path: str | os.PathLike, *, title: str, replace: bool = True) -> Path:
    """Write the document as a PDF file, whole or not at all: Qt writes beside the target and the
    finished file replaces it only once it is a PDF. With replace=False an existing file is
    refused ("output_exists") and left as it was, also one that appeared while Qt wrote."""
    target = Path(path).expanduser().absolute()
    try:
        with filled_whole(target, overwrite=replace) as partial:
            printer = pdf_printer()
            printer.setOutputFileName(str(partial))
            _prepare(printer, title)
            _keep_together(text_document(source, title=title), printer).print_(printer)
            with partial.open("rb") as written:
                if written.read(5) != b"%PDF-":
                    raise StoreError("pdf_not_made", path=target)
    except StoreError as refused:
        if refused.code == "file_exists":  # the command line's own refusal, which names --replace
            raise StoreError("output_exists", path=target) from None
        raise
    return target
