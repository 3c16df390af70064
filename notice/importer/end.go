package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

var archiveRe = lazyre.New(`(?i)^lưu\s*:?\s*`)

// end maps Nơi nhận and the signature.
func (im *importer) end(ps []plain.Para) {
	c, s := &im.d.Closing, &im.d.Signer
	archived := false
	var titles []string
	for _, p := range ps {
		t := strings.TrimSpace(p.Text)
		switch p.Kind {
		case plain.Recipient:
			t = strings.TrimSpace(strings.TrimLeft(t, "-+•–· \t"))
			if m := archiveRe().FindString(t); m != "" {
				if archived {
					c.Recipients = append(c.Recipients, escapeText("Lưu: "+c.Archive))
				}
				c.Archive = escapeText(strings.TrimRight(t[len(m):], " .;,"))
				archived = true
				continue
			}
			r := im.in.text(p, len(p.Text)-len(strings.TrimLeft(p.Text, "-+•–· \t")))
			if r = strings.TrimRight(r, " ;.,"); r != "" {
				c.Recipients = append(c.Recipients, r)
			}
		case plain.Signer:
			if _, ok := notice.ParseAuthority(t); ok && len(titles) == 0 {
				s.Authority = append(s.Authority, clean(t))
			} else {
				titles = append(titles, clean(t))
			}
		case plain.Name:
			s.Name = escapeText(t)
		}
	}
	s.Title = escapeText(strings.Join(titles, " "))
	if !archived {
		im.note(0, diag.Msg("không tìm thấy dòng \"Lưu:\" của nơi nhận; closing.archive để trống", "no \"Lưu:\" line ends Nơi nhận; closing.archive is left empty"))
	}
	if len(c.Recipients) == 0 {
		im.note(0, diag.Msg("không tìm thấy nơi nhận; closing.recipients để trống", "no recipients were found; closing.recipients is left empty"))
	}
	if s.Title == "" && len(s.Authority) == 0 || s.Name == "" {
		im.note(0, diag.Msg("không tìm thấy đủ phần ký (quyền hạn, chức vụ, họ tên); [signer] còn thiếu", "the signature (authority, title, name) was not all found; [signer] is incomplete"))
	}
}
