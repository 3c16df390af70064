package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// dutyWords give whoever stands before them a duty, whatever they are:
// a body, a person, the public a notice concerns.
var dutyWords = []string{" có trách nhiệm ", " chịu trách nhiệm "}

// maxDutyWords bounds the words of an owner read before dutyWords: a few,
// no comma ("Người có đất thu hồi"); a longer run is a sentence.
const maxDutyWords = 8

// dutyOwner reads the owner of a sentence that gives one a duty in so
// many words, though its name is no body's: "Người có đất thu hồi có
// trách nhiệm phối hợp với Chi nhánh ... thực hiện điều tra, khảo sát"
// (t95, p91's đặc khu: the paragraph took the point above's Văn phòng
// for its owner). The head of each body ("Người đứng đầu chịu trách
// nhiệm ...") is the owner above's, not one of its own; "Thông tin liên
// hệ của người chịu trách nhiệm ..." names the person as a thing's, and
// "Điều 2. Sở Y tế có trách nhiệm ..." runs over a full stop.
func dutyOwner(t string) (named, bool) {
	window := t[:min(len(t), subjectWindow)]
	for _, w := range dutyWords {
		k := strings.Index(window, w)
		if k <= 0 {
			continue
		}
		subject := t[:k]
		r, _ := utf8.DecodeRuneInString(subject)
		f := cite.Fold(subject)
		if !unicode.IsUpper(r) || strings.ContainsAny(subject, ",;:().") || len(strings.Fields(subject)) > maxDutyWords ||
			strings.HasPrefix(f, "người đứng đầu") || strings.HasPrefix(f, "trường hợp") ||
			strings.Contains(" "+f+" ", " của ") || strings.HasSuffix(" "+f, " người") {
			return named{}, false
		}
		return named{Owners: []owner{{Name: subject}}, Rest: k + 1}, true
	}
	return named{}, false
}
