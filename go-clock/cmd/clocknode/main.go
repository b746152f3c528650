// Command clocknode runs a Go clock node: a member of the clock/election
// group that takes part in membership, Bully and Berkeley and stores no
// social data (docs/algorithms.md).
//
//	clocknode --id c1 --peer-endpoint tcp://127.0.0.1:7101 --bootstrap
//	clocknode --id c2 --peer-endpoint tcp://127.0.0.1:7102 --seeds tcp://127.0.0.1:7101
//
// It prints {"id","peer_endpoint"} and then READY once its ROUTER is bound. SIGTERM (or SIGINT, or a
// shutdown command) leaves the view gracefully and exits 0.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, nil))
}
