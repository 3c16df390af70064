package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A Thông báo (Mẫu 1.4) has no căn cứ block; one that gives its grounds
// anyway, before the sentence that announces ("Bệnh viện Mắt thông báo
// ..."), writes them as a Quyết định does (Phụ lục I, Mục II, khoản 6,
// điểm a): each on a line of its own that starts with "Căn cứ", not with
// a list dash, ending with ";" while another follows. How the last ends
// is left alone: it leads into the sentence that announces, with ";",
// "," or ".", as offices write it.

// noticeGrounds reports, in a Thông báo's blocks of two grounds or more
// that no "QUYẾT ĐỊNH:" line follows, grounds written as list items and a
// ground other than the last that ends with "." or ",".
func noticeGrounds(p *Pass) {
	v := p.View
	if v.Type != ThongBao || v.FromTOML {
		return
	}
	for i := 0; i < len(v.Body); {
		n := groundRun(v.Body[i:])
		if n >= 2 {
			var after *Seg
			if i+n < len(v.Body) {
				after = &v.Body[i+n]
			}
			reportNoticeGrounds(p, v.Body[i:i+n], after)
		}
		if n >= 1 && i+n < len(v.Body) {
			groundWithoutHead(p, &v.Body[i+n-1], &v.Body[i+n])
		} else if n == 0 && i+1 < len(v.Body) && implementsRun(&v.Body[i]) {
			groundWithoutHead(p, &v.Body[i], &v.Body[i+1])
		}
		i += max(n, 1)
	}
}

// groundWithoutHead reports the paragraph next after a ground that ends
// with ";" when it names a document by its number with no "Căn cứ"
// before it ("Căn cứ Nghị định số 07/2021/NĐ-CP ...;" then "Kế hoạch số
// 2672/KH-UBND ..."): a ground that lost its head, as grounds says of a
// Quyết định's.
func groundWithoutHead(p *Pass, last, next *Seg) {
	t := strings.TrimSpace(next.Text)
	if next.Role == RoleCell || lastRune(strings.TrimSpace(last.Text)) != ";" || !startsWithTypeName(t) || !containsLit(short(t), " số ") {
		return
	}
	if head := "Thực hiện"; strings.HasPrefix(strings.TrimSpace(last.Text), head+" ") {
		p.Report(next, strings.Index(next.Text, t), diag.Msg("%q đứng riêng một dòng sau căn cứ \"Thực hiện ...;\" mà thiếu chữ \"Thực hiện\" ở đầu dòng", "%q stands on a line of its own after the ground \"Thực hiện ...;\" and lacks \"Thực hiện\" at its start", short(t)),
			diag.Msg("viết \"Thực hiện %s\"", "write \"Thực hiện %s\"", short(t)))
		return
	}
	groundLacksHead(p, next, strings.Index(next.Text, t), t)
}

// implementsRun reports whether paragraph s opens as a ground "Thực hiện
// ..." (the documents a notice carries out, set as grounds are) and ends
// with ";" as one of several: the paragraph after it that names a
// document by its number is a ground that lost its head ("Thực hiện
// Chương trình số 03-CTr/QU ...;" then "Kế hoạch số 48/KH-UBND ...").
func implementsRun(s *Seg) bool {
	t := strings.TrimSpace(s.Text)
	return s.Role != RoleCell && listDash(s) == "" && strings.HasPrefix(t, "Thực hiện ") && lastRune(t) == ";"
}

// groundRun counts the paragraphs at the start of body that are grounds:
// "Căn cứ ...", with or without a list dash before it.
func groundRun(body []Seg) int {
	n := 0
	for n < len(body) && body[n].Role != RoleCell {
		if _, ok := groundText(&body[n]); !ok {
			break
		}
		n++
	}
	return n
}

// groundText is a ground's text without its list dash, and whether the
// paragraph is a ground.
func groundText(s *Seg) (string, bool) {
	t := strings.TrimSpace(s.Text)
	if dash := listDash(s); dash != "" {
		t = strings.TrimSpace(strings.TrimPrefix(t, dash))
	}
	return t, strings.HasPrefix(t, "Căn cứ ")
}

// listDash is the list dash a paragraph starts with ("-", "+", "–"), ""
// when none.
func listDash(s *Seg) string {
	switch s.Marker {
	case "-", "+", "–", "—", "•":
		return s.Marker
	}
	return ""
}

// reportNoticeGrounds reports one block of grounds: the first ground
// written as a list item, and each ground but the last that ends with
// "." or ",", at most one finding a line. A ground that ends with a word
// is said only when it is a whole line of its own and the next ground, or
// for the last the sentence under it (from a capital), opens the next line
// (ownLines); otherwise the reading may have cut it.
func reportNoticeGrounds(p *Pass, block []Seg, after *Seg) {
	first := -1 // the first ground written as a list item
	for k := range block {
		if listDash(&block[k]) != "" {
			first = k
			break
		}
	}
	for k := range block {
		s := &block[k]
		t, _ := groundText(s)
		end, want := lastRune(t), ";" // while another follows
		wrongEnd := k < len(block)-1 && (end == "," || end == "." && !groundAnnounces(t) || wordEnd(end) && ownLines(p.View, s, &block[k+1]))
		if k == len(block)-1 && wordEnd(end) && after != nil && after.Role != RoleCell && startsUpper(strings.TrimSpace(after.Text)) && ownLines(p.View, s, after) {
			wrongEnd, want = true, "." // the last, on a line of its own, runs into the sentence under it with no mark
		}
		dashed := k == first
		switch {
		case dashed && wrongEnd:
			p.Report(s, 0, diag.Msg("%s; các dòng căn cứ bắt đầu bằng gạch đầu dòng", "%s; the grounds start with a list dash", groundEnd(t, end, want)),
				diag.Msg("bỏ gạch đầu dòng, mỗi căn cứ một dòng \"Căn cứ ...;\"", "drop the dashes: one line \"Căn cứ ...;\" a ground"))
		case dashed:
			p.Report(s, 0, diag.Msg("các dòng căn cứ bắt đầu bằng gạch đầu dòng: mỗi căn cứ là một dòng bắt đầu bằng \"Căn cứ\"", "the grounds start with a list dash: each ground is a line that starts with \"Căn cứ\""),
				diag.Msg("bỏ gạch đầu dòng trước \"Căn cứ\"", "drop the dash before \"Căn cứ\""))
		case wrongEnd:
			p.Report(s, len(s.Text)-1, groundEnd(t, end, want),
				diag.Msg("kết thúc căn cứ bằng dấu %q", "end the ground with %q", want))
		}
	}
}

// wordEnd reports whether a ground ends on a letter or a figure, with no
// mark after its last word.
func wordEnd(end string) bool {
	r, _ := utf8.DecodeRuneInString(end)
	return isLetter(r) || unicode.IsDigit(r)
}

// ownLines reports whether ground s is one line of the source and the
// ground after it opens the next line, or the line after a blank one (a
// text that parts its paragraphs by an empty line): a ground so set ends
// where its line does, not where a page or the reading cut it. A line
// between that holds anything (a page's number or header, a note) is no
// blank, and the ground may go on past it.
func ownLines(v *View, s, next *Seg) bool {
	if !s.oneLine || !next.oneLine || next.Text == "" {
		return false
	}
	a := s.LineAt(0)
	if a <= 0 {
		return false
	}
	switch next.LineAt(0) {
	case a + 1:
		return true
	case a + 2:
		return !v.Columns && !lineHeld(v, a+1)
	}
	return false
}

// lineHeld reports whether any piece of the text read stands on line n:
// a paragraph, a page's line, a path, the signer.
func lineHeld(v *View, n int) bool {
	for _, segs := range [][]Seg{v.allSegs(), v.Pages, v.Paths, v.Labels} {
		for i := range segs {
			s := &segs[i]
			if s.Text == "" {
				continue
			}
			from, to := s.LineAt(0), s.LineAt(len(s.Text)-1)
			if from <= n && n <= to {
				return true
			}
		}
	}
	return false
}

// groundAnnounces reports whether t, a paragraph that opens with "Căn
// cứ", goes on after a comma to a main clause of its own that announces
// or asks ("Căn cứ Kế hoạch số 12/KH-UBND ..., UBND xã thông báo lịch
// tiếp công dân như sau."): a whole sentence, rightly closed by its full
// stop, not one ground of a block the next continues. The clause is a
// subject in a capital (no document cited by its tên loại) whose words
// before any "về" (the cited trích yếu's) hold the verb.
func groundAnnounces(t string) bool {
	var n nesting
	for i, r := range t {
		n.step(r)
		if r != ',' || !n.outside() || !capitalAfter(t[i+1:]) {
			continue
		}
		after := strings.TrimLeft(t[i+1:], " ")
		if startsWithTypeName(after) || citedAfter(after) {
			continue
		}
		if j := strings.Index(after, " về "); j >= 0 {
			after = after[:j]
		}
		if announces(after) {
			return true
		}
	}
	return false
}
