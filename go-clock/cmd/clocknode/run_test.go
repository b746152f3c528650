package main

import (
	"bufio"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestDefaultRank(t *testing.T) {
	for id, want := range map[string]uint32{"c1": 101, "c2": 102, "c17": 117, "clock": 100} {
		if got := defaultRank(id); got != want {
			t.Errorf("%s: %d, want %d", id, got, want)
		}
	}
}

func TestParseRefusesMissingSeeds(t *testing.T) {
	if _, err := parse([]string{"--id", "c2"}, io.Discard); err == nil {
		t.Fatal("no --seeds and no --bootstrap must be refused")
	}
	c, err := parse([]string{"--id", "c2", "--seeds", "tcp://127.0.0.1:1, tcp://127.0.0.1:2", "--rank", "150", "--insecure"}, io.Discard)
	if err != nil || len(c.Seeds) != 2 || c.Rank != 150 || c.DriftMaxMs != 1000 || c.Membership.HeartbeatMs != 50 {
		t.Fatalf("%+v %v", c, err)
	}
}

func TestParseNeedsTheSecretOrInsecure(t *testing.T) {
	t.Setenv("SOCIALNET_SECRET", "")
	base := []string{"--id", "c2", "--bootstrap"}
	if _, err := parse(base, io.Discard); err == nil || !strings.Contains(err.Error(), "cluster secret") {
		t.Fatalf("no secret must be refused: %v", err)
	}
	file := t.TempDir() + "/secret"
	if err := os.WriteFile(file, []byte("  from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err := parse(append(base, "--secret-file", file), io.Discard); err != nil || string(c.Secret) != "from-file" {
		t.Fatalf("file: %q %v", c.Secret, err)
	}
	t.Setenv("SOCIALNET_SECRET", "from-env")
	if c, err := parse(base, io.Discard); err != nil || string(c.Secret) != "from-env" {
		t.Fatalf("env: %q %v", c.Secret, err)
	}
	if c, err := parse(append(base, "--insecure"), io.Discard); err != nil || c.Secret != nil {
		t.Fatalf("insecure: %q %v", c.Secret, err)
	}
}

// READY comes once the ROUTER is bound, and SIGTERM leaves and exits 0.
func TestReadyThenSigtermExitsZero(t *testing.T) {
	t.Setenv("SOCIALNET_SECRET", "run-test-secret")
	r, w := io.Pipe()
	signals := make(chan os.Signal, 1)
	code := make(chan int, 1)
	go func() {
		code <- run([]string{"--id", "c1", "--bootstrap", "--peer-endpoint", "tcp://127.0.0.1:0"}, w, io.Discard, signals)
		w.Close()
	}()
	lines := bufio.NewScanner(r)
	var got []string
	for lines.Scan() {
		got = append(got, lines.Text())
		if lines.Text() == "READY" {
			break
		}
	}
	if len(got) != 2 || !strings.Contains(got[0], `"peer_endpoint":"tcp://127.0.0.1:`) {
		t.Fatalf("output %q", got)
	}
	go io.Copy(io.Discard, r)
	signals <- syscall.SIGTERM
	select {
	case c := <-code:
		if c != 0 {
			t.Fatalf("exit %d", c)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("did not exit")
	}
}
