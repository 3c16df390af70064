package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// interrupted is set when Ctrl-C (SIGINT) stopped a run that cleans up
// before it ends (batch). Once the run is over, the process ends by that
// signal, as a program stopped by Ctrl-C does, so that the shell stops a
// script that runs several batches: a batch that exited 2 let the loop
// go on to the next one. SIGTERM keeps its exit code 2.
var interrupted atomic.Bool

// stoppable is a context cancelled by Ctrl-C or SIGTERM, as
// signal.NotifyContext is, that also notes Ctrl-C for exitProcess.
func stoppable() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			if sig == os.Interrupt {
				interrupted.Store(true)
			}
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel()
	}
}

// exitProcess ends the process with code, or by SIGINT when Ctrl-C
// stopped the run (see interrupted).
func exitProcess(code int) {
	if interrupted.Load() {
		dieBySIGINT()
	}
	os.Exit(code)
}
