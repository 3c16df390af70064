package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A contract (hợp đồng) is cited by its signing, not its issuing: its
// date is the day it was signed ("Hợp đồng số 12/2026/HĐ-DV ký ngày
// 05/11/2026") and in place of an issuer it names the parties, both
// ("giữa Ủy ban nhân dân huyện và Công ty ...", jointIssuersRe) or the
// other one, the office being the first ("... ngày 05/11/2026 với Công
// ty TNHH Sự kiện Tây Bắc", "ký với Công ty ..."). NĐ 30/2020/NĐ-CP, Phụ
// lục I, Mục II, khoản 6, điểm b asks the first mention of a document for
// its date and issuer; for a contract these are what stand for them.

// isContract reports whether a citation names a contract.
func isContract(c cited) bool {
	return strings.HasPrefix(strings.ToLower(c.Type), "hợp đồng")
}

// signedDateRe opens the words after a contract's number that date it by
// its signing: "ký ngày 05/11/2026", "đã ký kết ngày 05 tháng 11 năm 2026".
var signedDateRe = lazyre.New(`^,?\s+(?:đã\s+|được\s+)?ký(?:\s+kết)?\s+(?:vào\s+)?ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`)

// contractPartyRe opens the words after a contract's date (or number)
// that name the party it was signed with: "với Công ty ...", "ký với Ban
// Quản lý ...".
var contractPartyRe = lazyre.New(`^,?\s+(?:(?:đã\s+|được\s+)?ký(?:\s+kết)?\s+)?với\s+\p{Lu}`)

// contractGaps takes back what a contract's first mention gives in its
// own way: a signing date the citation reader did not take for its date,
// the party it was signed with for its issuer.
func contractGaps(c cited, noDate, noIssuer bool) (bool, bool) {
	rest := afterDate(c)
	if noDate {
		if m := signedDateRe().FindStringIndex(c.seg.Text[c.End:]); m != nil {
			noDate = false
			rest = c.seg.Text[c.End+m[1]:]
		}
	}
	if noIssuer && (contractPartyRe().MatchString(rest) || jointIssuersRe().MatchString(rest)) {
		noIssuer = false
	}
	return noDate, noIssuer
}

// contractFix is how a contract's first mention is written in full.
var contractFix = diag.Msg("lần đầu nhắc hợp đồng ghi số, ký hiệu, ngày ký và các bên ký kết (\"giữa ... và ...\", hoặc \"với ...\" nếu một bên là cơ quan mình)",
	"at a contract's first mention give its number, signing date and parties (\"giữa ... và ...\", or \"với ...\" when the office itself is one party)")

// contractGapWords are what a contract's first mention lacks, in the
// words a clerk uses for a contract: its signing date, its parties.
func contractGapWords(noDate, noIssuer bool) (vi, en []string) {
	if noDate {
		vi, en = append(vi, "ngày ký"), append(en, "signing date")
	}
	if noIssuer {
		vi, en = append(vi, "các bên ký kết"), append(en, "parties")
	}
	return vi, en
}
