package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// commonSyllables are the syllables administrative Vietnamese writes most
// (each thirty times or more in the lawful texts of testdata: prose,
// lawful, word-lawful, real), which gluedSyllables takes as known parts
// of a glued word though the notice writes them nowhere else on their own
// ("Trường Trung họcphổ thông", "tổngkết năm"). A syllable that is also
// an English word or a loan's part ("an", "vi", "dung") is left out.
var commonSyllables = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ban": true, "biết": true, "buổi": true, "báo": true, "bản": true, "bảo": true, "bằng": true, "bệnh": true, "bị": true, "bộ": true, "cao": true, "chi": true, "cho": true, "chuyển": true, "chí": true, "chính": true, "chế": true, "chỉ": true, "chủ": true, "chức": true, "cá": true, "các": true, "cáo": true, "có": true, "công": true, "căn": true, "cơ": true, "cấp": true, "cầu": true, "cục": true, "của": true, "cứ": true, "do": true, "doanh": true, "dân": true, "dấu": true, "dịch": true, "dụng": true, "dự": true, "dựng": true, "gia": true, "gian": true, "giao": true, "giá": true, "giải": true, "giấy": true, "giờ": true, "gồm": true, "hiện": true, "hiệu": true, "hoạch": true, "hoạt": true, "hoặc": true, "hàng": true, "hành": true, "hình": true, "hóa": true, "hạn": true, "hệ": true, "học": true, "họp": true, "hồ": true, "hộ": true, "hội": true, "hợp": true, "khai": true, "khi": true, "khoa": true, "khoản": true, "khu": true, "khám": true, "không": true, "kinh": true, "kiến": true, "kiểm": true, "ký": true, "kết": true, "kỳ": true, "liên": true, "liệu": true, "luận": true, "luật": true, "là": true, "làm": true, "lý": true, "lượng": true, "lại": true, "lập": true, "lịch": true, "lớp": true, "lục": true, "lực": true, "mua": true, "một": true, "mục": true, "nghiệp": true, "nghĩa": true, "nghị": true, "ngành": true, "ngày": true, "ngân": true, "người": true, "nhiệm": true, "nhà": true, "nhân": true, "như": true, "nhất": true, "nhận": true, "này": true, "năm": true, "năng": true, "nước": true, "nội": true, "nộp": true, "pháp": true, "phát": true, "phân": true, "phí": true, "phòng": true, "phúc": true, "phút": true, "phương": true, "phường": true, "phạm": true, "phải": true, "phần": true, "phố": true, "phủ": true, "quan": true, "quy": true, "quyết": true, "quyền": true, "quả": true, "quản": true, "quốc": true, "sau": true, "sinh": true, "sách": true, "sát": true, "sơ": true, "sản": true, "sắm": true, "số": true, "sở": true, "sử": true, "sự": true, "tham": true, "thanh": true, "thay": true, "theo": true, "thi": true, "thoại": true, "thu": true, "thuế": true, "thuộc": true, "thành": true, "tháng": true, "thông": true, "thư": true, "thường": true, "thảo": true, "thầu": true, "thẩm": true, "thể": true, "thống": true, "thời": true, "thủ": true, "thứ": true, "thức": true, "thực": true, "tin": true, "tiếp": true, "toán": true, "tra": true, "triển": true, "triệu": true, "trong": true, "trung": true, "trách": true, "trên": true, "trì": true, "trình": true, "trí": true, "trước": true, "trường": true, "trưởng": true, "trị": true, "trực": true, "tuyển": true, "tài": true, "tác": true, "tâm": true, "tên": true, "tư": true, "tướng": true, "tại": true, "tạm": true, "tạo": true, "tế": true, "tỉnh": true, "tịch": true, "tổ": true, "tổng": true, "tục": true, "từ": true, "tử": true, "tự": true, "viên": true, "việc": true, "và": true, "vào": true, "văn": true, "vấn": true, "về": true, "vị": true, "với": true, "vụ": true, "vực": true, "xem": true, "xuất": true, "xây": true, "xã": true, "xét": true, "xử": true, "yêu": true, "án": true, "điều": true, "điểm": true, "điện": true, "đã": true, "đúng": true, "đăng": true, "đơn": true, "đường": true, "được": true, "đại": true, "đạo": true, "đảm": true, "đất": true, "đầu": true, "đến": true, "đề": true, "để": true, "địa": true, "định": true, "đốc": true, "đối": true, "đồng": true, "đổi": true, "độ": true, "động": true, "đủ": true, "ấp": true, "ủy": true}
})

// knownOrCommon is known, or a common syllable of commonSyllables.
func knownOrCommon(known func(string) bool) func(string) bool {
	return func(w string) bool { return commonSyllables()[w] || known(w) }
}

// partsKnown reports whether a glued word parted into left and right is
// read on what the text or the common syllables show: both parts known,
// one written on its own in the text, or one a common syllable and the
// other, unknown, before it ("Tờtrình") or of three letters or more after
// it ("họcphổ"). A common syllable before a tail of two letters the text
// writes nowhere is no ground: a loan word written whole parts so
// ("côngtơ", "sơmi"; rv78b).
func partsKnown(left, right string, known, written func(string) bool) bool {
	l, r := strings.ToLower(left), strings.ToLower(right)
	if known(l) && known(r) || written(l) || written(r) || !known(l) {
		return true
	}
	return utf8.RuneCountInString(r) >= 3
}
