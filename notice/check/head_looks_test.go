package check

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// headLooks are the looks of head_looks.go with their expressions.
var headLooks = []struct {
	re   func() *regexp.Regexp
	look func(string) bool
}{
	{listIssuerLeadRe, mayListIssuerLead},
	{approvedByRe, mayApprovedBy},
	{pluralIssuerHeadRe, mayPluralIssuerHead},
	{issuerBeforeAtRe, mayIssuerBeforeAt},
	{leadDateListRe, mayLeadDateList},
}

// headCases are heads each expression of headLooks matches, and near ones.
var headCases = []string{
	"Thông tư liên tịch giữa Bộ Y tế và Bộ Nội vụ, gồm các ", "của Bộ Tài chính bao gồm những \t",
	"đã được Thủ tướng Chính phủ phê duyệt tại ", "được UBND tỉnh ban hành theo", "được UBND huyện phê duyệt dự án đầu tư xây dựng tại",
	"được Sở ký", "được Bộ giao bằng ", "được Bộ cho phép ở\n", "đã được phê duyệt tại ",
	"các Quyết định của Bộ Tổng Tham mưu số ", "những Nghị định của Chính phủ số:", "các Quyết định của Bộ số: \n",
	"đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại ", "của UBND tỉnh tại",
	"Ngày 01 tháng 7 năm 2022, Kiểm toán Nhà nước có:", "ngày 15/02/2021, UBND TP Hà Nội đã gửi :",
	"", " ", "tại", "số", "của", "các", "được",
}

// TestHeadLooksNecessary holds each look of headLooks to its expression:
// a text the expression matches passes the look. The texts: every line of
// the corpus and the seeds, each one's beginnings up to every type name
// and "số" in it (the heads the rules give the expressions), and
// headCases.
func TestHeadLooksNecessary(t *testing.T) {
	texts := append([]string(nil), headCases...)
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	names := append(cite.TypeNames(), "số", "Số")
	for _, p := range append(paths, seeds...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(src), "\n") {
			texts = append(texts, l)
			for _, n := range names {
				for i := 0; ; {
					j := strings.Index(l[i:], n)
					if j < 0 {
						break
					}
					texts = append(texts, l[:i+j], l[:i+j+len(n)])
					i += j + len(n)
				}
			}
		}
	}
	for _, h := range headLooks {
		matched := 0
		for _, s := range texts {
			if h.re().MatchString(s) {
				matched++
				if !h.look(s) {
					t.Errorf("%.40s matches %q, which its look turns away", h.re().String(), s)
				}
			}
		}
		if matched == 0 {
			t.Errorf("%.40s matched no text: the test proves nothing", h.re().String())
		}
	}
}

// FuzzHeadLooks holds each look of headLooks to its expression on any
// text.
func FuzzHeadLooks(f *testing.F) {
	for _, s := range headCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, h := range headLooks {
			if h.re().MatchString(s) && !h.look(s) {
				t.Fatalf("%.40s matches %q, which its look turns away", h.re().String(), s)
			}
		}
	})
}
