package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// maxHeadWords is the most words a point's head may hold to be read as a
// heading over its content ("2. Thời gian, địa điểm, hình thức và nội
// dung thi").
const maxHeadWords = 12

// judgeHeadColons judges the numbered points of one list ("1.", "2.",
// ... numbered in order, or "a)", "b)", ...; or the "-" points between
// two of those) across what stands under them: when one or more of them
// end their heading with ":" over their content ("3. Các lô đất được đấu
// giá:"), two or more with those that run on after a label and its
// colon ("1. Đối tượng tham gia đấu giá: Là công dân ..."), and one
// alone is a bare heading ("5. Thời gian đấu giá", a few words with no
// mark, its content below it), that one lacks the colon the heads of its
// own form have (the lead's call on round 69: a head leads into what
// follows, and takes ":"). Beside points that all run on after their
// label ("2. Sở Tài chính: Tham mưu ..."), a bare heading over points of
// its own ("1. Sở Khoa học và Công nghệ" over "a) ...") is another form,
// not a slip, and is left. A point the rule
// has said already (judgeHeads, judgeRun's head over its content) is not
// said again.
func judgeHeadColons(p *Pass, segs []Seg) {
	for _, list := range numberedLists(segs) {
		var bare *Seg
		colons, ends, bares := 0, 0, 0
		for _, i := range list {
			switch headForm(segs, i) {
			case headColon:
				colons++
			case headEnds:
				colons++
				ends++
			case headBare:
				bares++
				bare = &segs[i]
			}
		}
		if bares != 1 || ends == 0 || colons < minColonHeads || p.perSeg[bare] != nil {
			continue
		}
		p.Report(bare, max(0, len(strings.TrimRight(bare.Text, " \t"))-1),
			diag.Text{
				VI: fmt.Sprintf("đề mục này không có dấu \":\" ở cuối, %d điểm khác cùng cấp có dấu \":\" sau đề mục", colons),
				EN: fmt.Sprintf("this heading ends with no mark where %d other points of its level have \":\" after their heading", colons),
			},
			diag.Msg("thêm dấu \":\" vào cuối đề mục", "end it with \":\""))
	}
}

// numberedLists splits segs' points into lists: the indexes of the
// points numbered "1.", "2.", ... or lettered "a)", "b)", ... in order,
// whatever stands between them, a list ending where the next number does
// not follow.
func numberedLists(segs []Seg) [][]int {
	return append(orderedLists(segs, 3), dashLists(segs)...)
}

// orderedLists is numberedLists' lists of points numbered or lettered in
// order, of least points each.
func orderedLists(segs []Seg, least int) [][]int {
	var lists [][]int
	open := map[string][]int{}  // by kind
	last := map[string]string{} // the kind's last marker
	for i := range segs {
		m := segs[i].Marker
		kind := markerKind(m)
		if kind != "1." && kind != "a)" || segs[i].Role == RoleCell {
			continue
		}
		first, next := m == "a)" || markerFollows("0.", m), markerFollows(last[kind], m) // "1.", "01."
		if !next || first {
			if len(open[kind]) >= least {
				lists = append(lists, open[kind])
			}
			open[kind] = nil
		}
		if first || next {
			open[kind] = append(open[kind], i)
		}
		last[kind] = m
	}
	for _, kind := range []string{"1.", "a)"} {
		if len(open[kind]) >= least {
			lists = append(lists, open[kind])
		}
	}
	return lists
}

// dashLists splits segs' "-" points into lists: the points between two
// numbered, lettered or otherwise marked points ("I.", "1.2."), whatever
// else stands between them ("+" points, paragraphs), but a paragraph that
// leads into "-" points of its own (opensDashList).
func dashLists(segs []Seg) [][]int {
	var lists [][]int
	var open []int
	for i := range segs {
		switch m := segs[i].Marker; markerKind(m) {
		case "-":
			open = append(open, i)
			continue
		case "+":
			continue
		case "":
			if m == "" && segs[i].Role != RoleCell && !opensDashList(segs, i) {
				continue
			}
		}
		if len(open) >= 3 {
			lists = append(lists, open)
		}
		open = nil
	}
	if len(open) >= 3 {
		lists = append(lists, open)
	}
	return lists
}

// opensDashList reports whether the paragraph segs[i] leads into a list
// of its own: it ends with ":" and a "-" point follows it ("... chuẩn bị
// các nội dung sau:"). The points above it are another list.
func opensDashList(segs []Seg, i int) bool {
	return strings.HasSuffix(strings.TrimSpace(segs[i].Text), ":") && i+1 < len(segs) && segs[i+1].Marker == "-"
}

// markerFollows reports whether the marker m follows prev in a list:
// "3." after "2."; a letter after the one before it in the alphabet of
// điểm ("đ)" after "d)", "g)" after "e)") or in the Latin one, as Word's
// automatic numbering writes it ("e)" after "d)", "f)" after "e)").
func markerFollows(prev, m string) bool {
	if strings.HasSuffix(m, ")") {
		p, c := strings.TrimSuffix(prev, ")"), strings.TrimSuffix(m, ")")
		if vi := slices.Index(cite.VietnameseLetters, p); vi >= 0 && vi+1 < len(cite.VietnameseLetters) && cite.VietnameseLetters[vi+1] == c {
			return true
		}
		return len(p) == 1 && len(c) == 1 && 'a' <= p[0] && p[0] < 'z' && c[0] == p[0]+1
	}
	n, err := strconv.Atoi(strings.TrimSuffix(m, "."))
	if err != nil {
		return false
	}
	k, err := strconv.Atoi(strings.TrimSuffix(prev, "."))
	return err == nil && n == k+1
}

// The forms of a point's heading.
const (
	headOther = iota // a sentence, a point ending with another mark
	headColon        // "1. Đối tượng: Là ...", a label run on after its colon
	headEnds         // "3. Các lô đất được đấu giá:", ending with ":"
	headBare         // "5. Thời gian đấu giá", its content below it
)

// headForm is the form of the heading of the point segs[i].
func headForm(segs []Seg, i int) int {
	s := &segs[i]
	t := strings.TrimSpace(s.Text[pointStart(s.Text):])
	switch lastMark(t) {
	case ":":
		return headEnds
	case "":
	default:
		if fieldOpens(t) {
			return headColon
		}
		return headOther
	}
	if fieldOpens(t) {
		return headColon
	}
	if t == "" || strings.ContainsAny(t, ".;:()\"“”") || len(strings.Fields(t)) > maxHeadWords || !startsUpper(t) {
		return headOther
	}
	if i+1 >= len(segs) || segs[i+1].Role == RoleCell || markerKind(segs[i+1].Marker) == markerKind(s.Marker) {
		return headOther // no content under it: a point of one line
	}
	return headBare
}
