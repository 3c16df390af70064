package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// purposeSemicolon reports the ";" that joins a paragraph's opening
// purpose phrase to the clause it gives the purpose of ("Để việc đề nghị
// xét, công nhận ... đúng trình tự, thủ tục theo quy định; Ủy ban nhân
// dân huyện đề nghị các cơ quan ..."): the phrase, with no clause of its
// own (purposeFragment), is followed after the ";" by a subject in a
// capital that announces, asks or issues, as groundSemicolon reads a
// ground so joined. A purpose phrase whose main clause came before the
// ";" ("Để ..., Ủy ban nhân dân phường yêu cầu các đoàn thể; Hiệu trưởng
// ...") and a list of grounds or documents after it are left.
func purposeSemicolon(s string) (int, bool) {
	t := strings.TrimLeft(s, " \t")
	lead := len(s) - len(t)
	if !strings.HasPrefix(t, "Để ") && !strings.HasPrefix(t, "Nhằm ") {
		return 0, false
	}
	i, after, ok := leadSemicolon(t, purposeFragment)
	if !ok {
		return 0, false
	}
	if clause := clauseAfter(after); !announces(clause) && !strings.Contains(clause, " ban hành ") {
		return 0, false
	}
	return lead + i, true
}

// reportPurposeSemicolon says the ";" purposeSemicolon found at at.
func reportPurposeSemicolon(p *Pass, seg *Seg, at int) {
	p.Report(seg, at, diag.Msg("vế mở đầu %q nối với vế chính bằng dấu \";\"", "the leading phrase %q is joined to its main clause with \";\"", short(strings.TrimSpace(seg.Text[:at]))),
		diag.Msg("thay dấu \";\" bằng dấu phẩy (\"Để ..., [tên cơ quan] đề nghị ...\")", "put a comma for the \";\" (\"Để ..., [tên cơ quan] đề nghị ...\")"))
}
