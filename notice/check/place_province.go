package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// lowerUnitWords name a unit below the province in a header line: an
// issuer of a huyện, a xã or a phường writes that unit's name as its
// place ("UBND HUYỆN QUẢNG NINH" of tỉnh Quảng Bình writes "Quảng Ninh"),
// which may be spelt as a province is.
var lowerUnitWords = []string{"HUYỆN ", "XÃ ", "PHƯỜNG ", "QUẬN ", "THỊ XÃ ", "THỊ TRẤN ", "ĐẶC KHU ", "TX. ", "TP. "}

// placeProvince says the date line's place naming a province other than
// the one the header's issuer belongs to ("UBND TỈNH THANH HÓA" / "SỞ TƯ
// PHÁP" dated "Nghệ An, ngày ..."): a local body writes the name of the
// unit where it sits (NĐ 30, Phụ lục I, Mục II, khoản 4, điểm a). Only a
// header that names one province ("TỈNH X", "THÀNH PHỐ X" of a city run by
// the centre) and no lower unit is read, only a date line on the number's
// row (ô 3 and ô 4 share a row; a library's copy adds its own date line
// elsewhere), of a year of NĐ 30 (2020 on), and only a place that is
// itself a province's name; a company (whose seat the header does not
// say) is left. A place of the header's province that only bears
// another province's name is left where it can be known: since the
// 2025 mergers a province that joined the header's names a ward or a
// commune of it ("Bình Phước, ngày ..." under "UBND TỈNH ĐỒNG NAI", the
// former Đồng Xoài; mergedProvinces); a city, a town or a district seat
// named otherwise ("Hạ Long" under "TỈNH QUẢNG NINH") is no province's
// name and never read.
func placeProvince(p *Pass, s *Seg, place string, year int) {
	place = strings.TrimSpace(place)
	if !provincePlaces()[place] || year < 2020 {
		return // a copy of an older text may carry its library's own date line ("Hà Nội, ngày 8 tháng 4 năm 1997" over a Hải Phòng decision)
	}
	v := p.View
	if v.Number == nil || v.Number.LineAt(0) != s.LineAt(0) {
		return // a date line off the number's row: a library's or a site's own line ("Hà Nội, ngày ...") stands so
	}
	if lines := issuerNameLines(v); len(lines) > 0 && companyHead(lines[0].Text) {
		return
	}
	header := ""
	for i := range v.Header {
		h := &v.Header[i]
		if h == s || h == v.Number || h.Text != strings.ToUpper(h.Text) || strings.Contains(h.Text, "XÃ HỘI CHỦ NGHĨA") {
			continue // the Quốc hiệu's "XÃ HỘI" is no xã
		}
		header += " " + strings.Join(strings.Fields(h.Text), " ") + " "
	}
	for _, w := range lowerUnitWords {
		if strings.Contains(header, " "+w) {
			return
		}
	}
	if strings.Contains(header, " TẠI ") {
		return // an office seated elsewhere: "VĂN PHÒNG ĐẠI DIỆN TẠI HÀ NỘI" dates its notices where it sits
	}
	own := ""
	for _, noun := range []string{" TỈNH ", " THÀNH PHỐ "} {
		for off := 0; ; {
			j := strings.Index(header[off:], noun)
			if j < 0 {
				break
			}
			off += j + len(noun)
			name := provinceAt(header[off:])
			if name == "" {
				continue
			}
			if own != "" && own != name {
				return // two provinces: a joint header
			}
			own = name
		}
	}
	if own == "" || sameProvince(own, place) || year >= 2025 && mergedProvinces(own, place) {
		return
	}
	p.Report(s, 0, diag.Msg("địa danh %q khác tỉnh, thành phố của cơ quan ban hành (%q ở phần tên cơ quan)", "the place %q is not the province of the issuer (%q in its name)", place, own),
		diag.Msg("ghi tên đơn vị hành chính nơi cơ quan đóng trụ sở: %q", "write the administrative unit where the issuer sits: %q", own+s.Text[strings.Index(s.Text, ","):]))
}

// provinceAt is the province of provincePlaces that the words in capitals
// at the start of s name ("THANH HÓA SỞ TƯ PHÁP" gives "Thanh Hóa"), the
// longest; "" when none does.
func provinceAt(s string) string {
	words := strings.Fields(s)
	best := ""
	for n := 1; n <= 4 && n <= len(words); n++ {
		name := provinceTitle(words[:n])
		if provincePlaces()[name] {
			best = name
		}
	}
	return best
}

// provinceTitle writes words in capitals with a capital on each word only:
// "THANH", "HÓA" gives "Thanh Hóa".
func provinceTitle(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
	}
	return strings.Join(out, " ")
}

// sameProvince reports whether two names of provincePlaces are one
// province's: "Thanh Hóa" and "Thanh Hoá", "Hòa Bình" and "Hoà Bình",
// "Thừa Thiên Huế" and "Huế".
func sameProvince(a, b string) bool {
	f := func(s string) string {
		s = strings.ToLower(s)
		s = strings.NewReplacer("hoá", "hóa", "hoà", "hòa", "thừa thiên huế", "huế").Replace(s)
		return s
	}
	return f(a) == f(b)
}

// provinceMerges are the provinces of Nghị quyết số 202/2025/QH15 ngày
// 12 tháng 6 năm 2025 (sắp xếp đơn vị hành chính cấp tỉnh, from 01/7/2025):
// each merged province, named first, with those that joined it. Their
// former names live on as wards and communes of the merged one ("phường
// Bình Phước" of Đồng Nai, "phường Vĩnh Phúc" of Phú Thọ), where offices
// of the merged province sit. Thành phố Hồ Chí Minh, which took Bình
// Dương and Bà Rịa - Vũng Tàu, is no name of provincePlaces and is left.
// The table was checked (lead95) against published summaries of the
// resolution and of the plan it adopted (Nghị quyết 60-NQ/TW's list of
// the 34 names, the eleven left unmerged, each merger with its new name;
// Kon Tum into Quảng Ngãi from a Sở Tư pháp's page on the resolution):
// every merger matched; Đắk Lắk with Phú Yên and Đồng Nai with Bình
// Phước only by the list of the new names, not word for word.
var provinceMerges = [][]string{
	{"Tuyên Quang", "Hà Giang"}, {"Lào Cai", "Yên Bái"}, {"Thái Nguyên", "Bắc Kạn"},
	{"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}, {"Bắc Ninh", "Bắc Giang"}, {"Hưng Yên", "Thái Bình"},
	{"Hải Phòng", "Hải Dương"}, {"Ninh Bình", "Hà Nam", "Nam Định"}, {"Quảng Trị", "Quảng Bình"},
	{"Đà Nẵng", "Quảng Nam"}, {"Quảng Ngãi", "Kon Tum"}, {"Gia Lai", "Bình Định"},
	{"Khánh Hòa", "Ninh Thuận"}, {"Lâm Đồng", "Đắk Nông", "Bình Thuận"}, {"Đắk Lắk", "Phú Yên"},
	{"Đồng Nai", "Bình Phước"}, {"Tây Ninh", "Long An"}, {"Cần Thơ", "Sóc Trăng", "Hậu Giang"},
	{"Vĩnh Long", "Bến Tre", "Trà Vinh"}, {"Đồng Tháp", "Tiền Giang"}, {"Cà Mau", "Bạc Liêu"},
	{"An Giang", "Kiên Giang"},
}

// mergedProvinces reports whether the provinces a and b are one since
// the 2025 mergers (provinceMerges), either way round.
func mergedProvinces(a, b string) bool {
	for _, g := range provinceMerges {
		in := func(x string) bool {
			for _, n := range g {
				if sameProvince(n, x) {
					return true
				}
			}
			return false
		}
		if in(a) && in(b) {
			return true
		}
	}
	return false
}
