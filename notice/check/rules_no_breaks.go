package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "no-line-breaks", Severity: diag.Warning, Ref: diag.Practice, Run: noLineBreaks,
		Title: diag.Msg("văn bản có xuống dòng giữa các thành phần", "the text breaks lines between its elements"),
		Help:  diag.Msg("lấy văn bản từ tệp Word gốc hoặc bản có xuống dòng (không lấy phần xem trước của trang web), rồi kiểm tra lại", "take the text from the original Word file or a copy with its line breaks (not a site's preview), then check again")})
}

// noLineBreaks reports, once, a text that holds a whole document on one
// or a few long lines: its header, body and signature cannot be told
// apart, so no rule that reads them runs (silencedNoBreaks).
func noLineBreaks(p *Pass) {
	v := p.View
	if !v.NoBreaks {
		return
	}
	p.ReportAt(v.firstPos(), diag.Msg("văn bản không xuống dòng: cả văn bản nằm trên một dòng, không tách được phần đầu, nội dung, chữ ký và nơi nhận, nên không kiểm tra được thể thức", "the text has no line breaks: the whole document stands on one line, its header, body, signature and recipients cannot be told apart, so its layout was not checked"))
}

// silencedNoBreaks reports whether rule r stays silent on v: on a text
// without line breaks only no-line-breaks runs, every other rule reading
// elements the text does not part.
func silencedNoBreaks(v *View, r *Rule) bool {
	return v.NoBreaks && r.ID != "no-line-breaks"
}
