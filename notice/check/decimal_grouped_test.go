package check

import "testing"

// TestGroupedDecimal holds which figures groupedDecimal reads as parting
// both thousands and decimals by full stops.
func TestGroupedDecimal(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the figure read, "" for none
	}{
		{"diện tích 7.441.3 m2", "7.441.3"},
		{"2.803.26ha", "2.803.26"},
		{"ngày 12.10.2020", ""},
		{"mục 1.2.3", ""},
		{"thủ tục 1.001234", ""},
		{"gọi 098.131.51. 54", ""}, // a telephone's figures open with 0
		{"tờ BĐ1.234.5", ""},       // a code glued to a letter beyond ASCII
		{"Điều1.234.5", ""},        // and to one in ASCII
		{"0.123.4", "0.123.4"},     // a lone 0 before the first full stop
		{"số 1.500.00 đồng", "1.500.00"},
	} {
		dot := -1
		for i := 0; i < len(c.text); i++ {
			if c.text[i] == '.' && i > 0 && isDigit(c.text[i-1]) {
				dot = i
				break
			}
		}
		got := ""
		if start, end, ok := groupedDecimal(c.text, dot); ok {
			got = c.text[start:end]
		}
		if got != c.want {
			t.Errorf("groupedDecimal(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
