package core

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"socialnet/goclock/internal/pb"
	"socialnet/goclock/internal/prototest"
)

func logLineSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(prototest.Path(t, "log-line.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "file:///log-line.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	return c.MustCompile(url)
}

// checkLogLines validates every line against the schema and returns them.
func checkLogLines(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	schema := logLineSchema(t)
	var lines []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatalf("not JSON: %s", sc.Text())
		}
		if err := schema.Validate(doc); err != nil {
			t.Fatalf("line fails the schema: %s\n%v", sc.Text(), err)
		}
		var m map[string]any
		_ = json.Unmarshal(sc.Bytes(), &m)
		lines = append(lines, m)
	}
	return lines
}

// syncBuffer lets goroutines share a log sink under the race detector.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

func TestProcessLogLinesFollowTheSchema(t *testing.T) {
	var out syncBuffer
	lamport := &LamportClock{}
	clock := NewPhysicalClock(nil)
	log := NewProcessLog(&out, "c1", pb.Role_ROLE_CLOCK, lamport, clock)
	envs := NewEnvelopes("c1", pb.Role_ROLE_CLOCK, lamport, clock)
	opts := SocketOptions{Envelopes: envs, Log: log}

	log.Event("CLOCK_STARTED", "rank", 9)
	log.Warn("DRIFT_INJECTED", "jump_ms", -120)
	if _, _, err := sealAndLog(opts, "s1", &pb.Heartbeat{Epoch: 1}, ""); err != nil {
		t.Fatal(err)
	}
	other, _ := newTestEnvelopes("s1")
	data, _, _ := other.Seal(&pb.Coordinator{Rank: 5, Term: 2}, "")
	if _, err := openAndLog(opts, data); err != nil {
		t.Fatal(err)
	}

	lines := checkLogLines(t, out.Bytes())
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		if _, ok := l["time"]; ok {
			t.Fatalf("slog's time leaked: %v", l)
		}
		if _, ok := l["msg"]; ok {
			t.Fatalf("empty msg leaked: %v", l)
		}
		if l["lang"] != "go" || l["role"] != "clock" || l["proc"] != "c1" {
			t.Fatalf("identity fields: %v", l)
		}
	}
	if lines[0]["level"] != "info" || lines[1]["level"] != "warn" || lines[0]["rank"] != 9.0 {
		t.Fatalf("levels or attrs: %v %v", lines[0], lines[1])
	}
	send, recv := lines[2], lines[3]
	if send["event"] != "SEND" || send["dir"] != "send" || send["msg_id"] != "c1-"+envs.boot+"-1" ||
		send["peer"] != "s1" || send["body"] != "heartbeat" || send["lamport"] != 1.0 {
		t.Fatalf("send line %v", send)
	}
	if recv["event"] != "RECV" || recv["peer"] != "s1" || recv["body"] != "coordinator" ||
		recv["remote_lamport"] != 1.0 || recv["lamport"] != 2.0 {
		t.Fatalf("recv line %v", recv)
	}
}

func TestOpenProcessLogAppendsToAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c1.jsonl")
	log, err := OpenProcessLog(path, "c1", pb.Role_ROLE_CLOCK, &LamportClock{}, NewPhysicalClock(nil))
	if err != nil {
		t.Fatal(err)
	}
	log.Event("STARTED")
	if err := log.Close(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if lines := checkLogLines(t, data); len(lines) != 1 || lines[0]["event"] != "STARTED" {
		t.Fatalf("file holds %q", data)
	}
}

// The log alone replays the clock even when many goroutines send, receive
// and log at once: that is what holding the tick across the write buys.
func TestProcessLogReplaysItsClockUnderConcurrency(t *testing.T) {
	var out syncBuffer
	lamport := &LamportClock{}
	clock := NewPhysicalClock(nil)
	log := NewProcessLog(&out, "c1", pb.Role_ROLE_CLOCK, lamport, clock)
	opts := SocketOptions{Envelopes: NewEnvelopes("c1", pb.Role_ROLE_CLOCK, lamport, clock), Log: log}

	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			peer, _ := newTestEnvelopes("p")
			for i := range 200 {
				switch (g + i) % 3 {
				case 0:
					_, _, _ = sealAndLog(opts, "s1", &pb.Heartbeat{}, "")
				case 1:
					for range i % 7 {
						peer.lamport.Tick()
					}
					data, _, _ := peer.Seal(&pb.Heartbeat{}, "")
					_, _ = openAndLog(opts, data)
				default:
					log.Event("LOCAL_NOTE")
				}
			}
		}()
	}
	wg.Wait()

	prev := 0.0
	for i, l := range checkLogLines(t, out.Bytes()) {
		now := l["lamport"].(float64)
		want := prev
		switch l["event"] {
		case "SEND":
			want = prev + 1
		case "RECV":
			want = max(prev, l["remote_lamport"].(float64)) + 1
		}
		if now != want {
			t.Fatalf("line %d %s: lamport %v, replay says %v", i, l["event"], now, want)
		}
		prev = now
	}
	if prev != float64(lamport.Value()) {
		t.Fatalf("log ends at %v, clock at %d", prev, lamport.Value())
	}
	if !strings.Contains(string(out.Bytes()), `"event":"LOCAL_NOTE"`) {
		t.Fatal("no local events logged")
	}
}
