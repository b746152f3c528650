package core

import (
	"sync"
	"sync/atomic"
)

// LamportClock is a Lamport logical clock, safe for concurrent use.
//
// Every change of the value happens under one mutex, and the *Then variants
// run a callback inside it. The transport writes a message's SEND or RECV log
// line in that callback, so no other tick can slip between a tick and its
// line and a process's log replays its clock.
type LamportClock struct {
	mu    sync.Mutex
	value atomic.Uint64 // atomic so Value never waits for a tick in progress
}

// Tick counts a local event or a send and returns the new value.
func (c *LamportClock) Tick() uint64 {
	var now uint64
	_ = c.TickThen(func(v uint64) error { now = v; return nil })
	return now
}

// TickThen computes the next value and calls use with it while holding the
// clock; Value still reports the old one until use returns. The tick only happens when use succeeds: a message that could not be
// sealed was never sent, so it must not move the clock.
func (c *LamportClock) TickThen(use func(now uint64) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := c.value.Load() + 1
	if err := use(next); err != nil {
		return err
	}
	c.value.Store(next)
	return nil
}

// Receive merges a remote timestamp: max(local, remote) + 1.
func (c *LamportClock) Receive(remote uint64) uint64 {
	var now uint64
	c.ReceiveThen(remote, func(v uint64) { now = v })
	return now
}

// ReceiveThen merges remote and calls record with the new value before any
// other tick can happen.
func (c *LamportClock) ReceiveThen(remote uint64, record func(now uint64)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := max(c.value.Load(), remote) + 1
	c.value.Store(next)
	if record != nil {
		record(next)
	}
}

// Hold calls fn with the current value while no tick can happen, so a log
// line of a local event lands between the ticks it was written between.
func (c *LamportClock) Hold(fn func(now uint64)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fn(c.value.Load())
}

// Value returns the current value without waiting.
func (c *LamportClock) Value() uint64 {
	return c.value.Load()
}
