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
