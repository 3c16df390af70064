package gen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
)

// doc is the help of a type or a field, in both languages.
type doc struct{ vi, en string }

// text is the description an editor shows: Vietnamese, then English.
func (d doc) text() string { return d.vi + "\n\n" + d.en }

// docs maps "Type" and "Type.Field" to their doc comments.
type docs map[string]doc

// readDocs reads the doc comments of the types and fields of the Go files
// of dir (tests left out). A comment says it in English, then, in a
// paragraph that starts "vi:", in Vietnamese.
func readDocs(dir string) (docs, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	out := docs{}
	fset := token.NewFileSet()
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("read docs: %w", err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				typeDocs(out, g)
			}
		}
	}
	return out, nil
}

func typeDocs(out docs, g *ast.GenDecl) {
	for _, s := range g.Specs {
		ts := s.(*ast.TypeSpec)
		c := ts.Doc
		if c == nil && len(g.Specs) == 1 {
			c = g.Doc
		}
		out[ts.Name.Name] = split(c.Text())
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			continue
		}
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				out[ts.Name.Name+"."+n.Name] = split(f.Doc.Text())
			}
		}
	}
}

// split parts a comment into its English paragraphs and its "vi:" one,
// each paragraph on one line, but for code (indented lines).
func split(c string) doc {
	var d doc
	var en []string
	for _, para := range strings.Split(strings.TrimSpace(c), "\n\n") {
		if vi, ok := strings.CutPrefix(para, "vi: "); ok {
			d.vi = join(vi)
			continue
		}
		en = append(en, join(para))
	}
	d.en = strings.Join(en, "\n\n")
	return d
}

// join writes the lines of a paragraph as one, keeping code lines apart.
func join(para string) string {
	var b strings.Builder
	for i, l := range strings.Split(para, "\n") {
		code := strings.HasPrefix(l, "\t") || strings.HasPrefix(l, " ")
		switch {
		case i == 0:
		case code:
			b.WriteString("\n")
		default:
			b.WriteString(" ")
		}
		if code {
			l = "    " + strings.TrimSpace(l)
		} else {
			l = strings.TrimSpace(l)
		}
		b.WriteString(l)
	}
	return strings.TrimRight(b.String(), " \n")
}
