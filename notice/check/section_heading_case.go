package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "section-caps", Severity: diag.Warning, Ref: diag.RefPartsB, Run: sectionCaps,
		Title: diag.Msg("tiêu đề mục đánh số La Mã viết bằng chữ in hoa", "a section numbered in Roman numerals has its title in capitals"),
		Help:  diag.Msg("viết \"I. MỤC ĐÍCH, YÊU CẦU\", không viết \"I. Mục đích, yêu cầu\"", "write \"I. MỤC ĐÍCH, YÊU CẦU\", not \"I. Mục đích, yêu cầu\"")})
}

// romanHeadingRe is a paragraph numbered by a Roman numeral and a full
// stop, its title after it: "II. Lịch tuyển sinh và chỉ tiêu tuyển sinh",
// "I. Hình thức thi tuyển:". "V/v" has no full stop and is no section. A
// list of mục goes on past "X." ("XI.", "XII." ... "XXXIX."): what follows
// "X." is the same list's next heading, not a new list.
var romanHeadingRe = lazyre.New(`^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s*(\p{Lu}.*)$`)

// sectionHead is a section's heading: its number, its title and where
// the title begins in the paragraph.
type sectionHead struct {
	seg        *Seg
	num, title string
	off        int
}

// sectionTitleWords bound a section's title: longer, the paragraph is a
// point's sentence numbered with a Roman numeral, not a heading.
const sectionTitleWords = 20

// sectionCaps reports the titles of a body's sections numbered "I.",
// "II." ... written in small letters ("I. Quy trình về độ tuổi, hồ sơ"):
// Phụ lục I, Mục II, khoản 6, điểm đ sets a mục's number in Roman
// numerals and its title in capitals ("I. NHỮNG KẾT QUẢ ..."). Only a
// body whose Roman numbering starts at "I." is read; a title is what
// stands before its colon, of at most twenty words, with no full stop
// (a paragraph closed by one is a sentence), most of its letters small.
// Tables, appendices and TOML sources (whose titles the renderer sets in
// capitals) are left. A title in capitals closed by ":" or "." is said
// too (markedTitle, section_heading_mark.go): the mục's title stands with
// no mark after it.
func sectionCaps(p *Pass) {
	if p.View.FromTOML {
		return // a TOML part's title is set in capitals when it is rendered
	}
	var heads []sectionHead
	var marks []sectionMark // section_heading_mark.go
	hasFirst := false
	for _, seg := range p.View.bodySegs() {
		if seg.Role == RoleCell {
			continue
		}
		t := strings.TrimSpace(seg.Text)
		m := romanHeadingRe().FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		num, rest := t[m[2]:m[3]], t[m[4]:m[5]]
		if num == "" {
			continue // ". Text": a stop, no number
		}
		hasFirst = hasFirst || num == "I"
		if title, mark, ok := markedTitle(rest); ok {
			off := titleOff(seg.Text, rest)
			marks = append(marks, sectionMark{seg, num + ". " + title, mark, off + strings.LastIndex(seg.Text[off:], mark)})
			continue
		}
		title, _, colon := strings.Cut(rest, ":")
		title = strings.TrimSpace(title)
		if !colon && strings.HasSuffix(title, ".") {
			continue // "III. Thí sinh có mặt tại ...": a sentence, no title
		}
		if !smallTitle(title) {
			continue
		}
		heads = append(heads, sectionHead{seg, num, title, titleOff(seg.Text, rest)})
	}
	if !hasFirst {
		return
	}
	reportSectionMarks(p, marks)
	for _, h := range heads {
		written := h.num + ". " + h.title
		p.Report(h.seg, h.off, diag.Msg("tiêu đề mục %q viết bằng chữ in thường; tiêu đề của mục đánh số La Mã viết bằng chữ in hoa", "the section title %q is in small letters; a section numbered in Roman numerals has its title in capitals", written),
			diag.Msg("viết %q", "write %q", h.num+". "+strings.ToUpper(h.title)))
	}
}

// smallTitle reports whether title reads as a section's title in small
// letters: a few words, no sentence stop inside, most letters small.
func smallTitle(title string) bool {
	if title == "" || strings.ContainsAny(title, ".;!?") || len(strings.Fields(title)) > sectionTitleWords {
		return false
	}
	lower, upper := 0, 0
	for _, r := range title {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower > 2*upper
}

// titleOff returns the offset in text of the title rest ends with: where
// a reading joined a number on a line of its own ("III.") to its title on
// the next, the finding stands on the title's line.
func titleOff(text, rest string) int {
	if i := strings.LastIndex(text, rest); i >= 0 {
		return i
	}
	return 0
}
