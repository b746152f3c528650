"""A stand-in for the TypeScript social server: just enough of docs/social.md for the client tests.

Several FakeServers may share one FakeStore, as if replication were instant,
so a retry after failover finds the first result on the other server. Knobs
for the tests: `drop` (swallow the next requests of a kind, after storing
them, so that only the reply is lost), `refuse` (answer with an error code)
and `publish` (False loses every push).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import Counter, defaultdict

import zmq.asyncio

from socialnet.core import Envelopes, LamportClock, PhysicalClock, ProcessLog, PubSocket, RouterSocket
from socialnet.core.transport import Incoming
from socialnet.v1 import socialnet_pb2 as pb

WRITES = {"post_request", "follow_request", "unfollow_request", "send_message_request"}


def key(e: pb.Event) -> tuple[int, str, int]:
    return (e.lamport, e.id.origin, e.id.seq)


class Refused(Exception):
    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(message)
        self.code = code


class FakeStore:
    def __init__(self) -> None:
        self.passwords: dict[str, str] = {}
        self.events: list[pb.Event] = []
        self.by_request: dict[tuple[str, str], pb.Event] = {}
        self.notifications: dict[str, list[pb.Event]] = defaultdict(list)
        self.seqs: Counter[str] = Counter()
        self.servers: list[FakeServer] = []

    def following(self, user: str) -> set[str]:
        followed: set[str] = set()
        for e in sorted(self.events, key=key):
            if e.author == user and e.HasField("follow"):
                followed.add(e.follow.followee)
            elif e.author == user and e.HasField("unfollow"):
                followed.discard(e.unfollow.followee)
        return followed

    def followers(self, user: str) -> set[str]:
        return {u for u in self.passwords if user in self.following(u)}


class FakeServer:
    def __init__(self, ctx: zmq.asyncio.Context, sid: str, store: FakeStore, log_path=None, offset_ms: float = 0):
        self.id = sid
        self.store = store
        self.lamport, self.clock = LamportClock(), PhysicalClock(offset_ms=offset_ms)
        self.log = ProcessLog(log_path, sid, "server", self.lamport, self.clock)
        envelopes = Envelopes(sid, pb.ROLE_SERVER, self.lamport, self.clock)
        self.router = RouterSocket(ctx, envelopes, self.log)
        self.pub = PubSocket(ctx, envelopes, self.log)
        self.drop: Counter[str] = Counter()
        self.refuse: dict[str, list[int]] = defaultdict(list)
        self.publish = True
        self.received: list[pb.Envelope] = []
        self.acked: dict[str, pb.Position] = {}
        self.user_endpoint = self.pub_endpoint = ""
        self._task: asyncio.Task | None = None
        store.servers.append(self)

    def start(self) -> FakeServer:
        self.router.bind("tcp://127.0.0.1:*")
        self.pub.bind("tcp://127.0.0.1:*")
        self.user_endpoint, self.pub_endpoint = self.router.last_endpoint, self.pub.last_endpoint
        self._task = asyncio.create_task(self.serve())
        return self

    def member(self) -> pb.Member:
        return pb.Member(
            id=self.id,
            role=pb.ROLE_SERVER,
            user_endpoint=self.user_endpoint,
            pub_endpoint=self.pub_endpoint,
            state=pb.MEMBER_STATE_ACTIVE,
        )

    def requests(self, kind: str) -> list[pb.Envelope]:
        return [e for e in self.received if e.WhichOneof("body") == kind]

    async def serve(self) -> None:
        while True:
            incoming = await self.router.recv()
            if incoming is not None:
                await self._handle(incoming)

    async def _handle(self, incoming: Incoming) -> None:
        env, kind = incoming.message.envelope, incoming.message.kind
        self.received.append(env)
        body = incoming.message.body
        try:
            if self.refuse[kind]:
                raise Refused(self.refuse[kind].pop(0), "refused by the test")
            reply = await getattr(self, f"_on_{kind}")(body)
        except Refused as e:
            reply = pb.ErrorReply(request_id=getattr(body, "request_id", ""), code=e.code, message=str(e))
        if self.drop[kind] > 0:
            self.drop[kind] -= 1
            return
        await self.router.send(incoming.identity, reply, reply_to=env.msg_id)

    def _user(self, token: str) -> str:
        if not token.startswith("tok.") or token[4:] not in self.store.passwords:
            raise Refused(pb.ERROR_CODE_BAD_TOKEN)
        return token[4:]

    async def _on_login_request(self, r: pb.LoginRequest) -> pb.LoginReply:
        known = self.store.passwords.get(r.user)
        if known is None and not r.register:
            raise Refused(pb.ERROR_CODE_UNKNOWN_USER)
        if known is not None and known != r.password:
            raise Refused(pb.ERROR_CODE_USER_EXISTS if r.register else pb.ERROR_CODE_BAD_PASSWORD)
        self.store.passwords[r.user] = r.password
        return pb.LoginReply(request_id=r.request_id, user=r.user, token=f"tok.{r.user}")

    async def _on_discover_request(self, r: pb.DiscoverRequest) -> pb.DiscoverReply:
        view = pb.View(epoch=1, members=[s.member() for s in self.store.servers if s.user_endpoint])
        return pb.DiscoverReply(request_id=r.request_id, view=view)

    async def _on_time_request(self, r: pb.TimeRequest) -> pb.TimeReply:
        return pb.TimeReply(round=r.round, clock_us=math.floor(self.clock.now_ms() * 1000))

    async def _write(self, r, **change) -> pb.WriteReply:
        author = self._user(r.token)
        first = self.store.by_request.get((author, r.request_id))
        if first is not None:
            return pb.WriteReply(request_id=r.request_id, event=first)
        self.store.seqs[self.id] += 1
        event = pb.Event(
            id=pb.EventId(origin=self.id, seq=self.store.seqs[self.id]),
            author=author,
            lamport=self.lamport.tick(),
            clock_ms=math.floor(self.clock.now_ms()),
            request_id=r.request_id,
            **change,
        )
        self.store.events.append(event)
        self.store.by_request[(author, r.request_id)] = event
        if event.HasField("post"):
            await self._notify(sorted(self.store.followers(author)), event)
        if event.HasField("direct_message"):
            await self._notify([event.direct_message.to], event)
        return pb.WriteReply(request_id=r.request_id, event=event)

    async def _notify(self, users: list[str], event: pb.Event) -> None:
        for user in users:
            self.store.notifications[user].append(event)
            pushed = pb.Event()
            pushed.CopyFrom(event)
            pushed.direct_message.text = ""  # pushes never carry private text
            position = pb.Position(lamport=event.lamport, origin=event.id.origin, seq=event.id.seq)
            for server in self.store.servers:
                if server.publish and server.pub_endpoint:
                    note = pb.Notification(
                        user=user, position=position, event=pushed if event.HasField("direct_message") else event
                    )
                    await server.pub.publish(user, note)

    def _known(self, user: str) -> None:
        if user not in self.store.passwords:
            raise Refused(pb.ERROR_CODE_UNKNOWN_USER)

    async def _on_post_request(self, r: pb.PostRequest) -> pb.WriteReply:
        return await self._write(r, post=pb.Post(text=r.text))

    async def _on_follow_request(self, r: pb.FollowRequest) -> pb.WriteReply:
        self._known(r.followee)
        return await self._write(r, follow=pb.Follow(followee=r.followee))

    async def _on_unfollow_request(self, r: pb.UnfollowRequest) -> pb.WriteReply:
        return await self._write(r, unfollow=pb.Unfollow(followee=r.followee))

    async def _on_send_message_request(self, r: pb.SendMessageRequest) -> pb.WriteReply:
        self._known(r.to)
        return await self._write(r, direct_message=pb.DirectMessage(to=r.to, text=r.text))

    async def _on_ack_request(self, r: pb.AckRequest) -> pb.AckReply:
        user = self._user(r.token)
        self.acked[user] = r.up_to
        return pb.AckReply(request_id=r.request_id, up_to=r.up_to)

    async def _on_read_request(self, r: pb.ReadRequest) -> pb.ReadReply:
        user = self._user(r.token)
        if r.feed in (pb.FEED_FOLLOWERS, pb.FEED_FOLLOWING):
            of = r.peer or user
            users = self.store.followers(of) if r.feed == pb.FEED_FOLLOWERS else self.store.following(of)
            return pb.ReadReply(request_id=r.request_id, users=sorted(users))
        events = sorted(self._feed(user, r), key=key)
        if r.HasField("after"):
            after = (r.after.lamport, r.after.origin, r.after.seq)
            events = [e for e in events if key(e) > after]
        limit = r.limit or 100
        page = events[:limit]
        reply = pb.ReadReply(request_id=r.request_id, events=page, more=len(events) > limit)
        if page:
            reply.next.CopyFrom(pb.Position(lamport=page[-1].lamport, origin=page[-1].id.origin, seq=page[-1].id.seq))
        return reply

    def _feed(self, user: str, r: pb.ReadRequest) -> list[pb.Event]:
        all_events = self.store.events
        if r.feed == pb.FEED_TIMELINE:
            return [e for e in all_events if e.HasField("post") and e.author == r.peer]
        if r.feed == pb.FEED_HOME:
            followed = self.store.following(user)
            return [e for e in all_events if e.HasField("post") and e.author in followed]
        if r.feed == pb.FEED_CONVERSATION:
            pair = {user, r.peer}
            return [e for e in all_events if e.HasField("direct_message") and {e.author, e.direct_message.to} == pair]
        if r.feed == pb.FEED_NOTIFICATIONS:
            return list(self.store.notifications[user])
        raise Refused(pb.ERROR_CODE_MISSING_FIELD, "feed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.router.close()
        self.pub.close()
        self.user_endpoint = self.pub_endpoint = ""
        self.log.close()
