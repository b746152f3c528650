"""A user's clocks in the background: drift injected on purpose, Cristian to correct it."""

from __future__ import annotations

import asyncio

from socialnet.core import DriftInjector
from socialnet.core.clock import host_ms
from socialnet.users.client import Client, ClientError

DRIFT_POLL_S = 0.1


async def drift(client: Client, seed: int, interval_ms: int, max_ms: int, on_jump=None) -> None:
    """Applies the seeded jumps of docs/core.md to the client's clock until cancelled."""
    if max_ms <= 0 or interval_ms <= 0:
        return
    injector = DriftInjector(seed, interval_ms, max_ms, host_ms())
    while True:
        await asyncio.sleep(DRIFT_POLL_S)
        for jump in injector.poll(host_ms()):
            client.clock.adjust(jump)
            client.log.event("DRIFT_INJECTED", jump_ms=jump, offset_ms=client.clock.offset_ms)
            if on_jump is not None:
                on_jump(jump)


async def keep_synced(client: Client, every_s: float, on_sync=None) -> None:
    """Cristian against the current server every few seconds; a missing server only skips a round."""
    while True:
        try:
            delta = await client.sync_clock()
        except ClientError as e:
            client.log.event("CLOCK_SYNC_FAILED", level="warn", error=e.code_name)
        else:
            if on_sync is not None:
                on_sync(delta)
        await asyncio.sleep(every_s)
