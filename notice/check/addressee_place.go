package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// placeNameTailRe is a place named at the end of a closing's address, a
// unit of local government or of a commune's own (a thôn, an ấp) and its
// name in capitals: "cộng đồng dân cư xã Quảng Tân", "người dân phường
// Hà Giang 1" (a planning institute's closing, p101). It narrows the
// public to those of one place and names no body: the body of that place,
// its Ủy ban nhân dân, is the Nơi nhận's to reach when the notice sends
// it there.
var placeNameTailRe = lazyre.New(`(?:^|\s)(?:xã|phường|đặc khu|thị trấn|thôn|ấp|bản|buôn|tổ dân phố|khu phố|tỉnh|thành phố)(?:\s+-)?\s+[\d\p{Lu}][\d\p{L}]*(?:(?:\s+-)?\s+[\d\p{Lu}][\d\p{L}]*)*$`)

// withoutPlaceName is s with the place named at its end (placeNameTailRe)
// cut off, s itself when it ends with none.
func withoutPlaceName(s string) string {
	if m := placeNameTailRe().FindStringIndex(s); m != nil {
		return s[:m[0]]
	}
	return s
}
