package plain

import "testing"

// TestCloseTail leaves a note in brackets, a credit and a lone mark under
// a closing "./." out of the letter, and keeps them as body where the
// body did not close with "./." or a sentence of the body follows them.
func TestCloseTail(t *testing.T) {
	cases := []readCase{
		{"Yêu cầu UBND các xã nghiêm túc thực hiện./.\n\n(bản quy hoạch chung đính kèm)\n",
			"n.txt:1:1 body: Yêu cầu UBND các xã nghiêm túc thực hiện./."},
		{"Công ty thông báo để khách hàng biết./.\n\nTheo thời sự 18h30/TTV\n\n.\n",
			"n.txt:1:1 body: Công ty thông báo để khách hàng biết./."},
		{"Công ty thông báo để khách hàng biết.\n\n(bản đồ đính kèm)\n",
			"n.txt:1:1 body: Công ty thông báo để khách hàng biết.\nn.txt:3:1 body: (bản đồ đính kèm)"},
		{"Công ty thông báo để khách hàng biết./.\n\n(bản đồ đính kèm)\n\nKhách hàng liên hệ tổng đài.\n",
			"n.txt:1:1 body: Công ty thông báo để khách hàng biết./.\nn.txt:3:1 body: (bản đồ đính kèm)\nn.txt:5:1 body: Khách hàng liên hệ tổng đài."},
	}
	readCases(t, cases)
}
