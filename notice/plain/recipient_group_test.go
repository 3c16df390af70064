package plain

import "testing"

// TestRecipientGroupBesideTitle: in a listing of rows (cells parted by
// " | ") the signer's title stands in the right cell of Nơi nhận's first
// row; a second label of Nơi nhận on a line of its own below it heads the
// recipients under it, and the name is the right cell of the last row.
func TestRecipientGroupBesideTitle(t *testing.T) {
	body := "Phòng thông báo lịch họp giao ban./.\n"
	cases := []readCase{
		{body + "Nơi nhận: | TRƯỞNG PHÒNG\n- Lưu: VT;\nBản điện tử:\n- Như kính gửi;\n- Lãnh đạo phòng. | Phạm Văn Hà\n",
			"n.txt:1:1 body: Phòng thông báo lịch họp giao ban./.\n" +
				"n.txt:2:1 label: Nơi nhận:\nn.txt:2:13 signer: TRƯỞNG PHÒNG\n" +
				"n.txt:3:1 recipient: - Lưu: VT;\nn.txt:4:1 label: Bản điện tử:\n" +
				"n.txt:5:1 recipient: - Như kính gửi;\nn.txt:6:1 recipient: - Lãnh đạo phòng.\nn.txt:6:21 name: Phạm Văn Hà"},
		{body + "Nơi nhận: | KT. TRƯỞNG PHÒNG\n- Như trên; | PHÓ TRƯỞNG PHÒNG\nGửi bản giấy:\n- Lưu: VT. | Nguyễn Thị Lan\n",
			"n.txt:1:1 body: Phòng thông báo lịch họp giao ban./.\n" +
				"n.txt:2:1 label: Nơi nhận:\nn.txt:2:13 signer: KT. TRƯỞNG PHÒNG\n" +
				"n.txt:3:1 recipient: - Như trên;\nn.txt:3:15 signer: PHÓ TRƯỞNG PHÒNG\n" +
				"n.txt:4:1 label: Gửi bản giấy:\nn.txt:5:1 recipient: - Lưu: VT.\nn.txt:5:14 name: Nguyễn Thị Lan"},
		// lawful: the name typed on a line of its own under the title
		{body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nPhạm Văn Hà\n",
			"n.txt:1:1 body: Phòng thông báo lịch họp giao ban./.\n" +
				"n.txt:2:1 label: Nơi nhận:\nn.txt:3:1 recipient: - Như trên;\nn.txt:4:1 recipient: - Lưu: VT.\n" +
				"n.txt:5:1 signer: TRƯỞNG PHÒNG\nn.txt:6:1 name: Phạm Văn Hà"},
	}
	readCases(t, cases)
}
