package check

import (
	"reflect"
	"testing"
)

var matchFromCases = []string{
	"", "thông báo", "Văn phòng UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện.",
	"THÔNG BÁO ĐẾN Phòng Nội vụ được biết", "Thông  báo cho", "xin thông báo thông báo đến các xã liên quan biết",
	"thông báo\nđến ai\nbiết", "Thông báo để Sở Y tế triển khai", "tHÔNG bÁO và đề nghị các phòng nghiêm túc thực hiện",
	"\xffthông báo cho A biết", "thông bá o cho A biết", "Đề nghị phổ biến Thông báo này cho cán bộ, sinh viên biết",
}

// sameFrom checks findFrom and matchFrom against the expressions they
// run, on s.
func sameFrom(t *testing.T, s string) {
	if want, got := addressedRe().FindStringSubmatchIndex(s), findFrom(addressedRe(), s, "thông báo"); !reflect.DeepEqual(got, want) {
		t.Errorf("findFrom(addressedRe, %q) = %v, the expression says %v", s, got, want)
	}
	if want, got := formulaRe().MatchString(s), matchFrom(formulaRe(), s, "thông báo"); got != want {
		t.Errorf("matchFrom(formulaRe, %q) = %v, the expression says %v", s, got, want)
	}
}

// TestMatchFrom holds findFrom and matchFrom to the expressions they
// run from their literal.
func TestMatchFrom(t *testing.T) {
	for _, s := range matchFromCases {
		sameFrom(t, s)
	}
}

func FuzzMatchFrom(f *testing.F) {
	for _, s := range matchFromCases {
		f.Add(s)
	}
	f.Fuzz(sameFrom)
}
