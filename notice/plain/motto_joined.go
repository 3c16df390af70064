package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// mottoJoinedRe is the Quốc hiệu and the Tiêu ngữ on one line, as a PDF's
// text extraction joins the header's two lines of the right column when
// the header's cells stand one under another ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM Độc lập - Tự do - Hạnh phúc"); its group is where the Tiêu ngữ
// starts.
var mottoJoinedRe = lazyre.New(`^\s*(?i:cộng hòa|cộng hoà)\s+\S.*?(?i:việt nam)\s+((?i:độc lập)\s*[-–—]\s*\S.*)$`)

// mottoParted parts each line of out that mottoLines parts, among the
// first lines of a text (topLines), where a header stands; the lines keep
// their order. It runs last, when no step reads out beside the raw lines.
func mottoParted(out []line) []line {
	seen := 0
	for i, l := range out {
		if l.cells != nil || l.text != "" {
			seen++
		}
		if seen > topLines {
			return out
		}
		if parts := headerRunLines(l); len(parts) > 1 { // header_run.go
			return mottoParted(append(append(out[:i:i], parts...), out[i+1:]...))
		}
		if parts := mottoLines(l); len(parts) > 1 {
			return append(append(out[:i:i], parts...), out[i+1:]...)
		}
	}
	return out
}

// mottoLines parts a line that holds the Quốc hiệu and the Tiêu ngữ
// joined (mottoJoinedRe) into the two lines of the header they are, each
// with the line's number; any other line is returned as it is.
func mottoLines(l line) []line {
	if l.cells != nil {
		return []line{l}
	}
	m := mottoJoinedRe().FindStringSubmatchIndex(l.text)
	if m == nil {
		return []line{l}
	}
	return l.splitAt([]int{m[2]}, nil)
}
