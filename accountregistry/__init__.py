"""Account Registry: who owns which social media accounts, settled before anyone leaves."""

__version__ = "0.1.0"
APP_ID = "dk.accountregistry.AccountRegistry"
APP_NAME = "Account Registry"
