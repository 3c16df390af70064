package doc

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"

	"github.com/thongbao/thongbao/notice/diag"
)

// Magic is how a compound file (an OLE file: .doc, .xls, an encrypted
// .docx) starts.
var Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Sector numbers with a meaning of their own ([MS-CFB] 2.1).
const (
	maxRegSect = 0xFFFFFFFA
	endOfChain = 0xFFFFFFFE
	noStream   = 0xFFFFFFFF
)

// cfb is a compound file read into memory: its sectors, its FAT and mini
// FAT, and its directory.
type cfb struct {
	path     string
	data     []byte
	shift    uint // sector size is 1<<shift: 512 or 4096
	fat      []uint32
	miniFAT  []uint32
	miniData []byte // the root entry's stream, holding the mini sectors
	cutoff   uint32
	dir      []dirEntry
}

// dirEntry is one entry of the directory.
type dirEntry struct {
	name               string
	kind               byte // 1 storage, 2 stream, 5 root
	left, right, child uint32
	start              uint32
	size               uint64
}

func (c *cfb) broken(why diag.Text) error { return damaged(c.path, why) }

// openCFB reads the header, the FAT (through the DIFAT), the directory
// and the mini stream of data.
func openCFB(path string, data []byte) (*cfb, error) {
	c := &cfb{path: path, data: data}
	if len(data) < 512 || !bytes.HasPrefix(data, Magic) {
		return nil, c.broken(diag.Msg("thiếu phần đầu tệp", "its header is missing"))
	}
	le := binary.LittleEndian
	c.shift = uint(le.Uint16(data[0x1E:]))
	if c.shift != 9 && c.shift != 12 || le.Uint16(data[0x20:]) != 6 {
		return nil, c.broken(diag.Msg("kích thước khối không hợp lệ", "its sector size is not valid"))
	}
	c.cutoff = le.Uint32(data[0x38:])
	if err := c.readFAT(); err != nil {
		return nil, err
	}
	if err := c.readDir(le.Uint32(data[0x30:])); err != nil {
		return nil, err
	}
	if err := c.readMini(le.Uint32(data[0x3C:])); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *cfb) sectorSize() int { return 1 << c.shift }

// sectors is how many whole or partial sectors the file holds after its
// header: no chain may be longer.
func (c *cfb) sectors() int {
	n := (len(c.data) - c.sectorSize() + c.sectorSize() - 1) >> c.shift
	return max(n, 0)
}

// sector returns sector n's bytes, cut at the end of the file; false when
// it starts past the end.
func (c *cfb) sector(n uint32) ([]byte, bool) {
	if n > maxRegSect || uint64(n) >= uint64(c.sectors()) { // not int(n): negative on 32 bits
		return nil, false
	}
	off := (int(n) + 1) << c.shift
	return c.data[off:min(off+c.sectorSize(), len(c.data))], true
}

// readFAT gathers the FAT's sectors from the header's 109 DIFAT entries
// and the chain of DIFAT sectors, then reads them.
func (c *cfb) readFAT() error {
	le := binary.LittleEndian
	var fatSectors []uint32
	for i := range 109 {
		if s := le.Uint32(c.data[0x4C+4*i:]); s <= maxRegSect {
			fatSectors = append(fatSectors, s)
		}
	}
	seen := map[uint32]bool{}
	per := c.sectorSize()/4 - 1
	for s := le.Uint32(c.data[0x44:]); s <= maxRegSect; {
		if seen[s] || len(seen) > c.sectors() {
			return c.broken(diag.Msg("bảng khối của tệp lặp vòng", "its sector tables run in a loop"))
		}
		seen[s] = true
		b, ok := c.sector(s)
		if !ok || len(b) < c.sectorSize() {
			return c.broken(diag.Msg("bảng khối của tệp nằm ngoài tệp", "its sector tables point past its end"))
		}
		for i := range per {
			if f := le.Uint32(b[4*i:]); f <= maxRegSect {
				fatSectors = append(fatSectors, f)
			}
		}
		s = le.Uint32(b[4*per:])
	}
	if len(fatSectors) > c.sectors() {
		return c.broken(diag.Msg("bảng khối của tệp lớn hơn tệp", "its sector tables are larger than the file"))
	}
	c.fat = make([]uint32, 0, len(fatSectors)*c.sectorSize()/4)
	for _, s := range fatSectors {
		b, ok := c.sector(s)
		if !ok {
			return c.broken(diag.Msg("bảng khối của tệp nằm ngoài tệp", "its sector tables point past its end"))
		}
		for i := 0; i+4 <= len(b); i += 4 {
			c.fat = append(c.fat, le.Uint32(b[i:]))
		}
	}
	return nil
}

// chain reads the chain of sectors from start in table next (the FAT or
// the mini FAT), taking want bytes; a loop, a sector out of range or a
// chain shorter than want is a damaged file.
func (c *cfb) chain(start uint32, want uint64, next []uint32, read func(uint32) ([]byte, bool)) ([]byte, error) {
	if want > uint64(len(c.data)) {
		return nil, c.broken(diag.Msg("một phần của tệp khai kích thước lớn hơn cả tệp", "a part of it claims to be larger than the whole file"))
	}
	out := make([]byte, 0, int(want))
	seen := make([]bool, len(next))
	for s := start; uint64(len(out)) < want; s = next[s] {
		if s > maxRegSect {
			return nil, c.broken(diag.Msg("một phần của tệp bị cắt ngắn", "a part of it is cut short"))
		}
		if uint64(s) >= uint64(len(next)) || seen[s] {
			return nil, c.broken(diag.Msg("chuỗi khối của tệp lặp vòng hoặc ra ngoài tệp", "its chains of sectors loop or run past its end"))
		}
		seen[s] = true
		b, ok := read(s)
		if !ok {
			return nil, c.broken(diag.Msg("chuỗi khối của tệp ra ngoài tệp", "its chains of sectors run past its end"))
		}
		out = append(out, b[:min(len(b), int(want)-len(out))]...)
	}
	return out, nil
}

// stream reads a stream of the FAT.
func (c *cfb) stream(start uint32, size uint64) ([]byte, error) {
	return c.chain(start, size, c.fat, c.sector)
}

// miniSector returns mini sector n of the mini stream.
func (c *cfb) miniSector(n uint32) ([]byte, bool) {
	off := uint64(n) * 64
	if off+64 > uint64(len(c.miniData)) {
		return nil, false
	}
	return c.miniData[off : off+64], true
}

// readDir reads the directory's chain of sectors into entries.
func (c *cfb) readDir(start uint32) error {
	le := binary.LittleEndian
	seen := map[uint32]bool{}
	for s := start; s <= maxRegSect; s = c.next(s) {
		if seen[s] || len(c.dir) >= MaxDirEntries {
			return c.broken(diag.Msg("danh mục của tệp lặp vòng", "its directory runs in a loop"))
		}
		seen[s] = true
		b, ok := c.sector(s)
		if !ok {
			return c.broken(diag.Msg("danh mục của tệp nằm ngoài tệp", "its directory points past its end"))
		}
		for i := 0; i+128 <= len(b); i += 128 {
			e := b[i : i+128]
			n := min(int(le.Uint16(e[0x40:])), 64)
			u := make([]uint16, 0, 32)
			for k := 0; k+2 <= n; k += 2 {
				if r := le.Uint16(e[k:]); r != 0 {
					u = append(u, r)
				}
			}
			size := le.Uint64(e[0x78:])
			if c.shift == 9 {
				size &= 0xFFFFFFFF // version 3 files may leave the high half unset
			}
			c.dir = append(c.dir, dirEntry{name: string(utf16.Decode(u)), kind: e[0x42],
				left: le.Uint32(e[0x44:]), right: le.Uint32(e[0x48:]), child: le.Uint32(e[0x4C:]),
				start: le.Uint32(e[0x74:]), size: size})
		}
	}
	if len(c.dir) == 0 || c.dir[0].kind != 5 {
		return c.broken(diag.Msg("tệp không có danh mục gốc", "it has no root directory"))
	}
	return nil
}

// next is the sector after s in the FAT, or the end of the chain.
func (c *cfb) next(s uint32) uint32 {
	if uint64(s) >= uint64(len(c.fat)) {
		return endOfChain
	}
	return c.fat[s]
}

// readMini reads the mini FAT and the root's stream of mini sectors.
func (c *cfb) readMini(start uint32) error {
	root := c.dir[0]
	if start > maxRegSect || root.start > maxRegSect || root.size == 0 {
		return nil
	}
	var err error
	if c.miniData, err = c.stream(root.start, root.size); err != nil {
		return err
	}
	le := binary.LittleEndian
	seen := map[uint32]bool{}
	for s := start; s <= maxRegSect; s = c.next(s) {
		if seen[s] {
			return c.broken(diag.Msg("bảng khối nhỏ của tệp lặp vòng", "its mini sector table runs in a loop"))
		}
		seen[s] = true
		b, ok := c.sector(s)
		if !ok {
			return c.broken(diag.Msg("bảng khối nhỏ của tệp nằm ngoài tệp", "its mini sector table points past its end"))
		}
		for i := 0; i+4 <= len(b); i += 4 {
			c.miniFAT = append(c.miniFAT, le.Uint32(b[i:]))
		}
	}
	return nil
}

// find returns the stream named name among the root storage's children,
// walking the red-black tree of siblings; false when there is none.
func (c *cfb) find(name string) (dirEntry, bool) {
	stack := []uint32{c.dir[0].child}
	seen := map[uint32]bool{}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if i == noStream || uint64(i) >= uint64(len(c.dir)) || seen[i] {
			continue
		}
		seen[i] = true
		e := c.dir[i]
		if e.kind == 2 && equalFold(e.name, name) {
			return e, true
		}
		stack = append(stack, e.left, e.right)
	}
	return dirEntry{}, false
}

// open reads the root's stream named name: from the mini stream when it
// is under the cutoff.
func (c *cfb) open(name string) ([]byte, bool, error) {
	e, ok := c.find(name)
	if !ok {
		return nil, false, nil
	}
	if e.size < uint64(c.cutoff) {
		if e.size > uint64(len(c.miniData)) {
			return nil, true, c.broken(diag.Msg("một phần của tệp khai kích thước lớn hơn cả tệp", "a part of it claims to be larger than the whole file"))
		}
		b, err := c.chain(e.start, e.size, c.miniFAT, c.miniSector)
		return b, true, err
	}
	b, err := c.stream(e.start, e.size)
	return b, true, err
}

// equalFold compares directory names as [MS-CFB] does, ignoring the case
// of ASCII letters.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 32
		}
		if 'a' <= y && y <= 'z' {
			y -= 32
		}
		if x != y {
			return false
		}
	}
	return true
}
