// Package echo is a small ROUTER+PUB peer for ping: it answers time_request
// with time_reply and then publishes a notification to the sender's topic,
// or echoes raw frames unchanged. It stands in for the TypeScript echo so the
// Go tests need nothing outside go-clock.
package echo

import (
	"sync"

	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/pb"
)

// Config says where to bind and how to answer.
type Config struct {
	ID             string
	RouterEndpoint string // "tcp://127.0.0.1:0" picks a free port
	PubEndpoint    string // "" for no PUB
	Raw            bool
	LogPath        string // "" logs nowhere
}

// Server is a running echo peer.
type Server struct {
	Log    *core.ProcessLog
	router *core.RouterSocket
	pub    *core.PubSocket
	clock  *core.PhysicalClock
	done   sync.WaitGroup
}

// Start binds the sockets and serves until Close.
func Start(cfg Config) (*Server, error) {
	lamport := &core.LamportClock{}
	clock := core.NewPhysicalClock(nil)
	log, err := core.OpenProcessLog(cfg.LogPath, cfg.ID, pb.Role_ROLE_CLOCK, lamport, clock)
	if err != nil {
		return nil, err
	}
	opts := core.SocketOptions{
		Envelopes: core.NewEnvelopes(cfg.ID, pb.Role_ROLE_CLOCK, lamport, clock),
		Log:       log,
		Raw:       cfg.Raw,
	}
	s := &Server{Log: log, clock: clock}
	if s.router, err = core.NewRouterSocket(cfg.RouterEndpoint, opts); err != nil {
		return nil, err
	}
	if cfg.PubEndpoint != "" {
		// Notifications are envelopes even when the requests are raw.
		pubOpts := opts
		pubOpts.Raw = false
		if s.pub, err = core.NewPubSocket(cfg.PubEndpoint, pubOpts); err != nil {
			_ = s.router.Close()
			return nil, err
		}
	}
	s.done.Add(1)
	go s.serve()
	return s, nil
}

// RouterEndpoint is where DEALERs connect.
func (s *Server) RouterEndpoint() string { return s.router.Endpoint() }

// PubEndpoint is where SUBs connect ("" without a PUB).
func (s *Server) PubEndpoint() string {
	if s.pub == nil {
		return ""
	}
	return s.pub.Endpoint()
}

func (s *Server) serve() {
	defer s.done.Done()
	for in := range s.router.Incoming() {
		if in.Env == nil {
			_ = s.router.SendRaw(in.Identity, in.Raw)
			continue
		}
		req, ok := in.Env.Body.(*pb.Envelope_TimeRequest)
		if !ok {
			reply := &pb.ErrorReply{Code: pb.ErrorCode_ERROR_CODE_UNKNOWN_KIND, Message: "echo answers time_request only"}
			_, _ = s.router.Send(in.Identity, in.Env.Sender, reply, in.Env.MsgId)
			continue
		}
		reply := &pb.TimeReply{Round: req.TimeRequest.Round, ClockUs: int64(s.clock.NowMs() * 1000)}
		if _, err := s.router.Send(in.Identity, in.Env.Sender, reply, in.Env.MsgId); err != nil {
			continue
		}
		if s.pub != nil {
			_, _ = s.pub.Publish(in.Env.Sender, &pb.Notification{User: in.Env.Sender}, "")
		}
	}
}

// Close stops serving and closes the sockets and the log.
func (s *Server) Close() error {
	err := s.router.Close()
	s.done.Wait()
	if s.pub != nil {
		_ = s.pub.Close()
	}
	_ = s.Log.Close()
	return err
}
