package check

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/abbreviations.txt
var abbrevData string

// abbrevEntry is what data/abbreviations.txt says of an abbreviation:
// its full forms, or that it is let stand.
type abbrevEntry struct {
	full []string // the full forms; none when let stand
	// words are each full form's fullWords, folded when the table is
	// read, not at each use.
	words [][]string
	keep  bool // let stand: a foreign body, a unit, a brand, a title
	// common: one of the common abbreviations the decree names ("Ủy
	// ban nhân dân (UBND), Hội đồng nhân dân (HĐND)").
	common bool
}

// only is the one full form of the entry, "" when it has several or
// none: a rule suggests a full form only when it knows which.
func (e abbrevEntry) only() string {
	if len(e.full) == 1 {
		return e.full[0]
	}
	return ""
}

// abbrevTable is data/abbreviations.txt, read once.
var abbrevTable = sync.OnceValue(func() map[string]abbrevEntry { return readAbbrevs(abbrevData) })

// readAbbrevs reads lines "ABBR<tab>full form | full form", maybe with
// "<tab>common" after, or "ABBR<tab>-"; "#" starts a comment line.
func readAbbrevs(data string) map[string]abbrevEntry {
	m := map[string]abbrevEntry{}
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, full, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		full, kind, _ := strings.Cut(full, "\t")
		full = strings.TrimSpace(full)
		if full == "-" {
			m[key] = abbrevEntry{keep: true}
			continue
		}
		var e abbrevEntry
		for _, f := range strings.Split(full, "|") {
			e.full = append(e.full, strings.TrimSpace(f))
			e.words = append(e.words, fullWords(e.full[len(e.full)-1]))
		}
		e.common = kind == "common"
		m[key] = e
	}
	return m
}

// schoolLevels are the abbreviations of the levels of schools: in a
// school's name ("Trường THCS Xuân Lương") they are part of the name as
// schools write it in the body; elsewhere "TH" may be anything.
var schoolLevels = setOf("MN", "MG", "TH", "THCS", "THPT", "TH&THCS", "THCS&THPT", "PTDTNT", "PTDTBT")
