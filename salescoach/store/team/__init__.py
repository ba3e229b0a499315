"""The team: the outbox that records this laptop's changes, the sync with the server (pull,
push, conflicts), and the server's own schema, roles and rules.
"""
