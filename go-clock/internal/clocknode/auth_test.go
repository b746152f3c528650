package clocknode

import (
	"bytes"
	"os"
	"slices"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/pb"
)

// A process without the cluster secret (or with another cluster's, or
// replaying a captured frame) cannot join, vote, or move the clock: every
// such envelope is answered BAD_SIGNATURE, logged AUTH_REJECTED, and changes
// nothing.
func TestNodeRefusesWhatTheKeyDidNotSign(t *testing.T) {
	cfg := testConfig(t, "c1")
	n := start(t, cfg)
	waitFor(t, "c1 coordinates itself", 3*time.Second, agree([]*Node{n}, "c1", "c1"))
	before := n.Snapshot()

	joiner := &pb.Member{Id: "c9", Role: pb.Role_ROLE_CLOCK, Rank: 999, PeerEndpoint: "tcp://127.0.0.1:1", State: pb.MemberState_MEMBER_STATE_ACTIVE}
	bodies := []proto.Message{
		&pb.JoinRequest{Member: joiner},
		&pb.Election{Rank: 999},
		&pb.Coordinator{Rank: 999, Term: 7},
		&pb.ClockAdjust{Round: 1, DeltaUs: 900_000},
		&pb.ControlRequest{RequestId: "r1", Command: &pb.ControlRequest_Drift{Drift: &pb.DriftJump{DeltaMs: 900}}},
	}
	keyless, _ := signedOpts(t, pb.Role_ROLE_CLOCK, nil)
	foreign, _ := signedOpts(t, pb.Role_ROLE_CLOCK, []byte("another-cluster"))
	insider, _ := signedOpts(t, pb.Role_ROLE_CONTROL, testSecret)
	raw := keyless
	raw.Raw = true
	d := core.NewDealerSocket(n.Endpoint(), "c1", raw)
	defer d.Close()

	// Forged with a far-future Lamport timestamp: merged, it would show.
	forge := func(o core.SocketOptions, b proto.Message) []byte {
		_, env, err := o.Envelopes.Seal(b, "")
		if err != nil {
			t.Fatal(err)
		}
		env.Lamport = 1_000_000
		data, _ := proto.Marshal(env)
		return data
	}
	var frames [][]byte
	for _, b := range bodies {
		frames = append(frames, forge(keyless, b), foreign.Auth.Sign(forge(foreign, b)))
	}
	// A frame the insider really sent (and c1 accepted), captured and sent again.
	status, _, _ := insider.Envelopes.Seal(&pb.ControlRequest{RequestId: "r2", Command: &pb.ControlRequest_Status{Status: &pb.StatusQuery{}}}, "")
	captured := insider.Auth.Sign(status)
	frames = append(frames, captured, captured)

	lamportBefore := n.lamport.Value()
	answers := map[string]int{}
	for _, f := range frames {
		if err := d.SendRaw(f); err != nil {
			t.Fatal(err)
		}
		select {
		case in := <-d.Incoming():
			env := &pb.Envelope{}
			if err := proto.Unmarshal(in.Raw, env); err != nil {
				t.Fatal(err)
			}
			if e := env.GetErrorReply(); e != nil {
				answers[e.Code.String()]++
			} else {
				answers[core.BodyKind(env)]++
			}
		case <-time.After(3 * time.Second):
			t.Fatalf("no answer; so far %v", answers)
		}
	}
	if answers["ERROR_CODE_BAD_SIGNATURE"] != len(frames)-1 || answers["control_reply"] != 1 {
		t.Fatalf("answers %v: want one control_reply (the first copy) and the rest BAD_SIGNATURE", answers)
	}
	time.Sleep(3 * time.Duration(Defaults(cfg).TickMs) * time.Millisecond)
	after := n.Snapshot()
	if after.Coordinator != "c1" || !slices.Equal(after.Members, []string{"c1"}) || after.Epoch != before.Epoch {
		t.Fatalf("the view or the coordinator moved: %+v -> %+v", before, after)
	}
	if after.OffsetMs != 0 {
		t.Fatalf("the clock moved by %v ms", after.OffsetMs)
	}
	if got := n.lamport.Value(); got >= 1_000_000 || got < lamportBefore {
		t.Fatalf("lamport %d from %d: refused frames must not merge their timestamps", got, lamportBefore)
	}
	n.Crash()
	data, _ := os.ReadFile(cfg.LogPath)
	for _, reason := range []string{"unsigned", "bad_signature", "replayed"} {
		if !bytes.Contains(data, []byte(`"reason":"`+reason+`"`)) {
			t.Errorf("no AUTH_REJECTED %s", reason)
		}
	}
	if got := bytes.Count(data, []byte(`"AUTH_REJECTED"`)); got != len(frames)-1 {
		t.Errorf("%d AUTH_REJECTED lines, want %d", got, len(frames)-1)
	}
	checkLog(t, cfg.LogPath, "AUTH_REJECTED")
}
