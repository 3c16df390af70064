package tasks

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden pins every format's output for the TOML seeds on one day:
// go test ./notice/tasks -run Golden -update rewrites them; review the
// diff.
func TestGolden(t *testing.T) {
	var entries []Entry
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		entries = append(entries, entryOf(t, s+".toml"))
	}
	list := Build(entries).Select(Query{Today: date("2024-10-25"), DueWithin: 14})
	for _, c := range []struct {
		format string
		lang   diag.Lang
	}{{"table", diag.VI}, {"table", diag.EN}, {"md", diag.VI}, {"csv", diag.VI}, {"json", diag.VI}, {"ics", diag.VI}} {
		name := "seeds-" + c.lang.String() + "." + c.format
		var b bytes.Buffer
		if err := Write(&b, c.format, list, PrintOptions{Lang: c.lang, Today: date("2024-10-25"), DueWithin: 14}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update writes it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from %s (go test -update rewrites it)", c.format, path)
		}
	}
}

// TestGoldenYearLess pins the register of a kết luận of 04/12/2026 whose
// deadlines are written without their year (d88): "trước ngày 15/12" and
// "chậm nhất ngày 20 tháng 12" due that December, "trước ngày 10/01" the
// next January (cite.YearLess, Onward), "trước ngày 31/01 hằng năm" due
// on no one day, beside a deadline with its year. go test ./notice/tasks
// -run GoldenYearLess -update rewrites it; review the diff.
func TestGoldenYearLess(t *testing.T) {
	src, err := os.ReadFile("testdata/year-less.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := reading.Read("year-less.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	n, list := Extract(r)
	today := date("2026-12-06")
	tasks := Build([]Entry{{Notice: n, Tasks: list}}).Select(Query{Today: today, DueWithin: 14})
	var b bytes.Buffer
	if err := Write(&b, "md", tasks, PrintOptions{Lang: diag.VI, Today: today, DueWithin: 14}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden", "year-less-vi.md")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("the register differs from %s (go test -update rewrites it):\n%s", path, b.Bytes())
	}
}
