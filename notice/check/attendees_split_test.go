package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// splitAttendeesWhole is splitAttendees folding each part whole.
func splitAttendeesWhole(s string) []string {
	var out []string
	for _, part := range splitBodies(s) {
		part = strings.TrimSpace(part)
		f := cite.Fold(part)
		for _, pre := range []string{"đại diện lãnh đạo", "đại diện", "lãnh đạo", "các đồng chí"} {
			if strings.HasPrefix(f, pre) && len(part) > len(pre) {
				part = strings.TrimLeft(part[len(pre):], " :")
				f = cite.Fold(part)
			}
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

var splitAttendeesCases = []string{
	"Đại diện lãnh đạo Sở Tài chính; đại diện Phòng Nội vụ, Lãnh đạo UBND các xã", "ĐẠI  DIỆN LÃNH ĐẠO: Sở Y tế",
	"Các đồng chí Thường trực", "đại diện", "Đại diệnx lãnh đạo", "lãnh đạo\u00a0Sở", "Các Đồng Chí: A, B", "đại diện đại diện lãnh đạo X",
}

func sameSplitAttendees(t *testing.T, s string) {
	t.Helper()
	if got, want := splitAttendees(s), splitAttendeesWhole(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("splitAttendees(%q) = %q, folding whole %q", s, got, want)
	}
}

// TestSplitAttendeesFirstWords: splitAttendees, folding only the first
// words of each part, answers as folding the whole part did, on every
// line of testdata and the cases above.
func TestSplitAttendeesFirstWords(t *testing.T) {
	for _, s := range append(proseTexts(t), splitAttendeesCases...) {
		sameSplitAttendees(t, s)
	}
}

func FuzzSplitAttendees(f *testing.F) {
	for _, s := range splitAttendeesCases {
		f.Add(s)
	}
	f.Fuzz(sameSplitAttendees)
}
