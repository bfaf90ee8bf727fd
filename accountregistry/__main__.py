import sys

from accountregistry import PRINT_DOCUMENT_ARGUMENT

if sys.argv[1:2] == [PRINT_DOCUMENT_ARGUMENT]:  # the bundled program printing for its command line
    from accountregistry.gui.print_documents import main as print_document

    raise SystemExit(print_document(sys.argv[2:]))

from accountregistry.cli import main  # noqa: E402

raise SystemExit(main())
