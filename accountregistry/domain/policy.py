"""The social-media policy's areas, as one declarative list the company's own areas extend.

A policy version holds a text per area. The built-in areas are the seven a company policy takes
a stand on (seed 002: working hours, being friends with the boss, privacy settings, confidential
information, transparency, consideration, language) and the two seed 000 asks about (the working
time company accounts may take, and response expectations, also outside working hours). Their
headings are the product's words, translated in print; the company's texts are printed as typed.
A company adds an area of its own by giving it a heading (area OWN_AREA): printed as typed too.

Standard library only.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["AREA_IDS", "OWN_AREA", "POLICY_AREAS", "PolicyArea", "area"]


class PolicyArea(NamedTuple):
    id: str
    heading: str  # English; translated in the window and the PDF ("Policy" context)
    question: str  # what the text answers, as a hint beside the field


POLICY_AREAS: tuple[PolicyArea, ...] = (
    PolicyArea("working_hours", "Social media in working hours",
               "Is it allowed, limited to some time a day, or up to each employee?"),
    PolicyArea("colleagues_and_managers", "Friends with colleagues and the boss",
               "May one decline connection requests from colleagues and managers to keep work and private life apart?"),
    PolicyArea("privacy_settings", "Privacy settings",
               "How can one be connected with colleagues and managers in a different way than with friends?"),
    PolicyArea("confidential_information", "Confidential information",
               "What counts as confidential about products, customers and the company, and is never shared?"),
    PolicyArea("transparency", "Transparency",
               "Say that you work in the industry, and that you write on your own behalf as a private person."),
    PolicyArea("consideration", "Loyalty and consideration",
               "How to speak of the workplace; what would be disloyal?"),
    PolicyArea("language", "Language", "The tone colleagues, managers and competitors can read."),
    PolicyArea("working_time", "Working time for social media",
               "How much working time company accounts and ambassador work may take, and who decides."),
    PolicyArea("response_expectations", "Response expectations",
               "How fast comments and messages are answered, and whether also outside working hours."),
)

# A company's own area: its heading is typed, not one of the product's.
OWN_AREA = "own"

AREA_IDS = tuple(a.id for a in POLICY_AREAS)
_BY_ID = {a.id: a for a in POLICY_AREAS}
if len(_BY_ID) != len(POLICY_AREAS) or OWN_AREA in _BY_ID:
    raise ValueError("policy areas must have distinct ids, none of them 'own'")


def area(area_id: str) -> PolicyArea | None:
    return _BY_ID.get(area_id)
