package cite

import "testing"

// FuzzFindDeadlines checks that found deadlines quote the text they come
// from and that reading any string never panics.
func FuzzFindDeadlines(f *testing.F) {
	for _, s := range []string{
		"hoàn thành **trước ngày 28/02/2023**", "Thời hạn hoàn thành: **Tháng 02/2025**",
		"định kỳ hàng tháng (trước ngày 20)", "bắt đầu từ tháng 5 năm 2024", "trong quý IV/2024",
		"trước ngày 99/99/9999", "trước tháng 0/0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range FindDeadlines(s) {
			if d.Off < 0 || d.End > len(s) || d.Off > d.End || s[d.Off:d.End] != d.Text {
				t.Fatalf("deadline %+v does not quote %q", d, s)
			}
			d.Span()
			d.Phrase()
		}
		if d, err := ParseDeadline(s); err == nil && !d.IsReal() {
			t.Fatalf("ParseDeadline(%q) accepted an unreal date: %+v", s, d)
		}
	})
}

// FuzzParseNumber checks that a parsed number gives back its code.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12/TB-UBND", "/TB-UBND", "30/2020/NĐ-CP", "13-NQ/TU", "4979/UBND-KGVX", "1-/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		if n.Code() == "" || n.Issuer == "" {
			t.Fatalf("ParseNumber(%q) = %+v without a code", s, n)
		}
	})
}

// FuzzFindCitations checks that every citation found points inside the
// text at what it claims: the number at Off, the type name at TypeOff,
// the date at DateOff.
func FuzzFindCitations(f *testing.F) {
	for _, s := range []string{
		"Quyết định số 26/QĐ-UBND ngày 09/01/2023 của UBND thị xã",
		"Kế hoạch số 13-KH/TU, 14-KH/TU ngày 02/3/2024 của Tỉnh ủy về chuyển đổi số",
		"Nghị định 30/2020/NĐ-CP; Công văn số 4979/UBND-KGVX ngày 17/9/2024",
		"Thông báo 01/TB-UBND ngày 03/01/2023", "số /QĐ- ngày 99/99/2023 của", "//// số số ngày ngày",
		"Kế hoạch số 768/PGDĐT ngày 07/10/2019 của Phòng", "công văn số 461/VP.", "Quyết định số 5274/QĐ - BGD",
		"Kế hoạch tuyển sinh số 112/KH-MNHS", "Thông báo kết luận số 45-TB/TU", "Quyết định  12/QĐ-UBND",
		"Quyết định số 168a/QĐ-UBND ngày 6/9/2025", "Nghị quyết 36a/NQ-CP; số 12a/2020/NĐ-CP", "1234567a/QĐ-UBND",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range FindCitations(s) {
			if c.Off < 0 || c.End > len(s) || c.Off >= c.End {
				t.Fatalf("citation %+v outside %q", c, s)
			}
			if c.TypeOff >= 0 && (c.TypeOff+len(c.Type) > len(s) || s[c.TypeOff:c.TypeOff+len(c.Type)] != c.Type) {
				t.Fatalf("type %q is not at %d in %q", c.Type, c.TypeOff, s)
			}
			if c.DateOff >= len(s) {
				t.Fatalf("date offset %d outside %q", c.DateOff, s)
			}
			if c.Start() > c.Off {
				t.Fatalf("citation starts after its number: %+v", c)
			}
		}
	})
}

// FuzzSlashLetter holds the test before numberRe to the expression.
func FuzzSlashLetter(f *testing.F) {
	for _, s := range []string{"26/QĐ-UBND", "13-NQ/TU", "28/02/2023", "30/2020/NĐ-CP", "1/&", "a/", "/Đ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if numberRe().MatchString(s) && !slashLetter(s) {
			t.Fatalf("numberRe matches %q, slashLetter says it cannot", s)
		}
	})
}

// FuzzParseWritten: a date as a document writes it is read without a
// panic, and what is read is a real date.
func FuzzParseWritten(f *testing.F) {
	for _, s := range []string{"15/3/2026", "15-3-2026", "15.03.2026", "ngày 15 tháng 3 năm 2026", "3/2026", "tháng 3/2026", "31/2/2026", "2026-03-15", "/", "ngày"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, month bool) {
		d, ok := ParseWritten(s, month)
		if ok && (!d.IsReal() || !month && d.Day == 0) {
			t.Errorf("ParseWritten(%q, %v) = %v, not a real date", s, month, d)
		}
	})
}
