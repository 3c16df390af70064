package tomlpos

import (
	"regexp"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// The TOML parser explains a syntax error in English. syntaxTexts puts the
// messages a clerk is likely to meet into Vietnamese; $1 is what the
// parser quoted. A message not listed keeps its English words, said to be
// the parser's. They are compiled on first use: most runs never meet a syntax error.
var syntaxTexts = sync.OnceValue(func() []syntaxText {
	for i := range syntaxPatterns {
		syntaxPatterns[i].re = regexp.MustCompile(syntaxPatterns[i].pattern)
	}
	return syntaxPatterns
})

type syntaxText struct {
	pattern string
	vi      string
	en      string    // when the parser's own words would not do
	fix     diag.Text // when the general advice does not fit
	names   nameKind  // the fix is about a key's or a table's name
	re      *regexp.Regexp
}

var syntaxPatterns = []syntaxText{
	{pattern: `^strings cannot contain newlines$`, vi: "chuỗi trong dấu ngoặc kép không được xuống dòng (dùng \"\"\" ... \"\"\" cho văn bản nhiều dòng)",
		en: "a string in double quotes cannot run onto the next line (use \"\"\" ... \"\"\" for text of several lines)"},
	{pattern: `^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`, vi: "sau giá trị phải xuống dòng, nhưng gặp $1"},
	{pattern: `^expected value but found (.*) instead$`, vi: "cần một giá trị (chuỗi trong ngoặc kép, số, ngày hoặc danh sách), nhưng gặp $1"},
	{pattern: `^expected '\.' or '=', but got (.*) instead$`, vi: "sau tên khóa cần dấu =, nhưng gặp $1", names: keyNamed,
		fix: diag.Msg("sau tên khóa là dấu = rồi giá trị; tên khóa là chữ tiếng Anh không dấu, viết liền, không có dấu cách hay dấu tab (title, không phải tit le hay chức_vụ)",
			"after the key come = and its value; a key is English in plain letters, with no space or tab inside it (title, not tit le or chức_vụ)")},
	{pattern: `^expected '\.' or '\]' to end table name, but got (.*) instead$`, vi: "tên bảng phải đóng bằng ], nhưng gặp $1", names: tableNamed,
		fix: diag.Msg("tên bảng là chữ tiếng Anh không dấu, viết liền, trong dấu [ ] (signer, không phải người ký hay người_ký; thongbao new viết đủ các bảng)",
			"a table's name is English in plain letters with no space inside it, between [ ] (signer, not người ký or người_ký; thongbao new writes every table)")},
	{pattern: `^expected end of table array name delimiter '\]', but got (.*) instead$`, vi: "tên mảng bảng phải đóng bằng ]], nhưng gặp $1"},
	{pattern: `^expected a comma \(','\) or array terminator \('\]'\), but got (.*)$`, vi: "trong danh sách cần dấu phẩy hoặc ], nhưng gặp $1"},
	{pattern: `^expected a comma or an inline table terminator '\}', but got (.*) instead$`, vi: "trong bảng { } cần dấu phẩy hoặc }, nhưng gặp $1"},
	{pattern: `^unexpected EOF; expected key separator '='$`, vi: "tệp kết thúc khi còn thiếu dấu = sau tên khóa"},
	{pattern: `^unexpected EOF; expected value$`, vi: "tệp kết thúc khi còn thiếu giá trị"},
	{pattern: `^unexpected EOF; expected ['"](.+)['"]$`, vi: "tệp kết thúc khi còn thiếu $1 để đóng chuỗi", en: "the file ends before the closing $1 of a string (is it cut short?)"},
	{pattern: `^unexpected '=': key name appears blank$`, vi: "thiếu tên khóa trước dấu ="},
	{pattern: `^unexpected comma$`, vi: "dấu phẩy không đúng chỗ"},
	{pattern: `^unexpected end of table name \(table names cannot be empty\)$`, vi: "tên bảng không được để trống"},
	{pattern: `^invalid escape: '(.*)'$`, vi: "chuỗi thoát $1 không hợp lệ (muốn viết dấu \\ thì gõ \\\\)"},
	{pattern: `^invalid escape in string '(.*)'$`, vi: "chuỗi thoát $1 không hợp lệ trong chuỗi (muốn viết dấu \\ thì gõ \\\\, hoặc dùng dấu nháy đơn '...')"},
	{pattern: `^expected four hexadecimal digits after '\\u', but got (.*) instead$`, vi: "sau \\u cần bốn chữ số hệ mười sáu, nhưng gặp $1 (muốn viết dấu \\ thì gõ \\\\)"},
	{pattern: `^Key '(.*)' has already been defined\.$`, vi: "khóa $1 đã có ở trên", en: "the key $1 is written above already", fix: fixWrittenTwice},
	{pattern: `^Key '(.*)' was already created as a hash\.$`, vi: "$1 đã được gán giá trị ở trên, không mở thành bảng được", fix: fixWrittenTwice},
	{pattern: `^Key '(.*)' was already created and cannot be used as an array\.$`, vi: "$1 đã có ở trên, không dùng làm mảng bảng được", fix: fixWrittenTwice},
	{pattern: `^invalid datetime: "(\d{4}-\d{2}-\d{2})"$`, vi: "ngày $1 không có thật (kiểm tra ngày và tháng)", en: "the date $1 is not a real date (check the day and the month)",
		fix: diag.Msg("sửa ngày hoặc tháng; ngày viết dạng năm-tháng-ngày, như 2024-10-14", "fix the day or the month; a date is written year-month-day, such as 2024-10-14")},
	{pattern: `^invalid datetime: (.*)$`, vi: "ngày giờ $1 không hợp lệ (viết 2024-10-14)",
		fix: diag.Msg("viết ngày dạng năm-tháng-ngày, năm bốn chữ số, như 2024-10-14", "write the date year-month-day, the year in four digits, such as 2024-10-14")},
	{pattern: `^TOML files cannot contain control characters: '0x0d'$`, vi: "dòng kết thúc bằng ký tự CR (U+000D) đứng một mình, như các máy Mac cũ viết",
		en:  "a line ends with a lone CR (U+000D), as old Macs wrote it",
		fix: diag.Msg("mở tệp bằng Notepad++ và lưu lại với kiểu xuống dòng của Windows (CRLF) hoặc Unix (LF)", "open the file in Notepad++ and save it with Windows (CRLF) or Unix (LF) line ends (Edit > EOL Conversion)")},
	{pattern: `^TOML files cannot contain control characters: '0x(..)'$`, vi: "tệp có ký tự điều khiển U+00$1", en: "the file holds the control character U+00$1",
		fix: diag.Msg("xóa ký tự này (thường do dán từ Word hoặc trang web)", "delete the character (it usually comes from pasting from Word or a web page)")},
	{pattern: `^unexpected '\.': keys cannot start with a '\.'$`, vi: "tên khóa không được bắt đầu bằng dấu chấm"},
	{pattern: `^expected eight hexadecimal digits after '\\U', but got (.*) instead$`, vi: "sau \\U cần tám chữ số hệ mười sáu, nhưng gặp $1 (muốn viết dấu \\ thì gõ \\\\)"},
	{pattern: `^expected a digit but got (.*)$`, vi: "cần một chữ số, nhưng gặp $1 (nếu là văn bản, đặt trong ngoặc kép)"},
	{pattern: `^(?s)not an? (?:hexadecimal|octal|binary) number: '(.*?)\s*'$`, vi: "số \"$1\" không đúng dạng (nếu là văn bản, đặt trong ngoặc kép)", en: "the number \"$1\" is not written right (if it is text, put it in double quotes)"},
	{pattern: `^(\S+) is out of range for (?:int64|float64)$`, vi: "số $1 quá lớn (nếu là văn bản, như một số ký hiệu, đặt trong ngoặc kép)", en: "the number $1 is too large (if it is text, such as a document number, put it in double quotes)"},
	{pattern: `^Invalid integer (.*): cannot have leading zeroes$`, vi: "số $1 không được bắt đầu bằng 0 (nếu là văn bản, đặt trong ngoặc kép)"},
	{pattern: `^Invalid (?:integer|float|float value) (.*?)(?::.*)?$`, vi: "số $1 không đúng dạng (nếu là văn bản, đặt trong ngoặc kép)"},
}

// fixWrittenTwice is the advice on a key or a table written twice: the
// general "key = value" said nothing of what was wrong.
var fixWrittenTwice = diag.Msg("mỗi khóa, mỗi bảng [ ] chỉ ghi một lần: giữ một trong hai chỗ (xóa dòng này, hoặc chỗ trùng ở trên) và gộp nội dung vào đó; nhiều mục cùng loại thì ghi [[tên]] cho mỗi mục",
	"a key, or a [table], is written once: keep one of the two (delete this line, or the one above) and put what they hold together there; for several items of a kind, write [[name]] before each")

// codePointCase writes the hexadecimal digits of a code point in capitals,
// as U+001B is written everywhere else.
func codePointCase(s string) string {
	i := strings.Index(s, "U+")
	if i < 0 || len(s) < i+6 {
		return s
	}
	return s[:i+2] + strings.ToUpper(s[i+2:i+6]) + s[i+6:]
}

// parserWordsVI and parserWordsEN put what the parser quotes as it met
// it ("'\n'", "end of file") in words.
var (
	parserWordsVI = strings.NewReplacer(`'\n'`, "chỗ xuống dòng", `'\r'`, "ký tự CR (U+000D)", "end of file", "cuối tệp")
	parserWordsEN = strings.NewReplacer(`'\n'`, "the end of the line", `'\r'`, "a CR (U+000D)")
)

// syntaxEnglish rewords the parser's messages that would show a bare EOF.
var syntaxEnglish = map[string]string{
	"unexpected EOF; expected key separator '='": "the file ends where a key needs its '=' and a value (is it cut short?)",
	"unexpected EOF; expected value":             "the file ends where a value should be (is it cut short?)",
}

// nameKind says whether a syntax message's advice is about the name of a
// key or of a table, whose examples depend on the document.
type nameKind int

const (
	noName nameKind = iota
	keyNamed
	tableNamed
)

// syntaxMessage gives the parser's message in both languages, and advice
// when the general advice does not fit (zero otherwise): lim's own advice
// on a key's or a table's name when it has one.
func syntaxMessage(en string, lim Limits) (msg, fix diag.Text) {
	for _, t := range syntaxTexts() {
		if t.re.MatchString(en) {
			fix = t.fix
			switch {
			case t.names == keyNamed && !lim.KeyFix.IsZero():
				fix = lim.KeyFix
			case t.names == tableNamed && !lim.TableFix.IsZero():
				fix = lim.TableFix
			}
			vi := "lỗi cú pháp TOML: " + t.re.ReplaceAllString(en, t.vi)
			if e, ok := syntaxEnglish[en]; ok {
				en = e
			}
			if t.en != "" {
				en = t.re.ReplaceAllString(en, t.en)
			}
			vi, en = codePointCase(parserWordsVI.Replace(vi)), codePointCase(parserWordsEN.Replace(en))
			return diag.Text{VI: vi, EN: "TOML syntax error: " + en}, fix
		}
	}
	return diag.Text{VI: "lỗi cú pháp TOML (trình đọc TOML báo: " + en + ")", EN: "TOML syntax error: " + en}, diag.Text{}
}
