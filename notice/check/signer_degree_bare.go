package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// bareDegrees are the học hàm and học vị a name line may open with
// written without their period ("TS Nguyễn Thị Kim Oanh", "BSCKII Hồ
// Văn Quang", a pharmacist's "DSCKII"). The honours are left out
// ("NSƯT", "NSND", "NGƯT" before a name are written with a period or
// none, and signer-degree reads no artist's honour), as is "LS".
var bareDegrees = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"GS": true, "PGS": true, "TS": true, "TSKH": true, "ThS": true, "Ths": true, "THS": true, "BS": true,
		"BSCKI": true, "BSCKII": true, "DS": true, "DSCKI": true, "DSCKII": true, "KS": true, "KTS": true, "CN": true}
})

// bareDegree reads a name line opening with học hàm or học vị written
// without their period ("BSCKII Hồ Văn Quang", "ThS Trần Thị Mai", "PGS
// TS Trần Văn Hòa"): words of bareDegrees, then a name of two to six
// syllables each with its first capital (a surname out of the list too:
// "TS Lô Thị Hằng"). It returns the degrees and the name, or "" when the line is not so.
func bareDegree(t string) (degree, name string) {
	words := strings.Fields(t)
	k := 0
	for k < len(words) && bareDegrees()[words[k]] {
		k++
	}
	rest := words[k:]
	if k == 0 || len(rest) < 2 || len(rest) > 6 {
		return "", ""
	}
	for _, w := range rest {
		if len(w) < 2 || !vietSyllable(w) || w != nameCase([]string{w}) {
			return "", ""
		}
	}
	return strings.Join(words[:k], " "), strings.Join(rest, " ")
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
	at := 0 // the end of the last degree as written
	for _, w := range strings.Fields(degree) {
		at += strings.Index(n.Text[at:], w) + len(w)
	}
	p.Report(n, at, diag.Msg("%q trước họ tên người ký thiếu dấu chấm", "%q before the signer's name lacks its period", degree),
		diag.Msg("viết %q", "write %q", strings.Join(strings.Fields(degree), ". ")+". "+name))
}
