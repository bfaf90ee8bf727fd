"""`accountregistry access setup / grant / revoke` on a shared server: a reader reads and exports
but cannot write, an editor writes but can only append to the audit trail and cannot switch its
triggers off, and a login without a role cannot read at all."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa

import accountregistry.cli
import postgres_server
from accountregistry.domain.errors import StoreError
from accountregistry.services.accounts import AccountInput, count_accounts, register_account
from accountregistry.store.access import NEEDS, permissions
from accountregistry.store.schema import opened



@pytest.fixture
def login(postgres_cluster):
    """A database login of the test's own, with no rights (memberships are server-wide, so a
    shared login would carry one test's grants into the next)."""
    name = postgres_cluster.new_name("person")
    postgres_cluster.execute(f"CREATE ROLE {name} LOGIN")
    return name


def cli(*args) -> int:
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def registry(server_database, schema_template, capsys):
    """A registry with access set up by its owner (the test login) and one account."""
    url = server_database(schema_template)
    with opened(url) as db:
        register_account(db, AccountInput(url="https://x.com/nordlys"))
    assert cli("--db", url, "access", "setup") == 0
    assert "registry_reader" in capsys.readouterr().out
    return url


def as_login(url: str, login: str) -> str:
    return sa.make_url(url).set(username=login).render_as_string(hide_password=False)


def test_a_reader_reads_and_exports_but_cannot_write(registry, login, tmp_path, capsys):
    assert cli("--db", registry, "access", "grant", login, "reader") == 0
    reader = as_login(registry, login)
    with opened(reader, create=False) as db:
        assert count_accounts(db) == 1
        assert not permissions(db).may("edit")
        with pytest.raises(StoreError) as refused:
            register_account(db, AccountInput(url="https://x.com/another"))
    assert refused.value.code == "server_permission_denied"
    assert refused.value.params["user"] == login
    assert cli("--db", reader, "export", "-o", tmp_path / "report.csv") == 0
    out = capsys.readouterr().out
    assert "Wrote the accounts to" in out and "(1)" in out


def test_an_editor_writes_in_its_own_name_and_only_appends_to_the_audit_trail(registry, login):
    assert cli("--db", registry, "access", "grant", login, "editor") == 0
    editor = as_login(registry, login)
    with opened(editor, create=False) as db:
        assert permissions(db).may("edit")
        register_account(db, AccountInput(url="https://x.com/another"))
        for statement in ("UPDATE audit_event SET actor = 'someone'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER ALL",
                          "DROP TABLE account CASCADE", "UPDATE organisation_settings SET name = 'x'"):
            with pytest.raises(sa.exc.DBAPIError) as refused, db.engine.begin() as connection:
                connection.exec_driver_sql(statement)
            assert refused.value.orig.sqlstate in ("42501", "23000"), statement  # denied, or the trigger
        with db.engine.connect() as connection:
            actors = connection.exec_driver_sql("SELECT actor FROM audit_event ORDER BY id").scalars().all()
    assert actors == [postgres_server.LOGIN, login]


def test_revoking_the_role_takes_the_access_away(registry, login):
    assert cli("--db", registry, "access", "grant", login, "reader") == 0
    assert cli("--db", registry, "access", "revoke", login, "reader") == 0
    with pytest.raises(StoreError) as refused, opened(as_login(registry, login), create=False) as db:
        count_accounts(db)
    assert refused.value.code == "server_permission_denied"


def test_granting_to_a_login_the_server_does_not_have(registry, capsys):
    assert cli("--db", registry, "access", "grant", "nobody_here", "editor") == 1
    assert "no login “nobody_here”" in capsys.readouterr().err


def test_granting_before_setup_says_to_set_up_first(server_database, schema_template, login, capsys):
    url = server_database(schema_template)
    assert cli("--db", url, "access", "grant", login, "reader") == 1
    assert "access setup" in capsys.readouterr().err


def test_access_on_a_file_is_a_sentence(tmp_path, capsys):
    path = tmp_path / "registry.sqlite3"
    assert cli("--db", path, "migrate") == 0
    capsys.readouterr()
    assert cli("--db", path, "access", "setup") == 1
    assert "file permissions" in capsys.readouterr().err


LATER_STEP = """
from alembic import op
import sqlalchemy as sa

revision = "{later}"
down_revision = "{head}"


def upgrade():
    op.create_table("later_table", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("later_table")
"""


@pytest.fixture
def later_version(tmp_path, monkeypatch):
    """install() -> this program's migrations plus one more step, as the next version ships."""
    from accountregistry.store import schema

    def install() -> str:
        folder = tmp_path / "migrations"
        shutil.copytree(schema.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        head = schema.head_revision()
        later = f"{int(head) + 1:04d}"
        (folder / "versions" / f"{later}_later.py").write_text(LATER_STEP.format(later=later, head=head))
        monkeypatch.setattr(schema, "MIGRATIONS", folder)
        return later
    return install


def test_only_the_owner_upgrades_and_new_tables_belong_to_the_owner_role(registry, login, later_version,
                                                                          capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump: this test is about who may upgrade
    assert cli("--db", registry, "access", "grant", login, "editor") == 0
    editor = as_login(registry, login)
    later = later_version()
    capsys.readouterr()
    assert cli("--db", editor, "risks") == 1  # the newer program tells the editor whom to ask
    assert "ask the database's owner" in capsys.readouterr().err
    assert cli("--db", editor, "migrate") == 1
    assert "Only the registry's owner" in capsys.readouterr().err
    assert cli("--db", registry, "migrate") == 0
    assert f"to {later}" in capsys.readouterr().out
    with opened(editor, create=False) as db, db.engine.connect() as connection:
        owner = connection.exec_driver_sql("SELECT tableowner FROM pg_tables WHERE tablename = 'later_table'").scalar()
        assert connection.exec_driver_sql("SELECT count(*) FROM later_table").scalar() == 0  # readers read it
    assert owner == "registry_owner"


@pytest.mark.parametrize("role, allowed", [
    ("reader", {"read"}),
    ("editor", {"read", "edit"}),
    ("owner", {"read", "edit", "anonymise", "change_settings", "manage_access"}),
])
def test_what_a_login_may_do_follows_its_role(registry, login, role, allowed):
    assert cli("--db", registry, "access", "grant", login, role) == 0
    with opened(as_login(registry, login), create=False) as db:
        granted = permissions(db)
        assert granted.role == role
        assert {action for action in NEEDS if granted.may(action)} == allowed


def test_what_is_not_allowed_is_what_the_server_refuses(registry, login, server_database):
    """The roles' privileges and NEEDS agree: an editor's write goes through, the owner's
    settings and an anonymisation's deletes do not."""
    assert cli("--db", registry, "access", "grant", login, "editor") == 0
    with opened(as_login(registry, login), create=False) as db:
        register_account(db, AccountInput(url="https://x.com/editors_may"))
        for statement in ("UPDATE organisation_settings SET name = 'x'", "DELETE FROM account_role",
                          "DELETE FROM consent_record", "DELETE FROM account"):
            with pytest.raises(sa.exc.DBAPIError) as refused, db.engine.begin() as connection:
                connection.exec_driver_sql(statement)
            assert refused.value.orig.sqlstate == "42501", statement


def test_before_access_is_set_up_the_tables_owner_may_do_everything(server_database, schema_template):
    with opened(server_database(schema_template)) as db:
        assert permissions(db).role == "owner"


@pytest.mark.sqlite_only
def test_a_file_lets_its_user_do_everything(db):
    assert permissions(db).role == "owner" and all(permissions(db).may(action) for action in NEEDS)
