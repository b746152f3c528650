package core

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"socialnet/goclock/internal/pb"
)

const anyPort = "tcp://127.0.0.1:0"

// testProcess is one simulated process: its clocks, a log held in memory
// and the options its sockets share.
type testProcess struct {
	out  *syncBuffer
	opts SocketOptions
}

func newTestProcess(id string) *testProcess {
	out := &syncBuffer{}
	lamport := &LamportClock{}
	clock := NewPhysicalClock(nil)
	log := NewProcessLog(out, id, pb.Role_ROLE_CLOCK, lamport, clock)
	return &testProcess{out: out, opts: SocketOptions{Envelopes: NewEnvelopes(id, pb.Role_ROLE_CLOCK, lamport, clock), Log: log}}
}

func (p *testProcess) raw() SocketOptions {
	o := p.opts
	o.Raw = true
	return o
}

func receive(t *testing.T, ch <-chan Incoming) Incoming {
	t.Helper()
	select {
	case in, ok := <-ch:
		if !ok {
			t.Fatal("socket closed")
		}
		return in
	case <-time.After(5 * time.Second):
		t.Fatal("nothing received within 5 s")
	}
	return Incoming{}
}

func nothing(t *testing.T, ch <-chan Incoming, wait time.Duration) {
	t.Helper()
	select {
	case in := <-ch:
		t.Fatalf("unexpected message: topic %q body %q", in.Topic, in.Body)
	case <-time.After(wait):
	}
}

func TestDealerRouterRoundTrip(t *testing.T) {
	server, client := newTestProcess("s1"), newTestProcess("c1")
	router, err := NewRouterSocket(anyPort, server.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer router.Close()
	dealer := NewDealerSocket(router.Endpoint(), "s1", client.opts)
	defer dealer.Close()

	req, err := dealer.Send(&pb.TimeRequest{Round: 1}, "")
	if err != nil {
		t.Fatal(err)
	}
	in := receive(t, router.Incoming())
	if in.Body != "time_request" || in.Env.MsgId != req.MsgId || len(in.Identity) == 0 {
		t.Fatalf("router got %+v", in)
	}
	if _, err := router.Send(in.Identity, in.Env.Sender, &pb.TimeReply{Round: 1}, in.Env.MsgId); err != nil {
		t.Fatal(err)
	}
	back := receive(t, dealer.Incoming())
	if back.Body != "time_reply" || back.Env.ReplyTo != req.MsgId || back.Env.Lamport != 3 {
		t.Fatalf("dealer got %+v", back.Env)
	}
	// send 1 -> recv max(0,1)+1 = 2 -> reply 3 -> recv max(1,3)+1 = 4
	if v := client.opts.Envelopes.lamport.Value(); v != 4 {
		t.Fatalf("client lamport %d", v)
	}
	for _, lines := range [][]map[string]any{checkLogLines(t, server.out.Bytes()), checkLogLines(t, client.out.Bytes())} {
		if len(lines) != 2 {
			t.Fatalf("want one RECV and one SEND line, got %v", lines)
		}
	}
}

func TestRawRoundTrip(t *testing.T) {
	server, client := newTestProcess("s1"), newTestProcess("c1")
	router, err := NewRouterSocket(anyPort, server.raw())
	if err != nil {
		t.Fatal(err)
	}
	defer router.Close()
	dealer := NewDealerSocket(router.Endpoint(), "s1", client.raw())
	defer dealer.Close()

	payload := bytes.Repeat([]byte{7}, 100)
	if err := dealer.SendRaw(payload); err != nil {
		t.Fatal(err)
	}
	in := receive(t, router.Incoming())
	if !bytes.Equal(in.Raw, payload) || in.Env != nil {
		t.Fatalf("router got %+v", in)
	}
	if err := router.SendRaw(in.Identity, in.Raw); err != nil {
		t.Fatal(err)
	}
	if back := receive(t, dealer.Incoming()); !bytes.Equal(back.Raw, payload) {
		t.Fatal("echo differs")
	}
	if err := dealer.SendRaw(make([]byte, MaxFrameBytes+1)); err != ErrTooLarge {
		t.Fatalf("oversize raw send: %v", err)
	}
	if len(server.out.Bytes())+len(client.out.Bytes()) != 0 {
		t.Fatal("raw mode writes no per-message lines")
	}
}

func TestSubscriberGetsOnlyExactTopics(t *testing.T) {
	server, user := newTestProcess("s1"), newTestProcess("bob")
	pub, err := NewPubSocket(anyPort, server.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	sub := NewSubSocket(pub.Endpoint(), "s1", user.opts)
	defer sub.Close()
	if err := sub.Subscribe("bob"); err != nil {
		t.Fatal(err)
	}

	// Slow joiner: publish until the subscription has reached the PUB.
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := pub.Publish("bob", &pb.Notification{User: "bob"}, ""); err != nil {
			t.Fatal(err)
		}
		select {
		case in := <-sub.Incoming():
			if in.Topic != "bob" || in.Body != "notification" {
				t.Fatalf("got %+v", in)
			}
		case <-time.After(50 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("subscription never took effect")
			}
			continue
		}
		break
	}
	for len(sub.Incoming()) > 0 {
		<-sub.Incoming()
	}

	// "bobby" matches "bob" as a ZeroMQ prefix; the wrapper must drop it.
	_, _ = pub.Publish("bobby", &pb.Notification{User: "bobby"}, "")
	_, _ = pub.Publish("alice", &pb.Notification{User: "alice"}, "")
	_, _ = pub.Publish("bob", &pb.Notification{User: "bob"}, "")
	in := receive(t, sub.Incoming())
	if in.Topic != "bob" || in.Env.GetNotification().GetUser() != "bob" {
		t.Fatalf("got topic %q user %q", in.Topic, in.Env.GetNotification().GetUser())
	}
	nothing(t, sub.Incoming(), 200*time.Millisecond)
}

// rawDealer is a bare zmq4 DEALER that can send what our sockets never do.
func rawDealer(t *testing.T, endpoint string) zmq4.Socket {
	t.Helper()
	d := zmq4.NewDealer(context.Background(), zmq4.WithTimeout(5*time.Second))
	if err := d.Dial(endpoint); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

func TestMalformedFramesAreLoggedAnsweredAndSurvived(t *testing.T) {
	server := newTestProcess("s1")
	router, err := NewRouterSocket(anyPort, server.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer router.Close()
	bad := rawDealer(t, router.Endpoint())

	good, _ := newTestEnvelopes("u1")
	valid, _, _ := good.Seal(&pb.TimeRequest{Round: 1}, "")
	cases := []struct {
		name string
		msg  zmq4.Msg
		code pb.ErrorCode
	}{
		{"not protobuf", zmq4.NewMsg([]byte("hello, router")), pb.ErrorCode_ERROR_CODE_MALFORMED},
		{"three frames", zmq4.NewMsgFrom([]byte{}, valid), pb.ErrorCode_ERROR_CODE_MALFORMED},
		{"over 64 KiB", zmq4.NewMsg(make([]byte, MaxFrameBytes+1)), pb.ErrorCode_ERROR_CODE_TOO_LARGE},
	}
	for _, c := range cases {
		if err := bad.Send(c.msg); err != nil {
			t.Fatal(err)
		}
		reply, err := bad.Recv()
		if err != nil {
			t.Fatal(err)
		}
		env, err := good.Open(reply.Frames[len(reply.Frames)-1])
		if err != nil || env.GetErrorReply().GetCode() != c.code {
			t.Fatalf("%s: reply %v err %v", c.name, env, err)
		}
	}
	// The socket keeps working after bad input.
	if err := bad.Send(zmq4.NewMsg(valid)); err != nil {
		t.Fatal(err)
	}
	if in := receive(t, router.Incoming()); in.Body != "time_request" {
		t.Fatalf("got %+v", in)
	}

	malformed := 0
	for _, l := range checkLogLines(t, server.out.Bytes()) {
		if l["event"] == "MALFORMED_FRAME" {
			malformed++
			if l["level"] != "warn" {
				t.Fatalf("level %v", l["level"])
			}
		}
	}
	if malformed != len(cases) {
		t.Fatalf("%d MALFORMED_FRAME lines, want %d", malformed, len(cases))
	}
}

func TestDealerWaitsForALatePeer(t *testing.T) {
	// Reserve a free port, then release it for the late ROUTER.
	probe, err := NewRouterSocket(anyPort, newTestProcess("x").opts)
	if err != nil {
		t.Fatal(err)
	}
	endpoint := probe.Endpoint()
	_ = probe.Close()

	client := newTestProcess("c1")
	dealer := NewDealerSocket(endpoint, "s1", client.opts)
	defer dealer.Close()
	time.Sleep(300 * time.Millisecond) // longer than one dial retry

	router, err := NewRouterSocket(endpoint, newTestProcess("s1").opts)
	if err != nil {
		t.Skipf("port taken meanwhile: %v", err)
	}
	defer router.Close()
	if _, err := dealer.Send(&pb.Heartbeat{}, ""); err != nil {
		t.Fatal(err)
	}
	if in := receive(t, router.Incoming()); in.Body != "heartbeat" {
		t.Fatalf("got %+v", in)
	}
}

func TestDealerReconnectsToARestartedRouter(t *testing.T) {
	first, err := NewRouterSocket(anyPort, newTestProcess("s1").opts)
	if err != nil {
		t.Fatal(err)
	}
	endpoint := first.Endpoint()
	client := newTestProcess("c1")
	opts := client.opts
	opts.SendTimeout = 300 * time.Millisecond
	dealer := NewDealerSocket(endpoint, "s1", opts)
	defer dealer.Close()
	if _, err := dealer.Send(&pb.Heartbeat{Epoch: 1}, ""); err != nil {
		t.Fatal(err)
	}
	receive(t, first.Incoming())
	_ = first.Close()

	second, err := NewRouterSocket(endpoint, newTestProcess("s1").opts)
	if err != nil {
		t.Skipf("port taken meanwhile: %v", err)
	}
	defer second.Close()
	// A send racing the redial is lost (written to the dead connection
	// without an error) or times out (it ran into the broken pipe and zmq4
	// redials inside it), so keep sending until one arrives.
	deadline := time.After(5 * time.Second)
	for {
		if _, err := dealer.Send(&pb.Heartbeat{Epoch: 2}, ""); err != nil {
			t.Logf("send during the redial: %v", err)
		}
		select {
		case in := <-second.Incoming():
			if in.Env.GetHeartbeat().GetEpoch() != 2 {
				t.Fatalf("got %+v", in.Env)
			}
			return
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatal("the dealer never reached the restarted router")
		}
	}
}
