"""An administrators cell's entries are read once per person and once per role (import_cells._Entries),
not once per distinct entry: each entry still reads exactly as parsing it whole does, in any order,
whatever its name, email and role hold."""

from __future__ import annotations

import itertools

from accountregistry.services.import_cells import _administrator, _Entries
from accountregistry.services.validation import Problems

PEOPLE = ["Jane Doe <jane@acme.dk>", "Jane Doe <JANE@acme.dk>", "Bo (IT) Berg <bo@acme.dk>", "Bo (IT) Berg",
          "Åse Ødegård <aase@acme.no>", "<only@acme.dk>", "Kim", "Kim <kim@acme.dk> (x)", "Ann <bad-email>",
          "Ann <a@b.dk> <c@d.dk>", "Per)", "", "  Lis Holm  <lis@acme.dk>", "Mia <mia@acme.dk>(", "Ole <ole@acme.dk> ("]
ROLES = ["admin)", "owner)", "Ejer)", "administrator)", "editor )", "nobody)", "admin", ")", "ad(min)", "(admin)",
         "ad<x>min)", "admin) x"]


def read(cache: _Entries, entry: str):
    """The entry as a cell of its own: its (person, role), or its problem."""
    problems = Problems()
    grants = cache.grants(problems, entry)
    return problems.found["administrators"] if "administrators" in problems else grants[0]


def test_each_entry_reads_as_parsing_it_whole_does_in_any_order():
    entries = [f"{person} ({role}".strip() for person, role in itertools.product(PEOPLE, ROLES)]
    entries += ["Jane Doe <jane@acme.dk>", "(admin)", "Jane Doe <jane@acme.dk> (admin) (owner)", "x (y) (admin)"]
    for order in (entries, entries[::-1], sorted(entries), entries[1::2] + entries[::2]):
        cache = _Entries()
        for entry in order + order:  # the second time from what was remembered
            assert read(cache, entry) == _administrator(entry), entry


def test_a_person_named_with_several_roles_is_held_once():
    cache = _Entries()
    cell = "Jane Doe <jane@acme.dk> (owner) | Jane Doe <jane@acme.dk> (admin)"
    (owner, _), (admin, _) = cache.grants(Problems(), cell)
    assert owner is admin
    assert len(cache.people) == 1 and len(cache.roles) == 2
