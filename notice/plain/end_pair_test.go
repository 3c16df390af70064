package plain

import "testing"

// TestEndPair: a joint notice's two (or three) signatures side by side in a table
// under a Nơi nhận ended by "- Lưu: VT." (cells parted by a tab or " | ",
// perhaps after an empty first cell) are read as the signature, the left
// one, and the right one's lines under it: the Lưu line keeps no cell of
// them (one paragraph a line, as Word saves a text). A single signer's row beside the Lưu line stays as it was.
func TestEndPair(t *testing.T) {
	head := "SỞ TÀI CHÍNH - SỞ XÂY DỰNG\nSố: 15/TB-STC-SXD\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG BÁO\nVề giá vật liệu xây dựng\nLiên Sở Tài chính - Sở Xây dựng thông báo giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 để các cơ quan, đơn vị biết.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
	want := "n.txt:1:1 header: SỞ TÀI CHÍNH - SỞ XÂY DỰNG\nn.txt:2:1 header: Số: 15/TB-STC-SXD\nn.txt:2:19 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:4:1 title: THÔNG BÁO\nn.txt:5:1 subject: Về giá vật liệu xây dựng\nn.txt:6:1 body: Liên Sở Tài chính - Sở Xây dựng thông báo giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 để các cơ quan, đơn vị biết.\nn.txt:7:1 label: Nơi nhận:\nn.txt:8:1 recipient: - UBND tỉnh;\nn.txt:9:1 recipient: - Lưu: VT.\n"
	for _, c := range []readCase{
		{head + "KT. GIÁM ĐỐC SỞ XÂY DỰNG\tKT. GIÁM ĐỐC SỞ TÀI CHÍNH\nPHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\n\t\nHoàng Văn Thanh\tNguyễn Thị Hương\n",
			want + "n.txt:10:1 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:1 signer: PHÓ GIÁM ĐỐC\nn.txt:13:1 name: Hoàng Văn Thanh\nn.txt:10:26 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:11:14 cosigner: PHÓ GIÁM ĐỐC\nn.txt:13:17 coname: Nguyễn Thị Hương"},
		{head + "TM. ỦY BAN NHÂN DÂN | TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH | CHỦ TỊCH\nLê Văn Nam | Trần Thị Hoa\n",
			want + "n.txt:10:1 signer: TM. ỦY BAN NHÂN DÂN\nn.txt:11:1 signer: CHỦ TỊCH\nn.txt:12:1 name: Lê Văn Nam\nn.txt:10:23 cosigner: TM. BAN THƯỜNG TRỰC\nn.txt:11:12 cosigner: CHỦ TỊCH\nn.txt:12:14 coname: Trần Thị Hoa"},
		{head + " | KT. GIÁM ĐỐC SỞ XÂY DỰNG | KT. GIÁM ĐỐC SỞ TÀI CHÍNH\n | PHÓ GIÁM ĐỐC | PHÓ GIÁM ĐỐC\n | Hoàng Văn Thanh | Nguyễn Thị Hương\n",
			want + "n.txt:10:4 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:4 signer: PHÓ GIÁM ĐỐC\nn.txt:12:4 name: Hoàng Văn Thanh\nn.txt:10:31 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:11:19 cosigner: PHÓ GIÁM ĐỐC\nn.txt:12:22 coname: Nguyễn Thị Hương"},
		// a row with one cell empty, as Word saves it: the empty cell's
		// tab before or after the other's text (one signer signs as the
		// head, the other for him)
		{head + "GIÁM ĐỐC SỞ TÀI CHÍNH\tKT. GIÁM ĐỐC SỞ XÂY DỰNG\n\tPHÓ GIÁM ĐỐC\n\t\nNguyễn Văn An\tTrần Thị Bình\n",
			want + "n.txt:10:1 signer: GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:13:1 name: Nguyễn Văn An\nn.txt:10:23 cosigner: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:2 cosigner: PHÓ GIÁM ĐỐC\nn.txt:13:15 coname: Trần Thị Bình"},
		{head + "KT. GIÁM ĐỐC SỞ XÂY DỰNG\tGIÁM ĐỐC SỞ TÀI CHÍNH\nPHÓ GIÁM ĐỐC\t\n\t\nTrần Thị Bình\tNguyễn Văn An\n",
			want + "n.txt:10:1 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:1 signer: PHÓ GIÁM ĐỐC\nn.txt:13:1 name: Trần Thị Bình\nn.txt:10:26 cosigner: GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:13:15 coname: Nguyễn Văn An"},
		{head + "\tKT. GIÁM ĐỐC SỞ XÂY DỰNG\tGIÁM ĐỐC SỞ TÀI CHÍNH\n\tPHÓ GIÁM ĐỐC\t\n\t\t\n\tTrần Thị Bình\tNguyễn Văn An\n",
			want + "n.txt:10:2 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:2 signer: PHÓ GIÁM ĐỐC\nn.txt:13:2 name: Trần Thị Bình\nn.txt:10:27 cosigner: GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:13:16 coname: Nguyễn Văn An"},
		// three bodies: the later two column by column
		{head + "KT. GIÁM ĐỐC SỞ XÂY DỰNG\tKT. GIÁM ĐỐC SỞ TÀI CHÍNH\tKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\n\t\t\nHoàng Văn Thanh\tNguyễn Thị Hương\tLê Văn Cường\n",
			want + "n.txt:10:1 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:1 signer: PHÓ GIÁM ĐỐC\nn.txt:13:1 name: Hoàng Văn Thanh\nn.txt:10:26 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:11:14 cosigner: PHÓ GIÁM ĐỐC\nn.txt:13:17 coname: Nguyễn Thị Hương\nn.txt:10:52 cosigner: KT. GIÁM ĐỐC SỞ NỘI VỤ\nn.txt:11:27 cosigner: PHÓ GIÁM ĐỐC\nn.txt:13:34 coname: Lê Văn Cường"},
		// the table has ended: a line with no tab is read as it comes
		{head + "KT. GIÁM ĐỐC SỞ XÂY DỰNG\tKT. GIÁM ĐỐC SỞ TÀI CHÍNH\nPHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\nHoàng Văn Thanh\tNguyễn Thị Hương\nPHỤ LỤC\n",
			want + "n.txt:10:1 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\nn.txt:11:1 signer: PHÓ GIÁM ĐỐC\nn.txt:12:1 name: Hoàng Văn Thanh\nn.txt:10:26 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\nn.txt:11:14 cosigner: PHÓ GIÁM ĐỐC\nn.txt:12:17 coname: Nguyễn Thị Hương\nn.txt:13:1 appendix: PHỤ LỤC"},
		{"THÔNG BÁO\nVề giá vật liệu xây dựng\nSở Xây dựng thông báo giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 để các cơ quan, đơn vị và Nhân dân biết.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\tKT. GIÁM ĐỐC\n\tPHÓ GIÁM ĐỐC\n\tHoàng Văn Thanh\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về giá vật liệu xây dựng\nn.txt:3:1 body: Sở Xây dựng thông báo giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026 để các cơ quan, đơn vị và Nhân dân biết.\nn.txt:4:1 label: Nơi nhận:\nn.txt:5:1 recipient: - UBND tỉnh;\nn.txt:6:1 recipient: - Lưu: VT.\nn.txt:6:12 signer: KT. GIÁM ĐỐC\nn.txt:7:2 signer: PHÓ GIÁM ĐỐC\nn.txt:8:2 name: Hoàng Văn Thanh"},
	} {
		f, err := ReadWith("n.txt", []byte(c.src), Options{Layout: OnePerLine})
		if err != nil {
			t.Fatal(err)
		}
		if got := paraLines(f); got != c.want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.src, got, c.want)
		}
	}
}
