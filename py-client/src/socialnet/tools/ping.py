"""Round-trip and throughput probe for a server's ROUTER (and PUB).

    python -m socialnet.tools.ping --connect tcp://127.0.0.1:5555 [--sub tcp://127.0.0.1:5556] \
        --id p1 --count 1000 --pipeline 10 [--raw] [--size 100] [--log p1.jsonl]

Protobuf mode sends time_request envelopes and matches each time_reply by
reply_to; raw mode sends bare frames (a sequence number in the first 8 bytes)
that the peer echoes, the baseline that shows what the envelopes and logs cost.
Prints one JSON line and exits 0 only if every reply (and notification) came.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

import zmq.asyncio

from socialnet.core import DealerSocket, Envelopes, LamportClock, PhysicalClock, ProcessLog, SubSocket
from socialnet.v1 import socialnet_pb2 as pb

SLOW_JOINER_S = 0.3
NOTIFICATION_GRACE_S = 5.0
SEQ_BYTES = 8


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m socialnet.tools.ping", description=__doc__.split("\n\n")[0])
    p.add_argument("--connect", required=True, help="the peer's ROUTER endpoint")
    p.add_argument("--sub", help="the peer's PUB endpoint; subscribes to topic = --id")
    p.add_argument("--id", required=True, help="process id of this user")
    p.add_argument("--count", type=int, default=1000, help="requests to send")
    p.add_argument("--pipeline", type=int, default=1, help="most requests in flight")
    p.add_argument("--raw", action="store_true", help="bare frames instead of envelopes")
    p.add_argument("--size", type=int, default=100, help="raw frame size in bytes")
    p.add_argument("--log", help="JSON-lines log file (none when omitted)")
    p.add_argument("--timeout", type=float, default=5.0, help="seconds without any reply before giving up")
    args = p.parse_args(argv)
    if args.count < 1 or args.pipeline < 1:
        p.error("--count and --pipeline must be at least 1")
    if args.raw and args.size < SEQ_BYTES:
        p.error(f"--size must be at least {SEQ_BYTES} (the sequence number)")
    return args


def percentile_us(sorted_s: list[float], q: float) -> float | None:
    """Nearest-rank percentile, so that p99 of 100 samples is a sample that was measured."""
    if not sorted_s:
        return None
    rank = max(1, -(-len(sorted_s) * q // 100))
    return round(sorted_s[int(rank) - 1] * 1e6, 1)


async def ask_enveloped(dealer: DealerSocket, count: int, pipeline: int, timeout_ms: float) -> list[float]:
    """RTTs (s) of the time_requests that got their time_reply."""
    started: dict[str, float] = {}
    rtts: list[float] = []
    sent = 0
    progress = time.monotonic()
    # Other traffic must not keep the run alive: give up after timeout_ms without a matching reply.
    while (sent < count or started) and time.monotonic() - progress < timeout_ms / 1000:
        while sent < count and len(started) < pipeline:
            sent += 1
            env = await dealer.send(pb.TimeRequest(round=sent), timeout_ms=timeout_ms)
            started[env.msg_id] = time.perf_counter()
        opened = await dealer.recv(timeout_ms)
        if opened is None:
            break
        t0 = started.pop(opened.envelope.reply_to, None)
        if t0 is None:
            continue
        progress = time.monotonic()
        if opened.kind == "time_reply":
            rtts.append(time.perf_counter() - t0)
        else:
            # An error_reply completes the request, but it is not a success.
            dealer.log.event("PING_FAILED", level="warn", msg_id=opened.envelope.reply_to, body=opened.kind)
    return rtts


async def ask_raw(dealer: DealerSocket, count: int, pipeline: int, size: int, timeout_ms: float) -> list[float]:
    padding = bytes(size - SEQ_BYTES)
    started: dict[int, float] = {}
    rtts: list[float] = []
    sent = 0
    progress = time.monotonic()
    while (sent < count or started) and time.monotonic() - progress < timeout_ms / 1000:
        while sent < count and len(started) < pipeline:
            if not await dealer.writable(timeout_ms):
                return rtts
            sent += 1
            started[sent] = time.perf_counter()
            await dealer.send_raw(sent.to_bytes(SEQ_BYTES, "big") + padding)
        data = await dealer.recv_raw(timeout_ms)
        if data is None:
            break
        t0 = started.pop(int.from_bytes(data[:SEQ_BYTES], "big"), None)
        if t0 is not None and len(data) == size:
            progress = time.monotonic()
            rtts.append(time.perf_counter() - t0)
    return rtts


async def count_notifications(sub: SubSocket, wanted: int, replies_done: asyncio.Event) -> int:
    """Drains the SUB while the replies come in too, so a long run does not overflow its queue."""
    got = 0
    grace_ends = None
    while got < wanted:
        if grace_ends is None and replies_done.is_set():
            grace_ends = time.monotonic() + NOTIFICATION_GRACE_S
        if grace_ends is not None and time.monotonic() >= grace_ends:
            break
        received = await sub.recv(timeout_ms=50)
        if received is not None and received[1].kind == "notification":
            got += 1
    return got


async def run(args: argparse.Namespace) -> tuple[dict, bool]:
    ctx = zmq.asyncio.Context()
    lamport, clock = LamportClock(), PhysicalClock()
    log = ProcessLog(args.log, args.id, "user", lamport, clock)
    envelopes = Envelopes(args.id, pb.ROLE_USER, lamport, clock)
    dealer = DealerSocket(ctx, envelopes, log)
    dealer.connect(args.connect)
    sub = None
    try:
        if args.sub:
            sub = SubSocket(ctx, envelopes, log)
            sub.connect(args.sub)
            sub.subscribe(args.id)
            # A subscription takes a moment to reach the PUB; anything published before is lost.
            await asyncio.sleep(SLOW_JOINER_S)
        replies_done = asyncio.Event()
        counting = asyncio.create_task(count_notifications(sub, args.count, replies_done)) if sub else None
        timeout_ms = args.timeout * 1000
        start = time.perf_counter()
        try:
            if args.raw:
                rtts = await ask_raw(dealer, args.count, args.pipeline, args.size, timeout_ms)
            else:
                rtts = await ask_enveloped(dealer, args.count, args.pipeline, timeout_ms)
        except TimeoutError:
            rtts = []
        elapsed = time.perf_counter() - start
        replies_done.set()
        notifications = await counting if counting else 0
    finally:
        dealer.close()
        if sub:
            sub.close()
        ctx.term()
        log.close()
    rtts.sort()
    report = {
        "id": args.id,
        "count": args.count,
        "pipeline": args.pipeline,
        "raw": args.raw,
        "elapsed_s": round(elapsed, 6),
        "throughput_per_s": round(len(rtts) / elapsed, 1) if elapsed > 0 else 0.0,
        "rtt_p50_us": percentile_us(rtts, 50),
        "rtt_p99_us": percentile_us(rtts, 99),
        "notifications": notifications,
        "lamport": lamport.value,
    }
    ok = len(rtts) == args.count and (not args.sub or notifications >= args.count)
    return report, ok


def main(argv: list[str] | None = None) -> int:
    report, ok = asyncio.run(run(parse_args(argv)))
    print(json.dumps(report), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
