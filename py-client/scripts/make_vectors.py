"""Writes the cross-language test vectors in proto/testdata/.

Run by `make vectors` (never by the tests). The vectors are the contract: the
TypeScript, Go and Python test suites each decode, re-encode and replay them
with their own implementation, so a change here is a protocol change.

- envelopes.json: one Envelope per body kind, every field filled, as bytes
  (hex) and as canonical proto3 JSON.
- lamport.json: Lamport clock scenarios (tick, send, receive) with the
  expected value after each step.
- drift.json: the mulberry32 generator's first outputs, and physical-clock
  scenarios (drift injection, Berkeley adjustments) with expected readings.
- hmac.json: member authentication (docs/protocol.md): envelopes signed with a
  fixed key, frames each check must refuse and why, and replay-guard
  scenarios (sender, msg_id) -> fresh or the reason to refuse.
"""

from __future__ import annotations

import json
import pathlib

from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor

from socialnet.core.member_auth import AuthRejected, MemberAuth, ReplayGuard
from socialnet.v1 import socialnet_pb2 as pb

OUT = pathlib.Path(__file__).resolve().parents[2] / "proto" / "testdata"


def fill(msg, variant: int, depth: int = 0) -> None:
    """Sets every field of msg to a deterministic, non-default value."""
    chosen = {o.name: o.fields[variant % len(o.fields)].name for o in msg.DESCRIPTOR.oneofs}
    for f in msg.DESCRIPTOR.fields:
        if f.containing_oneof is not None and chosen[f.containing_oneof.name] != f.name:
            continue
        if f.name == "hmac" or (f.message_type and depth >= 3):
            continue
        count = 2 if f.is_repeated else 1
        for i in range(count):
            if f.type == FieldDescriptor.TYPE_MESSAGE:
                sub = getattr(msg, f.name).add() if f.is_repeated else getattr(msg, f.name)
                fill(sub, variant + i, depth + 1)
                # An empty message still marks its oneof case on the wire.
                if not f.is_repeated:
                    sub.SetInParent()
                continue
            value = scalar(f, i)
            if f.is_repeated:
                getattr(msg, f.name).append(value)
            else:
                setattr(msg, f.name, value)


def scalar(f, i: int):
    t = f.type
    if t == FieldDescriptor.TYPE_STRING:
        return f"{f.name}-{i}" if "text" not in f.name else f"héllo, wörld {i} ✓"
    if t == FieldDescriptor.TYPE_BOOL:
        return True
    if t == FieldDescriptor.TYPE_BYTES:
        return bytes([0, 1, 254, 255, i])
    if t == FieldDescriptor.TYPE_ENUM:
        return f.enum_type.values[-1].number
    if "delta" in f.name:
        return -1_234_567 - i
    if f.name.endswith("_us"):
        return 1_764_860_000_123_456 + i
    if f.name.endswith("_ms"):
        return 1_764_860_000_123 + i
    if t in (FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_INT64):
        return 2**40 + 7 + i
    return 300 + i


def envelopes() -> list[dict]:
    out = []
    body = pb.Envelope.DESCRIPTOR.oneofs_by_name["body"]
    for n, field in enumerate(body.fields):
        env = pb.Envelope(
            msg_id=f"s1-{n + 1}",
            sender="s1",
            sender_role=pb.ROLE_SERVER,
            lamport=1000 + n,
            clock_ms=1_764_860_000_000 + n,
            reply_to="alice-7" if n % 2 else "",
            hmac=bytes(range(32)) if n % 3 == 0 else b"",
        )
        fill(getattr(env, field.name), n)
        getattr(env, field.name).SetInParent()
        out.append(
            {
                "name": field.name,
                "body": field.name,
                "hex": env.SerializeToString(deterministic=True).hex(),
                "json": json_format.MessageToDict(env),
            }
        )
    return out


def lamport() -> list[dict]:
    def run(name: str, ops: list[tuple]) -> dict:
        clock, steps = 0, []
        for op in ops:
            if op[0] in ("tick", "send"):
                clock += 1
                steps.append({"op": op[0], "expect": clock})
            else:
                clock = max(clock, op[1]) + 1
                steps.append({"op": "receive", "remote": op[1], "expect": clock})
        return {"name": name, "steps": steps}

    return [
        run("local events tick by one", [("tick",), ("tick",), ("send",)]),
        run("receive from the future jumps ahead", [("tick",), ("receive", 10), ("send",)]),
        run("receive from the past still ticks", [("receive", 5), ("receive", 2), ("receive", 6)]),
        run("equal timestamps", [("send",), ("receive", 1), ("receive", 3), ("tick",)]),
        run("large values", [("receive", 2**50), ("send",), ("receive", 2**50 + 1)]),
    ]


def mulberry32(seed: int):
    a = seed & 0xFFFFFFFF
    while True:
        a = (a + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((a ^ (a >> 15)) * (1 | a)) & 0xFFFFFFFF
        t = (t + (((t ^ (t >> 7)) * (61 | t)) & 0xFFFFFFFF)) & 0xFFFFFFFF ^ t
        yield (t ^ (t >> 14)) & 0xFFFFFFFF


def jump(u32: int, max_ms: int) -> int:
    """A drift jump in [-max_ms, +max_ms] from one generator output."""
    return (u32 * (2 * max_ms + 1)) // 2**32 - max_ms


def drift() -> dict:
    rng_vectors = []
    for seed in (0, 1, 42, 2**32 - 1):
        g = mulberry32(seed)
        rng_vectors.append({"seed": seed, "outputs": [next(g) for _ in range(8)]})

    def scenario(name: str, seed: int, interval: int, max_ms: int, start: int, ops: list[tuple]) -> dict:
        g = mulberry32(seed)
        next_at, offset, steps = start + interval, 0, []
        for op in ops:
            if op[0] == "advance":
                jumps = []
                while op[1] >= next_at:
                    j = jump(next(g), max_ms)
                    offset += j
                    jumps.append(j)
                    next_at += interval
                steps.append({"op": "advance", "real_ms": op[1], "jumps": jumps, "expect_ms": op[1] + offset})
            else:
                offset += op[1]
                steps.append({"op": "adjust", "delta_ms": op[1], "expect_offset_ms": offset})
        return {
            "name": name,
            "seed": seed,
            "interval_ms": interval,
            "max_ms": max_ms,
            "start_real_ms": start,
            "steps": steps,
        }

    t0 = 1_764_860_000_000
    scenarios = [
        scenario("no jump before the first interval", 7, 1000, 1000, t0, [("advance", t0), ("advance", t0 + 999)]),
        scenario(
            "one jump per elapsed interval",
            42,
            1000,
            1000,
            t0,
            [("advance", t0 + 1000), ("advance", t0 + 3500), ("advance", t0 + 3999), ("advance", t0 + 4000)],
        ),
        scenario(
            "berkeley adjustments add to drift",
            3,
            500,
            200,
            t0,
            [("advance", t0 + 600), ("adjust", -150), ("advance", t0 + 1600), ("adjust", 75)],
        ),
        scenario("injector off: max 0", 9, 1000, 0, t0, [("advance", t0 + 10_000)]),
    ]
    return {
        "generator": "mulberry32 (32-bit state; see docs/algorithms.md)",
        "jump": "floor(u32 * (2*max_ms + 1) / 2^32) - max_ms",
        "rng": rng_vectors,
        "scenarios": scenarios,
    }


def member_auth() -> dict:
    key = "lab-vector-secret"
    auth = MemberAuth(key.encode())
    bodies = [
        (
            "heartbeat",
            pb.Envelope(
                msg_id="s1-mirk2rgb-7",
                sender="s1",
                sender_role=pb.ROLE_SERVER,
                lamport=42,
                clock_ms=1764860000000,
                heartbeat=pb.Heartbeat(),
            ),
        ),
        (
            "clock_adjust",
            pb.Envelope(
                msg_id="c1-mirk2rgb-3",
                sender="c1",
                sender_role=pb.ROLE_CLOCK,
                lamport=9,
                clock_ms=1764860000123,
                clock_adjust=pb.ClockAdjust(round=4, delta_us=-1500),
            ),
        ),
        (
            "control_request",
            pb.Envelope(
                msg_id="ctl-1-mirk2rgb-1",
                sender="ctl-1",
                sender_role=pb.ROLE_CONTROL,
                lamport=1,
                control_request=pb.ControlRequest(request_id="r1", drift=pb.DriftJump(delta_ms=500)),
            ),
        ),
    ]
    signed = []
    for name, env in bodies:
        data = env.SerializeToString(deterministic=True)
        frame = auth.sign(data)
        decoded = pb.Envelope.FromString(frame)
        assert decoded.hmac == auth.mac(data) and auth.verify(frame) == data
        signed.append(
            {"name": name, "unsigned_hex": data.hex(), "mac_hex": auth.mac(data).hex(), "signed_hex": frame.hex()}
        )
    good = bytes.fromhex(signed[1]["signed_hex"])
    plain = bytes.fromhex(signed[1]["unsigned_hex"])
    flipped = bytearray(good)
    flipped[5] ^= 0x01
    bad_mac = bytearray(good)
    bad_mac[-1] ^= 0x80
    rejected = [
        ("unsigned", plain, "unsigned"),
        ("empty", b"", "unsigned"),
        ("truncated mac", good[:-1], "unsigned"),
        ("other cluster's key", MemberAuth(b"another-cluster").sign(plain), "bad_signature"),
        ("body byte flipped", bytes(flipped), "bad_signature"),
        ("mac byte flipped", bytes(bad_mac), "bad_signature"),
        ("hmac field empty", plain + bytes([0x3A, 0x00]), "unsigned"),
    ]
    for _, frame, reason in rejected:
        try:
            auth.verify(frame)
            raise AssertionError("accepted")
        except AuthRejected as e:
            assert e.reason == reason, (e.reason, reason)

    def scenario(name: str, window: int, steps: list[tuple[str, str]]) -> dict:
        guard = ReplayGuard(window=window)
        return {
            "name": name,
            "window": window,
            "steps": [{"sender": s, "msg_id": m, "expect": guard.check(s, m) or "fresh"} for s, m in steps],
        }

    replay = [
        scenario(
            "in order, then each again", 8, [("s1", "s1-a-1"), ("s1", "s1-a-2"), ("s1", "s1-a-1"), ("s1", "s1-a-2")]
        ),
        scenario(
            "out of order inside the window",
            8,
            [("s1", "s1-a-5"), ("s1", "s1-a-3"), ("s1", "s1-a-4"), ("s1", "s1-a-3"), ("s1", "s1-a-6")],
        ),
        scenario(
            "below the window",
            8,
            [("s1", "s1-a-1"), ("s1", "s1-a-20"), ("s1", "s1-a-13"), ("s1", "s1-a-12"), ("s1", "s1-a-2")],
        ),
        scenario(
            "a restart (newer boot) starts again; the old boot is a replay",
            8,
            [("s1", "s1-a-9"), ("s1", "s1-b-1"), ("s1", "s1-a-10"), ("s1", "s1-b-2"), ("s1", "s1-9-50")],
        ),
        scenario("senders are independent", 8, [("s1", "s1-a-1"), ("s2", "s2-a-1"), ("s1", "s1-a-1")]),
        scenario(
            "a msg_id that is not the sender's",
            8,
            [
                ("s1", "s2-a-1"),
                ("s1", "s1-a"),
                ("s1", "s1--3"),
                ("s1", "s1-a-x"),
                ("s1", "s1-a-b-1"),
                ("s1-a", "s1-a-b-1"),
            ],
        ),
    ]
    return {
        "scheme": "frame = B + 0x3a 0x20 + HMAC-SHA256(key, B), B = the Envelope serialized with hmac empty",
        "key": key,
        "signed": signed,
        "rejected": [{"name": n, "frame_hex": f.hex(), "reason": r} for n, f, r in rejected],
        "replay": replay,
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (
        ("envelopes.json", envelopes()),
        ("lamport.json", lamport()),
        ("drift.json", drift()),
        ("hmac.json", member_auth()),
    ):
        (OUT / name).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
