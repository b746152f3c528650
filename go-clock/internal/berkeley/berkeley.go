// Package berkeley is Berkeley clock synchronization as a pure state machine.
// The coordinator side runs one round at a time: inputs carry the
// coordinator's clock in microseconds, outputs are the messages to send and,
// when the round closes, its result. The rules (with their exact integer
// arithmetic) are docs/algorithms.md; the TypeScript twin is
// ts-server/src/clock/berkeley.ts and both replay proto/testdata/berkeley.json.
package berkeley

import "sort"

// Body names the two messages the coordinator sends.
type Body string

// Bodies.
const (
	BodyTimeRequest Body = "time_request"
	BodyClockAdjust Body = "clock_adjust"
)

// Config holds the limits, in microseconds.
type Config struct {
	MaxRttUs       int64
	MaxDeviationUs int64
	RoundTimeoutUs int64
}

// Send is a message to send. DeltaUs is only meaningful for a ClockAdjust.
type Send struct {
	To      string
	Body    Body
	Round   uint64
	DeltaUs int64
}

// Result describes a closed round. Id lists are sorted; the coordinator's own
// reading (offset 0, round trip 0) is one of them.
type Result struct {
	Round            uint64
	AverageUs        int64
	SelfAdjustUs     int64 // always AverageUs: the coordinator's own offset is 0
	Used             []string
	DroppedRtt       []string
	DroppedDeviation []string
	OffsetsUs        map[string]int64
}

// Output is what one input produced. Result is set when the round closed.
type Output struct {
	Send   []Send
	Result *Result
}

// BerkeleyCoordinator runs the coordinator's rounds.
type BerkeleyCoordinator struct {
	self     string
	cfg      Config
	open     bool
	round    uint64
	t0       int64
	expected map[string]bool // members asked, not yet answered
	offsets  map[string]int64
	rtts     map[string]int64
}

// New returns a coordinator with no round open.
func New(self string, cfg Config) *BerkeleyCoordinator {
	return &BerkeleyCoordinator{self: self, cfg: cfg}
}

// Open tells whether a round is waiting for replies.
func (c *BerkeleyCoordinator) Open() bool { return c.open }

// Start opens a round, abandoning any still open (its members simply get no
// adjustment). members may include self. With nobody else to ask the round
// closes at once.
func (c *BerkeleyCoordinator) Start(nowUs int64, round uint64, members []string) Output {
	c.open, c.round, c.t0 = true, round, nowUs
	c.expected = map[string]bool{}
	c.offsets = map[string]int64{c.self: 0}
	c.rtts = map[string]int64{c.self: 0}
	var out Output
	for _, id := range sortedUnique(members) {
		if id != c.self {
			c.expected[id] = true
			out.Send = append(out.Send, Send{To: id, Body: BodyTimeRequest, Round: round})
		}
	}
	if len(c.expected) == 0 {
		c.close(&out)
	}
	return out
}

// Reply records a TimeReply; a late, duplicate or unasked one is ignored.
func (c *BerkeleyCoordinator) Reply(nowUs int64, from string, round uint64, clockUs int64) Output {
	var out Output
	if !c.open || round != c.round || !c.expected[from] {
		return out
	}
	delete(c.expected, from)
	rtt := nowUs - c.t0
	// Cristian: the reading was taken about half a round trip before it arrived.
	c.offsets[from] = clockUs + FloorDiv(rtt, 2) - nowUs
	c.rtts[from] = rtt
	if len(c.expected) == 0 {
		c.close(&out)
	}
	return out
}

// Tick closes the round at its deadline with whatever replies arrived.
func (c *BerkeleyCoordinator) Tick(nowUs int64) Output {
	var out Output
	if c.open && nowUs >= c.t0+c.cfg.RoundTimeoutUs {
		c.close(&out)
	}
	return out
}

func (c *BerkeleyCoordinator) close(out *Output) {
	c.open = false
	ids := make([]string, 0, len(c.offsets))
	for id := range c.offsets {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	r := &Result{Round: c.round, OffsetsUs: c.offsets, Used: []string{}, DroppedRtt: []string{}, DroppedDeviation: []string{}}
	kept := []string{}
	for _, id := range ids {
		// A negative round trip means the coordinator's own clock stepped back
		// mid-round (drift, or its own adjustment): the estimate is as unreliable
		// as a slow one.
		if rtt := c.rtts[id]; rtt < 0 || rtt > c.cfg.MaxRttUs {
			r.DroppedRtt = append(r.DroppedRtt, id)
		} else {
			kept = append(kept, id)
		}
	}
	// kept is never empty: the coordinator's own reading has round trip 0.
	vals := make([]int64, len(kept))
	for i, id := range kept {
		vals[i] = c.offsets[id]
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i] < vals[j] })
	n := len(vals)
	median := vals[n/2]
	if n%2 == 0 {
		median = FloorDiv(vals[n/2-1]+vals[n/2], 2)
	}
	for _, id := range kept {
		if abs(c.offsets[id]-median) > c.cfg.MaxDeviationUs {
			r.DroppedDeviation = append(r.DroppedDeviation, id)
		} else {
			r.Used = append(r.Used, id)
		}
	}
	// With an even count every reading can be far from the median (two clocks
	// far apart): nobody can tell which is wrong, so average them all rather
	// than divide by zero or leave the clocks apart.
	if len(r.Used) == 0 {
		r.Used, r.DroppedDeviation = kept, []string{}
	}
	var sum int64
	for _, id := range r.Used {
		sum += c.offsets[id]
	}
	r.AverageUs = FloorDiv(sum, int64(len(r.Used)))
	r.SelfAdjustUs = r.AverageUs
	// Dropped members are adjusted too: their clocks are the ones most in need.
	for _, id := range ids {
		if id != c.self {
			out.Send = append(out.Send, Send{To: id, Body: BodyClockAdjust, Round: c.round, DeltaUs: r.AverageUs - c.offsets[id]})
		}
	}
	out.Result = r
}

// BerkeleyMember is the member side: apply each ClockAdjust once, so a
// message delivered twice cannot step the clock twice.
type BerkeleyMember struct {
	lastFrom  string
	lastRound uint64
	applied   bool
}

// Adjust returns the delta to add to the clock, and false for a repeat of the
// adjustment applied last.
func (m *BerkeleyMember) Adjust(from string, round uint64, deltaUs int64) (int64, bool) {
	if m.applied && from == m.lastFrom && round == m.lastRound {
		return 0, false
	}
	m.lastFrom, m.lastRound, m.applied = from, round, true
	return deltaUs, true
}

// FloorDiv divides rounding toward minus infinity, as the spec requires in
// every language (Go's / truncates toward zero).
func FloorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func sortedUnique(ids []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}
