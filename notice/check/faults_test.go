package check

import (
	"strings"
	"testing"
)

func TestArchiveFaults(t *testing.T) {
	for _, c := range []struct {
		line, fault, want string
	}{
		{"- Lưu: VT, TH.", "", "- Lưu: VT, TH."},
		{"- Lưu: VT, NN (2)NXT.", "", "- Lưu: VT, NN (2)NXT."},
		{"- Lưu: VT, CN(M.Cường).", "", "- Lưu: VT, CN(M.Cường)."},
		{"- Lưu: VT, P.TH.", "", "- Lưu: VT, P.TH."},
		{"- Lưu: VT..", "hai dấu chấm", "- Lưu: VT."},
		{"- Lưu: VT, KGVX", "không có dấu chấm cuối", "- Lưu: VT, KGVX."},
		{"- Lưu: VP.", "\"VP\" ở chỗ của \"VT\"", "- Lưu: VT."},
		{"- Lưu: VT, TH. Lan.", "tên người soạn thảo", "- Lưu: VT, TH(Lan)."},
		{"- Lưu: VT, NLN.M.Cường.", "tên người soạn thảo", "- Lưu: VT, NLN(M.Cường)."},
		{"- Lưu: VT, (P.TH – Hùng).", "không đặt trong ngoặc", "- Lưu: VT, P.TH(Hùng)."},
		// a list of units in brackets is those units; VP where VT belongs
		{"- Lưu (VP ; KT&KĐCL).", "không đặt trong ngoặc", "- Lưu: VT, KT&KĐCL."},
		// brackets it cannot read: no line to copy, the fault said in words
		{"- Lưu: VT, (phòng Tổng hợp).", "không đặt trong ngoặc", ""},
		{"Lưu VT, TH;", "kết thúc bằng \";\"", "- Lưu: VT, TH."},
		{"- Lưu: VT,TH.", "thiếu dấu cách sau dấu phẩy", "- Lưu: VT, TH."},
		{"- Lưu: VT, TH(Lan,Hùng).", "", "- Lưu: VT, TH(Lan,Hùng)."},
		// ";" typed for the comma between the units: a separator, not part of a unit
		{"- Lưu: VT; 2.05.07.", "dấu chấm phẩy", "- Lưu: VT, 2.05.07."},
		{"- Lưu: VT; TH; NC.", "dấu chấm phẩy", "- Lưu: VT, TH, NC."},
		{"- Lưu: VT, (VP ; KT&KĐCL).", "không đặt trong ngoặc", "- Lưu: VT, VP, KT&KĐCL."},
		// a comma with no unit after it, or a period where a comma goes
		{"- Lưu: VT, CCVC, .", "dấu phẩy thừa", "- Lưu: VT, CCVC."},
		{"- Lưu: VT, CCVC,.", "dấu phẩy thừa", "- Lưu: VT, CCVC."},
		{"- Lưu: VT,, CCVC.", "dấu phẩy thừa", "- Lưu: VT, CCVC."},
		{"- Lưu: VT. CCVC.", "dấu chấm sau \"VT\"", "- Lưu: VT, CCVC."},
		{"- Lưu: VT.TH.", "dấu chấm sau \"VT\"", "- Lưu: VT, TH."},
		// a period or the count of copies after VT: the line to copy keeps one VT (rv93; was "VT, VT., VP.")
		{"- Lưu: VT., VP.", "dấu chấm thừa sau \"VT\"", "- Lưu: VT, VP."},
		{"- Lưu: VT (02b), VP.", "số bản lưu \"(02b)\"", "- Lưu: VT, VP (02b)."},
		{"- Lưu: VT(2b), TCCB, Lan.", "số bản lưu", "- Lưu: VT, TCCB, Lan (2b)."},
	} {
		faults, want := archiveFaults(c.line)
		got := joinFaults(faults).VI
		if c.fault == "" && len(faults) > 0 || c.fault != "" && !strings.Contains(got, c.fault) || want != c.want {
			t.Errorf("archiveFaults(%q) = %q, %q; want a fault with %q, %q", c.line, got, want, c.fault, c.want)
		}
	}
}

func TestNumberShape(t *testing.T) {
	for _, c := range []struct{ line, msg, fix string }{
		{"Số: 831 /TB-UBND", "dấu cách giữa số 831", "Số: 831/TB-UBND"},
		{"Số: 12/ TB-UBND", "sau dấu \"/\"", "Số: 12/TB-UBND"},
		{"Số 12/TB-UBND", "dấu hai chấm", "Số: 12/TB-UBND"},
		{"Số:     /TB UBND", "nối bằng dấu cách", "Số:      /TB-UBND"},
		// an en dash typed for the hyphen goes with the space
		{"Số: 2865/GDĐT –KT&KĐCL", "gạch dài", "Số: 2865/GDĐT-KT&KĐCL"},
		// the place and date read on the number's line are no part of the code
		{"Số: 226 /QĐ-BQLCKCN Lào Cai, ngày 14 tháng 8 năm 2026", "dấu cách giữa số 226", `"Số: 226/QĐ-BQLCKCN"`},
		{"Số: 7/ UBND-KT Hà Nội, ngày 1 tháng 2 năm 2026", "sau dấu \"/\"", `"Số: 7/UBND-KT"`},
		// a code of one group: what is missing cannot be guessed, the fix says where it goes
		{"Số: 24/CCTTHC", "một nhóm", `"Số: 24/CCTTHC-" rồi chữ viết tắt tên đơn vị soạn thảo`},
		{"Số: 05/TB", "một nhóm", `"Số: 05/TB-" rồi chữ viết tắt tên cơ quan ban hành`},
		// a number with a mark typed after it: the fix takes the mark away,
		// never the wrong number as written
		{"Số: 50./TB-THCS", "phải là chữ số", `"Số: 50/TB-THCS"`},
		// a mark typed after the code: said as such, the fix without it (x95)
		{"Số: 56/TB-CAX.", "kết thúc bằng dấu \".\"", `viết "Số: 56/TB-CAX"`},
		// a number that cannot be told: no number invented
		{"Số: 12a/TB-UBND", "phải là chữ số", `bằng chữ số Ả Rập, như "Số: 05/TB-UBND"`},
		// the first letters of the code glued to the number: they go after the "/"
		{"Số: 1728TM/XNK", "phải là chữ số", `dấu "/": viết "Số: 1728/TM-XNK"`},
		{"Số: 15 UBND/VP", "phải là chữ số", `viết "Số: 15/UBND-VP"`},
		// no "/" at all: it goes after the digits, not at the line's end (rv60)
		{"Số: 03QĐ-UBND", "thiếu dấu \"/\"", `viết "Số: 03/QĐ-UBND"`},
		{"Số: 03 QĐ-UBND Lào Cai, ngày 14 tháng 3 năm 2024", "thiếu dấu \"/\"", `viết "Số: 03/QĐ-UBND"`},
		{"Số: QĐ-UBND", "thiếu dấu \"/\"", `như "Số: 05/TB-UBND"`},
		// the code's parts joined by a second "/": the fix joins them with "-",
		// never the line as written
		{"Số: 2874/TB/SYT", "nối bằng dấu \"/\"", `viết "Số: 2874/TB-SYT"`},
		{"Số:    /TB/UBND-VP", "nối bằng dấu \"/\"", `viết "Số:      /TB-UBND-VP"`},
	} {
		_, msg, fix := numberShape(c.line)
		if !strings.Contains(msg.VI, c.msg) || !strings.Contains(fix.VI, c.fix) {
			t.Errorf("numberShape(%q) = %q, %q; want %q, %q", c.line, msg.VI, fix.VI, c.msg, c.fix)
		}
	}
}

func TestPhraseNearMisses(t *testing.T) {
	book := readPhrases("đáp ứng yêu cầu\ncơ quan, đơn vị, địa phương\nsở, ban, ngành\nthông báo kết quả\n! ban ngành nào")
	has := func(s string) bool {
		toks := phraseTokens(s)
		for _, l := range book.builtSlips {
			for _, sl := range l {
				if equalTokens(book.tokensOf(sl.ids), toks) {
					return true
				}
			}
		}
		return false
	}
	for _, s := range []string{"đáp ứng cầu", "cơ quan, quan vị, địa phương", "sở, ban ngành"} {
		if !has(s) {
			t.Errorf("no near-miss %q", s)
		}
	}
	if has("đáp ứng") || has("ứng yêu cầu") {
		t.Error("a phrase's edge left out is no near-miss")
	}
}

func TestIY(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"qui", "quy", true}, {"kĩ", "kỹ", true}, {"lí", "lý", true}, {"dài", "dày", false}, {"tai", "tay", false}} {
		if iy(c.a, c.b) != c.want {
			t.Errorf("iy(%q, %q) != %v", c.a, c.b, c.want)
		}
	}
}
