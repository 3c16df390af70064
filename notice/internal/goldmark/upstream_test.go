package goldmark_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	upast "github.com/yuin/goldmark/ast"
	upparser "github.com/yuin/goldmark/parser"
	uptext "github.com/yuin/goldmark/text"
	uputil "github.com/yuin/goldmark/util"

	"github.com/thongbao/thongbao/notice/internal/goldmark/ast"
	"github.com/thongbao/thongbao/notice/internal/goldmark/parser"
	"github.com/thongbao/thongbao/notice/internal/goldmark/text"
	"github.com/thongbao/thongbao/notice/internal/goldmark/util"
)

// samples exercise what the copy builds on first use instead of at
// initialisation (PATCHES.md): the HTML block kinds 1-7, inline raw HTML,
// e-mail autolinks and link labels folded by Unicode case.
var samples = []string{
	"<script>\nvar x = 1;\n</script>\n\nafter",
	"<pre>\ntext\n</pre>",
	"<!-- a comment -->\n\npara",
	"<?php echo 1; ?>\n\npara",
	"<!DOCTYPE html>\n\npara",
	"<![CDATA[ x ]]>\n\npara",
	"<div class=\"a\">\n*x*\n</div>\n\npara",
	"<custom-tag attr=\"v\">\n\npara",
	"a <span title='t'>raw</span> and </em > b",
	"mail <thong.bao@ubnd.gov.vn> and <https://ubnd.gov.vn>",
	"[ẢNH][Ảnh]\n\n[ảnh]: /x \"t\"",
	"[ΣΑΣ][σας]\n\n[ΣΑΣ]: /y",
	"*Kính gửi*: **Sở** _Y tế_ [^1]\n\n[^1]: note",
	"# Heading\n\n- a\n- b\n\n> quote\n\n```\ncode\n```\n\n---",
}

// TestSameAsUpstream parses every sample, and every seed's text, with the
// default parsers of the copy and of upstream goldmark (the same version,
// go.mod) and compares the trees node by node.
func TestSameAsUpstream(t *testing.T) {
	inputs := append([]string(nil), samples...)
	seeds, _ := filepath.Glob("../../../testdata/seeds/*.toml")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
	}
	if len(inputs) == len(samples) {
		t.Fatal("no seeds found")
	}
	ours := parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
	theirs := upparser.NewParser(upparser.WithBlockParsers(upparser.DefaultBlockParsers()...),
		upparser.WithInlineParsers(upparser.DefaultInlineParsers()...),
		upparser.WithParagraphTransformers(upparser.DefaultParagraphTransformers()...))
	for _, in := range inputs {
		src := []byte(in)
		got := dumpOurs(ours.Parse(text.NewReader(src)), src)
		want := dumpUpstream(theirs.Parse(uptext.NewReader(src)), src)
		if got != want {
			t.Errorf("parse of %.40q differs from upstream:\ncopy:\n%s\nupstream:\n%s", in, got, want)
		}
	}
	if util.ToLinkReference([]byte("ẢNH")) != uputil.ToLinkReference([]byte("ẢNH")) {
		t.Error("ToLinkReference differs from upstream")
	}
}

func dumpOurs(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			fmt.Fprintf(&b, "%s %d", n.Kind(), n.ChildCount())
			if n.Type() == ast.TypeBlock {
				for i := 0; i < n.Lines().Len(); i++ {
					s := n.Lines().At(i)
					fmt.Fprintf(&b, " %q", s.Value(src))
				}
			}
			if t, ok := n.(*ast.Text); ok {
				fmt.Fprintf(&b, " %q", t.Segment.Value(src))
			}
		}
		b.WriteString("\n")
		return ast.WalkContinue, nil
	})
	return b.String()
}

func dumpUpstream(n upast.Node, src []byte) string {
	var b strings.Builder
	upast.Walk(n, func(n upast.Node, entering bool) (upast.WalkStatus, error) {
		if entering {
			fmt.Fprintf(&b, "%s %d", n.Kind(), n.ChildCount())
			if n.Type() == upast.TypeBlock {
				for i := 0; i < n.Lines().Len(); i++ {
					s := n.Lines().At(i)
					fmt.Fprintf(&b, " %q", s.Value(src))
				}
			}
			if t, ok := n.(*upast.Text); ok {
				fmt.Fprintf(&b, " %q", t.Segment.Value(src))
			}
		}
		b.WriteString("\n")
		return upast.WalkContinue, nil
	})
	return b.String()
}
