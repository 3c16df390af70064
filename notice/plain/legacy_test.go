package plain

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A passage of VNI is read converted, shorter than written, and the words
// after it keep the columns of the file.
func TestReadLegacyPassage(t *testing.T) {
	body := "Các thôn ghi danh sách vaø leân keá hoaïch tieâm cho từng thôn."
	src := "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\n" + strings.Repeat("Ủy ban nhân dân xã thông báo lịch tiêm vắc xin cho trẻ em dưới năm tuổi tại Trạm Y tế xã.\n\n", 3) + body + "\n"
	f, err := Read("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var p *Para
	for i := range f.Paras {
		if strings.HasPrefix(f.Paras[i].Text, "Các thôn") {
			p = &f.Paras[i]
		}
	}
	if p == nil || p.Text != "Các thôn ghi danh sách và lên kế hoạch tiêm cho từng thôn." {
		t.Fatalf("read %+v", p)
	}
	ls := p.Legacy()
	if len(ls) != 1 || ls[0].Wrote != "vaø leân keá hoaïch tieâm" || ls[0].Reads != "và lên kế hoạch tiêm" {
		t.Fatalf("passages %+v", ls)
	}
	if pos := p.PosAt(ls[0].Off); pos.Line != 9 || pos.Col != 24 {
		t.Errorf("passage at %v, want 9:24", pos)
	}
	col := utf8.RuneCountInString(body[:strings.Index(body, "cho")]) + 1
	if pos := p.PosAt(strings.Index(p.Text, "cho từng")); pos.Line != 9 || pos.Col != col {
		t.Errorf("\"cho\" at %v, want 9:%d", pos, col)
	}
}
