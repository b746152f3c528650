// Command echo is a Go stand-in for the TypeScript echo peer of ping: a
// ROUTER that answers time_request with time_reply (or echoes raw frames)
// and a PUB that notifies the sender after each reply.
//
//	echo --bind tcp://127.0.0.1:5555 [--pub tcp://127.0.0.1:5556] [--id echo] [--raw] [--log FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"socialnet/goclock/internal/echo"
)

func main() {
	var cfg echo.Config
	flag.StringVar(&cfg.RouterEndpoint, "bind", "tcp://127.0.0.1:5555", "ROUTER endpoint to bind")
	flag.StringVar(&cfg.PubEndpoint, "pub", "", "PUB endpoint to bind (none when empty)")
	flag.StringVar(&cfg.ID, "id", "echo", "process id")
	flag.BoolVar(&cfg.Raw, "raw", false, "echo raw frames instead of envelopes")
	flag.StringVar(&cfg.LogPath, "log", "", "JSON-lines log file")
	flag.Parse()

	srv, err := echo.Start(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
	fmt.Printf("{\"router\":%q,\"pub\":%q}\n", srv.RouterEndpoint(), srv.PubEndpoint())
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	_ = srv.Close()
}
