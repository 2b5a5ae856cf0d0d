"""A failing bridge is restarted after 1, 2, 4 … 60 s, and after 1 s again once it had run
healthy for a while: before, the delay only grew, so one failure a day ended, within a
week, at a minute of missed messages each time."""

from __future__ import annotations

from classmod.app import BRIDGE_HEALTHY_AFTER, bridge_restart_delay


def test_delays_grow_while_it_keeps_failing_and_reset_after_a_healthy_run() -> None:
    delays: list[float] = []
    delay = 0.0
    for _ in range(8):
        delay = bridge_restart_delay(delay, ran_for=0.5)
        delays.append(delay)
    assert delays == [1, 2, 4, 8, 16, 32, 60, 60]
    assert bridge_restart_delay(60.0, ran_for=BRIDGE_HEALTHY_AFTER - 1) == 60.0
    assert bridge_restart_delay(60.0, ran_for=BRIDGE_HEALTHY_AFTER) == 1.0
