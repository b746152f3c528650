package clocknode

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"socialnet/goclock/internal/core"
	"socialnet/goclock/internal/pb"
	"socialnet/goclock/internal/prototest"
)

func testConfig(t *testing.T, id string, seeds ...string) Config {
	return Config{
		ID: id, Rank: defaultRankForTest(id), PeerEndpoint: "tcp://127.0.0.1:0",
		Seeds: seeds, Bootstrap: len(seeds) == 0,
		LogPath:          filepath.Join(t.TempDir(), id+".log"),
		DriftIntervalMs:  600_000, // jumps come from control commands: they land where the test wants
		DriftMaxMs:       1000,
		BerkeleyPeriodMs: 300,
		Berkeley:         berkeleyTestConfig,
		Secret:           testSecret,
	}
}

// testSecret is the cluster secret of every node testConfig makes; control and
// the test's own DEALERs sign with it.
var testSecret = []byte("clocknode-test-secret")

var testProcesses atomic.Int32

// signedOpts is a test process's socket options, signing with secret (nil:
// unsigned). Each call is a new process id: a member refuses an older boot of
// an id it knows, and two calls may share a millisecond.
func signedOpts(t *testing.T, role pb.Role, secret []byte) (core.SocketOptions, *bytes.Buffer) {
	t.Helper()
	id := fmt.Sprintf("t%d", testProcesses.Add(1))
	lamport := &core.LamportClock{}
	clock := core.NewPhysicalClock(nil)
	out := &bytes.Buffer{}
	opts := core.SocketOptions{Envelopes: core.NewEnvelopes(id, role, lamport, clock), Log: core.NewProcessLog(out, id, role, lamport, clock)}
	if secret != nil {
		auth, err := core.NewMemberAuth(secret)
		if err != nil {
			t.Fatal(err)
		}
		opts.Auth = auth
	}
	return opts, out
}

var berkeleyTestConfig = Defaults(Config{}).Berkeley

func defaultRankForTest(id string) uint32 {
	var k uint32
	fmt.Sscanf(id[1:], "%d", &k)
	return 100 + k
}

func start(t *testing.T, cfg Config) *Node {
	t.Helper()
	n, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Crash)
	return n
}

func waitFor(t *testing.T, what string, timeout time.Duration, ok func() bool) time.Duration {
	t.Helper()
	t0 := time.Now()
	for time.Since(t0) < timeout {
		if ok() {
			return time.Since(t0)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out after %v waiting for %s", timeout, what)
	return 0
}

// agree: every node sees the same coordinator and exactly these members.
func agree(nodes []*Node, coordinator string, members ...string) func() bool {
	return func() bool {
		for _, n := range nodes {
			s := n.Snapshot()
			if s.Coordinator != coordinator || !slices.Equal(s.Members, members) {
				return false
			}
		}
		return true
	}
}

func spreadMs(nodes []*Node) float64 {
	lo, hi := 1e18, -1e18
	for _, n := range nodes {
		o := n.Snapshot().OffsetMs
		lo, hi = min(lo, o), max(hi, o)
	}
	return hi - lo
}

// control is the operator CLI in miniature: one DEALER, one request, one reply.
func control(t *testing.T, endpoint string, req *pb.ControlRequest) *pb.ControlReply {
	t.Helper()
	opts, _ := signedOpts(t, pb.Role_ROLE_CONTROL, testSecret)
	d := core.NewDealerSocket(endpoint, "node", opts)
	defer d.Close()
	if _, err := d.Send(req, ""); err != nil {
		t.Fatal(err)
	}
	select {
	case in := <-d.Incoming():
		r, ok := in.Env.Body.(*pb.Envelope_ControlReply)
		if !ok {
			t.Fatalf("control: got %s", in.Body)
		}
		return r.ControlReply
	case <-time.After(3 * time.Second):
		t.Fatal("control: no reply")
	}
	return nil
}

func TestClusterFormsSyncsFailsOverAndRejoins(t *testing.T) {
	c1 := start(t, testConfig(t, "c1"))
	// c3 comes up first and takes over while c2 is still joining through c1,
	// whose view names c1 as coordinator: c1 must forward the request.
	c3cfg := testConfig(t, "c3", c1.Endpoint())
	c3 := start(t, c3cfg)
	waitFor(t, "c3 in and coordinating", 5*time.Second, agree([]*Node{c1, c3}, "c3", "c1", "c3"))
	c2cfg := testConfig(t, "c2", c1.Endpoint())
	c2 := start(t, c2cfg)
	all := []*Node{c1, c2, c3}

	took := waitFor(t, "one view with c3 coordinating", 5*time.Second, agree(all, "c3", "c1", "c2", "c3"))
	t.Logf("view formed and c3 elected in %v", took)

	// Jump the clocks apart through the control port, then let Berkeley pull them together.
	for i, n := range all {
		delta := []int64{900, -700, 300}[i]
		r := control(t, n.Endpoint(), &pb.ControlRequest{RequestId: "d", Command: &pb.ControlRequest_Drift{Drift: &pb.DriftJump{DeltaMs: delta}}})
		if r.RequestId != "d" || r.Status.GetId() != fmt.Sprintf("c%d", i+1) {
			t.Fatalf("control reply %+v", r)
		}
	}
	if s := spreadMs(all); s < 1000 {
		t.Fatalf("drift not applied: spread %.1f ms", s)
	}
	rounds := c3.Snapshot().Rounds
	waitFor(t, "two Berkeley rounds", 5*time.Second, func() bool { return c3.Snapshot().Rounds >= rounds+2 })
	time.Sleep(100 * time.Millisecond) // the adjustments of the last round land
	spread := spreadMs(all)
	t.Logf("clock spread after Berkeley: %.3f ms (1600 ms before)", spread)
	if spread > 100 {
		t.Fatalf("clocks not synchronized: spread %.1f ms", spread)
	}

	// kill -9 of the coordinator: no leave, the others must notice.
	c3.Crash()
	t0 := time.Now()
	waitFor(t, "c2 elected by c1 and c2", 5*time.Second, func() bool {
		return c1.Snapshot().Coordinator == "c2" && c2.Snapshot().Coordinator == "c2"
	})
	elected := time.Since(t0)
	waitFor(t, "c3 removed from the view", 5*time.Second, agree([]*Node{c1, c2}, "c2", "c1", "c2"))
	removed := time.Since(t0)
	t.Logf("failover: new coordinator agreed after %v, dead one removed from the view after %v", elected, removed)
	if elected > 1500*time.Millisecond {
		t.Fatalf("failover too slow: %v", elected)
	}

	// Restart (a new port, as a restarted process on port 0 would get): it rejoins and bullies back.
	c3again := start(t, testConfig(t, "c3", c1.Endpoint(), c2.Endpoint()))
	all = []*Node{c1, c2, c3again}
	took = waitFor(t, "c3 back as coordinator", 5*time.Second, agree(all, "c3", "c1", "c2", "c3"))
	t.Logf("restarted c3 rejoined and took over in %v", took)

	// A graceful leave is quick: no failure timeout involved.
	t0 = time.Now()
	c1.Stop()
	waitFor(t, "c1 gone after leaving", 3*time.Second, agree([]*Node{c2, c3again}, "c3", "c2", "c3"))
	t.Logf("graceful leave installed in %v", time.Since(t0))
	if s := c1.Snapshot(); s.Status != "left" {
		t.Fatalf("c1 did not see itself leave: %+v", s)
	}
	c2.Stop()
	c3again.Stop()
	checkLog(t, c3cfg.LogPath, "NODE_STARTED", "BERKELEY_ROUND", "CLOCK_ADJUSTED", "DRIFT_INJECTED", "BULLY_COORDINATOR")
	checkLog(t, c2cfg.LogPath, "NODE_STARTED", "CLOCK_ADJUSTED", "VIEW_INSTALLED", "MEMBER_REMOVED", "NODE_STOPPED")
}

// Cutting c1 from c2 while both still reach the coordinator c3 changes
// nothing in the view: only the coordinator removes members, and it hears
// both. (A cut that lets two clock-only sides each remove the other does not
// heal by itself: see the package report.)
func TestPartitionDropsTrafficAndHealRestoresIt(t *testing.T) {
	cfg1 := testConfig(t, "c1")
	c1 := start(t, cfg1)
	c2 := start(t, testConfig(t, "c2", c1.Endpoint()))
	c3 := start(t, testConfig(t, "c3", c1.Endpoint()))
	all := []*Node{c1, c2, c3}
	waitFor(t, "view", 5*time.Second, agree(all, "c3", "c1", "c2", "c3"))
	r := control(t, c1.Endpoint(), &pb.ControlRequest{RequestId: "p", Command: &pb.ControlRequest_Partition{Partition: &pb.Partition{Peers: []string{"c2"}}}})
	if !slices.Equal(r.Status.GetPartitioned(), []string{"c2"}) {
		t.Fatalf("partitioned %v", r.Status.GetPartitioned())
	}
	time.Sleep(700 * time.Millisecond) // over two failure timeouts
	if !agree(all, "c3", "c1", "c2", "c3")() {
		t.Fatalf("a cut between two non-coordinators changed the view: %+v %+v", c1.Snapshot(), c2.Snapshot())
	}
	r = control(t, c1.Endpoint(), &pb.ControlRequest{RequestId: "h", Command: &pb.ControlRequest_Heal{Heal: &pb.Heal{}}})
	if len(r.Status.GetPartitioned()) != 0 || r.Status.GetCoordinator() != "c3" || len(r.Status.GetView().GetMembers()) != 3 {
		t.Fatalf("after heal: %+v", r.Status)
	}
	c1.Stop()
	checkLog(t, cfg1.LogPath, "PARTITIONED", "PARTITION_DROPPED", "HEALED")
}

func TestDriftInjectorMovesTheClock(t *testing.T) {
	cfg := testConfig(t, "c1")
	cfg.DriftIntervalMs, cfg.DriftSeed = 50, 7
	n := start(t, cfg)
	waitFor(t, "a drift jump", 3*time.Second, func() bool { return n.Snapshot().OffsetMs != 0 })
	n.Stop()
	checkLog(t, cfg.LogPath, "DRIFT_INJECTED", "NODE_STARTED", "NODE_STOPPED", "VIEW_INSTALLED")
}

func TestShutdownCommandLeavesAndStops(t *testing.T) {
	cfg := testConfig(t, "c1")
	n := start(t, cfg)
	r := control(t, n.Endpoint(), &pb.ControlRequest{RequestId: "s", Command: &pb.ControlRequest_Shutdown{Shutdown: &pb.Shutdown{}}})
	if r.RequestId != "s" {
		t.Fatalf("reply %+v", r)
	}
	select {
	case <-n.Done():
	case <-time.After(3 * time.Second):
		t.Fatal("did not stop")
	}
	checkLog(t, cfg.LogPath, "SHUTDOWN_REQUESTED", "LEFT", "NODE_STOPPED")
}

func TestGarbageAndUnknownKindsDoNotHurt(t *testing.T) {
	n := start(t, testConfig(t, "c1"))
	opts, _ := signedOpts(t, pb.Role_ROLE_SERVER, testSecret)
	d := core.NewDealerSocket(n.Endpoint(), "c1", opts)
	defer d.Close()
	_ = d.SendRaw([]byte("not an envelope"))
	_, _ = d.Send(&pb.JoinRequest{}, "")                             // no member
	_, _ = d.Send(&pb.View{Members: []*pb.Member{{Id: ""}}}, "")     // nameless member
	_, _ = d.Send(&pb.ViewChange{}, "")                              // no view
	_, _ = d.Send(&pb.PostRequest{Text: "hi"}, "")                   // not for a clock node
	_, _ = d.Send(&pb.ClockAdjust{Round: 1, DeltaUs: 5_000_000}, "") // not from the coordinator
	_, _ = d.Send(&pb.TimeRequest{Round: 9}, "")                     // a stranger may still ask the time
	replies := map[string]int{}
	deadline := time.After(2 * time.Second)
	for replies["time_reply"] == 0 || replies["error_reply"] < 4 {
		select {
		case in := <-d.Incoming():
			replies[in.Body]++
		case <-deadline:
			t.Fatalf("replies %v", replies)
		}
	}
	if off := n.Snapshot().OffsetMs; off != 0 {
		t.Fatalf("a stranger moved the clock by %v ms", off)
	}
	if s := n.Snapshot(); s.Coordinator != "c1" || !slices.Equal(s.Members, []string{"c1"}) {
		t.Fatalf("state moved: %+v", s)
	}
}

// checkLog validates every line against the log schema and looks for events.
func checkLog(t *testing.T, path string, events ...string) {
	t.Helper()
	f, err := os.Open(prototest.Path(t, "log-line.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///s.json", doc); err != nil {
		t.Fatal(err)
	}
	schema := c.MustCompile("file:///s.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatalf("not JSON: %s", sc.Text())
		}
		if err := schema.Validate(line); err != nil {
			t.Fatalf("line fails the schema: %s\n%v", sc.Text(), err)
		}
		seen[line.(map[string]any)["event"].(string)] = true
	}
	for _, e := range events {
		if !seen[e] {
			t.Errorf("%s: no %s line", filepath.Base(path), e)
		}
	}
}

// A restarted node hears Bully traffic before it is in a view (its old
// peers still list it). Fed to Bully, a lower rank's Coordinator would make
// it win an election among nobody and stay coordinator while its Membership
// follows the coordinator a seed names: it must wait for its first view.
func TestBullyInputBeforeTheFirstViewIsIgnored(t *testing.T) {
	opts := core.SocketOptions{Log: core.NewProcessLog(&bytes.Buffer{}, "seed", pb.Role_ROLE_SERVER, &core.LamportClock{}, core.NewPhysicalClock(nil))}
	opts.Envelopes = core.NewEnvelopes("seed", pb.Role_ROLE_SERVER, &core.LamportClock{}, core.NewPhysicalClock(nil))
	seed, err := core.NewRouterSocket("tcp://127.0.0.1:0", opts) // answers nothing: c5 stays joining
	if err != nil {
		t.Fatal(err)
	}
	defer seed.Close()
	cfg := testConfig(t, "c5", seed.Endpoint())
	n := start(t, cfg)
	s9, _ := signedOpts(t, pb.Role_ROLE_SERVER, testSecret)
	d := core.NewDealerSocket(n.Endpoint(), "c5", s9)
	defer d.Close()
	_, _ = d.Send(&pb.Election{Rank: 9}, "")
	_, _ = d.Send(&pb.Coordinator{Rank: 9, Term: 4}, "")
	_, _ = d.Send(&pb.Answer{Rank: 9}, "")
	waitFor(t, "the Bully messages logged", 3*time.Second, func() bool {
		data, _ := os.ReadFile(cfg.LogPath)
		return bytes.Count(data, []byte(`"BULLY_INPUT_IGNORED"`)) == 3
	})
	time.Sleep(3 * time.Duration(Defaults(cfg).TickMs) * time.Millisecond)
	if s := n.Snapshot(); s.Coordinator != "" || s.Status != "joining" {
		t.Fatalf("a joiner took Bully input: %+v", s)
	}
	n.Crash()
	checkLog(t, cfg.LogPath, "BULLY_INPUT_IGNORED")
}
