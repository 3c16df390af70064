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
var vvNamedHeads = setOf("luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị định", "nghị quyết", "quyết định", "chỉ thị",
	"thông tư", "thông báo", "kế hoạch", "công văn", "công điện", "điều lệ", "quy chế", "quy định", "chương trình", "đề án",
	"dự án", "tờ trình", "văn bản", "kết luận", "quy hoạch", "đề cương", "phương án", "thư",
	"ủy ban", "uỷ ban", "hội đồng", "ban", "sở", "phòng", "trường", "nhà trường", "bộ", "cục", "tổng cục", "chi cục",
	"công ty", "tổng công ty", "tập đoàn", "trung tâm", "bệnh viện", "viện", "học viện", "đại học", "văn phòng", "đảng",
	"đảng ủy", "đảng uỷ", "đảng bộ", "chi bộ", "đoàn", "chi đoàn", "công đoàn", "hội", "liên đoàn", "quỹ", "ngân hàng", "kho bạc", "tòa án", "toà án", "chính phủ",
	"quốc hội", "nhà nước", "mặt trận", "công an", "thanh tra", "hợp tác xã", "câu lạc bộ", "đội", "tổ",
	"lễ", "lễ hội", "hội thi", "hội thao", "hội diễn", "hội nghị", "hội chợ", "hội giảng", "hội khỏe", "hội khoẻ",
	"hội trại", "đại hội", "ngày", "ngày hội", "tháng", "tuần", "năm", "giải", "cuộc thi", "kỳ thi", "tết", "liên hoan",
	"chiến dịch", "phong trào", "cuộc vận động", "giỗ tổ", "quốc khánh", "quốc tang", "triển lãm", "diễn đàn",
	"festival", "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "thôn", "ấp", "khu",
	"ông", "bà", "đồng chí",
	"khoa", "bộ môn", "phân hiệu", "chi nhánh", "hạt", "đài", "trạm", "bảo tàng", "thư viện", "vườn quốc", "ký túc",
	"nhà văn", "tổ dân")

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
	if vvNamedHeads[low] || vvNamedHeads[low+" "+strings.ToLower(words[1])] || vvTypeName(words) {
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
