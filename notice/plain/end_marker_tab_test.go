package plain

import "testing"

// TestEndMarkerTab reads a Nơi nhận list whose dashes Word's numbering
// saved with a tab after them ("-\tLưu: VT."), in a row beside the
// signer's cell or on a line of its own: the tab is the dash's space, not
// a gap between the Nơi nhận column and the signer's.
func TestEndMarkerTab(t *testing.T) {
	head := "THÔNG BÁO\nVề việc họp dân\n\nỦy ban nhân dân xã thông báo họp dân vào ngày 10 tháng 9 năm 2025.\nĐề nghị các thôn thực hiện./.\n\n"
	readCases(t, []readCase{
		{head + "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n-\tCác thôn;\tCHỦ TỊCH\n-\tLưu: VT.\n\n\n\n\tNguyễn Văn An\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc họp dân\nn.txt:4:1 body: Ủy ban nhân dân xã thông báo họp dân vào ngày 10 tháng 9 năm 2025.\nn.txt:5:1 body: Đề nghị các thôn thực hiện./.\nn.txt:7:1 label: Nơi nhận:\nn.txt:7:11 signer: TM. ỦY BAN NHÂN DÂN\nn.txt:8:1 recipient: - Các thôn;\nn.txt:8:13 signer: CHỦ TỊCH\nn.txt:9:1 recipient: - Lưu: VT.\nn.txt:13:2 name: Nguyễn Văn An"},
		{head + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nNguyễn Văn An\nNơi nhận:\n-\tCác thôn;\n-\tLưu: VT.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc họp dân\nn.txt:4:1 body: Ủy ban nhân dân xã thông báo họp dân vào ngày 10 tháng 9 năm 2025.\nn.txt:5:1 body: Đề nghị các thôn thực hiện./.\nn.txt:7:1 signer: TM. ỦY BAN NHÂN DÂN\nn.txt:8:1 signer: CHỦ TỊCH\nn.txt:12:1 name: Nguyễn Văn An\nn.txt:13:1 label: Nơi nhận:\nn.txt:14:1 recipient: - Các thôn;\nn.txt:15:1 recipient: - Lưu: VT."},
		{head + "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\t\tNguyễn Văn An\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc họp dân\nn.txt:4:1 body: Ủy ban nhân dân xã thông báo họp dân vào ngày 10 tháng 9 năm 2025.\nn.txt:5:1 body: Đề nghị các thôn thực hiện./.\nn.txt:7:1 label: Nơi nhận:\nn.txt:8:1 recipient: - Các thôn;\nn.txt:9:1 recipient: - Lưu: VT.\nn.txt:9:13 name: Nguyễn Văn An"},
	})
}
