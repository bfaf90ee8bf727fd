"""No function in the core (domain, store, services, CLI) above cyclomatic complexity 15, as
radon counts it: one a person can read and test path by path.

The exceptions below are the functions that were above it when this check came; each names
the area reworking it and its figure then, which it may not grow beyond. Bring one down and
delete its line (the test says when). A declarative table may be listed for good, with why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit

import accountregistry

LIMIT = 15
CORE = Path(accountregistry.__file__).parent
OUTSIDE_THE_CORE = ("gui",)

# "module path:function" -> the complexity it had when it was listed (whose area, in brackets).
EXCEPTIONS: dict[str, int] = {
}


def core_functions() -> dict[str, int]:
    """Every function and method of the core, by "module path:qualified name", with its complexity."""
    found: dict[str, int] = {}
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE)
        if relative.parts[0] in OUTSIDE_THE_CORE:
            continue
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if hasattr(block, "methods"):  # a class: its methods are listed on their own as well
                continue
            found[f"{relative.as_posix()}:{block.fullname}"] = block.complexity
    return found


@pytest.fixture(scope="module")
def functions() -> dict[str, int]:
    return core_functions()


def test_no_function_in_the_core_is_above_the_limit(functions):
    above = {name: complexity for name, complexity in functions.items()
             if complexity > LIMIT and name not in EXCEPTIONS}
    assert not above, (f"above cyclomatic complexity {LIMIT}: {above}; split them into functions with one job "
                       "each, or a declarative table")


def test_the_listed_exceptions_do_not_grow(functions):
    grown = {name: (functions[name], ceiling) for name, ceiling in EXCEPTIONS.items()
             if functions.get(name, 0) > ceiling}
    assert not grown, f"(now, listed) for functions that grew more complex: {grown}"


def test_an_exception_no_longer_needed_is_taken_off_the_list(functions):
    settled = [name for name in EXCEPTIONS if functions.get(name, 0) <= LIMIT]
    assert not settled, f"within the limit now (or gone): delete these lines from EXCEPTIONS: {settled}"


def test_the_check_sees_the_core():
    functions = core_functions()
    assert "services/accounts.py:register_account" in functions
    assert not any(name.startswith("gui/") for name in functions)
