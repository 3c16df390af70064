package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// judgeSentencePoints judges the points of a list numbered or lettered in
// order ("1.", "2.", or "a)", "b)"), two or more, whatever stands between
// them, whose points are sentences closed with "." ("1. Quy chế này quy
// định về tổ chức ... của thư viện." beside "2. Quy chế này áp dụng đối
// với ... của Thư viện."): one point alone that ends with no mark lacks
// the "." the others have. judgeRun reads only points side by side, and
// judgePair leaves two numbered points that give no label, since "1. Mục
// đích" over "2. Yêu cầu." may be a heading and a point; a heading is
// told by its form (sentencePoint). Points run on with ";" and the
// last closed with "." are judged so too. Left: a list where another
// point ends with "," or with no mark (another form, or headings), or
// with "." and ";" otherwise,
// a point over content of its own (a long heading), a point that leads
// into what follows ("... như sau"), one whose next paragraph opens in a
// small letter (the sentence broken by the export), and a point inside a
// quotation (the quoted text's marks), and the end of a copy cut
// mid-word.
func judgeSentencePoints(p *Pass, segs []Seg, inQuote map[diag.Pos]bool) {
	for _, list := range orderedLists(segs, 2) {
		bare, closed, semis := -1, 0, 0
		for k, i := range list {
			switch lastMark(segs[i].Text[pointStart(segs[i].Text):]) {
			case ".":
				closed++
			case ";":
				semis++
			case ":":
			case "":
				if bare >= 0 || !sentencePoint(segs, list, k) {
					bare = -2 // two bare points, or a heading: another form
				} else if bare == -1 {
					bare = k
				}
			default:
				bare = -2
			}
		}
		mark, ok := sentenceMark(segs, list, bare, closed, semis)
		if !ok {
			continue
		}
		s := &segs[list[bare]]
		end := max(0, len(strings.TrimRight(s.Text, " \t\u00a0"))-1)
		if p.perSeg[s] != nil || inQuote[s.PosAt(0)] || inCutWord(p.View, s.PosAt(end)) || endSaid(p, s) {
			continue // said already, the quoted text's, the word a cut copy broke off in, or closing-mark's end
		}
		msg := diag.Text{
			VI: fmt.Sprintf("điểm này không có dấu ở cuối, %d điểm khác cùng cấp kết thúc bằng dấu \".\"", closed),
			EN: fmt.Sprintf("this point ends with no mark where %d other points of its level end with \".\"", closed),
		}
		if semis > 0 {
			msg = diag.Text{
				VI: fmt.Sprintf("điểm này không có dấu ở cuối, %d điểm khác cùng cấp kết thúc bằng dấu \";\", điểm cuối bằng dấu \".\"", semis),
				EN: fmt.Sprintf("this point ends with no mark where %d other points of its level end with \";\" and the last with \".\"", semis),
			}
		}
		p.Report(s, end, msg, diag.Msg("thêm dấu %q vào cuối điểm", "end it with %q", mark))
	}
}

// sentenceMark is the mark the bare point list[bare] lacks, among closed
// points that end with "." and semis with ";": "." when all end so, or
// when it is the last of points run on with ";"; ";" before the last,
// where the others before the last end with ";" and the last with ".".
// Points that end both ways otherwise are another slip, not judged.
func sentenceMark(segs []Seg, list []int, bare, closed, semis int) (string, bool) {
	if bare < 0 || closed+semis == 0 {
		return "", false
	}
	if semis == 0 {
		return ".", true
	}
	last := len(list) - 1
	if bare == last {
		return ".", closed == 0
	}
	return ";", closed == 1 && lastMark(segs[list[last]].Text) == "."
}

// sentencePoint reports whether segs[list[k]], a point that ends with no
// mark, reads as a sentence left open, not a heading, told by its form:
// a heading is in capitals (or ends in two words of capitals, a line in
// capitals the reading joined to it, "... theo tin của ĐÀI KHÍ TƯỢNG THỦY
// VĂN THÔNG BÁO"), a short phrase with no verb of a clause ("1. Mục
// đích", sentenceVerbs: a short point that holds one, "2. Các thôn phải
// nộp báo cáo trước ngày 17/11", is a sentence), or stands over content
// of its own. So a point is a sentence when it ends with a letter, a
// figure or ")", leads into nothing ("... như sau") and holds no colon
// past a label's or after a lead-in ("2. Thư viện có những nhiệm vụ sau
// đây: a. ...; b. ...", points the reading ran into it), has no content
// of its own under it (the next paragraph is the list's next point or,
// after the last point, no point of a lower level, nor a paragraph where
// the list's other points stand over content of their own or that leads
// into points of its own: "b) Đề nghị" over "UBND tỉnh chỉ đạo ... sau:"
// and its "- " points, a heading or a sentence the export broke), and
// the next paragraph opens in no small letter.
func sentencePoint(segs []Seg, list []int, k int) bool {
	i := list[k]
	t := strings.TrimSpace(segs[i].Text[pointStart(segs[i].Text):])
	last, _ := utf8.DecodeLastRuneInString(t)
	words := strings.Fields(t)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ')' || isUpperText(strings.Join(words[max(0, len(words)-2):], " ")) {
		return false // no sentence's end, or a heading in capitals
	}
	if len(words) <= maxHeadWords && !holdsClauseVerb(strings.ToLower(t)) {
		return false // a short heading with no verb of a clause: "1. Mục đích"
	}
	if c := strings.LastIndex(t, ": "); c >= 0 && (!fieldOpens(t[:c+1]) || leadsIn(t[:c])) {
		return false // "... nhiệm vụ sau đây: a. ...; b. ...": points of its own the reading ran into it
	}
	if leadsIn(t) {
		return false
	}
	if i+1 >= len(segs) {
		return true
	}
	next := &segs[i+1]
	if k+1 < len(list) && list[k+1] != i+1 {
		return false // content under it: a heading
	}
	if k+1 == len(list) && next.Marker != "" && markerKind(next.Marker) != markerKind(segs[i].Marker) {
		return false
	}
	if k+1 == len(list) && next.Marker == "" && (overContent(list) || leadsToPoints(segs, i+1) || titleOverParagraph(segs, &segs[i])) {
		return false // the others stand over content of their own, or the paragraph after it leads into points: so may the last, a heading over its paragraph
	}
	nt := strings.TrimSpace(next.Text[pointStart(next.Text):])
	r, _ := utf8.DecodeRuneInString(nt)
	return !unicode.IsLower(r)
}

// leadsToPoints reports whether segs[j], a paragraph with no mark, leads
// into points of its own: it ends with a colon, or the next paragraph is
// a point.
func leadsToPoints(segs []Seg, j int) bool {
	if strings.HasSuffix(strings.TrimRight(segs[j].Text, " \t\u00a0"), ":") {
		return true
	}
	return j+1 < len(segs) && pointKind(&segs[j+1]) != ""
}

// overContent reports whether a point of list, before its last, has
// content of its own under it: a paragraph between it and the next.
func overContent(list []int) bool {
	for k := 0; k+1 < len(list); k++ {
		if list[k+1] != list[k]+1 {
			return true
		}
	}
	return false
}
