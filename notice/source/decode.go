package source

import (
	"bytes"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// Decode checks the encoding of a source of any kind (TOML, Markdown or
// plain text) and returns it as text, with a UTF-8 byte order mark
// removed. A source over max bytes, UTF-16, a binary file and the legacy
// Vietnamese encodings are refused with a finding at their position.
func Decode(path string, src []byte, max int64) (string, error) {
	text, _, err := decode(path, src, max, false)
	return text, err
}

// DecodeText is Decode for a text that is read for checking (a .txt, a
// .md, a Word file's listing): a text in Unicode but for a few passages of
// legacy mojibake is accepted, with its passages; a text mostly legacy is
// refused as Decode refuses it.
func DecodeText(path string, src []byte, max int64) (string, []Passage, error) {
	return decode(path, src, max, true)
}

// maxLegacyShare is the share of a text's letters its legacy passages may
// hold for the text to be read: under a quarter. Measured: the round 31
// Quyết định of Cần Giuộc, one line of TCVN3 pasted into Unicode, 5.7%;
// twelve dev texts (round2, round20) turned into TCVN3 whole, 90-100%,
// their second half only, 46-56%; the TOML fixtures of testdata/broken,
// whose keys are ASCII, 65% and 72%. A text past it is refused with one
// finding, as before: its rules would read nothing but noise.
const maxLegacyShare = 0.25

func decode(path string, src []byte, max int64, passages bool) (string, []Passage, error) {
	if int64(len(src)) > max {
		return "", nil, TooLarge(path, max)
	}
	switch {
	case bytes.HasPrefix(src, utf8BOM):
		src = withoutBOM(src)
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return "", nil, encodingFinding(path, 1, 1, diag.Msg("tệp được lưu bằng UTF-16", "the file is saved as UTF-16"))
	}
	if bytes.HasPrefix(src, []byte("%PDF-")) {
		// A PDF, often the signed copy of the notice: named as such,
		// where a NUL or an unreadable byte somewhere inside was told.
		return "", nil, diag.List{{Pos: diag.Pos{Path: path}, Rule: "encoding", Severity: diag.Error,
			Message: diag.Msg("tệp là một tệp PDF (bản in), không phải văn bản: thongbao không đọc chữ trong tệp PDF", "the file is a PDF (a printed copy), not text: thongbao does not read the words of a PDF"),
			Fix:     diag.Msg("kiểm tra tệp Word (.docx) của thông báo, hoặc chép toàn văn vào một tệp .txt rồi kiểm tra tệp đó", "check the notice's Word file (.docx), or copy its whole text into a .txt file and check that"),
		}}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		if looksUTF16(src) {
			return "", nil, encodingFinding(path, 1, 1, diag.Msg("tệp được lưu bằng UTF-16 (không có BOM)", "the file is saved as UTF-16 (without a BOM)"))
		}
		if bytes.HasPrefix(src, []byte("PK\x03\x04")) {
			return "", nil, diag.List{{Pos: diag.Pos{Path: path}, Rule: "encoding", Severity: diag.Error,
				Message: diag.Msg("tệp là một tệp Word (.docx) hay tệp nén mang đuôi khác, không phải văn bản", "the file is a Word (.docx) or zip file under another extension, not text"),
				Fix:     zipFix(path),
			}}
		}
		return "", nil, diag.List{{
			Pos: New(path, string(src[:i])).Pos(i), Rule: "encoding", Severity: diag.Error,
			Message: diag.Msg("tệp có ký tự NUL: đây là tệp nhị phân (PDF, Word, ảnh...), không phải văn bản", "the file holds a NUL byte: it is a binary file (PDF, Word, an image...), not text"),
			Fix:     diag.Msg("chỉ tới tệp của thông báo: tệp nguồn .toml, văn bản .md, .txt hoặc tệp Word .docx", "name the notice's file instead: a .toml source, a .md or .txt text, or a Word .docx"),
		}}
	}
	valid, enc, off, mojibake := legacyUTF8(src)
	if !valid {
		if enc, off, ok := guessLegacy(src); ok {
			return "", nil, legacyFinding(New(path, string(src[:off])), off, enc)
		}
		off := invalidOffset(src)
		p := New(path, string(src[:off])).Pos(off)
		return "", nil, encodingFinding(path, p.Line, p.Col,
			diag.Msg("ở đây có một ký tự không đọc được (mã 0x%02X)", "a character here cannot be read (code 0x%02X)", src[off]))
	}
	if mojibake {
		text := string(src)
		if passages {
			ps, letters, in := Passages(text)
			if len(ps) > 0 && float64(in) < maxLegacyShare*float64(letters) {
				return text, ps, nil
			}
		}
		return "", nil, legacyFinding(New(path, text), off, enc)
	}
	return string(src), nil, nil
}

// looksUTF16 reports text saved as UTF-16 without a byte order mark: the
// high bytes of ASCII characters make every other byte zero.
func looksUTF16(b []byte) bool {
	b = b[:min(len(b), 4096)]
	var zero [2]int
	for i, c := range b {
		if c == 0 {
			zero[i%2]++
		}
	}
	half := len(b) / 2
	mostly := func(n int) bool { return n > half*3/4 }
	few := func(n int) bool { return n < half/10 }
	return half >= 2 && (mostly(zero[0]) && few(zero[1]) || mostly(zero[1]) && few(zero[0]))
}

func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(b)
}

func encodingFinding(path string, line, col int, what diag.Text) error {
	return diag.List{{
		Pos: diag.Pos{Path: path, Line: line, Col: col}, Rule: "encoding", Severity: diag.Error,
		Message: diag.Msg("%s; thongbao chỉ đọc tệp lưu bằng Unicode (UTF-8)", "%s; thongbao reads files saved as Unicode (UTF-8) only", what),
		Fix:     diag.Msg("mở tệp bằng Notepad, chọn Tệp > Lưu thành, Mã hóa: UTF-8, rồi lưu lại", "open the file in Notepad, choose File > Save As, Encoding: UTF-8, and save it again"),
	}}
}

// zipFix is what to do with a Word file read where text was wanted: a
// file is renamed back to .docx; standard input has no name to change
// ("render - < tb.docx" was told to rename it), and only the commands
// that read notices take a Word file there.
func zipFix(path string) diag.Text {
	if path == diag.Stdin {
		return diag.Msg("lệnh này chỉ đọc văn bản; tệp Word đưa vào đầu vào chuẩn thì dùng thongbao check -, text - hoặc import - (render cần tệp nguồn TOML, thongbao import viết nó)",
			"this command reads text only; give a Word file on standard input to thongbao check -, text - or import - (render needs a TOML source, which thongbao import writes)")
	}
	return diag.Msg("đổi tên tệp về đuôi .docx: thongbao check đọc tệp Word", "rename it back to .docx: thongbao check reads Word files")
}
