package check

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
	"github.com/thongbao/thongbao/notice/plain"
)

func init() {
	register(&Rule{ID: "space-layout", Severity: diag.Info, Ref: diag.Practice, Run: spaceLayout,
		Title: diag.Msg("không căn vị trí bằng dấu cách hay phím Tab", "nothing is positioned with spaces or tabs"),
		Help:  diag.Msg("dùng canh giữa, thụt lề đầu dòng hoặc bảng không viền thay cho dấu cách và Tab; căn bằng dấu cách sẽ lệch khi đổi máy in hay phông", "use centring, a first-line indent or a borderless table instead of spaces and tabs; spacing by hand moves with the printer or the font")})
}

// leadSpaces counts the spaces a Word paragraph starts with, a tab
// counting as four, and reports whether a tab is among them.
func leadSpaces(s string) (n int, tab bool) {
	for _, r := range s {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n, tab = n+4, true
		default:
			return n, tab
		}
	}
	return n, tab
}

// positionedBySpaces: the paragraph was moved into place by typing spaces
// or tabs before it.
func positionedBySpaces(wp *wordPara) bool {
	if len(wp.docs) == 0 {
		return false
	}
	text := wp.docs[0].Text
	if wp.docs[0].Label != nil {
		return false
	}
	n, tab := leadSpaces(text)
	return n >= 3 || tab && strings.TrimSpace(text) != ""
}

// gapInside finds, in a line of the header or the end block, a run of
// spaces or tabs that sets two pieces side by side where a table belongs:
// "SỞ CÔNG THƯƠNG\t\tCỘNG HÒA ...". The blanks of a draft ("Số:      /TB",
// "ngày      tháng") are not that.
func gapInside(s string) int {
	s = strings.TrimRight(s, " \t\u00a0")
	start := len(s) - len(strings.TrimLeft(s, " \t\u00a0"))
	for i := start; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		j := i
		tabs := 0
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			if s[j] == '\t' {
				tabs++
			}
			j++
		}
		if (tabs > 0 || j-i >= 6) && j < len(s) && !draftBlank(s[:i], s[j:]) {
			return i
		}
		i = j
	}
	return -1
}

// draftBlank: the gap is where a draft leaves the number or the day. The
// Word paragraph's text is as typed: "ngày" typed with combining marks is
// read as "ngày" all the same.
func draftBlank(before, after string) bool {
	b := strings.ToLower(strings.TrimSpace(norm.NFC.String(before)))
	a := strings.TrimSpace(norm.NFC.String(after))
	return strings.HasSuffix(b, "số:") || strings.HasSuffix(b, "số") || strings.HasPrefix(a, "/") ||
		strings.HasSuffix(b, "ngày") || strings.HasSuffix(b, "tháng") || strings.HasPrefix(a, "tháng") || strings.HasPrefix(a, "năm")
}

func spaceLayout(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	body := 0
	var firstBody *wordPara
	var pushed, sideBySide []*wordPara
	// Each Word paragraph counts once, by the first paragraph of the
	// reading in it that is an element of the header or the signature: a
	// line of Nơi nhận typed before the signer's title with a tab
	// ("- Sở Tài chính;\tPHÓ GIÁM ĐỐC") counts by the title.
	seen := map[*docx.Paragraph]bool{}
	for i := range w.paras {
		wp := &w.paras[i]
		if len(wp.docs) == 0 || seen[wp.docs[0]] {
			continue
		}
		switch wp.Kind {
		case plain.Header, plain.Title, plain.Subject, plain.Addressee, plain.Signer, plain.Name, plain.Label:
			seen[wp.docs[0]] = true
			if positionedBySpaces(wp) {
				pushed = append(pushed, wp)
			} else if k := gapInside(wp.docs[0].Text); k >= 0 && !(wp.Kind == plain.Addressee && addresseeTab(wp.docs[0].Text, k)) { // layout_addressee_tab.go
				sideBySide = append(sideBySide, wp)
			}
		case plain.Body:
			seen[wp.docs[0]] = true
			if _, tab := leadSpaces(wp.docs[0].Text); tab {
				body++
				if firstBody == nil {
					firstBody = wp
				}
			}
		}
	}
	if len(pushed) > 0 {
		p.Report(&pushed[0].seg, 0, diag.Msg("%d dòng của phần đầu, tên loại, trích yếu, Kính gửi hoặc phần ký được đẩy vào giữa bằng dấu cách hoặc Tab (đầu tiên ở đây)", englishCount(len(pushed), "line of the header, type name, trích yếu, Kính gửi or signature is", "lines of the header, type name, trích yếu, Kính gửi or signature are")+" pushed into place with spaces or tabs (the first here)", len(pushed)))
	}
	if len(sideBySide) > 0 {
		p.Report(&sideBySide[0].seg, 0, diag.Msg("%d dòng đặt hai phần cạnh nhau bằng dấu cách hoặc Tab thay cho bảng (đầu tiên ở đây)", englishCount(len(sideBySide), "line sets", "lines set")+" two pieces side by side with spaces or tabs instead of a table (the first here)", len(sideBySide)))
	}
	if firstBody != nil {
		p.Report(&firstBody.seg, 0, diag.Msg("%d đoạn thụt đầu dòng bằng phím Tab (đầu tiên ở đây)", englishCount(body, "paragraph is", "paragraphs are")+" indented with a tab (the first here)", body),
			diag.Msg("bỏ Tab, đặt thụt lề dòng đầu 1 cm hoặc 1,27 cm (Đoạn văn > Thụt lề > Dòng đầu tiên)", "remove the tab and set a first-line indent of 1 cm or 1.27 cm (Paragraph > Indentation > First line)"))
	}
}

// isUpper: s has letters and none in small letters.
func isUpper(s string) bool {
	letters := false
	for _, r := range s {
		if isLowerRune(r) {
			return false
		}
		letters = letters || isLetter(r)
	}
	return letters
}

// englishCount is the English format of a count and its noun: "%d line
// is" for one, "%d lines are" for more.
func englishCount(n int, one, many string) string {
	if n == 1 {
		return "%d " + one
	}
	return "%d " + many
}
