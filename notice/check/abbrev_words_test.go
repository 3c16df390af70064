package check

import (
	"reflect"
	"strings"
	"testing"
)

// refAbbrevWords is abbrevWords as first written: every word of s split
// out (fieldsAt), then each asked whether it holds a pair of capitals.
func refAbbrevWords(s string) []abbrevWord {
	if !capsPair(s) {
		return nil
	}
	var out []abbrevWord
	fields := fieldsAt(s)
	for i, f := range fields {
		if !capsPair(f.text) {
			continue
		}
		inner := strings.TrimLeft(f.text, abbrevLead)
		off := f.off + len(f.text) - len(inner)
		inner = strings.TrimRight(inner, abbrevTrail)
		from, to := gluedSpan(inner)
		off += from
		inner = inner[from:to]
		var before2, before, after string
		if i > 1 {
			before2 = fields[i-2].text
		}
		if i > 0 {
			before = fields[i-1].text
		}
		if i+1 < len(fields) {
			after = fields[i+1].text
		}
		if inner == "" || strings.ContainsAny(inner, "/0123456789") || !abbrevShape(inner) || inCode(before2, before, after) {
			continue
		}
		w := abbrevWord{off: off, end: off + len(inner), text: inner}
		w.defined = definedAt(s, w) || glossedAt(s, w)
		out = append(out, w)
	}
	return out
}

// abbrevWordsCases are texts where the one pass could part from the
// splitting: white space other than spaces, a pair at either end, codes
// on either side, bytes that are not UTF-8.
var abbrevWordsCases = []string{
	"UBND", " UBND ", "Sở GD&ĐT\ttỉnh\u00a0BHXH", "376/QĐ- BTP", "383/PGD ĐT", "BTCT M200", "TB Am44", "(BHXH)",
	"bảo hiểm xã hội (BHXH) và KT-XH.", "41/2010/TT - BGDĐT", "Số: 02/ QC-CM", "TT - BGDĐT", "a/B - CD", "A\u2003BC", "ỦY BAN\u3000NHÂN", "x\xffAB\xfe", "AB\x85CD", "M.V", "PGS.TS Lê", "TP.Tuy Hòa", "TS.Trần Văn", "TP.HCM.", "Khoa-BM,", "MERS-CoV", "Phát thanh-TH",
}

// TestAbbrevWordsAsFields holds abbrevWords to refAbbrevWords on every
// line of testdata and the cases above.
func TestAbbrevWordsAsFields(t *testing.T) {
	for _, s := range append(proseTexts(t), abbrevWordsCases...) {
		sameAbbrevWords(t, s)
	}
}

func sameAbbrevWords(t *testing.T, s string) {
	t.Helper()
	if got, want := abbrevWords(s), refAbbrevWords(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("abbrevWords(%q) = %v, split into words %v", s, got, want)
	}
}

// FuzzAbbrevWords holds abbrevWords to refAbbrevWords on any text.
func FuzzAbbrevWords(f *testing.F) {
	for _, s := range abbrevWordsCases {
		f.Add(s)
	}
	f.Fuzz(sameAbbrevWords)
}

// TestAbbrevWordsOf holds the view's abbrevWordsOf to abbrevWords on
// every line of testdata and the cases above.
func TestAbbrevWordsOf(t *testing.T) {
	v := &View{}
	for _, s := range append(proseTexts(t), abbrevWordsCases...) {
		sameAbbrevWordsOf(t, v, s)
	}
}

func sameAbbrevWordsOf(t *testing.T, v *View, s string) {
	t.Helper()
	if got, want := v.abbrevWordsOf(s), abbrevWords(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("abbrevWordsOf(%q) = %v, abbrevWords %v", s, got, want)
	}
}

// FuzzAbbrevWordsOf holds abbrevWordsOf to abbrevWords on any text.
func FuzzAbbrevWordsOf(f *testing.F) {
	for _, s := range abbrevWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAbbrevWordsOf(t, &View{}, s) })
}
