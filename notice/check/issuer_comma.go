package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "issuer-comma", Severity: diag.Warning, Ref: diag.Practice, Run: issuerComma,
		Title: diag.Msg("không đặt dấu phẩy giữa tên cơ quan và động từ \"thông báo\" của nó", "no comma between a body's name and its verb \"thông báo\""),
		Help: diag.Msg("tên cơ quan là chủ ngữ, \"thông báo\" là vị ngữ: viết liền \"Trung tâm ... tỉnh Phú Yên thông báo ...\", không có dấu phẩy",
			"the body's name is the subject and \"thông báo\" its verb: \"Trung tâm ... tỉnh Phú Yên thông báo ...\", with no comma")})
}

// issuerVerbs are the ways a sentence says its issuer announces, after the
// comma that parts them ("..., thông báo", "..., xin thông báo"), a space
// or a colon after ("..., thông báo:").
var issuerVerbs = []string{"thông báo ", "xin thông báo ", "trân trọng thông báo "}

// issuerHeads open the name of a body that issues a notice.
var issuerHeads = []string{"Trường ", "Ủy ban ", "Uỷ ban ", "UBND ", "Trung tâm ", "Sở ", "Phòng ", "Công ty ", "Ban ", "Bệnh viện ", "Trạm ", "Chi cục ", "Cục ", "Hội đồng ", "Đội ", "Viện ", "Đài ", "Thư viện ", "Văn phòng ", "Chi nhánh ", "Đảng ủy ", "Công an ", "Tòa án ", "Bảo hiểm ", "Kho bạc ", "Hạt ", "Nhà trường ", "Tổng cục ", "Thường trực "}

// nameBreakers are words no body's name holds: a verb or a joining word
// that makes what stands before the comma a clause or a phrase of its own
// ("Trường ... phối hợp với ..., thông báo").
var nameBreakers = []string{" đã ", " sẽ ", " được ", " đang ", " phối hợp ", " thông báo ", " đề nghị ", " yêu cầu ", " cùng ", " với ", " là ", " có ", " theo ", " để ", " khi ", " sau ", " nhằm "}

// taskVerbs are verbs of a task given to a body, in small letters: before
// a comma they make the words a clause, whose "thông báo" after the comma
// is the task's next verb, not the issuer's ("Ủy ban nhân dân các xã,
// phường nơi tổ chức tiếp xúc cử tri chuẩn bị hội trường, thông báo rộng
// rãi để cử tri biết"). Written with a capital they may open a body's own
// name, so they are matched as written.
var taskVerbs = []string{" chuẩn bị ", " bố trí ", " chủ trì "}

// issuerComma reports, in the body, a sentence that opens with a body's
// name and parts it from its verb "thông báo" with a comma ("Trung tâm
// Dịch vụ đấu giá tài sản thuộc Sở Tư pháp tỉnh Phú Yên, thông báo ...").
// The name is read from the sentence's start to the comma: it opens with
// one of issuerHeads, runs thirty words at most and holds none of
// nameBreakers; commas inside it ("Sở Văn hóa, Thể thao và Du lịch", "xã
// A, huyện B") are the name's. A sentence that opens with anything else
// ("Căn cứ ..., Trường ... thông báo", "Ngày 14/11, ...") is left.
func issuerComma(p *Pass) {
	for _, seg := range p.View.bodySegs() {
		s := seg.Text
		if !containsLit(s, ", ") || !containsLit(s, "thông báo") {
			continue
		}
		for at := 0; ; {
			i := indexLit(s[at:], ",")
			if i < 0 {
				break
			}
			c := at + i
			at = c + 1
			rest := strings.TrimLeft(s[c+1:], " ")
			verb := ""
			for _, v := range issuerVerbs {
				if strings.HasPrefix(rest, v) || strings.HasPrefix(rest, strings.TrimSpace(v)+":") {
					verb = strings.TrimSpace(v)
				}
			}
			if verb == "" {
				continue
			}
			name, ok := issuerNameBefore(s, c)
			if !ok || appositiveEnd(name) { // issuer_comma_appositive.go
				continue
			}
			p.Report(seg, c, diag.Msg("dấu phẩy tách tên cơ quan %q khỏi \"%s\"", "a comma parts the body's name %q from \"%s\"", short(name), verb),
				diag.Msg("bỏ dấu phẩy: \"... %s %s\"", "drop the comma: \"... %s %s\"", lastWordsOf(name, 3), verb))
		}
	}
}

// issuerNameBefore is the body's name that stands before the comma at s[c]:
// the sentence's words from its start, or, when they are no name alone
// (a căn cứ or a ground leads: "Căn cứ Luật ... ngày 19/02/2025, Thường
// trực Hội đồng nhân dân tỉnh, thông báo:"), the words after the first
// comma or semicolon of the sentence from which they are one, so that a
// name's own commas ("xã A, huyện B") stay in it.
func issuerNameBefore(s string, c int) (string, bool) {
	start := issuerSentenceStart(s, c)
	if name := strings.TrimRight(s[start:c], " "); issuerName(name) {
		return name, true
	}
	for i := start; i < c; i++ {
		if (s[i] == ',' || s[i] == ';') && i+1 < c && s[i+1] == ' ' {
			if name := strings.TrimSpace(s[i+1 : c]); issuerName(name) {
				return name, true
			}
		}
	}
	return "", false
}

// issuerSentenceStart is where the sentence that holds s[c] starts: after the
// last ". " before it, or the paragraph's first letter.
func issuerSentenceStart(s string, c int) int {
	start := 0
	if j := strings.LastIndex(s[:c], ". "); j >= 0 {
		start = j + 2
	}
	return start + len(s[start:c]) - len(strings.TrimLeft(s[start:c], " \t\u00a0"))
}

// issuerName reports whether name, a sentence's words before a comma,
// is a body's name alone.
func issuerName(name string) bool {
	head := false
	for _, h := range issuerHeads {
		if strings.HasPrefix(name+" ", h) {
			head = true
			break
		}
	}
	if !head || len(strings.Fields(name)) > 30 {
		return false
	}
	padded := " " + strings.ToLower(name) + " "
	for _, w := range nameBreakers {
		if strings.Contains(padded, w) {
			return false
		}
	}
	for _, w := range taskVerbs {
		if strings.Contains(" "+name+" ", w) {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(name)
	return r != ')' && r != '"' && r != '”'
}

// lastWordsOf is the last n words of s.
func lastWordsOf(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}
