package diag

import (
	"fmt"
	"strings"
)

// Lang is the language of user-facing messages.
type Lang int

const (
	VI Lang = iota // Vietnamese, the default
	EN             // English
)

// ParseLang reads a --lang value: "vi" or "en" (case-insensitive).
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "vi", "vie", "vi-vn":
		return VI, nil
	case "en", "eng", "en-us", "en-gb":
		return EN, nil
	}
	return VI, fmt.Errorf("parse language %q: use vi or en", s)
}

// String returns the language code.
func (l Lang) String() string {
	if l == EN {
		return "en"
	}
	return "vi"
}

// Text is a message in both languages.
type Text struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

// In returns the message in lang, falling back to the other language when one
// is missing.
func (t Text) In(lang Lang) string {
	if lang == EN && t.EN != "" || t.VI == "" {
		return t.EN
	}
	return t.VI
}

// IsZero reports whether t has no text in either language.
func (t Text) IsZero() bool { return t.VI == "" && t.EN == "" }

// Msg formats a message in both languages with the same arguments. An
// argument that is itself a Text is put in each message in that message's
// language.
func Msg(vi, en string, args ...any) Text {
	if len(args) == 0 {
		return Text{VI: vi, EN: en}
	}
	return Text{VI: fmt.Sprintf(vi, in(args, VI)...), EN: fmt.Sprintf(en, in(args, EN)...)}
}

func in(args []any, lang Lang) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(Text); ok {
			a = t.In(lang)
		}
		out[i] = a
	}
	return out
}
