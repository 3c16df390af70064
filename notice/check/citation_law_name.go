package check

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

//go:embed data/law-names.txt
var lawNameData string

// lawNames are the names of data/law-names.txt by their head ("Luật",
// "Bộ luật"), the longest first, so that "Quy hoạch đô thị và nông
// thôn" is tried before "Quy hoạch".
var lawNames = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, f := range dataRows("data/law-names.txt", lawNameData, 1) {
		head, name := "Luật", strings.TrimPrefix(f[0], "Luật ")
		if rest, ok := strings.CutPrefix(f[0], "Bộ luật "); ok {
			head, name = "Bộ luật", rest
		}
		out[head] = append(out[head], name)
	}
	for _, l := range out {
		slices.SortStableFunc(l, func(a, b string) int { return len(b) - len(a) })
	}
	return out
})

// lawName is a law's name written with other capitals than the law's.
type lawName struct {
	seg      *Seg
	off      int
	written  string
	right    string
	rightAll string // the name as the law writes it, with "Luật" or "Bộ luật"
}

// lawNameCase reports a law of data/law-names.txt named with other
// capitals than its own: "Luật tiếp công dân" for "Luật Tiếp công dân",
// "Luật Tổ chức Chính quyền địa phương" for "Luật Tổ chức chính quyền
// địa phương", "Luật Thi đua, Khen thưởng" (Phụ lục II, Mục V, khoản 7).
// The name must follow "Luật" with its capital, or "Bộ luật": "pháp luật
// đất đai" names no law. A notice that writes the law's own form
// somewhere too is name-spelling's, which says the two ways. Each way a
// name is written is said once, where it first stands, with how many
// times.
func lawNameCase(p *Pass, segs []*Seg) {
	var slips []lawName
	right := map[string]bool{}
	for _, seg := range segs {
		s := seg.Text
		if !hasLower(s) || !containsLit(s, "uật ") {
			continue
		}
		for i := 0; ; {
			j := indexLit(s[i:], "uật ")
			if j < 0 {
				break
			}
			at := i + j + len("uật ")
			i = at
			head, ok := lawHead(s, at-len("uật ")-1)
			if !ok {
				continue
			}
			name, n := lawNameAt(s[at:], strings.ToLower(head) == "bộ luật")
			if name == "" {
				continue
			}
			written := s[at : at+n]
			rightHead := lawRightHead(head)
			if written == name && head == rightHead {
				right[name] = true
				continue
			}
			slips = append(slips, lawName{seg: seg, off: at - len(head) - 1, written: head + " " + written, right: name, rightAll: rightHead + " " + name})
		}
	}
	count := map[string]int{}
	for _, l := range slips {
		count[l.written]++
	}
	for _, l := range slips {
		if right[l.right] || count[l.written] == 0 {
			continue
		}
		msg := diag.Msg("%q viết là %q: tên gọi của luật viết hoa chữ cái đầu, các chữ sau viết thường trừ tên riêng", "%q is written %q: a law's name capitalises its first letter, and the words after only where they are names", l.written, l.rightAll)
		p.Report(l.seg, l.off, withCount(msg, count[l.written]), diag.Msg("viết %q", "write %q", l.rightAll))
		count[l.written] = 0 // said once, where first written
	}
}

// lawHead reads the word "Luật" whose "L" or "l" stands at byte at of s:
// "Luật" with its capital, or "Bộ luật"; it returns the head as written.
func lawHead(s string, at int) (string, bool) {
	if at < 0 || at > 0 && isLetterBefore(s, at) {
		return "", false
	}
	before := strings.TrimRight(s[:at], " ")
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	switch {
	case s[at] == 'L' && !strings.EqualFold(prev, "bộ") && !strings.EqualFold(prev, "pháp"): // "pháp Luật đất đai" is "pháp luật"
		return "Luật", true
	case (prev == "Bộ" || prev == "bộ") && len(before) == at-1:
		return prev + " " + s[at:at+len("luật")], true // "Bộ Luật Lao động": the head as written
	}
	return "", false
}

// lawRightHead is the head of a law's name as Phụ lục II writes it:
// "Luật", or "Bộ luật" with the first letter of its tên loại alone in a
// capital ("Bộ luật Hình sự"), whatever the case of "Bộ Luật", "bộ luật".
func lawRightHead(head string) string {
	if head == "Luật" {
		return head
	}
	return "Bộ luật"
}

// isLetterBefore reports whether a letter stands right before byte at.
func isLetterBefore(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return isLetter(r)
}

// lawNameAt is the name of a law (of a code, when code) s starts with,
// whatever its case, and how many bytes of s it takes; "" when s starts
// with none. The name must end where a word does. "Luật lao động" names
// no law: the code is "Bộ luật Lao động".
func lawNameAt(s string, code bool) (string, int) {
	head := "Luật"
	if code {
		head = "Bộ luật"
	}
	for _, name := range lawNames()[head] {
		n := foldPrefixLen(s, name)
		if n < 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[n:]); isLetter(r) || unicode.IsDigit(r) {
			continue
		}
		return name, n
	}
	return "", 0
}
