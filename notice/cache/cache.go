package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
)

// DefaultMax bounds the size of the cache directory: some two hundred
// thousand notices' findings.
const DefaultMax = 256 << 20

// Cache is a directory of entries.
type Cache struct {
	dir   string
	max   int64
	wrote bool
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
// It makes no directory until an entry is written.
func Open(dir string, max int64) *Cache {
	if max <= 0 {
		max = DefaultMax
	}
	return &Cache{dir: dir, max: max}
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

func (c *Cache) path(k Key) string {
	s := hex.EncodeToString(k[:])
	return filepath.Join(c.dir, s[:2], s[2:]+".json")
}

// entry is what a file of the cache holds. Paths in findings about the
// checked file itself are stored empty, so that the entry serves the same
// content under any name.
type entry struct {
	Version  int       `json:"v"`
	Findings diag.List `json:"findings"`
}

const entryVersion = 1

// Get returns the findings stored under k for the file at path; ok is
// false on a miss, a damaged entry included.
func (c *Cache) Get(k Key, path string) (diag.List, bool) {
	if c == nil || c.dir == "" {
		return nil, false
	}
	p := c.path(k)
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	var e entry
	if json.Unmarshal(b, &e) != nil || e.Version != entryVersion {
		return nil, false
	}
	now := time.Now()
	os.Chtimes(p, now, now) // used: pruned last
	for i := range e.Findings {
		if e.Findings[i].Pos.Path == "" {
			e.Findings[i].Pos.Path = path
		}
	}
	return e.Findings, true
}

// Put stores the findings of the file at path under k. A cache that
// cannot be written is no error of the check: the findings are still
// right, only not kept.
func (c *Cache) Put(k Key, path string, l diag.List) {
	if c == nil || c.dir == "" {
		return
	}
	e := entry{Version: entryVersion, Findings: make(diag.List, len(l))}
	for i, f := range l {
		if f.Pos.Path == path {
			f.Pos.Path = ""
		}
		e.Findings[i] = f
	}
	b, err := json.Marshal(e)
	if err != nil {
		return
	}
	p := c.path(k)
	if os.MkdirAll(filepath.Dir(p), 0o755) != nil {
		return
	}
	if output.WriteFile(p, b, 0o644) == nil {
		c.wrote = true
	}
}

// Prune keeps the cache under its bound, removing the entries used least
// recently down to three quarters of it. It walks the directory only when
// this run wrote to it.
func (c *Cache) Prune() error {
	if c == nil || c.dir == "" || !c.wrote {
		return nil
	}
	type file struct {
		path string
		size int64
		used time.Time
	}
	var files []file
	var total int64
	err := filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if output.IsTemp(d.Name()) {
			os.Remove(p) // left by a killed run
			return nil
		}
		info, err := d.Info()
		if err == nil {
			files = append(files, file{p, info.Size(), info.ModTime()})
			total += info.Size()
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if total <= c.max {
		return nil
	}
	sort.Slice(files, func(i, j int) bool { return files[i].used.Before(files[j].used) })
	for _, f := range files {
		if total <= c.max*3/4 {
			break
		}
		if os.Remove(f.path) == nil {
			total -= f.size
		}
	}
	return nil
}
