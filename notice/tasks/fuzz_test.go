package tasks

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/reading"
)

// FuzzNamed reads owners out of any text: it never panics, the task's
// words start inside the text, and every owner is a piece of it.
func FuzzNamed(f *testing.F) {
	for _, s := range []string{
		"Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành, địa phương:",
		"Các xã, phường: Nguyễn Nghiêm, Phổ Ninh và Phòng Lao động chủ động, phối hợp với Công an tỉnh, Sở Nội vụ và các địa phương nghiên cứu",
		"Yêu cầu Nhà đầu tư khẩn trương", "VHTT tham mưu", ":", "Giao ", "Các (phối hợp với", "Sở X và ",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, heading bool) {
		n := readNamed(s, heading)
		if n.Rest < 0 || n.Rest > len(s) {
			t.Fatalf("the task starts at %d of %d bytes", n.Rest, len(s))
		}
		for _, o := range n.Owners {
			if o.Name == "" || !strings.Contains(s, o.Name) {
				t.Fatalf("owner %q is not in %q", o.Name, s)
			}
		}
		for _, o := range supporters(s) {
			if o == "" || !strings.Contains(s, o) {
				t.Fatalf("supporter %q is not in %q", o, s)
			}
		}
		if sh := shorten(s); !utf8.ValidString(sh) && utf8.ValidString(s) {
			t.Fatalf("shorten(%q) = %q cuts a character", s, sh)
		}
	})
}

// FuzzExtract reads tasks out of any notice written as text: it never
// panics, and every line has a place in the file and prints in every
// format.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("THÔNG BÁO\n\n1. Giao Sở X:\n- Làm Y trước ngày 31/02/2024.\n+ hằng tuần\n- Sở Z: định kỳ 0 tháng/lần\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := reading.Read("f.txt", src)
		if err != nil {
			return
		}
		n, tasks := Extract(s)
		list := Build([]Entry{{Notice: n, Tasks: tasks}}).Select(Query{Today: date("2024-10-25"), DueWithin: 14})
		for _, x := range list {
			if x.Pos.Line < 1 {
				t.Fatalf("no place for %q", x.Text)
			}
		}
		for _, format := range Formats {
			if err := Write(&bytes.Buffer{}, format, list, PrintOptions{Today: date("2024-10-25")}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}
