"""An import never re-keys or merges silently (issue 15): a row whose key matches an account
whose own stored address the current rules recognise as another key is a conflict in the
preview, and nothing is written for it."""

from __future__ import annotations

from accountregistry.services.csv_import import RowAction, apply_import, plan_import, read_table

import engine_support


def stale_registry(db):
    """Two X accounts as an older version left them: 'alpha' stored with the address of 'beta'
    (an upgrade refused to re-key it, since 'beta' is registered too)."""
    engine_support.execute(db, *(
        "INSERT INTO account (platform, presence, handle, url, display_name, status, official, two_factor, "
        f"has_secret, created_at, updated_at) VALUES ('x', 'profile', '{handle}', 'https://x.com/beta', 'Nordlys', "
        "'active', TRUE, 'unknown', FALSE, '2026-01-02', '2026-01-02')" for handle in ("alpha", "beta")))


def csv(tmp_path, *lines):
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(("platform,handle,display_name",) + lines) + "\n", encoding="utf-8")
    return path


def test_a_row_for_an_account_whose_address_now_means_another_key_is_a_conflict(tmp_path, db):
    stale_registry(db)
    plan = plan_import(db, read_table(csv(tmp_path, "x,alpha,Nordlys Rejser", "x,beta,Nordlys Rejser")))
    conflict, fine = plan.rows
    assert conflict.action == RowAction.error
    assert conflict.codes == [("url", "row_account_key_changed")]
    assert "x.com/beta" in conflict.reason and "alpha" in conflict.reason
    assert fine.action == RowAction.update
    apply_import(db, plan, only_valid_rows=True)
    names = dict(engine_support.rows(db, "SELECT handle, display_name FROM account"))
    assert names == {"alpha": "Nordlys", "beta": "Nordlys Rejser"}
