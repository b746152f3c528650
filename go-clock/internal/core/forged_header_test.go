package core

import (
	"net"
	"strings"
	"testing"
	"time"

	"socialnet/goclock/internal/pb"
)

// zmtpGreeting is a ZMTP 3.0 greeting for the NULL mechanism, as a client.
func zmtpGreeting() []byte {
	g := make([]byte, 64)
	g[0], g[9] = 0xFF, 0x7F // signature
	g[10], g[11] = 3, 0     // version 3.0
	copy(g[12:32], "NULL")  // mechanism, zero padded
	return g
}

// A forged length header once made zmq4 allocate petabytes and die with a
// fatal "out of memory" (third_party/README.md). The patched copy refuses it
// and drops only that connection.
func TestForgedFrameHeaderDoesNotKillTheProcess(t *testing.T) {
	server, client := newTestProcess("s1"), newTestProcess("c1")
	router, err := NewRouterSocket(anyPort, server.opts)
	if err != nil {
		t.Fatal(err)
	}
	defer router.Close()

	conn, err := net.Dial("tcp", strings.TrimPrefix(router.Endpoint(), "tcp://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Write(zmtpGreeting()); err != nil {
		t.Fatal(err)
	}
	// A long command frame (flags 0x06) claiming 2^47 bytes.
	forged := []byte{0x06, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00}
	if _, err := conn.Write(forged); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(2 * time.Second))
	buf := make([]byte, 256)
	for {
		if _, err := conn.Read(buf); err != nil {
			break // the router dropped the forged connection (or the deadline passed)
		}
	}

	dealer := NewDealerSocket(router.Endpoint(), "s1", client.opts)
	defer dealer.Close()
	if _, err := dealer.Send(&pb.TimeRequest{Round: 1}, ""); err != nil {
		t.Fatal(err)
	}
	if in := receive(t, router.Incoming()); in.Body != "time_request" {
		t.Fatalf("router got %+v after the forged header", in)
	}
}
