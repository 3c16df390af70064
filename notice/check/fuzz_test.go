package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// FuzzText runs every rule on texts read in every layout: no rule may
// panic, and each finding has a position.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"Số: 1/TB-X | CỘNG HÒA\nTHÔNG BÁO\nKết luận\nNgày 02/01/2024, họp.\n1. Giao Sở A: làm.\nNơi nhận: | TL. CHỦ TỊCH\n- a; | \n | Nguyễn Văn A\n1 Chú thích",
		"     UBND             CỘNG HÒA\n      Số:   /TB      Hà Nội, ngày\n\n         THÔNG BÁO\n      Một dòng thụt\nvào rồi\n\f      2\n\ntiếp\nNơi nhận:      KT. GIÁM ĐỐC\n- a;\n                 Tên",
		"II. Một\n- hai\n\nNơi nhận:\n- Lưu: VT.\nTL. X\nY", "TH0NG B4O\nK3t lu@n cu?a d0ng ch1",
		"V/v x\nKính gửi: – A;\n– B.\n1/ Một\nhai 2/ Hai\na. ba\nb/ bốn\n– x.\n- y.\n   * z.\n* Lưu ý: w",
		"Căn cứ A; Nay, B. Thực hiện Chỉ thị 15 của X. Công ty thông báo\n- a.\n- b\n- c.\n- d\n- e.\nSáng, Bắt đầu (Về việc) dân Của theo thông báo ngày 1/2/2020, Nghị định 210–\n1. x. Y\n2. z.",
		"THÔNG BÁO\nVỀ VIỆC HỌP NGÀY 5 THÁNG 11/2020\nCăn cứ Nghị định số 115/2020 của Chính phủ; Luật số 43/2019.\n1. Mức thu:\n-\tHọc sinh: 100.00đ/tháng;\n2. Thời gian thu\nTừ ngày 5.\na) x:\nb) y: z.\nc) w\nt.\nd) v:\nđ) u\n\tHIỆU TRƯỞNG\nThS. Lê Thị A\nNơi nhận:\n- Lưu: VT.\nBản điện tử:\n- 1.500.000.00 VNĐ",
		"QUYẾT ĐỊNH\nBAN HÀNH\nCăn cứ Luật A;\nNghị định số 1/NĐ-CP ngày 01/7/2025 của Chính phủ Quy định x;\nQUYẾT ĐỊNH\nĐiều 1. Khoản 2 Điều 3; điều 4 Luật B.\n1. Kế hoạch số     /KH-X ngày    tháng 8 năm 2024; Mã:………\nChương 1.\nLiên Hợp Quốc, Nhƣ trên, pháp luât",
	} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, layout uint8) {
		file, err := plain.ReadWith("f.txt", []byte(s), plain.Options{Layout: plain.Layout(layout % 4)})
		if err != nil {
			return
		}
		for _, x := range check.Text(file, nil, check.Options{}) {
			if x.Pos.Line < 1 || x.Pos.Col < 1 {
				t.Fatalf("finding without a position: %+v", x)
			}
		}
	})
}
