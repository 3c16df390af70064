package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "article-colon", Severity: diag.Warning, Ref: diag.RefParts, Run: articleColon,
		Title: diag.Msg("sau số thứ tự của điều là dấu chấm (\"Điều 1.\")", "an article's number is followed by a full stop (\"Điều 1.\")"),
		Help: diag.Msg("số thứ tự của điều viết bằng chữ số Ả Rập, sau đó là dấu chấm: \"Điều 1. ...\", không \"Điều 1: ...\"",
			"an article is numbered in Arabic figures followed by a full stop: \"Điều 1. ...\", not \"Điều 1: ...\"")})
}

// articleColon finds an article opened with a colon after its number
// ("Điều 1: Thành lập Ban chỉ đạo ..."): a paragraph that starts with
// "Điều", a number and ":".
func articleColon(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		lead := len(t) - len(strings.TrimLeft(t, " \t*"))
		rest := t[lead:]
		if !strings.HasPrefix(rest, "Điều ") {
			continue
		}
		n := len("Điều ")
		d := n
		for d < len(rest) && isDigit(rest[d]) {
			d++
		}
		if d == n || d-n > 3 {
			continue
		}
		c := d + len(rest[d:]) - len(strings.TrimLeft(rest[d:], " "))
		if c >= len(rest) || rest[c] != ':' {
			continue
		}
		p.Report(seg, lead, diag.Msg("%q: sau số thứ tự của điều là dấu hai chấm", "%q: a colon after the article's number", rest[:c+1]),
			diag.Msg("viết %q", "write %q", rest[:d]+"."))
	}
}
