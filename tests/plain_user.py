"""Commands run as a person without root's powers would run them.

Root reads and writes any file whatever its mode; without these two capabilities it is refused
like anyone else, so the tests' permission errors are real ones, not simulated, and no test has
to be skipped when the suite runs as root (as in a container)."""

from __future__ import annotations

import os

DROP_ROOT_POWERS = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search",
                    "--inh-caps", "-dac_override,-dac_read_search", "--"]


def as_plain_user(command: list[str]) -> list[str]:
    """The command, run without root's file powers when the tests run as root."""
    return [*DROP_ROOT_POWERS, *command] if os.geteuid() == 0 else command
