package core

import (
	"container/list"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"socialnet/goclock/internal/pb"
)

// Member authentication (docs/protocol.md, "Member authentication").
//
// Every envelope between members ends with an HMAC-SHA256 of the bytes before
// it, keyed by the cluster secret, encoded as the Envelope's own hmac field
// (field 7): tag 0x3a, length 0x20, 32 bytes. A protobuf parser reads the
// appended field like any other, so nothing else changes on the wire.
//
// The check runs before the envelope is decoded for use or the Lamport clock
// is merged: a frame from a process without the key never moves a clock.
// After the HMAC, Admit refuses a signed envelope seen before (ReplayGuard)
// or one whose sender is not the peer the connection belongs to.

const (
	// MacBytes is the length of the HMAC-SHA256 tag.
	MacBytes = sha256.Size
	// TrailerBytes is what signing appends: field 7's tag and length, then the tag.
	TrailerBytes = 2 + MacBytes
	// DefaultReplayWindow is how many recent message numbers are remembered
	// per sender: ~16k sends of slack for reordering.
	DefaultReplayWindow = 16384
	// DefaultMaxSenders bounds the senders remembered; the oldest is
	// forgotten beyond it (only key holders get that far).
	DefaultMaxSenders = 1024
)

// Field 7 (hmac), wire type 2 (length-delimited), length 32.
var trailerHead = [2]byte{0x3a, 0x20}

// Reasons an envelope is refused; the receiver logs AUTH_REJECTED with one
// and answers ERROR_CODE_BAD_SIGNATURE where it can.
const (
	ReasonUnsigned       = "unsigned"
	ReasonBadSignature   = "bad_signature"
	ReasonReplayed       = "replayed"
	ReasonSenderMismatch = "sender_mismatch"
	ReasonBadMsgID       = "bad_msg_id"
)

// ErrAuth wraps every AuthRejected.
var ErrAuth = errors.New("member authentication failed")

// AuthRejected is a member envelope refused, with the reason.
type AuthRejected struct {
	Reason string
	Detail string
}

func (e *AuthRejected) Error() string {
	if e.Detail == "" {
		return e.Reason
	}
	return e.Reason + ": " + e.Detail
}

// Unwrap makes errors.Is(err, ErrAuth) hold.
func (e *AuthRejected) Unwrap() error { return ErrAuth }

var msgIDTail = regexp.MustCompile(`^([0-9a-zA-Z]+)-([0-9]+)$`)

// ParseMsgID gives (boot, n) of "<sender>-<boot base 36>-<n>"; ok is false
// when msgID is not the sender's.
func ParseMsgID(sender, msgID string) (boot, n uint64, ok bool) {
	rest, found := strings.CutPrefix(msgID, sender+"-")
	if !found {
		return 0, 0, false
	}
	m := msgIDTail.FindStringSubmatch(rest)
	if m == nil {
		return 0, 0, false
	}
	b, err1 := strconv.ParseUint(strings.ToLower(m[1]), 36, 64)
	k, err2 := strconv.ParseUint(m[2], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return b, k, true
}

type senderRecord struct {
	sender string
	boot   uint64
	top    uint64   // the highest n seen in this boot
	seen   []uint64 // ring of window bits: bit (n mod window) set when n was seen
}

// ReplayGuard keeps, per sender, the newest boot seen and a sliding window
// of the message numbers seen in it. A pure state machine, not safe for
// concurrent use: Check returns "" (fresh, and now recorded) or the reason
// to refuse. An older boot, a number already seen, or one below the window
// is a replay; a newer boot starts a new window.
type ReplayGuard struct {
	window     uint64
	maxSenders int
	records    map[string]*list.Element // of *senderRecord, most recent at the back
	order      *list.List
}

// NewReplayGuard remembers window numbers per sender and at most maxSenders senders.
func NewReplayGuard(window uint64, maxSenders int) *ReplayGuard {
	return &ReplayGuard{window: window, maxSenders: maxSenders, records: map[string]*list.Element{}, order: list.New()}
}

// Check records msgID from sender, or says why it must be refused.
func (g *ReplayGuard) Check(sender, msgID string) string {
	boot, n, ok := ParseMsgID(sender, msgID)
	if !ok {
		return ReasonBadMsgID
	}
	var rec *senderRecord
	if el, found := g.records[sender]; found {
		rec = el.Value.(*senderRecord)
		if boot < rec.boot {
			return ReasonReplayed
		}
		g.order.MoveToBack(el)
		if boot > rec.boot {
			*rec = senderRecord{sender: sender, boot: boot, seen: make([]uint64, (g.window+63)/64)}
		}
	} else {
		rec = &senderRecord{sender: sender, boot: boot, seen: make([]uint64, (g.window+63)/64)}
		g.records[sender] = g.order.PushBack(rec)
		if len(g.records) > g.maxSenders {
			oldest := g.order.Front()
			g.order.Remove(oldest)
			delete(g.records, oldest.Value.(*senderRecord).sender)
		}
	}
	if n > rec.top {
		if n-rec.top >= g.window {
			clear(rec.seen)
		} else {
			for k := rec.top + 1; k < n; k++ {
				g.set(rec, k, false)
			}
		}
		rec.top = n
		g.set(rec, n, true)
		return ""
	}
	if rec.top-n >= g.window || g.marked(rec, n) {
		return ReasonReplayed
	}
	g.set(rec, n, true)
	return ""
}

func (g *ReplayGuard) set(rec *senderRecord, n uint64, on bool) {
	i := n % g.window
	if on {
		rec.seen[i/64] |= 1 << (i % 64)
	} else {
		rec.seen[i/64] &^= 1 << (i % 64)
	}
}

func (g *ReplayGuard) marked(rec *senderRecord, n uint64) bool {
	i := n % g.window
	return rec.seen[i/64]&(1<<(i%64)) != 0
}

// MemberAuth signs and checks member envelopes with the cluster secret. One
// per process, shared by its member sockets (each reads on its own
// goroutine), so it is safe for concurrent use.
type MemberAuth struct {
	secret []byte
	mu     sync.Mutex // guards guard
	guard  *ReplayGuard
}

// NewMemberAuth keys a MemberAuth with secret (not empty) and the default guard.
func NewMemberAuth(secret []byte) (*MemberAuth, error) {
	if len(secret) == 0 {
		return nil, errors.New("the cluster secret is empty")
	}
	return &MemberAuth{secret: append([]byte(nil), secret...), guard: NewReplayGuard(DefaultReplayWindow, DefaultMaxSenders)}, nil
}

// Mac is HMAC-SHA256(secret, data).
func (a *MemberAuth) Mac(data []byte) []byte {
	m := hmac.New(sha256.New, a.secret)
	m.Write(data)
	return m.Sum(nil)
}

// Sign gives the wire frame: data (the envelope with hmac empty), then field 7 holding its HMAC.
func (a *MemberAuth) Sign(data []byte) []byte {
	frame := make([]byte, 0, len(data)+TrailerBytes)
	frame = append(frame, data...)
	frame = append(frame, trailerHead[:]...)
	return append(frame, a.Mac(data)...)
}

// Verify returns the signed prefix (the envelope without its hmac), or an
// *AuthRejected (unsigned, bad_signature).
func (a *MemberAuth) Verify(frame []byte) ([]byte, error) {
	at := len(frame) - TrailerBytes
	if at < 0 || frame[at] != trailerHead[0] || frame[at+1] != trailerHead[1] {
		return nil, &AuthRejected{Reason: ReasonUnsigned}
	}
	prefix := frame[:at]
	if !hmac.Equal(a.Mac(prefix), frame[at+2:]) {
		return nil, &AuthRejected{Reason: ReasonBadSignature}
	}
	return prefix, nil
}

// Admit runs after Verify and the decode, before the clock merge: the sender
// check (expectedSender "" when the connection's peer is unknown) and freshness.
func (a *MemberAuth) Admit(env *pb.Envelope, expectedSender string) error {
	if expectedSender != "" && env.Sender != expectedSender {
		return &AuthRejected{Reason: ReasonSenderMismatch, Detail: fmt.Sprintf("%s on the connection to %s", env.Sender, expectedSender)}
	}
	a.mu.Lock()
	reason := a.guard.Check(env.Sender, env.MsgId)
	a.mu.Unlock()
	if reason != "" {
		return &AuthRejected{Reason: reason, Detail: env.MsgId}
	}
	return nil
}

// LoadSecret reads the cluster secret as every process does: the file's
// text, trimmed, as bytes; else the environment value; nil when neither.
func LoadSecret(path, envValue string) ([]byte, error) {
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return []byte(strings.TrimSpace(string(b))), nil
	}
	if envValue != "" {
		return []byte(envValue), nil
	}
	return nil, nil
}
