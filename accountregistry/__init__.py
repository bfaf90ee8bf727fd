"""Account Registry: who owns which social media accounts, settled before anyone leaves."""

__version__ = "0.1.0"
APP_ID = "dk.accountregistry.AccountRegistry"
APP_NAME = "Account Registry"
# Where the registry is, when no --db is given (store.database reads it; the CLI names it).
DB_ENV = "ACCOUNTREGISTRY_DB"

import logging as _logging

# A library-style default: nothing the package logs reaches stderr (the CLI's one-line errors)
# unless the program configures a handler (logging_setup.configure_logging does, to a file).
_logging.getLogger(__name__).addHandler(_logging.NullHandler())
