package cache

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// packs is the number of pack files a cache spreads its entries over, by
// the first byte of their key: a check of one file reads one pack, a check
// of an archive at most all of them, and each stays a small share of the
// bound.
const packs = 64

// flushAt is how many bytes of new records a pack collects before they are
// appended to its file, so that a long run does not hold them all.
const flushAt = 256 << 10

// pack is one pack file: what this run read of it and what it adds.
type pack struct {
	path string

	mu     sync.Mutex
	loaded bool
	size   int          // bytes read from the file
	index  map[Key]slot // the entries read or put in this run
	out    []byte       // records not yet appended to the file
	wrote  bool         // this run appended to the file
	full   bool         // the file has outgrown its share of the bound
}

// slot is where a key's findings are and when it was last used.
type slot struct {
	payload []byte // nil: only a use record was found
	last    int    // offset of its last record in the file; -1 for a put of this run
}

func packPath(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("%02x.pack", i))
}

// load reads the pack file once; a missing or unreadable file is an empty
// pack. Called with p.mu held.
func (p *pack) load() {
	if p.loaded {
		return
	}
	p.loaded = true
	b, err := os.ReadFile(p.path)
	if err != nil {
		p.index = map[Key]slot{}
		return
	}
	// Made at its size: grown record by record, the index of a warm
	// check's packs was rehashed some ten times over, 5 % of the run.
	p.index = make(map[Key]slot, countRecords(b))
	p.size = len(b)
	scan(b, func(r record) {
		s := p.index[r.key]
		if r.kind == kindEntry {
			s.payload = r.payload
		}
		s.last = r.off
		p.index[r.key] = s
	})
}

// get returns the payload of k, and marks it used when its last record is
// in the older half of the file: the entries in use then stay among the
// newest when the pack is cut down, at the cost of a small record now and
// then.
func (p *pack) get(k Key) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.load()
	s, ok := p.index[k]
	if !ok || s.payload == nil {
		return nil, false
	}
	if s.last >= 0 && s.last < p.size/2 {
		p.out = appendRecord(p.out, kindUse, k, nil)
		s.last = -1
		p.index[k] = s
	}
	return s.payload, true
}

// put adds an entry, appended to the file at the next flush.
func (p *pack) put(k Key, payload []byte, budget int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.load()
	p.index[k] = slot{payload: payload, last: -1}
	p.out = appendRecord(p.out, kindEntry, k, payload)
	if len(p.out) >= flushAt {
		p.flush(budget)
	}
}

// flush appends the records collected to the file, in one write: appends
// of other processes land before or after it, never inside. A failure
// loses the records, which only means checking those files again. Called
// with p.mu held.
func (p *pack) flush(budget int64) {
	if len(p.out) == 0 {
		return
	}
	defer func() { p.out = p.out[:0] }()
	f, err := appendTo(p.path)
	if err != nil {
		return
	}
	defer f.Close()
	if _, err := f.Write(p.out); err != nil {
		return
	}
	p.wrote = true
	if fi, err := f.Stat(); err == nil && fi.Size() > budget {
		p.full = true
	}
}

// appendTo opens the file at path for appending, making it and its
// directory if need be.
func appendTo(path string) (*os.File, error) {
	const flag = os.O_WRONLY | os.O_APPEND | os.O_CREATE
	f, err := os.OpenFile(path, flag, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		f, err = os.OpenFile(path, flag, 0o644)
	}
	return f, err
}
