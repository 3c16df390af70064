package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// A document cited by its kind and a bare figure, with no "số", no ký
// hiệu and no date ("thực hiện Chỉ thị 15 của Thủ tướng Chính phủ",
// "theo quy định của Nghị định 210"), gives at its first mention none of
// what Phụ lục I, Mục II, khoản 6, điểm b asks; a later short mention of
// a document cited in full ("Nghị định 210" after "Nghị định số
// 210/2013/NĐ-CP") is lawful.

// bareFigureKinds are the kinds of document cited by a figure alone. A
// programme's or a law's name may hold a figure ("Chương trình 135").
var bareFigureKinds = []string{"Nghị định", "Chỉ thị", "Quyết định", "Thông tư", "Nghị quyết", "Công văn", "Kế hoạch", "Thông báo"}

// bareFigureLeads are bareFigureKinds, each with the space after it.
var bareFigureLeads = func() []string {
	out := make([]string, len(bareFigureKinds))
	for i, k := range bareFigureKinds {
		out[i] = k + " "
	}
	return out
}()

// bareFigureLits are bareFigureLeads as literals, for the text index to
// tell a text that lacks one.
var bareFigureLits = newLiterals(bareFigureLeads...)

// bareFigureCitations reports, for citation-first-mention, the first
// mention of a document by its kind and a bare figure, once a figure,
// where the notice does not write the figure with a code elsewhere. A
// year ("Kế hoạch 2025") is no number.
func bareFigureCitations(p *Pass, seen map[string]bool) {
	for _, seg := range p.View.bodySegs() {
		text := seg.Text
		if !p.View.holdsDigit(text) {
			continue // a bare figure is digits
		}
		x := p.View.index(text)
		for k, kind := range bareFigureKinds {
			if !x.mayHold(bareFigureLits[k]) {
				continue
			}
			for from := 0; ; {
				i := indexLit(text[from:], bareFigureLeads[k])
				if i < 0 {
					break
				}
				at := from + i
				from = at + len(kind)
				num, ok := bareFigure(text[at+len(kind)+1:])
				if !ok || at > 0 && !wordBoundaryBefore(text, at) {
					continue
				}
				doc := kind + " " + num
				if seen[doc] || quoted(text, at) || codedElsewhere(p.View, num) {
					continue
				}
				seen[doc] = true
				p.Report(seg, at, diag.Msg("%s được viện dẫn bằng con số, không ghi chữ \"số\", ký hiệu và ngày ban hành", "%s is cited by a figure, without \"số\", its ký hiệu and its date", doc),
					diag.Msg("ghi đủ ở lần đầu: %s số %s/..., ngày ... của ...", "cite it in full at its first mention: %s số %s/..., ngày ... của ...", kind, num))
			}
		}
	}
}

// bareFigure reads the figure that s starts with, of one to four digits,
// that no code, date or other figure goes on from ("15 của", "210 báo
// cáo", "210."), even after a space ("15 - QĐ/UBND"), and that is no
// year nor a count of years ("Kế hoạch 5 năm").
func bareFigure(s string) (string, bool) {
	n := 0
	for n < len(s) && n < 5 && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 4 {
		return "", false
	}
	if n < len(s) {
		switch c := s[n]; {
		case c == '/' || c == '-' || c == ':':
			return "", false
		case (c == '.' || c == ',') && n+1 < len(s) && isDigit(s[n+1]):
			return "", false
		case c != ' ' && c != '.' && c != ',' && c != ';' && c != ')':
			return "", false
		}
	}
	rest := strings.TrimLeft(s[n:], " ")
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "/") {
		return "", false // a code spaced from its figure ("15 – TB/HNDTW"): citation-code-space's
	}
	if y, ok := strings.CutPrefix(rest, "năm"); ok && (y == "" || y[0] != ' ' || !startsDigit(strings.TrimLeft(y, " "))) {
		return "", false // "Kế hoạch 5 năm (2021 - 2025)": a count of years, no number; "Nghị định 30 năm 2020" is one
	}
	if v, _ := strconv.Atoi(s[:n]); n == 4 && v >= 1900 && v <= 2100 {
		return "", false
	}
	return s[:n], true
}

// wordBoundaryBefore reports whether byte at of s starts a word.
func wordBoundaryBefore(s string, at int) bool {
	c := s[at-1]
	return c == ' ' || c == '(' || c == '"' || c == '\t' || strings.HasSuffix(s[:at], "“")
}

// startsDigit reports whether s opens with a figure.
func startsDigit(s string) bool { return s != "" && isDigit(s[0]) }
