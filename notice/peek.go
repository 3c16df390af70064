package notice

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// Header is what an archive needs to know of a notice: its number, date
// and issuer.
type Header struct {
	Number cite.Number
	Date   cite.Date
	Issuer string // issuer.short, else the lines of issuer.name joined
}

// PeekHeader reads the header of a notice source without loading it: a
// batch learns every notice of an archive this way before it checks any,
// at a fraction of the cost of Load. ok is false for a draft (no number
// or day yet) and for a source whose header cannot be read; Load says why.
func PeekHeader(path string, src []byte) (Header, bool) {
	return PeekHeaderWith(path, src, nil)
}

// PeekHeaderWith is PeekHeader that records in acc the bytes whose encoding
// it accepted, so that LoadWith does not check them again.
func PeekHeaderWith(path string, src []byte, acc *source.Accepted) (Header, bool) {
	text, err := acc.Decode(path, src, MaxSourceSize)
	if err != nil {
		return Header{}, false
	}
	p := tomlpos.PeekTable(text, "issuer")
	raw, _ := p.Value("number")
	num, err := cite.ParseNumber(source.Normalize(raw))
	if err != nil || num.Seq == "" {
		return Header{}, false
	}
	d, _ := p.Value("date")
	date, err := cite.ParseISO(strings.TrimSpace(d))
	if err != nil || date.Day == 0 {
		return Header{}, false
	}
	issuer, _ := p.Value("issuer.short")
	if issuer == "" {
		issuer = strings.Join(p.Strings("issuer.name"), " ")
	}
	return Header{Number: num, Date: date, Issuer: source.Normalize(issuer)}, true
}
