package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// sequence follows the numbering of a text as it goes: roman parts, arabic
// points, nested points ("2.1.") and letters, each level restarting under
// a new one above it.
type sequence struct {
	roman, arabic, letter int
	nested                map[string]int
	lastMarker            [4]string
	// midway: the text may begin in the middle of the notice (its first
	// part was lost), so a level's first marker may be any
	midway bool
	// latin: the points of this list follow the Latin alphabet (a b c d
	// e f, as Word numbers them), said once for the whole list
	latin bool
	// pend is each level's last fault, until the next marker shows
	// whether it was one number typed wrong (list_one_slip.go); refold
	// is set when it was; lastLevel is the level of the last marker
	pend      [4]pending
	refold    *refold
	lastLevel int
}

func newSequence() *sequence { return &sequence{nested: map[string]int{}} }

const (
	lvRoman = iota
	lvArabic
	lvNested
	lvLetter
)

// next checks one marker and returns a finding message when it is out of
// order (rule is the rule it belongs to).
func (q *sequence) next(marker string) (rule string, msg diag.Text, ok bool) {
	m := strings.TrimSuffix(marker, ".")
	switch {
	case marker == "-" || marker == "+" || marker == "":
		return "", diag.Text{}, false
	case strings.HasSuffix(marker, ")"):
		return q.letterAt(strings.TrimSuffix(marker, ")"), marker)
	case cite.RomanValue(m) > 0:
		n := cite.RomanValue(m)
		want := q.roman + 1
		q.roman, q.arabic, q.letter, q.nested, q.latin = n, 0, 0, map[string]int{}, false
		q.pend = [4]pending{q.pend[lvRoman]}
		return q.order("list-number-sequence", lvRoman, marker, n, want, cite.Roman(want)+".")
	case strings.Contains(m, "."):
		parent, sub, _ := strings.Cut(m, ".")
		n, _ := strconv.Atoi(sub)
		want := q.nested[parent] + 1
		q.nested[parent] = n
		q.letter, q.latin = 0, false
		q.pend[lvLetter] = pending{}
		return q.order("list-number-sequence", lvNested, marker, n, want, parent+"."+strconv.Itoa(want)+".")
	default:
		n, err := strconv.Atoi(m)
		if err != nil {
			return "", diag.Text{}, false
		}
		want := q.arabic + 1
		q.arabic, q.letter, q.latin = n, 0, false
		q.pend[lvNested], q.pend[lvLetter] = pending{}, pending{}
		return q.order("list-number-sequence", lvArabic, marker, n, want, strconv.Itoa(want)+".")
	}
}

// letterStop is the marker of a point lettered with a stop where the
// lettered points this list has open go on ("b. ..." after "a)"): the
// next point with its mark slipped, which list-mark says (strayMarks), so
// it holds b)'s place and "c)" after it is in order. "" for any other
// text ("i.", "c." after "a)").
func (q *sequence) letterStop(t string) string {
	if q.letter == 0 || q.lastMarker[lvLetter] == "" {
		return ""
	}
	m := dotLetters.re().FindStringSubmatch(t)
	if m == nil || dotLetters.index(m) != q.letter+1 {
		return ""
	}
	return cite.Letter(q.letter+1) + ")"
}

func (q *sequence) letterAt(l, marker string) (string, diag.Text, bool) {
	if q.latin {
		return "", diag.Text{}, false // said at the first letter out of place
	}
	if l == "e" && q.lastMarker[lvLetter] == "d)" {
		q.latin = true
		return "list-letter-sequence", diag.Msg("các điểm được đánh theo chữ cái a, b, c, d, e (như đánh số tự động của Word): điểm sau d) là đ), chữ cái tiếng Việt không có f, j, w, z",
			"the points follow the Latin alphabet a, b, c, d, e (as Word's automatic numbering does): the point after d) is đ), and Vietnamese has no f, j, w, z"), true
	}
	idx := cite.LetterIndex(l)
	if idx == 0 {
		q.lastMarker[lvLetter] = marker
		return "list-letter-sequence", diag.Msg("%q không phải chữ cái đánh điểm tiếng Việt (không có f, j, w, z)", "%q is not a Vietnamese list letter (there is no f, j, w, z)", marker), true
	}
	want := q.letter + 1
	q.letter = idx
	return q.order("list-letter-sequence", lvLetter, marker, idx, want, cite.Letter(want)+")")
}

func (q *sequence) order(rule string, level int, marker string, n, want int, wantMarker string) (string, diag.Text, bool) {
	prev := q.lastMarker[level]
	q.lastMarker[level] = marker
	pd := q.pend[level]
	q.pend[level], q.lastLevel = pending{}, level
	if q.slipOf(pd, n) {
		return "", diag.Text{}, false // said at the number to change
	}
	marker, wantMarker = excerpt(marker), excerpt(wantMarker)
	switch {
	case n == want:
		return "", diag.Text{}, false
	case n == want-1:
		q.pend[level] = pending{kind: 'r', before: want - 1, marker: marker, prev: prev, wantMarker: wantMarker, at: -1}
		return rule, diag.Msg("%s lặp lại", "%s is repeated", marker), true
	case prev == "" && q.midway:
		return "", diag.Text{}, false
	case prev == "":
		return rule, diag.Msg("%s đứng đầu; phải bắt đầu từ %s", "%s comes first; numbering starts at %s", marker, wantMarker), true
	}
	q.pend[level] = pending{kind: 'g', before: want - 1, marker: marker, prev: prev, wantMarker: wantMarker, at: -1}
	return rule, diag.Msg("%s đứng sau %s: thiếu %s", "%s follows %s: %s is missing", marker, excerpt(prev), wantMarker), true
}

// numberSequence and letterSequence read the markers of a text's body and
// of its appendix, each on its own.
func numberSequence(p *Pass) { markers(p, "list-number-sequence") }
func letterSequence(p *Pass) { markers(p, "list-letter-sequence") }

// markerFault is a fault of a list marker: the rule it is for, where and
// what.
type markerFault struct {
	rule string
	seg  *Seg
	msg  diag.Text
}

// markers reports the faults of the markers that are rule's. The two
// rules walk the same markers in the same sequence, so the walk is made
// once a view and its faults kept for both (View.markerFaults).
func markers(p *Pass, rule string) {
	v := p.View
	if !v.markersRead {
		v.markersRead = true
		v.markerFaults = append(walkMarkers(v), v.TableNumbers...) // table_numbers.go
	}
	for _, f := range v.markerFaults {
		if f.rule == rule {
			p.Report(f.seg, 0, f.msg)
		}
	}
}

// walkMarkers reads the markers of the body and of the appendix in
// order, each list on its own, and returns the faults of both rules.
func walkMarkers(v *View) []markerFault {
	var out []markerFault
	body := v.Body
	if v.FromTOML {
		body = v.Labels
	}
	qr := v.quotationsIn(v.textSegs())
	quoted, led := qr.inside, qr.led
	for k, segs := range [][]Seg{body, v.Appendix} {
		q := newSequence()
		q.midway = k == 0 && v.startLost() && v.Addressee == nil // a Kính gửi opens a letter's body: its start is there
		var law quotedLaw
		roman := smallRomanRuns(segs)
		for i := range segs {
			if roman[i] {
				continue // "i)", "ii)", "iii)": points numbered in small roman numerals (list_small_roman.go)
			}
			if k == 0 && !v.FromTOML && law.at(&segs[i]) {
				continue // a law's points quoted, with its own letters
			}
			if t := strings.TrimSpace(segs[i].Text); k == 1 && (appendixHeadRe().MatchString(t) || isIssuedTitle(t)) || articleHead(t) || letterPart(t) {
				// each phụ lục, and each text a decision issues (a Quy
				// chế), is numbered on its own; so are the khoản of each
				// Điều and the Điều of each Chương, Mục or Phần
				q = newSequence()
				// a notice has no Điều of its own: one it holds is a law's
				// quoted, whose khoản keep their numbers ("Điều 30. ..."
				// then "3. Thủ tục nộp lưu")
				q.midway = k == 0 && v.Type != Other && quotedArticle(t)
				continue
			}
			if pos := segs[i].PosAt(0); !v.FromTOML && quoted[pos] && !led[pos] {
				continue // the numbering of a document quoted, not the notice's
			}
			if restartsList(q, segs, i) {
				q.arabic, q.lastMarker[lvArabic], q.pend[lvArabic] = 0, "", pending{} // a list of its own
			}
			marker := segs[i].Marker
			if m := bareMarker(segs, i); m != "" {
				marker = m // "1 Trong ..." before "2.": list-mark says the period (list_mark_bare.go)
			}
			if marker == "" {
				marker = slippedMarker(segs, i) // "2- Việc ..." between "1." and "3.": list-mark says the mark (list_mark_slipped.go)
			}
			if marker == "" {
				marker = q.letterStop(strings.TrimSpace(segs[i].Text)) // "b." after "a)": list-mark says it
			}
			if marker == "" {
				marker = q.firstLetterStop(segs, i) // "a." before "b)": list-mark says it
			}
			if r, msg, bad := q.next(marker); bad && r != "" {
				out = append(out, markerFault{r, &segs[i], msg})
				q.keep(len(out) - 1)
			}
			q.applyRefold(out)
			if n, ok := pointNumber(segs[i].Marker); ok {
				for _, m := range runInMarkers(segs[i].Text, n) {
					q.next(m) // points run on inside this one (list_run_in.go)
					q.applyRefold(out)
				}
			}
			if m := strandedMarker(segs[i].Text); m != "" {
				q.next(m) // the next point's number, left at this line's end (list_stranded.go)
				q.applyRefold(out)
			}
		}
	}
	return out
}

// pointNumber returns the number of a marker "3.", as strconv.Atoi reads
// what stands before its period; false for any other marker, with no
// error made for it (most pieces have no marker at all).
func pointNumber(marker string) (int, bool) {
	s, ok := strings.CutSuffix(marker, ".")
	if !ok || s == "" || (s[0] < '0' || s[0] > '9') && s[0] != '+' && s[0] != '-' {
		return 0, false // no figure nor sign first: strconv.Atoi fails
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// articleHeadRe starts the heading of a Điều ("Điều 3. Nguyên tắc ...",
// "Điều 5a:") or of a Chương, Mục or Phần ("Chương I", "Chương 2.",
// "Mục 1. ...", "Phần thứ hai"; "Điều 5.Vi phạm", its space lost): the numbering under it starts again from
// 1. A sentence that begins with a Điều cited ("Điều 8 của Quy chế quy
// định ...") has no stop after the number, and is no heading.
// articleHead reports whether t starts such a heading: articleHeadRe,
// tried only on a text whose first byte may start "điều", "chương",
// "mục" or "phần" in either case (no other letter folds to theirs).
func articleHead(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case 0xC4, 'c', 'C', 'm', 'M', 'p', 'P': // 0xC4 starts "đ" and "Đ"
		return articleHeadRe().MatchString(t)
	}
	return false
}

var articleHeadRe = lazyre.New(`^(?:(?i:điều)\s+\d{1,3}[a-zđ]?\s*[.:](?:\s|$|\p{Lu})|(?i:chương|mục|phần)\s+(?:[IVXLC]{1,7}|\d{1,2}|(?i:thứ)\s+\p{L}+)(?:\s*[.:]|\s+\p{Lu}|$))`)

// letterPartRe is the heading of a part lettered in capitals, its title
// in capitals ("C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM", "D. TỔ CHỨC
// THỰC HIỆN"): a Kế hoạch's parts A, B, C, each numbering its points from
// 1 again.
var letterPartRe = lazyre.New(`^[A-EĐ]\.\s+\p{Lu}[\s,;\-–\p{Lu}]{3,}(?:\d[\d\s-]*)?$`)

// letterPart is letterPartRe().MatchString(t), the expression asked only
// of a text that starts as its every match does, a letter of A-E or "Đ"
// then a point: most headings are not lettered, and the expression is
// then neither run nor compiled.
func letterPart(t string) bool {
	if !(len(t) >= 2 && 'A' <= t[0] && t[0] <= 'E' && t[1] == '.' || strings.HasPrefix(t, "Đ.")) {
		return false
	}
	return letterPartRe().MatchString(t)
}

// quotedArticle reports whether t heads a Điều ("Điều 30. Nộp lưu ..."),
// not a Chương, Mục or Phần.
func quotedArticle(t string) bool {
	return strings.HasPrefix(t, "Điều") || strings.HasPrefix(t, "ĐIỀU") || strings.HasPrefix(t, "điều")
}

// isIssuedTitle reports the title of a text a decision issues with it, in
// capitals on a line of its own: "QUY CHẾ", "QUY ĐỊNH", "HƯỚNG DẪN".
func isIssuedTitle(s string) bool {
	_, ok := cite.TitleType(s)
	return ok
}
