// Package sim is a deterministic simulator of the clock/election group: it
// runs the real pure machines (membership, Bully, Berkeley, the drift
// injector and the physical clock) of several members in one goroutine,
// over a simulated network in simulated time, and checks the group's
// invariants (docs/algorithms.md, "Deterministic simulation").
//
// One seeded PCG generator decides everything: the cluster's shape, each
// message's delay, drops, duplicates, partitions and heals, crashes and
// restarts, and the drift injectors' seeds. Events at the same millisecond
// run in the order they were scheduled, so a seed replays exactly.
package sim

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"socialnet/goclock/internal/berkeley"
	"socialnet/goclock/internal/bully"
	"socialnet/goclock/internal/clocknode"
	"socialnet/goclock/internal/membership"
)

// Fault kinds, as counted in Result.Faults.
const (
	FaultDrop      = "drop"
	FaultDuplicate = "duplicate"
	FaultReorder   = "reorder" // a message overtaken on its link (from random delays)
	FaultPartition = "partition"
	FaultHeal      = "heal"
	FaultCrash     = "crash"
	FaultRestart   = "restart"
	FaultDrift     = "drift"
)

// FaultKinds lists the kinds in the order reports print them.
var FaultKinds = []string{FaultDrop, FaultDuplicate, FaultReorder, FaultPartition, FaultHeal, FaultCrash, FaultRestart, FaultDrift}

// Config of one run. Run fills zero fields from Defaults; Clocks and
// Servers at zero are drawn from the seed (1–3 each).
type Config struct {
	Seed    uint64
	Clocks  int // clock nodes c1.. (rank 101..)
	Servers int // server stand-ins s1.. (rank 1..): they hold the view's quorum

	WarmupMs int64 // no faults: the cluster forms
	FaultMs  int64 // faults are injected
	QuietMs  int64 // everything healed and restarted, no faults; checked at its end

	MinDelayMs, MaxDelayMs int64 // one-way delay, uniform
	DropPct, DupPct        int   // per message, while faulting
	FaultGapMs             int64 // mean gap between scheduled faults (crash, partition)
	MaxDownMs, MaxCutMs    int64 // longest crash and partition

	CatchUpMaxMs int64 // a server stand-in turns ACTIVE up to this long after its first view

	// DualCoordinatorMs bounds how long two members of one connected
	// component may both be coordinator (see docs).
	DualCoordinatorMs int64

	// The members' configuration: node.go's defaults.
	TickMs           int64
	BerkeleyPeriodMs int64
	DriftIntervalMs  int64
	DriftMaxMs       int64
	Berkeley         berkeley.Config
	Bully            bully.Config
	Membership       membership.Config

	TailLines int // trace lines kept for a failure report
}

// Defaults fills the zero fields of c.
func Defaults(c Config) Config {
	def := func(v *int64, d int64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.WarmupMs, 1500)
	def(&c.FaultMs, 6000)
	def(&c.QuietMs, 7000)
	def(&c.MinDelayMs, 0)
	def(&c.MaxDelayMs, 10)
	if c.DropPct == 0 {
		c.DropPct = 3
	}
	if c.DupPct == 0 {
		c.DupPct = 2
	}
	def(&c.FaultGapMs, 700)
	def(&c.MaxDownMs, 2000)
	def(&c.MaxCutMs, 2000)
	def(&c.CatchUpMaxMs, 200)
	def(&c.DualCoordinatorMs, 3000)
	def(&c.TickMs, 10)
	def(&c.BerkeleyPeriodMs, 2000)
	def(&c.DriftIntervalMs, 2000)
	def(&c.DriftMaxMs, 1000)
	// The machines' settings are a real clock node's (clocknode.Defaults).
	node := clocknode.Defaults(clocknode.Config{Berkeley: c.Berkeley, Bully: c.Bully, Membership: c.Membership})
	c.Berkeley, c.Bully, c.Membership = node.Berkeley, node.Bully, node.Membership
	if c.TailLines == 0 {
		c.TailLines = 40
	}
	return c
}

// ClockBoundUs is the clock invariant: after the quiet period, live
// members' clocks are at most this far apart. Berkeley's estimate of a
// member's offset is off by half the difference of the request's and the
// reply's one-way delays, so each member lands within (max-min)/2 of the
// coordinator, and two members within max-min delay of each other (plus
// 1 µs of flooring each).
func (c Config) ClockBoundUs() int64 { return (c.MaxDelayMs-c.MinDelayMs)*1000 + 2 }

// Result of one run.
type Result struct {
	Seed     uint64
	Clocks   int
	Servers  int
	Faults   map[string]int
	Messages int
	Rounds   int // Berkeley rounds closed, all coordinators together
	Epochs   int // distinct epochs installed
	// Failures lists every invariant violation; empty means the run passed.
	Failures []string
	Hash     uint64   // FNV-1a over the whole trace: equal for equal runs
	Tail     []string // the last trace lines (membership, Bully and faults)
	SpreadUs int64    // final clock spread of the live members
	// MaxDualMs is the longest time two members of one component were both
	// coordinator.
	MaxDualMs int64
}

// Run simulates one seed.
func Run(cfg Config) Result {
	s := newSim(Defaults(cfg))
	s.run()
	return s.result()
}

type evKind uint8

const (
	evTick evKind = iota
	evDeliver
	evObserve
	evFault
	evPhase
)

type event struct {
	at   int64
	seq  uint64
	what evKind
	node int // evTick: member; evDeliver: destination; evFault: target
	life int // evTick: the member's life it belongs to
	from int // evDeliver: sender index; evFault: fault code
	sent uint64
	w    wire
}

type eventQueue []event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// Fault codes of evFault and phases of evPhase.
const (
	fcRestart = iota
	fcHeal
	fcNext // pick and inject the next fault
	phFault
	phQuiet
	phEnd
)

// Sim is one run's world.
type Sim struct {
	cfg      Config
	rng      *rand.Rand
	now      int64
	seq      uint64
	q        eventQueue
	members  []*member
	byEP     map[string]int
	byID     map[string]int
	faulting bool
	side     []int // partition side of each member; all 0 when healed
	cutOn    bool

	faults    map[string]int
	messages  int
	rounds    int
	installed map[uint64]membership.View
	lastSent  []uint64 // per link (from*n+to): highest send seq delivered
	dualSince []int64  // per pair (a*n+b): since when both coordinate in one component, -1: not
	failures  []string
	spreadUs  int64
	maxDualMs int64
	tr        trace
}

func newSim(cfg Config) *Sim {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed_c10c))
	if cfg.Clocks == 0 {
		cfg.Clocks = 1 + rng.IntN(3)
	}
	if cfg.Servers == 0 {
		cfg.Servers = 1 + rng.IntN(3)
	}
	s := &Sim{cfg: cfg, rng: rng, byEP: map[string]int{}, byID: map[string]int{}, faults: map[string]int{},
		installed: map[uint64]membership.View{}, tr: newTrace(cfg.TailLines)}
	add := func(id string, rank uint32, role membership.Role) {
		m := &member{s: s, idx: len(s.members), id: id, rank: rank, role: role, ep: "sim://" + id}
		s.byEP[m.ep], s.byID[id] = m.idx, m.idx
		s.members = append(s.members, m)
	}
	for i := 1; i <= cfg.Clocks; i++ {
		add(fmt.Sprintf("c%d", i), uint32(100+i), membership.RoleClock)
	}
	for i := 1; i <= cfg.Servers; i++ {
		add(fmt.Sprintf("s%d", i), uint32(i), membership.RoleServer)
	}
	n := len(s.members)
	s.side = make([]int, n)
	s.lastSent = make([]uint64, n*n)
	s.dualSince = make([]int64, n*n)
	for i := range s.dualSince {
		s.dualSince[i] = -1
	}
	return s
}

func (s *Sim) nowMsFloat() float64 { return float64(s.now) }

func (s *Sim) schedule(at int64, e event) {
	s.seq++
	e.at, e.seq = at, s.seq
	heap.Push(&s.q, e)
}

// seedsFor is what the lab passes a (re)starting process: every other
// member's endpoint.
func (s *Sim) seedsFor(n *member) []string {
	var seeds []string
	for _, m := range s.members {
		if m != n {
			seeds = append(seeds, m.ep)
		}
	}
	return seeds
}

func (s *Sim) endpointOf(id string) string {
	if i, ok := s.byID[id]; ok {
		return s.members[i].ep
	}
	return ""
}

func (s *Sim) run() {
	// The first clock node bootstraps; the rest start within 200 ms.
	s.members[0].start(true)
	for _, m := range s.members[1:] {
		m := m
		s.schedule(1+s.rng.Int64N(200), event{what: evFault, node: m.idx, from: fcRestart})
	}
	s.schedule(s.cfg.WarmupMs, event{what: evPhase, from: phFault})
	s.schedule(s.cfg.WarmupMs+s.cfg.FaultMs, event{what: evPhase, from: phQuiet})
	end := s.cfg.WarmupMs + s.cfg.FaultMs + s.cfg.QuietMs
	s.schedule(end, event{what: evPhase, from: phEnd})
	s.schedule(s.cfg.TickMs/2, event{what: evObserve})
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(event)
		s.now = e.at
		switch e.what {
		case evTick:
			m := s.members[e.node]
			if !m.up || m.life != e.life {
				continue
			}
			m.tick()
			s.schedule(s.now+s.cfg.TickMs, event{what: evTick, node: e.node, life: e.life})
		case evDeliver:
			s.deliver(e)
		case evObserve:
			s.observe()
			s.schedule(s.now+s.cfg.TickMs, event{what: evObserve})
		case evFault:
			s.fault(e)
		case evPhase:
			switch e.from {
			case phFault:
				s.faulting = true
				s.schedule(s.now+s.rng.Int64N(2*s.cfg.FaultGapMs), event{what: evFault, from: fcNext})
			case phQuiet:
				s.quiet()
			case phEnd:
				s.check()
				return
			}
		}
	}
}

// send puts a message on the wire from n to an endpoint. A partition drops
// it here (node.go's sender-side cut) and again on delivery (the
// receiver-side cut); while faulting it may also be dropped or duplicated.
func (s *Sim) send(from *member, endpoint string, w wire) {
	to, ok := s.byEP[endpoint]
	if !ok {
		return
	}
	s.messages++
	s.seq++
	sent := s.seq
	if s.side[from.idx] != s.side[to] {
		s.record(recDrop, string(w.kind), from.id, int64(to), 1)
		return
	}
	copies := 1
	if s.faulting {
		if s.rng.IntN(100) < s.cfg.DropPct {
			s.faults[FaultDrop]++
			s.record(recDrop, string(w.kind), from.id, int64(to), 0)
			return
		}
		if s.rng.IntN(100) < s.cfg.DupPct {
			s.faults[FaultDuplicate]++
			copies = 2
		}
	}
	for range copies {
		d := s.cfg.MinDelayMs + s.rng.Int64N(s.cfg.MaxDelayMs-s.cfg.MinDelayMs+1)
		s.schedule(s.now+d, event{what: evDeliver, node: to, from: from.idx, sent: sent, w: w})
	}
}

func (s *Sim) deliver(e event) {
	to, from := s.members[e.node], s.members[e.from]
	if !to.up || s.side[e.from] != s.side[e.node] {
		s.record(recDrop, string(e.w.kind), from.id, int64(e.node), 2)
		return
	}
	link := e.from*len(s.members) + e.node
	if e.sent < s.lastSent[link] {
		s.faults[FaultReorder]++
	} else {
		s.lastSent[link] = e.sent
	}
	s.recordMsg(from.id, to.id, e.w)
	to.handle(from.id, e.w)
}

// fault runs a scheduled fault: a restart, a heal, or the pick of the next
// one while the fault phase lasts.
func (s *Sim) fault(e event) {
	switch e.from {
	case fcRestart:
		m := s.members[e.node]
		if m.up {
			return
		}
		if m.incarnation > 0 {
			s.faults[FaultRestart]++
		}
		s.record(recFault, "start", m.id, int64(m.incarnation+1), 0)
		m.start(false)
	case fcHeal:
		s.heal()
	case fcNext:
		if !s.faulting {
			return
		}
		if s.rng.IntN(2) == 0 {
			s.crashOne()
		} else if !s.cutOn {
			s.partition()
		}
		s.schedule(s.now+1+s.rng.Int64N(2*s.cfg.FaultGapMs), event{what: evFault, from: fcNext})
	}
}

// crashOne kills a live member, keeping a majority of the servers up (as
// the nemesis does: without it no view can change until they return), and
// schedules its restart.
func (s *Sim) crashOne() {
	var live []*member
	serversUp := 0
	for _, m := range s.members {
		if m.up {
			live = append(live, m)
			if m.role == membership.RoleServer {
				serversUp++
			}
		}
	}
	if len(live) == 0 {
		return
	}
	m := live[s.rng.IntN(len(live))]
	if m.role == membership.RoleServer && serversUp-1 < s.cfg.Servers/2+1 {
		return
	}
	s.faults[FaultCrash]++
	s.record(recFault, "crash", m.id, int64(m.incarnation), 0)
	m.crash()
	s.schedule(s.now+50+s.rng.Int64N(s.cfg.MaxDownMs), event{what: evFault, node: m.idx, from: fcRestart})
}

// partition cuts the members into two random non-empty sides.
func (s *Sim) partition() {
	n := len(s.members)
	if n < 2 {
		return
	}
	for {
		ones := 0
		for i := range s.side {
			s.side[i] = s.rng.IntN(2)
			ones += s.side[i]
		}
		if ones > 0 && ones < n {
			break
		}
	}
	s.cutOn = true
	s.faults[FaultPartition]++
	s.record(recFault, "partition", s.sidesString(), 0, 0)
	s.schedule(s.now+100+s.rng.Int64N(s.cfg.MaxCutMs), event{what: evFault, from: fcHeal})
}

func (s *Sim) heal() {
	if !s.cutOn {
		return
	}
	s.cutOn = false
	clear(s.side)
	s.faults[FaultHeal]++
	s.record(recFault, "heal", "", 0, 0)
}

// quiet ends the faults: heal, and restart every crashed member, except
// that some stay down (the view must then drop them) while a majority of
// the servers stays up.
func (s *Sim) quiet() {
	s.faulting = false
	s.heal()
	serversUp := 0
	for _, m := range s.members {
		if m.up && m.role == membership.RoleServer {
			serversUp++
		}
	}
	for _, m := range s.members {
		if m.up {
			continue
		}
		stayDown := s.rng.IntN(3) == 0
		if m.role == membership.RoleServer {
			stayDown = stayDown && serversUp >= s.cfg.Servers/2+1
		}
		if stayDown {
			s.record(recFault, "stays down", m.id, 0, 0)
			continue
		}
		if m.role == membership.RoleServer {
			serversUp++
		}
		s.schedule(s.now+1+s.rng.Int64N(100), event{what: evFault, node: m.idx, from: fcRestart})
	}
}

func (s *Sim) sidesString() string {
	var a, b []string
	for i, m := range s.members {
		if s.side[i] == 0 {
			a = append(a, m.id)
		} else {
			b = append(b, m.id)
		}
	}
	return strings.Join(a, ",") + " | " + strings.Join(b, ",")
}

func (s *Sim) fail(format string, args ...any) {
	msg := fmt.Sprintf("t=%d ", s.now) + fmt.Sprintf(format, args...)
	s.failures = append(s.failures, msg)
	s.record(recFail, msg, "", 0, 0)
}

// onInstalled checks membership safety: every member that installs an
// epoch installs the same view (members and installer).
func (s *Sim) onInstalled(n *member, v membership.View) {
	s.record(recInstall, strings.Join(v.IDs(), ","), n.id, int64(v.Epoch), 0)
	prev, ok := s.installed[v.Epoch]
	if !ok {
		s.installed[v.Epoch] = v
		return
	}
	if prev.Coordinator != v.Coordinator || !slices.Equal(prev.Members, v.Members) {
		s.fail("membership: %s installed epoch %d as %v by %s, another member as %v by %s",
			n.id, v.Epoch, v.IDs(), v.Coordinator, prev.IDs(), prev.Coordinator)
	}
}

// observe checks, every tick, that no two live members of one connected
// component both think they are the Bully coordinator for longer than
// DualCoordinatorMs. Heartbeats cross a healed cut at once, but a
// coordinator only steps down once Bully traffic reaches it, so a short
// overlap is allowed (a crash's failure timeout plus an election's).
func (s *Sim) observe() {
	n := len(s.members)
	for a := range n {
		for b := a + 1; b < n; b++ {
			ma, mb := s.members[a], s.members[b]
			both := ma.up && mb.up && s.side[a] == s.side[b] && ma.bullyOn && mb.bullyOn &&
				ma.bul.IsCoordinator() && mb.bul.IsCoordinator()
			k := a*n + b
			switch {
			case !both:
				s.dualSince[k] = -1
				continue
			case s.dualSince[k] < 0:
				s.dualSince[k] = s.now
			}
			d := s.now - s.dualSince[k]
			s.maxDualMs = max(s.maxDualMs, d)
			if d > s.cfg.DualCoordinatorMs && d <= s.cfg.DualCoordinatorMs+s.cfg.TickMs { // reported once
				s.fail("bully: %s and %s both coordinator in one component since t=%d", ma.id, mb.id, s.dualSince[k])
			}
		}
	}
}

// check runs the end-of-run invariants: after the quiet period every live
// member follows the highest-rank live member, has installed the view of
// exactly the live members, and the clocks are within ClockBoundUs.
func (s *Sim) check() {
	var live []*member
	for _, m := range s.members {
		if m.up {
			live = append(live, m)
		}
	}
	if len(live) == 0 {
		s.fail("nobody alive")
		return
	}
	top := live[0]
	ids := []string{}
	for _, m := range live {
		if m.rank > top.rank {
			top = m
		}
		ids = append(ids, m.id)
	}
	sort.Strings(ids)
	var epoch uint64
	lo, hi := int64(1<<62), int64(-1<<62)
	for _, m := range live {
		if c := m.bul.Coordinator(); c != top.id || m.mem.Coordinator() != top.id {
			s.fail("bully: %s follows %q (membership %q), want the highest live rank %s", m.id, c, m.mem.Coordinator(), top.id)
		}
		v := m.mem.View()
		switch {
		case v == nil || m.mem.Status() != membership.StatusMember || !slices.Equal(v.IDs(), ids):
			var got []string
			if v != nil {
				got = v.IDs()
			}
			s.fail("liveness: %s (%s) has view %v, want the live members %v", m.id, m.mem.Status(), got, ids)
		case epoch == 0:
			epoch = v.Epoch
		case v.Epoch != epoch:
			s.fail("liveness: %s installed epoch %d, another live member %d", m.id, v.Epoch, epoch)
		}
		us := m.clockUs() - s.now*1000
		lo, hi = min(lo, us), max(hi, us)
	}
	s.spreadUs = hi - lo
	if s.spreadUs > s.cfg.ClockBoundUs() {
		s.fail("clocks: live members %d us apart, bound %d us", s.spreadUs, s.cfg.ClockBoundUs())
	}
}

func (s *Sim) result() Result {
	r := Result{Seed: s.cfg.Seed, Clocks: s.cfg.Clocks, Servers: s.cfg.Servers, Faults: s.faults, Messages: s.messages,
		Rounds: s.rounds, Epochs: len(s.installed), Failures: s.failures, Hash: s.tr.hash, Tail: s.tr.tail(), SpreadUs: s.spreadUs, MaxDualMs: s.maxDualMs}
	return r
}
