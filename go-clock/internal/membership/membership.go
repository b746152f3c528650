// Package membership is the membership view (docs/algorithms.md
// "Membership") as a pure state machine: every input carries the current
// time in milliseconds and returns the messages to send, the events to log
// and the view it installed, if any. No sockets, timers or generated code:
// the driver translates Member/View to and from protobuf. The TypeScript
// twin is ts-server/src/cluster/; both replay proto/testdata/membership.json.
package membership

import (
	"slices"
	"sort"
	"strings"
)

// Role and State mirror the protobuf enums in lower case ("server", "active").
type (
	Role  string
	State string
)

// Roles and states.
const (
	RoleServer Role = "server"
	RoleClock  Role = "clock"

	StateJoining State = "joining"
	StateActive  State = "active"
	StateLeaving State = "leaving"
)

// Member mirrors the protobuf Member.
type Member struct {
	ID           string `json:"id"`
	Role         Role   `json:"role"`
	Rank         uint32 `json:"rank"`
	PeerEndpoint string `json:"peer_endpoint"`
	UserEndpoint string `json:"user_endpoint,omitempty"`
	PubEndpoint  string `json:"pub_endpoint,omitempty"`
	State        State  `json:"state"`
	// Origin is a server incarnation's origin name ("s1.2"); "" for clock nodes.
	Origin string `json:"origin,omitempty"`
}

// OriginSeq mirrors the protobuf OriginSeq: one cut (or version vector entry).
type OriginSeq struct {
	Origin string `json:"origin"`
	Seq    uint64 `json:"seq"`
}

// View mirrors the protobuf View: members sorted by id, the coordinator
// that installed it, and the cuts of every server origin retired so far,
// sorted by origin (nil when there are none).
type View struct {
	Epoch       uint64      `json:"epoch"`
	Members     []Member    `json:"members"`
	Coordinator string      `json:"coordinator"`
	Cuts        []OriginSeq `json:"cuts,omitempty"`
}

// IDs lists the member ids in view order.
func (v View) IDs() []string {
	ids := make([]string, 0, len(v.Members))
	for _, m := range v.Members {
		ids = append(ids, m.ID)
	}
	return ids
}

// Find returns the member with this id, or nil.
func (v View) Find(id string) *Member {
	for i := range v.Members {
		if v.Members[i].ID == id {
			return &v.Members[i]
		}
	}
	return nil
}

func (v View) clone() View {
	v.Members = append(make([]Member, 0, len(v.Members)), v.Members...)
	if len(v.Cuts) > 0 {
		v.Cuts = append([]OriginSeq(nil), v.Cuts...)
	} else {
		v.Cuts = nil
	}
	return v
}

// Cut returns the cut of a retired origin, and whether it has one.
func (v View) Cut(origin string) (uint64, bool) {
	for _, c := range v.Cuts {
		if c.Origin == origin {
			return c.Seq, true
		}
	}
	return 0, false
}

// Vector is a version vector: origin -> highest contiguous seq held.
type Vector map[string]uint64

// Body names the membership messages (the Envelope oneof field names).
type Body string

// Bodies.
const (
	BodyJoinRequest  Body = "join_request"
	BodyLeaveRequest Body = "leave_request"
	BodyViewChange   Body = "view_change"
	BodyViewAck      Body = "view_ack"
	BodyView         Body = "view"
	BodyHeartbeat    Body = "heartbeat"
)

// Msg is one membership message; only the fields of its Body are set.
type Msg struct {
	Body        Body    `json:"body"`
	Member      *Member `json:"member,omitempty"`      // join_request
	ID          string  `json:"id,omitempty"`          // leave_request
	View        *View   `json:"view,omitempty"`        // view_change, view
	Epoch       uint64  `json:"epoch,omitempty"`       // view_ack, heartbeat
	Accepted    bool    `json:"accepted,omitempty"`    // view_ack
	Have        Vector  `json:"have,omitempty"`        // view_ack (accepted): the acker's version vector, nil when empty
	Coordinator string  `json:"coordinator,omitempty"` // heartbeat
	State       State   `json:"state,omitempty"`       // heartbeat
}

// Send is a message to send. To is a member id, or a seed endpoint (it
// contains "://") while the joiner knows nobody by id.
type Send struct {
	To string `json:"to"`
	Msg
}

// Event is something worth a log line.
type Event struct {
	Name   string
	Fields map[string]any
}

// Output is what one input produced. Installed is set when a view was installed.
type Output struct {
	Send      []Send
	Events    []Event
	Installed *View
}

func (o *Output) event(name string, kv ...any) {
	f := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		f[kv[i].(string)] = kv[i+1]
	}
	o.Events = append(o.Events, Event{Name: name, Fields: f})
}

func (o *Output) send(to string, m Msg) { o.Send = append(o.Send, Send{To: to, Msg: m}) }

// Config holds the periods and timeouts, in milliseconds.
type Config struct {
	HeartbeatMs      int64
	FailureTimeoutMs int64
	ProposeTimeoutMs int64
	JoinRetryMs      int64
	// Promised is the highest epoch this member ever accepted a proposal
	// for, and OnPromise keeps it (called before the accepting ViewAck
	// leaves): a restarted voter that forgot its promise could accept a
	// second, different proposal for an epoch it already voted in. Servers
	// (the voters) keep it on disk; clock nodes never vote.
	Promised  uint64
	OnPromise func(epoch uint64)
}

// DefaultConfig makes a dead coordinator's replacement agree within ~0.5 s
// together with the driver's Bully timeouts (docs: 100/400 ms).
var DefaultConfig = Config{HeartbeatMs: 50, FailureTimeoutMs: 300, ProposeTimeoutMs: 500, JoinRetryMs: 300}

// Status is where this member stands.
type Status string

// Statuses.
const (
	StatusIdle    Status = "idle"    // before bootstrap or requestJoin
	StatusJoining Status = "joining" // not in the installed view (never was, or removed)
	StatusMember  Status = "member"  // in the installed view
	StatusLeaving Status = "leaving" // asked to leave, waiting for a view without us
	StatusLeft    Status = "left"    // saw a view without us after asking: ignores everything
)

type proposal struct {
	view   View
	voters map[string]bool
	acks   map[string]bool
	have   Vector // max of the accepting acks' version vectors
	need   int
	expiry int64
}

// Membership is one member's side of the view protocol. The coordinator
// role is set from outside (Bully) with SetCoordinator.
type Membership struct {
	cfg         Config
	self        Member // as we want to appear: the state follows SetSelfState
	status      Status
	view        *View // installed; may lack us after a removal
	coordinator string
	seeds       []string
	highest     uint64            // highest epoch seen anywhere, so proposals always move forward
	accepted    map[uint64]string // epoch -> proposer whose proposal we acked
	lastAsk     int64             // last JoinRequest/LeaveRequest
	lastBeat    int64
	lastHeard   map[string]int64
	// Coordinator only: queued changes (nil = removal), which removals came
	// from suspicion, and the one open proposal.
	pending   map[string]*Member
	suspected map[string]bool
	open      *proposal
	// The highest epoch we accepted a proposal for, in any life (Config.Promised).
	promised uint64
	// The last proposal withdrawn because a member it removed was heard.
	withdrawn struct {
		id   string
		view View
	}
	// haveOf reads our own version vector (servers; nil for clock nodes).
	haveOf func() Vector
}

// New returns an idle member; call Bootstrap or RequestJoin next.
func New(self Member, cfg Config) *Membership {
	return &Membership{
		cfg: cfg, self: self, status: StatusIdle, accepted: map[uint64]string{}, promised: cfg.Promised,
		lastBeat: -1 << 62, lastHeard: map[string]int64{}, pending: map[string]*Member{}, suspected: map[string]bool{},
	}
}

// SetHave tells the machine how to read this member's version vector: it
// is read when acking a ViewChange (ViewAck.have) and, by a server
// coordinator, when it installs a view that retires an origin. Clock nodes
// hold no events and leave it unset (an empty vector).
func (m *Membership) SetHave(fn func() Vector) { m.haveOf = fn }

func (m *Membership) have() Vector {
	if m.haveOf == nil {
		return nil
	}
	var out Vector
	for o, seq := range m.haveOf() {
		if seq > 0 {
			if out == nil {
				out = Vector{}
			}
			out[o] = seq
		}
	}
	return out
}

// Status, View (nil before the first install), Coordinator, Self and Proposing
// (epoch of the open proposal, 0 for none) expose the state.
func (m *Membership) Status() Status      { return m.status }
func (m *Membership) View() *View         { return m.view }
func (m *Membership) Coordinator() string { return m.coordinator }
func (m *Membership) Self() Member        { return m.self }
func (m *Membership) Proposing() uint64 {
	if m.open == nil {
		return 0
	}
	return m.open.view.Epoch
}

// Bootstrap installs epoch 1 = {self}: the first member of a cluster.
func (m *Membership) Bootstrap(now int64) Output {
	var out Output
	if m.status == StatusIdle {
		m.install(now, View{Epoch: 1, Members: []Member{m.self}, Coordinator: m.self.ID}, &out)
	}
	return out
}

// RequestJoin starts asking the seeds (peer endpoints) to let us in.
func (m *Membership) RequestJoin(now int64, seeds []string) Output {
	var out Output
	if m.status != StatusIdle {
		return out
	}
	m.seeds = nil
	for _, s := range seeds {
		if s != "" && s != m.self.PeerEndpoint && !slices.Contains(m.seeds, s) {
			m.seeds = append(m.seeds, s)
		}
	}
	sort.Strings(m.seeds)
	m.status = StatusJoining
	m.ask(now, &out)
	return out
}

// SetCoordinator follows Bully ("" while an election runs).
func (m *Membership) SetCoordinator(now int64, id string) Output {
	var out Output
	if id == m.coordinator {
		return out
	}
	m.coordinator = id
	m.pending, m.suspected, m.open = map[string]*Member{}, map[string]bool{}, nil
	if id == m.self.ID && m.view != nil {
		// Our record of who was heard when may predate an outage of ours:
		// give everyone a full failure timeout.
		for _, mem := range m.view.Members {
			m.lastHeard[mem.ID] = now
		}
	}
	return out
}

// SetSelfState changes the state we want in the view (a server becomes
// ACTIVE once caught up) and asks the coordinator at once.
func (m *Membership) SetSelfState(now int64, s State) Output {
	var out Output
	if m.self.State == s || m.status == StatusLeft || m.status == StatusLeaving {
		return out
	}
	m.self.State = s
	out.event("SELF_STATE_CHANGED", "state", string(s))
	if m.status == StatusMember && !m.synced() {
		m.ask(now, &out)
	}
	return out
}

// RequestLeave asks the coordinator to remove us; Status becomes left once
// a view without us arrives (at once if we are in no view).
func (m *Membership) RequestLeave(now int64) Output {
	var out Output
	switch m.status {
	case StatusIdle, StatusJoining:
		m.status = StatusLeft
		out.event("LEFT", "epoch", m.epoch())
	case StatusMember:
		m.status = StatusLeaving
		m.ask(now, &out)
	}
	return out
}

// Heard notes any message from id: a sign of life.
func (m *Membership) Heard(now int64, id string) Output {
	var out Output
	m.heard(now, id, &out)
	return out
}

func (m *Membership) heard(now int64, id string, out *Output) {
	m.lastHeard[id] = now
	if !m.suspected[id] {
		return
	}
	// It was only slow: drop the removal, and the proposal carrying it, which
	// the next tick replaces with one built from what is still queued.
	delete(m.suspected, id)
	delete(m.pending, id)
	out.event("MEMBER_UNSUSPECTED", "id", id)
	if m.open != nil && m.open.view.Find(id) == nil {
		out.event("VIEW_PROPOSAL_WITHDRAWN", "epoch", m.open.view.Epoch)
		m.withdrawn.id, m.withdrawn.view = id, m.open.view
		m.open = nil
	}
}

// Tick runs the timers. Sends come in this order: join/leave retry,
// proposal, heartbeats.
func (m *Membership) Tick(now int64) Output {
	var out Output
	if m.status == StatusIdle || m.status == StatusLeft {
		return out
	}
	if m.wantsChange() && (m.coordinator == m.self.ID || now-m.lastAsk >= m.cfg.JoinRetryMs) {
		m.ask(now, &out)
	}
	if m.coordinator == m.self.ID && m.view != nil {
		for _, id := range m.view.IDs() {
			if _, queued := m.pending[id]; id != m.self.ID && !queued && now-m.lastHeard[id] > m.cfg.FailureTimeoutMs {
				m.pending[id], m.suspected[id] = nil, true
				out.event("MEMBER_SUSPECTED", "id", id, "silent_ms", now-m.lastHeard[id])
			}
		}
		if m.open != nil && now >= m.open.expiry {
			out.event("VIEW_PROPOSAL_EXPIRED", "epoch", m.open.view.Epoch, "acks", sortedKeys(m.open.acks), "need", m.open.need)
			m.open = nil
		}
		if m.open == nil && len(m.pending) > 0 {
			m.propose(now, &out)
		}
	}
	if (m.status == StatusMember || m.status == StatusLeaving) && now-m.lastBeat >= m.cfg.HeartbeatMs {
		m.lastBeat = now
		for _, id := range m.view.IDs() {
			if id != m.self.ID {
				out.send(id, Msg{Body: BodyHeartbeat, Epoch: m.view.Epoch, Coordinator: m.coordinator, State: m.self.State})
			}
		}
	}
	return out
}

// Receive handles a membership message from member id `from` (it counts as
// hearing from it, so the driver may call Heard for every message anyway).
func (m *Membership) Receive(now int64, from string, msg Msg) Output {
	var out Output
	if m.status == StatusLeft {
		return out
	}
	m.heard(now, from, &out)
	switch msg.Body {
	case BodyJoinRequest:
		if msg.Member != nil && msg.Member.ID != "" {
			m.onJoin(from, *msg.Member, &out)
		}
	case BodyLeaveRequest:
		if m.coordinator == m.self.ID && m.view != nil {
			if m.view.Find(msg.ID) == nil {
				out.send(msg.ID, Msg{Body: BodyView, View: m.viewCopy()}) // it missed its removal
			} else {
				m.queue(msg.ID, nil, &out)
			}
		}
	case BodyViewChange:
		if msg.View != nil {
			m.onProposal(from, *msg.View, &out)
		}
	case BodyViewAck:
		m.highest = max(m.highest, msg.Epoch)
		if w := m.withdrawn; w.view.Epoch == msg.Epoch && w.id == from && msg.Accepted && m.view != nil {
			// The suspect acked its own removal: alive, yet silent to us. It
			// missed views while cut off and heartbeats only the members of
			// its stale view; hearing it withdrew the removal, and its silence
			// would raise it again, for ever. Our view brings it back.
			out.send(from, Msg{Body: BodyView, View: m.viewCopy()})
		}
		if p := m.open; p != nil && msg.Epoch == p.view.Epoch && msg.Accepted && p.voters[from] {
			p.acks[from] = true
			for o, seq := range msg.Have {
				p.have[o] = max(p.have[o], seq)
			}
			if len(p.acks) >= p.need {
				m.commit(now, &out)
			}
		}
	case BodyView:
		if msg.View != nil {
			m.onView(now, *msg.View, &out)
		}
	case BodyHeartbeat:
		m.highest = max(m.highest, msg.Epoch)
		// The coordinator catches up whoever missed a view; and a coordinator
		// that is itself behind (elected on the minority side of a healed
		// partition) is caught up by its members before it proposes. So is
		// a sender missing from our view: it was removed while cut off and
		// may still coordinate a stale view of its own (with us in it), where
		// no election can reach it, since our side no longer lists it.
		if m.view != nil && msg.Epoch < m.view.Epoch && (m.coordinator == m.self.ID || from == m.coordinator || m.view.Find(from) == nil) {
			out.send(from, Msg{Body: BodyView, View: m.viewCopy()})
		}
	}
	return out
}

func (m *Membership) onJoin(from string, j Member, out *Output) {
	switch {
	case m.view == nil:
		// Nothing to tell yet: we are joining ourselves.
	case m.coordinator != m.self.ID:
		out.send(j.ID, Msg{Body: BodyView, View: m.viewCopy()}) // so the joiner learns the coordinator
		// The view names the coordinator that installed it, which may be gone
		// or outranked since: forward too, but only once (from the joiner
		// itself), so two members that disagree cannot bounce it forever.
		if m.coordinator != "" && from == j.ID {
			out.send(m.coordinator, Msg{Body: BodyJoinRequest, Member: &j})
		}
	case staleJoin(m.view.Find(j.ID), j):
		// A server only goes JOINING -> ACTIVE under one origin: this is its
		// earlier request, overtaken. Applying it would stop everyone waiting
		// for the origin, with no cut, while that origin's acknowledged
		// events are still on their way (found by the TS simulator, seed 904).
		out.event("JOIN_STALE", "id", j.ID, "origin", j.Origin)
		out.send(j.ID, Msg{Body: BodyView, View: m.viewCopy()})
	case m.view.Find(j.ID) != nil && *m.view.Find(j.ID) == j:
		if _, queued := m.pending[j.ID]; queued {
			delete(m.pending, j.ID)
			delete(m.suspected, j.ID)
		}
		out.send(j.ID, Msg{Body: BodyView, View: m.viewCopy()}) // already in: it missed the view (or restarted)
	default:
		m.queue(j.ID, &j, out)
	}
}

func (m *Membership) onProposal(from string, v View, out *Output) {
	m.highest = max(m.highest, v.Epoch)
	prev, taken := m.accepted[v.Epoch]
	// A proposal must carry every cut of the view we installed: one that
	// lacks some was made from an older view (a coordinator that missed
	// ours) and would fork the history, and a cut once installed is final
	// (replicas skipped what lies beyond it). Refuse, and catch it up.
	if m.view != nil && !coversCuts(v.Cuts, m.view.Cuts) {
		out.send(from, Msg{Body: BodyViewAck, Epoch: max(v.Epoch, m.promised)})
		out.event("VIEW_REJECTED", "epoch", v.Epoch, "coordinator", from, "installed", m.epoch(), "accepted_from", prev, "reason", "missing cuts")
		out.send(from, Msg{Body: BodyView, View: m.viewCopy()})
		return
	}
	fresh := v.Epoch > m.promised || (v.Epoch == m.promised && taken && prev == from)
	if v.Epoch > m.epoch() && fresh && (!taken || prev == from) {
		m.accepted[v.Epoch] = from
		if v.Epoch > m.promised {
			m.promised = v.Epoch
			if m.cfg.OnPromise != nil {
				m.cfg.OnPromise(v.Epoch)
			}
		}
		out.send(from, Msg{Body: BodyViewAck, Epoch: v.Epoch, Accepted: true, Have: m.have()})
		out.event("VIEW_ACKED", "epoch", v.Epoch, "coordinator", from)
		return
	}
	// A refusal names the highest epoch we promised: a coordinator behind us proposes above it at once.
	out.send(from, Msg{Body: BodyViewAck, Epoch: max(v.Epoch, m.promised)})
	out.event("VIEW_REJECTED", "epoch", v.Epoch, "coordinator", from, "installed", m.epoch(), "accepted_from", prev)
}

// staleJoin: a request to be JOINING from a member ACTIVE under the same origin.
func staleJoin(current *Member, j Member) bool {
	return current != nil && current.State == StateActive && j.State == StateJoining && current.Origin == j.Origin
}

// coversCuts: every origin cut in ours is cut in theirs.
func coversCuts(theirs, ours []OriginSeq) bool {
	for _, c := range ours {
		found := false
		for _, t := range theirs {
			if t.Origin == c.Origin {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (m *Membership) onView(now int64, v View, out *Output) {
	m.highest = max(m.highest, v.Epoch)
	if m.view == nil && v.Find(m.self.ID) == nil {
		// A seed's answer: it tells who coordinates, so ask there right away.
		// Not installed: a joiner's first view is one that has it.
		if v.Coordinator != "" && v.Coordinator != m.self.ID && v.Coordinator != m.coordinator {
			m.coordinator = v.Coordinator
			out.send(v.Coordinator, Msg{Body: BodyJoinRequest, Member: m.selfCopy()})
			out.event("JOIN_REQUESTED", "to", []string{v.Coordinator}, "state", string(m.self.State))
		}
		return
	}
	if v.Epoch > m.epoch() {
		m.install(now, v, out)
	}
}

// queue records a change for the next proposal (who = nil removes).
func (m *Membership) queue(id string, who *Member, out *Output) {
	if old, ok := m.pending[id]; ok && (old == nil) == (who == nil) && (old == nil || *old == *who) {
		return
	}
	delete(m.suspected, id)
	m.pending[id] = who
	if who == nil {
		out.event("MEMBER_LEAVING", "id", id)
	} else {
		out.event("MEMBER_JOINING", "id", id, "state", string(who.State), "rank", who.Rank)
	}
}

// ask sends our JoinRequest (or LeaveRequest) to the coordinator, or to the
// seeds when we know none or have never been in a view (so a coordinator that
// died since a seed named it cannot stall us). As coordinator we queue it.
func (m *Membership) ask(now int64, out *Output) {
	m.lastAsk = now
	leaving := m.status == StatusLeaving
	if m.coordinator == m.self.ID {
		if leaving {
			if m.view.Find(m.self.ID) != nil {
				m.queue(m.self.ID, nil, out)
			}
		} else {
			self := m.self
			m.queue(self.ID, &self, out)
		}
		return
	}
	var to []string
	switch {
	case m.coordinator != "":
		to = append(to, m.coordinator)
	case m.view != nil && m.view.Find(m.self.ID) == nil && m.view.Coordinator != m.self.ID:
		// Removed while an election runs (one that may never end for us: the
		// members above us that answer it no longer list us, so their
		// Coordinator never comes). The view's installer can readmit us;
		// a member started with --bootstrap has no seed to ask instead.
		to = append(to, m.view.Coordinator)
	}
	if !leaving && (m.coordinator == "" || m.view == nil) {
		to = append(to, m.seeds...)
	}
	sort.Strings(to)
	for _, t := range to {
		if leaving {
			out.send(t, Msg{Body: BodyLeaveRequest, ID: m.self.ID})
		} else {
			out.send(t, Msg{Body: BodyJoinRequest, Member: m.selfCopy()})
		}
	}
	switch {
	case len(to) == 0: // nobody to ask until Bully names a coordinator
	case leaving:
		out.event("LEAVE_REQUESTED", "to", to)
	default:
		out.event("JOIN_REQUESTED", "to", to, "state", string(m.self.State))
	}
}

func (m *Membership) propose(now int64, out *Output) {
	next := map[string]Member{}
	for _, mem := range m.view.Members {
		next[mem.ID] = mem
	}
	for id, who := range m.pending {
		if who == nil {
			delete(next, id)
		} else {
			next[id] = *who
		}
	}
	members := make([]Member, 0, len(next))
	for _, mem := range next {
		members = append(members, mem)
	}
	sort.Slice(members, func(i, j int) bool { return members[i].ID < members[j].ID })
	if slices.Equal(members, m.view.Members) {
		m.pending, m.suspected = map[string]*Member{}, map[string]bool{}
		return
	}
	m.highest++
	p := &proposal{
		// The cuts so far are carried forward; the ones this change adds are
		// only known once the acks are in (commit).
		view:   View{Epoch: m.highest, Members: members, Coordinator: m.self.ID, Cuts: m.view.clone().Cuts},
		voters: map[string]bool{}, acks: map[string]bool{}, have: Vector{}, expiry: now + m.cfg.ProposeTimeoutMs,
	}
	// Only ACTIVE servers of the current view vote: they hold the data the
	// quorum protects. A view with none of them changes at once.
	for _, mem := range m.view.Members {
		if mem.Role == RoleServer && mem.State == StateActive {
			p.voters[mem.ID] = true
		}
	}
	if len(p.voters) > 0 {
		p.need = len(p.voters)/2 + 1
	}
	if p.voters[m.self.ID] {
		p.acks[m.self.ID] = true
	}
	m.accepted[p.view.Epoch] = m.self.ID
	m.open = p
	out.event("VIEW_PROPOSED", "epoch", p.view.Epoch, "members", p.view.IDs(), "voters", sortedKeys(p.voters), "need", p.need)
	if len(p.acks) >= p.need {
		m.commit(now, out)
		return
	}
	for _, id := range sortedKeys(p.voters) {
		if id != m.self.ID {
			out.send(id, Msg{Body: BodyViewChange, View: ptr(p.view.clone())})
		}
	}
}

// commit installs the open proposal, with a cut for every server origin it
// retires, and tells the new members and the removed ones.
func (m *Membership) commit(now int64, out *Output) {
	v, prev := m.open.view.clone(), *m.view
	v.Cuts = m.cuts(prev, v, m.open.have)
	m.install(now, v, out)
	to := v.IDs()
	for _, id := range prev.IDs() {
		if v.Find(id) == nil {
			to = append(to, id)
		}
	}
	sort.Strings(to)
	for _, id := range to {
		if id != m.self.ID {
			out.send(id, Msg{Body: BodyView, View: ptr(v.clone())})
		}
	}
}

// cuts returns next's cuts: those carried forward, plus one for every origin
// of a server of prev that no member of next has (removed, or back as a new
// incarnation): the highest seq of it that an acker held (acked: the max of
// the accepting acks' vectors; our own vector too if we are a server), 0 if
// none held any. Sorted by origin.
func (m *Membership) cuts(prev, next View, acked Vector) []OriginSeq {
	cuts := append([]OriginSeq(nil), next.Cuts...)
	live := map[string]bool{}
	for _, mem := range next.Members {
		live[mem.Origin] = true
	}
	var own Vector
	if m.self.Role == RoleServer {
		own = m.have()
	}
	for _, mem := range prev.Members {
		if mem.Role != RoleServer || mem.Origin == "" || live[mem.Origin] {
			continue
		}
		if _, done := next.Cut(mem.Origin); done {
			continue
		}
		c := OriginSeq{Origin: mem.Origin, Seq: max(acked[mem.Origin], own[mem.Origin])}
		cuts = append(cuts, c)
		next.Cuts = cuts // so a duplicate origin in prev is cut once
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].Origin < cuts[j].Origin })
	if len(cuts) == 0 {
		return nil
	}
	return cuts
}

func (m *Membership) install(now int64, v View, out *Output) {
	v = v.clone()
	prev := m.view
	m.view = &v
	m.highest = max(m.highest, v.Epoch)
	out.Installed = ptr(v.clone())
	if len(v.Cuts) > 0 {
		out.event("VIEW_INSTALLED", "epoch", v.Epoch, "members", v.IDs(), "coordinator", v.Coordinator, "cuts", v.Cuts)
	} else {
		out.event("VIEW_INSTALLED", "epoch", v.Epoch, "members", v.IDs(), "coordinator", v.Coordinator)
	}
	if prev != nil {
		for _, id := range prev.IDs() {
			if v.Find(id) == nil {
				out.event("MEMBER_REMOVED", "id", id, "epoch", v.Epoch)
			}
		}
	}
	for e := range m.accepted {
		if e <= v.Epoch {
			delete(m.accepted, e)
		}
	}
	if m.open != nil && m.open.view.Epoch <= v.Epoch {
		m.open = nil // ours, or overtaken: what is still queued gets proposed again
	}
	for id, who := range m.pending {
		if cur := v.Find(id); (who == nil && cur == nil) || (who != nil && cur != nil && *cur == *who) {
			delete(m.pending, id)
			delete(m.suspected, id)
		}
	}
	for id := range m.lastHeard {
		if v.Find(id) == nil {
			delete(m.lastHeard, id)
		}
	}
	for _, id := range v.IDs() {
		if _, ok := m.lastHeard[id]; !ok {
			m.lastHeard[id] = now // a newcomer gets a full failure timeout
		}
	}
	in := v.Find(m.self.ID) != nil
	switch {
	case m.status == StatusLeaving && !in:
		m.status = StatusLeft
		out.event("LEFT", "epoch", v.Epoch)
		return
	case m.status == StatusLeaving:
	case in:
		m.status = StatusMember
	default:
		m.status = StatusJoining // removed without asking (a false suspicion): join again
	}
	if m.wantsChange() {
		m.ask(now, out)
	}
}

// wantsChange: a join, state change or leave of ours is not in the view yet.
func (m *Membership) wantsChange() bool {
	if m.status == StatusLeaving {
		return true
	}
	return (m.status == StatusJoining || m.status == StatusMember) && !m.synced()
}

func (m *Membership) synced() bool {
	if m.view == nil {
		return false
	}
	cur := m.view.Find(m.self.ID)
	return cur != nil && *cur == m.self
}

func (m *Membership) epoch() uint64 {
	if m.view == nil {
		return 0
	}
	return m.view.Epoch
}

func (m *Membership) viewCopy() *View { return ptr(m.view.clone()) }
func (m *Membership) selfCopy() *Member {
	s := m.self
	return &s
}

// IsEndpoint tells a seed endpoint from a member id in Send.To.
func IsEndpoint(to string) bool { return strings.Contains(to, "://") }

func ptr[T any](v T) *T { return &v }

func sortedKeys(set map[string]bool) []string {
	ks := make([]string, 0, len(set))
	for k := range set {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
