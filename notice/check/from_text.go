package check

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/plain"
)

var (
	// numberLineRe starts the number line of a header: "Số:", "Số", and
	// "số 54/TB/..." typed with a small letter (number-format says so).
	numberLineRe = lazyre.New(`^(?:Số|SỐ|số(?:\s*:|\s+\d))`)
	// dateLineRe reads a date line; a draft leaves the day or the month
	// blank, with spaces, dots, an ellipsis or underscores ("ngày …..
	// tháng 12 năm 2021").
	dateLineRe = lazyre.New(`(?i)ngày[\s._…]*(\d{1,2})?[\s._…]*th[aáàảãạ]ng[\s._…]*(\d{1,2})?[\s._…]*năm\s*(\d{4})`)
	draftNumRe = lazyre.New(`^Số\s*:?\s*/`)
)

// draftDateRe reads a draft's place and date line whose day and year are
// left blank, with spaces, dots or underscores: "Hà Nội, ngày tháng năm",
// "..., ngày .... tháng 7 năm 20...".
var draftDateRe = lazyre.New(`(?i)ngày[\s._…]*tháng[\s._…]*(?:(\d{1,2})[\s._…]*)?năm(?:[\s._…]*|\s*20[\s._…]*)$`)

// FromText builds the view of a notice read as plain text or Markdown.
func FromText(f *plain.File) *View {
	v := &View{Path: f.Path, Unreadable: f.Unreadable, NoBreaks: f.NoBreaks, Columns: f.Layout == plain.Columns, lastLine: lastLine(f.Text)}
	var body []plain.Para
	addressee := false
	for _, p := range f.Paras {
		s := textSeg(p)
		switch p.Kind {
		case plain.Header:
			v.Header = append(v.Header, s)
			v.header(s)
		case plain.Addressee:
			s.Role = RoleHeader
			v.Addressee = &s // "Kính gửi": a Công văn
			addressee = true
		case plain.Title:
			s.Role = RoleTitle
			v.Title = &s
		case plain.Subject:
			s.Role = RoleSubject
			v.Subject = &s
		case plain.Body:
			body = append(body, p)
		case plain.Note:
			s.Role = RoleNote
			if !strings.HasPrefix(p.Text, p.Number) {
				s.noteNo = p.Number
			}
			v.Notes = append(v.Notes, s)
		case plain.Recipient:
			s.Role = RoleRecipient
			if strings.HasPrefix(plain.TrimListMark(p.Text), "Lưu") {
				s.Role = RoleArchive
				v.Archive = &s
			}
			v.Recips = append(v.Recips, s)
		case plain.Signer:
			s.Role = RoleSigner
			v.Signer = append(v.Signer, s)
		case plain.Name:
			s.Role = RoleName
			v.Name = &s
		case plain.Label:
			s.Role = RoleRecipient
			v.Label = &s
		case plain.Cosigner, plain.Coname:
			v.cosign(p, s)
		case plain.Path:
			v.Paths = append(v.Paths, s)
		case plain.Page:
			v.Pages = append(v.Pages, s) // the page's own line: no rule reads it
		case plain.Appendix, plain.Cell:
			s.Role = RoleAppendix
			if p.Kind == plain.Cell {
				s.Role = RoleCell
			}
			v.Appendix = append(v.Appendix, s)
		}
	}
	v.body(body)
	v.TaskRows = taskRows(f.Path, f.Text)
	v.Totals = tableTotals(f.Path, f.Text)
	v.BirthCells = birthCells(f.Path, f.Text) // birth_year_table.go
	v.MoneyCells = moneyCells(f.Path, f.Text)
	v.TableNumbers = tableNumberFaults(f.Path, f.Text)
	if v.Columns {
		v.TaskRows = append(v.TaskRows, pageTaskRows(f.Path, f.Text)...) // task_table_page.go
	}
	v.recognise(v.Subject != nil && isVV(v.Subject.Text), addressee)
	v.Conclusions = v.concludes()
	v.Party = v.partyHeader()
	v.PaperPrint = v.paperPrint()
	v.findSignNote(f.Text)
	return v
}

// findSignNote finds the note in place of the signature ("(Đã ký)") on the
// first line that is not blank after the signer's last line: where the
// signature of a copy with no name read stops, and a line spacing reads
// ("( Đã ký )", r71) whether a name follows it or not.
func (v *View) findSignNote(text string) {
	if len(v.Signer) == 0 {
		return
	}
	last := v.Signer[len(v.Signer)-1].PosAt(0).Line
	lines := strings.Split(text, "\n")
	for i := last; i < len(lines); i++ { // lines[i] is line i+1
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if plain.SignNote(t) {
			col := strings.Index(lines[i], t)
			v.signNote = diag.Pos{Path: v.Path, Line: i + 1, Col: utf8.RuneCountInString(lines[i][:col]) + 1}
			v.signNoteText = t
		}
		return
	}
}

func textSeg(p plain.Para) Seg {
	s := Seg{Text: p.Text, Marker: p.Marker, Bullet: p.Bullet, Pict: p.Pict, Notes: p.Notes, at: p.PosAt, line: p.LineAt, oneLine: p.OneLine()}
	if off, ok := p.Decomposed(); ok {
		s.nfd = off + 1
	}
	if off, wrote, read, ok := p.Lookalike(); ok {
		s.alike, s.alikeWrote, s.alikeRead = off+1, wrote, read
	}
	s.legacy = p.Legacy()
	s.pictPos = p.PictPos()
	return s
}

// placeNoCommaRe is a place and date with no comma after the place
// ("Phan Rang ngày 12 tháng 11 năm 2003"): the header's date line all the
// same, whose missing comma date-format says.
var placeNoCommaRe = lazyre.New(`^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s+ngày(?:\s+\d|[\s._…]+tháng)`)

// header reads the number and the date from header lines.
func (v *View) header(s Seg) {
	if numberLineRe().MatchString(s.Text) {
		seg := s
		v.laterNumber(seg)
		v.Number = &seg
		if draftNumRe().MatchString(s.Text) {
			v.Draft = true
		}
	}
	if m := draftDateRe().FindStringSubmatch(s.Text); m != nil && !dateLineRe().MatchString(s.Text) && strings.Contains(s.Text, ",") {
		// a draft's date line, the year left blank too: "Hà Nội, ngày
		// tháng năm 20"
		seg := s
		v.DateSeg = &seg
		month, _ := strconv.Atoi(m[1])
		v.Date = cite.Date{Month: month}
		v.Draft = true
		return
	}
	if m := dateLineRe().FindStringSubmatch(s.Text); m != nil && (strings.Contains(s.Text, ",") || placeNoCommaRe().MatchString(s.Text)) {
		seg := s
		v.DateSeg = &seg
		day, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(m[2])
		year, _ := strconv.Atoi(m[3])
		v.Date = cite.Date{Year: year, Month: month, Day: day}
		if day == 0 {
			v.Draft = true
		}
		return
	}
	if !v.slashDate(s) { // "Châu Can, ngày 6/3/2020" at the foot
		v.noNgayDate(s) // date_line_no_ngay.go: "Bắc Ninh, 04 tháng 12 năm 2026"
	}
}

// body gives the body paragraphs their roles and reads the meeting, the
// chair, the assignees and the tasks from them.
func (v *View) body(ps []plain.Para) {
	var owner, lead *Seg // the heading's assignee; the lead-in's owner, for the items after it
	ownerKind := ""      // the kind of marker of owner's heading (pointKind)
	opening := 0         // the opening follows the grounds ("Căn cứ ...;") a notice may start with
	for opening < len(ps) && ps[opening].Marker == "" && groundsRe().MatchString(ps[opening].Text) {
		opening++
	}
	closing := len(ps) - 1
	if signedByName(ps) {
		closing-- // closing_name.go: the issuer's name under the close
	}
	var above parts // the headings over each point (assignee_part.go)
	for i, p := range ps {
		s := textSeg(p)
		switch {
		case i == opening && p.Marker == "" && !(opening > 0 && i == closing):
			s.Role = RoleOpening // after the grounds, a lone paragraph is the closing
		case strings.HasPrefix(p.Text, "Sau khi nghe"):
			s.Role = RoleHinge
		case i == closing && p.Marker == "":
			s.Role = RoleClosing
		case p.Marker == "-" || p.Marker == "+":
			s.Role = RoleItem
		case p.Marker != "":
			s.Role = RoleHeading
		default:
			s.Role = RoleBody
		}
		v.Body = append(v.Body, s)
		seg := &v.Body[len(v.Body)-1]
		sort := above.sortAbove(*seg)
		if s.Role == RoleHeading {
			above.enter(*seg)
		} else if s.Role == RoleBody {
			above.lead(*seg) // assignee_part_lead.go
		}
		if s.Role == RoleHeading || s.Role == RoleItem {
			if a := assigneeOf(*seg, sort); a != nil && !partOfWhole(v.Body, len(v.Body)-1) { // assignee_parts.go
				v.Assignees = append(v.Assignees, *a)
				if s.Role == RoleHeading {
					owner, ownerKind = a, pointKind(seg)
				}
			} else if s.Role == RoleHeading && ownerKind != "" && pointKind(seg) == ownerKind {
				owner, ownerKind = nil, "" // task_owner_point.go: "d) Tổng hợp ..." after "c) Trung tâm ...", "3. Về chuyển đổi số:" after "2. Giao Phòng Kinh tế: a) ...; b) ...": a sibling's owner is not its (a91: whatever it opens with)
			}
		}
		if s.Role != RoleItem {
			lead = nil
		}
		if s.Role == RoleItem || s.Role == RoleHeading || s.Role == RoleBody {
			t := Task{Seg: *seg, Assignee: owner}
			if lead != nil {
				t.Assignee = lead
			}
			if own := ownerIn(*seg); own != nil {
				t.Assignee = own
			}
			v.Tasks = append(v.Tasks, t)
		}
		if s.Role == RoleBody || s.Role == RoleHeading {
			lead = leadOwner(*seg)
		}
	}
	v.meeting()
}

// meeting reads the meeting's date from the opening paragraph and the
// chair from the paragraph that leads into the conclusions.
func (v *View) meeting() {
	for _, s := range v.Body {
		switch s.Role {
		case RoleOpening:
			if d, ok := meetingDateIn(s.Text); ok && v.Meeting.IsZero() {
				v.Meeting, v.MeetingPos = d.Date, s.PosAt(d.Off)
			}
		case RoleHinge:
			if c := chairIn(s, 0); c != nil {
				v.Chair = c
			}
		}
	}
}

// chairIn reads the chair from a hinge's text from off on: the last name,
// or the post after the last comma, before its last "kết luận"; nil when
// it names neither.
func chairIn(s Seg, off int) *Person {
	i := strings.LastIndex(s.Text, "kết luận")
	if i <= off {
		return nil
	}
	head := s.Text[off:i]
	if j := strings.LastIndexAny(head, ";"); j >= 0 {
		off, head = off+j+1, head[j+1:]
	}
	names := findNames(head)
	for k := len(names) - 1; k >= 0; k-- {
		if n := names[k]; !heardName(head, n.off) {
			return &Person{Name: n.text, Pos: s.PosAt(off + n.off)}
		}
	}
	if k := strings.LastIndex(head, ", "); k >= 0 && !anonymousChair(cite.Fold(strings.TrimSpace(head[k+2:]))) {
		title, at := strings.TrimSpace(head[k+2:]), off+k+2
		if t, ok := strings.CutPrefix(title, "đồng chí "); ok && t != "" {
			title, at = t, at+len("đồng chí ") // "đồng chí Chủ tịch UBND tỉnh kết luận": the post is the title
		}
		return &Person{Title: title, Pos: s.PosAt(at)}
	}
	return nil
}

// heardName reports whether the name at head[off:] is of one the meeting
// heard, not of the one who concludes: its clause (back to a comma, a
// semicolon or the sentence's start) says "của" or opens with "nghe" or
// "ý kiến" ("Sau khi nghe ..., ý kiến của đồng chí Nguyễn Thị Hà, Phó Chủ
// tịch UBND phường và các đại biểu, Chủ tịch UBND phường kết luận").
func heardName(head string, off int) bool {
	clause := head[:off]
	if j := strings.LastIndexAny(clause, ",;"); j >= 0 {
		clause = clause[j+1:]
	}
	f := " " + cite.Fold(strings.TrimSpace(clause)) + " "
	return strings.Contains(f, " của ") || strings.HasPrefix(f, " sau khi nghe ") || strings.HasPrefix(f, " nghe ") || strings.HasPrefix(f, " ý kiến ")
}

// groundsRe starts a paragraph of grounds, which cites documents and
// their dates: never the meeting.
var groundsRe = lazyre.New(`^(?:Căn cứ|Xét)\s`)

// meetingDateIn is the first date of an opening that is not a cited
// document's ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 ..., ngày
// 10/3/2024, ..." met on the 10th).
func meetingDateIn(s string) (cite.DateMatch, bool) {
	ds := cite.FindDates(s)
	if len(ds) == 0 {
		return cite.DateMatch{}, false
	}
	cited := map[int]bool{}
	for _, c := range cite.FindCitations(s) {
		if c.DateOff >= 0 {
			cited[c.DateOff] = true
		}
	}
	for _, d := range ds {
		if !cited[d.Off] && !citedDate(s, d.Off) {
			return d, true
		}
	}
	return cite.DateMatch{}, false
}

// citedDate reports whether the date at off is the date of a document
// named before it without a number ("Luật Tổ chức chính quyền địa phương
// ngày 16/6/2025"): the clause before it starts with a type name.
func citedDate(s string, off int) bool {
	head := s[:off]
	if i := strings.LastIndexAny(head, ",;.("); i >= 0 {
		head = head[i+1:]
	}
	head = strings.TrimSpace(head)
	for _, t := range []string{"Luật ", "Bộ luật ", "Hiến pháp ", "Pháp lệnh "} {
		if strings.Contains(head, t) && strings.HasSuffix(head, "ngày") {
			return true
		}
	}
	return false
}

// lastLine is the number of the last line of text that is not blank: a
// mark the reading leaves out ("(đã ký)") counts.
func lastLine(text string) int {
	text = strings.TrimRight(text, " \t\r\n")
	if text == "" {
		return 0
	}
	return strings.Count(text, "\n") + 1
}
