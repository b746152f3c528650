"""A tiny server stand-in for the tests: answers time_request, echoes raw frames, notifies.

Also runnable on its own, to measure the ping tool against it:

    python tests/echo_peer.py --router tcp://127.0.0.1:5555 --pub tcp://127.0.0.1:5556 [--raw]
"""

from __future__ import annotations

import argparse
import asyncio
import math

import zmq.asyncio

from socialnet.core import Envelopes, LamportClock, PhysicalClock, ProcessLog, PubSocket, RouterSocket
from socialnet.v1 import socialnet_pb2 as pb


class EchoPeer:
    def __init__(self, ctx: zmq.asyncio.Context, proc: str = "e1", raw: bool = False, log_path=None) -> None:
        self.lamport, self.clock = LamportClock(), PhysicalClock()
        self.log_path = log_path
        self.log = ProcessLog(log_path, proc, "server", self.lamport, self.clock)
        envelopes = Envelopes(proc, pb.ROLE_SERVER, self.lamport, self.clock)
        self.router = RouterSocket(ctx, envelopes, self.log)
        self.pub = PubSocket(ctx, envelopes, self.log)
        self.raw = raw

    def bind(self, router: str = "tcp://127.0.0.1:*", pub: str = "tcp://127.0.0.1:*") -> tuple[str, str]:
        self.router.bind(router)
        self.pub.bind(pub)
        return self.router.last_endpoint, self.pub.last_endpoint

    async def serve(self) -> None:
        while True:
            if self.raw:
                identity, data = await self.router.recv_raw()
                await self.router.send_raw(identity, data)
                continue
            incoming = await self.router.recv()
            env = incoming.message.envelope
            if incoming.message.kind != "time_request":
                await self.router.send(
                    incoming.identity, pb.ErrorReply(code=pb.ERROR_CODE_UNKNOWN_KIND), reply_to=env.msg_id
                )
                continue
            reply = pb.TimeReply(round=env.time_request.round, clock_us=math.floor(self.clock.now_ms() * 1000))
            await self.router.send(incoming.identity, reply, reply_to=env.msg_id)
            await self.pub.publish(env.sender, pb.Notification(user=env.sender))

    def close(self) -> None:
        self.router.close()
        self.pub.close()
        self.log.close()


async def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--router", default="tcp://127.0.0.1:5555")
    p.add_argument("--pub", default="tcp://127.0.0.1:5556")
    p.add_argument("--id", default="e1")
    p.add_argument("--raw", action="store_true")
    p.add_argument("--log")
    args = p.parse_args()
    peer = EchoPeer(zmq.asyncio.Context(), args.id, args.raw, args.log)
    print(*peer.bind(args.router, args.pub), flush=True)
    await peer.serve()


if __name__ == "__main__":
    asyncio.run(main())
