// Package clocknode is the driver of a Go clock node: it moves messages
// between ZeroMQ and the pure state machines (membership, Bully, Berkeley,
// drift) and owns all of them on one goroutine, so none needs a lock.
// Sockets never run on that goroutine: the ROUTER's reader feeds a channel
// and every peer has its own DEALER with a sender goroutine (links.go).
package clocknode

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
	"time"

	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/berkeley"
	"socialnet/goclock/internal/bully"
	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/membership"
	"socialnet/goclock/internal/pb"
)

// Config of one clock node. Zero durations take the defaults of Defaults.
type Config struct {
	ID           string
	Rank         uint32
	PeerEndpoint string // ROUTER to bind, tcp://127.0.0.1:0 for a free port
	Seeds        []string
	Bootstrap    bool
	LogPath      string

	DriftSeed       uint32
	DriftIntervalMs int64
	DriftMaxMs      int64 // 0 switches drift off

	BerkeleyPeriodMs int64
	Berkeley         berkeley.Config
	Bully            bully.Config
	Membership       membership.Config

	// Secret is the cluster secret: every envelope on the peer sockets is
	// signed with it and checked against it (docs/protocol.md, "Member
	// authentication"). nil: member traffic is unsigned (tests, --insecure).
	Secret []byte

	TickMs      int64
	SendTimeout time.Duration
	LeaveWait   time.Duration // graceful leave: how long to wait for the view without us
}

// Defaults fills what a Config leaves zero. Bully's failure timeout plus its
// answer timeout (300 + 100 ms) is what a coordinator's death costs before
// the survivors agree on the next one.
func Defaults(c Config) Config {
	def := func(v *int64, d int64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.DriftIntervalMs, 5000)
	def(&c.BerkeleyPeriodMs, 2000)
	def(&c.Berkeley.MaxRttUs, 100_000)
	def(&c.Berkeley.MaxDeviationUs, 2_000_000)
	def(&c.Berkeley.RoundTimeoutUs, 500_000)
	def(&c.Bully.AnswerTimeoutMs, 100)
	def(&c.Bully.CoordinatorTimeoutMs, 300)
	def(&c.Bully.FailureTimeoutMs, 300)
	def(&c.Membership.HeartbeatMs, membership.DefaultConfig.HeartbeatMs)
	def(&c.Membership.FailureTimeoutMs, membership.DefaultConfig.FailureTimeoutMs)
	def(&c.Membership.ProposeTimeoutMs, membership.DefaultConfig.ProposeTimeoutMs)
	def(&c.Membership.JoinRetryMs, membership.DefaultConfig.JoinRetryMs)
	def(&c.TickMs, 10)
	if c.SendTimeout == 0 {
		c.SendTimeout = time.Second
	}
	if c.LeaveWait == 0 {
		c.LeaveWait = time.Second
	}
	return c
}

// Node is a running clock node.
type Node struct {
	cfg     Config
	Log     *core.ProcessLog
	Clock   *core.PhysicalClock
	lamport *core.LamportClock
	opts    core.SocketOptions
	router  *core.RouterSocket
	t0      time.Time

	// Owned by the loop goroutine.
	mem         *membership.Membership
	bul         *bully.BullyElection
	bullyOn     bool
	coordinator string
	berk        *berkeley.BerkeleyCoordinator
	berkMember  berkeley.BerkeleyMember
	round       uint64
	nextRound   int64
	drift       *core.DriftInjector
	book        map[string]string // member id -> peer endpoint
	links       map[string]*link  // "id@endpoint", or "@endpoint" for a seed
	cut         map[string]bool   // partitioned peer ids
	leaving     bool
	leaveBy     int64
	lastTidy    int64

	routerQ     chan routerReply
	routerQuiet chan struct{} // closed when the ROUTER sender has sent everything queued
	crashed     bool
	stop        chan bool // true: crash (no leave, no drain)
	done        chan struct{}
	exited      sync.WaitGroup
	mu          sync.Mutex
	snap        Snapshot
}

type routerReply struct {
	identity []byte
	peer     string
	body     proto.Message
	replyTo  string
}

// Snapshot is what tests and the status command read, copied out of the loop.
type Snapshot struct {
	Coordinator string
	Epoch       uint64
	Members     []string
	Status      membership.Status
	OffsetMs    float64 // clock - real
	Rounds      uint64
}

// Start binds the ROUTER, then joins (or bootstraps) and runs until Stop,
// Crash, or a shutdown command.
func Start(cfg Config) (*Node, error) {
	cfg = Defaults(cfg)
	if cfg.ID == "" {
		return nil, errors.New("clocknode: an id is required")
	}
	if !cfg.Bootstrap && len(cfg.Seeds) == 0 {
		return nil, errors.New("clocknode: --seeds or --bootstrap is required")
	}
	n := &Node{cfg: cfg, lamport: &core.LamportClock{}, Clock: core.NewPhysicalClock(nil), t0: time.Now(),
		book: map[string]string{}, links: map[string]*link{}, cut: map[string]bool{},
		routerQ: make(chan routerReply, queueSize), routerQuiet: make(chan struct{}), stop: make(chan bool, 1), done: make(chan struct{})}
	var err error
	if n.Log, err = core.OpenProcessLog(cfg.LogPath, cfg.ID, pb.Role_ROLE_CLOCK, n.lamport, n.Clock); err != nil {
		return nil, err
	}
	n.opts = core.SocketOptions{Envelopes: core.NewEnvelopes(cfg.ID, pb.Role_ROLE_CLOCK, n.lamport, n.Clock), Log: n.Log, SendTimeout: cfg.SendTimeout}
	if cfg.Secret != nil {
		// One MemberAuth for the ROUTER and every DEALER: its replay record spans them all.
		if n.opts.Auth, err = core.NewMemberAuth(cfg.Secret); err != nil {
			_ = n.Log.Close()
			return nil, err
		}
	}
	if n.router, err = core.NewRouterSocket(cfg.PeerEndpoint, n.opts); err != nil {
		_ = n.Log.Close()
		return nil, err
	}
	self := membership.Member{ID: cfg.ID, Role: membership.RoleClock, Rank: cfg.Rank,
		PeerEndpoint: n.router.Endpoint(), State: membership.StateActive}
	n.mem = membership.New(self, cfg.Membership)
	n.bul = bully.New(cfg.ID, cfg.Rank, cfg.Bully, nil)
	n.berk = berkeley.New(cfg.ID, cfg.Berkeley)
	n.drift = core.NewDriftInjector(cfg.DriftSeed, float64(cfg.DriftIntervalMs), cfg.DriftMaxMs, core.WallClockMs())
	n.book[cfg.ID] = self.PeerEndpoint
	n.Log.Event("NODE_STARTED", "id", cfg.ID, "rank", cfg.Rank, "endpoint", self.PeerEndpoint,
		"seeds", cfg.Seeds, "bootstrap", cfg.Bootstrap, "drift_seed", cfg.DriftSeed, "drift_max_ms", cfg.DriftMaxMs)
	if cfg.Secret == nil {
		n.Log.Warn("MEMBER_AUTH_DISABLED", "reason", "no cluster secret (--insecure)")
	}

	n.exited.Add(2)
	go n.routerSender()
	go n.loop()
	return n, nil
}

// Endpoint is the bound peer endpoint.
func (n *Node) Endpoint() string { return n.router.Endpoint() }

// Done is closed once the node has stopped.
func (n *Node) Done() <-chan struct{} { return n.done }

// Stop leaves the view gracefully (waiting up to LeaveWait) and stops.
func (n *Node) Stop() { n.halt(false) }

// Crash stops at once without leaving, as kill -9 would: peers must detect it.
func (n *Node) Crash() { n.halt(true) }

func (n *Node) halt(crash bool) {
	select {
	case n.stop <- crash:
	default:
	}
	<-n.done
}

// Snapshot returns the node's state as of its last loop turn.
func (n *Node) Snapshot() Snapshot {
	n.mu.Lock()
	defer n.mu.Unlock()
	s := n.snap
	s.Members = append([]string(nil), s.Members...)
	return s
}

func (n *Node) nowMs() int64 { return time.Since(n.t0).Milliseconds() }

func (n *Node) clockUs() int64 { return int64(math.Floor(n.Clock.NowMs() * 1000)) }

func (n *Node) loop() {
	defer n.exited.Done()
	defer n.shutdown()
	now := n.nowMs()
	if n.cfg.Bootstrap {
		n.onMembership(n.mem.Bootstrap(now))
	} else {
		n.onMembership(n.mem.RequestJoin(now, n.cfg.Seeds))
	}
	ticker := time.NewTicker(time.Duration(n.cfg.TickMs) * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case in, ok := <-n.router.Incoming():
			if !ok {
				return
			}
			n.guard(func() { n.handle(in) })
		case <-ticker.C:
			n.guard(n.tick)
			if n.leaving && (n.mem.Status() == membership.StatusLeft || n.nowMs() >= n.leaveBy) {
				n.Log.Event("LEAVE_DONE", "left", n.mem.Status() == membership.StatusLeft)
				return
			}
		case crash := <-n.stop:
			if crash {
				n.crashed = true
				n.closeLinks(0)
				return
			}
			n.beginLeave()
		}
		n.publish()
	}
}

// guard keeps one bad input from killing the node: it is logged and dropped.
func (n *Node) guard(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			n.Log.Warn("HANDLER_PANIC", "err", fmt.Sprint(r))
		}
	}()
	fn()
}

func (n *Node) beginLeave() {
	if n.leaving {
		return
	}
	n.leaving = true
	n.leaveBy = n.nowMs() + n.cfg.LeaveWait.Milliseconds()
	n.onMembership(n.mem.RequestLeave(n.nowMs()))
}

func (n *Node) shutdown() {
	n.closeLinks(200 * time.Millisecond)
	n.publish()
	n.Log.Event("NODE_STOPPED", "epoch", n.snap.Epoch, "status", string(n.mem.Status()), "crash", n.crashed)
	close(n.routerQ)
	if !n.crashed {
		select { // the answer to a shutdown command goes out first
		case <-n.routerQuiet:
		case <-time.After(500 * time.Millisecond):
		}
	}
	_ = n.router.Close()
	go func() {
		n.exited.Wait()
		_ = n.Log.Close()
		close(n.done)
	}()
}

func (n *Node) publish() {
	s := Snapshot{Coordinator: n.coordinator, Status: n.mem.Status(), OffsetMs: n.Clock.OffsetMs(), Rounds: n.round}
	if v := n.mem.View(); v != nil {
		s.Epoch, s.Members = v.Epoch, v.IDs()
	}
	n.mu.Lock()
	n.snap = s
	n.mu.Unlock()
}

func (n *Node) tick() {
	now := n.nowMs()
	for _, j := range n.drift.Poll(core.WallClockMs()) {
		if n.cfg.DriftMaxMs == 0 {
			break // drift off: no zero jumps in the log
		}
		n.adjust("DRIFT_INJECTED", float64(j), "source", "injector", "jump_ms", j)
	}
	n.onMembership(n.mem.Tick(now))
	if n.bullyOn {
		n.onBully(n.bul.Tick(now))
	}
	if n.coordinator == n.cfg.ID {
		if n.berk.Open() {
			n.onBerkeley(n.berk.Tick(n.clockUs()))
		}
		if now >= n.nextRound {
			n.round++
			n.nextRound = now + n.cfg.BerkeleyPeriodMs
			n.onBerkeley(n.berk.Start(n.clockUs(), n.round, n.viewIDs()))
		}
	}
	if now-n.lastTidy >= 1000 {
		n.lastTidy = now
		n.tidyLinks()
	}
}

func (n *Node) handle(in core.Incoming) {
	env := in.Env
	if env == nil {
		return
	}
	from, now := env.Sender, n.nowMs()
	if req, ok := env.Body.(*pb.Envelope_ControlRequest); ok {
		n.control(in, req.ControlRequest)
		return
	}
	if n.cut[from] {
		n.Log.Event("PARTITION_DROPPED", "from", from, "id", env.MsgId)
		return
	}
	n.onMembership(n.mem.Heard(now, from))
	if n.bullyOn {
		n.onBully(n.bul.Heard(now, from))
	}
	if msg, ok := msgFromPB(env); ok {
		n.learn(msg)
		n.onMembership(n.mem.Receive(now, from, msg))
		return
	}
	switch b := env.Body.(type) {
	case *pb.Envelope_JoinRequest, *pb.Envelope_LeaveRequest, *pb.Envelope_ViewChange, *pb.Envelope_View:
		n.refuse(in, pb.ErrorCode_ERROR_CODE_MISSING_FIELD, "membership message without a valid member or view")
	case *pb.Envelope_Election:
		n.onBullyInput(now, from, bully.Msg{Body: bully.BodyElection, Rank: b.Election.Rank})
	case *pb.Envelope_Answer:
		n.onBullyInput(now, from, bully.Msg{Body: bully.BodyAnswer, Rank: b.Answer.Rank})
	case *pb.Envelope_Coordinator:
		n.onBullyInput(now, from, bully.Msg{Body: bully.BodyCoordinator, Rank: b.Coordinator.Rank, Term: b.Coordinator.Term})
	case *pb.Envelope_TimeRequest:
		reply := &pb.TimeReply{Round: b.TimeRequest.Round, ClockUs: n.clockUs()}
		if _, known := n.book[from]; known {
			n.sendTo(from, reply, env.MsgId)
		} else {
			// Not a member (a ping tool, say): it has no ROUTER of ours to go to.
			n.reply(in, reply)
		}
	case *pb.Envelope_TimeReply:
		n.onBerkeley(n.berk.Reply(n.clockUs(), from, b.TimeReply.Round, b.TimeReply.ClockUs))
	case *pb.Envelope_ClockAdjust:
		if from != n.coordinator {
			n.Log.Warn("CLOCK_ADJUST_IGNORED", "from", from, "coordinator", n.coordinator, "round", b.ClockAdjust.Round)
			return
		}
		if d, ok := n.berkMember.Adjust(from, b.ClockAdjust.Round, b.ClockAdjust.DeltaUs); ok {
			n.adjust("CLOCK_ADJUSTED", float64(d)/1000, "source", "berkeley", "from", from, "round", b.ClockAdjust.Round, "delta_us", d)
		}
	case *pb.Envelope_ErrorReply, *pb.Envelope_ControlReply:
		// Already logged on receipt; nothing to do.
	default:
		n.refuse(in, pb.ErrorCode_ERROR_CODE_UNKNOWN_KIND, "a clock node does not handle "+in.Body)
	}
}

// learn keeps the address book: joiners are only reachable through the
// endpoint their JoinRequest carries.
func (n *Node) learn(msg membership.Msg) {
	if msg.Member != nil && msg.Member.PeerEndpoint != "" {
		n.book[msg.Member.ID] = msg.Member.PeerEndpoint
	}
	if msg.View != nil {
		for _, m := range msg.View.Members {
			if m.PeerEndpoint != "" {
				n.book[m.ID] = m.PeerEndpoint
			}
		}
	}
}

func (n *Node) onMembership(out membership.Output) {
	for _, e := range out.Events {
		n.event(e.Name, e.Fields)
	}
	for _, s := range out.Send {
		n.sendTo(s.To, msgToPB(s.Msg), "")
	}
	if v := out.Installed; v != nil {
		n.installed(*v)
	}
}

func (n *Node) installed(v membership.View) {
	now := n.nowMs()
	ranks := map[string]uint32{}
	for _, m := range v.Members {
		ranks[m.ID] = m.Rank
		if m.PeerEndpoint != "" {
			n.book[m.ID] = m.PeerEndpoint
		}
	}
	switch {
	case n.bullyOn:
		n.onBully(n.bul.SetMembers(now, ranks))
	case v.Find(n.cfg.ID) != nil:
		// Bully starts only once we are in a view: before, we would win an
		// election among nobody (see onBullyInput).
		n.bullyOn = true
		n.bul.SetMembers(now, ranks) // idle with no coordinator: no output
		n.onBully(n.bul.Start(now))
	}
	n.tidyLinks()
}

// onBullyInput feeds an Election, Answer or Coordinator to Bully, but only
// once Bully is on (a view listing us is installed). Before that, a restarted
// node knows no member of higher rank, so an Election or a lower rank's
// Coordinator would make it win an election among nobody and stay Bully
// coordinator while its Membership follows the coordinator a seed named.
func (n *Node) onBullyInput(now int64, from string, msg bully.Msg) {
	if !n.bullyOn {
		n.Log.Event("BULLY_INPUT_IGNORED", "from", from, "body", string(msg.Body), "why", "not in a view yet")
		return
	}
	n.onBully(n.bul.Receive(now, from, msg))
}

func (n *Node) onBully(out bully.Output) {
	for _, e := range out.Events {
		n.event(e.Name, e.Fields)
	}
	for _, s := range out.Send {
		var body proto.Message
		switch s.Body {
		case bully.BodyElection:
			body = &pb.Election{Rank: s.Rank}
		case bully.BodyAnswer:
			body = &pb.Answer{Rank: s.Rank}
		case bully.BodyCoordinator:
			body = &pb.Coordinator{Rank: s.Rank, Term: s.Term}
		}
		n.sendTo(s.To, body, "")
	}
	c := n.bul.Coordinator()
	if c != n.coordinator {
		n.coordinator = c
		if c == n.cfg.ID {
			n.nextRound = n.nowMs() // a new reference clock syncs everyone at once
		} else {
			n.berk = berkeley.New(n.cfg.ID, n.cfg.Berkeley) // abandon a round in progress
		}
	}
	// Compared with Membership's own idea, not with the cache above: a
	// joiner's Membership learns a coordinator from a seed's View, and a
	// stale cache would then never correct it.
	if c != n.mem.Coordinator() {
		n.onMembership(n.mem.SetCoordinator(n.nowMs(), c))
	}
}

func (n *Node) onBerkeley(out berkeley.Output) {
	for _, s := range out.Send {
		switch s.Body {
		case berkeley.BodyTimeRequest:
			n.sendTo(s.To, &pb.TimeRequest{Round: s.Round}, "")
		case berkeley.BodyClockAdjust:
			n.sendTo(s.To, &pb.ClockAdjust{Round: s.Round, DeltaUs: s.DeltaUs}, "")
		}
	}
	if r := out.Result; r != nil {
		n.Log.Event("BERKELEY_ROUND", "round", r.Round, "average_us", r.AverageUs, "used", r.Used,
			"dropped_rtt", r.DroppedRtt, "dropped_deviation", r.DroppedDeviation, "offsets_us", r.OffsetsUs)
		n.adjust("CLOCK_ADJUSTED", float64(r.SelfAdjustUs)/1000, "source", "berkeley", "from", n.cfg.ID, "round", r.Round, "delta_us", r.SelfAdjustUs)
	}
}

// adjust steps the clock and logs before and after in one line.
func (n *Node) adjust(event string, deltaMs float64, kv ...any) {
	before := n.Clock.NowMs()
	n.Clock.Adjust(deltaMs)
	after := n.Clock.NowMs()
	n.Log.Event(event, append(kv, "before", before, "after", after, "delta_ms", deltaMs, "offset_ms", n.Clock.OffsetMs())...)
}

func (n *Node) event(name string, fields map[string]any) {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	kv := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		kv = append(kv, k, fields[k])
	}
	n.Log.Event(name, kv...)
}

func (n *Node) viewIDs() []string {
	ids := []string{n.cfg.ID}
	if v := n.mem.View(); v != nil {
		ids = append(ids, v.IDs()...)
	}
	return ids
}

// sendTo queues body for a member id or a seed endpoint. Partitioned peers
// get nothing; nothing here ever blocks.
func (n *Node) sendTo(to string, body proto.Message, replyTo string) {
	if body == nil || to == n.cfg.ID {
		return
	}
	var key, endpoint, peer string
	if membership.IsEndpoint(to) {
		key, endpoint, peer = "@"+to, to, to
		if n.cut[n.idAt(to)] {
			return
		}
	} else {
		if n.cut[to] {
			return
		}
		endpoint, peer = n.book[to], to
		if endpoint == "" {
			n.Log.Warn("NO_ENDPOINT", "to", to)
			return
		}
		key = to + "@" + endpoint
	}
	l := n.links[key]
	if l == nil {
		l = newLink(endpoint, peer, n.opts)
		n.links[key] = l
	}
	if !l.enqueue(outgoing{body: body, replyTo: replyTo}) && (l.dropped == 1 || l.dropped%100 == 0) {
		n.Log.Warn("SEND_QUEUE_FULL", "to", peer, "dropped", l.dropped)
	}
}

func (n *Node) idAt(endpoint string) string {
	for id, ep := range n.book {
		if ep == endpoint {
			return id
		}
	}
	return ""
}

// tidyLinks closes DEALERs nobody needs: not a member of the view, not a
// seed while joining, and unused for a few seconds (a joiner we answered,
// a removed member we told).
func (n *Node) tidyLinks() {
	keep := map[string]bool{}
	if v := n.mem.View(); v != nil {
		for _, m := range v.Members {
			keep[m.ID+"@"+m.PeerEndpoint] = true
		}
	}
	if n.mem.Status() == membership.StatusJoining {
		for _, s := range n.cfg.Seeds {
			keep["@"+s] = true
		}
	}
	for key, l := range n.links {
		if !keep[key] && time.Since(l.lastUse) > 3*time.Second {
			delete(n.links, key)
			go l.close(200 * time.Millisecond)
		}
	}
}

func (n *Node) closeLinks(grace time.Duration) {
	var wg sync.WaitGroup
	for key, l := range n.links {
		delete(n.links, key)
		wg.Add(1)
		go func() { defer wg.Done(); l.close(grace) }()
	}
	wg.Wait()
}

// reply answers on the ROUTER, to the identity that asked (the CLI, a tool).
func (n *Node) reply(in core.Incoming, body proto.Message) {
	select {
	case n.routerQ <- routerReply{identity: in.Identity, peer: in.Env.Sender, body: body, replyTo: in.Env.MsgId}:
	default:
		n.Log.Warn("SEND_QUEUE_FULL", "to", in.Env.Sender, "dropped", 1)
	}
}

func (n *Node) refuse(in core.Incoming, code pb.ErrorCode, why string) {
	n.Log.Warn("BAD_INPUT", "from", in.Env.Sender, "code", code.String(), "why", why)
	n.reply(in, &pb.ErrorReply{Code: code, Message: why})
}

func (n *Node) routerSender() {
	defer n.exited.Done()
	defer close(n.routerQuiet)
	for r := range n.routerQ {
		_, _ = n.router.Send(r.identity, r.peer, r.body, r.replyTo)
	}
}

func (n *Node) control(in core.Incoming, req *pb.ControlRequest) {
	switch c := req.Command.(type) {
	case *pb.ControlRequest_Status:
	case *pb.ControlRequest_Drift:
		n.adjust("DRIFT_INJECTED", float64(c.Drift.DeltaMs), "source", "control", "jump_ms", c.Drift.DeltaMs)
	case *pb.ControlRequest_Shutdown:
		n.Log.Event("SHUTDOWN_REQUESTED", "from", in.Env.Sender)
		n.beginLeave()
	case *pb.ControlRequest_Partition:
		for _, p := range c.Partition.Peers {
			if p != "" && p != n.cfg.ID {
				n.cut[p] = true
			}
		}
		n.Log.Event("PARTITIONED", "peers", c.Partition.Peers, "partitioned", sortedSet(n.cut))
	case *pb.ControlRequest_Heal:
		n.Log.Event("HEALED", "partitioned", sortedSet(n.cut))
		n.cut = map[string]bool{}
	default:
		n.refuse(in, pb.ErrorCode_ERROR_CODE_MISSING_FIELD, "control request without a command")
		return
	}
	n.reply(in, &pb.ControlReply{RequestId: req.RequestId, Status: n.status()})
}

func (n *Node) status() *pb.StatusReport {
	return &pb.StatusReport{
		Id: n.cfg.ID, Role: pb.Role_ROLE_CLOCK, Rank: n.cfg.Rank, Coordinator: n.coordinator,
		View: viewToPB(n.mem.View()), ClockMs: int64(math.Floor(n.Clock.NowMs())),
		Lamport: n.lamport.Value(), Partitioned: sortedSet(n.cut),
	}
}

func sortedSet(s map[string]bool) []string {
	out := []string{}
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortMembers(ms []membership.Member) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].ID < ms[j].ID })
}
