package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Archive holds the notices of a batch, so that a notice citing another of
// the same archive ("Thông báo số 01/TB-UBND ngày 03/01/2023") is checked
// against it: it must exist, with the same date. Numbers run per year, so
// a notice is found by its number and year.
type Archive struct {
	byKey map[string][]ArchivedNotice
	codes map[string]bool // codes in use, by year: "2023|TB-UBND"
	// issuers holds the distinct issuer names of each year: an archive
	// has thousands of notices but few issuers, so a lookup by issuer
	// does not walk every notice; each with its normal form, which a
	// lookup compares.
	issuers map[int]map[string]string
	// found remembers hasIssuer's answers, asked again and again by a
	// batch's rerun (the same issuer cited across the archive); Put
	// forgets them.
	mu    sync.Mutex
	found map[issuerYear]bool
}

type issuerYear struct {
	issuer string
	year   int
}

// ArchivedNotice is one notice of the archive.
type ArchivedNotice struct {
	Number cite.Number
	Date   cite.Date
	Issuer string // how the notice names its issuer
	Path   string
}

// NewArchive returns an empty archive.
func NewArchive() *Archive {
	return &Archive{byKey: map[string][]ArchivedNotice{}, codes: map[string]bool{}, issuers: map[int]map[string]string{}}
}

// Archived is what the archive keeps of a notice: its number, date and
// issuer. A draft (no number or day yet) is not archived.
func Archived(n *notice.Notice, path string) (ArchivedNotice, bool) {
	if n.Number.IsDraft() || n.Date.Year == 0 {
		return ArchivedNotice{}, false
	}
	issuer := n.Issuer.Short.S
	if issuer == "" {
		issuer = n.Issuer.Name.Join(" ")
	}
	// The notice's strings may be slices of its whole source: an archive
	// keeps thousands of entries, so it keeps copies, not the sources.
	num, err := cite.ParseNumber(strings.Clone(n.Number.Number.Raw))
	if err != nil {
		return ArchivedNotice{}, false
	}
	return ArchivedNotice{Number: num, Date: n.Date.Date, Issuer: strings.Clone(issuer), Path: path}, true
}

// ArchivedHeader is Archived for a notice known by its header alone
// (notice.PeekHeader).
func ArchivedHeader(h notice.Header, path string) ArchivedNotice {
	return ArchivedNotice{Number: h.Number, Date: h.Date, Issuer: h.Issuer, Path: path}
}

// Put adds one archived notice.
func (a *Archive) Put(e ArchivedNotice) {
	k := archiveKey(e.Number, e.Date.Year)
	a.byKey[k] = append(a.byKey[k], e)
	a.codes[itoaYear(e.Date.Year)+"|"+cite.Fold(e.Number.Code())] = true
	if a.issuers[e.Date.Year] == nil {
		a.issuers[e.Date.Year] = map[string]string{}
	}
	if _, ok := a.issuers[e.Date.Year][e.Issuer]; !ok {
		a.issuers[e.Date.Year][e.Issuer] = normal(e.Issuer)
		a.mu.Lock()
		a.found = nil
		a.mu.Unlock()
	}
}

func archiveKey(n cite.Number, year int) string { return itoaYear(year) + "|" + n.Key() }

func itoaYear(y int) string { return strconv.Itoa(y) }

func init() {
	register(
		&Rule{ID: "archive-citation-mismatch", Severity: diag.Error, Ref: diag.RefCitation, Run: archiveMismatch,
			Title: diag.Msg("thông báo được trích dẫn khớp ngày với thông báo trong kho", "a cited notice of the archive has the date it is cited with"),
			Help:  diag.Msg("sửa ngày trích dẫn theo văn bản trong kho", "correct the date as the archived notice has it")},
		&Rule{ID: "archive-citation-missing", Severity: diag.Warning, Ref: diag.Practice, Run: archiveMissing,
			Title: diag.Msg("văn bản trích dẫn của cùng cơ quan có trong kho", "a cited document of the same issuer is in the archive"),
			Help:  diag.Msg("kiểm tra số, ký hiệu và năm của văn bản được trích dẫn", "check the number, code and year of the cited document")},
	)
}

func archiveMismatch(p *Pass) {
	a := p.Opts.Archive
	if a == nil {
		return
	}
	for _, c := range citations(p.View) {
		if c.DateOff < 0 || c.Number.Family != cite.Admin {
			continue
		}
		for _, e := range a.byKey[archiveKey(c.Number, c.Date.Year)] {
			if e.Date != c.Date && (c.Issuer == "" || sameIssuer(c.Issuer, e.Issuer)) {
				p.Report(c.seg, c.DateOff, diag.Msg("%s được trích ngày %s, nhưng văn bản trong kho (%s) ngày %s", "%s is cited as of %s, but the archived notice (%s) is dated %s", c.Number.Raw, c.Date.Short(), e.Path, e.Date.Short()))
			}
		}
	}
}

func archiveMissing(p *Pass) {
	a := p.Opts.Archive
	if a == nil {
		return
	}
	for _, c := range citations(p.View) {
		if c.DateOff < 0 || c.Issuer == "" || c.Number.Family != cite.Admin || len(a.byKey[archiveKey(c.Number, c.Date.Year)]) > 0 {
			continue
		}
		if !a.codes[itoaYear(c.Date.Year)+"|"+cite.Fold(c.Number.Code())] {
			continue // the archive holds no such documents of that year
		}
		if a.hasIssuer(c.Issuer, c.Date.Year) {
			p.Report(c.seg, c.Off, diag.Msg("%s năm %d của %s không có trong kho văn bản", "%s of %d by %s is not in the archive", c.Number.Raw, c.Date.Year, c.Issuer))
		}
	}
}

func (a *Archive) hasIssuer(issuer string, year int) bool {
	k := issuerYear{issuer, year}
	a.mu.Lock()
	has, ok := a.found[k]
	a.mu.Unlock()
	if ok {
		return has
	}
	has = a.findIssuer(issuer, year)
	a.mu.Lock()
	if a.found == nil {
		a.found = map[issuerYear]bool{}
	}
	a.found[k] = has
	a.mu.Unlock()
	return has
}

func (a *Archive) findIssuer(issuer string, year int) bool {
	ni := normal(issuer)
	for name, nn := range a.issuers[year] {
		if sameNormalIssuer(issuer, ni, name, nn) {
			return true
		}
	}
	return false
}

// lookups lists what the archive rules will ask the archive about a
// notice: one query per citation of a notice of the same kind. A batch
// stores them with its result (NoticeLookups), so that a rerun can tell
// whether the answers, and so the findings, changed without reading the
// notice again.
func lookups(v *View) []string {
	var out []string
	for _, c := range citations(v) {
		if c.DateOff < 0 || c.Number.Family != cite.Admin {
			continue
		}
		out = append(out, strings.Join([]string{c.Number.Raw, c.Date.ISO(), c.Issuer}, "|"))
	}
	sort.Strings(out)
	return out
}

// Answer digests the archive's answers to lookups: the notices each finds,
// whether the archive holds that code in that year, and that issuer.
func (a *Archive) Answer(lookups []string) string {
	h := sha256.New()
	for _, l := range lookups {
		parts := strings.SplitN(l, "|", 3)
		if len(parts) != 3 {
			continue
		}
		n, err := cite.ParseNumber(parts[0])
		if err != nil {
			continue
		}
		d, _ := cite.ParseISO(parts[1])
		var found []string
		for _, e := range a.byKey[archiveKey(n, d.Year)] {
			found = append(found, e.Path+"@"+e.Date.ISO()+"@"+e.Issuer)
		}
		sort.Strings(found)
		fmt.Fprintf(h, "%s=%s;%v;%v\n", l, strings.Join(found, ","),
			a.codes[itoaYear(d.Year)+"|"+cite.Fold(n.Code())], parts[2] != "" && a.hasIssuer(parts[2], d.Year))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
