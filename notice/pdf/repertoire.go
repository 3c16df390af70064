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

// recipientsLabel heads the recipients (ô 9b), in bold italic: the one
// text every notice draws in that face.
const recipientsLabel = "Nơi nhận:"

// fixedStyles are the faces drawn with a fixed subset (PATCHES.md 27), in
// the order of fixedSets: the regular face, which draws most of the
// repertoire in any notice, and the bold italic one, which draws the
// recipients' label and, in nearly every notice, nothing else (its fixed
// subset is then the very subset the notice's own runes give).
var fixedStyles = []fonts.Style{fonts.Regular, fonts.Bold | fonts.Italic}

// fixedSets are the runes each face of fixedStyles is subset to.
var fixedSets = []string{repertoire, recipientsLabel}

// fixedRunes returns, once per process, face and set, the runes of the
// set the face can draw: a face's fixed subset holds no rune it lacks,
// which the glyph check refuses before drawing anyway.
var fixedRunes = struct {
	mu sync.Mutex
	m  map[fixedRunesKey]*fpdf.FixedRunes
}{m: map[fixedRunesKey]*fpdf.FixedRunes{}}

type fixedRunesKey struct {
	face *fonts.Face
	set  string
}

func fixedRunesOf(face *fonts.Face, set string) *fpdf.FixedRunes {
	fixedRunes.mu.Lock()
	defer fixedRunes.mu.Unlock()
	k := fixedRunesKey{face, set}
	if fr, ok := fixedRunes.m[k]; ok {
		return fr
	}
	var rs []rune
	for _, r := range set {
		if face.Has(r) {
			rs = append(rs, r)
		}
	}
	fr := fpdf.NewFixedRunes(rs)
	fixedRunes.m[k] = fr
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
	for i, st := range fixedStyles {
		fs.SetUTF8FontFixedRunes(family, st.String(), fixedRunesOf(set.Face(st), fixedSets[i]))
	}
}
