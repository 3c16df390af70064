package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// Some bodies are named by a name of their own after their head, not by
// a field and a level a list of verbs can end: an enterprise ("Công ty
// Cổ phần Môi trường đô thị", "Công ty TNHH MTV Xổ số kiến thiết Lai
// Châu"), a cooperative ("Hợp tác xã nông nghiệp Tân Lập"), an
// inspectorate ("Thanh tra tỉnh", "Thanh tra Sở Y tế"), a court ("Tòa án
// nhân dân huyện Tam Đường"). Phụ lục II capitalises the first word of
// each phrase of such a name, so the name is its capitalised words, the
// level of its place, and the words in small letters that finish a
// field's word ("Môi trường đô thị") or lead to another capitalised word
// ("nông nghiệp Tân Lập"); the first word in small letters past them
// opens the work: "Công ty Cổ phần Môi trường đô thị thu gom ...".

// properHeads open such a name, folded, the longer first. They are no
// orgHeads: the name-spelling rule reads those as bodies' names, and
// "Thanh tra kết luận" is prose there; an owner is read by properNamed.
var properHeads = []string{"tổng công ty", "công ty", "hợp tác xã", "thanh tra", "tòa án"}

// properKinds are the words of a body's kind written in small letters
// right after its head: "Công ty cổ phần", "Công ty trách nhiệm hữu hạn
// một thành viên", "Tòa án nhân dân".
var properKinds = []string{"cổ phần", "trách nhiệm hữu hạn", "một thành viên", "hai thành viên trở lên", "nhân dân"}

// properReach is how many words in small letters may stand between two
// capitalised words of one name: "Xổ số kiến thiết Lai Châu", "Dịch vụ
// nông nghiệp Bình Lư".
const properReach = 3

// properHeadLen returns how many words a head of properHeads takes at the
// start of head, 0 when none opens it.
func properHeadLen(head string) int {
	f := cite.Fold(leadingWords(head, 3))
	for _, h := range properHeads {
		if headed(f, h, " ,.;:") {
			return strings.Count(h, " ") + 1
		}
	}
	return 0
}

// properNamed reports whether head opens with a head of properHeads and
// a name after it: "Hợp tác xã thu mua lúa ..." and "Thanh tra việc quản
// lý ..." name no body (a cooperative told with no name, a verb).
func properNamed(head string) bool {
	_, named := properEnd(head)
	return named
}

// properEnd returns the offset in head of the end of a name opened by a
// head of properHeads, and whether a name stands after the head and its
// kind at all ("Hợp tác xã thu mua lúa ...", "Thanh tra việc quản lý
// ...": none, the cooperative or the verb told with no name); end is -1
// when no such head opens head.
func properEnd(head string) (end int, named bool) {
	n := properHeadLen(head)
	if n == 0 {
		return -1, false
	}
	words := wordSpans(head)
	if len(words) < n {
		return -1, false
	}
	i := n + properKindLen(head, words[n:])
	last := i - 1
	for i < len(words) && !clauseEnds(head[words[last][0]:words[last][1]]) && !listEnds(head[words[last][0]:words[last][1]]) {
		take := properTake(head, words, i)
		if take == 0 {
			break
		}
		i += take
		last, named = i-1, true
	}
	return words[last][1], named
}

// properKindLen is how many of words, after a head, are a kind of
// properKinds in small letters.
func properKindLen(head string, words [][2]int) int {
	n := 0
	for {
		k := 0
		for _, p := range properKinds {
			if phraseAt(head, words[n:], p) {
				k = strings.Count(p, " ") + 1
				break
			}
		}
		if k == 0 {
			return n
		}
		n += k
	}
}

// phraseAt reports whether words open with the phrase p, written in
// small letters.
func phraseAt(head string, words [][2]int, p string) bool {
	parts := strings.Fields(p)
	if len(words) < len(parts) {
		return false
	}
	for k, w := range parts {
		if strings.TrimRight(head[words[k][0]:words[k][1]], ",;.") != w || k < len(parts)-1 && listEnds(head[words[k][0]:words[k][1]]) {
			return false
		}
	}
	return true
}

// properTake returns how many words from word i go on the name: a
// capitalised word, a figure or a mark ("-", "&"), a level and its
// place's first word, a word in small letters that finishes or starts a
// field's word of fieldCompounds, or one that a capitalised word or a
// level follows within properReach words of the same clause; 0 when word
// i opens the work.
func properTake(head string, words [][2]int, i int) int {
	w := head[words[i][0]:words[i][1]]
	if r, _ := utf8.DecodeRuneInString(w); !isLowerRune(r) {
		return 1
	}
	if lv := levelAt(head, words[i][0]); lv > 0 {
		return lv
	}
	if numberedAt(head, words, i) {
		return 2 // "Công ty Cổ phần Xây dựng số 5"
	}
	if fieldPair(head, words, i-1) || fieldPair(head, words, i) {
		return 1
	}
	for k := i; k < len(words) && k < i+properReach; k++ {
		x := head[words[k][0]:words[k][1]]
		if clauseEnds(x) || listEnds(x) {
			return 0
		}
		if k+1 < len(words) {
			next := head[words[k+1][0]:words[k+1][1]]
			if r, _ := utf8.DecodeRuneInString(next); isUpperRune(r) || levelAt(head, words[k+1][0]) > 0 {
				return 1
			}
		}
	}
	return 0
}

// fieldPair reports whether words i and i+1 are a field's word of
// fieldCompounds, the second in small letters: "Môi trường", "đô thị".
func fieldPair(head string, words [][2]int, i int) bool {
	if i < 0 || i+1 >= len(words) {
		return false
	}
	a := head[words[i][0]:words[i][1]]
	b := head[words[i+1][0]:words[i+1][1]]
	if listEnds(a) || clauseEnds(a) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(b); !isLowerRune(r) {
		return false
	}
	return fieldCompounds()[[2]string{cite.Fold(a), cite.Fold(strings.TrimRight(b, ",;.:"))}]
}

// numberedAt reports whether word i is "số" and a figure follows it: the
// number a name ends with ("Công ty Cổ phần Xây dựng số 5", "Đội Quản lý
// thị trường số 2").
func numberedAt(head string, words [][2]int, i int) bool {
	if i+1 >= len(words) || head[words[i][0]:words[i][1]] != "số" {
		return false
	}
	return isDigitByte(head[words[i+1][0]])
}
