package pool

import (
	"context"
	"sync"
	"sync/atomic"
)

// Run calls f(0), ..., f(n-1) on workers goroutines (at least one) and
// returns when all calls have returned. When ctx ends, no further call
// starts; those running finish. Each worker takes the next index itself:
// no hand-over between goroutines per call, which for calls of a few
// microseconds (a check answered from the cache) costs more than the call.
func Run(ctx context.Context, workers, n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
