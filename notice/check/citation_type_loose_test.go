package check

import (
	"reflect"
	"slices"
	"testing"
)

// TestLowerTypesLoose: the three loose forms are read; the tên loại
// written with its number as lowerTypes reads it, a date, a Công văn
// whose kind follows it and a word ending in "số" are not.
func TestLowerTypesLoose(t *testing.T) {
	for s, want := range map[string][][2]int{
		"Căn cứ công văn 708/UBND-VX ngày":   {{len("Căn cứ "), len("Căn cứ công văn")}},
		"theo công văn số: 150/TTYT-KHNV":    {{len("theo "), len("theo công văn")}},
		"thực hiện công văn số số 01/CV-BCĐ": {{len("thực hiện "), len("thực hiện công văn")}},
		"theo quyết định số:12/QĐ-UBND":      {{len("theo "), len("theo quyết định")}},
		"theo công văn số 150/TTYT":          nil,
		"theo báo cáo 3/4 số trẻ":            nil,
		"Công văn hướng dẫn số: 122/GDĐT":    nil,
		"công vănsố: 1/A":                    nil,
		"xcông văn 7/A":                      nil,
		"hệ số 5/A":                          nil,
		"công văn 1234567/A":                 nil,
		"/":                                  nil,
		"công văn 7/":                        nil,
	} {
		if got := lowerTypesLoose(s); !reflect.DeepEqual(got, want) {
			t.Errorf("lowerTypesLoose(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzLowerTypesLoose: on any text, each span found is a tên loại of
// lowerTypeNames, as written.
func FuzzLowerTypesLoose(f *testing.F) {
	for _, s := range []string{"công văn 708/UBND-VX", "công văn số: 150/T", "công văn số số 01/C", "số:/", " số số 1/A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range lowerTypesLoose(s) {
			if m[0] < 0 || m[1] > len(s) || m[0] >= m[1] || !slices.Contains(lowerTypeNames, s[m[0]:m[1]]) {
				t.Fatalf("lowerTypesLoose(%q) gave %v", s, m)
			}
		}
	})
}
