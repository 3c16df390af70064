package pool

import (
	"context"
	"sync/atomic"
	"testing"
)

func TestRunCallsEachIndexOnce(t *testing.T) {
	seen := make([]atomic.Int32, 100)
	Run(context.Background(), 4, len(seen), func(i int) { seen[i].Add(1) })
	for i := range seen {
		if n := seen[i].Load(); n != 1 {
			t.Fatalf("f(%d) called %d times", i, n)
		}
	}
	Run(context.Background(), 4, 0, func(int) { t.Fatal("called with n = 0") })
}

func TestRunStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	Run(ctx, 1, 1000, func(i int) {
		if calls.Add(1) == 10 {
			cancel()
		}
	})
	if n := calls.Load(); n >= 1000 || n < 10 {
		t.Errorf("%d calls after cancelling at the 10th", n)
	}
}
