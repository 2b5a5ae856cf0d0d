"""Development only, not part of the moderation core: the test-only Synapse homeserver
(:mod:`classmod.dev.devserver`, for the tests, the benchmark and ``classmod devserver``)
and the scripted class-group scene of ``classmod demo`` (:mod:`classmod.dev.demo`).

Nothing in the core, the rules or the bridges imports this package
(``tests/core/test_layers.py``)."""
