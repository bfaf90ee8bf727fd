"""Qt table models over the rows the services return."""
