package sim

import (
	"fmt"
	"math"

	"socialnet/goclock/internal/berkeley"
	"socialnet/goclock/internal/bully"
	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/membership"
)

// kind names a simulated message: a membership or Bully body, or one of the
// three Berkeley bodies (the Envelope oneof names).
type kind string

const (
	kindTimeRequest kind = "time_request"
	kindTimeReply   kind = "time_reply"
	kindClockAdjust kind = "clock_adjust"
)

// wire is one message in flight. It stands for the decoded Envelope: the
// simulator skips protobuf, which the translate and fuzz tests cover.
type wire struct {
	kind    kind
	mem     membership.Msg // a membership body
	bul     bully.Msg      // a Bully body
	round   uint64
	clockUs int64 // time_reply
	deltaUs int64 // clock_adjust
}

// member is one simulated process: the real machines, wired exactly as
// clocknode.Node wires them (internal/clocknode/node.go), minus sockets,
// logs and control commands. Each method names the node.go function it
// mirrors; keep them in step when node.go changes.
//
// Servers are stand-ins: the TypeScript server (ts-server/src/cluster/node.ts)
// wires the same machines the same way, and adds only what this simulator
// leaves out (storage, replication). A stand-in joins JOINING with a new
// origin per incarnation and turns ACTIVE after a short simulated catch-up.
type member struct {
	s    *Sim
	idx  int
	id   string
	rank uint32
	role membership.Role
	ep   string // peer endpoint: kept across restarts, as the lab does

	// Durable: survives a crash.
	incarnation int

	up   bool
	life int // bumped per start: ticks of an earlier life are discarded

	// Volatile: lost on a crash, rebuilt by start (node.go Start).
	clock       *core.PhysicalClock
	drift       *core.DriftInjector
	mem         *membership.Membership
	bul         *bully.BullyElection
	bullyOn     bool
	coordinator string
	berk        *berkeley.BerkeleyCoordinator
	berkMember  berkeley.BerkeleyMember
	round       uint64
	nextRound   int64
	book        map[string]string
	activeAt    int64 // a server stand-in's catch-up ends then; 0: none pending
}

// start is node.go Start plus the first lines of loop: a fresh process with
// only its durable state, which bootstraps or asks the seeds.
func (n *member) start(bootstrap bool) {
	s := n.s
	n.incarnation++
	n.life++
	n.up = true
	n.clock = core.NewPhysicalClock(s.nowMsFloat) // a restart reads the host clock again: offset 0
	self := membership.Member{ID: n.id, Role: n.role, Rank: n.rank, PeerEndpoint: n.ep, State: membership.StateActive}
	if n.role == membership.RoleServer {
		self.State = membership.StateJoining
		self.Origin = fmt.Sprintf("%s.%d", n.id, n.incarnation)
	}
	n.mem = membership.New(self, s.cfg.Membership)
	n.bul = bully.New(n.id, n.rank, s.cfg.Bully, nil)
	n.bullyOn, n.coordinator = false, ""
	n.berk = berkeley.New(n.id, s.cfg.Berkeley)
	n.berkMember = berkeley.BerkeleyMember{}
	n.round, n.nextRound, n.activeAt = 0, 0, 0
	n.drift = core.NewDriftInjector(s.rng.Uint32(), float64(s.cfg.DriftIntervalMs), s.cfg.DriftMaxMs, s.nowMsFloat())
	n.book = map[string]string{n.id: n.ep}
	if bootstrap {
		n.onMembership(n.mem.Bootstrap(s.now))
	} else {
		n.onMembership(n.mem.RequestJoin(s.now, s.seedsFor(n)))
	}
	s.schedule(s.now+s.cfg.TickMs, event{what: evTick, node: n.idx, life: n.life})
}

// crash drops every volatile piece: the next start is a fresh machine.
func (n *member) crash() {
	n.up = false
	n.mem, n.bul, n.berk, n.clock, n.drift, n.book = nil, nil, nil, nil, nil, nil
}

func (n *member) clockUs() int64 { return int64(math.Floor(n.clock.NowMs() * 1000)) }

// tick is node.go tick (the drift injector is polled only while the
// simulator injects faults: the quiet period runs with drift off).
func (n *member) tick() {
	s := n.s
	now := s.now
	if s.faulting {
		for _, j := range n.drift.Poll(s.nowMsFloat()) {
			if j != 0 {
				s.faults[FaultDrift]++
				s.record(recFault, "drift", n.id, j, 0)
				n.clock.Adjust(float64(j))
			}
		}
	}
	if n.activeAt != 0 && now >= n.activeAt {
		// Stand-in for the TypeScript server's "caught up": not in node.go.
		n.activeAt = 0
		n.onMembership(n.mem.SetSelfState(now, membership.StateActive))
	}
	n.onMembership(n.mem.Tick(now))
	if n.bullyOn {
		n.onBully(n.bul.Tick(now))
	}
	if n.coordinator == n.id {
		if n.berk.Open() {
			n.onBerkeley(n.berk.Tick(n.clockUs()))
		}
		if now >= n.nextRound {
			n.round++
			n.nextRound = now + s.cfg.BerkeleyPeriodMs
			n.onBerkeley(n.berk.Start(n.clockUs(), n.round, n.viewIDs()))
		}
	}
}

// handle is node.go handle for the member-to-member bodies.
func (n *member) handle(from string, w wire) {
	s := n.s
	now := s.now
	n.onMembership(n.mem.Heard(now, from))
	if n.bullyOn {
		n.onBully(n.bul.Heard(now, from))
	}
	switch w.kind {
	case kindTimeRequest:
		reply := wire{kind: kindTimeReply, round: w.round, clockUs: n.clockUs()}
		if _, known := n.book[from]; known {
			n.sendTo(from, reply)
		} else {
			s.send(n, s.endpointOf(from), reply) // node.go answers on its ROUTER
		}
	case kindTimeReply:
		n.onBerkeley(n.berk.Reply(n.clockUs(), from, w.round, w.clockUs))
	case kindClockAdjust:
		if from != n.coordinator {
			s.record(recEvent, "CLOCK_ADJUST_IGNORED", n.id, int64(w.round), 0)
			return
		}
		if d, ok := n.berkMember.Adjust(from, w.round, w.deltaUs); ok {
			n.clock.Adjust(float64(d) / 1000)
		}
	case kind(bully.BodyElection), kind(bully.BodyAnswer), kind(bully.BodyCoordinator):
		n.onBullyInput(now, from, w.bul)
	default:
		n.learn(w.mem)
		n.onMembership(n.mem.Receive(now, from, w.mem))
	}
}

// learn is node.go learn.
func (n *member) learn(msg membership.Msg) {
	if msg.Member != nil && msg.Member.PeerEndpoint != "" {
		n.book[msg.Member.ID] = msg.Member.PeerEndpoint
	}
	if msg.View != nil {
		for _, m := range msg.View.Members {
			if m.PeerEndpoint != "" {
				n.book[m.ID] = m.PeerEndpoint
			}
		}
	}
}

// onMembership is node.go onMembership.
func (n *member) onMembership(out membership.Output) {
	for _, e := range out.Events {
		epoch, _ := e.Fields["epoch"].(uint64)
		what := e.Name
		if id, ok := e.Fields["id"].(string); ok {
			what += " " + id
		}
		n.s.record(recEvent, what, n.id, int64(epoch), 0)
	}
	for _, snd := range out.Send {
		n.sendTo(snd.To, wire{kind: kind(snd.Body), mem: snd.Msg})
	}
	if v := out.Installed; v != nil {
		n.s.onInstalled(n, *v)
		n.installed(*v)
	}
}

// installed is node.go installed.
func (n *member) installed(v membership.View) {
	now := n.s.now
	ranks := map[string]uint32{}
	for _, m := range v.Members {
		ranks[m.ID] = m.Rank
		if m.PeerEndpoint != "" {
			n.book[m.ID] = m.PeerEndpoint
		}
	}
	switch {
	case n.bullyOn:
		n.onBully(n.bul.SetMembers(now, ranks))
	case v.Find(n.id) != nil:
		n.bullyOn = true
		n.bul.SetMembers(now, ranks)
		n.onBully(n.bul.Start(now))
	}
	// Stand-in for the TypeScript server's catch-up: once in a view as
	// JOINING, it turns ACTIVE a little later.
	if n.role == membership.RoleServer && n.activeAt == 0 && n.mem.Self().State == membership.StateJoining && v.Find(n.id) != nil {
		n.activeAt = now + 1 + n.s.rng.Int64N(n.s.cfg.CatchUpMaxMs)
	}
}

// onBullyInput is node.go onBullyInput.
func (n *member) onBullyInput(now int64, from string, msg bully.Msg) {
	if !n.bullyOn {
		n.s.record(recEvent, "BULLY_INPUT_IGNORED", n.id, 0, 0)
		return
	}
	n.onBully(n.bul.Receive(now, from, msg))
}

// onBully is node.go onBully.
func (n *member) onBully(out bully.Output) {
	s := n.s
	for _, e := range out.Events {
		s.record(recEvent, e.Name, n.id, int64(n.bul.Term()), 0)
	}
	for _, snd := range out.Send {
		n.sendTo(snd.To, wire{kind: kind(snd.Body), bul: bully.Msg{Body: snd.Body, Rank: snd.Rank, Term: snd.Term}})
	}
	c := n.bul.Coordinator()
	if c != n.coordinator {
		n.coordinator = c
		if c == n.id {
			n.nextRound = s.now
		} else {
			n.berk = berkeley.New(n.id, s.cfg.Berkeley)
		}
	}
	if c != n.mem.Coordinator() {
		n.onMembership(n.mem.SetCoordinator(s.now, c))
	}
}

// onBerkeley is node.go onBerkeley.
func (n *member) onBerkeley(out berkeley.Output) {
	for _, snd := range out.Send {
		switch snd.Body {
		case berkeley.BodyTimeRequest:
			n.sendTo(snd.To, wire{kind: kindTimeRequest, round: snd.Round})
		case berkeley.BodyClockAdjust:
			n.sendTo(snd.To, wire{kind: kindClockAdjust, round: snd.Round, deltaUs: snd.DeltaUs})
		}
	}
	if r := out.Result; r != nil {
		n.s.record(recEvent, "BERKELEY_ROUND", n.id, int64(r.Round), r.AverageUs)
		n.clock.Adjust(float64(r.SelfAdjustUs) / 1000)
		n.s.rounds++
	}
}

// viewIDs is node.go viewIDs.
func (n *member) viewIDs() []string {
	ids := []string{n.id}
	if v := n.mem.View(); v != nil {
		ids = append(ids, v.IDs()...)
	}
	return ids
}

// sendTo is node.go sendTo: a member id goes through the address book (no
// entry: NO_ENDPOINT, dropped), an endpoint goes as is. Partitions are the
// network's business here (node.go drops on both sides; so does Sim.send).
func (n *member) sendTo(to string, w wire) {
	if to == n.id {
		return
	}
	endpoint := to
	if !membership.IsEndpoint(to) {
		endpoint = n.book[to]
		if endpoint == "" {
			n.s.record(recEvent, "NO_ENDPOINT", n.id, 0, 0)
			return
		}
	}
	n.s.send(n, endpoint, w)
}
