package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Role is the part an owner takes in a task.
type Role int

const (
	RoleOwner   Role = iota // does the task: "Sở Tài chính: Chịu trách nhiệm ..."
	RoleLead                // leads it: "Giao Sở X chủ trì", "Chủ trì, phối hợp với ..."
	RoleSupport             // supports whoever leads: "phối hợp với Sở Y"
)

// ID is the role's language-neutral name: "", "lead", "support".
func (r Role) ID() string {
	switch r {
	case RoleLead:
		return "lead"
	case RoleSupport:
		return "support"
	}
	return ""
}

// owner is one body a text names, with its part.
type owner struct {
	Name string
	Role Role
}

// named is what a text says about who must act, at its start: "Giao Sở
// Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành, địa
// phương:", "Sở Tài chính: Chịu trách nhiệm ...", "Đề nghị Huyện đoàn:
// Nghiên cứu ...", "Yêu cầu Nhà đầu tư khẩn trương ...", "VHTT tham mưu
// ...". Owners are nil when the text names no one; rest is the offset
// where the task's own words start (after the owner and a colon).
type named struct {
	Owners []owner
	Rest   int
}

var (
	// assignPrefix introduces an owner: "Giao", "Giao trách nhiệm cho",
	// "Đề nghị", "Yêu cầu", "Đối với".
	assignPrefix = lazyre.New(`(?i)^(?:giao(?:\s+(?:trách\s+nhiệm|nhiệm\s+vụ))?(?:\s+cho)?|đề\s+nghị|yêu\s+cầu(?:\s+đối\s+với)?|đối\s+với)\s+`)
	// prefixWords are the words assignPrefix starts with.
	prefixWords = map[string]bool{"giao": true, "đề": true, "yêu": true, "đối": true}
	// coRe introduces the bodies that support: "phối hợp với", "phối hợp
	// chặt chẽ với".
	coRe    = lazyre.New(`(?i)` + coWords)
	coStart = lazyre.New(`(?i)^` + coWords)
)

// coWords introduce the bodies that support.
const coWords = `phối\s+hợp(?:\s+(?:chặt\s+chẽ|thường\s+xuyên|với\s+nhau))?\s+với\s+`

// verbs are the words a task's action starts with, written in lower case
// in the middle of a sentence: where one stands, the name of the body
// before it ends. Names of bodies are capitalised ("Cơ quan Tổ chức -
// Nội vụ"), so only lower-case verbs end one.
var verbs = wordSet("chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "tham mưu", "triển khai",
	"thực hiện", "chủ động", "tổ chức", "xây dựng", "rà soát", "nghiên cứu", "tăng cường", "tiếp tục",
	"chỉ đạo", "đẩy mạnh", "đẩy nhanh", "hoàn thành", "hoàn thiện", "hoàn chỉnh", "hướng dẫn", "theo dõi",
	"tổng hợp", "khẩn trương", "tập trung", "kiểm tra", "báo cáo", "cung cấp", "được phân công", "được giao",
	"ban hành", "trình", "đề xuất", "quán triệt", "khảo sát", "giải quyết", "lập", "gửi", "bố trí", "đôn đốc",
	"nâng cao", "cập nhật", "duy trì", "vận hành", "ưu tiên", "chuẩn bị", "tuyên truyền", "thường xuyên",
	"kịp thời", "nghiêm túc", "tích cực", "cử", "đảm bảo", "bảo đảm", "làm việc", "xử lý", "đánh giá", "mở",
	"phải", "cần", "bám sát", "nêu cao", "tiếp thu", "thống nhất", "phát huy", "hỗ trợ", "cân đối",
	"thẩm định", "phê duyệt", "giám sát", "khắc phục", "kiện toàn", "cụ thể hóa", "mời", "công bố",
	"tiếp nhận", "thành lập", "điều chỉnh", "kiểm soát", "phân công", "giao", "sớm", "để", "nhằm",
	"bổ sung", "nộp", "hoàn tất", "sửa đổi", "chấn chỉnh", "rút kinh nghiệm", "lưu ý", "tuân thủ", "chấp hành",
	"nghiêm chỉnh", "thu hồi", "di dời", "cài đặt", "lắp đặt", "xác minh", "thông báo", "phản ánh",
	"định kỳ", "hằng", "hàng", "trong", "trước", "chậm nhất", "tổng kết", "sơ kết", "bàn giao", "chuyển giao",
	"vận động", "phát động", "công khai", "niêm yết", "quan tâm", "thu gom", "nhắc nhở",
	"hạn chế", "tập huấn", "lấy") // lead90: verbs check's owners end at (assignVerbList) that the register ran past; t95: "hạn chế" ("Các xã hạn chế điều chuyển vốn ..."), "tập huấn", "lấy" (p94: "Trung tâm Khuyến nông tỉnh tập huấn ...", "... lấy mẫu thuốc" ran on to a later verb)

// wordSet keys phrases by their first word; each entry lists the
// phrases that start with it.
func wordSet(phrases ...string) map[string][]string {
	m := map[string][]string{}
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = append(m[first], p)
	}
	return m
}

// verbAt returns the length of the verb at offset i of s (which starts a
// word), 0 when none stands there. fold compares case-insensitively.
func verbAt(s string, i int, fold bool) int {
	t := s[i:]
	if fold {
		t = strings.ToLower(t[:phraseEnd(t)])
	}
	end := wordEnd(t, 0)
	for _, p := range verbs[t[:end]] {
		if strings.HasPrefix(t, p) && (len(t) == len(p) || !isLetter(t[len(p):])) {
			return len(p)
		}
	}
	return 0
}

// phraseEnd returns where the longest verb that could start s ends, at
// most: three words on.
func phraseEnd(s string) int {
	end := 0
	for range 3 {
		end = wordEnd(s, end)
		if end >= len(s) || s[end] != ' ' {
			break
		}
		end++
	}
	return min(end+1, len(s))
}

// isBody is check.IsBody on the first words of s, which are all it reads.
func isBody(s string) bool {
	if len(s) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return check.IsBody(s)
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns where the word starting at i of s ends.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += w
	}
	return i
}

// firstVerb returns the offset of the first lower-case verb in s at or
// after from, outside brackets, and -1 when none stands in the first
// limit bytes.
func firstVerb(s string, from, limit int) int {
	depth := 0
	for i := from; i < len(s) && i < limit; {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(0, depth-1)
		case depth == 0 && unicode.IsLower(r) && (i == 0 || !isLetter(lastRune(s[:i]))):
			if verbAt(s, i, false) > 0 && !inName(s, i) || partyLeads(s, i) { // party_leads.go
				return i
			}
		}
		i += w
	}
	return -1
}

// inName reports whether the verb at offset i of s is part of a name or
// of a noun: "Ban Quản lý dự án đầu tư xây dựng số 1", "Ban Quản lý dự
// án đầu tư xây dựng công trình giao thông tỉnh" ("trình" of "công
// trình", "giao" of "giao thông").
func inName(s string, i int) bool {
	if strings.HasSuffix(s[:i], "đầu tư ") && strings.HasPrefix(s[i:], "xây dựng") {
		return true
	}
	before := s[:i]
	prev := strings.ToLower(lastWord(before))
	word := s[i:wordEnd(s, i)]
	next := ""
	if j := wordEnd(s, i); j < len(s) && s[j] == ' ' {
		next = strings.ToLower(s[j+1 : wordEnd(s, j+1)])
	}
	return nounCompounds[prev+" "+word] || nounCompounds[word+" "+next]
}

// nounCompounds are nouns of two words one of which is a verb of verbs:
// the verb there is no action ("công trình", "giao thông").
var nounCompounds = map[string]bool{
	"công trình": true, "chương trình": true, "quy trình": true, "tờ trình": true, "lộ trình": true,
	"tiến trình": true, "hành trình": true, "giáo trình": true, "phương trình": true,
	"giao thông": true, "giao dịch": true, "trình độ": true,
	"ngoại giao": true, // t95: "Bộ Ngoại giao"
}

// lastWord returns the last word of s before its trailing spaces.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= w
	}
	return s[i:]
}

func lastRune(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// subjectWindow is how far into a text its owner may reach, in bytes.
const subjectWindow = 400

// readNamed reads who a text names at its start; heading says the text is
// a numbered heading, which may be nothing but the owner ("1. Các sở,
// ban, ngành; Công an tỉnh").
func readNamed(text string, heading bool) named {
	off := 0
	prefixed := false
	if prefixWords[strings.ToLower(text[:wordEnd(text, 0)])] {
		if m := assignPrefix().FindStringIndex(text); m != nil {
			off, prefixed = m[1], true
		}
	} else if k := check.GiverEnd(text); k >= 0 {
		off, prefixed = k, true // "Chủ tịch UBND phường giao Phòng Kinh tế chủ trì ...": the Phòng leads
	}
	t := text[off:]
	end, rest := subjectEnd(t, heading)
	if end <= 0 {
		return named{}
	}
	subject := strings.TrimRight(t[:end], " ,;.–-")
	if nm, ok := doneThenMore(t, subject, end, prefixed); ok { // done_more.go
		nm.Rest += off
		return nm
	}
	if !isSubject(subject, prefixed, t[end:]) && !(end < len(t) && check.NamedUnit(subject)) { // a91: "Trạm Khuyến nông: Hướng dẫn ...", "Đội Quản lý thị trường số 3 kiểm tra ...", not a whole line ("- Đội Văn phòng và Phòng Nội vụ;", a team)
		if nm, ok := dutyOwner(t); ok && !prefixed { // duty_owner.go
			return nm
		}
		return named{}
	}
	return named{Owners: ownersOf(subject, roleIn(t[rest:])), Rest: off + rest}
}

// roleIn reads the part a task's words give its owner: "chủ trì, ..."
// leads; "Phối hợp cung cấp ...", "Phối hợp chặt chẽ với X ..." support.
func roleIn(s string) Role {
	r := strings.TrimLeft(s, " ,:")
	n := verbAt(r, 0, true)
	switch {
	case n == 0:
		return RoleOwner
	case strings.EqualFold(r[:n], "chủ trì"):
		return RoleLead
	case strings.EqualFold(r[:n], "phối hợp"):
		return RoleSupport
	}
	return RoleOwner
}

// notBodies start like the name of a body but are not one.
var notBodies = []string{"trường hợp", "hội nghị", "hội thi", "đoàn viên", "phòng chống", "phòng, chống", "ban hành"}

// groupHeads name bodies after "các": "các sở, ban, ngành", "các xã,
// phường", "các đồng chí chuyên môn".
var groupHeads = []string{"sở", "ban", "ngành", "phòng", "đơn vị", "cơ quan", "địa phương", "xã", "phường", "thị trấn",
	"huyện", "thôn", "thành viên", "doanh nghiệp", "trường", "đoàn thể", "tổ chức", "chủ đầu tư", "nhà đầu tư",
	"nhà thầu", "công ty", "bộ phận", "đồng chí", "hội", "trung tâm", "tổ", "chi cục", "cục", "ủy ban", "ubnd",
	"bệnh viện", "trạm y tế", "khoa", "chi nhánh", "chi bộ", "viện", "tiểu ban", "hợp tác xã",
	"cơ sở"} // t95: "Các cơ sở vi phạm khắc phục ngay ..." (p94's Sở Y tế)

func groupHead(s string) bool {
	for _, h := range groupHeads {
		if strings.HasPrefix(s, h+" ") || strings.HasPrefix(s, h+",") || s == h {
			return true
		}
	}
	return false
}

// subjectEnd finds where the owner a text starts with ends, and where
// the task's words start: at a colon followed by the task ("Sở Tài
// chính: Chịu trách nhiệm"), or at the first verb ("VHTT tham mưu ...").
// A colon followed by names belongs to the owner ("Các xã, phường: Nguyễn
// Nghiêm, Phổ Ninh ... chủ động ...").
func subjectEnd(t string, heading bool) (end, rest int) {
	limit := min(len(t), subjectWindow)
	v := firstVerb(t, 0, limit)
	if c := strings.Index(t[:limit], ":"); c > 0 && (v < 0 || c < v) {
		after := strings.TrimLeft(t[c+1:], " ")
		r, _ := utf8.DecodeRuneInString(after)
		if after == "" || unicode.IsLower(r) || verbAt(after, 0, true) > 0 {
			return c, c + 1
		}
	}
	if v > 0 {
		return v, v
	}
	if heading && len(t) <= subjectWindow && !strings.ContainsAny(strings.TrimRight(t, "."), ".") {
		return len(t), len(t)
	}
	return -1, -1
}

// isSubject reports whether s, the words before a colon or a verb, names
// who must act: a body or post ("Phòng ...", "Các ...", "UBND ..."), an
// abbreviation ("VHTT"), or, after "Giao"/"Đề nghị"/"Yêu cầu", any name.
// "Người đứng đầu" with no body is the head of the owner above.
func isSubject(s string, prefixed bool, after string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 40 {
		return false
	}
	switch words[len(words)-1] {
	case "được", "bị":
		return false // a passive tells of s, it gives no work: "ông Được, chủ hộ kinh doanh, được hỗ trợ"
	case "đã", "chưa", "đang":
		return false // work done, not done or under way, as an assessment tells it: "Các sở, ngành đã triển khai ..."
	case "và":
		return false // t95: a name ends before "và", a list of work goes on after it: "Các thôn họp dân và lấy ý kiến ..."
	}
	f := cite.Fold(s)
	if strings.HasPrefix(f, "người đứng đầu") || strings.HasPrefix(f, "đồng chí") && !prefixed || verbAt(s, 0, true) > 0 {
		return false
	}
	if rest, ok := strings.CutPrefix(f, "các "); ok {
		return groupHead(rest) // "Các sở, ban, ngành", not "Các nội dung"
	}
	for _, w := range notBodies {
		if strings.HasPrefix(f, w+" ") || f == w {
			return false
		}
	}
	if isBody(s) || ministry(s) { // ministry.go
		return true
	}
	if isAbbrev(words[0]) && strings.TrimSpace(after) != "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return prefixed && (unicode.IsUpper(r) || isBody("các "+s))
}

// isAbbrev reports whether w is an abbreviation in capitals: "VHTT",
// "BQL", "UBND".
func isAbbrev(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '&' && r != '-' {
			return false
		}
		n++
	}
	return n >= 2
}

// splitOwners splits an owner naming several bodies into one name each:
// at ";", at "," and at "và" before the capitalised name of a body.
func splitOwners(s string) []string {
	var out []string
	for _, part := range check.SplitBodies(s) {
		out = append(out, splitAnd(part, false)...)
	}
	return out
}

// splitAnd splits s at " và " before the capitalised name of a body
// ("và Phòng Lao động"); list says s is a list of supporters, where "và
// các địa phương" starts one more (in an owner, "Ủy ban MTTQVN và các
// đoàn thể" is one).
func splitAnd(s string, list bool) []string {
	var out []string
	start := 0
	for i := 0; ; {
		k := strings.Index(s[i:], " và ")
		if k < 0 {
			break
		}
		at := i + k
		next := s[at+len(" và "):]
		r, _ := utf8.DecodeRuneInString(next)
		joint := strings.HasPrefix(cite.Fold(s[start:at]), "văn phòng ") // "Văn phòng HĐND và UBND huyện" is one office
		if !joint && isBody(next) && (unicode.IsUpper(r) || list && strings.HasPrefix(next, "các ")) {
			out = append(out, strings.TrimSpace(s[start:at]))
			start = at + len(" và ")
		}
		i = at + len(" và ")
	}
	out = append(out, strings.TrimSpace(s[start:]))
	return out
}

// supporters reads the bodies a task's words name after "phối hợp với":
// "Chủ trì, phối hợp với Phòng Văn hóa và Thông tin, Huyện đoàn xây dựng
// kế hoạch" gives the Phòng and the Huyện đoàn. Generic words ("các cơ
// quan, đơn vị liên quan") name no one to follow up.
func supporters(s string) []string {
	if !strings.Contains(s, "hợp") {
		return nil
	}
	m := coRe().FindStringIndex(s)
	if m == nil || !coOpens(s[:m[0]]) {
		return nil
	}
	list := s[m[1]:]
	end := len(list)
	if v := firstVerb(list, 0, len(list)); v >= 0 {
		end = v
	}
	if k := strings.IndexAny(list[:end], ":;.("); k >= 0 {
		end = k
	}
	list = strings.TrimRight(list[:end], " ,–-")
	var out []string
	for _, part := range check.SplitBodies(list) {
		for _, p := range splitComma(part) {
			for _, q := range splitAnd(p, true) {
				if q = strings.TrimSpace(q); q != "" && !generic(q) {
					out = append(out, q)
				}
			}
		}
	}
	return out
}

// coOpens reports whether "phối hợp với" after before is the owner's:
// at the start of the task or of a clause ("Chủ trì, phối hợp với",
// "... và phối hợp với"), not what someone the task names must do ("đôn
// đốc các chủ đầu tư phối hợp với chính quyền địa phương").
func coOpens(before string) bool {
	t := strings.TrimRight(before, " ")
	if t == "" || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") {
		return true
	}
	from := max(0, len(t)-24)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	f := cite.Fold(t[from:])
	for _, w := range []string{" và", "chủ động", "tích cực", "chủ trì", "khẩn trương", "thường xuyên"} {
		if strings.HasSuffix(" "+f, w) {
			return true
		}
	}
	return false
}

// splitComma splits a list of supporters at commas before the name of a
// body ("Công an tỉnh, Sở Nội vụ, Sở Tài chính"), keeping kinds together
// ("các sở, ban, ngành").
func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		next := strings.TrimLeft(s[i+1:], " ")
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsUpper(r) && isBody(next) || strings.HasPrefix(cite.Fold(next), "các ") {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// genericRe matches words that name whoever it may concern: "các cơ
// quan, đơn vị", "các sở, ngành, địa phương liên quan".
var (
	genericRe = lazyre.New(`^(?:các\s+)?(?:(?:cơ quan|đơn vị|tổ chức|cá nhân)(?:\s*,\s*|\s+và\s+|$))+$`)
	concernRe = lazyre.New(`\s(?:có\s+)?liên\s+quan$`)
)

func generic(s string) bool {
	f := cite.Fold(s)
	return genericRe().MatchString(f) || concernRe().MatchString(f)
}
