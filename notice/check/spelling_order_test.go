package check

import (
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
)

// TestMissingWordSameEveryRun holds name-spelling to one answer where a
// name with a word left out ("Phó Chủ tịch UBND tại cuộc họp") can be
// either of two longer names ("... UBND huyện tại ...", "... UBND tỉnh
// tại ..."): the groups once followed the order of a Go map, so the same
// notice got different findings from run to run.
func TestMissingWordSameEveryRun(t *testing.T) {
	text := "THÔNG BÁO\nKết luận\n" +
		"Thông báo kết luận của Phó Chủ tịch UBND huyện tại cuộc họp giao ban.\n" +
		"Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban.\n" +
		"Thông báo kết luận của Phó Chủ tịch UBND tại cuộc họp giao ban.\n" +
		"Thông báo kết luận của Phó Chủ tịch UBND huyện tại cuộc họp thường kỳ.\n" +
		"Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp thường kỳ.\n"
	f, err := plain.Read("order.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	v := FromText(f)
	segs := spellingSegs(v)
	first := windowGroups(v, segs)
	missing := 0
	for _, g := range first {
		if g[0].variant == "long" {
			missing++
		}
	}
	if missing == 0 {
		t.Fatal("no name with a word left out found: the text shows nothing")
	}
	for range 40 {
		if got := windowGroups(v, segs); !reflect.DeepEqual(got, first) {
			t.Fatalf("windowGroups differs between runs:\n%v\n%v", first, got)
		}
	}
}
