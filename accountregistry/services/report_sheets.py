"""The ownership report's file, in the format its name asks for: CSV, .xlsx or .ods.

    sheet = SHEET_FORMATS[format](file, header, shapes, total=..., sample=..., delimiter=...)
    sheet.write(rows)        # chunk after chunk, rows of text cells as the report makes them
    sheet.close()

The workbooks have the header row frozen and filterable, column widths that fit their text,
the date columns as date cells (shown in the reader's own date format), the counts as
numbers, and every other cell stored as text exactly as the registry holds it: no apostrophe,
no number made of a handle like 00123 or a note like 3,5, never a formula.

- .xlsx: openpyxl in write-only mode (the library of the field for writing Excel files; its
  write-only mode streams rows to disk, so 100,000 accounts stay within a few MiB).
- .ods: written here as a stream (a zip of four small XML files, as OpenDocument 1.2 lays
  them out). The maintained ODS writers (odfpy, odswriter, odfdo) build the whole document in
  memory first: odswriter took 26 s and 657 MiB for 10,000 rows of 34 cells.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

__all__ = ["DATE", "NUMBER", "SHEET_FORMATS", "TEXT", "WORKBOOK_FORMATS", "column_widths", "typed_row"]

TEXT, DATE, NUMBER = "text", "date", "number"
WORKBOOK_FORMATS = ("xlsx", "ods")
_MIN_WIDTH, _MAX_WIDTH = 8, 50  # characters
# What XML 1.0 cannot hold at all; the registry's forms refuse these characters anyway.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def column_widths(header: tuple[str, ...], sample: list[list[str]]) -> list[int]:
    """Each column's width in characters: its longest cell among the header and `sample`, kept
    between 8 and 50 (a long note wraps rather than pushing the other columns away)."""
    widest = [len(name) + 2 for name in header]  # the filter button
    for row in sample:
        for position, cell in enumerate(row):
            if len(cell) > widest[position]:
                widest[position] = len(cell)
    return [min(max(width + 1, _MIN_WIDTH), _MAX_WIDTH) for width in widest]


def typed_row(cells: list[str], shapes: tuple[str, ...]) -> list:
    """A row of text cells as values: dates as dates, counts as whole numbers, the rest text
    (empty cells None)."""
    values: list = []
    for cell, shape in zip(cells, shapes):
        if not cell:
            values.append(None)
        elif shape == TEXT:
            values.append(_NOT_XML.sub("\ufffd", cell) if _NOT_XML.search(cell) else cell)
        elif shape == DATE:
            values.append(date.fromisoformat(cell))
        else:
            values.append(int(cell))
    return values


class XlsxSheet:
    """One sheet of accounts in an .xlsx workbook, through openpyxl's write-only mode."""

    def __init__(self, file: BinaryIO, header: tuple[str, ...], shapes: tuple[str, ...], *, total: int,
                 sample: list[list[str]], title: str = "Accounts", **_):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self.file, self.shapes, self._cell = file, shapes, WriteOnlyCell
        self.book = Workbook(write_only=True)
        self.sheet = sheet = self._headed(title, header, column_widths(header, sample))
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{total + 1}"
        self.dates = [position for position, shape in enumerate(shapes) if shape == DATE]

    def _headed(self, title: str, header: tuple[str, ...], widths: list[int]):
        """A new sheet with its columns' widths and its header row, bold, at the top, frozen."""
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        sheet = self.book.create_sheet(title)
        for position, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(position)].width = width
        sheet.freeze_panes = "A2"
        bold, top = Font(bold=True), Alignment(vertical="top")
        heading = []
        for name in header:
            cell = self._cell(sheet, value=name)
            cell.font, cell.alignment = bold, top
            heading.append(cell)
        sheet.append(heading)
        return sheet

    def write(self, rows: list[list[str]]) -> None:
        cell_of, sheet, shapes, dates = self._cell, self.sheet, self.shapes, self.dates
        for cells in rows:
            values = typed_row(cells, shapes)
            for position in dates:
                if values[position] is not None:
                    # Excel's built-in format 14: the reader's own short date.
                    values[position] = cell = cell_of(sheet, value=values[position])
                    cell.number_format = "mm-dd-yy"
            if any(type(value) is str and value[:1] in "=#" for value in values):
                values = [_as_text(cell_of, sheet, value) for value in values]
            sheet.append(values)

    def close(self, extra: list[tuple[str, tuple[str, ...], list[list[str]]]] = ()) -> None:
        """Save the workbook, with `extra` sheets (title, header, rows of text) after the accounts."""
        from openpyxl.styles import Alignment

        for title, header, rows in extra:
            widths = column_widths(header, rows)
            sheet = self._headed(title[:31], header, widths)
            wrapped = Alignment(wrap_text=True, vertical="top")
            for number, row in enumerate(rows, start=2):
                # Wrapped text needs its height stated: readers do not work it out on opening.
                lines = max(-(-len(text) // max(width - 2, 1)) for text, width in zip(row, widths))
                sheet.row_dimensions[number].height = 15 * max(lines, 1)
                cells = []
                for text in row:
                    cell = self._cell(sheet, value=text)
                    cell.alignment = wrapped
                    cells.append(cell)
                sheet.append(cells)
        self.book.save(self.file)


def _as_text(cell_of, sheet, value):
    # openpyxl reads a string starting with "=" as a formula and "#N/A" as an error: stated text.
    if type(value) is str and value[:1] in "=#":
        cell = cell_of(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


# ---------------------------------------------------------------------------------------------
# OpenDocument
# ---------------------------------------------------------------------------------------------

_OFFICE = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
           'office:version="1.2"')
_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{_MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
# The header row frozen: LibreOffice keeps a view's split in the document's settings.
_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {office}><office:settings>
 <config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views">
  <config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item>
   <config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name={title}>
    <config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>
    <config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>
    <config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>
    <config:config-item config:name="PositionTop" config:type="int">0</config:config-item>
    <config:config-item config:name="PositionBottom" config:type="int">1</config:config-item>
   </config:config-item-map-entry></config:config-item-map-named>
   <config:config-item config:name="ActiveTable" config:type="string">{bare_title}</config:config-item>
  </config:config-item-map-entry>
 </config:config-item-map-indexed></config:config-item-set>
</office:settings></office:document-settings>"""
# A date style with the reader's order of day, month and year.
_STYLES = """<office:automatic-styles>
 <number:date-style style:name="N1" number:automatic-order="true"><number:day number:style="long"/>
  <number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>
  <number:year number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"
  style:vertical-align="top"/></style:style>
 <style:style style:name="cowide" style:family="table-column"><style:table-column-properties
  style:column-width="9cm"/></style:style>
 {columns}
</office:automatic-styles>"""
# Runs of spaces, spaces at either end and line breaks, which ODF would collapse. A tab stays a
# character (python-calamine reads no <text:tab/>); a carriage return a reference (XML reads a
# bare one as a line feed).
_SPACES = re.compile("  +|^ | $|\n|\r")


def _ods_text(value: str) -> str:
    """A text cell's paragraphs, spaces, tabs and line breaks kept exactly (ODF collapses runs
    of spaces in plain text)."""
    value = _NOT_XML.sub("\ufffd", value) if _NOT_XML.search(value) else value
    text = escape(value)
    if _SPACES.search(text):
        text = _SPACES.sub(_ods_space, text)
    return f"<text:p>{text}</text:p>"


def _ods_space(match: re.Match) -> str:
    found = match.group()
    if found == "\r":
        return "&#13;"
    if found == "\n":
        return "</text:p><text:p>"
    return f'<text:s text:c="{len(found)}"/>'


class OdsSheet:
    """One sheet of accounts in an .ods spreadsheet, its content streamed into the zip."""

    def __init__(self, file: BinaryIO, header: tuple[str, ...], shapes: tuple[str, ...], *, total: int,
                 sample: list[list[str]], title: str = "Accounts", **_):
        self.shapes = shapes
        self.zip = zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED)
        self.zip.writestr(zipfile.ZipInfo("mimetype"), _MIMETYPE, compress_type=zipfile.ZIP_STORED)
        self.zip.writestr("META-INF/manifest.xml", _MANIFEST)
        self.zip.writestr("settings.xml", _SETTINGS.format(office=_OFFICE, title=quoteattr(title),
                                                           bare_title=escape(title)))
        self.content = self.zip.open("content.xml", "w", force_zip64=True)
        widths = column_widths(header, sample)
        columns = "".join(f'<style:style style:name="co{n}" style:family="table-column"><style:table-column-properties '
                          f'style:column-width="{width * 0.21:.2f}cm"/></style:style>'
                          for n, width in enumerate(widths))
        self.title = title
        self.last = _column_letters(len(header))
        self.total = total
        self._put(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_OFFICE}>'
                  + _STYLES.format(columns=columns)
                  + f'<office:body><office:spreadsheet><table:table table:name={quoteattr(title)}>'
                  + "".join(f'<table:table-column table:style-name="co{n}"/>' for n in range(len(widths)))
                  + '<table:table-header-rows><table:table-row>'
                  + "".join(f'<table:table-cell table:style-name="head" office:value-type="string">{_ods_text(name)}'
                            "</table:table-cell>" for name in header)
                  + "</table:table-row></table:table-header-rows>")

    def _put(self, text: str) -> None:
        self.content.write(text.encode("utf-8"))

    def write(self, rows: list[list[str]]) -> None:
        shapes, out = self.shapes, []
        for cells in rows:
            out.append("<table:table-row>")
            for cell, shape in zip(cells, shapes):
                if not cell:
                    out.append("<table:table-cell/>")
                elif shape == TEXT:
                    out.append(f'<table:table-cell office:value-type="string">{_ods_text(cell)}</table:table-cell>')
                elif shape == DATE:
                    out.append(f'<table:table-cell table:style-name="date" office:value-type="date" '
                               f'office:date-value="{cell}"><text:p>{cell}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="float" office:value="{int(cell)}">'
                               f"<text:p>{int(cell)}</text:p></table:table-cell>")
            out.append("</table:table-row>")
        self._put("".join(out))

    def close(self, extra: list[tuple[str, tuple[str, ...], list[list[str]]]] = ()) -> None:
        """Finish the file, with `extra` sheets (title, header, rows of text) after the accounts."""
        sheet = f"'{self.title}'" if not self.title.isalnum() else self.title
        self._put("</table:table>")
        for title, header, rows in extra:
            self._put(f'<table:table table:name={quoteattr(title)}><table:table-column table:style-name="cowide" '
                      f'table:number-columns-repeated="{len(header)}"/><table:table-header-rows><table:table-row>'
                      + "".join(f'<table:table-cell table:style-name="head" office:value-type="string">'
                                f"{_ods_text(name)}</table:table-cell>" for name in header)
                      + "</table:table-row></table:table-header-rows>"
                      + "".join("<table:table-row>" + "".join(
                          f'<table:table-cell table:style-name="wrap" office:value-type="string">{_ods_text(text)}'
                          "</table:table-cell>" if text else '<table:table-cell table:style-name="wrap"/>'
                          for text in row) + "</table:table-row>" for row in rows)
                      + "</table:table>")
        self._put('<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__0" '
                  f'table:target-range-address="{escape(sheet)}.A1:{escape(sheet)}.{self.last}{self.total + 1}" '
                  'table:display-filter-buttons="true"/></table:database-ranges>'
                  "</office:spreadsheet></office:body></office:document-content>")
        self.content.close()
        self.zip.close()


def _column_letters(count: int) -> str:
    letters = ""
    while count:
        count, rest = divmod(count - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


SHEET_FORMATS = {"xlsx": XlsxSheet, "ods": OdsSheet}
