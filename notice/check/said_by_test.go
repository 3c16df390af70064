package check_test

import (
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// saidOn counts the findings of each rule on lines from..to of the text
// at path, edited by edit, checked under cfg and least.
func saidOn(t *testing.T, path string, edit func(string) string, cfg *config.Config, least diag.Severity, from, to int) map[string]int {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := plain.Read(path, []byte(edit(string(src))))
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, x := range check.Text(f, cfg, check.Options{Least: least}) {
		if x.Pos.Line >= from && x.Pos.Line <= to {
			n[x.Rule]++
		}
	}
	return n
}

// asWritten leaves a text as it is.
func asWritten(s string) string { return s }

// ignoreOn writes a thongbao:ignore of rule at the end of line n.
func ignoreOn(n int, rule string) func(string) string {
	return func(s string) string {
		lines := strings.Split(s, "\n")
		lines[n-1] = strings.TrimRight(lines[n-1], " ") + " <!-- thongbao:ignore " + rule + " -- thử -->"
		return strings.Join(lines, "\n")
	}
}

// TestSpacingSaysDashOnce: a dash spaced on one side, beside the usual
// spelling ("2021- 2030", "2021 -2030" beside "2021 - 2030"; "Covid -19"
// beside "Covid-19"), is said once, by spacing; with spacing disabled,
// below Least or ignored on the line, name-spelling says it, so the slip
// stays found whichever rules run.
func TestSpacingSaysDashOnce(t *testing.T) {
	const path = "../../testdata/lint/spacing-dash-name-lawful.txt"
	if got := saidOn(t, path, asWritten, &config.Config{}, diag.Info, 10, 12); got["name-spelling"] != 0 || got["spacing"] < 3 {
		t.Errorf("all rules: %v, want spacing on each line and no name-spelling", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"spacing"}}}
	if got := saidOn(t, path, asWritten, off, diag.Info, 10, 12); got["name-spelling"] != 3 {
		t.Errorf("spacing disabled: %v, want 3 name-spelling", got)
	}
	low := &config.Config{Check: config.Check{Severity: map[string]string{"spacing": "info"}}}
	if got := saidOn(t, path, asWritten, low, diag.Warning, 10, 12); got["name-spelling"] != 3 {
		t.Errorf("spacing below Least: %v, want 3 name-spelling", got)
	}
	if got := saidOn(t, path, ignoreOn(10, "spacing"), &config.Config{}, diag.Info, 10, 10); got["name-spelling"] != 1 || got["spacing"] != 0 {
		t.Errorf("spacing ignored on line 10: %v, want name-spelling alone", got)
	}
}

// TestPhraseSaysNameOnce: a listed phrase misspelt in a name ("Uy ban
// nhân dân tinh" beside "Ủy ban nhân dân") is said by phrase-typo alone;
// with phrase-typo disabled or ignored on the line, name-spelling says
// it. A phrase-typo ignored on a line leaves syllable its words there
// too (d90's "Left").
func TestPhraseSaysNameOnce(t *testing.T) {
	const path = "../../testdata/lint/phrase-typo-term-two-marks.txt"
	if got := saidOn(t, path, asWritten, &config.Config{}, diag.Info, 10, 10); got["name-spelling"] != 0 || got["phrase-typo"] != 2 {
		t.Errorf("all rules: %v, want 2 phrase-typo and no name-spelling", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"phrase-typo"}}}
	if got := saidOn(t, path, asWritten, off, diag.Info, 10, 10); got["name-spelling"] != 1 {
		t.Errorf("phrase-typo disabled: %v, want name-spelling", got)
	}
	if got := saidOn(t, path, ignoreOn(10, "phrase-typo"), &config.Config{}, diag.Info, 10, 10); got["name-spelling"] != 1 || got["phrase-typo"] != 0 {
		t.Errorf("phrase-typo ignored on line 10: %v, want name-spelling", got)
	}
	const words = "../../testdata/lint/syllable-in-phrase-lawful.txt"
	if got := saidOn(t, words, ignoreOn(11, "phrase-typo"), &config.Config{}, diag.Info, 11, 11); got["syllable"] == 0 || got["phrase-typo"] != 0 {
		t.Errorf("phrase-typo ignored on line 11: %v, want syllable's words", got)
	}
}

// unmarked blanks a fixture's markers out, as the lint harness does.
func unmarked(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if m := wantRe.FindStringIndex(l); m != nil {
			lines[i] = l[:m[0]]
		}
	}
	return strings.Join(lines, "\n")
}

// ignoredOn is ignoreOn of a fixture with its markers blanked out.
func ignoredOn(n int, rule string) func(string) string {
	return func(s string) string { return ignoreOn(n, rule)(unmarked(s)) }
}

// TestClosingSaysListEndOnce: a list's last point that ends the body with
// no mark lacks the "." the "./." brings; closing-mark says it alone, and
// with closing-mark disabled, below Least or ignored on the line,
// list-punct says the point, so the slip stays found.
func TestClosingSaysListEndOnce(t *testing.T) {
	const path = "../../testdata/lint/closing-mark-list-end.txt"
	if got := saidOn(t, path, unmarked, &config.Config{}, diag.Info, 11, 11); got["closing-mark"] != 1 || got["list-punct"] != 0 {
		t.Errorf("all rules: %v, want closing-mark alone", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"closing-mark"}}}
	if got := saidOn(t, path, unmarked, off, diag.Info, 11, 11); got["list-punct"] != 1 {
		t.Errorf("closing-mark disabled: %v, want list-punct", got)
	}
	low := &config.Config{Check: config.Check{Severity: map[string]string{"closing-mark": "info"}}}
	if got := saidOn(t, path, unmarked, low, diag.Warning, 11, 11); got["list-punct"] != 1 {
		t.Errorf("closing-mark below Least: %v, want list-punct", got)
	}
	if got := saidOn(t, path, ignoredOn(11, "closing-mark"), &config.Config{}, diag.Info, 11, 11); got["list-punct"] != 1 || got["closing-mark"] != 0 {
		t.Errorf("closing-mark ignored on line 11: %v, want list-punct alone", got)
	}
}

// TestRangeSaysDashOnce: the dash of a span opened with "từ", spaced on
// one side ("từ ngày 12- 13/01/2026"), is said by range-sign alone, whose
// "đến" takes the dash and its spaces away; with range-sign disabled or
// ignored on the line, spacing says the space.
func TestRangeSaysDashOnce(t *testing.T) {
	const path = "../../testdata/lint/spacing-range.txt"
	if got := saidOn(t, path, unmarked, &config.Config{}, diag.Info, 8, 8); got["range-sign"] != 1 || got["spacing"] != 0 {
		t.Errorf("all rules: %v, want range-sign alone", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"range-sign"}}}
	if got := saidOn(t, path, unmarked, off, diag.Info, 8, 8); got["spacing"] != 1 {
		t.Errorf("range-sign disabled: %v, want spacing", got)
	}
	if got := saidOn(t, path, ignoredOn(8, "range-sign"), &config.Config{}, diag.Info, 8, 8); got["spacing"] != 1 || got["range-sign"] != 0 {
		t.Errorf("range-sign ignored on line 8: %v, want spacing alone", got)
	}
}

// TestOfficialSaysUnitNounOnce: a unit's noun in a capital after its
// committee ("Ủy ban nhân dân Xã Tân An" beside "Ủy ban nhân dân xã Tân
// An") is said by official-name alone, with the decree's small letter;
// with official-name disabled or ignored on the line, name-spelling says
// the name written two ways.
func TestOfficialSaysUnitNounOnce(t *testing.T) {
	const path = "../../testdata/lint/official-name-unit-noun-once.txt"
	if got := saidOn(t, path, unmarked, &config.Config{}, diag.Info, 10, 10); got["official-name"] != 1 || got["name-spelling"] != 0 {
		t.Errorf("all rules: %v, want official-name alone", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"official-name"}}}
	if got := saidOn(t, path, unmarked, off, diag.Info, 10, 10); got["name-spelling"] != 1 {
		t.Errorf("official-name disabled: %v, want name-spelling", got)
	}
	if got := saidOn(t, path, ignoredOn(10, "official-name"), &config.Config{}, diag.Info, 10, 10); got["name-spelling"] != 1 || got["official-name"] != 0 {
		t.Errorf("official-name ignored on line 10: %v, want name-spelling alone", got)
	}
}
