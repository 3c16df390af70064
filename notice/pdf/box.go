package pdf

import "github.com/thongbao/thongbao/fonts"

// Kind says what a box draws.
type Kind uint8

const (
	TextBox Kind = iota // a piece of text; Y is its baseline
	RuleBox             // a line from (X, Y) to (X2, Y2)
)

// Role names the element of the notice a box belongs to, so that tests can
// find it and check it against the decree.
type Role string

const (
	RoleParent     Role = "parent"      // ô 2, cơ quan chủ quản
	RoleIssuer     Role = "issuer"      // ô 2, cơ quan ban hành
	RoleNumber     Role = "number"      // ô 3
	RoleCountry    Role = "country"     // ô 1, Quốc hiệu
	RoleMotto      Role = "motto"       // ô 1, Tiêu ngữ
	RolePlaceDate  Role = "place-date"  // ô 4
	RoleKind       Role = "kind"        // ô 5a, tên loại
	RoleSubject    Role = "subject"     // ô 5a, trích yếu
	RoleBody       Role = "body"        // ô 6
	RoleHeading    Role = "heading"     // a numbered heading in the body
	RoleNoteMark   Role = "note-mark"   // a footnote reference in the text
	RoleLabel      Role = "label"       // "Nơi nhận:"
	RoleRecipient  Role = "recipient"   // ô 9b
	RoleAuthority  Role = "authority"   // ô 7a
	RoleName       Role = "name"        // ô 7b
	RoleNote       Role = "note"        // a footnote at the foot of the page
	RolePageNumber Role = "page-number" // in the top margin, from page 2
	RoleAppendix   Role = "appendix"    // the "Phụ lục" heading, title and reference
	RoleCell       Role = "cell"        // text in a table
	RoleRule       Role = "rule"        // a rule line
)

// Box is one placed piece of a page. Coordinates are millimetres from the
// top-left corner of the page.
type Box struct {
	Page  int // from 1
	Kind  Kind
	Role  Role
	X, Y  float64
	X2    float64 // RuleBox: the end point
	Y2    float64
	W     float64 // TextBox: the advance width of Text
	Style fonts.Style
	Size  float64 // points
	Text  string
}

// Layout is a laid-out notice.
type Layout struct {
	Pages int
	Boxes []Box
}

// Find returns the boxes of a role, in order.
func (l *Layout) Find(r Role) []Box {
	var out []Box
	for _, b := range l.Boxes {
		if b.Role == r {
			out = append(out, b)
		}
	}
	return out
}
