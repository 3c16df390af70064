package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// unnamedKinds end the name of a body before its place's name: "Ủy ban
// nhân dân xã" for "Ủy ban nhân dân xã Tân An", "Sở" for "Sở Tư pháp" (the
// last word of "thị trấn", "thành phố").
var unnamedKinds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"sở": true, "xã": true, "phường": true, "trấn": true, "huyện": true, "quận": true, "tỉnh": true, "phố": true}
})

// issuerUnnamed reports whether b (in its normal form) is the issuer
// written without its own name: "4. Ủy ban nhân dân xã tổng hợp ý kiến"
// in a notice of the Ủy ban nhân dân xã Tân An. b ends with a kind of
// place and the issuer's key ends with b and a name of three words at
// most.
func issuerUnnamed(b, issuer string) bool {
	words := strings.Fields(b)
	if len(words) == 0 || !unnamedKinds()[words[len(words)-1]] {
		return false
	}
	i := strings.LastIndex(" "+issuer+" ", " "+b+" ")
	if i < 0 {
		return false
	}
	name := strings.Fields(issuer[min(len(issuer), i+len(b)):])
	return len(name) >= 1 && len(name) <= 3
}

// issuerOffice reports whether b is the issuer's own Văn phòng ("Văn
// phòng Sở", "Văn phòng Ủy ban nhân dân xã"): the office that keeps the
// notice's copy (the Lưu line) is no recipient of it. So is the issuer
// that is the Văn phòng itself, its header "UBND TỈNH LÂM ĐỒNG / VĂN
// PHÒNG" (the key "... tỉnh lâm đồng văn phòng"): "Văn phòng Ủy ban
// nhân dân tỉnh" in its kết luận is the issuer, its body above it named.
func issuerOffice(b, issuer string) bool {
	rest, ok := strings.CutPrefix(b, "văn phòng ")
	if !ok {
		return false
	}
	if parent, ok := strings.CutSuffix(issuer, " văn phòng"); ok && parent != "" && issuerOffice(b, parent) {
		return true
	}
	return len(strings.Fields(rest)) >= 2 && strings.HasSuffix(issuer, rest) || issuerUnnamed(rest, issuer)
}

// issuerLeaders reports whether body is the issuer's own leaders, the
// issuer named by the first words of its own name: "2. Lãnh đạo Tòa án
// tiếp công dân định kỳ" in a notice of the Tòa án nhân dân khu vực 4
// (p96), "Lãnh đạo Trung tâm" in a Trung tâm's. They issue the notice
// and keep its copy, as its Văn phòng does. The words after the shared
// ones must open in a small letter and name no place's kind: "Lãnh đạo
// Trung tâm Y tế" in a Trung tâm Lưu trữ's notice, "Lãnh đạo Sở Tài
// chính" in a Sở Xây dựng's and "Lãnh đạo Tòa án nhân dân tỉnh" in a Tòa
// án khu vực's are other bodies, still to reach; so is a listed body
// whose name runs past the shared words (namesListedBody).
func issuerLeaders(v *View, body, issuer string) bool {
	words := strings.Fields(body)
	if len(words) < 3 || cite.Fold(words[0]+" "+words[1]) != "lãnh đạo" {
		return false
	}
	words = words[2:]
	if isIssuer(strings.Join(words, " "), issuer) {
		return true
	}
	own := strings.Fields(cite.Fold(issuerOwnLine(v)))
	k := 0
	for k < len(words) && k < len(own) && cite.Fold(words[k]) == own[k] {
		k++
	}
	if k == 0 {
		return false
	}
	if k == len(words) {
		return true
	}
	if k == len(own) && (words[k] == "-" || words[k] == "–") {
		return ownPlaceAfter(words[k+1:], issuer) // "Tòa án nhân dân khu vực 4 - Thanh Hóa"
	}
	next, _ := utf8.DecodeRuneInString(words[k])
	return unicode.IsLower(next) && !unnamedKinds()[cite.Fold(words[k])] && !namesListedBody(words, k) && !otherJusticeKind(words, own)
}

// ownPlaceAfter reports whether the capitalised words that open words
// name a place the issuer's header names: "Thanh Hóa" after "Tòa án nhân
// dân khu vực 4 -" under "TÒA ÁN NHÂN DÂN TỈNH THANH HÓA", the court's
// name written with its province, as the notice writes itself. Another
// province's ("... khu vực 4 - Nghệ An") is another court.
func ownPlaceAfter(words []string, issuer string) bool {
	n := 0
	for n < len(words) && startsUpper(words[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	place := strings.TrimSpace(normal(strings.Join(words[:n], " ")))
	return place != "" && strings.Contains(" "+issuer+" ", " "+place+" ")
}

// justiceKinds are the two kinds of the courts and of the procuracies
// (Luật Tổ chức Tòa án nhân dân 2024, Điều 4; Luật Tổ chức Viện kiểm sát
// nhân dân): the word after "Tòa án" or "Viện kiểm sát" is
// the name's, never the sentence's verb.
var justiceKinds = []string{"tòa án nhân dân", "tòa án quân sự", "viện kiểm sát nhân dân", "viện kiểm sát quân sự"}

// otherJusticeKind reports whether words open with a kind of court or
// procuracy other than the issuer's own line's: "Lãnh đạo Tòa án quân sự
// khu vực 2" in a Tòa án nhân dân khu vực's notice names another court,
// "quân sự" no verb (f97's leftover).
func otherJusticeKind(words, own []string) bool {
	body := cite.Fold(strings.Join(words[:min(len(words), 4)], " ")) + " "
	self := strings.Join(own[:min(len(own), 4)], " ") + " "
	for _, k := range justiceKinds {
		if strings.HasPrefix(body, k+" ") {
			return !strings.HasPrefix(self, k+" ")
		}
	}
	return false
}

// namesListedBody reports whether words open with a body of
// data/official-names.txt that runs past their first k words, those the
// issuer's own name shares: "Tòa án nhân dân tối cao tiếp công dân" in a
// Tòa án nhân dân khu vực's notice names the supreme court, whose small
// words "tối cao" are its name's, not the sentence's verb (f97; rv96).
func namesListedBody(words []string, k int) bool {
	for _, name := range officialNames()[cite.Fold(words[0])] {
		if len(name) <= k || len(name) > len(words) {
			continue
		}
		i := 0
		for i < len(name) && name[i].text == cite.Fold(words[i]) {
			i++
		}
		if i == len(name) {
			return true
		}
	}
	return false
}

// issuerOwnLine is the last of the header's issuer lines, the issuer's
// own name under its parent's ("TÒA ÁN NHÂN DÂN KHU VỰC 4"), "" when the
// header is lost.
func issuerOwnLine(v *View) string {
	lines := issuerHeaderLines(v) // rules_recipients.go
	if len(lines) == 0 {
		return ""
	}
	return lines[len(lines)-1]
}
