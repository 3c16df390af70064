package fonts

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// Style is a combination of bold and italic.
type Style uint8

const (
	Regular Style = 0
	Bold    Style = 1 << 0
	Italic  Style = 1 << 1
)

// String names the style as fpdf does: "", "B", "I", "BI".
func (s Style) String() string {
	switch s {
	case Bold:
		return "B"
	case Italic:
		return "I"
	case Bold | Italic:
		return "BI"
	}
	return ""
}

// Set is a family in its four styles.
type Set struct {
	Family string
	faces  [4]*Face
	// plain has bit r set, for r below fastLimit, when every face draws r
	// and r is no combining mark.
	plain [fastLimit / 64]uint64
}

// Plain reports whether every face of the set draws r and r is no
// combining mark (which a PDF would draw apart from the letter before
// it): a rune a notice may hold in any style. It is false for what the
// set does not know at once, which the caller then looks at rune by rune.
func (s *Set) Plain(r rune) bool {
	return r >= 0 && r < fastLimit && s.plain[r/64]&(1<<(r%64)) != 0
}

// fillPlain computes plain from the faces' tables (Has below fastLimit).
func (s *Set) fillPlain() {
	f0, f1, f2, f3 := s.faces[0].fast, s.faces[1].fast, s.faces[2].fast, s.faces[3].fast
	for r := range rune(fastLimit) {
		if f0[r] >= 0 && f1[r] >= 0 && f2[r] >= 0 && f3[r] >= 0 {
			s.plain[r/64] |= 1 << (r % 64)
		}
	}
	// The combining marks are taken out range by range of the table,
	// not looked up rune by rune.
	for _, m := range unicode.Mn.R16 {
		for r := rune(m.Lo); r <= rune(m.Hi) && r < fastLimit; r += rune(m.Stride) {
			s.plain[r/64] &^= 1 << (r % 64)
		}
	}
}

// Face returns the face of a style.
func (s *Set) Face(st Style) *Face { return s.faces[st&3] }

// Missing returns the first rune of text the style cannot draw, and false
// when it can draw them all.
func (s *Set) Missing(text string, st Style) (rune, bool) {
	f := s.Face(st)
	for _, r := range text {
		if !f.Has(r) {
			return r, true
		}
	}
	return 0, false
}

// The embedded faces, their names and their family.
var (
	liberationData = [4][]byte{
		liberationserifregular.TTF, liberationserifbold.TTF,
		liberationserifitalic.TTF, liberationserifbolditalic.TTF,
	}
	liberationNames = [4]string{"LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
)

const liberationFamily = "Liberation Serif"

var liberation = sync.OnceValues(func() (*Set, error) { return newLiberation(), nil })

// faceMetrics are the metrics of a face, as Parse reads them.
type faceMetrics struct {
	unitsPerEm, ascent, descent, lineGap float64
}

// newLiberation makes the embedded set from the tables generated from it
// (liberation_gen.go: each face's metrics and the advances of the runes
// below fastLimit it has glyphs for, and the set's plain runes), which newSet would work out from
// the font files in every process (some 1.3M instructions, issue 14);
// TestLiberationGenerated holds them to newSet's.
func newLiberation() *Set {
	s := &Set{Family: liberationFamily, plain: liberationPlain}
	for i := range s.faces {
		m := liberationMetrics[i]
		f := &Face{Name: liberationNames[i], Data: liberationData[i],
			UnitsPerEm: m.unitsPerEm, Ascent: m.ascent, Descent: m.descent, LineGap: m.lineGap,
			fast: make([]float64, fastLimit)}
		fast, upem := f.fast, f.UnitsPerEm
		fast[0] = -1
		for n := 1; n < len(fast); n *= 2 {
			copy(fast[n:], fast[:n])
		}
		for _, p := range liberationFast[i] {
			fast[p.r] = float64(p.units) / upem // as fillFast divides
		}
		s.faces[i] = f
	}
	return s
}

// glyphAdvance is a rune below fastLimit a face has a glyph for, and its
// advance in font units.
type glyphAdvance struct{ r, units uint16 }

// Default returns Liberation Serif, parsed once per process.
func Default() (*Set, error) { return liberation() }

func newSet(family string, data [4][]byte, names [4]string) (*Set, error) {
	s := &Set{Family: family}
	for i, d := range data {
		f, err := Parse(names[i], d)
		if err != nil {
			return nil, err
		}
		s.faces[i] = f
	}
	s.fillPlain()
	return s, nil
}

// fileNames are the names the four styles of Times New Roman go by, in the
// order Regular, Bold, Italic, Bold Italic.
var fileNames = [4][]string{
	{"times.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf", "Times_New_Roman.ttf", "TimesNewRomanPSMT.ttf"},
	{"timesbd.ttf", "Times New Roman Bold.ttf", "TimesNewRoman-Bold.ttf", "Times_New_Roman_Bold.ttf", "TimesNewRomanPS-BoldMT.ttf"},
	{"timesi.ttf", "Times New Roman Italic.ttf", "TimesNewRoman-Italic.ttf", "Times_New_Roman_Italic.ttf", "TimesNewRomanPS-ItalicMT.ttf"},
	{"timesbi.ttf", "Times New Roman Bold Italic.ttf", "TimesNewRoman-BoldItalic.ttf", "Times_New_Roman_Bold_Italic.ttf", "TimesNewRomanPS-BoldItalicMT.ttf"},
}

var dirSets sync.Map // absolute dir -> *dirEntry

type dirEntry struct {
	once sync.Once
	set  *Set
	err  error
}

// FromDir loads Times New Roman from dir (times.ttf, timesbd.ttf, timesi.ttf,
// timesbi.ttf, or their long names), once per process and directory.
func FromDir(dir string) (*Set, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	v, _ := dirSets.LoadOrStore(abs, &dirEntry{})
	e := v.(*dirEntry)
	e.once.Do(func() { e.set, e.err = loadDir(abs) })
	return e.set, e.err
}

func loadDir(dir string) (*Set, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read font directory: %w", err)
	}
	byLower := map[string]string{}
	for _, e := range entries {
		byLower[strings.ToLower(e.Name())] = e.Name()
	}
	var data [4][]byte
	var names [4]string
	for i, candidates := range fileNames {
		for _, c := range candidates {
			if real, ok := byLower[strings.ToLower(c)]; ok {
				b, err := readFont(filepath.Join(dir, real))
				if err != nil {
					return nil, err
				}
				data[i], names[i] = b, real
				break
			}
		}
		if data[i] == nil {
			return nil, fmt.Errorf("font directory %s: %w (%s)", dir, ErrNoTimes, strings.Join(candidates[:2], " or "))
		}
	}
	return newSet("Times New Roman", data, names)
}

// MaxFontSize is the largest font file read: Times New Roman is about a
// megabyte.
const MaxFontSize = 64 << 20

// readFont reads a font file that is a regular file of at most
// MaxFontSize bytes: a link to a device such as /dev/zero, or a pipe,
// never reaches the parser.
func readFont(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	if !fi.Mode().IsRegular() || fi.Size() > MaxFontSize {
		return nil, fmt.Errorf("read font %s: %w", path, ErrNotTrueType)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFontSize+1))
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	if len(b) > MaxFontSize {
		return nil, fmt.Errorf("read font %s: %w", path, ErrNotTrueType)
	}
	return b, nil
}

// ErrNoTimes says a font directory lacks one of the four styles.
var ErrNoTimes = errors.New("no Times New Roman file for one of the four styles")
