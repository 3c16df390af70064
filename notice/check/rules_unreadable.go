package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "unreadable", Severity: diag.Error, Ref: diag.Practice, Run: unreadable,
		Title: diag.Msg("văn bản đọc được: chữ không bị nhận dạng sai", "the text is readable, not garbled by character recognition"),
		Help:  diag.Msg("dùng tệp Word gốc, hoặc nhận dạng lại bản quét bằng phần mềm đọc được tiếng Việt, rồi kiểm tra lại", "use the original Word file, or recognise the scan again with software that reads Vietnamese, then check again")})
}

// unreadable reports, once, a text garbled past checking: the text layer
// of a scan whose Vietnamese marks became digits and symbols. No other
// rule runs on it (see run): each would report noise.
func unreadable(p *Pass) {
	v := p.View
	if !v.Unreadable {
		return
	}
	p.ReportAt(v.firstPos(), diag.Msg("không đọc được văn bản: nhiều chữ bị nhận dạng sai (lớp chữ của bản quét?), nên không kiểm tra được", "the text cannot be read: many words are garbled (the text layer of a scan?), so it was not checked"))
}
