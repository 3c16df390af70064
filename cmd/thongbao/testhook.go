package main

import (
	"context"
	"os"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/batch"
)

// testHookEnv lets the tests stop a batch at an exact point with a real
// signal: THONGBAO_TESTHOOK_SIGNAL=INT:20 sends SIGINT to the process
// itself once 20 sources are done (TERM and KILL likewise). The signal
// tests would otherwise poll the output directory and race the batch.
const testHookEnv = "THONGBAO_TESTHOOK_SIGNAL"

// signalHook returns what to call after each source, or nil. Once it has
// sent the signal it waits until ctx (the batch's, cancelled by the
// signal) is done: the signal is delivered by another goroutine, and
// without the wait a quick batch could finish every source before it
// sees the stop.
func signalHook(ctx context.Context) func(batch.Progress) {
	name, n, ok := strings.Cut(os.Getenv(testHookEnv), ":")
	after, err := strconv.Atoi(n)
	if !ok || err != nil || after < 1 {
		return nil
	}
	sent := false
	return func(p batch.Progress) {
		if !sent && p.Done >= after {
			sent = true
			if signalSelf(name) {
				<-ctx.Done()
			}
		}
	}
}
