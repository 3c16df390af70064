package plain

import "testing"

// TestColumnsShortParagraphs: a page as pdftotext -layout writes it whose
// body is mostly paragraphs of one line, indented, and a few wrapped onto
// flush lines: the flush lines are the margin, though fewer than the
// indented ones, so each indented line opens a paragraph of its own.
func TestColumnsShortParagraphs(t *testing.T) {
	src := "      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"       XÃ ĐỨC HỢP                          Độc lập - Tự do - Hạnh phúc\n" +
		"    Số: 12/QĐ-UBND                     Đức Hợp, ngày 30 tháng 9 năm 2022\n" +
		"\n" +
		"                                   QUYẾT ĐỊNH\n" +
		"                          Về việc ban hành quy chế làm việc\n" +
		"\n" +
		"      Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội\n" +
		"nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
		"      Căn cứ Kế hoạch số 15/KH-UBND ngày 20/9/2022 của Ủy ban nhân dân xã Đức Hợp về\n" +
		"việc xây dựng quy chế làm việc;\n" +
		"      Xét đề nghị của Văn phòng Ủy ban nhân dân xã.\n" +
		"      QUYẾT ĐỊNH:\n" +
		"      Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n" +
		"      Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n" +
		"      Điều 3. Văn phòng và các công chức có liên quan chịu trách nhiệm thi hành.\n" +
		"\n" +
		"Nơi nhận:                                                      CHỦ TỊCH\n" +
		"- Như Điều 3;\n" +
		"- Lưu: VT.\n" +
		"                                                             Nguyễn Văn An\n" +
		"\f"
	wantColumnsBody(t, src, []string{
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
		"Căn cứ Kế hoạch số 15/KH-UBND ngày 20/9/2022 của Ủy ban nhân dân xã Đức Hợp về việc xây dựng quy chế làm việc;",
		"Xét đề nghị của Văn phòng Ủy ban nhân dân xã.",
		"QUYẾT ĐỊNH:",
		"Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
		"Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
		"Điều 3. Văn phòng và các công chức có liên quan chịu trách nhiệm thi hành.",
	})
}

// TestColumnsOneFlushLine: a page of short paragraphs on which one line
// alone wraps onto the margin. The left margin is that line's, the first
// lines indented from it, though no other line shares it (rv72b).
func TestColumnsOneFlushLine(t *testing.T) {
	src := "      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"       XÃ ĐỨC HỢP                          Độc lập - Tự do - Hạnh phúc\n" +
		"    Số: 12/QĐ-UBND                     Đức Hợp, ngày 30 tháng 9 năm 2022\n" +
		"\n" +
		"                                   QUYẾT ĐỊNH\n" +
		"                          Về việc ban hành quy chế làm việc\n" +
		"\n" +
		"      Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội\n" +
		"nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
		"      Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\n" +
		"      Xét đề nghị của Văn phòng Ủy ban nhân dân xã Đức Hợp tại Tờ trình số 5/TTr-VP.\n" +
		"      Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân.\n" +
		"      Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n" +
		"\f" +
		"      Điều 3. Văn phòng và các công chức có liên quan chịu trách nhiệm thi hành.\n" +
		"\n" +
		"Nơi nhận:                                                      CHỦ TỊCH\n" +
		"- Như Điều 3;\n" +
		"- Lưu: VT.\n" +
		"                                                             Nguyễn Văn An\n" +
		"\f"
	wantColumnsBody(t, src, []string{
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
		"Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
		"Xét đề nghị của Văn phòng Ủy ban nhân dân xã Đức Hợp tại Tờ trình số 5/TTr-VP.",
		"Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân.",
		"Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
		"Điều 3. Văn phòng và các công chức có liên quan chịu trách nhiệm thi hành.",
	})
}

// wantColumnsBody reads src and wants it read as a page in columns whose
// body paragraphs are want.
func wantColumnsBody(t *testing.T, src string, want []string) {
	t.Helper()
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range f.Paras {
		if p.Kind == Body {
			got = append(got, p.Text)
		}
	}
	if f.Layout != Columns || len(got) != len(want) {
		t.Fatalf("read as %s, body paragraphs:\n%q\nwant:\n%q", f.Layout, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("body paragraph %d: %q, want %q", i, got[i], want[i])
		}
	}
}
