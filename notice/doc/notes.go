package doc

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/docx"
)

// Footnotes ([MS-DOC] 2.8.23 PlcffndRef, 2.8.24 PlcffndTxt): their text
// follows the main text, ccpFtn characters cut into notes by PlcffndTxt;
// a note numbered by Word has the character 0x02 for its reference in
// the main text and for its mark at the start of its own text, both
// printed as its number in superscript, as the listing of a .docx prints
// them. A note with a mark of its own has the mark typed, and no number.

const chNoteRef = 0x02

// The FibRgFcLcb97 pairs of the footnotes.
const (
	pairPlcffndRef = 2
	pairPlcffndTxt = 3
)

// footnotes reads the notes from cs, the characters of the main text
// followed by those of the footnotes, and b's reading of the main text.
func (b *builder) footnotes(cs []char, ccpText uint32, ref, txt []byte) []*docx.Note {
	le := binary.LittleEndian
	if len(ref) < 4 || (len(ref)-4)%6 != 0 {
		return nil
	}
	n := (len(ref) - 4) / 6
	if len(txt) < 4*(n+1) {
		return nil
	}
	var notes []*docx.Note
	auto := 0
	for k := range n {
		nAuto := int16(le.Uint16(ref[4*(n+1)+2*k:]))
		note := &docx.Note{ID: k + 1, Custom: nAuto == 0}
		if !note.Custom {
			auto++
			note.Number = strconv.Itoa(auto)
		}
		from, to := uint64(ccpText)+uint64(le.Uint32(txt[4*k:])), uint64(ccpText)+uint64(le.Uint32(txt[4*k+4:]))
		if from > to || to > uint64(len(cs)) {
			return notes
		}
		if b.blocks == nil {
			b.blocks = new(int)
		}
		nb := &builder{runs: b.runs, chars: b.chars, lists: b.lists, mark: superscript(note.Number), story: docx.InFootnote, fmt: b.fmt, blocks: b.blocks}
		if note.Blocks = nb.build(cs[from:to]); nb.over {
			b.over = true
			return notes
		}
		notes = append(notes, note)
	}
	return notes
}

// superscript writes the digits of s in superscript.
func superscript(s string) string {
	sup := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return sup[r-'0']
		}
		return r
	}, s)
}
