package sim

import "sync"

// RunMany runs every seed with base's other settings on up to workers
// goroutines (each run stays on one, so it is still deterministic) and
// returns the results in seed order.
func RunMany(seeds []uint64, workers int, base Config) []Result {
	out := make([]Result, len(seeds))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := base
				c.Seed = seeds[i]
				out[i] = Run(c)
			}
		}()
	}
	for i := range seeds {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
