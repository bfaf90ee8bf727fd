"""Account Registry: who owns which social media accounts, settled before anyone leaves."""

__version__ = "0.1.0"
APP_ID = "dk.accountregistry.AccountRegistry"
APP_NAME = "Account Registry"
# Where the registry is, when no --db is given (store.database reads it; the CLI names it).
DB_ENV = "ACCOUNTREGISTRY_DB"
# Hidden first argument: the bundled program prints a document for its command line
# (accountregistry/__main__.py, cli/printing.py); here so that `python -m` needs no other module.
PRINT_DOCUMENT_ARGUMENT = "--print-document"

# The package's loggers hand nothing to stderr unless the program configures a handler: the
# NullHandler is added where a program starts logging (logging_setup), so that `--help` and
# `--version` need not import logging.
