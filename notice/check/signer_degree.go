package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "signer-degree", Severity: diag.Warning, Ref: diag.RefSignerName, Run: signerDegree,
		Title: diag.Msg("trước họ tên người ký không ghi học hàm, học vị, danh hiệu", "no academic title, degree or honour before the signer's name"),
		Help:  diag.Msg("bỏ học hàm, học vị trước họ tên; chỉ ghi họ, tên đệm và tên người ký", "drop the title or degree before the name; write the signer's family, middle and given names only")})
}

// NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 7, điểm c: before the
// signer's name no học hàm, học vị or honour is written ("ThS. Trần Thị
// Mai", "TS. Nguyễn Văn A"); the head of the sector may allow them for
// the armed forces and for the bodies of education, health and science,
// whose notices write them ("PGS.TS. Huỳnh Quyết Thắng" under a
// university's header): those issuers are left alone, and so is a notice
// whose header was not read.

// signerDegreeRe is a run of học hàm and học vị before a name, as written with
// their dots ("PGS.TS.", "ThS. ", "BSCKII.") or in words ("Tiến sĩ").
var signerDegreeRe = lazyre.New(`^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|THS|BS|BSCKI|BSCKII|BS\.CKI|BS\.CKII|DS|KS|KTS|CN|NCS|NGND|NGƯT|TTND|TTƯT|Dr|LS)\.\s*)+|^(?:Phó Giáo sư|Giáo sư|Tiến sĩ|Thạc sĩ|Kỹ sư|Kiến trúc sư|Bác sĩ|Luật sư|Nhà giáo ưu tú|Thầy thuốc ưu tú)\s+`)

// degreeSectorWords name, in an issuer's header, the bodies whose
// signers may carry their degrees: schools, universities, institutes,
// hospitals, the health and education sectors, the armed forces. A
// health body need not say "y tế" ("Ban Bảo vệ, chăm sóc sức khỏe cán
// bộ", "Trung tâm Kiểm soát bệnh tật"), nor an army one "quân" ("Bộ Tư
// lệnh Thủ đô Hà Nội", "Tổng cục Chính trị", "Sư đoàn 316").
var degreeSectorWords = []string{" trường ", " đại học ", " cao đẳng ", " học viện ", " viện ", " y tế ", " giáo dục ",
	" khoa học ", " nghiên cứu ", " sức khỏe ", " sức khoẻ ", " bệnh ", " dược ",
	" quân ", " công an ", " biên phòng ", " cảnh sát ", " bộ đội ", " quốc phòng ",
	" tư lệnh ", " tham mưu ", " tổng cục chính trị ", " sư đoàn ", " lữ đoàn ", " trung đoàn ", " binh chủng "}

func signerDegree(p *Pass) {
	signerDegreeOf(p)
	cosigned(p, signerDegreeOf) // cosigns.go
}

// signerDegreeOf reports the degree before one signature's name.
func signerDegreeOf(p *Pass) {
	if p.View.Name == nil || degreeSector(p.View) {
		return
	}
	at, degree, name := degreeBeforeName(p.View)
	if degree == "" || len(strings.Fields(name)) < 2 {
		return // no name after it: not a signer's name line
	}
	p.Report(at, 0, diag.Msg("trước họ tên người ký ghi học hàm, học vị %q", "the signer's name is preceded by %q", degree),
		diag.Msg("bỏ %q, chỉ ghi họ tên: %q", "drop %q and write the name alone: %q", degree, name))
}

// degreeBeforeName finds the degree written before the signer's name: at
// the name line's head, or as the signature line a Word or PDF copy set
// apart before the name ("TS." over "Trần Quốc Hưng", signerTitleSeg).
func degreeBeforeName(v *View) (at *Seg, degree, name string) {
	n := v.Name
	if m := signerDegreeRe().FindStringIndex(n.Text); m != nil {
		return n, strings.TrimSpace(n.Text[:m[1]]), strings.TrimSpace(n.Text[m[1]:])
	}
	if degree, name := bareDegree(n.Text); degree != "" {
		return n, degree, name // signer_degree_bare.go: "ThS Trần Thị Mai"
	}
	s := signerTitleSeg(v)
	if s == nil {
		return nil, "", ""
	}
	t := strings.TrimSpace(s.Text)
	if signerDegreeRe().FindString(t) != t {
		return nil, "", "" // "NSƯT.": an honour the name line's reading does not say either
	}
	return s, t, strings.TrimSpace(n.Text)
}

// degreeSector reports whether the issuer is of a sector whose signers
// may write their degrees, or unknown (no header read).
func degreeSector(v *View) bool {
	issuer := issuerKey(v) // rules_recipients.go: the header's issuer lines, in normal form
	if issuer == "" {
		return true
	}
	issuer = " " + issuer + " "
	for _, w := range degreeSectorWords {
		if strings.Contains(issuer, w) {
			return true
		}
	}
	return false
}
