"""A realistic sample organisation, so a newcomer sees the registry at work at once.

Nordlys Rejser A/S is a travel company with offices in Copenhagen, Stockholm and Oslo. Its
accounts show what the product is for: an unofficial Facebook group an employee made in the
company's name, a salesperson's own LinkedIn profile used for social selling, a support
account on X run as an employee role, a LinkedIn page whose only admin leaves next month,
and the usual untidiness (private logins, unknown two-factor, old reviews, a page nobody can
administer any more).

Everything goes in through the services, as a user's input would: validated, and recorded in
the audit trail. The data are tables; the code below them only feeds them in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import func, select

from accountregistry.domain.errors import Conflict
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, HolidayCountry, Kind, TwoFactor
from accountregistry.services import accounts, consent, handover, organisation, people, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.consent import ConsentInput
from accountregistry.services.handover import TermsInput
from accountregistry.services.people import PersonInput
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.models import Account, AccountRole, Person

# Any fixed number: the same sample, date for date, on every machine.
SEED = 1905

ORGANISATION = "Nordlys Rejser A/S"
DOMAINS = {"dk": "nordlys.dk", "se": "nordlys.se", "no": "nordlys.no"}
REVIEW_INTERVAL_MONTHS = 6
# Signs the handover terms for the company.
COMMUNICATIONS_MANAGER = "sofie"

COMPANY, ROLE, PERSONAL, UNKNOWN = Kind.company, Kind.employee_role, Kind.personal, None

# key, name, office (None: not on the company's domains), department, title, manager.
# Managers come before the people who report to them.
PEOPLE = [
    ("mette", "Mette Kjærgaard", "dk", "Management", "Chief Executive Officer", None),
    ("lars", "Lars Åberg", "se", "Management", "Country Manager, Sweden", "mette"),
    ("ingrid", "Ingrid Sæther", "no", "Management", "Country Manager, Norway", "mette"),
    ("sofie", "Sofie Dahl Jørgensen", "dk", "Communications", "Head of Communications", "mette"),
    ("emil", "Emil Thygesen", "dk", "Communications", "Press Officer", "sofie"),
    ("freja", "Freja Møller", "dk", "Communications", "Social Media Coordinator", "sofie"),
    ("asa", "Åsa Lindqvist", "se", "Communications", "Communications Officer", "sofie"),
    ("kari", "Kari Nordbø", "no", "Communications", "Content Editor", "sofie"),
    ("jonas", "Jonas Bæk", "dk", "Marketing", "Head of Marketing", "mette"),
    ("ida", "Ida Høgh", "dk", "Marketing", "Content Marketer", "jonas"),
    ("oskar", "Oskar Sjöberg", "se", "Marketing", "Marketing Specialist", "jonas"),
    ("sanna", "Sanna Öberg", "se", "Marketing", "Content Marketer", "jonas"),
    ("nils", "Nils Ekström", "se", "Marketing", "Video Producer", "jonas"),
    ("maja", "Maja Strøm", "no", "Marketing", "Graphic Designer", "jonas"),
    ("tuva", "Tuva Brække", "no", "Marketing", "Influencer Partnerships Manager", "jonas"),
    ("frida", "Frida Eng", None, "Marketing", "Social Media Consultant, Fjordlys Media (agency)", "jonas"),
    ("rasmus", "Rasmus Kjeldsen", "dk", "Sales", "Head of Sales", "mette"),
    ("soren", "Søren Østergaard", "dk", "Sales", "Key Account Manager, Business Travel", "rasmus"),
    ("camilla", "Camilla Frølund", "dk", "Sales", "Account Executive", "rasmus"),
    ("mikkel", "Mikkel Brøndum", "dk", "Sales", "Corporate Travel Consultant", "rasmus"),
    ("peter", "Peter Skovgård", "dk", "Sales", "Partner Manager", "rasmus"),
    ("henrik", "Henrik Lövgren", "se", "Sales", "Sales Manager, Sweden", "rasmus"),
    ("elin", "Elin Björklund", "se", "Sales", "Account Executive", "henrik"),
    ("bjorn", "Bjørn Håland", "no", "Sales", "Sales Manager, Norway", "rasmus"),
    ("sigrid", "Sigrid Løvås", "no", "Sales", "Account Executive", "bjorn"),
    ("hakon", "Håkon Vik", "no", "Sales", "Group Travel Advisor", "bjorn"),
    ("anne", "Anne Sønderby", "dk", "Customer Support", "Head of Customer Support", "mette"),
    ("louise", "Louise Vestergård", "dk", "Customer Support", "Team Lead", "anne"),
    ("kasper", "Kasper Lund", "dk", "Customer Support", "Customer Support Agent", "louise"),
    ("nanna", "Nanna Kristiansen", "dk", "Customer Support", "Customer Support Agent", "louise"),
    ("malin", "Malin Håkansson", "se", "Customer Support", "Customer Support Agent", "anne"),
    ("linnea", "Linnéa Ström", "se", "Customer Support", "Customer Support Agent", "anne"),
    ("ole", "Ole Rønning", "no", "Customer Support", "Customer Support Agent", "anne"),
    ("birgitte", "Birgitte Holm", "dk", "HR", "HR Director", "mette"),
    ("pernille", "Pernille Fog", "dk", "HR", "HR Coordinator", "birgitte"),
    ("karin", "Karin Sjögren", "se", "HR", "HR Partner", "birgitte"),
    ("astrid", "Astrid Bjørnstad", "no", "HR", "HR Partner", "birgitte"),
    ("thomas", "Thomas Krøyer", "dk", "IT", "IT Manager", "mette"),
    ("jakob", "Jakob Ravn", "dk", "IT", "Information Security Officer", "thomas"),
    ("andreas", "Andreas Bäckström", "se", "IT", "Systems Administrator", "thomas"),
    ("eirik", "Eirik Solbakken", "no", "IT", "IT Support Technician", "thomas"),
]
PEOPLE_BY_KEY = {row[0]: row for row in PEOPLE}

# The agency consultant is not on the company's domains.
OUTSIDE_EMAILS = {"frida": "frida.eng@fjordlysmedia.no"}
EXTERNAL = {"frida"}

# key: (status, last working day in days from today). Freja is the LinkedIn page's only admin.
DEPARTURES = {
    "freja": (EmploymentStatus.leaving, 31),
    "mikkel": (EmploymentStatus.leaving, 58),
    "tuva": (EmploymentStatus.left, -124),
    "peter": (EmploymentStatus.left, -212),
}

# Handover terms by name: disposition, followers and network, content.
TERMS = {
    "company": (Disposition.transfer_to_company,
                "Followers and the page stay with Nordlys; admin rights go to Communications before the "
                "last working day.",
                "Everything published stays; drafts and scheduled posts are handed to Communications."),
    "successor": (Disposition.transfer_to_successor,
                  "The account and its followers pass to the successor; the holder's name is removed from "
                  "the bio.",
                  "Earlier posts and replies stay published under the account's name."),
    "archive": (Disposition.archive,
                "A last post tells followers where to follow Nordlys instead.",
                "Kept read-only for reference; nothing is deleted."),
    "close": (Disposition.close,
              "Followers are pointed to the main account a month before the account is closed.",
              "Posts are downloaded to the shared drive before closing."),
    "keeps": (Disposition.holder_keeps,
              "The profile and its network are the holder's own; they step down from Nordlys groups and "
              "pages they help run.",
              "Posts stay; the holder updates their title and employer on the last working day."),
}
TERMS_BY_KIND = {COMPANY: "company", ROLE: "successor", PERSONAL: "keeps"}

AUTO = "auto"  # terms that suit the account's kind


@dataclass(frozen=True)
class Sample:
    """One account as the communications manager would describe it."""

    url: str
    kind: Kind | None
    name: str
    unit: str | None = None
    admins: str = ""  # "person:role person:role", all still active
    # Earlier grants, revoked: (person, role, reason); on the leaving day if the person left.
    past: tuple[tuple[str, str, str], ...] = ()
    holder: str | None = None
    official: bool = True
    login: str | None = None
    two_factor: TwoFactor | None = None  # None: drawn
    terms: str | None = AUTO  # a key of TERMS, or None for no terms at all
    successor: str | None = None
    notice_days: int | None = None
    reviewed: int | None = None  # days ago; None: drawn within the review interval
    interval: int | None = None
    status: str = "active"
    archived: str | None = None  # the reason; archived after its roles were granted
    consent: int | None = None  # days ago
    withdrawn: int | None = None  # days ago
    # Listed for ambassador work; None: while consent is in force. A withdrawal keeps a listed
    # profile listed only when this says so (a risk the sample shows).
    ambassador: bool | None = None
    scope: tuple[str, ...] = ("share_company_posts", "name_employer")
    mandate: str | None = None
    response: str | None = None
    # The mandate's fields (seed 000): answer within hours, also outside working hours, how
    # often, to whom, working time per week, and the escalation contact (a person's key).
    response_hours: int | None = None
    outside_hours: bool = False
    frequency: str | None = None
    audience: str | None = None
    weekly_hours: int | None = None
    escalation: str | None = None
    notes: str | None = None


def own(holder: str, url: str, name: str, **details) -> Sample:
    """A personal account: the holder's own, kept on leaving. It has a holder and no administrator
    roles: the company administers nothing on it, so nothing is there to hand over."""
    return Sample(url, PERSONAL, name, holder=holder, interval=12, **details)


GMAIL_NOTE = "Logs in with a private address; move the login to a company mailbox."

ACCOUNTS = [
    # --- LinkedIn ---------------------------------------------------------------------------
    Sample("https://www.linkedin.com/company/nordlys-rejser/", COMPANY, "Nordlys Rejser",
           unit="Communications", admins="freja:owner emil:editor ida:analyst",
           past=(("peter", "admin", "Left the company; removed on his last day."),),
           login="freja.moller@nordlys.dk", two_factor=TwoFactor.authenticator_app, reviewed=70,
           mandate="Company news, job openings and travel industry insight for corporate customers.",
           notes="Freja set the page up in 2019 and is its only admin; she leaves next month."),
    Sample("https://www.linkedin.com/company/nordlys-resor/", COMPANY, "Nordlys Resor", unit="Communications",
           admins="asa:owner lars:admin oskar:editor", login="social@nordlys.se",
           two_factor=TwoFactor.security_key,
           past=(("henrik", "admin", "No longer posts for Sales; asked to be removed."),)),
    Sample("https://no.linkedin.com/company/nordlys-reiser", COMPANY, "Nordlys Reiser", unit="Communications",
           admins="kari:owner ingrid:admin", login="kari.nordbo@nordlys.no"),
    Sample("https://www.linkedin.com/showcase/nordlys-business-travel/", COMPANY, "Nordlys Business Travel",
           unit="Sales", admins="rasmus:admin freja:admin mikkel:editor", login="sales@nordlys.dk"),
    Sample("https://www.linkedin.com/company/nordlys-karriere/", COMPANY, "Nordlys Karriere", unit="HR",
           admins="birgitte:owner pernille:admin", login="hr@nordlys.dk", reviewed=640,
           mandate="Employer branding and job openings in all three countries."),
    Sample("https://www.linkedin.com/groups/8754213/", COMPANY, "Nordic Business Travel Forum", unit="Sales",
           past=(("peter", "owner", "Peter closed his LinkedIn profile after leaving; LinkedIn will not "
                                    "appoint a new owner without an existing owner's consent."),),
           terms=None, reviewed=500,
           notes="About 2,300 travel managers are members. Nobody at Nordlys can administer it any more."),
    Sample("https://www.linkedin.com/groups/12093877/", COMPANY, "Nordlys Partner Network", unit="Sales",
           admins="rasmus:owner bjorn:moderator henrik:moderator"),
    Sample("https://www.linkedin.com/groups/13377001/", COMPANY, "Nordlys Rejseledere", unit="Sales",
           admins="hakon:owner ingrid:admin", terms=None,
           notes="Tour leaders and guides who work for Nordlys each season."),
    Sample("https://www.linkedin.com/showcase/nordlys-grupperejser/", COMPANY, "Nordlys Grupperejser",
           unit="Sales", admins="hakon:admin bjorn:admin", login="grupper@nordlys.no"),

    # --- Facebook ---------------------------------------------------------------------------
    Sample("https://www.facebook.com/nordlysrejser", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="sofie:admin freja:admin emil:editor frida:editor", login="social@nordlys.dk",
           two_factor=TwoFactor.security_key,
           response="Messages answered within one working day.",
           past=(("tuva", "editor", "Left the company."),)),
    Sample("https://www.facebook.com/nordlysresor", COMPANY, "Nordlys Resor", unit="Communications",
           admins="asa:admin oskar:editor", login="nordlysresor@gmail.com", two_factor=TwoFactor.sms,
           notes=GMAIL_NOTE),
    Sample("https://www.facebook.com/nordlysreiser", COMPANY, "Nordlys Reiser", unit="Communications",
           admins="kari:admin maja:editor ingrid:analyst", login="social@nordlys.no"),
    Sample("https://www.facebook.com/nordlysbusinesstravel", COMPANY, "Nordlys Business Travel", unit="Sales",
           admins="rasmus:admin camilla:editor", login="sales@nordlys.dk"),
    Sample("https://www.facebook.com/nordlysgrupperejser", COMPANY, "Nordlys Grupperejser", unit="Sales",
           admins="hakon:admin bjorn:editor", terms=None),
    Sample("https://www.facebook.com/nordlysfamilierejser", COMPANY, "Nordlys Familierejser", unit="Marketing",
           admins="ida:admin sanna:editor frida:editor", login="social@nordlys.dk"),
    Sample("https://www.facebook.com/nordlysskirejser", COMPANY, "Nordlys Skirejser", unit="Marketing",
           status="dormant", admins="nanna:editor",
           past=(("peter", "admin", "Left the company; nobody took over his admin rights."),),
           login="peter.skovgaard@hotmail.com", two_factor=TwoFactor.none, terms=None, reviewed=830,
           notes="Winter programme page. Its only admin left; only an editor remains."),
    Sample("https://www.facebook.com/nordlyskrydstogter", COMPANY, "Nordlys Krydstogter", unit="Marketing",
           admins="jonas:admin", terms="archive", archived="The cruise brand was merged into the main page.",
           reviewed=400),
    Sample("https://www.facebook.com/groups/nordlyskollegaer", COMPANY, "Nordlys Rejser – Kollegaer",
           holder="kasper", official=False, admins="kasper:admin louise:moderator", terms=None,
           notes="Made by Kasper Lund in 2021 on his own initiative for colleagues in all three offices; "
                 "not official, but in the company's name. Agree who takes it over."),
    Sample("https://www.facebook.com/groups/nordlysrejseklub", COMPANY, "Nordlys Rejseklub",
           unit="Communications", admins="emil:admin nanna:moderator kasper:moderator",
           mandate="Travel tips and member offers; no complaints handling in the group.",
           response="Posts approved within 24 hours."),
    Sample("https://www.facebook.com/groups/vandreturemednordlys", COMPANY, "Vandreture med Nordlys",
           holder="ida", official=False, admins="ida:admin", terms=None,
           notes="Ida made the group for guests on the hiking tours; it uses the company's name and logo."),
    Sample("https://www.facebook.com/groups/nordlysguider", COMPANY, "Nordlys Guider", unit="Sales",
           admins="hakon:admin maja:moderator ole:moderator",
           mandate="Briefings and rota changes for seasonal guides; nothing about customers."),
    Sample("https://www.facebook.com/groups/nordlysresenarer", COMPANY, "Nordlys Resenärer",
           unit="Customer Support", admins="malin:admin asa:moderator"),
    Sample("https://www.facebook.com/groups/nordlysalumni", COMPANY, "Nordlys Alumni", holder="tuva",
           official=False, admins="tuva:admin", terms=None,
           notes="Tuva made this group for former colleagues and still runs it after leaving."),
    Sample("https://www.facebook.com/groups/nordlysagentnetwork", COMPANY, "Nordlys Agent Network",
           unit="Sales", admins="mikkel:admin", successor="camilla", terms="successor",
           notes="Independent travel agents selling Nordlys trips."),

    # --- Instagram --------------------------------------------------------------------------
    Sample("https://www.instagram.com/nordlysrejser/", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="freja:admin ida:editor frida:editor", login="social@nordlys.dk",
           two_factor=TwoFactor.authenticator_app,
           past=(("jonas", "admin", "Handed the day-to-day running to Freja and Ida."),)),
    Sample("https://www.instagram.com/nordlysresor/", COMPANY, "Nordlys Resor", unit="Marketing",
           admins="oskar:admin sanna:editor", login="oskar.sjoberg@gmail.com", two_factor=TwoFactor.sms,
           notes=GMAIL_NOTE),
    Sample("https://www.instagram.com/nordlysreiser/", COMPANY, "Nordlys Reiser", unit="Marketing",
           admins="maja:admin kari:editor tuva:editor", login="social@nordlys.no",
           past=(("ingrid", "admin", "Became country manager; Maja took over."),)),
    Sample("https://www.instagram.com/nordlysbusiness/", COMPANY, "Nordlys Business Travel", unit="Sales",
           admins="camilla:admin", terms=None),
    Sample("https://www.xing.com/pages/nordlys-karriere", COMPANY, "Nordlys Karriere", unit="HR",
           admins="pernille:admin karin:editor astrid:editor", login="hr@nordlys.dk"),
    Sample("https://www.instagram.com/nordlys.grupperejser/", COMPANY, "Nordlys Grupperejser", unit="Sales",
           admins="hakon:admin", login="hakon.vik@gmail.com", two_factor=TwoFactor.unknown, terms=None,
           notes=GMAIL_NOTE),
    Sample("https://www.instagram.com/nordlysfamilierejser/", COMPANY, "Nordlys Familierejser",
           unit="Marketing", admins="ida:admin sanna:editor", login="social@nordlys.dk"),
    Sample("https://www.instagram.com/nordlysskirejser/", COMPANY, "Nordlys Skirejser", unit="Marketing",
           admins="ida:admin", terms="archive", archived="The ski programme moved to the main account.",
           reviewed=390),

    # --- X, and what replaced two X accounts: a Substack newsletter, a GitHub organisation ----
    Sample("https://x.com/NordlysRejser", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="emil:admin sofie:admin", login="presse@nordlys.dk", two_factor=TwoFactor.passkey,
           past=(("freja", "admin", "Press statements moved to Emil."),)),
    Sample("https://twitter.com/NordlysResor", COMPANY, "Nordlys Resor", unit="Communications",
           status="dormant", admins="asa:admin", reviewed=450, interval=12),
    Sample("https://x.com/NordlysReiser", COMPANY, "Nordlys Reiser", unit="Communications", status="dormant",
           admins="kari:admin", login="nordlysreiser@outlook.com", two_factor=TwoFactor.none, terms=None,
           reviewed=700, notes=GMAIL_NOTE),
    Sample("https://nordlyspresse.substack.com", COMPANY, "Nordlys Presse", unit="Communications",
           admins="emil:owner sofie:admin", login="presse@nordlys.dk", two_factor=TwoFactor.security_key,
           mandate="Press releases and statements approved by the Head of Communications."),
    Sample("https://x.com/NordlysBusiness", COMPANY, "Nordlys Business Travel", unit="Sales",
           admins="rasmus:admin mikkel:admin", login="sales@nordlys.dk"),
    Sample("https://github.com/nordlys-rejser", COMPANY, "Nordlys Rejser", unit="IT",
           admins="thomas:admin andreas:admin", login="it-drift@nordlys.dk", two_factor=TwoFactor.security_key,
           mandate="The booking site's open-source widgets and their issues; nothing else."),

    # --- TikTok, YouTube, Discord, Threads, Bluesky, Mastodon, Pinterest, Snapchat ----------
    Sample("https://www.tiktok.com/@nordlysrejser", COMPANY, "Nordlys Rejser", unit="Marketing",
           admins="ida:admin nils:editor", login="nordlys.tiktok@gmail.com", two_factor=TwoFactor.unknown,
           past=(("tuva", "admin", "Left the company; nobody changed the password."),), notes=GMAIL_NOTE),
    Sample("https://www.tiktok.com/@nordlysresor", COMPANY, "Nordlys Resor", unit="Marketing",
           admins="nils:admin sanna:editor", login="social@nordlys.se"),
    Sample("https://www.tiktok.com/@nordlysreiser", COMPANY, "Nordlys Reiser", unit="Marketing",
           admins="maja:admin", login="social@nordlys.no", terms=None),
    Sample("https://www.tiktok.com/@nordlyskarriere", COMPANY, "Nordlys Karriere", unit="HR",
           admins="pernille:admin birgitte:analyst", login="hr@nordlys.dk"),
    Sample("https://www.youtube.com/@NordlysRejser", COMPANY, "Nordlys Rejser", unit="Marketing",
           admins="nils:owner jonas:admin ida:editor", login="video@nordlys.dk",
           two_factor=TwoFactor.security_key, past=(("tuva", "editor", "Left the company."),)),
    Sample("https://www.youtube.com/@NordlysResor/videos", COMPANY, "Nordlys Resor", unit="Marketing",
           admins="nils:admin oskar:editor", login="video@nordlys.se"),
    Sample("https://www.youtube.com/@NordlysReiser", COMPANY, "Nordlys Reiser", unit="Marketing",
           admins="maja:admin kari:editor", login="social@nordlys.no"),
    Sample("https://discord.gg/nordlyskarriere", COMPANY, "Nordlys trainees", unit="HR",
           admins="pernille:admin", login="hr@nordlys.dk", terms=None),
    Sample("https://www.youtube.com/@NordlysBusinessTravel", COMPANY, "Nordlys Business Travel", unit="Sales",
           status="dormant", admins="rasmus:owner", terms="close", reviewed=260),
    Sample("https://www.threads.net/@nordlysrejser", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="freja:admin ida:editor", login="social@nordlys.dk"),
    Sample("https://www.threads.net/@nordlysresor", COMPANY, "Nordlys Resor", unit="Communications",
           admins="oskar:admin", login="oskar.sjoberg@gmail.com", notes=GMAIL_NOTE),
    Sample("https://www.threads.net/@nordlysreiser", COMPANY, "Nordlys Reiser", unit="Communications",
           admins="kari:admin", terms=None),
    Sample("https://bsky.app/profile/nordlys.dk", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="emil:admin sofie:admin", login="presse@nordlys.dk", two_factor=TwoFactor.authenticator_app),
    Sample("https://bsky.app/profile/nordlysresor.bsky.social", COMPANY, "Nordlys Resor",
           unit="Communications", admins="asa:admin", login="social@nordlys.se"),
    Sample("https://bsky.app/profile/nordlys.no", COMPANY, "Nordlys Reiser", unit="Communications",
           admins="kari:admin ingrid:analyst", login="social@nordlys.no"),
    Sample("https://mastodon.social/@nordlysrejser", COMPANY, "Nordlys Rejser", unit="Communications",
           admins="jakob:admin emil:editor", login="social@nordlys.dk", two_factor=TwoFactor.authenticator_app),
    Sample("https://www.pinterest.com/nordlysrejser/", COMPANY, "Nordlys Rejser", unit="Marketing",
           admins="maja:admin ida:editor", login="social@nordlys.dk"),
    Sample("https://se.pinterest.com/nordlysresor/", COMPANY, "Nordlys Resor", unit="Marketing",
           admins="sanna:admin", login="sanna.oberg@gmail.com", two_factor=TwoFactor.none, notes=GMAIL_NOTE),
    Sample("https://www.snapchat.com/add/nordlysrejser", COMPANY, "Nordlys Rejser", unit="Marketing",
           admins="ida:admin", login="social@nordlys.dk", two_factor=TwoFactor.none),
    Sample("https://www.snapchat.com/add/nordlysreiser", COMPANY, "Nordlys Reiser", unit="Marketing",
           admins="maja:admin", terms="close", archived="Snapchat stories stopped in 2022.", reviewed=610),

    # --- Other sites ------------------------------------------------------------------------
    Sample("https://whatsapp.com/channel/0029VaNordlysRejser8", COMPANY, "Nordlys Rejser på WhatsApp",
           unit="Customer Support", admins="anne:admin kasper:editor", login="kundeservice@nordlys.dk",
           response="Travel alerts only; questions are answered by mail."),
    Sample("https://t.me/nordlysrejser", COMPANY, "Nordlys Rejser på Telegram", unit="IT", status="dormant",
           admins="jakob:admin", terms="close", reviewed=300),
    Sample("https://g.page/nordlysrejser", COMPANY, "Nordlys Rejser på Google",
           unit="Customer Support", admins="anne:owner louise:editor", login="kundeservice@nordlys.dk"),
    Sample("https://dk.trustpilot.com/review/nordlys.dk", COMPANY, "Nordlys Rejser på Trustpilot",
           unit="Customer Support", admins="anne:admin louise:editor linnea:editor",
           login="kundeservice@nordlys.dk", response="Every review answered within three working days.",
           past=(("kasper", "editor", "Replies to reviews now go through the team lead."),)),
    Sample("https://medium.com/@nordlysrejser", COMPANY, "Nordlys Rejser – Travel Notes",
           unit="Communications", admins="emil:admin kari:editor", login="presse@nordlys.dk", terms="archive"),

    # --- Employee-role accounts: a person visibly present as an employee of Nordlys ----------
    Sample("https://x.com/NordlysHjaelp", ROLE, "Nordlys Hjælp – Nanna fra kundeservice",
           unit="Customer Support", holder="nanna", admins="nanna:admin anne:admin kasper:editor",
           successor="kasper", notice_days=14, login="kundeservice@nordlys.dk",
           two_factor=TwoFactor.authenticator_app, interval=3,
           mandate="Booking and travel questions from customers; no refunds or compensation promised in public.",
           response="Replies within two hours, weekdays 8–20.", response_hours=2, frequency="Every weekday",
           audience="Customers with a booking", weekly_hours=10, escalation="anne",
           past=(("louise", "admin", "Handed the account to Nanna when Louise became team lead."),)),
    Sample("https://x.com/NordlysHjalp", ROLE, "Nordlys Hjälp – Malin på kundtjänst", unit="Customer Support",
           holder="malin", admins="malin:admin anne:admin", successor="linnea", login="kundtjanst@nordlys.se",
           interval=3, response="Replies within two hours, weekdays 8–18."),
    Sample("https://x.com/NordlysHjelp", ROLE, "Nordlys Hjelp – Ole i kundeservice", unit="Customer Support",
           holder="ole", admins="ole:admin anne:admin", login="kundeservice@nordlys.no", interval=3,
           two_factor=TwoFactor.unknown, response="Replies within four hours, weekdays 8–16."),
    Sample("https://www.facebook.com/profile.php?id=100072345678901", ROLE, "Freja fra Nordlys Rejser",
           unit="Communications", holder="freja", admins="freja:owner", successor="emil",
           login="freja.moller@nordlys.dk",
           notes="Used to run the Facebook page and answer guests in Messenger."),
    Sample("https://x.com/MikkelNordlys", ROLE, "Mikkel – Nordlys Business Travel", unit="Sales",
           holder="mikkel", admins="mikkel:owner rasmus:admin", successor="camilla",
           login="mikkel.brondum@nordlys.dk"),
    Sample("https://www.instagram.com/maja.nordlysreiser/", ROLE, "Maja fra Nordlys Reiser", unit="Marketing",
           holder="maja", admins="maja:owner kari:admin", successor="kari", login="maja.strom@nordlys.no"),
    Sample("https://www.instagram.com/bjorn.nordlysbusiness/", ROLE, "Bjørn – Nordlys Reiser Business",
           unit="Sales", holder="bjorn", admins="bjorn:owner", terms=None, login="bjorn.haland@nordlys.no"),
    Sample("https://www.tiktok.com/@nils.nordlysresor", ROLE, "Nils på resa – Nordlys Resor", unit="Marketing",
           holder="nils", admins="nils:owner jonas:admin", successor="sanna", login="nils.ekstrom@nordlys.se"),
    Sample("https://www.youtube.com/@IdaPaaTur", ROLE, "Ida på tur – Nordlys Rejser", unit="Marketing",
           holder="ida", admins="ida:owner nils:editor", successor="nils", login="ida.hogh@nordlys.dk",
           mandate="Short films from Nordlys trips, presented by Ida as a Nordlys guide.", response_hours=48,
           outside_hours=True, frequency="One film a week", audience="Travellers planning a Nordic trip",
           weekly_hours=4, escalation=COMMUNICATIONS_MANAGER),
    Sample("https://www.snapchat.com/add/ida.nordlys", ROLE, "Ida – Nordlys Rejser", unit="Marketing",
           holder="ida", admins="ida:owner", terms="archive", login="ida.hogh@nordlys.dk"),
    Sample("https://www.threads.net/@asa.nordlysresor", ROLE, "Åsa på Nordlys Resor", unit="Communications",
           holder="asa", admins="asa:owner lars:admin", successor="sanna", login="asa.lindqvist@nordlys.se"),
    Sample("https://bsky.app/profile/presse.nordlys.dk", ROLE, "Emil Thygesen, presse – Nordlys Rejser",
           unit="Communications", holder="emil", admins="emil:owner sofie:admin", successor="sofie",
           login="presse@nordlys.dk", two_factor=TwoFactor.passkey),
    Sample("https://fosstodon.org/@nordlys_drift", ROLE, "Nordlys IT-drift – Thomas", unit="IT",
           holder="thomas", admins="thomas:owner andreas:admin eirik:editor", successor="andreas",
           login="it-drift@nordlys.dk", two_factor=TwoFactor.authenticator_app,
           mandate="Status of booking systems and planned maintenance."),
    Sample("https://www.pinterest.com/nordlys_maja/", ROLE, "Maja's Nordlys moodboards", unit="Marketing",
           holder="maja", admins="maja:owner", terms="archive", login="maja.strom@nordlys.no"),

    # --- Personal accounts: the holder's own, whatever they share about Nordlys -------------
    own("soren", "https://www.linkedin.com/in/soren-ostergaard/", "Søren Østergaard", consent=410,
        scope=("share_company_posts", "name_employer", "social_selling"),
        notes="Søren uses his own profile for social selling to corporate travel buyers, voluntarily, "
              "as part of the ambassador programme. The profile and its network are his."),
    own("mette", "https://www.linkedin.com/in/mette-kjaergaard/", "Mette Kjærgaard", consent=700),
    own("mette", "https://x.com/MetteKjaergaard", "Mette Kjærgaard", consent=700),
    own("lars", "https://se.linkedin.com/in/lars-aberg", "Lars Åberg", consent=520),
    own("ingrid", "https://no.linkedin.com/in/ingrid-saether", "Ingrid Sæther", consent=520),
    own("sofie", "https://www.linkedin.com/in/sofie-dahl-jorgensen/", "Sofie Dahl Jørgensen", consent=800),
    own("rasmus", "https://www.linkedin.com/in/rasmus-kjeldsen/", "Rasmus Kjeldsen", consent=610),
    own("camilla", "https://www.linkedin.com/in/camilla-frolund/", "Camilla Frølund", consent=300),
    own("mikkel", "https://www.linkedin.com/in/mikkel-brondum/", "Mikkel Brøndum", consent=450,
        notes="Mikkel leaves soon: he keeps the profile and steps down from Nordlys groups."),
    own("henrik", "https://se.linkedin.com/in/henrik-lovgren", "Henrik Lövgren", consent=380),
    own("elin", "https://www.linkedin.com/in/elin-bjorklund/", "Elin Björklund", consent=200),
    own("bjorn", "https://no.linkedin.com/in/bjorn-haland", "Bjørn Håland", consent=330),
    own("sigrid", "https://no.linkedin.com/in/sigrid-lovas", "Sigrid Løvås", consent=330, withdrawn=45,
        notes="Sigrid withdrew her consent to share Nordlys offers; the profile is hers."),
    own("hakon", "https://no.linkedin.com/in/hakon-vik", "Håkon Vik", consent=150),
    own("jonas", "https://www.linkedin.com/in/jonas-baek/", "Jonas Bæk", consent=640),
    own("anne", "https://www.linkedin.com/in/anne-sonderby/", "Anne Sønderby", consent=240),
    own("birgitte", "https://www.linkedin.com/in/birgitte-holm/", "Birgitte Holm", consent=900),
    own("emil", "https://www.linkedin.com/in/emil-thygesen/", "Emil Thygesen", consent=560),
    own("asa", "https://se.linkedin.com/in/asa-lindqvist", "Åsa Lindqvist", consent=500),
    own("soren", "https://www.facebook.com/profile.php?id=100004567812345", "Søren Østergaard",
        notes="Private profile; listed because Søren is a member of the Nordlys groups."),
    own("ida", "https://www.instagram.com/idahoegh/", "Ida Høgh", consent=260,
        notes="Ida shares trip photos tagged #nordlysrejser on her own profile."),
    own("sigrid", "https://www.tiktok.com/@sigridreiser", "Sigrid Løvås", consent=330, withdrawn=45,
        ambassador=True),
    own("oskar", "https://www.threads.net/@oskarsjoberg", "Oskar Sjöberg", consent=120),
    own("emil", "https://bsky.app/profile/emilthygesen.bsky.social", "Emil Thygesen"),
    own("jakob", "https://infosec.exchange/@jakobravn", "Jakob Ravn"),
    own("maja", "https://www.pinterest.com/majastromdesign/", "Maja Strøm", consent=180),
    own("nils", "https://www.youtube.com/@NilsEkstromFilm", "Nils Ekström", consent=220),
    own("henrik", "https://www.facebook.com/profile.php?id=100009876543210", "Henrik Lövgren"),
    own("elin", "https://www.snapchat.com/add/elinbjorklund", "Elin Björklund"),
    own("thomas", "https://www.linkedin.com/in/thomas-kroyer/", "Thomas Krøyer", ambassador=True,
        notes="Listed for the spring campaign; nobody has asked Thomas yet."),
    own("kari", "https://no.linkedin.com/in/kari-nordbo", "Kari Nordbø", consent=90),
    own("louise", "https://www.linkedin.com/in/louise-vestergaard/", "Louise Vestergård", consent=100),
    own("karin", "https://se.linkedin.com/in/karin-sjogren", "Karin Sjögren", consent=75),
    own("sanna", "https://www.instagram.com/sannaoberg/", "Sanna Öberg", consent=60),
    own("camilla", "https://www.instagram.com/camillafrolund/", "Camilla Frølund"),

    # --- Found, nobody knows whose ------------------------------------------------------------
    Sample("https://www.instagram.com/nordlys_travel_oslo/", UNKNOWN, "Nordlys Travel Oslo", terms=None,
           notes="Found in a search; nobody in the Oslo office knows who runs it."),
    Sample("https://www.facebook.com/nordlysrejserodense", UNKNOWN, "Nordlys Rejser Odense", terms=None,
           notes="The Odense office closed in 2019; the page is still up."),
    Sample("https://www.tiktok.com/@nordlys.rejser", UNKNOWN, "nordlys.rejser", terms=None,
           notes="Possibly an impersonation; reported to TikTok."),
    Sample("https://x.com/Nordlys_Rejser", UNKNOWN, "Nordlys Rejser (?)", terms=None,
           notes="Same logo as ours; nobody claims it."),
    Sample("https://www.reddit.com/r/NordlysRejser/", UNKNOWN, "r/NordlysRejser", terms=None,
           notes="A travellers' community; one moderator says he used to work for us."),
    Sample("https://www.facebook.com/groups/rejsendemednordlysaarhus", UNKNOWN, "Rejsende med Nordlys Aarhus",
           terms=None, notes="Perhaps made by a guide on the 2018 tours."),
    Sample("https://www.youtube.com/@NordlysRejserTV", UNKNOWN, "Nordlys Rejser TV", terms=None,
           notes="Old channel with videos from 2014–2016."),
    Sample("https://www.linkedin.com/company/nordlys-travel-group/", UNKNOWN, "Nordlys Travel Group",
           terms=None, notes="Perhaps the holding company's page; ask Management."),
    Sample("https://vimeo.com/nordlysrejser", UNKNOWN, "Nordlys Rejser on Vimeo", terms=None),
    Sample("https://www.threads.net/@nordlys.reiser", UNKNOWN, "nordlys.reiser", terms=None,
           notes="Appeared last spring; the Oslo office did not make it."),
    Sample("https://www.twitch.tv/nordlysdk", UNKNOWN, "Nordlys DK", terms=None),
]


@dataclass(frozen=True)
class DemoSummary:
    organisation: str
    people: int
    accounts: int
    roles: int  # administrator roles still active


@unit_of_work
def fill_with_sample_organisation(db: Database, *, today: date | None = None) -> DemoSummary:
    """Fill an empty database with Nordlys Rejser A/S; refuse one that already holds data.

    One transaction: interrupted, killed or refused (a full disk), nothing of it is saved."""
    today = today or date.today()
    with db.transaction() as session:
        _refuse_unless_empty(db)
        rng = random.Random(SEED)
        organisation.update_settings(db, name=ORGANISATION, email_domains=list(DOMAINS.values()),
                                     default_review_interval_months=REVIEW_INTERVAL_MONTHS,
                                     # A/S with its head office in Copenhagen: Danish holidays.
                                     holidays_country=HolidayCountry.DK)
        ids = _add_people(db, today)
        for sample in ACCOUNTS:
            _add_account(db, sample, ids, rng, today)
        # Only now: a role cannot be granted to someone who has left, yet the roles they forgot
        # to hand over are exactly what the sample must show.
        for key, (status, _) in DEPARTURES.items():
            if status == EmploymentStatus.left:
                people.update_person(db, ids[key], _person_input(key, ids, today, departed=True), today=today)

        def count(statement):
            return session.exec(statement).one()

        return DemoSummary(
            organisation=ORGANISATION,
            people=count(select(func.count()).select_from(Person)),
            accounts=count(select(func.count()).select_from(Account)),
            roles=count(select(func.count()).select_from(AccountRole).where(AccountRole.revoked_on.is_(None))),
        )


def _refuse_unless_empty(db: Database) -> None:
    held_accounts, held_people = accounts.count_accounts(db), people.count_people(db)
    if held_accounts or held_people:
        raise Conflict("demo_needs_empty", where=db.describe(), accounts=held_accounts, people=held_people)


def _email(key: str, name: str, office: str | None) -> str:
    if office is None:
        return OUTSIDE_EMAILS[key]
    first, *_, last = name.split()
    # Mailboxes are ASCII.
    local = f"{first}.{last}".lower().replace("æ", "ae").translate(str.maketrans("øåäöéü", "oaaoeu"))
    return f"{local}@{DOMAINS[office]}"


def _person_input(key: str, ids: dict[str, int], today: date, *, departed: bool = False) -> PersonInput:
    _, name, office, department, title, manager = PEOPLE_BY_KEY[key]
    status, offset = DEPARTURES.get(key, (EmploymentStatus.employed, None))
    if key in EXTERNAL:
        status = EmploymentStatus.external
    if status == EmploymentStatus.left and not departed:
        status, offset = EmploymentStatus.employed, None
    return PersonInput(name=name, work_email=_email(key, name, office), department=department, title=title,
                       employment_status=status,
                       last_working_day=today + timedelta(days=offset) if offset is not None else None,
                       manager_id=ids[manager] if manager else None)


def _add_people(db: Database, today: date) -> dict[str, int]:
    ids: dict[str, int] = {}
    for key, *_ in PEOPLE:
        ids[key] = people.add_person(db, _person_input(key, ids, today), today=today).id
    return ids


def _days_before_leaving(key: str) -> int:
    """Grants must predate a leaver's last day."""
    status, offset = DEPARTURES.get(key, (None, 0))
    return -offset if status == EmploymentStatus.left else 0


def _add_account(db: Database, sample: Sample, ids: dict[str, int], rng: random.Random, today: date) -> None:
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    if sample.reviewed is not None:
        reviewed = ago(sample.reviewed)
    elif sample.kind is None:
        reviewed = None  # found, never reviewed
    else:
        reviewed = ago(rng.randint(5, 150))
    if sample.kind == PERSONAL:
        two_factor = TwoFactor.unknown  # the company has no say in a personal account's login
    else:
        two_factor = sample.two_factor or rng.choice(
            [TwoFactor.authenticator_app] * 4 + [TwoFactor.security_key, TwoFactor.sms, TwoFactor.unknown])
    account = accounts.register_account(db, AccountInput(
        url=sample.url, kind=sample.kind, display_name=sample.name, status=sample.status,
        official=sample.official, holder_id=ids.get(sample.holder), responsible_unit=sample.unit,
        login_email=sample.login, two_factor=two_factor, mandate=sample.mandate,
        response_expectations=sample.response, ambassador=bool(sample.ambassador),
        response_hours=sample.response_hours, outside_working_hours=sample.outside_hours, frequency=sample.frequency,
        audience=sample.audience, weekly_hours=sample.weekly_hours, escalation_id=ids.get(sample.escalation),
        review_interval_months=sample.interval, last_reviewed_on=reviewed, notes=sample.notes,
    ), today=today)
    if sample.consent is not None:
        consent.give_consent(db, account.id, ConsentInput(given_on=ago(sample.consent), scope=sample.scope,
                                                          asked_by_id=ids[COMMUNICATIONS_MANAGER]), today=today)
    if sample.withdrawn is not None:
        consent.withdraw_consent(db, account.id, on=ago(sample.withdrawn), unlist=not sample.ambassador,
                                 note="No longer wants to share Nordlys posts.", today=today)

    for key, role, reason in sample.past:
        left = _days_before_leaving(key)
        granted = rng.randint(max(left, 400) + 200, 2000)
        revoked = left or rng.randint(30, granted - 100)
        grant = roles.grant_role(db, account_id=account.id, person_id=ids[key], role=role,
                                 granted_on=ago(granted), today=today)
        roles.revoke_role(db, role_id=grant.id, reason=reason, revoked_on=ago(revoked), today=today)
    for entry in sample.admins.split():
        key, role = entry.split(":")
        if sample.kind == PERSONAL and sample.consent:
            granted = sample.consent  # registered when the holder joined the ambassador programme
        else:
            granted = rng.randint(_days_before_leaving(key) + 30, 1500)
        roles.grant_role(db, account_id=account.id, person_id=ids[key], role=role, granted_on=ago(granted),
                         today=today)

    terms = TERMS_BY_KIND.get(sample.kind) if sample.terms == AUTO else sample.terms
    if terms:
        disposition, followers, content = TERMS[terms]
        handover.record_terms(db, account.id, TermsInput(
            disposition=disposition, agreed_on=ago(rng.randint(20, 600)),
            successor_id=ids.get(sample.successor), followers_terms=followers, content_terms=content,
            notice_days=sample.notice_days, agreed_by_holder=sample.holder is not None,
            agreed_by_company=PEOPLE_BY_KEY[COMMUNICATIONS_MANAGER][1],
        ), today=today)
    if sample.archived:
        accounts.archive_account(db, account.id, reason=sample.archived)
