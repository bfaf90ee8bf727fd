"""Refusals are decided by class, code and parameters, and worded by domain/messages.py only.

The window never turns a caught error into text itself (str(error), f"{error}",
.format(error=error)) and never searches text for words (`in str(...)`): it shows
error.sentence(), which is in the user's language, and decides by what the refusal carries.
"""

import ast
from pathlib import Path

import accountregistry

PACKAGE = Path(accountregistry.__file__).parent



def _caught_names(handler: ast.ExceptHandler) -> set[str]:
    return {handler.name} if handler.name else set()


def message_reading(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place that turns a caught error into text or searches text."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            sides = (n for side in (node.left, *node.comparators) for n in ast.walk(side))
            if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "str" for n in sides):
                found.append((node.lineno, "in str(...)"))
        if not isinstance(node, ast.ExceptHandler):
            continue
        names = _caught_names(node)
        for inner in (n for statement in node.body for n in ast.walk(statement)):
            if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id in ("str", "repr")
                    and inner.args and any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(inner.args[0]))):
                found.append((inner.lineno, f"{inner.func.id}({ast.unparse(inner.args[0])})"))
            elif (isinstance(inner, ast.FormattedValue) and isinstance(inner.value, ast.Name)
                  and inner.value.id in names):
                found.append((inner.lineno, f"f-string {{{inner.value.id}}}"))
            elif (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "format"
                  and any(isinstance(v, ast.Name) and v.id in names
                          for v in (*inner.args, *(k.value for k in inner.keywords)))):
                found.append((inner.lineno, ".format(error)"))
    return sorted(found)


def test_the_check_finds_each_way_of_reading_a_message():
    source = '''
try:
    pass
except RegistryError as error:
    show(str(error))
    show(f"Failed: {error}")
    show(tr("Failed: {error}").format(error=error))
    if "successor" in str(error).lower():
        pass
    show(error.sentence())
    show(str(error.strerror or error))
'''
    assert message_reading(source) == [(5, "str(error)"), (6, "f-string {error}"), (7, ".format(error)"),
                                       (8, "in str(...)"), (8, "str(error)"), (11, "str(error.strerror or error)")]


def test_the_window_never_reads_a_refusals_words():
    offenders = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for line, what in message_reading(path.read_text(encoding="utf-8")):
            offenders.append(f"{relative}:{line}: {what}")
    assert offenders == [], "show error.sentence() and decide by class, code and params instead"


def _refusal_classes() -> set[str]:
    import importlib
    import pkgutil

    from accountregistry.domain.errors import RegistryError

    for module in pkgutil.walk_packages([str(PACKAGE)], prefix="accountregistry."):
        if not module.name.startswith(("accountregistry.gui", "accountregistry.__main__")) \
                and ".migrations" not in module.name:
            importlib.import_module(module.name)
    found, todo = set(), [RegistryError]
    while todo:
        kind = todo.pop()
        found.add(kind.__name__)
        todo += kind.__subclasses__()
    return found


def english_refusals(source: str, classes: set[str]) -> list[tuple[int, str]]:
    """(line, call) for each refusal made with a sentence where its code belongs: an f-string, a
    .format() or a text with spaces, as the code of a refusal class, ValidationError.of or
    Problems.add."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        position = 0 if name in classes else 1 if name in ("of", "add") else None
        if position is None or len(node.args) <= position:
            continue
        code = node.args[position]
        sentence = (isinstance(code, ast.JoinedStr)
                    or (isinstance(code, ast.Call) and getattr(code.func, "attr", "") == "format")
                    or (isinstance(code, ast.Constant) and isinstance(code.value, str) and " " in code.value))
        if sentence:
            found.append((node.lineno, ast.unparse(node)[:80]))
    return found


def test_the_check_finds_a_refusal_made_of_english():
    source = '''
raise NotFound(f"There is no account with id {account_id}.")
raise Conflict("This offboarding is closed.")
problems.add("reason", "Say why.")
raise ValidationError.of("path", "{path} is a folder".format(path=path))
raise NotFound("account_not_found", account_id=7)
problems.add("name", "required", label=Label("Name"))
'''
    assert [line for line, _ in english_refusals(source, {"NotFound", "Conflict", "ValidationError"})] == [2, 3, 4, 5]


def test_no_refusal_is_made_of_an_english_sentence():
    classes = _refusal_classes()
    assert {"NotFound", "Conflict", "StoreError", "DateInvalid", "KeyringUnavailable", "CaseNotSettled"} <= classes
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if "/migrations/" in relative:
            continue
        offenders += [f"{relative}:{line}: {call}"
                      for line, call in english_refusals(path.read_text(encoding="utf-8"), classes)]
    assert offenders == [], "give the refusal a code in domain/messages.py"
