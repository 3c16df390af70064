package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A sentence that runs through a list of items parted by semicolons
// ("... đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các Sở, ban,
// ngành của tỉnh;" / "Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; ...") or a
// ground that cites several acts after one "Căn cứ" ("Căn cứ Nghị định số
// 34/2016/NĐ-CP ... pháp luật;" / "Nghị định số 154/2020/NĐ-CP ...") may
// have a line stop at the page's edge right after a semicolon, the line
// under opening with a capital, as a paragraph of its own would. It goes
// on when the line above ran to the edge (the first word under it would
// not have fitted) and either the paragraph is a ground opened by "Căn
// cứ" and the line under opens with an act's kind ("Nghị định", "Luật",
// "Thông tư"), no "Căn cứ" of its own; or the paragraph, no point or
// dash's item, holds a semicolon before the last and its last item is a
// short one (a list of names, no clause), as the line under's first item
// is. A paragraph that ends with a semicolon at the edge by chance, over
// a point, a dash's item or a ground of its own, stays apart.

// semicolonWrap reports whether line t goes on with line p, which ends
// with a semicolon, in a page's text whose width is width, p standing in
// its paragraph as at says.
func semicolonWrap(p, t string, width int, at lineAt) bool {
	if !strings.HasSuffix(p, ";") || !upperStart(t) || isUpper(t) || ownLine(t) || endLabel(t) || fieldOpens(t) {
		return false
	}
	q := p
	if at.opens {
		q = strings.Repeat(" ", width/firstIndent) + p // the first line's indent
	}
	if !noRoom(q, t, width) {
		return false
	}
	if groundOpensRe().MatchString(at.first) {
		return actKindRe().MatchString(t) && !groundOpensRe().MatchString(t)
	}
	if at.item {
		return false
	}
	items := strings.Split(strings.TrimSuffix(at.text, ";"), ";")
	first, _, _ := strings.Cut(t, ";")
	return len(items) > 1 && shortItem(items[len(items)-1]) && shortItem(first)
}

// shortItem reports whether s, an item of a list parted by semicolons,
// is a short one: a name or two, no clause.
func shortItem(s string) bool {
	return len(strings.Fields(s)) <= listItemWords && utf8.RuneCountInString(s) > 0
}

// listItemWords is the most words a short item of a list holds.
const listItemWords = 8

var (
	groundOpensRe = lazyre.New(`^[*_]*Căn cứ\s`)
	actKindRe     = lazyre.New(`^(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị)\s`)
)
