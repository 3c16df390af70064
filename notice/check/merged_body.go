package check

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "merged-body", Severity: diag.Warning, Ref: diag.RefMergedBodies, Run: mergedBody,
		Title: diag.Msg("văn bản ban hành từ ngày 01/3/2025 không gửi, không giao việc cho bộ, sở đã hợp nhất", "a document issued from 01/3/2025 sends nothing to and gives no work to a merged ministry or sở"),
		Help:  diag.Msg("thay bằng cơ quan đã nhận nhiệm vụ (Bộ Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng, ...)", "write the body that took over its work (Bộ Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng, ...)")})
}

// From 01/3/2025 (Nghị quyết 176/2025/QH15) Bộ Kế hoạch và Đầu tư is part
// of Bộ Tài chính; Bộ Tài nguyên và Môi trường and Bộ Nông nghiệp và Phát
// triển nông thôn are Bộ Nông nghiệp và Môi trường; Bộ Giao thông vận tải
// is part of Bộ Xây dựng, Bộ Thông tin và Truyền thông of Bộ Khoa học và
// Công nghệ, Bộ Lao động - Thương binh và Xã hội of Bộ Nội vụ; Ủy ban Dân
// tộc is Bộ Dân tộc và Tôn giáo. Each province merged its sở the same way
// (Nghị định 45/2025/NĐ-CP). The ministries' list was checked (lead95)
// against published summaries of Nghị quyết 176/2025/QH15 (its fourteen
// Bộ and three cơ quan ngang Bộ working from 01/3/2025, the four mergers
// with their new Bộ trưởng), not against the resolution's own text.
// A notice issued since that sends a copy to
// one of them or gives one work copied its lines from an older notice; a
// notice whose own header names one has a wrong header or a wrong date.
// A line that names the body as it was ("Sở Kế hoạch và Đầu tư (cũ)",
// "nguyên Giám đốc Sở Giao thông vận tải") is left, as is the body text,
// where a cited document or the past may name it.

// mergedBodyRe finds a merged ministry or sở, written out or abbreviated
// ("Sở TN&MT", "Bộ LĐTBXH"); group 1 is the kind ("Bộ", "Sở"), 2 to 7 the
// name, one group for each body that took it over.
var mergedBodyRe = lazyre.New(`(?i)(?:^|[^\p{L}\p{N}])((?-i:Bộ|BỘ|Sở|SỞ))\s+(?:` +
	`(Kế\s+hoạch\s+và\s+Đầu\s+tư|KH\s*&\s*ĐT|KHĐT|KH-ĐT)|` +
	`(Tài\s+nguyên\s+và\s+Môi\s+trường|TN\s*&\s*MT|TNMT|TN-MT|Nông\s+nghiệp\s+và\s+Phát\s+triển\s+nông\s+thôn|Nông\s+nghiệp\s+và\s+PTNT|NN\s*&\s*PTNT|NNPTNT|NN-PTNT)|` +
	`(Giao\s+thông\s+(?:-\s+)?vận\s+tải|GTVT|GT-VT)|` +
	`(Thông\s+tin\s+và\s+Truyền\s+thông|TT\s*&\s*TT|TTTT|TT-TT)|` +
	`(Lao\s+động\s*[-–,]\s*Thương\s+binh\s+và\s+Xã\s+hội|LĐ\s*-?\s*TB\s*&\s*XH|LĐTBXH|LĐ-TB-XH|LĐTB&XH))` +
	`(?:$|[^&\p{L}\p{N}])|(?i)(?:^|[^\p{L}\p{N}])((?:Ủy|Uỷ)\s+ban\s+Dân\s+tộc)(?:$|[^\p{L}\p{N}])`)

// mergedHistoryRe, at the end of the text of a line before a merged
// body, says the line names the body as the source of what a present one
// took over ("Sở Tài chính (nhận bàn giao từ Sở Kế hoạch và Đầu tư)",
// "chỉnh lý phông lưu trữ Sở Tài nguyên và Môi trường", "hồ sơ do Sở
// Giao thông vận tải lập"), as "của" and "nguyên" do (ownedOrFormerRe).
var mergedHistoryRe = lazyre.New(`(?i)(?:^|[\s(])(?:từ|do|phông(?: lưu trữ)?|hồ sơ|tài liệu)\s[^,;]*$`)

// mergedFormer reports whether a line names a merged body or province
// as it was: "(cũ)", "trước sắp xếp", "(nay là Sở Tài chính)", or the
// text before the name at "at" ("nguyên Giám đốc", "từ", "hồ sơ").
func mergedFormer(text string, at int, header bool) bool {
	if formerMarkRe().MatchString(text) || nowIsRe().MatchString(text) {
		return true
	}
	return !header && (ownedOrFormerRe().MatchString(text[:at]) || mergedHistoryRe().MatchString(text[:at]))
}

// nowIsRe says a line tells what the body named before it is now.
var nowIsRe = lazyre.New(`(?i)(?:^|[\s(,])nay (?:là|thuộc|đã hợp nhất|sáp nhập)\s`)

// mergedInto names, for each name group of mergedBodyRe, the body that
// took over its work (after "Bộ" or "Sở").
var mergedInto = [...]string{"Tài chính", "Nông nghiệp và Môi trường", "Xây dựng", "Khoa học và Công nghệ", "Nội vụ"}

func mergedBody(p *Pass) {
	v := p.View
	if d := v.Date; d.Year < 2025 || d.Year == 2025 && d.Month < 3 {
		return // before 01/3/2025 (a draft's year and month are enough), or no date
	}
	for i := range v.Header {
		if h := &v.Header[i]; h.Role == RoleHeader {
			reportMerged(p, h, true)
		}
	}
	for i := range v.Recips {
		if s := &v.Recips[i]; s.Role == RoleRecipient {
			reportMerged(p, s, false)
		}
	}
	for _, a := range withSegs(v.Assignees) {
		reportMerged(p, a, false)
	}
}

// reportMerged reports the first merged body a line names, or else a
// former province (merged_province.go), unless the line names it as it
// was.
func reportMerged(p *Pass, s *Seg, header bool) {
	if reportMergedBody(p, s, header) {
		return
	}
	reportMergedProvince(p, s, header)
}

// reportMergedBody reports the first merged ministry or sở a line names;
// it reports whether it did.
func reportMergedBody(p *Pass, s *Seg, header bool) bool {
	m := mergedBodyRe().FindStringSubmatchIndex(s.Text)
	if m == nil {
		return false
	}
	if m[14] >= 0 { // Ủy ban Dân tộc
		body := s.Text[m[14]:m[15]]
		if mergedFormer(s.Text, m[14], header) {
			return false
		}
		reportMergedAt(p, s, m[14], body, "Bộ Dân tộc và Tôn giáo", header)
		return true
	}
	if mergedFormer(s.Text, m[2], header) {
		return false
	}
	for g := range mergedInto {
		if a := m[4+2*g]; a >= 0 {
			kind := s.Text[m[2]:m[3]]
			now := "Bộ " + mergedInto[g]
			if cite.Fold(kind) == "sở" {
				now = "Sở " + mergedInto[g]
			}
			reportMergedAt(p, s, m[2], s.Text[m[2]:m[5+2*g]], now, header)
			return true
		}
	}
	return false
}

// reportMergedAt reports the merged body written body at offset at of s,
// whose work now is the body now's.
func reportMergedAt(p *Pass, s *Seg, at int, body, now string, header bool) {
	if header {
		p.Report(s, at, diag.Msg("%q: từ ngày 01/3/2025 cơ quan này đã hợp nhất vào %s; xem lại tên cơ quan ban hành hoặc ngày tháng của văn bản", "%q: since 01/3/2025 this body is part of %s; check the issuer's name or the document's date", body, now),
			diag.Msg("ghi đúng tên cơ quan ban hành hiện nay", "write the issuer's present name"))
		return
	}
	p.Report(s, at, diag.Msg("%q: từ ngày 01/3/2025 cơ quan này đã hợp nhất vào %s; có thể dòng này chép từ văn bản cũ", "%q: since 01/3/2025 this body is part of %s; the line may be copied from an older document", body, now),
		diag.Msg("thay bằng %q (hoặc cơ quan đã nhận nhiệm vụ tương ứng)", "write %q (or the body that took over the work)", now))
}
