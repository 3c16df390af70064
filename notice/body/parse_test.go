package body

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []Run
	}{
		{"ban hành **trước ngày 28/02/2023** để", []Run{
			{Text: "ban hành ", Off: 0},
			{Text: "trước ngày 28/02/2023", Style: Bold, Off: 12},
			{Text: " để", Off: 39},
		}},
		{"Mô hình *“Xã hội số”* tại xã", []Run{
			{Text: "Mô hình ", Off: 0},
			{Text: "“Xã hội số”", Style: Italic, Off: 11},
			{Text: " tại xã", Off: 32},
		}},
		{"***cả hai***", []Run{{Text: "cả hai", Style: Bold | Italic, Off: 3}}},
		{"Chính phủ[^1], Thủ tướng", []Run{
			{Text: "Chính phủ", Off: 0},
			{Note: "1", Off: 12},
			{Text: ", Thủ tướng", Off: 16},
		}},
		// Nothing else is markup.
		{"# không phải tiêu đề", []Run{{Text: "# không phải tiêu đề"}}},
		{"- không phải danh sách", []Run{{Text: "- không phải danh sách"}}},
		{"1. không phải danh sách", []Run{{Text: "1. không phải danh sách"}}},
		{"<b>thẻ</b> &amp; [liên kết](http://x) `mã`", []Run{{Text: "<b>thẻ</b> &amp; [liên kết](http://x) `mã`"}}},
		{`\*không nghiêng\* \[^1]`, []Run{{Text: "*không nghiêng* [^1]"}}},
		{"[^nhãn có dấu]", []Run{{Text: "[^nhãn có dấu]"}}},
		{"a\n\nb", []Run{{Text: "a b"}}},
	}
	for _, tt := range tests {
		got := Parse(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}

func TestPlainAndNotes(t *testing.T) {
	runs := Parse("đạt kết quả tích cực[^4]. Ban Chỉ đạo **ghi nhận**[^x-1]")
	if p := Plain(runs); p != "đạt kết quả tích cực. Ban Chỉ đạo ghi nhận" {
		t.Errorf("Plain = %q", p)
	}
	if n := Notes(runs); !reflect.DeepEqual(n, []string{"4", "x-1"}) {
		t.Errorf("Notes = %v", n)
	}
}
