package tomlpos

import (
	"reflect"
	"strings"
)

// Tag is what the tags of a struct field say about its key:
//
//	Date Date `toml:"date,required,unless=opening"`
//	Paragraphs []Text `toml:"paragraphs" was:"lead"`
//	Signer Signer `toml:"signer,required" vi:"nguoi_ky,ky"`
//
// The decoder and the schema of the source both read it, so that they
// agree.
type Tag struct {
	Key      string   // the key; "" or "-" when the field is not read
	Required bool     // the key must be given...
	Unless   string   // ...unless this key of the same table is
	Was      []string // old names of the key, still read with a warning
	// Vi are Vietnamese names a clerk may type for the key ("nguoi_ky"
	// for signer): not read, but the key is suggested for them.
	Vi []string
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
	if vi := sf.Tag.Get("vi"); vi != "" {
		t.Vi = strings.Split(vi, ",")
	}
	return t
}
