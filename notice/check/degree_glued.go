package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// degrees are the short forms of học hàm, học vị and honours a name line
// may carry (where the sector allows them: Phụ lục I, Mục II, khoản 7c),
// those of signerTitleRe and a specialist's "CKI", "CKII" ("BS.CKII."):
// a hospital's "BSCKII.Hồ Văn Quang" runs into the name as a school's
// "PGS.TS.Trần Đức Viên" does.
var degrees = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"GS": true, "PGS": true, "TS": true, "TSKH": true, "ThS": true, "Ths": true, "THS": true, "BS": true, "BSCKI": true, "BSCKII": true, "CKI": true, "CKII": true, "DS": true, "KS": true, "KTS": true, "CN": true,
		"NGND": true, "NGƯT": true, "NSND": true, "NSƯT": true, "TTND": true, "TTƯT": true, "LS": true}
})

// degreeGlued reports a name line whose học hàm or học vị runs into the
// name with no space after its period: "PGS.TS.Trần Đức Viên".
func degreeGlued(p *Pass, s *Seg) {
	text := s.Text
	for i := strings.IndexByte(text, '.'); i > 0 && i+1 < len(text); i = nextDot(text, i) {
		start := strings.LastIndexFunc(text[:i], func(r rune) bool { return !isLetter(r) }) + 1
		if !degrees()[text[start:i]] {
			continue
		}
		next := text[i+1:]
		end := strings.IndexFunc(next, func(r rune) bool { return !isLetter(r) })
		if end < 0 {
			end = len(next)
		}
		word := next[:end]
		if r, w := utf8.DecodeRuneInString(word); isUpperRune(r) && strings.IndexFunc(word[w:], unicode.IsLower) >= 0 && !degrees()[word] {
			p.Report(s, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", ".", text[start:i+1+len(word)]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", "."))
		}
	}
}

// nextDot is the next period of text after byte i, or -1.
func nextDot(text string, i int) int {
	k := strings.IndexByte(text[i+1:], '.')
	if k < 0 {
		return -1
	}
	return i + 1 + k
}
