"""The window. The only package that imports Qt; it collects input and calls the services."""
