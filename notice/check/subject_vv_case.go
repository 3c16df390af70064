package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
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

// vvNamedHeads are the words a trích yếu after "V/v" lawfully opens with
// in a capital (r68b): the tên loại of a given document named by its
// title ("V/v Kế hoạch tổ chức Hội khỏe Phù Đổng"), a body ("V/v Hội đồng
// thi ..."), an event or a time whose name takes a capital ("V/v Lễ hội
// đua thuyền", "V/v Tháng hành động vì trẻ em"), a place before its name.
// Every other word opening the subject is an action or a thing and takes
// no capital ("V/v: Lịch tiêm bổ sung", "V/v: Mở cửa đón khách"); "hướng
// dẫn" and "báo cáo" are vvVerbs'.
var vvNamedHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"luật": true, "bộ luật": true, "hiến pháp": true, "pháp lệnh": true, "nghị định": true, "nghị quyết": true, "quyết định": true, "chỉ thị": true,
		"thông tư": true, "thông báo": true, "kế hoạch": true, "công văn": true, "công điện": true, "điều lệ": true, "quy chế": true, "quy định": true, "chương trình": true, "đề án": true,
		"dự án": true, "tờ trình": true, "văn bản": true, "kết luận": true, "quy hoạch": true, "đề cương": true, "phương án": true, "thư": true,
		"ủy ban": true, "uỷ ban": true, "hội đồng": true, "ban": true, "sở": true, "phòng": true, "trường": true, "nhà trường": true, "bộ": true, "cục": true, "tổng cục": true, "chi cục": true,
		"công ty": true, "tổng công ty": true, "tập đoàn": true, "trung tâm": true, "bệnh viện": true, "viện": true, "học viện": true, "đại học": true, "văn phòng": true, "đảng": true,
		"đảng ủy": true, "đảng uỷ": true, "đảng bộ": true, "chi bộ": true, "đoàn": true, "chi đoàn": true, "công đoàn": true, "hội": true, "liên đoàn": true, "quỹ": true, "ngân hàng": true, "kho bạc": true, "tòa án": true, "toà án": true, "chính phủ": true,
		"quốc hội": true, "nhà nước": true, "mặt trận": true, "công an": true, "thanh tra": true, "hợp tác xã": true, "câu lạc bộ": true, "đội": true, "tổ": true,
		"lễ": true, "lễ hội": true, "hội thi": true, "hội thao": true, "hội diễn": true, "hội nghị": true, "hội chợ": true, "hội giảng": true, "hội khỏe": true, "hội khoẻ": true,
		"hội trại": true, "đại hội": true, "ngày": true, "ngày hội": true, "tháng": true, "tuần": true, "năm": true, "giải": true, "cuộc thi": true, "kỳ thi": true, "tết": true, "liên hoan": true,
		"chiến dịch": true, "phong trào": true, "cuộc vận động": true, "giỗ tổ": true, "quốc khánh": true, "quốc tang": true, "triển lãm": true, "diễn đàn": true,
		"festival": true, "tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true, "thị xã": true, "thị trấn": true, "thành phố": true, "thôn": true, "ấp": true, "khu": true,
		"ông": true, "bà": true, "đồng chí": true,
		"khoa": true, "bộ môn": true, "phân hiệu": true, "chi nhánh": true, "hạt": true, "đài": true, "trạm": true, "bảo tàng": true, "thư viện": true, "vườn quốc": true, "ký túc": true,
		"nhà văn": true, "tổ dân": true}
})

// subjectVVCase reports a trích yếu "V/v Tạm dừng ...": after "V/v" the
// subject is written in small letters (Mẫu 1.5, "V/v nâng bậc lương năm
// 2019"). Said when the subject opens with one of vvVerbs and the word
// after the verb is in small letters (not "Tổ chức Y tế Thế giới") and
// is not "số" ("V/v Hướng dẫn số 12/HD-..." and "V/v Báo cáo số ..."
// name a given document by its tên loại); or when it opens with a plain
// word in a capital that no name opens with (vvNamedHeads) and the two
// words after it are in small letters (vvPlainOpening).
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
	said := false
	for _, v := range vvVerbs {
		n := strings.Count(v, " ") + 1
		if len(words) <= n || strings.ToLower(strings.Join(words[:n], " ")) != v {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(words[n]); !isLowerRune(next) || words[n] == "số" {
			return
		}
		said = true
		break
	}
	if !said && !vvPlainOpening(words) {
		return
	}
	lower := string(unicode.ToLower(first)) + rest[utf8.RuneLen(first):]
	p.Report(s, strings.Index(s.Text, rest), diag.Msg("sau \"V/v\", chữ %q viết thường", "after \"V/v\", %q is written in small letters", words[0]),
		diag.Msg("viết \"V/v %s\"", "write \"V/v %s\"", lower))
}

// vvPlainOpening reports whether the words of a trích yếu after "V/v"
// open with a plain word in a capital (its other letters small, no
// figure, no mark: not "COVID-19", "Covid-19") that opens no name
// (vvNamedHeads, as one word or two), followed by two words in small
// letters, or by one that ends the subject ("V/v: Lịch tiêm bổ sung").
// A word no Vietnamese syllable spells ("Vinaphone", "Agribank") is a
// name.
func vvPlainOpening(words []string) bool {
	if len(words) < 2 || !plainCapWord(words[0]) || !vietSyllable(words[0]) {
		return false
	}
	low := strings.ToLower(words[0])
	if vvNamedHeads()[low] || vvNamedHeads()[low+" "+strings.ToLower(words[1])] || vvTypeName(words) {
		return false
	}
	for _, w := range words[1:min(3, len(words))] {
		if r, _ := utf8.DecodeRuneInString(w); !isLowerRune(r) || w == "số" {
			return false
		}
	}
	return true
}

// vvTypeNames are the decree's tên loại (cite.TypeNames) in small
// letters: "biên bản", "giấy mời", "bản ghi nhớ".
var vvTypeNames = sync.OnceValue(func() []string {
	var out []string
	for _, n := range cite.TypeNames() {
		out = append(out, strings.ToLower(n))
	}
	return out
})

// vvTypeName reports whether the words of a trích yếu open with a
// document's tên loại, which names a given document ("V/v Biên bản kiểm
// tra ...", "V/v Giấy mời họp ..."), as vvNamedHeads' "Kế hoạch" does.
func vvTypeName(words []string) bool {
	head := strings.ToLower(strings.Join(words[:min(4, len(words))], " ")) + " "
	for _, n := range vvTypeNames() {
		if strings.HasPrefix(head, n+" ") {
			return true
		}
	}
	return false
}

// plainCapWord reports whether w is a word of letters whose first alone
// is a capital: "Lịch", "Mở".
func plainCapWord(w string) bool {
	for i, r := range w {
		if !isLetter(r) || (i > 0) == isUpperRune(r) {
			return false
		}
	}
	return true
}
