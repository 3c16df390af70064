package check

import "testing"

// concludesCases are paragraphs where concludesIn and the expressions
// could part: folded letters, a cited Kết luận, "sau" at the start.
var concludesCases = []string{
	"", "Kết luận như sau", "KẾT LUẬN", "kết\tluận", "Ý kiến chỉ đạo", "Ý KIẾN CHỈ ĐẠO", "chỉ đạo như sau:", "Sau khi nghe báo cáo", "\u017fau khi nghe",
	"Thực hiện Kết luận số 867-KL/HU ngày 1/2/2024 của Huyện ủy", "Thực hiện Kết luận số 8; kết luận như sau", "sau khi nghe", "x sau khi nghe", "kết luận số 5. Chỉ đạo như sau",
	"LUẬN", "chỉ", "\u212aết luận",
	"Thực hiện chỉ đạo tại Thông báo số 12/TB-UBND ngày 07/12/2020 kết luận của Chủ tịch", "theo Thông báo số 3/TB-UBND kết luận; kết luận như sau",
}

// TestConcludesIn holds concludesIn to concludesRe run over the paragraph
// with citedConclusionRe's and citedNoticeConclusionRe's matches replaced, and withoutCitedConclusions
// to that replacement, on every line of testdata and the cases above.
func TestConcludesIn(t *testing.T) {
	for _, s := range append(proseTexts(t), concludesCases...) {
		sameConcludes(t, s)
	}
}

func sameConcludes(t *testing.T, s string) {
	t.Helper()
	out := citedNoticeConclusionRe().ReplaceAllString(citedConclusionRe().ReplaceAllString(s, " "), " ")
	if got := withoutCitedConclusions(s); got != out {
		t.Fatalf("withoutCitedConclusions(%q) = %q, the expression %q", s, got, out)
	}
	if got, want := concludesIn(s), concludesRe().MatchString(out); got != want {
		t.Fatalf("concludesIn(%q) = %v, the expression %v", s, got, want)
	}
	if concludesRe().MatchString(s) && !mayConclude(s) {
		t.Fatalf("mayConclude(%q) is false, yet concludesRe matches", s)
	}
}

// FuzzConcludesIn holds concludesIn to the expressions on any text.
func FuzzConcludesIn(f *testing.F) {
	for _, s := range concludesCases {
		f.Add(s)
	}
	f.Fuzz(sameConcludes)
}
