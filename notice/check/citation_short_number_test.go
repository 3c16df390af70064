package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestMayCiteShort holds shortNumberRe behind its look (mayCiteShort) to
// the expression alone on every line of the notices under testdata, and
// on a few made ones: the look turns away no line the expression reads.
func TestMayCiteShort(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"Nghị định 91/2017", "(Thông tư liên tịch 12/2020)", "Thông tư liên tịch số 1/2020", "Chỉ thị 5/2021.", "Quyết định số 12/2020", "Nghị quyết  1/2020", "Nghị định 9"})
	gated := func(l string) bool { return mayCiteShort(l) && shortNumberRe().MatchString(l) }
	testlines.Agree(t, "mayCiteShort", lines, gated, shortNumberRe().MatchString, 5)
	if mayCiteShort("Căn cứ Nghị định số 30/2020/NĐ-CP") {
		t.Error("mayCiteShort lets through a citation with \"số\"")
	}
}
