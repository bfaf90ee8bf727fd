"""The window checks the audit trail's chain in the background at start and says so in a banner
when it does not fit together (issue 18, finding 2)."""

from engine_support import execute

from accountregistry.store.audit_protection import SQLITE_TRIGGERS


def test_an_intact_trail_shows_no_banner(qtbot, sample, open_main_window):
    window = open_main_window(sample)
    qtbot.waitUntil(lambda: window.audit_banner.report is not None)
    assert window.audit_banner.report.intact
    assert not window.audit_banner.isVisible()


def test_an_event_changed_behind_the_apps_back_is_named_in_a_banner(qtbot, sample, open_main_window):
    # Another program, with the protecting trigger out of the way and then back as it was.
    change = "UPDATE audit_event SET new_values = '{\"name\": \"Someone Else\"}' WHERE id = 12"
    if sample.is_sqlite:
        execute(sample, "DROP TRIGGER audit_event_no_update", change, SQLITE_TRIGGERS["audit_event_no_update"])
    else:
        execute(sample, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only", change,
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
    window = open_main_window(sample)
    qtbot.waitUntil(lambda: window.audit_banner.report is not None)
    report = window.audit_banner.report
    assert (report.broken.event_id, report.broken.problem) == (12, "altered")
    assert window.audit_banner.isVisible()
    assert "12" in window.audit_banner.message.accessibleDescription()
    assert window.audit_banner.y() < window.splitter.y()  # above everything else
