package check

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// TestNormalFormsAsJoined holds normalForms to its code as it stood at
// main f79f0831 (normalFormsJoined: the remarks' expression run on
// every string, strings.Trim, the words joined), both forms, kept or
// not: on every text, header, Nơi nhận line, assignee and attendee of
// testdata, each whole and cut at its commas and semicolons, and on
// made names (abbreviations, remarks, marks at the ends, broken bytes,
// no word at all).
func TestNormalFormsAsJoined(t *testing.T) {
	names := append(testdataNames(t), madeNames()...)
	kept, changed := 0, 0
	for _, s := range names {
		for _, k := range []bool{false, true} {
			gn, gk := normalForms(s, k)
			wn, wk := normalFormsJoined(s, k)
			if gn != wn || gk != wk {
				t.Fatalf("normalForms(%q, %v) = %q, %q; joined: %q, %q", s, k, gn, gk, wn, wk)
			}
			if wk != "" {
				kept++
			}
			if wn != " "+cite.Fold(s)+" " {
				changed++
			}
		}
	}
	t.Logf("%d names, %d kept forms, %d changed by the forms", len(names), kept, changed)
	if len(names) < 100000 || kept < 5000 || changed < 100000 {
		t.Errorf("%d names, %d kept forms, %d changed: the comparison shows too little", len(names), kept, changed)
	}
}

// testdataNames are the strings of testdata's views normalForms may be
// asked for, each whole and cut at "," and ";".
func testdataNames(t *testing.T) []string {
	var out []string
	add := func(s string) {
		out = append(out, s)
		out = append(out, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })...)
	}
	for _, v := range testdataViews(t) {
		for _, segs := range [][]Seg{v.Texts(), v.Header, v.Recips, v.Assignees} {
			for _, s := range segs {
				add(s.Text)
			}
		}
		for _, a := range attendeesOf(v) {
			add(a)
		}
	}
	return out
}

// madeNames are names of made pieces: abbreviations, remarks in
// brackets, the marks normalForms trims at a word's ends and inside it,
// spaces of several kinds, broken bytes.
func madeNames() []string {
	pieces := []string{
		"UBND", "ubnd", "HĐND", "Sở", "TT&TT", "VH", "CT", "pct", "VP", "Phòng", "Văn hóa", "huyện", "Lý Sơn", "và", "các",
		" ", " ", " ", "  ", "\u00a0", "\t", "-", " - ", "–", "—", ".", ",", ";", ":", "“", "”", "\"", "'", "(", ")", "(b/c)",
		"v.v.", "…", "\xff", "\xe1\xba", "1", "Đ", "ĐT", "-UBND-", "“Sở”",
	}
	rnd := rand.New(rand.NewSource(8632))
	out := []string{"", " ", "-", "()", "( - )", "\xff", "“”"}
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := 1 + rnd.Intn(10); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// normalFormsJoined is normalForms as it stood at main f79f0831.
func normalFormsJoined(s string, kept bool) (string, string) {
	s = parens().ReplaceAllString(s, " ")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "-"))
	var words, short []string
	for w := range strings.FieldsSeq(cite.Fold(s)) {
		w = strings.Trim(w, ".,;:–-“”\"'")
		if w == "" {
			continue
		}
		x, ok := abbreviations()[w]
		if !ok {
			words = append(words, w)
			if short != nil {
				short = append(short, w)
			}
			continue
		}
		if kept && short == nil {
			short = append(make([]string, 0, len(words)+4), words...)
		}
		if short != nil {
			short = append(short, w)
		}
		words = append(words, x)
	}
	n := " " + strings.Join(words, " ") + " "
	if short == nil {
		return n, ""
	}
	return n, " " + strings.Join(short, " ") + " "
}
