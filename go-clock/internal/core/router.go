package core

import (
	"context"
	"fmt"

	"github.com/go-zeromq/zmq4"
	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/pb"
)

// RouterSocket binds and serves many DEALERs. It receives
// [identity, envelope] and answers [identity, envelope].
type RouterSocket struct {
	*pump
	opts     SocketOptions
	endpoint string
}

// NewRouterSocket binds endpoint ("tcp://127.0.0.1:0" picks a free port;
// Endpoint tells which).
func NewRouterSocket(endpoint string, opts SocketOptions) (*RouterSocket, error) {
	sock := zmq4.NewRouter(context.Background(), listenOptions(opts)...)
	if err := sock.Listen(endpoint); err != nil {
		return nil, fmt.Errorf("router listen %s: %w", endpoint, err)
	}
	r := &RouterSocket{pump: newPump(sock, opts.Log), opts: opts, endpoint: endpointOf(sock, endpoint)}
	r.run(r.handle)
	return r, nil
}

func (r *RouterSocket) handle(frames [][]byte) {
	var identity []byte
	if len(frames) > 0 {
		identity = frames[0]
	}
	if err := checkFrames(frames, 2); err != nil {
		r.refuse(identity, r.malformed(err, printable(identity), frames))
		return
	}
	if r.opts.Raw {
		r.deliver(Incoming{Identity: identity, Raw: frames[1]})
		return
	}
	env, err := openAndLog(r.opts, frames[1])
	if err != nil {
		r.refuse(identity, r.refused(err, printable(identity), frames))
		return
	}
	r.deliver(Incoming{Identity: identity, Env: env, Body: BodyKind(env)})
}

// refuse answers bad input with an ErrorReply, as every receiver must.
func (r *RouterSocket) refuse(identity []byte, code pb.ErrorCode) {
	if len(identity) == 0 || r.opts.Raw {
		return
	}
	reply := &pb.ErrorReply{Code: code, Message: "frame refused: " + code.String()}
	_, _ = r.Send(identity, printable(identity), reply, "")
}

// Endpoint is the bound address.
func (r *RouterSocket) Endpoint() string { return r.endpoint }

// Incoming delivers received messages; it is closed by Close.
func (r *RouterSocket) Incoming() <-chan Incoming { return r.inbox }

// Send seals body and sends it to the DEALER with this routing id; peer is
// its process id for the log. A ROUTER silently drops messages to unknown
// identities, so a nil error does not prove delivery.
func (r *RouterSocket) Send(identity []byte, peer string, body proto.Message, replyTo string) (*pb.Envelope, error) {
	data, env, err := sealAndLog(r.opts, peer, body, replyTo)
	if err != nil {
		return nil, err
	}
	if err := r.sock.Send(zmq4.NewMsgFrom(identity, data)); err != nil {
		return nil, sendFailed(r.opts, env, peer, err)
	}
	return env, nil
}

// SendRaw sends payload unchanged (the raw baseline).
func (r *RouterSocket) SendRaw(identity, payload []byte) error {
	if len(payload) > MaxFrameBytes {
		return ErrTooLarge
	}
	return r.sock.Send(zmq4.NewMsgFrom(identity, payload))
}

// Close stops the reader and closes the socket.
func (r *RouterSocket) Close() error { return r.close() }
