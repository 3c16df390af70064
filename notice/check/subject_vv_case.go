package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-vv-case", Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectVVCase,
		Title: diag.Msg("sau \"V/v\" nội dung viết chữ thường", "after \"V/v\" the subject starts in small letters"),
		Help:  diag.Msg("viết \"V/v\" rồi nội dung bằng chữ thường: \"V/v tạm dừng họp chợ phiên\"; chỉ viết hoa tên riêng", "write \"V/v\" then the subject in small letters: \"V/v tạm dừng họp chợ phiên\"; only a proper name takes a capital")})
}

// vvVerbs are the actions a trích yếu after "V/v" opens with. Only these
// are said: a capital after "V/v" is lawful before a proper name ("V/v
// Tết Nguyên đán") or the tên loại of a given document ("V/v Thông báo
// số 12 ..."), which a word list cannot tell apart from the rest.
var vvVerbs = []string{"tạm dừng", "tạm ngừng", "tạm hoãn", "treo cờ", "nghỉ", "áp dụng", "lập", "cho phép",
	"tổ chức", "triển khai", "thực hiện", "đề nghị", "góp ý", "tăng cường", "đăng ký", "tham gia", "cung cấp",
	"rà soát", "kiểm tra", "xin", "chấp thuận", "điều chỉnh", "phối hợp", "đôn đốc", "chuẩn bị", "bổ sung",
	"gia hạn", "giải quyết", "xử lý", "đẩy mạnh", "phê duyệt", "tiếp tục", "hỗ trợ", "yêu cầu", "hướng dẫn",
	"báo cáo", "đề xuất", "xác minh", "nghiệm thu", "thanh toán", "cử", "mời", "thành lập", "tuyển dụng",
	"sửa đổi", "công bố", "cấp", "giao"}

// subjectVVCase reports a trích yếu "V/v Tạm dừng ...": after "V/v" the
// subject is written in small letters (Mẫu 1.5, "V/v nâng bậc lương năm
// 2019"). Said only when the subject opens with one of vvVerbs and the
// word after the verb is in small letters (not "Tổ chức Y tế Thế giới")
// and is not "số": "V/v Hướng dẫn số 12/HD-..." and "V/v Báo cáo số ..."
// name a given document by its tên loại.
func subjectVVCase(p *Pass) {
	s, t, ok := vvSubject(p)
	if !ok {
		return
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(t[3:], " "), ":"), " ")
	first, _ := utf8.DecodeRuneInString(rest)
	if !isUpperRune(first) {
		return
	}
	words := strings.Fields(rest)
	for _, v := range vvVerbs {
		n := strings.Count(v, " ") + 1
		if len(words) <= n || strings.ToLower(strings.Join(words[:n], " ")) != v {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(words[n]); !isLowerRune(next) || words[n] == "số" {
			return
		}
		lower := string(unicode.ToLower(first)) + rest[utf8.RuneLen(first):]
		p.Report(s, strings.Index(s.Text, rest), diag.Msg("sau \"V/v\", chữ %q viết thường", "after \"V/v\", %q is written in small letters", words[0]),
			diag.Msg("viết \"V/v %s\"", "write \"V/v %s\"", lower))
		return
	}
}
