package clocknode

// Fuzzing the clock node's inbound handling: every input goes through Open
// (as the ROUTER's reader does) and then straight into handle, on the test's
// goroutine, which takes the place of the node's loop. Nothing recovers a
// panic here (the loop's guard would hide it), and after each input the
// node must be sane and still answer.
//
// `go test ./...` runs the seeds; `make fuzz` runs each target for
// FUZZTIME: go test -run '^$' -fuzz '^FuzzHandleFrame$' ./internal/clocknode

import (
	"encoding/binary"
	"encoding/hex"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"socialnet/goclock/internal/berkeley"
	"socialnet/goclock/internal/bully"
	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/membership"
	"socialnet/goclock/internal/pb"
	"socialnet/goclock/internal/prototest"
)

// loopbackSink is where every endpoint a fuzzed message names is pointed:
// links the node opens dial loopback (refused at once), never the network.
const loopbackSink = "tcp://127.0.0.1:9"

// newHandlerNode is a bootstrapped node with its machines and no sockets or
// loop of its own (the test hook: Start without the ROUTER and goroutines).
func newHandlerNode(t testing.TB) *Node {
	t.Helper()
	cfg := Defaults(Config{ID: "c1", Rank: 101, Bootstrap: true, SendTimeout: 50 * time.Millisecond})
	n := &Node{cfg: cfg, lamport: &core.LamportClock{}, Clock: core.NewPhysicalClock(nil), t0: time.Now(),
		book: map[string]string{}, links: map[string]*link{}, cut: map[string]bool{},
		routerQ: make(chan routerReply, queueSize), stop: make(chan bool, 1), done: make(chan struct{})}
	n.Log = core.NewProcessLog(io.Discard, cfg.ID, pb.Role_ROLE_CLOCK, n.lamport, n.Clock)
	n.opts = core.SocketOptions{Envelopes: core.NewEnvelopes(cfg.ID, pb.Role_ROLE_CLOCK, n.lamport, n.Clock), Log: n.Log, SendTimeout: cfg.SendTimeout}
	self := membership.Member{ID: cfg.ID, Role: membership.RoleClock, Rank: cfg.Rank, PeerEndpoint: loopbackSink, State: membership.StateActive}
	n.mem = membership.New(self, cfg.Membership)
	n.bul = bully.New(cfg.ID, cfg.Rank, cfg.Bully, nil)
	n.berk = berkeley.New(cfg.ID, cfg.Berkeley)
	n.drift = core.NewDriftInjector(0, float64(cfg.DriftIntervalMs), 0, core.WallClockMs())
	n.book[cfg.ID] = self.PeerEndpoint
	n.onMembership(n.mem.Bootstrap(n.nowMs()))
	n.tick()
	t.Cleanup(func() { n.closeLinks(0) })
	return n
}

// feed opens one frame as the ROUTER would and hands it to handle, then
// checks the node. It reports whether the frame was an envelope.
func feed(t *testing.T, n *Node, frame []byte) bool {
	env, err := n.opts.Envelopes.Open(frame)
	if err != nil {
		return false
	}
	pointEndpointsAtLoopback(env.ProtoReflect())
	epoch := n.snapEpoch()
	n.handle(core.Incoming{Identity: []byte("fuzzer"), Env: env, Body: core.BodyKind(env)})
	n.tick()
	n.publish()
	checkSane(t, n, epoch)
	return true
}

func (n *Node) snapEpoch() uint64 {
	if v := n.mem.View(); v != nil {
		return v.Epoch
	}
	return 0
}

// checkSane: the view only moves forward and names each member once, the
// clock is a number, and the node still answers a TimeRequest.
func checkSane(t *testing.T, n *Node, epochBefore uint64) {
	t.Helper()
	if e := n.snapEpoch(); e < epochBefore {
		t.Fatalf("view epoch went back: %d -> %d", epochBefore, e)
	}
	if v := n.mem.View(); v != nil {
		seen := map[string]bool{}
		for _, m := range v.Members {
			if seen[m.ID] {
				t.Fatalf("member %q twice in view %d", m.ID, v.Epoch)
			}
			seen[m.ID] = true
		}
	}
	if o := n.Clock.OffsetMs(); math.IsNaN(o) || math.IsInf(o, 0) {
		t.Fatalf("clock offset %v", o)
	}
	for len(n.routerQ) > 0 {
		<-n.routerQ
	}
	n.handle(core.Incoming{Identity: []byte("probe"), Body: "time_request",
		Env: &pb.Envelope{MsgId: "probe-1", Sender: "probe", Body: &pb.Envelope_TimeRequest{TimeRequest: &pb.TimeRequest{Round: 7}}}})
	select {
	case r := <-n.routerQ:
		if tr, ok := r.body.(*pb.TimeReply); !ok || tr.Round != 7 {
			t.Fatalf("probe answered with %v", r.body)
		}
	default:
		t.Fatal("the node no longer answers a TimeRequest")
	}
	// Links a fuzzed view opened: closed so the next input starts with none.
	n.closeLinks(0)
}

// pointEndpointsAtLoopback rewrites every string that looks like an
// endpoint, at any depth, so that no input can make the node dial out.
func pointEndpointsAtLoopback(m protoreflect.Message) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsList() && fd.Kind() == protoreflect.StringKind:
			l := m.Mutable(fd).List()
			for i := 0; i < l.Len(); i++ {
				if strings.Contains(l.Get(i).String(), "://") {
					l.Set(i, protoreflect.ValueOfString(loopbackSink))
				}
			}
		case fd.IsList() && fd.Message() != nil:
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				pointEndpointsAtLoopback(l.Get(i).Message())
			}
		case fd.IsMap():
			// No maps in member messages.
		case fd.Message() != nil:
			pointEndpointsAtLoopback(v.Message())
		case fd.Kind() == protoreflect.StringKind && strings.Contains(v.String(), "://"):
			m.Set(fd, protoreflect.ValueOfString(loopbackSink))
		}
		return true
	})
}

type vector struct {
	Name string
	Hex  string
}

func vectorFrames(f *testing.F) [][]byte {
	var vs []vector
	prototest.LoadJSON(f, "testdata/envelopes.json", &vs)
	var out [][]byte
	for _, v := range vs {
		wire, err := hex.DecodeString(v.Hex)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, wire)
	}
	return out
}

// FuzzHandleFrame: arbitrary bytes, seeded with every shared vector.
func FuzzHandleFrame(f *testing.F) {
	for _, wire := range vectorFrames(f) {
		f.Add(wire)
	}
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0xff})
	n := newHandlerNode(f)
	f.Fuzz(func(t *testing.T, frame []byte) {
		feed(t, n, frame)
	})
}

// bodyFields are the Envelope's body members, in field order.
var bodyFields = func() []protoreflect.FieldDescriptor {
	var out []protoreflect.FieldDescriptor
	fields := (&pb.Envelope{}).ProtoReflect().Descriptor().Oneofs().ByName("body").Fields()
	for i := 0; i < fields.Len(); i++ {
		out = append(out, fields.Get(i))
	}
	return out
}()

var fuzzSenders = []string{"c2", "c3", "s1", "c1", "", "probe"}

// envelopesFromScript turns bytes into a sequence of valid envelopes with
// arbitrary bodies: each record is [body kind][sender][role][length][body
// bytes]; the body bytes are decoded as that kind (unknown fields kept,
// undecodable ones become an empty body).
func envelopesFromScript(script []byte) []*pb.Envelope {
	var out []*pb.Envelope
	for i := 0; len(script) >= 4 && i < 16; i++ {
		kind, sender, role, size := script[0], script[1], script[2], int(script[3])
		script = script[4:]
		size = min(size, len(script))
		payload := script[:size]
		script = script[size:]
		fd := bodyFields[int(kind)%len(bodyFields)]
		env := &pb.Envelope{MsgId: "fz-" + string(rune('a'+i)), Sender: fuzzSenders[int(sender)%len(fuzzSenders)],
			SenderRole: pb.Role(role % 5), Lamport: uint64(binary.BigEndian.Uint16([]byte{kind, sender}))}
		body := env.ProtoReflect().NewField(fd).Message()
		_ = proto.UnmarshalOptions{AllowPartial: true}.Unmarshal(payload, body.Interface())
		env.ProtoReflect().Set(fd, protoreflect.ValueOfMessage(body))
		out = append(out, env)
	}
	return out
}

// FuzzHandleSequence: valid envelopes of every kind, from several senders,
// with random bodies, one after another into the same node.
func FuzzHandleSequence(f *testing.F) {
	record := func(kind int, sender byte, role pb.Role, body proto.Message) []byte {
		b, _ := proto.Marshal(body)
		return append([]byte{byte(kind), sender, byte(role), byte(len(b))}, b...)
	}
	index := map[protoreflect.Name]int{}
	for i, fd := range bodyFields {
		index[fd.Name()] = i
	}
	member := func(id string, rank uint32) *pb.Member {
		return &pb.Member{Id: id, Role: pb.Role_ROLE_CLOCK, Rank: rank, PeerEndpoint: "tcp://10.0.0.1:5000", State: pb.MemberState_MEMBER_STATE_ACTIVE}
	}
	seeds := [][]byte{
		record(index["join_request"], 0, pb.Role_ROLE_CLOCK, &pb.JoinRequest{Member: member("c2", 102)}),
		append(record(index["election"], 1, pb.Role_ROLE_CLOCK, &pb.Election{Rank: 500}),
			record(index["coordinator"], 1, pb.Role_ROLE_CLOCK, &pb.Coordinator{Rank: 500, Term: 3})...),
		append(record(index["view"], 0, pb.Role_ROLE_CLOCK, &pb.View{Epoch: 9, Coordinator: "c2", Members: []*pb.Member{member("c1", 101), member("c2", 102)}}),
			record(index["clock_adjust"], 0, pb.Role_ROLE_CLOCK, &pb.ClockAdjust{Round: 1, DeltaUs: math.MaxInt64})...),
		record(index["time_reply"], 0, pb.Role_ROLE_CLOCK, &pb.TimeReply{Round: 1, ClockUs: -1}),
		record(index["control_request"], 5, pb.Role_ROLE_CONTROL, &pb.ControlRequest{RequestId: "x", Command: &pb.ControlRequest_Partition{Partition: &pb.Partition{Peers: []string{"c2", ""}}}}),
		record(index["post_request"], 4, pb.Role_ROLE_USER, &pb.PostRequest{RequestId: "r", Text: "hi"}),
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script []byte) {
		n := newHandlerNode(t)
		for _, env := range envelopesFromScript(script) {
			frame, err := proto.Marshal(env)
			if err != nil {
				t.Fatal(err)
			}
			if !feed(t, n, frame) && env.Sender != "" {
				t.Fatalf("a valid envelope was refused: %v", env)
			}
		}
	})
}
