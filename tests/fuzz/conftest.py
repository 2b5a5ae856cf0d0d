"""Hypothesis profiles for the decoder fuzzers.

``ci`` (the default): 200 examples a target, no deadline (the machine is shared: speed is
for benchmarks), no example database, so the whole set stays well under 30 s. To fuzz
longer, pick the ``long`` profile (20,000 examples a target, failures kept in
``.hypothesis/`` and replayed first next time)::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -q tests/fuzz

``CLASSMOD_FUZZ_EXAMPLES=N`` sets the number of examples of either profile.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
_examples = os.environ.get("CLASSMOD_FUZZ_EXAMPLES")

settings.register_profile(
    "ci",
    max_examples=int(_examples or 200),
    deadline=None,
    database=None,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile(
    "long",
    max_examples=int(_examples or 20_000),
    deadline=None,
    suppress_health_check=_SLOW_OK,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
