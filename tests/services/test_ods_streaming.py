"""The streaming .ods reader (services/ods_sheet) gives every workbook exactly the rows
python-calamine gives it: our exports, LibreOffice's resaves and content.xml written by hand for
what LibreOffice writes (repeated rows and cells, row groups, paragraphs, spaces, spans, notes,
every value type) are read through both (LibreOffice's resaves to .ods are compared in
test_xlsx_streaming), and their rows (numbers and cells as text) and
refusals compared. python-calamine gives an .ods no merged ranges; the stream gives them as the
.xlsx stream does, so a merged header is refused in an .ods too."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
import test_xlsx_streaming as streaming
from test_xlsx_streaming import exported_sample

from accountregistry.services import workbook_reading
from accountregistry.services.csv_import import ImportRefused, plan_import, read_table

TODAY = date(2026, 6, 1)
NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def both(path: Path, sheet: str | None = None):
    return streaming.both(path, sheet, workbook_reading._ods_sheet)


def assert_same(path: Path, sheet: str | None = None):
    return streaming.assert_same(path, sheet, workbook_reading._ods_sheet)


def handmade(path: Path, *tables: str, styles: str = "") -> Path:
    """A minimal .ods: content.xml holding the given tables (and automatic styles)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
               f'<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>'
               f'{"".join(tables)}</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


def table(rows: str, name: str = "Konti", style: str = "") -> str:
    styled = f' table:style-name="{style}"' if style else ""
    return f'<table:table table:name="{name}"{styled}>{rows}</table:table>'


def row(*cells: str, repeated: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeated}"' if repeated != 1 else ""
    return f'<table:table-row{times}>{"".join(cells)}</table:table-row>'


def text(value: str, *, more: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{more}><text:p>{value}</text:p></table:table-cell>'


def empty(repeated: int = 1) -> str:
    return f'<table:table-cell table:number-columns-repeated="{repeated}"/>'


HEADER = row(text("url"), text("display_name"), text("kind"))
KINDS = [
    '<table:table-cell office:value-type="float" office:value="3"/>',
    '<table:table-cell office:value-type="float" office:value="3.25"/>',
    '<table:table-cell office:value-type="float" office:value="-0"/>',
    '<table:table-cell office:value-type="float" office:value="12345678901234567890"/>',
    '<table:table-cell office:value-type="percentage" office:value="0.5"/>',
    '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="1.25"/>',
    '<table:table-cell office:value-type="date" office:date-value="2026-03-01"/>',
    '<table:table-cell office:value-type="date" office:date-value="2026-03-01T12:30:00"/>',
    '<table:table-cell office:value-type="date" office:date-value="2026-03-01T00:00:00"/>',
    '<table:table-cell office:value-type="date" office:date-value="2026-03-01T12:30:00.5"/>',
    '<table:table-cell office:value-type="date" office:date-value="2026-02-30"/>',
    '<table:table-cell office:value-type="date" office:date-value="bogus"/>',
    '<table:table-cell office:value-type="time" office:time-value="PT13H05M00S"/>',
    '<table:table-cell office:value-type="time" office:time-value="PT00H00M00.25S"/>',
    '<table:table-cell office:value-type="time" office:time-value="PT30H00M00S"/>',
    '<table:table-cell office:value-type="time" office:time-value="-PT1H"/>',
    '<table:table-cell office:value-type="time" office:time-value="P1DT2H"/>',
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>',
    '<table:table-cell office:value-type="boolean" office:boolean-value="false"/>',
    '<table:table-cell office:value-type="boolean" office:boolean-value="1"/>',
    '<table:table-cell office:value-type="string"><text:p>a<text:s/>b<text:s text:c="3"/>c<text:tab/>d'
    '<text:line-break/>e<text:span text:style-name="T1">f</text:span><text:a xlink:href="x">g</text:a></text:p>'
    '<text:p>second</text:p><text:p/><text:p>fourth</text:p></table:table-cell>'.replace(
        "xlink:href", "text:href"),
    '<table:table-cell office:value-type="string" office:string-value="attribute"><text:p>p</text:p>'
    '</table:table-cell>',
    '<table:table-cell><text:p>no type</text:p></table:table-cell>',
    '<table:table-cell office:value-type="float"><text:p>no value</text:p></table:table-cell>',
    '<table:table-cell office:value="7" office:value-type="string"><text:p>value first</text:p></table:table-cell>',
    '<table:table-cell office:value-type="string"/>',
    '<table:table-cell office:value-type="string">\n  <text:p>  spaced  </text:p>\n</table:table-cell>',
    '<table:table-cell office:value-type="string"><office:annotation><text:p>note</text:p></office:annotation>'
    '<text:p>x<text:span>y</text:span>z</text:p></table:table-cell>',
    '<table:table-cell office:value-type="string"><text:p>&amp;&lt;Ærø 🙂</text:p></table:table-cell>',
    '<table:table-cell office:value-type="string"><text:p>00123</text:p></table:table-cell>',
    '<table:table-cell office:value-type="float" office:value="1e400"/>',
]
HANDMADE = {
    "every_kind": [table(HEADER + "".join(row(cell) for cell in KINDS) + row(*KINDS))],
    "repeated": [table(HEADER + row(text("a"), empty(2), text("b", more=' table:number-columns-repeated="3"'),
                                    empty(1000)) + row(empty(1024), repeated=5)
                       + row(text("same"), text("again"), repeated=3) + row(empty(1024), repeated=1_048_000))],
    "gaps": [table(row(empty(1024), repeated=2) + row(empty(2), text("url"), text("kind"))
                   + row(empty(1)) + row(empty(1)) + row(empty(3), text("x")))],
    "row_groups": [table('<table:table-column table:number-columns-repeated="3"/><table:table-header-rows>'
                         + HEADER + '</table:table-header-rows><table:table-row-group>'
                         + row(text("a")) + '<table:table-row-group>' + row(text("b")) + '</table:table-row-group>'
                         + '</table:table-row-group>' + row(text("c")))],
    "covered": [table(HEADER + row('<table:table-cell office:value-type="string" table:number-columns-spanned="2">'
                                   '<text:p>wide</text:p></table:table-cell>', '<table:covered-table-cell/>',
                                   text("c")))],
    "empty_strings": [table(HEADER + row(text(""), text("")) + row(text("x")))],
    "several": [table(HEADER, name="First"), '<table:table/>', table(row(text("second")), name="Second"),
                table(row(text("third")), name="second")],
    "nothing": [table("")],
}


@pytest.mark.parametrize("name", list(HANDMADE))
def test_content_written_by_hand_reads_the_same_through_both(tmp_path, name):
    assert_same(handmade(tmp_path / f"{name}.ods", *HANDMADE[name]))


@pytest.mark.parametrize("sheet", ["first", "SECOND", " Second ", "third"])
def test_the_sheet_asked_for_is_the_same_through_both(tmp_path, sheet):
    assert_same(handmade(tmp_path / "several.ods", *HANDMADE["several"]), sheet)


def test_values_come_out_as_the_text_a_csv_would_hold(tmp_path):
    _, rows, _ = assert_same(handmade(tmp_path / "kinds.ods", *HANDMADE["every_kind"]))
    assert [cells[0] for _, cells in rows[1:8]] == ["3", "3.25", "0", "12345678901234567168", "0.5", "1.25",
                                                     "2026-03-01"]
    firsts = [cells[0] for _, cells in rows]
    assert {"a b   cdefg\nsecond\n\nfourth", "xyz", "13:05:00", "PT30H00M00S", "yes", "attribute", "7"} <= set(firsts)
    assert "no type" not in firsts and "no value" not in firsts


def test_a_hidden_sheet_is_refused_as_it_was(tmp_path):
    styles = ('<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
              '</style:style>')
    path = handmade(tmp_path / "hidden.ods", table(HEADER), table(row(text("x")), name="Secret", style="ta2"),
                    styles=styles)
    assert both(path) == ["workbook_hidden_sheet", "workbook_hidden_sheet"]


def test_a_merged_header_is_refused_in_an_ods(tmp_path):
    path = handmade(tmp_path / "merged.ods", *HANDMADE["covered"])
    assert workbook_reading._ods_sheet(path, None)[2] == [((1, 0), (1, 1))]
    merged_header = handmade(tmp_path / "merged_header.ods", table(
        row('<table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>url</text:p>'
            '</table:table-cell>', '<table:covered-table-cell/>') + row(text("a"))))
    with pytest.raises(ImportRefused) as raised:
        read_table(merged_header)
    assert raised.value.code == "workbook_merged_header"


@pytest.mark.parametrize("tables", [
    # more columns or rows than a sheet has, spelled as one repeated cell or row
    [table(row(text("x", more=' table:number-columns-repeated="100000000"')))],
    [table(row(text("x"), repeated=100_000_000))],
    [table(row('<table:table-cell office:value-type="string"><text:p><text:s text:c="1000000000"/></text:p>'
               '</table:table-cell>'))],
    [table(row(text("x")) + row("<table:table-cell/>" * 250_000))],
    [table(row('<table:table-cell office:value-type="float" office:value="x1"/>'))],
    [table('<table:table-row table:number-rows-repeated="-1">' + text("x") + '</table:table-row>')],
    [table(row(text("x")) + "<table:table-row>")],
    None,  # no content.xml
])
def test_a_damaged_or_hostile_sheet_is_refused_as_damaged(tmp_path, tables):
    path = handmade(tmp_path / "damaged.ods", *(tables or []))
    if tables is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportRefused) as raised:
        workbook_reading._ods_sheet(path, None)
    assert raised.value.code == "workbook_damaged"


FORMULAS = {  # as written in content.xml -> as Calc shows it
    "of:=[.A1]+1": "=A1+1",
    "of:=SUM([.A1:.B2])": "=SUM(A1:B2)",
    "of:=[$Sheet2.A1]&amp;[$'Ark 2'.B1:.B3]": "=$Sheet2.A1&$'Ark 2'.B1:B3",
    "of:=&quot;[.A1]&quot;&amp;[.B1]": '="[.A1]"&B1',
    "of:=HYPERLINK(&quot;http://evil.example&quot;;&quot;klik&quot;)": '=HYPERLINK("http://evil.example";"klik")',
    "msoxl:=A1*2": "=A1*2",
}


def test_a_formula_is_read_as_its_text_as_calc_shows_it_never_its_cached_value(tmp_path):
    cells = "".join(f'<table:table-cell table:formula="{written}" office:value-type="float" office:value="2"/>'
                    for written in FORMULAS)
    path = handmade(tmp_path / "formula.ods", table(row(cells) + row(text("plain")) +
                                                    '<table:table-row table:number-rows-repeated="2">'
                                                    '<table:table-cell table:formula="of:=1+1" '
                                                    'table:number-columns-repeated="2"/></table:table-row>'))
    _, spool, _, formulas = workbook_reading._ods_sheet(path, None)
    width = len(FORMULAS)
    assert list(spool.rows()) == [(1, list(FORMULAS.values())), (2, ["plain"] + [""] * (width - 1)),
                                  (3, ["=1+1", "=1+1"] + [""] * (width - 2)),
                                  (4, ["=1+1", "=1+1"] + [""] * (width - 2))]
    assert formulas == width + 4


# --- our exports (LibreOffice's resaves: test_xlsx_streaming) ---------------------------------------------------------

@pytest.fixture(scope="module")
def sample_day():
    return TODAY


@pytest.fixture
def sample(sample, tmp_path):
    """The sample organisation (tests/conftest.py's copy) and its export as .ods."""
    return sample, exported_sample(sample, tmp_path / "report.ods")


def test_our_export_reads_the_same_through_both(sample):
    db, path = sample
    _, rows, _ = assert_same(path)
    assert len(rows) > 100
    plan = plan_import(db, read_table(path), today=TODAY)
    assert {"new": 0, "updated": 0}.items() <= plan.summary().params.items()


def test_an_ods_has_the_same_unpacked_limit_as_an_xlsx(sample, monkeypatch):
    _, path = sample
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(part.file_size for part in archive.infolist())
    monkeypatch.setattr(workbook_reading, "MAX_UNPACKED_BYTES", unpacked)
    assert read_table(path).columns
    monkeypatch.setattr(workbook_reading, "MAX_UNPACKED_BYTES", unpacked - 1)
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == "workbook_too_large_unpacked"
