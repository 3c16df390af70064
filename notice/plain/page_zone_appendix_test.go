package plain

import (
	"strings"
	"testing"
)

// zoneAppendixHead is a whole notice whose appendix follows its signer.
const zoneAppendixHead = `ỦY BAN NHÂN DÂN XÃ TÂN AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 25/TB-UBND

Tân An, ngày 05 tháng 01 năm 2026

THÔNG BÁO

Về việc lịch thi tuyển viên chức năm 2026

Ủy ban nhân dân xã thông báo lịch thi như Phụ lục kèm theo./.

Nơi nhận:

- Các thí sinh;

TM. ỦY BAN NHÂN DÂN

CHỦ TỊCH

Nguyễn Văn An

`

// TestZoneAppendix reads the lines of a notice's appendix below its end
// that the page's zones would take by their words (a subject "Tiếng Anh",
// a job "Biên tập viên", a heading "Đánh giá:", "Ảnh minh họa", "Viết
// bởi ...") as the appendix's, and the page's widgets under it as the
// page's.
func TestZoneAppendix(t *testing.T) {
	appendix := []string{"Tiếng Anh", "Biên tập viên", "Đánh giá:", "Ảnh minh họa", "Viết bởi thí sinh trên giấy thi do Hội đồng phát."}
	page := []string{"Viết bởi Trần Văn Bình", "Đánh giá bài viết", "Chia sẻ", "Lượt xem: 125", "Bình luận"}
	for _, head := range []string{"PHỤ LỤC", "DANH SÁCH THÍ SINH", "KẾ HOẠCH", "Phụ lục II"} {
		src := zoneAppendixHead + head + "\n\nMôn thi:\n\n" + strings.Join(appendix, "\n\n") + "\n\n" + strings.Join(page, "\n\n") + "\n"
		kinds := paraKinds(t, src)
		for _, a := range appendix {
			if kinds[a] != Appendix {
				t.Errorf("under %q: %q read as %v, want the appendix's", head, a, kinds[a])
			}
		}
		for _, p := range page {
			if kinds[p] != Page {
				t.Errorf("under %q: %q read as %v, want the page's", head, p, kinds[p])
			}
		}
	}
	// no appendix: the same words under the signer are the page's
	kinds := paraKinds(t, zoneAppendixHead+"Viết bởi Trần Văn Bình\n\nĐánh giá:\n\nBiên tập viên\n")
	for _, p := range []string{"Viết bởi Trần Văn Bình", "Đánh giá:", "Biên tập viên"} {
		if kinds[p] != Page {
			t.Errorf("with no appendix: %q read as %v, want the page's", p, kinds[p])
		}
	}
}

// TestZoneAppendixCut reads the last lines of a copy cut with no end as
// its appendix's when an appendix's heading stands over them and no line
// of a strong kind closes the text.
func TestZoneAppendixCut(t *testing.T) {
	head := strings.Replace(strings.Split(zoneAppendixHead, "Nơi nhận:")[0], "./.", ".", 1)
	kinds := paraKinds(t, head+"PHỤ LỤC\n\nMôn thi:\n\nTiếng Anh\n\nBiên tập viên\n")
	for _, a := range []string{"Tiếng Anh", "Biên tập viên"} {
		if kinds[a] == Page {
			t.Errorf("%q read as the page's, want the notice's", a)
		}
	}
	kinds = paraKinds(t, head+"PHỤ LỤC\n\nMôn thi:\n\nTiếng Anh\n\nBiên tập viên\n\nQuản trị viên\n\nChia sẻ\n")
	for _, p := range []string{"Quản trị viên", "Chia sẻ"} {
		if kinds[p] != Page {
			t.Errorf("%q read as %v, want the page's", p, kinds[p])
		}
	}
}

// paraKinds reads src and gives each paragraph's kind by its text.
func paraKinds(t *testing.T, src string) map[string]Kind {
	t.Helper()
	f, err := Read("zone.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{}
	for _, p := range f.Paras {
		kinds[strings.TrimSpace(p.Text)] = p.Kind
	}
	return kinds
}

// TestZoneAppendixScheduleDays reads a duty roster's days under its
// heading ("Thứ Hai, 16/02/2026" alone on a line, no time of the clock) as
// the appendix's, not as a post's stamp that closes the appendix: the
// words below them that the zones would take by their kind ("Tiếng Anh")
// stay the appendix's. A stamp with its time still closes it.
func TestZoneAppendixScheduleDays(t *testing.T) {
	days := "LỊCH TRỰC\n\nThứ Hai, 16/02/2026\n\nTiếng Anh\n\nĐồng chí Lê Văn Ba trực.\n\nThứ Ba, 17/02/2026\n\nBiên tập viên\n\nĐồng chí Hà Thị Lan trực.\n\n"
	kinds := paraKinds(t, zoneAppendixHead+days+"Chia sẻ\n\nLượt xem: 125\n")
	for _, a := range []string{"Thứ Hai, 16/02/2026", "Tiếng Anh", "Thứ Ba, 17/02/2026", "Biên tập viên"} {
		if kinds[a] != Appendix {
			t.Errorf("%q read as %v, want the appendix's", a, kinds[a])
		}
	}
	if kinds["Chia sẻ"] != Page {
		t.Errorf("%q read as %v, want the page's", "Chia sẻ", kinds["Chia sẻ"])
	}
	kinds = paraKinds(t, zoneAppendixHead+"LỊCH TRỰC\n\nNgày 16/02/2026: phòng Văn hóa.\n\nThứ Hai, 16/02/2026 08:15\n\nTiếng Anh\n\nChia sẻ\n")
	for _, p := range []string{"Thứ Hai, 16/02/2026 08:15", "Tiếng Anh", "Chia sẻ"} {
		if kinds[p] != Page {
			t.Errorf("under a stamp with its time: %q read as %v, want the page's", p, kinds[p])
		}
	}
}
