package pdf

import (
	"sync"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/pdf/internal/fpdf"
)

// repertoire is what a Vietnamese notice draws in nearly every case:
// printable ASCII, the Vietnamese letters in both cases, and the
// punctuation and signs the templates and real notices use (the seeds and
// the corpus: dashes, curly quotes, ellipsis, bullets, superscript
// figures of footnotes, ×, ÷, §, °, №, arrows and comparison signs).
const repertoire = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
	"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ" +
	"àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" +
	"\u00a0–—‘’“”…•·«»§°№×÷±¹²³⁰⁴⁵⁶⁷⁸⁹½→≤≥◦▪●©®"

// fixedStyles are the faces drawn with a fixed subset (PATCHES.md 27).
var fixedStyles = []fonts.Style{fonts.Regular}

// fixedRunes returns, once per process and face, the runes of the
// repertoire the face can draw: a face's fixed subset holds no rune it
// lacks, which the glyph check refuses before drawing anyway.
var fixedRunes = struct {
	mu sync.Mutex
	m  map[*fonts.Face]*fpdf.FixedRunes
}{m: map[*fonts.Face]*fpdf.FixedRunes{}}

func fixedRunesOf(face *fonts.Face) *fpdf.FixedRunes {
	fixedRunes.mu.Lock()
	defer fixedRunes.mu.Unlock()
	if fr, ok := fixedRunes.m[face]; ok {
		return fr
	}
	var rs []rune
	for _, r := range repertoire {
		if face.Has(r) {
			rs = append(rs, r)
		}
	}
	fr := fpdf.NewFixedRunes(rs)
	fixedRunes.m[face] = fr
	return fr
}

// fixedSubsets is the canvas of the copy of fpdf, which can subset a font
// to a fixed set of runes made once per process (PATCHES.md 27).
type fixedSubsets interface {
	SetUTF8FontFixedRunes(familyStr, styleStr string, fr *fpdf.FixedRunes)
}

// setFixedSubsets gives each face of fixedStyles its fixed set.
func setFixedSubsets(pdf canvas, set *fonts.Set) {
	fs, ok := pdf.(fixedSubsets)
	if !ok {
		return
	}
	for _, st := range fixedStyles {
		fs.SetUTF8FontFixedRunes(family, st.String(), fixedRunesOf(set.Face(st)))
	}
}
