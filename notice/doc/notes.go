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

// numbers are the numbers Word prints for the notes of ref, by their
// index, "" for a note with a mark of its own; nil when ref cannot be
// read.
func (k noteKind) numbers() []string {
	le := binary.LittleEndian
	if len(k.ref) < 4 || (len(k.ref)-4)%6 != 0 {
		return nil
	}
	n := (len(k.ref) - 4) / 6
	out := make([]string, n)
	auto := 0
	for i := range n {
		if int16(le.Uint16(k.ref[4*(n+1)+2*i:])) == 0 {
			continue
		}
		auto++
		out[i] = strconv.Itoa(auto)
		if k.endnote {
			out[i] = formatNumber(auto, 2)
		}
	}
	return out
}

// refMarks adds to marks what the reference of each note of k prints at
// its CP in the main text.
func (k noteKind) refMarks(marks map[uint32]string) {
	for i, num := range k.numbers() {
		if num != "" {
			marks[binary.LittleEndian.Uint32(k.ref[4*i:])] = docx.Superscript(num)
		}
	}
}

// notes reads the notes of k from cs, the characters of all the
// stories, with b's reading of the main text.
func (b *builder) notes(cs []char, k noteKind) []*docx.Note {
	le := binary.LittleEndian
	nums := k.numbers()
	n := len(nums)
	if n == 0 || len(k.txt) < 4*(n+1) {
		return nil
	}
	story := docx.InFootnote
	if k.endnote {
		story = docx.InEndnote
	}
	var notes []*docx.Note
	for i := range n {
		note := &docx.Note{ID: i + 1, Endnote: k.endnote, Custom: nums[i] == "", Number: nums[i]}
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
