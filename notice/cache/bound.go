package cache

import (
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/thongbao/thongbao/notice/output"
)

// cut rewrites the pack file at path with only its most recently used
// entries, down to three quarters of budget: the file is read again (other
// processes may have appended to it), each key keeps its last entry, and
// the keys whose last record (entry or use) comes latest are kept, written
// oldest first so that their order stays their recency. The new file
// replaces the old one atomically; records another process appends to the
// old one meanwhile are lost, which only means checking those files again.
func cut(path string, budget int64) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	type kept struct {
		key     Key
		payload []byte
		last    int
	}
	at := map[Key]int{}
	var all []kept
	scan(b, func(r record) {
		i, ok := at[r.key]
		if !ok {
			i = len(all)
			at[r.key] = i
			all = append(all, kept{key: r.key})
		}
		if r.kind == kindEntry {
			all[i].payload = r.payload
		}
		all[i].last = r.off
	})
	slices.SortFunc(all, func(a, b kept) int { return b.last - a.last })
	var total int64
	n := 0
	for _, k := range all {
		if k.payload == nil {
			continue
		}
		size := int64(recordOver + len(k.payload))
		if total+size > budget*3/4 {
			break
		}
		total += size
		all[n] = k
		n++
	}
	out := make([]byte, 0, total)
	for i := n - 1; i >= 0; i-- {
		out = appendRecord(out, kindEntry, all[i].key, all[i].payload)
	}
	return output.WriteFile(path, out, 0o644)
}

// staleTemp is how much older than the newest pack a temporary file of
// the cache directory must be to be taken for the leftover of a killed run
// rather than a file another run is writing. (The newest pack was just
// written to: its time stands for now without reading the clock.)
const staleTemp = time.Hour

// sweep removes from dir what no run of this version uses: temporary files
// left by killed runs, and the directories of entries of the first layout
// of the cache (one file per entry, under directories named by the first
// two hexadecimal digits of the key).
func sweep(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var newest time.Time
	var temps []os.DirEntry
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir() && isHexByte(name):
			os.RemoveAll(filepath.Join(dir, name))
		case e.IsDir():
		case output.IsTemp(name):
			temps = append(temps, e)
		case filepath.Ext(name) == ".pack":
			if fi, err := e.Info(); err == nil && fi.ModTime().After(newest) {
				newest = fi.ModTime()
			}
		}
	}
	for _, e := range temps {
		if fi, err := e.Info(); err == nil && newest.Sub(fi.ModTime()) > staleTemp {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

func isHexByte(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
