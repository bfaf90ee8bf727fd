"""CSV the command line writes to stdout, meant to be redirected into a file someone opens in a
spreadsheet: each text cell neutralised as the file exports do (ownership_report.neutralise, so
`restore` reads it back); numbers stay numbers. Plain UTF-8, no BOM, newline-terminated rows.

    write_csv(DUE_FIELDS, (_due_values(item) for item in found))
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Sequence


def write_csv(header: Sequence[str], rows: Iterable[Sequence]) -> None:
    from accountregistry.services.ownership_report import neutralise  # here: the report's module is large

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)
