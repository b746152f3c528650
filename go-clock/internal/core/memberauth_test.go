package core

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
	"socialnet/goclock/internal/prototest"
)

type hmacVectors struct {
	Key    string `json:"key"`
	Signed []struct {
		Name        string `json:"name"`
		UnsignedHex string `json:"unsigned_hex"`
		MacHex      string `json:"mac_hex"`
		SignedHex   string `json:"signed_hex"`
	} `json:"signed"`
	Rejected []struct {
		Name     string `json:"name"`
		FrameHex string `json:"frame_hex"`
		Reason   string `json:"reason"`
	} `json:"rejected"`
	Replay []struct {
		Name   string `json:"name"`
		Window uint64 `json:"window"`
		Steps  []struct {
			Sender string `json:"sender"`
			MsgID  string `json:"msg_id"`
			Expect string `json:"expect"`
		} `json:"steps"`
	} `json:"replay"`
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMemberAuthVectors(t *testing.T) {
	var v hmacVectors
	prototest.LoadJSON(t, "testdata/hmac.json", &v)
	auth, err := NewMemberAuth([]byte(v.Key))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range v.Signed {
		data := unhex(t, c.UnsignedHex)
		if got := hex.EncodeToString(auth.Sign(data)); got != c.SignedHex {
			t.Errorf("%s: signed %s", c.Name, got)
		}
		prefix, err := auth.Verify(unhex(t, c.SignedHex))
		if err != nil || !bytes.Equal(prefix, data) {
			t.Errorf("%s: verify %v", c.Name, err)
		}
		env := &pb.Envelope{}
		if err := proto.Unmarshal(unhex(t, c.SignedHex), env); err != nil || hex.EncodeToString(env.Hmac) != c.MacHex {
			t.Errorf("%s: the trailer is not the hmac field: %v", c.Name, err)
		}
	}
	for _, c := range v.Rejected {
		_, err := auth.Verify(unhex(t, c.FrameHex))
		if r, ok := err.(*AuthRejected); !ok || r.Reason != c.Reason {
			t.Errorf("%s: %v, want %s", c.Name, err, c.Reason)
		}
	}
	for _, c := range v.Replay {
		g := NewReplayGuard(c.Window, DefaultMaxSenders)
		for i, s := range c.Steps {
			got := g.Check(s.Sender, s.MsgID)
			if got == "" {
				got = "fresh"
			}
			if got != s.Expect {
				t.Errorf("%s step %d (%s %s): %s, want %s", c.Name, i, s.Sender, s.MsgID, got, s.Expect)
			}
		}
	}
}

func TestReplayGuardForgetsTheOldestSenderBeyondItsBound(t *testing.T) {
	g := NewReplayGuard(8, 2)
	for _, s := range []string{"a", "b", "c"} {
		if r := g.Check(s, s+"-1-1"); r != "" {
			t.Fatal(r)
		}
	}
	if g.Check("c", "c-1-1") != ReasonReplayed || g.Check("a", "a-1-1") != "" {
		t.Fatal("c must be remembered, a forgotten (the documented limit)")
	}
}

func TestEmptySecretIsRefused(t *testing.T) {
	if _, err := NewMemberAuth(nil); err == nil {
		t.Fatal("an empty secret must be refused")
	}
}

// A signed ROUTER refuses unsigned, foreign-key and replayed frames before the
// clock merge, answers BAD_SIGNATURE and logs AUTH_REJECTED; a DEALER that
// knows its peer refuses another sender.
func TestSignedSocketsRefuseAndLog(t *testing.T) {
	key := []byte("cluster-a")
	member, ctl, forger := newTestProcess("m1"), newTestProcess("ctl"), newTestProcess("x1")
	member.opts.Auth, _ = NewMemberAuth(key)
	ctl.opts.Auth, _ = NewMemberAuth(key)
	r, err := NewRouterSocket(anyPort, member.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	good := NewDealerSocket(r.Endpoint(), "m1", ctl.opts)
	defer good.Close()
	if _, err := good.Send(&pb.TimeRequest{Round: 1}, ""); err != nil {
		t.Fatal(err)
	}
	in := receive(t, r.Incoming())
	if in.Body != "time_request" {
		t.Fatalf("got %s", in.Body)
	}
	if _, err := r.Send(in.Identity, "ctl", &pb.TimeReply{Round: 1}, in.Env.MsgId); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, good.Incoming()); got.Body != "time_reply" {
		t.Fatalf("the signed reply did not verify: %s", got.Body)
	}

	plain, _, _ := ctl.opts.Envelopes.Seal(&pb.TimeRequest{Round: 2}, "")
	captured := ctl.opts.Auth.Sign(plain)
	foreignKey, _ := NewMemberAuth([]byte("cluster-b"))
	forged, _, _ := forger.opts.Envelopes.Seal(&pb.ClockAdjust{Round: 1, DeltaUs: 1e6}, "")
	raw := NewDealerSocket(r.Endpoint(), "m1", forger.raw())
	defer raw.Close()
	if err := good.SendRaw(captured); err != nil {
		t.Fatal(err)
	}
	receive(t, r.Incoming()) // the first copy is fresh
	lamport := member.opts.Envelopes.lamport.Value()
	for _, frame := range [][]byte{captured, foreignKey.Sign(forged), forged} {
		if err := raw.SendRaw(frame); err != nil {
			t.Fatal(err)
		}
		reply := &pb.Envelope{}
		if err := proto.Unmarshal(receive(t, raw.Incoming()).Raw, reply); err != nil || reply.GetErrorReply().GetCode() != pb.ErrorCode_ERROR_CODE_BAD_SIGNATURE {
			t.Fatalf("reply %v %v", reply, err)
		}
	}
	nothing(t, r.Incoming(), 50*time.Millisecond)
	if got := member.opts.Envelopes.lamport.Value(); got != lamport+3 {
		t.Fatalf("lamport %d, want %d: only the three error replies may tick", got, lamport+3)
	}
	log := string(member.out.Bytes())
	for _, want := range []string{`"reason":"replayed"`, `"reason":"bad_signature"`, `"reason":"unsigned"`} {
		if !strings.Contains(log, want) {
			t.Errorf("no AUTH_REJECTED with %s in\n%s", want, log)
		}
	}

	// A DEALER to a known member: an answer signed by another key holder is refused.
	other := newTestProcess("m2")
	other.opts.Auth, _ = NewMemberAuth(key)
	r2, err := NewRouterSocket(anyPort, other.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	toM1 := ctl.opts
	toM1.ExpectSender = "m1"
	d := NewDealerSocket(r2.Endpoint(), "m1", toM1)
	defer d.Close()
	if _, err := d.Send(&pb.TimeRequest{Round: 3}, ""); err != nil {
		t.Fatal(err)
	}
	asked := receive(t, r2.Incoming())
	_, _ = r2.Send(asked.Identity, "ctl", &pb.TimeReply{Round: 3}, asked.Env.MsgId)
	nothing(t, d.Incoming(), 100*time.Millisecond)
	if !strings.Contains(string(ctl.out.Bytes()), `"reason":"sender_mismatch"`) {
		t.Errorf("no sender_mismatch in\n%s", string(ctl.out.Bytes()))
	}
}

func BenchmarkSignVerify(b *testing.B) {
	auth, _ := NewMemberAuth([]byte("bench-secret"))
	p := newTestProcess("s1")
	data, _, _ := p.opts.Envelopes.Seal(&pb.Heartbeat{}, "")
	b.ReportAllocs()
	for b.Loop() {
		frame := auth.Sign(data)
		if _, err := auth.Verify(frame); err != nil {
			b.Fatal(err)
		}
	}
}
