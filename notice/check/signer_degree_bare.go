package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// bareDegree reads a name line opening with a học hàm or học vị written
// without its period ("BSCKII Hồ Văn Quang", "ThS Trần Thị Mai"): a
// degree of degrees (degree_glued.go, with a pharmacist's "DSCKI",
// "DSCKII"), white space, then a name of two to six syllables each with
// its first capital, the first a surname. It returns the degree and the
// name, or "" when the line is not so.
func bareDegree(t string) (degree, name string) {
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 7 || !degrees[words[0]] && words[0] != "DSCKI" && words[0] != "DSCKII" {
		return "", ""
	}
	rest := words[1:]
	if !surnames[rest[0]] {
		return "", ""
	}
	for _, w := range rest {
		if len(w) < 2 || !vietSyllable(w) || w != nameCase([]string{w}) {
			return "", ""
		}
	}
	return words[0], strings.Join(rest, " ")
}

// signerDegreeBare reports a degree a sector may write before its
// signer's name (degreeSector) written without its period: "BSCKII Hồ
// Văn Quang" for "BSCKII. Hồ Văn Quang". Elsewhere signer-degree asks
// for the degree to go.
func signerDegreeBare(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML || !degreeSector(p.View) {
		return
	}
	degree, name := bareDegree(n.Text)
	if degree == "" {
		return
	}
	p.Report(n, strings.Index(n.Text, degree)+len(degree), diag.Msg("%q trước họ tên người ký thiếu dấu chấm", "%q before the signer's name lacks its period", degree),
		diag.Msg("viết %q", "write %q", degree+". "+name))
}
