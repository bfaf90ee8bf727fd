"""The streaming .xlsx reader (services/xlsx_sheet) gives every workbook exactly the rows
python-calamine gives it: each workbook the tests make (our exports, LibreOffice's resaves,
sheets built cell by cell, XML written by hand for what Excel and LibreOffice write and openpyxl
does not) is read through both, and their rows (numbers and cells as text), merged ranges and
refusals compared."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from calamine_reading import calamine_sheet
from libreoffice import convert, needs_libreoffice

from accountregistry.services import bulk_work, workbook_reading
from accountregistry.services.csv_import import ImportRefused, plan_import, read_table
from accountregistry.services.ownership_report import export_report

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


def both(path: Path, sheet: str | None = None, stream=None):
    """(calamine's, the stream's) reading of a sheet: its rows and merged ranges, or the refusal's
    code. `stream` is the streamed reader (the .xlsx one unless given); python-calamine gives an
    .ods no merged ranges, so for another stream the merged ranges are not compared."""
    try:
        workbook_reading._check_container(path)
    except ImportRefused as refused:
        return [refused.code, refused.code]
    readings = []
    for read in (calamine_sheet, stream or workbook_reading._xlsx_sheet):
        try:
            chosen, spool, merged = read(path, sheet)[:3]
            readings.append((chosen, list(spool.rows()), sorted(merged) if stream is None else []))
        except ImportRefused as refused:
            readings.append(refused.code)
    return readings


def assert_same(path: Path, sheet: str | None = None, stream=None):
    calamine, streamed = both(path, sheet, stream)
    if isinstance(calamine, tuple) and isinstance(streamed, tuple):
        differing = [(ours, theirs) for ours, theirs in zip(streamed[1], calamine[1]) if ours != theirs]
        assert not differing, differing[:5]
    assert streamed == calamine
    return streamed


# --- sheets built cell by cell with openpyxl -------------------------------------------------------

def _openpyxl_book(path: Path, fill, epoch=None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    if epoch is not None:
        book.epoch = epoch
    fill(book, book.active)
    book.save(path)
    return path


def _every_kind(book, sheet, errors=True):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    sheet.append(["url", "display_name", "kind", "notes", "when", "count"])
    values = ["00123", "3,5", 7, 7.0, 0.1, -0.0, 1e20, 12345678901234567890, 2 ** 53 + 1, -3.25, 1e-7, True,
              False, "#N/A", "", " ", "tab\there", "line\nbreak", "_x0041_", "Ærø 🙂", datetime(2026, 3, 1, 12, 30),
              datetime(2026, 3, 1), date(1900, 2, 28), date(1900, 3, 1), date(1899, 12, 31), time(13, 5),
              time(0, 0, 0, 500_000), timedelta(hours=30), timedelta(days=-1), datetime(2026, 3, 1, 23, 59, 59, 999_500),
              CellRichText(["rich ", TextBlock(InlineFont(b=True), "bold"), " end"])]
    if not errors:  # LibreOffice saves error cells and booleans as formulas (=NA(), =TRUE()): refused
        values = [value for value in values if value is not True and value is not False and value != "#N/A"]
    for number, value in enumerate(values, start=2):
        sheet.cell(row=number, column=(number % 6) + 1, value=value)
    sheet["H40"].font = Font(bold=True)  # a styled cell without a value
    formats = ["0.00", "0%", "dd/mm/yyyy", "[Red]dd/mm/yyyy", "yyyy-mm-dd hh:mm", "h:mm:ss", "[h]:mm:ss", "mm:ss",
               "@", '"Day" 0', "General", "d-mmm", "0.00;[Red]-0.00", "[$-409]mmmm d, yyyy", "#,##0", "0.0E+00"]
    for number, number_format in enumerate(formats, start=45):
        for column, value in enumerate((45000.25, 0.75, 1.5, 44000, -1.0, 3e6), start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            cell.number_format = number_format


def _gaps(book, sheet):
    sheet["C3"], sheet["D3"], sheet["C4"], sheet["F7"], sheet["AA9"] = "url", "kind", "a", "z", "far"
    book.create_sheet("Andet")["B2"] = "second"


def _error_far_right(book, sheet):
    sheet.append(["url", "kind"])
    sheet.append(["https://x.com/a", "company"])
    sheet["K2"] = "#DIV/0!"


def _merged(book, sheet):
    sheet.append(["url", "display_name"])
    sheet.append(["https://x.com/a", "A"])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("A5:A9")


def _hidden(book, sheet):
    sheet.append(["url"])
    book.create_sheet("Hidden").sheet_state = "hidden"


def _empty(book, sheet):
    pass


BUILT = {"every_kind": _every_kind, "gaps": _gaps, "error_far_right": _error_far_right, "merged": _merged,
         "hidden": _hidden, "empty": _empty}


@pytest.mark.parametrize("name", list(BUILT))
def test_a_sheet_built_cell_by_cell_reads_the_same_through_both(tmp_path, name):
    assert_same(_openpyxl_book(tmp_path / f"{name}.xlsx", BUILT[name]))


def test_the_1904_date_system_reads_the_same_through_both(tmp_path):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    assert_same(_openpyxl_book(tmp_path / "mac.xlsx", _every_kind, epoch=CALENDAR_MAC_1904))


def test_a_sheet_starting_below_row_one_keeps_its_row_numbers(tmp_path):
    path = _openpyxl_book(tmp_path / "gaps.xlsx", _gaps)
    chosen, rows, _ = assert_same(path)
    assert chosen == "Sheet"
    assert [number for number, _ in rows] == [3, 4, 7, 9]
    assert rows[0][1][2:4] == ["url", "kind"] and len(rows[0][1]) == 27
    assert assert_same(path, "andet")[1] == [(2, ["", "second"])]


# --- XML as Excel and LibreOffice write it, by hand ------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _handmade(path: Path, sheet: str, *, shared: str = "", styles: str = "", workbook_pr: str = "",
              prefix: str = "", target: str = "worksheets/sheet1.xml") -> Path:
    """A minimal .xlsx: one sheet of the given <sheetData> content (and what follows it)."""
    tag = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
                       f'</Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}">{workbook_pr}<sheets>'
                           f'<sheet name="Konti" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                      f'relationships"><Relationship Id="rId1" Type="{RELS}/worksheet" '
                                      f'Target="{target}"/>'
                                      f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
                                      f'<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/>'
                                      f'</Relationships>',
        part: f'<{tag}worksheet {xmlns}><{tag}sheetData>{sheet}</{tag}sheetData></{tag}worksheet>',
    }
    if shared:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{shared}</sst>'
    if styles:
        parts["xl/styles.xml"] = f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


SHARED = ('<si><t>url</t></si><si><t xml:space="preserve"> kind </t></si>'
          '<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r>'
          '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>'
          '<si><t>tab&#9;and_x000D_return</t></si><si><t/></si><si><t>00123</t></si>'
          '<si><t> spaced\r\n</t></si><si><r><t>one run_x0041_</t></r></si>')
STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yy;@"/>'
          '<numFmt numFmtId="165" formatCode="[hh]:mm"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '<xf numFmtId="22"/></cellXfs>')
HANDMADE = {
    "shared_strings": dict(sheet='<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                                 '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c>'
                                 '<c r="C2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>'
                                 '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>7</v></c></row>',
                           shared=SHARED),
    "no_references": dict(sheet='<row><c t="inlineStr"><is><t>url</t></is></c><c t="inlineStr"><is><t>kind</t>'
                                '</is></c></row><row><c><v>1</v></c><c/><c t="b"><v>0</v></c></row>'
                                '<row r="5"><c r="C5"><v>2</v></c><c><v>3</v></c></row>'),
    "dates_by_style": dict(sheet='<row r="1"><c r="A1" s="1"><v>46082</v></c><c r="B1" s="2"><v>46082.5</v></c>'
                                 '<c r="C1" s="3"><v>1.75</v></c><c r="D1" s="4"><v>46082.25</v></c>'
                                 '<c r="E1" s="9"><v>46082</v></c><c r="F1" s="1"><v>0.5</v></c></row>',
                           styles=STYLES),
    "date_1904": dict(sheet='<row r="1"><c r="A1" s="1"><v>40000</v></c><c r="B1" s="4"><v>0.25</v></c></row>',
                      styles=STYLES, workbook_pr='<workbookPr date1904="1"/>'),
    "typed_text": dict(sheet='<row r="1"><c r="A1" t="str"><v>text_x0042_</v></c><c r="B1" t="d">'
                             '<v>2026-03-01T12:30:00</v></c><c r="C1" t="d"><v>2026-03-01</v></c>'
                             '<c r="D1" t="e"><v>#REF!</v></c><c r="E1" t="inlineStr"><is><r><t>a</t></r>'
                             '<r><t>b</t></r></is></c><c r="F1" t="inlineStr"><is><t></t></is></c>'
                             '<c r="G1" t="n"><v></v></c><c r="H1" t="s"/></row>'),
    "prefixed": dict(sheet='<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>url</x:t></x:is></x:c></x:row>',
                     prefix="x"),
    "absolute_target": dict(sheet='<row r="1"><c r="A1" t="inlineStr"><is><t>url</t></is></c></row>',
                            target="/xl/sheets/konti.xml"),
    # Serial numbers with a date, time or duration format at and beyond what dates hold.
    "date_edges": dict(sheet="".join(f'<row r="{n}"><c r="A{n}" s="1"><v>{value}</v></c><c r="B{n}" s="3"><v>{value}'
                                     f'</v></c><c r="C{n}" s="4"><v>{value}</v></c></row>'
                                     for n, value in enumerate(["-1", "-0.25", "-1.5", "0", "0.5", "0.99999999", "1",
                                                                "59", "60", "60.5", "61", "2958465", "2958465.9999",
                                                                "2958466", "-693595", "-95000000", "-97000000",
                                                                "-1e-9", "0.9999999999", "0.0000001", "1e8"], 1)),
                       styles=STYLES),
    "line_breaks": dict(sheet='<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb&#13;&#10;c\rd</t></is></c>'
                              '</row>'),
    # More shared strings than one chunk of their part holds (not only ASCII), named in the other order.
    "many_shared_strings": dict(sheet="".join(f'<row r="{n}"><c r="A{n}" t="s"><v>{3000 - n}</v></c></row>'
                                              for n in range(1, 3001)),
                                shared="".join(f"<si><t>text {n} ø</t></si>" for n in range(3000))),
}


@pytest.mark.parametrize("name", list(HANDMADE))
def test_xml_written_by_hand_reads_the_same_through_both(tmp_path, name):
    assert_same(_handmade(tmp_path / f"{name}.xlsx", **HANDMADE[name]))


def test_shared_strings_keep_their_runs_and_leave_out_phonetic_text(tmp_path):
    _, rows, _ = assert_same(_handmade(tmp_path / "shared.xlsx", **HANDMADE["shared_strings"]))
    assert rows == [(1, ["url", " kind ", "", ""]), (2, ["Rich text", "tab\tand\rreturn", "", "00123"]),
                    (3, ["spaced", "one runA", "", ""])]


def _formulas(path: Path):
    """(rows, how many cells held formulas) of the stream's reading."""
    _, spool, _, formulas = workbook_reading._xlsx_sheet(path, None)
    return list(spool.rows()), formulas


def test_a_formula_under_any_prefix_is_read_as_its_text_never_its_cached_result(tmp_path):
    path = _handmade(tmp_path / "formula.xlsx", '<x:row r="1"><x:c r="A1" t="str"><x:f>A2&amp;"x"</x:f>'
                                                '<x:v>cached</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c>'
                                                '<x:c r="C1" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>'
                                                '<x:c r="D1" t="s"><x:v>0</x:v></x:c></x:row>',
                     prefix="x", target="elsewhere/konti.xml", shared="<si><t>plain</t></si>")
    assert _formulas(path) == ([(1, ['=A2&"x"', "=1+1", "=1/0", "plain"])], 3)


def test_a_shared_formula_is_moved_from_its_first_cell_to_each_other_cell(tmp_path):
    dependent = '<c r="{}"><f t="shared" si="0"/><v>1</v></c>'.format
    path = _handmade(tmp_path / "shared.xlsx",
                     '<row r="2"><c r="B2"><f t="shared" ref="B2:C4" si="0">$A2+A$1*2</f><v>1</v></c>'
                     f'{dependent("C2")}</row><row r="3">{dependent("B3")}{dependent("C3")}</row>'
                     f'<row r="4">{dependent("B4")}<c><f t="shared" si="0"/></c></row>')  # C4, by its place
    assert _formulas(path) == ([(2, ["", "=$A2+A$1*2", "=$A2+B$1*2"]), (3, ["", "=$A3+A$1*2", "=$A3+B$1*2"]),
                                (4, ["", "=$A4+A$1*2", "=$A4+B$1*2"])], 6)


def test_a_shared_formula_openpyxl_cannot_parse_is_given_as_written_and_one_without_its_first_cell_is_damaged(
        tmp_path):
    written = '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="3">cmd|\' /C calc\'!A0</f></c></row>'
    path = _handmade(tmp_path / "dde.xlsx", written + '<row r="2"><c r="A2"><f t="shared" si="3"/></c></row>')
    assert _formulas(path) == ([(1, ["=cmd|' /C calc'!A0"]), (2, ["=cmd|' /C calc'!A0"])], 2)
    orphan = _handmade(tmp_path / "orphan.xlsx", '<row r="1"><c r="A1"><f t="shared" si="7"/><v>1</v></c></row>')
    with pytest.raises(ImportRefused) as raised:
        read_table(orphan)
    assert raised.value.code == "workbook_damaged"


def test_an_array_formula_is_its_text_in_every_cell_of_its_range(tmp_path):
    path = _handmade(tmp_path / "array.xlsx", '<row r="1"><c r="A1"><f t="array" ref="A1:B2">A3:B4*2</f><v>1</v></c>'
                                              '<c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>'
                                              '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row>'
                                              '<row r="3"><c r="A3"><v>6</v></c></row>')
    assert _formulas(path) == ([(1, ["=A3:B4*2", "=A3:B4*2", "3"]), (2, ["=A3:B4*2", "=A3:B4*2", ""]),
                                (3, ["6", "", ""])], 4)


def test_a_document_type_declaration_is_refused(tmp_path):
    path = tmp_path / "entities.xlsx"
    _handmade(path, '<row r="1"><c r="A1" t="inlineStr"><is><t>url</t></is></c></row>')
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/workbook.xml"] = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + parts["xl/workbook.xml"])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == "workbook_damaged"


@pytest.mark.parametrize("sheet", ['<row r="1"><c r="A1" t="s"><v>9</v></c></row>',
                                   # more cells in one row than a sheet has columns, or one vast cell
                                   '<row r="1">' + '<c><v>1</v></c>' * 250_000 + '</row>',
                                   '<row r="1"><c r="A1" t="inlineStr"><is><t>' + "x" * 5_000_000 + '</t></is></c></row>',
                                   '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>'
                                   + '<mergeCell ref="A1:B1"/>' * 100_001 + '</mergeCells><sheetData>',
                                   '<row r="1"><c r="A1"><v>x1</v></c></row>',
                                   '<row r="1"><c r="1A"><v>1</v></c></row>',
                                   '<row r="1"><c r="A1" t="zz"><v>1</v></c></row>',
                                   '<row r="1"><c r="A1"><v>1</v></row>'])
def test_a_damaged_sheet_is_refused_as_damaged(tmp_path, sheet):
    path = _handmade(tmp_path / "damaged.xlsx", sheet, shared="<si><t>a</t></si>")
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == "workbook_damaged"


def test_many_references_to_one_long_shared_string_are_refused_as_too_much_text(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_reading, "MAX_FILE_BYTES", 100_000)
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 200))
    path = _handmade(tmp_path / "amplified.xlsx", rows, shared=f"<si><t>{'x' * 1000}</t></si>")
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == "import_too_large_read"


def test_a_duration_beyond_pythons_is_a_number_in_the_stream_and_refused_not_a_traceback_by_calamine(tmp_path):
    path = _handmade(tmp_path / "long.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>url</t></is></c></row>'
                                             '<row r="2"><c r="A2" s="3"><v>1e10</v></c></row>', styles=STYLES)
    assert list(workbook_reading._xlsx_sheet(path, None)[1].rows()) == [(1, ["url"]), (2, ["10000000000"])]
    with pytest.raises(ImportRefused) as raised:
        calamine_sheet(path, None)
    assert raised.value.code == "workbook_damaged"


# --- our exports and LibreOffice's resaves ---------------------------------------------------------

def exported_sample(db, path: Path) -> Path:
    """Our export (to `path`, .xlsx or .ods) of the sample organisation (`db`: `sample`)."""
    export_report(db, path, today=TODAY)
    return path


def test_our_export_reads_the_same_through_both(sample, tmp_path):
    path = exported_sample(sample, tmp_path / "report.xlsx")
    _, rows, _ = assert_same(path)
    assert len(rows) > 100
    plan = plan_import(sample, read_table(path), today=TODAY)
    assert {"new": 0, "updated": 0}.items() <= plan.summary().params.items()


def _stream_for(path: Path):
    return workbook_reading._ods_sheet if path.suffix == ".ods" else None


@needs_libreoffice
@pytest.mark.parametrize("route", [("xlsx", "xlsx"), ("xlsx", "ods", "xlsx"), ("xlsx", "ods"), ("ods", "ods")])
def test_libreoffices_resaves_of_our_export_read_the_same_through_both(sample, tmp_path, route):
    """route: our export's format, then each format LibreOffice saves it as."""
    path = exported_sample(sample, tmp_path / f"report.{route[0]}")
    for step, to in enumerate(route[1:]):
        path = convert(path, to, tmp_path / f"step-{step}")
    assert_same(path, stream=_stream_for(path))
    plan = plan_import(sample, read_table(path), today=TODAY)
    assert {"new": 0, "updated": 0}.items() <= plan.summary().params.items()


@needs_libreoffice
@pytest.mark.parametrize("to", ["xlsx", "ods"])
def test_libreoffices_resave_of_every_kind_of_cell_reads_the_same_through_both(tmp_path, to):
    built = _openpyxl_book(tmp_path / "kinds.xlsx", lambda book, sheet: _every_kind(book, sheet, errors=False))
    path = convert(built, to, tmp_path / "resaved")
    chosen, rows, _ = assert_same(path, stream=_stream_for(path))
    assert len(rows) > 40


def test_the_collector_threshold_is_raised_only_while_a_sheet_is_read_and_put_back_after_a_refusal(tmp_path,
                                                                                                   monkeypatch):
    import gc

    before = gc.get_threshold()
    seen = []
    path = _handmade(tmp_path / "seen.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>url</t></is></c></row>')
    original = workbook_reading._Spool

    def probed(rows):  # the threshold as each row is read
        for row in rows:
            seen.append(gc.get_threshold()[0])
            yield row

    monkeypatch.setattr(workbook_reading, "_Spool", lambda rows, shown: original(probed(rows), shown))
    workbook_reading._xlsx_sheet(path, None)
    assert seen == [bulk_work.SHEET_COLLECTION_THRESHOLD] and gc.get_threshold() == before
    damaged = _handmade(tmp_path / "damaged.xlsx", '<row r="1"><c r="A1" t="zz"><v>1</v></c></row>')
    with pytest.raises(ImportRefused):
        workbook_reading._xlsx_sheet(damaged, None)
    assert gc.get_threshold() == before


def test_a_shared_formula_is_parsed_once_for_all_its_cells(tmp_path, monkeypatch):
    from openpyxl.formula import translate

    made = []

    class Counted(translate.Translator):
        def __init__(self, *args, **kwargs):
            made.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(translate, "Translator", Counted)
    rows = "".join(f'<row r="{n}"><c r="A{n}"><f t="shared" si="0"/></c><c r="B{n}"><f t="shared" si="1"/></c></row>'
                   for n in range(2, 202))
    path = _handmade(tmp_path / "many.xlsx", '<row r="1"><c r="A1"><f t="shared" ref="A1:A201" si="0">C1*2</f></c>'
                                             '<c r="B1"><f t="shared" ref="B1:B201" si="1">SUM($C$1:C1)</f></c></row>'
                     + rows)
    read, formulas = _formulas(path)
    assert formulas == 402 and read[-1] == (201, ["=C201*2", "=SUM($C$1:C201)"])
    assert len(made) == 2  # one per shared formula, not one per cell
