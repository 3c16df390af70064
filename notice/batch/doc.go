// Package batch renders whole archives of notices: it walks the sources,
// checks and renders each with a pool of workers, mirrors the source tree
// under the output directory, and keeps a manifest so that a rerun skips
// what has not changed.
//
// Nothing is lost or half-written: every output goes through a temporary
// file and a rename, one bad source never stops the others, a cancelled
// run stops cleanly (the manifest records what was done, and temporary
// files left by a killed run are removed on the next), and two runs over
// the same input give the same outputs and the same manifest.
package batch
