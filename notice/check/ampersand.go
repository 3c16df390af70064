package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "ampersand", Severity: diag.Warning, Ref: diag.Practice, Run: ampersandWords,
		Title: diag.Msg("trong câu văn viết \"và\", không viết dấu \"&\" giữa hai từ", "running text writes \"và\", not \"&\", between two words"),
		Help:  diag.Msg("thay \"&\" bằng \"và\"", "write \"và\" for \"&\"")})
}

// ampersandWords reports "&" typed for "và" between two Vietnamese words
// written in full in running text, the trích yếu and the Nơi nhận ("theo
// giờ & phòng của thời biểu", "Trung tâm Văn hóa, thể thao & Truyền
// thông", "chương trình Bình chọn & trao tặng"): "&" is a sign, not a
// word of Vietnamese prose, and no name of an office holds it (Phụ lục
// II writes "Sở Giáo dục và Đào tạo"). Left alone: "&" between
// abbreviations ("GD&ĐT", "TC&HC", "HĐND&UBND": abbreviation's), a
// word not spelt as Vietnamese ("Research & Development"), a foreign
// name on either side (foreignName: "Tổ chức Humanity & Inclusion (HI)",
// an organisation's name as its owner writes it, p95), a company's
// registered name, which the law lets hold "&" ("Công ty TNHH Thương mại
// & Dịch vụ ..."), a web address, and a name official-name or
// name-spelling already says is written with "&".
func ampersandWords(p *Pass) {
	v := p.View
	for _, s := range v.textSegs() {
		if s.Role == RoleArchive || !strings.Contains(s.Text, "&") {
			continue
		}
		for _, m := range wordAmps(s.Text) {
			a, b := s.Text[m[2]:m[3]], s.Text[m[4]:m[5]]
			amp := strings.IndexByte(s.Text[m[3]:], '&') + m[3]
			if !fullWord(a) || !fullWord(b) || foreignName(a) || foreignName(b) || companyBefore(s.Text[:m[2]]) || webAround(s.Text, amp) || inOfficial(v, s, amp) || ampNamedTwice(v, s, amp) {
				continue
			}
			from, to := ampWordBefore(s.Text, m[2]), ampWordAfter(s.Text, m[5])
			written := s.Text[from:to]
			fixed := strings.TrimSpace(s.Text[from:m[3]]) + " và " + strings.TrimSpace(s.Text[m[4]:to])
			p.Report(s, amp, diag.Msg("%q: trong câu văn viết \"và\" thay cho dấu \"&\"", "%q: running text writes \"và\" for \"&\"", written),
				diag.Msg("viết %q", "write %q", fixed))
		}
	}
}

// fullWord reports whether w is a Vietnamese word written in full: a
// syllable with a vowel, not in capitals throughout ("GD", "ĐT" are
// abbreviations; "Đào" is a word).
func fullWord(w string) bool {
	low := strings.ToLower(w)
	return !allCaps(w) && hasVowel(low) && syllableShape(low)
}

// companyBefore reports whether the words before "&" open a company's
// name ("Công ty Cổ phần Đầu tư", "Tập đoàn", "Ngân hàng TMCP"): a
// registered name may hold "&".
func companyBefore(head string) bool {
	if i := strings.LastIndexAny(head, ";.:("); i >= 0 {
		head = head[i+1:]
	}
	low := strings.ToLower(head)
	for _, w := range []string{"công ty", "tập đoàn", "doanh nghiệp", "ngân hàng", "hợp tác xã", "cửa hàng", "nhà hàng", "khách sạn", "văn phòng luật"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// webAround reports whether the "&" at amp stands inside a web address.
func webAround(t string, amp int) bool {
	start := strings.LastIndexAny(t[:amp], " \t") + 1
	end := strings.IndexAny(t[amp:], " \t")
	if end < 0 {
		end = len(t) - amp
	}
	word := t[start : amp+end]
	return containsLit(word, "://") || containsLit(word, "www.") || strings.Contains(word, "=")
}

// ampNamedTwice reports whether name-spelling says the "&" at amp: the
// first "&" of a name written with "&" here and with "và" or a dash
// elsewhere ("Đại học & Sau đại học" beside "Đại học và Sau đại học"),
// where its finding stands; the lines it adds as "cũng viết như vậy" get
// this rule's own.
func ampNamedTwice(v *View, s *Seg, amp int) bool {
	for _, g := range dashGroups(v, spellingSegs(v)) {
		var first *spot
		hasOther := false
		for k := range g {
			sp := &g[k]
			if sp.variant != ampVariant {
				hasOther = true
			} else if first == nil || spotBefore(*sp, *first) {
				first = sp
			}
		}
		if hasOther && first != nil && first.seg == s && first.off <= amp && amp < first.end {
			return true
		}
	}
	return false
}

// ampWordBefore is where the word before the one at start begins, when a
// space alone parts them ("Giáo dục & ..." is shown from "Giáo"); start
// itself otherwise.
func ampWordBefore(t string, start int) int {
	if start < 2 || t[start-1] != ' ' {
		return start
	}
	i := start - 1
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	if i == start-1 {
		return start
	}
	return i
}

// ampWordAfter is where the word after the one ending at end ends, when a
// space alone parts them ("... & Đào tạo" is shown to "tạo"); end itself
// otherwise.
func ampWordAfter(t string, end int) int {
	if end+1 >= len(t) || t[end] != ' ' {
		return end
	}
	i := end + 1
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i == end+1 {
		return end
	}
	return i
}
