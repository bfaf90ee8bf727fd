"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21

The whole schema of the first release. Written by autogenerate, then given plain SQLAlchemy
types (so old migrations never depend on sqlmodel's internals), the audit trail's append-only
triggers and the organisation's settings row.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('old_values', sa.JSON(), nullable=True),
    sa.Column('new_values', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_event_account_id', ['account_id'], unique=False)

    op.create_table('organisation_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email_domains', sa.String(length=1000), nullable=False),
    sa.Column('default_review_interval_months', sa.Integer(), nullable=False),
    sa.CheckConstraint('default_review_interval_months BETWEEN 1 AND 60', name=op.f('ck_organisation_settings_review_interval_range')),
    sa.CheckConstraint('id = 1', name=op.f('ck_organisation_settings_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_settings'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('work_email', sa.String(length=254), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('employment_status', sa.Enum('employed', 'leaving', 'left', 'external', name='employment_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('last_working_day', sa.Date(), nullable=True),
    sa.Column('manager_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_person_name_not_empty')),
    sa.CheckConstraint('work_email IS NULL OR work_email = lower(work_email)', name=op.f('ck_person_email_lowercase')),
    sa.ForeignKeyConstraint(['manager_id'], ['person.id'], name=op.f('fk_person_manager_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('work_email', name=op.f('uq_person_work_email'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_department'), ['department'], unique=False)

    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('presence', sa.Enum('profile', 'page', 'group', 'channel', name='presence', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('handle', sa.String(length=300), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('display_name', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.Enum('company', 'employee_role', 'personal', name='kind', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('status', sa.Enum('active', 'dormant', 'archived', 'closed', name='account_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('official', sa.Boolean(), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('responsible_unit', sa.String(length=200), nullable=True),
    sa.Column('login_email', sa.String(length=254), nullable=True),
    sa.Column('two_factor', sa.Enum('unknown', 'none', 'authenticator_app', 'security_key', 'passkey', 'sms', 'email', name='two_factor', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('mandate', sa.String(length=4000), nullable=True),
    sa.Column('response_expectations', sa.String(length=1000), nullable=True),
    sa.Column('consent_given_on', sa.Date(), nullable=True),
    sa.Column('consent_withdrawn_on', sa.Date(), nullable=True),
    sa.Column('review_interval_months', sa.Integer(), nullable=True),
    sa.Column('last_reviewed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(length=10000), nullable=True),
    sa.Column('has_secret', sa.Boolean(), nullable=False),
    sa.Column('secret_updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('secret_updated_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("platform IN ('linkedin', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'threads', 'bluesky', 'mastodon', 'pinterest', 'snapchat', 'other')", name=op.f('ck_account_platform_known')),
    sa.CheckConstraint('has_secret = (secret_updated_at IS NOT NULL)', name=op.f('ck_account_secret_metadata_consistent')),
    sa.CheckConstraint('length(handle) > 0', name=op.f('ck_account_handle_not_empty')),
    sa.CheckConstraint('review_interval_months IS NULL OR review_interval_months BETWEEN 1 AND 60', name=op.f('ck_account_review_interval_range')),
    sa.ForeignKeyConstraint(['holder_id'], ['person.id'], name=op.f('fk_account_holder_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('platform', 'handle', name=op.f('uq_account_platform_handle'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_holder_id'), ['holder_id'], unique=False)

    op.create_table('offboarding_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('last_working_day', sa.Date(), nullable=False),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', 'cancelled', name='case_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.String(length=200), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=200), nullable=True),
    sa.Column('status_reason', sa.String(length=1000), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", name=op.f('ck_offboarding_case_closed_when_closed')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_offboarding_case_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['successor_id'], ['person.id'], name=op.f('fk_offboarding_case_successor_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offboarding_case'))
    )
    with op.batch_alter_table('offboarding_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offboarding_case_person_id'), ['person_id'], unique=False)
        batch_op.create_index('uq_offboarding_case_open', ['person_id'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.create_table('account_role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('owner', 'admin', 'editor', 'moderator', 'analyst', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('granted_by', sa.String(length=200), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoked_by', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.String(length=1000), nullable=True),
    sa.CheckConstraint('(revoked_on IS NULL) = (revoked_by IS NULL)', name=op.f('ck_account_role_revocation_complete')),
    sa.CheckConstraint('revoked_on IS NULL OR revoked_on >= granted_on', name=op.f('ck_account_role_revoked_after_granted')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_role_account_id_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_account_role_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_role'))
    )
    with op.batch_alter_table('account_role', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_role_account_id'), ['account_id'], unique=False)
        batch_op.create_index('ix_account_role_person_active', ['person_id', 'revoked_on'], unique=False)
        batch_op.create_index('uq_account_role_active', ['account_id', 'person_id', 'role'], unique=True, sqlite_where=sa.text('revoked_on IS NULL'), postgresql_where=sa.text('revoked_on IS NULL'))

    op.create_table('checklist_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('assignee_person_id', sa.Integer(), nullable=True),
    sa.Column('assignee_function', sa.String(length=60), nullable=True),
    sa.Column('due_offset_business_days', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'done', 'waived', name='item_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('waive_reason', sa.String(length=1000), nullable=True),
    sa.Column('done_by', sa.String(length=200), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=4000), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("(status = 'open') = (done_at IS NULL)", name=op.f('ck_checklist_item_done_at_when_settled')),
    sa.CheckConstraint("status != 'waived' OR length(trim(coalesce(waive_reason, ''))) > 0", name=op.f('ck_checklist_item_waived_has_reason')),
    sa.CheckConstraint('assignee_person_id IS NOT NULL OR assignee_function IS NOT NULL', name=op.f('ck_checklist_item_has_assignee')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_checklist_item_account_id_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['assignee_person_id'], ['person.id'], name=op.f('fk_checklist_item_assignee_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['case_id'], ['offboarding_case.id'], name=op.f('fk_checklist_item_case_id_offboarding_case'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_case_id'), ['case_id'], unique=False)

    op.create_table('handover_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('disposition', sa.Enum('transfer_to_successor', 'transfer_to_company', 'holder_keeps', 'archive', 'close', name='disposition', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('followers_terms', sa.String(length=4000), nullable=True),
    sa.Column('content_terms', sa.String(length=4000), nullable=True),
    sa.Column('notice_days', sa.Integer(), nullable=True),
    sa.Column('agreed_on', sa.Date(), nullable=False),
    sa.Column('agreed_by_holder', sa.Boolean(), nullable=False),
    sa.Column('agreed_by_company', sa.String(length=200), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint('notice_days IS NULL OR notice_days BETWEEN 0 AND 365', name=op.f('ck_handover_terms_notice_days_range')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_handover_terms_version_positive')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_handover_terms_account_id_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['successor_id'], ['person.id'], name=op.f('fk_handover_terms_successor_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_terms')),
    sa.UniqueConstraint('account_id', 'version', name=op.f('uq_handover_terms_account_id_version'))
    )
    with op.batch_alter_table('handover_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_terms_account_id'), ['account_id'], unique=False)

    settings = sa.table("organisation_settings", sa.column("id"), sa.column("name"),
                        sa.column("email_domains"), sa.column("default_review_interval_months"))
    op.bulk_insert(settings, [{"id": 1, "name": "", "email_domains": "", "default_review_interval_months": 6}])
    make_audit_trail_append_only()


def make_audit_trail_append_only() -> None:
    # The trail is evidence: no program, not even a buggy one of ours, may rewrite it.
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
    else:
        op.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$")
        op.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
                   "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute("DROP TRIGGER audit_event_no_delete")
    else:
        op.execute("DROP TRIGGER audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
    with op.batch_alter_table('handover_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_terms_account_id'))

    op.drop_table('handover_terms')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_case_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_account_id'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('account_role', schema=None) as batch_op:
        batch_op.drop_index('uq_account_role_active', sqlite_where=sa.text('revoked_on IS NULL'), postgresql_where=sa.text('revoked_on IS NULL'))
        batch_op.drop_index('ix_account_role_person_active')
        batch_op.drop_index(batch_op.f('ix_account_role_account_id'))

    op.drop_table('account_role')
    with op.batch_alter_table('offboarding_case', schema=None) as batch_op:
        batch_op.drop_index('uq_offboarding_case_open', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index(batch_op.f('ix_offboarding_case_person_id'))

    op.drop_table('offboarding_case')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_holder_id'))

    op.drop_table('account')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_department'))

    op.drop_table('person')
    op.drop_table('organisation_settings')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_account_id')
        batch_op.drop_index('ix_audit_event_entity')

    op.drop_table('audit_event')
