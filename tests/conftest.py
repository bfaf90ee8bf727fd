"""Every test runs in its own world: its own data, config and cache folders, its own SQLite
file, an in-memory keyring, and Qt offscreen. Nothing touches the user's real files or keyring.

Engines: a test that asks for `db` (or `db_location`, or a fixture built on them such as
`sample`, the sample organisation) runs twice, on an SQLite file (`[sqlite]`) and on a database of its own on a
throw-away PostgreSQL server (`[postgresql]`, see postgres_server.py). `engine` says which.
A test about SQLite files themselves is marked `@pytest.mark.sqlite_only` and runs once.
Where no server can start, the PostgreSQL half is skipped with the reason (as root, where
scripts/dev installs the server, it fails instead: nothing may be skipped there).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import uuid
from collections import Counter
from contextlib import closing
from pathlib import Path

# Before Qt is imported anywhere: no test needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

from accountregistry import language
from keyrings import InMemoryKeyring
from accountregistry.store.database import ACTOR_ENV, DB_ENV
from accountregistry.store.schema import open_database

import postgres_server
from engine_support import make_sample, server_sample

# A test that leaves a server connection or a temporary folder open fails, by name (leak_check.py).
pytest_plugins = ["leak_check"]

ENGINES = ("sqlite", "postgresql")
FIRST_RELEASE = Path(__file__).parent / "store" / "fixtures" / "registry_schema_0001.sql"


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite files themselves; runs on SQLite only")
    config.addinivalue_line("markers", "postgresql_only: about the shared server itself; runs on PostgreSQL only")


# The files that keep a worker of `scripts/dev test` busiest, longest first (by the summed
# durations of a whole run): programs started and killed, the bundle's build, LibreOffice's
# conversions, windows visited on both engines. xdist hands out whole files in the order
# collected (scripts/dev: --no-loadscope-reorder), so these start first and the files handed out
# last are short, instead of one worker running a long one alone while the other is done (its
# own order, most tests first, put them among the last). The rest: most tests first.
LONGEST_FILES = ("cli/test_all_or_nothing.py", "packaging/test_pyinstaller_bundle.py", "cli/test_cli.py",
                 "services/test_spreadsheets_done_means.py", "gui/test_accessibility.py", "cli/test_pdf_printing.py",
                 "cli/test_danish_refusals.py", "services/test_import_writing.py", "services/test_person_data.py",
                 "cli/test_import_people_order.py", "services/test_xlsx_streaming.py", "services/test_erasure.py",
                 "cli/test_light_commands.py", "services/test_stress_writers.py", "services/test_copy_registry.py",
                 "cli/test_agreement_commands.py", "cli/test_damaged_files.py", "cli/test_log.py",
                 "services/test_report_workbooks.py", "services/test_audit_chain.py", "gui/test_main_window.py",
                 "gui/test_offboarding_view.py")


def pytest_collection_modifyitems(items):
    def test_file(item) -> str:
        return item.nodeid.split("::")[0].removeprefix("tests/")

    tests = Counter(map(test_file, items))
    rank = {name: place for place, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: (rank.get(test_file(item), len(rank)), -tests[test_file(item)]))


def pytest_generate_tests(metafunc):
    if "engine" not in metafunc.fixturenames:
        return
    engines = [name for name in ENGINES
               if not (name == "postgresql" and metafunc.definition.get_closest_marker("sqlite_only"))
               and not (name == "sqlite" and metafunc.definition.get_closest_marker("postgresql_only"))]
    metafunc.parametrize("engine", engines, indirect=True)


class HangingKeyring(KeyringBackend):
    """A keyring that does not answer until released, like one waiting on an unseen prompt."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(60)

    def set_password(self, service, username, password):
        self.release.wait(60)

    delete_password = set_password


@pytest.fixture
def hanging_keyring():
    """A HangingKeyring for the test to install when it wants it."""
    backend = HangingKeyring()
    yield backend
    backend.release.set()  # lets the abandoned worker threads finish


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"),
                             ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                             ("XDG_STATE_HOME", ".local/state")):
        path = home / folder
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(path))
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv(ACTOR_ENV, "tester")
    # English unless a test asks for another language; the core's translator put back after.
    for variable in (language.ENV_VAR, "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    previous = language.set_translator(None)
    yield
    language.set_translator(*previous)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def engine(request):
    """The database engine this run of the test uses: "sqlite" or "postgresql"."""
    return request.param


@pytest.fixture(scope="session")
def postgres_cluster():
    """The throw-away PostgreSQL server, started at the first test that needs it."""
    cluster = postgres_server.start_cluster()
    if isinstance(cluster, str):
        if os.geteuid() == 0:
            pytest.fail(f"PostgreSQL half cannot run: {cluster}", pytrace=False)
        pytest.skip(f"PostgreSQL half skipped: {cluster}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def schema_template(postgres_cluster):
    """A server database with this version's schema and nothing else, to copy per test."""
    name = postgres_cluster.create_database("registry_template")
    open_database(postgres_cluster.url(name).render_as_string(hide_password=False)).close()
    return name


@pytest.fixture
def server_database(request):
    """A new database of the test's own on the test server: new_database(template) -> URL text.
    Dropped after the test."""
    cluster = request.getfixturevalue("postgres_cluster")
    # The previous test's databases go now, not at its teardown: a window may still be reading
    # in the background then (pytest-qt closes the test's widgets after this fixture ends).
    cluster.drop_pending()

    def new_database(template: str | None = None) -> str:
        name = cluster.copy_of(template or "template0")
        cluster.drop_later(name)
        return cluster.url(name).render_as_string(hide_password=False)
    return new_database


@pytest.fixture
def db_path(tmp_path):
    """The SQLite file of an SQLite-only test (and of the [sqlite] half of `db`)."""
    return tmp_path / "registry.sqlite3"


@pytest.fixture
def old_registry(db_path):
    """The first release's sample organisation as it wrote it (schema 0001), in the file at db_path."""
    with closing(sqlite3.connect(db_path)) as connection:
        connection.executescript(FIRST_RELEASE.read_text(encoding="utf-8"))
    return db_path


@pytest.fixture
def db_location(request, engine, db_path):
    """Where the test's registry is, as `--db` takes it: a file path, or a server URL (whose
    database already has the schema)."""
    if engine == "sqlite":
        return str(db_path)
    return request.getfixturevalue("server_database")(request.getfixturevalue("schema_template"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """An SQLite registry with this version's schema and nothing else, made once: a test's `db`
    starts from a copy (a migration per test took a fifth of a second each time)."""
    path = tmp_path_factory.mktemp("template") / "registry.sqlite3"
    open_database(path).close()
    return path


def copy_sqlite_registry(template: Path, target: Path) -> None:
    """A new registry at `target` made from `template`: readable by its owner only, as
    open_database makes one, and with an id of its own (store migration 0017)."""
    shutil.copyfile(template, target)
    target.chmod(0o600)
    connection = sqlite3.connect(target)
    try:
        with connection:
            connection.execute("UPDATE organisation_settings SET registry_id = ?", (str(uuid.uuid4()),))
    finally:
        connection.close()


@pytest.fixture
def db(request, engine, db_location):
    if engine == "sqlite" and not Path(db_location).exists():
        copy_sqlite_registry(request.getfixturevalue("sqlite_template"), Path(db_location))
    database = open_database(db_location)
    yield database
    database.close()


@pytest.fixture(scope="session")
def sample_day():
    """The day `sample`'s organisation is filled on: today. A module may name its own day."""
    return None


@pytest.fixture(scope="session")
def samples_made():
    """sample_file's and sample_template's registries, one per engine and day: {(engine, day): where}."""
    return {}


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory, sample_day, samples_made):
    """The sample organisation as filled on sample_day, made once (a second each time adds up).
    A test module may override this fixture to start from another prepared registry."""
    if ("sqlite", sample_day) not in samples_made:
        path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
        samples_made["sqlite", sample_day] = Path(make_sample(str(path), today=sample_day))
    return samples_made["sqlite", sample_day]


@pytest.fixture(scope="module")
def sample_template(postgres_cluster, schema_template, sample_day, samples_made):
    """The sample organisation on the test server, made once per day, copied per test. A module
    that overrides sample_file overrides this too (engine_support.server_sample)."""
    if ("postgresql", sample_day) not in samples_made:
        samples_made["postgresql", sample_day] = server_sample(
            postgres_cluster, schema_template, f"sample_{sample_day or 'today'}".replace("-", "_"), today=sample_day)
    return samples_made["postgresql", sample_day]


@pytest.fixture
def sample(request, engine, db_path):
    """A copy of the sample organisation of the test's own, on each engine."""
    if engine == "sqlite":
        shutil.copyfile(request.getfixturevalue("sample_file"), db_path)
        location = str(db_path)
    else:
        location = request.getfixturevalue("server_database")(request.getfixturevalue("sample_template"))
    database = open_database(location)
    yield database
    database.close()


@pytest.fixture
def mette(db):
    """Mette Holm, who holds a personal LinkedIn profile (`personal`)."""
    from accountregistry.services.people import PersonInput, add_person

    return add_person(db, PersonInput(name="Mette Holm", work_email="mette@nordlys.dk"))


@pytest.fixture
def personal(db, mette):
    """Mette's own LinkedIn profile: a personal account."""
    from accountregistry.domain.vocabulary import Kind
    from accountregistry.services.accounts import AccountInput, register_account

    return register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal,
                                             holder_id=mette.id))
