package core

import (
	"sync"
	"time"
)

// WallClockMs is the host wall clock in ms since the Unix epoch, with the
// sub-millisecond part kept as a fraction.
func WallClockMs() float64 {
	return float64(time.Now().UnixNano()) / 1e6
}

// PhysicalClock is the simulated physical clock of a process: an injectable
// time source plus an offset that drift, Berkeley and Cristian move.
// Safe for concurrent use.
type PhysicalClock struct {
	source func() float64

	mu     sync.Mutex
	offset float64
}

// NewPhysicalClock reads source (ms since the epoch); nil means WallClockMs.
// Tests inject a fake source to replay scenarios exactly.
func NewPhysicalClock(source func() float64) *PhysicalClock {
	if source == nil {
		source = WallClockMs
	}
	return &PhysicalClock{source: source}
}

// NowMs is source() + offset.
func (c *PhysicalClock) NowMs() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.source() + c.offset
}

// Adjust moves the clock by deltaMs (negative moves it back). Every
// correction goes through here, so the offset tells the whole story.
func (c *PhysicalClock) Adjust(deltaMs float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += deltaMs
}

// OffsetMs is how far the clock is from its source.
func (c *PhysicalClock) OffsetMs() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offset
}
