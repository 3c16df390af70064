package notice

import "github.com/thongbao/thongbao/notice/cite"

// The typed fields say what their values look like in JSON Schema, beside
// the code that reads them, for `thongbao schema` (package schema
// generates it from the structs). TOML dates reach a schema as strings, as
// editors (Taplo) pass them.

const (
	isoDate      = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	isoDraftDate = `^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$`
	codeWord     = `[A-Za-zĐđ][A-Za-zĐđ0-9&]*`
)

// JSONSchema describes a text field: a string, with inline Markdown.
func (Text) JSONSchema() map[string]any { return map[string]any{"type": "string"} }

// JSONSchema describes header lines: one string, or one per line.
func (Lines) JSONSchema() map[string]any { return stringOrStrings() }

// JSONSchema describes the trích yếu: one string, or one per line.
func (Subject) JSONSchema() map[string]any { return stringOrStrings() }

// JSONSchema describes paragraphs: one string, or one per paragraph.
func (Paragraphs) JSONSchema() map[string]any { return stringOrStrings() }

func stringOrStrings() map[string]any {
	return map[string]any{"oneOf": []any{
		map[string]any{"type": "string"},
		map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
	}}
}

// JSONSchema describes a notice's own number: "12/TB-UBND", "/TB-UBND".
func (DocNumber) JSONSchema() map[string]any {
	return map[string]any{"type": "string", "pattern": `^[0-9]*/` + codeWord + `(-` + codeWord + `)+$`,
		"examples": []any{"12/TB-UBND", "/TB-VP"}}
}

// JSONSchema describes a complete date.
func (Date) JSONSchema() map[string]any {
	return map[string]any{"type": "string", "format": "date", "pattern": isoDate, "examples": []any{"2024-04-12"}}
}

// JSONSchema describes the issuing date, whose day may be blank.
func (DraftDate) JSONSchema() map[string]any {
	return map[string]any{"type": "string", "pattern": isoDraftDate, "examples": []any{"2024-10-14", "2024-10"}}
}

// JSONSchema describes a deadline: a date or month, or words that hold a
// number ("trước ngày 28/02/2023", "Quý III/2025", "02 tuần/lần") or say
// how often ("hằng tuần"), or a standing task ("thường xuyên").
func (Deadline) JSONSchema() map[string]any {
	return map[string]any{"type": "string", "minLength": 1,
		"anyOf": []any{
			map[string]any{"pattern": isoDraftDate},
			map[string]any{"pattern": `[0-9]`},
			map[string]any{"pattern": `[Hh][ằà]ng `},
			map[string]any{"pattern": `[Tt]hường xuyên|[Ll]iên tục|[Đđ]ột xuất|[Yy]êu cầu`},
		},
		"examples": []any{"2023-02-28", "2023-06", "trước ngày 28/02/2023", "trong tháng 6/2023", "Quý III/2025",
			"từ ngày 01/7/2025 đến ngày 31/7/2025", "hằng tuần", "định kỳ hằng tháng (trước ngày 20)", "thường xuyên"}}
}

// JSONSchema describes an authority line: TM., KT., TL., TUQ. or Q. and a
// title.
func (Authority) JSONSchema() map[string]any {
	return map[string]any{"type": "string", "pattern": `^\s*([Tt][Mm]|[Kk][Tt]|[Tt][Ll]|[Tt][Uu][Qq]|[Qq])\.\s*\S`,
		"examples": []any{"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "TM. ỦY BAN NHÂN DÂN"}}
}

// JSONSchema describes the numbering styles, with what each writes.
func (Numbering) JSONSchema() map[string]any {
	return map[string]any{"type": "array", "minItems": 1, "items": enum(cite.Styles,
		"I., II., III.", "1., 2., 3.", "2.1., 2.2. (số của mục trên, dấu chấm, số thứ tự)", "a), b), c), d), đ), e), g) ...", "- (gạch đầu dòng)", "+ (dấu cộng)")}
}

// JSONSchema describes how a person is named.
func (PersonForm) JSONSchema() map[string]any {
	return enum(PersonForms, "đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã", "Chủ tịch UBND tỉnh Nguyễn Hoàng Giang")
}

// JSONSchema describes the separator between a name and a title.
func (Separator) JSONSchema() map[string]any {
	return enum(Separators, "Bùi Văn Lý, Chủ tịch", "Nguyễn Văn A - Phó Chủ tịch", "Trần Thị Phụng – Phó Chủ tịch")
}

// enum is a string among values, each shown with what it writes.
func enum(values []string, docs ...string) map[string]any {
	vs := make([]any, len(values))
	ds := make([]any, len(docs))
	for i, v := range values {
		vs[i] = v
	}
	for i, d := range docs {
		ds[i] = d
	}
	return map[string]any{"type": "string", "enum": vs, "x-taplo": map[string]any{"docs": map[string]any{"enumValues": ds}}}
}
