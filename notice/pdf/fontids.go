package pdf

import (
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/pdf/internal/fpdf"
)

// embeddedFontIDs are the font IDs fpdf gives the embedded faces
// (fonts.Default) registered under family, by style. fpdf computes an ID
// by hashing the font's definition with its 65,536 widths, about 10M
// instructions for the four faces in every process that draws a PDF;
// these are its results, which TestEmbeddedFontIDs holds to
// fpdf.UTF8FontID (a new version of the fonts or of fpdf's definition
// fails there).
var embeddedFontIDs = [4]struct {
	data []byte
	id   string
}{
	fonts.Regular:             {liberationserifregular.TTF, "4457b2ea4faeccf516b43be5193919d7328db4a4"},
	fonts.Bold:                {liberationserifbold.TTF, "28a4f8076a92acefb506c052e82e59abae4e812a"},
	fonts.Italic:              {liberationserifitalic.TTF, "1819ad41720df4bff50a9ab837e0afbb11dbae10"},
	fonts.Bold | fonts.Italic: {liberationserifbolditalic.TTF, "29016e30be81c54ee28e7c73e01017855fe7839d"},
}

// recordFontIDs gives fpdf the IDs of the embedded faces and their
// parses' character maps and widths made at build time
// (fontparse_gen.go: reading them from the files was some 1.9M
// instructions of every process that draws a PDF), once per process;
// fpdf uses them for those very bytes only (the same slice; a parse only
// for a file with its checksum), so fonts from a font directory still
// have theirs computed.
var recordFontIDs = sync.OnceFunc(func() {
	for st, e := range embeddedFontIDs {
		fpdf.SetUTF8FontID(e.data, family, fonts.Style(st).String(), e.id)
		fpdf.SetUTF8FontParse(e.data, embeddedFontParses[st])
	}
})

// recordFixedSubset gives fpdf the fixed subsets of the embedded regular
// and bold italic faces made at build time (fixedsubset_gen.go), once per
// process: making them, the regular face's 264 glyphs and the bold italic
// face's recipients' label subset and deflated, is about 2 ms of every
// process that draws a PDF. fpdf uses each for those very bytes only, and
// only if the face's fixed runes are the ones it was made for: a stale
// table is never written.
var recordFixedSubset = sync.OnceFunc(func() {
	set, err := fonts.Default()
	if err != nil {
		return
	}
	for _, p := range []struct {
		st    fonts.Style
		set   string
		runes string
		sub   fpdf.PrebuiltSubset
	}{
		{fonts.Regular, repertoire, regularFixedRunes, regularFixedSubset},
		{fonts.Bold | fonts.Italic, recipientsLabel, boldItalicFixedRunes, boldItalicFixedSubset},
	} {
		face := set.Face(p.st)
		if fr := fixedRunesOf(face, p.set); fr.String() == p.runes {
			fpdf.SetUTF8FixedSubset(face.Data, fr, p.sub)
		}
	}
})
