package bully

import (
	"fmt"
	"reflect"
	"testing"

	"socialnet/goclock/internal/prototest"
)

var cfg = Config{AnswerTimeoutMs: 200, CoordinatorTimeoutMs: 500, FailureTimeoutMs: 1000}

type vecSend struct {
	To   string `json:"to"`
	Body Body   `json:"body"`
	Rank uint32 `json:"rank"`
	Term uint64 `json:"term"`
}

type vecState struct {
	Phase       Phase  `json:"phase"`
	Coordinator string `json:"coordinator"`
	Term        uint64 `json:"term"`
}

type vectors struct {
	Config struct {
		AnswerTimeoutMs      int64 `json:"answer_timeout_ms"`
		CoordinatorTimeoutMs int64 `json:"coordinator_timeout_ms"`
		FailureTimeoutMs     int64 `json:"failure_timeout_ms"`
	} `json:"config"`
	Scenarios []struct {
		Name    string            `json:"name"`
		Self    string            `json:"self"`
		Members map[string]uint32 `json:"members"`
		Steps   []struct {
			At    int64 `json:"at"`
			Input struct {
				Kind    string            `json:"kind"`
				From    string            `json:"from"`
				Body    Body              `json:"body"`
				Rank    uint32            `json:"rank"`
				Term    uint64            `json:"term"`
				Members map[string]uint32 `json:"members"`
			} `json:"input"`
			Send  []vecSend `json:"send"`
			State vecState  `json:"state"`
		} `json:"steps"`
	} `json:"scenarios"`
}

func TestVectors(t *testing.T) {
	var v vectors
	prototest.LoadJSON(t, "testdata/bully.json", &v)
	if len(v.Scenarios) == 0 {
		t.Fatal("no scenarios")
	}
	c := Config{AnswerTimeoutMs: v.Config.AnswerTimeoutMs, CoordinatorTimeoutMs: v.Config.CoordinatorTimeoutMs, FailureTimeoutMs: v.Config.FailureTimeoutMs}
	for _, sc := range v.Scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			b := New(sc.Self, sc.Members[sc.Self], c, sc.Members)
			for i, st := range sc.Steps {
				in := st.Input
				var out Output
				switch in.Kind {
				case "start":
					out = b.Start(st.At)
				case "tick":
					out = b.Tick(st.At)
				case "receive":
					out = b.Receive(st.At, in.From, Msg{Body: in.Body, Rank: in.Rank, Term: in.Term})
				case "heard":
					out = b.Heard(st.At, in.From)
				case "members":
					out = b.SetMembers(st.At, in.Members)
				default:
					t.Fatalf("step %d: unknown input %q", i, in.Kind)
				}
				got := []vecSend{}
				for _, s := range out.Send {
					got = append(got, vecSend(s))
				}
				if want := st.Send; !reflect.DeepEqual(got, want) {
					t.Fatalf("step %d (%s at %d): send\n got %+v\nwant %+v", i, in.Kind, st.At, got, want)
				}
				if got := (vecState{b.Phase(), b.Coordinator(), b.Term()}); got != st.State {
					t.Fatalf("step %d (%s at %d): state got %+v want %+v", i, in.Kind, st.At, got, st.State)
				}
				if b.IsCoordinator() != (st.State.Coordinator == sc.Self) {
					t.Fatalf("step %d: IsCoordinator %v", i, b.IsCoordinator())
				}
			}
		})
	}
}

func names(out Output) []string {
	n := []string{}
	for _, e := range out.Events {
		n = append(n, e.Name)
	}
	return n
}

func TestEventsAreLogged(t *testing.T) {
	b := New("s1", 10, cfg, map[string]uint32{"s1": 10, "s2": 20})
	if got := names(b.Start(0)); !reflect.DeepEqual(got, []string{EventElectionStarted}) {
		t.Fatalf("start: %v", got)
	}
	if got := names(b.Tick(200)); !reflect.DeepEqual(got, []string{EventCoordinator}) {
		t.Fatalf("win: %v", got)
	}
	if got := names(b.Receive(210, "s2", Msg{Body: BodyCoordinator, Rank: 20, Term: 1})); !reflect.DeepEqual(got, []string{EventCoordinatorAccepted}) {
		t.Fatalf("accept: %v", got)
	}
	if got := names(b.Receive(220, "s2", Msg{Body: BodyCoordinator, Rank: 20, Term: 1})); len(got) != 0 {
		t.Fatalf("a duplicate announcement is quiet: %v", got)
	}
	if got := names(b.Tick(1221)); !reflect.DeepEqual(got, []string{EventCoordinatorSilent, EventElectionStarted}) {
		t.Fatalf("silent: %v", got)
	}
	b2 := New("s2", 20, cfg, map[string]uint32{"s1": 10, "s2": 20})
	b2.Start(0)
	out := b2.Receive(5, "s1", Msg{Body: BodyElection, Rank: 10})
	if got := names(out); !reflect.DeepEqual(got, []string{EventAnswered}) {
		t.Fatalf("answer: %v", got)
	}
	if out.Events[0].Fields["to"] != "s1" {
		t.Fatalf("answer fields: %v", out.Events[0].Fields)
	}
}

func TestNothingHappensBeforeStart(t *testing.T) {
	b := New("s1", 10, cfg, map[string]uint32{"s1": 10, "s2": 20})
	for _, out := range []Output{
		b.Tick(1_000_000),
		b.SetMembers(1_000_001, map[string]uint32{"s1": 10, "s2": 20, "c1": 100}),
		b.Heard(1_000_002, "c1"),
		b.Receive(1_000_003, "s2", Msg{Body: BodyAnswer, Rank: 20}),
	} {
		if len(out.Send)+len(out.Events) != 0 {
			t.Fatalf("idle without coordinator reacted: %+v", out)
		}
	}
	if b.Phase() != PhaseIdle || b.Coordinator() != "" || b.IsCoordinator() {
		t.Fatal("state moved")
	}
}

func TestIgnoresElectionFromHigherAndAnswerFromLower(t *testing.T) {
	b := New("s2", 20, cfg, map[string]uint32{"s1": 10, "s2": 20, "s3": 30})
	b.Start(0)
	if out := b.Receive(1, "s3", Msg{Body: BodyElection, Rank: 30}); len(out.Send) != 0 {
		t.Fatalf("answered a higher rank: %+v", out.Send)
	}
	b.Receive(2, "s1", Msg{Body: BodyAnswer, Rank: 10})
	if b.Phase() != PhaseElecting {
		t.Fatalf("a lower answer made us wait: %s", b.Phase())
	}
}

func TestSelfIsAlwaysAMember(t *testing.T) {
	b := New("s1", 10, cfg, map[string]uint32{"s2": 20})
	b.Start(0)
	b.Receive(1, "s2", Msg{Body: BodyCoordinator, Rank: 20, Term: 1})
	// A member list with us but not our coordinator: we are highest and win,
	// without sending to ourselves.
	out := b.SetMembers(2, map[string]uint32{"s0": 5, "s1": 10})
	for _, s := range out.Send {
		if s.To == "s1" {
			t.Fatalf("sent to self: %+v", out.Send)
		}
	}
	if b.Phase() != PhaseIdle || !b.IsCoordinator() {
		t.Fatalf("coordinator left, we are highest: want to win, got %s %q", b.Phase(), b.Coordinator())
	}
}

// A view that removed us (we were cut off) must not make us coordinator of
// a view we are not in: the list is ignored until one lists us again.
func TestListWithoutUsIsIgnored(t *testing.T) {
	b := New("c1", 101, cfg, map[string]uint32{"c3": 103, "s1": 1})
	b.Start(0)
	b.Receive(1, "c3", Msg{Body: BodyCoordinator, Rank: 103, Term: 1})
	if out := b.SetMembers(2, map[string]uint32{"s1": 1, "s2": 2}); len(out.Send) > 0 || b.Coordinator() != "c3" {
		t.Fatalf("a view without us moved Bully: %+v, coordinator %q", out, b.Coordinator())
	}
	// Our old list still stands: c3 falling silent starts an election toward it.
	out := b.Tick(2 + cfg.FailureTimeoutMs + 1)
	if len(out.Send) != 1 || out.Send[0].To != "c3" || out.Send[0].Body != BodyElection {
		t.Fatalf("want an Election to c3 once it is silent, got %+v", out.Send)
	}
}

func TestHighestAlwaysEndsCoordinator(t *testing.T) {
	// Any order of starts among live members ends with the highest as coordinator.
	ranks := map[string]uint32{"a": 3, "b": 1, "c": 2, "d": 9}
	for _, dead := range []string{"", "d"} {
		nodes := map[string]*BullyElection{}
		for id, r := range ranks {
			if id != dead {
				nodes[id] = New(id, r, cfg, ranks)
			}
		}
		type msg struct {
			from string
			s    Send
		}
		var queue []msg
		push := func(from string, out Output) {
			for _, s := range out.Send {
				queue = append(queue, msg{from, s})
			}
		}
		for _, id := range []string{"b", "c", "a", "d"} {
			if n := nodes[id]; n != nil {
				push(id, n.Start(0))
			}
		}
		for now := int64(0); now < 5000; now += 10 {
			for len(queue) > 0 {
				m := queue[0]
				queue = queue[1:]
				if n := nodes[m.s.To]; n != nil {
					n.Heard(now, m.from)
					push(m.s.To, n.Receive(now, m.from, Msg{Body: m.s.Body, Rank: m.s.Rank, Term: m.s.Term}))
				}
			}
			for _, id := range []string{"a", "b", "c", "d"} {
				if n := nodes[id]; n != nil {
					push(id, n.Tick(now))
				}
			}
		}
		want := "d"
		if dead == "d" {
			want = "a"
		}
		for id, n := range nodes {
			if n.Coordinator() != want || n.Phase() != PhaseIdle {
				t.Errorf("dead=%q: %s ends %s/%q, want idle/%q", dead, id, n.Phase(), n.Coordinator(), want)
			}
		}
	}
}

func ExampleBullyElection() {
	b := New("s1", 10, Config{AnswerTimeoutMs: 200, CoordinatorTimeoutMs: 500, FailureTimeoutMs: 1000},
		map[string]uint32{"s1": 10, "c1": 100})
	fmt.Println(b.Start(0).Send)
	fmt.Println(b.Tick(200).Send, b.IsCoordinator())
	// Output:
	// [{c1 election 10 0}]
	// [{c1 coordinator 10 1}] true
}

// A coordinator repeats its announcement every AnnounceMs (seed=19 of the
// simulator: the coordinators of the two sides of a healed partition never
// met, since Bully sent nothing once its elections were over).
func TestCoordinatorAnnouncesPeriodically(t *testing.T) {
	b := New("c2", 102, cfg, map[string]uint32{"c1": 101, "s1": 1})
	if out := b.Start(0); len(out.Send) != 2 {
		t.Fatalf("want the win announced to c1 and s1, got %+v", out.Send)
	}
	if out := b.Tick(cfg.FailureTimeoutMs - 1); len(out.Send) != 0 {
		t.Fatalf("announced too early: %+v", out.Send)
	}
	out := b.Tick(cfg.FailureTimeoutMs)
	if len(out.Send) != 2 || out.Send[0].Body != BodyCoordinator || out.Send[0].Term != 1 {
		t.Fatalf("want Coordinator{term 1} to both, got %+v", out.Send)
	}
	// The rival of lower rank stands down on it.
	c1 := New("c1", 101, cfg, map[string]uint32{"s1": 1})
	c1.Start(0)
	c1.Receive(1, "c2", Msg{Body: BodyCoordinator, Rank: 102, Term: 1})
	if c1.Coordinator() != "c2" {
		t.Fatalf("c1 kept coordinating: %q", c1.Coordinator())
	}
	if off := New("c2", 102, Config{FailureTimeoutMs: 300, AnnounceMs: -1}, map[string]uint32{"c1": 101}); len(off.Tick(1000).Send) != 0 {
		t.Fatal("AnnounceMs < 0 must switch announcements off")
	}
}

// seed=9: an outranked announcement from a member we removed: our win goes
// to our members, and to the sender too, or it never stands down.
func TestOutrankedStrangerIsToldOurWin(t *testing.T) {
	b := New("c1", 101, cfg, map[string]uint32{"s2": 2})
	b.Start(0)
	out := b.Receive(5, "s1", Msg{Body: BodyCoordinator, Rank: 1, Term: 3})
	var told bool
	for _, s := range out.Send {
		told = told || (s.To == "s1" && s.Body == BodyCoordinator && s.Term == b.Term())
	}
	if !told || !b.IsCoordinator() {
		t.Fatalf("want our Coordinator sent to s1, got %+v", out.Send)
	}
}
