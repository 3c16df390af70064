package docxtest

import (
	"fmt"
	"strings"
)

// TextBoxAt is a run holding a text box of blocks anchored at x, y (in
// EMU, 914400 an inch, from the column and the paragraph), the way Word
// writes a floating text box: DrawingML with a VML fallback.
func TextBoxAt(x, y int64, blocks ...string) string {
	content := "<w:txbxContent>" + strings.Join(blocks, "") + "</w:txbxContent>"
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" simplePos="0" relativeHeight="1" locked="0" layoutInCell="1" allowOverlap="1">` +
		`<wp:simplePos x="0" y="0"/>` +
		fmt.Sprintf(`<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>`, x, y) +
		`<wp:extent cx="2743200" cy="914400"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>` +
		content + `</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		fmt.Sprintf(`<mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:216pt;height:72pt"><v:textbox>`, float64(x)/12700, float64(y)/12700) +
		content + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// VMLTextBox is a run holding a text box of blocks as Word 2003 and the
// programs that copy its format write it: a VML shape with a style
// ("position:absolute;margin-left:0;margin-top:0;width:180pt;height:60pt").
func VMLTextBox(style string, blocks ...string) string {
	return `<w:r><w:pict><v:shape type="#_x0000_t202" style="` + style + `"><v:textbox><w:txbxContent>` +
		strings.Join(blocks, "") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
}
