package docx

import (
	"math"
	"strconv"
	"strings"
)

// Lengths in WordprocessingML are numbers in the attribute's own unit
// (twips for indents, spacing, margins and widths; half-points for font
// sizes), or, as ECMA-376 Part 1 allows for the same attributes
// (ST_TwipsMeasure, ST_SignedTwipsMeasure, ST_HpsMeasure, §22.9.2.15-16),
// a universal measure: a decimal number and a unit, "14pt", "1.27cm",
// "2cm", "0.5in", "210mm", "1pc" (or "1pi"). Word reads both; programs
// that write lengths with their units (the "docx" library of JavaScript,
// when given them) write the second. Read as a bare number, "14pt" was a
// 7-point size and "2cm" a margin of 2 twips.

// unitTwips is how many twips one of each unit is.
var unitTwips = map[string]float64{
	"pt": 20, "in": 1440, "cm": 1440 / 2.54, "mm": 144 / 2.54, "pc": 240, "pi": 240,
}

// twipsAttr reads a length attribute in twips.
func (t *tree) twipsAttr(i int32, name string) (int, bool) {
	return t.measureAttr(i, name, 1)
}

// halfPointsAttr reads a font size attribute in half-points.
func (t *tree) halfPointsAttr(i int32, name string) (int, bool) {
	return t.measureAttr(i, name, 10)
}

// measureAttr reads a length whose bare number is in units of per twips.
func (t *tree) measureAttr(i int32, name string, per float64) (int, bool) {
	v, ok := t.wattr(i, name)
	if !ok {
		return 0, false
	}
	if n, ok := parseInt(v); ok && !hasUnit(v) {
		return n, true
	}
	return parseMeasure(v, per)
}

// hasUnit tells a universal measure ("2cm") from a bare number ("1134",
// " 240 ", "100.0") by its last letter.
func hasUnit(v string) bool {
	v = strings.TrimSpace(v)
	return v != "" && (v[len(v)-1] >= 'a' && v[len(v)-1] <= 'z')
}

// parseMeasure reads a decimal number ("100.0", "-1.5") or a universal
// measure ("1.27cm"), giving it in units of per twips, rounded.
func parseMeasure(v string, per float64) (int, bool) {
	v = strings.TrimSpace(v)
	scale := 1.0
	if len(v) > 2 {
		if u, ok := unitTwips[v[len(v)-2:]]; ok {
			scale, v = u/per, v[:len(v)-2]
		}
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	const limit = 1 << 30
	return int(math.Round(max(-limit, min(limit, f*scale)))), true
}
