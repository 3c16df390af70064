package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/schema"
	"github.com/thongbao/thongbao/notice/schema/gen"
	"github.com/thongbao/thongbao/notice/schema/schematest"
	"github.com/thongbao/thongbao/templates"
)

// TestUpToDate fails when the committed schema is not what the structs of
// package notice and their doc comments give: run go generate
// ./notice/schema.
func TestUpToDate(t *testing.T) {
	got, err := gen.Generate("..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, schema.JSON) {
		t.Fatalf("%s is stale; run go generate ./notice/schema and commit it", schema.FileName)
	}
}

// validate checks a TOML source against the schema, as an editor does.
func validate(t *testing.T, src string) error {
	t.Helper()
	return schematest.Validate(src)
}

// TestSourcesValidate: the seeds, the templates and the re-keyed notices
// are valid, as the loader reads them.
func TestSourcesValidate(t *testing.T) {
	var paths []string
	for _, g := range []string{"../../testdata/seeds/*.toml", "../../templates/*.toml", "../../testdata/rekeyed/*.toml"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	if len(paths) < 11 {
		t.Fatalf("only %d sources", len(paths))
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := notice.Load(p, src); err != nil {
			t.Fatalf("%s does not load: %v", p, err)
		}
		if err := validate(t, string(src)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// TestSchemaRejects: what the loader refuses, the schema marks too: a
// misspelt key, a value of the wrong type or form, an old key beside its
// new name; a key under its old name is only deprecated.
func TestSchemaRejects(t *testing.T) {
	base, err := os.ReadFile("../../testdata/seeds/001.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(base)
	subjectLine := `subject = "Kết luận của Chủ tịch UBND huyện Phạm Thị Hương, Trưởng Ban Chỉ đạo Chuyển đổi số huyện Lý Sơn tại cuộc họp triển khai nhiệm vụ Ban Chỉ đạo năm 2023"`
	edit := func(old, new string) string {
		if !strings.Contains(src, old) {
			t.Fatalf("the seed lacks %q", old)
		}
		return strings.Replace(src, old, new, 1)
	}
	tests := []struct {
		name, src, want string // want: in the schema's message
	}{
		{"misspelt key", edit("[meeting.chair]\n", "[meeting.chair]\nnmae = \"Phạm Thị Hương\"\n"), "nmae"},
		{"misspelt table", edit("[closing]", "[closnig]"), "closnig"},
		{"wrong type", edit("place = \"Lý Sơn\"", "place = 12"), "place"},
		{"not a date", edit("date = 2023-02-22", "date = \"22/02/2023\""), "date"},
		{"not a number", edit("number = \"/TB-UBND\"", "number = \"TB-UBND\""), "number"},
		{"unknown style", edit("[issuer]", "numbering = [\"i\"]\n\n[issuer]"), "numbering"},
		{"unknown form", edit("form = \"", "form = \"x"), "form"},
		{"not an authority", edit("authority = [", "authority = [\"CHỦ TỊCH\", "), "authority"},
		{"old and new key", edit("paragraphs = [", "lead = [\"Một.\"]\nparagraphs = ["), "/tasks"},
		{"subject lines not strings", edit(subjectLine, "subject = [1, 2]"), "subject"},
		{"missing chair", edit("[meeting.chair]\nname = \"Phạm Thị Hương\"\ntitle = \"Chủ tịch UBND huyện\"\n", ""), "chair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validate(t, tt.src)
			var ve *jsonschema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("the schema accepts it (%v)", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("the message does not name %q:\n%v", tt.want, err)
			}
			if _, err := notice.Load("n.toml", []byte(tt.src)); err == nil {
				t.Errorf("the loader accepts what the schema refuses")
			}
		})
	}
	lines := edit(subjectLine, `subject = ["Kết luận của Chủ tịch UBND huyện Phạm Thị Hương,", "Trưởng Ban Chỉ đạo Chuyển đổi số huyện Lý Sơn", "tại cuộc họp triển khai nhiệm vụ Ban Chỉ đạo năm 2023"]`)
	if err := validate(t, lines); err != nil {
		t.Errorf("a trích yếu written one string per line is valid: %v", err)
	}
	if _, err := notice.Load("n.toml", []byte(lines)); err != nil {
		t.Errorf("a trích yếu written one string per line does not load: %v", err)
	}
	old := strings.Replace(src, "paragraphs = [", "lead = [", 1)
	if err := validate(t, old); err != nil {
		t.Errorf("a key under its old name is deprecated, not invalid: %v", err)
	}
}

// TestTemplatesForEveryLevel: what `thongbao new` writes, for every level
// of office, with --full or without, loads, passes the check and is valid.
func TestTemplatesForEveryLevel(t *testing.T) {
	for _, level := range templates.Levels {
		for name, tmpl := range map[string][]byte{"example": templates.Example, "full": templates.Full} {
			t.Run(level+"/"+name, func(t *testing.T) {
				src, err := templates.ForLevel(tmpl, level)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.HasPrefix(src, []byte(templates.SchemaLine+"\n\n")) {
					t.Errorf("the template does not start with %q and a blank line", templates.SchemaLine)
				}
				n, err := notice.Load(name+".toml", src)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range check.Notice(n, nil, check.Options{Today: cite.Date{Year: 2026, Month: 6, Day: 1}}) {
					if f.Severity >= diag.Warning {
						t.Errorf("%s %s %s", f.Pos, f.Rule, f.Message.In(diag.EN))
					}
				}
				if err := validate(t, string(src)); err != nil {
					t.Error(err)
				}
			})
		}
	}
	if _, err := templates.ForLevel(templates.Example, "huyen"); err == nil {
		t.Error("an unknown level is accepted")
	}
}

// TestFullHasEveryKey: `thongbao new --full` shows every key of the schema
// (but the old names), set or commented out.
func TestFullHasEveryKey(t *testing.T) {
	var s any
	if err := json.Unmarshal(schema.JSON, &s); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if props, ok := x["properties"].(map[string]any); ok {
				for k, p := range props {
					if d, _ := p.(map[string]any)["deprecated"].(bool); !d {
						keys[k] = true
					}
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(s)
	if len(keys) < 60 {
		t.Fatalf("only %d keys in the schema", len(keys))
	}
	full := string(templates.Full)
	for k := range keys {
		re := regexp.MustCompile(`(?m)(?:^#? ?|[{,] )` + regexp.QuoteMeta(k) + ` = |\[\[?(?:[a-z_]+\.)*` + regexp.QuoteMeta(k) + `\]`)
		if !re.MatchString(full) {
			t.Errorf("templates/full.toml does not show the key %q", k)
		}
	}
}
