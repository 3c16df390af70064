package cache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
)

func TestGetPut(t *testing.T) {
	c := Open(t.TempDir(), 0)
	k := NewKey([]byte("a"), []byte("b"))
	if NewKey([]byte("ab")) == k || NewKey([]byte("a"), []byte("b")) != k {
		t.Fatal("keys are not length-prefixed")
	}
	l := diag.List{
		{Pos: diag.Pos{Path: "x.toml", Line: 3, Col: 2}, Rule: "r", Severity: diag.Warning, Message: diag.Msg("một", "one"), Fix: diag.Msg("sửa", "fix"), Ref: diag.RefNumber},
		{Pos: diag.Pos{Path: ".thongbao.toml", Line: 1, Col: 1}, Rule: "config", Severity: diag.Error},
	}
	if _, ok := c.Get(k, "x.toml"); ok {
		t.Fatal("hit in an empty cache")
	}
	c.Put(k, "x.toml", l)
	got, ok := c.Get(k, "y.toml")
	want := append(diag.List{}, l...)
	want[0].Pos.Path = "y.toml"
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, %v; want %v", got, ok, want)
	}
	// A damaged entry is a miss.
	os.WriteFile(c.path(k), []byte(`{"v":1,"findings":[{`), 0o644)
	if _, ok := c.Get(k, "x.toml"); ok {
		t.Error("a damaged entry was read")
	}
	var none *Cache
	none.Put(k, "x", l)
	if _, ok := none.Get(k, "x"); ok {
		t.Error("a nil cache answered")
	}
}

// TestPrune: the cache stays under its bound, losing the entries used
// least recently first.
func TestPrune(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir, 4000)
	l := diag.List{{Pos: diag.Pos{Path: "x"}, Rule: "r", Message: diag.Msg("một thông báo khá dài để có kích thước", "a long enough message to have some size")}}
	var keys []Key
	for i := range 40 {
		k := NewKey([]byte{byte(i)})
		keys = append(keys, k)
		c.Put(k, "x", l)
		old := time.Now().Add(time.Duration(i-100) * time.Minute)
		os.Chtimes(c.path(k), old, old)
	}
	if err := c.Prune(); err != nil {
		t.Fatal(err)
	}
	var total int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, _ := d.Info()
			total += info.Size()
		}
		return nil
	})
	if total > 4000 {
		t.Errorf("%d bytes left, bound 4000", total)
	}
	if _, ok := c.Get(keys[0], "x"); ok {
		t.Error("the oldest entry was kept")
	}
	if _, ok := c.Get(keys[39], "x"); !ok {
		t.Error("the newest entry was removed")
	}
}
