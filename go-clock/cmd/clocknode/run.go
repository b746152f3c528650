package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"socialnet/goclock/internal/clocknode"
	"socialnet/goclock/internal/core"
)

// defaultRank puts clock nodes above every server (s* are 1-99): c2 -> 102.
func defaultRank(id string) uint32 {
	m := regexp.MustCompile(`(\d+)$`).FindString(id)
	k, err := strconv.ParseUint(m, 10, 32)
	if err != nil {
		return 100
	}
	return uint32(100 + k)
}

func parse(args []string, stderr io.Writer) (clocknode.Config, error) {
	var c clocknode.Config
	var seeds, secretFile string
	var insecure bool
	var rank, driftSeed uint
	fs := flag.NewFlagSet("clocknode", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.ID, "id", "c1", "process id")
	fs.UintVar(&rank, "rank", 0, "Bully rank (default 100 + the number in --id)")
	fs.StringVar(&c.PeerEndpoint, "peer-endpoint", "tcp://127.0.0.1:0", "ROUTER endpoint to bind for members and the CLI")
	fs.StringVar(&seeds, "seeds", "", "comma-separated peer endpoints to join through")
	fs.BoolVar(&c.Bootstrap, "bootstrap", false, "start a new cluster: install epoch 1 = {self}")
	fs.StringVar(&c.LogPath, "log", "", "JSON-lines log file")
	fs.StringVar(&secretFile, "secret-file", "", "the cluster secret (else $SOCIALNET_SECRET): signs every envelope between members")
	fs.BoolVar(&insecure, "insecure", false, "run without the cluster secret: member traffic unsigned, anyone reaching the peer port can join, vote and move clocks")
	fs.UintVar(&driftSeed, "drift-seed", 1, "drift injector seed")
	fs.Int64Var(&c.DriftIntervalMs, "drift-interval-ms", 5000, "drift jump period")
	fs.Int64Var(&c.DriftMaxMs, "drift-max-ms", 1000, "largest drift jump, 0 = off")
	fs.Int64Var(&c.BerkeleyPeriodMs, "berkeley-period-ms", 2000, "Berkeley round period")
	fs.Int64Var(&c.Berkeley.MaxRttUs, "berkeley-max-rtt-us", 100_000, "drop readings with a longer round trip")
	fs.Int64Var(&c.Berkeley.MaxDeviationUs, "berkeley-max-deviation-us", 2_000_000, "drop readings this far from the median")
	fs.Int64Var(&c.Berkeley.RoundTimeoutUs, "berkeley-round-timeout-us", 500_000, "close a round after this long")
	fs.Int64Var(&c.Bully.AnswerTimeoutMs, "bully-answer-timeout-ms", 100, "wait for an Answer")
	fs.Int64Var(&c.Bully.CoordinatorTimeoutMs, "bully-coordinator-timeout-ms", 300, "wait for a Coordinator after an Answer")
	fs.Int64Var(&c.Bully.FailureTimeoutMs, "bully-failure-timeout-ms", 300, "coordinator silence that starts an election")
	fs.Int64Var(&c.Membership.HeartbeatMs, "heartbeat-ms", 50, "heartbeat period")
	fs.Int64Var(&c.Membership.FailureTimeoutMs, "failure-timeout-ms", 300, "silence after which the coordinator removes a member")
	fs.Int64Var(&c.Membership.ProposeTimeoutMs, "propose-timeout-ms", 500, "retry a view proposal without a majority after this long")
	fs.Int64Var(&c.Membership.JoinRetryMs, "join-retry-ms", 300, "resend JoinRequest/LeaveRequest period")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	c.Rank = uint32(rank)
	if rank == 0 {
		c.Rank = defaultRank(c.ID)
	}
	c.DriftSeed = uint32(driftSeed)
	for _, s := range strings.Split(seeds, ",") {
		if s = strings.TrimSpace(s); s != "" {
			c.Seeds = append(c.Seeds, s)
		}
	}
	if !c.Bootstrap && len(c.Seeds) == 0 {
		return c, errors.New("--seeds or --bootstrap is required")
	}
	if c.DriftMaxMs < 0 || c.DriftIntervalMs <= 0 || c.BerkeleyPeriodMs <= 0 {
		return c, errors.New("--drift-max-ms must be >= 0, the periods > 0")
	}
	secret, err := core.LoadSecret(secretFile, os.Getenv("SOCIALNET_SECRET"))
	if err != nil {
		return c, fmt.Errorf("--secret-file: %w", err)
	}
	if !insecure {
		if len(secret) == 0 {
			return c, errors.New("a cluster member needs the cluster secret: --secret-file FILE or $SOCIALNET_SECRET (or --insecure)")
		}
		c.Secret = secret
	}
	return c, nil
}

// run returns the exit code. signals is for tests; nil means the process's.
func run(args []string, stdout, stderr io.Writer, signals chan os.Signal) int {
	cfg, err := parse(args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "clocknode:", err)
		return 2
	}
	if signals == nil {
		signals = make(chan os.Signal, 1)
		signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
		defer signal.Stop(signals)
	}
	node, err := clocknode.Start(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "clocknode:", err)
		return 1
	}
	// The endpoint first, for launchers that bind port 0; then READY alone,
	// the line every launcher of the kit waits for.
	fmt.Fprintf(stdout, "{\"id\":%q,\"peer_endpoint\":%q}\nREADY\n", cfg.ID, node.Endpoint())
	select {
	case <-signals:
		node.Stop()
	case <-node.Done():
	}
	return 0
}
