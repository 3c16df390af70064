package check

import (
	"reflect"
	"testing"
)

// typeCases are texts where lowerTypes and typeLowerRe could part.
var typeCases = []string{
	"công văn số 1498-CV/HU", "Công văn số 1/", "theo công văn số 1/quyết định số 2/", "công văn số 1/ quyết định số 2-",
	"xcông văn số 1/", "\xffcông văn số 1/", "ạcông văn số 1/", "(thông tư\t số \n12 /", "báo cáo số", "báo cáo số 1",
	"báo cáo số 1 x/", "kế hoạch  số  3  -", "số 1/", "nghị quyếtsố 1/", "nghị quyết số1/", "thông báo số 1/thông báo số 2/",
	"1/công văn số 2/", "a/công văn số 2/", "\xe1\xbaông văn số 2/", "chỉ thị số 5/5 tờ trình số 6-",
}

// TestLowerTypesAsExpression holds lowerTypes to typeLowerRe on every
// line of testdata and typeCases.
func TestLowerTypesAsExpression(t *testing.T) {
	for _, s := range append(proseTexts(t), typeCases...) {
		sameLowerTypes(t, s)
	}
}

func sameLowerTypes(t *testing.T, s string) {
	t.Helper()
	var want [][2]int
	for _, m := range typeLowerRe().FindAllStringSubmatchIndex(s, -1) {
		want = append(want, [2]int{m[2], m[3]})
	}
	if got := lowerTypes(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("lowerTypes(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzLowerTypes holds lowerTypes to typeLowerRe on any text.
func FuzzLowerTypes(f *testing.F) {
	for _, s := range typeCases {
		f.Add(s)
	}
	f.Fuzz(sameLowerTypes)
}

// TestTypeNameSpaces: the white space between a tên loại and "số" may be
// any the expression takes (a tab in a Word table's text, a line break):
// the name is read without it, and nothing panics.
func TestTypeNameSpaces(t *testing.T) {
	for _, s := range []string{"công văn số 12/", "công văn  số 12/", "công văn\tsố 12/", "công văn\nsố 12-"} {
		if got := typeName(s); got != "công văn" {
			t.Errorf("typeName(%q) = %q, want %q", s, got, "công văn")
		}
	}
	for _, s := range []string{"Thực hiện công văn\tsố 1498-CV/HU", "theo thông báo\n số 5/TB"} {
		for _, m := range lowerTypes(s) {
			_ = typeName(s[m[0]:m[1]])
		}
	}
}

// TestLowerTypeSpansOf holds the spans read once a text to lowerTypeSpans
// of the text on every line of testdata, each line asked whole and cut
// short (a text with the same first byte), in turn on one view.
func TestLowerTypeSpansOf(t *testing.T) {
	v := &View{}
	found := 0
	for _, s := range proseTexts(t) {
		for _, u := range []string{s, s[:len(s)/2], s} {
			want := lowerTypeSpans(u)
			found += len(want)
			if got := lowerTypeSpansOf(v, u); !reflect.DeepEqual(got, want) {
				t.Fatalf("lowerTypeSpansOf(%q) = %v, lowerTypeSpans %v", u, got, want)
			}
		}
	}
	if found < 50 {
		t.Errorf("%d tên loại in small letters over testdata, want 50 at least", found)
	}
}
