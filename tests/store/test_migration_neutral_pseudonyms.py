"""Migration 0015 on a registry the first release wrote, brought to 0014 and anonymised there:
the English pseudonym stored in the name (and in handover terms the person signed for the
company) becomes the marker without words, read in the reader's language."""

from __future__ import annotations


import pytest
import sqlalchemy as sa
from alembic import command

from accountregistry import language
from accountregistry.services.people import get_person
from accountregistry.store.schema import alembic_config
from engine_support import upgraded



@pytest.mark.sqlite_only  # the first release's registry is an SQLite file
def test_the_english_pseudonym_becomes_the_marker(old_registry):
    db_path = old_registry
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0014")
        person_id, name = connection.execute(sa.text("SELECT id, name FROM person ORDER BY id LIMIT 1")).one()
        connection.execute(sa.text("UPDATE person SET name = :name, anonymised_at = CURRENT_TIMESTAMP WHERE id = :id"),
                           {"name": f"[former employee {person_id}]", "id": person_id})
        terms = connection.execute(sa.text("SELECT min(id) FROM handover_terms")).scalar()
        connection.execute(sa.text("UPDATE handover_terms SET agreed_by_company = :name WHERE id = :id"),
                           {"name": f"[former employee {person_id}]", "id": terms})
        others = connection.execute(sa.text("SELECT id, name FROM person WHERE id != :id ORDER BY id"),
                                    {"id": person_id}).all()
    engine.dispose()

    with upgraded(db_path) as db:
        with db.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT name FROM person WHERE id = :id"),
                                      {"id": person_id}).scalar() == f"[#{person_id}]"
            assert connection.execute(sa.text("SELECT agreed_by_company FROM handover_terms WHERE id = :id"),
                                      {"id": terms}).scalar() == f"[#{person_id}]"
            assert connection.execute(sa.text("SELECT id, name FROM person WHERE id != :id ORDER BY id"),
                                      {"id": person_id}).all() == others
        assert get_person(db, person_id).name == f"[former employee {person_id}]"
        previous = language.use_language("nb")
        try:
            assert get_person(db, person_id).name == f"[tidligere ansatt {person_id}]"
        finally:
            language.set_translator(*previous)
