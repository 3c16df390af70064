// Package cache keeps the findings of a check between runs, as linters do,
// so that checking an unchanged archive again costs almost nothing. An
// entry is found by a key that names everything its findings depend on
// (the source's bytes, the kind of reader, the configuration, the registry,
// the rules, the date compared with, the tool itself): a change to any of
// them is a miss, never a stale answer.
//
// Entries are files in the user's cache directory, written atomically; a
// damaged entry is a miss; the directory is kept under a size bound by
// removing the entries used least recently.
package cache
