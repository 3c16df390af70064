// Package docxtest builds small Word files for tests: a Doc describes the
// parts as WordprocessingML fragments, and helpers write the common ones
// (paragraphs, runs, tables, styles, numbering, page setup, a theme).
// What a field leaves empty gets a default that Word opens: an A4 page
// with the margins of Nghị định 30, Times New Roman 14 pt. Twin lays a
// notice's text out in Word in the shapes offices use (Shapes), for
// holding the reading of a Word file against the reading of its text.
//
//	data := docxtest.Doc{Body: docxtest.T("THÔNG BÁO")}.Bytes()
package docxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Namespaces declared on every root element.
const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`

// Doc describes a Word file. String fields hold the content of the part's
// root element unless said otherwise.
type Doc struct {
	// Body is the content of w:body before the final section properties.
	Body string
	// SectPr is the body's final w:sectPr element, whole; "" gives
	// DefaultPage.XML().
	SectPr string
	// Styles is the content of w:styles; "" gives DefaultStyles.
	Styles string
	// Numbering is the content of w:numbering; "" leaves the part out.
	Numbering string
	// Settings is the content of w:settings.
	Settings string
	// Theme is the whole word/theme/theme1.xml; "" gives OfficeTheme.
	Theme string
	// Footnotes and Endnotes are w:footnote (w:endnote) elements; the
	// separators are added. "" leaves the part out.
	Footnotes, Endnotes string
	// Comments are w:comment elements; "" leaves the part out.
	Comments string
	// Headers and Footers are header and footer parts, referenced from a
	// w:sectPr by their ID (HeaderRef).
	Headers, Footers []Part
	// Core is the content of cp:coreProperties; "" leaves the part out.
	Core string
	// Extra adds parts, or replaces built ones, by name
	// ("word/document.xml"); an empty value removes the part.
	Extra map[string]string
}

// Part is a header or footer: its relationship id, part name in word/
// ("header1.xml") and the content of its w:hdr or w:ftr.
type Part struct {
	ID, Name, XML string
}

// Bytes writes the file.
func (d Doc) Bytes() []byte {
	return Zip(d.Parts())
}

// Write writes the file to path.
func (d Doc) Write(path string) error {
	return os.WriteFile(path, d.Bytes(), 0o644)
}

// Parts returns the file's parts by name.
func (d Doc) Parts() map[string]string {
	parts := map[string]string{}
	types := []string{}
	rels := []string{}
	rel := func(id, typ, target string) {
		rels = append(rels, fmt.Sprintf(`<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>`, id, typ, target))
	}
	override := func(name, ct string) {
		types = append(types, fmt.Sprintf(`<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.%s"/>`, name, ct))
	}
	sect := d.SectPr
	if sect == "" {
		sect = DefaultPage.XML()
	}
	parts["word/document.xml"] = xmlHead + `<w:document ` + ns + `><w:body>` + d.Body + sect + `</w:body></w:document>`
	override("word/document.xml", "wordprocessingml.document.main+xml")
	styles := d.Styles
	if styles == "" {
		styles = DefaultStyles
	}
	parts["word/styles.xml"] = xmlHead + `<w:styles ` + ns + `>` + styles + `</w:styles>`
	override("word/styles.xml", "wordprocessingml.styles+xml")
	rel("rIdStyles", "styles", "styles.xml")
	parts["word/settings.xml"] = xmlHead + `<w:settings ` + ns + `>` + d.Settings + `</w:settings>`
	override("word/settings.xml", "wordprocessingml.settings+xml")
	rel("rIdSettings", "settings", "settings.xml")
	theme := d.Theme
	if theme == "" {
		theme = OfficeTheme
	}
	parts["word/theme/theme1.xml"] = theme
	override("word/theme/theme1.xml", "theme+xml")
	rel("rIdTheme", "theme", "theme/theme1.xml")
	if d.Numbering != "" {
		parts["word/numbering.xml"] = xmlHead + `<w:numbering ` + ns + `>` + d.Numbering + `</w:numbering>`
		override("word/numbering.xml", "wordprocessingml.numbering+xml")
		rel("rIdNumbering", "numbering", "numbering.xml")
	}
	for _, n := range []struct{ body, name, elem, typ string }{
		{d.Footnotes, "footnotes", "footnote", "footnotes"}, {d.Endnotes, "endnotes", "endnote", "endnotes"}} {
		if n.body == "" {
			continue
		}
		seps := fmt.Sprintf(`<w:%[1]s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%[1]s>`+
			`<w:%[1]s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%[1]s>`, n.elem)
		parts["word/"+n.name+".xml"] = xmlHead + `<w:` + n.name + ` ` + ns + `>` + seps + n.body + `</w:` + n.name + `>`
		override("word/"+n.name+".xml", "wordprocessingml."+n.name+"+xml")
		rel("rId"+n.name, n.typ, n.name+".xml")
	}
	if d.Comments != "" {
		parts["word/comments.xml"] = xmlHead + `<w:comments ` + ns + `>` + d.Comments + `</w:comments>`
		override("word/comments.xml", "wordprocessingml.comments+xml")
		rel("rIdComments", "comments", "comments.xml")
	}
	for _, h := range d.Headers {
		parts["word/"+h.Name] = xmlHead + `<w:hdr ` + ns + `>` + h.XML + `</w:hdr>`
		override("word/"+h.Name, "wordprocessingml.header+xml")
		rel(h.ID, "header", h.Name)
	}
	for _, f := range d.Footers {
		parts["word/"+f.Name] = xmlHead + `<w:ftr ` + ns + `>` + f.XML + `</w:ftr>`
		override("word/"+f.Name, "wordprocessingml.footer+xml")
		rel(f.ID, "footer", f.Name)
	}
	parts["word/_rels/document.xml.rels"] = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		strings.Join(rels, "") + `</Relationships>`
	pkgRels := `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`
	if d.Core != "" {
		parts["docProps/core.xml"] = xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
			`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
			`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + d.Core + `</cp:coreProperties>`
		types = append(types, `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`)
		pkgRels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
	}
	parts["_rels/.rels"] = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + pkgRels + `</Relationships>`
	parts["[Content_Types].xml"] = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` + strings.Join(types, "") + `</Types>`
	for name, content := range d.Extra {
		if content == "" {
			delete(parts, name)
		} else {
			parts[name] = content
		}
	}
	return parts
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Zip writes parts into a zip archive, in name order with
// [Content_Types].xml first, as Word does.
func Zip(parts map[string]string) []byte {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		ci, cj := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"
		if ci != cj {
			return ci
		}
		return names[i] < names[j]
	})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			panic(err) // writing to memory does not fail
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
