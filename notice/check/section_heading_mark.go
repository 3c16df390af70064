package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// sectionMark is a section's title in capitals closed by a mark: the
// paragraph, the mark, and where the mark stands in the paragraph.
type sectionMark struct {
	seg     *Seg
	written string
	mark    string
	off     int
}

// markedTitle reads rest, what follows a Roman numeral and its full stop,
// as a section's title in capitals closed by ":" or "." with nothing
// after it ("ĐỐI TƯỢNG ĐƯỢC DỰ XÉT CẤP HỌC BỔNG:", "CÔNG TÁC TUYỂN SINH
// VÀO LỚP 1."): Phụ lục I, Mục V, số thứ tự 6b sets a mục's title in
// capitals with no mark after it ("I. NHỮNG KẾT QUẢ ..."). A title with
// words after its colon (a label run on, "HẠN CHÓT NỘP HỒ SƠ: Ngày 15
// ..."), another mark of a sentence inside it, small letters (a sentence,
// or smallTitle's case), an ellipsis or the closing "./." are left. It
// returns the title and its mark, ok false when rest is none such.
func markedTitle(rest string) (title, mark string, ok bool) {
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.HasSuffix(rest, "..") || strings.HasSuffix(rest, "/.") {
		return "", "", false
	}
	mark = rest[len(rest)-1:]
	if mark != ":" && mark != "." {
		return "", "", false
	}
	title = strings.TrimSpace(rest[:len(rest)-1])
	if title == "" || strings.ContainsAny(title, ".:;!?…") || len(strings.Fields(title)) > sectionTitleWords {
		return "", "", false
	}
	letters := 0
	for _, r := range title {
		if unicode.IsLower(r) {
			return "", "", false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return title, mark, letters >= 4
}

// reportSectionMarks says each section title in capitals closed by a mark.
func reportSectionMarks(p *Pass, marks []sectionMark) {
	for _, m := range marks {
		p.Report(m.seg, m.off, diag.Msg("tiêu đề mục %q kết thúc bằng dấu %q; tiêu đề của mục đánh số La Mã đứng riêng một dòng, không có dấu ở cuối", "the section title %q ends with %q; a section title numbered in Roman numerals stands on its line with no mark after it", m.written+m.mark, m.mark),
			diag.Msg("bỏ dấu %q, viết %q", "drop the %q: write %q", m.mark, m.written))
	}
}
