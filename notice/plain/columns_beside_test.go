package plain

import (
	"strings"
	"testing"
)

// columnsBesidePage is columnsPairPage's notice with its end block in
// three columns, Nơi nhận beside the two signatures, typed as pdftotext
// -layout lays such a page out (not drawn from a PDF: no PDF writer was
// at hand).
var columnsBesidePage = strings.Join(strings.Split(columnsPairPage, "\n")[:22], "\n") + "\n" +
	"Nơi nhận:                     KT. GIÁM ĐỐC SỞ XÂY DỰNG     KT. GIÁM ĐỐC SỞ TÀI CHÍNH\n" +
	"- UBND tỉnh (b/c);                  PHÓ GIÁM ĐỐC                PHÓ GIÁM ĐỐC\n" +
	"- Các sở, ban, ngành cấp tỉnh;\n" +
	"- UBND các xã, phường;\n" +
	"- Lưu: VT STC, VT SXD.\n" +
	"\n" +
	"\n" +
	"                                  Hoàng Văn Thanh           Nguyễn Thị Hương\n" +
	"\f"

// TestColumnsEndBeside: a laid-out page whose label line holds the label
// and two authorities apart is read in three columns: Nơi nhận and its
// lines, the first signature, the second's lines after it (no title left
// on a recipient's line, no name glued onto the Lưu line).
func TestColumnsEndBeside(t *testing.T) {
	f, err := ReadWith("n.txt", []byte(columnsBesidePage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Layout != Columns {
		t.Fatalf("layout %v, want Columns", f.Layout)
	}
	got := paraLines(f)
	got = got[strings.Index(got, "n.txt:23:"):]
	want := "n.txt:23:1 label: Nơi nhận:\n" +
		"n.txt:23:31 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\n" +
		"n.txt:24:1 recipient: - UBND tỉnh (b/c);\n" +
		"n.txt:24:37 signer: PHÓ GIÁM ĐỐC\n" +
		"n.txt:25:1 recipient: - Các sở, ban, ngành cấp tỉnh;\n" +
		"n.txt:26:1 recipient: - UBND các xã, phường;\n" +
		"n.txt:27:1 recipient: - Lưu: VT STC, VT SXD.\n" +
		"n.txt:30:35 name: Hoàng Văn Thanh\n" +
		"n.txt:23:60 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\n" +
		"n.txt:24:65 cosigner: PHÓ GIÁM ĐỐC\n" +
		"n.txt:30:61 coname: Nguyễn Thị Hương"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
