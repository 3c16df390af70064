package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// partyName is the line a Party document's header carries where a state
// document carries the Quốc hiệu (Hướng dẫn 36-HD/VPTW).
const partyName = "ĐẢNG CỘNG SẢN VIỆT NAM"

// youthUnionNames are the line the Đoàn's documents carry where a state
// document carries the Quốc hiệu, as the Party's carry partyName (Hướng
// dẫn 29-HD/TWĐTN-VP of the Ban Bí thư Trung ương Đoàn): the Đoàn's
// name there in its usual short form, no issuer's name.
var youthUnionNames = []string{"ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"}

// orgMark reports whether a header line is the Party's or the Đoàn's
// line in the Quốc hiệu's place (partyName, youthUnionNames).
func orgMark(t string) bool {
	f := cite.Fold(strings.ToLower(strings.TrimSpace(t)))
	for _, n := range append([]string{partyName}, youthUnionNames...) {
		if f == cite.Fold(strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// hasNationName reports whether the header carries the Quốc hiệu, even
// misspelt ("xã hội chủ nghĩa"): the notice is a state one, which Nghị
// định 30 governs.
func (v *View) hasNationName() bool {
	for _, s := range v.Header {
		if strings.Contains(cite.Fold(strings.ToLower(s.Text)), "xã hội chủ nghĩa") {
			return true
		}
	}
	return false
}

// partyHeader reports whether the header is a Party one: no Quốc hiệu,
// and "ĐẢNG CỘNG SẢN VIỆT NAM", the Đoàn's name in its place
// (youthUnionNames), or a number in the Party's form ("Số 56-TB/HNDT",
// "Số: 12-TB/TĐTN-VP": a mass organisation, whose line in the Quốc
// hiệu's place is its own name, "HỘI NÔNG DÂN VIỆT NAM"). Such a
// document writes its numbers, dates ("Ngày 10-3-2025"), points ("1-"),
// authority ("T/M BAN THƯỜNG VỤ") and archive line ("Lưu Văn phòng") by
// the Party's own rules (Hướng dẫn 36-HD/VPTW, and the Đoàn's and the
// Hội's guides after it), which Nghị định 30 does not govern.
func (v *View) partyHeader() bool {
	if orgHeader(v) { // number_party_state.go
		return true
	}
	if v.hasNationName() {
		return false
	}
	if v.Number == nil || v.FromTOML || v.stateMarks() {
		return false
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(v.Number.Text, "\u00a0", " ")), " ")
	_, m := partyNumberParts(text)
	return m != nil && !stateIssuer(codeBody(m[3]))
}

// stateMarks reports whether the header shows a state document's marks
// though hasNationName finds no Quốc hiệu: the Tiêu ngữ, or a Quốc hiệu
// mistyped ("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM"). A number in the
// Party's form there is the state notice's slip, which number-format
// says; it does not make the notice a Party one.
func (v *View) stateMarks() bool {
	for _, s := range v.Header {
		f := cite.Fold(strings.ToLower(s.Text))
		if containsLit(f, "độc lập") && containsLit(f, "hạnh phúc") || containsLit(f, "cộng hòa") {
			return true
		}
	}
	return false
}

// codeBody is the body's group of a code in the Party's form: "UBND" of
// "TB/UBND", "TĐTN" of "TB/TĐTN-VP".
func codeBody(code string) string {
	_, body, _ := strings.Cut(code, "/")
	body, _, _ = strings.Cut(body, "-")
	return body
}

// partyCitedRe is a Party document's number and code ending the text
// before a date: "Nghị quyết số 18-NQ/TW" in "... số 18-NQ/TW ngày
// 25-10-2017"; the date is that document's, written as it writes dates.
var partyCitedRe = lazyre.New(`\d+-\p{Lu}[\d&.\p{L}]*/[\d&.\-\p{Lu}]+,?\s*$`)

// afterPartyNumber reports whether the text before off ends with a Party
// document's number and code.
func afterPartyNumber(text string, off int) bool {
	return partyCitedRe().MatchString(text[:off])
}
