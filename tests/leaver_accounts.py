"""The accounts of the offboarding tests' leaver, Ingrid."""

from datetime import date

from accountregistry.domain.vocabulary import Disposition, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.roles import grant_role


def ingrids_accounts(db, ingrid_id: int, successor_id: int, page_name: str) -> tuple:
    """(page, role profile, own): she administers the company page, owns her role profile (its
    terms hand it to `successor_id`) and holds a personal X account."""
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name=page_name))
    role_profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg",
                                                     kind=Kind.employee_role, holder_id=ingrid_id))
    own = register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal, holder_id=ingrid_id))
    grant_role(db, account_id=page.id, person_id=ingrid_id, role=Role.admin, granted_on=date(2024, 5, 1))
    grant_role(db, account_id=role_profile.id, person_id=ingrid_id, role=Role.owner, granted_on=date(2024, 5, 1))
    record_terms(db, role_profile.id, TermsInput(disposition=Disposition.transfer_to_successor,
                                                 agreed_on=date(2025, 1, 10), successor_id=successor_id))
    return page, role_profile, own
