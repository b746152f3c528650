package core

import (
	"slices"
	"testing"

	"socialnet/goclock/internal/prototest"
)

func TestMulberry32Vectors(t *testing.T) {
	var v struct {
		RNG []struct {
			Seed    uint32
			Outputs []uint32
		}
	}
	prototest.LoadJSON(t, "testdata/drift.json", &v)
	if len(v.RNG) == 0 {
		t.Fatal("no generator vectors")
	}
	for _, r := range v.RNG {
		g := NewMulberry32(r.Seed)
		for i, want := range r.Outputs {
			if got := g.Next(); got != want {
				t.Fatalf("seed %d output %d: got %d, want %d", r.Seed, i, got, want)
			}
		}
	}
}

func TestJumpStaysInRange(t *testing.T) {
	for _, u := range []uint32{0, 1, 1 << 31, 1<<32 - 1} {
		if j := Jump(u, 1000); j < -1000 || j > 1000 {
			t.Fatalf("Jump(%d) = %d", u, j)
		}
	}
	if Jump(0, 1000) != -1000 || Jump(1<<32-1, 1000) != 1000 {
		t.Fatal("the extremes of u must reach the extremes of the range")
	}
	if Jump(12345, 0) != 0 {
		t.Fatal("max 0 switches drift off")
	}
}

func TestPhysicalClock(t *testing.T) {
	now := 1000.25
	c := NewPhysicalClock(func() float64 { return now })
	if c.NowMs() != 1000.25 || c.OffsetMs() != 0 {
		t.Fatal("a fresh clock reads its source")
	}
	c.Adjust(-300.5)
	c.Adjust(100)
	now = 2000
	if c.OffsetMs() != -200.5 || c.NowMs() != 1799.5 {
		t.Fatalf("offset %v now %v", c.OffsetMs(), c.NowMs())
	}
	wall := NewPhysicalClock(nil).NowMs()
	if wall < 1.7e12 {
		t.Fatalf("default source is the wall clock in ms, got %v", wall)
	}
}

func TestDriftPollCatchesUpAndNeverRepeats(t *testing.T) {
	d := NewDriftInjector(1, 100, 50, 0)
	if len(d.Poll(99)) != 0 {
		t.Fatal("no jump before the first interval")
	}
	if n := len(d.Poll(350)); n != 3 {
		t.Fatalf("3 boundaries passed, got %d jumps", n)
	}
	if n := len(d.Poll(350)); n != 0 {
		t.Fatalf("a repeated poll returned %d jumps", n)
	}
	if n := len(NewDriftInjector(1, 0, 50, 0).Poll(1e12)); n != 0 {
		t.Fatal("interval 0 must not loop forever")
	}
}

func TestDriftVectors(t *testing.T) {
	var v struct {
		Scenarios []struct {
			Name        string
			Seed        uint32
			IntervalMs  float64 `json:"interval_ms"`
			MaxMs       int64   `json:"max_ms"`
			StartRealMs float64 `json:"start_real_ms"`
			Steps       []struct {
				Op             string
				RealMs         float64 `json:"real_ms"`
				Jumps          []int64
				ExpectMs       float64 `json:"expect_ms"`
				DeltaMs        float64 `json:"delta_ms"`
				ExpectOffsetMs float64 `json:"expect_offset_ms"`
			}
		}
	}
	prototest.LoadJSON(t, "testdata/drift.json", &v)
	if len(v.Scenarios) == 0 {
		t.Fatal("no scenarios")
	}
	for _, sc := range v.Scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			real := sc.StartRealMs
			clock := NewPhysicalClock(func() float64 { return real })
			drift := NewDriftInjector(sc.Seed, sc.IntervalMs, sc.MaxMs, sc.StartRealMs)
			for i, st := range sc.Steps {
				switch st.Op {
				case "advance":
					real = st.RealMs
					jumps := drift.Poll(real)
					for _, j := range jumps {
						clock.Adjust(float64(j))
					}
					if !slices.Equal(jumps, st.Jumps) && len(jumps)+len(st.Jumps) > 0 {
						t.Fatalf("step %d: jumps %v, want %v", i, jumps, st.Jumps)
					}
					if clock.NowMs() != st.ExpectMs {
						t.Fatalf("step %d: clock %v, want %v", i, clock.NowMs(), st.ExpectMs)
					}
				case "adjust":
					clock.Adjust(st.DeltaMs)
					if clock.OffsetMs() != st.ExpectOffsetMs {
						t.Fatalf("step %d: offset %v, want %v", i, clock.OffsetMs(), st.ExpectOffsetMs)
					}
				default:
					t.Fatalf("step %d: unknown op %q", i, st.Op)
				}
			}
		})
	}
}
