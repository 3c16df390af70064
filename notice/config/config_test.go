package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFoundUpward(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, FileName), "[check]\ndisable = [\"date-padding\"]\n[check.severity]\nglued-words = \"error\"\n[render]\nfont_dir = \"fonts\"\nbody_size = 13\n")
	c, err := For(filepath.Join(root, "a", "b", "n.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Disabled("date-padding") || c.Disabled("glued-words") {
		t.Errorf("disabled: %+v", c.Check)
	}
	if c.SeverityOf("glued-words", diag.Warning) != diag.Error || c.SeverityOf("other", diag.Info) != diag.Info {
		t.Errorf("severity: %+v", c.Check.Severity)
	}
	if c.Render.FontDir != filepath.Join(root, "fonts") || c.Render.BodySize != 13 {
		t.Errorf("render: %+v", c.Render)
	}
	none, err := For(filepath.Join(t.TempDir(), "n.toml"))
	if err != nil || none.Path != "" || none.Disabled("x") {
		t.Errorf("no file above: %+v, %v", none, err)
	}
}

func TestBadConfig(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	write(t, p, "[check]\nseverity = { glued-words = \"fatal\" }\ndisabel = []\n")
	_, err := Load(p)
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "unknown-key" || list[0].Pos.Line != 3 {
		t.Fatalf("err = %v", err)
	}
	write(t, p, "[check.severity]\nglued-words = \"fatal\"\n[render]\nbody_size = 12\n")
	if _, err := Load(p); !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v", err)
	}
}

// TestBrokenConfigAdvice: a configuration file that is not TOML gets
// advice in its own names, not the notice source's ("signer",
// "thongbao new"), which a clerk editing .thongbao.toml would not find.
func TestBrokenConfigAdvice(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	for src, want := range map[string]string{
		"[check\nfail_on = \"error\"\n":  "[check.severity]",
		"[check]\nfail on = \"error\"\n": "fail_on",
	} {
		write(t, p, src)
		_, err := Load(p)
		var list diag.List
		if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "toml-syntax" {
			t.Fatalf("%q: err = %v", src, err)
		}
		for _, fix := range []string{list[0].Fix.VI, list[0].Fix.EN} {
			if !strings.Contains(fix, want) || strings.Contains(fix, "signer") || strings.Contains(fix, "thongbao new") {
				t.Errorf("%q: advice %q, want the configuration's names (%s)", src, fix, want)
			}
		}
	}
}

// TestFolderNamedLikeIt: a folder named .thongbao.toml is said to be one,
// with what to do; it was told to name "the notice's own file".
func TestFolderNamedLikeIt(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := For(filepath.Join(dir, "n.toml"))
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "config" || !strings.Contains(list[0].Message.VI, "là một thư mục, không phải tệp cấu hình") {
		t.Fatalf("err = %v", err)
	}
}

// TestLevelAdvice: a level written almost right is told the one it was
// meant as; one that is nothing like a level is told the list.
func TestLevelAdvice(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	for src, want := range map[string]string{
		"[check]\nfail_on = \"warnings\"\n":                  `viết fail_on = "warning"`,
		"[check]\nfail_on = \"info\"\n":                      `viết fail_on bằng một trong "error", "warning", "never"`,
		"[check.severity]\ndate-padding = \"warnings\"\n":    `viết check.severity.date-padding = "warning"`,
		"[check.severity]\ndate-padding = \"khuyến nghị\"\n": `viết check.severity.date-padding bằng một trong "error", "warning", "info"`,
	} {
		write(t, p, src)
		_, err := Load(p)
		var list diag.List
		if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "config" {
			t.Fatalf("%q: err = %v", src, err)
		}
		if got := list[0].Fix.VI; got != want {
			t.Errorf("%q: fix %q, want %q", src, got, want)
		}
	}
}
