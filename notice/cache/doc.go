// Package cache keeps the findings of a check between runs, as linters do,
// so that checking an unchanged archive again costs almost nothing. An
// entry is found by a key that names everything its findings depend on
// (the source's bytes, the kind of reader, the configuration, the registry,
// the rules, the date compared with, the tool itself): a change to any of
// them is a miss, never a stale answer.
//
// Entries are records in 64 pack files in the user's cache directory, the
// key choosing the pack: a check reads the packs it needs once and appends
// what it adds to each in one write when it closes the cache, so that an
// archive costs a few dozen files, not one per notice. Each record is
// checksummed: a damaged record, or the half-written tail of a killed run,
// is a miss and the records around it still serve. Runs at the same time
// only append, never wait for one another; a pack grown past its share of
// the size bound is rewritten (atomically, to a temporary file renamed
// into place) with the entries used most recently, a record noting each
// use of an old entry. An entry holds its findings in a compact binary
// form (entry.go), which a warm check reads several times faster than
// JSON.
package cache
