// Package cputime reads the CPU time the process has used, for the
// benchmarks that report CPU per notice beside wall time (the machine is
// shared, so wall time alone says little).
package cputime
