"""The CSV report as spreadsheets split it: quoted wherever any list separator could cut a
cell, owner-readable only, and opened by a real LibreOffice with its default settings."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import date

import pytest
from libreoffice import DEFAULT_CSV_IMPORT, as_written, convert, needs_libreoffice

from accountregistry.services import accounts
from accountregistry.services.accounts import AccountInput
from accountregistry.services.ownership_report import HEADER, export_report, neutralise
from report_reading import report_rows

TODAY = date(2026, 6, 1)
# Every cell that a spreadsheet could split or join, in a file of either delimiter.
AWKWARD = ["Kommunikation, Presse", "Ja; nej", "tab\there", 'say "hi"', "two\nlines", "3,5", "Ærø, Å/S",
           "=cmd;' /C calc'!A0", "=1+1\t2"]


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


def read_csv(path, delimiter):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))


@pytest.fixture
def awkward(db):
    for number, note in enumerate(AWKWARD):
        accounts.register_account(db, AccountInput(url=f"https://www.linkedin.com/company/awkward-{number}",
                                                   kind="company", display_name=note, notes=note), today=TODAY)


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_cell_holding_any_separator_is_quoted_whatever_the_delimiter(db, awkward, tmp_path, delimiter):
    target = tmp_path / "report.csv"
    export_report(db, target, delimiter=delimiter, today=TODAY)
    text = target.read_bytes()[3:].decode("utf-8")
    for note in AWKWARD:  # each holds a separator of some spreadsheet: each is quoted
        shown = neutralise(note)
        assert '"' + shown.replace('"', '""') + '"' in text
    rows = read_csv(target, delimiter)
    assert rows[0] == list(HEADER)
    assert sorted(row[HEADER.index("notes")] for row in rows[1:]) == sorted(neutralise(note) for note in AWKWARD)


def test_the_report_is_owner_readable_only_whatever_the_umask(db, awkward, tmp_path):
    target = tmp_path / "report.csv"
    previous = os.umask(0o022)
    try:
        export_report(db, target, delimiter=";", today=TODAY)
        target.chmod(0o644)  # as an older version left it: a new export makes it private again
        export_report(db, target, delimiter=";", today=TODAY)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_killed_runs_leftover_is_removed_and_a_running_ones_kept(db, awkward, tmp_path):
    import fcntl

    lost = tmp_path / ".report.csv.0123456789ab.partial"
    lost.write_text("half a report")
    running = tmp_path / ".report.csv.ba9876543210.partial"
    running.write_text("a report still being written")
    with open(running, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        export_report(db, tmp_path / "report.csv", delimiter=";", today=TODAY)
        assert not lost.exists()
        assert running.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".report")) == [running.name]


def test_a_link_planted_at_the_temporary_name_is_never_followed(db, awkward, tmp_path, monkeypatch):
    import secrets

    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / ".report.csv.000000000000.partial").symlink_to(victim)
    monkeypatch.setattr(secrets, "token_hex", lambda n: "0" * (2 * n))
    with pytest.raises(Exception) as raised:
        export_report(db, tmp_path / "report.csv", delimiter=";", today=TODAY)
    assert getattr(raised.value, "code", None) == "export_unwritable"
    assert victim.read_text() == "precious"
    assert not (tmp_path / "report.csv").exists()




@needs_libreoffice
@pytest.mark.parametrize("delimiter", [",", ";"], ids=["en", "da"])
def test_libreoffice_default_import_puts_every_cell_under_its_header(sample, tmp_path, delimiter):
    from python_calamine import CalamineWorkbook

    accounts.register_account(sample, AccountInput(url="https://www.linkedin.com/company/awkward", kind="company",
                                                   display_name="Søstrene Grønærø; A/S", notes="\t".join(AWKWARD[:6])),
                              today=TODAY)
    target = tmp_path / "report.csv"
    export_report(sample, target, delimiter=delimiter, today=TODAY)
    expected = [list(HEADER), *([neutralise(cell) for cell in row] for row in report_rows(sample, today=TODAY))]
    converted = convert(target, "xlsx", tmp_path / "out", infilter=DEFAULT_CSV_IMPORT)
    sheet = CalamineWorkbook.from_path(str(converted)).get_sheet_by_index(0).to_python()
    found = [[as_written(cell) for cell in row] for row in sheet]
    assert len(found) == len(expected)
    stamp = HEADER.index("exported_at")
    for wrote, read in zip(expected, found):
        assert len(read) == len(HEADER)
        wrote[stamp] = read[stamp]  # Calc may read the moment as a date-time
        assert read == wrote
    assert any("Søstrene Grønærø; A/S" in row for row in found)
