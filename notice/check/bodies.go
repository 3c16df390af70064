package check

import "strings"

// The register of tasks (package tasks) matches owners the way the
// recipient rules match names: these export what it needs.

// IsBody reports whether s starts with the name of a body or post that
// can be assigned work: "Phòng ...", "Sở ...", "UBND ...", "Các ...", or a
// company's, a cooperative's, an inspectorate's, a court's own name
// ("Công ty Cổ phần Đầu tư Đông Hương": assignee_owner_proper.go).
func IsBody(s string) bool { return startsWithOrg(s) || properNamed(s) }

// NamedUnit reports whether s, an owner a verb of work or a colon ends,
// names a unit by a head common words share, a name in capitals after
// it: "Trạm Khuyến nông", "Đội Quản lý thị trường số 3", "Vụ Pháp chế",
// not "Trạm biến áp", "Vụ Đông Xuân" (assignee_named_unit.go). A "Bộ"
// is left out: the register reads a ministry's prose ("Bộ Tư pháp giúp
// Chính phủ thống nhất quản lý ...") where a Trạm's or a Vụ's name
// stands only as an owner.
func NamedUnit(s string) bool { return !strings.HasPrefix(s, "Bộ ") && namedUnit(s) }

// SplitBodies splits a text naming several bodies: at ";", and at ","
// before a capitalised name of a body ("Phòng Văn hóa và Thông tin, Trung
// tâm Truyền thông"), but not inside "các cơ quan, đơn vị".
func SplitBodies(s string) []string { return splitBodies(s) }

// BodyKey is the form names of bodies are compared in: case and tone
// placement folded, abbreviations expanded ("UBND", "TT&TT", "VHTT"),
// parenthesised remarks and punctuation removed.
func BodyKey(s string) string { return strings.TrimSpace(normal(s)) }

// Reaches reports whether name, an assignee or a recipient line, reaches
// body: it names the body or the body a post belongs to, abbreviations
// expanded, or it is a group of the body's kind ("Các sở, ban, ngành"
// reaches "Sở Tài chính").
func Reaches(name, body string) bool { return covered(body, []string{normal(name)}) }
