package core

import "math/bits"

// Mulberry32 is the tiny seeded generator all three languages share, so the
// same seed draws the same drift jumps in TypeScript, Go and Python.
type Mulberry32 struct {
	state uint32
}

// NewMulberry32 starts the generator at seed.
func NewMulberry32(seed uint32) *Mulberry32 {
	return &Mulberry32{state: seed}
}

// Next returns the next 32-bit output. uint32 arithmetic wraps mod 2^32,
// exactly what the reference pseudocode asks for.
func (m *Mulberry32) Next() uint32 {
	m.state += 0x6D2B79F5
	a := m.state
	t := (a ^ (a >> 15)) * (1 | a)
	t = (t + (t^(t>>7))*(61|t)) ^ t
	return t ^ (t >> 14)
}

// DriftInjector decides when and by how much a physical clock jumps. It is
// pure: it reads no clock and sets none, the driver feeds it the real time
// and applies the jumps with PhysicalClock.Adjust.
type DriftInjector struct {
	rng        *Mulberry32
	intervalMs float64
	maxMs      int64
	nextAt     float64
}

// NewDriftInjector jumps once per intervalMs after startRealMs, by up to
// ±maxMs. maxMs = 0 switches drift off (every jump is 0).
func NewDriftInjector(seed uint32, intervalMs float64, maxMs int64, startRealMs float64) *DriftInjector {
	return &DriftInjector{
		rng:        NewMulberry32(seed),
		intervalMs: intervalMs,
		maxMs:      maxMs,
		nextAt:     startRealMs + intervalMs,
	}
}

// Poll returns one jump for every interval boundary that realMs has reached
// and that no earlier Poll returned, so a late poll catches up.
func (d *DriftInjector) Poll(realMs float64) []int64 {
	var jumps []int64
	if d.intervalMs <= 0 {
		return jumps
	}
	for realMs >= d.nextAt {
		jumps = append(jumps, Jump(d.rng.Next(), d.maxMs))
		d.nextAt += d.intervalMs
	}
	return jumps
}

// Jump maps one generator output u onto [-maxMs, +maxMs]:
// floor(u * (2*maxMs + 1) / 2^32) - maxMs, in 128-bit arithmetic so no
// maxMs can overflow it.
func Jump(u uint32, maxMs int64) int64 {
	hi, lo := bits.Mul64(uint64(u), uint64(2*maxMs+1))
	return int64(hi<<32|lo>>32) - maxMs
}
