package membership

import (
	"encoding/json"
	"reflect"
	"testing"

	"socialnet/goclock/internal/prototest"
)

type vecState struct {
	Status      Status   `json:"status"`
	Epoch       uint64   `json:"epoch"`
	Members     []string `json:"members"`
	Coordinator string   `json:"coordinator"`
	Proposing   uint64   `json:"proposing"`
}

type vecInput struct {
	Kind  string   `json:"kind"`
	From  string   `json:"from"`
	Seeds []string `json:"seeds"`
	ID    string   `json:"id"`
	State State    `json:"state"`
	Msg
}

// UnmarshalJSON splits the flat input: its body fields are a Msg, but
// "id" and "state" mean the set_coordinator / set_self_state argument too.
func (in *vecInput) UnmarshalJSON(data []byte) error {
	type plain vecInput
	var p plain
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	if err := json.Unmarshal(data, &p.Msg); err != nil {
		return err
	}
	*in = vecInput(p)
	return nil
}

type vectors struct {
	Config struct {
		HeartbeatMs      int64 `json:"heartbeat_ms"`
		FailureTimeoutMs int64 `json:"failure_timeout_ms"`
		ProposeTimeoutMs int64 `json:"propose_timeout_ms"`
		JoinRetryMs      int64 `json:"join_retry_ms"`
	} `json:"config"`
	Scenarios []struct {
		Name  string `json:"name"`
		Self  Member `json:"self"`
		Steps []struct {
			At     int64    `json:"at"`
			Input  vecInput `json:"input"`
			Send   []Send   `json:"send"`
			Events []string `json:"events"`
			State  vecState `json:"state"`
		} `json:"steps"`
	} `json:"scenarios"`
}

// apply runs one vector input. have is what the member's version vector
// reads (set_have changes it).
func apply(m *Membership, have *Vector, at int64, in vecInput) (Output, bool) {
	switch in.Kind {
	case "set_have":
		*have = in.Have
		return Output{}, true
	case "bootstrap":
		return m.Bootstrap(at), true
	case "request_join":
		return m.RequestJoin(at, in.Seeds), true
	case "tick":
		return m.Tick(at), true
	case "receive":
		return m.Receive(at, in.From, in.Msg), true
	case "heard":
		return m.Heard(at, in.From), true
	case "set_coordinator":
		return m.SetCoordinator(at, in.ID), true
	case "request_leave":
		return m.RequestLeave(at), true
	case "set_self_state":
		return m.SetSelfState(at, in.State), true
	}
	return Output{}, false
}

func stateOf(m *Membership) vecState {
	s := vecState{Status: m.Status(), Members: []string{}, Coordinator: m.Coordinator(), Proposing: m.Proposing()}
	if v := m.View(); v != nil {
		s.Epoch, s.Members = v.Epoch, v.IDs()
	}
	return s
}

func eventNames(out Output) []string {
	n := []string{}
	for _, e := range out.Events {
		n = append(n, e.Name)
	}
	return n
}

func TestVectors(t *testing.T) {
	var v vectors
	prototest.LoadJSON(t, "testdata/membership.json", &v)
	if len(v.Scenarios) == 0 {
		t.Fatal("no scenarios")
	}
	cfg := Config{HeartbeatMs: v.Config.HeartbeatMs, FailureTimeoutMs: v.Config.FailureTimeoutMs, ProposeTimeoutMs: v.Config.ProposeTimeoutMs, JoinRetryMs: v.Config.JoinRetryMs}
	for _, sc := range v.Scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			m := New(sc.Self, cfg)
			var have Vector
			m.SetHave(func() Vector { return have })
			for i, st := range sc.Steps {
				out, ok := apply(m, &have, st.At, st.Input)
				if !ok {
					t.Fatalf("step %d: unknown input %q", i, st.Input.Kind)
				}
				got := out.Send
				if got == nil {
					got = []Send{}
				}
				if !reflect.DeepEqual(got, st.Send) {
					g, _ := json.Marshal(got)
					w, _ := json.Marshal(st.Send)
					t.Fatalf("step %d (%s at %d): send\n got %s\nwant %s", i, st.Input.Kind, st.At, g, w)
				}
				if got := eventNames(out); !reflect.DeepEqual(got, st.Events) {
					t.Fatalf("step %d (%s at %d): events got %v want %v", i, st.Input.Kind, st.At, got, st.Events)
				}
				if got := stateOf(m); !reflect.DeepEqual(got, st.State) {
					t.Fatalf("step %d (%s at %d): state\n got %+v\nwant %+v", i, st.Input.Kind, st.At, got, st.State)
				}
				if (out.Installed != nil) != contains(st.Events, "VIEW_INSTALLED") {
					t.Fatalf("step %d: Installed %v but events %v", i, out.Installed, st.Events)
				}
			}
		})
	}
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}
