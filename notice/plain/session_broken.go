package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A legal library that breaks a Nghị quyết's lines at a fixed width may
// break the council's session line inside its first word: "KH" over "ÓA
// XVIII, KỲ HỌP THỨ 4". Read apart, the piece "KH" is joined to the
// trích yếu above it as a word of it. joinSessionPieces joins the piece
// to the line under it where the two make the session line whole, the
// only join that is certain: the line's form is fixed ("KHÓA ..., KỲ
// HỌP THỨ ...").

// sessionLineRe is a council's session line: "KHÓA XVIII, KỲ HỌP THỨ 4".
var sessionLineRe = lazyre.New(`^KH(?:ÓA|OÁ)\s+[IVXLC]+\s*,\s*KỲ\s+HỌP\b`)

// sessionPieceRe is a piece of a word in capitals alone on its line.
var sessionPieceRe = lazyre.New(`^\p{Lu}{1,4}$`)

// joinSessionPieces joins each piece of the session line's first word,
// alone on its line, to the line right under it when together they are
// the session line (sessionLineRe) and the piece alone is not. The joined
// line keeps the piece's line number; its letters keep their places.
func joinSessionPieces(out []line) []line {
	for i := 0; i+1 < len(out); i++ {
		l, n := out[i], out[i+1]
		if l.cells != nil || n.cells != nil || l.page || n.page || len(l.src) == 0 {
			continue
		}
		w, rest := strings.TrimSpace(l.text), strings.TrimSpace(n.text)
		if !sessionPieceRe().MatchString(w) || sessionLineRe().MatchString(rest) || !sessionLineRe().MatchString(w+rest) {
			continue
		}
		j := line{text: l.text + n.text, num: l.num, col: l.col}
		j.src = append(append(j.src, l.src...), n.src...)
		if l.nfd > 0 {
			j.nfd = l.nfd
		} else if n.nfd > 0 {
			j.nfd = len(l.text) + n.nfd
		}
		out[i], out[i+1] = j, line{num: n.num}
	}
	return out
}
