package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A syllable typed, or copied out of a PDF, with a space inside it is no
// word the reader can read: "để ph ù hợp", "UBND các t ỉ nh", "Qu ả ng
// Ngãi", "Thương binh và X ã hội", "CHỦ TỊCH Đặ ng Văn Minh". Each piece
// but one is a start or an end no syllable stands on alone ("ph", "t",
// "Qu", "X"; "ng", "nh"), and the pieces read together are one
// Vietnamese syllable with its mark. An end split off ("Đặ ng") must
// make a word the notice writes whole elsewhere: "Bộ trư ng" is
// "trưởng" with a letter lost by the copy, not "trưng".

// syllableOnsets are the consonants a Vietnamese syllable starts with.
var syllableOnsets = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true, "gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true, "ngh": true, "nh": true, "p": true, "ph": true, "qu": true, "r": true, "s": true, "t": true, "th": true, "tr": true, "v": true, "x": true}
})

// syllableFinals are the consonants a Vietnamese syllable ends with.
var syllableFinals = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}
})

// splitSyllables reports, in every part of the notice, a syllable split
// by spaces into two or three pieces: a start before a piece that opens
// with a vowel ("ph ù", "t ỉ nh"), an end after a piece that has none
// ("Đặ ng"), or a start, the first letter of its vowel and the rest
// ("Ng o ại giao"). A piece next to a figure, a slash or a full stop ("khóa
// C21A", "V/v ủy quyền", "V.II I") is a code or a label, not a piece of a
// word.
func splitSyllables(p *Pass) {
	segs := everySeg(p.View)
	known := textWords(p.View, segs)
	for _, seg := range segs {
		x := p.View.index(seg.Text)
		for j := 0; j+1 < len(x.words); j++ {
			if !x.lex[j].in(syllablePieces) && !x.lex[j+1].in(syllablePieces) {
				continue // the quick way out: no start or end alone on either side
			}
			n := splitAt(seg.Text, x.words, j, known)
			if n == 0 {
				continue
			}
			first, last := x.words[j], x.words[j+n-1]
			written := seg.Text[first.off:last.end]
			joined := strings.ReplaceAll(written, " ", "")
			p.Report(seg, first.off, diag.Msg("%q: chữ %q bị tách rời bởi dấu cách", "%q: the word %q is split by spaces", written, joined),
				diag.Msg("viết liền %q", "write it as one word, %q", joined))
			j += n - 1
		}
	}
}

// syllablePieces is syllablePiece as a set of lexemes: each word of a
// notice looked up once.
var syllablePieces = newWordSet(func(x *lexeme) bool { return syllablePiece(x.text) })

// syllablePiece reports whether w, in small letters, is a start or an
// end of a syllable that stands on no vowel.
func syllablePiece(w string) bool {
	if len(w) > 3 {
		return false
	}
	l := strings.ToLower(w)
	return syllableOnsets()[l] || syllableFinals()[l]
}

// splitAt returns how many words from words[j] on, three or two, are the
// pieces of one syllable split by single spaces; 0 for none.
func splitAt(s string, words []wordAt, j int, known func(string) bool) int {
	for _, n := range [...]int{3, 2} {
		if j+n > len(words) {
			continue
		}
		run := words[j : j+n]
		if splitPieces(s, run, known) {
			return n
		}
	}
	return 0
}

// splitPieces reports whether the words of run, parted by one space each,
// read as one syllable split at starts and ends; split at an end, a word
// the notice knows.
func splitPieces(s string, run []wordAt, known func(string) bool) bool {
	for k := 0; k+1 < len(run); k++ {
		if s[run[k].end:run[k+1].off] != " " {
			return false
		}
	}
	if !pieceEdges(s, run[0].off, run[len(run)-1].end) {
		return false
	}
	var b strings.Builder
	for k, w := range run {
		if k > 0 && w.text != strings.ToLower(w.text) || k == 0 && !titleOrLower(w.text) {
			return false
		}
		b.WriteString(w.text)
	}
	joined := b.String()
	if !marked(joined) || !vietSyllable(joined) {
		return false
	}
	if _, bad := notSyllable(strings.ToLower(joined)); bad {
		return false
	}
	atEnd := false
	for k := 0; k+1 < len(run); k++ {
		a, c := run[k].text, run[k+1].text
		onset := syllableOnsets()[strings.ToLower(a)] && vowelStart(c)
		end := syllableFinals()[c] && hasVowel(a) && !endsFinal(a)
		glide := k == 1 && len(run) == 3 && len(a) == 1 && vowelStart(a) && vowelStart(c) // "Ng o ại"
		if !onset && !end && !glide {
			return false
		}
		atEnd = atEnd || end && !onset && !glide
	}
	return !atEnd || known(strings.ToLower(joined))
}

// pieceEdges reports whether the run from off to end stands as words
// stand: after a space, a bracket, a quotation mark, a dash or a mark of
// punctuation, and before one that is not a figure, a slash or a full
// stop ("khóa C21A", "V/v ủy quyền", "V.II I"), the text going on.
func pieceEdges(s string, off, end int) bool {
	if off > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:off])
		if !unicode.IsSpace(r) && !strings.ContainsRune("([“\"‘-–,;:|", r) {
			return false
		}
	}
	if end >= len(s) {
		return false // a piece ending the paragraph: a word the copy may have cut
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return !unicode.IsDigit(r) && r != '/' && r != '.' && r != '\''
}

// titleOrLower reports whether w is in small letters but for its first.
func titleOrLower(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	return w[n:] == strings.ToLower(w[n:])
}

// endsFinal reports whether the syllable w ends with a consonant.
func endsFinal(w string) bool {
	l := strings.ToLower(w)
	for f := range syllableFinals() {
		if strings.HasSuffix(l, f) {
			return true
		}
	}
	return false
}

// everySeg returns every piece of text of the view, as allSegs does, and
// the Kính gửi, pointing into the view (the prose into its Texts, which
// the other rules' findings point into too).
func everySeg(v *View) []*Seg {
	var out []*Seg
	for i := range v.Header {
		out = append(out, &v.Header[i])
	}
	if v.Title != nil {
		out = append(out, v.Title)
	}
	if v.Addressee != nil {
		out = append(out, v.Addressee)
	}
	out = append(out, v.textSegs()...)
	for i := range v.Signer {
		out = append(out, &v.Signer[i])
	}
	if v.Name != nil {
		out = append(out, v.Name)
	}
	return out
}
