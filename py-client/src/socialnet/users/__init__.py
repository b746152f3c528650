"""The Python users of the social network: a client library, a bot and a REPL (docs/social.md)."""

from socialnet.users.client import Client, ClientError, Server, Unreachable

__all__ = ["Client", "ClientError", "Server", "Unreachable"]
