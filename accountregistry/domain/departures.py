"""When a leaver has left: one rule for every entry point.

    departure_status(status, last_working_day, today)   leaving while the last working day is
                                                         ahead (the day itself included), left
                                                         once it has passed

The people import and services/people (every person added or changed, from any entry point)
decide a status by it; services/people.record_departures asks the database the same question
(last_working_day < today) for those recorded as leaving.
"""

from __future__ import annotations

from datetime import date

from accountregistry.domain.vocabulary import EmploymentStatus

# The statuses a last working day decides; an external helper stays external.
DECIDED_BY_LAST_DAY = (None, "", EmploymentStatus.employed, EmploymentStatus.leaving, EmploymentStatus.left)


def has_left(last_working_day: date, today: date) -> bool:
    return last_working_day < today


def departure_status(status, last_working_day: date | None, today: date):
    """The status a last working day decides; `status` as given when there is no day, or when it
    is one a day does not decide (external, or a word the caller's validation will refuse)."""
    if last_working_day is None or status not in DECIDED_BY_LAST_DAY:
        return status
    return EmploymentStatus.left if has_left(last_working_day, today) else EmploymentStatus.leaving
