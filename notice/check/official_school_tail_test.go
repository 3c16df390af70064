package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// The fix of a school's name quotes the name whole, not cut at its first
// word in small letters; where the end is unsure it says so with "…".
func TestSchoolTail(t *testing.T) {
	for _, c := range []struct {
		rest, tail string
		cut        bool
	}{
		{" nghệ Thủ Đức.", " nghệ Thủ Đức", false},                   // "trường Cao đẳng Công nghệ Thủ Đức."
		{" khí nông nghiệp", " khí nông nghiệp", false},              // to the line's end
		{" trấn ", " trấn", false},                                   // "trường tiểu học Thị trấn "
		{", Sao Mai", "", false},                                     // the name ends at the comma
		{"", "", false},                                              // at the end
		{" tổ chức lễ khai giảng.", "", true},                        // the sentence goes on
		{" nghệ Thủ Đức tổ chức tuyển sinh.", " nghệ Thủ Đức", true}, // to the last capital before it
		{" a b c d e f g h.", "", true},                              // too long to be sure
	} {
		tail, cut := schoolTail(c.rest)
		if tail != c.tail || cut != c.cut {
			t.Errorf("schoolTail(%q) = %q, %v; want %q, %v", c.rest, tail, cut, c.tail, c.cut)
		}
	}
}

// The corpus's case: the finding names and fixes the whole name.
func TestSchoolCaseWholeName(t *testing.T) {
	f, err := plain.Read("a.txt", []byte("Điều 1. Ban hành Quy chế tuyển sinh tại trường Cao đẳng Công nghệ Thủ Đức.\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs := Text(f, nil, Options{})
	for _, f := range fs {
		if f.Rule != "official-name" {
			continue
		}
		if got, want := f.Fix.In(diag.VI), `viết "Trường Cao đẳng Công nghệ Thủ Đức"`; got != want {
			t.Errorf("fix %q, want %q", got, want)
		}
		return
	}
	t.Fatalf("no official-name finding in %v", fs)
}
