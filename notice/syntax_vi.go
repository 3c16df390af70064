package notice

import (
	"regexp"

	"github.com/thongbao/thongbao/notice/diag"
)

// The TOML parser explains a syntax error in English. syntaxTexts puts the
// messages a clerk is likely to meet into Vietnamese; $1 is what the
// parser quoted. A message not listed keeps its English words, said to be
// the parser's.
var syntaxTexts = []struct {
	re  *regexp.Regexp
	vi  string
	fix diag.Text // when the general advice does not fit
}{
	{regexp.MustCompile(`^strings cannot contain newlines$`), "chuỗi trong dấu ngoặc kép không được xuống dòng (dùng \"\"\" ... \"\"\" cho văn bản nhiều dòng)", diag.Text{}},
	{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`), "sau giá trị phải xuống dòng, nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected value but found (.*) instead$`), "cần một giá trị (chuỗi trong ngoặc kép, số, ngày hoặc danh sách), nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected '\.' or '=', but got (.*) instead$`), "sau tên khóa cần dấu =, nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected '\.' or '\]' to end table name, but got (.*) instead$`), "tên bảng phải đóng bằng ], nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected end of table array name delimiter '\]', but got (.*) instead$`), "tên mảng bảng phải đóng bằng ]], nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \('\]'\), but got (.*)$`), "trong danh sách cần dấu phẩy hoặc ], nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^expected a comma or an inline table terminator '\}', but got (.*) instead$`), "trong bảng { } cần dấu phẩy hoặc }, nhưng gặp $1", diag.Text{}},
	{regexp.MustCompile(`^newlines not allowed within inline tables$`), "bảng viết trong { } không được xuống dòng", diag.Text{}},
	{regexp.MustCompile(`^unexpected EOF; expected key separator '='$`), "tệp kết thúc khi còn thiếu dấu = sau tên khóa", diag.Text{}},
	{regexp.MustCompile(`^unexpected EOF; expected value$`), "tệp kết thúc khi còn thiếu giá trị", diag.Text{}},
	{regexp.MustCompile(`^unexpected EOF$`), "tệp kết thúc giữa chừng (thiếu dấu đóng ngoặc?)", diag.Text{}},
	{regexp.MustCompile(`^unexpected '=': key name appears blank$`), "thiếu tên khóa trước dấu =", diag.Text{}},
	{regexp.MustCompile(`^unexpected '='$`), "dấu = không đúng chỗ", diag.Text{}},
	{regexp.MustCompile(`^unexpected comma$`), "dấu phẩy không đúng chỗ", diag.Text{}},
	{regexp.MustCompile(`^unexpected end of table name \(table names cannot be empty\)$`), "tên bảng không được để trống", diag.Text{}},
	{regexp.MustCompile(`^invalid escape: '(.*)'$`), "chuỗi thoát $1 không hợp lệ (muốn viết dấu \\ thì gõ \\\\)", diag.Text{}},
	{regexp.MustCompile(`^invalid escape in string '(.*)'$`), "chuỗi thoát $1 không hợp lệ trong chuỗi (muốn viết dấu \\ thì gõ \\\\, hoặc dùng dấu nháy đơn '...')", diag.Text{}},
	{regexp.MustCompile(`^Key '(.*)' has already been defined\.$`), "khóa $1 đã có ở trên", diag.Text{}},
	{regexp.MustCompile(`^Key '(.*)' was already created as a hash\.$`), "$1 đã là một bảng ở trên", diag.Text{}},
	{regexp.MustCompile(`^Key '(.*)' was already created and cannot be used as an array\.$`), "$1 đã có ở trên, không dùng làm mảng bảng được", diag.Text{}},
	{regexp.MustCompile(`^invalid datetime: (.*)$`), "ngày giờ $1 không hợp lệ (viết 2024-10-14)", diag.Text{}},
	{regexp.MustCompile(`^TOML files cannot contain control characters: '(.*)'$`), "tệp có ký tự điều khiển $1",
		diag.Msg("xóa ký tự này (thường do dán từ Word hoặc trang web)", "delete the character (it usually comes from pasting from Word or a web page)")},
	{regexp.MustCompile(`^Invalid integer (.*): cannot have leading zeroes$`), "số $1 không được bắt đầu bằng 0 (nếu là văn bản, đặt trong ngoặc kép)", diag.Text{}},
}

// syntaxEnglish rewords the parser's messages that would show a bare EOF.
var syntaxEnglish = map[string]string{
	"unexpected EOF; expected key separator '='": "the file ends where a key needs its '=' and a value (is it cut short?)",
	"unexpected EOF; expected value":             "the file ends where a value should be (is it cut short?)",
	"unexpected EOF":                             "the file ends in the middle of a value (a bracket or quote left open?)",
}

// syntaxMessage gives the parser's message in both languages, and advice
// when the general advice does not fit (zero otherwise).
func syntaxMessage(en string) (msg, fix diag.Text) {
	for _, t := range syntaxTexts {
		if t.re.MatchString(en) {
			vi := "lỗi cú pháp TOML: " + t.re.ReplaceAllString(en, t.vi)
			if e, ok := syntaxEnglish[en]; ok {
				en = e
			}
			return diag.Text{VI: vi, EN: "TOML syntax error: " + en}, t.fix
		}
	}
	return diag.Text{VI: "lỗi cú pháp TOML (trình đọc TOML báo: " + en + ")", EN: "TOML syntax error: " + en}, diag.Text{}
}
