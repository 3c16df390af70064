package check

// figureSep reports whether ok holds at some mark of s that stands
// alone between two runs of figures ("1.2", "6,5"), given its place: the
// end of one run of the text's figures (View.figureRuns) right before
// the next, where every figure, a mark and a figure in a row stand.
func (v *View) figureSep(s string, ok func(i int) bool) bool {
	runs := v.figureRuns(s)
	for k := 1; k < len(runs); k++ {
		if i := int(runs[k-1][1]); int(runs[k][0]) == i+1 && ok(i) {
			return true
		}
	}
	return false
}

// mayHoldMeasure reports whether s holds what every match of measureRe
// holds: a digit, a point or comma, one or two digits, a space or none,
// and a unit ("m2", "m²", "m3", "m³", "km", "ha"; "km2" and "km²" start
// with "km"). Most paragraphs hold none, and the expression, tried from
// nearly every byte, need not run over them (the units alone let most
// through: "ha" is in "thành", "phải", "khai").
func (v *View) mayHoldMeasure(s string) bool {
	return v.figureSep(s, func(i int) bool {
		return (s[i] == '.' || s[i] == ',') &&
			(measureUnitAfter(s[i+2:]) || i+2 < len(s) && isDigit(s[i+2]) && measureUnitAfter(s[i+3:]))
	})
}

// mayHoldScore reports whether s has a figure, a point or a comma and a
// figure in a row, as every score scoreRe finds: a look before the
// expression, whose letter classes are dear to run on every paragraph.
func (v *View) mayHoldScore(s string) bool {
	return v.figureSep(s, func(i int) bool { return s[i] == '.' || s[i] == ',' })
}

// mayHoldDecimal reports whether s has a digit, sep, one or two digits,
// a slash and a digit in a row, as every score decimalPoint or
// decimalComma finds: a look before the expressions (a date, a section
// "1.2" or a thousand "1.000" has no slash after its digits).
func (v *View) mayHoldDecimal(s string, sep byte) bool {
	return v.figureSep(s, func(i int) bool { return s[i] == sep && scoreTail(s[i+1:]) })
}
