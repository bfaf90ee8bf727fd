"""Checklist templates and generation: which items each kind of account gets, business-day
due dates across weekends and the year end, and template files that are refused with the
file and line named."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from accountregistry.domain import checklist
from accountregistry.domain.business_days import WEEKDAYS_ONLY
from accountregistry.domain.checklist import (
    ChecklistTemplateError,
    Effect,
    LeaverAccount,
    Party,
    active_templates,
    load_templates,
    override_path,
    plan_checklist,
    shipped_path,
)
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind, Presence, Role, TwoFactor

LEAVER = Party(7, "Ingrid Berg", "ingrid@nordlys.no")
SUCCESSOR = Party(8, "Ole Dahl", "ole@nordlys.no")
LAST_DAY = date(2026, 12, 31)  # a Thursday
GENERAL = {"confirm_mailbox_unused", "sign_handover_confirmation"}


@pytest.fixture(scope="module")
def shipped():
    return load_templates(shipped_path())


def account(**facts) -> LeaverAccount:
    base = dict(id=1, name="LinkedIn page “nordlys”", kind=Kind.company, presence=Presence.page,
                holder_id=LEAVER.id, leaver_roles=frozenset({Role.owner}), two_factor=TwoFactor.authenticator_app)
    base.update(facts)
    return LeaverAccount(**base)


def actions_for(templates, acct, successor=SUCCESSOR) -> set[str]:
    planned = plan_checklist(templates, leaver=LEAVER, successor=successor, accounts=[acct],
                             last_working_day=LAST_DAY)
    return {p.action for p in planned if p.account_id is not None}


# --- Generation for every kind x presence -----------------------------------------------------

# The leaver holds the account and is its owner; two-factor is an authenticator app. What the
# shipped templates ask, by kind, official or not, with or without a stored login. Presence
# does not change the outcome: each row runs for all four presences.
KINDS = {
    # kind: (disposition, ambassador consent)
    Kind.company: (None, False),
    Kind.employee_role: (Disposition.transfer_to_successor, False),
    Kind.personal: (Disposition.holder_keeps, True),
    None: (None, False),
}
EXPECTED = [
    # kind, official, has_secret, actions
    (Kind.company, True, False, {"hand_over_company_account", "move_two_factor"}),
    (Kind.company, True, True, {"hand_over_company_account", "move_two_factor", "rotate_shared_login"}),
    (Kind.company, False, False, {"hand_over_unofficial", "decide_unofficial", "move_two_factor"}),
    (Kind.company, False, True, {"hand_over_unofficial", "decide_unofficial", "move_two_factor",
                                 "rotate_shared_login"}),
    (Kind.employee_role, True, False, {"transfer_to_successor", "update_bio", "move_two_factor_with_transfer"}),
    (Kind.employee_role, True, True, {"transfer_to_successor", "update_bio", "move_two_factor_with_transfer",
                                      "rotate_shared_login"}),
    (Kind.employee_role, False, False, {"transfer_to_successor", "update_bio", "move_two_factor_with_transfer"}),
    (Kind.employee_role, False, True, {"transfer_to_successor", "update_bio", "move_two_factor_with_transfer",
                                       "rotate_shared_login"}),
    (Kind.personal, True, False, {"update_title_and_employer", "step_down_from_company_groups",
                                  "withdraw_ambassador_consent", "release_personal_account"}),
    (Kind.personal, True, True, {"update_title_and_employer", "step_down_from_company_groups",
                                 "withdraw_ambassador_consent", "release_personal_account", "delete_personal_login"}),
    (Kind.personal, False, False, {"update_title_and_employer", "step_down_from_company_groups",
                                   "withdraw_ambassador_consent", "release_personal_account"}),
    (Kind.personal, False, True, {"update_title_and_employer", "step_down_from_company_groups",
                                  "withdraw_ambassador_consent", "release_personal_account", "delete_personal_login"}),
    (None, True, False, {"settle_kind", "revoke_unsettled_roles"}),
    (None, True, True, {"settle_kind", "revoke_unsettled_roles", "rotate_shared_login"}),
    # Not handed over until someone records whose it is.
    (None, False, False, {"settle_kind", "revoke_unsettled_roles", "decide_unofficial"}),
    (None, False, True, {"settle_kind", "revoke_unsettled_roles", "decide_unofficial", "rotate_shared_login"}),
]


@pytest.mark.parametrize("presence", list(Presence), ids=lambda p: p.value)
@pytest.mark.parametrize("kind, official, has_secret, expected", EXPECTED,
                         ids=[f"{k.value if k else 'unknown'}-{'official' if o else 'unofficial'}-"
                              f"{'secret' if s else 'nosecret'}" for k, o, s, _ in EXPECTED])
def test_items_by_kind_presence_official_and_secret(shipped, presence, kind, official, has_secret, expected):
    disposition, ambassador = KINDS[kind]
    acct = account(kind=kind, presence=presence, official=official, has_secret=has_secret,
                   disposition=disposition, ambassador=ambassador)
    assert actions_for(shipped, acct) == expected


def test_every_kind_is_in_the_table():
    assert {row[0] for row in EXPECTED} == set(KINDS) == {*Kind, None}
    assert len(EXPECTED) == len(KINDS) * 2 * 2


@pytest.mark.parametrize("disposition", [None, *Disposition], ids=lambda d: d.value if d else "no-terms")
@pytest.mark.parametrize("roles", [{Role.owner}, {Role.admin, Role.editor}, set()], ids=["owner", "admin+editor", "none"])
def test_a_personal_account_is_never_handed_over(shipped, disposition, roles):
    for presence in Presence:
        acct = account(kind=Kind.personal, presence=presence, disposition=disposition,
                       leaver_roles=frozenset(roles))
        planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[acct],
                                 last_working_day=LAST_DAY)
        assert [p.action for p in planned if p.effect in Effect.MOVES_ROLES] == []
        assert "update_title_and_employer" in {p.action for p in planned}


@pytest.mark.parametrize("disposition, expected", [
    (None, {"agree_terms"}),
    (Disposition.transfer_to_successor, {"transfer_to_successor", "update_bio", "move_two_factor_with_transfer"}),
    (Disposition.transfer_to_company, {"transfer_to_company", "update_bio", "move_two_factor_with_transfer"}),
    (Disposition.archive, {"archive_account", "update_bio"}),
    (Disposition.close, {"close_account"}),
    (Disposition.holder_keeps, {"release_employee_role_account", "update_bio"}),
], ids=lambda d: d.value if isinstance(d, Disposition) else "no-terms" if d is None else "")
def test_employee_role_account_follows_its_agreed_disposition(shipped, disposition, expected):
    acct = account(kind=Kind.employee_role, presence=Presence.profile, disposition=disposition)
    assert actions_for(shipped, acct) == expected


@pytest.mark.parametrize("kind, roles, expected", [
    (Kind.employee_role, {Role.admin}, {"hand_over_employee_role_admin"}),
    (Kind.employee_role, {Role.editor}, {"revoke_employee_role_access"}),
    (Kind.company, {Role.owner, Role.analyst}, {"hand_over_company_account", "revoke_company_role",
                                                "move_two_factor"}),
    (Kind.company, {Role.moderator}, {"revoke_company_role"}),
    (Kind.personal, {Role.analyst}, {"release_personal_account"}),
])
def test_an_administrator_who_is_not_the_holder(shipped, kind, roles, expected):
    acct = account(kind=kind, holder_id=99, leaver_roles=frozenset(roles))
    assert actions_for(shipped, acct) == expected


def test_login_with_the_leavers_mailbox_is_matched_without_regard_to_case(shipped):
    acct = account(login_email="Ingrid@Nordlys.NO")
    assert "change_recovery_email" in actions_for(shipped, acct)
    assert "change_recovery_email" not in actions_for(shipped, account(login_email="social@nordlys.no"))


def test_unknown_two_factor_asks_to_find_out(shipped):
    actions = actions_for(shipped, account(two_factor=TwoFactor.unknown))
    assert "check_two_factor" in actions and "move_two_factor" not in actions
    assert not {"check_two_factor", "move_two_factor"} & actions_for(shipped, account(two_factor=TwoFactor.none))


def test_a_retired_company_account_gets_its_role_revoked_not_handed_over(shipped):
    assert actions_for(shipped, account(status=AccountStatus.archived)) >= {"revoke_retired_account_role"}
    assert "hand_over_company_account" not in actions_for(shipped, account(status=AccountStatus.archived))


def test_titles_assignees_and_due_dates(shipped):
    acct = account(leaver_roles=frozenset({Role.owner, Role.admin}))
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[acct], last_working_day=LAST_DAY)
    handover = next(p for p in planned if p.action == "hand_over_company_account")
    assert handover.title == ("Hand Ingrid Berg's owner and admin role on LinkedIn page “nordlys” to Ole Dahl, "
                              "then remove Ingrid Berg")
    assert (handover.assignee.person_id, handover.assignee.function, handover.assignee.english) == (
        7, "leaver", "Ingrid Berg (leaver)")
    assert (handover.offset, handover.due_on, handover.effect) == (-5, date(2026, 12, 24), "handover")
    two_factor = next(p for p in planned if p.action == "move_two_factor")
    assert (two_factor.assignee.person_id, two_factor.assignee.english) == (None, "IT")
    general = [p for p in planned if p.account_id is None]
    assert {p.action for p in general} == GENERAL
    assert "ingrid@nordlys.no" in next(p.title for p in general if p.action == "confirm_mailbox_unused")


def test_without_a_successor_the_titles_say_so(shipped):
    planned = plan_checklist(shipped, leaver=LEAVER, successor=None, accounts=[account()], last_working_day=LAST_DAY)
    handover = next(p for p in planned if p.action == "hand_over_company_account")
    assert "to the successor" in handover.title


def test_a_leaver_without_accounts_still_gets_the_general_items(shipped):
    planned = plan_checklist(shipped, leaver=LEAVER, accounts=[], last_working_day=LAST_DAY)
    assert {p.action for p in planned} == GENERAL


def test_every_shipped_action_is_reachable(shipped):
    """Each template applies to some account the tests above build (no dead entries in the file)."""
    reached = set(GENERAL)
    for kind in KINDS:
        for official in (True, False):
            for secret in (True, False):
                for disposition in (None, *Disposition):
                    for roles in ({Role.owner}, {Role.editor}):
                        for holder in (LEAVER.id, 99):
                            for status in AccountStatus:
                                for two_factor in (TwoFactor.unknown, TwoFactor.sms):
                                    acct = account(kind=kind, official=official, has_secret=secret,
                                                   disposition=disposition, leaver_roles=frozenset(roles),
                                                   holder_id=holder, status=status, two_factor=two_factor,
                                                   ambassador=True, login_email=LEAVER.email)
                                    reached |= actions_for(shipped, acct)
    assert reached == {t.action for t in shipped.items}


# --- Business days ----------------------------------------------------------------------------

@pytest.mark.parametrize("last_day, offset, expected", [
    (date(2026, 12, 31), 0, date(2026, 12, 31)),   # Thursday
    (date(2026, 12, 31), -3, date(2026, 12, 28)),  # back over the weekend to Monday
    (date(2026, 12, 31), -5, date(2026, 12, 24)),
    (date(2026, 12, 31), 1, date(2027, 1, 1)),     # into the new year
    (date(2026, 12, 31), 2, date(2027, 1, 4)),     # over the first weekend of 2027
    (date(2027, 12, 31), 0, date(2027, 12, 31)),   # Friday
    (date(2027, 12, 31), -3, date(2027, 12, 28)),
    (date(2027, 12, 31), 1, date(2028, 1, 3)),     # Monday after New Year's weekend
    (date(2027, 12, 31), 2, date(2028, 1, 4)),
    (date(2027, 1, 2), 0, date(2027, 1, 1)),       # Saturday: the Friday before
    (date(2027, 1, 3), 0, date(2027, 1, 1)),       # Sunday: the Friday before
    (date(2027, 1, 2), -1, date(2026, 12, 31)),
    (date(2027, 1, 3), 1, date(2027, 1, 4)),
    (date(2026, 12, 28), -1, date(2026, 12, 25)),  # Monday back to Friday
    (date(2026, 12, 28), 5, date(2027, 1, 4)),
    (date(2026, 12, 28), -10, date(2026, 12, 14)),
])
def test_business_day_offsets(last_day, offset, expected):
    assert WEEKDAYS_ONLY.add(last_day, offset) == expected
    assert expected.weekday() < 5


def naive_business_days(day: date, offset: int) -> date:
    """An independent oracle: step one calendar day at a time."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    step = timedelta(days=1 if offset > 0 else -1)
    remaining = abs(offset)
    while remaining:
        day += step
        if day.weekday() < 5:
            remaining -= 1
    return day


@pytest.mark.parametrize("start", [date(2026, 12, 24) + timedelta(days=n) for n in range(10)])
def test_business_days_agree_with_stepping_day_by_day(start):
    for offset in range(-checklist.MAX_DUE_OFFSET, checklist.MAX_DUE_OFFSET + 1):
        assert WEEKDAYS_ONLY.add(start, offset) == naive_business_days(start, offset), offset


@pytest.mark.parametrize("today, day, expected", [
    (date(2026, 12, 24), date(2026, 12, 31), 5),
    (date(2026, 12, 31), date(2026, 12, 24), -5),
    (date(2026, 12, 31), date(2026, 12, 31), 0),
    (date(2027, 1, 2), date(2027, 1, 4), 1),   # Saturday counts as the Friday before
    (date(2026, 12, 31), date(2027, 1, 3), 1),
])
def test_business_days_until(today, day, expected):
    assert WEEKDAYS_ONLY.days_until(today, day) == expected


# --- Template files ---------------------------------------------------------------------------

VALID = """\
functions = ["HR"]

[[item]]
action = "say_goodbye"
title = "Say goodbye to {leaver}"
assignee = "HR"
due = 0
scope = "general"
"""


def write(tmp_path: Path, text: str, name: str = "checklist.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_file_loads(shipped):
    assert shipped.functions == ("HR", "Communications", "IT")
    assert len({t.action for t in shipped.items}) == len(shipped.items) > 20
    assert shipped.by_action("hand_over_company_account").effect == Effect.handover
    assert shipped.by_action("no_such_action") is None


def test_a_minimal_file_loads(tmp_path):
    templates = load_templates(write(tmp_path, VALID))
    [item] = templates.items
    assert (item.action, item.general, item.line) == ("say_goodbye", True, 3)


BROKEN = [
    # text appended to (or replacing) VALID, the line named, the problem's code
    (VALID.replace('due = 0', 'due = '), 7, "template_not_toml"),
    (VALID.replace('assignee = "HR"', 'assignee = "Marketing"'), 6, "template_bad_assignee"),
    (VALID.replace('{leaver}', '{boss}'), 5, "template_bad_placeholder"),
    (VALID.replace('{leaver}', '{leaver'), 5, "template_stray_brace"),
    (VALID.replace('due = 0', 'due = "soon"'), 7, "template_bad_due"),
    (VALID.replace('due = 0', 'due = 90'), 7, "template_bad_due"),
    (VALID.replace('scope = "general"', 'scope = "general"\nkind = ["company"]'), 9, "template_general_condition"),
    (VALID.replace('scope = "general"', 'colour = "red"'), 8, "template_unknown_key"),
    (VALID.replace('action = "say_goodbye"', 'action = "Say Goodbye"'), 4, "template_bad_action"),
    (VALID.replace('title = "Say goodbye to {leaver}"\n', ''), 3, "template_missing_key"),
    (VALID + VALID.split("\n", 2)[2], 10, "template_action_twice"),
    (VALID.replace('functions = ["HR"]', 'functions = []'), 1, "template_no_functions"),
    (VALID.replace('scope = "general"', 'scope = "account"\neffect = "handover"'), 9,
     "template_personal_handover"),
    (VALID.replace('scope = "general"', 'effect = "transfer"\nkind = ["company", "personal"]'), 9,
     "template_personal_handover"),
    (VALID.replace('scope = "general"', 'kind = ["corporate"]'), 8, "template_bad_choice"),
    (VALID.replace('scope = "general"', 'official = "yes"'), 8, "template_not_bool"),
    (VALID.replace('scope = "general"', 'effect = "delete"'), 8, "template_bad_effect"),
]


@pytest.mark.parametrize("text, line, code", BROKEN, ids=[f"{code}-{n}" for n, (_, _, code) in enumerate(BROKEN)])
def test_a_broken_file_names_file_and_line(tmp_path, text, line, code):
    path = write(tmp_path, text)
    with pytest.raises(ChecklistTemplateError) as raised:
        load_templates(path)
    refusal = raised.value
    assert (refusal.code, refusal.params["path"], refusal.params["line"]) == ("checklist_unusable_at", path, line)
    assert (refusal.path, refusal.line, refusal.problem.code) == (path, line, code)
    # One line, the problem's own sentence inside the file's.
    assert refusal.sentence() == sentence("checklist_unusable_at", {"path": path, "line": line,
                                                                    "problem": refusal.problem})
    assert "\n" not in refusal.sentence()


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "checklist.toml"
    path.write_bytes(VALID.replace("goodbye", "farvel til Søren").encode("latin-1"))
    with pytest.raises(ChecklistTemplateError) as raised:
        load_templates(path)
    assert (raised.value.code, raised.value.line, raised.value.problem.code) == (
        "checklist_unusable", None, "template_not_utf8")


def test_the_override_in_the_data_folder_replaces_the_shipped_file(tmp_path):
    assert active_templates().path == shipped_path()
    override = override_path()
    assert override.name == "checklist.toml" and "Account Registry" in str(override)
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(VALID, encoding="utf-8")
    templates = active_templates()
    assert (templates.path, [t.action for t in templates.items]) == (override, ["say_goodbye"])
    # Edited while the program runs: read again, not served from the cache.
    override.write_text(VALID.replace("say_goodbye", "wave_goodbye_to_everyone"), encoding="utf-8")
    assert [t.action for t in active_templates().items] == ["wave_goodbye_to_everyone"]


def test_a_broken_override_is_reported_not_skipped(tmp_path):
    override = override_path()
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(VALID.replace('assignee = "HR"', 'assignee = "Legal"'), encoding="utf-8")
    with pytest.raises(ChecklistTemplateError) as raised:
        active_templates()
    assert (raised.value.path, raised.value.line, raised.value.problem.code) == (override, 6, "template_bad_assignee")


RETIRED = (AccountStatus.archived, AccountStatus.closed)


def test_every_role_the_leaver_holds_is_settled_by_some_item(shipped):
    """Closing needs every role gone: for any account, the items that move or revoke roles
    together act on every role the leaver holds there, and on each role once."""
    gaps = []
    for kind in KINDS:
        for official in (True, False):
            for disposition in (None, *Disposition):
                for roles in ({Role.owner}, {Role.admin, Role.analyst}, {Role.editor}, {Role.moderator}):
                    for holder in (LEAVER.id, 99):
                        for status in AccountStatus:
                            acct = account(kind=kind, official=official, disposition=disposition,
                                           leaver_roles=frozenset(roles), holder_id=holder, status=status)
                            settled = set()
                            for template in shipped.items:
                                if template.effect and template.applies_to(acct, LEAVER):
                                    acted = set(template.roles_acted_on(acct.leaver_roles))
                                    if acted & settled:  # two items would move or revoke one role
                                        gaps.append(("twice", template.action, acct))
                                    settled |= acted
                            waits_for_terms = (kind == Kind.employee_role and holder == LEAVER.id
                                               and disposition is None and status not in RETIRED)
                            if waits_for_terms:
                                # What happens to the roles is what the terms will say: the
                                # agree_terms item comes first.
                                assert settled == set(), acct
                            elif settled != roles:
                                gaps.append((kind, official, disposition, sorted(roles), holder, status.value))
    assert gaps == []
