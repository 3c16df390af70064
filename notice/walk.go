package notice

import (
	"reflect"
	"strings"

	"github.com/thongbao/thongbao/notice/tomlpos"
)

var textType = reflect.TypeOf(Text{})

// EachText calls fn for every text field of n that holds text, in the
// order of the schema, with the field's path ("meeting.chair.name",
// "tasks.groups[1].items[0].text").
func (n *Notice) EachText(fn func(path string, t Text)) {
	walkText("", reflect.ValueOf(n).Elem(), fn)
}

func walkText(path string, v reflect.Value, fn func(string, Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(path, v.Elem(), fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkText(tomlpos.JoinIndex(path, i), v.Index(i), fn)
		}
	case reflect.Struct:
		if v.Type() == textType {
			if t := v.Interface().(Text); t.S != "" {
				fn(path, t)
			}
			return
		}
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if !sf.IsExported() || sf.Name == "Pos" {
				continue
			}
			name := strings.Split(sf.Tag.Get("toml"), ",")[0]
			switch {
			case name == "-":
				continue
			case name == "" && sf.Anonymous:
				walkText(path, v.Field(i), fn)
				continue
			case name == "":
				name = "" // a typed field's own text: reported at the field's path
			}
			p := path
			if name != "" {
				p = tomlpos.JoinKey(path, name)
			}
			walkText(p, v.Field(i), fn)
		}
	}
}
