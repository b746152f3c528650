// Package bully is the Bully election (Garcia-Molina) as a pure state machine:
// every input carries the current time in milliseconds and returns the
// messages to send and the events to log. No sockets or timers: the driver
// calls Tick often enough and translates sends into envelopes. The rules are
// docs/algorithms.md; the TypeScript twin is ts-server/src/clock/bully.ts and
// both replay proto/testdata/bully.json.
package bully

import "sort"

// Phase is where the member stands in an election.
type Phase string

// Phases.
const (
	PhaseIdle     Phase = "idle"     // no election running: following (or being) a coordinator
	PhaseElecting Phase = "electing" // sent Election upward, waiting for an Answer
	PhaseWaiting  Phase = "waiting"  // a higher member answered, waiting for its Coordinator
)

// Body names the three election messages.
type Body string

// Bodies.
const (
	BodyElection    Body = "election"
	BodyAnswer      Body = "answer"
	BodyCoordinator Body = "coordinator"
)

// Event names, logged by the driver.
const (
	EventElectionStarted     = "BULLY_ELECTION_STARTED"
	EventAnswered            = "BULLY_ANSWERED"
	EventCoordinator         = "BULLY_COORDINATOR"
	EventCoordinatorAccepted = "BULLY_COORDINATOR_ACCEPTED"
	EventCoordinatorSilent   = "BULLY_COORDINATOR_SILENT"
)

// Config holds the timeouts, in milliseconds.
type Config struct {
	AnswerTimeoutMs      int64
	CoordinatorTimeoutMs int64
	FailureTimeoutMs     int64
	// AnnounceMs: an idle coordinator repeats its Coordinator to every member
	// this often. Without it two coordinators that an election never met
	// (one per side of a healed partition) would both stay coordinator for
	// good, since Bully sends nothing once an election is over. Zero takes
	// FailureTimeoutMs; negative switches it off.
	AnnounceMs int64
}

// Msg is a received message. Term is only meaningful for a Coordinator.
type Msg struct {
	Body Body
	Rank uint32
	Term uint64
}

// Send is a message to send. Rank is always the sender's own.
type Send struct {
	To   string
	Body Body
	Rank uint32
	Term uint64
}

// Event is something worth a log line.
type Event struct {
	Name   string
	Fields map[string]any
}

// Output is what one input produced.
type Output struct {
	Send   []Send
	Events []Event
}

func (o *Output) event(name string, kv ...any) {
	f := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		f[kv[i].(string)] = kv[i+1]
	}
	o.Events = append(o.Events, Event{Name: name, Fields: f})
}

// BullyElection is one member's view of the election.
//
// Invariant: while an election runs (electing or waiting) coordinator is "",
// and once it ends (won or accepted) phase is idle with a coordinator. Idle
// without a coordinator therefore only happens before the first input that
// starts anything, and then ticks and membership changes do nothing.
type BullyElection struct {
	self            string
	rank            uint32
	cfg             Config
	ranks           map[string]uint32
	phase           Phase
	coordinator     string
	coordinatorRank uint32
	term            uint64
	deadline        int64
	lastHeard       int64
	lastAnnounce    int64
}

// New returns an idle member that knows no coordinator yet. ranks maps every
// member id to its rank; self is added if missing.
func New(self string, rank uint32, cfg Config, ranks map[string]uint32) *BullyElection {
	if cfg.AnnounceMs == 0 {
		cfg.AnnounceMs = cfg.FailureTimeoutMs
	}
	b := &BullyElection{self: self, rank: rank, cfg: cfg, phase: PhaseIdle}
	b.ranks = b.withSelf(ranks)
	return b
}

// Phase is the current phase.
func (b *BullyElection) Phase() Phase { return b.phase }

// Coordinator is the coordinator's id, "" when none is known.
func (b *BullyElection) Coordinator() string { return b.coordinator }

// Term is the highest term seen (or won).
func (b *BullyElection) Term() uint64 { return b.term }

// IsCoordinator tells whether this member is the coordinator.
func (b *BullyElection) IsCoordinator() bool { return b.coordinator == b.self }

// Start begins the first election.
func (b *BullyElection) Start(now int64) Output {
	var out Output
	b.startElection(now, "start", &out)
	return out
}

// Tick fires whichever deadline has passed.
func (b *BullyElection) Tick(now int64) Output {
	var out Output
	switch {
	case b.phase == PhaseElecting && now >= b.deadline:
		b.win(now, &out) // nobody higher is alive
	case b.phase == PhaseWaiting && now >= b.deadline:
		b.startElection(now, "no coordinator after answer", &out) // the answerer died before announcing
	case b.phase == PhaseIdle && b.coordinator != "" && b.coordinator != b.self &&
		now-b.lastHeard > b.cfg.FailureTimeoutMs:
		out.event(EventCoordinatorSilent, "coordinator", b.coordinator, "silent_ms", now-b.lastHeard)
		b.startElection(now, "coordinator silent", &out)
	case b.phase == PhaseIdle && b.coordinator == b.self && b.cfg.AnnounceMs > 0 && now-b.lastAnnounce >= b.cfg.AnnounceMs:
		// A rival coordinator of lower rank accepts this; one of higher rank
		// bullies us (it starts an election it wins). No term change, no event.
		b.announce(now, &out)
	}
	return out
}

// Receive handles an Election, Answer or Coordinator from a member. Ranks are
// taken from the message, not the member list, which may lag behind.
func (b *BullyElection) Receive(now int64, from string, m Msg) Output {
	var out Output
	switch m.Body {
	case BodyElection:
		if m.Rank >= b.rank {
			break // only lower ranks send us Election: a stale member list, it will sort itself out
		}
		out.Send = append(out.Send, Send{To: from, Body: BodyAnswer, Rank: b.rank})
		out.event(EventAnswered, "to", from, "rank", m.Rank)
		switch {
		case b.phase != PhaseIdle:
			// Our own election already covers everyone above us.
		case b.coordinator == b.self:
			// The sender missed our announcement (it joined, or lost it): repeat it to it alone.
			out.Send = append(out.Send, Send{To: from, Body: BodyCoordinator, Rank: b.rank, Term: b.term})
		default:
			b.startElection(now, "election from "+from, &out)
		}
	case BodyAnswer:
		// Only the first answer of an election counts: a duplicate must not push the
		// deadline back, and a late one (after we won or accepted) changes nothing,
		// since the answerer runs its own election and will announce itself.
		if b.phase == PhaseElecting && m.Rank > b.rank {
			b.phase = PhaseWaiting
			b.deadline = now + b.cfg.CoordinatorTimeoutMs
		}
	case BodyCoordinator:
		b.term = max(b.term, m.Term) // even when bullying, so our own win gets a larger term
		switch {
		case m.Rank <= b.rank:
			b.startElection(now, "outranked announcement from "+from, &out)
			if _, known := b.ranks[from]; !known && b.coordinator == b.self {
				// Our win went to our members only: the sender is not one (we
				// removed it while it was cut off), yet it must stand down.
				out.Send = append(out.Send, Send{To: from, Body: BodyCoordinator, Rank: b.rank, Term: b.term})
			}
		case b.phase == PhaseIdle && b.coordinator != "" && b.coordinator != from && b.coordinatorRank > m.Rank:
			// A late announcement, overtaken by a higher coordinator's. Adopting it would
			// stick: heard() refreshes on any traffic from the stale one. If ours is really
			// dead, its silence starts an election soon anyway.
		case b.phase == PhaseIdle && b.coordinator == from:
			b.lastHeard = now // duplicate
		default:
			b.phase = PhaseIdle
			b.coordinator, b.coordinatorRank = from, m.Rank
			b.lastHeard = now
			out.event(EventCoordinatorAccepted, "coordinator", from, "rank", m.Rank, "term", b.term)
		}
	}
	return out
}

// Heard notes any message from a member: only the coordinator's counts as a
// sign of life.
func (b *BullyElection) Heard(now int64, from string) Output {
	if from == b.coordinator && from != b.self {
		b.lastHeard = now
	}
	return Output{}
}

// SetMembers installs a new member list (id -> rank). Only an idle member
// with a coordinator reacts; during an election the deadlines already cope
// with members that come and go.
//
// A list without us is ignored: we were removed from the view while cut
// off, and that view tells nothing about who is alive on our side. Taking
// it would drop our coordinator (removed with us, often) and make us win an
// election among members that all follow someone else, whom we could then
// never meet. Until a view lists us again we keep the list we had.
func (b *BullyElection) SetMembers(now int64, ranks map[string]uint32) Output {
	var out Output
	if _, in := ranks[b.self]; !in {
		return out
	}
	old := b.ranks
	b.ranks = b.withSelf(ranks)
	if b.phase != PhaseIdle || b.coordinator == "" {
		return out
	}
	if _, ok := b.ranks[b.coordinator]; !ok {
		b.startElection(now, "coordinator "+b.coordinator+" left", &out)
		return out
	}
	joined := b.sortedIDs(func(id string, r uint32) bool { _, was := old[id]; return !was && r > b.coordinatorRank })
	if len(joined) > 0 {
		b.startElection(now, joined[0]+" joined above the coordinator", &out)
	}
	return out
}

func (b *BullyElection) startElection(now int64, reason string, out *Output) {
	b.coordinator, b.coordinatorRank = "", 0
	higher := b.sortedIDs(func(_ string, r uint32) bool { return r > b.rank })
	out.event(EventElectionStarted, "reason", reason, "term", b.term, "higher", higher)
	if len(higher) == 0 {
		b.win(now, out)
		return
	}
	for _, id := range higher {
		out.Send = append(out.Send, Send{To: id, Body: BodyElection, Rank: b.rank})
	}
	b.phase = PhaseElecting
	b.deadline = now + b.cfg.AnswerTimeoutMs
}

func (b *BullyElection) win(now int64, out *Output) {
	b.phase = PhaseIdle
	b.coordinator, b.coordinatorRank = b.self, b.rank
	b.term++
	b.announce(now, out)
	out.event(EventCoordinator, "term", b.term)
}

func (b *BullyElection) announce(now int64, out *Output) {
	b.lastAnnounce = now
	for _, id := range b.sortedIDs(func(id string, _ uint32) bool { return id != b.self }) {
		out.Send = append(out.Send, Send{To: id, Body: BodyCoordinator, Rank: b.rank, Term: b.term})
	}
}

// sortedIDs lists the matching members by id, the order every multi-send uses.
func (b *BullyElection) sortedIDs(keep func(id string, rank uint32) bool) []string {
	ids := []string{}
	for id, r := range b.ranks {
		if keep(id, r) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func (b *BullyElection) withSelf(ranks map[string]uint32) map[string]uint32 {
	m := make(map[string]uint32, len(ranks)+1)
	for id, r := range ranks {
		m[id] = r
	}
	m[b.self] = b.rank
	return m
}
