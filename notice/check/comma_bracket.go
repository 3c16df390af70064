package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "comma-bracket", Severity: diag.Info, Ref: diag.Practice, Run: commaBracket, Gate: needs(trigCommaBracket),
		Title: diag.Msg("không có dấu phẩy trước dấu mở ngoặc đơn", "no comma before an opening bracket"),
		Help:  diag.Msg("phần trong ngoặc đứng liền sau từ nó chú thích, dấu phẩy (nếu cần) đặt sau dấu đóng ngoặc", "the bracket follows the words it explains; a comma, if one is needed, goes after the closing bracket")})
}

// commaBracket finds a comma set before the bracket that explains the
// words before it ("Toán, Ngữ văn, (tính điểm hệ số 2) và môn Tiếng Anh",
// "tại Ngân hàng Đông Á, (lưu ý: ..."): the bracket belongs to those words
// and follows them, the sentence's comma after it. A bracketed number or
// letter after a comma counts items ("..., (2) ...") and is left alone;
// so is the Lưu line, whose marks archive-line reads. A line of the Nơi
// nhận is read too: its bracket says why the office is sent the notice
// ("- UBND tỉnh (b/c);"), right after the office's name, and no other
// rule reads a comma set before it; one that holds the Lưu glued on
// ("- Phòng PC-NC; Lưu: VT, (PC-Tg).") is left with the Lưu line. In the
// Nơi nhận the comma may follow a bracket naming the office's unit ("-
// Viện kiểm sát nhân dân tối cao (Vụ Tổ chức cán bộ), (để b/c);"): the
// second bracket follows the first.
func commaBracket(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || !containsLit(seg.Text, ", (") || seg.Role == RoleRecipient && containsLit(seg.Text, "Lưu") {
			continue
		}
		s := seg.Text
		for i := strings.IndexByte(s, '('); i >= 0; i = nextByte(s, '(', i) {
			end := closingBracket(s, i)
			if end < 0 || !commaBefore(s, i) && !(seg.Role == RoleRecipient && unitThenPurpose(s, i, end)) || countMark(s[i+1:end]) || quoted(s, i) {
				continue
			}
			p.Report(seg, i-2, diag.Msg("dấu phẩy đứng trước dấu mở ngoặc: %q", "a comma before the opening bracket: %q", short(s[twoWords(s, i-2):end+1])),
				diag.Msg("bỏ dấu phẩy, để phần trong ngoặc liền sau từ nó chú thích: %q", "drop the comma, the bracket right after the words it explains: %q", short(s[twoWords(s, i-2):i-2]+" "+s[i:end+1])))
		}
	}
}

// closingBracket is the index of the ")" that closes the "(" at byte
// open of s, or -1 when the bracket is not closed in s.
func closingBracket(s string, open int) int {
	depth := 0
	for j := open; j < len(s); j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// commaBefore reports whether ", " stands right before byte i of s after
// a word.
func commaBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' || s[i-2] != ',' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-2])
	return isLetter(r) || unicode.IsDigit(r)
}

// unitThenPurpose reports whether "), " stands right before the bracket
// s[i:end+1] and that bracket says why the office is sent the notice
// ("(Vụ Tổ chức cán bộ), (để b/c)"): two brackets each naming a unit
// ("Bộ Tài chính (Vụ Ngân sách nhà nước), (Cục Quản lý công sản)") are
// a list of the office's units, their comma lawful.
func unitThenPurpose(s string, i, end int) bool {
	if i < 3 || s[i-1] != ' ' || s[i-2] != ',' || s[i-3] != ')' {
		return false
	}
	words := strings.Fields(strings.ToLower(s[i+1 : end]))
	return len(words) > 0 && purposeTags()[words[0]] || len(words) > 1 && purposeTags()[words[0]+" "+words[1]]
}

// purposeTags open the bracket of a Nơi nhận line that says why the
// office is sent the notice: "(để b/c)", "(b/c)", "(t/h)", "(báo cáo)",
// "(thực hiện)", "(phối hợp)", "(chỉ đạo)", "(biết)". Two words are
// asked where one would open a name too ("(Báo Hòa Bình)").
var purposeTags = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"để": true, "b/c": true, "t/h": true, "p/h": true, "đ/b": true, "biết": true, "báo cáo": true, "thực hiện": true, "phối hợp": true, "chỉ đạo": true, "theo dõi": true}
})

// countMark reports whether a bracket's text counts items: "1", "2",
// "a", "b", "i", "ii".
func countMark(inner string) bool {
	if inner == "" || len(inner) > 4 {
		return false
	}
	for _, r := range inner {
		if !unicode.IsDigit(r) && !isLowerRune(r) {
			return false
		}
	}
	return true
}

// twoWords is the start of the two words that end at byte end of s
// ("Ngữ văn" before ", (tính ..."), or of the one there is.
func twoWords(s string, end int) int {
	j := strings.LastIndexByte(s[:end], ' ')
	if j > 0 {
		j = strings.LastIndexByte(s[:j], ' ')
	}
	return j + 1
}
