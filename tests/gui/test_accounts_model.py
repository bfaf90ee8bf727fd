"""The accounts table model: filtering and sorting inside the model, checked by qtmodeltester."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from accountregistry.domain.vocabulary import CONTROLLING_ROLES, Role
from accountregistry.gui.formatting import words
from accountregistry.gui.models.accounts_model import (
    ACCOUNT_ID_ROLE,
    KIND_NOT_KNOWN,
    AccountFilter,
    AccountTable,
    AccountsModel,
    Column,
)
from accountregistry.services.account_list import AccountRow, PersonNames, RiskFlag, people_of

HIGH = RiskFlag("no_active_admin", "No admin", "high", "Nobody holds an active owner or admin role.")
LOW = RiskFlag("review_overdue", "Review overdue", "low", "Nobody has confirmed the record.")


PEOPLE: dict[int, PersonNames] = {}


def person_id(name: str, email: str) -> int:
    """The id of the person so named, added to PEOPLE (the rows' names) if new."""
    found = next((pid for pid, person in PEOPLE.items() if person.name == name), None)
    if found is None:
        found = len(PEOPLE) + 1
        PEOPLE.update(people_of([(found, name, email)]))
    return found


def row(id, platform, handle, *, kind="company", status="active", display="", holder="", admins=(),
        review=None, risks=(), official=True):
    ids = tuple(person_id(name, email) for name, email in admins)
    return AccountRow(
        id=id, platform=platform, platform_name={"x": "X", "linkedin": "LinkedIn", "facebook": "Facebook"}[platform],
        presence="profile", handle=handle, display_name=display, kind=kind, status=status, holder_name=holder,
        next_review=review, risks=risks, administrators=ids, role_holders=ids,
        search_text="\n".join((handle, display, holder)).lower(), official=official, people=PEOPLE)


ROWS = [
    row(1, "linkedin", "nordlys-rejser", display="Nordlys Rejser", admins=[("Freja Møller", "freja@nordlys.dk")],
        review=date(2027, 3, 1), risks=(LOW,)),
    row(2, "x", "nordlyshjaelp", kind="employee_role", display="Nordlys Hjælp", holder="Nanna Kristiansen",
        admins=[("Nanna Kristiansen", "nanna@nordlys.dk"), ("Anne Sønderby", "anne@nordlys.dk")],
        review=date(2026, 12, 1)),
    row(3, "facebook", "groups/alumni", display="Nordlys Alumni", holder="Tuva Brække", risks=(HIGH, LOW),
        official=False),
    row(4, "x", "metteK", kind="personal", display="Mette Kjærgaard", holder="Mette Kjærgaard",
        status="archived"),
    row(5, "facebook", "nordlysodense", kind=None, display="", risks=(HIGH,), review=date(2026, 1, 1)),
]


@pytest.fixture
def model(qtmodeltester):
    made = AccountsModel()
    made.set_rows(ROWS)
    qtmodeltester.check(made)
    return made


def shown_ids(model):
    return [model.index(r, 0).data(ACCOUNT_ID_ROLE) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_through_filter_and_sort(qtmodeltester):
    model = AccountsModel()
    qtmodeltester.check(model)  # empty
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_filter(AccountFilter(text="nordlys"))
    model.sort(Column.risks, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_table(model.table.with_rows([row(6, "x", "nordlysny", display="Nordlys Ny")], [2]))  # as a live update
    qtmodeltester.check(model)


def test_columns_show_the_rows_in_words(model):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Platform", "Handle", "Display name", "Kind", "Presence", "Status", "Official", "Holder", "Admins",
        "Next review", "Risks"]
    second = [model.index(1, c).data(Qt.ItemDataRole.AccessibleTextRole) for c in Column]
    assert second[:9] == ["X", "nordlyshjaelp", "Nordlys Hjælp", "Employee role", "Profile", "Active", "Yes",
                          "Nanna Kristiansen", "2"]
    assert second[9]  # the date in the user's locale
    assert model.index(2, Column.official).data() == "No"
    assert model.index(4, Column.kind).data() == "Not known"
    assert model.index(2, Column.risks).data(Qt.ItemDataRole.AccessibleTextRole) == "No admin · Review overdue"
    assert not model.index(2, Column.risks).data(Qt.ItemDataRole.DecorationRole).isNull()  # the badges
    assert "Nobody holds an active owner" in model.index(2, Column.risks).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(0, Column.platform).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_a_painted_cell_shows_what_the_model_says(model):
    """What the table's delegate paints (Qt asks for every role of a cell at once) is each
    role's own answer: words, the platform's icon, the badges instead of their words, the
    administrators' count on the right, and nothing for a role the model has no value for."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    delegate = QStyledItemDelegate()
    for at in range(model.rowCount()):
        for column in Column:
            index = model.index(at, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == (index.data() or ""), (at, column)
            has_picture = column in (Column.platform, Column.risks) and bool(model.row_at(at).risks or column == 0)
            assert option.icon.isNull() != has_picture, (at, column)
            right = bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)
            assert right == (column == Column.administrators), (at, column)
            assert not option.font.bold() and not option.backgroundBrush.style() != Qt.BrushStyle.NoBrush
    assert model.index(2, Column.risks).data() is None  # badges, not words
    assert model.index(1, Column.display_name).data(Qt.ItemDataRole.FontRole) is None


def test_filter_by_text_over_handle_names_holder_and_administrators(model):
    model.set_filter(AccountFilter(text="ANNE@"))
    assert shown_ids(model) == [2]
    model.set_filter(AccountFilter(text="tuva"))
    assert shown_ids(model) == [3]
    model.set_filter(AccountFilter(text="freja møller"))  # every word must occur
    assert shown_ids(model) == [1]
    model.set_filter(AccountFilter(text="nordlys"))
    assert shown_ids(model) == [1, 2, 3, 5]
    model.set_filter(AccountFilter(text="nordlysh"))  # typing on narrows what is shown
    assert shown_ids(model) == [2]
    model.set_filter(AccountFilter(text="nord"))  # deleting widens again
    assert shown_ids(model) == [1, 2, 3, 5]
    model.set_filter(AccountFilter())
    assert shown_ids(model) == [1, 2, 3, 4, 5]


def test_filter_by_kind_platform_status_and_risk(model):
    model.set_filter(AccountFilter(kind="employee_role"))
    assert shown_ids(model) == [2]
    model.set_filter(AccountFilter(kind=KIND_NOT_KNOWN))
    assert shown_ids(model) == [5]
    model.set_filter(AccountFilter(platform="x"))
    assert shown_ids(model) == [2, 4]
    model.set_filter(AccountFilter(status="archived"))
    assert shown_ids(model) == [4]
    model.set_filter(AccountFilter(only_at_risk=True))
    assert shown_ids(model) == [1, 3, 5]
    model.set_filter(AccountFilter(text="nordlys", platform="facebook", only_at_risk=True))
    assert shown_ids(model) == [3, 5]
    model.set_filter(AccountFilter(official=False))
    assert shown_ids(model) == [3]
    model.set_filter(AccountFilter(official=True))
    assert shown_ids(model) == [1, 2, 4, 5]


def test_sort_every_column_both_ways_and_stably(model):
    for column in Column:
        model.sort(column, Qt.SortOrder.AscendingOrder)
        ascending = shown_ids(model)
        assert sorted(ascending) == [1, 2, 3, 4, 5], column
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert sorted(shown_ids(model)) == [1, 2, 3, 4, 5], column
    model.sort(Column.handle)
    assert shown_ids(model) == [3, 4, 1, 2, 5]  # case-insensitive: groups/…, metteK, nordlys-…
    model.sort(Column.administrators, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == [2, 1, 3, 4, 5]  # ties keep registration order
    model.sort(Column.kind)
    assert shown_ids(model) == [1, 3, 2, 4, 5]  # company, employee role, personal, not known
    model.sort(Column.next_review)
    assert shown_ids(model) == [5, 2, 1, 3, 4]  # no date last
    model.sort(Column.risks, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == [3, 5, 1, 2, 4]  # worst, then most
    model.sort(-1)
    assert shown_ids(model) == [1, 2, 3, 4, 5]


def test_sorting_keeps_the_filter_and_the_selected_account(model):
    model.set_filter(AccountFilter(text="nordlys"))
    current = model.index(model.index_of_account(2).row(), 0)
    kept = QPersistentModelIndex(current)
    model.sort(Column.display_name, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == [1, 2, 3, 5]  # Rejser, Hjælp, Alumni; no display name last either way
    assert kept.data(ACCOUNT_ID_ROLE) == 2


def test_updating_rows_replaces_adds_and_removes(model):
    model.set_filter(AccountFilter(status="active"))
    changed = ROWS[0]._replace(status="archived")
    model.set_table(model.table.with_rows([changed, row(6, "x", "nordlysny")], [3]))
    assert shown_ids(model) == [2, 5, 6]
    assert model.total_count() == 5
    assert not model.index_of_account(1).isValid()  # hidden by the filter
    model.set_filter(AccountFilter())
    assert model.index_of_account(1).data(ACCOUNT_ID_ROLE) == 1
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 5


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_admins_header_names_the_roles_it_counts_and_no_other(model, speak, language):
    """The Admins column counts active owners and admins (the roles that can add and remove
    others); its tooltip names those roles, in the user's words, and never the ones not counted."""
    if language != "en":
        speak(language)
    tooltip = model.headerData(Column.administrators, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    named = {role for role in Role if re.search(rf"\b{re.escape(words(role))}\b", tooltip)}
    assert named == set(CONTROLLING_ROLES), tooltip
    assert "{" not in tooltip


def test_an_account_is_found_by_id_whatever_order_the_rows_came_in():
    """Rows read from the registry come in id order (found by bisection); rows put in by hand may not."""
    for rows in (ROWS, ROWS[::-1]):
        table = AccountTable.of(rows)
        assert [table.row_of(r.id).handle for r in ROWS] == [r.handle for r in ROWS]
        assert table.row_of(0) is None and table.row_of(99) is None and table.shown_at(99) == -1
        assert table.with_rows([], removed_ids=[3, 99]).row_of(3) is None


def test_a_cell_painted_again_shows_the_rows_and_the_read_as_they_are_now(qapp):
    """What a paint asks for (multiData) is kept for the cells painted again: a new table with as many
    rows (someone renamed an account) and a failed read of the risks change what the cells say."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    def painted(column: Column) -> object:
        wanted = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
        model.multiData(model.index(0, column), QModelRoleDataSpan(wanted))
        return wanted.data()

    model = AccountsModel()
    model.set_rows([row(1, "x", "nordlys", display="Nordlys", risks=None), ROWS[1]])
    assert (painted(Column.display_name), painted(Column.risks)) == ("Nordlys", "Loading…")
    model.set_rows([row(1, "x", "nordlys", display="Nordlys Rejser", risks=None), ROWS[1]])
    assert (painted(Column.display_name), painted(Column.risks)) == ("Nordlys Rejser", "Loading…")
    model.read_failed = True
    assert painted(Column.risks).startswith("Could not be read")


def test_each_row_shows_its_platform_s_icon_and_other_s_when_the_platform_has_none(qapp):
    """Beside the platform's name: the platform's own picture; a platform without one (Reddit) or
    one this version does not know shows Other's, the same one for all of them, made once."""
    from PySide6.QtGui import QIcon

    from accountregistry.gui.app import icons_folder

    def drawn(icon: QIcon):
        return icon.pixmap(16, 16).toImage()

    def file_icon(name: str):
        return drawn(QIcon(str(icons_folder() / f"platform-{name}.svg")))

    model = AccountsModel()
    model.set_rows([row(1, "x", "nordlys"), row(2, "linkedin", "nordlys-rejser"),
                    row(3, "x", "nordlys")._replace(platform="reddit", platform_name="Reddit", handle="u/nordlys"),
                    row(4, "x", "nordlys")._replace(platform="myspace", platform_name="myspace")])
    icons = [model.index(at, Column.platform).data(Qt.ItemDataRole.DecorationRole) for at in range(4)]
    assert [drawn(icon) for icon in icons] == [file_icon("x"), file_icon("linkedin"), file_icon("other"),
                                               file_icon("other")]
    assert file_icon("x") != file_icon("other") != file_icon("linkedin")
    assert icons[2].cacheKey() == icons[3].cacheKey()  # Other's picture, drawn once for both
