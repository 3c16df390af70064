package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// nationName is the Quốc hiệu; "HOÀ" for "HÒA" is the same word (Fold).
const nationName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

// mottoText is the Tiêu ngữ: hyphens with a space on each side.
const mottoText = "Độc lập - Tự do - Hạnh phúc"

// dashes are the marks typed for the hyphen of the Tiêu ngữ: en dash, em
// dash, minus, non-breaking hyphen.
const dashes = "–—−‑"

func motto(p *Pass) {
	mottoMissing(p)
	for i := range p.View.Header {
		s := &p.View.Header[i]
		f := cite.Fold(s.Text)
		if mottoLine(f) && s.Text != mottoText {
			if strings.EqualFold(s.Text, mottoText) && p.View.allCapsFormat(s) {
				// the Tiêu ngữ typed right, printed in capitals by Word's All Caps: the fix turns it off
				p.Report(s, 0, diag.Msg("Tiêu ngữ hiện chữ hoa toàn bộ; chỉ viết hoa chữ cái đầu của mỗi cụm từ", "the Tiêu ngữ shows all in capitals; only the first letter of each phrase takes one"),
					allCapsFix(mottoText))
				continue
			}
			off, msg := mottoFault(s.Text)
			p.Report(s, off, msg)
		}
		switch {
		case !containsLit(f, "xã hội chủ nghĩa") && !nationShaped(s.Text), strings.Index(f, cite.Fold(nationName)) > 0:
			// no Quốc hiệu, or one whole inside a name ("ĐẠI SỨ QUÁN
			// NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI NHẬT BẢN")
		case strings.IndexFunc(s.Text, unicode.IsLower) >= 0:
			p.Report(s, 0, diag.Msg("Quốc hiệu phải viết hoa toàn bộ", "the Quốc hiệu must be all in capitals"))
		case cite.Fold(s.Text) != cite.Fold(nationName):
			off, got, want := wordDiff(s.Text, nationName)
			p.Report(s, off, diag.Msg("Quốc hiệu viết %q ở chỗ %q", "the Quốc hiệu has %q where %q belongs", got, want))
		}
	}
}

// mottoLine reports whether a header's line, folded, is the Tiêu ngữ
// however misspelt in its last word: "Độc lập" with "Hạnh phúc", or
// with "Tự do" and a last word slipped ("Hạnh phức", "Hạnh phuc"). A
// line of "Độc lập - Tự do -" alone, the motto broken over two lines,
// is none.
func mottoLine(f string) bool {
	if !containsLit(f, "độc lập") {
		return false
	}
	return containsLit(f, "hạnh phúc") || containsLit(f, "tự do") && (containsLit(f, "hạnh ph") || containsLit(f, " phúc"))
}

// nationShaped reports whether a header's line is a Quốc hiệu however
// misspelt inside: it opens with "CỘNG HÒA" and closes with "VIỆT NAM".
// An issuer's name holding both elsewhere ("ĐẠI SỨ QUÁN CỘNG HÒA PHÁP TẠI
// VIỆT NAM", "HỘI HỮU NGHỊ VIỆT NAM - CỘNG HÒA SÉC") is no Quốc hiệu.
func nationShaped(line string) bool {
	w := strings.Fields(line)
	n := len(w)
	return n >= 4 && cite.Fold(w[0]+" "+w[1]) == cite.Fold("cộng hòa") && cite.Fold(w[n-2]+" "+w[n-1]) == cite.Fold("việt nam")
}

// mottoFault says what differs in a Tiêu ngữ: the dash typed, the spaces
// around it, or a word.
func mottoFault(s string) (int, diag.Text) {
	if i := strings.IndexAny(s, dashes); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return i, diag.Msg("Tiêu ngữ gõ dấu %q (gạch dài) thay cho dấu gạch nối \"-\"", "the Tiêu ngữ has %q (a long dash) where the hyphen \"-\" belongs", string(r))
	}
	if strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " - ")), " ") == mottoText {
		i := strings.Index(s, "-")
		return max(0, i), diag.Msg("Tiêu ngữ thiếu dấu cách hai bên dấu gạch nối", "the Tiêu ngữ lacks a space on each side of a hyphen")
	}
	off, got, want := wordDiff(s, mottoText)
	return off, diag.Msg("Tiêu ngữ viết %q ở chỗ %q", "the Tiêu ngữ has %q where %q belongs", got, want)
}

// wordDiff returns the first word of got that differs from want's word at
// the same place (marks, case, a dash typed apart), where it is, and the
// word wanted. The Quốc hiệu may place its mark either way ("HOÀ").
func wordDiff(got, want string) (int, string, string) {
	gw, ww := fieldsAt(got), strings.Fields(want)
	for i, w := range gw {
		if i >= len(ww) {
			return w.off, w.text, ""
		}
		if w.text != ww[i] && !(cite.Fold(w.text) == cite.Fold(ww[i]) && strings.ToUpper(w.text) == w.text && strings.ToUpper(ww[i]) == ww[i]) {
			return w.off, w.text, ww[i]
		}
	}
	if len(gw) < len(ww) {
		return max(0, len(got)-1), "", ww[len(gw)]
	}
	return 0, got, want
}

// fieldsAt splits s at white space, each field with its offset.
func fieldsAt(s string) []wordAt {
	var out []wordAt
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, wordAt{s[start:i], start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, wordAt{s[start:], start, len(s)})
	}
	return out
}
