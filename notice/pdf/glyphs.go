package pdf

import (
	"unicode"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/diag"
)

// CheckGlyphs reports every character of the notice's text that the fonts
// cannot draw, with the field and the position where it is, so that no PDF
// shows an empty box where a letter should be.
func CheckGlyphs(n *notice.Notice, set *fonts.Set) diag.List {
	if allPlain(n, set) {
		return nil // the common case: no finding, and no field's path to build
	}
	var list diag.List
	n.EachText(func(path string, t notice.Text) {
		for i, r := range t.S {
			if set.Plain(r) {
				continue // the common case: nothing to look at further
			}
			if unicode.Is(unicode.Mn, r) {
				// Left after NFC, a combining mark has no letter to sit on:
				// drawn apart, it would look like a letter's mark and not be.
				list = append(list, diag.Finding{
					Pos: t.PosAt(i), Rule: "combining-mark", Severity: diag.Error,
					Message: diag.Msg("dấu rời U+%04X trong %s không ghép được với chữ trước nó thành một chữ có sẵn", "the combining mark U+%04X in %s does not join the letter before it into a precomposed one", r, path),
					Fix:     diag.Msg("gõ lại chữ này bằng bộ gõ Unicode dựng sẵn", "type the letter again with a precomposed Unicode keyboard"),
					Ref:     diag.RefFont,
				})
				continue
			}
			for _, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.Bold | fonts.Italic} {
				if !set.Face(st).Has(r) {
					list = append(list, diag.Finding{
						Pos: t.PosAt(i), Rule: "missing-glyph", Severity: diag.Error,
						Message: diag.Msg("phông %s không có ký tự %q (U+%04X) trong %s", "the font %s cannot draw %q (U+%04X) in %s", set.Family, string(r), r, path),
						Fix: diag.Msg("thay ký tự này, hoặc dùng --font-dir với phông Times New Roman có ký tự đó",
							"replace the character, or use --font-dir with a Times New Roman that has it"),
						Ref: diag.RefFont,
					})
					break
				}
			}
		}
	})
	return list
}

// allPlain reports whether every character of the notice's text is one
// every face draws and none is a combining mark (fonts.Set.Plain): then
// CheckGlyphs has nothing to say.
func allPlain(n *notice.Notice, set *fonts.Set) bool {
	plain := true
	n.EachTextValue(func(t notice.Text) {
		if !plain {
			return
		}
		for _, r := range t.S {
			if !set.Plain(r) {
				plain = false
				return
			}
		}
	})
	return plain
}
