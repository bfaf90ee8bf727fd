"""Each entity's fields are declared once (store/models.py) and read from there: the limits the
database keeps are the limits validation refuses at, the audit trail records the declared
fields, and every field a person states has a name to be shown by."""

from datetime import date

import pytest
import sqlalchemy as sa

from accountregistry.domain.errors import ValidationError
from accountregistry.domain.vocabulary import Kind
from accountregistry.services import accounts, audit, handover, people
from accountregistry.services.accounts import AccountInput
from accountregistry.services.handover import TermsInput
from accountregistry.services.people import PersonInput
from accountregistry.store import models
from accountregistry.store.fields import field_names, fields_of, label_of

BASES = (models.PersonFields, models.AccountFields, models.RoleFields, models.TermsFields, models.CaseFields,
         models.ItemFields)
# Kept by the program, never typed by a person: no name needed.
UNNAMED = {"ItemFields.case_id", "ItemFields.action"}


def test_every_field_a_person_states_has_a_name():
    nameless = [f"{base.__name__}.{name}" for base in BASES for name, field in fields_of(base).items()
                if field.label is None]
    assert set(nameless) == UNNAMED


@pytest.mark.parametrize("table", models.TABLES, ids=lambda table: table.__tablename__)
def test_the_declared_lengths_are_the_columns_lengths(table):
    for name, field in fields_of(table).items():
        column = table.__table__.c[name]
        if field.max_length is not None:
            assert column.type.length == field.max_length, name


def test_the_audit_trail_records_the_declared_fields(db):
    person = people.add_person(db, PersonInput(name="Anne Holm", work_email="anne@nordlys.no"))
    account = accounts.register_account(db, AccountInput(url="https://x.com/nordlys", kind=Kind.company))
    with db.reading() as session:
        events = {event.entity: event for event in session.exec(sa.select(models.AuditEvent)).scalars()}
    assert field_names(models.PersonFields) == people.PERSON_FIELDS
    # An add event holds the declared fields but the person's own (name, email, …), which the row
    # itself records; later changes record them old -> new, kept apart.
    assert tuple(events["person"].new_values) == people.ADDED_FIELDS
    assert set(people.ADDED_FIELDS) | set(people.OWN_FIELDS) == set(people.PERSON_FIELDS)
    assert tuple(events["account"].new_values) == field_names(models.AccountFields) == accounts.ACCOUNT_FIELDS
    assert events["account"].new_values == audit.snapshot(account, accounts.ACCOUNT_FIELDS)
    assert person.id and "handle" in accounts.ACCOUNT_FIELDS and "has_secret" not in accounts.ACCOUNT_FIELDS


@pytest.mark.parametrize("field", ["display_name", "responsible_unit", "mandate", "response_expectations", "notes"])
def test_an_account_text_is_refused_just_beyond_its_declared_length(db, field):
    limit = fields_of(models.Account)[field].max_length
    accounts.register_account(db, AccountInput(url=f"https://x.com/fits{len(field)}", **{field: "x" * limit}))
    with pytest.raises(ValidationError) as refused:
        accounts.register_account(db, AccountInput(url="https://x.com/long", **{field: "x" * (limit + 1)}))
    assert refused.value.codes == {field: "too_long"}
    assert refused.value.problem.params["limit"] == limit
    assert refused.value.problem.params["label"] == fields_of(models.Account)[field].label


def test_declared_bounds_are_the_checks_bounds(db):
    declared = fields_of(models.TermsFields)["notice_days"]
    account = accounts.register_account(db, AccountInput(url="https://x.com/terms", kind=Kind.company))
    with pytest.raises(ValidationError) as refused:
        handover.record_terms(db, account.id, TermsInput(disposition="archive", agreed_on=date(2026, 1, 5),
                                                         notice_days=declared.high + 1))
    assert refused.value.codes == {"notice_days": "out_of_range"}
    assert (refused.value.problem.params["low"], refused.value.problem.params["high"]) == (declared.low,
                                                                                             declared.high)
    check = next(c for c in models.HandoverTerms.__table__.constraints
                 if isinstance(c, sa.CheckConstraint) and c.name.endswith("notice_days_range"))
    assert f"BETWEEN {declared.low} AND {declared.high}" in str(check.sqltext)


def test_a_date_declared_past_is_refused_in_the_future(db):
    with pytest.raises(ValidationError) as refused:
        accounts.register_account(db, AccountInput(url="https://x.com/later", last_reviewed_on=date(2026, 3, 2)),
                                  today=date(2026, 3, 1))
    assert refused.value.codes == {"last_reviewed_on": "in_future"}


def test_labels_are_found_by_table_name():
    assert label_of("account", "holder_id") == "Holder"
    assert label_of("checklist_item", "title") == "Checklist item" and label_of("person", "title") == "Title"
    assert label_of("account", "no_such_field") is None and label_of("no_such_table", "name") is None
