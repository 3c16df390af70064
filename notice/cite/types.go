package cite

import (
	"slices"
	"strings"
	"sync"
)

// Family tells which numbering system a document belongs to.
type Family int

const (
	Admin Family = iota // văn bản hành chính: "26/QĐ-UBND" (NĐ 30, spec §4)
	Legal               // văn bản quy phạm pháp luật: "30/2020/NĐ-CP" (spec §4.4)
	Party               // văn bản của Đảng: "13-NQ/TU" (spec §4.4)
)

// DocType is a kind of document and the code its ký hiệu carries.
type DocType struct {
	Name   string // as written in a citation: "Quyết định"
	Code   string // the abbreviation in the ký hiệu: "QĐ"; "" for công văn
	Family Family // the family the code table belongs to
}

// adminTypes is the table of Phụ lục III, Mục I (spec §12), plus công văn
// and thư công, which have no code.
var adminTypes = []DocType{
	{"Nghị quyết", "NQ", Admin}, {"Quyết định", "QĐ", Admin}, {"Chỉ thị", "CT", Admin},
	{"Quy chế", "QC", Admin}, {"Quy định", "QyĐ", Admin}, {"Thông cáo", "TC", Admin},
	{"Thông báo", "TB", Admin}, {"Hướng dẫn", "HD", Admin}, {"Chương trình", "CTr", Admin},
	{"Kế hoạch", "KH", Admin}, {"Phương án", "PA", Admin}, {"Đề án", "ĐA", Admin},
	{"Dự án", "DA", Admin}, {"Báo cáo", "BC", Admin}, {"Biên bản", "BB", Admin},
	{"Tờ trình", "TTr", Admin}, {"Hợp đồng", "HĐ", Admin}, {"Công điện", "CĐ", Admin},
	{"Bản ghi nhớ", "BGN", Admin}, {"Bản thỏa thuận", "BTT", Admin},
	{"Giấy ủy quyền", "GUQ", Admin}, {"Giấy mời", "GM", Admin},
	{"Giấy giới thiệu", "GGT", Admin}, {"Giấy nghỉ phép", "GNP", Admin},
	{"Phiếu gửi", "PG", Admin}, {"Phiếu chuyển", "PC", Admin}, {"Phiếu báo", "PB", Admin},
	{"Công văn", "", Admin}, {"Thư công", "", Admin},
}

// legalTypes are the codes of legal documents that carry a year in their
// number (Luật Ban hành văn bản quy phạm pháp luật; spec §4.4).
var legalTypes = []DocType{
	{"Nghị định", "NĐ", Legal}, {"Thông tư", "TT", Legal}, {"Thông tư liên tịch", "TTLT", Legal},
	{"Nghị quyết", "NQ", Legal}, {"Quyết định", "QĐ", Legal}, {"Pháp lệnh", "PL", Legal},
	{"Luật", "QH", Legal}, {"Nghị quyết liên tịch", "NQLT", Legal}, {"Chỉ thị", "CT", Legal},
}

// partyTypes are the codes of Party documents ("13-NQ/TU"); spec §4.4 marks
// their rules as outside NĐ 30. A Quy định of the Party is numbered with
// "QĐi" ("Quy định số 37-QĐi/TW") or with "QĐ" ("Quy định số 69-QĐ/TW",
// "Quy định số 232-QĐ/TW" on the Điều lệ Đảng): both are the Party's.
var partyTypes = []DocType{
	{"Nghị quyết", "NQ", Party}, {"Kết luận", "KL", Party}, {"Chỉ thị", "CT", Party},
	{"Quy định", "QĐi", Party}, {"Quy định", "QĐ", Party}, {"Quyết định", "QĐ", Party}, {"Kế hoạch", "KH", Party},
	{"Kế hoạch hành động", "KH", Party}, {"Thông báo", "TB", Party}, {"Hướng dẫn", "HD", Party},
	{"Báo cáo", "BC", Party}, {"Chương trình", "CTr", Party}, {"Công văn", "CV", Party},
	{"Thông tri", "TT", Party}, {"Quy chế", "QC", Party}, {"Đề án", "ĐA", Party},
}

var typesByName = sync.OnceValue(indexTypes)

func indexTypes() map[string][]DocType {
	m := map[string][]DocType{}
	for _, list := range [][]DocType{adminTypes, legalTypes, partyTypes} {
		for _, t := range list {
			k := Fold(t.Name)
			m[k] = append(m[k], t)
		}
	}
	return m
}

// typesByWritten files typesByName's lists under each type's name as the
// tables write it ("Nghị định"), the way most texts write it too, so that
// CodesFor finds such a name without folding it: Fold(t.Name) is the key
// t's list has in typesByName, so both maps give a written name the same
// list. The citation rules ask for the codes of each citation's type
// several times, and the fold of a name cost more than the rest.
var typesByWritten = sync.OnceValue(func() map[string][]DocType {
	byName := typesByName()
	m := map[string][]DocType{}
	for _, list := range [][]DocType{adminTypes, legalTypes, partyTypes} {
		for _, t := range list {
			m[t.Name] = byName[Fold(t.Name)]
		}
	}
	return m
})

// TypeNames returns every document type name the reader knows, longest
// first, so that a pattern built from them prefers "Kế hoạch hành động" to
// "Kế hoạch". The list is made once a process (rules ask for it for each
// notice); each call gets its own copy.
func TypeNames() []string {
	return slices.Clone(typeNames())
}

// typeNames is TypeNames' list, made on first use.
var typeNames = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	var names []string
	for _, list := range [][]DocType{adminTypes, legalTypes, partyTypes} {
		for _, t := range list {
			if !seen[t.Name] {
				seen[t.Name] = true
				names = append(names, t.Name)
			}
		}
	}
	sortLongestFirst(names)
	return names
})

func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// CodesFor returns the codes a type name may carry in family f: for example
// "Quyết định" in Admin gives ["QĐ"]. It returns nil when the name is not a
// known type name of that family.
func CodesFor(name string, f Family) []string {
	var codes []string
	ts, ok := typesByWritten()[name]
	if !ok {
		ts = typesByName()[Fold(name)]
	}
	for _, t := range ts {
		if t.Family == f {
			codes = append(codes, t.Code)
		}
	}
	return codes
}

// IsTypeCode reports whether code is the ký hiệu code of some document type
// of family f ("TB", "QĐ", "CTr" in Admin).
func IsTypeCode(code string, f Family) bool {
	lists := map[Family][]DocType{Admin: adminTypes, Legal: legalTypes, Party: partyTypes}
	for _, t := range lists[f] {
		if t.Code != "" && t.Code == code {
			return true
		}
	}
	return false
}

// AdminName returns the type name for an administrative type code ("TB" ->
// "Thông báo"), or "".
func AdminName(code string) string {
	for _, t := range adminTypes {
		if t.Code != "" && t.Code == code {
			return t.Name
		}
	}
	return ""
}

// TitleType reads the tên loại line under a header ("THÔNG BÁO",
// "QUYẾT ĐỊNH", "KẾ HOẠCH"): a document type of Phụ lục III written in
// capitals, on a line of its own. A công văn and a thư công have no such
// line.
func TitleType(line string) (DocType, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 40 || strings.ToUpper(line) != line {
		return DocType{}, false
	}
	t, ok := titleTypes()[Fold(line)]
	if !ok {
		return jointTitle(line)
	}
	return t, ok
}

// jointTitle reads a tên loại of two types joined by "VÀ" ("QUY ĐỊNH VÀ
// HƯỚNG DẪN": one document that rules and guides), as its first type.
func jointTitle(line string) (DocType, bool) {
	a, b, ok := strings.Cut(line, " VÀ ")
	if !ok {
		return DocType{}, false
	}
	t, ok := titleTypes()[Fold(strings.TrimSpace(a))]
	if _, second := titleTypes()[Fold(strings.TrimSpace(b))]; !ok || !second {
		return DocType{}, false
	}
	return t, true
}

// outlineTitles are the tên loại of a Đề cương, a kind outside Phụ lục
// III's table that the Đảng and mass organisations issue ("ĐỀ CƯƠNG TUYÊN
// TRUYỀN" of a congress's results): a document of its own kind, no
// Thông báo, with no code of the table.
var outlineTitles = []string{"ĐỀ CƯƠNG", "ĐỀ CƯƠNG TUYÊN TRUYỀN", "ĐỀ CƯƠNG GIỚI THIỆU"}

// titleTypes are the types with a tên loại, by the folded name in capitals:
// those of Phụ lục III, and the kinds of legal document ("NGHỊ ĐỊNH",
// "THÔNG TƯ", "THÔNG TƯ LIÊN TỊCH", "LUẬT", "PHÁP LỆNH").
var titleTypes = sync.OnceValue(func() map[string]DocType {
	m := map[string]DocType{}
	for _, t := range adminTypes {
		if t.Code != "" {
			m[Fold(strings.ToUpper(t.Name))] = t
		}
	}
	for _, name := range outlineTitles {
		m[Fold(name)] = DocType{Name: "Đề cương", Family: Admin}
	}
	for _, list := range [][]DocType{legalTypes, legalOnlyTitles} {
		for _, t := range list {
			if k := Fold(strings.ToUpper(t.Name)); m[k].Name == "" {
				m[k] = t // "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ" stay the table's
			}
		}
	}
	return m
})

// legalOnlyTitles are the kinds of legal document Luật Ban hành văn bản
// quy phạm pháp luật (2015, Điều 4) names that no citation table above
// holds: a tên loại of their own ("HIẾN PHÁP", "BỘ LUẬT", "LỆNH"), read
// as one so that the trích yếu in capitals under it is read as a trích
// yếu, never cited by the reader.
var legalOnlyTitles = []DocType{
	{"Hiến pháp", "", Legal}, {"Bộ luật", "QH", Legal}, {"Lệnh", "L", Legal},
}
