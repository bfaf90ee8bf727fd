"""The import's memory is bounded: under 300 MiB for any file up to the 64 MB limit.

Each file is imported by the real command in a process of its own (`accountregistry import`,
as a dry run and for real), whose peak resident memory is read from the kernel when it ends
(VmHWM, in the child). The floor beside it is the same process doing nothing
but starting the command (`--version`), so the figure the import adds is plain.

Files, each just under 64 MB:
- wide: 190,000 rows of the full report header, as an export of that many accounts writes them
  (people from a pool of 20,000, administrators, handover terms);
- notes: 4,900 accounts with notes of 10,000 characters, each with æøå and an emoji (Python
  holds such a note in four bytes per character);
- errors: 200,000 rows, each in error (the row cap);
- lines: 63 MB of two-character lines, far more rows than the cap (refused as too many rows).

Workbooks (.xlsx), each unpacking to just under MAX_UNPACKED_BYTES (50 MB):
- sheet: rows of the full report header as the wide file's (about 43,000), text as inline strings, as
  our export writes them, dates as date cells;
- shared: two million short distinct shared strings (as Excel keeps text), a thousand rows naming some;
- amplified: one shared string of 10,000 characters (æøå and an emoji) named by the notes of 6,000
  rows: 60 million characters from a file of a few hundred KB, just under what a CSV may hold.

An .ods (ods), unpacking to just under MAX_UNPACKED_BYTES: rows of the full report
header written as our .ods export writes them (a paragraph per text cell, dates as date cells).

Printed: the file, its size, rows, peak MiB of each run. Asserted: every peak under 300 MiB.
"""

from __future__ import annotations

import subprocess
import zipfile
import sys
import time

import pytest

from accountregistry.services.ownership_report import HEADER
from accountregistry.services.table_reading import MAX_FILE_BYTES
from accountregistry.services.workbook_reading import MAX_UNPACKED_BYTES

pytestmark = pytest.mark.benchmark

LIMIT_MIB = 300
# The peak of this process's own memory (VmHWM): getrusage's ru_maxrss would keep the high-water
# mark of the test process it was forked from.
CHILD = """
import sys
import accountregistry.cli
code = 70
try:
    code = accountregistry.cli.main(sys.argv[1:])
finally:
    peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print("PEAK_KIB", peak, file=sys.stderr)
    sys.exit(code)
"""


def peak_mib(*args) -> tuple[float, int, float, str]:
    """(peak MiB, exit status, seconds, last line of stderr) of one command in its own process."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, *map(str, args)], capture_output=True, text=True)
    seconds = time.perf_counter() - began
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1].split()[1]) / 1024
    return peak, done.returncode, seconds, (lines[-2] if len(lines) > 1 else "")


def wide_cells(n: int) -> dict[str, str]:
    """A row of an export of that many accounts (people from a pool of 20,000)."""
    holder, other = n % 20000, (n * 7) % 20000
    return {"platform": "x", "presence": "profile", "handle": f"acct{n}", "url": f"https://x.com/acct{n}",
            "display_name": f"Nordlys konto {n}", "kind": "employee_role", "status": "active",
            "holder_name": f"Person {holder}", "holder_email": f"person{holder}@nordlys.dk",
            "responsible_unit": "Kommunikation", "administrators":
                f"Person {holder} <person{holder}@nordlys.dk> (owner) | Person {other} "
                f"<person{other}@nordlys.dk> (editor)",
            "two_factor": "passkey", "disposition": "transfer_to_company", "terms_agreed_on": "2025-03-01",
            "official": "yes", "notice_days": "30", "agreed_by_holder": "yes"}


def wide_file(path, rows: int) -> None:
    header = ";".join(HEADER)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        file.write(header + "\r\n")
        for n in range(rows):
            cells = wide_cells(n)
            file.write(";".join(cells.get(column, "") for column in HEADER) + "\r\n")


def notes_file(path, rows: int) -> None:
    note = ("Lang bemærkning om kontoen æøå ÆØÅ 🙂 " * 300)[:10000]
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("url;kind;notes\r\n")
        for n in range(rows):
            file.write(f"https://x.com/note{n};company;{note}\r\n")


def errors_file(path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("url;kind\r\n")
        for n in range(rows):
            file.write(f"https://x.com/err{n};boss\r\n")


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_row(number: int, values) -> str:
    """Row `number` of xlsx_file's sheet as XML: str, int or date values; ("s", n) names shared string n."""
    from datetime import date

    from openpyxl.utils import get_column_letter
    from openpyxl.utils.datetime import to_excel
    from xml.sax.saxutils import escape

    def cell(ref, value):
        if isinstance(value, tuple):
            return f'<c r="{ref}" t="s"><v>{value[1]}</v></c>'
        if isinstance(value, date):
            return f'<c r="{ref}" s="1"><v>{to_excel(value)}</v></c>'
        if isinstance(value, int):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    return (f'<row r="{number}">' + "".join(cell(f"{get_column_letter(n + 1)}{number}", value)
                                           for n, value in enumerate(values) if value != "") + "</row>")


def shared_item(text: str) -> str:
    """A shared string as xlsx_file writes it."""
    from xml.sax.saxutils import escape

    return f"<si><t>{escape(text)}</t></si>"


def xlsx_file(path, rows, shared=()) -> None:
    """An .xlsx (what Excel and our export write, no more) of `rows` (lists of str, int or
    date), written as a stream; `shared` strings go to the shared string table and a cell
    ("s", n) names one."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                                'content-types"/>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                        f'relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" '
                                        f'Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet '
                                            f'name="Accounts" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/'
                         f'package/2006/relationships"><Relationship Id="rId1" Type="{RELS}/worksheet" '
                         f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{RELS}/styles" '
                         f'Target="styles.xml"/><Relationship Id="rId3" Type="{RELS}/sharedStrings" '
                         f'Target="sharedStrings.xml"/></Relationships>')
        archive.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
                                          f'<xf numFmtId="14"/></cellXfs></styleSheet>')
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<sst xmlns="{MAIN}">'.encode())
            for text in shared:
                part.write(shared_item(text).encode())
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for number, values in enumerate(rows, start=1):
                part.write(xlsx_row(number, values).encode())
            part.write(b"</sheetData></worksheet>")


ODS_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_workbook(path) -> None:
    """Report rows as our .ods export writes them, until content.xml is just under the limit."""
    from xml.sax.saxutils import escape

    def cell(column, value):
        if value == "":
            return "<table:table-cell/>"
        if column == "terms_agreed_on":
            return (f'<table:table-cell office:value-type="date" office:date-value="{value}">'
                    f'<text:p>{value}</text:p></table:table-cell>')
        if column == "notice_days":
            return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
                    f'</table:table-cell>')
        return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        with archive.open("content.xml", "w") as part:
            written = part.write(f'<office:document-content {ODS_NAMESPACES}><office:body><office:spreadsheet>'
                                 f'<table:table table:name="Accounts"><table:table-row>'.encode()
                                 + "".join(cell("", name) for name in HEADER).encode() + b"</table:table-row>")
            n = 0
            while written < MAX_UNPACKED_BYTES - 3_000_000:
                cells = wide_cells(n)
                written += part.write(("<table:table-row>" + "".join(cell(column, cells.get(column, ""))
                                                                      for column in HEADER)
                                       + "</table:table-row>").encode())
                n += 1
            part.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")


def unpacked(path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def sheet_workbook(path) -> None:
    """Report rows until the workbook unpacks to just under the limit."""
    from datetime import date

    row_bytes = 1080  # about, each row of the full header as XML
    rows = (MAX_UNPACKED_BYTES - 3_000_000) // row_bytes

    def values():
        yield list(HEADER)
        for n in range(rows):
            cells = {**wide_cells(n), "terms_agreed_on": date(2025, 3, 1), "notice_days": 30}
            yield [cells.get(column, "") for column in HEADER]

    xlsx_file(path, values())


def shared_workbook(path) -> None:
    count = (MAX_UNPACKED_BYTES - 2_000_000) // len("<si><t>s1234567</t></si>")
    rows = [["url", "display_name"]] + [[f"https://x.com/shared{n}", ("s", n * 997 % count)] for n in range(1000)]
    xlsx_file(path, rows, shared=(f"s{n}" for n in range(count)))


def amplified_workbook(path) -> None:
    note = ("Lang bemærkning om kontoen æøå ÆØÅ 🙂 " * 300)[:10000]
    rows = [["url", "kind", "notes"]] + [[f"https://x.com/note{n}", "company", ("s", 0)] for n in range(6000)]
    xlsx_file(path, rows, shared=[note])


def lines_file(path) -> None:
    with path.open("wb") as file:
        file.write(b"url\r\n" + b"x\n" * ((MAX_FILE_BYTES - 2_000_000) // 2))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("memory")
    made = {}
    for name, make in (("wide", lambda p: wide_file(p, 190_000)), ("notes", lambda p: notes_file(p, 4900)),
                       ("errors", lambda p: errors_file(p, 200_000)), ("lines", lines_file)):
        path = folder / f"{name}.csv"
        make(path)
        assert path.stat().st_size <= MAX_FILE_BYTES
        made[name] = path
    for name, make in (("sheet", sheet_workbook), ("shared", shared_workbook), ("amplified", amplified_workbook)):
        path = folder / f"{name}.xlsx"
        make(path)
        assert path.stat().st_size <= MAX_FILE_BYTES and unpacked(path) <= MAX_UNPACKED_BYTES
        made[name] = path
    path = folder / "ods.ods"
    ods_workbook(path)
    assert path.stat().st_size <= MAX_FILE_BYTES and unpacked(path) <= MAX_UNPACKED_BYTES
    made["ods"] = path
    return made


def test_import_memory_stays_under_300_mib(files, tmp_path):
    floor, status, _, _ = peak_mib("--version")
    assert status == 0
    results = []
    for name, path in files.items():
        for mode in ("--dry-run", None):
            db = tmp_path / f"{name}-{mode or 'import'}.sqlite3"
            args = ["--db", db, "import", path] + ([mode] if mode else [])
            peak, status, seconds, said = peak_mib(*args)
            results.append((name, path.stat().st_size / 1_000_000, mode or "import", peak, status, seconds, said))
    print("\n".join(["", f"import memory: peak resident MiB of `accountregistry import` (floor: --version, "
                         f"{floor:.0f} MiB); limit {LIMIT_MIB} MiB",
                     f"{'file':<8}{'MB':>6}{'run':>11}{'peak MiB':>10}{'exit':>6}{'s':>7}  last words"]
                    + [f"{name:<8}{size:>6.1f}{mode:>11}{peak:>10.0f}{status:>6}{seconds:>7.1f}  {said[:70]}"
                       for name, size, mode, peak, status, seconds, said in results]))
    assert all(peak < LIMIT_MIB for _, _, _, peak, _, _, _ in results), results
    by_run = {(name, mode): status for name, _, mode, _, status, _, _ in results}
    assert by_run[("wide", "import")] == by_run[("notes", "import")] == 0
    assert by_run[("errors", "import")] == by_run[("lines", "import")] == 1
    assert by_run[("sheet", "import")] == by_run[("shared", "import")] == by_run[("amplified", "import")] == by_run[("ods", "import")] == 0
