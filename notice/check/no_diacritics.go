package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "no-diacritics", Severity: diag.Warning, Ref: diag.Practice, Run: noDiacritics,
		Title: diag.Msg("chữ tiếng Việt được gõ có dấu", "Vietnamese is typed with its marks"),
		Help:  diag.Msg("bật bộ gõ tiếng Việt (Unikey, kiểu gõ Telex hoặc VNI) rồi gõ lại đoạn này", "switch the Vietnamese keyboard on (Unikey, Telex or VNI) and type the passage again")})
}

// bareWords are the commonest words of a notice as they look typed with
// the Vietnamese keyboard off: "cua" for "của", "duoc" for "được". Each is
// a word of the prose a notice writes, few are English or French.
var bareWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"cac": true, "cua": true, "va": true, "duoc": true, "nguoi": true, "viec": true, "thuc": true, "hien": true, "ve": true, "tai": true, "voi": true,
		"nhung": true, "trong": true, "theo": true, "cho": true, "nay": true, "de": true, "la": true, "co": true, "cong": true, "tac": true, "quan": true, "ly": true, "nha": true, "nuoc": true,
		"thong": true, "bao": true, "ket": true, "luan": true, "cuoc": true, "hop": true, "ngay": true, "thang": true, "nam": true, "tinh": true, "huyen": true, "xa": true, "uy": true,
		"ban": true, "nhan": true, "dan": true, "don": true, "vi": true, "chu": true, "tich": true, "pho": true, "truong": true, "phong": true, "ke": true, "hoach": true, "trien": true,
		"khai": true, "nhiem": true, "vu": true, "hoan": true, "thanh": true, "truoc": true, "dong": true, "chi": true, "dao": true, "tham": true, "du": true, "giao": true, "lien": true}
})

// minBare is how many words in a row, none with a Vietnamese mark, a
// passage needs to be typed with the keyboard off: six syllables of real
// Vietnamese all without a mark are rare (three in four carry one).
const minBare = 6

// noDiacritics reports a passage typed with the Vietnamese keyboard off
// ("Ket luan cua Chu tich UBND xa"): a run of words in Latin letters, none
// marked, among them at least three of bareWords, one in small letters.
// A name, an abbreviation and a figure break no run and make none; one
// finding a text.
func noDiacritics(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if start, ok := bareRun(p.View, seg); ok {
			p.Report(seg, start, diag.Msg("đoạn này gõ không dấu: %q", "this passage is typed without its marks: %q", excerptAt(seg.Text, start)))
		}
	}
}

// bareRun returns where seg's first passage typed without marks starts,
// as noDiacritics reads one.
func bareRun(v *View, seg *Seg) (int, bool) {
	if seg.Role == RoleArchive {
		return 0, false
	}
	run, bare, small, start := 0, 0, 0, 0
	x := v.index(seg.Text)
	for k, w := range x.words {
		lx := x.lex[k]
		switch {
		case !lx.in(plainWords) || !spaceBounded(seg.Text, w.off, w.end) && inAddressOrFile(seg.Text, w.off, w.end):
			run, bare, small = 0, 0, 0
			continue
		case lx.in(upperWords):
			continue // UBND, HĐND: an abbreviation goes with any text
		}
		if run == 0 {
			start = w.off
		}
		run++
		if lx.in(bareWordSet) {
			bare++
		}
		if lx.in(smallBareSet) {
			small++
		}
		if run >= minBare && bare >= 3 && small > 0 {
			return start, true
		}
	}
	return 0, false
}

// typedBare reports whether a passage of v is typed without marks
// (bareRun): the words of such a notice are no slips of one word.
func typedBare(v *View) bool {
	for _, seg := range v.textSegs() {
		if _, ok := bareRun(v, seg); ok {
			return true
		}
	}
	return false
}

// What no-diacritics asks of a word, once a word (a set of the text
// index's words): plainWords, made of a-z and A-Z only (plainLetters; a
// word marked beyond ASCII is not); upperWords, an abbreviation in
// capitals (isUpperWord); bareWordSet, a word of bareWords, with a
// capital or without; smallBareSet, one in small letters: a run needs
// one ("ba Vu Thi Mai; bi don"), else its words are names that take no
// mark ("Nha Trang, Nam Nha Trang, Cam Ranh", wards of Khánh Hòa, p97).
var (
	plainWords   = newWordSet(func(x *lexeme) bool { return plainLetters(x.text) })
	upperWords   = newWordSet(func(x *lexeme) bool { return isUpperWord(x.text) })
	bareWordSet  = newWordSet(func(x *lexeme) bool { return bareWords()[strings.ToLower(x.text)] })
	smallBareSet = newWordSet(func(x *lexeme) bool { return bareWords()[x.text] })
)

// plainLetters reports whether w is made of the letters a-z and A-Z only.
func plainLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// spaceBounded reports whether the word at s[off:end] has a space or the
// text's edge on each side: inAddressOrFile then reads the word alone,
// letters that hold none of its marks, and is false.
func spaceBounded(s string, off, end int) bool {
	return (off == 0 || s[off-1] == ' ') && (end == len(s) || s[end] == ' ')
}

// inAddressOrFile reports whether the word at s[off:end] is part of a web or
// mail address or a file's name ("https://.../Thong-tin", "ket-luan.docx"):
// the characters around it, up to the spaces, hold "/", "@", "_", or a
// "." or "-" with no space after it.
func inAddressOrFile(s string, off, end int) bool {
	from := strings.LastIndexByte(s[:off], ' ') + 1
	to := strings.IndexByte(s[end:], ' ')
	if to < 0 {
		to = len(s)
	} else {
		to += end
	}
	tok := strings.TrimRight(s[from:to], ".,;:)\"”")
	return strings.ContainsAny(tok, "/@_") || strings.Contains(strings.Trim(tok, ".-"), ".") || strings.Contains(strings.Trim(tok, "-"), "-")
}

// isUpperWord reports whether w, of two letters or more, is all capitals.
func isUpperWord(w string) bool {
	return len(w) > 1 && upperSelf(w)
}

// excerptAt is the words of s from byte off, cut after about forty bytes.
func excerptAt(s string, off int) string {
	s = s[off:]
	if len(s) <= 48 {
		return s
	}
	if i := strings.LastIndexByte(s[:48], ' '); i > 0 {
		return s[:i] + "…"
	}
	return s[:48] + "…"
}
