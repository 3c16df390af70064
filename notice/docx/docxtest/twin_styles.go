package docxtest

import "strings"

// twinStyles are the styles of ShapeStyles: docDefaults in the theme's
// minor font, a Normal style, a "Body" style based on it that sets the
// body, and a style for each element of the header and the end block.
func twinStyles() string {
	s := DocDefaults(`<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>`,
		`<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>`) +
		DefaultStyle("paragraph", "Normal", "Normal", "", `<w:sz w:val="28"/><w:szCs w:val="28"/>`) +
		DefaultStyle("character", "DefaultParagraphFont", "Default Paragraph Font", "", "") +
		DefaultStyle("table", "TableNormal", "Normal Table", "", "") +
		Style("paragraph", "TBBody", "Body", "Normal", twinBodyPPr, "")
	// Each element's style restates no font: the theme gives it. The
	// elements in capitals are set in capitals by their style (w:caps).
	for _, r := range []twinRole{roleParent, roleIssuer, roleNumber, roleVV, roleQuocHieu, roleTieuNgu, rolePlaceDate, roleTitle, roleSubject, roleLabel, roleRecipient, roleSigner, roleName} {
		rPr := strings.TrimPrefix(r.rPr, twinFont)
		if twinCaps[r.style] {
			rPr = "<w:caps/>" + rPr
		}
		s += Style("paragraph", r.style, r.style, "Normal", r.pPr, rPr)
	}
	return s
}

// twinCaps are the styles of ShapeStyles that set their text in
// capitals: the text is typed in small letters, capital initials.
var twinCaps = map[string]bool{"TBParent": true, "TBIssuer": true, "TBQuocHieu": true, "TBTitle": true, "TBSigner": true}

// typedForCaps is text in capitals as a clerk types it under a style
// that sets it in capitals: "Cộng hòa xã hội chủ nghĩa Việt Nam" is
// typed "Cộng Hòa Xã Hội ..." (each word's first letter kept): w:caps
// prints it as it was. Text with a small letter stays as it is.
func typedForCaps(text string) string {
	if strings.ToUpper(text) != text {
		return text
	}
	words := strings.Split(text, " ")
	for i, w := range words {
		r := []rune(w)
		if len(r) > 1 {
			words[i] = string(r[0]) + strings.ToLower(string(r[1:]))
		}
	}
	return strings.Join(words, " ")
}
