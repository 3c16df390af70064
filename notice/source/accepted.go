package source

import (
	"bytes"
	"hash/maphash"
	"sync"
)

// Accepted remembers the sources whose bytes Decode accepted, so that a
// caller that reads a source twice (a batch: the archive's pre-pass, then
// the load) checks its encoding once. A source is known by its path and a
// hash of its bytes: bytes changed in between are checked again. A nil
// *Accepted remembers nothing. Safe for concurrent use.
type Accepted struct {
	seed maphash.Seed
	mu   sync.Mutex
	m    map[string]uint64
}

// NewAccepted returns an empty record.
func NewAccepted() *Accepted {
	return &Accepted{seed: maphash.MakeSeed(), m: map[string]uint64{}}
}

// Decode is Decode, recording src under path when it is accepted.
func (a *Accepted) Decode(path string, src []byte, max int64) (string, error) {
	text, err := Decode(path, src, max)
	if err == nil && a != nil {
		sum := maphash.Bytes(a.seed, src)
		a.mu.Lock()
		a.m[path] = sum
		a.mu.Unlock()
	}
	return text, err
}

// Load is Load, without checking the encoding again when Decode accepted
// these very bytes under path before: the same File either way.
func (a *Accepted) Load(path string, src []byte, max int64) (*File, error) {
	if a == nil || int64(len(src)) > max || !a.has(path, src) {
		return Load(path, src, max)
	}
	f := New(path, string(withoutBOM(src)))
	f.utf8 = true
	return f, nil
}

func (a *Accepted) has(path string, src []byte) bool {
	a.mu.Lock()
	sum, ok := a.m[path]
	a.mu.Unlock()
	return ok && sum == maphash.Bytes(a.seed, src)
}

// withoutBOM returns src without a leading UTF-8 byte order mark.
func withoutBOM(src []byte) []byte {
	return bytes.TrimPrefix(src, utf8BOM)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}
