package cite

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinInfo is what Fold asks of a rune, looked up in a table for the
// letters Vietnamese is written with instead of the unicode package's
// range tables.
type latinInfo struct {
	lower rune // unicode.ToLower
	flags uint8
}

const (
	latinKnown  = 1 << iota // the rune is in the table
	latinLetter             // unicode.IsLetter
	latinSpace              // unicode.IsSpace
	// latinNFC: NFC's quick check says yes and the canonical combining
	// class is 0, so a text of such runes is in NFC.
	latinNFC
)

// latinRanges are the runes of the table: Latin-1, Latin Extended-A and
// -B (ă, đ, ơ, ư ...), Latin Extended Additional (ạ, ế, ữ ...) and
// general punctuation (–, “, …).
var latinRanges = [...][2]rune{{0x80, 0x250}, {0x1E00, 0x1F00}, {0x2000, 0x2070}}

// latinSize is the number of runes in latinRanges.
const latinSize = 0x250 - 0x80 + 0x100 + 0x70

// latinIndex is r's place in the table, or -1.
func latinIndex(r rune) int {
	base := 0
	for _, rg := range latinRanges {
		if r < rg[0] {
			return -1
		}
		if r < rg[1] {
			return base + int(r-rg[0])
		}
		base += int(rg[1] - rg[0])
	}
	return -1
}

// latinTable is the table of latinRanges: latinInfoOf of each rune,
// generated into tables_gen.go (held to latinInfoOf by
// TestTablesGenerated), so that no process builds it: built on first
// use, it cost 1.0M instructions a process.
func latinTable() []latinInfo { return latinGenerated[:] }

func latinInfoOf(r rune) latinInfo {
	info := latinInfo{lower: unicode.ToLower(r), flags: latinKnown}
	if unicode.IsLetter(r) {
		info.flags |= latinLetter
	}
	if unicode.IsSpace(r) {
		info.flags |= latinSpace
	}
	var buf [utf8.UTFMax]byte
	s := string(utf8.AppendRune(buf[:0], r))
	if p := norm.NFC.PropertiesString(s); norm.NFC.QuickSpanString(s) == len(s) && p.CCC() == 0 && p.BoundaryBefore() {
		info.flags |= latinNFC
	}
	return info
}

// runeInfo is r's latinInfo, from the table or worked out. The runes of
// a Vietnamese text below U+0250 (ASCII, Latin-1 and Extended-A and -B)
// are looked up inline; the rest (Latin Extended Additional first) by
// runeInfoRest.
func runeInfo(r rune) latinInfo {
	if uint32(r) < 0x250 {
		return lowInfo[r]
	}
	return runeInfoRest(r)
}

// lowInfo is runeInfo of each rune below U+0250: ASCII (asciiInfoOf) and
// the table's first range; extInfo of Latin Extended Additional, the
// table's second.
var lowInfo, extInfo = func() (low [0x250]latinInfo, ext [0x100]latinInfo) {
	for r := range rune(utf8.RuneSelf) {
		low[r] = asciiInfoOf(r)
	}
	copy(low[utf8.RuneSelf:], latinGenerated[:0x250-0x80])
	copy(ext[:], latinGenerated[0x250-0x80:])
	return low, ext
}()

// asciiInfoOf is runeInfo of an ASCII rune.
func asciiInfoOf(r rune) latinInfo {
	info := latinInfo{lower: r, flags: latinKnown | latinNFC}
	switch {
	case 'A' <= r && r <= 'Z':
		info.lower, info.flags = r+'a'-'A', info.flags|latinLetter
	case 'a' <= r && r <= 'z':
		info.flags |= latinLetter
	case asciiSpace(r):
		info.flags |= latinSpace
	}
	return info
}

// runeInfoRest is runeInfo of any rune: the one a runeInfo of the table
// as it stood (runeInfoTable, in the tests) gives.
func runeInfoRest(r rune) latinInfo {
	if uint32(r-0x1E00) < 0x100 {
		return extInfo[r-0x1E00]
	}
	if r < utf8.RuneSelf { // negative too, as the table had it
		return asciiInfoOf(r)
	}
	if i := latinIndex(r); i >= 0 {
		return latinTable()[i]
	}
	info := latinInfoOf(r)
	info.flags &^= latinKnown | latinNFC // not in the table: NFC's own test decides
	return info
}
