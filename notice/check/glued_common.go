package check

import (
	"strings"
	"unicode/utf8"
)

// commonSyllables are the syllables administrative Vietnamese writes most
// (each thirty times or more in the lawful texts of testdata: prose,
// lawful, word-lawful, real), which gluedSyllables takes as known parts
// of a glued word though the notice writes them nowhere else on their own
// ("Trường Trung họcphổ thông", "tổngkết năm"). A syllable that is also
// an English word or a loan's part ("an", "vi", "dung") is left out.
var commonSyllables = setOf("ban", "biết", "buổi", "báo", "bản", "bảo", "bằng", "bệnh", "bị", "bộ", "cao", "chi", "cho", "chuyển", "chí", "chính", "chế", "chỉ", "chủ", "chức", "cá", "các", "cáo", "có", "công", "căn", "cơ", "cấp", "cầu", "cục", "của", "cứ", "do", "doanh", "dân", "dấu", "dịch", "dụng", "dự", "dựng", "gia", "gian", "giao", "giá", "giải", "giấy", "giờ", "gồm", "hiện", "hiệu", "hoạch", "hoạt", "hoặc", "hàng", "hành", "hình", "hóa", "hạn", "hệ", "học", "họp", "hồ", "hộ", "hội", "hợp", "khai", "khi", "khoa", "khoản", "khu", "khám", "không", "kinh", "kiến", "kiểm", "ký", "kết", "kỳ", "liên", "liệu", "luận", "luật", "là", "làm", "lý", "lượng", "lại", "lập", "lịch", "lớp", "lục", "lực", "mua", "một", "mục", "nghiệp", "nghĩa", "nghị", "ngành", "ngày", "ngân", "người", "nhiệm", "nhà", "nhân", "như", "nhất", "nhận", "này", "năm", "năng", "nước", "nội", "nộp", "pháp", "phát", "phân", "phí", "phòng", "phúc", "phút", "phương", "phường", "phạm", "phải", "phần", "phố", "phủ", "quan", "quy", "quyết", "quyền", "quả", "quản", "quốc", "sau", "sinh", "sách", "sát", "sơ", "sản", "sắm", "số", "sở", "sử", "sự", "tham", "thanh", "thay", "theo", "thi", "thoại", "thu", "thuế", "thuộc", "thành", "tháng", "thông", "thư", "thường", "thảo", "thầu", "thẩm", "thể", "thống", "thời", "thủ", "thứ", "thức", "thực", "tin", "tiếp", "toán", "tra", "triển", "triệu", "trong", "trung", "trách", "trên", "trì", "trình", "trí", "trước", "trường", "trưởng", "trị", "trực", "tuyển", "tài", "tác", "tâm", "tên", "tư", "tướng", "tại", "tạm", "tạo", "tế", "tỉnh", "tịch", "tổ", "tổng", "tục", "từ", "tử", "tự", "viên", "việc", "và", "vào", "văn", "vấn", "về", "vị", "với", "vụ", "vực", "xem", "xuất", "xây", "xã", "xét", "xử", "yêu", "án", "điều", "điểm", "điện", "đã", "đúng", "đăng", "đơn", "đường", "được", "đại", "đạo", "đảm", "đất", "đầu", "đến", "đề", "để", "địa", "định", "đốc", "đối", "đồng", "đổi", "độ", "động", "đủ", "ấp", "ủy")

// knownOrCommon is known, or a common syllable of commonSyllables.
func knownOrCommon(known func(string) bool) func(string) bool {
	return func(w string) bool { return commonSyllables[w] || known(w) }
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
