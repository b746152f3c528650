package berkeley

import (
	"reflect"
	"testing"

	"socialnet/goclock/internal/prototest"
)

var cfg = Config{MaxRttUs: 20_000, MaxDeviationUs: 50_000, RoundTimeoutUs: 100_000}

type vecSend struct {
	To      string `json:"to"`
	Body    Body   `json:"body"`
	Round   uint64 `json:"round"`
	DeltaUs int64  `json:"delta_us"`
}

type vecResult struct {
	AverageUs        int64            `json:"average_us"`
	Used             []string         `json:"used"`
	DroppedRtt       []string         `json:"dropped_rtt"`
	DroppedDeviation []string         `json:"dropped_deviation"`
	OffsetsUs        map[string]int64 `json:"offsets_us"`
}

type vectors struct {
	Config struct {
		MaxRttUs       int64 `json:"max_rtt_us"`
		MaxDeviationUs int64 `json:"max_deviation_us"`
		RoundTimeoutUs int64 `json:"round_timeout_us"`
	} `json:"config"`
	Scenarios []struct {
		Name    string   `json:"name"`
		Self    string   `json:"self"`
		Members []string `json:"members"`
		Steps   []struct {
			AtUs  int64 `json:"at_us"`
			Input struct {
				Kind    string `json:"kind"`
				Round   uint64 `json:"round"`
				From    string `json:"from"`
				ClockUs int64  `json:"clock_us"`
			} `json:"input"`
			Send         []vecSend  `json:"send"`
			SelfAdjustUs *int64     `json:"self_adjust_us"`
			Result       *vecResult `json:"result"`
		} `json:"steps"`
	} `json:"scenarios"`
}

func TestVectors(t *testing.T) {
	var v vectors
	prototest.LoadJSON(t, "testdata/berkeley.json", &v)
	if len(v.Scenarios) == 0 {
		t.Fatal("no scenarios")
	}
	c := Config{v.Config.MaxRttUs, v.Config.MaxDeviationUs, v.Config.RoundTimeoutUs}
	for _, sc := range v.Scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			co := New(sc.Self, c)
			for i, st := range sc.Steps {
				in := st.Input
				var out Output
				switch in.Kind {
				case "start":
					out = co.Start(st.AtUs, in.Round, sc.Members)
				case "reply":
					out = co.Reply(st.AtUs, in.From, in.Round, in.ClockUs)
				case "tick":
					out = co.Tick(st.AtUs)
				default:
					t.Fatalf("step %d: unknown input %q", i, in.Kind)
				}
				got := []vecSend{}
				for _, s := range out.Send {
					got = append(got, vecSend(s))
				}
				if !reflect.DeepEqual(got, st.Send) {
					t.Fatalf("step %d (%s at %d): send\n got %+v\nwant %+v", i, in.Kind, st.AtUs, got, st.Send)
				}
				if (out.Result != nil) != (st.Result != nil) || (st.Result != nil) != (st.SelfAdjustUs != nil) {
					t.Fatalf("step %d: closed=%v, want result=%v", i, out.Result != nil, st.Result != nil)
				}
				if out.Result == nil {
					continue
				}
				r := out.Result
				gotR := vecResult{r.AverageUs, r.Used, r.DroppedRtt, r.DroppedDeviation, r.OffsetsUs}
				if !reflect.DeepEqual(gotR, *st.Result) {
					t.Fatalf("step %d: result\n got %+v\nwant %+v", i, gotR, *st.Result)
				}
				if r.SelfAdjustUs != *st.SelfAdjustUs || r.Round != in.Round {
					t.Fatalf("step %d: self adjust %d round %d", i, r.SelfAdjustUs, r.Round)
				}
				if co.Open() {
					t.Fatalf("step %d: still open after closing", i)
				}
			}
		})
	}
}

func TestFloorDiv(t *testing.T) {
	for _, c := range [][3]int64{{7, 2, 3}, {-7, 2, -4}, {-8, 2, -4}, {7, -2, -4}, {-7, -2, 3}, {0, 3, 0}, {-1, 3, -1}, {-3002, 3, -1001}} {
		if got := FloorDiv(c[0], c[1]); got != c[2] {
			t.Errorf("FloorDiv(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

func TestNewRoundAbandonsTheOpenOne(t *testing.T) {
	co := New("c1", cfg)
	co.Start(0, 1, []string{"c1", "s1", "s2"})
	co.Reply(1000, "s1", 1, 5000)
	co.Start(10_000, 2, []string{"c1", "s1"})
	if out := co.Reply(11_000, "s2", 1, 0); out.Result != nil || len(out.Send) != 0 {
		t.Fatalf("old round still counted: %+v", out)
	}
	out := co.Reply(12_000, "s1", 2, 12_000+1000) // offset 1000 + 2000/2 = 2000
	if out.Result == nil || out.Result.AverageUs != 1000 || !reflect.DeepEqual(out.Send, []Send{{To: "s1", Body: BodyClockAdjust, Round: 2, DeltaUs: -1000}}) {
		t.Fatalf("round 2: %+v %+v", out.Send, out.Result)
	}
}

func TestDuplicateMembersAskedOnce(t *testing.T) {
	out := New("c1", cfg).Start(0, 1, []string{"s2", "s1", "s2", "c1"})
	want := []Send{{To: "s1", Body: BodyTimeRequest, Round: 1}, {To: "s2", Body: BodyTimeRequest, Round: 1}}
	if !reflect.DeepEqual(out.Send, want) {
		t.Fatalf("got %+v", out.Send)
	}
}

func TestSelfNotListedStillCounts(t *testing.T) {
	co := New("c1", cfg)
	co.Start(0, 1, []string{"s1"})
	out := co.Reply(0, "s1", 1, 300) // rtt 0, offset 300
	if out.Result == nil || out.Result.AverageUs != 150 || !reflect.DeepEqual(out.Result.Used, []string{"c1", "s1"}) {
		t.Fatalf("got %+v", out.Result)
	}
}

func TestMemberAppliesEachAdjustOnce(t *testing.T) {
	var m BerkeleyMember
	steps := []struct {
		from  string
		round uint64
		delta int64
		ok    bool
	}{{"c1", 1, 5, true}, {"c1", 1, 5, false}, {"c1", 2, -3, true}, {"c2", 2, 7, true}, {"c1", 1, 4, true}}
	for i, s := range steps {
		d, ok := m.Adjust(s.from, s.round, s.delta)
		if ok != s.ok || (ok && d != s.delta) || (!ok && d != 0) {
			t.Fatalf("step %d: got %d %v", i, d, ok)
		}
	}
}
