package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// ownNumberedBodies begin the names of bodies that number their own
// documents with their own code after the type's ("Số: 1186/TB-SKHCN"
// of a Sở Khoa học và Công nghệ, "Số: 96/TB-TTPVHCC" of a Trung tâm),
// never with their parent Ủy ban nhân dân's "UBND". A Văn phòng, a Ban
// Chỉ đạo, a Hội đồng, a Đoàn or a Tổ that works for the Ủy ban nhân dân
// is left: whose numbering such a body uses is its own rule.
var ownNumberedBodies = []string{"sở ", "trung tâm ", "trường ", "chi cục ", "cục ", "phòng ", "bệnh viện ", "ban quản lý ",
	"công an ", "thanh tra ", "kho bạc ", "bảo hiểm ", "quỹ ", "viện ", "đài ", "báo ", "cảng vụ ", "vườn quốc gia "}

// numberIssuerUBND says the notice's own number whose issuer's code is
// "UBND" ("Số: 1186/TB-UBND") under a header whose issuing body is no Ủy
// ban nhân dân but one of its Sở or units ("UBND TỈNH PHÚ THỌ / SỞ KHOA
// HỌC VÀ CÔNG NGHỆ"): the ký hiệu carries the abbreviation of the body
// that issues the document (Phụ lục I, Mục II, khoản 3), and "UBND" is
// the parent's, the number of another body's register.
func numberIssuerUBND(p *Pass, n cite.Number) {
	v := p.View
	body, _, _ := strings.Cut(n.Issuer, "-")
	if cite.Fold(body) != "ubnd" || len(v.Numbers) > 1 {
		return
	}
	lines := issuerNameLines(v)
	if len(lines) == 0 {
		return
	}
	first := strings.TrimSpace(lines[0].Text)
	f := cite.Fold(strings.ToLower(first)) + " "
	own := false
	for _, h := range ownNumberedBodies {
		if strings.HasPrefix(f, cite.Fold(h)) {
			own = h != "phòng " || !communeHeader(v)
			break
		}
	}
	if !own {
		return
	}
	at := strings.Index(v.Number.Text, "UBND")
	if at < 0 {
		return
	}
	defer p.withRef(diag.RefNumber)()
	p.Report(v.Number, at, diag.Msg("ký hiệu %q mang chữ viết tắt của Ủy ban nhân dân, nhưng thông báo do %s ban hành", "the code %q carries the Ủy ban nhân dân's abbreviation, but the notice is issued by %s", n.Code(), first),
		diag.Msg("ghi chữ viết tắt tên của %s sau \"TB-\", như trong số của các văn bản khác của cơ quan", "write the abbreviation of %s's name after \"TB-\", as the body's other documents are numbered", first))
}

// communeHeader reports whether the header names the Ủy ban nhân dân of a
// xã, phường or đặc khu over the issuer ("ỦY BAN NHÂN DÂN XÃ BẢO NHAI /
// PHÒNG VĂN HÓA - XÃ HỘI"): a commune's phòng may issue under its Ủy ban
// nhân dân's register, whose seal it uses (rv94), so its "TB-UBND" is left.
func communeHeader(v *View) bool {
	for _, h := range v.Header {
		if numberLineRe().MatchString(h.Text) {
			break
		}
		f := cite.Fold(strings.ToLower(strings.TrimSpace(h.Text)))
		for _, w := range []string{"xã ", "phường ", "đặc khu ", "ubnd xã ", "ubnd phường ", "ubnd đặc khu ", "ủy ban nhân dân xã ", "ủy ban nhân dân phường ", "ủy ban nhân dân đặc khu "} {
			if strings.HasPrefix(f, cite.Fold(w)) {
				return true
			}
		}
	}
	return false
}

// ownNumber is the notice's own number as numberTypeOf reads it; false
// when there is none that reads, or the notice is of another kind.
func ownNumber(v *View) (cite.Number, bool) {
	if v.Number == nil || v.Type == Other {
		return cite.Number{}, false
	}
	text := v.Number.Text
	if !v.FromTOML {
		m := numberLine().FindStringSubmatch(strings.Join(strings.Fields(text), " "))
		if m == nil {
			return cite.Number{}, false
		}
		text = "/" + m[2]
	}
	n, err := cite.ParseNumber(strings.TrimSpace(text))
	return n, err == nil
}
