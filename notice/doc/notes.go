package doc

import (
	"encoding/binary"
	"strconv"

	"github.com/thongbao/thongbao/notice/docx"
)

// Footnotes and endnotes ([MS-DOC] 2.8.23 PlcffndRef, 2.8.24 PlcffndTxt,
// 2.8.4 PlcfendRef, 2.8.5 PlcfendTxt): the footnotes' text follows the
// main text, ccpFtn characters, and the endnotes' follows the comments'
// (stories), ccpEdn characters; each story is cut into notes by its
// PlcfxxxTxt. A note numbered by Word has the character 0x02 for its
// reference in the main text, at the CP its PlcfxxxRef gives, and for
// its mark at the start of its own text, both printed as its number in
// superscript, as the listing of a .docx prints them: footnotes 1, 2, 3,
// endnotes i, ii, iii (Word's defaults; the formats the document's DOP
// may set otherwise are not read). A note with a mark of its own has the
// mark typed, and no number.

const chNoteRef = 0x02

// The FibRgFcLcb97 pairs of the notes.
const (
	pairPlcffndRef = 2
	pairPlcffndTxt = 3
	pairPlcfendRef = 46
	pairPlcfendTxt = 47
)

// noteKind is footnotes or endnotes: where their text starts among the
// characters read, their tables, and how Word numbers them.
type noteKind struct {
	start    uint64
	ref, txt []byte
	endnote  bool
	read     bool
}

// count is how many notes k's PlcfxxxRef names; 0 when it cannot be
// read.
func (k noteKind) count() int {
	if len(k.ref) < 4 || (len(k.ref)-4)%6 != 0 {
		return 0
	}
	return (len(k.ref) - 4) / 6
}

// numbered reports whether note i of the n of k is numbered by Word
// (its FRD's nAuto), not marked by a mark of its own.
func (k noteKind) numbered(i, n int) bool {
	return int16(binary.LittleEndian.Uint16(k.ref[4*(n+1)+2*i:])) != 0
}

// number is the number Word prints for the auto-th note of k numbered
// by it.
func (k noteKind) number(auto int) string {
	if k.endnote {
		return formatNumber(auto, 2)
	}
	return strconv.Itoa(auto)
}

// refMarks adds to marks what the reference of each note of k prints at
// its CP in the main text; none past docx.MaxBlocks notes, more than a
// file read can hold (notes then refuses it).
func (k noteKind) refMarks(marks map[uint32]string) {
	n := k.count()
	if n > docx.MaxBlocks {
		return
	}
	auto := 0
	for i := range n {
		if k.numbered(i, n) {
			auto++
			marks[binary.LittleEndian.Uint32(k.ref[4*i:])] = docx.Superscript(k.number(auto))
		}
	}
}

// notes reads the notes of k from cs, the characters of all the
// stories, with b's reading of the main text.
func (b *builder) notes(cs []char, k noteKind) []*docx.Note {
	le := binary.LittleEndian
	n := k.count()
	if n == 0 || len(k.txt) < 4*(n+1) {
		return nil
	}
	story := docx.InFootnote
	if k.endnote {
		story = docx.InEndnote
	}
	var notes []*docx.Note
	auto := 0
	for i := range n {
		note := &docx.Note{ID: i + 1, Endnote: k.endnote, Custom: !k.numbered(i, n)}
		if !note.Custom {
			auto++
			note.Number = k.number(auto)
		}
		from, to := k.start+uint64(le.Uint32(k.txt[4*i:])), k.start+uint64(le.Uint32(k.txt[4*i+4:]))
		if from > to || to > uint64(len(cs)) {
			return notes
		}
		if b.blocks == nil {
			b.blocks = new(int)
		}
		nb := &builder{runs: b.runs, chars: b.chars, lists: b.lists, mark: docx.Superscript(note.Number), story: story, fmt: b.fmt, blocks: b.blocks}
		if note.Blocks = nb.build(cs[from:to]); nb.over {
			b.over = true
			return notes
		}
		notes = append(notes, note)
	}
	return notes
}

// noteKinds are the footnotes and the endnotes of f, the characters read
// being n: read says whether they hold the kind's story.
func (f *fib) noteKinds(table []byte, st storyStarts, n uint64) []noteKind {
	fr, _ := slice(table, f.fndRef)
	ft, _ := slice(table, f.fndTxt)
	er, _ := slice(table, f.ednRef)
	et, _ := slice(table, f.ednTxt)
	return []noteKind{
		{start: uint64(f.ccpText), ref: fr, txt: ft, read: f.ccpFtn > 0 && n >= st.hdd},
		{start: st.edn, ref: er, txt: et, endnote: true, read: f.ccpEdn > 0 && n >= st.txbx},
	}
}

// readNotes gives d the notes of kinds that b, the main text's builder,
// has read the references of.
func (b *builder) readNotes(d *docx.Document, cs []char, kinds []noteKind) {
	for _, k := range kinds {
		switch {
		case !k.read:
		case k.endnote:
			d.Endnotes = b.notes(cs, k)
		default:
			d.Footnotes = b.notes(cs, k)
		}
	}
}

// refMarks are what the references of the notes of kinds print, by
// their CP in the main text.
func refMarks(kinds []noteKind) map[uint32]string {
	marks := map[uint32]string{}
	for _, k := range kinds {
		k.refMarks(marks)
	}
	return marks
}
