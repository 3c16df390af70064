package plain

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// runInDateRe is a header's place and date cell that a crawler ran
	// on into the tên loại, the trích yếu and more ("Tây Ninh, ngày 30
	// tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC ..."): its group ends the date.
	runInDateRe = lazyre.New(`^(.*?\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+\p{Lu}`)
	// ruleTailRe is a header's rule line ("-------") run on after its
	// cell's text.
	ruleTailRe = lazyre.New(`\s+[-–—_=*]{3,}\s*$`)
	// signerRunRe is a signer block a crawler ran into one line: the
	// authority ("TM. ỦY BAN NHÂN DÂN"), "KT." and the head's title, the
	// deputy's title ("PHÓ CHỦ TỊCH") and the name in its own case.
	signerRunRe = lazyre.New(`^((?:TM|TL|TUQ|Q)\.\s+\P{Ll}+?\s+)?(KT\.\s+\P{Ll}+?)\s+(PHÓ\s+\P{Ll}+?)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})\s*$`)
)

// runInParted parts the lines of out whose elements a crawler ran into
// one line, each element a line of its own with the line's number, as a
// table row's cells are read apart: the header's place and date cell run
// on into the tên loại, the trích yếu and the issuer's name repeated
// above the grounds (runInHeader), and the signer block (runInSigner).
func runInParted(out []line) []line {
	seen := 0
	var top []string
	for i := 0; i < len(out); i++ {
		l := out[i]
		if l.cells != nil || l.text != "" {
			seen++
		}
		if seen <= topLines {
			if parts := runInHeader(l, top); parts != nil {
				out = append(append(out[:i:i], parts...), out[i+1:]...)
				i += len(parts) - 1
				continue
			}
			top = append(top, texts(l)...)
			if m := mottoRuleRe().FindStringSubmatchIndex(l.text); m != nil && l.cells == nil {
				out[i] = l.part(0, m[2])
				continue
			}
		}
		if parts := runInPost(l); parts != nil { // run_in_post.go
			out = append(append(out[:i:i], parts...), out[i+1:]...)
			i += len(parts) - 1
			continue
		}
		if parts := runInSigner(l); len(parts) > 1 {
			out = append(append(out[:i:i], parts...), out[i+1:]...)
			i += len(parts) - 1
		}
	}
	return out
}

// texts returns a line's text, or its cells' texts.
func texts(l line) []string {
	if l.cells == nil {
		return []string{l.text}
	}
	var s []string
	for _, c := range l.cells {
		s = append(s, c.text)
	}
	return s
}

// runInHeader parts a header row whose last cell holds the place and
// date run on into a tên loại in capitals: the row keeps the date, and
// the tên loại, the trích yếu and the issuer's name, when it ends the
// line as a line above (top) ends, follow as lines of their own. Nil when
// the line is no such row.
func runInHeader(l line, top []string) []line {
	if len(l.cells) < 2 {
		return nil
	}
	last := l.cells[len(l.cells)-1]
	m := runInDateRe().FindStringSubmatchIndex(last.text)
	if m == nil {
		return nil
	}
	rest := last.part(m[3], len(last.text))
	n := titleWords(rest.text)
	if n == 0 {
		return nil
	}
	row := l
	row.cells = append(append([]line(nil), l.cells[:len(l.cells)-1]...), last.part(0, m[3]))
	title := rest.part(0, n)
	title.col = 0
	parts := []line{row, title}
	subj := rest.part(n, len(rest.text))
	subj.col = 0
	if subj.text == "" {
		return parts
	}
	if k := issuerTail(subj.text, top); k > 0 {
		parts = append(parts, subj.part(0, k), subj.part(k, len(subj.text)))
		return parts
	}
	return append(parts, subj)
}

// titleWords returns the byte length of the tên loại that starts s, when
// words follow it; 0 when s starts with none.
func titleWords(s string) int {
	end := 0
	for w := 0; w < 4; w++ {
		sp := strings.IndexFunc(s[end:], unicode.IsSpace)
		if sp < 0 {
			return 0
		}
		end += sp
		if _, ok := cite.TitleType(s[:end]); ok {
			return end
		}
		end += len(s[end:]) - len(strings.TrimLeftFunc(s[end:], unicode.IsSpace))
	}
	return 0
}

// issuerTail returns where the issuer's name starts at the end of s, when
// s ends with the text a line above ends with (the issuer's name in the
// header, without its rule line), of three words at least; 0 otherwise.
func issuerTail(s string, top []string) int {
	for _, t := range top {
		t = strings.TrimSpace(ruleTailRe().ReplaceAllString(t, ""))
		if i := strings.LastIndex(t, ". "); i >= 0 {
			t = t[i+2:] // a page's title before the issuer
		}
		if len(strings.Fields(t)) < 3 || strings.ToUpper(t) != t || len(t) >= len(s) {
			continue
		}
		if k := len(s) - len(t); strings.HasSuffix(s, t) && s[k-1] == ' ' {
			return k
		}
	}
	return 0
}

// runInSigner parts a signer block run into one line (signerRunRe) into
// its lines; any other line is returned as it is.
func runInSigner(l line) []line {
	if l.cells != nil {
		return []line{l}
	}
	m := signerRunRe().FindStringSubmatchIndex(l.text)
	if m == nil {
		return []line{l}
	}
	var cuts []int
	for g := 2; g <= 4; g++ {
		if m[2*g] > 0 {
			cuts = append(cuts, m[2*g])
		}
	}
	return l.splitAt(cuts, nil)
}

// mottoRuleRe is the Tiêu ngữ with its rule line run on after it.
var mottoRuleRe = lazyre.New(`^\s*(?i:độc lập)\s*[-–—]\s*\S.*?(\s+[-–—_]{3,})\s*$`)
