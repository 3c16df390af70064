package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerInnerSpaces reports two spaces or more between the words of an
// authority or title line ("PHÓ TRƯỞNG  PHÒNG"): spacing reads the prose,
// not the signature. The space after an authority's prefix is
// signerSpacingOf's to read ("KT.  GIÁM ĐỐC"); a page laid out in columns
// (pdftotext) spaces its lines to set them, and is left, and so is a
// column's gap on a typed line (typedDoubleSpace): two heads signing a
// joint notice side by side ("GIÁM ĐỐC SỞ XÂY DỰNG        GIÁM ĐỐC SỞ TÀI
// CHÍNH"). Run by signer-spacing.
func signerInnerSpaces(p *Pass, s *Seg) {
	if p.View.Columns {
		return
	}
	t := strings.TrimSpace(s.Text)
	from := 0
	if m := prefixRe().FindStringIndex(strings.ToUpper(t)); m != nil {
		from = m[1]
	}
	i := typedDoubleSpace(t[from:])
	if i < 0 {
		return
	}
	at := from + i
	lead := len(s.Text) - len(strings.TrimLeft(s.Text, " "))
	p.Report(s, lead+at, diag.Msg("%q: hai dấu cách liền nhau giữa các chữ", "%q: two spaces in a row between the words", t),
		diag.Msg("viết %q", "write %q", t[:at]+" "+strings.TrimLeft(t[at:], " ")))
}
