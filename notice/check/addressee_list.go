package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "addressee-list", Severity: diag.Warning, Ref: diag.RefNoiNhan, Run: addresseeList,
		Title: diag.Msg("dòng \"Kính gửi\": một nơi nhận viết liền sau dấu hai chấm; từ hai nơi trở lên mỗi nơi một dòng, đầu dòng gạch ngang, cuối dòng dấu \";\", dòng cuối dấu \".\"",
			"the \"Kính gửi\" line: one addressee right after the colon; two or more, one a line, each opened by a dash and ended by \";\", the last by \".\""),
		Help: diag.Msg("trình bày phần \"Kính gửi\" theo Phụ lục I, Mục II, khoản 9, điểm d", "lay the \"Kính gửi\" out as Phụ lục I, Mục II, khoản 9, điểm d says")})
}

// addresseeItem is one addressee of a "Kính gửi" list: where its dash
// stands in its text, and the text.
type addresseeItem struct {
	seg  *Seg
	dash int // the offset of the dash in seg.Text
	text string
}

// addresseeList checks the marks of a "Kính gửi" list (Phụ lục I, Mục
// II, khoản 9, điểm d): one addressee stands on the line of "Kính gửi:"
// with no dash; two or more go one a line, each opened by a dash and
// ended by ";", the last by ".". A copy from a web page that parted the
// lines by blank ones reads the addressees after the first as the first
// paragraphs of the body: the dashed paragraphs that open the body are
// read with the list. A "Kính gửi:" that names nobody, the body under it,
// is said too (blankAddressee).
func addresseeList(p *Pass) {
	a := p.View.Addressee
	if a == nil || p.View.FromTOML {
		return
	}
	if blankAddressee(p, a) { // addressee_blank.go
		return
	}
	items := addresseeItems(a)
	if len(items) == 0 {
		return // "Kính gửi: Sở Tư pháp", or "Kính gửi:" over the addressee's line
	}
	for i := range p.View.Body {
		b := &p.View.Body[i]
		if !dashAt(b.Text, 0) {
			break
		}
		items = append(items, addresseeItem{seg: b, dash: len(b.Text) - len(strings.TrimLeft(b.Text, " \u00a0")), text: b.Text})
	}
	if len(items) == 1 {
		it := items[0]
		p.Report(it.seg, it.dash, diag.Msg("gửi một nơi nhận mà đặt gạch đầu dòng: %q", "one addressee set after a dash: %q", strings.TrimSpace(it.text)),
			diag.Msg("viết tên nơi nhận ngay sau \"Kính gửi:\", trên cùng một dòng, không gạch đầu dòng", "write the addressee right after \"Kính gửi:\", on the same line, with no dash"))
		return
	}
	for k, it := range items {
		body := strings.TrimRight(it.text, " \u00a0\t")
		last, _ := utf8.DecodeLastRuneInString(body)
		want, name := ';', diag.Msg("dấu chấm phẩy (;)", "a semicolon")
		if k == len(items)-1 {
			want, name = '.', diag.Msg("dấu chấm (.)", "a period")
		}
		if last == want {
			continue
		}
		p.Report(it.seg, it.dash, diag.Msg("nơi nhận %q ở phần \"Kính gửi\" không kết thúc bằng %s", "the addressee %q under \"Kính gửi\" does not end with %s", strings.TrimSpace(body), name),
			diag.Msg("mỗi dòng nơi nhận kết thúc bằng dấu \";\", dòng cuối cùng bằng dấu \".\"", "end each addressee's line with \";\", the last with \".\""))
	}
}

// addresseeItems splits the "Kính gửi" paragraph into its dashed
// addressees: a dash that opens the text after "Kính gửi:" or a line of
// the paragraph (a dash inside a line is a name's: "Đài Phát thanh -
// Truyền hình"). None when the addressee follows the colon with no dash.
func addresseeItems(a *Seg) []addresseeItem {
	s := a.Text
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return nil
	}
	start := colon + 1
	for start < len(s) && (s[start] == ' ' || s[start] == '\t') {
		start++
	}
	if !dashAt(s, start) {
		return nil
	}
	var items []addresseeItem
	from := start
	for i := start + 1; i < len(s); i++ {
		if s[i-1] == ' ' && (strings.HasPrefix(s[i:], "- ") || strings.HasPrefix(s[i:], "– ")) && a.PosAt(i).Line > a.PosAt(lastNonSpace(s, i)).Line {
			items = append(items, addresseeItem{seg: a, dash: from, text: s[from:i]})
			from = i
		}
	}
	return append(items, addresseeItem{seg: a, dash: from, text: s[from:]})
}

// dashAt reports whether a list dash ("-", "–") followed by a space
// stands at byte i of s, spaces before it skipped.
func dashAt(s string, i int) bool {
	s = strings.TrimLeft(s[i:], " \u00a0\t")
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "– ")
}

// lastNonSpace is the offset of the last byte before i that is no space.
func lastNonSpace(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return max(0, i-1)
}
