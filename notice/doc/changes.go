package doc

import "github.com/thongbao/thongbao/notice/docx"

// Tracked changes ([MS-DOC] 2.6.1 sprmCFRMarkIns, sprmCFRMarkDel): the
// characters inserted or deleted while changes were tracked carry a mark
// of it, and those whose formatting changed the formatting they had
// (sprmCPropRMark). The text is read with every change accepted, and each stretch of
// characters of one kind, one after another, counts as one change, as a
// .docx's w:ins or w:del element does.

// tracker counts the changes of a story, and where the first is.
type tracker struct {
	changes *docx.Changes
	last    int  // the kind of the character before: 0 none, 1 inserted, 2 deleted, 3 restyled
	first   bool // the paragraph being read holds the first change, at offset
	offset  int
	// comment is the CP of the first comment's reference in the main
	// text, from 1 (0 for none); commented is set when the paragraph
	// being read holds it, at commentOff
	comment    uint64
	commented  bool
	commentOff int
}

// at notes that the character at cp of the main text is written at
// offset off of the paragraph being read.
func (t *tracker) at(cp uint32, off int) {
	if t != nil && t.comment == uint64(cp)+1 {
		t.commented, t.commentOff = true, off
	}
}

// see counts the character of props, written at offset off of the
// paragraph being read.
func (t *tracker) see(props charProps, off int) {
	if t == nil || t.changes == nil {
		return
	}
	kind := 0
	switch {
	case props.deleted:
		kind = 2
	case props.inserted:
		kind = 1
	case props.restyled:
		kind = 3
	}
	if kind != 0 && kind != t.last {
		switch kind {
		case 1:
			t.changes.Insertions++
		case 2:
			t.changes.Deletions++
		default:
			t.changes.Formatting++
		}
		if t.changes.First.Para == nil && !t.first {
			t.first, t.offset = true, off
		}
	}
	t.last = kind
}

// place gives the paragraph just read the first change, if it holds it.
func (t *tracker) place(p *docx.Paragraph) {
	if t != nil && t.first {
		t.changes.First = docx.Place{Para: p, Offset: t.offset}
		t.first = false
	}
	if t != nil && t.commented {
		t.changes.FirstComment = docx.Place{Para: p, Offset: t.commentOff}
		t.commented = false
	}
}
