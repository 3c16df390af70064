package pdf

import (
	"testing"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/pdf/internal/fpdf"
)

// TestEmbeddedFontIDs holds the recorded IDs of the embedded faces to the
// IDs fpdf computes for them, and the faces to fonts.Default's.
func TestEmbeddedFontIDs(t *testing.T) {
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	for st, e := range embeddedFontIDs {
		style := fonts.Style(st)
		if d := set.Face(style).Data; len(d) != len(e.data) || &d[0] != &e.data[0] {
			t.Errorf("style %q: the recorded face is not fonts.Default's", style)
		}
		id, err := fpdf.UTF8FontID(e.data, family, style.String())
		if err != nil {
			t.Fatal(err)
		}
		if id != e.id {
			t.Errorf("style %q: recorded font ID %s, fpdf computes %s", style, e.id, id)
		}
	}
}
