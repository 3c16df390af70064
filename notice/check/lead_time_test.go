package check

import (
	"regexp"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestLeadTimeAsExpressions holds leadTime and leadStop to the
// expressions lead-comma used before them: on every line of testdata
// and each tail of it that opens with one of leadWords, and made texts
// of the phrases' words, figures, spaces and marks.
func TestLeadTimeAsExpressions(t *testing.T) {
	date := `(?:\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2} tháng \d{1,2} năm \d{4})`
	timeRe := regexp.MustCompile(`\A(?:(?:(?:Sáng|Chiều|Tối|Trưa) (?:ngày )?|Ngày |Từ ngày |Đến ngày |Trước ngày )` + date +
		`(?: (?:đến|-|–) (?:hết )?(?:ngày )?` + date + `)?|Trong thời gian tới|Thời gian tới|Thời gian qua|Hiện nay|Vừa qua|Trong những năm qua|Những năm qua|(?:Trong|Sau|Hết|Quá) thời (?:gian|hạn) (?:nêu )?trên)( +)(?:\p{Lu}|(?:các|những) )`)
	stopRe := regexp.MustCompile(`\A((?:(?:Sáng|Chiều|Tối|Trưa) (?:ngày )?|Ngày |Từ ngày |Đến ngày |Trước ngày )` + date + `) *\. +\p{Lu}`)

	var texts []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	for _, l := range testlines.Read(t, "../../testdata", nil) {
		add(l)
		for i := 1; i < len(l); i++ {
			if leadWord(l[i:]) {
				add(l[i:])
			}
		}
	}
	alphabet := []string{"Ngày ", "Sáng ", "Chiều ngày ", "Tối", "Trưa ", "ngày ", "Từ ngày ", "Đến ngày ", "Trước ngày ", "1", "12", "123", "2011", "20111",
		"/", " tháng ", " năm ", " đến ", " - ", " – ", "hết ", " ", "  ", ".", ". ", "Bộ", "Ủy", "các ", "những ", "các", "x", "\xff", "ſ",
		"Trong thời gian tới", "Thời gian qua", "Hiện nay", "Vừa qua", "Những năm qua", "Sau thời hạn nêu trên", "Quá thời gian trên", "Hết thời gian"}
	for _, p := range []string{"Ngày ", "Sáng ", "Sáng ngày ", "Chiều ngày ", "Tối ", "Trưa ngày ", "Từ ngày ", "Đến ngày ", "Trước ngày ", "ngày ", "Trong thời gian tới", "Sau thời hạn nêu trên"} {
		for _, d := range []string{"", "5/12", "05/12/2011", "5 tháng 12 năm 2011", "123/1", "1/1/20111", "1/1/"} {
			for _, r := range []string{"", " đến hết ngày 6/12", " - 7/1/2012", " – 8 tháng 1 năm 2012", " đến ngày x", " đến 9/9"} {
				for _, tail := range []string{" Bộ", "  các đơn vị", " những ", " là", ". Sở", " . Ủy", ".Bộ", "", " Thứ", "các "} {
					add(p + d + r + tail)
				}
			}
		}
	}
	for _, s := range testlines.Random(alphabet, 100000, 7, 97) {
		add(s)
	}
	testlines.Agree(t, "leadTime", texts, func(s string) bool {
		end, subject := leadTime(s)
		m := timeRe.FindStringSubmatchIndex(s)
		return m == nil && end < 0 || m != nil && m[2] == end && m[3] == subject
	}, func(string) bool { return true }, 1)
	testlines.Agree(t, "leadTime matches", texts, func(s string) bool { e, _ := leadTime(s); return e >= 0 }, timeRe.MatchString, 500)
	testlines.Agree(t, "leadStop", texts, func(s string) bool {
		e := leadStop(s)
		m := stopRe.FindStringSubmatchIndex(s)
		return m == nil && e < 0 || m != nil && m[3] == e
	}, func(string) bool { return true }, 1)
	testlines.Agree(t, "leadStop matches", texts, func(s string) bool { return leadStop(s) >= 0 }, stopRe.MatchString, 50)
}
