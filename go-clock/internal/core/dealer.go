package core

import (
	"context"
	"sync"

	"github.com/go-zeromq/zmq4"
	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
)

// DealerSocket talks to exactly one ROUTER: it sends [envelope] and
// receives [envelope]. Open one per peer.
type DealerSocket struct {
	*pump
	opts    SocketOptions
	peer    string
	dialing sync.WaitGroup
}

// NewDealerSocket connects to endpoint; peer names the other process in the
// log. It returns at once: the dial retries in the background until the
// peer is up (processes start in any order) and Send waits for it, up to
// the send timeout.
func NewDealerSocket(endpoint, peer string, opts SocketOptions) *DealerSocket {
	sock := zmq4.NewDealer(context.Background(), dialOptions(opts)...)
	d := &DealerSocket{pump: newPump(sock, opts.Log), opts: opts, peer: peer}
	d.dialing.Add(1)
	go func() {
		defer d.dialing.Done()
		if err := sock.Dial(endpoint); err != nil {
			opts.Log.Warn("DIAL_FAILED", "peer", peer, "endpoint", endpoint, "err", err.Error())
		}
	}()
	d.run(d.handle)
	return d
}

func (d *DealerSocket) handle(frames [][]byte) {
	if err := checkFrames(frames, 1); err != nil {
		d.malformed(err, d.peer, frames)
		return
	}
	if d.opts.Raw {
		d.deliver(Incoming{Raw: frames[0]})
		return
	}
	env, err := openAndLog(d.opts, frames[0])
	if err != nil {
		d.refused(err, d.peer, frames)
		return
	}
	d.deliver(Incoming{Env: env, Body: BodyKind(env)})
}

// Incoming delivers received messages; it is closed by Close.
func (d *DealerSocket) Incoming() <-chan Incoming { return d.inbox }

// Send seals body (answering replyTo, "" for none) and sends it.
func (d *DealerSocket) Send(body proto.Message, replyTo string) (*pb.Envelope, error) {
	data, env, err := sealAndLog(d.opts, d.peer, body, replyTo)
	if err != nil {
		return nil, err
	}
	if err := d.sock.Send(zmq4.NewMsg(data)); err != nil {
		return nil, sendFailed(d.opts, env, d.peer, err)
	}
	return env, nil
}

// SendRaw sends payload unchanged (the raw baseline).
func (d *DealerSocket) SendRaw(payload []byte) error {
	if len(payload) > MaxFrameBytes {
		return ErrTooLarge
	}
	return d.sock.Send(zmq4.NewMsg(payload))
}

// Close stops the dial, the reader and the socket.
func (d *DealerSocket) Close() error {
	err := d.close()
	d.dialing.Wait()
	// A dial that won the race with Close added a connection after it.
	_ = d.sock.Close()
	return err
}
