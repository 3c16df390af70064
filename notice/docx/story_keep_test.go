package docx

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestStoryKeepUnread holds storyUnread to its promise: no code of the
// package (tests aside) writes one of the names it skips as a string, so
// none compares an element with it.
func TestStoryKeepUnread(t *testing.T) {
	fset := token.NewFileSet()
	skipped := map[string]bool{}
	f, err := parser.ParseFile(fset, "story_keep.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if fn, ok := n.(*ast.FuncDecl); ok && fn.Name.Name == "storyUnread" {
			ast.Inspect(fn, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					skipped[s] = true
				}
				return true
			})
		}
		return true
	})
	if len(skipped) < 10 {
		t.Fatalf("found %d names in storyUnread", len(skipped))
	}
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "story_keep.go" {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, _ := strconv.Unquote(lit.Value); skipped[s] {
					t.Errorf("%s: %s asks for %q, which storyKeep skips", name, fset.Position(lit.Pos()), s)
				}
			}
			return true
		})
	}
}

// TestStoryKeepSkips checks that what storyKeep skips leaves the reading
// as it was and still counts against the element limit.
func TestStoryKeepSkips(t *testing.T) {
	src := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body><w:p><w:r><w:rPr><w:bCs/><w:b/></w:rPr><w:t>a</w:t></w:r>` +
		`<mc:AlternateContent><mc:Choice Requires="x"><w:r><w:t>b</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>c</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>` +
		`<w:tbl><w:tr><w:tc><w:tcPr><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`
	all, err := parseXML([]byte(src), newBudget(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBudget()
	kept, err := parseXML([]byte(src), b, storyKeep)
	if err != nil {
		t.Fatal(err)
	}
	if n := MaxElements - b.elems; n != strings.Count(src, "<")-strings.Count(src, "</") {
		t.Errorf("counted %d elements, want every one", n)
	}
	if len(kept.nodes) >= len(all.nodes) {
		t.Errorf("kept %d of %d nodes: nothing skipped", len(kept.nodes), len(all.nodes))
	}
	for _, name := range []string{"bCs", "tcBorders", "top", "Fallback"} {
		for _, n := range kept.nodes {
			if n.name == name {
				t.Errorf("%s kept", name)
			}
		}
	}
	var texts []string
	for _, n := range kept.nodes {
		if n.name == "t" {
			texts = append(texts, n.text)
		}
	}
	if got := strings.Join(texts, ""); got != "ab" {
		t.Errorf("text %q, want %q", got, "ab")
	}
}
