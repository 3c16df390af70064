package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A copy the search service cut tells it in two ways the text itself
// shows, and in no other: it ends mid-word, or its signature stops at the
// authority line. A copy that stops after a whole sentence cannot be told
// from a post that ends there, and is judged as written.

// cutWord returns where a cut copy's body breaks off, and how: a body
// that ends on the first letters of a word ("... của Luật Tiếp c",
// "... bằng phươ"), on an opening bracket or quotation mark ("... ngày
// 02/12/2023 ("), or on a word that never ends a sentence ("... nhân
// dân trong và ngoài"), with no mark after it and nothing of the end
// block below. A Vietnamese word has a vowel, and a syllable whose vowels
// are "iê", "yê", "uô" or "ươ" has a final sound: a run of one to three
// small consonants after a word, or such vowels with nothing after them,
// is no word but the start of one. A unit glued to a number ("195.000đ")
// or after one ("500 m") is not this.
func cutWord(v *View) (*Seg, int, bool) {
	s, off, kind := cutEnd(v)
	return s, off, kind != cutNone
}

// cutKind tells how a cut copy's body breaks off.
type cutKind int

const (
	cutNone      cutKind = iota
	cutMidWord           // "... Luật Tiếp c"
	cutOpenMark          // "... ngày 02/12/2023 ("
	cutDangling          // "... trong và ngoài"
	cutBareMark          // a last point "- " with no words
	cutShortWord         // "... hộ cận nghè", where "hộ cận nghèo" stands above
	cutNamePart          // "... Chủ tịch Ủy ban nhân", "... do Đại" with "Đại hội" above
	cutAnnounce          // "... thực hiện tốt một số nội dung", the points it announces gone
)

func cutEnd(v *View) (*Seg, int, cutKind) {
	if v.FromTOML || len(v.Body) == 0 || len(v.Recips) > 0 || len(v.Signer) > 0 || v.Name != nil || v.Archive != nil || len(v.Appendix) > 0 {
		return nil, 0, cutNone
	}
	s := &v.Body[len(v.Body)-1]
	text := strings.TrimRight(s.Text, " \t")
	if s.Marker != "" && strings.TrimSpace(text) == s.Marker {
		return s, strings.Index(s.Text, s.Marker), cutBareMark // "- ", the words the cut took
	}
	if r, w := utf8.DecodeLastRuneInString(text); strings.ContainsRune("([“", r) && len(text) > w {
		return s, len(text) - w, cutOpenMark
	}
	sp := strings.LastIndexByte(text, ' ')
	if sp <= 0 {
		return nil, 0, cutNone
	}
	w := text[sp+1:]
	r, _ := utf8.DecodeLastRuneInString(text[:sp])
	if at := namePartEnd(v, text); at >= 0 {
		return s, at, cutNamePart
	}
	if r == ',' && startAfterComma(text[:sp-1], w) {
		return s, sp + 1, cutMidWord // "... giai đoạn 2016 - 2020, g"
	}
	if before, ok := afterEllipsis(text[:sp]); ok && startAfterComma(before, w) {
		return s, sp + 1, cutMidWord // "... đám tiệc, liên hoan... đ"
	}
	if codeCut(w) {
		return s, sp + 1, cutMidWord // "... sinh viên các lớp Khóa QH-", "... Ngày 08/7/"
	}
	if loneCapital(text[:sp], w) {
		return s, sp + 1, cutMidWord // "... Chủ tịch H"
	}
	if !isLetter(r) || !allLower(w) {
		return nil, 0, cutNone
	}
	if at := danglingEnd(text); at >= 0 {
		return s, at, cutDangling
	}
	if at := announceEnd(text); at >= 0 {
		return s, at, cutAnnounce // lead-in words with no mark: the body lost what they announced, as a post that carries only a document's opening does
	}
	if n := utf8.RuneCountInString(w); (n == 0 || n > 3 || hasVowel(w)) && !openVowels(w) && !openAA(w) {
		if at := shortOfAbove(v, text); at >= 0 {
			return s, at, cutShortWord
		}
		return nil, 0, cutNone
	}
	return s, sp + 1, cutMidWord
}

// startAfterComma reports whether w, the last word of a body after a
// comma, is the start of a word and no word: one to three small
// consonants, or vowels a syllable never ends on ("..., g", "..., tiê").
// A point's letter after another ("điểm a, b", "các điểm c, d") is a
// word: the word before the comma is a letter of its own there.
func startAfterComma(before, w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 0 || !allLower(w) || !(n <= 3 && !hasVowel(w) || openVowels(w)) {
		return false
	}
	prev := lastWord(before)
	return utf8.RuneCountInString(prev) > 1
}

// afterEllipsis returns text without the ellipsis it ends on ("...",
// "…"), and whether it ended on one: a word broken after an ellipsis is
// the start of the next sentence's word, cut as after a comma.
func afterEllipsis(text string) (string, bool) {
	for _, e := range []string{"...", "…"} {
		if t, ok := strings.CutSuffix(text, e); ok {
			return t, true
		}
	}
	return text, false
}

// shortOfAbove reports whether the last word of text, a word of its own
// ("nghè"), is the start of a longer word that the body writes above
// after the same two words ("hộ cận nghèo"): the copy was cut inside the
// word, and what is left of it happens to be a syllable. It returns where
// the three words start, which a rule may read as a slip of the longer
// phrase; -1 when the word is not so.
func shortOfAbove(v *View, text string) int {
	ws := wordsWithOffsets(text)
	n := len(ws)
	if n < 3 || ws[n-1].end != len(text) || !spaced(text, ws[n-3].end, ws[n-2].off) || !spaced(text, ws[n-2].end, ws[n-1].off) {
		return -1
	}
	a, b, w := ws[n-3].text, ws[n-2].text, ws[n-1].text
	for k := range v.Body {
		t := v.Body[k].Text
		if k == len(v.Body)-1 {
			t = text[:ws[n-3].off]
		}
		if !strings.Contains(t, a+" "+b+" "+w) {
			continue
		}
		xs := wordsWithOffsets(t)
		for i := 2; i < len(xs); i++ {
			if xs[i].text != w && strings.HasPrefix(xs[i].text, w) && xs[i-1].text == b && xs[i-2].text == a && spaced(t, xs[i-2].end, xs[i-1].off) && spaced(t, xs[i-1].end, xs[i].off) {
				return ws[n-3].off
			}
		}
	}
	return -1
}

// namePartEnd is where the words that start a name and stop short of
// its end start, or -1: the last three words or more are the start of an
// official name the checker knows and not the whole of one ("Chủ tịch Ủy
// ban nhân", of "Chủ tịch Ủy ban nhân dân"), or the last word is a
// capital after a word in small letters that the body above writes
// only as the first word of a longer name ("do Đại", where "Đại hội"
// stands above and "Đại" never alone). A sentence never ends there.
func namePartEnd(v *View, text string) int {
	toks := tokenize(text)
	n := len(toks)
	if n < 2 || toks[n-1].end != len(text) || toks[n-1].text == "," {
		return -1
	}
	for k := max(0, n-8); k+3 <= n; k++ {
		if toks[k].upper && strictNameStart(toks[k:]) {
			return toks[k].off
		}
	}
	last, prev := toks[n-1], toks[n-2]
	lw, pw := text[last.off:last.end], text[prev.off:prev.end]
	if !last.upper || utf8.RuneCountInString(lw) < 2 || !allLower(pw) || prev.end+1 != last.off || text[prev.end] != ' ' {
		return -1
	}
	if startsNameAbove(v, text[:last.off], lw) {
		return last.off
	}
	return -1
}

// strictNameStart reports whether toks, words without commas, begin an
// official name and are not the whole of it.
func strictNameStart(toks []token) bool {
	for _, t := range toks {
		if t.text == "," {
			return false
		}
	}
	for _, name := range officialNames()[toks[0].text] {
		if len(name) > len(toks) && sameTokens(name[:len(toks)], toks) {
			return true
		}
	}
	return false
}

// startsNameAbove reports whether the body's text before the cut (the
// last paragraph's up to its last word, and the paragraphs above) writes
// w, a capitalised word, at least once and always followed by another
// word in the same name: a space and a letter.
func startsNameAbove(v *View, lastText, w string) bool {
	seen := false
	for k := range v.Body {
		t := v.Body[k].Text
		if k == len(v.Body)-1 {
			t = lastText
		}
		for i := 0; ; {
			j := strings.Index(t[i:], w)
			if j < 0 {
				break
			}
			at, rest := i+j, t[i+j+len(w):]
			i = at + len(w)
			if r, _ := utf8.DecodeLastRuneInString(t[:at]); at > 0 && isLetter(r) {
				continue // the end of another word
			}
			next, _ := utf8.DecodeRuneInString(rest)
			switch {
			case rest != "" && isLetter(next):
				continue // the start of a longer word
			case len(rest) > 1 && next == ' ':
				if r, _ := utf8.DecodeRuneInString(rest[1:]); isLetter(r) {
					seen = true // "Đại hội"
					continue
				}
			}
			if rest == "" || !unicode.IsDigit(next) && next != ' ' {
				return false // "Đại" standing alone, or ending a name: "Đại."
			}
		}
	}
	return seen
}

// openVowels reports whether w ends on the vowels "iê", "yê", "uô" or
// "ươ", whatever their tone: a syllable never ends there ("tiên",
// "thuốc", "phương").
func openVowels(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	bare := func(r rune) rune {
		if x := letterTone(r); x.bare != 0 {
			return x.bare
		}
		return r
	}
	switch pair := string([]rune{bare(rs[len(rs)-2]), bare(rs[len(rs)-1])}); pair {
	case "iê", "yê", "uô", "ươ":
		return true
	}
	return false
}

// openAA reports whether w ends on "ă" or "â", whatever its tone: a
// syllable with them always has a final sound ("cầu", "năm"), so "Yêu
// cầ" is the start of a word the cut took the rest of.
func openAA(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if x := letterTone(r); x.bare != 0 {
		r = x.bare
	}
	return r == 'ă' || r == 'â'
}

// codeCut reports whether w, the last word of a body, is a code a cut
// broke at its hyphen ("QH-", of "QH-2017"): letters or figures and a
// hyphen after them, which no sentence ends on; or a date or number a
// cut broke at its slash ("08/7/", of "08/7/2021"): a figure and a slash
// after it.
func codeCut(w string) bool {
	if head, ok := strings.CutSuffix(w, "/"); ok && head != "" {
		r, _ := utf8.DecodeLastRuneInString(head)
		return unicode.IsDigit(r)
	}
	head, ok := strings.CutSuffix(w, "-")
	if !ok || head == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return isLetter(r) || unicode.IsDigit(r)
}

// labelNouns name things told apart by a capital letter ("phụ lục A",
// "khối B", "nhóm C"): a sentence may end on the letter after them.
var labelNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"điểm": true, "mục": true, "khoản": true, "lục": true, "loại": true, "nhóm": true, "khối": true, "hạng": true, "khu": true, "lớp": true,
		"tòa": true, "toà": true, "nhà": true, "phòng": true, "dãy": true, "cấp": true, "bậc": true, "tầng": true, "kiểu": true, "mẫu": true, "án": true, "ban": true, "tổ": true, "đội": true,
		"bảng": true, "hình": true, "biểu": true, "vùng": true, "tuyến": true, "ô": true, "số": true, "vitamin": true, "ca": true, "kíp": true, "đề": true, "cột": true, "hàng": true, "trục": true, "giai": true, "đoạn": true, "chữ": true}
})

// loneCapital reports whether w, the last word of a body, is one capital
// letter after a word in small letters that names no label ("Chủ tịch
// H", of "Chủ tịch HĐND"): the first letter of a name or a code the cut
// took the rest of.
func loneCapital(before, w string) bool {
	if utf8.RuneCountInString(w) != 1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	prev := lastWord(before)
	return utf8.RuneCountInString(prev) > 1 && allLower(prev) && !labelNouns()[prev]
}

// danglingWords never end a Vietnamese sentence: a conjunction, "của",
// a plural word, or a preposition that always takes its noun.
var danglingWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"và": true, "hoặc": true, "của": true, "các": true, "những": true, "mọi": true, "tại": true, "với": true}
})

// pairedPlaces take their noun after a pair ("trong và ngoài tỉnh",
// "trước và sau Tết"): the pair ending a sentence lost its noun.
var pairedPlaces = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"trong": true, "ngoài": true, "trước": true, "sau": true, "trên": true, "dưới": true}
})

// danglingEnd is where the words that cannot end text start ("và",
// "trong và ngoài"), or -1.
func danglingEnd(text string) int {
	ws := wordsWithOffsets(text)
	n := len(ws)
	if n < 2 || ws[n-1].end != len(text) {
		return -1
	}
	last := ws[n-1]
	if danglingWords()[last.text] {
		return last.off
	}
	if n >= 3 && pairedPlaces()[last.text] && (ws[n-2].text == "và" || ws[n-2].text == "hoặc") && pairedPlaces()[ws[n-3].text] {
		return ws[n-3].off
	}
	return -1
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

// inCutSentence reports whether pos falls in the sentence a cut copy's
// body breaks off in, before the broken word: what that sentence cites
// runs on past the cut ("Chương trình số 01-CTr/TU ngày 19/11/2021 ...
// về th"), so a rule that compares a citation's subject with another's
// has only its start to judge.
func inCutSentence(v *View, pos diag.Pos) bool {
	s, off, ok := cutWord(v)
	if !ok {
		return false
	}
	start := 0
	for _, mark := range []string{". ", "; "} {
		if i := strings.LastIndex(s.Text[:off], mark); i >= 0 && i+len(mark) > start {
			start = i + len(mark)
		}
	}
	from, to := s.PosAt(start), s.PosAt(off)
	return pos.Path == to.Path && !posBefore(pos, from) && posBefore(pos, to)
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

// cutWordEnd says once, for required, that the copy breaks off, in
// place of the end block's absence: what the cut took is not in the text.
func cutWordEnd(p *Pass) bool {
	s, off, kind := cutEnd(p.View)
	if kind == cutNone {
		return false
	}
	var msg diag.Text
	switch kind {
	case cutOpenMark:
		msg = diag.Msg("văn bản dừng ngay sau dấu mở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops right after an opening \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", s.Text[off:off+utf8.RuneLen([]rune(s.Text[off:])[0])])
	case cutBareMark:
		msg = diag.Msg("văn bản dừng ở mục \"%s\" chưa có chữ nào: bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops at a point \"%s\" with no words yet: this copy may have been cut; its end (Nơi nhận, signature) was not found", s.Marker)
	case cutShortWord:
		msg = diag.Msg("văn bản dừng giữa chừng ở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops mid-word at \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[off:]))
	case cutNamePart:
		msg = diag.Msg("văn bản dừng giữa tên ở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops inside a name at \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[off:]))
	case cutAnnounce:
		msg = diag.Msg("văn bản dừng ở \"%s\", chưa có nội dung được nêu: bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops at \"%s\" before what it announces: this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[off:]))
	case cutDangling:
		msg = diag.Msg("văn bản dừng giữa câu ở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops mid-sentence at \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[off:]))
	default:
		msg = diag.Msg("văn bản dừng giữa chừng ở \"%s\": bản này có thể đã bị cắt; không tìm thấy phần cuối (nơi nhận, phần ký)", "the text stops mid-word at \"%s\": this copy may have been cut; its end (Nơi nhận, signature) was not found", strings.TrimSpace(s.Text[max(0, strings.LastIndexByte(s.Text[:off-1], ' ')+1):]))
	}
	p.Report(s, off, msg, diag.Msg("đối chiếu bản gốc và kiểm tra lại toàn văn, phần cuối theo Mẫu 1.4 Phụ lục III", "compare with the original and check the whole text, its end as in Mẫu 1.4 of Phụ lục III"))
	return true
}
