package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestProperOwner holds the owner of a point opened by a head of
// properHeads to the body's name (a88): the enterprise, the cooperative,
// the inspectorate and the court end where their name does, before work
// no list of verbs holds; a head told with no name is no owner.
func TestProperOwner(t *testing.T) {
	for text, want := range map[string]string{
		"a) Công ty Cổ phần Môi trường đô thị thu gom, vận chuyển rác thải sinh hoạt trên địa bàn thành phố.":                    "Công ty Cổ phần Môi trường đô thị",
		"b) Công ty TNHH MTV Xổ số kiến thiết Lai Châu phát hành vé xổ số đúng kế hoạch.":                                        "Công ty TNHH MTV Xổ số kiến thiết Lai Châu",
		"c) Hợp tác xã nông nghiệp Tân Lập thu mua lúa của các hộ dân theo giá thị trường.":                                      "Hợp tác xã nông nghiệp Tân Lập",
		"d) Thanh tra tỉnh chủ trì, phối hợp với Sở Tài chính thanh tra việc quản lý kinh phí.":                                  "Thanh tra tỉnh",
		"e) Tòa án nhân dân huyện Tam Đường đưa ra xét xử sớm các vụ án về ma túy.":                                              "Tòa án nhân dân huyện Tam Đường",
		"g) Công ty cổ phần Cấp nước Lai Châu sửa chữa ngay đường ống bị vỡ.":                                                    "Công ty cổ phần Cấp nước Lai Châu",
		"h) Tổng công ty Điện lực miền Bắc cấp điện an toàn trong dịp Tết.":                                                      "Tổng công ty Điện lực miền Bắc",
		"i) Thanh tra Sở Y tế tiếp nhận, giải đáp phản ánh của người dân.":                                                       "Thanh tra Sở Y tế",
		"m) Công ty Cổ phần Xây dựng số 5 sửa chữa mặt đường trước Tết.":                                                         "Công ty Cổ phần Xây dựng số 5",                                           // a90: the number ends the name
		"n) Công ty Cổ phần Xây dựng số 5 và Hợp tác xã Dịch vụ nông nghiệp Bình Lư bảo đảm vệ sinh môi trường tại khu vực chợ.": "Công ty Cổ phần Xây dựng số 5 và Hợp tác xã Dịch vụ nông nghiệp Bình Lư", // a90: two names, each of its size
		"k) Hợp tác xã thu mua lúa của các hộ theo giá thị trường.":                                                              "",
		"l) Thanh tra việc quản lý, sử dụng kinh phí hỗ trợ Tết tại Sở Tài chính.":                                               "",
	} {
		s := Seg{Text: text, Marker: text[:2], Role: RoleHeading, at: func(int) diag.Pos { return diag.Pos{} }}
		if !strings.HasSuffix(s.Marker, ")") {
			t.Fatalf("bad case %q", text)
		}
		got := ""
		if a := assigneeOf(s, partWork); a != nil {
			got = a.Text
		}
		if got != want {
			t.Errorf("assigneeOf(%q) = %q, want %q", text, got, want)
		}
	}
}
