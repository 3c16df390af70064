package plain

import (
	"strings"
	"testing"
)

// paraLines gives each paragraph of f as "line:col kind: text".
func paraLines(f *File) string {
	var out []string
	for _, p := range f.Paras {
		out = append(out, p.PosAt(0).String()+" "+p.Kind.String()+": "+p.Text)
	}
	return strings.Join(out, "\n")
}

// TestPageChrome holds a print page's own lines (the print link, the
// post's stamp, the file's link) out of the letter, and the lines of a
// letter that only start so in.
func TestPageChrome(t *testing.T) {
	src := "In trang\n\nCập nhật lúc : 08:51 17/04/2018\n\nPhòng thông báo lịch nghỉ.\n\n" +
		"In trang phục cho học sinh theo mẫu./.\n\nTải file đầy đủ bên dưới\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "n.txt:5:1 body: Phòng thông báo lịch nghỉ.\nn.txt:7:1 body: In trang phục cho học sinh theo mẫu./."
	if got := paraLines(f); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestAddresseeRun parts a Kính gửi line run on with the body's opening,
// and leaves a Kính gửi whose addressee holds a "." whole.
func TestAddresseeRun(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Kính gửi: Hiệu trưởng các trường. Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./.\n",
			"n.txt:1:1 addressee: Kính gửi: Hiệu trưởng các trường.\nn.txt:1:35 body: Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./."},
		{"Kính gửi: Trường THCS Nguyễn Du, TP. Huế.\n\nThực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./.\n",
			"n.txt:1:1 addressee: Kính gửi: Trường THCS Nguyễn Du, TP. Huế.\nn.txt:3:1 body: Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./."},
	}
	for _, c := range cases {
		f, err := Read("n.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := paraLines(f); got != c.want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.src, got, c.want)
		}
	}
}
