package render

import (
	"fmt"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/pdf"
)

// Settings are what a PDF depends on besides the notice.
type Settings struct {
	Fonts *fonts.Set
	PDF   pdf.Options
	// Date dates the PDF; zero takes the notice's own date.
	Date time.Time
}

// Format renders d in one format ("md" or "pdf").
func Format(format string, d *compose.Document, s Settings) ([]byte, error) {
	switch format {
	case "md":
		return markdown.RenderBytes(d)
	case "pdf":
		date := s.Date
		if date.IsZero() {
			date = pdf.DocumentDate(d)
		}
		return pdf.RenderBytes(d, s.Fonts, s.PDF, date)
	default:
		return nil, fmt.Errorf("render notice: unknown format %q", format)
	}
}
