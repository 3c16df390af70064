package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// cosignNote says that a joint notice's later signature, first read at
// p (its lines are those of ps with p's Sig), has no key of its own: the
// source has one signer, so its lines are kept as text after the end, in
// an [[appendices]] with no title, for the drafter to see to.
func (im *importer) cosignNote(p plain.Para, ps []plain.Para) {
	var lines []string
	for _, q := range ps {
		if (q.Kind == plain.Cosigner || q.Kind == plain.Coname) && q.Sig == p.Sig {
			lines = append(lines, strings.TrimSpace(q.Text))
		}
	}
	sig := strings.Join(lines, " / ")
	im.note(p.Line, diag.Msg("chữ ký thứ %d của văn bản liên tịch (%s): tệp nguồn chỉ có một người ký ([signer]); chữ ký này được giữ nguyên văn trong một [[appendices]] không tên, bản in sẽ đặt nó sau thông báo như một phụ lục: xem lại trước khi in",
		"signature %d of a joint notice (%s): a source has one signer ([signer]); this signature is kept as text in an untitled [[appendices]], which prints after the notice as an appendix: review it before printing", p.Sig+1, sig))
}
