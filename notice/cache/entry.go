package cache

import (
	"encoding/binary"
	"errors"
	"unsafe"

	"github.com/thongbao/thongbao/notice/diag"
)

// An entry's payload is its findings in a compact form, read much faster
// than JSON (a warm check of an archive decodes one entry a file):
//
//	version  uvarint (entryVersion)
//	count    uvarint
//	each finding: path, line, col, rule, severity, message vi, message en,
//	fix vi, fix en, ref; strings as a uvarint length and the bytes, numbers
//	as varints.
//
// Paths in findings about the checked file itself are stored empty, so
// that the entry serves the same content under any name.
const entryVersion = 2

// errEntry says a payload is not an entry of this version.
var errEntry = errors.New("damaged or foreign cache entry")

// encodeEntry writes l, with path left out where findings name it.
func encodeEntry(l diag.List, path string) []byte {
	b := binary.AppendUvarint(nil, entryVersion)
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, f := range l {
		p := f.Pos.Path
		if p == path {
			p = ""
		}
		b = appendString(b, p)
		b = binary.AppendVarint(b, int64(f.Pos.Line))
		b = binary.AppendVarint(b, int64(f.Pos.Col))
		b = appendString(b, f.Rule)
		b = binary.AppendVarint(b, int64(f.Severity))
		for _, s := range [...]string{f.Message.VI, f.Message.EN, f.Fix.VI, f.Fix.EN, f.Ref} {
			b = appendString(b, s)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decodeEntry reads a payload, putting path where a finding names none.
func decodeEntry(b []byte, path string) (diag.List, error) {
	d := decoder{b: b}
	if d.uvarint() != entryVersion {
		return nil, errEntry
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(b)) { // a finding takes at least a byte
		return nil, errEntry
	}
	l := make(diag.List, n)
	for i := range l {
		f := &l[i]
		f.Pos.Path = d.string()
		if f.Pos.Path == "" {
			f.Pos.Path = path
		}
		f.Pos.Line, f.Pos.Col = d.int(), d.int()
		f.Rule = d.string()
		f.Severity = diag.Severity(d.int())
		f.Message.VI, f.Message.EN = d.string(), d.string()
		f.Fix.VI, f.Fix.EN = d.string(), d.string()
		f.Ref = d.string()
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errEntry
	}
	return l, nil
}

// decoder reads a payload; the first thing it cannot read is its error,
// after which it reads zeros.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 || v != int64(int(v)) {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	if n == 0 {
		return ""
	}
	// The string shares the payload's bytes, not a copy: a warm check
	// decodes some 40,000 strings for 2,000 notices, and a payload is
	// never written to once stored (a pack's file as read, or an entry
	// as encoded), so the string cannot change under its reader.
	s := unsafe.String(&d.b[0], n)
	d.b = d.b[n:]
	return s
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errEntry
	}
	d.b = nil
}
