package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/plain"
)

func init() {
	register(
		&Rule{ID: "required", Severity: diag.Error, Ref: diag.RefMau14, Run: required,
			Title: diag.Msg("thông báo có đủ các thành phần bắt buộc", "the notice has every required element"),
			Help:  diag.Msg("thêm thành phần còn thiếu theo Mẫu 1.4 Phụ lục III", "add the missing element, as in Mẫu 1.4 of Phụ lục III")},
		&Rule{ID: "number-format", Severity: diag.Error, Ref: diag.RefNumber, Run: numberFormat,
			Title: diag.Msg("số, ký hiệu viết đúng dạng \"Số: 05/TB-UBND\"", "the number reads \"Số: 05/TB-UBND\""),
			Help:  diag.Msg("viết \"Số:\", số có hai chữ số nếu nhỏ hơn 10, \"/\", ký hiệu viết hoa nối bằng \"-\", không có dấu cách", "write \"Số:\", a two-digit number below 10, \"/\", the code in capitals joined by \"-\", no spaces")},
		&Rule{ID: "number-type", Only: []DocType{ThongBao, Other}, Severity: diag.Error, Ref: diag.RefTypeCodes, Run: numberType,
			Title: diag.Msg("ký hiệu mang chữ viết tắt của tên loại văn bản (TB cho thông báo)", "the code carries the document type's abbreviation (TB for a notice)"),
			Help:  diag.Msg("ghi chữ viết tắt của tên loại theo bảng của Phụ lục III: thông báo 12/TB-UBND, quyết định 12/QĐ-UBND, kế hoạch 12/KH-UBND", "write the type's abbreviation from Phụ lục III's table: a notice 12/TB-UBND, a decision 12/QĐ-UBND, a plan 12/KH-UBND")},
		&Rule{ID: "date-format", Severity: diag.Error, Ref: diag.RefPlaceDate, Run: dateFormat,
			Title: diag.Msg("địa danh, ngày tháng năm viết đúng dạng", "the place and date read as the decree asks"),
			Help:  diag.Msg("viết \"<Địa danh>, ngày 05 tháng 01 năm 2024\": ngày dưới 10 và tháng 1, 2 thêm số 0", "write \"<Place>, ngày 05 tháng 01 năm 2024\": days below 10 and months 1 and 2 get a leading 0")},
		&Rule{ID: "subject-period", Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectPeriod,
			Title: diag.Msg("trích yếu không có dấu chấm cuối", "the trích yếu has no final period"),
			Help:  diag.Msg("bỏ dấu chấm cuối trích yếu", "remove the final period of the trích yếu")},
		&Rule{ID: "list-letter-sequence", Severity: diag.Error, Ref: diag.RefParts, Run: letterSequence,
			Title: diag.Msg("điểm đánh theo chữ cái tiếng Việt liên tiếp", "points follow the Vietnamese letters in order"),
			Help:  diag.Msg("đánh a) b) c) d) đ) e) g) h) i) k)...: không có f, j, w, z", "letter them a) b) c) d) đ) e) g) h) i) k)...: no f, j, w, z")},
		&Rule{ID: "list-number-sequence", Severity: diag.Error, Ref: diag.RefParts, Run: numberSequence,
			Title: diag.Msg("mục, khoản đánh số liên tiếp, không bỏ, không lặp", "parts are numbered in order, without gaps or repeats"),
			Help:  diag.Msg("đánh số lại cho liên tiếp", "renumber them in order")},
		&Rule{ID: "closing-mark", StateForm: true, Severity: diag.Error, Ref: diag.RefMau, Run: closingMark,
			Title: diag.Msg("phần nội dung kết thúc bằng \"./.\"", "the body ends with \"./.\""),
			Help:  diag.Msg("thêm \"./.\" liền sau câu cuối của phần nội dung", "add \"./.\" right after the last sentence of the body")},
		&Rule{ID: "closing-formula", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.Practice, Run: closingFormula,
			Title: diag.Msg("câu kết thông báo cho ai biết, thực hiện", "the closing sentence says whom the notice is for"),
			Help:  diag.Msg("kết thúc bằng câu như \"... thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\"", "end with a sentence such as \"... thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\"")},
		&Rule{ID: "recipient-line", StateForm: true, Severity: diag.Error, Ref: diag.RefNoiNhan, Run: recipientLines,
			Title: diag.Msg("mỗi dòng nơi nhận là \"- ...;\", dưới chữ \"Nơi nhận:\" có dấu hai chấm", "each Nơi nhận line reads \"- ...;\", under the label \"Nơi nhận:\" with its colon"),
			Help:  diag.Msg("bắt đầu bằng \"- \" và kết thúc bằng \";\"", "start with \"- \" and end with \";\"")},
		&Rule{ID: "archive-line", Severity: diag.Error, Ref: diag.RefNoiNhan, Run: archiveLine,
			Title: diag.Msg("dòng cuối nơi nhận là \"- Lưu: VT, ....\"", "the last Nơi nhận line is \"- Lưu: VT, ....\""),
			Help:  diag.Msg("viết một lần, ở cuối: \"- Lưu: VT, <đơn vị soạn thảo>.\", kết thúc bằng một dấu chấm", "write it once, last: \"- Lưu: VT, <drafting unit>.\", ending with one period")},
		&Rule{ID: "recipient-nhu-tren", Severity: diag.Error, Ref: diag.RefRecipients, Run: nhuTren,
			Title: diag.Msg("\"Như trên\" chỉ ở văn bản có \"Kính gửi\", và ở đó thì phải có", "\"Như trên\" only in a document with \"Kính gửi\", and there it must be"),
			Help:  diag.Msg("chỉ văn bản có \"Kính gửi\" (công văn, tờ trình, báo cáo gửi cấp trên) mới ghi \"- Như trên;\" ở đầu nơi nhận; văn bản khác ghi rõ nơi nhận", "only a document with \"Kính gửi\" (a công văn, or a tờ trình or báo cáo sent up) starts Nơi nhận with \"- Như trên;\"; any other names its recipients")},
		&Rule{ID: "signer-chain", Severity: diag.Error, Ref: diag.RefSigning, Run: signerChain,
			Title: diag.Msg("chuỗi thẩm quyền ký đúng thứ tự và cách lồng", "the authority chain nests lawfully"),
			Help:  diag.Msg("TM., TL. hoặc TUQ. đứng ngoài cùng; KT. hoặc Q. sau đó; TUQ. không đi với KT.; sau KT. là chức vụ của người ký", "TM., TL. or TUQ. outermost; then KT. or Q.; TUQ. never with KT.; after KT., the signer's own title")},
		&Rule{ID: "signer-spacing", Severity: diag.Error, Ref: diag.RefAuthority, Run: signerSpacing,
			Title: diag.Msg("sau TM., KT., TL., TUQ., Q. có một dấu cách", "one space follows TM., KT., TL., TUQ., Q."),
			Help:  diag.Msg("viết \"KT. CHỦ TỊCH\"", "write \"KT. CHỦ TỊCH\"")},
		&Rule{ID: "signer-case", Severity: diag.Warning, Ref: diag.RefSignerForm, Run: signerCase,
			Title: diag.Msg("quyền hạn, chức vụ người ký viết hoa; họ tên người ký viết chữ thường, hoa chữ đầu mỗi âm tiết", "authority and title lines are in capitals; the signer's name in small letters, each syllable capitalised"),
			Help:  diag.Msg("viết hoa toàn bộ dòng thẩm quyền và chức vụ; viết họ tên như \"Nguyễn Văn A\"", "write the authority and title lines in capitals, the name as \"Nguyễn Văn A\"")},
		&Rule{ID: "chair-in-subject", Conclusions: true, Only: []DocType{ThongBao}, Severity: diag.Error, Ref: diag.Practice, Run: chairInSubject,
			Title: diag.Msg("người chủ trì ở trích yếu là người chủ trì ở phần nội dung", "the chair in the trích yếu is the chair in the body"),
			Help:  diag.Msg("sửa tên hoặc chức vụ trong trích yếu cho khớp với người chủ trì cuộc họp", "make the name or title in the trích yếu match the meeting's chair")},
		&Rule{ID: "motto", Severity: diag.Warning, Ref: diag.RefMotto, Run: motto,
			Title: diag.Msg("Quốc hiệu và Tiêu ngữ viết đúng", "Quốc hiệu and Tiêu ngữ are written exactly"),
			Help:  diag.Msg("viết \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" và \"Độc lập - Tự do - Hạnh phúc\" (gạch nối có dấu cách hai bên)", "write \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" and \"Độc lập - Tự do - Hạnh phúc\" (hyphens with a space on each side)")},
	)
}

// required: for a text, every element of Mẫu 1.4; for TOML (whose loader
// requires the fields) that the notice concludes something.
func required(p *Pass) {
	v := p.View
	if v.FromTOML {
		for _, s := range v.Body {
			if s.Role == RoleBody || s.Role == RoleHeading || s.Role == RoleItem {
				return
			}
		}
		p.ReportAt(diag.Pos{Path: v.Path, Line: 1, Col: 1},
			diag.Msg("thông báo không có nội dung kết luận", "the notice concludes nothing"),
			diag.Msg("thêm phần đánh giá, các nhiệm vụ được giao hoặc các mục nội dung", "add [assessment], [tasks] or [[sections]]"))
		return
	}
	if p.View.Type == Form {
		requiredForm(p)
		return
	}
	requiredText(p)
}

// requiredForm checks a form of Phụ lục IV (a phiếu, a sổ) for what its
// model has: the issuing body's name above its tên loại. The model has no
// number line, no trích yếu, no closing and no Nơi nhận: none is missing.
func requiredForm(p *Pass) {
	v := p.View
	if len(v.Header) > 0 && v.issuerMissing() {
		p.ReportAtRef(v.Header[0].PosAt(0), diag.RefIssuer, diag.Msg("thiếu tên cơ quan, tổ chức ban hành văn bản phía trên", "the name of the issuing body is missing from the header"),
			diag.Msg("ghi tên cơ quan, tổ chức ở góc trái phía trên, như mẫu của Phụ lục IV", "write the body's name at the top left, as in the form of Phụ lục IV"))
	}
}

// headAboveMissing says which header is missing above the part that was
// found: a Công văn has no type name, its trích yếu "V/v ..." stands under
// the number.
func headAboveMissing(v *View) diag.Text {
	if v.Type == CongVan {
		return diag.Msg("không tìm thấy phần đầu công văn phía trên trích yếu: số, ký hiệu, địa danh và ngày ban hành", "the letter's header above the trích yếu was not found: the number, the place and the date")
	}
	return diag.Msg("không tìm thấy phần đầu văn bản phía trên tên loại: số, ký hiệu, địa danh và ngày ban hành", "the header above the type name was not found: the number, the place and the date")
}

// requiredText checks a notice read from text for the parts of Mẫu 1.4,
// each reported where it was expected. A text that has none of the header
// and the title, as when the first page was lost, gets one finding for
// them all; so does one that has neither Nơi nhận nor the signature.
func requiredText(p *Pass) {
	v := p.View
	at := func(s *Seg) diag.Pos { return s.PosAt(0) }
	start := v.firstPos()
	mau := diag.Msg("Mẫu 1.4 Phụ lục III", "Mẫu 1.4 of Phụ lục III")
	numberForm := "Số: .../" + v.TypeCode + "-..."
	if v.TypeCode == "" {
		numberForm = "Số: .../..." // a kind with no code of Phụ lục III (a Đề cương)
	}
	missingHead := diag.Msg("không tìm thấy phần đầu của văn bản: số, ký hiệu, địa danh, ngày ban hành, tên loại và trích yếu", "the document's first part was not found: number, place and date, the type name and the trích yếu")
	if v.Type == CongVan {
		mau, numberForm = diag.Msg("Mẫu 1.5 Phụ lục III", "Mẫu 1.5 of Phụ lục III"), "Số: .../<cơ quan>-<đơn vị>"
		missingHead = diag.Msg("không tìm thấy phần đầu của công văn: số, ký hiệu, trích yếu \"V/v ...\", địa danh và ngày ban hành", "the letter's first part was not found: number, the \"V/v ...\" trích yếu, place and date")
		defer p.withRef(diag.RefMau15)() // the form its fixes name, not the Thông báo's
	}
	if v.Untold {
		mau = diag.Msg("mẫu của loại văn bản tại Phụ lục III", "the form of its kind in Phụ lục III")
	}
	switch {
	case v.Untold:
		p.ReportAtRef(start, diag.RefMau, diag.Msg("không tìm thấy phần đầu của văn bản: tên cơ quan ban hành, số, ký hiệu, địa danh và ngày ban hành", "the document's first part was not found: the issuer, number, place and date"),
			diag.Msg("văn bản có thể đã mất trang đầu khi chuyển đổi; đối chiếu bản gốc và bổ sung phần đầu theo %s", "the text may have lost its first page when converted; compare with the original and add the first part as in %s", mau))
	case len(v.Header) == 0 && v.Title == nil && v.Subject == nil && v.Type != CongVan && headRunIn(v) != nil:
		h := headRunIn(v)
		p.ReportAt(v.topPos(), diag.Msg("không tìm thấy số, ký hiệu, địa danh và ngày ban hành; tên cơ quan ban hành, tên loại \"%s\" và trích yếu viết liền trên một dòng (dòng %d)", "no number, place or date was found; the issuer, the type name \"%s\" and the trích yếu run on in one line (line %d)", v.TypeName, h.LineAt(0)),
			diag.Msg("bổ sung số, ký hiệu, địa danh và ngày ban hành; viết tên cơ quan, tên loại và trích yếu mỗi thành phần một dòng theo %s", "add the number, place and date; set the issuer, the type name and the trích yếu each on a line of its own, as in %s", mau))
	case len(v.Header) == 0 && v.Title == nil && v.Subject == nil:
		p.ReportAt(v.topPos(), missingHead,
			diag.Msg("văn bản có thể đã mất trang đầu khi chuyển đổi; đối chiếu bản gốc và bổ sung phần đầu theo %s", "the text may have lost its first page when converted; compare with the original and add the first part as in %s", mau))
	case len(v.headAbove()) == 0:
		p.ReportAt(v.topPos(), headAboveMissing(v),
			diag.Msg("văn bản có thể đã mất phần đầu khi chuyển đổi; đối chiếu bản gốc và bổ sung số, ký hiệu, địa danh và ngày theo %s", "the text may have lost its header when converted; compare with the original and add the number, place and date as in %s", mau))
	default:
		if v.issuerMissing() {
			p.ReportAt(at(&v.Header[0]), diag.Msg("thiếu tên cơ quan, tổ chức ban hành văn bản phía trên", "the name of the issuing body is missing from the header"))
		}
		if v.Number == nil {
			p.ReportAt(v.numberPlace(), diag.Msg("thiếu số, ký hiệu (\"%s\")", "the number (\"%s\") is missing", numberForm))
		}
		if v.DateSeg == nil {
			p.ReportAt(at(&v.Header[len(v.Header)-1]), diag.Msg("thiếu địa danh và ngày ban hành", "the place and date are missing"))
		}
		if h := titleRunIn(v); v.Title == nil && v.Type != CongVan && h != nil {
			p.ReportAt(at(h), diag.Msg("tên loại \"%s\" viết liền sau tên cơ quan ban hành trên một dòng", "the type name \"%s\" runs on after the issuer's name on one line", v.TypeName),
				diag.Msg("viết tên loại \"%s\" thành một dòng riêng dưới phần đầu, trên trích yếu", "set the type name \"%s\" on a line of its own under the header, above the trích yếu", v.TypeName))
		} else if v.Title == nil && v.Type != CongVan && !v.exportDroppedTitle() { // export_title.go
			p.ReportAt(v.afterHeader(), diag.Msg("thiếu tên loại \"%s\"", "the type name \"%s\" is missing", v.TypeName))
		}
	}
	if v.Type == CongVan && v.Subject == nil && !headless(v) && !v.vvElsewhere() { // vv_elsewhere.go
		p.ReportAt(v.vvPlace(), diag.Msg("thiếu trích yếu \"V/v ...\" dưới số, ký hiệu", "the trích yếu \"V/v ...\" under the number is missing"))
	}
	if v.Subject == nil && v.Title != nil {
		p.ReportAt(at(v.Title), diag.Msg("thiếu trích yếu dưới tên loại", "the trích yếu under the type name is missing"))
	}
	subjectOnTitleLine(p)
	cosignsRequired(p) // cosigns.go
	if n := len(v.Signer); n > 0 {
		if m := signerPrefix(strings.ToUpper(v.Signer[n-1].Text)); m != nil && (m[1] == "TM" || m[1] == "TL" || m[1] == "TUQ") && !signatureCut(v) {
			p.ReportAt(at(&v.Signer[n-1]), diag.Msg("thiếu chức vụ của người ký dưới dòng %s", "the signer's title under the %s line is missing", m[1]+"."))
		}
	}
	signed := len(v.Signer) > 0 && v.Name != nil
	end := v.endOfBody()
	switch {
	case cutWordEnd(p):
		// cut_end.go: the copy ends mid-word
	case len(v.Recips) == 0 && len(v.Signer) > 0 && v.Name == nil && v.signNote.Line > 0:
		// the signature stops at "(Đã ký)": no name under it, no Nơi nhận
		// (a copy cut there, or one that left them out), said where it stops
		p.ReportAt(v.signNote, diag.Msg("không tìm thấy nơi nhận và họ tên người ký: phần ký dừng ở \"%s\"", "neither Nơi nhận nor the signer's name was found: the signature stops at \"%s\"", v.signNoteText),
			diag.Msg("văn bản có thể đã mất trang cuối khi chuyển đổi; đối chiếu bản gốc và bổ sung theo %s", "the text may have lost its last page when converted; compare with the original and add them as in %s", mau))
	case len(v.Recips) == 0 && len(v.Signer) > 0 && v.Name == nil:
		// a copy cut inside the signature: the title is there, and the
		// name would stand under its last line
		last := &v.Signer[len(v.Signer)-1]
		p.ReportAt(at(last), diag.Msg("không tìm thấy nơi nhận và họ tên người ký: phần ký dừng ở \"%s\"", "neither Nơi nhận nor the signer's name was found: the signature stops at \"%s\"", strings.TrimSpace(last.Text)),
			diag.Msg("văn bản có thể đã mất trang cuối khi chuyển đổi; đối chiếu bản gốc và bổ sung theo %s", "the text may have lost its last page when converted; compare with the original and add them as in %s", mau))
	case len(v.Recips) == 0 && !signed && v.Untold:
		p.ReportAtRef(end, diag.RefMau, diag.Msg("không tìm thấy nơi nhận và phần ký (quyền hạn, chức vụ, họ tên người ký) sau phần nội dung", "neither Nơi nhận nor the signature (authority, title, name) follows the body"),
			diag.Msg("văn bản có thể đã mất trang cuối khi chuyển đổi; đối chiếu bản gốc và bổ sung theo %s", "the text may have lost its last page when converted; compare with the original and add them as in %s", mau))
	case len(v.Recips) == 0 && !signed:
		p.ReportAt(end, diag.Msg("không tìm thấy nơi nhận và phần ký (quyền hạn, chức vụ, họ tên người ký) sau phần nội dung", "neither Nơi nhận nor the signature (authority, title, name) follows the body"),
			diag.Msg("văn bản có thể đã mất trang cuối khi chuyển đổi; đối chiếu bản gốc và bổ sung theo %s", "the text may have lost its last page when converted; compare with the original and add them as in %s", mau))
	case len(v.Recips) == 0:
		p.ReportAt(at(&v.Signer[0]), diag.Msg("thiếu nơi nhận", "Nơi nhận is missing"))
	case !signed && signatureCut(v):
		// the title and name under the authority line were lost
		last := &v.Signer[len(v.Signer)-1]
		p.ReportAt(at(last), diag.Msg("không tìm thấy chức vụ và họ tên người ký: phần ký dừng ở \"%s\"", "neither the signer's title nor name was found: the signature stops at \"%s\"", strings.TrimSpace(last.Text)),
			diag.Msg("văn bản có thể đã mất phần cuối khi chuyển đổi; đối chiếu bản gốc và bổ sung theo %s", "the text may have lost its end when converted; compare with the original and add them as in %s", mau))
	case !signed && len(v.Signer) > 0 && v.signNote.Line > 0:
		// the title and "(Đã ký)" stand, the name under them does not
		p.ReportAt(v.signNote, diag.Msg("thiếu họ tên người ký dưới \"%s\"", "the signer's name under \"%s\" is missing", v.signNoteText),
			diag.Msg("ghi họ tên người ký dưới chức vụ, sau chữ ký", "write the signer's name under the title, below the signature"))
	case !signed && len(v.Signer) > 0:
		// the title stands, the name under it does not ("HIỆU TRƯỞNG" and nothing)
		title := strings.TrimSpace(v.Signer[len(v.Signer)-1].Text)
		p.ReportAt(at(&v.Signer[len(v.Signer)-1]), diag.Msg("thiếu họ tên người ký dưới \"%s\"", "the signer's name under \"%s\" is missing", title),
			diag.Msg("ghi họ tên người ký dưới chức vụ, sau chữ ký", "write the signer's name under the title, below the signature"))
	case !signed:
		p.ReportAt(at(&v.Recips[len(v.Recips)-1]), diag.Msg("thiếu quyền hạn, chức vụ và họ tên người ký", "the signer's authority, title and name are missing"))
	}
}

// numberLine is a number line as NĐ 30 writes it: "Số: 05/TB-UBND". A
// group of the code may join two abbreviations with a "." ("Số:
// 05/TB-VP.UBND", a provincial Văn phòng's Văn phòng and Ủy ban).
var numberLine = lazyre.New(`^Số: (?:(\d+)|\s*)/([\d&\p{L}]+(?:\.[\d&\p{L}]+)*(?:-[\d&\p{L}]+(?:\.[\d&\p{L}]+)*)+)$`)

// officialMixed are codes written in mixed case on purpose (spec §4.3).
var officialMixed = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"QyĐ": true, "CTr": true, "TTr": true, "TrS": true, "TTg": true}
})

func numberFormat(p *Pass) {
	numberFormatOf(p)
	eachNumber(p, numberFormatOf) // numbers_joint.go
}

func numberFormatOf(p *Pass) {
	v := p.View
	if v.Number == nil {
		return
	}
	s := v.Number
	if v.FromTOML {
		checkCode(p, s, 0, s.Text)
		if seq, _, _ := strings.Cut(s.Text, "/"); len(seq) == 1 {
			p.Report(s, 0, diag.Msg("số %s nhỏ hơn 10 phải viết %s", "number %s is below 10 and must be written %s", seq, "0"+seq))
		}
		return
	}
	text := strings.Join(strings.Fields(fillRe().ReplaceAllString(strings.ReplaceAll(s.Text, "\u00a0", " "), " ")), " ")
	if partyNumber(p, s, text) || partyStateNumber(p, s, text) {
		return
	}
	m := numberParts(text)
	if m == nil {
		off, msg, fix := numberShape(s.Text)
		if g, ok := typeGlued(s.Text, v.Type); ok {
			fix = g
		}
		p.Report(s, off, msg, fix)
		return
	}
	if len(m[1]) == 1 {
		p.Report(s, strings.Index(s.Text, m[1]), diag.Msg("số %s nhỏ hơn 10 phải viết %s", "number %s is below 10 and must be written %s", m[1], "0"+m[1]))
	}
	numberZeroLed(p, s, text, m[1]) // number_zero_led.go: "Số: 0472/TB-BV"
	noticeYear(p, s, text, m)
	checkCode(p, s, strings.Index(s.Text, "/")+1, m[2])
}

// noticeYear reports the year put into a Thông báo's number ("Số:
// 12/2026/TB-UBND"): only a văn bản quy phạm pháp luật carries its year
// between the number and the ký hiệu (NĐ 30, Phụ lục I, Mục II, khoản 3);
// a văn bản hành chính is numbered "Số: 12/TB-UBND". Only a number whose
// ký hiệu is a Thông báo's ("TB-") is asked: a decree's "48/2013/NĐ-CP"
// copied as a source is its own. A company's notice (its own numbering,
// NĐ 30 its reference only) and a court's (its own forms) are left alone.
func noticeYear(p *Pass, s *Seg, text string, m []string) {
	v := p.View
	if v.Type != ThongBao || !strings.HasPrefix(m[2], "TB-") || numberLine().MatchString(text) {
		return
	}
	lines := issuerNameLines(v)
	if len(lines) > 0 && companyHead(lines[0].Text) {
		return
	}
	for _, l := range lines {
		if u := strings.ToUpper(l.Text); strings.Contains(u, "TÒA ÁN") || strings.Contains(u, "TOÀ ÁN") {
			return // a court's notice: its forms number it with the year ("45/2026/TB-TLVA", Nghị quyết 01/2017/NQ-HĐTP)
		}
	}
	i := strings.Index(s.Text, "/")
	if i < 0 {
		return
	}
	j := strings.Index(s.Text[i+1:], "/")
	if j < 0 {
		return
	}
	year := strings.TrimSpace(s.Text[i+1 : i+1+j])
	p.Report(s, i+1, diag.Msg("số của thông báo ghi năm %s: chỉ văn bản quy phạm pháp luật ghi năm vào số", "the notice's number carries the year %s: only a legal normative document's number does", year),
		diag.Msg("viết \"Số: %s/%s\"", "write \"Số: %s/%s\"", m[1], m[2]))
}

// checkCode flags a ký hiệu in lower case, bar the official mixed codes.
func checkCode(p *Pass, s *Seg, off int, code string) {
	if i := strings.Index(code, "/"); i >= 0 {
		code = code[i+1:]
	}
	for _, g := range strings.Split(code, "-") {
		if g != strings.ToUpper(g) && !officialMixed()[g] {
			p.Report(s, off, diag.Msg("ký hiệu %q phải viết hoa", "code %q must be in capitals", g))
		}
		if k, ok := swappedKnownCode(g); ok {
			p.Report(s, off, diag.Msg("ký hiệu %q đảo chỗ hai chữ của %q", "code %q swaps two letters of %q", g, k),
				diag.Msg("viết %q", "write %q", k))
		}
	}
}

func numberType(p *Pass) {
	numberTypeOf(p)
	if n, ok := ownNumber(p.View); ok && n.Family == cite.Admin && n.Type == "TB" {
		numberIssuerUBND(p, n) // number_issuer_ubnd.go: "Số: 1186/TB-UBND" of a Sở
	}
	eachNumber(p, numberTypeOf) // numbers_joint.go
}

func numberTypeOf(p *Pass) {
	v := p.View
	if v.Number == nil {
		return
	}
	if v.Type == Other {
		kindNumberType(p)
		return
	}
	text := v.Number.Text
	if !v.FromTOML {
		m := numberLine().FindStringSubmatch(strings.Join(strings.Fields(text), " "))
		if m == nil {
			return
		}
		text = "/" + m[2]
	}
	n, err := cite.ParseNumber(strings.TrimSpace(text))
	if err != nil {
		return
	}
	if n.Family != cite.Admin || n.Type != "TB" {
		p.Report(v.Number, strings.Index(v.Number.Text, "/")+1,
			diag.Msg("ký hiệu %q không phải của một thông báo (TB)", "code %q is not a notice's (TB)", n.Code()))
	}
}

var dateLine = lazyre.New(`^([^,]+), ngày (?:(\d{1,2})|\s*) tháng (?:(\d{1,2})|\s*) năm (\d{4})$`)

// fillRe is a blank a draft leaves in its date line with dots, an ellipsis
// or underscores.
var fillRe = lazyre.New(`[._…]{2,}|…`)

func dateFormat(p *Pass) {
	v := p.View
	s := v.DateSeg
	if s == nil || v.FromTOML {
		return
	}
	if m := draftDateRe().FindStringSubmatch(s.Text); m != nil && !dateLineRe().MatchString(s.Text) {
		// a draft leaves the day and the year blank: only the month is
		// written yet
		if mo := m[1]; mo != "" && mo != padMonth(mo) {
			p.Report(s, indexLit(s.Text, "tháng"), diag.Msg("tháng %s phải viết %s", "month %s must be written %s", mo, padMonth(mo)))
		}
		return
	}
	text := strings.Join(strings.Fields(fillRe().ReplaceAllString(strings.ReplaceAll(s.Text, "\u00a0", " "), " ")), " ")
	text = strings.Replace(text, "ngày tháng", "ngày  tháng", 1)
	text = strings.Replace(text, "tháng năm", "tháng  năm", 1) // a draft leaves the month blank too
	m := dateLine().FindStringSubmatch(text)
	if m == nil {
		m = gluedDateLine(p, s, text)
	}
	if m == nil && dateLineNoNgay(p, s) { // date_line_no_ngay.go
		return
	}
	if m == nil {
		p.Report(s, 0, diag.Msg("dòng địa danh, ngày %q không đúng dạng \"<Địa danh>, ngày 05 tháng 01 năm 2024\"", "the date line %q does not read \"<Place>, ngày 05 tháng 01 năm 2024\"", s.Text))
		return
	}
	placeAbbrev(p, s)
	placeLineCase(p, s)
	placeProvince(p, s, m[1], atoi(m[4])) // place_province.go
	if d := m[2]; d != "" && d != padDay(d) {
		p.Report(s, indexLit(s.Text, "ngày"), diag.Msg("ngày %s phải viết %s", "day %s must be written %s", d, padDay(d)))
	}
	if mo := m[3]; mo != "" && mo != padMonth(mo) {
		p.Report(s, indexLit(s.Text, "tháng"), diag.Msg("tháng %s phải viết %s", "month %s must be written %s", mo, padMonth(mo)))
	}
	if d := (cite.Date{Year: atoi(m[4]), Month: atoi(m[3]), Day: atoi(m[2])}); m[3] != "" && !d.IsReal() {
		p.Report(s, 0, diag.Msg("ngày ban hành không có thật", "the issuing date does not exist"))
	}
}

func padDay(d string) string   { return cite.PadDay(atoi(d)) }
func padMonth(m string) string { return cite.PadMonth(atoi(m)) }

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func subjectPeriod(p *Pass) {
	if s := p.View.Subject; s != nil && strings.HasSuffix(s.Text, ".") && !strings.HasSuffix(s.Text, "...") {
		p.Report(s, len(s.Text)-1, diag.Msg("trích yếu kết thúc bằng dấu chấm", "the trích yếu ends with a period"))
	}
	if s := runInSubjectLine(p.View); s != nil {
		p.Report(s, len(s.Text)-1, diag.Msg("trích yếu kết thúc bằng dấu chấm", "the trích yếu ends with a period"))
	}
}

// runInSubjectLine is the body's first paragraph when it is the notice's
// tên loại and trích yếu run into one line (plain.RunInSubject) and no tên
// loại or trích yếu was read apart: its full stop is the trích yếu's.
func runInSubjectLine(v *View) *Seg {
	if v.Title != nil || v.Subject != nil || len(v.Body) == 0 {
		return nil
	}
	s := &v.Body[0]
	if t := strings.TrimSpace(s.Text); !plain.RunInSubject(t) && !runInSmallRe().MatchString(t) {
		return nil
	}
	return s
}

// runInSmallRe is the notice's tên loại run into its trích yếu with "về"
// in small letters, the one sentence closed by a full stop ("Thông báo về
// việc tạm dừng ... Quảng trường Nguyễn Tất Thành."), as the body's first
// paragraph of a text with no tên loại read: a post's title never closes
// so (the lead's ruling of round 66 keeps such a line the notice's).
var runInSmallRe = lazyre.New(`^(?:Thông báo|THÔNG BÁO) về (?:việc )?[^.]+[^.\s/]\.$`)

func closingMark(p *Pass) {
	v := p.View
	if v.FromTOML {
		return // the renderer adds "./."
	}
	if v.Type == Form {
		return // a form of Phụ lục IV ends with lines to fill, no sentence
	}
	i := lastOfBody(v.Body)
	if i < 0 {
		return
	}
	s := v.Body[i]
	if endsOnGround(v.Body, i) {
		return // closing_ground.go
	}
	if endsCutInList(v, i) {
		return // closing_cut.go
	}
	if !strings.HasSuffix(s.Text, "./.") {
		// a list's last point with no mark: its "." comes with the "./.", list-punct leaves it (said_by.go)
		p.reportSaid(&v.Body[i], len(s.Text)-1, diag.Msg("câu cuối của phần nội dung không kết thúc bằng \"./.\"", "the last sentence of the body does not end with \"./.\""))
	} else if strings.HasSuffix(s.Text, " ./.") {
		p.Report(&v.Body[i], len(s.Text)-4, diag.Msg("\"./.\" đứng liền sau câu cuối, không có dấu cách", "\"./.\" follows the last sentence with no space"))
	} else if at := extraDots(s.Text); at >= 0 {
		end := s.Text[wordStartBefore(s.Text, at):]
		fixed := strings.TrimRight(strings.TrimSuffix(end, "/."), ".") + "./."
		p.Report(&v.Body[i], at, diag.Msg("%q: dấu chấm thừa trước \"./.\"", "%q: dots run into the closing \"./.\"", end),
			diag.Msg("viết %q", "write %q", fixed))
	}
}

// extraDots is where the dots before a closing "./." start when there
// are more than one ("biết, thực hiện..../."), -1 when one: the last
// sentence's "." is the closing's own. "v.v../." (the abbreviation's
// dot, then the closing) is left.
func extraDots(s string) int {
	t := strings.TrimSuffix(s, "/.")
	i := len(t)
	for i > 0 && t[i-1] == '.' {
		i--
	}
	if len(t)-i < 2 || strings.HasSuffix(strings.ToLower(t[:i]), "v.v") {
		return -1
	}
	return i
}

// wordStartBefore is where the word that ends at byte i of s starts:
// after the last space before i, 0 when none.
func wordStartBefore(s string, i int) int {
	return strings.LastIndexByte(s[:i], ' ') + 1
}

// bareFormulaRe is a closing that thanks or greets and does nothing else
// ("Trân trọng cảm ơn!", "Trân trọng kính chào!"): a letter's courtesy, naming no one the notice is for,
// in any Thông báo. "Trân trọng!" after a sentence that names them, and
// an announcement's "UBND ... xin trân trọng thông báo./." (a public
// notice is for everyone), are lawful and not this.
var bareFormulaRe = lazyre.New(`(?i)^(?:xin\s)?trân trọng\s(?:cảm ơn|cám ơn|kính chào)$`)

// closingFormula: in a notice of conclusions, the closing says whom the
// notice is for; in any Thông báo, the closing is not a bare courtesy.
func closingFormula(p *Pass) {
	for i, s := range p.View.Body {
		if strings.Trim(s.Text, " ./") == "" {
			continue // a bare "./.": empty-part says the body is empty
		}
		if s.Role != RoleClosing {
			continue
		}
		if !p.View.Conclusions {
			if !bareFormulaRe().MatchString(strings.TrimRight(strings.TrimSpace(s.Text), " ./!")) {
				continue
			}
			if formulaBefore(p.View.Body[:i]) {
				p.Report(&p.View.Body[i], 0, diag.Msg("lời cảm ơn, lời chào viết thêm sau câu kết đã nói thông báo cho ai biết, thực hiện", "a thanks or greeting added after the closing sentence that says whom the notice is for"),
					diag.Msg("bỏ lời cảm ơn, lời chào; phần nội dung kết thúc ở câu kết, thêm \"./.\" liền sau câu ấy", "leave the thanks out: the body ends on the closing sentence, with \"./.\" right after it"))
				continue
			}
			p.Report(&p.View.Body[i], 0, diag.Msg("câu kết chỉ là lời cảm ơn, lời chào, không nói thông báo cho ai biết, thực hiện", "the closing only thanks or greets: it does not say whom the notice is for"))
			continue
		}
		if !formulaIn(s.Text) && !(p.View.Party && underTitle(p.View.Body[:i])) { // closing_read.go; underTitle: a Party kết luận ending on a part of its own
			p.Report(&p.View.Body[i], 0, diag.Msg("câu kết không nói thông báo cho ai biết, thực hiện", "the closing sentence does not say whom the notice is for"))
		}
	}
}

// underTitle reports whether the last paragraph before a closing is a
// part's title alone ("3. Yêu cầu": a marker and a few words, no stop):
// the paragraph after it is that part's, not a closing. A Party kết luận
// may end so, on its last conclusion (Hướng dẫn 36-HD/VPTW sets no
// closing sentence; p94: an Ủy ban Kiểm tra Đảng ủy xã's "1. Ưu điểm",
// "2. Hạn chế", "3. Yêu cầu", each over a paragraph); one that ends on
// a sentence of its own after its last point ("Đề nghị các chi bộ ...
// nghiêm túc thực hiện.") is still asked whom it is for.
func underTitle(body []Seg) bool {
	for j := len(body) - 1; j >= 0; j-- {
		t := strings.TrimSpace(body[j].Text)
		if t == "" {
			continue
		}
		return body[j].Role == RoleHeading && !strings.ContainsAny(strings.TrimPrefix(t, body[j].Marker), ".;:") && len(strings.Fields(t)) <= partWords
	}
	return false
}

// formulaBefore: the last sentence of the paragraph before a bare thanks
// says whom the notice is for ("Nhà trường xin thông báo đến Quý phụ
// huynh được biết ..."): the thanks is added after a closing, not the only
// closing.
func formulaBefore(body []Seg) bool {
	for j := len(body) - 1; j >= 0; j-- {
		t := strings.TrimSpace(body[j].Text)
		if t == "" {
			continue
		}
		return formulaIn(t[eachSentence(t, func(int, int) {}):])
	}
	return false
}

func recipientLines(p *Pass) {
	v := p.View
	if v.FromTOML {
		return // the renderer writes "- ...;"
	}
	if l := v.Label; l != nil {
		labelLine(p, l)
	}
	for i := range v.Recips {
		s := &v.Recips[i]
		if s.Role == RoleArchive {
			continue
		}
		text := recipientPart(s.Text) // a Lưu run into the line is archive-line's
		if !strings.HasPrefix(s.Text, "- ") {
			p.Report(s, 0, diag.Msg("dòng nơi nhận không bắt đầu bằng \"- \"", "the Nơi nhận line does not start with \"- \""))
		}
		switch {
		case strings.HasSuffix(text, ";."):
			// doubled-punct says the mark too many: the line's ";" is right
		case strings.HasSuffix(text, "."):
			p.Report(s, len(text)-1, diag.Msg("dòng nơi nhận %q kết thúc bằng dấu chấm; chỉ dòng \"- Lưu: ...\" cuối cùng kết thúc bằng dấu chấm", "the Nơi nhận line %q ends with a period; only the last line, \"- Lưu: ...\", does", text),
				diag.Msg("thay dấu chấm cuối dòng bằng \";\"", "end the line with \";\" instead"))
		case !strings.HasSuffix(text, ";"):
			p.Report(s, len(text)-1, diag.Msg("dòng nơi nhận %q không kết thúc bằng \";\"", "the Nơi nhận line %q does not end with \";\"", text),
				diag.Msg("thêm \";\" vào cuối dòng", "add \";\" at the end of the line"))
		}
		recipientDottedTag(p, s) // recipient_purpose_tag.go: "(để b.c)"
		if inner := strings.TrimSuffix(text, ";"); strings.Contains(inner, ";") && strings.Contains(inner, ",") && !namesCommas(inner) {
			p.Report(s, strings.Index(inner, ";"), diag.Msg("dòng nơi nhận %q dùng cả \";\" và \",\" để ngăn các nơi nhận", "the Nơi nhận line %q parts its recipients with both \";\" and \",\"", text),
				diag.Msg("ngăn các nơi nhận trong một dòng bằng \",\", hoặc viết mỗi nơi nhận một dòng", "part the recipients of one line with \",\", or give each its own line"))
		}
	}
}

// labelLine says a "Nơi nhận:" label written wrongly: a tone slipped
// ("Nơi nhân:", read as the label all the same), or the colon left out;
// "Nơi nhận :" is spacing's.
func labelLine(p *Pass, l *Seg) {
	t := strings.TrimSpace(l.Text)
	words := strings.TrimSpace(strings.TrimSuffix(t, ":"))
	fix := diag.Msg("viết \"Nơi nhận:\"", "write \"Nơi nhận:\"")
	switch {
	case !strings.HasPrefix(l.Text, words), strings.ToLower(stripMarks(words)) != "noi nhan":
		// another label ("Bản điện tử:", "Gửi bản điện tử:")
	case cite.Fold(words) != "nơi nhận":
		p.Report(l, 0, diag.Msg("chữ %q viết sai", "the label %q is misspelt", words), fix)
	case !strings.HasSuffix(t, ":"):
		p.Report(l, len(words), diag.Msg("thiếu dấu hai chấm sau chữ \"Nơi nhận\"", "the colon after \"Nơi nhận\" is missing"), fix)
	}
}

func archiveLine(p *Pass) {
	v := p.View
	if v.FromTOML {
		if a := v.Archive; a != nil && !strings.HasPrefix(strings.TrimSpace(a.Text), "VT") {
			p.Report(a, 0, diag.Msg("dòng lưu %q không bắt đầu bằng VT (văn thư)", "the archive line %q does not start with VT (văn thư)", "Lưu: "+a.Text),
				diag.Msg("viết archive = \"VT, <đơn vị soạn thảo>\"", "write archive = \"VT, <drafting unit>\""))
		}
		return
	}
	if v.Party {
		partyArchiveLine(p) // archive_party.go
		return
	}
	archives := 0
	for i := range v.Recips {
		s := &v.Recips[i]
		if s.Role != RoleArchive {
			continue
		}
		archives++
		if i != len(v.Recips)-1 {
			p.Report(s, 0, diag.Msg("dòng \"- Lưu:\" phải là dòng cuối của nơi nhận", "the \"- Lưu:\" line must be the last of Nơi nhận"))
		}
		if faults, want := archiveFaults(s.Text); len(faults) > 0 && want == "" {
			p.Report(s, faults[0].off, joinFaults(faults), diag.Msg("viết lại dòng theo dạng \"- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.\"", "write the line again as \"- Lưu: VT, <drafting unit's abbreviation>.\""))
		} else if len(faults) > 0 {
			p.Report(s, faults[0].off, joinFaults(faults), diag.Msg("viết %q", "write %q", want))
		}
	}
	if archives == 0 && len(v.Recips) > 0 && !archiveRunIn(p, &v.Recips[len(v.Recips)-1]) { // archive_run_in.go
		last := &v.Recips[len(v.Recips)-1]
		p.Report(last, 0, diag.Msg("nơi nhận không có dòng \"- Lưu: VT, ....\"", "Nơi nhận has no \"- Lưu: VT, ....\" line"))
	}
	if archives > 1 {
		p.Report(v.Archive, 0, diag.Msg("dòng \"- Lưu:\" có %d lần", "the \"- Lưu:\" line appears %d times", archives))
	}
}

func nhuTren(p *Pass) {
	v := p.View
	if v.Addressee != nil {
		if s := asAddressed(v); s != nil {
			p.Report(s, 0, diag.Msg("\"Như kính gửi\" thay cho \"- Như trên;\" ở dòng đầu của nơi nhận", "\"Như kính gửi\" for \"- Như trên;\" as the first line of Nơi nhận"),
				diag.Msg("viết \"- Như trên;\" ngay dưới \"Nơi nhận:\"", "write \"- Như trên;\" right under \"Nơi nhận:\""))
			return
		}
		if len(v.Recips) > 0 && !containsLit(v.recipFolded(0), "như trên") {
			p.Report(&v.Recips[0], 0, diag.Msg("văn bản có \"Kính gửi\": dòng đầu của nơi nhận phải là \"- Như trên;\"", "a document with \"Kính gửi\": the first line of Nơi nhận must be \"- Như trên;\""),
				diag.Msg("thêm dòng \"- Như trên;\" ngay dưới \"Nơi nhận:\"", "add the line \"- Như trên;\" right under \"Nơi nhận:\""))
		}
		return
	}
	if addressedInBody(v) {
		return // a Công điện's "... điện:" list, a Giấy giới thiệu's "Được cử đến:", stands for the Kính gửi (nhu_tren_addressed.go)
	}
	for i := range v.Recips {
		s := &v.Recips[i]
		if containsLit(v.recipFolded(i), "như trên") {
			p.Report(s, indexLit(strings.ToLower(s.Text), "như"), diag.Msg("%s không có \"Kính gửi\" nên không ghi \"Như trên\"", "a %s has no \"Kính gửi\", so no \"Như trên\"", strings.ToLower(v.TypeName)))
		}
	}
}

// asAddressed is the recipient line that writes "Như kính gửi" where the
// decree's "- Như trên;" stands for the addressees of the Kính gửi, or nil.
func asAddressed(v *View) *Seg {
	for i := range v.Recips {
		if containsLit(v.recipFolded(i), "như kính gửi") {
			return &v.Recips[i]
		}
	}
	return nil
}

// prefixRe reads an authority prefix, however it is spaced.
var prefixRe = lazyre.New(`^(TUQ|TM|KT|TL|Q)\s*\.\s*`)

func signerSpacing(p *Pass) {
	if partyMotto(p.View) {
		return // a Đảng's own document writes "T/M", not "TM.": signer-party-form says it (signer_party.go)
	}
	signerSpacingOf(p)
	cosigned(p, signerSpacingOf) // cosigns.go
}

// signerSpacingOf checks the spacing of one signature's authority lines.
// A Party's or Đoàn's notice writes its authority its own way ("T/M",
// Hướng dẫn 36-HD/VPTW), which the decree's bare and slashed forms
// (signerBare) are not read against; an abbreviation it writes with the
// decree's period is still spaced as the decree's ("TM.BAN CHẤP HÀNH"
// in a Đoàn's notice; a Đảng's own is signerSpacing's to leave).
func signerSpacingOf(p *Pass) {
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		signerEndPeriod(p, s)   // signer_end_period.go: "KT. GIÁM ĐỐC."
		signerInnerSpaces(p, s) // signer_inner_spaces.go: "PHÓ TRƯỞNG  PHÒNG"
		up := strings.ToUpper(s.Text)
		m := prefixRe().FindStringSubmatch(up)
		if m == nil {
			if !p.View.Party {
				signerBare(p, s)
				signerWrongMark(p, s) // signer_wrong_mark.go: "KT: TRƯỞNG BAN"
			}
			continue
		}
		want := m[1] + ". "
		if m[0] != want {
			p.Report(s, 0, diag.Msg("%q: sau %s. cần đúng một dấu cách", "%q: one space must follow %s.", s.Text, m[1]),
				diag.Msg("viết %q", "write %q", m[1]+". "+strings.TrimSpace(up[len(m[0]):])))
		}
	}
}

func signerCase(p *Pass) {
	if p.View.FromTOML {
		return // rendered in capitals
	}
	signerCaseOf(p)
	cosigned(p, signerCaseOf) // cosigns.go
}

// signerCaseOf checks the case of one signature's lines and name.
func signerCaseOf(p *Pass) {
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		if s.Text != strings.ToUpper(s.Text) {
			p.Report(s, 0, diag.Msg("dòng %q phải viết hoa", "line %q must be in capitals", s.Text))
		}
	}
	signerNameCase(p)
	signerNameSmall(p)  // signer_name_small.go
	signerNameEnd(p)    // signer_name_end.go: "Nguyễn Văn An."
	signerRankCase(p)   // signer_rank_case.go: "Trung Tá Nguyễn Mạnh Cường"
	signerRankMark(p)   // signer_rank_case.go: "Đại tá. Phạm Văn Lực"
	signerDegreeBare(p) // signer_degree_bare.go: "BSCKII Hồ Văn Quang"
}

// signerChain checks the order and nesting of authority prefixes (spec
// §8.1, §8.2): an outer TM./TL./TUQ., then KT. or Q., then titles.
func signerChain(p *Pass) {
	prefixes, segs := signerChainOf(p)
	deputyWithoutKT(p)                                                  // signer_deputy_kt.go: "CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"
	chairTM(p, prefixes, segs)                                          // signer_chair_tm.go: the document's own authority, the first signature's
	collectiveTM(p, prefixes, segs)                                     // signer_collective_tm.go: a collective's authority, the first signature's
	cosigned(p, func(q *Pass) { signerChainOf(q); deputyWithoutKT(q) }) // cosigns.go
}

// signerChainOf checks one signature's authority prefixes and returns
// them with their lines.
func signerChainOf(p *Pass) ([]string, []*Seg) {
	var prefixes []string
	var segs []*Seg
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		m := signerPrefix(strings.ToUpper(s.Text))
		if m == nil {
			if len(prefixes) > 0 && prefixes[len(prefixes)-1] == "" {
				continue
			}
			prefixes, segs = append(prefixes, ""), append(segs, s)
			continue
		}
		prefixes, segs = append(prefixes, m[1]+"."), append(segs, s)
	}
	outer := map[string]bool{"TM.": true, "TL.": true, "TUQ.": true}
	for i, pre := range prefixes {
		switch {
		case pre == "":
		case i > 0 && prefixes[i-1] == "":
			p.Report(segs[i], 0, diag.Msg("%s đứng sau chức vụ; thẩm quyền phải đứng trên cùng", "%s comes after a title; authority lines come first", pre))
		case outer[pre] && i > 0:
			p.Report(segs[i], 0, diag.Msg("%s không đứng sau %s", "%s cannot follow %s", pre, prefixes[i-1]))
		case pre == "KT." && i > 0 && prefixes[i-1] == "TUQ.":
			p.Report(segs[i], 0, diag.Msg("thừa ủy quyền (TUQ.) không được ủy quyền lại: không ký thay (KT.) sau TUQ.", "thừa ủy quyền (TUQ.) cannot be delegated again: no KT. after TUQ."))
		case (pre == "KT." || pre == "Q.") && i > 0 && (prefixes[i-1] == "KT." || prefixes[i-1] == "Q."):
			p.Report(segs[i], 0, diag.Msg("%s không đứng sau %s", "%s cannot follow %s", pre, prefixes[i-1]))
		}
	}
	headRunTM(p, prefixes, segs)           // signer_head_run.go
	ktHeadTitle(p, signerSegs(p.View))     // signer_kt_head.go
	ktOtherHead(p, signerSegs(p.View))     // signer_kt_other_head.go
	signerMarkTitle(p, signerSegs(p.View)) // signer_mark_title.go
	if n := len(prefixes); n > 0 && prefixes[n-1] == "KT." && !deputyOnLine(segs[n-1].Text) && !(segs[n-1] == &p.View.Signer[len(p.View.Signer)-1] && signatureCut(p.View)) {
		p.Report(segs[n-1], 0, diag.Msg("sau dòng KT. thiếu chức vụ của người ký thay", "after the KT. line the deputy's own title is missing"))
	}
	return prefixes, segs
}

// titleRunIn is the header line that ends with the tên loại run on after
// the issuer's name ("UBND TP. NHA TRANG THÔNG BÁO", a paper's column
// setting the two on one line), or nil: the tên loại is there, not on a
// line of its own.
func titleRunIn(v *View) *Seg {
	if v.TypeName == "" {
		return nil
	}
	name := strings.ToUpper(v.TypeName)
	for i := range v.Header {
		t := strings.TrimSpace(v.Header[i].Text)
		if before, ok := strings.CutSuffix(t, " "+name); ok && isUpperText(before) {
			return &v.Header[i]
		}
	}
	return nil
}

// headRunIn is a paragraph among the first of a body read with no header
// that holds, in capitals on one line, the issuer's name, the tên loại and
// the trích yếu ("ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ, ... THÔNG BÁO VỀ VIỆC KÊ
// KHAI, ..."), as a portal ran them together; nil when there is none.
func headRunIn(v *View) *Seg {
	if v.TypeName == "" {
		return nil
	}
	name := " " + strings.ToUpper(v.TypeName) + " "
	for i := range v.Body {
		if i >= 4 {
			break
		}
		t := strings.TrimSpace(v.Body[i].Text)
		at := strings.Index(t, name)
		if at < 0 || !isUpperText(t) || !issuerOpenRe().MatchString(t[:at]) {
			continue
		}
		if rest := strings.Fields(t[at+len(name):]); len(rest) >= 3 {
			return &v.Body[i]
		}
	}
	return nil
}

// issuerOpenRe opens an issuer's name in capitals, its kind of body first.
var issuerOpenRe = lazyre.New(`^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|SỞ|PHÒNG|BAN|TRƯỜNG|BỆNH VIỆN|TRUNG TÂM|CÔNG TY|CỤC|CHI CỤC|BỘ|TỔNG CỤC|VĂN PHÒNG)\s`)
