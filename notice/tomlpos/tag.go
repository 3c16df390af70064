package tomlpos

import (
	"reflect"
	"strings"
)

// Tag is what the tags of a struct field say about its key:
//
//	Date Date `toml:"date,required,unless=opening"`
//	Paragraphs []Text `toml:"paragraphs" was:"lead"`
//
// The decoder and the schema of the source both read it, so that they
// agree.
type Tag struct {
	Key      string   // the key; "" or "-" when the field is not read
	Required bool     // the key must be given...
	Unless   string   // ...unless this key of the same table is
	Was      []string // old names of the key, still read with a warning
}

// ParseTag reads the toml and was tags of a field.
func ParseTag(sf reflect.StructField) Tag {
	name, opts, _ := strings.Cut(sf.Tag.Get("toml"), ",")
	t := Tag{Key: name}
	for _, o := range strings.Split(opts, ",") {
		switch {
		case o == "required":
			t.Required = true
		case strings.HasPrefix(o, "unless="):
			t.Unless = strings.TrimPrefix(o, "unless=")
		}
	}
	if was := sf.Tag.Get("was"); was != "" {
		t.Was = strings.Split(was, ",")
	}
	return t
}
