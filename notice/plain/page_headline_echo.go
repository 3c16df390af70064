package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Bounds of a post's headline that the body's first paragraph retells:
// headlineWordsMin words at least (a shorter line is a label), at most
// headlineWordsMax; headlineShare the share of its words the paragraph
// holds in their order, out of the paragraph's first headlineReach times
// as many words.
const (
	headlineWordsMin = 8
	headlineWordsMax = 40
	headlineShare    = 0.8
	headlineReach    = 2
)

// retoldHeadline marks the first line of a text with no header, tên loại
// or trích yếu as the page's when it is a post's headline that the
// paragraph under it retells in other words: a line in sentence case
// with no mark at its end, most of whose words the next paragraph holds
// in their order ("Phường Mộ Lao tổ chức Liên hoan văn nghệ quần chúng
// chào mừng 70 năm Giải phóng Thủ đô 10/10" over "UBND phường Mộ Lao tổ
// chức Liên hoan văn nghệ chào mừng kỷ niệm 70 năm ngày giải phóng Thủ
// đô (10/10/1954-10/10/2024), ..."). A notice never says its first
// sentence twice; its trích yếu, which the body may echo, opens with
// "Về", "V/v" or its kind, and is left.
func retoldHeadline(out []line) {
	for _, i := range topIndexes(out, topLines) {
		if t := strings.TrimSpace(out[i].text); isTitle(t) || titlePrefix(t) > 0 || aboutRe().MatchString(t) || headerShaped(t) {
			return
		}
	}
	top := topWithRows(out, 2)
	if len(top) < 2 || out[top[0]].cells != nil || out[top[1]].cells != nil {
		return
	}
	t := strings.TrimSpace(out[top[0]].text)
	words := strings.Fields(cite.Fold(t))
	r, _ := utf8.DecodeRuneInString(t)
	if len(words) < headlineWordsMin || len(words) > headlineWordsMax || !unicode.IsUpper(r) || finished(t) || isUpper(t) ||
		!actorFirstRe().MatchString(t) {
		return
	}
	next := strings.Fields(cite.Fold(strings.TrimSpace(out[top[1]].text)))
	if len(next) <= len(words) {
		return
	}
	next = next[:min(len(next), headlineReach*len(words))]
	if float64(inOrder(words, next)) >= headlineShare*float64(len(words)) {
		out[top[0]].page = true
	}
}

// actorFirstRe opens a headline with the office or the place that acts:
// a body's name (issuerStartRe's heads) or a unit of the country's
// administration, or its head.
var actorFirstRe = lazyre.New(`^(?:Phường|Xã|Thị trấn|Quận|Huyện|Thị xã|Thành phố|Tỉnh|Chủ tịch|Phó Chủ tịch|UBND|HĐND|Ủy ban|Uỷ ban|Công an|Trường|Bệnh viện|Sở|Phòng|Ban|Trung tâm|Công ty|Hội|Đoàn|Liên đoàn|Mặt trận|Chi cục|Cục|Bộ)\s`)

// inOrder is how many words of a stand in b in their order: the length
// of the two lists' longest common subsequence.
func inOrder(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
