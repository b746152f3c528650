from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Role(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROLE_UNSPECIFIED: _ClassVar[Role]
    ROLE_SERVER: _ClassVar[Role]
    ROLE_CLOCK: _ClassVar[Role]
    ROLE_USER: _ClassVar[Role]
    ROLE_CONTROL: _ClassVar[Role]

class Feed(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FEED_UNSPECIFIED: _ClassVar[Feed]
    FEED_TIMELINE: _ClassVar[Feed]
    FEED_HOME: _ClassVar[Feed]
    FEED_CONVERSATION: _ClassVar[Feed]
    FEED_NOTIFICATIONS: _ClassVar[Feed]
    FEED_FOLLOWERS: _ClassVar[Feed]
    FEED_FOLLOWING: _ClassVar[Feed]
    FEED_ALL: _ClassVar[Feed]

class ErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_CODE_UNSPECIFIED: _ClassVar[ErrorCode]
    ERROR_CODE_MALFORMED: _ClassVar[ErrorCode]
    ERROR_CODE_UNKNOWN_KIND: _ClassVar[ErrorCode]
    ERROR_CODE_MISSING_FIELD: _ClassVar[ErrorCode]
    ERROR_CODE_TOO_LARGE: _ClassVar[ErrorCode]
    ERROR_CODE_BAD_TOKEN: _ClassVar[ErrorCode]
    ERROR_CODE_TOKEN_EXPIRED: _ClassVar[ErrorCode]
    ERROR_CODE_UNKNOWN_USER: _ClassVar[ErrorCode]
    ERROR_CODE_BAD_PASSWORD: _ClassVar[ErrorCode]
    ERROR_CODE_USER_EXISTS: _ClassVar[ErrorCode]
    ERROR_CODE_FORBIDDEN: _ClassVar[ErrorCode]
    ERROR_CODE_INVALID_ARGUMENT: _ClassVar[ErrorCode]
    ERROR_CODE_NO_QUORUM: _ClassVar[ErrorCode]
    ERROR_CODE_UNAVAILABLE: _ClassVar[ErrorCode]
    ERROR_CODE_RATE_LIMITED: _ClassVar[ErrorCode]
    ERROR_CODE_BAD_SIGNATURE: _ClassVar[ErrorCode]
    ERROR_CODE_INTERNAL: _ClassVar[ErrorCode]

class MemberState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEMBER_STATE_UNSPECIFIED: _ClassVar[MemberState]
    MEMBER_STATE_JOINING: _ClassVar[MemberState]
    MEMBER_STATE_ACTIVE: _ClassVar[MemberState]
    MEMBER_STATE_LEAVING: _ClassVar[MemberState]
ROLE_UNSPECIFIED: Role
ROLE_SERVER: Role
ROLE_CLOCK: Role
ROLE_USER: Role
ROLE_CONTROL: Role
FEED_UNSPECIFIED: Feed
FEED_TIMELINE: Feed
FEED_HOME: Feed
FEED_CONVERSATION: Feed
FEED_NOTIFICATIONS: Feed
FEED_FOLLOWERS: Feed
FEED_FOLLOWING: Feed
FEED_ALL: Feed
ERROR_CODE_UNSPECIFIED: ErrorCode
ERROR_CODE_MALFORMED: ErrorCode
ERROR_CODE_UNKNOWN_KIND: ErrorCode
ERROR_CODE_MISSING_FIELD: ErrorCode
ERROR_CODE_TOO_LARGE: ErrorCode
ERROR_CODE_BAD_TOKEN: ErrorCode
ERROR_CODE_TOKEN_EXPIRED: ErrorCode
ERROR_CODE_UNKNOWN_USER: ErrorCode
ERROR_CODE_BAD_PASSWORD: ErrorCode
ERROR_CODE_USER_EXISTS: ErrorCode
ERROR_CODE_FORBIDDEN: ErrorCode
ERROR_CODE_INVALID_ARGUMENT: ErrorCode
ERROR_CODE_NO_QUORUM: ErrorCode
ERROR_CODE_UNAVAILABLE: ErrorCode
ERROR_CODE_RATE_LIMITED: ErrorCode
ERROR_CODE_BAD_SIGNATURE: ErrorCode
ERROR_CODE_INTERNAL: ErrorCode
MEMBER_STATE_UNSPECIFIED: MemberState
MEMBER_STATE_JOINING: MemberState
MEMBER_STATE_ACTIVE: MemberState
MEMBER_STATE_LEAVING: MemberState

class Envelope(_message.Message):
    __slots__ = ("msg_id", "sender", "sender_role", "lamport", "clock_ms", "reply_to", "hmac", "login_request", "post_request", "follow_request", "unfollow_request", "send_message_request", "read_request", "ack_request", "discover_request", "login_reply", "write_reply", "read_reply", "ack_reply", "discover_reply", "error_reply", "notification", "event_push", "replica_ack", "sync_request", "sync_reply", "snapshot_request", "snapshot_chunk", "join_request", "leave_request", "view_change", "view_ack", "view", "heartbeat", "election", "answer", "coordinator", "time_request", "time_reply", "clock_adjust", "control_request", "control_reply")
    MSG_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_FIELD_NUMBER: _ClassVar[int]
    SENDER_ROLE_FIELD_NUMBER: _ClassVar[int]
    LAMPORT_FIELD_NUMBER: _ClassVar[int]
    CLOCK_MS_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    HMAC_FIELD_NUMBER: _ClassVar[int]
    LOGIN_REQUEST_FIELD_NUMBER: _ClassVar[int]
    POST_REQUEST_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_REQUEST_FIELD_NUMBER: _ClassVar[int]
    UNFOLLOW_REQUEST_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    READ_REQUEST_FIELD_NUMBER: _ClassVar[int]
    ACK_REQUEST_FIELD_NUMBER: _ClassVar[int]
    DISCOVER_REQUEST_FIELD_NUMBER: _ClassVar[int]
    LOGIN_REPLY_FIELD_NUMBER: _ClassVar[int]
    WRITE_REPLY_FIELD_NUMBER: _ClassVar[int]
    READ_REPLY_FIELD_NUMBER: _ClassVar[int]
    ACK_REPLY_FIELD_NUMBER: _ClassVar[int]
    DISCOVER_REPLY_FIELD_NUMBER: _ClassVar[int]
    ERROR_REPLY_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    EVENT_PUSH_FIELD_NUMBER: _ClassVar[int]
    REPLICA_ACK_FIELD_NUMBER: _ClassVar[int]
    SYNC_REQUEST_FIELD_NUMBER: _ClassVar[int]
    SYNC_REPLY_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_REQUEST_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_CHUNK_FIELD_NUMBER: _ClassVar[int]
    JOIN_REQUEST_FIELD_NUMBER: _ClassVar[int]
    LEAVE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    VIEW_CHANGE_FIELD_NUMBER: _ClassVar[int]
    VIEW_ACK_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    ELECTION_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    TIME_REQUEST_FIELD_NUMBER: _ClassVar[int]
    TIME_REPLY_FIELD_NUMBER: _ClassVar[int]
    CLOCK_ADJUST_FIELD_NUMBER: _ClassVar[int]
    CONTROL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    CONTROL_REPLY_FIELD_NUMBER: _ClassVar[int]
    msg_id: str
    sender: str
    sender_role: Role
    lamport: int
    clock_ms: int
    reply_to: str
    hmac: bytes
    login_request: LoginRequest
    post_request: PostRequest
    follow_request: FollowRequest
    unfollow_request: UnfollowRequest
    send_message_request: SendMessageRequest
    read_request: ReadRequest
    ack_request: AckRequest
    discover_request: DiscoverRequest
    login_reply: LoginReply
    write_reply: WriteReply
    read_reply: ReadReply
    ack_reply: AckReply
    discover_reply: DiscoverReply
    error_reply: ErrorReply
    notification: Notification
    event_push: EventPush
    replica_ack: ReplicaAck
    sync_request: SyncRequest
    sync_reply: SyncReply
    snapshot_request: SnapshotRequest
    snapshot_chunk: SnapshotChunk
    join_request: JoinRequest
    leave_request: LeaveRequest
    view_change: ViewChange
    view_ack: ViewAck
    view: View
    heartbeat: Heartbeat
    election: Election
    answer: Answer
    coordinator: Coordinator
    time_request: TimeRequest
    time_reply: TimeReply
    clock_adjust: ClockAdjust
    control_request: ControlRequest
    control_reply: ControlReply
    def __init__(self, msg_id: _Optional[str] = ..., sender: _Optional[str] = ..., sender_role: _Optional[_Union[Role, str]] = ..., lamport: _Optional[int] = ..., clock_ms: _Optional[int] = ..., reply_to: _Optional[str] = ..., hmac: _Optional[bytes] = ..., login_request: _Optional[_Union[LoginRequest, _Mapping]] = ..., post_request: _Optional[_Union[PostRequest, _Mapping]] = ..., follow_request: _Optional[_Union[FollowRequest, _Mapping]] = ..., unfollow_request: _Optional[_Union[UnfollowRequest, _Mapping]] = ..., send_message_request: _Optional[_Union[SendMessageRequest, _Mapping]] = ..., read_request: _Optional[_Union[ReadRequest, _Mapping]] = ..., ack_request: _Optional[_Union[AckRequest, _Mapping]] = ..., discover_request: _Optional[_Union[DiscoverRequest, _Mapping]] = ..., login_reply: _Optional[_Union[LoginReply, _Mapping]] = ..., write_reply: _Optional[_Union[WriteReply, _Mapping]] = ..., read_reply: _Optional[_Union[ReadReply, _Mapping]] = ..., ack_reply: _Optional[_Union[AckReply, _Mapping]] = ..., discover_reply: _Optional[_Union[DiscoverReply, _Mapping]] = ..., error_reply: _Optional[_Union[ErrorReply, _Mapping]] = ..., notification: _Optional[_Union[Notification, _Mapping]] = ..., event_push: _Optional[_Union[EventPush, _Mapping]] = ..., replica_ack: _Optional[_Union[ReplicaAck, _Mapping]] = ..., sync_request: _Optional[_Union[SyncRequest, _Mapping]] = ..., sync_reply: _Optional[_Union[SyncReply, _Mapping]] = ..., snapshot_request: _Optional[_Union[SnapshotRequest, _Mapping]] = ..., snapshot_chunk: _Optional[_Union[SnapshotChunk, _Mapping]] = ..., join_request: _Optional[_Union[JoinRequest, _Mapping]] = ..., leave_request: _Optional[_Union[LeaveRequest, _Mapping]] = ..., view_change: _Optional[_Union[ViewChange, _Mapping]] = ..., view_ack: _Optional[_Union[ViewAck, _Mapping]] = ..., view: _Optional[_Union[View, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ..., election: _Optional[_Union[Election, _Mapping]] = ..., answer: _Optional[_Union[Answer, _Mapping]] = ..., coordinator: _Optional[_Union[Coordinator, _Mapping]] = ..., time_request: _Optional[_Union[TimeRequest, _Mapping]] = ..., time_reply: _Optional[_Union[TimeReply, _Mapping]] = ..., clock_adjust: _Optional[_Union[ClockAdjust, _Mapping]] = ..., control_request: _Optional[_Union[ControlRequest, _Mapping]] = ..., control_reply: _Optional[_Union[ControlReply, _Mapping]] = ...) -> None: ...

class EventId(_message.Message):
    __slots__ = ("origin", "seq")
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    origin: str
    seq: int
    def __init__(self, origin: _Optional[str] = ..., seq: _Optional[int] = ...) -> None: ...

class Position(_message.Message):
    __slots__ = ("lamport", "origin", "seq")
    LAMPORT_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    lamport: int
    origin: str
    seq: int
    def __init__(self, lamport: _Optional[int] = ..., origin: _Optional[str] = ..., seq: _Optional[int] = ...) -> None: ...

class OriginSeq(_message.Message):
    __slots__ = ("origin", "seq")
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    origin: str
    seq: int
    def __init__(self, origin: _Optional[str] = ..., seq: _Optional[int] = ...) -> None: ...

class VersionVector(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[OriginSeq]
    def __init__(self, entries: _Optional[_Iterable[_Union[OriginSeq, _Mapping]]] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("id", "author", "lamport", "clock_ms", "request_id", "register", "post", "follow", "unfollow", "direct_message", "read_receipt")
    ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    LAMPORT_FIELD_NUMBER: _ClassVar[int]
    CLOCK_MS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REGISTER_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_FIELD_NUMBER: _ClassVar[int]
    UNFOLLOW_FIELD_NUMBER: _ClassVar[int]
    DIRECT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    READ_RECEIPT_FIELD_NUMBER: _ClassVar[int]
    id: EventId
    author: str
    lamport: int
    clock_ms: int
    request_id: str
    register: Register
    post: Post
    follow: Follow
    unfollow: Unfollow
    direct_message: DirectMessage
    read_receipt: ReadReceipt
    def __init__(self, id: _Optional[_Union[EventId, _Mapping]] = ..., author: _Optional[str] = ..., lamport: _Optional[int] = ..., clock_ms: _Optional[int] = ..., request_id: _Optional[str] = ..., register: _Optional[_Union[Register, _Mapping]] = ..., post: _Optional[_Union[Post, _Mapping]] = ..., follow: _Optional[_Union[Follow, _Mapping]] = ..., unfollow: _Optional[_Union[Unfollow, _Mapping]] = ..., direct_message: _Optional[_Union[DirectMessage, _Mapping]] = ..., read_receipt: _Optional[_Union[ReadReceipt, _Mapping]] = ...) -> None: ...

class Register(_message.Message):
    __slots__ = ("password_hash",)
    PASSWORD_HASH_FIELD_NUMBER: _ClassVar[int]
    password_hash: str
    def __init__(self, password_hash: _Optional[str] = ...) -> None: ...

class Post(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class Follow(_message.Message):
    __slots__ = ("followee",)
    FOLLOWEE_FIELD_NUMBER: _ClassVar[int]
    followee: str
    def __init__(self, followee: _Optional[str] = ...) -> None: ...

class Unfollow(_message.Message):
    __slots__ = ("followee",)
    FOLLOWEE_FIELD_NUMBER: _ClassVar[int]
    followee: str
    def __init__(self, followee: _Optional[str] = ...) -> None: ...

class DirectMessage(_message.Message):
    __slots__ = ("to", "text")
    TO_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    to: str
    text: str
    def __init__(self, to: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class ReadReceipt(_message.Message):
    __slots__ = ("peer", "up_to")
    PEER_FIELD_NUMBER: _ClassVar[int]
    UP_TO_FIELD_NUMBER: _ClassVar[int]
    peer: str
    up_to: Position
    def __init__(self, peer: _Optional[str] = ..., up_to: _Optional[_Union[Position, _Mapping]] = ...) -> None: ...

class LoginRequest(_message.Message):
    __slots__ = ("request_id", "user", "password", "register")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    REGISTER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user: str
    password: str
    register: bool
    def __init__(self, request_id: _Optional[str] = ..., user: _Optional[str] = ..., password: _Optional[str] = ..., register: _Optional[bool] = ...) -> None: ...

class PostRequest(_message.Message):
    __slots__ = ("request_id", "token", "text")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    text: str
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class FollowRequest(_message.Message):
    __slots__ = ("request_id", "token", "followee")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    FOLLOWEE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    followee: str
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., followee: _Optional[str] = ...) -> None: ...

class UnfollowRequest(_message.Message):
    __slots__ = ("request_id", "token", "followee")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    FOLLOWEE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    followee: str
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., followee: _Optional[str] = ...) -> None: ...

class SendMessageRequest(_message.Message):
    __slots__ = ("request_id", "token", "to", "text")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    to: str
    text: str
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., to: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class ReadRequest(_message.Message):
    __slots__ = ("request_id", "token", "feed", "peer", "after", "limit")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    FEED_FIELD_NUMBER: _ClassVar[int]
    PEER_FIELD_NUMBER: _ClassVar[int]
    AFTER_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    feed: Feed
    peer: str
    after: Position
    limit: int
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., feed: _Optional[_Union[Feed, str]] = ..., peer: _Optional[str] = ..., after: _Optional[_Union[Position, _Mapping]] = ..., limit: _Optional[int] = ...) -> None: ...

class AckRequest(_message.Message):
    __slots__ = ("request_id", "token", "up_to")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    UP_TO_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    token: str
    up_to: Position
    def __init__(self, request_id: _Optional[str] = ..., token: _Optional[str] = ..., up_to: _Optional[_Union[Position, _Mapping]] = ...) -> None: ...

class DiscoverRequest(_message.Message):
    __slots__ = ("request_id",)
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    def __init__(self, request_id: _Optional[str] = ...) -> None: ...

class LoginReply(_message.Message):
    __slots__ = ("request_id", "user", "token", "expires_ms")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_MS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user: str
    token: str
    expires_ms: int
    def __init__(self, request_id: _Optional[str] = ..., user: _Optional[str] = ..., token: _Optional[str] = ..., expires_ms: _Optional[int] = ...) -> None: ...

class WriteReply(_message.Message):
    __slots__ = ("request_id", "event")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    event: Event
    def __init__(self, request_id: _Optional[str] = ..., event: _Optional[_Union[Event, _Mapping]] = ...) -> None: ...

class ReadReply(_message.Message):
    __slots__ = ("request_id", "events", "users", "next", "more")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    USERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_FIELD_NUMBER: _ClassVar[int]
    MORE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    events: _containers.RepeatedCompositeFieldContainer[Event]
    users: _containers.RepeatedScalarFieldContainer[str]
    next: Position
    more: bool
    def __init__(self, request_id: _Optional[str] = ..., events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., users: _Optional[_Iterable[str]] = ..., next: _Optional[_Union[Position, _Mapping]] = ..., more: _Optional[bool] = ...) -> None: ...

class AckReply(_message.Message):
    __slots__ = ("request_id", "up_to")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    UP_TO_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    up_to: Position
    def __init__(self, request_id: _Optional[str] = ..., up_to: _Optional[_Union[Position, _Mapping]] = ...) -> None: ...

class DiscoverReply(_message.Message):
    __slots__ = ("request_id", "view")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    view: View
    def __init__(self, request_id: _Optional[str] = ..., view: _Optional[_Union[View, _Mapping]] = ...) -> None: ...

class ErrorReply(_message.Message):
    __slots__ = ("request_id", "code", "message")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: ErrorCode
    message: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[_Union[ErrorCode, str]] = ..., message: _Optional[str] = ...) -> None: ...

class Notification(_message.Message):
    __slots__ = ("user", "position", "event")
    USER_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    user: str
    position: Position
    event: Event
    def __init__(self, user: _Optional[str] = ..., position: _Optional[_Union[Position, _Mapping]] = ..., event: _Optional[_Union[Event, _Mapping]] = ...) -> None: ...

class EventPush(_message.Message):
    __slots__ = ("events", "ack_wanted")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    ACK_WANTED_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[Event]
    ack_wanted: bool
    def __init__(self, events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., ack_wanted: _Optional[bool] = ...) -> None: ...

class ReplicaAck(_message.Message):
    __slots__ = ("ids",)
    IDS_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedCompositeFieldContainer[EventId]
    def __init__(self, ids: _Optional[_Iterable[_Union[EventId, _Mapping]]] = ...) -> None: ...

class SyncRequest(_message.Message):
    __slots__ = ("have", "limit")
    HAVE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    have: VersionVector
    limit: int
    def __init__(self, have: _Optional[_Union[VersionVector, _Mapping]] = ..., limit: _Optional[int] = ...) -> None: ...

class SyncReply(_message.Message):
    __slots__ = ("events", "more")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    MORE_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[Event]
    more: bool
    def __init__(self, events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., more: _Optional[bool] = ...) -> None: ...

class SnapshotRequest(_message.Message):
    __slots__ = ("chunk_size",)
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    chunk_size: int
    def __init__(self, chunk_size: _Optional[int] = ...) -> None: ...

class SnapshotChunk(_message.Message):
    __slots__ = ("index", "events", "vector", "last")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    VECTOR_FIELD_NUMBER: _ClassVar[int]
    LAST_FIELD_NUMBER: _ClassVar[int]
    index: int
    events: _containers.RepeatedCompositeFieldContainer[Event]
    vector: VersionVector
    last: bool
    def __init__(self, index: _Optional[int] = ..., events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., vector: _Optional[_Union[VersionVector, _Mapping]] = ..., last: _Optional[bool] = ...) -> None: ...

class Member(_message.Message):
    __slots__ = ("id", "role", "rank", "peer_endpoint", "user_endpoint", "pub_endpoint", "state", "origin")
    ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    PEER_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    USER_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    PUB_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    id: str
    role: Role
    rank: int
    peer_endpoint: str
    user_endpoint: str
    pub_endpoint: str
    state: MemberState
    origin: str
    def __init__(self, id: _Optional[str] = ..., role: _Optional[_Union[Role, str]] = ..., rank: _Optional[int] = ..., peer_endpoint: _Optional[str] = ..., user_endpoint: _Optional[str] = ..., pub_endpoint: _Optional[str] = ..., state: _Optional[_Union[MemberState, str]] = ..., origin: _Optional[str] = ...) -> None: ...

class View(_message.Message):
    __slots__ = ("epoch", "members", "coordinator", "cuts")
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    CUTS_FIELD_NUMBER: _ClassVar[int]
    epoch: int
    members: _containers.RepeatedCompositeFieldContainer[Member]
    coordinator: str
    cuts: _containers.RepeatedCompositeFieldContainer[OriginSeq]
    def __init__(self, epoch: _Optional[int] = ..., members: _Optional[_Iterable[_Union[Member, _Mapping]]] = ..., coordinator: _Optional[str] = ..., cuts: _Optional[_Iterable[_Union[OriginSeq, _Mapping]]] = ...) -> None: ...

class JoinRequest(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: Member
    def __init__(self, member: _Optional[_Union[Member, _Mapping]] = ...) -> None: ...

class LeaveRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ViewChange(_message.Message):
    __slots__ = ("view",)
    VIEW_FIELD_NUMBER: _ClassVar[int]
    view: View
    def __init__(self, view: _Optional[_Union[View, _Mapping]] = ...) -> None: ...

class ViewAck(_message.Message):
    __slots__ = ("epoch", "accepted", "have")
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    HAVE_FIELD_NUMBER: _ClassVar[int]
    epoch: int
    accepted: bool
    have: VersionVector
    def __init__(self, epoch: _Optional[int] = ..., accepted: _Optional[bool] = ..., have: _Optional[_Union[VersionVector, _Mapping]] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("epoch", "have", "coordinator", "state")
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    HAVE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    epoch: int
    have: VersionVector
    coordinator: str
    state: MemberState
    def __init__(self, epoch: _Optional[int] = ..., have: _Optional[_Union[VersionVector, _Mapping]] = ..., coordinator: _Optional[str] = ..., state: _Optional[_Union[MemberState, str]] = ...) -> None: ...

class Election(_message.Message):
    __slots__ = ("rank",)
    RANK_FIELD_NUMBER: _ClassVar[int]
    rank: int
    def __init__(self, rank: _Optional[int] = ...) -> None: ...

class Answer(_message.Message):
    __slots__ = ("rank",)
    RANK_FIELD_NUMBER: _ClassVar[int]
    rank: int
    def __init__(self, rank: _Optional[int] = ...) -> None: ...

class Coordinator(_message.Message):
    __slots__ = ("rank", "term")
    RANK_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    rank: int
    term: int
    def __init__(self, rank: _Optional[int] = ..., term: _Optional[int] = ...) -> None: ...

class TimeRequest(_message.Message):
    __slots__ = ("round",)
    ROUND_FIELD_NUMBER: _ClassVar[int]
    round: int
    def __init__(self, round: _Optional[int] = ...) -> None: ...

class TimeReply(_message.Message):
    __slots__ = ("round", "clock_us")
    ROUND_FIELD_NUMBER: _ClassVar[int]
    CLOCK_US_FIELD_NUMBER: _ClassVar[int]
    round: int
    clock_us: int
    def __init__(self, round: _Optional[int] = ..., clock_us: _Optional[int] = ...) -> None: ...

class ClockAdjust(_message.Message):
    __slots__ = ("round", "delta_us")
    ROUND_FIELD_NUMBER: _ClassVar[int]
    DELTA_US_FIELD_NUMBER: _ClassVar[int]
    round: int
    delta_us: int
    def __init__(self, round: _Optional[int] = ..., delta_us: _Optional[int] = ...) -> None: ...

class ControlRequest(_message.Message):
    __slots__ = ("request_id", "status", "drift", "shutdown", "partition", "heal")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DRIFT_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    HEAL_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    status: StatusQuery
    drift: DriftJump
    shutdown: Shutdown
    partition: Partition
    heal: Heal
    def __init__(self, request_id: _Optional[str] = ..., status: _Optional[_Union[StatusQuery, _Mapping]] = ..., drift: _Optional[_Union[DriftJump, _Mapping]] = ..., shutdown: _Optional[_Union[Shutdown, _Mapping]] = ..., partition: _Optional[_Union[Partition, _Mapping]] = ..., heal: _Optional[_Union[Heal, _Mapping]] = ...) -> None: ...

class StatusQuery(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DriftJump(_message.Message):
    __slots__ = ("delta_ms",)
    DELTA_MS_FIELD_NUMBER: _ClassVar[int]
    delta_ms: int
    def __init__(self, delta_ms: _Optional[int] = ...) -> None: ...

class Shutdown(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Partition(_message.Message):
    __slots__ = ("peers",)
    PEERS_FIELD_NUMBER: _ClassVar[int]
    peers: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, peers: _Optional[_Iterable[str]] = ...) -> None: ...

class Heal(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ControlReply(_message.Message):
    __slots__ = ("request_id", "status")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    status: StatusReport
    def __init__(self, request_id: _Optional[str] = ..., status: _Optional[_Union[StatusReport, _Mapping]] = ...) -> None: ...

class StatusReport(_message.Message):
    __slots__ = ("id", "role", "rank", "coordinator", "view", "event_count", "lag", "clock_ms", "lamport", "partitioned")
    ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    EVENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAG_FIELD_NUMBER: _ClassVar[int]
    CLOCK_MS_FIELD_NUMBER: _ClassVar[int]
    LAMPORT_FIELD_NUMBER: _ClassVar[int]
    PARTITIONED_FIELD_NUMBER: _ClassVar[int]
    id: str
    role: Role
    rank: int
    coordinator: str
    view: View
    event_count: int
    lag: int
    clock_ms: int
    lamport: int
    partitioned: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., role: _Optional[_Union[Role, str]] = ..., rank: _Optional[int] = ..., coordinator: _Optional[str] = ..., view: _Optional[_Union[View, _Mapping]] = ..., event_count: _Optional[int] = ..., lag: _Optional[int] = ..., clock_ms: _Optional[int] = ..., lamport: _Optional[int] = ..., partitioned: _Optional[_Iterable[str]] = ...) -> None: ...
