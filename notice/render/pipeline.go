package render

import (
	"errors"
	"slices"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/pdf"
)

// Options are what the rendering of a notice depends on besides the notice
// and the configuration that applies to it. What the command line sets
// wins over the configuration file; what it leaves unset comes from it.
type Options struct {
	Formats []string // "md", "pdf", in the order the outputs are wanted
	Force   bool     // render a notice even when the check finds errors
	Check   check.Options
	// FontDir is --font-dir: a directory of Times New Roman; "" with
	// FontDirSet is the built-in Liberation Serif even when the
	// configuration names a font_dir.
	FontDir    string
	FontDirSet bool
	// BodySize is --body-size, 13 or 14; 0 leaves it to the
	// configuration (body_size), else 14.
	BodySize int
	// Date dates the PDF (SOURCE_DATE_EPOCH); zero takes the notice's own
	// date. The clock is never read.
	Date time.Time
}

// File is one rendered output, in memory.
type File struct {
	Format string // "md" or "pdf"
	Data   []byte
}

// Result is what became of one notice.
type Result struct {
	// Findings are what the check found, of every severity from
	// Options.Check.Least up.
	Findings diag.List
	// Lookups are the archive lookups of the check (see check.NoticeLookups).
	Lookups []string
	// Refused says the check found errors and Force was not set: nothing
	// was rendered.
	Refused bool
	// Files are the outputs, one per format of Options.Formats.
	Files []File
	// Notes say what the outputs write otherwise than the source (the
	// space after "TL.", the final period of the "Lưu:" line), so that
	// nothing is corrected behind the clerk's back.
	Notes diag.List
}

// Notice checks n and renders it in every format asked, in memory: one
// pipeline for render and batch, so that one notice under one
// configuration gives the same bytes whichever command renders it. The
// error, a diag.List, means the notice could not be rendered at all: the
// font directory cannot be used, a character cannot be drawn, or the
// layout failed. A format is never rendered alone: every one succeeds or
// none is returned.
func Notice(n *notice.Notice, cfg *config.Config, o Options) (*Result, error) {
	if cfg == nil {
		cfg = &config.Config{}
	}
	s, err := o.settings(cfg)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	res.Findings, res.Lookups = check.NoticeLookups(n, cfg, o.Check)
	if s.Fonts != nil {
		if missing := pdf.CheckGlyphs(n, s.Fonts); len(missing) > 0 {
			return res, missing
		}
	}
	if w, _ := res.Findings.Worst(); w == diag.Error && !o.Force {
		res.Refused = true
		return res, nil
	}
	doc := compose.Compose(n)
	res.Notes = notes(doc.Corrections)
	path := n.Number.Text.Pos.Path
	for _, f := range o.Formats {
		data, err := Format(f, doc, s)
		if err != nil {
			return res, pdf.AsFindings(n, path, err)
		}
		res.Files = append(res.Files, File{Format: f, Data: data})
	}
	return res, nil
}

// settings resolves the flags against the configuration.
func (o Options) settings(cfg *config.Config) (Settings, error) {
	s := Settings{Date: o.Date}
	size := o.BodySize
	if size == 0 {
		size = cfg.Render.BodySize
	}
	s.PDF.Small = size == 13
	if !slices.Contains(o.Formats, "pdf") {
		return s, nil
	}
	dir := cfg.Render.FontDir
	if o.FontDirSet {
		dir = o.FontDir
	}
	var err error
	s.Fonts, err = Fonts(dir)
	return s, err
}

// Fonts returns the built-in Liberation Serif for "", else the Times New
// Roman of dir, parsed once per process; a directory that cannot be used
// is a finding naming it.
func Fonts(dir string) (*fonts.Set, error) {
	if dir == "" {
		return fonts.Default()
	}
	set, err := fonts.FromDir(dir)
	if err != nil {
		return nil, fontFinding(dir, err)
	}
	return set, nil
}

// fontFinding says why a font directory cannot be used, in both languages.
func fontFinding(dir string, err error) error {
	var why diag.Text
	switch {
	case errors.Is(err, fonts.ErrNoTimes):
		why = diag.Msg("thiếu một trong bốn tệp Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)",
			"one of the four Times New Roman files is missing (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)")
	case errors.Is(err, fonts.ErrNotTrueType):
		why = diag.Msg("có tệp phông hỏng hoặc không phải TrueType", "a font file is damaged or not TrueType")
	default:
		why = diag.OSReason(err)
	}
	return diag.List{{Pos: diag.Pos{Path: dir}, Rule: "font", Severity: diag.Error,
		Message: diag.Msg("không dùng được thư mục phông: %s", "cannot use the font directory: %s", why),
		Fix:     diag.Msg("chỉ --font-dir (hoặc font_dir trong .thongbao.toml) tới thư mục có đủ bốn tệp Times New Roman, hoặc bỏ đi để dùng Liberation Serif có sẵn", "point --font-dir (or font_dir in .thongbao.toml) at a directory with the four Times New Roman files, or leave it out for the built-in Liberation Serif")}}
}
