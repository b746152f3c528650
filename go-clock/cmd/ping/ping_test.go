package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"socialnet/goclock/internal/echo"
)

func startEcho(t *testing.T, raw bool) *echo.Server {
	t.Helper()
	srv, err := echo.Start(echo.Config{
		ID: "echo", RouterEndpoint: "tcp://127.0.0.1:0", PubEndpoint: "tcp://127.0.0.1:0", Raw: raw,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return srv
}

func runPing(t *testing.T, args ...string) (int, map[string]any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line on stdout, got %q (stderr %q)", stdout.String(), stderr.String())
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &res); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"id", "count", "pipeline", "raw", "elapsed_s", "throughput_per_s",
		"rtt_p50_us", "rtt_p99_us", "notifications", "lamport"} {
		if _, ok := res[key]; !ok {
			t.Fatalf("result lacks %q: %s", key, lines[0])
		}
	}
	return code, res
}

func TestPingWithNotifications(t *testing.T) {
	srv := startEcho(t, false)
	logPath := filepath.Join(t.TempDir(), "alice.jsonl")
	code, res := runPing(t, "--connect", srv.RouterEndpoint(), "--sub", srv.PubEndpoint(),
		"--id", "alice", "--count", "200", "--pipeline", "8", "--log", logPath)
	if code != 0 || res["notifications"] != 200.0 || res["raw"] != false {
		t.Fatalf("exit %d result %v", code, res)
	}
	// 200 sends and 400 receives, each ticking the clock at least once.
	if res["lamport"].(float64) < 600 {
		t.Fatalf("lamport %v", res["lamport"])
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), `"event":"SEND"`); n != 200 {
		t.Fatalf("%d SEND lines", n)
	}
}

func TestPingRaw(t *testing.T) {
	srv := startEcho(t, true)
	code, res := runPing(t, "--connect", srv.RouterEndpoint(), "--id", "bob",
		"--count", "500", "--pipeline", "16", "--raw", "--size", "64")
	if code != 0 || res["raw"] != true || res["lamport"] != 0.0 {
		t.Fatalf("exit %d result %v", code, res)
	}
}

func TestPingFailsWithoutAPeer(t *testing.T) {
	code, res := runPing(t, "--connect", "tcp://127.0.0.1:1", "--count", "3", "--timeout", "300ms")
	if code != 1 {
		t.Fatalf("exit %d result %v", code, res)
	}
}

func TestPingRejectsBadFlags(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"--count", "5"}, &out, &errs); code != 2 {
		t.Fatalf("exit %d without --connect", code)
	}
}
