"""A signed scan opened read-only leaves no temporary folder behind: it goes when the account
window closes, or when the widget owning the viewer is destroyed, without the garbage collector's
"Implicitly cleaning up" warning."""

import gc
import tempfile
import warnings
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from accountregistry.domain.vocabulary import Disposition, Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.gui.scan_viewer import ScanViewer
from accountregistry.services import agreements
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def scan_id(db, tmp_path):
    return recorded_scan(db, tmp_path / "signed.pdf")


def recorded_scan(db, path):
    """(account id, attachment id) of the scan at path, signed by the holder of an employee role."""
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    account = register_account(db, AccountInput(url="https://www.youtube.com/@IngridNordlys", kind=Kind.employee_role,
                                                holder_id=ingrid.id))
    record_terms(db, account.id, TermsInput(disposition=Disposition.archive, agreed_on=date(2026, 11, 1)))
    path.write_bytes(PDF)
    agreements.record_agreement(db, ingrid.id, agreements.AgreementInput(scan=path))
    [state] = agreements.agreements_of_person(db, ingrid.id)
    return account.id, state.attachments[0][0]


@pytest.fixture
def no_viewer(monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    return opened


def test_closing_the_account_window_removes_the_opened_scans(qtbot, db, scan_id, no_viewer):
    account_id, attachment_id = scan_id
    window = AccountDetailWindow(db, account_id)
    window.wait_until_shown()
    qtbot.addWidget(window)
    window.show()
    assert window.agreements.viewer.open(attachment_id) is None
    [opened] = no_viewer
    folder = window.agreements.viewer.folder
    assert folder.is_dir() and opened.startswith(str(folder))
    window.close()
    assert not folder.exists()


def test_a_destroyed_owner_takes_its_folder_without_a_warning(qtbot, db, scan_id, no_viewer):
    _account_id, attachment_id = scan_id
    owner = QWidget()
    viewer = ScanViewer(db, owner)
    assert viewer.file(attachment_id).read_bytes() == PDF
    folder = viewer.folder
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the deferred delete, now
        del owner, viewer
        gc.collect()
    assert not folder.exists()


def test_a_scan_that_cannot_be_read_is_a_sentence(qtbot, db, no_viewer):
    owner = QWidget()
    qtbot.addWidget(owner)
    said = ScanViewer(db, owner).open(999)
    assert said and not no_viewer


def test_a_scan_the_computer_cannot_copy_is_refused_in_the_windows_language(qtbot, db, scan_id, no_viewer, speak,
                                                                             tmp_path, monkeypatch):
    """The system's reason is said in Danish in a Danish window, not in its English words."""
    speak("da")
    account_id, attachment_id = scan_id
    not_a_folder = tmp_path / "temp"
    not_a_folder.write_bytes(b"")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))  # where the private folder is made
    window = AccountDetailWindow(db, account_id)
    window.wait_until_shown()
    qtbot.addWidget(window)
    window.show()
    section = window.agreements
    [scan] = [item for item in section.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
              if item.data(0, Qt.ItemDataRole.UserRole) == ("scan", attachment_id)]
    section.tree.setCurrentItem(scan)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert not no_viewer
    assert section.general.text().startswith(f"Kan ikke skrive {not_a_folder}/accountregistry-scan-")
    assert section.general.text().endswith(": en del af stien er ikke en mappe.")


@pytest.mark.parametrize("name", [("underskrevet-aftale-" * 13)[:251] + ".pdf", "合" * 83 + ".pdf"],
                         ids=["251 characters", "253 bytes"])
def test_a_scan_with_a_long_file_name_opens(qtbot, db, no_viewer, tmp_path, name):
    """A scan keeps its file's name (up to 255 characters); the copy handed to the viewer has a
    shorter one, so that the id before it does not make a name the system refuses (its limit is
    in bytes: 83 such characters are 249). The 12th scan, so that its id has two digits."""
    from accountregistry.services.people import find_by_email

    recorded_scan(db, tmp_path / "first.pdf")
    ingrid = find_by_email(db, "ingrid@nordlys.no")
    for n in range(11):
        (tmp_path / f"{n}.pdf").write_bytes(PDF)
        agreements.record_agreement(db, ingrid.id, agreements.AgreementInput(scan=tmp_path / f"{n}.pdf"))
    (tmp_path / name).write_bytes(PDF)
    agreements.record_agreement(db, ingrid.id, agreements.AgreementInput(scan=tmp_path / name))
    attachment_id = max(state.attachments[0][0] for state in agreements.agreements_of_person(db, ingrid.id))
    assert attachment_id >= 10
    owner = QWidget()
    qtbot.addWidget(owner)
    assert ScanViewer(db, owner).open(attachment_id) is None
    [opened] = no_viewer
    assert Path(opened).read_bytes() == PDF and opened.endswith(".pdf")
