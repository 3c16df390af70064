package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// nearNumber is the document cited before c, with its date (after its
// number, or leading its sentence: "Ngày 30 tháng 11 năm 2026, Bệnh viện
// ban hành Thông báo số 309/TB-BVPS"), whose number
// is c's but for one figure typed wrong or two swapped ("Thông báo số
// 171/TB-GĐYK ngày 10 tháng 11 năm 2026 ..." then "Thông báo số
// 172/TB-GĐYK"): same ký hiệu, same year, as many figures. A notice
// cites another document of the same issuer with a number of its own,
// so the first mention of c is still what it lacks; the message asks
// which of the two the clerk meant. Only a mention of c with no date of
// its own is asked so (citationFirstMention): "Công văn số 100/UBND-KGVX
// ngày 02/01/2024 và Công văn số 101/UBND-KGVX ngày 02/01/2024" are two
// letters; and a contract is left, an auctioneer's contracts running
// one after another ("Hợp đồng số 26/HĐĐG-TS", "28/HĐĐG-TS"). Nil when
// none, or when two documents cited before are near it: the notice cites
// documents numbered in a run, and c may be the next.
func nearNumber(earlier []string, byDoc map[string][]cited, c cited) *cited {
	var near *cited
	for _, k := range earlier {
		o := byDoc[k][0]
		if o.DateOff < 0 && !leadDated(o) || o.Number.Family != c.Number.Family || o.Number.Year != c.Number.Year ||
			cite.Fold(o.Number.Code()) != cite.Fold(c.Number.Code()) || !oneFigureOff(o.Number.Seq, c.Number.Seq) {
			continue
		}
		if near != nil {
			return nil // "2367", "2368" dated, then "2369": documents numbered in a run
		}
		near = &o
	}
	return near
}

// oneFigureOff reports whether two running numbers of as many figures
// differ in one figure, or in two side by side swapped ("171", "172";
// "2147", "2174").
func oneFigureOff(a, b string) bool {
	return strings.Trim(a+b, "0123456789") == "" && oneLetterOff(a, b)
}

// reportNearNumber says the first mention of c, cited once, whose number
// is near an earlier document's: the number may be that document's
// mistyped, or c another document whose date and issuer are missing.
func reportNearNumber(p *Pass, c, o cited, gap diag.Text) {
	doc := c.Type + " số " + c.Number.Raw
	p.Report(c.seg, c.Off, diag.Msg("%s chỉ nhắc một lần, số gần giống %s (%s): nếu là cùng văn bản thì số viết sai; nếu là văn bản khác thì lần đầu nhắc chưa ghi %s",
		"%s is mentioned once, its number close to %s (%s): if it is the same document, the number is mistyped; if another, its first mention lacks its %s", doc, o.Number.Raw, posText(o), gap),
		diag.Msg("kiểm tra lại số: viết %q nếu là văn bản đã nêu; nếu là văn bản khác, ghi đủ ngày ban hành và cơ quan ban hành", "check the number: write %q if it is the document cited before; if another, give its date and issuer", o.Number.Raw))
}
