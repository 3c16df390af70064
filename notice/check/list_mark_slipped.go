package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// slippedMarkRe is a point's number with another mark typed in place of
// its period: "2- Việc ...", "2/ ...", "2) ...", or the period set apart,
// "4 . Thời gian ...". A capital letter follows.
var slippedMarkRe = lazyre.New(`^(\d{1,2})(\s*[-–]|/|\)|[ \t]+\.)[ \t\x{00A0}]+\p{Lu}`)

// slippedMarker is the marker segs[i] holds the place of when its number
// is written with another mark ("2- Việc ứng vốn" between "1." and "3."):
// "2.", when the number goes on from its neighbours as bareMarker asks,
// so that the points after it are not told a number is missing; list-mark
// says the mark. "" for any other paragraph.
func slippedMarker(segs []Seg, i int) string {
	if segs[i].Marker != "" {
		return ""
	}
	m := slippedMarkRe().FindStringSubmatch(segs[i].Text)
	if m == nil {
		return ""
	}
	n, _ := strconv.Atoi(m[1])
	if !fitsNeighbours(segs, i, []int{n}) {
		return ""
	}
	return m[1] + "."
}

// spacedPeriods reports, for list-mark, each point whose period is set
// apart from its number ("4 . Thời gian") among points written "3.": the
// other slipped marks ("2-", "2/", "2)") are said by styledMarks.
func spacedPeriods(p *Pass) {
	body := p.View.Body
	for i := range body {
		m := slippedMarker(body, i)
		if m == "" {
			continue
		}
		mark := slippedMarkRe().FindStringSubmatch(body[i].Text)[2]
		if strings.TrimLeft(mark, " \t") != "." {
			continue
		}
		w := strings.TrimSuffix(m, ".") + mark
		p.Report(&body[i], 0, diag.Msg("số thứ tự %q có dấu cách trước dấu chấm, các khoản cùng cấp viết liền", "the number %q has a space before its period, where the other points of its level have none", w),
			diag.Msg("viết %q", "write %q", m))
	}
}
