package compose

import (
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// Document is a notice ready to be drawn.
type Document struct {
	Header  Header
	Kind    string     // the tên loại, "THÔNG BÁO"
	Subject []body.Run // the trích yếu
	// SubjectLines are the lines of the trích yếu as the clerk broke
	// them; nil when the layout breaks it.
	SubjectLines [][]body.Run
	Body         []Block // from the opening paragraph to the closing "./."
	Recipients   [][]body.Run
	Archive      []body.Run // the last Nơi nhận line, "Lưu: VT, TH."
	Signature    Signature
	Notes        []Note // footnotes, in number order
	Appendices   []Appendix
	Meta         Meta
	// Corrections are what the document writes otherwise than the
	// source, for the clerk to be told.
	Corrections []Correction
}

// Header is the two-column header (spec §3-5).
type Header struct {
	Parent  []string // chủ quản lines, upper case, regular
	Issuer  []string // issuing body lines, upper case, bold
	Number  string   // "12/TB-UBND", or "/TB-UBND" on a draft
	Draft   bool     // the running number is still blank
	Country string   // Quốc hiệu
	Motto   string   // Tiêu ngữ
	Place   string
	Date    cite.Date // Day is 0 while drafting
}

// PlaceDate writes the place and date line, with blank standing for the
// parts not known yet: "Quảng Ngãi, ngày 05 tháng 01 năm 2024".
func (h Header) PlaceDate(blank string) string {
	return h.Place + ", " + h.Date.Long(blank)
}

// NumberLine writes "Số: 12/TB-UBND", with blank before the slash on a draft.
func (h Header) NumberLine(blank string) string {
	if h.Draft {
		return "Số:" + blank + h.Number
	}
	return "Số: " + h.Number
}

// BlockKind says what a block is.
type BlockKind int

const (
	Para    BlockKind = iota // a paragraph, with an optional marker ("a)", "1.")
	Heading                  // a numbered heading: bold marker and Head, then Runs
	Bullet                   // a "-" or "+" item
)

// Block is one paragraph of the body.
type Block struct {
	Kind   BlockKind
	Marker string     // "I.", "2.1.", "a)", "-", "+" or ""
	Depth  int        // Bullet: nesting among bullets, 0 for the outermost
	Head   []body.Run // Heading: the bold part after the marker
	Runs   []body.Run // the text; for a Heading, what follows the bold part
	Last   bool       // the closing paragraph, which ends with "./."
}

// Signature is the signature block (spec §8).
type Signature struct {
	Lines []string // authority lines and the signer's title, upper case
	Name  string
}

// Note is a footnote with its number.
type Note struct {
	Number string
	Runs   []body.Run
}

// Appendix is a PHỤ LỤC.
type Appendix struct {
	Heading   string // "Phụ lục", "Phụ lục II"
	Title     string // upper case
	Reference []body.Run
	Blocks    []Block
	Table     *Table
}

// Table is a table with a header row.
type Table struct {
	Columns []string
	Rows    []Row
}

// Row is a table row; a group row heads the rows under it.
type Row struct {
	Cells [][]body.Run
	Group bool
}

// Meta is the document's metadata.
type Meta struct {
	Title    string // the trích yếu, plain
	Author   string // the issuing body, plain
	Subject  string
	Keywords string
}
