package diag

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden outputs")

func sampleReport() Report {
	return Report{
		Files: []string{"b.md", "a.toml", "clean.toml"},
		Findings: List{
			{Pos: Pos{Path: "b.md", Line: 26, Col: 1}, Rule: "archive-line", Severity: Error, Ref: RefNoiNhan,
				Message: Msg("dòng lưu %q sai", "archive line %q is wrong", "- Lưu: VT.."), Fix: Msg("viết \"- Lưu: VT, X.\"", "write \"- Lưu: VT, X.\"")},
			{Pos: Pos{Path: "a.toml", Line: 3, Col: 7}, Rule: "glued-words", Severity: Warning, Ref: Practice,
				Message: Msg("\"mưu\" dính \"UBND\"", "\"mưu\" is glued to \"UBND\""), Fix: Msg("thêm dấu cách", "add a space")},
			{Pos: Pos{Path: "a.toml", Line: 9, Col: 2}, Rule: "date-padding", Severity: Info, Ref: Practice,
				Message: Msg("ngày, tháng: 50%, a:b", "day, month: 50%, a:b")},
			{Pos: Pos{Path: "/srv/Thông báo/c d.txt"}, Rule: "read-file", Severity: Error,
				Message: Msg("không kiểm tra được: %s", "cannot check: %s", "permission denied"), Fix: Msg("kiểm tra quyền đọc tệp", "check that the file may be read")},
		},
		Rules:   []RuleInfo{{ID: "archive-line", Severity: Error, Ref: RefNoiNhan, Title: Msg("dòng lưu", "archive line"), Help: Msg("sửa", "fix it")}},
		FailOn:  Error,
		Version: "1.2.3-test",
		Dir:     "/work/Thư mục",
		// The file that could not be read: a test in error for JUnit.
		Unchecked: map[string]bool{"/srv/Thông báo/c d.txt": true},
	}
}

// TestFormats compares each format with its golden file
// (testdata/report.<format>); regenerate with -update.
func TestFormats(t *testing.T) {
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, format, sampleReport(), EN); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "report."+format)
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s output differs from %s:\n%s", format, golden, buf.String())
		}
		switch format {
		case "json", "sarif":
			var v any
			if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
				t.Errorf("%s is not JSON: %v", format, err)
			}
		case "junit":
			var v any
			if err := xml.Unmarshal(buf.Bytes(), &v); err != nil {
				t.Errorf("junit is not XML: %v", err)
			}
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "yaml", Report{}, VI); err == nil {
		t.Error("want an error")
	}
}
