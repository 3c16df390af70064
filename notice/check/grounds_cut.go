package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A Thông báo or a letter gives what it acts on in its opening sentence:
// "Căn cứ ..., thực hiện Chỉ thị số 15/CT-TTg ..., Công ty thông báo ..."
// (Phụ lục III, Mẫu 1.4 and 1.5). A ground closed by a full stop, with
// the sentence it grounds after it in the same paragraph ("... của Thủ
// tướng Chính phủ. Công ty thông báo ..."), is a phrase with no main
// clause: the stop cuts the sentence in two, where a comma belongs.

// cutGrounds reports, for grounds, in the body of a Thông báo or a letter,
// a sentence that opens with a ground ("Căn cứ ...", "Thực hiện" and a
// document or a direction) and has no clause of its own, closed by a
// full stop that another sentence follows in the same paragraph. A list
// item is left alone ("2. Thực hiện Kế hoạch số ... . Các đơn vị ..."
// gives a task), and so is a ground that goes on to its clause after a
// comma or a colon ("Căn cứ ..., các tổ dân phố đã ...").
func cutGrounds(p *Pass) {
	v := p.View
	if v.Columns || v.Type == Other {
		return
	}
	for _, seg := range withSegs(v.Body) {
		if seg.Role == RoleCell || seg.Marker != "" {
			continue
		}
		s := seg.Text
		start := len(s) - len(strings.TrimLeft(s, " \t"))
		for _, dot := range sentenceStops(s) {
			if groundFragment(s[start:dot]) {
				p.Report(seg, dot, diag.Msg("căn cứ %q khép bằng dấu chấm thành một câu không có vế chính", "the ground %q is closed with a full stop as a sentence with no main clause", short(s[start:dot])),
					diag.Msg("nối căn cứ với câu mà nó làm căn cứ bằng dấu phẩy (\"Căn cứ ..., Ủy ban nhân dân xã thông báo ...\")", "join the ground to the sentence it grounds with a comma (\"Căn cứ ..., Ủy ban nhân dân xã thông báo ...\")"))
			}
			start = dot + 1 + len(s[dot+1:]) - len(strings.TrimLeft(s[dot+1:], " "))
		}
	}
}

// sentenceStops returns the byte offsets of the full stops in s that end
// a sentence another follows in the same paragraph: a "." outside
// brackets and quotation marks, then a space and a capital. The stop of
// an initial ("M. alternifolia") or of a short name in capitals ("TP.
// Hà Nội") ends no sentence.
//
// Every such stop has a space after it: a text with no ". " has none. The
// text is walked byte by byte, the curly quotation marks found by their
// three bytes (no byte of theirs starts or continues another character's).
func sentenceStops(s string) []int {
	if !strings.Contains(s, ". ") {
		return nil
	}
	var out []int
	var n nesting
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == ')':
			n.step(rune(c))
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D): // “ ”
			n.step(rune(0x2000 | rune(s[i+2]-0x80)))
			i += 2
		case c == '.' && n.outside() && capitalAfter(s[i+1:]) && !shortCapsBefore(s[:i]):
			out = append(out, i)
		}
	}
	return out
}

// nesting follows, character by character, the round brackets and the
// curly quotation marks a text stands in.
type nesting struct {
	depth int
	quote bool
}

func (n *nesting) step(r rune) {
	switch r {
	case '(':
		n.depth++
	case ')':
		n.depth = max(0, n.depth-1)
	case '“':
		n.quote = true
	case '”':
		n.quote = false
	}
}

// outside reports whether the text is outside brackets and quotation
// marks.
func (n nesting) outside() bool { return n.depth == 0 && !n.quote }

// capitalAfter reports whether s starts with a space, then a capital.
func capitalAfter(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// shortCapsBefore reports whether head ends with a word of at most four
// letters, all capitals: an initial or a short name ("M", "TP", "UBND")
// whose "." may be an abbreviation's.
func shortCapsBefore(head string) bool {
	i := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) })
	w := head[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(head[i:])
		w = head[i+n:]
	}
	return w != "" && utf8.RuneCountInString(w) <= 4 && strings.ToUpper(w) == w
}

// groundFragment reports whether t, a sentence, is a ground with no
// clause of its own: it opens with "Căn cứ" or with "Thực hiện" and what
// a ground names (a document, "chỉ đạo", "ý kiến", "tinh thần"), and no
// clause follows a comma or a colon in it. A comma is a ground's where a
// ground follows it (", thực hiện ...") or it falls inside the cited
// document's trích yếu (after "về").
func groundFragment(t string) bool {
	var rest string
	switch {
	case strings.HasPrefix(t, "Căn cứ "):
		rest = t[len("Căn cứ "):]
	case strings.HasPrefix(t, "Thực hiện "):
		rest = t[len("Thực hiện "):]
		if !groundObject(rest) {
			return false
		}
	default:
		return false
	}
	subject := len(rest)
	for _, w := range []string{" về ", " v/v ", " V/v "} {
		if i := strings.Index(rest, w); i >= 0 && i < subject {
			subject = i
		}
	}
	var n nesting
	for i, r := range rest {
		n.step(r)
		if !n.outside() {
			continue
		}
		switch r {
		case ':':
			if capitalAfter(rest[i+1:]) {
				return false // "...: Công ty sẽ có thông báo cụ thể sau"
			}
		case ',':
			after := strings.TrimLeft(rest[i+1:], " ")
			if capitalAfter(rest[i+1:]) || i < subject && !groundHead(after) {
				return false
			}
		}
	}
	return true
}

// groundObject reports whether rest, after "Thực hiện", names what a
// ground rests on: a document by its tên loại, or a direction.
func groundObject(rest string) bool {
	low := strings.ToLower(rest)
	for _, w := range []string{"chỉ đạo ", "ý kiến chỉ đạo ", "sự chỉ đạo ", "tinh thần "} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return startsWithTypeName(capitalize(rest))
}

// groundHead reports whether s opens another ground: "thực hiện",
// "căn cứ", "theo".
func groundHead(s string) bool {
	for _, w := range []string{"thực hiện ", "căn cứ ", "theo "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
