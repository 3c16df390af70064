package check

import "strings"

// addressedInBody reports whether v names the ones it is sent to in its
// body, where a Công văn's "Kính gửi:" stands, so that its Nơi nhận opens
// with "- Như trên;" for them: a Công điện's list after "<CHỨC VỤ>
// điện:" (Phụ lục III, Mẫu 1.6), as the Thủ tướng's and the Chủ tịch's
// công điện do; a Giấy giới thiệu's "Được cử đến: <cơ quan>" (Mẫu 1.8),
// the office the bearer is sent to.
func addressedInBody(v *View) bool {
	var addressed func(string) bool
	switch v.TypeCode {
	case "CĐ":
		addressed = wireLine
	case "GGT":
		addressed = func(t string) bool { return strings.HasPrefix(strings.ToLower(t), "được cử đến") }
	default:
		return false
	}
	for _, s := range v.Body {
		if addressed(strings.TrimSpace(s.Text)) {
			return true
		}
	}
	return false
}

// wireLine reports whether t is a Công điện's line naming its sender
// before its addressees: the sender's post in capitals, then "điện:"
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"). A point that ends "... bảo
// đảm an toàn hệ thống điện:" leads its items and stands for no Kính
// gửi.
func wireLine(t string) bool {
	n := len(t) - len(" điện:")
	return n > 0 && strings.ToLower(t[n:]) == " điện:" && isUpper(t[:n])
}
