package source

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPassages(t *testing.T) {
	type want struct{ wrote, reads, enc string }
	for _, c := range []struct {
		name, text string
		want       []want
	}{
		{"tcvn3", "Căn cứ vào vai trß vµ nhiÖm vô ®îc ph©n c«ng của c¸n bé, gi¸o viªn trong trường.",
			[]want{{"trß vµ nhiÖm vô ®îc ph©n c«ng của c¸n bé, gi¸o viªn", "trò và nhiệm vụ đợc phân công của cán bộ, giáo viên", "TCVN3"}}},
		{"vni", "Thông báo về việc Keát luaän cuûa Chuû tòch UBND huyeän, gửi các xã.",
			[]want{{"Keát luaän cuûa Chuû tòch UBND huyeän", "Kết luận của Chủ tịch UBND huyện", "VNI"}}},
		{"vni horn", "Đại diện ngöôøi daân tham dự họp.",
			[]want{{"ngöôøi daân", "người dân", "VNI"}}},
		{"two", "Căn cứ KÕt luËn sè 12 cña Chñ tÞch Ủy ban nhân dân tỉnh về việc triển khai các nhiệm vụ trọng tâm trong năm học mới; Th«ng b¸o cña Së.",
			[]want{{"KÕt luËn sè 12 cña Chñ tÞch", "Kết luận số 12 của Chủ tịch", "TCVN3"}, {"Th«ng b¸o cña Së", "Thông báo của Sở", "TCVN3"}}},
		{"lawful marks", "Sản phẩm Vinamilk® đạt chuẩn; hạt bụi 2,5 µm; nhiệt độ 30°C; diện tích 20 m²; giá 5 €.", nil},
		{"lawful latin", "Ông Jørgensen và bà Schröder (Đan Mạch, Đức) dự hội thảo ở Hà Nội.", nil},
		{"one stray", "Nhãn hiệu ABC®XYZ được bảo hộ.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps, letters, in := Passages(c.text)
			if len(ps) != len(c.want) {
				t.Fatalf("got %d passages %+v, want %d", len(ps), ps, len(c.want))
			}
			for i, p := range ps {
				w := c.want[i]
				if got := c.text[p.Off:p.End]; got != w.wrote {
					t.Errorf("passage %d is %q, want %q", i, got, w.wrote)
				}
				if p.Reads != w.reads {
					t.Errorf("passage %d reads %q, want %q", i, p.Reads, w.reads)
				}
				if enc := p.Encoding().VI; !strings.HasPrefix(enc, w.enc) {
					t.Errorf("passage %d is %q, want %s", i, enc, w.enc)
				}
			}
			if in > letters || len(ps) > 0 && in == 0 {
				t.Errorf("%d letters in passages of %d", in, letters)
			}
		})
	}
}

// A text mostly in a legacy encoding is refused, with its one finding; a
// text with one passage is read.
func TestDecodeTextShare(t *testing.T) {
	unicode := strings.Repeat("Ủy ban nhân dân huyện thông báo kết luận của Chủ tịch tại cuộc họp giao ban tháng Mười. ", 4)
	mixed := unicode + "Căn cứ vai trß vµ nhiÖm vô ®îc ph©n c«ng.\n" + unicode
	text, ps, err := DecodeText("a.txt", []byte(mixed), 1<<20)
	if err != nil || text != mixed || len(ps) != 1 {
		t.Fatalf("mixed: %d passages, %v", len(ps), err)
	}
	if _, err := Decode("a.toml", []byte(mixed), 1<<20); err == nil {
		t.Errorf("Decode accepts a passage of TCVN3")
	}
	whole := "Th«ng b¸o KÕt luËn cña Chñ tÞch UBND huyÖn vÒ viÖc triÓn khai nhiÖm vô.\n" + unicode[:60]
	if _, _, err := DecodeText("b.txt", []byte(whole), 1<<20); err == nil || !strings.Contains(err.Error(), "TCVN3") {
		t.Errorf("mostly TCVN3: %v, want refused", err)
	}
}

func TestConvertMaps(t *testing.T) {
	p := Passage{enc: legacyVNI}
	var at []int
	s := "ngöôøi"
	got, ok := p.Convert(s, func(i int) { at = append(at, i) })
	if got != "người" || !ok || len(at) != len(got) {
		t.Fatalf("got %q %v %v", got, ok, at)
	}
	for i, a := range at {
		if !utf8.RuneStart(s[a]) || i > 0 && a < at[i-1] {
			t.Errorf("byte %d maps to %d", i, a)
		}
	}
}

func FuzzPassages(f *testing.F) {
	for _, s := range []string{"vai trß vµ nhiÖm vô", "Keát luaän cuûa", "2,5 µm, Vinamilk®", "cña\xffabc", "ngöôøi daân"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ps, letters, in := Passages(s)
		if in > letters {
			t.Fatalf("%d letters in passages of %d", in, letters)
		}
		end := 0
		for _, p := range ps {
			if p.Off < end || p.End <= p.Off || p.End > len(s) || !utf8.RuneStart(s[p.Off]) {
				t.Fatalf("passage %d:%d after %d in %q", p.Off, p.End, end, s)
			}
			end = p.End
			got, _ := p.Convert(s[p.Off:p.End], nil)
			if !utf8.ValidString(got) {
				t.Fatalf("reading %q is not UTF-8", got)
			}
		}
	})
}
