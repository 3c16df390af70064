package pool

import (
	"context"
	"sync"
)

// Run calls f(0), ..., f(n-1) on workers goroutines (at least one) and
// returns when all calls have returned. When ctx ends, no further call
// starts; those running finish.
func Run(ctx context.Context, workers, n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	defer wg.Wait()
	defer close(next)
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			return
		}
	}
}
