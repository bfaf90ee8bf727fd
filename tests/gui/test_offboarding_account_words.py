"""Accounts in the offboarding view's headings and blockers in the user's language: the
unknown platform is "Andet" in Danish there too, as in the checklist's titles and the forms."""

from __future__ import annotations

from accountregistry.gui.models.offboarding_model import account_text


def test_the_other_platform_is_named_in_the_users_language(speak):
    assert account_text("Other page “Nordlys Rejser på Trustpilot”") == "Other page “Nordlys Rejser på Trustpilot”"
    speak("da")
    assert account_text("Other page “Nordlys Rejser på Trustpilot”") == "Andet-side »Nordlys Rejser på Trustpilot«"
    assert account_text("LinkedIn page “Nordlys”") == "LinkedIn-side »Nordlys«"
    # A checklist written in Danish already names it so.
    assert account_text("Andet side “Nordlys”") == "Andet-side »Nordlys«"
