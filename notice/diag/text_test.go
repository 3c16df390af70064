package diag

import (
	"bytes"
	"testing"
)

func TestWriteText(t *testing.T) {
	l := List{
		{Pos: Pos{Path: "b.toml", Line: 3, Col: 1}, Rule: "r2", Severity: Warning, Message: Msg("hai", "two"), Ref: "practice"},
		{Pos: Pos{Path: "a.toml", Line: 10, Col: 5}, Rule: "r1", Severity: Error, Message: Msg("một %d", "one %d", 1), Fix: Msg("sửa", "fix"), Ref: RefNoiNhan},
		{Pos: Pos{Path: "a.toml"}, Rule: "r0", Severity: Info, Message: Msg("không", "zero")},
	}
	l.Sort()
	var vi, en bytes.Buffer
	if err := WriteText(&vi, l, VI); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&en, l, EN); err != nil {
		t.Fatal(err)
	}
	wantVI := "a.toml: info r0: không\n" +
		"a.toml:10:5: error r1: một 1\n    sửa (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 9, điểm d)\n" +
		"b.toml:3:1: warning r2: hai\n    (thực tiễn)\n"
	wantEN := "a.toml: info r0: zero\n" +
		"a.toml:10:5: error r1: one 1\n    fix (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 9, điểm d)\n" +
		"b.toml:3:1: warning r2: two\n    (practice)\n"
	if vi.String() != wantVI {
		t.Errorf("vi:\n%s\nwant:\n%s", vi.String(), wantVI)
	}
	if en.String() != wantEN {
		t.Errorf("en:\n%s\nwant:\n%s", en.String(), wantEN)
	}
	if w, _ := l.Worst(); w != Error {
		t.Errorf("worst = %v", w)
	}
}

// TestWriteTextLines: the lines put together by hand read as the position,
// Pos.In, and the hint line, hintLine, give them, for every kind of each.
func TestWriteTextLines(t *testing.T) {
	for _, p := range []Pos{{}, {Path: Stdin}, {Path: "a.toml", Line: 3}, {Path: "a.toml", Col: 2}, {Path: "a.toml", Line: 12, Col: 40}} {
		for _, fix := range []Text{{}, Msg("sửa", "fix"), {EN: "fix only"}} {
			for _, ref := range []string{"", Practice, RefNoiNhan} {
				f := Finding{Pos: p, Rule: "r", Severity: Warning, Message: Msg("một", "one"), Fix: fix, Ref: ref}
				for _, lang := range []Lang{VI, EN} {
					want := p.In(lang) + ": warning r: " + f.Message.In(lang) + "\n"
					if h := hintLine(f, lang); h != "" {
						want += "    " + h + "\n"
					}
					var b bytes.Buffer
					if err := WriteText(&b, List{f}, lang); err != nil || b.String() != want {
						t.Errorf("%+v in %v: %q, %v; want %q", f, lang, b.String(), err, want)
					}
				}
			}
		}
	}
}
