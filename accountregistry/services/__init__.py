"""What a user can do, as Qt-free functions: each opens one transaction, checks the product's
rules, writes its audit record, and raises a RegistryError the user can act on."""
