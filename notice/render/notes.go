package render

import (
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/diag"
)

// notes tells the clerk what the document writes otherwise than the source
// (compose.Correction): the space after "TL.", the final period of the
// "Lưu:" line. They are notes, not findings of the check: the document is
// right, the source should say the same.
func notes(cs []compose.Correction) diag.List {
	var out diag.List
	for _, c := range cs {
		out = append(out, diag.Finding{
			Pos: c.Pos, Rule: "corrected", Severity: diag.Info, Ref: diag.Practice,
			Message: diag.Msg("bản trình bày ghi %q thay cho %q (%s)", "the document writes %q where the source has %q (%s)", c.Now, c.Was, c.What),
			Fix:     diag.Msg("sửa tệp nguồn cho giống bản trình bày", "change the source to match the document"),
		})
	}
	out.Sort()
	return out
}
