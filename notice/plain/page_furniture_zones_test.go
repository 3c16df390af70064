package plain

import "testing"

// TestRelatedTailNeedsNoticeAbove pins that a heading of related posts
// is the page's only under some of the notice's own text: a short draft
// with no "./." whose first line reads so ("Văn bản liên quan", "Xem
// thêm") keeps its body the notice's.
func TestRelatedTailNeedsNoticeAbove(t *testing.T) {
	cases := []readCase{
		{"Văn bản liên quan\nỦy ban nhân dân xã An Hòa thông báo lịch làm việc tháng 4 năm 2024 như sau:\nChủ tịch Ủy ban nhân dân xã làm việc tại trụ sở.\n",
			"n.txt:1:1 page: Văn bản liên quan\nn.txt:2:1 body: Ủy ban nhân dân xã An Hòa thông báo lịch làm việc tháng 4 năm 2024 như sau:\nn.txt:3:1 body: Chủ tịch Ủy ban nhân dân xã làm việc tại trụ sở."},
		// the site's related posts under a notice with no end mark stay the page's
		{"Ủy ban nhân dân xã An Hòa thông báo lịch làm việc tháng 4 năm 2024 như sau:\n\nChủ tịch Ủy ban nhân dân xã làm việc tại trụ sở.\n\nTin cùng chuyên mục\n\nThông báo lịch tiếp công dân tháng 3\n\nThông báo nghỉ lễ 30/4\n",
			"n.txt:1:1 body: Ủy ban nhân dân xã An Hòa thông báo lịch làm việc tháng 4 năm 2024 như sau:\nn.txt:3:1 body: Chủ tịch Ủy ban nhân dân xã làm việc tại trụ sở.\nn.txt:5:1 page: Tin cùng chuyên mục\nn.txt:7:1 page: Thông báo lịch tiếp công dân tháng 3\nn.txt:9:1 page: Thông báo nghỉ lễ 30/4"},
	}
	readCases(t, cases)
}
