package plain

import (
	"strings"
	"testing"
)

// TestEndRowsAppendix: a notice with no Nơi nhận, its signer in the right
// cell of a row whose left cell is empty ("\tHIỆU TRƯỞNG", Word's table
// saved as text), the name under it, then an appendix ("PHỤ LỤC" and a
// list): the signature is read as one, the appendix after it; a title
// after a tab with a name and other text under it stays the body's.
func TestEndRowsAppendix(t *testing.T) {
	head := "THÔNG BÁO\nVề việc nghỉ học do mưa lũ\n\nHọc sinh toàn trường nghỉ học từ ngày 8/12/2022.\nNhà trường đề nghị cha mẹ học sinh quản lý con em./.\n\n"
	for _, c := range []struct{ src, want string }{
		{head + "\tHIỆU TRƯỞNG\n\n\n\nNguyễn Quốc Việt\n\n\nPHỤ LỤC\nDANH SÁCH CÁC LỚP\n1\tLớp 10A1\n",
			"signer: HIỆU TRƯỞNG|name: Nguyễn Quốc Việt|appendix: PHỤ LỤC|appendix: DANH SÁCH CÁC LỚP"},
		{head + "\tHIỆU TRƯỞNG\n\n\n\nNguyễn Quốc Việt\nGhi chú: học sinh mang theo sách vở.\n",
			"body: HIỆU TRƯỞNG|body: Nguyễn Quốc Việt|body: Ghi chú: học sinh mang theo sách vở."},
	} {
		f, err := Read("n.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range f.Paras[4:] {
			got = append(got, p.Kind.String()+": "+p.Text)
		}
		if g := strings.Join(got, "|"); !strings.HasPrefix(g, c.want) {
			t.Errorf("%q: read %q, want %q first", c.src, g, c.want)
		}
	}
}
