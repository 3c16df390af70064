package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// orgHeads start the name of a body or post that can be assigned work.
var orgHeads = []string{
	"phòng", "sở", "ban", "ủy ban", "ubnd", "hđnd", "trung tâm", "văn phòng", "công an", "huyện đoàn",
	"tỉnh đoàn", "thị đoàn", "thành viên", "thủ trưởng", "chủ tịch", "phó chủ tịch", "giám đốc", "cơ quan",
	"bộ phận", "đài", "báo", "ngân hàng", "chi cục", "cục", "viễn thông", "bưu điện", "vnpt", "viettel",
	"doanh nghiệp", "hội", "mặt trận", "ubmttq", "đoàn", "trường", "bql", "ban quản lý", "tổ", "lãnh đạo",
	"người đứng đầu", "công chức", "thường trực", "đảng ủy", "huyện ủy", "tỉnh ủy", "bảo hiểm", "kho bạc",
	"bệnh viện", "trạm y tế",
	"tổng giám đốc", // p88: "3. Giao Tổng Giám đốc:" over a company's tasks
	"công đoàn",     // p90: "- Công đoàn cấp trên cơ sở rà soát, lập danh sách ..."
}

var (
	assignPrefix = lazyre.New(`(?i)^(?:giao|đề nghị|yêu cầu)\s+`)
	assignVerbs  = lazyre.New(`\s+(?:chủ trì|báo cáo|phối hợp|thực hiện|tham mưu|chịu trách nhiệm|có trách nhiệm|triển khai|theo dõi|đôn đốc|rà soát|hướng dẫn|tổng hợp|kiểm tra|nghiên cứu|hoàn thiện|khẩn trương|tiếp tục|chỉ đạo|tổ chức|công khai|lập|giám sát|bố trí|tăng cường|phát động|vận động|chủ động|tập trung|đẩy mạnh|đẩy nhanh|quan tâm|bảo đảm|đảm bảo|hoàn chỉnh)(?:\s|$|,)`)
)

// assigneeOf reads who a heading or an item assigns work to: "2. Giao
// Phòng Văn hóa và Thông tin", "4. Đề nghị Huyện đoàn: Nghiên cứu ...",
// "- Chủ tịch UBND các xã, phường: Chỉ đạo ...". sort is the part the
// point stands in (assignee_part.go).
func assigneeOf(s Seg, sort partSort) *Seg {
	text := s.Text
	start := 0
	if s.Marker != "" && strings.HasPrefix(text, s.Marker) {
		start = len(s.Marker)
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	head := text[start:]
	long, colon, workAfter := false, false, false
	if i := assigneeColon(head); i >= 0 && i < 160 && !timedHead(head[:i]) { // assignee_colon.go
		if memberPlace(head[:i]) && memberAfter(head[i+1:]) { // assignee_member_line.go
			return nil // "- Trưởng các tổ dân phố: thành viên.": a member named, no work
		}
		if countLine(head[:i], head[i+1:]) { // assignee_count_line.go
			return nil // "3. Doanh nghiệp tham gia: 32 doanh nghiệp ...": a count, no work
		}
		workAfter = colonLeadsWork(head[i+1:], s.Role)
		head, colon = head[:i], true
	} else if s.Role == RoleItem && !itemGivesWork(head, sort) { // assignee_item.go
		return nil
	} else {
		long = len(strings.Fields(head)) > 18
	}
	prefixed := false
	if m := assignPrefix().FindStringIndex(head); m != nil {
		start += m[1]
		head, prefixed = head[m[1]:], true
	} else if k := GiverEnd(head); k >= 0 { // assignee_giver.go
		start += k
		head, prefixed = head[k:], true // "Chủ tịch UBND phường giao Phòng Kinh tế chủ trì ...": the Phòng's work
	}
	if publicOwner(head) {
		return nil // "4. Cơ quan, tổ chức, cá nhân góp ý ...": the public told how to take part (assignee_public.go)
	}
	if sort == partAdvice && !prefixed {
		return nil // "2. Các trường mầm non, tiểu học hạn chế ..." under "... khuyến cáo:": advised, not given work (assignee_part.go)
	}
	cut := false // a verb of work ends the owner
	if m, read := ownerCut(head); m >= 0 {
		if read && long && !colon && !pointGivesWork(sort, prefixed) {
			return nil // "c) Hội đồng giám sát xổ số tỉnh họp định kỳ ..." under "1. Kết quả ...": what was done
		}
		head, cut = head[:m], true
		if i := partnerAt(head); i >= 0 { // assignee_agree.go
			head = head[:i]
		} else if agreesBefore(head) || viewsAt(head) { // assignee_view.go
			return nil
		}
	} else if long {
		return nil // a long point with no verb of work: prose, not a task
	} else if viewsAt(head) {
		return nil // "1. Hội đồng thành viên ghi nhận kết quả ...": the meeting's view, no work
	} else if !colon && !prefixed && clockHeld(head) {
		return nil // "1. Trung tâm điều hành ... trực 24/24 giờ ...": a schedule told, no owner named (assignee_clock.go)
	}
	if s.Role == RoleItem && !colon && !cut && !prefixed {
		return nil // "- Hội thi cầu lông, bóng chuyền hơi giữa các thôn;": a thing listed, no verb gives it work (assignee_item.go)
	}
	if !colon && !long && !pointGivesWork(sort, prefixed) {
		return nil // "h) Ban Quản lý dự án lập hồ sơ ..." under "I. KẾT QUẢ ...": what was done
	}
	if long && !longOwner(head) && !longDoneOwner(head, text[start+len(head):]) {
		return nil
	}
	if i := passiveAt(head); i >= 0 {
		if !assignedAt(head[i:]) {
			return nil // "ông Được, chủ hộ kinh doanh, được hỗ trợ": told, not assigned
		}
		head = head[:i] // "Phòng Kinh tế được giao chủ trì"
	}
	head = strings.TrimRight(head, " .;,")
	if doneMark(head) {
		if !workAfterDone(text[start+len(head):]) {
			return nil // "2. Các tổ dân phố đã vận động được 94/118 hộ": what was done, not given
		}
		head = trimDoneMarks(head) // "Hội Cựu chiến binh đã và đang vận động ...; tiếp tục hoàn thành ..."
	}
	if head == "" || !startsWithOrg(head) && !properNamed(head) && !((cut || workAfter) && namedUnit(head)) { // assignee_named_unit.go
		return nil
	}
	at := s.at
	off := start
	return &Seg{Text: head, Role: RoleHeading, at: func(k int) diag.Pos { return at(off + k) }, asked: askedBy(text[:start])}
}

// askedBy reports whether the words before an owner ask it, not give it
// work: "Đề nghị Bảo hiểm xã hội tỉnh ...", "Chủ tịch UBND xã đề nghị
// Công an xã ...". An office asks what it cannot direct, a body of
// another branch or level; a văn thư says it "được đề nghị", not "được
// giao".
func askedBy(before string) bool {
	_, ok := cutSuffixFold(strings.TrimRight(before, " \t"), "đề nghị")
	return ok
}

// maxOwnerWords bounds the owner read before the verb of a long point
// with no colon ("d) Văn phòng Sở tổng hợp tình hình, ..."): a longer run
// is a sentence about the work, not who does it.
const maxOwnerWords = 12

// ownerVerbMarks mark a verb: an owner holding one is a body told by what it
// did ("Thủ trưởng các đơn vị chưa gửi báo cáo"), not one named.
var ownerVerbMarks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"chưa": true, "đã": true, "đang": true, "sẽ": true, "không": true, "cần": true, "phải": true}
})

// ownerVerbs are verbs, in small letters, that end the owner of a long
// point though they give no work assignVerbs reads: what stands before
// them is the owner, and the verb found after them cut too far. "tạm
// ngừng", "tạm dừng" tell what an office stops doing, no name holds
// them: "1. Văn phòng tạm ngừng tiếp nhận yêu cầu lập vi bằng ..." (a
// Thừa phát lại's notice of itself, p99) is cut at "lập", the work asked
// of it, not given.
var ownerVerbs = []string{"ban hành", "chuẩn bị", "gửi", "giao", "cử", "bố trí", "lập", "xây dựng", "xem xét", "tạm ngừng", "tạm dừng"}

// doneMark reports whether the owner read before a verb ends with a word
// telling the work done or under way ("đã", "đang"): the point reports on
// the body, it gives it nothing.
func doneMark(head string) bool {
	i := strings.LastIndexByte(head, ' ')
	switch cite.Fold(head[i+1:]) {
	case "đã", "đang":
		return true
	}
	return false
}

// workAfterDone reports whether a point that opens with work done gives
// work after it, in a clause after a semicolon that opens with a verb of
// work or holds a deadline, not opening with work done: "đã và đang vận
// động đoàn viên; hoàn thành kiểm đếm trước ngày 20/12/2026".
func workAfterDone(rest string) bool {
	if goesOnItself(rest) {
		return true
	}
	for {
		i := strings.IndexByte(rest, ';')
		if i < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
		if m := findWorkVerb(rest); m != nil && m[0] == 0 || strings.Contains(cite.Fold(rest), "trước ngày") && !doneMark("x "+leadingWords(rest, 1)) {
			return true
		}
	}
}

// longDoneOwner reports whether head, the words before the verb of a
// long point, names its owner once the words telling work done are
// taken off, the point giving it more work after (workAfterDone): "3.
// Sở Xây dựng đã thẩm định xong 12 hồ sơ, tiếp tục thẩm định ..." (t95).
func longDoneOwner(head, rest string) bool {
	h := strings.TrimRight(head, " .;,")
	return doneMark(h) && workAfterDone(rest) && longOwner(trimDoneMarks(h))
}

// goesOnItself reports whether a part of a point after a comma sets the
// doer told by what it did more work of its own (GoesOn, save the words
// that ask another: "..., đề nghị UBND xã ..."): "Sở Xây dựng đã thẩm
// định xong 12 hồ sơ, tiếp tục thẩm định các hồ sơ còn lại ..." (t95).
func goesOnItself(rest string) bool {
	for _, p := range strings.Split(rest, ",")[1:] {
		f := cite.Fold(strings.TrimSpace(p))
		if GoesOn(p) && !strings.HasPrefix(f, "đề nghị") && !strings.HasPrefix(f, "yêu cầu") {
			return true
		}
	}
	return false
}

// trimDoneMarks takes the words telling work done or under way off the
// end of an owner: "Hội Cựu chiến binh phường đã và đang".
func trimDoneMarks(head string) string {
	for doneMark(head) {
		head = strings.TrimRight(head[:strings.LastIndexByte(head, ' ')+1], " ")
		if t, ok := strings.CutSuffix(head, " và"); ok {
			head = t
		}
	}
	return head
}

// containsWords reports whether s holds w as whole words, in the case w is written.
func containsWords(s, w string) bool {
	return strings.HasPrefix(s, w+" ") || strings.Contains(" "+s+" ", " "+w+" ")
}

// longOwner reports whether head, the words before the verb of a long
// point with no colon, names who does the work: a few words
// (maxOwnerWords), no verb among them, and more than a post alone
// ("b) Người đứng đầu chịu trách nhiệm ...": the head of each body
// above, none named).
func longOwner(head string) bool {
	words := strings.Fields(head)
	if len(words) < 2 || !ownerSized(head, len(words)) && !eachSized(head) {
		return false // "Ban tổ chức ban hành ...": cut at "tổ chức", "Ban" names none
	}
	for _, w := range words {
		if ownerVerbMarks()[cite.Fold(w)] {
			return false
		}
	}
	for _, v := range ownerVerbs {
		if verbFreeIn(head, v) { // assignee_owner_end.go
			return false // "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện ..."
		}
	}
	f := cite.Fold(strings.TrimSpace(head))
	for _, r := range roleWords {
		if f == r {
			return false
		}
	}
	return true
}

// ownerSized reports whether head, of n words, is no longer than the
// name of one body: maxOwnerWords, or maxPlacedWords when it ends with
// its place.
func ownerSized(head string, n int) bool {
	return n <= maxOwnerWords || n <= maxPlacedWords && placeEnded(head)
}

// eachSized reports whether head names several bodies (splitBodies),
// each of the size of one: "Công ty TNHH MTV Xổ số kiến thiết Thanh Hóa
// và Công ty Cổ phần Môi trường đô thị Thanh Hóa" is two names of nine
// words, not one of nineteen. Each part is a body's name.
func eachSized(head string) bool {
	if strings.IndexByte(head, ';') >= 0 {
		return false // "Giám đốc Sở tiếp công dân ...; trường hợp vắng, Sở": no name runs past a clause
	}
	parts := splitBodies(head)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !ownerSized(p, len(strings.Fields(p))) || !startsWithOrg(p) && !properNamed(p) {
			return false
		}
	}
	return true
}

// groupHeads name bodies after "các": "các đơn vị", "các xã, phường",
// "các sở, ngành, địa phương" (the small "sở" of a group; "Sở" with its
// name is orgHeads').
var groupHeads = []string{"đơn vị", "địa phương", "xã", "phường", "huyện", "ngành", "chủ đầu tư", "nhà đầu tư",
	"nhà thầu", "công ty", "tổ chức", "thôn", "đồng chí", "sở",
	"chi bộ", "khu phố", "ấp", "khóm", // a90: the groups a post heads ("Bí thư các chi bộ", "Trưởng các khu phố")
	// f95: "- Các cơ sở đoàn trực thuộc xây dựng kế hoạch ...": the
	// kinds of "cơ sở" that are bodies (not "cơ sở vật chất", "cơ sở dữ
	// liệu", which are things).
	"cơ sở đoàn", "cơ sở giáo dục", "cơ sở y tế", "cơ sở kinh doanh"}

// verbHeads start with a word of orgHeads but are verbs, the work and not
// who does it: "Báo cáo kết quả" (not a newspaper, "Báo Lào Cai"), "Tổ
// chức thực hiện" (not a team, "Tổ công tác"), "Ban hành lịch thời vụ"
// (not a board, "Ban Tổ chức"), "Trường hợp ..." (a case, not a school:
// "Trường hợp người có đất vắng mặt ..."), "Yêu cầu báo giá: ..." (a
// price quote asked of suppliers, the heading of a mời chào giá's point).
// "đoàn tàu", "đoàn xe" are a train and a convoy, not a delegation ("Đoàn
// kiểm tra"): "2. Đoàn tàu chạy thêm:" over a railway's table (p102).
// "hội viên", "đoàn viên" are members, not an association or a delegation
// ("4. Hội viên ở xa có nhu cầu ... đăng ký ...", a liaison board's point,
// p103): kinds of genericKinds, which the Nơi nhận's "Các hội viên" names.
var verbHeads = []string{"báo cáo", "báo giá", "tổ chức", "ban hành", "trường hợp",
	"hội nghị", "hội thi", "hội thảo", "hội diễn", "hội chợ", // t95: events, not an association ("- Hội nghị giao ban xây dựng cơ bản hằng quý.")
	"đoàn tàu", "đoàn xe", "hội viên", "đoàn viên"}

// startsWithOrg reports whether s starts with the name of a body or a
// post; "các" must be followed by one ("Các nội dung khác" is none).
func startsWithOrg(s string) bool {
	// Only the first words can hold a head: folding the whole text (a
	// paragraph, at times) was 3,800 instructions a call.
	n := orgHeadWords() + 2
	f := cite.Fold(leadingWords(s, n))
	if _, ok := postOverGroup(f); ok { // assignee_group_post.go
		f = cite.Fold(leadingWords(s, n+groupPostWords)) // "Phó Hiệu trưởng các trạm y tế"
	}
	return foldedStartsWithOrg(f)
}

// foldedStartsWithOrg is startsWithOrg on text already folded.
func foldedStartsWithOrg(f string) bool {
	for _, v := range verbHeads {
		if headed(f, v, " ,.") {
			return false
		}
	}
	if g, ok := postOverGroup(f); ok {
		f = g // "trưởng các tổ dân phố": the group's kind names the owner
	}
	if rest, ok := strings.CutPrefix(f, "các "); ok {
		for _, h := range groupHeads {
			if headed(rest, h, " ,") {
				return true
			}
		}
		f = rest
	}
	return orgHeadIndex().starts(f)
}

var orgHeadIndex = sync.OnceValue(func() headIndex { return indexHeads(orgHeads) })

// orgHeadWords is the most words a head of startsWithOrg takes.
var orgHeadWords = sync.OnceValue(func() int {
	n := 0
	for _, heads := range [][]string{orgHeads, groupHeads, verbHeads} {
		for _, h := range heads {
			n = max(n, len(strings.Fields(h)))
		}
	}
	return n
})

// abbreviations expand the short forms of Nơi nhận lines, so that "CT,
// PCT UBND huyện" can be matched with "Chủ tịch UBND huyện".
var abbreviations = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "bcđ": "ban chỉ đạo", "bcd": "ban chỉ đạo",
		"ct": "chủ tịch", "pct": "phó chủ tịch", "tt": "thường trực", "vp": "văn phòng", "vpub": "văn phòng ủy ban nhân dân",
		"cpvp": "chánh phó chánh văn phòng", "lđvp": "lãnh đạo văn phòng",
		"mttqvn": "mặt trận tổ quốc việt nam", "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam", "ubmttq": "ủy ban mặt trận tổ quốc",
		"mttq": "mặt trận tổ quốc", "ct-xh": "chính trị - xã hội", "vhtt": "văn hóa và thông tin", "tt&tt": "thông tin và truyền thông",
		"kh&đt": "kế hoạch và đầu tư", "cvp": "chánh văn phòng", "pcvp": "phó chánh văn phòng", "bql": "ban quản lý",
		"qlda": "quản lý dự án", "đtxd": "đầu tư xây dựng", "tn&mt": "tài nguyên và môi trường", "nn&ptnt": "nông nghiệp và phát triển nông thôn",
		"nn&mt": "nông nghiệp và môi trường", "gd&đt": "giáo dục và đào tạo", "kh&cn": "khoa học và công nghệ", "lđ-tb&xh": "lao động thương binh và xã hội",
		"lđtb&xh": "lao động thương binh và xã hội", "vh,tt&dl": "văn hóa thể thao và du lịch", "vhtt&dl": "văn hóa thể thao và du lịch",
		"tp": "thành phố", "đbqh": "đại biểu quốc hội", "chqs": "chỉ huy quân sự",
		"tand": "tòa án nhân dân", "tandtc": "tòa án nhân dân tối cao", "vksnd": "viện kiểm sát nhân dân",
		"bv": "bệnh viện", "bvđk": "bệnh viện đa khoa", "ttyt": "trung tâm y tế", "bhxh": "bảo hiểm xã hội",
		"bqlda": "ban quản lý dự án", "htx": "hợp tác xã", "ctgt": "công trình giao thông", "ctdd&cn": "công trình dân dụng và công nghiệp",
	}
})

// ministryCodes are the short names a list of Bộ or Sở uses ("Các Bộ: CA,
// TC, TNMT"; "Các Sở: TN&MT, KH&ĐT"): only inside such a list is "CT"
// Công Thương rather than Chủ tịch.
var ministryCodes = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"ca": "công an", "qp": "quốc phòng", "ng": "ngoại giao", "nv": "nội vụ", "tp": "tư pháp", "tc": "tài chính",
		"ct": "công thương", "xd": "xây dựng", "gtvt": "giao thông vận tải", "nnptnt": "nông nghiệp và phát triển nông thôn",
		"nn&ptnt": "nông nghiệp và phát triển nông thôn", "nnmt": "nông nghiệp và môi trường", "nn&mt": "nông nghiệp và môi trường",
		"tnmt": "tài nguyên và môi trường", "tn&mt": "tài nguyên và môi trường", "khđt": "kế hoạch và đầu tư", "kh&đt": "kế hoạch và đầu tư",
		"tttt": "thông tin và truyền thông", "tt&tt": "thông tin và truyền thông", "gdđt": "giáo dục và đào tạo", "gd&đt": "giáo dục và đào tạo",
		"yt": "y tế", "vhttdl": "văn hóa thể thao và du lịch", "lđtbxh": "lao động thương binh và xã hội", "khcn": "khoa học và công nghệ",
		"kh&cn": "khoa học và công nghệ",
	}
})

// stopWords carry no meaning for matching names of bodies.
var stopWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "và": true, "của": true, "thuộc": true, "trực": true, "trên": true, "địa": true, "bàn": true, "liên": true, "quan": true, "có": true, "tại": true, "cấp": true, "những": true}
})

// roleWords name a post in a body: a post is reached through its body.
var roleWords = []string{"thủ trưởng", "phó chủ tịch", "chủ tịch", "giám đốc", "trưởng", "lãnh đạo", "thành viên", "người đứng đầu",
	"chánh phó chánh", "phó chánh", "chánh"}

// kindWords name kinds of bodies in group recipients: "Các phòng, ban,
// đơn vị huyện".
var kindWords = []string{"phòng", "sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "doanh nghiệp", "trường", "xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố", "đoàn thể", "tổ chức", "tổ"}

var parens = lazyre.New(`\([^)]*\)`)

// normal is the form names are matched in: folded, abbreviations
// expanded, parenthesised remarks and punctuation removed.
func normal(s string) string {
	n, _ := normalForms(s, false)
	return n
}

// normalForms is normal(s) and, asked with kept and when a short form
// was written out, the same words with the short forms kept ("" when
// none was): "TT&TT" is "Thông tin và Truyền thông" in "Sở TT&TT" but
// "Thông tin và Thể thao" in "Trung tâm VH, TT&TT huyện", whose initials
// only the kept words meet (initialsLine). One pass gives both, for the
// Nơi nhận lines (normalAll); normal asks for the first only.
func normalForms(s string, kept bool) (string, string) {
	if strings.IndexByte(s, '(') >= 0 { // no remark to drop without one
		s = parens().ReplaceAllString(s, " ")
	}
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "-"))
	var words, short nameWords
	words.open(len(s))
	for w := range strings.FieldsSeq(cite.Fold(s)) {
		w = trimNameMarks(w)
		if w == "" {
			continue
		}
		x, ok := abbreviations()[w]
		if !ok {
			words.add(w)
			short.add(w)
			continue
		}
		if kept && !short.started() {
			short.from(&words)
		}
		short.add(w)
		words.add(x)
	}
	return words.close(), short.close()
}

// splitBodies splits an assignee naming several bodies: at ";", and at ","
// or " và " before a capitalised name of a body ("Phòng Văn hóa và Thông
// tin, Trung tâm Truyền thông", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh",
// "Trung tâm Y tế huyện và Bệnh viện Đa khoa tỉnh": joinedBody), but not
// inside "các cơ quan, đơn vị" or "Sở Giáo dục và Đào tạo".
func splitBodies(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ";") {
		start := 0
		for i := 0; i < len(part); i++ {
			if part[i] == ' ' && strings.HasPrefix(part[i:], " và ") && joinedBody(part[start:i], part[i+len(" và "):]) {
				out = append(out, part[start:i])
				start = i + len(" và ")
				continue
			}
			if part[i] != ',' || i+2 >= len(part) {
				continue
			}
			if rest := strings.TrimLeft(part[i+1:], " "); opensBodyName(rest) {
				out = append(out, part[start:i])
				start = i + 1
			}
		}
		out = append(out, part[start:])
	}
	var clean []string
	for _, o := range out {
		if o = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(o), "và ")); o != "" { // a prefix, not a set of letters: "văn phòng" keeps its "v"
			clean = append(clean, o)
		}
	}
	return clean
}

// opensBodyName reports whether s opens with a capitalised name of a
// body: a head of orgHeads, namedUnitHeads or properHeads.
func opensBodyName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isUpperRune(r) && (startsWithOrg(s) || namedUnit(s) || properHeadLen(s) > 0)
}

// joinedBody reports whether " và " between before and after joins two
// bodies: after opens a body's name, and before is more than a post of
// the same body ("Chủ tịch và Phó Chủ tịch UBND huyện") and no office
// both share ("Văn phòng HĐND và UBND huyện").
func joinedBody(before, after string) bool {
	if !opensBodyName(after) {
		return false
	}
	f := cite.Fold(strings.TrimSpace(before))
	if strings.HasPrefix(f, "văn phòng ") {
		return false
	}
	for _, r := range roleWords {
		if f == r {
			return false
		}
	}
	return true
}

// normalAll gives the normal form of each recipient line, for covered. A
// list of Bộ or Sở ("Các Sở: Công Thương, Tài chính"; "Các Bộ: CA, TC")
// also gives one line per body it names ("sở tài chính").
func normalAll(recipients []string) []string {
	out := make([]string, 0, len(recipients))
	for _, r := range recipients {
		listed, whole := listedBodies(r)
		if !whole { // a list read whole sends to the bodies it names, not to every Sở
			n, kept := normalForms(r, true)
			out = append(out, n)
			if kept != "" {
				out = append(out, kept) // "Trung tâm VH, TT&TT huyện" read by its initials
			}
		}
		out = append(out, listed...)
		if g := normal(laterGroup(r)); groupOfKind(g) {
			out = append(out, g)
		}
	}
	return out
}

// laterGroup is the group a recipient line names after a body, from its
// "các": "Văn phòng Ban, các phòng chuyên môn" sends to "các phòng
// chuyên môn" too; "" when the line names none.
func laterGroup(line string) string {
	for _, sep := range []string{", các ", "; các ", " và các "} {
		if i := strings.Index(line, sep); i > 0 {
			return line[i+len(sep)-len("các "):]
		}
	}
	return ""
}

// groupOfKind reports whether a line in its normal form is a group
// named by its kind ("các phòng chuyên môn"), not the posts of a body
// ("các phó giám đốc sở").
func groupOfKind(n string) bool {
	rest, ok := strings.CutPrefix(n, " các ")
	if !ok {
		return false
	}
	for _, k := range kindWords {
		if strings.HasPrefix(rest, k+" ") {
			return true
		}
	}
	return false
}

// listedBodies expands "Các Bộ: CA, TC, TNMT" into the normal forms "bộ
// công an", "bộ tài chính", ...; nil for any other line. whole says every
// name of the list was read: a known code or a name in words.
func listedBodies(line string) (bodies []string, whole bool) {
	head, list, ok := strings.Cut(strings.TrimLeft(strings.TrimSpace(line), "- "), ":")
	if !ok {
		return nil, false
	}
	kind := strings.TrimPrefix(cite.Fold(strings.TrimSpace(head)), "các ")
	if kind != "bộ" && kind != "sở" && kind != "phòng" && kind != "ban" {
		return nil, false
	}
	whole = true
	for _, name := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' }) {
		name = strings.Trim(strings.TrimSpace(name), ".;")
		if openEnd(name) {
			whole = false // "v.v.", "...": the list names some of the group only
			continue
		}
		if x, ok := ministryCodes()[cite.Fold(name)]; ok {
			name = x
		} else if !strings.ContainsFunc(name, unicode.IsLower) {
			whole = false // a code the list's reading does not know ("VH", "TT&DL" of "VH,TT&DL")
		}
		if name != "" {
			bodies = append(bodies, normal(kind+" "+name))
		}
	}
	return bodies, whole && len(bodies) > 0
}

// openEnd reports whether a name of a list says the list goes on:
// "v.v.", "...", "…" ("- Các sở: CT, YT, v.v.;").
func openEnd(name string) bool {
	f := strings.TrimSpace(cite.Fold(name))
	return f == "v.v" || f == "vv" || strings.Trim(f, ".…") == ""
}

// covered reports whether a recipient line reaches body: the line names
// it (or the body a post of it belongs to), or is a group of its kind.
// The recipients are in their normal form (normalAll).
func covered(body string, recipients []string) bool {
	return coveredBy(body, readRecipients(recipients))
}

// withoutRole drops a leading role word of s, written " word ... ": what
// follows " "+r+" " with its space before, read in place.
func withoutRole(s string) string {
	if !strings.HasPrefix(s, " ") {
		return s
	}
	if g, ok := postOverGroup(s[1:]); ok {
		return " " + g // "hiệu trưởng các trường ...": the group the post heads
	}
	for _, r := range roleWords {
		if t, ok := strings.CutPrefix(s[1:], r); ok && strings.HasPrefix(t, " ") {
			return t
		}
	}
	return s
}

// kindOf names the kind of a body by the words it starts with.
func kindOf(body string) string {
	heads := []struct{ prefix, kind string }{
		{" phòng ", "phòng"}, {" sở ", "sở"}, {" ban quản lý ", "đơn vị"}, {" ban ", "ban"},
		{" trung tâm ", "đơn vị"}, {" đài ", "đơn vị"}, {" đội ", "đơn vị"}, {" bộ phận ", "đơn vị"}, {" văn phòng ", "cơ quan"},
		{" cơ quan ", "cơ quan"}, {" chi cục ", "cơ quan"}, {" cục ", "cơ quan"}, {" công an ", "cơ quan"},
		{" kho bạc ", "cơ quan"}, {" bảo hiểm ", "cơ quan"}, {" thanh tra ", "cơ quan"},
		{" vụ ", "đơn vị"}, // a Bộ's Vụ under "Các đơn vị thuộc Bộ" (a90)
		{" ủy ban nhân dân ", "ubnd"}, {" trường ", "trường"}, {" doanh nghiệp ", "doanh nghiệp"},
		{" tổ chức ", "tổ chức"}, {" tổ ", "tổ"}, // "Tổ Toán - Tin" under "Các tổ chuyên môn" (lead88)
	}
	for _, h := range massOrgHeads {
		if strings.HasPrefix(body, h) {
			return "đoàn thể" // "Hội Nông dân phường" under "Các đoàn thể phường" (p91)
		}
	}
	for _, h := range heads {
		if strings.HasPrefix(body, h.prefix) {
			return h.kind
		}
	}
	return ""
}

// assignVerbList are the verbs of assignVerbs; none starts another.
var assignVerbList = []string{"chủ trì", "báo cáo", "phối hợp", "thực hiện", "tham mưu", "chịu trách nhiệm", "có trách nhiệm", "triển khai", "theo dõi", "đôn đốc", "rà soát", "hướng dẫn", "tổng hợp", "kiểm tra", "nghiên cứu", "hoàn thiện", "khẩn trương", "tiếp tục", "chỉ đạo", "tổ chức", "công khai",
	"lập", "giám sát", "bố trí", "tăng cường", "phát động", "vận động", // these six: r80, from the dev texts and i80's probe
	"chủ động", "tập trung", "đẩy mạnh", "đẩy nhanh", "quan tâm", // lead83: verbs that open a kết luận's task and never stand in a body's name
	"bảo đảm", "đảm bảo", // p83: "d) Công an xã bảo đảm an ninh, trật tự ..."
	"hoàn chỉnh"} // p88: "- Ban Phong trào hoàn chỉnh Kế hoạch, trình ... trước ngày ..."

// assignVerbsBy files assignVerbList by first byte: the verbs that may
// stand after a space, by the byte after it. Filled in place: an array of
// 6 KB returned by a function sat in the package initialisation's frame.
var assignVerbsBy [256][]string

func init() {
	for _, v := range assignVerbList {
		assignVerbsBy[v[0]] = append(assignVerbsBy[v[0]], v)
	}
}

// findAssignVerb is assignVerbs().FindStringIndex(s) without the
// expression, which has no literal to look for first: the first run of
// white space followed by one of assignVerbList and then white space, a
// comma or the end.
func findAssignVerb(s string) []int {
	for i := 0; i < len(s); {
		if !isReSpace(s[i]) {
			i++
			continue
		}
		a := i
		for i < len(s) && isReSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		for _, v := range assignVerbsBy[s[i]] {
			if !strings.HasPrefix(s[i:], v) {
				continue
			}
			switch e := i + len(v); {
			case e == len(s):
				return []int{a, e}
			case isReSpace(s[e]) || s[e] == ',':
				return []int{a, e + 1}
			}
		}
	}
	return nil
}

// passiveAt returns the offset of the passive "được" in s, the word in
// small letters ("Được" in capitals is a person's name: "ông Được"), or -1.
func passiveAt(s string) int {
	for i := 0; ; {
		k := indexLit(s[i:], " được")
		if k < 0 {
			return -1
		}
		e := i + k + len(" được")
		if e == len(s) || s[e] == ' ' || s[e] == ',' {
			return i + k
		}
		i = e
	}
}

// assignedAt reports whether the passive at the start of s gives work:
// " được giao", " được phân công", and not " được hỗ trợ".
func assignedAt(s string) bool {
	s = strings.TrimPrefix(s, " được ")
	return strings.HasPrefix(s, "giao") || strings.HasPrefix(s, "phân công")
}
