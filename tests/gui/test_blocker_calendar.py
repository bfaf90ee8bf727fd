"""The case's "last working day is near" line counts the organisation's business days: its
closing days (and public holidays) are not counted, as the service counts them."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from accountregistry.domain.business_days import WEEKDAYS_ONLY, ClosingDay
from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.gui.formatting import format_date
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.services import organisation
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.case_reading import Blocker, blockers
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from on_screen import on_screen


def weekdays_after(day: date, count: int) -> list[date]:
    found = []
    while len(found) < count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return found


def test_the_near_last_day_is_counted_in_the_organisations_business_days(qtbot, db, settled):
    days = weekdays_after(date.today(), 6)
    last_day = days[-1]  # six weekdays away: not near by weekdays alone
    organisation.update_settings(db, holidays_country="none",
                                 closing_days=[ClosingDay(d.month, d.day, d.year) for d in days[1:3]])
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2024, 5, 1))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=last_day, successor_id=ole.id)

    view = OffboardingView(db)
    on_screen(qtbot, view, 1300, 800)
    view.show_case(case.id)
    settled(view)
    assert WEEKDAYS_ONLY.days_until(date.today(), last_day) == 6
    assert view.blockers_box.isVisible()
    # two of the six are closing days: the service counts 4, and the view says that count
    blocker = next(b for b in blockers(db, case.id) if b.kind == Blocker.LAST_DAY_NEAR)
    assert blocker.params["days"] == 4
    said = QCoreApplication.translate("Offboarding", "The last working day, {day}, is in {days} business days.").format(
        day=format_date(last_day), days=4)
    assert said in view.blockers_text.text()
