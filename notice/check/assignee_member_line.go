package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// memberPosts are the places a member holds in a board, a council or a
// team, written after the colon of a line of its members: "- Trưởng Công
// an phường: Phó Trưởng ban;", "- Trưởng các tổ dân phố: thành viên.".
var memberPosts = []string{"thành viên", "ủy viên", "trưởng ban", "phó trưởng ban", "phó ban", "thư ký",
	"tổ trưởng", "tổ phó", "trưởng đoàn", "phó trưởng đoàn", "trưởng nhóm", "phó trưởng nhóm",
	"thường trực", "ủy viên thường trực"}

// personWords stand before the name of a person.
var personWords = []string{"đồng chí", "ông", "bà"}

// memberAfter reports whether after, the words after the colon of a
// point, name a member of a board rather than work: a member's place
// ("thành viên", "Phó Trưởng ban") or a person by name ("đồng chí Lê Thị
// Bình, Trưởng Công an phường"), with no verb of work. "- Trưởng ban:
// đồng chí Nguyễn Văn An, Chủ tịch UBND phường;" is a line of a list of
// members; "- Công an phường: chủ trì kiểm tra ..." gives work, and so
// does "- Sở Y tế: đồng chí Giám đốc Sở chỉ đạo ..." (a verb).
func memberAfter(after string) bool {
	if findWorkVerb(" "+after) != nil {
		return false
	}
	t := strings.TrimLeft(after, " ")
	f := cite.Fold(leadingWords(t, 4))
	for _, p := range memberPosts {
		if headed(f, p, " ,;.") {
			return true
		}
	}
	words := strings.Fields(leadingWords(t, 4))
	for _, p := range personWords {
		n := strings.Count(p, " ") + 1
		if len(words) > n && cite.Fold(strings.Join(words[:n], " ")) == p {
			r, _ := utf8.DecodeRuneInString(words[n])
			return unicode.IsUpper(r) // "đồng chí Lê Thị Bình", not "ông bà con"
		}
	}
	return false
}

// MemberLine reports whether a point's text names a member of a board by
// a colon and what memberAfter reads after it: "- Phó Trưởng ban: đồng
// chí Lê Thị Bình, Trưởng Công an phường, từ ngày 05/12/2026;" holds no
// task, its day is when the member takes the place.
func MemberLine(text string) bool {
	i := assigneeColon(text)
	return i >= 0 && memberPlace(text[:i]) && memberAfter(text[i+1:])
}

// memberPlace reports whether before, the words before the colon of a
// point, may name a place in a board or its holder: a few words with no
// verb of work ("+ Rà soát, kiện toàn Ban Chỉ đạo ... bổ sung thành viên
// là ...: Đồng chí Đặng Tấn Thành, ..." gives work, the names after its
// colon are those it adds).
func memberPlace(before string) bool {
	return !moreFields(before, maxOwnerWords) && findWorkVerb(" "+cite.Fold(before)) == nil
}
