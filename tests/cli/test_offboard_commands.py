"""`accountregistry offboard ...` from start to close on a fresh database, through
`accountregistry.cli.main` with the command group registered as cli/__init__.py will."""

import re
from datetime import date, timedelta

import pytest

from accountregistry import cli
from accountregistry.domain.dates import DATE_EXAMPLE
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import CaseStatus, EmploymentStatus, Kind, Presence, Role
from accountregistry.services import offboarding
from accountregistry.services.offboarding import AccountName, ActiveRole
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.services.roles import grant_role

from engine_support import roles_of_account, roles_of_person

# The services read today's date; the last day is placed relative to it, away from any edge.
LAST_DAY = date.today() + timedelta(days=20)


@pytest.fixture
def registry(db, db_location):
    """A fresh database with a leaver who owns a company page and holds a personal profile."""
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal, holder_id=ingrid.id))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner,
               granted_on=date.today() - timedelta(days=400))
    return dict(db=db, path=db_location, ingrid=ingrid, ole=ole, page=page)


def run(registry, capsys, *args):
    code = cli.main(["--db", str(registry["path"]), "offboard", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def item_ids(text):
    return [int(n) for n in re.findall(r"^  #(\d+)", text, flags=re.MULTILINE)]


def test_from_start_to_close(registry, capsys):
    code, out, err = run(registry, capsys, "start", "--person", "ingrid@nordlys.no",
                         "--last-day", LAST_DAY.strftime("%d.%m.%Y"), "--successor", "ole@nordlys.no")
    assert (code, err) == (0, "")
    assert out.startswith(f"Started offboarding 1 for Ingrid Berg: last working day "
                          f"{LAST_DAY.isoformat()}, successor Ole Dahl; ")
    assert "LinkedIn page “nordlys”\n" in out and "X profile “ingridberg”\n" in out and "General\n" in out
    assert "(handover) Hand Ingrid Berg's owner role on LinkedIn page “nordlys” to Ole Dahl" in out
    started = item_ids(out)
    assert len(started) >= 5
    assert get_person(registry["db"], registry["ingrid"].id).employment_status == EmploymentStatus.leaving

    code, out, err = run(registry, capsys, "show", "--person", "ingrid@nordlys.no")
    assert (code, err) == (0, "")
    assert f"0 of {len(started)} items settled" in out
    assert sorted(item_ids(out)) == sorted(started)
    assert re.search(r"#\d+ +open +due \d{4}-\d\d-\d\d \(-5\)  Ingrid Berg \(leaver\): \(handover\)", out)

    *to_do, last = started
    for item_id in to_do:
        code, out, err = run(registry, capsys, "done", item_id, "--note", "checked")
        assert (code, err) == (0, ""), err
        assert out.startswith(f"Done: item {item_id}: ")
    code, out, err = run(registry, capsys, "waive", last, "--reason", "Not needed here")
    assert (code, err) == (0, "")
    assert out.endswith("(reason: Not needed here)\n")

    code, out, err = run(registry, capsys, "close", "--person", "ingrid@nordlys.no")
    assert (code, err) == (0, ""), err
    assert out == "Closed offboarding 1 of Ingrid Berg: every account is settled.\n"

    db, page = registry["db"], registry["page"]
    assert [(r.person_id, r.role) for r in roles_of_account(db, page.id, active_only=True)] == [
        (registry["ole"].id, Role.owner)]
    assert roles_of_person(db, registry["ingrid"].id, active_only=True) == []
    assert offboarding.case_for_person(db, "ingrid@nordlys.no").status == CaseStatus.closed
    code, out, err = run(registry, capsys, "show", "--person", "ingrid@nordlys.no")
    assert "(closed)" in out and f"{len(started)} of {len(started)} items settled" in out


def test_a_refused_close_exits_1_and_lists_what_remains(registry, capsys):
    run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY.isoformat())
    items = offboarding.case_items(registry["db"], 1)
    code, out, err = run(registry, capsys, "close", "--person", "ingrid@nordlys.no")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == "accountregistry: " + sentence("case_not_settled", {"leaver": "Ingrid Berg",
                                                                           "count": len(items) + 1})
    ordered = sorted(items, key=lambda v: (v.due_on, v.id))
    assert [line.startswith(f"  - item {v.id} ") and line.endswith(v.title) for v, line in zip(ordered, lines[1:])
            ] == [True] * len(items)
    nordlys = AccountName("LinkedIn", Presence.page, "nordlys")
    assert lines[-1] == "  - " + ActiveRole("Ingrid Berg", Role.owner, nordlys).sentence()
    # Without a successor the handover cannot be completed: a one-line refusal, exit 1.
    handover = next(v for v in items if v.is_handover)
    code, out, err = run(registry, capsys, "done", handover.id)
    assert (code, out, err) == (1, "", "accountregistry: " + sentence("successor_required", {
        "leaver": "Ingrid Berg", "account": nordlys}) + "\n")
    assert len(err.splitlines()) == 1


def test_cancel_and_reopen(registry, capsys):
    run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY.isoformat())
    code, out, err = run(registry, capsys, "cancel", "--person", "ingrid@nordlys.no", "--reason", "Stays after all")
    assert (code, err) == (0, "")
    assert out == "Cancelled offboarding 1 of Ingrid Berg; it is kept, marked cancelled.\n"
    assert get_person(registry["db"], registry["ingrid"].id).employment_status == EmploymentStatus.employed
    code, out, err = run(registry, capsys, "reopen", "--person", "ingrid@nordlys.no", "--reason", "Left after all")
    assert (code, out, err) == (0, "Reopened offboarding 1 of Ingrid Berg.\n", "")
    assert get_person(registry["db"], registry["ingrid"].id).employment_status == EmploymentStatus.leaving


def test_preview_starts_nothing(registry, capsys):
    code, out, err = run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day",
                         LAST_DAY.isoformat(), "--preview")
    assert (code, err) == (0, "")
    assert out.startswith("Checklist for the offboarding of Ingrid Berg (") and "not started" in out
    code, out, err = run(registry, capsys, "show", "--person", "ingrid@nordlys.no")
    assert (code, err) == (1, "accountregistry: " + sentence("no_case", {"name": "Ingrid Berg"}) + "\n")


def test_a_danish_command_line_makes_a_danish_checklist(registry, capsys, monkeypatch):
    from accountregistry.domain import checklist

    monkeypatch.setenv("ACCOUNTREGISTRY_LANGUAGE", "da")
    code, out, err = run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day",
                         LAST_DAY.isoformat(), "--successor", "ole@nordlys.no")
    assert (code, err) == (0, "")
    titles = [item.title for item in offboarding.case_items(registry["db"], 1)]
    assert "Overdrag rollen som ejer på LinkedIn-side »nordlys« fra Ingrid Berg til Ole Dahl, og fjern derefter " \
           "Ingrid Berg" in titles, titles
    assert checklist.set_default_translation(None) is None  # the process's default is English again


def test_in_danish_preview_and_show_group_and_assign_as_the_user_reads_them(db, db_location, capsys, monkeypatch):
    """`start --preview`, `start` and `show` head their groups alike, in the order of the accounts'
    names in the user's language (Danish "LinkedIn-profil" before "LinkedIn-side", unlike
    English), and say each assignee as the case's items do: one rule (closing note 8)."""
    from accountregistry.language import set_translator, use_language
    from leaver_accounts import ingrid_and_successor

    ingrid_and_successor(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    monkeypatch.setenv("ACCOUNTREGISTRY_LANGUAGE", "da")
    registry = {"path": db_location}
    start = ["start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY.isoformat(), "--successor",
             "ole@nordlys.no"]
    outputs = [run(registry, capsys, *start, "--preview"), run(registry, capsys, *start),
               run(registry, capsys, "show", "--person", "ingrid@nordlys.no")]
    assert [(code, err) for code, _, err in outputs] == [(0, "")] * 3
    previous = use_language("da")
    try:
        items = offboarding.case_items(db, offboarding.case_for_person(db, "ingrid@nordlys.no").id)
        groups = list(dict.fromkeys(i.account.sentence() if i.account else sentence("cli_general") for i in items))
        assignees = {i.assignee.sentence() for i in items}
    finally:
        set_translator(*previous)
    in_danish = list(dict.fromkeys(i.account_id for i in items if i.account_id))
    in_english = sorted(in_danish, key=lambda aid: next(i.account_name for i in items if i.account_id == aid))
    assert len(in_danish) == 3 and in_danish != in_english  # the two languages order them apart
    for _, out, _ in outputs:
        assert [line for line in out.splitlines() if line in groups] == groups
    preview = outputs[0][1]
    assert all(f"  {assignee}: " in preview for assignee in assignees), preview


def test_export(registry, capsys, tmp_path):
    run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY.isoformat())
    target = tmp_path / "out" / "ingrid.csv"
    target.parent.mkdir()
    code, out, err = run(registry, capsys, "export", "--person", "ingrid@nordlys.no", target)
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"\xef\xbb\xbfitem_id;account_id;account;")


@pytest.mark.parametrize("args, field, code, params", [
    (("start", "--person", "ingrid@nordlys.no", "--last-day", "03/04/2027"), "Last working day", "date_ambiguous",
     {"text": "03/04/2027", "one": date(2027, 4, 3), "other": date(2027, 3, 4), "first": "2027-04-03",
      "second": "2027-03-04"}),
    (("start", "--person", "ingrid@nordlys.no", "--last-day", "31.02.2027"), "Last working day", "date_not_existing",
     {"text": "31.02.2027", "example": DATE_EXAMPLE}),
    (("start", "--person", "nobody@nordlys.no", "--last-day", "2027-01-15"), None, "person_email_not_found",
     {"email": "nobody@nordlys.no"}),
    (("start", "--person", "ingrid@nordlys.no", "--last-day", "2027-01-15", "--successor", "ingrid@nordlys.no"),
     "Successor", "own_successor", {"name": "Ingrid Berg"}),
    (("done", "999"), None, "item_not_found", {"item_id": 999}),
    (("waive", "999", "--reason", " "), "Reason", "waive_reason_required", {}),
])
def test_bad_input_is_one_line_and_exit_1(registry, capsys, args, field, code, params):
    status, out, err = run(registry, capsys, *args)
    # One line: the field's name (for input) and the refusal's sentence from the message table.
    assert (status, out, err) == (1, "", f"accountregistry: {field + ': ' if field else ''}{sentence(code, params)}\n")


@pytest.mark.parametrize("lang, day", [("da", date(2027, 4, 3)), ("sv", date(2027, 4, 3)), ("nb", date(2027, 4, 3))])
def test_a_scandinavian_command_line_reads_numeric_dates_day_first(registry, capsys, monkeypatch, lang, day):
    """As the window does: 03/04/2027 is 3 April in Danish, Swedish and Norwegian (English refuses it above)."""
    monkeypatch.setenv("ACCOUNTREGISTRY_LANGUAGE", lang)
    assert run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", "03/04/2027")[0] == 0
    assert get_person(registry["db"], registry["ingrid"].id).last_working_day == day


def test_a_missing_action_or_reason_is_a_usage_error(registry, capsys):
    for args in (("waive", "1"), ()):
        with pytest.raises(SystemExit) as raised:
            run(registry, capsys, *args)
        assert raised.value.code == 2
        assert "required" in capsys.readouterr().err


def test_a_mistyped_database_path_is_not_created(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    code = cli.main(["--db", str(missing), "offboard", "show", "--person", "ingrid@nordlys.no"])
    assert code == 1 and "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def test_refusals_follow_the_users_language(registry, capsys, monkeypatch):
    monkeypatch.setenv("ACCOUNTREGISTRY_LANGUAGE", "da")
    assert run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", "31.02.2027")[2] == (
        "accountregistry: Sidste arbejdsdag: »31.02.2027« er ikke en dato, der findes (f.eks. 31.12.2026 eller "
        "2026-12-31).\n")
    run(registry, capsys, "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY.isoformat())
    shown = run(registry, capsys, "show", "--person", "ingrid@nordlys.no")[1].splitlines()
    assert ("  - Ingrid Berg er eneste ejer eller administrator af LinkedIn-side »nordlys«, og der er ikke valgt "
            "nogen efterfølger.") in shown  # what stands in the way, too
    lines = run(registry, capsys, "close", "--person", "ingrid@nordlys.no")[2].splitlines()
    assert lines[0].startswith("accountregistry: Fratrædelsesforløbet for Ingrid Berg kan ikke lukkes endnu. Mangler: ")
    assert lines[-1] == "  - Ingrid Berg er stadig ejer for LinkedIn-side »nordlys«"
    handover = next(v for v in offboarding.case_items(registry["db"], 1) if v.is_handover)
    assert run(registry, capsys, "done", handover.id)[2].startswith(
        "accountregistry: Vælg en efterfølger i fratrædelsesforløbet for Ingrid Berg")
    # --lang wins over the environment; English is one option away.
    assert run(registry, capsys, "waive", "999", "--reason", "x")[2] == (
        "accountregistry: Der er intet tjeklistepunkt med id 999.\n")
    code = cli.main(["--lang", "en", "--db", str(registry["path"]), "offboard", "waive", "999", "--reason", "x"])
    assert (code, capsys.readouterr().err) == (1, "accountregistry: There is no checklist item with id 999.\n")
