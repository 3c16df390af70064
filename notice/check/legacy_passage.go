package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "legacy-passage", Severity: diag.Error, Ref: diag.RefFont, Run: legacyPassage,
		Title: diag.Msg("văn bản không lẫn đoạn gõ bằng bảng mã cũ (TCVN3, VNI)", "the text holds no passage typed in a legacy encoding (TCVN3, VNI)"),
		Help:  diag.Msg("chuyển đoạn này sang Unicode bằng Unikey (Công cụ chuyển mã), hoặc gõ lại bằng phông Unicode", "convert the passage to Unicode with Unikey's converter, or type it again in a Unicode font")})
}

// legacyPassage tells, once each, the passages of a text in Unicode that
// were pasted from an old file in a legacy encoding and read as Windows
// symbols ("vai trß vµ nhiÖm vô"): where each begins, its encoding, and
// what it reads as when the encoding's table reads every character. The
// reader read them converted, so no other rule sees their mojibake; a
// text mostly in a legacy encoding is refused before any rule runs
// (source.DecodeText).
func legacyPassage(p *Pass) {
	for _, seg := range p.View.allSegPtrs() {
		for _, l := range seg.legacy {
			enc := l.Encoding()
			fix := diag.Msg("chuyển đoạn này sang Unicode (Unikey: Công cụ chuyển mã, nguồn %s, đích Unicode) rồi lưu lại",
				"convert the passage to Unicode (Unikey's converter: source %s, target Unicode), then save the file again", enc)
			if l.Reads != "" {
				p.Report(seg, l.Off, diag.Msg("đoạn này gõ bằng bảng mã cũ %s, không phải Unicode: %q đọc là %q",
					"this passage is typed in the legacy encoding %s, not Unicode: %q reads %q", enc, l.Wrote, l.Reads), fix)
				continue
			}
			p.Report(seg, l.Off, diag.Msg("đoạn này gõ bằng bảng mã cũ %s, không phải Unicode: %q",
				"this passage is typed in the legacy encoding %s, not Unicode: %q", enc, l.Wrote), fix)
		}
	}
}
