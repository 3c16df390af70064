package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// measureRe is a measure of area, volume or length with a decimal part
// of one or two figures: "2.6 m2", "429,2 m2", "1,25 ha". A group of
// thousands has three figures, so one or two after the mark are
// decimals whichever the mark. Group 1 is the figure, 2 the mark.
var measureRe = lazyre.New(`(?:^|[^\d.,\p{L}])(\d+([.,])\d{1,2}) ?(?:m2|m²|m3|m³|km2|km²|ha|km)(?:[^\d\p{L}]|$)`)

// groupedComma reports whether s holds a figure that groups its
// thousands with points and takes the decimal comma ("12.450,5 m2", a
// table's "1.245,6" under "Diện tích (m2)"): the Vietnamese way of
// writing decimals, unit or none. measureRe reads no figure after a
// point, so such a figure did not show the text's comma. Read back from
// each comma.
func groupedComma(s string) bool {
	for at := 0; ; {
		k := strings.IndexByte(s[at:], ',')
		if k < 0 {
			return false
		}
		i := at + k
		at = i + 1
		d := 0
		for i+1+d < len(s) && d < 3 && isDigit(s[i+1+d]) {
			d++
		}
		if d < 1 || d > 2 {
			continue
		}
		if groupedBefore(s, i) {
			return true
		}
	}
}

// groupedBefore reports whether s[:i] ends with a figure grouped by
// points ("12.450"), standing on its own.
func groupedBefore(s string, i int) bool {
	groups := 0
	for i >= 4 && isDigit(s[i-1]) && isDigit(s[i-2]) && isDigit(s[i-3]) && s[i-4] == '.' {
		i -= 4
		groups++
	}
	n := 0
	for i > 0 && n < 4 && isDigit(s[i-1]) {
		i--
		n++
	}
	if groups == 0 || n < 1 || n > 3 {
		return false
	}
	if i == 0 {
		return true
	}
	c := s[i-1]
	return c != '.' && c != ',' && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80)
}

// decimalMeasures reports, for decimal-mixed, a measure written with a
// decimal point ("Đất trồng lúa: 2.6 m2") in a text whose other
// measures or shares take the decimal comma ("429,2 m2", "29,0%"): one text, two
// separators, the Vietnamese one beside the English. A text writing
// all its measures with a point is left alone here.
func decimalMeasures(p *Pass) {
	type spot struct {
		seg  *Seg
		from int
		num  string
	}
	var points []spot
	comma := false
	for _, seg := range p.View.textSegs() {
		if !p.View.mayHoldMeasure(seg.Text) {
			comma = comma || seg.Role != RoleArchive && (commaPercent(seg.Text) || groupedComma(seg.Text)) // "đạt 29,0%", a table's "1.245,6" beside "903.78 ha"
			continue
		}
		comma = comma || groupedComma(seg.Text) || commaPercent(seg.Text)
		for _, m := range measureRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			if seg.Text[m[4]] == ',' {
				comma = true
				continue
			}
			points = append(points, spot{seg, m[2], seg.Text[m[2]:m[3]]})
		}
	}
	if !comma {
		return
	}
	for _, s := range points {
		p.Report(s.seg, s.from, diag.Msg("số thập phân %q dùng dấu chấm, chỗ khác dùng dấu phẩy", "the decimal %q uses a point where others use a comma", s.num),
			diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(s.num, ".", ",", 1)))
	}
}

// measureUnitAfter reports whether s starts, after one space or none, with a
// unit measureRe reads.
func measureUnitAfter(s string) bool {
	for k := 0; k < 2; k++ {
		for _, u := range []string{"m2", "m²", "m3", "m³", "km", "ha"} {
			if strings.HasPrefix(s, u) {
				return true
			}
		}
		if !strings.HasPrefix(s, " ") {
			return false
		}
		s = s[1:]
	}
	return false
}

// degreeRe is a longitude or latitude in degrees with a decimal part
// ("115.0 độ Kinh Đông", "18,0 độ Vĩ Bắc"), as a storm bulletin gives a
// position. Group 1 is the figure, 2 the mark.
var degreeRe = lazyre.New(`(?:^|[^\d.,\p{L}])(\d{1,3}([.,])\d{1,2}) ?(?:độ|°) ?(?:[Kk]inh|[Vv]ĩ)(?:[^\p{L}]|$)`)

// decimalDegrees reports, for decimal-mixed, a position in degrees
// written with a decimal point ("phía Đông 115.0 độ Kinh Đông"): the
// bulletins of the weather service and of the disaster boards write
// "18,0 độ Vĩ Bắc; 120,0 độ Kinh Đông", with the Vietnamese comma, and
// a degree of longitude or latitude is never a group of thousands.
func decimalDegrees(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !strings.Contains(seg.Text, "độ") && !strings.Contains(seg.Text, "°") || !p.View.mayHoldScore(seg.Text) {
			continue
		}
		for _, m := range degreeRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			if seg.Text[m[4]] != '.' {
				continue
			}
			num := seg.Text[m[2]:m[3]]
			p.Report(seg, m[2], diag.Msg("tọa độ %q dùng dấu chấm thập phân", "the position %q uses a decimal point", num),
				diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(num, ".", ",", 1)))
		}
	}
}
