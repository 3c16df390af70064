package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// lopsidedHyphen reports a hyphen between two words glued to the word
// before it and spaced from the word after ("tổ chức chính trị- xã hội"):
// a compound is written with its hyphen close on both sides or spaced on
// both ("chính trị - xã hội"). A dash after the paragraph's first word is
// a list mark ("a- Nội dung"); a code ("376/QĐ- BTP") is citation-code-space's,
// a range of figures or dates ("18/10/2017- 8/11/2017") is this rule's
// (range-sign's when "từ" opens it: rangeSaid), and a word the notice writes closed elsewhere ("các- bon" beside
// "các-bon") name-spelling's.
func lopsidedHyphen(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := indexLit(text[from:], "- ")
		if i < 0 {
			return
		}
		at := from + i
		from = at + 2
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[at+2:])
		tok := strings.TrimLeft(text[strings.LastIndexByte(text[:at], ' ')+1:at], "([“\"")                     // "(02/9/1945- 02/9/2019)"
		figures := unicode.IsDigit(before) && unicode.IsDigit(after) && strings.Trim(tok, "0123456789/") == "" // "2016- 2020", "18/10/2017- 8/11/2017"
		if !figures && (!isLetter(before) || !isLetter(after)) || !strings.Contains(strings.TrimSpace(text[:at]), " ") {
			continue
		}
		w, next := wordBefore(text, at), lettersAhead(text[at+2:])
		if figures {
			w, next = tok, text[at+2:at+2+len(text[at+2:])-len(strings.TrimLeft(text[at+2:], "0123456789/"))]
		}
		if !figures && strings.Contains(tok, "/") || writtenClosed(p.View, w+"-"+next) || rangeSaid(p, seg, at) {
			continue
		}
		p.Report(seg, at, diag.Msg("dấu gạch nối sau %q có dấu cách một bên", "the hyphen after %q has a space on one side only", w),
			diag.Msg("viết dấu gạch nối liền cả hai bên hoặc cách cả hai bên, như %q", "close the hyphen up on both sides or space it on both, as %q", w+" - "+next))
	}
}

// hyphenGluedAfter reports a hyphen between two words spaced from the
// word before it and glued to the word after ("P. Tân Bình -TP. Đồng
// Xoài"), lopsidedHyphen's mirror. A hyphen before a figure ("Covid
// -19") is name-spelling's, one in a code ("376/KH -CĐ")
// citation-code-space's, and one that opens a paragraph a list mark.
func hyphenGluedAfter(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := indexLit(text[from:], " -")
		if i < 0 {
			return
		}
		at := from + i + 1 // the hyphen
		from = at + 1
		before, _ := utf8.DecodeLastRuneInString(text[:at-1])
		after, _ := utf8.DecodeRuneInString(text[at+1:])
		if strings.TrimSpace(text[:at-1]) == "" {
			continue
		}
		if w, next, ok := figureRange(text, at); ok {
			if rangeSaid(p, seg, at) {
				continue
			}
			p.Report(seg, at, diag.Msg("dấu gạch nối trước %q có dấu cách một bên", "the hyphen before %q has a space on one side only", next),
				diag.Msg("viết dấu gạch nối liền cả hai bên hoặc cách cả hai bên, như %q", "close the hyphen up on both sides or space it on both, as %q", w+" - "+next))
			continue
		}
		if !isLetter(before) || !isLetter(after) {
			continue
		}
		w, next := wordBefore(text, at-1), lettersAhead(text[at+1:])
		if tok := text[strings.LastIndexByte(text[:at-1], ' ')+1 : at-1]; strings.Contains(tok, "/") || writtenClosed(p.View, w+"-"+next) {
			continue // a code ("376/KH -CĐ") is citation-code-space's
		}
		p.Report(seg, at, diag.Msg("dấu gạch nối trước %q có dấu cách một bên", "the hyphen before %q has a space on one side only", next),
			diag.Msg("viết dấu gạch nối liền cả hai bên hoặc cách cả hai bên, như %q", "close the hyphen up on both sides or space it on both, as %q", w+" - "+next))
	}
}

// figureRange reads the hyphen at of text as the mirror of
// lopsidedHyphen's range of figures, spaced from the figure or date
// before it and glued to the one after ("nhiệm kỳ 2021 -2026", "từ
// 18/10/2017 -8/11/2017"), and returns the two.
func figureRange(text string, at int) (w, next string, ok bool) {
	tok := strings.TrimLeft(text[strings.LastIndexByte(text[:at-1], ' ')+1:at-1], "([“\"")
	rest := text[at+1:]
	next = rest[:len(rest)-len(strings.TrimLeft(rest, "0123456789/"))]
	if tok == "" || next == "" || strings.Trim(tok, "0123456789/") != "" || !unicode.IsDigit(rune(tok[len(tok)-1])) || !unicode.IsDigit(rune(next[0])) {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(rest[len(next):]); isLetter(r) {
		return "", "", false // "10 -15A"
	}
	return tok, next, true
}

// rangeSaid reports whether range-sign said the dash at of seg stands
// for "đến" in a span opened with "từ" ("từ ngày 18/10/2017- 8/11/2017"):
// its fix writes "đến" for the dash and its spaces, so the dash is said
// once, by range-sign (said_by.go); with range-sign disabled or silenced
// there, spacing says the space.
func rangeSaid(p *Pass, seg *Seg, at int) bool {
	return p.View.saidBy("range-sign", seg.PosAt(at))
}

// writtenClosed reports whether the notice writes w somewhere.
func writtenClosed(v *View, w string) bool {
	for _, s := range v.textSegs() {
		if strings.Contains(s.Text, w) {
			return true
		}
	}
	return false
}
