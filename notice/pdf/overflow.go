package pdf

import (
	"errors"
	"strings"

	"github.com/thongbao/thongbao/notice"

	"github.com/thongbao/thongbao/notice/diag"
)

// ErrTooManyPages is returned when a notice would pass MaxPages.
var ErrTooManyPages = errors.New("the notice would take more pages than allowed")

// ErrOverflow is returned when an element does not fit where the decree
// puts it: an issuer name that fills the page, a word wider than a line.
// A PDF with text off the page would look right and be wrong.
var ErrOverflow = errors.New("an element does not fit on the page")

// LayoutError is a notice that cannot be laid out; it says which element
// and what to do, in both languages.
type LayoutError struct {
	Err     error // ErrTooManyPages or ErrOverflow
	Rule    string
	Message diag.Text
	Fix     diag.Text
	Ref     string // where the decree says it, or diag.Practice
	Role    Role   // the element that does not fit; "" for the page limit
	Text    string // the text of the box that does not fit
}

func (e *LayoutError) Error() string { return "lay out notice: " + e.Message.EN }
func (e *LayoutError) Unwrap() error { return e.Err }

// Finding is the error as a finding about the source at path.
func (e *LayoutError) Finding(path string) diag.Finding {
	return diag.Finding{Pos: diag.Pos{Path: path}, Rule: e.Rule, Severity: diag.Error, Message: e.Message, Fix: e.Fix, Ref: e.Ref}
}

// AsFindings turns a layout error into findings about the source at path,
// at the field that does not fit when n, the notice laid out, is given;
// other errors are returned as they are.
func AsFindings(n *notice.Notice, path string, err error) error {
	var le *LayoutError
	if !errors.As(err, &le) {
		return err
	}
	f := le.Finding(path)
	if n != nil && le.Role != "" {
		if pos, ok := fieldOf(n, le.Role, le.Text); ok {
			f.Pos = pos
		}
	}
	return diag.List{f}
}

// roleFields are the fields an element of the page comes from.
var roleFields = map[Role]string{
	RoleParent: "issuer.parent", RoleIssuer: "issuer.name", RolePlaceDate: "place", RoleSubject: "subject",
	RoleRecipient: "closing", RoleAuthority: "signer", RoleName: "signer.name", RoleNote: "footnotes", RoleCell: "appendices",
}

// fieldOf finds where the text of a box was written: the first field of
// the role's part of the source that holds it.
func fieldOf(n *notice.Notice, role Role, text string) (diag.Pos, bool) {
	prefix := roleFields[role]
	var pos diag.Pos
	found := false
	n.EachText(func(path string, t notice.Text) {
		if !found && strings.HasPrefix(path, prefix) && strings.Contains(t.S, text) && t.Pos.Line > 0 {
			pos, found = t.Pos, true
		}
	})
	return pos, found
}

func tooManyPages() error {
	return &LayoutError{Err: ErrTooManyPages, Rule: "too-many-pages", Ref: diag.Practice,
		Message: diag.Msg("thông báo dài quá %d trang", "the notice would take more than %d pages", MaxPages),
		Fix:     diag.Msg("kiểm tra danh sách hoặc văn bản bị dán thừa; một thông báo không dài như vậy", "look for a pasted document or a runaway list; no notice is that long")}
}

// overflow checks that every box is on its page and returns the error for
// the first that is not.
func overflow(l *Layout) error {
	for i := range l.Boxes {
		b := &l.Boxes[i] // in place: a box is some 100 bytes to copy
		off := b.Y < 0 || b.Y > PageH || b.Kind == TextBox && (b.X < -0.01 || b.X+b.W > PageW+0.01)
		if !off {
			continue
		}
		name := roleNames[b.Role]
		if name.IsZero() {
			name = diag.Msg("một phần của thông báo", "a part of the notice")
		}
		return &LayoutError{Err: ErrOverflow, Rule: "layout-overflow", Ref: diag.RefPaper,
			Role: b.Role, Text: b.Text,
			Message: diag.Msg("%s không vừa trang giấy (trang %d: %q)", "%s does not fit on the page (page %d: %q)", name, b.Page, clip(b.Text)),
			Fix:     diag.Msg("rút ngắn phần này, hoặc tách từ quá dài bằng dấu cách", "shorten it, or break an over-long word with spaces")}
	}
	return nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// roleNames name the elements of a notice as a clerk knows them.
var roleNames = map[Role]diag.Text{
	RoleParent:    diag.Msg("tên cơ quan chủ quản", "the parent body"),
	RoleIssuer:    diag.Msg("tên cơ quan ban hành", "the issuing body"),
	RoleNumber:    diag.Msg("số, ký hiệu", "the number"),
	RolePlaceDate: diag.Msg("địa danh và ngày tháng", "the place and date"),
	RoleSubject:   diag.Msg("trích yếu", "the trích yếu"),
	RoleBody:      diag.Msg("nội dung", "the body"),
	RoleHeading:   diag.Msg("đề mục", "a heading"),
	RoleRecipient: diag.Msg("nơi nhận", "the recipients"),
	RoleAuthority: diag.Msg("quyền hạn, chức vụ người ký", "the signer's authority"),
	RoleName:      diag.Msg("họ tên người ký", "the signer's name"),
	RoleNote:      diag.Msg("chú thích", "a footnote"),
	RoleAppendix:  diag.Msg("phụ lục", "the appendix"),
	RoleCell:      diag.Msg("ô của bảng", "a table cell"),
}
