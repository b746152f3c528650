package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/pb"
)

// slowJoiner is how long a new SUB waits before the traffic it wants to see
// starts: a subscription takes a moment to reach the PUB.
const slowJoiner = 300 * time.Millisecond

// notificationGrace bounds the wait for notifications after the last reply.
const notificationGrace = 5 * time.Second

type config struct {
	connect, sub, id, logPath string
	count, pipeline, size     int
	raw                       bool
	timeout                   time.Duration
}

// result is the one line ping prints; field order is the contract.
type result struct {
	ID             string  `json:"id"`
	Count          int     `json:"count"`
	Pipeline       int     `json:"pipeline"`
	Raw            bool    `json:"raw"`
	ElapsedS       float64 `json:"elapsed_s"`
	ThroughputPerS float64 `json:"throughput_per_s"`
	RTTP50us       float64 `json:"rtt_p50_us"`
	RTTP99us       float64 `json:"rtt_p99_us"`
	Notifications  int     `json:"notifications"`
	Lamport        uint64  `json:"lamport"`
}

func parse(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("ping", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.connect, "connect", "", "ROUTER endpoint, tcp://127.0.0.1:P")
	fs.StringVar(&c.sub, "sub", "", "PUB endpoint to subscribe to topic = --id")
	fs.StringVar(&c.id, "id", "ping", "process id (also the SUB topic)")
	fs.IntVar(&c.count, "count", 1000, "requests to send")
	fs.IntVar(&c.pipeline, "pipeline", 1, "most requests in flight")
	fs.BoolVar(&c.raw, "raw", false, "raw frames instead of envelopes (baseline)")
	fs.IntVar(&c.size, "size", 100, "raw frame size in bytes (at least 8)")
	fs.StringVar(&c.logPath, "log", "", "JSON-lines log file")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "give up on replies after this long")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch {
	case c.connect == "":
		return c, errors.New("--connect is required")
	case c.count < 1 || c.pipeline < 1:
		return c, errors.New("--count and --pipeline must be at least 1")
	case c.raw && (c.size < 8 || c.size > core.MaxFrameBytes):
		return c, fmt.Errorf("--size must be in [8, %d]", core.MaxFrameBytes)
	}
	return c, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	c, err := parse(args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "ping:", err)
		return 2
	}
	lamport := &core.LamportClock{}
	clock := core.NewPhysicalClock(nil)
	log, err := core.OpenProcessLog(c.logPath, c.id, pb.Role_ROLE_CLOCK, lamport, clock)
	if err != nil {
		fmt.Fprintln(stderr, "ping:", err)
		return 2
	}
	defer log.Close()
	opts := core.SocketOptions{
		Envelopes: core.NewEnvelopes(c.id, pb.Role_ROLE_CLOCK, lamport, clock),
		Log:       log,
		Raw:       c.raw,
		// The first Send waits for the connection; never past our own deadline.
		SendTimeout: min(core.DefaultSendTimeout, c.timeout),
	}

	dealer := core.NewDealerSocket(c.connect, c.connect, opts)
	defer dealer.Close()
	var notes <-chan core.Incoming
	if c.sub != "" {
		subOpts := opts
		subOpts.Raw = false // notifications are envelopes in both modes
		sub := core.NewSubSocket(c.sub, c.sub, subOpts)
		defer sub.Close()
		if err := sub.Subscribe(c.id); err != nil {
			fmt.Fprintln(stderr, "ping:", err)
			return 2
		}
		notes = sub.Incoming()
		time.Sleep(slowJoiner)
	}
	log.Event("PING_START", "count", c.count, "pipeline", c.pipeline, "raw", c.raw)

	m := newMeter(c, dealer)
	m.exchange(notes)
	if c.sub != "" {
		m.awaitNotifications(notes)
	}
	log.Event("PING_DONE", "replies", len(m.rtts), "notifications", m.notifications, "err", errString(m.err))

	res := m.result(lamport.Value())
	line, _ := json.Marshal(res)
	fmt.Fprintln(stdout, string(line))
	if m.err != nil {
		fmt.Fprintln(stderr, "ping:", m.err)
	}
	if len(m.rtts) != c.count || (c.sub != "" && m.notifications < c.count) {
		return 1
	}
	return 0
}

// meter runs the exchange and collects what result reports.
type meter struct {
	c             config
	dealer        *core.DealerSocket
	inFlight      map[string]time.Time // msg_id or raw sequence number -> sent at
	sent          int
	rtts          []time.Duration
	notifications int
	started       time.Time
	finished      time.Time
	err           error
}

func newMeter(c config, dealer *core.DealerSocket) *meter {
	return &meter{c: c, dealer: dealer, inFlight: map[string]time.Time{}, rtts: make([]time.Duration, 0, c.count)}
}

// exchange keeps the pipeline full until every reply is in, the timeout
// passes or a send fails.
func (m *meter) exchange(notes <-chan core.Incoming) {
	deadline := time.After(m.c.timeout)
	m.started = time.Now()
	defer func() { m.finished = time.Now() }()
	for len(m.rtts) < m.c.count {
		for m.sent < m.c.count && len(m.inFlight) < m.c.pipeline {
			if m.err = m.send(); m.err != nil {
				return
			}
		}
		select {
		case in, ok := <-m.dealer.Incoming():
			if !ok {
				m.err = errors.New("dealer closed")
				return
			}
			m.complete(in)
		case in := <-notes: // a nil channel without --sub: never ready
			m.countNotification(in)
		case <-deadline:
			m.err = fmt.Errorf("timeout: %d of %d replies", len(m.rtts), m.c.count)
			return
		}
	}
}

func (m *meter) send() error {
	m.sent++
	if m.c.raw {
		frame := make([]byte, m.c.size)
		binary.BigEndian.PutUint64(frame, uint64(m.sent))
		m.inFlight[fmt.Sprint(m.sent)] = time.Now()
		return m.dealer.SendRaw(frame)
	}
	at := time.Now()
	env, err := m.dealer.Send(&pb.TimeRequest{Round: uint64(m.sent)}, "")
	if err != nil {
		return err
	}
	m.inFlight[env.MsgId] = at
	return nil
}

// complete matches a reply to its request: reply_to, or the echoed
// sequence number in raw mode. Anything else is ignored.
func (m *meter) complete(in core.Incoming) {
	var key string
	switch {
	case in.Raw != nil && len(in.Raw) >= 8:
		key = fmt.Sprint(binary.BigEndian.Uint64(in.Raw))
	case in.Env != nil && in.Body == "time_reply":
		key = in.Env.ReplyTo
	default:
		return
	}
	if at, ok := m.inFlight[key]; ok {
		m.rtts = append(m.rtts, time.Since(at))
		delete(m.inFlight, key)
	}
}

func (m *meter) countNotification(in core.Incoming) {
	if in.Body == "notification" {
		m.notifications++
	}
}

func (m *meter) awaitNotifications(notes <-chan core.Incoming) {
	grace := time.After(notificationGrace)
	for m.notifications < m.c.count {
		select {
		case in, ok := <-notes:
			if !ok {
				return
			}
			m.countNotification(in)
		case <-grace:
			return
		}
	}
}

func (m *meter) result(lamport uint64) result {
	elapsed := m.finished.Sub(m.started).Seconds()
	r := result{
		ID: m.c.id, Count: m.c.count, Pipeline: m.c.pipeline, Raw: m.c.raw,
		ElapsedS: round(elapsed, 6), Notifications: m.notifications, Lamport: lamport,
	}
	if elapsed > 0 {
		r.ThroughputPerS = round(float64(len(m.rtts))/elapsed, 1)
	}
	slices.Sort(m.rtts)
	r.RTTP50us = percentileUs(m.rtts, 0.50)
	r.RTTP99us = percentileUs(m.rtts, 0.99)
	return r
}

// percentileUs is the nearest-rank percentile of sorted round trips, in µs.
func percentileUs(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return round(float64(sorted[max(i, 0)].Nanoseconds())/1e3, 1)
}

func round(x float64, digits int) float64 {
	f := math.Pow10(digits)
	return math.Round(x*f) / f
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
