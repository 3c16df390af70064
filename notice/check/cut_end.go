package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A copy the search service cut tells it in two ways the text itself
// shows, and in no other: it ends mid-word, or its signature stops at the
// authority line. A copy that stops after a whole sentence cannot be told
// from a post that ends there, and is judged as written.

// cutWord returns the broken word a copy ends on, and where it starts: a
// body that ends on the first letters of a word ("... của Luật Tiếp c"),
// with no mark after it and nothing of the end block below. A Vietnamese
// word has a vowel; a run of one to three small consonants after a word
// is no word but the start of one. A unit glued to a number ("195.000đ")
// or after one ("500 m") is not this.
func cutWord(v *View) (*Seg, int, bool) {
	if v.FromTOML || len(v.Body) == 0 || len(v.Recips) > 0 || len(v.Signer) > 0 || v.Name != nil || v.Archive != nil || len(v.Appendix) > 0 {
		return nil, 0, false
	}
	s := &v.Body[len(v.Body)-1]
	text := strings.TrimRight(s.Text, " \t")
	sp := strings.LastIndexByte(text, ' ')
	if sp <= 0 {
		return nil, 0, false
	}
	w := text[sp+1:]
	if n := utf8.RuneCountInString(w); n == 0 || n > 3 || !allLower(w) || hasVowel(w) {
		return nil, 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:sp])
	if !unicode.IsLetter(r) {
		return nil, 0, false
	}
	return s, sp + 1, true
}

// inCutWord reports whether pos falls on the broken word a cut copy ends
// on: no rule judges a word the cut took half of, or says what a point or
// the body ends with there; required says once that the copy is cut.
func inCutWord(v *View, pos diag.Pos) bool {
	s, off, ok := cutWord(v)
	if !ok {
		return false
	}
	at := s.PosAt(off)
	return pos.Path == at.Path && pos.Line == at.Line && pos.Col >= at.Col
}

// signatureCut reports whether the text ends on the signature's authority
// line ("KT. TỔNG GIÁM", "TM. ỦY BAN NHÂN DÂN"), nothing after it: the
// signer's title and name stand under that line in any signed document,
// so the copy lost them (cut by the search service, or dropped by a
// site's rendering), and what stands under the line is not in the text
// to judge.
func signatureCut(v *View) bool {
	n := len(v.Signer)
	if v.FromTOML || n == 0 || v.Name != nil || len(v.Appendix) > 0 {
		return false
	}
	last := &v.Signer[n-1]
	if last.PosAt(0).Line != v.lastLine {
		return false // "(đã ký)" under it: the copy goes on
	}
	m := signerPrefix(strings.ToUpper(strings.TrimSpace(last.Text)))
	return m != nil && m[1] != "Q" // "Q. GIÁM ĐỐC" holds the title
}

// cutWordEnd says once, for required, that the copy ends mid-word, in
// place of the end block's absence: what the cut took is not in the text.
func cutWordEnd(p *Pass) bool {
	s, off, ok := cutWord(p.View)
	if !ok {
		return false
	}
	p.Report(s, off, diag.Msg("văn bản dừng giữa chừng ở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops mid-word at \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[max(0, strings.LastIndexByte(s.Text[:off-1], ' ')+1):])),
		diag.Msg("đối chiếu bản gốc và kiểm tra lại toàn văn, phần cuối theo Mẫu 1.4 Phụ lục III", "compare with the original and check the whole text, its end as in Mẫu 1.4 of Phụ lục III"))
	return true
}
