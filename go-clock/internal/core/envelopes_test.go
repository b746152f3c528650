package core

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
	"socialnet/goclock/internal/prototest"
)

type envelopeVector struct {
	Name string
	Body string
	Hex  string
	JSON json.RawMessage `json:"json"`
}

func loadEnvelopeVectors(t testing.TB) []envelopeVector {
	var vs []envelopeVector
	prototest.LoadJSON(t, "testdata/envelopes.json", &vs)
	if len(vs) == 0 {
		t.Fatal("no envelope vectors")
	}
	return vs
}

func newTestEnvelopes(id string) (*Envelopes, *LamportClock) {
	lamport := &LamportClock{}
	clock := NewPhysicalClock(func() float64 { return 1764860000123.9 })
	return NewEnvelopesAt(id, pb.Role_ROLE_CLOCK, lamport, clock, "mirk2rgb"), lamport
}

func TestEnvelopeVectors(t *testing.T) {
	for _, v := range loadEnvelopeVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			wire, err := hex.DecodeString(v.Hex)
			if err != nil {
				t.Fatal(err)
			}
			decoded := &pb.Envelope{}
			if err := proto.Unmarshal(wire, decoded); err != nil {
				t.Fatal(err)
			}
			if got := BodyKind(decoded); got != v.Body {
				t.Fatalf("body kind %q, want %q", got, v.Body)
			}
			again, err := proto.MarshalOptions{Deterministic: true}.Marshal(decoded)
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(again) != v.Hex {
				t.Fatalf("re-encoding differs:\n got %x\nwant %s", again, v.Hex)
			}
			fromJSON := &pb.Envelope{}
			if err := protojson.Unmarshal(v.JSON, fromJSON); err != nil {
				t.Fatal(err)
			}
			if !proto.Equal(fromJSON, decoded) {
				t.Fatalf("json and bytes disagree:\n%v\n%v", fromJSON, decoded)
			}
		})
	}
}

func TestSealStampsTheEnvelope(t *testing.T) {
	e, lamport := newTestEnvelopes("c1")
	lamport.Receive(41)
	data, env, err := e.Seal(&pb.TimeRequest{Round: 7}, "s1-3")
	if err != nil {
		t.Fatal(err)
	}
	if env.MsgId != "c1-mirk2rgb-1" || env.Sender != "c1" || env.SenderRole != pb.Role_ROLE_CLOCK ||
		env.Lamport != 43 || env.ClockMs != 1764860000123 || env.ReplyTo != "s1-3" {
		t.Fatalf("stamped %v", env)
	}
	if BodyKind(env) != "time_request" || env.GetTimeRequest().GetRound() != 7 {
		t.Fatalf("body %v", env)
	}
	back := &pb.Envelope{}
	if err := proto.Unmarshal(data, back); err != nil || !proto.Equal(back, env) {
		t.Fatalf("bytes do not hold the envelope: %v", err)
	}
	_, second, _ := e.Seal(&pb.Heartbeat{}, "")
	if second.MsgId != "c1-mirk2rgb-2" || second.Lamport != 44 || BodyKind(second) != "heartbeat" {
		t.Fatalf("second %v", second)
	}
}

func TestMsgIDsCarryTheBootTime(t *testing.T) {
	if got := BootID(time.UnixMilli(1764860000123)); got != "mirk2rgb" {
		t.Fatalf("BootID = %q", got)
	}
	before := time.Now().UnixMilli()
	e := NewEnvelopes("c1", pb.Role_ROLE_CLOCK, &LamportClock{}, NewPhysicalClock(nil))
	boot, err := strconv.ParseInt(e.boot, 36, 64)
	if err != nil || boot < before || boot > time.Now().UnixMilli() {
		t.Fatalf("boot %q (%v) not the start time", e.boot, err)
	}
	_, env, _ := e.Seal(&pb.Heartbeat{}, "")
	if env.MsgId != "c1-"+e.boot+"-1" {
		t.Fatalf("msg id %s", env.MsgId)
	}
}

func TestSealRefusesWhatIsNotABodyWithoutTicking(t *testing.T) {
	e, lamport := newTestEnvelopes("c1")
	if _, _, err := e.Seal(&pb.Position{}, ""); !errors.Is(err, ErrNotABody) {
		t.Fatalf("err %v", err)
	}
	big := &pb.Post{Text: string(make([]byte, MaxFrameBytes))}
	_, _, err := e.Seal(&pb.WriteReply{Event: &pb.Event{Change: &pb.Event_Post{Post: big}}}, "")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v", err)
	}
	if lamport.Value() != 0 {
		t.Fatalf("a refused seal ticked the clock to %d", lamport.Value())
	}
	_, env, _ := e.Seal(&pb.Heartbeat{}, "")
	if env.MsgId != "c1-mirk2rgb-1" {
		t.Fatalf("refused seals used up msg ids: %s", env.MsgId)
	}
}

func TestOpenMergesBeforeReturning(t *testing.T) {
	sender, _ := newTestEnvelopes("s1")
	receiver, lamport := newTestEnvelopes("c1")
	var data []byte
	for range 5 {
		data, _, _ = sender.Seal(&pb.Election{Rank: 3}, "")
	}
	env, err := receiver.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if lamport.Value() != 6 || env.Lamport != 5 || BodyKind(env) != "election" {
		t.Fatalf("lamport %d env %v", lamport.Value(), env)
	}
}

func TestOpenRefusesBadBytes(t *testing.T) {
	e, lamport := newTestEnvelopes("c1")
	noBody, _ := proto.Marshal(&pb.Envelope{MsgId: "x-1", Lamport: 9})
	for name, data := range map[string][]byte{
		"garbage": {0xff, 0xff, 0xff},
		"no body": noBody,
		"empty":   {},
	} {
		if _, err := e.Open(data); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err %v, want ErrMalformed", name, err)
		}
	}
	if _, err := e.Open(make([]byte, MaxFrameBytes+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversize: err %v", err)
	}
	if lamport.Value() != 0 {
		t.Fatal("a refused envelope must not merge")
	}
}

// FuzzOpen: no input makes Open panic, and whatever it accepts has a body.
func FuzzOpen(f *testing.F) {
	for _, v := range loadEnvelopeVectors(f) {
		wire, err := hex.DecodeString(v.Hex)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(wire)
	}
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		e, _ := newTestEnvelopes("fuzz")
		env, err := e.Open(data)
		if err == nil && BodyKind(env) == "" {
			t.Fatal("accepted an envelope without a body")
		}
	})
}
