package check

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "percent-ratio", Severity: diag.Warning, Ref: diag.Practice, Run: percentRatio,
		Title: diag.Msg("tỷ lệ phần trăm ghi ngay sau hai số \"A/B\" hoặc \"A trên tổng số B\" khớp với hai số đó",
			"a share written right after \"A/B\" or \"A trên tổng số B\" agrees with the two figures"),
		Help: diag.Msg("tính lại tỷ lệ, hoặc sửa số ghi sai",
			"work the share out again, or mend the figure that is wrong")})
}

// percentRatio reports a share that its own figures deny: "đã thu hồi
// 14,2 ha trên tổng số 18,6 ha (đạt 67,3%)", "94/118 hộ, đạt 97,7%". Only
// a share written right after its two figures is read, through a verb of
// reaching ("đạt", "bằng", "chiếm"): "tăng 12% so với cùng kỳ" after them is
// another figure. The figures' own rounding and the share's rounding or
// cutting are allowed for.
func percentRatio(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || strings.IndexByte(seg.Text, '%') < 0 {
			continue
		}
		s := seg.Text
		for at := 0; ; {
			i := strings.IndexByte(s[at:], '%')
			if i < 0 {
				break
			}
			i += at
			at = i + 1
			if reductionOverWhole(p, seg, i) { // percent_reduction.go
				continue
			}
			r, ok := readShare(s, i)
			if !ok || r.agrees() || shareOwnBase(s[i+1:]) {
				continue
			}
			p.Report(seg, r.at, diag.Msg("tỷ lệ %s không khớp với %s/%s: tính ra được %s", "the share %s does not agree with %s/%s: it comes to %s",
				r.pText+"%", r.aText, r.bText, r.computed()+"%"),
				diag.Msg("tính lại tỷ lệ (%s/%s là %s), hoặc sửa số ghi sai", "work the share out again (%s/%s is %s), or mend the figure that is wrong",
					r.aText, r.bText, r.computed()+"%"))
		}
	}
}

// share is a percentage read with the two figures it is the ratio of.
type share struct {
	at                  int // where the percentage's figure starts
	aText, bText, pText string
	a, b, p             figure
}

// figure is a figure as written: its value and the unit of its last place.
type figure struct {
	v, ulp float64
}

// agrees reports whether the share can be a/b: each figure rounded
// within half its last place (a count is exact: readShare), the share
// rounded or cut within its whole last place.
func (r share) agrees() bool {
	if r.b.v == 0 {
		return true
	}
	lo := 100 * (r.a.v - r.a.ulp/2) / (r.b.v + r.b.ulp/2)
	hi := 100 * (r.a.v + r.a.ulp/2) / math.Max(r.b.v-r.b.ulp/2, 1e-9)
	return hi >= r.p.v-r.p.ulp && lo <= r.p.v+r.p.ulp
}

// computed writes a/b as a percentage with the share's own decimals,
// a decimal comma.
func (r share) computed() string {
	dec := 0
	if i := strings.IndexByte(r.pText, ','); i >= 0 {
		dec = len(r.pText) - i - 1
	}
	return strings.Replace(strconv.FormatFloat(100*r.a.v/r.b.v, 'f', dec, 64), ".", ",", 1)
}

// readShare reads back from the "%" at s[pct]: the share's figure, a verb
// of reaching or none, an opening bracket or a comma (the share set
// beside its figures, not said of the whole's unit), the whole's unit
// (a few words, or none), the whole B, and before it "/" or "trên (tổng
// số)" with the part's unit and the part A.
func readShare(s string, pct int) (share, bool) {
	var r share
	j := pct
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	k, ok := figureBack(s, j)
	if !ok {
		return r, false
	}
	r.at, r.pText = k, s[k:j]
	if r.p, ok = figureOf(r.pText); !ok {
		return r, false
	}
	head := strings.TrimRight(s[:k], " ")
	for _, w := range approxWords {
		if strings.HasSuffix(head, w) && shareWordStart(head, len(head)-len(w)) {
			return r, false // "đạt gần 80%": said as near
		}
	}
	head = strings.TrimRight(trimReachVerb(head), " ")
	if !strings.HasSuffix(head, "(") && !strings.HasSuffix(head, ",") {
		return r, false // "15/20 xã đạt 100% chỉ tiêu": the communes reached it, no share of them
	}
	head = trimQualifier(strings.TrimRight(head[:len(head)-1], " "))
	unit := unitWordsBack(head)
	head = strings.TrimRight(head[:len(head)-len(unit)], " ")
	kb, ok := figureBack(head, len(head))
	if !ok {
		return r, false
	}
	r.bText = head[kb:]
	if r.b, ok = figureOf(r.bText); !ok {
		return r, false
	}
	rest := head[:kb]
	switch {
	case strings.HasSuffix(strings.TrimRight(rest, " "), "/"):
		rest = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(rest, " "), "/"), " ")
		if unit == "" && dateLike(rest, r.bText) {
			return r, false
		}
		rest = strings.TrimRight(rest[:len(rest)-len(unitWordsBack(rest))], " ") // "120 tỷ đồng/300 tỷ đồng"
	default:
		cut, ok := cutOver(rest)
		if !ok {
			return r, false
		}
		rest = strings.TrimRight(cut, " ")
		rest = strings.TrimRight(rest[:len(rest)-len(unitWordsBack(rest))], " ")
	}
	ka, ok := figureBack(rest, len(rest))
	if !ok || ka > 0 && (rest[ka-1] == '/' || rest[ka-1] == '-') {
		return r, false // "12/8/2026", "2021-2025/..."
	}
	r.aText = rest[ka:]
	if r.a, ok = figureOf(r.aText); !ok {
		return r, false
	}
	if r.a.ulp == 1 && r.b.ulp == 1 && !measured(unit) {
		r.a.ulp, r.b.ulp = 0, 0 // "94/118 hộ": counted, exact
	}
	return r, !dateWordBefore(rest[:ka])
}

// shareOwnBase reports whether the words after a share name a base of
// their own, not the whole written before it: "đạt 96,5% so với cùng kỳ",
// "(đạt 80% kế hoạch tháng)", a plan of a period that need not be B;
// "18/20 nhiệm vụ được giao (đạt 80% khối lượng công việc)", a share of
// the work's volume, not of the tasks counted.
func shareOwnBase(tail string) bool {
	f := strings.TrimLeft(cite.Fold(leadingWords(tail, 4)), " ")
	for _, w := range []string{"so với", "so cùng kỳ", "cùng kỳ", "kế hoạch năm", "kế hoạch tháng", "kế hoạch quý", "kế hoạch giai đoạn", "chỉ tiêu năm", "dự toán năm", "khối lượng"} {
		if headed(f, w, " ,.;:)") {
			return true
		}
	}
	return false
}

// qualifierWords follow a whole's unit to say whose it is: "18/20 nhiệm
// vụ được giao (đạt 90%)", "45/50 chỉ tiêu đề ra".
var qualifierWords = []string{"được giao", "được phân công", "được phê duyệt", "được duyệt", "được cấp", "đề ra", "theo kế hoạch", "phải thực hiện"}

// trimQualifier takes one qualifier off the end of head, when a word of
// letters stands before it (the unit it qualifies).
func trimQualifier(head string) string {
	for _, w := range qualifierWords {
		if strings.HasSuffix(head, w) && shareWordStart(head, len(head)-len(w)) {
			rest := strings.TrimRight(head[:len(head)-len(w)], " ")
			if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLetter(r) {
				return rest
			}
		}
	}
	return head
}

// approxWords say a share is near, not exact.
var approxWords = []string{"gần", "khoảng", "trên", "hơn", "xấp xỉ", "gần như", "≈", "~", "chưa đến", "dưới", "ước đạt", "ước"}

// reachVerbs join a share to its figures: "(đạt 76,3%)", ", chiếm 12%".
var reachVerbs = []string{"đạt tỷ lệ", "đạt tỉ lệ", "đạt", "bằng", "chiếm", "tỷ lệ", "tỉ lệ", "tương đương", "="}

// trimReachVerb takes one verb of reaching off the end of head.
func trimReachVerb(head string) string {
	for _, v := range reachVerbs {
		if strings.HasSuffix(head, v) && shareWordStart(head, len(head)-len(v)) {
			return strings.TrimRight(head[:len(head)-len(v)], " ")
		}
	}
	return head
}

// cutOver takes the words "trên tổng số", "trên tổng", "trên" or
// "/tổng số" off the end of s.
func cutOver(s string) (string, bool) {
	s = strings.TrimRight(s, " ")
	for _, w := range []string{"trên tổng số", "trên tổng", "trên", "/tổng số", "/ tổng số"} {
		if strings.HasSuffix(s, w) && (w[0] == '/' || shareWordStart(s, len(s)-len(w))) {
			return s[:len(s)-len(w)], true
		}
	}
	return "", false
}

// unitWordsBack is the run of up to four words of letters at the end of
// s ("ha", "tỷ đồng", "hộ gia đình"), with the spaces between them; ""
// when s ends with no word of letters.
func unitWordsBack(s string) string {
	end := len(s)
	i := end
	for n := 0; n < 4; n++ {
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		w := j
		for w > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:w])
			if !unicode.IsLetter(r) {
				break
			}
			w -= n
		}
		if w == j || n > 0 && shareUnitStop(s[w:j]) {
			break
		}
		i = w
	}
	return s[i:end]
}

// shareUnitStop ends a unit read back at a word that is no unit's: a verb or
// a link ("thu hồi được 14,2 ha").
func shareUnitStop(w string) bool {
	switch w {
	case "được", "đã", "có", "là", "và", "với", "trên", "của", "đạt", "tổng":
		return true
	}
	return false
}

// figureBack reads back from s[end] a figure of digits, full stops and a
// comma ("14,2", "1.250"), with no letter, digit or mark glued before it.
func figureBack(s string, end int) (int, bool) {
	k := end
	for k > 0 && (isDigitByte(s[k-1]) || s[k-1] == ',' || s[k-1] == '.') {
		k--
	}
	for k < end && !isDigitByte(s[k]) {
		k++ // "(76,3" read as "76,3"; a leading mark is not the figure's
	}
	if k == end || !isDigitByte(s[end-1]) {
		return 0, false
	}
	if k > 0 {
		c := s[k-1]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 {
			return 0, false // "QĐ-UBND", "m2"
		}
	}
	return k, true
}

// measureWords are units a whole figure of may be rounded to: "120/200
// tỷ đồng" can be 120,4 of 200; "94/118 hộ" is counted.
var measureWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đồng": true, "tỷ": true, "triệu": true, "nghìn": true, "ngàn": true, "ha": true, "km": true, "m": true, "m2": true, "m3": true, "tấn": true, "kg": true, "lít": true, "mw": true, "kw": true, "kwh": true, "usd": true, "héc-ta": true, "hécta": true}
})

// measured reports whether a unit read after a figure holds a word of
// measureWords.
func measured(unit string) bool {
	for w := range strings.FieldsSeq(unit) {
		if measureWords()[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// figureOf reads a figure as written ("14,2", "1.250") with the unit of
// its last place.
func figureOf(t string) (figure, bool) {
	v, scale, ok := figureValue(t) // table_total_read.go
	if !ok {
		return figure{}, false
	}
	u := math.Pow10(-scale)
	return figure{v: float64(v) * u, ulp: u}, true
}

// dateLike reports whether "A/B" with no unit after it can be a day and
// month ("đến 30/11, đạt 100%").
func dateLike(head, b string) bool {
	k, ok := figureBack(head, len(head))
	if !ok {
		return true
	}
	a, _ := strconv.Atoi(head[k:])
	m, err := strconv.Atoi(b)
	return err != nil || a >= 1 && a <= 31 && m >= 1 && m <= 12
}

// dateWordBefore reports whether the part's figure comes after a word
// that opens a date or a period ("ngày 05/12", "quý 3/4").
func dateWordBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, w := range []string{"ngày", "tháng", "quý", "năm", "số", "số:", "đến", "từ", "hết", "khóa", "lần", "vòng"} {
		if strings.HasSuffix(s, w) && shareWordStart(s, len(s)-len(w)) {
			return true
		}
	}
	return false
}

// shareWordStart reports whether s[i] starts a word.
func shareWordStart(s string, i int) bool {
	return i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == ','
}
