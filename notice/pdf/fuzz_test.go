package pdf

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// FuzzLayout lays out a notice with any text in every field: it must not
// panic, must keep every box on the page, and must carry the text whole:
// a PDF that looks right and drops or moves words is worse than none.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{
		"Kết luận của đồng chí Nguyễn Văn A", "Quyết định số 26/QĐ-UBND ngày 09/01/2023",
		strings.Repeat("rất dài ", 400), strings.Repeat("x", 300), "陈文明 và Trần Văn Minh", "a\u0301 ̀", "",
	} {
		f.Add(s)
	}
	set := defaultSet(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, unicode.IsControl) || len(s) > 20000 {
			return
		}
		s = strings.Join(strings.Fields(s), " ")
		l, err := Lay(fuzzDoc(s), set, Options{})
		if errors.Is(err, ErrTooManyPages) || errors.Is(err, ErrOverflow) {
			return // a clear error, never a PDF with text off the page
		}
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		for _, b := range l.Boxes {
			if b.Page < 1 || b.Page > l.Pages || b.Y < 0 || b.Y > PageH {
				t.Fatalf("box off the page: %+v", b)
			}
			if b.Kind == TextBox && (b.X < -0.01 || b.X+b.W > PageW+0.01) {
				t.Fatalf("text box off the page: %+v", b)
			}
			if b.Role == RoleBody {
				body.WriteString(b.Text)
			}
		}
		if !strings.Contains(noSpace(body.String()), noSpace(s)) {
			t.Fatalf("the body does not carry %q whole", s)
		}
	})
}

func fuzzDoc(s string) *compose.Document {
	runs := []body.Run{{Text: s}}
	return &compose.Document{
		Header:       compose.Header{Issuer: []string{s}, Number: "/TB-UBND", Draft: true, Place: s, Country: compose.Country, Motto: compose.Motto},
		Kind:         "THÔNG BÁO",
		Subject:      runs,
		SubjectLines: [][]body.Run{runs, {{Text: "tại " + s}}},
		Body: []compose.Block{
			{Kind: compose.Para, Runs: []body.Run{{Text: s}, {Note: "1"}}},
			{Kind: compose.Heading, Marker: "1.", Head: runs, Runs: runs},
			{Kind: compose.Bullet, Marker: "-", Runs: runs},
		},
		Recipients: [][]body.Run{runs},
		Archive:    runs,
		Signature:  compose.Signature{Lines: []string{s}, Name: s},
		Notes:      []compose.Note{{Number: "1", Runs: runs}},
	}
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
