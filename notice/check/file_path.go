package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "file-path", Severity: diag.Warning, Ref: diag.Practice, Run: filePath,
		Title: diag.Msg("văn bản không còn đường dẫn tệp của người soạn thảo", "no drafter's file path is left in the document"),
		Help:  diag.Msg("xóa dòng ghi nơi lưu tệp trên máy (như \"D:\\2011\\CV\\...\") trước khi trình ký", "delete the line that says where the file is kept on the computer (such as \"D:\\2011\\CV\\...\") before the document goes for signing")})
}

// filePath reports a file path typed on a line of its own, as a drafter
// notes where the file is kept under the Lưu line: it is no part of the
// document and is published with it.
func filePath(p *Pass) {
	for i := range p.View.Paths {
		s := &p.View.Paths[i]
		p.Report(s, 0, diag.Msg("dòng \"%s\" là đường dẫn tệp trên máy của người soạn thảo, không thuộc văn bản", "the line \"%s\" is the drafter's file path, no part of the document", s.Text))
	}
}
