package plain

import "testing"

// TestSubjectCellAbbrev: a Công văn's trích yếu wrapped in the header's
// left cell of a page, its last line an abbreviation alone ("TNCT"),
// reads as one trích yếu; a line in capitals of more words under it
// ("TỔNG CỤC THUẾ") does not go on with it, nor a word in capitals with a
// mark ("KHẨN", "MẬT": the mark of urgency or secrecy under the trích yếu).
func TestSubjectCellAbbrev(t *testing.T) {
	head := "              BỘ TÀI CHÍNH                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"             TỔNG CỤC THUẾ                         Độc lập - Tự do - Hạnh phúc\n" +
		"            Số: 5005/TCT-CS                     Hà Nội, ngày 26 tháng 12 năm 2008\n" +
		"   V/v điều chỉnh tỷ lệ GTGT và tỷ lệ\n"
	tail := "\n\n      Kính gửi: Cục thuế tỉnh Trà Vinh\n" +
		"      Tổng cục Thuế nhận được công văn số 1234/CT-TTHT ngày 10/12/2008 của Cục thuế tỉnh Trà\n" +
		"Vinh hỏi về tỷ lệ giá trị gia tăng. Tổng cục Thuế trả lời như sau./.\n" +
		"\n" +
		"Nơi nhận:                                                     KT. TỔNG CỤC TRƯỞNG\n" +
		"- Như trên;                                                   PHÓ TỔNG CỤC TRƯỞNG\n" +
		"- Lưu: VT.\n" +
		"                                                             Phạm Duy Khương\n\f"
	for _, c := range []struct{ more, want string }{
		{"                  TNCT", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ TNCT"},
		{"              CỤC THUẾ TỈNH", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ"},
		{"                  QSDĐ", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ QSDĐ"},
		{"                  KHẨN", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ"}, // the mark of urgency, a word (rv72b)
		{"                  MẬT", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ"},
	} {
		f, err := Read("n.txt", []byte(head+c.more+tail))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range f.Paras {
			if p.Kind == Subject {
				got = p.Text
			}
		}
		if got != c.want {
			t.Errorf("%q under the V/v: trích yếu %q, want %q", c.more, got, c.want)
		}
	}
}
