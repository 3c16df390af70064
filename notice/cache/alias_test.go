package cache

import "testing"

// TestAlias: an alias names its entry's key, in this run and the next; it
// is no entry, and an entry is no alias.
func TestAlias(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir, 0)
	k, a := NewKey([]byte("content")), NewKey([]byte("metadata"))
	c.Put(k, "x.toml", sample("x.toml"))
	if _, ok := c.GetAlias(a); ok {
		t.Fatal("an alias before one was put")
	}
	c.PutAlias(a, k)
	for run, c := range []*Cache{c, nil} {
		if run == 1 {
			c = Open(dir, 0)
		}
		if to, ok := c.GetAlias(a); !ok || to != k {
			t.Errorf("run %d: alias names %x, %v; want %x", run, to, ok, k)
		}
		if _, ok := c.Get(a, "x.toml"); ok {
			t.Errorf("run %d: an alias read as findings", run)
		}
		if _, ok := c.GetAlias(k); ok {
			t.Errorf("run %d: findings read as an alias", run)
		}
		c.Close()
	}
	var none *Cache
	none.PutAlias(a, k)
	if _, ok := none.GetAlias(a); ok {
		t.Error("a nil cache answered")
	}
}

// TestCountRecords: the count that sizes a pack's index is its records'.
func TestCountRecords(t *testing.T) {
	var b []byte
	for i, k := range keysIn(3, 5) {
		if got := countRecords(b); got != i {
			t.Errorf("%d records counted as %d", i, got)
		}
		b = appendRecord(b, kindEntry, k, make([]byte, i*100))
	}
}
