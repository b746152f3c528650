package core

import (
	"context"
	"encoding/hex"
	"errors"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"
	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
)

// The sockets wrap go-zeromq/zmq4 and follow the rules in
// /work/shared/LIBRARY-NOTES.md and docs/core.md "Framing on the wire":
//   - dialing sockets connect to exactly one endpoint (a zmq4 DEALER sends
//     every message to all its connections) and reconnect on their own;
//   - zmq4's Recv has no timeout, so one goroutine per socket reads and feeds
//     a channel that callers select on;
//   - every envelope is sealed and logged (SEND) or opened and logged (RECV)
//     inside one Lamport tick;
//   - frames over 64 KiB and messages with the wrong frame count are logged
//     as MALFORMED_FRAME and dropped.

// DefaultSendTimeout bounds every Send (zmq4's own default is 5 minutes).
// A Send that finds the connection broken makes zmq4 redial inside that
// Send while it holds the socket's writer, so such a Send fails only when
// this timeout expires: keep it short where stalls hurt.
const DefaultSendTimeout = 5 * time.Second

// inboxSize lets a burst of replies queue while the caller is busy sending.
const inboxSize = 1024

// SocketOptions wires a socket to its process.
type SocketOptions struct {
	Envelopes *Envelopes
	Log       *ProcessLog
	// Raw moves plain bytes, with no envelope and no per-message log line:
	// the baseline that shows what protobuf and logging cost.
	Raw bool
	// SendTimeout bounds each Send; 0 means DefaultSendTimeout.
	SendTimeout time.Duration
	// Auth, on member sockets only, signs every envelope sent and checks
	// every one received (docs/protocol.md, "Member authentication").
	Auth *MemberAuth
	// ExpectSender, on a DEALER to a known member, is the only sender Auth
	// accepts on it ("" when the other side is not known, e.g. a seed).
	ExpectSender string
}

func (o SocketOptions) sendTimeout() time.Duration {
	if o.SendTimeout > 0 {
		return o.SendTimeout
	}
	return DefaultSendTimeout
}

// Incoming is one message a socket received.
type Incoming struct {
	Identity []byte       // ROUTER: the routing id to answer to
	Topic    string       // SUB: the topic frame
	Env      *pb.Envelope // nil in raw mode
	Body     string       // body kind of Env
	Raw      []byte       // raw mode only: the payload frame
}

// pump owns a zmq4 socket's single reader goroutine.
type pump struct {
	sock    zmq4.Socket
	log     *ProcessLog
	inbox   chan Incoming
	closing chan struct{}
	done    sync.WaitGroup
	once    sync.Once
}

func newPump(sock zmq4.Socket, log *ProcessLog) *pump {
	return &pump{sock: sock, log: log, inbox: make(chan Incoming, inboxSize), closing: make(chan struct{})}
}

// run reads until Close. handle turns frames into Incoming values and calls
// deliver; it runs on this goroutine, so receives merge the Lamport clock in
// arrival order.
func (p *pump) run(handle func(frames [][]byte)) {
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		defer close(p.inbox)
		for {
			msg, err := p.sock.Recv()
			if err != nil {
				select {
				case <-p.closing:
					return
				default:
				}
				if errors.Is(err, context.Canceled) {
					return
				}
				// io.EOF (or a reset) once per lost connection: zmq4 redials on
				// its own with WithAutomaticReconnect, so keep reading.
				p.log.Warn("PEER_DISCONNECTED", "err", err.Error())
				continue
			}
			if msg.Type == zmq4.CmdMsg {
				// zmq4 hands ZMTP commands (a libzmq PING) up as messages.
				continue
			}
			handle(msg.Frames)
		}
	}()
}

func (p *pump) deliver(in Incoming) {
	select {
	case p.inbox <- in:
	case <-p.closing:
	}
}

func (p *pump) close() error {
	var err error
	p.once.Do(func() {
		close(p.closing)
		err = p.sock.Close()
		p.done.Wait()
	})
	return err
}

// malformed logs a frame we refuse and says which error code answers it.
func (p *pump) malformed(reason error, peer string, frames [][]byte) pb.ErrorCode {
	size := 0
	for _, f := range frames {
		size += len(f)
	}
	p.log.Warn("MALFORMED_FRAME", "peer", peer, "frames", len(frames), "bytes", size, "err", reason.Error())
	if errors.Is(reason, ErrTooLarge) {
		return pb.ErrorCode_ERROR_CODE_TOO_LARGE
	}
	return pb.ErrorCode_ERROR_CODE_MALFORMED
}

// checkFrames refuses a message of the wrong shape or with a frame over
// the limit. zmq4 has no ZMQ_MAXMSGSIZE, so this runs after the fact.
func checkFrames(frames [][]byte, want int) error {
	if len(frames) != want {
		return ErrMalformed
	}
	for _, f := range frames {
		if len(f) > MaxFrameBytes {
			return ErrTooLarge
		}
	}
	return nil
}

// openAndLog opens an envelope and writes its RECV line inside the merge.
// With Auth, the HMAC is checked first and the sender and freshness after
// the decode, all before the merge; a refusal is an *AuthRejected.
func openAndLog(o SocketOptions, data []byte) (*pb.Envelope, error) {
	var admit func(env *pb.Envelope) error
	if o.Auth != nil {
		prefix, err := o.Auth.Verify(data)
		if err != nil {
			return nil, err
		}
		data = prefix
		admit = func(env *pb.Envelope) error { return o.Auth.Admit(env, o.ExpectSender) }
	}
	return o.Envelopes.OpenAdmitThen(data, admit, func(env *pb.Envelope) {
		o.Log.Received(env, env.Sender, env.Lamport)
	})
}

// refused logs a frame that failed to open and says which error code
// answers it: AUTH_REJECTED (BAD_SIGNATURE) or MALFORMED_FRAME.
func (p *pump) refused(err error, peer string, frames [][]byte) pb.ErrorCode {
	var rejected *AuthRejected
	if !errors.As(err, &rejected) {
		return p.malformed(err, peer, frames)
	}
	frame := frames[len(frames)-1]
	kv := []any{"peer", peer, "reason", rejected.Reason, "size", len(frame)}
	// The msg_id the frame claims, when it decodes: it may be forged, but it
	// finds the capture a replay copied.
	if id := claimedMsgID(frame); id != "" {
		kv = append(kv, "msg_id", id)
	}
	p.log.Warn("AUTH_REJECTED", kv...)
	return pb.ErrorCode_ERROR_CODE_BAD_SIGNATURE
}

// claimedMsgID is the msg_id a refused frame claims, for the log only (it
// may be forged): "" when it does not decode.
func claimedMsgID(frame []byte) string {
	env := &pb.Envelope{}
	if proto.Unmarshal(frame, env) != nil {
		return ""
	}
	return env.MsgId
}

// sealAndLog seals body and writes its SEND line inside the tick.
func sealAndLog(o SocketOptions, peer string, body proto.Message, replyTo string) ([]byte, *pb.Envelope, error) {
	data, env, err := o.Envelopes.SealThen(body, replyTo, func(env *pb.Envelope) {
		o.Log.Sent(env, peer)
	})
	if err != nil {
		o.Log.Warn("SEAL_FAILED", "peer", peer, "err", err.Error())
		return data, env, err
	}
	if o.Auth != nil {
		data = o.Auth.Sign(data)
	}
	return data, env, nil
}

// sendFailed records a sealed envelope that never left, so a reader of the
// log does not look for its RECV.
func sendFailed(o SocketOptions, env *pb.Envelope, peer string, err error) error {
	o.Log.Warn("SEND_FAILED", "msg_id", env.MsgId, "peer", peer, "err", err.Error())
	return err
}

// printable names a routing id in the log: libzmq ids are binary.
func printable(id []byte) string {
	if utf8.Valid(id) {
		return string(id)
	}
	return hex.EncodeToString(id)
}

func dialOptions(o SocketOptions) []zmq4.Option {
	return []zmq4.Option{
		zmq4.WithTimeout(o.sendTimeout()),
		zmq4.WithAutomaticReconnect(true),
		zmq4.WithDialerMaxRetries(-1),
		zmq4.WithDialerRetry(100 * time.Millisecond),
	}
}

func listenOptions(o SocketOptions) []zmq4.Option {
	// No automatic reconnect here: zmq4 would "redial" its own listening
	// endpoint when a client goes away.
	return []zmq4.Option{zmq4.WithTimeout(o.sendTimeout())}
}

// endpointOf gives the bound endpoint, with the real port when asked for :0.
func endpointOf(sock zmq4.Socket, asked string) string {
	if a := sock.Addr(); a != nil {
		return "tcp://" + a.String()
	}
	return asked
}
