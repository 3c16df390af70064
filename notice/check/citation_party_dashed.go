package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// partyTypeCodes are the codes of the Party's kinds of document a
// dashed number is read with: nghị quyết, chỉ thị, kết luận, quyết định,
// quy định, quy chế, hướng dẫn, thông báo, chương trình, kế hoạch, báo
// cáo, tờ trình, đề án, công văn.
var partyTypeCodes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"NQ": true, "CT": true, "KL": true, "QĐ": true, "QĐi": true, "QC": true, "HD": true, "TB": true, "CTr": true, "KH": true, "BC": true, "TTr": true, "ĐA": true, "CV": true}
})

// partyCommittees are the codes of the committees that close a Party ký
// hiệu, each after the hyphen a dashed number puts before it: the Trung
// ương (TW), a Tỉnh ủy or Thành ủy (TU), a Huyện ủy (HU), a Quận ủy (QU),
// a Đảng ủy (ĐUK before ĐU, its prefix).
var partyCommittees = [...]string{"-TW", "-TU", "-HU", "-QU", "-ĐUK", "-ĐU"}

// citationPartyDashed reports, for citation-code-typo, a Party
// document's number written with a hyphen where "/" parts its type's code
// from the committee's ("Nghị quyết số 18-NQ-TW" for "18-NQ/TW",
// Hướng dẫn 36-HD/VPTW, as the Party writes it and offices cite it). The
// number and the type's code are parted by "-", as the Party numbers its
// documents (a State ký hiệu follows "/"), after "số"; it is read back
// from each committee's code after a hyphen.
func citationPartyDashed(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holds(seg.Text, litSo) {
			continue
		}
		t := seg.Text
		for from := 0; ; {
			i := strings.IndexByte(t[from:], '-')
			if i < 0 {
				break
			}
			at := from + i
			from = at + 1
			body, ok := committeeAt(t, at)
			if !ok {
				continue
			}
			num, typ, start, ok := dashedNumberBefore(t[:at])
			if !ok {
				continue
			}
			written := num + "-" + typ + "-" + body
			p.Report(seg, start, diag.Msg("số, ký hiệu %q của văn bản của Đảng viết dấu gạch nối trước mã cơ quan ban hành", "the Party document's number %q has a hyphen before its issuer's code", written),
				diag.Msg("viết %q (dấu \"/\" trước mã cơ quan ban hành)", "write %q (a \"/\" before the issuer's code)", num+"-"+typ+"/"+body))
		}
	}
}

// committeeAt reads the committee's code after the hyphen at t[at], the
// code ending its word (no letter, figure, "/" or "-" after it).
func committeeAt(t string, at int) (string, bool) {
	for _, c := range partyCommittees {
		if !strings.HasPrefix(t[at:], c) {
			continue
		}
		end := at + len(c)
		if end < len(t) {
			r, _ := utf8.DecodeRuneInString(t[end:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '-' {
				return "", false
			}
		}
		return c[1:], true
	}
	return "", false
}

// dashedNumberBefore reads, back from the end of s, a Party number's
// figures and type's code parted by "-", after "số" or "Số" and spaces,
// "số" not ending a longer word: "số 18-NQ" gives "18", "NQ" and where
// "18" starts.
func dashedNumberBefore(s string) (num, typ string, start int, ok bool) {
	k := len(s)
	for k > 0 && (isASCIILetter(s[k-1]) || s[k-1] >= 0x80) {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	typ = s[k:]
	if !partyTypeCodes()[typ] || k == 0 || s[k-1] != '-' {
		return "", "", 0, false
	}
	d := k - 1
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == k-1 {
		return "", "", 0, false
	}
	sp := d
	for sp > 0 && reSpace(s[sp-1]) {
		sp--
	}
	if sp == d {
		return "", "", 0, false
	}
	head := s[:sp]
	if !strings.HasSuffix(head, "số") && !strings.HasSuffix(head, "Số") {
		return "", "", 0, false
	}
	if endsInWordRune(head[:len(head)-len("số")]) {
		return "", "", 0, false
	}
	return s[d : k-1], typ, d, true
}

// endsInWordRune reports whether s ends with a letter or a figure.
func endsInWordRune(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
