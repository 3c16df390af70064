package plain

import "testing"

// TestEndRows: an end block saved by Word as a table of two rows, the
// signer's row with an empty left cell ("\tHIỆU TRƯỞNG"), the Nơi nhận's
// under it with an empty right cell, is read as the signature and Nơi
// nhận; a note under a Nơi nhận ended by its "- Lưu: VT." ("Ghi chú:")
// is no group of recipients; a title typed after a tab in the body, with
// no name and Nơi nhận under it, stays the body's.
func TestEndRows(t *testing.T) {
	head := "TRƯỜNG MẦM NON TUỔI THƠ\nSố: 101/QĐ-MNTT\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\nVề việc ban hành quy chế chuyên môn\n\nĐiều 1. Ban hành quy chế chuyên môn.\nĐiều 2. Quyết định có hiệu lực từ ngày ký./.\n\n"
	readCases(t, []readCase{
		{head + "\tHIỆU TRƯỞNG\n\n\n\nThS. Lê Thị Thuận\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\t\n",
			"n.txt:1:1 header: TRƯỜNG MẦM NON TUỔI THƠ\nn.txt:2:1 header: Số: 101/QĐ-MNTT\nn.txt:2:17 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:5:1 title: QUYẾT ĐỊNH\nn.txt:6:1 subject: Về việc ban hành quy chế chuyên môn\nn.txt:8:1 body: Điều 1. Ban hành quy chế chuyên môn.\nn.txt:9:1 body: Điều 2. Quyết định có hiệu lực từ ngày ký./.\nn.txt:11:2 signer: HIỆU TRƯỞNG\nn.txt:15:1 name: ThS. Lê Thị Thuận\nn.txt:16:1 label: Nơi nhận:\nn.txt:17:1 recipient: - Như Điều 2;\nn.txt:18:1 recipient: - Lưu: VT."},
		{head + "\tHIỆU TRƯỞNG\n\n\n\nPhạm Văn Hà\nNơi nhận:\n- Lưu: VT;\nBản điện tử:\n- Như trên;\n- Lãnh đạo phòng.\t\n",
			"n.txt:1:1 header: TRƯỜNG MẦM NON TUỔI THƠ\nn.txt:2:1 header: Số: 101/QĐ-MNTT\nn.txt:2:17 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:5:1 title: QUYẾT ĐỊNH\nn.txt:6:1 subject: Về việc ban hành quy chế chuyên môn\nn.txt:8:1 body: Điều 1. Ban hành quy chế chuyên môn.\nn.txt:9:1 body: Điều 2. Quyết định có hiệu lực từ ngày ký./.\nn.txt:11:2 signer: HIỆU TRƯỞNG\nn.txt:15:1 name: Phạm Văn Hà\nn.txt:16:1 label: Nơi nhận:\nn.txt:17:1 recipient: - Lưu: VT;\nn.txt:18:1 label: Bản điện tử:\nn.txt:19:1 recipient: - Như trên;\nn.txt:20:1 recipient: - Lãnh đạo phòng."},
		{head + "\tHIỆU TRƯỞNG\n\n\n\nPhạm Văn Hà\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGhi chú:\nHồ sơ nộp tại văn phòng nhà trường.\n",
			"n.txt:1:1 header: TRƯỜNG MẦM NON TUỔI THƠ\nn.txt:2:1 header: Số: 101/QĐ-MNTT\nn.txt:2:17 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:5:1 title: QUYẾT ĐỊNH\nn.txt:6:1 subject: Về việc ban hành quy chế chuyên môn\nn.txt:8:1 body: Điều 1. Ban hành quy chế chuyên môn.\nn.txt:9:1 body: Điều 2. Quyết định có hiệu lực từ ngày ký./.\nn.txt:11:2 signer: HIỆU TRƯỞNG\nn.txt:15:1 name: Phạm Văn Hà\nn.txt:16:1 label: Nơi nhận:\nn.txt:17:1 recipient: - Như Điều 2;\nn.txt:18:1 recipient: - Lưu: VT.\nn.txt:19:1 appendix: Ghi chú:\nn.txt:20:1 appendix: Hồ sơ nộp tại văn phòng nhà trường."},
		{"THÔNG BÁO\nVề việc họp giao ban\n\nPhòng thông báo lịch họp như sau.\n\tNHIỆM VỤ TRỌNG TÂM\nCác trường hoàn thành kế hoạch năm học.\nTrân trọng./.\nNơi nhận:\n- Lưu: VT.\tTRƯỞNG PHÒNG\n\n\n\nPhạm Văn Hà\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc họp giao ban\nn.txt:4:1 body: Phòng thông báo lịch họp như sau.\nn.txt:5:2 body: NHIỆM VỤ TRỌNG TÂM\nn.txt:6:1 body: Các trường hoàn thành kế hoạch năm học.\nn.txt:7:1 body: Trân trọng./.\nn.txt:8:1 label: Nơi nhận:\nn.txt:9:1 recipient: - Lưu: VT.\nn.txt:9:12 signer: TRƯỞNG PHÒNG\nn.txt:13:1 name: Phạm Văn Hà"},
	})
}
