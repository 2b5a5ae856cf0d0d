"""The Matrix bridge: a matrix-nio bot, a pre-send antispam endpoint and a test homeserver."""
