package check

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(
		&Rule{ID: "assignee-not-recipient", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.Practice, Run: assigneeRecipients,
			Title: diag.Msg("cơ quan được giao hoặc được đề nghị thực hiện nhiệm vụ có trong nơi nhận", "every assignee is among the recipients"),
			Help:  diag.Msg("thêm cơ quan vào nơi nhận, trực tiếp hoặc qua một nhóm bao gồm nó (\"Các phòng, ban, đơn vị\")", "add it to Nơi nhận, by name or through a group that covers it (\"Các phòng, ban, đơn vị\")")},
		&Rule{ID: "recipient-attendees", Conclusions: true, Severity: diag.Warning, Ref: diag.RefNoiNhan, Run: recipientAttendees,
			Title: diag.Msg("nơi nhận gửi \"thành phần dự họp\" khi thông báo nêu thành phần dự họp", "Nơi nhận sends to \"those who attended\" only when the notice names them"),
			Help:  diag.Msg("nêu thành phần dự họp ở phần mở đầu, hoặc ghi rõ từng nơi nhận", "name who attended in the opening, or list each recipient")},
		&Rule{ID: "addressee-not-recipient", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.Practice, Run: addresseeRecipients,
			Title: diag.Msg("người câu kết gửi tới có trong nơi nhận", "whoever the closing addresses is a recipient"),
			Help:  diag.Msg("thêm vào nơi nhận, hoặc sửa câu kết", "add them to Nơi nhận, or change the closing sentence")},
	)
}

func recipientTexts(v *View) []string {
	var out []string
	for _, r := range v.Recips {
		if r.Role != RoleArchive {
			out = append(out, r.Text)
		}
	}
	return out
}

// reaches reports whether the Nơi nhận lines (in their normal form) send
// the notice to body: a line names it or its group, or a line sends it to
// those who attended ("Như thành phần dự họp") and body attended.
func reaches(v *View, body string, recips recipientSet) bool {
	return reachesAs(v, body, recips, false)
}

// reachesAs is reaches of a body the notice asks to act when asked
// (coveredAs).
func reachesAs(v *View, body string, recips recipientSet, asked bool) bool {
	if coveredAs(body, recips, asked) {
		return true
	}
	return recips.members && coveredBy(body, v.attendeeSet())
}

// normalRecipients is normalAll(recipientTexts(v)), worked out once a
// view for the rules that ask; its capacity is its length, so that a rule
// appending to it gets a copy.
func (v *View) normalRecipients() []string {
	if v.recipsMemo == nil {
		r := slices.Clip(normalAll(unitsOfCodes(v, recipientTexts(v)))) // recipient_unit_codes.go
		v.recipsMemo = &r
	}
	return *v.recipsMemo
}

// normalAttendees is normalAll(attendeesOf(v)), worked out once a view.
func (v *View) normalAttendees() []string {
	if v.attendeesMemo == nil {
		r := slices.Clip(normalAll(attendeesOf(v)))
		v.attendeesMemo = &r
	}
	return *v.attendeesMemo
}

// recipientSet is readRecipients(v.normalRecipients()), worked out once
// a view: assignee-not-recipient and addressee-not-recipient read the
// same lines (s94: the second reading was 0.06M instructions a seed).
func (v *View) recipientSet() recipientSet {
	if v.recipLines == nil {
		r := readRecipients(v.normalRecipients())
		v.recipLines = &r
	}
	return *v.recipLines
}

// attendeeSet is readRecipients(v.normalAttendees()), worked out once a
// view.
func (v *View) attendeeSet() recipientSet {
	if v.attendeeLines == nil {
		r := readRecipients(v.normalAttendees())
		v.attendeeLines = &r
	}
	return *v.attendeeLines
}

func assigneeRecipients(p *Pass) {
	recips := p.View.normalRecipients()
	if len(recips) == 0 || sentElsewhere(p.View, false) { // recipients_elsewhere.go
		return
	}
	points, ok := pointsSentTo(p.View) // recipients_points.go: "- Như mục 3;"
	if !ok {
		return
	}
	issuer := issuerKey(p.View)
	lines := p.View.recipientSet() // readRecipients(recips)
	var keepers *recipientSet      // the archive line's bodies, read on first use
	asked := false                 // the assignee read: one asked is not the issuer's own unit (group_own_units.go)
	reached := func(body string) bool {
		return reachesAs(p.View, body, lines, asked) || isIssuer(body, issuer) || issuerLeaders(p.View, body, issuer) || isSigner(p.View, body) || keptBy(p.View, body, &keepers) || keptByCode(p.View, body) || // assignee_archive.go
			listedGroupReached(p.View, body) || partyOrgReached(p.View, body) // assignee_listed_group.go
	}
	for _, a := range append(withSegs(p.View.Assignees), tableOwners(p.View)...) { // task_table_owners.go
		if points != nil && inPointsSent(p.View, a, points) {
			continue
		}
		asked = a.asked
		for _, body := range assigneeBodies(p.View, a.Text, lines) { // assignee_bracket.go
			if !reached(body) && !namedGroupReached(p.View, body, lines, reached) { // assignee_bare_group.go
				if cut := bodyBeforeVerbSlip(p, a, body); cut != body { // assignee_verb_slip.go
					if cut == "" || reached(cut) || namedGroupReached(p.View, cut, lines, reached) {
						continue
					}
					body = cut
				}
				msg := diag.Msg("%q được giao nhiệm vụ nhưng không có trong nơi nhận", "%q is assigned work but is not among the recipients", body)
				if a.asked {
					msg = diag.Msg("%q được đề nghị thực hiện nhưng không có trong nơi nhận", "%q is asked to act but is not among the recipients", body) // a91: "Đề nghị Công an xã ..." asks, it gives no work
				}
				p.Report(a, strings.Index(a.Text, body), msg)
			}
		}
	}
}

// passOnEnd reports whether the words before "thông báo" end with a
// verb of passing it on, the notice its object: "Đề nghị lãnh đạo các
// đơn vị phổ biến Thông báo này cho cán bộ, sinh viên biết". Those it is
// passed on to are told through the subject, whom the Nơi nhận names;
// they are not addressees the notice is sent to. The verb may take "nội
// dung", "toàn văn" or "rộng rãi" after it; case is folded as a (?i)
// expression folds it (passOnExpr).
func passOnEnd(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	if endsFold(s, passOnVerbs) {
		return true
	}
	for _, o := range []string{"nội dung", "toàn văn", "rộng rãi"} {
		if rest, ok := cutSuffixFold(s, o); ok {
			if t := strings.TrimRight(rest, " \t\n\f\r"); len(t) < len(rest) && endsFold(t, passOnVerbs) {
				return true
			}
		}
	}
	return false
}

// passOnVerbs are the verbs of passOnEnd.
var passOnVerbs = []string{"phổ biến", "quán triệt", "truyền đạt", "chuyển", "chuyển tiếp", "sao gửi", "niêm yết", "đăng tải", "tuyên truyền", "thông tin"}

// endsFold reports whether s ends with one of words under simple case
// folding.
func endsFold(s string, words []string) bool {
	for _, w := range words {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

func passedOn(before string) bool {
	return passOnEnd(before) || asksSomeone(before)
}

func addresseeRecipients(p *Pass) {
	recips := p.View.normalRecipients()
	if len(recips) == 0 || recipientsElsewhere(p.View) { // recipients_elsewhere.go
		return
	}
	extra := "" // "- Như trên;" sends it to those of the Kính gửi
	if a := p.View.Addressee; a != nil && containsLit(p.View.recipFolded(0), "như trên") {
		extra = normal(a.Text)
		recips = append(recips, extra)
	}
	var lines *recipientSet // read on first use: readRecipients(recips)
	reach := func(part string) bool {
		if lines == nil {
			rs := p.View.recipientSet()
			if len(recips) > len(rs.lines) {
				rs = rs.with(extra)
			}
			lines = &rs
		}
		return reaches(p.View, part, *lines)
	}
	for _, s := range p.View.bodySegs() {
		if s.Role != RoleClosing {
			continue
		}
		m := addressedIn(s.Text) // who the closing addresses: closing_read.go
		if m == nil || passedOn(s.Text[:m[0]]) {
			continue
		}
		who := s.Text[m[2]:m[3]]
		if strings.HasPrefix(strings.TrimSpace(s.Text[m[3]:]), "liên quan") {
			continue // "các cơ quan, đơn vị liên quan": whoever it concerns
		}
		if !addresseePhrase(who) {
			continue
		}
		for _, c := range closingAddressees(who) { // addressee_names.go
			part := c.text
			told := func(k string) bool { return isGeneric(cite.Fold(k)) || describedClass(k) || reach(k) }
			if issuerMembers(p.View, part) { // addressee_issuer_members.go
				told = reach
			}
			if told(part) || kindsReached(part, told) { // addressee_kinds.go
				continue
			}
			p.Report(s, m[2]+c.off, diag.Msg("câu kết gửi tới %q nhưng nơi nhận không có", "the closing addresses %q, who is not among the recipients", part))
		}
	}
}

// recipientAttendees reports a Nơi nhận line that sends the notice to
// "thành phần dự họp" when the notice names no one who attended: the văn
// thư cannot tell whom to send it to.
func recipientAttendees(p *Pass) {
	if len(attendeesOf(p.View)) > 0 {
		return
	}
	for i := range p.View.Recips {
		s := &p.View.Recips[i]
		if s.Role != RoleArchive && membersLine(normal(s.Text)) {
			p.Report(s, 0, diag.Msg("nơi nhận ghi %q nhưng thông báo không nêu ai dự họp", "Nơi nhận says %q but the notice names no one who attended", strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s.Text), "-")), ";")))
		}
	}
}

// issuerKey is the normal form of the issuing body's name as the header
// writes it (the lines above the number, the Quốc hiệu and Tiêu ngữ
// aside), "" when the header is lost.
func issuerKey(v *View) string {
	return strings.TrimSpace(normal(strings.Join(issuerHeaderLines(v), " ")))
}

// issuerHeaderLines are the header's lines that name the issuer, its
// parent's first: those above the number, the Quốc hiệu, the Tiêu ngữ
// and the place and date aside.
func issuerHeaderLines(v *View) []string {
	var out []string
	for _, h := range v.Header {
		f := cite.Fold(h.Text)
		if numberLineRe().MatchString(h.Text) {
			break
		}
		if strings.HasPrefix(f, "cộng hòa") || strings.HasPrefix(f, "độc lập") || placeDateLine(f) {
			continue
		}
		out = append(out, h.Text)
	}
	return out
}

// placeDateLine reports whether a folded header line is the place and
// date ("Lai Châu, ngày 02 tháng 12 năm 2026"), not a body's name that
// has a comma ("BAN BẢO VỆ, CHĂM SÓC SỨC KHỎE CÁN BỘ").
func placeDateLine(f string) bool {
	return strings.Contains(f, ",") && (strings.Contains(f, "ngày") || strings.Contains(f, "tháng") || strings.Contains(f, "năm"))
}

// isIssuer reports whether body is the issuing body itself, whose own
// copy is the Lưu line's: its name ends the header's issuer lines
// ("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ").
func isIssuer(body, issuer string) bool {
	b := strings.TrimSpace(normal(body))
	if issuer == "" {
		return false
	}
	if len(strings.Fields(b)) >= 2 && strings.HasSuffix(issuer, b) {
		return true
	}
	return issuerUnnamed(b, issuer) || issuerOffice(b, issuer) // issuer_own.go
}
