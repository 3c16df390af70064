package cache

// An alias is an entry that names another entry's key instead of holding
// findings: check files one under a key made of what a file's metadata
// says (its path, size, times, inode), so that a warm run finds the key of
// its content without reading and hashing the file. Its payload is a zero
// byte, which no entry's version is, then the key: an alias read as an
// entry is damaged, a miss.
const aliasLen = 1 + len(Key{})

// GetAlias returns the key an alias of k names.
func (c *Cache) GetAlias(k Key) (Key, bool) {
	var to Key
	if c == nil || c.dir == "" {
		return to, false
	}
	b, ok := c.pack(k).get(k)
	if !ok || len(b) != aliasLen || b[0] != 0 {
		return to, false
	}
	copy(to[:], b[1:])
	return to, true
}

// PutAlias stores an alias k of the entry keyed to.
func (c *Cache) PutAlias(k, to Key) {
	if c == nil || c.dir == "" {
		return
	}
	b := make([]byte, 0, aliasLen)
	b = append(append(b, 0), to[:]...)
	c.pack(k).put(k, b, c.budget())
}
