package check

import "github.com/thongbao/thongbao/notice/docx"

// Word keeps some lengths in units other than twips: spacing in
// hundredths of a line (w:beforeLines, what Word writes when the spacing
// is typed as "0,5 dòng" and what WPS Office writes by default) and
// indents in hundredths of a character (w:firstLineChars, "2 ký tự").
// When such a value is not zero Word uses it instead of the twips. These
// give the twips Word lays out.

// twipsPerLine is one line of paragraph spacing: Word counts a line of
// spacing as 12 pt whatever the font.
const twipsPerLine = 240

// spaceBefore and spaceAfter are a paragraph's spacing in twips.
func spaceBefore(s docx.Spacing) int {
	if s.BeforeLines > 0 {
		return s.BeforeLines * twipsPerLine / 100
	}
	return s.Before
}

func spaceAfter(s docx.Spacing) int {
	if s.AfterLines > 0 {
		return s.AfterLines * twipsPerLine / 100
	}
	return s.After
}

// firstLineStart is where the first line of a paragraph starts, in twips
// from the margin: its left indent and first-line indent, a character
// being the paragraph's size (half-points; 0 for Word's 10 pt).
func firstLineStart(in docx.Indent, size int) int {
	if size == 0 {
		size = 20
	}
	char := size * 10 // twips of one character: the size in points * 20
	left, first := in.Left, in.FirstLine
	if in.LeftChars != 0 {
		left = in.LeftChars * char / 100
	}
	if in.FirstLineChars != 0 {
		first = in.FirstLineChars * char / 100
	}
	return left + first
}
