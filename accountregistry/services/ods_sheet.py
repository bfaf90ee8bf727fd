"""One sheet of an .ods workbook (content.xml) read as a stream of rows, in bounded memory.

    book = OdsBook(archive)
    for row, cells in book.rows(wanted, shown): ...
                                                rows of the first table for which
                                                wanted(index, name) is true, numbered from 1,
                                                cells by column from A as text: each value not
                                                read as text given to `shown`, "" when empty
    book.sheets                                 after rows(): [OdsSheet(name, visible)]
    book.chosen, book.merged                    after rows(): the table read (its index) and its
                                                merged ranges ((first row, first column),
                                                (last row, last column)), from 0
    book.formulas                               after rows(): how many of its cells held formulas

content.xml is parsed once by ElementTree's C parser, fed in chunks, and each row is let go
once read (python-calamine holds the whole sheet: 586 MiB for our export of 100,000
accounts). The other tables' rows are dropped unread; they are parsed only for their names and
visibility (table:display="false" in their automatic style), as python-calamine lists them.

Values are those python-calamine gives (given to `shown` unless text already): office:value as
float (float, percentage, currency), office:date-value as date or datetime, office:time-value
under 24 hours as time (other text kept as text), office:boolean-value as bool, office:string-
value or the cell's text (paragraphs joined with a line break, text:s as its spaces, notes left
out, text:tab and text:line-break as nothing, as python-calamine reads them); the first of those
attributes wins, and a cell without one of them nor office:value-type="string" is empty. Empty
cells at a row's end and empty repeated rows are not expanded; a repeated cell or row with a
value is, up to LibreOffice's own limits (more is damaged). A cell holding a formula
(table:formula) is read as the formula's text as Calc shows it, never its cached value and never
calculated: "of:=[.A1]+1" as "=A1+1" (the namespace left out, [.A1] as A1, [.A1:.B2] as A1:B2,
[$Sheet2.A1] as $Sheet2.A1). Anything that does not follow the format raises ValueError.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from xml.etree.ElementTree import Element

from accountregistry.services.xlsx_sheet import _bounded, _count, _streamed

__all__ = ["OdsBook", "OdsSheet"]

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_BODY, _SPREADSHEET, _AUTOMATIC = _OFFICE + "body", _OFFICE + "spreadsheet", _OFFICE + "automatic-styles"
_TABLE_ELEMENT, _ROW = _TABLE + "table", _TABLE + "table-row"
_ROW_GROUPS = {_TABLE + "table-row-group", _TABLE + "table-header-rows", _TABLE + "table-rows"}
_CELLS = {_TABLE + "table-cell", _TABLE + "covered-table-cell"}
_ROWS_REPEATED, _COLUMNS_REPEATED = _TABLE + "number-rows-repeated", _TABLE + "number-columns-repeated"
_COLUMNS_SPANNED, _ROWS_SPANNED = _TABLE + "number-columns-spanned", _TABLE + "number-rows-spanned"
_FORMULA = _TABLE + "formula"
_PARAGRAPH, _SPACE, _NOTE = _TEXT + "p", _TEXT + "s", _OFFICE + "annotation"
_VALUE_TYPE = _OFFICE + "value-type"
_MAX_ROWS = 1_048_576  # LibreOffice's last row and column
_MAX_COLUMNS = 16_384
_MAX_SPACES = 1_000_000
_CHUNK = 1 << 16
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_TIME = re.compile(r"PT(\d{1,2})H(\d{1,2})M(\d{1,2})(?:\.(\d+))?S")
# A formula's namespace ("of:=…", "msoxl:=…"); in OpenFormula its strings and its references.
_FORMULA_NAMESPACE = re.compile(r"[A-Za-z][\w.-]*:(?==)")
_FORMULA_PARTS = re.compile(r"\"(?:[^\"]|\"\")*\"|\[((?:'(?:[^']|'')*'|[^\]'])*)\]")
_REFERENCE_DOT = re.compile(r"(^|:)\.")


@dataclass(frozen=True)
class OdsSheet:
    name: str
    visible: bool


class OdsBook:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.sheets: list[OdsSheet] = []
        self.hidden_styles: set[str] = set()
        self.chosen: int | None = None
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.formulas = 0
        self.shown: Callable[[object], str] = str

    def rows(self, wanted: Callable[[int, str], bool],
             shown: Callable[[object], str]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as text) of the first table `wanted`; the whole part is parsed."""
        self.shown = shown
        self.sheets, self.hidden_styles, self.chosen, self.merged, self.formulas = [], set(), None, [], 0
        self.reading: _Table | None = None
        with self.archive.open("content.xml") as source:
            yield from _streamed(source, lambda document, final: self._completed(document, wanted, final), _CHUNK)

    def _completed(self, document: Element, wanted, final: bool) -> Iterator[tuple[int, list]]:
        for child, done in _children(document, final):
            if child.tag == _AUTOMATIC:
                if done:
                    self._styles(child)
            elif child.tag == _BODY:
                for spreadsheet, _ in _children(child, done, keep_open=True):
                    if spreadsheet.tag == _SPREADSHEET:
                        yield from self._tables(spreadsheet, wanted, final=done)
            elif not done:
                _bounded(child)

    def _styles(self, styles: Element) -> None:
        for style in styles.iter(_STYLE + "style"):
            for properties in style.iter(_STYLE + "table-properties"):
                display = properties.get(_TABLE + "display")
                if display not in (None, "true", "false"):
                    raise ValueError("table:display is not a boolean")
                if display == "false":
                    _count(self.hidden_styles)
                    self.hidden_styles.add(style.get(_STYLE + "name") or "")

    def _tables(self, spreadsheet: Element, wanted, final: bool) -> Iterator[tuple[int, list]]:
        for table, done in _children(spreadsheet, final):
            if table.tag != _TABLE_ELEMENT:
                if not done:
                    _bounded(table)
                continue
            if self.reading is None or self.reading.element is not table:
                self.reading = self._start(table, wanted)
            reading = self.reading
            for row, row_done in _rows(table, done):
                if not row_done:
                    _bounded(row)
                    break
                if reading.wanted:
                    yield from reading.row(row, self)
                else:
                    reading.number += _repeats(row, _ROWS_REPEATED)
            if done:
                self.reading = None

    def _start(self, table: Element, wanted) -> _Table:
        name = table.get(_TABLE + "name")
        chosen = False
        if name is not None:
            _count(self.sheets)
            index = len(self.sheets)
            self.sheets.append(OdsSheet(name=name, visible=table.get(_TABLE + "style-name") not in self.hidden_styles))
            if self.chosen is None and wanted(index, name):
                self.chosen = index
                chosen = True
        return _Table(table, chosen)


class _Table:
    def __init__(self, element: Element, wanted: bool):
        self.element, self.wanted, self.number = element, wanted, 0

    def row(self, row: Element, book: OdsBook) -> Iterator[tuple[int, list]]:
        repeats = _repeats(row, _ROWS_REPEATED)
        values, formulas = _values(row, self.number, book.merged, book.shown)
        if not values:
            self.number += repeats
            return
        if self.number + repeats > _MAX_ROWS:
            raise ValueError("more rows than a sheet has")
        book.formulas += formulas * repeats
        for _ in range(repeats):
            self.number += 1
            yield self.number, values if repeats == 1 else list(values)


def _children(parent: Element, final: bool, keep_open: bool = False) -> Iterator[tuple[Element, bool]]:
    """Each child with whether it is complete; the complete ones are let go after."""
    count = len(parent)
    done = count if final else count - 1
    for index in range(count):
        yield parent[index], index < done
    if keep_open:
        return
    if done > 0:
        del parent[:done]


def _rows(table: Element, final: bool) -> Iterator[tuple[Element, bool]]:
    """The rows of a table, also those in row groups and header rows, each with whether complete."""
    for child, done in list(_children(table, final)):
        if child.tag == _ROW:
            yield child, done
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child, done)
        elif not done:
            _bounded(child)


def _values(row: Element, number: int, merged: list, shown: Callable[[object], str]) -> tuple[list[str], int]:
    """The row's cells as text (each value not read as text given to `shown`, "" for an empty
    cell), and how many of its cells held formulas."""
    values: list[str] = []
    empty = formulas = 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        attributes = cell.attrib
        if not attributes:  # an empty cell written on its own: most are
            empty += 1
            continue
        if len(attributes) == 1 and attributes.get(_VALUE_TYPE) == "string":  # plain text, most of the rest
            value, repeats = _text(cell), 1
        else:
            value, repeats, formula = _cell(cell, number, len(values) + empty, merged)
            formulas += formula
            if value is None:
                empty += repeats
                continue
            if value.__class__ is not str:
                value = shown(value)
        if len(values) + empty + repeats > _MAX_COLUMNS:
            raise ValueError("more columns than a sheet has")
        if empty:
            values.extend([""] * empty)
            empty = 0
        if repeats == 1:
            values.append(value)
        else:
            values.extend([value] * repeats)
    return values, formulas


def _cell(cell: Element, number: int, column: int, merged: list) -> tuple[object, int, int]:
    """Any cell with attributes: (its value or None, how many times it repeats, how many of
    those hold a formula); a merged range it starts added to `merged`."""
    repeats = _repeats(cell, _COLUMNS_REPEATED)
    value = _value(cell)
    if cell.get(_COLUMNS_SPANNED) or cell.get(_ROWS_SPANNED):
        _count(merged)
        merged.append(((number, column), (number + int(cell.get(_ROWS_SPANNED) or 1) - 1,
                                           column + int(cell.get(_COLUMNS_SPANNED) or 1) - 1)))
    return value, repeats, repeats if value is not None and _FORMULA in cell.attrib else 0


def _repeats(element: Element, attribute: str) -> int:
    repeats = int(element.get(attribute) or 1)
    if repeats < 0:
        raise ValueError("a negative repeat")
    return repeats


def _value(cell: Element):
    """The cell's value as python-calamine gives it; None when empty."""
    attributes = cell.attrib
    if _FORMULA in attributes:
        return _formula(attributes[_FORMULA])
    string = False
    for key, text in attributes.items():
        if key in _VALUES:
            return _VALUES[key](text)
        if key == _VALUE_TYPE:
            string = text == "string"
    return _text(cell) if string else None


def _formula(written: str) -> str:
    """A formula as Calc shows it: "of:=[.A1]+[$Sheet2.B1:.B2]" as "=A1+$Sheet2.B1:B2"."""
    namespace = _FORMULA_NAMESPACE.match(written)
    if namespace is None:
        return written
    shown = written[namespace.end():]
    if namespace.group() != "of:":  # another program's formula (msoxl:): as it wrote it
        return shown
    return _FORMULA_PARTS.sub(_reference, shown)


def _reference(found: re.Match) -> str:
    """A reference as Calc shows it ([.A1:.B2] as A1:B2); a string as it is."""
    inside = found.group(1)
    return found.group() if inside is None else _REFERENCE_DOT.sub(r"\1", inside)


def _date(text: str):
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
        found = _DATETIME.fullmatch(text)
        if found:
            day, hour, minute, second, fraction = found.groups()
            return datetime.combine(date.fromisoformat(day), time(int(hour), int(minute), int(second),
                                                                  int((fraction or "0")[:6].ljust(6, "0"))))
    except ValueError:
        pass
    return text


def _time(text: str):
    found = _TIME.fullmatch(text)
    if found:
        hour, minute, second, fraction = found.groups()
        try:
            return time(int(hour), int(minute), int(second), int((fraction or "0")[:6].ljust(6, "0")))
        except ValueError:
            pass
    return text


_VALUES: dict[str, Callable] = {
    _OFFICE + "value": float,
    _OFFICE + "string-value": str,
    _OFFICE + "date-value": _date,
    _OFFICE + "time-value": _time,
    _OFFICE + "boolean-value": lambda text: text in ("TRUE", "true"),
}


def _text(cell: Element) -> str:
    """A string cell's text: its paragraphs joined by line breaks, text:s as spaces, notes left out."""
    if len(cell) == 1 and not cell.text:
        only = cell[0]
        if only.tag == _PARAGRAPH and not len(only) and not only.tail:
            return only.text or ""
    parts: list[str] = []
    paragraphs = [0]
    _collect(cell, parts, paragraphs)
    return "".join(parts)


def _collect(element: Element, parts: list[str], paragraphs: list[int]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if tag == _PARAGRAPH:
            if paragraphs[0]:
                parts.append("\n")
            paragraphs[0] += 1
        elif tag == _SPACE:
            count = int(child.get(_TEXT + "c") or 1)
            if not 0 <= count <= _MAX_SPACES:
                raise ValueError("more spaces than a cell holds")
            parts.append(" " * count)
        if tag != _NOTE:
            _collect(child, parts, paragraphs)
        if child.tail:
            parts.append(child.tail)
