package check

import (
	"slices"
	"testing"
)

func TestToneSeatSlips(t *testing.T) {
	for _, c := range []struct {
		word, slip string
		want       bool
	}{
		{"khai", "khải", true},
		{"thanh", "thành", true},
		{"toan", "toàn", true},
		{"tiên", "tiến", true},
		{"người", "ngưởi", true}, {"ngươi", "người", true},
		{"sau", "sáu", true},
		{"hoa", "hòa", true},
		{"quy", "quý", true},
		{"gia", "giá", true},
		{"khai", "khaỉ", false}, // never where Vietnamese seats no tone
		{"sau", "saú", false},
	} {
		if got := slices.Contains(markSlips(c.word), c.slip); got != c.want {
			t.Errorf("markSlips(%q) has %q = %v, want %v: %q", c.word, c.slip, got, c.want, markSlips(c.word))
		}
	}
}
