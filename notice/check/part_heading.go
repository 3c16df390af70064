package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "part-heading", Severity: diag.Warning, Ref: diag.RefParts, Run: partHeading,
		Title: diag.Msg("phần, chương đánh số bằng chữ số La Mã", "a Phần or Chương is numbered in Roman numerals"),
		Help:  diag.Msg("viết \"Chương I\", \"Phần II\" trên một dòng, không có dấu chấm sau số", "write \"Chương I\", \"Phần II\" on a line of its own, with no period after the number")})
}

// arabicPartRe is the heading of a Phần or Chương numbered in Arabic
// numerals: "Chương 1.", "CHƯƠNG 2", "Phần 3: ...".
var arabicPartRe = lazyre.New(`^((?i:chương|phần))\s+(\d{1,2})(?:\s*[.:]\s*|\s*$|\s+\p{Lu})`)

// partHeadingByte reports whether b may start a match of arabicPartRe:
// the first byte of "chương" or "phần" in either case (neither letter
// has a third form under case folding).
func partHeadingByte(b byte) bool { return b == 'c' || b == 'C' || b == 'p' || b == 'P' }

// partHeading reports, once, a text that numbers its Phần or Chương in
// Arabic numerals (Phụ lục I, Mục II, khoản 6, điểm đ: Roman numerals,
// "Chương I"), at the first such heading.
func partHeading(p *Pass) {
	var first *Seg
	var written []string
	for _, seg := range append(p.View.bodySegs(), withSegs(p.View.Appendix)...) {
		if seg.Role == RoleCell {
			continue // a table's "Phần 1" is a lot or a part of works, not a heading
		}
		t := strings.TrimSpace(seg.Text)
		if t == "" || !partHeadingByte(t[0]) {
			continue // no "chương" nor "phần", of any case, opens it
		}
		m := arabicPartRe().FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if first == nil {
			first = seg
		}
		written = append(written, strings.TrimSpace(m[0]))
	}
	if first == nil {
		return
	}
	m := arabicPartRe().FindStringSubmatch(strings.TrimSpace(first.Text))
	want := m[1] + " " + cite.Roman(atoi(m[2]))
	msg := diag.Msg("%q đánh số bằng chữ số Ả Rập; phần, chương đánh số La Mã: %q", "%q is numbered in Arabic numerals; a Phần or Chương takes Roman numerals: %q", written[0], want)
	if len(written) > 1 {
		msg = diag.Msg("%d phần, chương đánh số bằng chữ số Ả Rập (%s); phần, chương đánh số La Mã: %q", "%d parts or chapters are numbered in Arabic numerals (%s); they take Roman numerals: %q", len(written), strings.Join(written, ", "), want)
	}
	p.Report(first, 0, msg, diag.Msg("viết %q", "write %q", want))
}
