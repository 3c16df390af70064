package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "email-address", Severity: diag.Warning, Ref: diag.Practice, Run: emailAddress,
		Title: diag.Msg("địa chỉ thư điện tử có đúng một dấu @", "an e-mail address holds one @"),
		Help:  diag.Msg("kiểm tra lại địa chỉ thư điện tử đã ghi", "check the e-mail address written")})
}

// mailLabels lead into an e-mail address: "Email: ...", "thư điện tử:
// ...". The colon is theirs; "điện tử:" alone closes a web portal's
// label too ("Cổng thông tin điện tử: soyte.gov.vn").
var mailLabels = []string{"mail:", "MAIL:", "hư điện tử:"}

// mailEndings are the endings of the domains notices give addresses at:
// a run after a label with no "@" ending so is an address that lost it
// ("Email: pclbvp.gmail.com"), not a word of prose.
var mailEndings = []string{".vn", ".com", ".net", ".org", ".edu"}

// emailAddress reports an address given after an e-mail's label with no
// "@" ("Email: pclbvp.gmail.com", a domain's ending after it) or with two
// ("pclbvp@@gmail.com"): mail sent to it is lost. A label with no
// address after it, a web page's mask ("[email protected]", a bracket
// first) and a web address ("www.", "http") are left.
func emailAddress(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		if !containsLit(t, "ail:") && !containsLit(t, "AIL:") && !containsLit(t, "iện tử:") {
			continue
		}
		for _, label := range mailLabels {
			for off := 0; ; {
				i := indexLit(t[off:], label)
				if i < 0 {
					break
				}
				at, addr := mailAfter(t, i+off+len(label))
				off += i + len(label)
				switch n := strings.Count(addr, "@"); {
				case n >= 2 && twoAts(addr):
					p.Report(seg, at, diag.Msg("địa chỉ thư điện tử %q có %d dấu @", "the e-mail address %q holds %d @", addr, n),
						diag.Msg("giữ một dấu @ giữa tên hộp thư và tên miền", "keep one @ between the mailbox and the domain"))
				case n == 0 && bareMailAddress(addr):
					p.Report(seg, at, diag.Msg("địa chỉ thư điện tử %q thiếu dấu @", "the e-mail address %q lacks its @", addr),
						diag.Msg("ghi dấu @ giữa tên hộp thư và tên miền", "write the @ between the mailbox and the domain"))
				}
			}
		}
	}
}

// mailAfter returns where the run after a label at i opens, spaces
// skipped, and the run up to a space, a bracket or a list's mark, its
// closing periods dropped.
func mailAfter(t string, i int) (int, string) {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	end := i
	for end < len(t) && !strings.ContainsRune(" ;,()<>[]\"", rune(t[end])) {
		end++
	}
	return i, strings.TrimRight(t[i:end], ".")
}

// bareMailAddress reports whether a run with no "@" reads as an address
// that lost it: letters, digits, ".", "-", "_" only, a dot inside, a
// domain's ending, and no web address's opening.
func bareMailAddress(s string) bool {
	if s == "" || strings.HasPrefix(strings.ToLower(s), "www.") || strings.HasPrefix(strings.ToLower(s), "http") || !strings.Contains(s, ".") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigitByte(c) || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	for _, e := range mailEndings {
		if strings.HasSuffix(strings.ToLower(s), e) {
			return true
		}
	}
	return false
}

// twoAts reports whether one address of a run holds two "@": offices
// join two addresses with "/" ("a@x.gov.vn/b@x.gov.vn").
func twoAts(run string) bool {
	for a := range strings.SplitSeq(run, "/") {
		if strings.Count(a, "@") >= 2 {
			return true
		}
	}
	return false
}
