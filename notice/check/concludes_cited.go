package check

import (
	"regexp"
	"sync"
)

// citedConclusionRe finds a Kết luận cited by its number, with the rest of
// its sentence: "Thực hiện Kết luận số 867-KL/HU ngày ... của Huyện ủy
// ...". A notice that carries out another body's conclusions is not a
// notice of conclusions; one is when it states the conclusions of a
// meeting it reports.
var citedConclusionRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)kết\s+luận\s+(?:số\s*)?\d+[^.;]*`)
})

// withoutCitedConclusions returns s with each cited Kết luận and the rest
// of its sentence taken out.
func withoutCitedConclusions(s string) string {
	if !containsFold(s, "luận") {
		return s // every match holds "luận": none to take out
	}
	return citedConclusionRe().ReplaceAllString(s, " ")
}
