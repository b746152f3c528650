package sim

import (
	"fmt"

	"socialnet/goclock/internal/membership"
)

// The trace is every step of a run: it is hashed as it goes (so two runs of
// a seed can be compared without keeping them) and its last lines, minus the
// heartbeats and clock traffic that drown everything else, are kept for a
// failure report. Formatting waits until a report asks for it.

type recKind uint8

const (
	recMsg recKind = iota
	recDrop
	recEvent
	recInstall
	recFault
	recFail
)

type rec struct {
	t    int64
	kind recKind
	what string
	who  string
	x, y int64
}

type trace struct {
	hash uint64
	ring []rec
	next int
	full bool
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func newTrace(lines int) trace { return trace{hash: fnvOffset, ring: make([]rec, lines)} }

func (t *trace) mixString(s string) {
	for i := 0; i < len(s); i++ {
		t.hash = (t.hash ^ uint64(s[i])) * fnvPrime
	}
	t.hash = (t.hash ^ 0xff) * fnvPrime // separator
}

func (t *trace) mixInt(v int64) {
	u := uint64(v)
	for range 8 {
		t.hash = (t.hash ^ (u & 0xff)) * fnvPrime
		u >>= 8
	}
}

func (t *trace) add(r rec, keep bool) {
	t.mixInt(r.t)
	t.mixInt(int64(r.kind))
	t.mixString(r.what)
	t.mixString(r.who)
	t.mixInt(r.x)
	t.mixInt(r.y)
	if !keep || len(t.ring) == 0 {
		return
	}
	t.ring[t.next] = r
	t.next = (t.next + 1) % len(t.ring)
	t.full = t.full || t.next == 0
}

func (t *trace) tail() []string {
	var out []string
	start, n := 0, t.next
	if t.full {
		start, n = t.next, len(t.ring)
	}
	for i := range n {
		out = append(out, t.ring[(start+i)%len(t.ring)].String())
	}
	return out
}

func (r rec) String() string {
	switch r.kind {
	case recMsg:
		return fmt.Sprintf("%7d  %-6s %s #%d", r.t, "recv", r.who+" "+r.what, r.x)
	case recDrop:
		why := [...]string{"dropped", "cut at send", "lost at delivery"}[r.y]
		return fmt.Sprintf("%7d  %-6s %s from %s to #%d", r.t, "drop", r.what+" "+why, r.who, r.x)
	case recInstall:
		return fmt.Sprintf("%7d  %-6s %s installs epoch %d [%s]", r.t, "view", r.who, r.x, r.what)
	case recFault:
		return fmt.Sprintf("%7d  %-6s %s %s %d", r.t, "FAULT", r.what, r.who, r.x)
	case recFail:
		return fmt.Sprintf("%7d  %-6s %s", r.t, "FAIL", r.what)
	default:
		return fmt.Sprintf("%7d  %-6s %s %s %d %d", r.t, "event", r.who, r.what, r.x, r.y)
	}
}

func (s *Sim) record(k recKind, what, who string, x, y int64) {
	s.tr.add(rec{t: s.now, kind: k, what: what, who: who, x: x, y: y}, what != "CLOCK_ADJUST_IGNORED")
}

// recordMsg hashes a delivery with the fields that matter; heartbeats and
// the Berkeley exchange are left out of the tail.
func (s *Sim) recordMsg(from, to string, w wire) {
	var x int64
	switch {
	case w.mem.View != nil:
		x = int64(w.mem.View.Epoch)
	case w.kind == kind(membership.BodyViewAck) || w.kind == kind(membership.BodyHeartbeat):
		x = int64(w.mem.Epoch)
	case w.bul.Body != "":
		x = int64(w.bul.Rank)<<32 | int64(w.bul.Term)
	default:
		x = int64(w.round)
	}
	keep := w.kind != kind(membership.BodyHeartbeat) && w.kind != kindTimeRequest && w.kind != kindTimeReply && w.kind != kindClockAdjust
	s.tr.add(rec{t: s.now, kind: recMsg, what: string(w.kind), who: from + ">" + to, x: x, y: w.clockUs + w.deltaUs}, keep)
}
