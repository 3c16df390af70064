package source

import "testing"

func TestLookalike(t *testing.T) {
	for _, c := range []struct {
		r, prev, want rune
		ok            bool
	}{
		{'ƣ', 'h', 'ư', true},
		{'Ƣ', 'H', 'Ư', true},
		{'ð', ' ', 'đ', true},
		{'ð', 0, 'đ', true},
		{'Ð', '(', 'Đ', true},
		{'Ɖ', ' ', 'Đ', true},
		{'ð', 'u', 0, false}, // Guðrún
		{'Ð', 'U', 0, false},
		{'ư', 'h', 0, false},
		{'đ', ' ', 0, false},
		{'ã', ' ', 0, false},
	} {
		got, ok := Lookalike(c.r, c.prev)
		if got != c.want || ok != c.ok {
			t.Errorf("Lookalike(%q, %q) = %q, %v; want %q, %v", c.r, c.prev, got, ok, c.want, c.ok)
		}
	}
	for _, s := range []string{"Nhƣ", "BỘ CÔNG THƢƠNG", "Ðà Nẵng", "ðã", "Ɖồng"} {
		if !HasLookalike(s) {
			t.Errorf("HasLookalike(%q) = false", s)
		}
	}
	if HasLookalike("Như trên; Lưu: VT.") {
		t.Error("HasLookalike of plain Vietnamese is true")
	}
}
