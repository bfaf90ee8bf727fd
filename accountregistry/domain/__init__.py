"""The product's words and rules, free of storage and of Qt."""
