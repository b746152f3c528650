package core

import (
	"errors"
	"sync"
	"testing"

	"socialnet/goclock/internal/prototest"
)

func TestLamportTickAndReceive(t *testing.T) {
	var c LamportClock
	if c.Tick() != 1 || c.Tick() != 2 {
		t.Fatal("tick must count from 1")
	}
	if got := c.Receive(10); got != 11 {
		t.Fatalf("receive from the future: %d, want 11", got)
	}
	if got := c.Receive(3); got != 12 {
		t.Fatalf("receive from the past still ticks: %d, want 12", got)
	}
	if c.Value() != 12 {
		t.Fatalf("value %d", c.Value())
	}
}

func TestLamportTickThenFailureDoesNotTick(t *testing.T) {
	var c LamportClock
	c.Tick()
	err := c.TickThen(func(uint64) error { return errors.New("no") })
	if err == nil || c.Value() != 1 {
		t.Fatalf("err %v, value %d: a failed tick must not move the clock", err, c.Value())
	}
}

func TestLamportConcurrentTicksAreNotLost(t *testing.T) {
	var c LamportClock
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				c.Tick()
			}
		}()
	}
	wg.Wait()
	if c.Value() != 8000 {
		t.Fatalf("value %d, want 8000", c.Value())
	}
}

func TestLamportVectors(t *testing.T) {
	var scenarios []struct {
		Name  string
		Steps []struct {
			Op     string
			Remote uint64
			Expect uint64
		}
	}
	prototest.LoadJSON(t, "testdata/lamport.json", &scenarios)
	if len(scenarios) == 0 {
		t.Fatal("no scenarios")
	}
	for _, sc := range scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			var c LamportClock
			for i, st := range sc.Steps {
				var got uint64
				switch st.Op {
				case "tick", "send":
					got = c.Tick()
				case "receive":
					got = c.Receive(st.Remote)
				default:
					t.Fatalf("step %d: unknown op %q", i, st.Op)
				}
				if got != st.Expect {
					t.Fatalf("step %d (%s): got %d, want %d", i, st.Op, got, st.Expect)
				}
			}
		})
	}
}
