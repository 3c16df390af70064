package check_test

import (
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

func TestTwinDump(t *testing.T) {
	want := os.Getenv("TWIN")
	if want == "" {
		t.Skip()
	}
	for _, s := range twinSources(t) {
		if !strings.Contains(s.rel, want) {
			continue
		}
		for _, sh := range []int{0, 1, 2, 3, 4} {
			_ = sh
		}
		for _, shape := range docxShapes() {
			os.WriteFile("/tmp/twin-"+shape.String()+".docx", s.twin.Doc(shape).Bytes(), 0o644)
		}
	}
}

func docxShapes() []docxtest.Shape { return docxtest.Shapes }

func TestTwinKinds(t *testing.T) {
	want := os.Getenv("TWIN")
	if want == "" {
		t.Skip()
	}
	for _, s := range twinSources(t) {
		if !strings.Contains(s.rel, want) {
			continue
		}
		r, err := reading.Read("x.docx", s.twin.Doc(docxtest.Shape(shapeEnv())).Bytes())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []*plain.File{s.text.Text, r.Text} {
			t.Log("-----")
			for _, p := range f.Paras {
				t.Logf("%d %s@%s[%s] %.60s", p.PosAt(0).Line, p.Kind, p.Col, p.Marker, p.Text)
			}
		}
	}
}

func shapeEnv() int { n, _ := strconv.Atoi(os.Getenv("SHAPE")); return n }
