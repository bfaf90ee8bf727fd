"""The offboarding tests' leaver, Ingrid of Sales, with her accounts; the successor her terms
name; and Kari."""

from dataclasses import dataclass
from datetime import date

from accountregistry.domain.vocabulary import Disposition, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

KARI = PersonInput(name="Kari Holm", work_email="kari@nordlys.no", department="HR")


@dataclass(frozen=True)
class Org:
    ingrid: object
    successor: object
    kari: object
    page: object  # the company page she administers
    role_profile: object  # her role profile: she owns it, its terms hand it to the successor
    own: object  # her personal X account
    case: object = None  # her offboarding, for the tests that start it


def ingrid_and_successor(db, successor: PersonInput, *, name: str = "Ingrid Berg", page_name: str = "Nordlys Rejser",
                         kari: PersonInput = KARI, today: date | None = None) -> Org:
    ingrid = add_person(db, PersonInput(name=name, work_email="ingrid@nordlys.no", department="Sales"))
    follows = add_person(db, successor)
    others = add_person(db, kari, today=today)
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name=page_name))
    role_profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg",
                                                     kind=Kind.employee_role, holder_id=ingrid.id))
    own = register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal, holder_id=ingrid.id))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2024, 5, 1))
    grant_role(db, account_id=role_profile.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2024, 5, 1))
    record_terms(db, role_profile.id, TermsInput(disposition=Disposition.transfer_to_successor,
                                                 agreed_on=date(2025, 1, 10), successor_id=follows.id))
    return Org(ingrid, follows, others, page, role_profile, own)
