package cache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

func sample(path string) diag.List {
	return diag.List{
		{Pos: diag.Pos{Path: path, Line: 3, Col: 2}, Rule: "r", Severity: diag.Warning, Message: diag.Msg("một", "one"), Fix: diag.Msg("sửa", "fix"), Ref: diag.RefNumber},
		{Pos: diag.Pos{Path: ".thongbao.toml", Line: 1, Col: 1}, Rule: "config", Severity: diag.Error},
	}
}

func TestGetPut(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir, 0)
	k := NewKey([]byte("a"), []byte("b"))
	if NewKey([]byte("ab")) == k || NewKey([]byte("a"), []byte("b")) != k {
		t.Fatal("keys are not length-prefixed")
	}
	l := sample("x.toml")
	if _, ok := c.Get(k, "x.toml"); ok {
		t.Fatal("hit in an empty cache")
	}
	c.Put(k, "x.toml", l)
	want := append(diag.List{}, l...)
	want[0].Pos.Path = "y.toml"
	// The same run sees what it put; the next run reads it from the disk.
	if got, ok := c.Get(k, "y.toml"); !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("same run: got %v, %v; want %v", got, ok, want)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal("nothing is written before Close:", err)
	}
	c.Close()
	got, ok := Open(dir, 0).Get(k, "y.toml")
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("next run: got %v, %v; want %v", got, ok, want)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("%d files for one entry, want one pack", len(files))
	}
	var none *Cache
	none.Put(k, "x", l)
	none.Close()
	if _, ok := none.Get(k, "x"); ok {
		t.Error("a nil cache answered")
	}
}

// keysIn returns n distinct keys that fall in pack p.
func keysIn(p, n int) []Key {
	var ks []Key
	for i := 0; len(ks) < n; i++ {
		k := NewKey([]byte(fmt.Sprint(i)))
		if int(k[0])%packs == p {
			ks = append(ks, k)
		}
	}
	return ks
}

// TestDamage: a damaged record is a miss, and only it: the records before
// and after it, and those appended later, are read.
func TestDamage(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir, 0)
	ks := keysIn(5, 4)
	for _, k := range ks[:3] {
		c.Put(k, "x", sample("x"))
	}
	c.Close()
	path := packPath(dir, 5)
	b, _ := os.ReadFile(path)
	size := len(b) / 3
	b[size+size/2] ^= 0x40            // inside the second record's payload
	b = append(b, b[:size/2]...)      // half a record, as a killed append leaves
	b = append(b, "{not a record"...) // bytes of something else
	os.WriteFile(path, b, 0o644)
	c = Open(dir, 0)
	c.Put(ks[3], "x", sample("x"))
	c.Close()
	c = Open(dir, 0)
	for i, k := range ks {
		if _, ok := c.Get(k, "x"); ok == (i == 1) {
			t.Errorf("entry %d: hit %v", i, ok)
		}
	}
	// A whole record whose findings do not read is a miss too.
	c = Open(dir, 0)
	p := c.pack(ks[0])
	p.load()
	p.index[ks[0]] = slot{payload: encodeEntry(sample("x"), "x")[:20]}
	if _, ok := c.Get(ks[0], "x"); ok {
		t.Error("an entry that does not read was a hit")
	}
	// A whole file of something else is an empty pack.
	os.WriteFile(path, []byte("{not json"), 0o644)
	if _, ok := Open(dir, 0).Get(ks[0], "x"); ok {
		t.Error("a damaged pack answered")
	}
}

func dirSize(t *testing.T, dir string) int64 {
	var total int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, _ := d.Info()
			total += info.Size()
		}
		return nil
	})
	return total
}

// TestBound: the cache stays under its bound, losing the entries used
// least recently first.
func TestBound(t *testing.T) {
	dir := t.TempDir()
	l := diag.List{{Pos: diag.Pos{Path: "x"}, Rule: "r", Message: diag.Msg("một thông báo khá dài để có kích thước", "a long enough message to have some size")}}
	const max = packs * 2000 // about 15 entries of 130 bytes a pack
	ks := keysIn(7, 60)
	// Runs of five entries each; the first entry is looked up in every
	// run, so it stays while its neighbours go.
	for run := 0; run < 12; run++ {
		c := Open(dir, max)
		if run > 0 {
			if _, ok := c.Get(ks[0], "x"); !ok {
				t.Fatalf("run %d: the entry in use was removed", run)
			}
		}
		for _, k := range ks[run*5 : run*5+5] {
			c.Put(k, "x", l)
		}
		c.Close()
		if s := dirSize(t, dir); s > max/packs {
			t.Fatalf("run %d: %d bytes, bound %d", run, s, max/packs)
		}
	}
	c := Open(dir, max)
	if _, ok := c.Get(ks[1], "x"); ok {
		t.Error("the oldest unused entry was kept")
	}
	if _, ok := c.Get(ks[59], "x"); !ok {
		t.Error("the newest entry was removed")
	}
}

// TestConcurrentRuns: runs writing and reading one cache directory at the
// same time never see a wrong entry, and leave every pack whole.
func TestConcurrentRuns(t *testing.T) {
	dir := t.TempDir()
	const runs, each = 8, 300
	done := make(chan struct{})
	for r := range runs {
		go func() {
			defer func() { done <- struct{}{} }()
			c := Open(dir, 256<<10) // small: the runs cut packs while others append
			for i := range each {
				k := NewKey([]byte(fmt.Sprint(r, i%100, "x")))
				path := fmt.Sprint("f", r, "-", i%100)
				if got, ok := c.Get(k, path); ok && !reflect.DeepEqual(got, sample(path)) {
					t.Errorf("run %d: wrong entry %v", r, got)
				}
				c.Put(k, path, sample(path))
				if i%50 == 0 {
					c.Close()
					c = Open(dir, 256<<10)
				}
			}
			c.Close()
		}()
	}
	for range runs {
		<-done
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pack"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		n := 0
		scan(b, func(r record) { n += recordOver + len(r.payload) })
		if n != len(b) {
			t.Errorf("%s: %d of %d bytes are whole records", f, n, len(b))
		}
	}
}

// TestSweep: a run that writes removes the first layout's entries and old
// temporary files, and leaves a recent temporary file, which may be
// another run's.
func TestSweep(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "ab"), 0o755)
	os.WriteFile(filepath.Join(dir, "ab", "cdef.json"), []byte("{}"), 0o644)
	old, recent := filepath.Join(dir, ".thongbao-tmp-1"), filepath.Join(dir, ".thongbao-tmp-2")
	os.WriteFile(old, nil, 0o644)
	os.WriteFile(recent, nil, 0o644)
	c := Open(dir, 0)
	c.Put(NewKey([]byte("k")), "x", sample("x"))
	c.Close()
	fi, _ := os.Stat(packPath(dir, int(NewKey([]byte("k"))[0])%packs))
	os.Chtimes(old, fi.ModTime().Add(-2*staleTemp), fi.ModTime().Add(-2*staleTemp))
	c = Open(dir, 0)
	c.Put(NewKey([]byte("k")), "x", sample("x"))
	c.Close()
	for p, want := range map[string]bool{filepath.Join(dir, "ab"): false, old: false, recent: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: present %v, want %v", p, err == nil, want)
		}
	}
}

// FuzzScan: any bytes read as a pack give only whole records, in order,
// each of which writes back to the same bytes.
func FuzzScan(f *testing.F) {
	var b []byte
	b = appendRecord(b, kindEntry, NewKey([]byte("a")), []byte(`{"v":1}`))
	b = appendRecord(b, kindUse, NewKey([]byte("a")), nil)
	f.Add(b)
	f.Add(append([]byte("xx"), b[:len(b)-3]...))
	f.Fuzz(func(t *testing.T, pack []byte) {
		prev := -1
		scan(pack, func(r record) {
			if r.off <= prev {
				t.Fatalf("record at %d after %d", r.off, prev)
			}
			prev = r.off
			again := appendRecord(nil, r.kind, r.key, r.payload)
			if !bytes.Equal(again, pack[r.off:r.off+len(again)]) {
				t.Fatalf("record at %d is not what was read", r.off)
			}
		})
	})
}
