package source

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/diag"
)

// A text pasted together from old files may be Unicode but for one or a
// few passages still in a legacy encoding read as Windows-1252: "Căn cứ
// vào vai trß vµ nhiÖm vô ®îc ph©n c«ng của c¸n bé". Such a text is read:
// each passage is found (Passages), told, and read as what it stands for.

// Passage is a stretch of a Unicode text typed in a legacy encoding.
type Passage struct {
	Off, End int    // byte offsets in the text: its first letter, past its last
	Reads    string // the passage in Unicode (NFC); "" when some character has no certain reading
	enc      legacy
}

// Encoding names the passage's encoding as a clerk knows it.
func (p Passage) Encoding() diag.Text { return diag.Msg(p.enc.vi, p.enc.en) }

// maxGap is how many words with no mark of a legacy encoding may stand
// between two that have one in the same passage: a passage keeps the
// plain words it holds ("vai trß vµ nhiÖm vô": "vô" is also a Unicode
// word, "trong" plain ASCII), and Unicode words pasted into it ("của").
const maxGap = 3

// minHits is the evidence a passage needs: two characters that are no
// Vietnamese letter where they stand (legacyHit). A lone "ABC®XYZ" is one.
const minHits = 2

// pword is a word of the text, with its legacy evidence.
type pword struct {
	off, end int
	hits     [3]int
	odd      bool // holds a Latin-1 character that is no Vietnamese letter where it stands
	letters  int
}

// Passages finds the passages of legacy mojibake in valid UTF-8 text, in
// order, and how many letters the text and its passages have.
func Passages(text string) (ps []Passage, letters, inPassages int) {
	words := pwords(text)
	for _, w := range words {
		letters += w.letters
	}
	for i := 0; i < len(words); {
		if !words[i].marked() {
			i++
			continue
		}
		last := i
		for j := i + 1; j < len(words) && j-last <= maxGap+1; j++ {
			if words[j].marked() {
				last = j
			}
		}
		if p, ok := passageOf(text, words[i:last+1]); ok {
			ps = append(ps, p)
			for _, w := range words[i : last+1] {
				inPassages += w.letters
			}
		}
		i = last + 1
	}
	return ps, letters, inPassages
}

func (w *pword) marked() bool { return w.odd || w.hits != [3]int{} }

// passageOf makes a passage of words when they hold enough evidence.
func passageOf(text string, ws []pword) (Passage, bool) {
	var hits [3]int
	for _, w := range ws {
		for k, n := range w.hits {
			hits[k] += n
		}
	}
	k := 0
	for j := range hits {
		if hits[j] > hits[k] {
			k = j
		}
	}
	if hits[k] < minHits || k == 2 {
		return Passage{}, false // Windows-1258 is told only in bytes that are not UTF-8
	}
	p := Passage{Off: ws[0].off, End: ws[len(ws)-1].end, enc: []legacy{legacyTCVN3, legacyVNI}[k]}
	if reads, ok := p.Convert(text[p.Off:p.End], nil); ok {
		p.Reads = reads
	}
	return p, true
}

// pwords splits text into words: runs of letters, combining marks and
// the Latin-1 characters U+00A1 to U+00FF, which the legacy encodings use
// for letters.
func pwords(text string) []pword {
	var ws []pword
	prev := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !wordRune(r) {
			prev = code(r)
			i += w
			continue
		}
		pw := pword{off: i}
		for i < len(text) {
			r, w := utf8.DecodeRuneInString(text[i:])
			if !wordRune(r) {
				break
			}
			next, _ := utf8.DecodeRuneInString(text[i+w:])
			if i+w >= len(text) {
				next = 0
			}
			if k := legacyHit(prev, unit{code: code(r), off: i}, code(next)); k >= 0 {
				pw.hits[k]++
			}
			if r >= 0xA1 && r <= 0xFF && !vietLatin1(r) || r >= 0xC0 && r <= 0xDE && asciiLetter(prev) && asciiLower(code(next)) {
				pw.odd = true // "trß", "vµ"; "KÕt", a capital inside a word
			}
			if unicode.IsLetter(r) || r >= 0xA1 && r <= 0xFF {
				pw.letters++
			}
			prev = code(r)
			i += w
		}
		pw.end = i
		ws = append(ws, pw)
	}
	return ws
}

func wordRune(r rune) bool {
	return r >= 0xA1 && r <= 0xFF || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// code is the unit code of r (unitAt).
func code(r rune) int {
	if r > 0xFF {
		return 0x100
	}
	return int(r)
}

// vietLatin1 are the Vietnamese letters of Latin-1.
func vietLatin1(r rune) bool {
	switch r | 0x20 {
	case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
		return true
	}
	return false
}

// Convert reads s, a piece of the passage, as Unicode: each character
// the encoding gives a letter is that letter, others stay as they are.
// at, when not nil, is called with each byte written and the offset in s
// of the character it comes from. ok is false when some character of
// Latin-1 has no certain reading.
func (p Passage) Convert(s string, at func(src int)) (string, bool) {
	if p.enc == legacyVNI {
		return convertVNI(s, at)
	}
	return convertTCVN3(s, at)
}

func convertTCVN3(s string, at func(int)) (string, bool) {
	out := make([]byte, 0, len(s)+len(s)/2)
	ok := true
	for i, r := range s {
		if r >= 0xA1 && r <= 0xFF {
			if to := tcvn3[r-0xA1]; to != 0 {
				r = to
			} else {
				ok = false
			}
		}
		n := len(out)
		out = utf8.AppendRune(out, r)
		for range len(out) - n {
			if at != nil {
				at(i)
			}
		}
	}
	return string(out), ok
}

// tcvn3 reads TCVN3 (ABC) codes U+00A1 to U+00FF: its small letters with
// their tones, its capitals without (a capital with a tone is the same
// code in the .VnTimeH fonts); 0 where a code is no letter.
var tcvn3 = func() (t [0x5F]rune) {
	const pairs = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đ" +
		"µà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậ" +
		"ÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞịßò" +
		"áỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïù" +
		"ñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ"
	rs := []rune(pairs)
	for i := 0; i < len(rs); i += 2 {
		t[rs[i]-0xA1] = rs[i+1]
	}
	return t
}()

// vniLetter are the VNI codes that are a letter by themselves.
var vniLetter = map[rune]rune{
	'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
	'í': 'í', 'Í': 'Í', 'ì': 'ì', 'Ì': 'Ì', 'æ': 'ỉ', 'Æ': 'Ỉ',
	'ó': 'ĩ', 'Ó': 'Ĩ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
}

// vniMarks are the VNI codes that put marks on the vowel before them,
// as combining marks: the tones, the circumflex and the breve with theirs.
var vniMarks = map[rune]string{
	'ù': "\u0301", 'ø': "\u0300", 'û': "\u0309", 'õ': "\u0303", 'ï': "\u0323",
	'â': "\u0302", 'á': "\u0302\u0301", 'à': "\u0302\u0300", 'å': "\u0302\u0309", 'ã': "\u0302\u0303", 'ä': "\u0302\u0323",
	'ê': "\u0306", 'é': "\u0306\u0301", 'è': "\u0306\u0300", 'ú': "\u0306\u0309", 'ü': "\u0306\u0303", 'ë': "\u0306\u0323",
}

// vniMarkOf is vniMarks for a small or a capital code.
func vniMarkOf(r rune) (string, bool) {
	m, ok := vniMarks[r]
	if !ok && r >= 0xC0 && r <= 0xDF {
		m, ok = vniMarks[r|0x20]
	}
	return m, ok
}

func convertVNI(s string, at func(int)) (string, bool) {
	type outRune struct {
		r   rune
		src int
	}
	out := make([]outRune, 0, len(s))
	ok := true
	for i, r := range s {
		if r < 0xA1 || r > 0xFF {
			out = append(out, outRune{r, i})
			continue
		}
		if to, found := vniLetter[r]; found {
			out = append(out, outRune{to, i})
			continue
		}
		m, found := vniMarkOf(r)
		if n := len(out); found && n > 0 && unicode.IsLetter(out[n-1].r) {
			if c := []rune(norm.NFC.String(string(out[n-1].r) + m)); len(c) == 1 {
				out[n-1].r = c[0]
				continue
			}
		}
		ok = false
		out = append(out, outRune{r, i})
	}
	b := make([]byte, 0, len(s)+len(s)/2)
	for _, o := range out {
		n := len(b)
		b = utf8.AppendRune(b, o.r)
		for range len(b) - n {
			if at != nil {
				at(o.src)
			}
		}
	}
	return string(b), ok
}
