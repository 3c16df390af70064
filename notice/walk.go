package notice

import (
	"reflect"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/tomlpos"
)

var textType = reflect.TypeOf(Text{})

// EachText calls fn for every text field of n that holds text, in the
// order of the schema, with the field's path ("meeting.chair.name",
// "tasks.groups[1].items[0].text").
func (n *Notice) EachText(fn func(path string, t Text)) {
	walkText("", true, reflect.ValueOf(n).Elem(), fn)
}

// EachTextValue is EachText for a caller that needs no paths: it calls fn
// for the same fields in the same order, without building their paths.
func (n *Notice) EachTextValue(fn func(t Text)) {
	walkText("", false, reflect.ValueOf(n).Elem(), func(_ string, t Text) { fn(t) })
}

// walkText walks v, whose path is path when paths is set, else "".
func walkText(path string, paths bool, v reflect.Value, fn func(string, Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(path, paths, v.Elem(), fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			p := path
			if paths {
				p = tomlpos.JoinIndex(path, i)
			}
			walkText(p, paths, v.Index(i), fn)
		}
	case reflect.Struct:
		if v.Type() == textType {
			var t *Text
			if v.CanAddr() {
				t = v.Addr().Interface().(*Text)
			} else {
				c := v.Interface().(Text)
				t = &c
			}
			if t.S != "" {
				fn(path, *t)
			}
			return
		}
		for _, f := range walkFieldsOf(v.Type()) {
			p := path
			if paths && f.name != "" {
				p = tomlpos.JoinKey(path, f.name)
			}
			walkText(p, paths, v.Field(f.index), fn)
		}
	}
}

// walkField is a field walkText goes into: its index and its key in the
// path ("" for an embedded struct, or a typed field's own text, reported
// at the field's path).
type walkField struct {
	index int
	name  string
}

var walkFields sync.Map // reflect.Type -> []walkField

// walkFieldsOf returns the fields of a struct type walkText goes into, read
// from the type once per process.
func walkFieldsOf(t reflect.Type) []walkField {
	if fs, ok := walkFields.Load(t); ok {
		return fs.([]walkField)
	}
	var fs []walkField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() || sf.Name == "Pos" {
			continue
		}
		name := strings.Split(sf.Tag.Get("toml"), ",")[0]
		if name == "-" {
			continue
		}
		fs = append(fs, walkField{index: i, name: name})
	}
	walkFields.Store(t, fs)
	return fs
}
