// Package config reads .thongbao.toml, the project configuration that
// check and render find by walking up from the file they work on: which
// rules run and at what severity, and how PDFs are rendered.
//
//	[check]
//	disable = ["date-padding"]
//	fail_on = "error"
//
//	[check.severity]
//	deadline-past = "error"
//
//	[render]
//	font_dir = "/usr/share/fonts/truetype/msttcorefonts"
//	body_size = 13
package config

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// MaxSize is the largest configuration file read: a real one is a few
// hundred bytes.
const MaxSize = 1 << 20

var limits = tomlpos.Limits{MaxTextLen: 4096, MaxListLen: 1000, MaxNesting: 4, MaxProblems: 100,
	KeyFix: diag.Msg("sau tên khóa là dấu = rồi giá trị; tên khóa là chữ tiếng Anh không dấu, viết liền (fail_on, disable, font_dir, body_size; không phải fail on)",
		"after the key come = and its value; a key is English in plain letters, with no space inside it (fail_on, disable, font_dir, body_size; not fail on)"),
	TableFix: diag.Msg("tệp cấu hình chỉ có các bảng [check], [check.severity] và [render], viết trong dấu [ ]",
		"the configuration file has only the tables [check], [check.severity] and [render], written between [ ]"),
}

// FileName is the name of the configuration file.
const FileName = ".thongbao.toml"

// Config is the content of a .thongbao.toml.
type Config struct {
	// Check configures thongbao check.
	Check Check `toml:"check"`
	// Render configures thongbao render.
	Render Render `toml:"render"`

	// Path is where the file was found; "" for the defaults.
	Path string `toml:"-"`
	// Digest is the SHA-256 of the file's content; "" for the defaults.
	Digest string `toml:"-"`

	doc *tomlpos.Doc
}

// Check configures the rules.
type Check struct {
	// Disable lists rule ids that do not run.
	Disable []string `toml:"disable"`
	// Severity sets a rule's severity: "error", "warning" or "info".
	Severity map[string]string `toml:"severity"`
	// FailOn is the default of --fail-on.
	FailOn string `toml:"fail_on"`
}

// Render configures the PDF.
type Render struct {
	// FontDir is a directory with Times New Roman (times.ttf, timesbd.ttf,
	// timesi.ttf, timesbi.ttf); relative to the configuration file.
	FontDir string `toml:"font_dir"`
	// BodySize is the body text size, 13 or 14.
	BodySize int `toml:"body_size"`
}

// Load reads a configuration file. A file that reads as TOML but has
// errors (a misspelt key, a severity that is none) gives them, and the
// configuration as far as it was read, so that the rule ids it names can
// be checked too (UnknownRules): nil only when nothing could be read.
func Load(path string) (*Config, error) {
	src, err := source.Read(path, MaxSize)
	if err != nil {
		return nil, err
	}
	c := &Config{}
	doc, err := tomlpos.DecodeBytes(path, src, c, MaxSize, limits)
	if err != nil {
		if doc == nil {
			return nil, err
		}
		c.doc, c.Path = doc, path
		return c, err
	}
	c.doc = doc
	sum := sha256.Sum256(src)
	c.Path, c.Digest = path, hex.EncodeToString(sum[:])
	if c.Render.FontDir != "" && !filepath.IsAbs(c.Render.FontDir) {
		c.Render.FontDir = filepath.Join(filepath.Dir(path), c.Render.FontDir)
	}
	return c, c.validate()
}

func (c *Config) validate() error {
	var list diag.List
	bad := func(key string, msg, fix diag.Text) {
		pos := diag.Pos{Path: c.Path}
		if c.doc != nil {
			pos = c.doc.KeyPos(key)
		}
		list = append(list, diag.Finding{Pos: pos, Rule: "config", Severity: diag.Error, Message: msg, Fix: fix})
	}
	fixFile := diag.Msg("sửa tệp cấu hình", "fix the configuration file")
	for id, s := range c.Check.Severity {
		if _, err := diag.ParseSeverity(s); err != nil {
			key := tomlpos.JoinKey("check.severity", id)
			bad(key, diag.Msg("mức %q của %s không có; dùng error, warning hoặc info", "severity %q of %s is not one of error, warning, info", s, id),
				levelFix(key, s, "error", "warning", "info"))
		}
	}
	if c.Check.FailOn != "" && c.Check.FailOn != "never" {
		if _, err := diag.ParseSeverity(c.Check.FailOn); err != nil || c.Check.FailOn == "info" {
			bad("check.fail_on", diag.Msg("fail_on %q không có; dùng error, warning hoặc never", "fail_on %q is not one of error, warning, never", c.Check.FailOn),
				levelFix("fail_on", c.Check.FailOn, "error", "warning", "never"))
		}
	}
	if c.Render.BodySize != 0 && c.Render.BodySize != 13 && c.Render.BodySize != 14 {
		bad("render.body_size", diag.Msg("body_size phải là 13 hoặc 14", "body_size must be 13 or 14"), fixFile)
	}
	if len(list) > 0 {
		list.Sort()
		return list
	}
	return nil
}

var cache sync.Map // directory -> *found

type found struct {
	once sync.Once
	c    *Config
	err  error
}

// For returns the configuration that applies to a file: the nearest
// .thongbao.toml in its directory or above, or the defaults. Each
// directory is looked up once per process.
func For(file string) (*Config, error) {
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return &Config{}, nil
	}
	v, _ := cache.LoadOrStore(dir, &found{})
	f := v.(*found)
	f.once.Do(func() { f.c, f.err = lookUp(dir) })
	return f.c, f.err
}

// Paths lists where a configuration for file may be, nearest first: the
// .thongbao.toml of its directory and of each directory above. For uses
// the first that exists; render --watch watches them all, so that a
// configuration saved, made or removed applies at once.
func Paths(file string) []string {
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil
	}
	var out []string
	for {
		out = append(out, filepath.Join(dir, FileName))
		parent := filepath.Dir(dir)
		if parent == dir {
			return out
		}
		dir = parent
	}
}

// Forget drops the configurations read so far, so that For reads them
// again: a long-running process (render --watch) calls it when one has
// changed on disk.
func Forget() {
	cache.Clear()
}

func lookUp(dir string) (*Config, error) {
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return nil, folderNamedLikeIt(p)
		} else if err == nil {
			return Load(p)
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return &Config{}, nil
		}
		dir = parent
	}
}

// folderNamedLikeIt is the finding for a folder named .thongbao.toml: it
// was told to name "the notice's own file".
func folderNamedLikeIt(p string) error {
	return diag.List{{Pos: diag.Pos{Path: p}, Rule: "config", Severity: diag.Error,
		Message: diag.Msg("đây là một thư mục, không phải tệp cấu hình", "it is a folder, not a configuration file"),
		Fix:     diag.Msg("đổi tên hoặc xóa thư mục đó; tệp cấu hình là một tệp TOML tên %s", "rename or remove that folder; the configuration is a TOML file named %s", FileName)}}
}

// Disabled reports whether a rule is turned off.
func (c *Config) Disabled(rule string) bool {
	for _, d := range c.Check.Disable {
		if d == rule {
			return true
		}
	}
	return false
}

// SeverityOf returns the configured severity of a rule, or def.
func (c *Config) SeverityOf(rule string, def diag.Severity) diag.Severity {
	if s, ok := c.Check.Severity[rule]; ok {
		if sev, err := diag.ParseSeverity(s); err == nil {
			return sev
		}
	}
	return def
}

// levelFix tells what to write for a level that is not one of levels:
// the one it was plainly meant as ("warnings", "Error", "warn" are
// "warning" and "error"), else the list.
func levelFix(key, value string, levels ...string) diag.Text {
	v := strings.ToLower(strings.TrimSpace(value))
	for _, l := range levels {
		if v == l || v == l+"s" || len(v) >= 3 && strings.HasPrefix(l, v) {
			return diag.Msg("viết %s = %q", "write %s = %q", key, l)
		}
	}
	quoted := make([]string, len(levels))
	for i, l := range levels {
		quoted[i] = strconv.Quote(l)
	}
	return diag.Msg("viết %s bằng một trong %s", "write %s as one of %s", key, strings.Join(quoted, ", "))
}
