package check

import "strings"

// kindSet is a set of kindWords, by their place in the list.
type kindSet uint32

// kindBit is the set of the one kind k, none when k is not of kindWords.
func kindBit(k string) kindSet {
	for i, w := range kindWords {
		if w == k {
			return 1 << i
		}
	}
	return 0
}

// kindsIn are the kinds a text names, each written " kind ".
func kindsIn(s string) kindSet {
	var out kindSet
	for i, k := range spacedKinds {
		if strings.Contains(s, k) {
			out |= 1 << i
		}
	}
	if out&kindTo != 0 && strings.Count(s, " tổ ") == strings.Count(s, " tổ chức ") {
		out &^= kindTo // "các tổ chức": no team
	}
	if out&kindBan != 0 && strings.Count(s, " ban ") == strings.Count(s, " ủy ban ") {
		out &^= kindBan // "các phó chủ tịch ủy ban nhân dân huyện": no board (a88's "Ban Chỉ huy Quân sự huyện")
	}
	return out
}

// spacedKinds are kindWords, each with a space either side.
var spacedKinds = func() []string {
	out := make([]string, len(kindWords))
	for i, k := range kindWords {
		out[i] = " " + k + " "
	}
	return out
}()

var (
	kindDonVi  = kindBit("đơn vị")
	kindCoQuan = kindBit("cơ quan")
	kindPhong  = kindBit("phòng")
	kindSo     = kindBit("sở")
	kindTo     = kindBit("tổ")  // a team: "các tổ chuyên môn", "các tổ dân phố"
	kindBan    = kindBit("ban") // a board: "các phòng, ban"; not the "ban" of "ủy ban"
	// localKinds are the kinds of the localities ("xã", "huyện" ...).
	localKinds = kindBit("xã") | kindBit("phường") | kindBit("thị trấn") | kindBit("huyện") | kindBit("thị xã") | kindBit("thành phố")
	// administrative are the kinds of body a group of "cơ quan" or "đơn
	// vị" reaches.
	administrative = kindBit("phòng") | kindSo | kindBit("ban") | kindCoQuan | kindDonVi | kindBit("ngành")
)

// kindsOfBody are the kinds of a body a group may reach it by: those a
// group of bodies names ("các phòng, ban"), or the kind of one body by
// its first words (kindOf).
func kindsOfBody(body string) kindSet {
	if strings.HasPrefix(body, " các ") {
		return kindsIn(body)
	}
	return kindBit(kindOf(body))
}

// groupLook is what a group recipient ("các phòng, ban, đơn vị huyện")
// reaches: the kinds it names, or all when it is of "... liên quan",
// which reaches whoever is concerned.
type groupLook struct {
	kinds kindSet
	all   bool
}

// lookGroup reads a recipient line as a group; a line that is none
// reaches no body by its kind.
func lookGroup(line string) groupLook {
	if rest, ok := strings.CutPrefix(line, " ủy ban nhân dân các "); ok {
		// "UBND các xã, phường": the localities themselves, by their
		// councils' executive, are "các địa phương"
		if kinds := kindsIn(" " + rest); kinds&localKinds != 0 {
			return groupLook{kinds: kinds&localKinds | kindBit("địa phương")}
		}
	}
	if !strings.HasPrefix(line, " các ") {
		return groupLook{}
	}
	kinds := kindsIn(line)
	if massOrgGroup(line) { // group_mass_orgs.go
		kinds |= kindDoanThe
	}
	all := kinds&(kindDonVi|kindCoQuan) != 0 && containsLit(line, " liên quan ")
	return groupLook{kinds: kinds, all: all}
}

// reaches reports whether the group reaches a body of the kinds given
// (kindsOfBody). "cơ quan" and "đơn vị" reach the bodies of the
// administration (phòng, sở, ban, trung tâm...), not businesses, banks
// or mass organisations; beside "phòng" (a district's units) they do not
// reach a Sở, which only a group naming "sở" does.
func (g groupLook) reaches(body kindSet) bool {
	if g.all {
		return true
	}
	if g.kinds == 0 || body&g.kinds != 0 {
		return body&g.kinds != 0
	}
	if g.kinds&(kindDonVi|kindCoQuan) == 0 {
		return false
	}
	reached := administrative
	if g.kinds&kindPhong != 0 {
		reached &^= kindSo // "các phòng, ban, đơn vị": a district's own units, not a province's Sở
	}
	return body&reached != 0
}
