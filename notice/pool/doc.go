// Package pool runs indexed work on a fixed number of goroutines: the
// worker pool that check and batch share.
package pool
