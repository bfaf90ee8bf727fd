"""The offboarding view at the default size (1280×800), in English and Danish: the checklist's
titles get the room (beside a 380-pixel case list they wrapped to 4-6 lines), while the case list
still shows each leaver's name whole and each case's progress as words or its short form."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.gui.models.offboarding_model import CASE_ID_ROLE, SHORT_PROGRESS_ROLE, ProgressDelegate
from accountregistry.services.offboarding import start_offboarding
from accountregistry.store.models import Person


def _start_the_longest_named(db, count: int) -> list[str]:
    """Offboardings for the `count` longest-named people still employed, every other one overdue."""
    with db.reading() as session:
        people = [p for p in session.exec(select(Person)).all() if p.employment_status == EmploymentStatus.employed]
    chosen = sorted(people, key=lambda p: (-len(p.name), p.name))[:count]
    today = date.today()
    for number, person in enumerate(chosen):
        overdue = number % 2 == 0
        start_offboarding(db, person_id=person.id,
                          last_working_day=today - timedelta(days=10) if overdue else today + timedelta(days=30),
                          today=today - timedelta(days=40) if overdue else today)
    return [person.name for person in chosen]


def _case_rows(view):
    model = view.cases_model
    for group in range(model.rowCount()):
        head = model.item(group, 0)
        for row in range(head.rowCount()):
            if head.child(row, 0).data(CASE_ID_ROLE) is not None:
                yield head.child(row, 0).index(), head.child(row, 2).index()


@pytest.mark.parametrize("language", ["en", "da"])
def test_at_the_default_size_the_checklist_gets_the_room_and_the_case_list_reads_whole(
        qtbot, sample, open_at_default_size, settled, language):
    names = _start_the_longest_named(sample, 6)
    window = open_at_default_size(language, "Offboarding")
    view = window.offboarding_view
    settled(window)
    rows = list(_case_rows(view))
    assert sorted(name.data() for name, _ in rows) == sorted(names)
    view.cases.setCurrentIndex(rows[0][0])
    qtbot.waitUntil(lambda: view.case_id is not None and view.items_model.rowCount() > 0)
    settled(window)

    # The titles' column has close to half the checklist's width (it had a third).
    items = view.items
    assert items.header().sectionSize(0) >= 0.45 * items.viewport().width()

    header = view.cases.header()
    metrics = view.cases.fontMetrics()
    for name, progress in rows:
        room = header.sectionSize(0) - view.cases.indentation() - 2 * 3  # the text margins
        assert metrics.horizontalAdvance(name.data()) <= room, name.data()
        shown = ProgressDelegate.bar_text(metrics, header.sectionSize(2) - 6, progress)
        assert shown in (progress.data(), progress.data(SHORT_PROGRESS_ROLE)), shown  # never cut short
    # The overdue cases' words do not fit beside their names: they show the short form.
    assert any(ProgressDelegate.bar_text(metrics, header.sectionSize(2) - 6, progress) == progress.data(SHORT_PROGRESS_ROLE)
               for _, progress in rows)
