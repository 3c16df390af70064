package cache

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"sync"
)

// A pack file is a sequence of records, each one framed and checksummed so
// that a reader can tell a whole record from a damaged or half-appended
// one, skip it, and find the next:
//
//	magic   4 bytes  "tbc1"
//	kind    1 byte   kindEntry or kindUse
//	key    32 bytes
//	length  4 bytes  of the payload, little-endian
//	payload length bytes (an entry's findings; a use has none)
//	crc     4 bytes  CRC-32C of kind, key, length and payload, little-endian
const (
	magic      = "tbc1"
	headerSize = len(magic) + 1 + len(Key{}) + 4
	recordOver = headerSize + 4 // a record's size besides its payload
)

// Kinds of record.
const (
	// kindEntry stores the findings of a key.
	kindEntry byte = 0
	// kindUse says that a key's entry, written earlier in the file, was
	// used again: the key counts as recently used when the pack is cut
	// down to its bound.
	kindUse byte = 1
)

// castagnoli is made on first use: making it costs about a million
// instructions, which a command that never opens the cache (a render)
// should not pay at start-up.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// appendRecord appends one record to b.
func appendRecord(b []byte, kind byte, k Key, payload []byte) []byte {
	start := len(b)
	b = append(b, magic...)
	b = append(b, kind)
	b = append(b, k[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(payload)))
	b = append(b, payload...)
	sum := crc32.Checksum(b[start+len(magic):], castagnoli())
	return binary.LittleEndian.AppendUint32(b, sum)
}

// record is one whole record read from a pack; payload aliases the pack.
type record struct {
	off     int // where it starts in the pack
	kind    byte
	key     Key
	payload []byte
}

// scan calls fn for each whole record of pack, in order. What is not a
// whole record (a damaged one, the half-written tail of an append, bytes
// of another format) is skipped up to the next magic.
func scan(pack []byte, fn func(record)) {
	for off := 0; off < len(pack); {
		r, next, ok := readRecord(pack, off)
		if ok {
			fn(r)
			off = next
			continue
		}
		i := bytes.Index(pack[off+1:], []byte(magic))
		if i < 0 {
			return
		}
		off += 1 + i
	}
}

// countRecords counts the records of a whole pack by their lengths
// alone, unchecked: a size for its index, not more.
func countRecords(pack []byte) int {
	n := 0
	for off := 0; off+recordOver <= len(pack); n++ {
		off += recordOver + int(binary.LittleEndian.Uint32(pack[off+headerSize-4:]))
	}
	return n
}

// readRecord reads the record at off; ok is false if there is none whole.
func readRecord(pack []byte, off int) (r record, next int, ok bool) {
	rest := pack[off:]
	if len(rest) < recordOver || string(rest[:len(magic)]) != magic {
		return record{}, 0, false
	}
	n := binary.LittleEndian.Uint32(rest[headerSize-4:])
	if uint64(n) > uint64(len(rest)-recordOver) {
		return record{}, 0, false
	}
	end := headerSize + int(n)
	if crc32.Checksum(rest[len(magic):end], castagnoli()) != binary.LittleEndian.Uint32(rest[end:]) {
		return record{}, 0, false
	}
	r = record{off: off, kind: rest[len(magic)], payload: rest[headerSize:end:end]}
	copy(r.key[:], rest[len(magic)+1:])
	if r.kind != kindEntry && r.kind != kindUse {
		return record{}, 0, false
	}
	return r, off + end + 4, true
}
