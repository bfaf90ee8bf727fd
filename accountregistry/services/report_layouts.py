"""The ownership report's two layouts: `data` for programs, `people` for people.

- data: the documented, stable header and the stored values (ownership_report's docstring),
  the same in every language; `import` reads it back exactly. The command line's default.
- people: the same columns, headed and worded in the user's language: the window's names for
  the fields ("Ved fratræden"), the platforms' names ("LinkedIn", "Andet"), the product's words
  for each choice as the window shows them ("Overdrag til virksomheden"), yes and no ("Ja",
  "Nej"), roles ("Jane Ødegård <jane@acme.dk> (ejer)") and risks
  by their titles ("Kun én administrator"). A workbook adds a sheet explaining each column (its
  header as the accounts' sheet shows it, and what it holds: ownership_report.COLUMN_ABOUT) and
  each risk (what it means, what to do). The
  login email of a personal account is left out (issue 14: minimal exposure).
  `import` reads this back too (services/import_words knows every one of these words). The
  window's default.

The words come from the catalogues through accountregistry.language, so the command line and
the window write the same report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from accountregistry import language
from accountregistry.language import capitalised
from accountregistry.domain.messages import LABEL_CONTEXT, VOCABULARY_CONTEXT, Label
from accountregistry.domain.platforms import PLATFORMS, platform_name
from accountregistry.domain.risks import RISK_RULES
from accountregistry.domain.vocabulary import Role
from accountregistry.services.import_words import CHOICE_COLUMNS, COLUMN_LABELS, YES_NO, YES_NO_COLUMNS

__all__ = ["LAYOUTS", "Layout", "layout_named"]

LAYOUTS = ("people", "data")
RISK_CONTEXT = "Risk"
ACCOUNTS_SHEET, EXPLANATIONS_SHEET = Label("Accounts"), Label("Columns and risks")
_ROLE = re.compile(r"\((" + "|".join(role.value for role in Role) + r")\)(?= \| |$)")


def layout_named(text: str) -> str:
    from accountregistry.domain.errors import RegistryError

    chosen = text.strip().lower()
    if chosen not in LAYOUTS:
        raise RegistryError("not_a_report_layout", value=text, allowed=list(LAYOUTS))
    return chosen


class Layout:
    """How one export words its header and cells; `data` leaves them as they are."""

    def __init__(self, name: str, header: tuple[str, ...], about: dict[str, Label] | None = None):
        self.name = name
        self.about = about or {}  # what each column holds (ownership_report.COLUMN_ABOUT)
        self.people = name == "people"
        self.columns = header
        if not self.people:
            self.header, self.convert, self.sheet_title = header, None, "Accounts"
            return
        say = language.translate
        self.header = tuple(say(LABEL_CONTEXT, COLUMN_LABELS[name]) for name in header)
        self.sheet_title = say(LABEL_CONTEXT, ACCOUNTS_SHEET)
        self.convert = self._converter(header)

    def _converter(self, header: tuple[str, ...]) -> Callable[[list[str]], list[str]]:
        say = language.translate
        words: dict[int, dict[str, str]] = {header.index("platform"): {p.id: platform_name(p.id) for p in PLATFORMS}}
        for position, name in enumerate(header):
            if name in CHOICE_COLUMNS:  # as the window shows them: "Medarbejderrolle"
                words[position] = {member.value: capitalised(say(VOCABULARY_CONTEXT, member.value.replace("_", " ")))
                                   for member in CHOICE_COLUMNS[name]}
            elif name in YES_NO_COLUMNS:
                yes, no = YES_NO.get(language.current_language(), YES_NO["en"])
                words[position] = {"yes": capitalised(yes), "no": capitalised(no)}
        roles = {role.value: say(VOCABULARY_CONTEXT, role.value) for role in Role}
        titles = {rule.id: say(RISK_CONTEXT, rule.title) for rule in RISK_RULES}
        administrators, risks = header.index("administrators"), header.index("risks")
        kind, login = header.index("kind"), header.index("login_email")

        def convert(row: list[str]) -> list[str]:
            cells = list(row)
            if cells[kind] == "personal":  # a personal profile's login is its holder's, never the report's
                cells[login] = ""
            for position, table in words.items():
                cells[position] = table.get(cells[position], cells[position])
            if cells[administrators]:
                cells[administrators] = _ROLE.sub(lambda found: f"({roles[found[1]]})", cells[administrators])
            if cells[risks]:
                cells[risks] = " | ".join(titles.get(risk, risk) for risk in cells[risks].split(" | "))
            return cells

        return convert

    def extra_sheets(self) -> list[tuple[str, tuple[str, ...], list[list[str]]]]:
        """A workbook's sheets after the accounts, in the people layout: each column explained
        (under its header as the accounts' sheet shows it), then each risk."""
        if not self.people:
            return []
        say = language.translate
        header = (say(LABEL_CONTEXT, Label("Column or risk")), say(LABEL_CONTEXT, Label("What it means")),
                  say(LABEL_CONTEXT, Label("What to do")))
        columns = [[shown, say(LABEL_CONTEXT, self.about[name]), ""] for name, shown in zip(self.columns, self.header)]
        rows = [[say(RISK_CONTEXT, rule.title), say(RISK_CONTEXT, rule.explanation), say(RISK_CONTEXT, rule.what_to_do)]
                for rule in RISK_RULES]
        return [(say(LABEL_CONTEXT, EXPLANATIONS_SHEET), header, columns + rows)]
