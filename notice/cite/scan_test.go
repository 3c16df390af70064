package cite

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// scanCases are texts where the scanners and the expressions they stand
// for could part: runs of digits too long, spaces of every kind, case,
// marks a number is made of, an invalid byte.
var scanCases = []string{
	"", "1", "1/", "09/01/2023", "9 / 1 / 2023", "09/01/20231", "123/4/2020", "1/23/2020x", "1/2/202",
	"05 tháng 01 năm 2020", "05 THÁNG 01 NĂM 2020", "5\u00a0tháng\u00a01\u00a0năm\u00a02020", "05tháng 01 năm 2020",
	"05 tháng 01 năm 20", "định kỳ hằng tháng (trước ngày 20)", "Định  Kỳ 02 tuần/lần", "quy định 3 lần", "02 tuần/lần",
	"hàng hóa, HÀNG NĂM", "trong Quý IV/2024", "Thời Hạn: 30/6/2024", "kể từ ngày 1/7/2025", "bắt\u00a0đầu từ tháng 5 năm 2024",
	"trước**ngày 28/02/2023", "hằng tháng", "HẰNG NĂM", "Định kỳ hàng quý", "đĐịnh kỳ hằng tuần", "hhàng ngày",
	strings.Repeat("chữ ", 40) + "trước ngày 05/6/2024" + strings.Repeat(" lời", 40) + " định kỳ hằng tháng, 02 tuần/lần" + strings.Repeat(" ư", 30) + " Hàng Năm", "chậm nhất vào ngày 25 hằng tháng", "123 tuần/lần", "12\ttuần/lần", "ĐẾN HẾT THÁNG 9/2025", "ngày 05 tháng 1 năm 2020, 06/02/2021", "1\t/\n2\f/\r2020", "1\v/2/2020",
	"26/QĐ-UBND", "30/2020/NĐ-CP", "13-NQ/TU", "1234567/QĐ-UBND", "12/2024/", "12/1234ab", "12/&-x", "a12/QĐ",
	"số 4979/UBND-KGVX, 4980/UBND-KGVX; 01/2024/TT-BTC.", "1-a/b2", "1-/b", "7/QĐ-\xffUBND", "7/Q\xffĐ",
	"5/2020/5", "5/2020/&", "5/20201/QĐ", "5/202/QĐ", "7/QĐ--UB", "7/QĐ-", "7/&-&-", "7/Đ-1-x-", "12-AB/", "12-AB/1", "12-AB/Cd9-x",
	"12-/", "12-A/\xff", "12/\u212a-\u00df", "1234567-AB/C", "1/2-3/4", "1/x-2/y",
	"của UBND tỉnh Quyết định", "của Bộ Kế hoạch và Đầu tư", "của KẾ HOẠCH", "của thông báo", "của \xff Luật",
	"của Chính phủ về Nghị định", "Kelvin \u212a kế hoạch", "Bản thỏa thuận", "bản ghi nhớ",
	" -Đ1 ngày 05/01/2020", " - ABCDEFGH ngày 1/1/2020", " -ABCDEFG ngày 1/1/2020", " -\u212a1, ngày 1/2/2020", " -đ2 ngày 1/2/2020",
	" -ß ngày 1/2/2020", " -ĸ ngày 1/1/2020", " -1A ngày 1/1/2020", "\u00a0-\u00a0X\u00a0ngày 3/4/2020", " -X,ngày 3/4/2020", " -XYZ ngày",
	" -X  , ngày 05 tháng 1 năm 2020", " -X\u00a0\u00a0ngày 5/5/2025", "-X ngày 1/1/2020", " -X", " -X ", " - \xff ngày 1/1/2020", " -X\xff ngày 1/1/2020",
	" -Xngày 1/1/2020", " -X ngay 1/1/2020", " -X ngày 1/1/2020x", ", ngày 09/01/2023", " NGÀY 9 tháng 1 năm 2023",
	// a running number with a letter (r95)
	"Quyết định số 168a/QĐ-UBND ngày 6/9/2025", "1234567a/QĐ-UBND", "x12a/QĐ", "12a/2020/NĐ-CP", "5kg/người", "a/QĐ-UBND", "12ab/QĐ-UBND",
	"05A/TB-UBND và 12b/KH-UBND", "12a-NQ/TU", "ĐA12a/QĐ", "12/QĐ-UBND12a/QĐ",
}

// dateAfterRe is what dateAfter stands for: after a document's number,
// " ngày <date>", also past the last group of a code typed after a space.
var dateAfterRe = lazyre.New(`(?i)^(?:[\s\x{00A0}]+-[\s\x{00A0}]*\p{Lu}[\p{Lu}\d]{0,7}(?:[\s\x{00A0}]|,))?[\s\x{00A0}]*,?[\s\x{00A0}]*ngày[\s\x{00A0}]+` + dateRe)

// scanTexts are the lines of every notice in testdata, and scanCases.
func scanTexts(t testing.TB) []string {
	return testlines.Read(t, "../../testdata", scanCases)
}

// TestScannersAsExpressions holds each scanner to the expression it
// stands for, on every text of testdata.
func TestScannersAsExpressions(t *testing.T) {
	for _, s := range scanTexts(t) {
		sameScan(t, s)
	}
}

func sameScan(t *testing.T, s string) {
	t.Helper()
	if got, want := findDates(s), anyDateRe().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("findDates(%q) = %v, the expression %v", s, got, want)
	}
	for k := 0; k < len(s); k++ {
		if k == 0 || strings.IndexByte(" \t\n\f\r,-\xc2", s[k]) >= 0 {
			if got, want := dateAfter(s[k:]), dateAfterRe().FindStringSubmatchIndex(s[k:]); !reflect.DeepEqual(got, want) {
				t.Fatalf("dateAfter(%q) = %v, the expression %v", s[k:], got, want)
			}
		}
	}
	if got, want := findNumbers(s), numberRe().FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("findNumbers(%q) = %v, the expression %v", s, got, want)
	}
	// tail looks for a type name in an issuer's name, 80 bytes at most:
	// the expression is held to it in pieces of a long text.
	for k := 0; k < len(s) || k == 0; k += 120 {
		piece := s[k:min(len(s), k+120)]
		want := -1
		if m := typeRe().FindStringIndex(piece); m != nil {
			want = m[0]
		}
		if got := typeNameAt(piece); got != want {
			t.Fatalf("typeNameAt(%q) = %d, the expression %d", piece, got, want)
		}
	}
	if got, want := FindDeadlines(s), findDeadlinesEverywhere(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("FindDeadlines(%q) = %+v, the pattern tried at every trigger %+v", s, got, want)
	}
	sameDeadlineMatches(t, s)
}

// TestFoldUpper holds foldUpper to the expression on every rune.
func TestFoldUpper(t *testing.T) {
	re := regexp.MustCompile(`(?i)^\p{Lu}$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue // no UTF-8 for surrogates
		}
		if got, want := foldUpper(r), re.MatchString(string(r)); got != want {
			t.Fatalf("foldUpper(%U) = %v, the expression %v", r, got, want)
		}
	}
}

// findDeadlinesEverywhere is FindDeadlines as first written: the pattern
// as one expression (deadlineRe) tried at every trigger word, without
// mayStartDeadline.
func findDeadlinesEverywhere(s string) []Deadline {
	var out []Deadline
	next := 0
	numbers := strings.Contains(s, "lần")
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		digit := r >= '0' && r <= '9'
		if !unicode.IsLetter(r) && !(digit && numbers) || i < next || !wordStart(s, i) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if digit && !(r2 >= '0' && r2 <= '9') || !digit && !unicode.IsLetter(r2) {
				break
			}
			j += w2
		}
		if word := strings.ToLower(s[i:j]); digit || deadlineTriggers[word] && (recurringWords[word] || hasDigit(s[i:min(len(s), i+digitWindow)])) {
			window := s[i:min(len(s), i+deadlineWindow)]
			if name, m := matchDeadlineRe(window); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				if d, ok := readDeadline(s, name, m, Date{}); ok {
					d.Text, d.Off, d.End = trimMarks(s, m[0], m[1])
					out = append(out, d)
					next = m[1]
				}
			}
		}
		i = j
	}
	return out
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// FuzzScanners holds the scanners to their expressions on any text.
func FuzzScanners(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameScan(t, s)
	})
}

// BenchmarkFindDates reads the dates of the seeds.
func BenchmarkFindDates(b *testing.B) {
	texts := scanTexts(b)
	for b.Loop() {
		for _, s := range texts {
			FindDates(s)
		}
	}
}

// BenchmarkFindCitations reads the citations of the seeds.
func BenchmarkFindCitations(b *testing.B) {
	texts := scanTexts(b)
	for b.Loop() {
		for _, s := range texts {
			FindCitations(s)
		}
	}
}

// TestFoldTable holds foldMin, foldEq and the type names' first letters
// to the walks of unicode.SimpleFold's orbits they stand for, on every
// rune of the table and on the runes outside it that fold to one of them.
func TestFoldTable(t *testing.T) {
	var rs []rune
	for r := rune(0); r < foldTabEnd; r++ {
		if foldTabIndex(r) >= 0 {
			rs = append(rs, r)
		}
	}
	rs = append(rs, 0x212A, 0x212B, 0x2126, 0x3A9, 0x3C9, 0x39C, 0x3BC, 0x1E9E, 0x3C2, 0x3A3, 0x10FFFF, -1, utf8.RuneError)
	names := foldedTypeNames()
	for _, a := range rs {
		if got, want := foldMin(a), orbitMin(a); got != want {
			t.Fatalf("foldMin(%U) = %U, want %U", a, got, want)
		}
		if got, want := names.starts(a), names.first[orbitMin(a)]; got != want {
			t.Fatalf("starts(%U) = %v, want %v", a, got, want)
		}
		for _, b := range rs {
			want := a == b
			for f := unicode.SimpleFold(b); f != b && !want; f = unicode.SimpleFold(f) {
				want = a == f
			}
			if got := foldEq(a, b); got != want {
				t.Fatalf("foldEq(%U, %U) = %v, want %v", a, b, got, want)
			}
		}
	}
}
