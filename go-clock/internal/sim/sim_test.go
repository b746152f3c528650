package sim

import (
	"flag"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	seedFlag  = flag.Uint64("seed", 0, "replay this one seed (prints its trace tail)")
	seedsFlag = flag.Int("seeds", 200, "how many seeds TestSimulate runs")
	tailFlag  = flag.Int("tail", 40, "trace lines a failure prints")
)

// TestSimulate runs -seeds seeds (1..N) over every invariant, or only
// -seed=N. A failure prints the seed, how to replay it and the trace tail.
func TestSimulate(t *testing.T) {
	seeds := []uint64{}
	if *seedFlag != 0 {
		seeds = append(seeds, *seedFlag)
	} else {
		for i := 1; i <= *seedsFlag; i++ {
			seeds = append(seeds, uint64(i))
		}
	}
	results := RunMany(seeds, runtime.GOMAXPROCS(0), Config{TailLines: *tailFlag})
	faults := map[string]int{}
	for _, r := range results {
		for k, v := range r.Faults {
			faults[k] += v
		}
		if len(r.Failures) > 0 || *seedFlag != 0 {
			report(t, r)
		}
	}
	t.Logf("%d seeds, faults %v", len(results), faults)
	for _, k := range []string{FaultDrop, FaultDuplicate, FaultReorder, FaultPartition, FaultCrash, FaultRestart, FaultDrift} {
		if faults[k] == 0 {
			t.Errorf("no %s injected in %d seeds: the fault schedule is broken", k, len(results))
		}
	}
}

func report(t *testing.T, r Result) {
	t.Helper()
	log := t.Logf
	if len(r.Failures) > 0 {
		log = t.Errorf
	}
	log("seed=%d (%d clocks, %d servers, hash %016x): %d failures\n  %s\nreplay: go test ./internal/sim -run TestSimulate -seed=%d\ntrace tail:\n%s",
		r.Seed, r.Clocks, r.Servers, r.Hash, len(r.Failures), strings.Join(r.Failures, "\n  "), r.Seed, strings.Join(r.Tail, "\n"))
}

// TestReplayIsIdentical: a seed run twice (once alongside others on
// another goroutine) gives the same trace hash; different seeds do not.
func TestReplayIsIdentical(t *testing.T) {
	a := Run(Config{Seed: 7})
	var b Result
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); b = Run(Config{Seed: 7}) }()
	go func() { defer wg.Done(); Run(Config{Seed: 8}) }()
	wg.Wait()
	if a.Hash != b.Hash || strings.Join(a.Tail, "\n") != strings.Join(b.Tail, "\n") {
		t.Fatalf("seed 7 replayed differently: %016x vs %016x", a.Hash, b.Hash)
	}
	if c := Run(Config{Seed: 8}); c.Hash == a.Hash {
		t.Fatalf("seeds 7 and 8 gave the same trace %016x", a.Hash)
	}
}

// TestCheckerCatchesViolations makes sure the end-of-run invariants can
// fail: checked 1 ms after the faults stop (no time to heal, rejoin or
// resync the drifted clocks), most seeds must be reported.
func TestCheckerCatchesViolations(t *testing.T) {
	caught := 0
	for seed := uint64(1); seed <= 10; seed++ {
		if r := Run(Config{Seed: seed, QuietMs: 1}); len(r.Failures) > 0 {
			caught++
		}
	}
	if caught < 5 {
		t.Fatalf("only %d of 10 runs checked mid-fault reported a violation", caught)
	}
}
