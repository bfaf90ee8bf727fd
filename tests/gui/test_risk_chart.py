"""The dashboard's risk chart: it paints a bar per risk and per platform with the numbers the
registry gives, says severity in shapes and words, explains each bar on hover and to the
keyboard, and reads its numbers out to a screen reader, in a light and a dark palette."""

import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from accountregistry.domain.risks import rule
from accountregistry.gui.views.dashboard_view import DashboardView
from accountregistry.gui.widgets.risk_chart import RiskChart
from accountregistry.services.account_list import load_accounts, summarise
from accountregistry.services.risk_counts import count_risks


@pytest.fixture
def rows(sample):
    return load_accounts(sample).rows()


@pytest.fixture
def chart(qtbot, rows):
    shown = RiskChart()
    qtbot.addWidget(shown)
    shown.set_counts(count_risks(rows))
    shown.resize(640, shown.sizeHint().height())
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_a_bar_per_risk_and_per_platform_with_the_registrys_numbers(chart, rows):
    counts = count_risks(rows)
    assert counts.at_risk == summarise(rows).at_risk > 0
    bars = chart.bars()
    by_risk = [bar for bar in bars if bar.section == "risk"]
    by_platform = [bar for bar in bars if bar.section == "platform"]
    assert [(bar.key, bar.value) for bar in by_risk] == [(c.rule_id, c.accounts) for c in counts.by_risk]
    assert [bar.label for bar in by_risk] == [rule(c.rule_id).title for c in counts.by_risk]
    assert [(bar.key, bar.value) for bar in by_platform] == [(p.platform, p.accounts) for p in counts.by_platform]
    assert sum(bar.value for bar in by_platform) == counts.at_risk
    # Lengths follow the numbers: the largest bar is the longest, and a platform's segments add up.
    assert by_risk[0].bar.width() == max(bar.bar.width() for bar in by_risk)
    assert all(a.bar.width() >= b.bar.width() for a, b in itertools.pairwise(by_risk))
    for bar in by_platform:
        assert sum(count for _, count in bar.segments) == bar.value


def test_it_paints_bars_in_their_severity(chart):
    image = chart.grab().toImage()
    assert image.width() >= 640 and image.height() >= chart.minimumSizeHint().height()
    high = next(bar for bar in chart.bars() if bar.section == "risk" and bar.segments[0][0] == "high")
    centre = high.bar.center()
    assert QColor(image.pixel(centre)) == chart.fill_colour("high")
    # Beyond the bar's end (and its count) the row is not painted in the bar's colour.
    assert QColor(image.pixel(QPoint(chart.width() - 2, centre.y()))) != chart.fill_colour("high")


def test_severity_is_told_in_words_and_the_numbers_are_read_out(chart, rows):
    counts = count_risks(rows)
    description = chart.accessibleDescription()
    assert chart.accessibleName() == "Risk chart"
    assert description.startswith(f"{counts.at_risk} of {counts.looked_after} accounts looked after are at risk.")
    for count in counts.by_risk:
        assert f"{rule(count.rule_id).title} ({count.severity}): {count.accounts}" in description
    linkedin = next(p for p in counts.by_platform if p.platform == "linkedin")
    assert f"LinkedIn: {linkedin.accounts} (" in description


def test_hovering_a_bar_explains_the_risk_and_what_to_do(qtbot, chart):
    bar = next(bar for bar in chart.bars() if bar.key == "single_admin")
    point = bar.bar.center()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert text.startswith(f"Single admin (medium risk): {bar.value} accounts")
    assert rule("single_admin").explanation in text and rule("single_admin").what_to_do in text
    QToolTip.hideText()
    platform = next(bar for bar in chart.bars() if bar.section == "platform")
    assert chart.bar_at(platform.row.center()).tooltip.startswith(f"{platform.label}: {platform.value} accounts")


def test_the_keyboard_moves_from_bar_to_bar(qtbot, chart):
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    bars = chart.bars()
    said = [bar.tooltip.replace("\n", " ") for bar in bars]  # what a screen reader reads of each bar
    assert len(set(said)) == len(bars) and chart.accessibleDescription() == said[0]
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.accessibleDescription() == said[-1] and bars[-1].section == "platform"
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.accessibleDescription() == said[-2]


def test_a_dark_palette_gets_lighter_bars_and_light_text(qtbot, rows):
    chart = RiskChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.set_counts(count_risks(rows))
    chart.resize(640, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert chart.fill_colour("high").lightness() > 128  # legible on the dark window
    high = next(bar for bar in chart.bars() if bar.segments[0][0] == "high")
    assert QColor(image.pixel(high.bar.center())) == chart.fill_colour("high")
    # Some text is painted in the light text colour (the labels), none in black.
    colours = {QColor(image.pixel(x, y)).name() for x in range(high.bar.left()) for y in
               range(high.row.top(), high.row.bottom())}
    assert any(QColor(name).lightness() > 180 for name in colours)


def test_no_risk_says_so_and_a_sensible_minimum_size(qtbot, chart):
    size = chart.minimumSizeHint()
    assert size.width() >= 340 and size.height() >= len(chart.bars()) * chart.fontMetrics().height()
    chart.set_counts(None)
    assert chart.bars() == [] and chart.accessibleDescription() == "No account looked after is at risk."
    assert not chart.grab().isNull()


def test_the_dashboard_draws_the_chart_from_the_counts_it_gets(qtbot, rows):
    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    dashboard.show_summary("Nordlys Rejser A/S", summarise(rows), 41, offer_first_steps=False,
                           risk_counts=count_risks(rows))
    assert dashboard.chart.counts() == count_risks(rows)
    assert any(bar.section == "platform" for bar in dashboard.chart.bars())
    # Without them (the risks still being read) no chart: never one of zeros.
    dashboard.show_summary("Nordlys Rejser A/S", summarise(rows), 41, offer_first_steps=False)
    assert dashboard.chart.isHidden()


def test_panels_go_below_the_people_beside_the_chart(qtbot):
    from PySide6.QtWidgets import QLabel

    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    first, second = QLabel("People leaving"), QLabel("Another")
    dashboard.add_panel(first)
    dashboard.add_panel(second)
    # In the left column, which the chart beside it outgrows: in sight at 1280×800.
    at = dashboard.left.indexOf
    assert at(dashboard.kinds_box) < at(dashboard.people_box) < at(dashboard.policy_box) < at(first) < at(second)
