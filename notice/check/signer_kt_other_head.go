package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// ktOtherHead reports a deputy's title under "KT. X" that is the deputy
// of another head: "PHÓ GIÁM ĐỐC" under "KT. CHI CỤC TRƯỞNG", where the
// one who signs for the Chi cục trưởng is the "PHÓ CHI CỤC TRƯỞNG"
// (Điều 13, khoản 1; Phụ lục I, Mục II, khoản 7, điểm b): a title copied
// from another office's template. A deputy's title that goes on after
// the head's ("PHÓ GIÁM ĐỐC THƯỜNG TRỰC"), stops before the head's
// body ("PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC SỞ Y TẾ") or is cut from its
// front (deputyCut's "PHÓ VĂN PHÒNG") is left, and so is a title with a
// short form in it ("PHÓ GĐ", signer-abbrev's) or a head of two titles.
func ktOtherHead(p *Pass, segs []*Seg) {
	for i := 0; i+1 < len(segs); i++ {
		up := strings.ToUpper(strings.TrimSpace(segs[i].Text))
		head, ok := strings.CutPrefix(up, "KT.")
		if !ok || deputyOnLine(segs[i].Text) {
			continue
		}
		head = strings.TrimSuffix(strings.Join(strings.Fields(head), " "), ".") // a line's end period is signer-spacing's (signer_end_period.go)
		line := strings.TrimSuffix(strings.Join(strings.Fields(segs[i+1].Text), " "), ".")
		if !otherHeadsDeputy(head, line) {
			continue
		}
		if title := strings.TrimPrefix(line, "PHÓ "); stripMarks(title) == stripMarks(head) {
			markSlipTitle(p, segs[i], segs[i+1], head, title) // one title, a mark slipped in one line (x91)
			continue
		}
		p.Report(segs[i+1], 0, diag.Msg("chức vụ người ký không khớp dòng thẩm quyền: dưới \"KT. %s\", cấp phó ký thay là %q, không phải %q", "the signer's title does not match the authority line: under \"KT. %s\" the deputy who signs is %q, not %q", head, "PHÓ "+head, line),
			diag.Msg("viết %q, hoặc sửa dòng thẩm quyền theo chức vụ của người đứng đầu cơ quan", "write %q, or mend the authority line to the head's title", "PHÓ "+head))
	}
}

// otherHeadsDeputy reports whether line, the title under "KT. <head>",
// is a deputy's title ("PHÓ ...") of another head than head (both in
// capitals, their spaces made single).
func otherHeadsDeputy(head, line string) bool {
	title, ok := strings.CutPrefix(line, "PHÓ ")
	if !ok || head == "" || line != strings.ToUpper(line) || strings.ContainsAny(head+title, ",;") || !spelledOut(title) {
		return false
	}
	return title != head && !strings.HasPrefix(title, head+" ") && !strings.HasPrefix(head, title+" ") && !strings.HasSuffix(head, " "+title)
}

// spelledOut reports whether every word of a title in capitals has a
// vowel: "GIÁM ĐỐC" does, "GĐ" is a short form.
func spelledOut(title string) bool {
	for _, w := range strings.Fields(title) {
		if !strings.ContainsAny(stripMarks(w), "AEIOUY") {
			return false
		}
	}
	return title != ""
}

// markSlipTitle says a head's title written with other marks in the
// authority line and in the deputy's ("KT. CHI CUC TRƯỞNG" over "PHÓ CHI
// CỤC TRƯỞNG"): one title, a mark lost in one line. The line with fewer
// marks (a marked letter takes more bytes) is the slip, and the fix is
// the other's spelling, not the slip copied into the right line; when
// both hold as many marks, the deputy's line is said with both spellings.
func markSlipTitle(p *Pass, auth, deputy *Seg, head, title string) {
	switch {
	case len(head) < len(title):
		p.Report(auth, 0, diag.Msg("dòng thẩm quyền viết %q, chức vụ người ký viết %q: sai dấu", "the authority line has %q, the signer's title %q: a mark is wrong", "KT. "+head, "PHÓ "+title),
			diag.Msg("viết %q", "write %q", "KT. "+title))
	case len(head) > len(title):
		p.Report(deputy, 0, diag.Msg("chức vụ người ký viết %q, dòng thẩm quyền viết %q: sai dấu", "the signer's title has %q, the authority line %q: a mark is wrong", "PHÓ "+title, "KT. "+head),
			diag.Msg("viết %q", "write %q", "PHÓ "+head))
	default:
		p.Report(deputy, 0, diag.Msg("chức vụ người ký viết %q, dòng thẩm quyền viết %q: sai dấu ở một trong hai dòng", "the signer's title has %q, the authority line %q: a mark is wrong in one of them", "PHÓ "+title, "KT. "+head),
			diag.Msg("viết hai dòng cùng một chức vụ, đúng dấu", "write one title in both lines, with its right marks"))
	}
}
