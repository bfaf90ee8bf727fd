"""The translation catalogues are complete: every text of the window has a Danish, Swedish and
Norwegian bokmål translation (CI fails when one is missing), and the texts of the Qt-free core
marked for lupdate (gui/core_texts.py) match the current risk rules, checklist templates, refusal
messages (domain/messages.py) and field names (every Label("…") in the core).

`scripts/translations.py check` runs lupdate into temporary copies, so the committed .ts files
are never changed by the test.
"""

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "translations.py"
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("accountregistry_*.ts"))


def fingerprints() -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in CATALOGUES}


def test_there_is_a_catalogue_for_each_language():
    assert [path.name for path in CATALOGUES] == ["accountregistry_da.ts", "accountregistry_nb.ts",
                                                  "accountregistry_sv.ts"]


def script():
    spec = importlib.util.spec_from_file_location("translations_for_tests", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_core_texts_match_the_risk_rules_and_checklist_templates():
    wanted = script().core_texts()
    assert (ROOT / "accountregistry" / "gui" / "core_texts.py").read_text(encoding="utf-8") == wanted, (
        "accountregistry/gui/core_texts.py is out of date: run scripts/translations.py update")


def test_every_refusal_sentence_and_field_name_of_the_core_is_marked_for_translation():
    from accountregistry.domain.messages import CONTEXT, LABEL_CONTEXT, MESSAGES

    marked = (ROOT / "accountregistry" / "gui" / "core_texts.py").read_text(encoding="utf-8")
    texts = script()
    for code, english in MESSAGES.items():
        assert f'QT_TRANSLATE_NOOP("{CONTEXT}", {texts._literal(english)})' in marked, code
    labels = texts.core_labels()
    assert {"Name", "Review interval (months)"} <= set(labels)  # from services/people.py, accounts.py
    for label in labels:
        assert f'QT_TRANSLATE_NOOP("{LABEL_CONTEXT}", {texts._literal(label)})' in marked, label


def test_every_text_is_translated_into_every_language():
    before = fingerprints()
    result = subprocess.run([sys.executable, str(SCRIPT), "check"], capture_output=True, text=True, cwd=ROOT,
                            check=False)
    assert fingerprints() == before, "the check changed the committed catalogues"
    # The script's own report names each untranslated text with its file and line.
    assert result.returncode == 0, result.stdout + result.stderr
    for language in ("da", "sv", "nb"):
        assert f"{language}: " in result.stdout and " 0 unfinished" in result.stdout


CRAFTED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="13"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="14"/>
        <source>No one matches {text}</source>
        <translation>Ingen passer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="15"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; left</source>
        <translation>{name} er fratrådt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../accountregistry/gui/dialogs/person.py" line="16"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>én konto</numerusform>
            <numerusform>%n konti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../accountregistry/gui/dialogs/person.py" line="17"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rolle</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Væk</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/x.py" line="3"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
</context>
</TS>
"""


def test_the_check_counts_what_is_unfinished_broken_or_lost_and_names_file_and_line(tmp_path):
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    catalogue = folder / "accountregistry_da.ts"
    catalogue.write_text(CRAFTED, encoding="utf-8")
    report = script().read_catalogue(catalogue)
    assert (report.language, report.total, report.translated, report.vanished) == ("da", 7, 5, 1)
    assert [line.split(": ")[0].rpartition("/")[2] for line in report.unfinished] == ["person.py:13", "person.py:17"]
    # A lost {name} or tag is broken; a plural form without %n ("én konto") is not.
    assert [line.split(": ")[0].rpartition("/")[2] for line in report.broken] == ["person.py:14", "person.py:15"]
    assert len(report.lost) == 1 and "owner" in report.lost[0]


def test_an_example_is_introduced_the_same_way_throughout_each_language():
    """The placeholders' "e.g." has one abbreviation per language (da "f.eks.", not "fx" in three
    fields of the account form beside "f.eks." in the fourth)."""
    from xml.etree import ElementTree

    for path in CATALOGUES:
        said = {message.findtext("translation").split(" ", 1)[0]
                for message in ElementTree.parse(path).iter("message")
                if (message.findtext("source") or "").startswith("e.g. ") and message.findtext("translation")}
        assert len(said) == 1, (path.name, said)
