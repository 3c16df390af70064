package check

import (
	"strings"
	"unicode"
)

// listedGroupReached reports whether body is a part of a group the
// notice describes in small letters ("các thôn có công dân nhập ngũ",
// "Trưởng các thôn có ..."), and a Nơi nhận line names that group with
// its members listed after a colon ("- Các thôn: Sảng Chải, Pạc Bo, Nấm
// Lư;"): the list is the văn thư's spelling out of those the description
// picks, which the checker cannot tell from the names (p95). The group
// itself, all of it ("Các thôn"), is not reached by a list of some: it
// is still said.
func listedGroupReached(v *View, body string) bool {
	rest, ok := describedPart(body)
	if !ok {
		return false
	}
	for _, r := range recipientTexts(v) {
		head, _, ok := strings.Cut(strings.TrimLeft(strings.TrimSpace(r), "-–+• "), ":")
		if !ok {
			continue
		}
		h := normal(head)
		if strings.HasPrefix(h, " các ") && len(strings.Fields(h)) >= 2 && strings.HasPrefix(rest, h) && len(rest) > len(h) {
			return true
		}
	}
	return false
}

// describedPart is body's group and the words that describe it, in
// normal form and past a post over the group ("trưởng"), when body is a
// group ("các ...") and the words after its kind hold no capital (a
// capital names a body: "các thôn thuộc xã Bản Lầu").
func describedPart(body string) (string, bool) {
	g := withoutRole(normal(body))
	if !strings.HasPrefix(g, " các ") || len(strings.Fields(g)) < 3 {
		return "", false
	}
	words := strings.Fields(body)
	for i, w := range words {
		if strings.EqualFold(w, "các") {
			if i+2 < len(words) && strings.ContainsFunc(strings.Join(words[i+2:], " "), unicode.IsUpper) {
				return "", false
			}
			break
		}
	}
	return g, true
}

// partyOrgHeads open the name of an organisation of the Đảng: a Đảng ủy,
// a Đảng bộ, a Chi bộ ("Đảng ủy các sở: Tài chính, Xây dựng", "Chi bộ
// Văn phòng").
var partyOrgHeads = []string{" đảng ủy ", " đảng bộ ", " chi bộ "}

// partyOrgGroups are the Nơi nhận's names for the Đảng's organisations
// under the issuing committee, right after "Các": "Các tổ chức cơ sở
// đảng trực thuộc", "Các tổ chức đảng trực thuộc", "Các đảng bộ, chi bộ
// trực thuộc", "Các chi bộ, đảng bộ cơ sở", "Các cấp ủy trực thuộc".
var partyOrgGroups = []string{" tổ chức cơ sở đảng ", " tổ chức đảng ", " đảng bộ ", " chi bộ ", " cấp ủy "}

// partyOrgReached reports whether body is an organisation of the Đảng
// ("Đảng ủy các sở", "Chi bộ Văn phòng", "Các chi bộ thôn") and a Nơi nhận line sends to
// the Đảng's organisations as a group ("- Các tổ chức cơ sở đảng trực
// thuộc;"), the way a Đảng ủy's notice sends to those under it (p95).
func partyOrgReached(v *View, body string) bool {
	b := normal(body)
	if strings.HasPrefix(b, " các ") {
		b = b[len(" các"):] // "Các chi bộ thôn": the organisations of a kind, as one
	}
	party := false
	for _, h := range partyOrgHeads {
		party = party || strings.HasPrefix(b, h)
	}
	if !party {
		return false
	}
	for _, r := range v.normalRecipients() {
		if !strings.HasPrefix(r, " các ") {
			continue
		}
		for _, g := range partyOrgGroups {
			if strings.HasPrefix(r, " các"+g) { // not "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ", who are people
				return true
			}
		}
	}
	return false
}
