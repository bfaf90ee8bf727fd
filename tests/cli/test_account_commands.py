"""`accountregistry register`: one account from its address, warned about when it may already be
registered under its other name, refused with the recogniser's sentence when it is no account."""

from __future__ import annotations

import accountregistry.cli


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def test_register_an_address_and_be_warned_of_its_other_name(db_path, capsys):
    assert run("--db", db_path, "register", "https://www.facebook.com/nordlysrejser/",
               "--display-name", "Nordlys Rejser", "--kind", "company") == 0
    first = capsys.readouterr()
    assert "facebook page nordlysrejser" in first.out and first.err == ""

    assert run("--db", db_path, "register", "https://www.facebook.com/p/Nordlys-Rejser-100063480311999/",
               "--display-name", "Nordlys Rejser") == 0
    second = capsys.readouterr()
    assert "facebook page 100063480311999" in second.out
    # Not refused, but said: the same display name under the other key.
    [warning] = second.err.splitlines()
    assert warning.startswith("accountregistry: warning: ") and "nordlysrejser" in warning


def test_register_refuses_a_post_with_the_recognisers_sentence(db_path, capsys):
    assert run("--db", db_path, "--lang", "da", "register", "https://www.instagram.com/p/CbDW9mVuEnn/") == 1
    err = capsys.readouterr().err
    assert err.startswith("accountregistry: url: ") and "opslag" in err


def test_register_by_platform_and_handle(db_path, capsys):
    assert run("--db", db_path, "register", "--platform", "telegram", "--presence", "group",
               "--handle", "@Nordlys_Chat") == 0
    assert "telegram group nordlys_chat (https://t.me/nordlys_chat)" in capsys.readouterr().out
