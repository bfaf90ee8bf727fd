"""One sheet of an .xlsx workbook read as a stream of rows, in bounded memory.

    book = XlsxBook(archive)          the workbook's sheets (workbook.xml and its relationships),
                                      number formats (styles.xml) and shared strings
    book.sheets                       [XlsxSheet(name, visible, part)] in the workbook's order
    for row, cells in book.rows(sheet, shown): ...
                                      row numbers from 1, cells by column from A as text: each
                                      value not read as text given to `shown` (a number's text
                                      remembered by its <v> and style), "" in gaps
    book.merged                       after rows(): the sheet's merged ranges, as python-calamine
                                      gives them: ((first row, first column), (last row, last column))
    book.formulas                     after rows(): how many of the sheet's cells held formulas

The sheet's XML is fed in chunks to ElementTree's C parser and tree builder (no Python call per
element), and the rows each chunk completes are read and let go, so memory does not grow with
the sheet (python-calamine, which reads .xlsx and .ods fast, holds the whole sheet: 300 MiB for
our export of 100,000 accounts, and has no lazy reading up to 0.9.1). Reading our 100,000-row
export this way took 2.3 s of CPU against 6.0 s for expat calling a Python handler per element
and text (the reader before). lxml (not a dependency) is not needed for this. Values are of the
kinds python-calamine gives for the same cells, given to `shown` unless text already
(workbook_reading turns both readers' values into the same text, and a row is read straight into
it): str (shared and inline strings, rich text runs joined, phonetic runs left out, _xHHHH_
escapes undone), float, bool, date / datetime / time / timedelta for numbers with a date or
duration format (openpyxl's own rules for which formats those are, and its conversion of Excel's
serial numbers), "" for an error cell. Shared strings are held as UTF-8 in one buffer, not as
objects.

A cell holding a formula is read as the formula's text as Excel shows it ("=A1&\"x\""), never
its cached result, and never calculated: a shared formula's other cells (<f t="shared" si=…/>,
no text) as openpyxl's Translator moves the first cell's formula to them (the first cell's text
as written when openpyxl cannot parse it), the cells of an array formula's or data table's
range as the text of its first cell.

Anything that does not follow the format raises ValueError (the caller refuses the workbook as
damaged), as does a part that declares a document type (entities) or holds a text longer than
MAX_TEXT_RUN, before the parser is given it (_Part); sizes and zip bombs are checked by the
caller before a sheet is read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import accumulate
from xml.etree.ElementTree import Element, TreeBuilder, XMLParser, iterparse


__all__ = ["XlsxBook", "XlsxSheet"]

_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_MAX_COLUMNS = 16384  # Excel's last column, XFD
_DIGITS = "0123456789"
_MS_PER_DAY = 86_400_000
# Excel's own limits are lower: 64,000 cell formats, sheets as memory allows (hundreds at most).
_MAX_ENTRIES = 100_000
# Elements an open row (or string) may hold: a row of Excel's 16,384 cells with rich text runs.
_MAX_HELD = 200_000
# python-calamine's dates (chrono's) reach back to the year -262144; a number before that with a
# date format is given as the number.
_EARLIEST_TIME = -96_000_000
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Fed to the parser 16 KiB at a time: the elements a chunk makes are read while still in the
# processor's cache (our 100k export's sheet: 3.2 s of CPU against 3.7 s in 64 KiB chunks).
_CHUNK = 1 << 14
_REMEMBERED_NUMBERS = 10_000
_REMEMBERED_LENGTH = 40
# Bytes between two "<": a parser holds such a text (or tag) whole. Excel's longest cell, 32,767
# characters, is at most 330 KB of XML.
MAX_TEXT_RUN = 4 * 1024 * 1024
_DECLARATION = b"<!DOCTYPE"


class _Part:
    """A part of the workbook, read: a document type declaration or a text longer than
    MAX_TEXT_RUN raises ValueError before the parser is given it."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.source, self.tail, self.in_text = archive.open(name), b"", 0

    def read(self, size: int) -> bytes:
        chunk = self.source.read(size)
        first = chunk.find(b"<")
        longest = self.in_text + (len(chunk) if first < 0 else first)
        self.in_text = longest if first < 0 else len(chunk) - chunk.rfind(b"<") - 1
        if longest > MAX_TEXT_RUN or _DECLARATION in self.tail + chunk:
            raise ValueError("a document type declaration, or a text longer than a workbook's")
        self.tail = chunk[-len(_DECLARATION):]
        return chunk

    def __enter__(self) -> _Part:
        return self

    def __exit__(self, *_) -> None:
        self.source.close()


@dataclass(frozen=True)
class XlsxSheet:
    name: str
    visible: bool
    part: str | None  # the sheet's XML in the archive; None when the workbook names none


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _namespace(tag: str) -> str:
    return tag[:tag.index("}") + 1] if tag.startswith("{") else ""


class XlsxBook:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names = set(archive.namelist())
        workbook = self._workbook_part()
        targets = self._relationships(workbook)
        self.sheets: list[XlsxSheet] = []
        # openpyxl (its date formats and serial dates) is imported when a workbook is read, not
        # with this module: a CSV import (which imports this one) does not import its 179 modules (3.2 MiB).
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.epoch = CALENDAR_WINDOWS_1900
        with _Part(archive, workbook) as source:
            for element, _ in _ends(source):
                tag = _local(element.tag)
                if tag == "sheet":
                    _count(self.sheets)
                    target = targets.get(element.get(_RELATIONSHIP) or "")
                    self.sheets.append(XlsxSheet(name=element.get("name") or "",
                                                 visible=element.get("state", "visible") == "visible",
                                                 part=target))
                elif tag == "workbookPr" and element.get("date1904", "").lower() in ("1", "true"):
                    self.epoch = CALENDAR_MAC_1904
        self.kinds = self._number_kinds(targets)
        self.strings = _SharedStrings(archive, next((t for t in targets.values() if t.endswith("sharedStrings.xml")
                                                     and t in self.names), None))
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.formulas = 0
        self.columns: dict[str, int] = {}  # "AB" -> 27

    def _workbook_part(self) -> str:
        for target, kind, _ in self._targets("", "_rels/.rels"):
            if kind.endswith("/officeDocument"):
                return target
        if "xl/workbook.xml" in self.names:
            return "xl/workbook.xml"
        raise ValueError("no workbook part")

    def _targets(self, folder: str, rels: str) -> Iterator[tuple[str, str, str]]:
        if rels not in self.names:
            return
        with _Part(self.archive, rels) as source:
            for count, (element, _) in enumerate(_ends(source)):
                if count > _MAX_ENTRIES:
                    raise ValueError("too many relationships")
                if _local(element.tag) == "Relationship" and element.get("TargetMode") != "External":
                    target = element.get("Target") or ""
                    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                    yield posixpath.normpath(path), element.get("Type") or "", element.get("Id") or ""

    def _relationships(self, workbook: str) -> dict[str, str]:
        folder, name = posixpath.split(workbook)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        return {id_: target for target, _, id_ in self._targets(folder, rels)}

    def _number_kinds(self, targets: dict[str, str]) -> list[str]:
        """Per cell style (cellXfs, by index): "date", "duration" or "" (a plain number)."""
        from openpyxl.styles.numbers import BUILTIN_FORMATS

        styles = next((t for t in targets.values() if t.endswith("styles.xml") and t in self.names), None)
        if styles is None:
            return []
        formats: dict[int, str] = {}
        kinds: list[str] = []
        with _Part(self.archive, styles) as source:
            for element, parent in _ends(source):
                tag = _local(element.tag)
                if tag == "numFmt":
                    _count(formats)
                    formats[int(element.get("numFmtId", "0"))] = element.get("formatCode") or ""
                elif tag == "xf" and parent == "cellXfs":
                    _count(kinds)
                    number_format = int(element.get("numFmtId", "0"))
                    kinds.append(_kind(formats.get(number_format, BUILTIN_FORMATS.get(number_format))))
        return kinds

    def rows(self, sheet: XlsxSheet, shown: Callable[[object], str]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells from column A as text) of each row the sheet's XML holds, in its
        order: every value not read as text given to `shown`, "" in the gaps."""
        self.merged, self.formulas = [], 0
        if sheet.part is None or sheet.part not in self.names:
            return
        with _Part(self.archive, sheet.part) as source:
            yield from _streamed(source, _Sheet(self, shown).completed)


@dataclass(frozen=True)
class _Tags:
    """The sheet's element names in its namespace."""

    row: str
    cell: str
    inline: str
    text: str
    run: str
    value: str
    formula: str

    @staticmethod
    @lru_cache(maxsize=64)
    def of(tag: str) -> _Tags:
        """The names in the namespace of `tag` ("{uri}row", or "row" outside any namespace); remembered
        by the tag itself: a part's 100,000s of items ask with the same one."""
        ns = _namespace(tag)
        return _Tags(row=ns + "row", cell=ns + "c", inline=ns + "is", text=ns + "t", run=ns + "r", value=ns + "v",
                     formula=ns + "f")


def _streamed(source, completed: Callable[[Element, bool], Iterator], size: int = _CHUNK) -> Iterator:
    """What `completed(root, final)` gives as a part is parsed: ElementTree's C parser builds the
    elements of each chunk with no Python call per element, then `completed` reads (and lets go)
    those it completed. The document hangs under an element of our own, the only way to reach its
    root before the parse ends."""
    builder = TreeBuilder()
    top = builder.start("top", {})
    parser = XMLParser(target=builder)
    while chunk := source.read(size):
        parser.feed(chunk)
        if len(top):
            yield from completed(top[0], False)
    parser.close()
    if len(top):
        yield from completed(top[0], True)


class _Sheet:
    """The rows of a worksheet's elements as they are completed. Held: the elements of one chunk
    and those still open, whose size is checked (_bounded)."""

    def __init__(self, book: XlsxBook, shown: Callable[[object], str]):
        self.book = book
        self.number = 0
        self.formulas = _Formulas(book)
        self.shown = shown
        self.tags = _Tags.of("")
        self.numbers: dict[tuple[str, str | None], str] = {}  # (<v>, style) -> the number's text

    def completed(self, worksheet: Element, final: bool) -> Iterator[tuple[int, list]]:
        """The rows completed so far, in order; the worksheet's other complete children read
        (its merged ranges) and let go."""
        count = len(worksheet)
        done = count if final else count - 1
        for index in range(count):
            child = worksheet[index]
            complete = index < done
            if _local(child.tag) == "sheetData":
                yield from self._rows(child, complete)
            elif complete:
                self._merged(child)
            else:
                _bounded(child)
        if done > 0:
            del worksheet[:done]

    def _rows(self, data: Element, complete: bool) -> Iterator[tuple[int, list]]:
        count = len(data)
        done = count if complete else count - 1
        for index in range(done):
            row = data[index]
            if _local(row.tag) == "row":
                yield self._row(row)
        if done > 0:
            del data[:done]
        if not complete and len(data):
            _bounded(data[-1])

    def _merged(self, element: Element) -> None:
        merged = self.book.merged
        for found in element.iter(_namespace(element.tag) + "mergeCell"):
            _count(merged)
            merged.append(_range(found.get("ref") or ""))

    def _row(self, row: Element) -> tuple[int, list]:
        """(row number, values from column A) of a complete <row>: each cell's first <v>, <is>
        or <f> read as its type says; a shared string (most cells) read here, any other by _read."""
        if row.tag != self.tags.row:
            self.tags = _Tags.of(row.tag)
        value_tag, columns, strings = self.tags.value, self.book.columns, self.book.strings
        # A shared string is looked up here, not by strings[...]: that call per cell cost 2 % of the reading.
        buffer, offsets, count = strings.buffer, strings.offsets, len(strings.offsets) - 1
        self.number = number = int(row.get("r") or self.number + 1)
        values: list = []
        column = -1
        plain = not self.formulas.ranges
        for cell in row.findall(self.tags.cell):
            reference = cell.get("r")
            column = column + 1 if reference is None else columns.get(reference.rstrip(_DIGITS), -1)
            if column < 0:
                column = _column_of(columns, reference)
            kind = cell.get("t")
            if kind == "s" and plain and len(cell) == 1 and (first := cell[0]).tag == value_tag:
                found = first.text
                if not found:
                    continue
                index = int(found)
                if not 0 <= index < count:
                    raise ValueError(f"no shared string {index}")
                value = buffer[offsets[index]:offsets[index + 1]].decode("utf-8", "surrogatepass")
            else:
                value = self._read(cell, kind, number, column, reference)
                plain = not self.formulas.ranges
                if value is None:
                    continue
            if column == len(values):
                values.append(value)
            else:
                self._place(values, column, value)
        return number, values

    def _place(self, values: list, column: int, value) -> None:
        """A value after a gap (or, in a sheet whose cells are out of order, before others)."""
        width = len(values)
        if column > width:
            values.extend([""] * (column - width))
            values.append(value)
        else:
            values[column] = value

    def _read(self, cell: Element, kind: str | None, number: int, column: int, reference: str | None):
        """A cell's value other than a shared string's; the cells Excel and our export write most
        after those (an inline string of one plain <t>, a number) read here, any other by _cell."""
        if len(cell) != 1 or self.formulas.ranges:
            return self._cell(cell, kind, self.tags, number, column, reference)
        first = cell[0]
        tags = self.tags
        if first.tag == tags.value:
            if kind != "inlineStr":
                return self._value(first.text, kind, cell)
        elif kind == "inlineStr" and first.tag == tags.inline and len(first) == 1:
            text = first[0]
            if text.tag != tags.text or len(text) or text.get(_XML_SPACE) is not None:
                return _text_of(first, tags)
            found = (text.text or "").strip(" \t\r\n")
            return _unescaped(found) if "_x" in found else found
        return self._cell(cell, kind, tags, number, column, reference)

    def _value(self, found: str | None, kind: str | None, cell: Element):
        """The value of a cell that is not an inline string, as text: its <v> as its type says."""
        if not found:
            return None
        if kind is None or kind == "n":
            return self._number_text(found, cell.get("s"))
        if kind == "s":
            return self.book.strings[int(found)]
        if kind not in _OTHER_KINDS:
            raise ValueError(f"unknown cell type {kind!r}")
        value = _OTHER_KINDS[kind](found)
        return value if value.__class__ is str else self.shown(value)

    def _number_text(self, found: str, style: str | None) -> str:
        """A number cell as text, remembered by its <v> and style (a short one: what is held
        stays small): a sheet's dates and counts repeat, and a serial date turned into a date,
        then into text, costs 2 µs."""
        key = (found, style)
        text = self.numbers.get(key)
        if text is None:
            value = float(found) if style is None else _number(found, self.book.kinds, int(style), self.book.epoch)
            text = self.shown(value)
            if len(found) <= _REMEMBERED_LENGTH:
                if len(self.numbers) >= _REMEMBERED_NUMBERS:
                    self.numbers.clear()
                self.numbers[key] = text
        return text

    def _cell(self, cell: Element, kind: str | None, tags: _Tags, number: int, column: int, reference: str | None):
        """Any cell: its first <v>, <is> or <f>, whatever it holds besides."""
        found = inline = formula = None
        for child in cell:
            tag = child.tag
            if tag == tags.value:
                if found is None:
                    found = child.text or ""
            elif tag == tags.inline:
                if inline is None:
                    inline = child
            elif tag == tags.formula and formula is None:
                formula = child
        formulas = self.formulas
        if formula is not None:
            return formulas.text(formula.attrib, formula.text or "", number, column, reference)
        if formulas.ranges and (in_range := formulas.in_range(number, column)) is not None:
            return in_range
        if kind == "inlineStr":
            return None if inline is None else _text_of(inline, tags)
        return self._value(found, kind, cell)


class _Formulas:
    """The formulas of a sheet being read: each cell's text as Excel shows it, counted in the book.
    Held: the first cell of each shared formula, the ranges of array formulas and data tables."""

    def __init__(self, book: XlsxBook):
        self.book = book
        self.shared: dict[str, tuple[str, str]] = {}  # si -> (formula, the cell it is written in)
        self.translators: dict[str, object] = {}  # si -> its openpyxl Translator (None: cannot parse), made once
        self.ranges: list[tuple[int, int, int, int, str]] = []  # rows and columns from 0, inclusive

    def text(self, attributes: dict, written: str, number: int, column: int, reference: str | None) -> str:
        """The cell's formula, "=" and its text; from the first cell of its shared formula when it
        has no text of its own."""
        self.book.formulas += 1
        kind = attributes.get("t", "normal")
        if kind == "dataTable":
            written = _data_table(attributes)
        if kind == "shared":
            key = attributes.get("si") or ""
            if not written:
                return self._moved(key, reference or _reference(number, column))
            _count(self.shared)
            self.shared[key] = ("=" + written, reference or _reference(number, column))
            self.translators.pop(key, None)
        elif kind in ("array", "dataTable") and attributes.get("ref"):
            (first_row, first_column), (last_row, last_column) = _range(attributes["ref"])
            _count(self.ranges)
            self.ranges.append((first_row, first_column, last_row, last_column, "=" + written))
        return "=" + written

    def _moved(self, key: str, reference: str) -> str:
        """The shared formula `key` moved to `reference`; its first cell's formula is parsed once
        for all the cells that share it (parsing is what costs, for a long formula)."""
        if key not in self.shared:
            raise ValueError("a shared formula without its first cell")
        from openpyxl.formula.tokenizer import TokenizerError
        from openpyxl.formula.translate import Translator, TranslatorError

        formula, origin = self.shared[key]
        if key not in self.translators:
            try:
                self.translators[key] = Translator(formula, origin=origin)
            except TokenizerError:
                self.translators[key] = None
        translator = self.translators[key]
        try:
            return formula if translator is None else translator.translate_formula(reference)
        except (TokenizerError, TranslatorError):
            return formula

    def in_range(self, number: int, column: int) -> str | None:
        """The formula of the array or data table whose range holds the cell, if any (a cell
        after the first one of its range, which has no <f> of its own)."""
        row = number - 1
        if any(last_row < row for _, _, last_row, _, _ in self.ranges):  # ranges the rows have left
            self.ranges = [found for found in self.ranges if found[2] >= row]
        for first_row, first_column, last_row, last_column, formula in self.ranges:
            if first_row <= row <= last_row and first_column <= column <= last_column:
                self.book.formulas += 1
                return formula
        return None


def _data_table(attributes: dict) -> str:
    """A data table's formula as Excel shows it: TABLE(row input, column input)."""
    first, second = attributes.get("r1", ""), attributes.get("r2", "")
    if attributes.get("dt2D") in ("1", "true"):
        return f"TABLE({first},{second})"
    return f"TABLE({first},)" if attributes.get("dtr") in ("1", "true") else f"TABLE(,{first})"


def _reference(number: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column + 1)}{number}"


def _ends(source) -> Iterator[tuple[Element, str]]:
    """Each element of a workbook's smaller part (workbook.xml, relationships, styles) at its end,
    with its parent's local name, then let go: a part of millions of elements costs no more
    memory than its deepest branch. The elements come without their children."""
    parents: list[Element] = []
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            parents.append(element)
            continue
        parents.pop()
        yield element, _local(parents[-1].tag) if parents else ""
        if parents:
            del parents[-1][-1]


def _count(entries) -> None:
    if len(entries) >= _MAX_ENTRIES:
        raise ValueError("more sheets, styles or merged ranges than a workbook has")


def _children(parent: Element, final: bool) -> Iterator[list[Element]]:
    """The children `parent` completed (the shared strings' items) as one list, then let go; the
    one still open is checked for its size (an item of millions of runs is damaged, not held)."""
    done = len(parent) if final else len(parent) - 1
    if done > 0:
        yield parent[:done]
        del parent[:done]
    if not final and len(parent):
        _bounded(parent[-1])


def _bounded(element: Element) -> None:
    """An element still open may not hold more than any row or string of a workbook holds."""
    if len(element) > _MAX_HELD or sum(1 for _ in element.iter()) > _MAX_HELD:
        raise ValueError("an element larger than a workbook's row")


# The cells' other types (t="…"): a formula's text, a boolean, an error (#N/A, #DIV/0!: python-
# calamine gives it as empty text), a date in ISO 8601.
_OTHER_KINDS = {"str": lambda text: _unescaped(text), "b": lambda text: text != "0", "e": lambda text: "",
                "d": lambda text: _iso(text)}


def _kind(number_format: str | None) -> str:
    from openpyxl.styles.numbers import is_date_format, is_timedelta_format

    if not number_format or not is_date_format(number_format):
        return ""
    return "duration" if is_timedelta_format(number_format) else "date"


def _number(text: str, kinds: list[str], style: int, epoch: datetime):
    """A number, or the date, time or duration its style says it is (as python-calamine gives
    it: below 1 a time of day, whatever the date system; a number when beyond what Python's
    dates hold)."""
    value = float(text)
    kind = kinds[style] if style < len(kinds) else ""
    if not kind:
        return value
    from openpyxl.utils.datetime import days_to_time, from_excel

    try:
        if kind == "duration":
            return from_excel(value, timedelta=True)
        if value < 1:
            if value < _EARLIEST_TIME:
                return value
            return days_to_time(timedelta(milliseconds=round(value * _MS_PER_DAY) % _MS_PER_DAY))
        return from_excel(value, epoch)
    except (OverflowError, ValueError):
        return value


def _iso(text: str):
    try:
        if "T" in text:
            return datetime.fromisoformat(text)
        if ":" in text:
            return time.fromisoformat(text)
        return date.fromisoformat(text)
    except ValueError:
        return text


def _column_of(columns: dict[str, int], reference: str) -> int:
    """The column of a cell reference ("AB12": 27), remembered by its letters."""
    letters = reference.rstrip(_DIGITS)
    column = columns[letters] = _column(letters)
    return column


def _column(letters: str) -> int:
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    if not 1 <= column <= _MAX_COLUMNS or not letters.isalpha():
        raise ValueError(f"bad cell reference {letters!r}")
    return column - 1


def _range(reference: str) -> tuple[tuple[int, int], tuple[int, int]]:
    first, _, last = reference.partition(":")
    last = last or first
    return _cell(first), _cell(last)


def _cell(reference: str) -> tuple[int, int]:
    letters = reference.rstrip(_DIGITS)
    return int(reference[len(letters):]) - 1, _column(letters)


def _unescaped(text: str) -> str:
    return _ESCAPED.sub(lambda found: chr(int(found.group(1), 16)), text) if "_x" in text else text


def _text_of(string, tags: _Tags) -> str:
    """A shared or inline string: its text, or its rich text runs joined; phonetic runs left out."""
    if len(string) == 1 and string[0].tag == tags.text:  # one plain <t>: most strings
        return _run(string[0])
    parts = []
    for child in string:
        if child.tag == tags.text:
            parts.append(_run(child))
        elif child.tag == tags.run:
            parts.extend(_run(t) for t in child.iter(tags.text))
    return "".join(parts)


def _run(text) -> str:
    """A <t> element's text: its spaces, tabs and line breaks at either end dropped unless it
    says xml:space="preserve" (as python-calamine reads it; Excel says so where they matter)."""
    found = text.text or ""
    return _unescaped(found if text.get(_XML_SPACE) == "preserve" else found.strip(" \t\r\n"))


class _SharedStrings:
    """The workbook's shared strings as UTF-8 in one buffer with their offsets: a workbook of
    millions of short strings costs their bytes plus 8 bytes each, not a Python object each."""

    def __init__(self, archive: zipfile.ZipFile, part: str | None):
        self.buffer = bytearray()
        self.offsets = array("Q", [0])
        if part is None:
            return
        with _Part(archive, part) as source:
            for items in _streamed(source, _children):
                encoded = [_text_of(item, _Tags.of(item.tag)).encode("utf-8", "surrogatepass") for item in items]
                self.buffer += b"".join(encoded)
                # Each item's end: the lengths added up from the last end.
                self.offsets.extend(accumulate(map(len, encoded), initial=self.offsets.pop()))

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < len(self.offsets) - 1:
            raise ValueError(f"no shared string {index}")
        return self.buffer[self.offsets[index]:self.offsets[index + 1]].decode("utf-8", "surrogatepass")
