package core

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"socialnet/goclock/internal/pb"
)

// ProcessLog writes this process's JSON-lines log (proto/log-line.schema.json):
// one object per event with real, clock, lamport, proc, role, lang, event.
type ProcessLog struct {
	logger  *slog.Logger
	lamport *LamportClock
	clock   *PhysicalClock
	closer  io.Closer
}

// RoleName is the log spelling of a role: ROLE_CLOCK -> "clock".
func RoleName(r pb.Role) string {
	return strings.ToLower(strings.TrimPrefix(r.String(), "ROLE_"))
}

// OpenProcessLog appends to the file at path ("" logs nowhere).
func OpenProcessLog(path, proc string, role pb.Role, lamport *LamportClock, clock *PhysicalClock) (*ProcessLog, error) {
	if path == "" {
		return NewProcessLog(io.Discard, proc, role, lamport, clock), nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	l := NewProcessLog(f, proc, role, lamport, clock)
	l.closer = f
	return l, nil
}

// NewProcessLog writes to w. The slog JSON handler issues one Write per
// line, and the file is unbuffered so a killed process loses no line.
func NewProcessLog(w io.Writer, proc string, role pb.Role, lamport *LamportClock, clock *PhysicalClock) *ProcessLog {
	h := slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: tidy})
	logger := slog.New(h).With("proc", proc, "role", RoleName(role), "lang", "go")
	return &ProcessLog{logger: logger, lamport: lamport, clock: clock}
}

// tidy drops slog's own time (we have real and clock) and an empty msg, and
// writes the level in lower case as the schema wants.
func tidy(groups []string, a slog.Attr) slog.Attr {
	if len(groups) > 0 {
		return a
	}
	switch a.Key {
	case slog.TimeKey:
		return slog.Attr{}
	case slog.MessageKey:
		if a.Value.String() == "" {
			return slog.Attr{}
		}
	case slog.LevelKey:
		return slog.String(slog.LevelKey, strings.ToLower(a.Value.String()))
	}
	return a
}

// ms keeps milliseconds readable in the log: 1764860000123.456, not 1.764860000123456e+12.
type ms float64

func (m ms) MarshalJSON() ([]byte, error) {
	return strconv.AppendFloat(nil, float64(m), 'f', 3, 64), nil
}

// Event logs a local event (UPPER_SNAKE name) at level info; args are slog
// key/value pairs. It holds the Lamport clock so its line is ordered with
// the ticks around it.
func (l *ProcessLog) Event(name string, args ...any) {
	l.lamport.Hold(func(now uint64) { l.write(slog.LevelInfo, now, name, args) })
}

// Warn is Event at level warn, for bad input and failures.
func (l *ProcessLog) Warn(name string, args ...any) {
	l.lamport.Hold(func(now uint64) { l.write(slog.LevelWarn, now, name, args) })
}

// Sent logs SEND of env to peer (for a PUB, the topic). Call it inside the
// tick (Envelopes.SealThen), which the sockets do; env.Lamport is the
// ticked value.
func (l *ProcessLog) Sent(env *pb.Envelope, peer string) {
	l.write(slog.LevelInfo, env.Lamport, "SEND", []any{
		"dir", "send", "msg_id", env.MsgId, "peer", peer, "body", BodyKind(env),
	})
}

// Received logs RECV of env from peer; remoteLamport is the timestamp env
// carried. Call it inside the merge (Envelopes.OpenThen).
func (l *ProcessLog) Received(env *pb.Envelope, peer string, remoteLamport uint64) {
	l.write(slog.LevelInfo, l.lamport.Value(), "RECV", []any{
		"dir", "recv", "msg_id", env.MsgId, "peer", peer, "body", BodyKind(env),
		"remote_lamport", remoteLamport,
	})
}

func (l *ProcessLog) write(level slog.Level, lamport uint64, event string, args []any) {
	head := []any{
		slog.Any("real", ms(WallClockMs())),
		slog.Any("clock", ms(l.clock.NowMs())),
		slog.Uint64("lamport", lamport),
		slog.String("event", event),
	}
	l.logger.Log(context.Background(), level, "", append(head, args...)...)
}

// Close closes the log file, if there is one.
func (l *ProcessLog) Close() error {
	if l.closer == nil {
		return nil
	}
	return l.closer.Close()
}
