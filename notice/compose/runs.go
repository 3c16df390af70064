package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/body"
)

// plain returns s as one unstyled run.
func plain(s string) []body.Run {
	if s == "" {
		return nil
	}
	return []body.Run{{Text: s}}
}

// bold returns s as one bold run.
func bold(s string) []body.Run { return []body.Run{{Text: s, Style: body.Bold}} }

// join concatenates runs, merging neighbours of the same style, as
// body.Merge of the parts appended would: in one array made at its size
// and merged in place (some 230 joins a notice grew a slice and then made
// Merge's).
func join(parts ...[]body.Run) []body.Run {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	all := make([]body.Run, 0, n)
	for _, p := range parts {
		all = append(all, p...)
	}
	out := body.MergeTo(all[:0], all)
	if len(out) == 0 {
		return nil // as Merge's
	}
	return out
}

// joinWith concatenates the non-empty parts with sep between them.
func joinWith(sep string, parts ...[]body.Run) []body.Run {
	var out []body.Run
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 {
			out = join(out, plain(sep))
		}
		out = join(out, p)
	}
	return out
}

// withStyle adds style to every run.
func withStyle(runs []body.Run, s body.Style) []body.Run {
	out := make([]body.Run, len(runs))
	for i, r := range runs {
		r.Style |= s
		out[i] = r
	}
	return out
}

// upper returns runs with every letter in capitals, styles and footnote
// references kept.
func upper(runs []body.Run) []body.Run {
	out := make([]body.Run, len(runs))
	for i, r := range runs {
		r.Text = strings.ToUpper(r.Text)
		out[i] = r
	}
	return out
}

// capitalize upper-cases the first letter of runs.
func capitalize(runs []body.Run) []body.Run {
	if len(runs) == 0 || runs[0].Text == "" {
		return runs
	}
	out := append([]body.Run(nil), runs...)
	r, w := utf8.DecodeRuneInString(out[0].Text)
	out[0].Text = string(unicode.ToUpper(r)) + out[0].Text[w:]
	return out
}

// lowerFirst lower-cases the first letter of s, for a phrase that starts a
// sentence in the source but sits mid-sentence in the notice.
func lowerFirst(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[w:]
}

// trimEnd removes trailing characters in cut from the last text run.
func trimEnd(runs []body.Run, cut string) []body.Run {
	out := append([]body.Run(nil), runs...)
	for len(out) > 0 {
		k := len(out) - 1
		if out[k].Note != "" {
			return out
		}
		out[k].Text = strings.TrimRight(out[k].Text, cut)
		if out[k].Text != "" {
			return out
		}
		out = out[:k]
	}
	return out
}

// endsWith reports whether the text of runs ends with one of the characters
// in set.
func endsWith(runs []body.Run, set string) bool {
	for k := len(runs) - 1; k >= 0; k-- {
		if runs[k].Note != "" {
			continue
		}
		t := strings.TrimRight(runs[k].Text, " ")
		if t == "" {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(t)
		return strings.ContainsRune(set, r)
	}
	return false
}
