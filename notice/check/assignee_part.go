package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// partSort tells what the part a point stands in does: gives work, or
// reports what was done; partNone when its headings say neither.
type partSort int

const (
	partNone partSort = iota
	partWork
	partResults
	partAdvice
)

// adviceLeadWords close a sentence leading into points that advise, not
// give work: "Trung tâm Quan trắc tài nguyên và môi trường khuyến cáo:"
// over "2. Các trường mầm non, tiểu học hạn chế tổ chức hoạt động ngoài
// trời ..." (p94). The office asks the public and bodies it does not
// direct; the points name no one the notice must be sent to.
var adviceLeadWords = []string{"khuyến cáo", "khuyến nghị"}

// workPartWords open a heading whose points give work: the conclusion's
// tasks ("II. NHIỆM VỤ THỜI GIAN TỚI", "2. Giao các đơn vị", "3. Đề nghị
// ...", "Ý kiến kết luận").
var workPartWords = []string{"nhiệm vụ", "giải pháp", "giao", "đề nghị", "yêu cầu", "phân công", "kết luận",
	"chỉ đạo", "kiến nghị", "tổ chức thực hiện", "phương hướng", "trách nhiệm"}

// resultPartWords open a heading whose points report what was done: "I.
// KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026", "2. Một số kết quả nổi bật",
// "1. Tình hình triển khai".
var resultPartWords = []string{"kết quả", "tình hình", "đánh giá", "những việc đã làm", "việc đã làm"}

// headingLeads may stand before the word that tells a heading's sort at
// its opening: "Về kết quả ...", "Một số kết quả nổi bật", "Ý kiến kết
// luận", "Đối với các nhiệm vụ ...".
var headingLeads = []string{"về", "một số", "những", "các", "ý kiến", "đối với"}

// givingWords give work wherever they stand in a heading's opening words:
// "2. Thời gian tới, đề nghị các đơn vị", "3. Giao Phòng Tài chính báo
// cáo kết quả"; not "được giao", the work given before ("1. Hoàn thành
// các nhiệm vụ được giao").
var givingWords = []string{"giao", "đề nghị", "yêu cầu", "phân công"}

// partWords bounds the words of a heading read for givingWords: what it
// opens with, not a task's object further on.
const partWords = 8

// sortOfHeading reads a heading's sort by the word it opens with (after
// headingLeads): results or work. Further on, such a word is what the
// heading's subject works on or reports ("1. Tổ chức đánh giá, xếp loại
// cán bộ", "2. Báo cáo kết quả thực hiện" under "I. NHIỆM VỤ"; "1. Công
// tác lãnh đạo, chỉ đạo", "2. Công tác triển khai nhiệm vụ" under "I. KẾT
// QUẢ"), and the heading is read by the part above it; save a verb that
// gives work (givingWords).
func sortOfHeading(s Seg) partSort {
	f := cite.Fold(strings.TrimPrefix(s.Text, s.Marker))
	switch {
	case opensWith(f, resultPartWords):
		if workJoined(f) {
			return partNone // "II. ĐÁNH GIÁ VÀ GIAO NHIỆM VỤ": results and work both
		}
		return partResults
	case opensWith(f, workPartWords) || holdsWord(strings.ReplaceAll(leadingWords(f, partWords), "được giao", ""), givingWords) || workJoined(f):
		return partWork
	}
	return partNone
}

// opensWith reports whether text (folded) opens with one of words, whole,
// after one of headingLeads.
func opensWith(f string, words []string) bool {
	f = strings.TrimSpace(f)
	for _, l := range headingLeads {
		if rest, ok := strings.CutPrefix(f, l+" "); ok {
			f = rest
			break
		}
	}
	for _, w := range words {
		if rest, ok := strings.CutPrefix(f, w); ok && (rest == "" || strings.IndexByte(" ,.:;", rest[0]) >= 0) {
			return true
		}
	}
	return false
}

// holdsWord reports whether text (folded) holds one of words as whole
// words.
func holdsWord(f string, words []string) bool {
	f = " " + f + " "
	for _, w := range words {
		if strings.Contains(f, " "+w+" ") {
			return true
		}
	}
	return false
}

// joinedWork are the words of work that name a half of a heading of their
// own: not "chỉ đạo", "kết luận", "trách nhiệm", a report's nouns too
// ("I. KẾT QUẢ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO").
var joinedWork = []string{"nhiệm vụ", "giải pháp", "phương hướng", "kiến nghị", "giao", "đề nghị", "yêu cầu", "phân công"}

// halfMarks part the halves of a heading that names two things: "KẾT QUẢ
// VÀ NHIỆM VỤ", "KẾT QUẢ NĂM 2026, PHƯƠNG HƯỚNG NĂM 2027".
var halfMarks = []string{" và ", ", ", " - ", "; "}

// workJoined reports whether a heading (folded) joins work to what it
// opens with: a later half opening, in its first three words, with a word
// of joinedWork ("II. ĐÁNH GIÁ VÀ GIAO NHIỆM VỤ", "2. Tồn tại, hạn chế và
// nhiệm vụ thời gian tới"). "Nhiệm vụ" further into a half is what was
// done ("kết quả thực hiện nhiệm vụ năm 2026"); the halves are read past
// partWords ("... năm 2026 và phương hướng nhiệm vụ năm 2027").
func workJoined(f string) bool {
	for _, m := range halfMarks {
		for _, half := range strings.Split(f, m)[1:] {
			if holdsWord(leadingWords(strings.TrimSpace(half), 3), joinedWork) {
				return true
			}
		}
	}
	return false
}

// parts follows the headings above a point: one heading a kind of marker
// ("I.", "1.", "a)"), outer first; a heading of a kind already open
// closes the kinds under it.
type parts struct {
	kinds  []string
	sorts  []partSort
	weighs []bool // the part weighs what was done before it gives work (assignee_part_weigh.go)
}

// sortAbove is the sort of the nearest heading above s that tells one:
// the headings of kinds other than s's own, its own kind's being its
// siblings.
func (p *parts) sortAbove(s Seg) partSort {
	if i := p.above(s); i >= 0 {
		return p.sorts[i]
	}
	return partNone
}

// above is the index of the nearest heading above s that tells a sort,
// -1 when none does.
func (p *parts) above(s Seg) int {
	kind := headingKind(s.Marker)
	for i := len(p.kinds) - 1; i >= 0; i-- {
		if p.kinds[i] != kind && p.sorts[i] != partNone {
			return i
		}
	}
	return -1
}

// actedResults open a heading of results that a part giving work reads as
// work: "đánh giá" is a verb too ("1. Đánh giá, xếp loại công chức"
// under "II. NHIỆM VỤ NĂM 2027" is work to do, under "I. KẾT QUẢ" what
// was done).
var actedResults = []string{"đánh giá"}

// enter takes a heading s as the newest part of its kind. A heading that
// opens with one of actedResults under a part that gives work is read by
// that part, save under a part that weighs what was done first ("1. Đánh
// giá chung" under "II. Ý KIẾN KẾT LUẬN": weighsDone).
func (p *parts) enter(s Seg) {
	sort := sortOfHeading(s)
	if sort == partResults && opensWith(cite.Fold(strings.TrimPrefix(s.Text, s.Marker)), actedResults) {
		if i := p.above(s); i >= 0 && p.sorts[i] == partWork && !p.weighs[i] {
			sort = partNone
		}
	}
	p.open(headingKind(s.Marker), sort, weighsDone(s))
}

// open takes a part of kind and sort as the newest, closing the part of
// that kind already open and the kinds under it.
func (p *parts) open(kind string, sort partSort, weighs bool) {
	for i, k := range p.kinds {
		if k == kind {
			p.kinds, p.sorts, p.weighs = p.kinds[:i], p.sorts[:i], p.weighs[:i]
			break
		}
	}
	p.kinds = append(p.kinds, kind)
	p.sorts = append(p.sorts, sort)
	p.weighs = append(p.weighs, weighs)
}

// headingKind is a heading marker's kind: markerKind's, and a roman
// numeral's ("I.", "IV."), a capital letter's ("A.", "B."; "C." is read
// as roman) or a numbered section's ("2.1.") by its shape.
func headingKind(m string) string {
	if k := markerKind(m); k != "" {
		return k
	}
	if strings.Trim(m, "IVXLC.") == "" {
		return "I."
	}
	if len(m) == 2 && m[0] >= 'A' && m[0] <= 'Z' && m[1] == '.' {
		return "A." // "A.", "B.": a part by letters in capitals
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '1'
		}
		return r
	}, m)
}

// pointGivesWork reports whether a short point with no colon read in a
// part of sort names who is given work: not in a part that reports what
// was done ("h) Ban Quản lý dự án lập hồ sơ mời thầu ..." under "I. KẾT
// QUẢ ..."), nor in one that advises (adviceLeadWords), save a point that says "giao", "đề nghị", "yêu cầu"
// itself; elsewhere as before, a body's name with or without a verb of
// work ("a) Sở Xây dựng;" under "2. Đơn vị phối hợp ... gồm:").
func pointGivesWork(sort partSort, prefixed bool) bool {
	return prefixed || sort != partResults && sort != partAdvice
}
