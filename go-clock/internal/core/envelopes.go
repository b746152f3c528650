package core

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"socialnet/goclock/internal/pb"
)

// MaxFrameBytes is the largest frame any socket accepts or sends (64 KiB).
const MaxFrameBytes = 64 * 1024

var (
	// ErrMalformed: the bytes are not an Envelope with a body. The caller
	// answers with ERROR_CODE_MALFORMED.
	ErrMalformed = errors.New("malformed envelope")
	// ErrTooLarge: a frame over MaxFrameBytes (ERROR_CODE_TOO_LARGE).
	ErrTooLarge = errors.New("frame over 64 KiB")
	// ErrNotABody: Seal was given a message that is not one of the
	// Envelope's body kinds.
	ErrNotABody = errors.New("not an envelope body")
)

var (
	bodyOneof = (&pb.Envelope{}).ProtoReflect().Descriptor().Oneofs().ByName("body")
	// bodyFields finds the oneof field from the message type alone, so
	// callers write Seal(&pb.TimeRequest{...}) instead of naming wrappers.
	bodyFields = func() map[protoreflect.FullName]protoreflect.FieldDescriptor {
		m := map[protoreflect.FullName]protoreflect.FieldDescriptor{}
		fields := bodyOneof.Fields()
		for i := 0; i < fields.Len(); i++ {
			fd := fields.Get(i)
			m[fd.Message().FullName()] = fd
		}
		return m
	}()
	marshal = proto.MarshalOptions{Deterministic: true}
)

// BodyKind is the name of the body's oneof field in snake_case
// ("time_request"), or "" when the envelope has no body.
func BodyKind(env *pb.Envelope) string {
	fd := env.ProtoReflect().WhichOneof(bodyOneof)
	if fd == nil {
		return ""
	}
	return string(fd.Name())
}

// Envelopes stamps outgoing envelopes with this process's clocks and merges
// the Lamport clock of incoming ones. Safe for concurrent use.
type Envelopes struct {
	id      string
	role    pb.Role
	lamport *LamportClock
	clock   *PhysicalClock
	boot    string // start time in ms since the epoch, base 36: msg ids stay unique across restarts
	sent    uint64 // guarded by the Lamport clock: only touched inside a tick
}

// NewEnvelopes seals as process id with the given role and clocks. Message
// ids are "<id>-<boot>-<n>": boot is the time of this call (ms since the
// epoch, base 36), n counts from 1.
func NewEnvelopes(id string, role pb.Role, lamport *LamportClock, clock *PhysicalClock) *Envelopes {
	return NewEnvelopesAt(id, role, lamport, clock, BootID(time.Now()))
}

// NewEnvelopesAt is NewEnvelopes with a fixed boot (tests).
func NewEnvelopesAt(id string, role pb.Role, lamport *LamportClock, clock *PhysicalClock, boot string) *Envelopes {
	return &Envelopes{id: id, role: role, lamport: lamport, clock: clock, boot: boot}
}

// BootID is the boot part of msg ids for a process started at t: ms since
// the epoch in base 36 (lower case).
func BootID(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 36) }

// ID is the process id envelopes are sent as.
func (e *Envelopes) ID() string { return e.id }

// Seal ticks the Lamport clock and encodes body (a message such as
// *pb.TimeRequest) in a new envelope answering replyTo ("" for none).
func (e *Envelopes) Seal(body proto.Message, replyTo string) ([]byte, *pb.Envelope, error) {
	return e.SealThen(body, replyTo, nil)
}

// SealThen is Seal that calls record inside the tick, so the SEND log line
// is written before any other tick. Nothing ticks when sealing fails.
// record runs while the clock is held: it must not tick or call
// ProcessLog.Event, and env.Lamport (not LamportClock.Value) is the new value.
func (e *Envelopes) SealThen(body proto.Message, replyTo string, record func(env *pb.Envelope)) ([]byte, *pb.Envelope, error) {
	fd, ok := bodyFields[body.ProtoReflect().Descriptor().FullName()]
	if !ok {
		return nil, nil, fmt.Errorf("%w: %s", ErrNotABody, body.ProtoReflect().Descriptor().FullName())
	}
	env := &pb.Envelope{Sender: e.id, SenderRole: e.role, ReplyTo: replyTo}
	env.ProtoReflect().Set(fd, protoreflect.ValueOfMessage(body.ProtoReflect()))

	var data []byte
	err := e.lamport.TickThen(func(now uint64) error {
		env.MsgId = fmt.Sprintf("%s-%s-%d", e.id, e.boot, e.sent+1)
		env.Lamport = now
		env.ClockMs = int64(math.Floor(e.clock.NowMs()))
		var err error
		if data, err = marshal.Marshal(env); err != nil {
			return err
		}
		if len(data) > MaxFrameBytes {
			return ErrTooLarge
		}
		e.sent++
		if record != nil {
			record(env)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return data, env, nil
}

// Open decodes an envelope and merges its Lamport timestamp before anyone
// can look at the body. Bad bytes or a missing body give ErrMalformed.
func (e *Envelopes) Open(data []byte) (*pb.Envelope, error) {
	return e.OpenThen(data, nil)
}

// OpenThen is Open that calls record inside the merge, so the RECV log line
// is written before any other tick.
func (e *Envelopes) OpenThen(data []byte, record func(env *pb.Envelope)) (*pb.Envelope, error) {
	return e.OpenAdmitThen(data, nil, record)
}

// OpenAdmitThen is OpenThen with admit, which may refuse the envelope (its
// error is returned) after the decode and before anything changes: member
// authentication's sender and freshness checks.
func (e *Envelopes) OpenAdmitThen(data []byte, admit func(env *pb.Envelope) error, record func(env *pb.Envelope)) (*pb.Envelope, error) {
	if len(data) > MaxFrameBytes {
		return nil, ErrTooLarge
	}
	env := &pb.Envelope{}
	if err := proto.Unmarshal(data, env); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if BodyKind(env) == "" {
		return nil, fmt.Errorf("%w: no body", ErrMalformed)
	}
	if admit != nil {
		if err := admit(env); err != nil {
			return nil, err
		}
	}
	e.lamport.ReceiveThen(env.Lamport, func(uint64) {
		if record != nil {
			record(env)
		}
	})
	return env, nil
}
