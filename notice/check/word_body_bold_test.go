package check_test

import (
	"strings"
	"testing"
)

// TestWordBodyBold: a body whose every paragraph is set in bold is said
// once by body-format (the body is upright and regular, Phụ lục I, Mục
// V), at its first paragraph; the same body in regular type is lawful
// (x94's probe L16: the whole body bold was said by nothing).
func TestWordBodyBold(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    wordNotice
		want string
	}{
		{"body in bold", wordNotice{extraRun: "<w:b/>"}, "body-format: 3 đoạn nội dung in đậm; phần nội dung viết chữ đứng, không đậm"},
		{"body regular", wordNotice{}, ""},
	} {
		got := strings.Join(tc.n.findings(t), "\n")
		if got != tc.want {
			t.Errorf("%s: findings\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
