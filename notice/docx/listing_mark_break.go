package docx

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// lineMarkRe opens a printed line that a clerk starts with Shift+Enter
// inside one paragraph as a line of its own: a recipient's or a point's
// dash ("- Văn phòng UBND tỉnh;"), a numbered or lettered point ("2. Thời
// gian", "b) Văn phòng"), a ground ("Căn cứ Nghị định ...").
var lineMarkRe = lazyre.New(`^(?:[-–+•] \pL|(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)) \p{Lu}|Căn cứ )`)

// breakBeforeMark reports whether the manual line break whose space
// stands at b is followed by a line's mark.
func (p *Paragraph) breakBeforeMark(b int) bool {
	return lineMarkRe().MatchString(p.Text[b+1:])
}

// markBreaks reports whether a body paragraph has a manual line break
// before a line's mark. Word prints such a line as a line of its own; read
// as one line with the text before it, a recipient's line missing its ";"
// ("- UBND tỉnh (b/c)" Shift+Enter "- Văn phòng UBND tỉnh;") or a ground's
// missing ";" went unread. Other breaks stay spaces: a sentence wrapped by
// hand is one line.
func markBreaks(p *Paragraph) bool {
	for _, b := range p.Breaks {
		if b < len(p.Text) && p.breakBeforeMark(b) {
			return true
		}
	}
	return false
}
