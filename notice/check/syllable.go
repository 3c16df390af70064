package check

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "syllable", Severity: diag.Warning, Ref: diag.Practice, Run: syllable,
		Title: diag.Msg("mỗi chữ là một chữ tiếng Việt viết đúng dấu", "each word is a Vietnamese syllable its tone can sit on"),
		Help:  diag.Msg("gõ lại chữ cho đúng dấu thanh", "type the word again with its right tone mark")})
}

// Vietnamese spelling allows only the rising (sắc) and the heavy (nặng)
// tone on a syllable that ends in p, t, c or ch ("luật", "cấp"), and
// never ends one in ă or â ("ăn", "câu"): "luât", "cấp" typed "câp", "nă"
// are slips of the keyboard, not words. Only words in small letters that
// carry a Vietnamese mark or letter are judged: a name, an abbreviation
// and a word of another language ("robot", "chat") are left alone.

// syllable reports the words of the prose no Vietnamese syllable is
// spelt like.
func syllable(p *Pass) {
	bare := 0                  // typedBare of the notice: 0 not asked, 1 no, 2 yes
	var marked map[string]bool // the notice's words in small letters, made on first ask
	for _, seg := range addressedTexts(p.View) {
		if seg.Role == RoleArchive {
			continue
		}
		x := p.View.index(seg.Text)
		said := p.View.phraseSaid[seg.Text] // phrase_said.go
		for i, w := range x.words {
			if len(said) > 0 && within(said, w.off, w.end) {
				continue // phrase-typo said the phrase this word is in
			}
			if oneLetterWord(w.text) && strayInitial(x, i) {
				p.Report(seg, w.off, diag.Msg("chữ %q gõ thừa trước %q", "%q is typed before %q by mistake", w.text, x.words[i+1].text),
					diag.Msg("bỏ chữ %q, viết %q", "drop %q: write %q", w.text, x.words[i+1].text))
				continue
			}
			if x.lex[i].in(noSuchWords) { // noSuchSyllable[w.text], asked once a word
				fix := noSuchSyllable()[w.text]
				p.Report(seg, w.off, diag.Msg("%q không phải chữ tiếng Việt", "%q is no Vietnamese word", w.text),
					diag.Msg("viết %q", "write %q", fix))
				continue
			}
			if why, fixes, ok := bareSlip(x, i); ok && !bareText(p.View, &bare) { // syllable_bare.go: "Lich thi", "uu tiên"
				if fixes = writtenElsewhere(p.View, fixes, &marked); len(fixes) > 0 {
					reportBare(p, seg, w.off, w.text, why, fixes)
					continue
				}
			}
			if x.lex[i].have&haveSyllable != 0 {
				continue // notSyllable let the word through before
			}
			if fix, ok := doubledInitial(w.text); ok {
				p.Report(seg, w.off, diag.Msg("%q không phải chữ tiếng Việt: chữ cái đầu gõ hai lần", "%q is no Vietnamese word: its first letter is typed twice", w.text),
					diag.Msg("viết %q", "write %q", fix))
				continue
			}
			if fix := joinedLoan(w.text); fix != "" {
				if i > 0 && x.spaced[i] {
					if c := copyLoan(x.words[i-1].text, w.text); c != "" {
						reportCopyLoan(p, seg, x.words[i-1].off, x.words[i-1].text, w.text, c)
						continue
					}
				}
				reportLoan(p, seg, w.off, w.text, fix)
				continue
			}
			if why, ok := notSyllable(w.text); ok {
				msg := diag.Text{VI: fmt.Sprintf("%q không phải chữ tiếng Việt: %s", w.text, why.VI), EN: fmt.Sprintf("%q is no Vietnamese word: %s", w.text, why.EN)}
				if _, foreign := foreignLetter(w.text); foreign {
					p.Report(seg, w.off, msg, diag.Msg("gõ lại chữ bằng chữ cái tiếng Việt", "type the word again in Vietnamese letters"))
					continue
				}
				p.Report(seg, w.off, msg)
			} else {
				x.lex[i].have |= haveSyllable
			}
		}
	}
	splitSyllables(p)
	capsBare(p, &bare) // syllable_caps_bare.go: "THANH TRA TINH", "GIAM ĐỐC"
}

// noSuchWords are the words of noSuchSyllable, a set of the text index's
// words: syllable asks it of every word of every text.
var noSuchWords = newWordSet(func(x *lexeme) bool {
	_, ok := noSuchSyllable()[x.text]
	return ok
})

// noSuchSyllable are syllables spelt as Vietnamese spells but in no
// Vietnamese word, each a slip of one mark of a common word ("4 tuồi"
// for "4 tuổi"), with that word.
var noSuchSyllable = sync.OnceValue(func() map[string]string {
	return map[string]string{"tuồi": "tuổi"}
})

// foreignLetter returns the f, j, w or z of a word in small letters that
// carries a Vietnamese mark or letter ("băng zôn" for "băng rôn"): the
// alphabet has none of the four, and a word of another language written
// with them ("pizza", "wifi") carries no Vietnamese mark.
func foreignLetter(w string) (byte, bool) {
	at := indexFJWZ(w)
	if at < 0 {
		return 0, false
	}
	marked := false
	for _, r := range w {
		if isUpperRune(r) || !isLetter(r) {
			return 0, false // a name, or a code
		}
		marked = marked || r >= utf8.RuneSelf
	}
	return w[at], marked
}

// indexFJWZ is strings.IndexAny(w, "fjwz"), byte by byte: no byte of a
// character past ASCII is one of those letters.
func indexFJWZ(w string) int {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'f', 'j', 'w', 'z':
			return i
		}
	}
	return -1
}

// tone marks, as NFD writes them
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

// toned is a letter read as its tone and the letter without it: 'ấ' is
// the acute on 'â'.
type toned struct {
	tone, bare rune
}

// letterTone returns the tone mark of r and the letter without it, for a
// letter of Latin-1 Supplement, Latin Extended-A and B or Latin Extended
// Additional; zero for any other rune. The tables are worked out by
// readToneTable (from NFD) at go generate, into tone_table_gen.go, and
// held to it by TestToneTableGenerated: built in every process, they
// cost 3.4M instructions.
func letterTone(r rune) toned {
	switch {
	case r >= toneLatinFirst && r < toneLatinFirst+rune(len(toneLatin)):
		return toneLatin[r-toneLatinFirst]
	case r >= toneExtendedFirst && r < toneExtendedFirst+rune(len(toneExtended)):
		return toneExtended[r-toneExtendedFirst]
	}
	return toned{}
}

// The first letters of the two tables of letterTone.
const (
	toneLatinFirst    = 0xC0
	toneExtendedFirst = 0x1E00
)

// notSyllable reports whether w, in small letters, is spelt as no
// Vietnamese syllable is, and why.
func notSyllable(w string) (diag.Text, bool) {
	if c, ok := foreignLetter(w); ok {
		return diag.Msg("tiếng Việt không có chữ %q", "Vietnamese has no letter %q", string(c)), true
	}
	if q := strings.IndexByte(w, 'q'); q >= 0 && q+1 < len(w) && w[q+1] >= utf8.RuneSelf {
		if why, ok := quSlip(w); ok { // the "u" of "qu" carries a mark: "qủa"
			return why, true
		}
	}
	if mayHatless(w) {
		if fixed, ok := hatlessRhyme(w); ok {
			return hatlessRhymeMsg(fixed), true // syllable_hatless.go: capitals too
		}
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if last < utf8.RuneSelf && last != 'p' && last != 't' && last != 'c' && last != 'h' && last != 'm' && last != 'n' && last != 'g' {
		return diag.Text{}, false // the quick way out for most words
	}
	if _, ok := syllablesLetThrough.Load(w); ok {
		return diag.Text{}, false // judged before, in this notice or another
	}
	why, bad := spellSyllable(w, last)
	if !bad {
		letThrough(w)
	}
	return why, bad
}

// spellSyllable is notSyllable past its quick ways out: w ends with its
// rune last.
func spellSyllable(w string, last rune) (diag.Text, bool) {
	var tone rune
	marked := false
	for _, r := range w {
		if isUpperRune(r) || !isLetter(r) {
			return diag.Text{}, false // a name, or a code
		}
		if r < utf8.RuneSelf {
			continue
		}
		marked = true // a Vietnamese letter or mark: the word is meant as Vietnamese
		if x := letterTone(r); x.tone != 0 {
			tone = x.tone
		}
	}
	if !marked || !syllableShape(w) {
		return diag.Text{}, false // an abbreviation in small letters: "đvht", "đc"
	}
	stop := last == 'p' || last == 't' || last == 'c' || strings.HasSuffix(w, "ch")
	switch {
	case stop && tone != toneAcute && tone != toneDot:
		return diag.Msg("chữ tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc dấu nặng", "a syllable ending in p, t, c or ch takes only the rising or the heavy tone"), true
	case last >= utf8.RuneSelf && (letterTone(last).bare == 'ă' || letterTone(last).bare == 'â'):
		return diag.Msg("chữ có \"ă\", \"â\" luôn có âm cuối", "a syllable with \"ă\" or \"â\" always has a final sound"), true
	case marked && yeAfterConsonant(w):
		return diag.Msg("sau phụ âm viết \"iê\" hoặc \"uyê\", không viết \"yê\"", "after a consonant Vietnamese writes \"iê\" or \"uyê\", never \"yê\""), true
	case last >= utf8.RuneSelf && openGlide(w):
		return diag.Msg("vần \"iê\", \"yê\", \"uô\", \"ươ\" luôn có âm cuối", "a rhyme of \"iê\", \"yê\", \"uô\" or \"ươ\" always has a final sound"), true
	}
	if fixed, ok := hornlessAfterU(w); ok {
		return diag.Msg("sau \"ư\" viết \"ơ\", không viết \"o\": viết %q", "after \"ư\" Vietnamese writes \"ơ\", never \"o\": %q", fixed), true
	}
	if fixed, ok := toneBeforeFinal(w); ok {
		return diag.Msg("vần có âm cuối mang dấu thanh trên nguyên âm sau cùng, viết %q", "a rhyme with a final consonant carries the tone on its last vowel: %q", fixed), true
	}
	if fixed, ok := toneOnGlide(w); ok {
		return diag.Msg("dấu thanh đặt trên nguyên âm đầu của vần, viết %q", "the tone mark sits on the first vowel of the rhyme: %q", fixed), true
	}
	if rhyme, ok := noSuchRhyme(w); ok { // syllable_rhyme.go: "luạt", "đuợc"
		return diag.Msg("tiếng Việt không có vần \"%s\" (thiếu hoặc thừa dấu mũ, dấu móc, hoặc sai chữ cái)", "Vietnamese has no rhyme \"%s\" (a hat or horn missing or added, or a letter wrong)", rhyme), true
	}
	return diag.Text{}, false
}

// fallingPairs are the two vowels, without their tone, that end a
// syllable with no final sound and carry its tone on the first: "của",
// "mùa", "tài", "sáo", "gửi", "hưu" ("ua" after "q" and "ia" after "g"
// are a vowel after the start's "u" and "i": "quả", "già").
var fallingPairs = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ua": true, "ưa": true, "ia": true, "ai": true, "ao": true, "au": true, "ay": true, "âu": true, "ây": true, "oi": true, "ôi": true, "ơi": true, "ui": true, "ưi": true, "ưu": true, "eo": true, "êu": true, "iu": true}
})

// toneOnGlide reports whether w ends in a falling pair whose tone sits
// on its second vowel ("cuả", "muà", "taì"), a place Vietnamese never
// puts it, and the word with the tone moved to the first.
func toneOnGlide(w string) (string, bool) {
	rs := []rune(w)
	n := len(rs)
	if n < 2 {
		return "", false
	}
	a, b := rs[n-2], letterTone(rs[n-1])
	if b.tone == 0 || letterTone(a).tone != 0 || !fallingPairs()[string([]rune{a, b.bare})] {
		return "", false
	}
	if n >= 3 && (rs[n-3] == 'q' && a == 'u' || rs[n-3] == 'g' && a == 'i') {
		return "", false // "quả", "già": the tone is on the vowel
	}
	moved := withTone(a, b.tone)
	if moved == 0 {
		return "", false
	}
	return string(rs[:n-2]) + string(moved) + string(b.bare), true
}

// toneBeforeFinal reports whether w ends in two vowels or more and a
// final consonant (c, ch, m, n, ng, nh, p, t) with its tone on a vowel
// before the last ("khỏang", "hòan", "họat"): old and new styles alike
// put it on the last ("khoảng", "hoàn", "hoạt"), and the word with the
// tone moved there.
func toneBeforeFinal(w string) (string, bool) {
	rs := []rune(w)
	end := len(rs) - finalConsonant(rs)
	if end == len(rs) {
		return "", false
	}
	start := end
	for start > 0 && isVowelLetter(rs[start-1]) {
		start--
	}
	at := -1
	for i := start; i < end; i++ {
		if letterTone(rs[i]).tone != 0 {
			at = i
		}
	}
	if end-start < 2 || at < 0 || at == end-1 {
		return "", false
	}
	tone := letterTone(rs[at]).tone
	moved := withTone(bareLetter(rs[end-1]), tone)
	if moved == 0 {
		return "", false
	}
	out := slices.Clone(rs)
	out[at], out[end-1] = bareLetter(rs[at]), moved
	return string(out), true
}

// finalConsonant is how many letters of the final consonant end rs:
// two for ch, ng, nh, one for c, m, n, p, t, none otherwise.
func finalConsonant(rs []rune) int {
	n := len(rs)
	if n >= 2 && (rs[n-1] == 'h' && (rs[n-2] == 'c' || rs[n-2] == 'n') || rs[n-1] == 'g' && rs[n-2] == 'n') {
		return 2
	}
	if n >= 1 && strings.ContainsRune("cmnpt", rs[n-1]) {
		return 1
	}
	return 0
}

// bareLetter is r without its tone mark.
func bareLetter(r rune) rune {
	if x := letterTone(r); x.bare != 0 {
		return x.bare
	}
	return r
}

// isVowelLetter reports whether r, its tone aside, is a vowel letter.
func isVowelLetter(r rune) bool {
	return strings.ContainsRune("aăâeêioôơuưy", bareLetter(r))
}

// withTone is the letter bare with the tone mark on it, 0 when no letter
// of letterTone's tables is.
func withTone(bare, tone rune) rune {
	for r := rune(toneLatinFirst); r < toneExtendedFirst+rune(len(toneExtended)); r++ {
		if x := letterTone(r); x.bare == bare && x.tone == tone && isLowerRune(r) {
			return r
		}
		if r == toneLatinFirst+rune(len(toneLatin)) {
			r = toneExtendedFirst - 1
		}
	}
	return 0
}

// onsets are the consonants a Vietnamese syllable may start with.
var onsets = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true, "gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true, "ngh": true, "nh": true, "p": true, "ph": true, "q": true, "qu": true, "r": true, "s": true, "t": true, "th": true, "tr": true, "v": true, "x": true}
})

// syllableShape reports whether w is shaped as one syllable: a consonant
// start Vietnamese has, then its vowels. An abbreviation in small letters
// ("đvht" for "đơn vị học trình", "đc", "nxb") has no vowel or starts with
// consonants no syllable does, and is no misspelt word.
func syllableShape(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool {
		if x := letterTone(r); x.bare != 0 {
			r = x.bare
		}
		return strings.ContainsRune("aăâeêioôơuưy", r)
	})
	if i < 0 {
		return false
	}
	return onsets()[w[:i]] || onsets()[w[:i]+"u"] // "qu": the u is read as a vowel
}
