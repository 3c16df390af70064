package reading

import (
	"github.com/thongbao/thongbao/notice/doc"
	"github.com/thongbao/thongbao/notice/plain"
)

// wordKind tells a Word file by its content: a Word 97-2003 document
// (also one renamed .docx) is read as the .doc it is, anything else (a
// .docx, also one named .doc; an RTF named .doc) by the Word reader,
// which names what it is. Without content (the size limit of a file not
// yet read) it is a .docx: both kinds have the same limit. A compound
// file named .doc (named97) is a .doc even when cut short before its
// directory, so that the .doc reader says it is damaged.
func wordKind(src []byte, named97 bool) Kind {
	if doc.Is(src) || named97 && doc.IsNamed(src) {
		return Doc
	}
	return Word
}

// readDoc reads a Word 97-2003 file, then its listing one paragraph per
// line, laid out as a .docx's is. When its formatting could all be read
// Word is the document, checked as a .docx is; otherwise Word is nil and
// only its text is checked.
func (r *Reading) readDoc(src []byte) error {
	d, layout, err := doc.ReadLayout(r.Path, src)
	if err != nil {
		return err
	}
	if layout {
		r.Word = d
	}
	r.Listing = d.Listing()
	r.Text, err = plain.ReadWith(r.Path, []byte(r.Listing.CheckText()), plain.Options{Layout: plain.OnePerLine, Word: true})
	return err
}
