// Package output writes files so that nothing is ever half-written or lost:
// every file is written to a temporary file in its target directory and
// renamed into place, and a path that names one of the inputs is refused,
// so a source is never overwritten.
package output
