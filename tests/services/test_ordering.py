"""Text is sorted the same way on both engines (by code point, store/ordering.py), so the exports
of a registry on a server whose locale sorts otherwise (Danish: "aa" is "å", after "z") are the
same files as the exports of the registry file it came from."""

from __future__ import annotations

from datetime import date

import pytest

import postgres_server
from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services import ownership_report
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.ownership_report import export_report
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.people_file import export_people
from accountregistry.services.roles import grant_role
from accountregistry.store.schema import opened

TODAY = date(2026, 12, 1)
# Names whose order differs between code points and a Danish (or English) collation: case,
# "aa" as "å", Æ/Ø/Å, punctuation that English collations skip at first.
NAMES = ["Aase Berg", "Åse Ødegård", "Zacharias Møller", "aage lund", "Bo Ærø", "bo berg", "a_b Holm",
         "Øjvind Aa", "Æble Hansen", "Anne-Marie Dahl"]
# X handles (letters, digits, underscores): "aa" and "_" sort otherwise in a Danish collation.
HANDLES = ["aase_berg", "zz_top", "aage", "a_b", "ab", "bo_1", "b_o", "aa", "z", "anne"]


@pytest.fixture
def danish_server(postgres_cluster):
    """An empty database on the test server that sorts text as Danish (ICU)."""
    name = postgres_cluster.new_name("danish")
    postgres_cluster.execute(f'CREATE DATABASE "{name}" OWNER "{postgres_server.LOGIN}" TEMPLATE template0 '
                             "ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'da-DK' LOCALE 'C.UTF-8'")
    postgres_cluster.drop_later(name)
    return postgres_cluster.url(name).render_as_string(hide_password=False)


def fill(db) -> None:
    for number, (name, handle) in enumerate(zip(NAMES, HANDLES)):
        person = add_person(db, PersonInput(name=name, work_email=f"person{number}@nordlys.dk"))
        account = register_account(db, AccountInput(url=f"https://x.com/{handle}", kind=Kind.company,
                                                    display_name=name), today=TODAY)
        grant_role(db, account_id=account.id, person_id=person.id, role=Role.admin, granted_on=TODAY, today=TODAY)


def exports(db, folder) -> dict[str, bytes]:
    export_report(db, folder / "report.csv", delimiter=";", today=TODAY)
    export_people(db, folder / "people.csv", delimiter=";")
    return {name: (folder / name).read_bytes() for name in ("report.csv", "people.csv")}


@pytest.mark.postgresql_only
def test_a_danish_server_exports_the_same_files_as_the_file(danish_server, tmp_path, monkeypatch):
    moment = ownership_report.exported_at()
    monkeypatch.setattr(ownership_report, "exported_at", lambda: moment)
    (tmp_path / "file").mkdir()
    (tmp_path / "server").mkdir()
    with opened(tmp_path / "registry.sqlite3") as file, opened(danish_server) as server:
        fill(file)
        fill(server)
        from_file, from_server = exports(file, tmp_path / "file"), exports(server, tmp_path / "server")
        # The server really sorts otherwise by itself: "aage" after "Zacharias", as a Dane reads it.
        with server.engine.connect() as connection:
            assert list(connection.exec_driver_sql(
                "SELECT name FROM person WHERE name IN ('aage lund', 'Zacharias Møller') ORDER BY name").scalars()) == [
                "Zacharias Møller", "aage lund"]
    assert from_server == from_file
    people = from_file["people.csv"].decode("utf-8-sig").splitlines()[1:]
    names = [line.split(";")[0] for line in people]
    # By code point after lower-casing ASCII letters, on both engines.
    assert names == sorted(NAMES, key=lambda name: (name.translate(_ASCII_LOWER), ))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
