package membership

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// sim runs several machines over a lossless in-memory network with a cut
// set, delivering every message 1 ms after it is sent. Bully is played by
// the test through SetCoordinator.
type sim struct {
	t         *testing.T
	now       int64
	nodes     map[string]*Membership
	order     []string
	queue     []simMsg
	cut       map[string]bool // "a|b" both ways
	installed map[uint64][]string
}

type simMsg struct {
	at       int64
	from, to string
	msg      Msg
}

func newSim(t *testing.T) *sim {
	return &sim{t: t, nodes: map[string]*Membership{}, cut: map[string]bool{}, installed: map[uint64][]string{}}
}

func endpoint(id string) string { return "tcp://" + id }

func (s *sim) add(m Member) *Membership {
	m.PeerEndpoint = endpoint(m.ID)
	n := New(m, DefaultConfig)
	s.nodes[m.ID] = n
	s.order = append(s.order, m.ID)
	return n
}

func (s *sim) handle(from string, out Output) {
	for _, snd := range out.Send {
		to := strings.TrimPrefix(snd.To, "tcp://")
		s.queue = append(s.queue, simMsg{s.now + 1, from, to, snd.Msg})
	}
	if v := out.Installed; v != nil {
		// Safety: every node that installs an epoch installs the same members.
		ids := v.IDs()
		if prev, ok := s.installed[v.Epoch]; ok && !slices.Equal(prev, ids) {
			s.t.Fatalf("epoch %d installed as %v and as %v", v.Epoch, prev, ids)
		}
		s.installed[v.Epoch] = ids
	}
}

func (s *sim) partition(a, b []string, on bool) {
	for _, x := range a {
		for _, y := range b {
			s.cut[x+"|"+y], s.cut[y+"|"+x] = on, on
		}
	}
}

func (s *sim) run(until int64) {
	for ; s.now <= until; s.now++ {
		var later []simMsg
		for len(s.queue) > 0 {
			m := s.queue[0]
			s.queue = s.queue[1:]
			if m.at > s.now {
				later = append(later, m)
				continue
			}
			if n := s.nodes[m.to]; n != nil && !s.cut[m.from+"|"+m.to] {
				s.handle(m.to, n.Receive(s.now, m.from, m.msg))
			}
		}
		s.queue = later
		if s.now%10 == 0 {
			for _, id := range s.order {
				s.handle(id, s.nodes[id].Tick(s.now))
			}
		}
	}
}

func (s *sim) coordinator(id string, on ...string) {
	for _, n := range on {
		s.handle(n, s.nodes[n].SetCoordinator(s.now, id))
	}
}

func (s *sim) views(ids ...string) []string {
	var out []string
	for _, id := range ids {
		n := s.nodes[id]
		out = append(out, fmt.Sprintf("%s:%s:%v", id, n.Status(), n.View().IDs()))
	}
	return out
}

func (s *sim) expect(members []string, on ...string) {
	s.t.Helper()
	for _, id := range on {
		v := s.nodes[id].View()
		if v == nil || !reflect.DeepEqual(v.IDs(), members) || s.nodes[id].Status() != StatusMember {
			s.t.Fatalf("at %d want %v everywhere, got %v", s.now, members, s.views(on...))
		}
	}
}

func TestSimJoinPartitionAndHeal(t *testing.T) {
	s := newSim(t)
	all := []string{"c1", "c2", "s1", "s2", "s3"}
	s.handle("c1", s.add(Member{ID: "c1", Role: RoleClock, Rank: 101, State: StateActive}).Bootstrap(0))
	s.coordinator("c1", "c1")
	s.handle("c2", s.add(Member{ID: "c2", Role: RoleClock, Rank: 102, State: StateActive}).RequestJoin(0, []string{endpoint("c1")}))
	for _, id := range []string{"s1", "s2", "s3"} {
		s.handle(id, s.add(Member{ID: id, Role: RoleServer, Rank: 1, State: StateJoining}).RequestJoin(0, []string{endpoint("c2")}))
	}
	s.run(1000)
	s.coordinator("c1", all...)
	s.expect(all, all...)
	for _, id := range []string{"s1", "s2", "s3"} {
		s.handle(id, s.nodes[id].SetSelfState(s.now, StateActive))
	}
	s.run(2000)
	s.expect(all, all...)
	for _, id := range []string{"s1", "s2", "s3"} {
		if s.nodes["c1"].View().Find(id).State != StateActive {
			t.Fatalf("%s not active: %+v", id, s.nodes["c1"].View())
		}
	}

	// Minority {c1, s1} keeps its coordinator; the majority elects c2.
	minority, majority := []string{"c1", "s1"}, []string{"c2", "s2", "s3"}
	s.partition(minority, majority, true)
	s.coordinator("c2", majority...)
	s.run(5000)
	s.expect([]string{"c2", "s2", "s3"}, majority...)
	s.expect(all, minority...) // proposals never gathered 2 of 3 servers
	if s.nodes["c1"].Proposing() == 0 {
		t.Fatal("the minority coordinator should still be trying")
	}

	// Heal; Bully makes c2 coordinator everywhere. The minority learns it was
	// removed from the coordinator's re-sent view and joins again.
	s.partition(minority, majority, false)
	s.coordinator("c2", all...)
	s.run(8000)
	s.expect(all, all...)
}

func TestSimCrashedMemberIsRemovedAndRestartRejoins(t *testing.T) {
	s := newSim(t)
	s.handle("c1", s.add(Member{ID: "c1", Role: RoleClock, Rank: 101, State: StateActive}).Bootstrap(0))
	s.coordinator("c1", "c1")
	for _, id := range []string{"c2", "c3"} {
		s.handle(id, s.add(Member{ID: id, Role: RoleClock, Rank: 100, State: StateActive}).RequestJoin(0, []string{endpoint("c1")}))
	}
	s.run(1000)
	s.coordinator("c1", "c2", "c3")
	s.expect([]string{"c1", "c2", "c3"}, "c1", "c2", "c3")

	delete(s.nodes, "c3") // crash: silent from now on
	s.order = s.order[:2]
	s.run(1400)
	s.expect([]string{"c1", "c2"}, "c1", "c2")

	s.handle("c3", s.add(Member{ID: "c3", Role: RoleClock, Rank: 100, State: StateActive}).RequestJoin(s.now, []string{endpoint("c2")}))
	s.run(2000)
	s.coordinator("c1", "c3")
	s.expect([]string{"c1", "c2", "c3"}, "c1", "c2", "c3")
}
