package clocknode

import (
	"sync"
	"time"

	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/membership"
)

// queueSize bounds what waits for one peer. Everything we send is safe to
// lose (docs/protocol.md), so a full queue drops rather than blocks.
const queueSize = 128

type outgoing struct {
	body    proto.Message
	replyTo string
}

// link is one DEALER to one peer with its own sender goroutine: a zmq4 Send
// that meets a broken connection redials inside the Send and can stall for
// the whole send timeout (docs/pitfalls.md), which must never stop the
// state machines.
type link struct {
	endpoint string
	peer     string // id for the log; the endpoint for a seed
	dealer   *core.DealerSocket
	queue    chan outgoing
	quit     chan struct{} // closed: drop instead of send
	sent     chan struct{} // closed when the sender goroutine ends
	done     sync.WaitGroup
	lastUse  time.Time
	dropped  int
}

func newLink(endpoint, peer string, opts core.SocketOptions) *link {
	l := &link{endpoint: endpoint, peer: peer, queue: make(chan outgoing, queueSize),
		quit: make(chan struct{}), sent: make(chan struct{}), lastUse: time.Now()}
	if !membership.IsEndpoint(peer) {
		// A link to a member id accepts only that member's envelopes; one to a seed cannot know who answers.
		opts.ExpectSender = peer
	}
	l.dealer = core.NewDealerSocket(endpoint, peer, opts)
	l.done.Add(1)
	go func() {
		defer l.done.Done()
		// Peers answer on our ROUTER, not here; anything arriving (an
		// ErrorReply from a libzmq ROUTER) is logged by the socket and must
		// be drained, or the reader blocks on a full inbox.
		for range l.dealer.Incoming() {
		}
	}()
	go func() {
		defer close(l.sent)
		for m := range l.queue {
			select {
			case <-l.quit: // closing: what is left is dropped unsent
			default:
				_, _ = l.dealer.Send(m.body, m.replyTo) // failures are logged by the socket
			}
		}
	}()
	return l
}

// enqueue never blocks; it reports false when the queue was full.
func (l *link) enqueue(m outgoing) bool {
	l.lastUse = time.Now()
	select {
	case l.queue <- m:
		return true
	default:
		l.dropped++
		return false
	}
}

// close lets the sender drain for up to grace (0: not at all), then closes
// the socket, which also ends a Send stuck on a dead peer. Call it once,
// from the goroutine that enqueues.
func (l *link) close(grace time.Duration) {
	close(l.queue)
	if grace > 0 {
		select {
		case <-l.sent:
		case <-time.After(grace):
		}
	}
	close(l.quit)
	_ = l.dealer.Close()
	<-l.sent
	l.done.Wait()
}
