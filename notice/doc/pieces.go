package doc

import (
	"encoding/binary"

	"github.com/thongbao/thongbao/notice/diag"
)

// piece is a run of characters stored together ([MS-DOC] 2.9.177 Pcd):
// CPs [cp, end) at byte fc of the WordDocument stream, one byte a
// character in cp1252 when compressed, else two (UTF-16LE).
type piece struct {
	cp, end    uint32
	fc         uint32
	compressed bool
	// prm: the piece's own properties (a fast save's), 0 for none; they
	// are not read
	prm uint16
}

// readPieces reads the piece table of the CLX clx, skipping the Prc
// entries before it.
func readPieces(path string, clx []byte) ([]piece, error) {
	le := binary.LittleEndian
	bad := func() error {
		return damaged(path, diag.Msg("bảng các đoạn chữ không đọc được", "its table of text pieces cannot be read"))
	}
	i := 0
	for i < len(clx) && clx[i] == 0x01 {
		if i+3 > len(clx) {
			return nil, bad()
		}
		i += 3 + int(le.Uint16(clx[i+1:]))
	}
	if i+5 > len(clx) || clx[i] != 0x02 {
		return nil, bad()
	}
	lcb := int(le.Uint32(clx[i+1:]))
	plc := clx[i+5:]
	if lcb > len(plc) || lcb < 4 || (lcb-4)%12 != 0 {
		return nil, bad()
	}
	n := (lcb - 4) / 12
	if n > MaxPieces {
		return nil, tooLarge(path, diag.Msg("văn bản có quá nhiều đoạn chữ", "its text is in too many pieces"))
	}
	ps := make([]piece, n)
	for k := range n {
		cp, end := le.Uint32(plc[4*k:]), le.Uint32(plc[4*k+4:])
		if end < cp || k > 0 && cp != ps[k-1].end {
			return nil, damaged(path, diag.Msg("các đoạn chữ của văn bản chồng lên nhau hoặc không theo thứ tự", "the pieces of its text overlap or are out of order"))
		}
		pcd := plc[4*(n+1)+8*k:]
		fc := le.Uint32(pcd[2:])
		ps[k] = piece{cp: cp, end: end, fc: fc &^ (3 << 30), compressed: fc&(1<<30) != 0, prm: le.Uint16(pcd[6:])}
		if ps[k].compressed {
			ps[k].fc /= 2
		}
	}
	return ps, nil
}

// plainPieces reports whether no piece has properties of its own: a
// file saved fast keeps changes of formatting there, which are not read.
func plainPieces(ps []piece) bool {
	for _, p := range ps {
		if p.prm != 0 {
			return false
		}
	}
	return true
}

// cp1252 maps the bytes 0x82-0x9F of a compressed piece as [MS-DOC]
// 2.9.73 does; every other byte is the code point of its value.
var cp1252 = map[byte]rune{
	0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
	0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x91: 0x2018,
	0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
	0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9F: 0x0178,
}

// char is one character of the text: its code (a UTF-16 unit) and
// where it is stored.
type char struct {
	c  uint16
	fc uint32
}

// chars reads CPs [0, n) of the pieces from the WordDocument stream w.
func chars(path string, w []byte, ps []piece, n uint32) ([]char, error) {
	if uint64(n) > uint64(len(w)) {
		return nil, damaged(path, diag.Msg("văn bản khai dài hơn cả phần chứa nó", "its text claims to be longer than the stream that holds it"))
	}
	if n > MaxChars {
		return nil, tooLarge(path, diag.Msg("văn bản dài hơn %d ký tự", "its text is longer than %d characters", MaxChars))
	}
	out := make([]char, 0, n)
	le := binary.LittleEndian
	for _, p := range ps {
		if p.cp >= n {
			break
		}
		end := min(p.end, n)
		size := uint64(2)
		if p.compressed {
			size = 1
		}
		if uint64(p.fc)+uint64(end-p.cp)*size > uint64(len(w)) {
			return nil, damaged(path, diag.Msg("một đoạn chữ nằm ngoài phần văn bản", "a piece of its text lies past the end of its text"))
		}
		for cp := p.cp; cp < end; cp++ {
			fc := p.fc + (cp-p.cp)*uint32(size)
			c := uint16(w[fc])
			if p.compressed {
				if r, ok := cp1252[w[fc]]; ok {
					c = uint16(r)
				}
			} else {
				c = le.Uint16(w[fc:])
			}
			out = append(out, char{c: c, fc: fc})
		}
	}
	if uint32(len(out)) < n {
		return nil, damaged(path, diag.Msg("bảng các đoạn chữ ngắn hơn văn bản", "its table of text pieces is shorter than its text"))
	}
	return out, nil
}
