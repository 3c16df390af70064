package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// diseaseNames are the names of diseases written with a hyphen before
// their number ("COVID-19"), in small letters.
var diseaseNames = []string{"covid"}

// diseaseGaps are the gaps between a disease's name and its number that
// spacedNumberDash does not say after a capital: a dash spaced on both
// sides, a space alone; and a hyphen spaced on both sides, said here
// after a name in small letters only.
var diseaseGaps = []string{" – ", " — ", " - ", " "}

// diseaseSpot is a disease's name and number parted by one of
// diseaseGaps: the paragraph, the span, the name and the number.
type diseaseSpot struct {
	seg          *Seg
	from, to     int
	name, number string
	gap          string
}

// spacedDiseases reports a disease's name parted from its number by a
// space or by a spaced dash ("Covid 19", "Covid – 19", "covid - 19"),
// once a paragraph, in a text that writes the name and its number one
// way only: where the text writes them two ways, name-spelling says the
// spelling that differs, and one slip is said once. A name in small
// letters, which name-spelling does not read, is said in any case; a
// hyphen spaced after a capital ("Covid - 19") is spacedNumberDash's.
func spacedDiseases(p *Pass, segs []*Seg) {
	var spots []diseaseSpot
	ways := map[string]bool{}
	for _, seg := range segs {
		if seg.Role == RoleArchive || seg.Role == RoleCell {
			continue
		}
		for _, d := range diseasesIn(seg) {
			if d.name != strings.ToLower(d.name) {
				ways[strings.ToLower(d.name)+"|"+d.number+"|"+d.gap] = true // the ways name-spelling reads
			}
			spots = append(spots, d)
		}
	}
	said := map[*Seg]bool{}
	for _, d := range spots {
		lower := d.name == strings.ToLower(d.name)
		if said[d.seg] || d.gap == "" || d.gap == "-" || d.gap == " - " && !lower || !lower && diseaseWays(ways, d) > 1 {
			continue
		}
		said[d.seg] = true
		written := d.seg.Text[d.from:d.to]
		p.Report(d.seg, d.from, diag.Msg("tên bệnh %q viết tách số: tên và số nối bằng dấu gạch nối, không có dấu cách", "the disease's name %q is parted from its number: the name and the number are joined by a hyphen, with no space", written),
			diag.Msg("viết %q", "write %q", diseaseFixed(d.name, d.number)))
	}
}

// diseaseWays counts the ways the text writes d's name and number.
func diseaseWays(ways map[string]bool, d diseaseSpot) int {
	n := 0
	prefix := strings.ToLower(d.name) + "|" + d.number + "|"
	for k := range ways {
		if strings.HasPrefix(k, prefix) {
			n++
		}
	}
	return n
}

// diseasesIn finds the diseases of diseaseNames written with their number
// of one or two figures in seg, with the gap between them: "" for none,
// "-" for the hyphen glued on both sides, or one of diseaseGaps; other
// gaps (a hyphen glued on one side) are left out.
func diseasesIn(seg *Seg) []diseaseSpot {
	text := seg.Text
	if !mayNameDisease(text) {
		return nil
	}
	low := strings.ToLower(text)
	var out []diseaseSpot
	for _, name := range diseaseNames {
		if !strings.Contains(low, name) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(low[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && isWordRune(lastRuneOf(text[:i])) {
				continue
			}
			gap, ok := diseaseGap(text[end:])
			if !ok {
				continue
			}
			a := end + len(gap)
			d := a
			for d < len(text) && isDigit(text[d]) {
				d++
			}
			next, _ := utf8.DecodeRuneInString(text[d:])
			if d == a || d-a > 2 || d < len(text) && (next == '/' || isWordRune(next)) {
				continue
			}
			out = append(out, diseaseSpot{seg: seg, from: i, to: d, name: text[i:end], number: text[a:d], gap: gap})
		}
	}
	return out
}

// mayNameDisease reports whether strings.ToLower(text) may hold one of
// diseaseNames: whether text holds one in ASCII letters of either case,
// or a rune other than an ASCII letter that lowers to one ("İ" to "i"),
// without lowering the whole text.
func mayNameDisease(text string) bool {
	if containsLit(text, "\u0130") {
		return true
	}
	for _, name := range diseaseNames {
		if lazyre.ContainsFold(text, name) {
			return true
		}
	}
	return false
}

// diseaseGap reads the gap at the start of rest, before a figure.
func diseaseGap(rest string) (string, bool) {
	if rest != "" && isDigit(rest[0]) {
		return "", true
	}
	if strings.HasPrefix(rest, "-") && len(rest) > 1 && isDigit(rest[1]) {
		return "-", true
	}
	for _, g := range diseaseGaps {
		if strings.HasPrefix(rest, g) {
			return g, true
		}
	}
	return "", false
}

// diseaseFixed is a disease's name joined to its number: the name as
// written, or in capitals when it is written in small letters ("covid"
// is "COVID-19").
func diseaseFixed(name, number string) string {
	if name == strings.ToLower(name) {
		name = strings.ToUpper(name)
	}
	return name + "-" + number
}
