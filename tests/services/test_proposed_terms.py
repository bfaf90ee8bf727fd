"""A disposition without an agreement date is imported as proposed terms (not yet agreed)
instead of stopping the file: kept, flagged by the "no handover terms" risk until terms are
agreed, shown as proposed in the account window, exported with a blank date and read back
unchanged; a registry from before keeps its agreed terms (migration 0012)."""

from __future__ import annotations

from datetime import date

from accountregistry.services import handover
from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import export_report
from accountregistry.services.risks import account_risks

import engine_support

TODAY = date(2026, 6, 1)


def imported(db, tmp_path, *lines):
    path = tmp_path / "terms.csv"
    path.write_text("\r\n".join(["url;kind;disposition;terms_agreed_on", *lines]) + "\r\n", encoding="utf-8")
    plan = plan_import(db, read_table(path), today=TODAY)
    assert not plan.errors, [row.reason for row in plan.errors]
    apply_import(db, plan)
    return plan


def account_id(db, handle):
    return engine_support.scalar(db, "SELECT id FROM account WHERE handle = :handle", handle=handle)


def risk_ids(db, handle):
    return {risk.id for risk in account_risks(db, today=TODAY)[account_id(db, handle)]}


def test_a_disposition_without_a_date_is_imported_as_proposed_terms_and_flagged(db, tmp_path):
    imported(db, tmp_path, "https://x.com/proposed;company;transfer_to_company;",
             "https://x.com/agreed;company;transfer_to_company;2026-01-15")
    proposed = handover.current_terms(db, account_id(db, "proposed"))
    agreed = handover.current_terms(db, account_id(db, "agreed"))
    assert (proposed.disposition.value, proposed.agreed_on) == ("transfer_to_company", None)
    assert agreed.agreed_on == date(2026, 1, 15)
    assert "no_handover_terms" in risk_ids(db, "proposed")
    assert "no_handover_terms" not in risk_ids(db, "agreed")
    # Agreeing them later, in the window or by a file with the date, clears the risk.
    handover.record_terms(db, account_id(db, "proposed"), TermsInput(disposition="transfer_to_company",
                                                                      agreed_on=date(2026, 5, 1)), today=TODAY)
    assert "no_handover_terms" not in risk_ids(db, "proposed")


def test_proposed_terms_go_out_with_a_blank_date_and_come_back_unchanged(db, tmp_path):
    imported(db, tmp_path, "https://x.com/proposed;company;holder_keeps;")
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"report.{suffix}"
        export_report(db, target, today=TODAY)
        plan = plan_import(db, read_table(target), today=TODAY)
        assert plan.summary().params == {"new": 0, "updated": 0, "unchanged": 1, "errors": 0}


def test_the_account_window_says_the_terms_are_proposed(qtbot, db, tmp_path):
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow

    imported(db, tmp_path, "https://x.com/proposed;company;transfer_to_company;")
    window = AccountDetailWindow(db, account_id(db, "proposed"))
    qtbot.addWidget(window)
    window.wait_until_shown()  # the account window reads in the background and makes its tabs in turns
    proposed_text = window.current_terms_label.text()
    assert "1" in proposed_text and "{" not in proposed_text
    handover.record_terms(db, account_id(db, "proposed"), TermsInput(disposition="transfer_to_company",
                                                                      agreed_on=date(2026, 5, 1)), today=TODAY)
    window._load_terms()
    assert window.current_terms_label.text() != proposed_text  # now agreed on a day


def test_an_old_registry_keeps_its_agreed_terms_and_can_hold_proposed_ones(old_registry, tmp_path):
    terms = "SELECT id, account_id, version, agreed_on FROM handover_terms ORDER BY id"
    before = engine_support.file_rows(old_registry, terms)
    with engine_support.upgraded(old_registry) as db:
        after = engine_support.rows(db, terms)
        assert [(i, a, v, str(d)) for i, a, v, d in after] == [(i, a, v, str(d)) for i, a, v, d in before]
        assert before and all(row[3] for row in before)
        imported(db, tmp_path, "https://x.com/proposed;company;transfer_to_company;")
