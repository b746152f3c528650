package membership

import "testing"

// Regression tests for liveness bugs the deterministic simulator
// (internal/sim) found: members that missed views while cut off and that
// nobody caught up.

func clockMember(id string, rank uint32) Member {
	return Member{ID: id, Role: RoleClock, Rank: rank, PeerEndpoint: "tcp://" + id, State: StateActive}
}

func serverMember(id string, rank uint32) Member {
	return Member{ID: id, Role: RoleServer, Rank: rank, PeerEndpoint: "tcp://" + id, State: StateActive}
}

func viewOf(epoch uint64, coordinator string, ms ...Member) View {
	return View{Epoch: epoch, Coordinator: coordinator, Members: ms}
}

func sentTo(out Output, to string, body Body) *Send {
	for i := range out.Send {
		if out.Send[i].To == to && out.Send[i].Body == body {
			return &out.Send[i]
		}
	}
	return nil
}

// seed=21: c1 was removed while cut off and still coordinates its stale view
// with s1 in it; s1 (on c2's view) heartbeats only c2. A heartbeat from c1,
// a stranger to our view with an older epoch, gets our view.
func TestHeartbeatFromARemovedMemberGetsOurView(t *testing.T) {
	c2, s1 := clockMember("c2", 102), serverMember("s1", 1)
	m := New(s1, DefaultConfig)
	m.Receive(0, "c2", Msg{Body: BodyView, View: ptr(viewOf(10, "c2", c2, s1))})
	m.SetCoordinator(0, "c2")
	out := m.Receive(10, "c1", Msg{Body: BodyHeartbeat, Epoch: 8, Coordinator: "c1", State: StateActive})
	if s := sentTo(out, "c1", BodyView); s == nil || s.View.Epoch != 10 {
		t.Fatalf("want our view (epoch 10) sent to c1, got %+v", out.Send)
	}
}

// seed=208: s1 missed the view that re-added the coordinator c1 and
// heartbeats only s2. c1 suspects it, proposes its removal, s1 acks, which
// clears the suspicion and withdraws the proposal, for ever. The ack of the
// suspect to its own removal now brings it our view.
func TestSuspectAckingItsRemovalGetsOurView(t *testing.T) {
	c1, s1, s2 := clockMember("c1", 101), serverMember("s1", 1), serverMember("s2", 2)
	m := New(c1, DefaultConfig)
	m.Receive(0, "s2", Msg{Body: BodyView, View: ptr(viewOf(8, "c1", c1, s1, s2))})
	m.SetCoordinator(0, "c1")
	for now := int64(50); now <= 300; now += 50 {
		m.Heard(now, "s2")
	}
	out := m.Tick(301)
	p := sentTo(out, "s1", BodyViewChange)
	if p == nil {
		t.Fatalf("s1 silent: want its removal proposed to it, got %+v", out.Send)
	}
	m.Heard(310, "s1") // what the driver does first with any message
	out = m.Receive(310, "s1", Msg{Body: BodyViewAck, Epoch: p.View.Epoch, Accepted: true})
	if s := sentTo(out, "s1", BodyView); s == nil || s.View.Epoch != 8 {
		t.Fatalf("want our view (epoch 8) sent to the suspect, got %+v", out.Send)
	}
}

// seed=879: c1, started with --bootstrap (no seeds), is removed while an
// election runs that never ends for it. It asks the view's installer.
func TestRemovedWithoutCoordinatorAsksTheInstaller(t *testing.T) {
	c1, c2, c3 := clockMember("c1", 101), clockMember("c2", 102), clockMember("c3", 103)
	m := New(c1, DefaultConfig)
	m.Bootstrap(0)
	m.SetCoordinator(0, "c1")
	m.SetCoordinator(5, "") // an election runs
	out := m.Receive(10, "c2", Msg{Body: BodyView, View: ptr(viewOf(9, "c3", c2, c3))})
	if m.Status() != StatusJoining {
		t.Fatalf("removed: want joining, got %s", m.Status())
	}
	if sentTo(out, "c3", BodyJoinRequest) == nil {
		t.Fatalf("want a JoinRequest to the installer c3, got %+v", out.Send)
	}
}

// Found by the TypeScript simulator: a coordinator that missed a view with a
// cut proposed from an older view, without the cut, and a majority that had
// not installed it accepted: the same origin got two cuts. A member refuses
// a proposal lacking a cut of its installed view and sends its view instead.
func TestProposalWithoutOurCutIsRefused(t *testing.T) {
	c1, c2, s1, s2, s3 := clockMember("c1", 100), clockMember("c2", 101), serverMember("s1", 1), serverMember("s2", 2), serverMember("s3", 3)
	m := New(s2, DefaultConfig)
	installed := viewOf(7, "c1", c1, s2, s3)
	installed.Cuts = []OriginSeq{{Origin: "s1.1", Seq: 107}}
	m.Receive(0, "c1", Msg{Body: BodyView, View: &installed})
	m.SetCoordinator(0, "c1")
	stale := viewOf(9, "c2", c2, s1, s2)
	out := m.Receive(10, "c2", Msg{Body: BodyViewChange, View: &stale})
	if a := sentTo(out, "c2", BodyViewAck); a == nil || a.Msg.Accepted {
		t.Fatalf("want a refusal, got %+v", out.Send)
	}
	if v := sentTo(out, "c2", BodyView); v == nil || v.View.Epoch != 7 {
		t.Fatalf("want our view sent to c2, got %+v", out.Send)
	}
	fresh := viewOf(10, "c2", c2, s1, s2)
	fresh.Cuts = []OriginSeq{{Origin: "s1.1", Seq: 107}}
	if a := sentTo(m.Receive(11, "c2", Msg{Body: BodyViewChange, View: &fresh}), "c2", BodyViewAck); a == nil || !a.Msg.Accepted {
		t.Fatal("a proposal carrying the cut must be acked")
	}
}

// Found by the TypeScript simulator: a voter that crashed after accepting
// epoch 7 from one coordinator accepted a different epoch 7 from another
// after its restart, and both were installed. The promise survives restarts.
func TestRestartedVoterKeepsItsPromise(t *testing.T) {
	c2, s1, s3 := clockMember("c2", 102), serverMember("s1", 1), serverMember("s3", 3)
	var promises []uint64
	m := New(s1, Config{HeartbeatMs: 50, FailureTimeoutMs: 300, ProposeTimeoutMs: 500, JoinRetryMs: 300,
		Promised: 7, OnPromise: func(e uint64) { promises = append(promises, e) }})
	m.RequestJoin(0, []string{"tcp://seed"})
	v := viewOf(6, "c2", c2, s1, s3)
	m.Receive(0, "s3", Msg{Body: BodyView, View: &v})
	rival := viewOf(7, "s3", c2, s1, s3)
	if a := sentTo(m.Receive(1, "s3", Msg{Body: BodyViewChange, View: &rival}), "s3", BodyViewAck); a == nil || a.Msg.Accepted || a.Msg.Epoch != 7 {
		t.Fatalf("want epoch 7 refused, got %+v", a)
	}
	next := viewOf(8, "s3", c2, s1, s3)
	if a := sentTo(m.Receive(2, "s3", Msg{Body: BodyViewChange, View: &next}), "s3", BodyViewAck); a == nil || !a.Msg.Accepted {
		t.Fatalf("want epoch 8 accepted, got %+v", a)
	}
	if len(promises) != 1 || promises[0] != 8 {
		t.Fatalf("want the promise of 8 written down, got %v", promises)
	}
}

// Found by the TypeScript simulator (seed 904): a server's earlier JOINING
// request, overtaken by its ACTIVE one, was applied late and stopped everyone
// waiting for its origin. The coordinator ignores it and sends its view.
func TestStaleJoiningRequestIsIgnored(t *testing.T) {
	c1, s2 := clockMember("c1", 100), serverMember("s2", 2)
	s1 := serverMember("s1", 1)
	s1.Origin = "s1.2"
	m := New(c1, DefaultConfig)
	v := viewOf(9, "c1", c1, s1, s2)
	m.Receive(0, "s2", Msg{Body: BodyView, View: &v})
	m.SetCoordinator(0, "c1")
	stale := s1
	stale.State = StateJoining
	out := m.Receive(10, "s1", Msg{Body: BodyJoinRequest, Member: &stale})
	if sentTo(out, "s1", BodyView) == nil || len(out.Events) != 1 || out.Events[0].Name != "JOIN_STALE" {
		t.Fatalf("want JOIN_STALE and our view to s1, got %+v", out)
	}
}
