// Command simulate runs a campaign of the deterministic simulator
// (internal/sim) over many seeds and prints one table: seeds run, faults
// injected per kind, invariant failures, elapsed time. It exits 1 if any
// seed failed, printing each failing seed's failures and trace tail; replay
// one with `go test ./internal/sim -run TestSimulate -seed=N`.
//
//	simulate -seeds 2000 -start 1
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"socialnet/goclock/internal/sim"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seeds := fs.Int("seeds", 1000, "how many seeds to run")
	start := fs.Uint64("start", 1, "first seed")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "seeds run in parallel (each run stays deterministic)")
	verbose := fs.Bool("v", false, "print one line per seed")
	tail := fs.Int("tail", 40, "trace lines printed for a failing seed")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *seeds < 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "simulate: -seeds must be positive and no arguments are taken")
		return 2
	}
	list := make([]uint64, *seeds)
	for i := range list {
		list[i] = *start + uint64(i)
	}
	began := time.Now()
	results := sim.RunMany(list, *workers, sim.Config{TailLines: *tail})
	elapsed := time.Since(began)

	faults := map[string]int{}
	failed, messages, rounds := 0, 0, 0
	var maxDual, maxSpread int64
	kinds := map[string]int{} // invariant -> failing seeds
	for _, r := range results {
		for k, v := range r.Faults {
			faults[k] += v
		}
		messages += r.Messages
		rounds += r.Rounds
		maxDual, maxSpread = max(maxDual, r.MaxDualMs), max(maxSpread, r.SpreadUs)
		if *verbose {
			fmt.Fprintf(stdout, "seed=%d clocks=%d servers=%d messages=%d epochs=%d rounds=%d spread_us=%d max_dual_ms=%d failures=%d hash=%016x\n",
				r.Seed, r.Clocks, r.Servers, r.Messages, r.Epochs, r.Rounds, r.SpreadUs, r.MaxDualMs, len(r.Failures), r.Hash)
		}
		if len(r.Failures) == 0 {
			continue
		}
		failed++
		seen := map[string]bool{}
		for _, f := range r.Failures {
			if k := invariantOf(f); !seen[k] {
				seen[k] = true
				kinds[k]++
			}
		}
		fmt.Fprintf(stdout, "seed=%d FAILED (%d clocks, %d servers):\n  %s\nreplay: go test ./internal/sim -run TestSimulate -seed=%d\n%s\n\n",
			r.Seed, r.Clocks, r.Servers, strings.Join(r.Failures, "\n  "), r.Seed, strings.Join(r.Tail, "\n"))
	}

	row := func(k string, v any) { fmt.Fprintf(stdout, "%-28s %v\n", k, v) }
	row("seeds run", fmt.Sprintf("%d (%d..%d)", len(list), list[0], list[len(list)-1]))
	for _, k := range sim.FaultKinds {
		row("faults: "+k, faults[k])
	}
	row("messages sent", messages)
	row("berkeley rounds", rounds)
	row("longest dual coordinator", fmt.Sprintf("%d ms", maxDual))
	row("largest final clock spread", fmt.Sprintf("%d us", maxSpread))
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		row("failing seeds: "+k, kinds[k])
	}
	row("failing seeds", failed)
	row("elapsed", elapsed.Round(time.Millisecond))
	if failed > 0 {
		return 1
	}
	return 0
}

// invariantOf reads the invariant a failure names ("t=123 clocks: ...").
func invariantOf(failure string) string {
	_, rest, _ := strings.Cut(failure, " ")
	k, _, _ := strings.Cut(rest, ":")
	return k
}
