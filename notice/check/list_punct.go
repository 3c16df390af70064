package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

func init() {
	register(&Rule{ID: "list-punct", Severity: diag.Warning, Ref: diag.Practice, Run: listPunct,
		Title: diag.Msg("các điểm cùng một danh sách kết thúc bằng cùng một dấu", "the points of one list end with one mark"),
		Help:  diag.Msg("kết thúc điểm này bằng dấu như các điểm khác của danh sách", "end this point with the mark the other points of the list end with")})
}

// listPunct reports a point of a list that ends otherwise than all the
// others: with ";" or "," or no mark where they end with ".", or with "."
// or no mark in the middle of points that end with ";" (the last point of
// such a list ends with "." as it should), or with "." or ";" where they
// end with no mark (markInBare). A list is a run of three points
// or more with markers of one kind ("1.", "a)", "-", or a typed "–"; two
// points are judged by judgePair), with nothing between them but points
// of a lower level; a point that leads into others (":") and a heading
// (no mark, where most have none) are not judged as points, and the
// numbered points that lead into theirs are judged among themselves for
// their colon (judgeHeads).
func listPunct(p *Pass) {
	qr := p.View.quotationsIn(p.View.textSegs())
	for _, segs := range [][]Seg{p.View.Body, p.View.Appendix} {
		runs, heads := listRuns(segs)
		for _, run := range runs {
			// a list wholly inside one quotation is judged as a list; the
			// quoted khoản among the document's own points are not
			if own, quoted := splitQuoted(run, qr); len(own) > 0 || len(quoted) != 1 {
				judgeRun(p, segs, own, false)
			} else {
				judgeRun(p, segs, quoted[0], true)
			}
		}
		for _, run := range heads {
			judgeHeads(p, run)
		}
		judgeHeadColons(p, segs)                // list_punct_head_colon.go
		judgeSentencePoints(p, segs, qr.inside) // list_punct_sentence.go
	}
}

// pointKind is the kind of the list marker a paragraph starts with: its
// marker's (markerKind), or, for a paragraph the reading gave no marker,
// the bullet the reader read before it (Seg.Bullet: "•", "*" ...), or
// the en dash, em dash or bullet a drafter typed before it ("–        Năm
// học: ...", as Word's lists paste into a portal): a kind of its own, not
// mixed with "-".
func pointKind(s *Seg) string {
	if s.Marker != "" {
		return markerKind(s.Marker)
	}
	if s.Bullet != "" {
		return s.Bullet // the reader's, "*" among them, which it took off Text
	}
	t := strings.TrimLeft(s.Text, " \t\u00a0")
	for _, b := range typedBullets {
		rest, ok := strings.CutPrefix(t, b)
		after, _ := utf8.DecodeRuneInString(rest)
		if ok && (after == ' ' || after == '\t' || after == '\u00a0') && strings.TrimLeft(rest, " \t\u00a0") != "" {
			return b
		}
	}
	return ""
}

// typedBullets are the marks other than "-" and "+" that start a list's
// points as typed or pasted: the en and em dash, the bullet. The reader's
// list of bullets is their source (plain.TypedBullets), so that the two
// never part.
var typedBullets = plain.TypedBullets()

// markerKind is the kind of a list marker: "1." arabic, "a)" letter, "-"
// or "+" dash; "" for none or any other (roman headings, "2.1.").
func markerKind(m string) string {
	switch {
	case m == "-" || m == "+":
		return m
	case strings.HasSuffix(m, ")") && utf8.RuneCountInString(m) == 2:
		return "a)"
	case strings.HasSuffix(m, ".") && strings.Trim(m, "0123456789") == ".":
		return "1."
	}
	return ""
}

// listRuns splits paragraphs into the runs of sibling points: points of
// one kind of marker ("1.", "a)", "-", "+") at one level, the points of
// lower levels under them set apart in runs of their own. A point that
// has points of a lower level under it leads into them, as a heading
// does, and is left out of its run; a paragraph with no marker, or a
// table, ends every run. The points that lead into their own are
// returned apart, in runs of siblings too (heads).
func listRuns(segs []Seg) (runs, heads [][]*Seg) {
	open := map[string][]*Seg{}  // by kind
	leads := map[string][]*Seg{} // the points that lead into theirs, by kind
	var kinds []string           // the kinds open, outer first
	closeFrom := func(k int) {
		for _, kind := range kinds[k:] {
			if len(open[kind]) >= 2 {
				runs = append(runs, open[kind])
			}
			if len(leads[kind]) >= 2 {
				heads = append(heads, leads[kind])
			}
			delete(open, kind)
			delete(leads, kind)
		}
		kinds = kinds[:k]
	}
	for i := range segs {
		s := &segs[i]
		k := pointKind(s)
		if s.Role == RoleCell || k == "" {
			closeFrom(0)
			continue
		}
		at := slices.Index(kinds, k)
		if at < 0 {
			kinds = append(kinds, k)
			at = len(kinds) - 1
		}
		closeFrom(at + 1)
		kinds = append(kinds[:at], k)
		if i+1 < len(segs) && leadsInto(k, pointKind(&segs[i+1]), kinds) {
			leads[k] = append(leads[k], s) // a point that leads into its own points
			continue
		}
		open[k] = append(open[k], s)
	}
	closeFrom(0)
	return runs, heads
}

// leadsInto reports whether a point of kind k is followed by a point of a
// kind not open above it: one of a lower level, under it.
func leadsInto(k, next string, kinds []string) bool {
	return next != "" && next != k && !slices.Contains(kinds, next)
}

// judgeRun reports the one point of a run that ends otherwise than all
// the others.
func judgeRun(p *Pass, segs []Seg, run []*Seg, quoted bool) {
	count := map[string]int{}
	var judged []*Seg
	for _, s := range run {
		m := lastMark(s.Text)
		if m == ":" || !quoted && quotesAfterLead(s.Text) {
			continue
		}
		if markOnly(s) {
			continue // "b)" alone: empty-part says the point has nothing, no end to judge
		}
		count[m]++
		judged = append(judged, s)
	}
	if len(judged) == 2 {
		if !quoted && lastOpenSemicolon(p, segs, run, judged, count) {
			return
		}
		judgePair(p, judged)
		return
	}
	if len(judged) < 3 {
		return
	}
	if !quoted && lastOpenSemicolon(p, segs, run, judged, count) {
		return
	}
	usual := ""
	for m, n := range count {
		if n == len(judged)-1 {
			usual = m
		}
	}
	if usual == "" && semicolonsButOne(judged) {
		usual = ";" // "a;", "b;", "c.", "d.": the last point's "." is lawful, the third's is not
	}
	if usual == "" && count[""] == len(judged)-1 {
		markInBare(p, judged)
		return
	}
	if usual == "" && count["."] > count[""] && count[""] >= 2 && count["."]+count[""] == len(judged) {
		bareAmongClosed(p, judged, count["."])
		return
	}
	if usual != "." && usual != ";" {
		return
	}
	for i, s := range judged {
		m := lastMark(s.Text)
		if m == usual || usual == ";" && m == "." && i == len(judged)-1 {
			continue
		}
		if m == "" && i == len(judged)-1 && titleOverParagraph(segs, s) {
			continue // "3. Tổ chức thực hiện" over its paragraph: a khoản's title
		}
		if m == "" && overTable(p.View, segs, s) {
			continue // a heading over its table (list_punct_table.go)
		}
		if m == "" && endSaid(p, s) {
			continue // closing-mark says the body's end
		}
		vi, en := fmt.Sprintf("điểm này kết thúc bằng dấu %q", m), fmt.Sprintf("this point ends with %q", m)
		if m == "" {
			vi, en = "điểm này không có dấu ở cuối", "this point ends with no mark"
		}
		msg := diag.Text{
			VI: fmt.Sprintf("%s, các điểm khác của danh sách (%d điểm) kết thúc bằng dấu %q", vi, len(judged)-1, usual),
			EN: fmt.Sprintf("%s where the other points of the list (%d) end with %q", en, len(judged)-1, usual),
		}
		if last := judged[len(judged)-1]; usual == ";" && s != last && lastMark(last.Text) == "." {
			msg = diag.Text{
				VI: fmt.Sprintf("%s, các điểm khác của danh sách (%d điểm) kết thúc bằng dấu \";\", điểm cuối bằng dấu \".\"", vi, len(judged)-2),
				EN: fmt.Sprintf("%s where the other points of the list (%d) end with \";\" and the last with \".\"", en, len(judged)-2),
			}
		}
		fix := diag.Msg("kết thúc bằng dấu %q", "end it with %q", usual)
		if m == "" && headsContent(segs, s) {
			fix = diag.Msg("điểm này dẫn vào nội dung ở đoạn dưới: kết thúc bằng dấu \":\"", "this point leads into the text under it: end it with \":\"")
		}
		p.Report(s, max(0, len(s.Text)-1), msg, fix)
	}
}

// markInBare reports, in a list whose points end with no mark but one,
// that one when it ends with "." or ";" ("- Ngày 02/5: Nghỉ bù ..." four
// times, then "- Ngày 03/5: Nghỉ bù ... thứ bảy."): the points of one
// list end one way, with no mark, or with ";" and the last with ".".
func markInBare(p *Pass, judged []*Seg) {
	for _, s := range judged {
		if lastMark(s.Text) == "" && nextSentence(s.Text, pointStart(s.Text)) >= 0 {
			bareAmongClosed(p, judged, 1) // a bare point that holds sentences: the points are sentences, and the bare ones lack their "."
			return
		}
	}
	for _, s := range judged {
		if nextSentence(s.Text, 0) >= 0 {
			return // points that hold sentences end with ".": the bare ones lack it
		}
	}
	for _, s := range judged {
		m := lastMark(s.Text)
		if m != "." && m != ";" {
			continue
		}
		p.Report(s, max(0, len(s.Text)-1), diag.Text{
			VI: fmt.Sprintf("điểm này kết thúc bằng dấu %q, các điểm khác của danh sách (%d điểm) không có dấu ở cuối", m, len(judged)-1),
			EN: fmt.Sprintf("this point ends with %q where the other points of the list (%d) end with no mark", m, len(judged)-1),
		}, diag.Msg("kết thúc các điểm của danh sách theo một cách: bằng dấu \";\", điểm cuối bằng dấu \".\", hoặc không dấu", "end the points of the list one way: with \";\" and the last with \".\", or with no mark"))
	}
}

// bareAmongClosed reports the points of a list that end with no mark
// where closed of them end with ".": in a list where a bare point holds
// sentences ("3. Trước khi bão về, ... . Tất cả phải hoàn tất trước 17
// giờ. Trung tâm sẽ kiểm tra toàn khu nội trú"), and in one where most of
// the points end with "." and two or more with nothing ("- Tên chủ đầu
// tư: Sở Xây dựng Hà Tĩnh" between points closed with "."): the points of
// one list end one way.
func bareAmongClosed(p *Pass, judged []*Seg, closed int) {
	for _, s := range judged {
		if lastMark(s.Text) != "" || endSaid(p, s) {
			continue
		}
		p.Report(s, max(0, len(s.Text)-1), diag.Text{
			VI: fmt.Sprintf("điểm này không có dấu ở cuối, %d điểm khác của danh sách kết thúc bằng dấu \".\"", closed),
			EN: fmt.Sprintf("this point ends with no mark where %d other points of the list end with \".\"", closed),
		}, diag.Msg("thêm dấu \".\" vào cuối điểm", "end it with \".\""))
	}
}

// endSaid reports whether s, a point that ends with no mark, is the
// body's last paragraph, which closing-mark said lacks its "./.": the
// "./." closes the point with its "." too ("./." reads as "." here,
// lastMark), so the one slip is closing-mark's, with the decree's mark
// (said_by.go). With closing-mark disabled or silenced there, this rule
// says the point.
func endSaid(p *Pass, s *Seg) bool {
	return p.View.saidBy("closing-mark", s.PosAt(max(0, len(s.Text)-1)))
}

// pointStart is the byte offset in a point's text after its leading
// spaces and list marker ("1.", "a)", "-").
func pointStart(t string) int {
	lead := len(t) - len(strings.TrimLeft(t, " \t"))
	return lead + afterMarker(t[lead:])
}

// semicolonsButOne reports whether the points before the last, three or
// more, all end with ";" but one, and the last ends with ".": a list run
// on with ";" whose last point closes it, one point in its middle closed
// with "." too early.
func semicolonsButOne(judged []*Seg) bool {
	n := len(judged) - 1
	if n < 3 || lastMark(judged[n].Text) != "." {
		return false
	}
	semi := 0
	for _, s := range judged[:n] {
		if lastMark(s.Text) == ";" {
			semi++
		}
	}
	return semi == n-1
}

// splitQuoted parts a run of points into the document's own and, each
// on its own, the points of each passage quoted over paragraphs from
// another document ("3. Sửa đổi Điều 16 như sau: "5. ..." / "8. ...""):
// the quoted khoản keep their text's marks, the paragraph that leads
// into the quotation ending with its first.
func splitQuoted(run []*Seg, qr quoteRuns) (own []*Seg, quoted [][]*Seg) {
	if len(qr.inside) == 0 {
		return run, nil
	}
	var cur []*Seg
	flush := func() {
		if cur != nil {
			quoted = append(quoted, cur)
		}
		cur = nil
	}
	for _, s := range run {
		pos := s.PosAt(0)
		switch {
		case qr.led[pos]:
			flush()
			cur = []*Seg{s}
		case qr.inside[pos]:
			cur = append(cur, s)
		default:
			flush()
			own = append(own, s)
		}
	}
	flush()
	return own, quoted
}

// quotesAfterLead reports whether a point leads into a passage quoted
// from another document ("Sửa đổi khoản 5 như sau: "5. ..."): the mark it
// ends with is the quoted text's, not the list's.
func quotesAfterLead(s string) bool {
	for _, q := range []string{": \"", ":\"", ": “", ":“"} {
		if strings.Contains(s, q) {
			return true
		}
	}
	return false
}

// closedMark is s without a closing bracket or quotation mark after a
// mark that ends what it closes: a sentence in brackets, "(Nhà trường
// không xác nhận điểm.)", or a quoted passage, "... Quy chế này;"", ends
// with the mark inside.
func closedMark(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(")\"”’»", r) {
		return s
	}
	if strings.ContainsAny(lastRune(s[:len(s)-n]), ";.") {
		return s[:len(s)-n]
	}
	return s
}

// noteAfterMark is s without a note in brackets set after the point's
// own mark: "- Thí sinh không đủ điều kiện: 2 người. (đính kèm danh
// sách chi tiết)" ends with its ".", the note in small letters an aside
// to the point. A sentence in brackets ("... cho Việt Nam. (Chi tiết xem
// trên trang ...)") opens with a capital and ends with its own mark.
func noteAfterMark(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	open := strings.LastIndex(s, "(")
	if open <= 0 || strings.Contains(s[open+1:len(s)-1], ")") {
		return s
	}
	if first, _ := utf8.DecodeRuneInString(s[open+1:]); !unicode.IsLower(first) {
		return s
	}
	before := strings.TrimRight(s[:open], " \t\u00a0")
	if len(before) == len(s[:open]) || !strings.ContainsAny(lastRune(before), ".;") {
		return s
	}
	return before
}

// lastMark is the mark a point ends with ("./." counts as "."): ".", ";",
// ",", ":", or "" for a word, a bracket or anything else. An ellipsis
// after a mark ("- Lao động, an sinh xã hội;…", "and so on" after the
// point's ";") leaves the point closed by that mark: the two together are
// doubled-punct's to say; an ellipsis after a word is no mark of a list.
func lastMark(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "./.") {
		return "."
	}
	if t, ok := strings.CutSuffix(s, "…"); ok && strings.ContainsAny(lastRune(t), ";,.:") {
		s = t
	}
	s = closedMark(noteAfterMark(s))
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', ';', ',', ':':
		return string(r)
	}
	return ""
}
