package cache

import (
	"crypto/sha256"
	"os"
	"path/filepath"

	"github.com/thongbao/thongbao/notice/diag"
)

// DefaultMax bounds the size of the cache directory: some two hundred
// thousand notices' findings.
const DefaultMax = 256 << 20

// Cache is a directory of pack files.
type Cache struct {
	dir   string
	max   int64
	packs [packs]pack
}

// Dir returns the cache directory of thongbao's checks in the user's cache
// directory (os.UserCacheDir), or "" when the system has none.
func Dir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "thongbao", "check")
}

// Open returns the cache in dir, bounded to max bytes (DefaultMax when 0).
// It reads a pack file on the first lookup of a key in it, and makes no
// directory until an entry is written.
func Open(dir string, max int64) *Cache {
	if max <= 0 {
		max = DefaultMax
	}
	c := &Cache{dir: dir, max: max}
	for i := range c.packs {
		c.packs[i].path = packPath(dir, i)
	}
	return c
}

// Key names an entry: the hash of everything the findings depend on.
type Key [sha256.Size]byte

// NewKey hashes the parts, each length-prefixed so that no two lists of
// parts give one key.
func NewKey(parts ...[]byte) Key {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		l := uint64(len(p))
		for i := range n {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write(p)
	}
	var k Key
	h.Sum(k[:0])
	return k
}

func (c *Cache) pack(k Key) *pack { return &c.packs[int(k[0])%packs] }

// budget is each pack's share of the bound.
func (c *Cache) budget() int64 { return c.max / packs }

// Get returns the findings stored under k for the file at path; ok is
// false on a miss, a damaged entry included.
func (c *Cache) Get(k Key, path string) (diag.List, bool) {
	if c == nil || c.dir == "" {
		return nil, false
	}
	b, ok := c.pack(k).get(k)
	if !ok {
		return nil, false
	}
	l, err := decodeEntry(b, path)
	return l, err == nil
}

// Put stores the findings of the file at path under k; they reach the
// disk at the latest when the cache is closed. A cache that cannot be
// written is no error of the check: the findings are still right, only
// not kept.
func (c *Cache) Put(k Key, path string, l diag.List) {
	if c == nil || c.dir == "" {
		return
	}
	c.pack(k).put(k, encodeEntry(l, path), c.budget())
}

// Close writes what this run added to the cache, then keeps it under its
// bound: a pack file grown past its share is cut down to its most recently
// used entries. It never fails: what cannot be written is checked again
// next time.
func (c *Cache) Close() {
	if c == nil || c.dir == "" {
		return
	}
	wrote := false
	for i := range c.packs {
		p := &c.packs[i]
		p.mu.Lock()
		p.flush(c.budget())
		if p.full {
			cut(p.path, c.budget())
		}
		wrote = wrote || p.wrote
		p.mu.Unlock()
	}
	if wrote {
		sweep(c.dir)
	}
}
