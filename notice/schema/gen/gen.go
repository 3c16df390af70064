package gen

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// schemaer is a typed field that says what its values look like.
type schemaer interface{ JSONSchema() map[string]any }

var (
	schemaerType    = reflect.TypeOf((*schemaer)(nil)).Elem()
	unmarshalerType = reflect.TypeOf((*tomlpos.Unmarshaler)(nil)).Elem()
	stringTableType = reflect.TypeOf((*tomlpos.StringTable)(nil)).Elem()
)

// Generate returns the JSON Schema (draft 2020-12) of the notice source:
// the structs of package notice, read by reflection as the decoder reads
// them (tomlpos.ParseTag), with the doc comments of the Go files of dir,
// the package's directory, as descriptions. Every type and field must have
// its help in both languages; the output depends on nothing else.
func Generate(dir string) ([]byte, error) {
	d, err := readDocs(dir)
	if err != nil {
		return nil, err
	}
	b := &builder{docs: d, defs: newObj(), seen: map[reflect.Type]bool{}}
	t := reflect.TypeOf(notice.Notice{})
	body := b.object(t)
	root := newObj().
		set("$schema", "https://json-schema.org/draft/2020-12/schema").
		set("title", "thongbao: thông báo kết luận (TOML)")
	for _, k := range body.keys {
		root.set(k, body.vals[k])
	}
	root.set("$defs", b.defs)
	if len(b.errs) > 0 {
		return nil, errors.New("generate schema: " + strings.Join(b.errs, "; "))
	}
	return indent(root)
}

type builder struct {
	docs docs
	defs *obj
	seen map[reflect.Type]bool
	errs []string
}

func (b *builder) fail(format string, args ...any) {
	b.errs = append(b.errs, fmt.Sprintf(format, args...))
}

// schemaOf is the schema of the values of type t.
func (b *builder) schemaOf(t reflect.Type) *obj {
	if t.Kind() == reflect.Pointer {
		return b.schemaOf(t.Elem())
	}
	if s, ok := custom(t); ok {
		return s
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		b.fail("%s reads its own values but has no JSONSchema method", t)
		return newObj()
	}
	switch t.Kind() {
	case reflect.Slice:
		return newObj().set("type", "array").set("items", b.schemaOf(t.Elem()))
	case reflect.Struct:
		return b.ref(t)
	case reflect.String:
		return newObj().set("type", "string")
	case reflect.Float64:
		return newObj().set("type", "number")
	case reflect.Int:
		return newObj().set("type", "integer")
	case reflect.Bool:
		return newObj().set("type", "boolean")
	}
	b.fail("no schema for %s", t)
	return newObj()
}

// custom is the schema a typed field gives of itself.
func custom(t reflect.Type) (*obj, bool) {
	if !t.Implements(schemaerType) && !reflect.PointerTo(t).Implements(schemaerType) {
		return nil, false
	}
	v := reflect.New(t)
	return fromMap(v.Interface().(schemaer).JSONSchema()), true
}

// ref defines a struct once, under its name, and refers to it; a table
// that may be written as a string (a task item) may be either.
func (b *builder) ref(t reflect.Type) *obj {
	if !b.seen[t] {
		b.seen[t] = true
		b.defs.set(t.Name(), nil) // keep its place; the struct may refer to itself
		b.defs.set(t.Name(), b.object(t))
	}
	r := newObj().set("$ref", "#/$defs/"+t.Name())
	if reflect.PointerTo(t).Implements(stringTableType) {
		return newObj().set("oneOf", []any{newObj().set("type", "string"), r})
	}
	return r
}

// object is the schema of a struct: its keys, what each holds, which are
// required, the old names still read; no other key.
func (b *builder) object(t reflect.Type) *obj {
	o := newObj().set("type", "object")
	if d := b.help(t.Name()); d != "" {
		o.set("description", d)
	}
	props := newObj()
	var required, initKeys []string
	var either []any
	dependent := newObj()
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := tomlpos.ParseTag(sf)
		if !sf.IsExported() || tag.Key == "" || tag.Key == "-" {
			continue
		}
		s := b.schemaOf(sf.Type).copyObj()
		d := b.help(t.Name() + "." + sf.Name)
		props.set(tag.Key, described(s, d))
		for _, old := range tag.Was {
			props.set(old, described(s, fmt.Sprintf("Tên cũ của %q, vẫn đọc được; nay viết %q.\n\nThe old name of %q, still read; write %q now.", tag.Key, tag.Key, tag.Key, tag.Key)).set("deprecated", true))
			dependent.set(old, newObj().set("not", newObj().set("required", []string{tag.Key})))
		}
		if !tag.Required {
			continue
		}
		alts := append([]string{tag.Key}, tag.Was...)
		if tag.Unless != "" {
			alts = append(alts, tag.Unless)
		}
		if len(alts) == 1 {
			required = append(required, tag.Key)
			initKeys = append(initKeys, tag.Key)
			continue
		}
		var any []any
		for _, a := range alts {
			any = append(any, newObj().set("required", []string{a}))
		}
		either = append(either, newObj().set("anyOf", any))
	}
	o.set("properties", props)
	if len(required) > 0 {
		o.set("required", required)
	}
	if len(either) > 0 {
		o.set("allOf", either)
	}
	if len(dependent.keys) > 0 {
		o.set("dependentSchemas", dependent)
	}
	o.set("additionalProperties", false)
	if len(initKeys) > 0 {
		o.set("x-taplo", newObj().set("initKeys", initKeys))
	}
	return o
}

// described puts a description first in a copy of s.
func described(s *obj, d string) *obj {
	out := newObj()
	if d != "" {
		out.set("description", d)
	}
	for _, k := range s.keys {
		if k != "description" || d == "" {
			out.set(k, s.vals[k])
		}
	}
	return out
}

// help is the description of a type or field; one without its help in
// both languages fails the generation.
func (b *builder) help(name string) string {
	d, ok := b.docs[name]
	if !ok || d.vi == "" || d.en == "" {
		b.fail("%s has no doc comment in English and Vietnamese (vi:)", name)
		return ""
	}
	d.en = unname(d.en, name[strings.LastIndexByte(name, '.')+1:])
	return d.text()
}

// unname drops the Go name a doc comment starts with: "Issuer is the
// issuing body" is shown "The issuing body".
func unname(en, goName string) string {
	for _, verb := range []string{" is ", " are "} {
		if rest, ok := strings.CutPrefix(en, goName+verb); ok && rest != "" {
			r := []rune(rest)
			return strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return en
}
