package check

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// From 01/7/2025 (Nghị quyết 202/2025/QH15) the country has 34 provinces:
// 29 were merged into a neighbour whose name the new province took, and
// "tỉnh Kon Tum", "tỉnh Bình Định" name no province since. Thừa Thiên Huế
// became the thành phố Huế on 01/01/2025. A notice issued since that
// sends a copy to a body of such a province, gives one work or names one
// in its own header copied its lines from an older notice, as for a
// merged ministry or sở (merged_body.go).

// provincesMerged maps each former province to the province it is part
// of now: those of provinceMerges (place_province.go), and the two the
// Thành phố Hồ Chí Minh took, which provinceMerges leaves (no date line
// names the city so), and Thừa Thiên Huế.
var provincesMerged = sync.OnceValue(func() map[string]string {
	m := map[string]string{
		"Bình Dương": "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Thành phố Hồ Chí Minh",
		"Thừa Thiên Huế": "thành phố Huế",
	}
	for _, g := range provinceMerges {
		now := g[0]
		if centralCities()[now] {
			now = "thành phố " + now
		}
		for _, former := range g[1:] {
			m[former] = now
		}
	}
	return m
})

// centralCities are the merged provinces that are cities run by the
// centre: "thành phố Hải Phòng", not "tỉnh".
var centralCities = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true}
})

// provinceMergedRe finds "tỉnh" and a former province's name, whatever the
// case ("UBND TỈNH KON TUM", "Sở Y tế tỉnh Bình Định"); group 1 is the
// name. The name alone is left: many are the names of a xã or phường now
// ("phường Kon Tum").
var provinceMergedRe = lazyre.Build(func() string {
	var names []string
	for _, n := range slices.Sorted(maps.Keys(provincesMerged())) { // one expression each run (slowLookAllowed's key)
		w := strings.Join(strings.Fields(n), `\s+`)
		w = strings.ReplaceAll(w, `\s+-\s+`, `\s*[-–]\s*`)
		w = strings.ReplaceAll(w, "Hòa", "H(?:òa|oà)")
		w = strings.ReplaceAll(w, "Đắk", "Đ[ắă]k")
		names = append(names, w)
	}
	return `(?i)(?:^|[^\p{L}\p{N}])tỉnh\s+(` + strings.Join(names, "|") + `)(?:$|[^\p{L}\p{N}])`
})

// provinceByFold maps each former province's folded name to its entry in
// provincesMerged.
var provinceByFold = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for n := range provincesMerged() {
		m[foldProvince(n)] = n
	}
	return m
})

// foldProvince is a province's name folded, its dash and spaces made one.
func foldProvince(s string) string {
	s = strings.NewReplacer("–", "-", "Đăk", "Đắk", "đăk", "đắk").Replace(s)
	return strings.Join(strings.Fields(strings.ReplaceAll(cite.Fold(s), "-", " - ")), " ")
}

// enterpriseBeforeRe, at the end of the text before "tỉnh" and a former
// province, says the name is a company's, a bank's or a cooperative's
// ("Công ty Cổ phần Cấp thoát nước tỉnh Long An", "Ngân hàng ... chi
// nhánh tỉnh Kon Tum"): an enterprise keeps the name it was registered
// with whatever the provinces became, until it registers another.
var enterpriseBeforeRe = lazyre.New(`(?i)(?:^|[^\p{L}\p{N}])(?:Công\s+ty|Tổng\s+công\s+ty|Ngân\s+hàng|Agribank|Vietcombank|VietinBank|BIDV|Hợp\s+tác\s+xã|HTX|Quỹ\s+tín\s+dụng|(?:Hội\s+)?đồng\s+hương)[^,;]*$`)

// reportMergedProvince reports a former province a line of a notice
// issued from 01/7/2025 names after "tỉnh", unless the line names it as
// it was ("(cũ)", "trước sắp xếp"); it reports whether it did.
func reportMergedProvince(p *Pass, s *Seg, header bool) bool {
	if d := p.View.Date; d.Year < 2025 || d.Year == 2025 && d.Month < 7 {
		return false
	}
	m := provinceMergedRe().FindStringSubmatchIndex(s.Text)
	if m == nil || mergedFormer(s.Text, m[2], header) || enterpriseBeforeRe().MatchString(s.Text[:m[2]]) {
		return false
	}
	name := provinceByFold()[foldProvince(s.Text[m[2]:m[3]])]
	now := provincesMerged()[name]
	if !strings.HasPrefix(now, "thành phố") && !strings.HasPrefix(now, "Thành phố") {
		now = "tỉnh " + now
	}
	at := len(strings.TrimRightFunc(s.Text[:m[2]], unicode.IsSpace)) - len("tỉnh") // "tỉnh" and "TỈNH" are as long
	body := s.Text[at:m[3]]
	if header {
		p.Report(s, at, diag.Msg("%q: từ ngày 01/7/2025 không còn tỉnh %s (nay thuộc %s); xem lại tên cơ quan ban hành hoặc ngày tháng của văn bản", "%q: since 01/7/2025 there is no province %s (now part of %s); check the issuer's name or the document's date", body, name, now),
			diag.Msg("ghi đúng tên cơ quan ban hành hiện nay", "write the issuer's present name"))
		return true
	}
	p.Report(s, at, diag.Msg("%q: từ ngày 01/7/2025 không còn tỉnh %s (nay thuộc %s); có thể dòng này chép từ văn bản cũ", "%q: since 01/7/2025 there is no province %s (now part of %s); the line may be copied from an older document", body, name, now),
		diag.Msg("ghi cơ quan tương ứng của %s", "write the matching body of %s", now))
	return true
}
