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
	// words gives each full form's fullWords, folded the first time an
	// entry is asked, not at each use: folding the table's 232 full forms
	// when it is read cost a render 1.2M instructions for the few
	// abbreviations a notice holds.
	words func() [][]string
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
	m := make(map[string]abbrevEntry, strings.Count(data, "\n"))
	for line := range strings.SplitSeq(data, "\n") {
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
		}
		forms := e.full
		e.words = sync.OnceValue(func() [][]string { return allFullWords(forms) })
		e.common = kind == "common"
		m[key] = e
	}
	return m
}

// allFullWords are the fullWords of each full form.
func allFullWords(full []string) [][]string {
	out := make([][]string, len(full))
	for i, f := range full {
		out[i] = fullWords(f)
	}
	return out
}

// fullFormWords are e's full forms' fullWords; none for an entry let
// stand or not in the table.
func (e abbrevEntry) fullFormWords() [][]string {
	if e.words == nil {
		return nil
	}
	return e.words()
}

// schoolLevels are the abbreviations of the levels of schools: in a
// school's name ("Trường THCS Xuân Lương") they are part of the name as
// schools write it in the body; elsewhere "TH" may be anything.
var schoolLevels = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"MN": true, "MG": true, "TH": true, "THCS": true, "THPT": true, "TH&THCS": true, "THCS&THPT": true, "PTDTNT": true, "PTDTBT": true}
})
