package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "compare-sign", Severity: diag.Warning, Ref: diag.Practice, Run: compareSign,
		Title: diag.Msg("câu văn viết bằng lời, không dùng dấu so sánh hay mũi tên gõ bằng bàn phím (\">=\", \"<=\", \"=>\")",
			"running text says in words what a keyboard's comparison or arrow (\">=\", \"<=\", \"=>\") stands for"),
		Help: diag.Msg("viết \"từ ... trở lên\", \"không quá ...\", hoặc nối các ý bằng lời",
			"write \"từ ... trở lên\", \"không quá ...\", or join the parts in words")})
}

// compareSigns are the two-key signs a keyboard types for "≥", "≤" and
// an arrow, with what each says in words.
var compareSigns = []struct {
	sign   string
	vi, en string
}{
	{">=", "viết \"từ ... trở lên\" (\"điểm trung bình từ 7,0 trở lên\")", "write \"từ ... trở lên\" (\"điểm trung bình từ 7,0 trở lên\")"},
	{"<=", "viết \"không quá ...\" hoặc \"từ ... trở xuống\"", "write \"không quá ...\" or \"từ ... trở xuống\""},
	{"=>", "viết bằng lời: tách hai ý bằng dấu phẩy, hoặc nối bằng \"rồi\", \"chọn mục\", \"dẫn đến\"", "say it in words: part the two with a comma, or join them with \"rồi\", \"chọn mục\", \"dẫn đến\""},
}

// compareSign reports ">=", "<=" and "=>" typed into the prose of a
// notice ("(điểm trung bình >=7.0)", "... /ctdt-khoa-2024> => Chương
// trình đào tạo song ngành"): they are keys of a keyboard standing for
// a mathematical sign or an arrow, not words of Vietnamese prose, and a
// văn bản says "từ 7,0 trở lên" (Phụ lục I, Mục I, khoản 4 sets the
// Vietnamese alphabet; thực tiễn). One finding a paragraph, on its first
// sign. Left alone: a table's cell (a table may write a threshold as a
// sign), a sign inside a web address or an expression of code ("<=>",
// "a=>b" with no space or word around it), and the single "<", ">",
// "≥", "≤" (a breadcrumb's ">", an engineer's "Eyc ≥ 155Mpa").
func compareSign(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	for _, s := range v.textSegs() {
		if s.Role == RoleCell || strings.IndexByte(s.Text, '=') < 0 {
			continue
		}
		if at, k := firstCompareSign(s.Text); at >= 0 {
			cs := compareSigns[k]
			p.Report(s, at, diag.Msg("dấu %q trong câu văn ở %q: văn bản viết bằng lời, không dùng dấu gõ thay cho ký hiệu toán học hay mũi tên",
				"the sign %q in running text at %q: a văn bản says it in words, not with keys typed for a mathematical sign or an arrow", cs.sign, signContext(s.Text, at, len(cs.sign))),
				diag.Msg(cs.vi, cs.en))
		}
	}
}

// firstCompareSign returns the offset of the first sign of compareSigns
// in t that stands in prose, and which sign it is; -1 when none.
func firstCompareSign(t string) (int, int) {
	for i := strings.IndexByte(t, '='); i >= 0; {
		for k, cs := range compareSigns {
			at := i
			if cs.sign[0] != '=' {
				at = i - 1
			}
			if at >= 0 && strings.HasPrefix(t[at:], cs.sign) && proseSign(t, at, at+len(cs.sign)) {
				return at, k
			}
		}
		j := strings.IndexByte(t[i+1:], '=')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1, 0
}

// proseSign reports whether the sign at t[a:b] stands in prose: not
// inside a web address, not part of a longer run of signs ("<=>",
// "==>"), with a space on one side at least or a letter or figure
// glued to it ("TB>=7.0"), and a word or a figure of prose near it.
func proseSign(t string, a, b int) bool {
	if urlWord(t, a) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:a])
	next, _ := utf8.DecodeRuneInString(t[b:])
	if strings.ContainsRune("<>=-", prev) || strings.ContainsRune("<>=-", next) {
		return false
	}
	if !unicode.IsSpace(prev) && !unicode.IsSpace(next) && !(unicode.IsLetter(prev) && unicode.IsDigit(next)) {
		return false // "a=>b": code, not prose
	}
	from, to := signClause(t, a, b)
	return hasVietnameseWord(t[from:a]) || hasVietnameseWord(t[b:to])
}

// signClause returns the bounds of the clause around the sign at t[a:b]:
// from the last ";", "(", ")" or ": " before it to the first after it. A
// line of code set in a sentence ("Lệnh lọc: SELECT * FROM hocsinh WHERE
// diem >= 8; sau đó ...") has no word of prose in its own clause.
func signClause(t string, a, b int) (int, int) {
	from := max(strings.LastIndexAny(t[:a], ";()"), strings.LastIndex(t[:a], ": ")) + 1
	to := len(t)
	if k := strings.IndexAny(t[b:], ";()"); k >= 0 {
		to = b + k
	}
	if k := strings.Index(t[b:to], ": "); k >= 0 {
		to = b + k
	}
	return from, to
}

// urlWord reports whether the word around t[at] (from space to space)
// is a web address: a query's "a=>b" is the address's, not prose.
func urlWord(t string, at int) bool {
	start := strings.LastIndexAny(t[:at], " \t") + 1
	end := strings.IndexAny(t[at:], " \t")
	if end < 0 {
		end = len(t) - at
	}
	word := t[start : at+end]
	return containsLit(word, "://") || containsLit(word, "www.") || webHost(t[start:at])
}

// webHost reports whether w, the part of a word before a sign, opens
// with the name of a host and a path or a query after it, with no scheme
// ("thcs.edu.vn/tra-cuu?diem", "tuyensinh.vn?diem"): the last part of
// the name before its "/" or "?" is a domain's ("vn", "com").
func webHost(w string) bool {
	w = strings.TrimLeft(w, "(<[“\"'")
	k := strings.IndexAny(w, "/?")
	if k < 0 || hasVietnameseWord(w) {
		return false
	}
	dot := strings.LastIndexByte(w[:k], '.')
	return dot > 0 && topLevelDomain(w[dot+1:k])
}

// hasVietnameseWord reports whether s holds a word with a Vietnamese
// mark: the sign stands among words of prose, not in a line of code.
func hasVietnameseWord(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// signContext quotes a few words around the sign at t[a:a+n].
func signContext(t string, a, n int) string {
	from := a
	for k := 0; k < 3 && from > 0; k++ {
		j := strings.LastIndexByte(strings.TrimRight(t[:from], " "), ' ')
		if urlWord(t, j+1) && j+1 < a {
			break // a web address before the sign is not quoted
		}
		from = j + 1
		if j < 0 {
			from = 0
			break
		}
	}
	to := a + n
	for k := 0; k < 3 && to < len(t); k++ {
		rest := strings.TrimLeft(t[to:], " ")
		to = len(t) - len(rest)
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			to = len(t)
			break
		}
		to += j
	}
	return strings.TrimSpace(t[from:to])
}
