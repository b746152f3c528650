// Command ping measures request/reply over one DEALER: N time_request
// envelopes (or raw frames) with at most K in flight, and optionally counts
// the notifications a PUB sends back to topic = its id.
//
//	ping --connect tcp://127.0.0.1:P [--sub tcp://127.0.0.1:Q] --id NAME
//	     --count N --pipeline K [--raw] [--size BYTES] [--log FILE]
//
// It prints one JSON line and exits 0 iff every reply (and, with --sub,
// every notification) arrived.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
