package tomlpos

import (
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestSyntaxMessagesMatchTheParser keeps the Vietnamese TOML messages
// honest across upgrades of the parser: each pattern has a source that
// makes BurntSushi/toml say what the pattern expects. A new wording of
// the parser fails here instead of reaching a clerk in English.
func TestSyntaxMessagesMatchTheParser(t *testing.T) {
	sources := map[string]string{
		`^strings cannot contain newlines$`: "a = \"x\ny\"\n",
		`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`: "a = 1 b = 2\n",
		`^expected value but found (.*) instead$`:                                                  "a = x\n",
		`^expected '\.' or '=', but got (.*) instead$`:                                             "a b = 1\n",
		`^expected '\.' or '\]' to end table name, but got (.*) instead$`:                          "[a b]\n",
		`^expected end of table array name delimiter '\]', but got (.*) instead$`:                  "[[a]x\n",
		`^expected a comma \(','\) or array terminator \('\]'\), but got (.*)$`:                    "a = [1 2]\n",
		`^expected a comma or an inline table terminator '\}', but got (.*) instead$`:              "a = {b = 1 c = 2}\n",
		`^unexpected EOF; expected key separator '='$`:                                             "a",
		`^unexpected EOF; expected value$`:                                                         "a =",
		`^unexpected EOF; expected ['"](.+)['"]$`:                                                  "a = \"\"\"x",
		`^unexpected '=': key name appears blank$`:                                                 "= 1\n",
		`^unexpected comma$`: "a = [,]\n",
		`^unexpected end of table name \(table names cannot be empty\)$`:        "[]\n",
		`^invalid escape: '(.*)'$`:                                              "a = \"\"\"x\\ y\"\"\"\n",
		`^invalid escape in string '(.*)'$`:                                     "a = \"\\q\"\n",
		`^expected four hexadecimal digits after '\\u', but got (.*) instead$`:  "a = \"\\u00zz\"\n",
		`^Key '(.*)' has already been defined\.$`:                               "a = 1\na = 2\n",
		`^Key '(.*)' was already created as a hash\.$`:                          "a = 1\n[a.b]\n",
		`^Key '(.*)' was already created and cannot be used as an array\.$`:     "a = 1\n[[a]]\n",
		`^invalid datetime: "(\d{4}-\d{2}-\d{2})"$`:                             "a = 2026-02-31\n",
		`^invalid datetime: (.*)$`:                                              "a = 2023-13-45\n",
		`^TOML files cannot contain control characters: '0x(..)'$`:              "a = \"\x1b\"\n",
		`^TOML files cannot contain control characters: '0x0d'$`:                "a = 1\rb = 2\r",
		`^unexpected '\.': keys cannot start with a '\.'$`:                      ".a = 1\n",
		`^expected eight hexadecimal digits after '\\U', but got (.*) instead$`: "a = \"\\U00zz\"\n",
		`^expected a digit but got (.*)$`:                                       "a = +\n",
		`^Invalid (?:integer|float|float value) (.*?)(?::.*)?$`:                 "a = 1__2\n",
		`^(?s)not an? (?:hexadecimal|octal|binary) number: '(.*?)\s*'$`:         "a = 0b2\n",
		`^(\S+) is out of range for (?:int64|float64)$`:                         "a = 1234567890123456789012345678901234567890\n",
		`^Invalid integer (.*): cannot have leading zeroes$`:                    "a = 012\n",
	}
	for _, st := range syntaxTexts() {
		t.Run(st.pattern, func(t *testing.T) {
			src, ok := sources[st.pattern]
			if !ok {
				t.Fatal("no source makes the parser say this; add one")
			}
			var v map[string]any
			_, err := toml.Decode(src, &v)
			var pe toml.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%q: want a parse error, got %v", src, err)
			}
			if !st.re.MatchString(pe.Message) {
				t.Errorf("%q: the parser now says %q", src, pe.Message)
			}
			if msg, _ := syntaxMessage(pe.Message, Limits{}); strings.Contains(msg.VI, "trình đọc TOML báo") {
				t.Errorf("%q: message %q has no Vietnamese wording", src, pe.Message)
			}
		})
	}
}

// TestControlCharacterCodePoint: a control character is named by its code
// point in capitals, as elsewhere, where the parser's '0x1b' showed.
func TestControlCharacterCodePoint(t *testing.T) {
	msg, _ := syntaxMessage("TOML files cannot contain control characters: '0x1b'", Limits{})
	if msg.VI != "lỗi cú pháp TOML: tệp có ký tự điều khiển U+001B" || msg.EN != "TOML syntax error: the file holds the control character U+001B" {
		t.Errorf("got %q / %q", msg.VI, msg.EN)
	}
}

// TestSyntaxQuotesInWords: what the parser met is said in words, where
// "gặp '\n'" and "gặp end of file" showed.
func TestSyntaxQuotesInWords(t *testing.T) {
	for src, want := range map[string]string{
		"a\n":          "lỗi cú pháp TOML: sau tên khóa cần dấu =, nhưng gặp chỗ xuống dòng",
		"a = {b = 1\n": "lỗi cú pháp TOML: trong bảng { } cần dấu phẩy hoặc }, nhưng gặp cuối tệp",
		"a = \"\"\"x":  "lỗi cú pháp TOML: tệp kết thúc khi còn thiếu \"\"\" để đóng chuỗi",
		"a = '''x":     "lỗi cú pháp TOML: tệp kết thúc khi còn thiếu ''' để đóng chuỗi",
	} {
		var v map[string]any
		_, err := toml.Decode(src, &v)
		var pe toml.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%q: want a parse error, got %v", src, err)
		}
		if msg, _ := syntaxMessage(pe.Message, Limits{}); msg.VI != want || strings.Contains(msg.EN, `'\n'`) {
			t.Errorf("%q: got %q / %q, want %q", src, msg.VI, msg.EN, want)
		}
	}
}

// TestSyntaxWrittenTwice: a key or a table written twice is told what to
// do, not the general "key = value" that said nothing of what was wrong.
func TestSyntaxWrittenTwice(t *testing.T) {
	for _, src := range []string{"place = \"A\"\nplace = \"B\"\n", "[meeting]\na = 1\n[meeting]\nb = 2\n"} {
		var v map[string]any
		_, err := toml.Decode(src, &v)
		var pe toml.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%q: want a parse error, got %v", src, err)
		}
		msg, fix := syntaxMessage(pe.Message, Limits{})
		if !strings.Contains(msg.VI, "đã có ở trên") || !strings.Contains(fix.VI, "chỉ ghi một lần") || !strings.Contains(fix.EN, "is written once") {
			t.Errorf("%q: got %q, fix %q / %q", src, msg.VI, fix.VI, fix.EN)
		}
	}
}
