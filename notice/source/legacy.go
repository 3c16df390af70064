package source

import (
	"bytes"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// Vietnamese text from before Unicode was typed with 8-bit encodings tied
// to fonts: TCVN3 (ABC, the ".Vn" fonts), VNI (the "VNI-" fonts) and
// Windows-1258. Such a file is either not UTF-8 at all, or, after an
// editor took it for Windows-1252, UTF-8 mojibake: "Thoâng baùo" (VNI)
// or "Th«ng b¸o" (TCVN3) for "Thông báo". Either way it must be named,
// never rendered.

// legacy names the encodings; the first is the one a clerk knows.
type legacy struct{ vi, en string }

var (
	legacyTCVN3 = legacy{"TCVN3 (ABC, phông .VnTime)", "TCVN3 (ABC, the .VnTime fonts)"}
	legacyVNI   = legacy{"VNI (phông VNI-Times)", "VNI (the VNI-Times fonts)"}
	legacy1258  = legacy{"Windows-1258", "Windows-1258"}
)

// unit is one character of the text seen as an 8-bit code: runes up to
// U+00FF keep their value (Latin-1, which is how Windows-1252 mojibake
// reads back), anything above is 0x100. A byte that is not UTF-8 is a unit
// of its own, marked raw.
type unit struct {
	code int
	off  int
	raw  bool
}

// guessLegacy looks for the marks of a legacy encoding: in bytes that are
// not UTF-8, one is enough; in UTF-8 text, which may be mojibake, it takes
// three. It returns the encoding and the offset of the first evidence, or
// ok false. It reads the source once, without allocating: every notice
// loaded goes through it.
func guessLegacy(src []byte) (enc legacy, off int, ok bool) {
	var score [3]struct{ n, first int }
	prev := unit{}
	cur, w := unitAt(src, 0)
	for cur.off < len(src) {
		next, nw := unitAt(src, cur.off+w)
		if k := legacyHit(prev.code, cur, next.code); k >= 0 {
			t := &score[k]
			if t.n == 0 {
				t.first = cur.off
			}
			if t.n++; cur.raw {
				t.n += 2
			}
		}
		prev, cur, w = cur, next, nw
	}
	return bestLegacy(score)
}

// bestLegacy is the encoding with the most evidence, three units or more.
func bestLegacy(score [3]struct{ n, first int }) (enc legacy, off int, ok bool) {
	best := 0
	for k, l := range []legacy{legacyTCVN3, legacyVNI, legacy1258} {
		if t := score[k]; t.n >= 3 && t.n > best {
			enc, off, ok, best = l, t.first, true, t.n
		}
	}
	return enc, off, ok
}

// guessLegacyUTF8 is guessLegacy for valid UTF-8, faster: the only units
// that can be evidence are the characters U+00A1 to U+00FF, written with
// the lead byte 0xC2 or 0xC3, so it looks only at those and the units
// around them instead of every character, and reads their codes from the
// bytes (codeAt, codeBefore), which valid UTF-8 allows.
func guessLegacyUTF8(src []byte) (enc legacy, off int, ok bool) {
	var score [3]struct{ n, first int }
	c2, c3 := -1, -1 // where 0xC2 and 0xC3 stand next, from i on; -1 before looked for
	for i := 0; i < len(src); i++ {
		// Jump to the next lead byte 0xC2 or 0xC3 with IndexByte: the
		// bytes between are most of a Vietnamese text.
		if c2 < i {
			c2 = indexByteFrom(src, i, 0xC2)
		}
		if c3 < i {
			c3 = indexByteFrom(src, i, 0xC3)
		}
		if i = min(c2, c3); i >= len(src) {
			break
		}
		weighUnit(src, i, &score)
		i++ // the rune's second byte
	}
	return bestLegacy(score)
}

// weighUnit counts the unit led by 0xC2 or 0xC3 at i of valid UTF-8 src
// in the score of the encoding it is evidence of, if any.
func weighUnit(src []byte, i int, score *[3]struct{ n, first int }) {
	cur := unit{code: codeAt(src, i), off: i}
	if k := legacyHit(codeBefore(src, i), cur, codeAt(src, i+2)); k >= 0 {
		t := &score[k]
		if t.n == 0 {
			t.first = cur.off
		}
		t.n++
	}
}

// indexByteFrom is the index of the first c in src from i on, len(src)
// when there is none.
func indexByteFrom(src []byte, i int, c byte) int {
	if k := bytes.IndexByte(src[i:], c); k >= 0 {
		return i + k
	}
	return len(src)
}

// codeAt is unitAt(src, i).code for valid UTF-8: the rune starting at i up
// to U+00FF, 0x100 above, 0 at the end. legacyUTF8 asks it of the rune
// after one it has read, before it knows that one whole: a lead byte at the
// end gives 0x100.
func codeAt(src []byte, i int) int {
	if i >= len(src) {
		return 0
	}
	switch c := src[i]; {
	case c < utf8.RuneSelf:
		return int(c)
	case c < 0xC4 && i+1 < len(src): // 0xC2, 0xC3: U+0080 to U+00FF
		return int(c&0x1F)<<6 | int(src[i+1]&0x3F)
	}
	return 0x100
}

// codeBefore is the code (codeAt) of the rune that ends at i in valid
// UTF-8, 0 at the start.
func codeBefore(src []byte, i int) int {
	if i == 0 {
		return 0
	}
	j := i - 1
	for j > 0 && src[j]&0xC0 == 0x80 {
		j--
	}
	return codeAt(src, j)
}

// legacyHit says which encoding (0 TCVN3, 1 VNI, 2 Windows-1258) the unit
// u between prev and next is evidence of, or -1.
func legacyHit(prev int, u unit, next int) int {
	switch {
	case u.code < 0xA1 || u.code > 0xFF:
		return -1 // ASCII, C1 controls and letters past Latin-1 are no evidence
	case u.code <= 0xBF && (asciiLetter(prev) && asciiLetter(next) || u.raw && (asciiLetter(prev) || asciiLetter(next))):
		return 0 // "Th«ng b¸o": symbols inside words, where letters belong ("m²" and "30°C" are not)
	case u.code >= 0xC0 && u.code <= 0xDE && asciiLower(prev) && asciiLower(next):
		return 0 // "kÕt": a capital inside a word
	case (u.code == 0xF1 || u.code == 0xD1) && asciiLetter(prev) && !asciiVowel(prev):
		return 0 // "cña": TCVN3's ủ after a consonant
	case (u.code == 0xF1 || u.code == 0xD1) && !asciiLetter(prev) && asciiLetter(next):
		return 1 // "ñaõ": VNI's đ starts a word
	case vniOnly(u.code) && u.raw && (asciiLetter(prev) || asciiLetter(next)):
		return 1 // ø û ï ö never occur in Vietnamese
	case vniMark(u.code) && (asciiVowel(prev) || vniHorn(prev)):
		return 1 // "cuûa", "ngöôøi": a mark after its vowel ("Jørgensen" has none)
	case vniHorn(u.code) && (vniMark(next) || vniHorn(next)):
		return 1 // "thöïc": ư with its mark ("Schröder" has none)
	case asciiVowel(prev) && vniPair(prev, u.code):
		return 1 // "Thoâng": a mark after its vowel
	case u.raw && combining1258(u.code) && (asciiVowel(prev) || prev >= 0xC0):
		return 2 // a combining tone byte after a vowel
	case u.raw && letter1258(u.code) && (asciiLetter(prev) || asciiLetter(next)):
		return 2
	}
	return -1
}

// unitAt reads the unit at offset i and its width in bytes; past the end
// it is a zero unit at len(src).
func unitAt(src []byte, i int) (unit, int) {
	if i >= len(src) {
		return unit{off: len(src)}, 0
	}
	if c := src[i]; c < utf8.RuneSelf {
		return unit{code: int(c), off: i}, 1
	}
	r, w := utf8.DecodeRune(src[i:])
	u := unit{code: int(r), off: i}
	switch {
	case r == utf8.RuneError && w == 1:
		u.code, u.raw = int(src[i]), true
	case r > 0xFF:
		u.code = 0x100
	}
	return u, w
}

func asciiLetter(c int) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func asciiLower(c int) bool { return 'a' <= c && c <= 'z' }

func asciiVowel(c int) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y':
		return true
	}
	return false
}

// vniOnly are VNI codes that are no Vietnamese letter in Windows-1252:
// the grave, hook and dot marks (ø û ï) and ư (ö), in both cases.
func vniOnly(c int) bool {
	switch c {
	case 0xF8, 0xFB, 0xEF, 0xF6, 0xD8, 0xDB, 0xCF, 0xD6:
		return true
	}
	return false
}

// vniMark are VNI's tone marks that are no Vietnamese letter: grave (ø),
// hook (û), dot (ï), in both cases, and acute (ù) and tilde (õ).
func vniMark(c int) bool {
	switch c | 0x20 {
	case 0xF8, 0xFB, 0xEF, 0xF9, 0xF5:
		return true
	}
	return false
}

// vniHorn are VNI's ư (ö) and ơ (ô), in both cases.
func vniHorn(c int) bool {
	switch c | 0x20 {
	case 0xF6, 0xF4:
		return true
	}
	return false
}

// vniPair is a VNI mark after its vowel where Vietnamese has no such pair:
// the circumflex family (â á à å ã ä) after a or e, and its forms that are
// no Vietnamese letter (â å ä) after o; the breve family (ê é è ú ü ë)
// after a; the acute (ù) after any vowel but u, the tilde (õ) after any.
func vniPair(vowel, c int) bool {
	v := vowel | 0x20
	switch c | 0x20 {
	case 0xE2, 0xE5, 0xE4:
		return v == 'a' || v == 'e' || v == 'o'
	case 0xE1, 0xE0, 0xE3:
		return v == 'a' || v == 'e'
	case 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB:
		return v == 'a'
	case 0xF9:
		return v != 'u'
	case 0xF5:
		return true
	}
	return false
}

// combining1258 are Windows-1258's combining tone marks.
func combining1258(c int) bool {
	switch c {
	case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2:
		return true
	}
	return false
}

// letter1258 are Windows-1258 letters with no Latin-1 twin: ă Ă ơ Ơ ư Ư đ Đ.
func letter1258(c int) bool {
	switch c {
	case 0xE3, 0xC3, 0xF5, 0xD5, 0xFD, 0xDD, 0xF0, 0xD0:
		return true
	}
	return false
}

func legacyFinding(s *File, off int, enc legacy) error {
	return diag.List{{
		Pos: s.Pos(off), Rule: "encoding", Severity: diag.Error,
		Message: diag.Msg("tệp có vẻ được gõ bằng bảng mã cũ %s, không phải Unicode", "the file looks typed in the legacy encoding %s, not Unicode", diag.Msg(enc.vi, enc.en)),
		Fix: diag.Msg("chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, nguồn %s, đích Unicode) rồi lưu bằng UTF-8",
			"convert it to Unicode (Unikey's converter: source %s, target Unicode), then save it as UTF-8", diag.Msg(enc.vi, enc.en)),
	}}
}

// LegacyMojibake reports UTF-8 src that Decode refuses as the mojibake of a
// legacy encoding, and the offset in src, without its byte order mark, of
// the first evidence.
func LegacyMojibake(src []byte) (off int, ok bool) {
	src = withoutBOM(src)
	valid, _, off, ok := legacyUTF8(src)
	if !valid || bytes.IndexByte(src, 0) >= 0 {
		return 0, false
	}
	return off, ok
}

// LegacyField is Decode's refusal of src as legacy mojibake, naming the
// field of a TOML source that holds its first evidence, at off: a notice
// is never printed in mojibake, and the clerk is told where to convert.
func LegacyField(path string, src []byte, off int, field string) error {
	src = withoutBOM(src)
	enc, _, ok := guessLegacyUTF8(src)
	if !ok {
		return nil
	}
	name := diag.Msg(enc.vi, enc.en)
	return diag.List{{
		Pos: New(path, string(src)).Pos(off), Rule: "encoding", Severity: diag.Error,
		Message: diag.Msg("trường %q có vẻ được gõ bằng bảng mã cũ %s, không phải Unicode", "the field %q looks typed in the legacy encoding %s, not Unicode", field, name),
		Fix: diag.Msg("chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, nguồn %s, đích Unicode) rồi lưu bằng UTF-8",
			"convert it to Unicode (Unikey's converter: source %s, target Unicode), then save it as UTF-8", name),
	}}
}
