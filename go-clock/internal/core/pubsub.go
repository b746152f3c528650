package core

import (
	"context"
	"fmt"
	"sync"

	"github.com/go-zeromq/zmq4"
	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
)

// PubSocket binds and publishes [topic, envelope], topic = a user id.
type PubSocket struct {
	sock     zmq4.Socket
	opts     SocketOptions
	endpoint string
}

// NewPubSocket binds endpoint.
func NewPubSocket(endpoint string, opts SocketOptions) (*PubSocket, error) {
	sock := zmq4.NewPub(context.Background(), listenOptions(opts)...)
	if err := sock.Listen(endpoint); err != nil {
		return nil, fmt.Errorf("pub listen %s: %w", endpoint, err)
	}
	return &PubSocket{sock: sock, opts: opts, endpoint: endpointOf(sock, endpoint)}, nil
}

// Endpoint is the bound address.
func (p *PubSocket) Endpoint() string { return p.endpoint }

// Publish seals body and sends it to the subscribers of topic. A hint only:
// PUB/SUB loses messages to slow joiners and reconnects.
func (p *PubSocket) Publish(topic string, body proto.Message, replyTo string) (*pb.Envelope, error) {
	data, env, err := sealAndLog(p.opts, topic, body, replyTo)
	if err != nil {
		return nil, err
	}
	if err := p.sock.Send(zmq4.NewMsgFrom([]byte(topic), data)); err != nil {
		return nil, sendFailed(p.opts, env, topic, err)
	}
	return env, nil
}

// PublishRaw sends payload unchanged under topic (the raw baseline).
func (p *PubSocket) PublishRaw(topic string, payload []byte) error {
	if len(payload) > MaxFrameBytes {
		return ErrTooLarge
	}
	return p.sock.Send(zmq4.NewMsgFrom([]byte(topic), payload))
}

// Close closes the socket.
func (p *PubSocket) Close() error { return p.sock.Close() }

// SubSocket connects to one PUB and receives [topic, envelope] for the
// topics it subscribed to, exactly: ZeroMQ matches by prefix, so "bob" would
// also get "bobby"'s messages without the check here.
type SubSocket struct {
	*pump
	opts    SocketOptions
	peer    string
	dialing sync.WaitGroup

	mu     sync.RWMutex
	topics map[string]bool
}

// NewSubSocket connects to endpoint in the background, like a DealerSocket;
// peer names the publisher in the log.
func NewSubSocket(endpoint, peer string, opts SocketOptions) *SubSocket {
	sock := zmq4.NewSub(context.Background(), dialOptions(opts)...)
	s := &SubSocket{pump: newPump(sock, opts.Log), opts: opts, peer: peer, topics: map[string]bool{}}
	s.dialing.Add(1)
	go func() {
		defer s.dialing.Done()
		if err := sock.Dial(endpoint); err != nil {
			opts.Log.Warn("DIAL_FAILED", "peer", peer, "endpoint", endpoint, "err", err.Error())
		}
	}()
	s.run(s.handle)
	return s
}

// Subscribe adds topic. zmq4 resends subscriptions after a reconnect.
func (s *SubSocket) Subscribe(topic string) error {
	s.mu.Lock()
	s.topics[topic] = true
	s.mu.Unlock()
	return s.sock.SetOption(zmq4.OptionSubscribe, topic)
}

func (s *SubSocket) subscribed(topic string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.topics[topic]
}

func (s *SubSocket) handle(frames [][]byte) {
	if err := checkFrames(frames, 2); err != nil {
		s.malformed(err, s.peer, frames)
		return
	}
	topic := string(frames[0])
	if !s.subscribed(topic) {
		return
	}
	if s.opts.Raw {
		s.deliver(Incoming{Topic: topic, Raw: frames[1]})
		return
	}
	env, err := openAndLog(s.opts, frames[1])
	if err != nil {
		s.malformed(err, s.peer, frames)
		return
	}
	s.deliver(Incoming{Topic: topic, Env: env, Body: BodyKind(env)})
}

// Incoming delivers received messages; it is closed by Close.
func (s *SubSocket) Incoming() <-chan Incoming { return s.inbox }

// Close stops the dial, the reader and the socket.
func (s *SubSocket) Close() error {
	err := s.close()
	s.dialing.Wait()
	_ = s.sock.Close()
	return err
}
