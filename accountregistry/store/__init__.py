"""Storage: tables, connections, migrations. Imports no Qt."""
