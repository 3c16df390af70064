package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerEndPeriod reports an authority or title line of the signature
// that ends in a period ("KT. GIÁM ĐỐC.", "GIÁM ĐỐC."): the decree's
// lines of quyền hạn and chức vụ end in no mark (Phụ lục I, Mục II,
// khoản 7, điểm b). A line that is an abbreviation alone ("TM.") or the
// signer's học hàm, học vị or honours alone ("PGS.TS.", "NSƯT.", set
// over the name by a Word or PDF copy) keeps its own period, left, as
// does any line made only of short words each closed by its period
// ("BS.CKII.", "DS.CKI.", "ThS.KTS.": a degree the list of signerTitleRe
// does not hold, rv97), and a line ending in an abbreviation ("... SỞ
// KH&CN TP."), whose period is its own: signer-abbrev asks the word
// written out. Run by signer-spacing.
func signerEndPeriod(p *Pass, s *Seg) {
	t := strings.TrimRight(s.Text, " ")
	body, ok := strings.CutSuffix(t, ".")
	if !ok || strings.HasSuffix(body, ".") || signerTitleRe().FindString(t) == t || dottedRun(t) {
		return // "./." or "..", or a title's own periods on a line of their own ("PGS.TS.", "BS.CKII.", a Word or PDF copy's)
	}
	words := strings.Fields(strings.ToUpper(body))
	if len(words) == 0 || len(words) == 1 && signerPrefix(words[0]+". X") != nil {
		return
	}
	if last := words[len(words)-1]; utf8.RuneCountInString(last) < 2 || strictAbbrev(last) {
		return // "TP.": the period is the abbreviation's, and signer-abbrev says the word
	}
	p.Report(s, len(body), diag.Msg("dòng %q kết thúc bằng dấu chấm: dòng quyền hạn, chức vụ người ký không có dấu câu cuối dòng", "the line %q ends in a period: the authority and title lines end in no mark", t),
		diag.Msg("viết %q", "write %q", strings.TrimSpace(body)))
}

// dottedRun reports whether t is only short words, each closed by its
// period and none of more than six letters: "BS.CKII.", "ThS. KTS.".
// An authority or title line holds a word set off by a space
// ("KT. GIÁM ĐỐC.").
func dottedRun(t string) bool {
	parts := strings.Split(t, ".")
	if len(parts) < 2 || strings.TrimSpace(parts[len(parts)-1]) != "" {
		return false
	}
	for _, w := range parts[:len(parts)-1] {
		w = strings.TrimSpace(w)
		n := utf8.RuneCountInString(w)
		if n == 0 || n > 6 || strings.IndexFunc(w, notLetter) >= 0 {
			return false
		}
	}
	return true
}
