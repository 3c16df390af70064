package check

import (
	"sort"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "font-face", Severity: diag.Error, Ref: diag.RefFont, Run: fontFace,
		Title: diag.Msg("phông chữ Times New Roman, bộ mã Unicode, một phông cho cả văn bản", "Times New Roman in Unicode, one face throughout"),
		Help:  diag.Msg("chọn cả văn bản (Ctrl+A) và đặt phông Times New Roman; văn bản gõ bằng phông cũ (.VnTime, VNI-Times) phải chuyển mã sang Unicode (Unikey)", "select the whole text (Ctrl+A) and set Times New Roman; text typed in an old face (.VnTime, VNI-Times) must be converted to Unicode (Unikey)")})
}

// timesFaces are Times New Roman and the faces drawn with its metrics,
// which print the same.
var timesFaces = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"times new roman": true, "timesnewroman": true, "timesnewromanpsmt": true, "times new roman (vn)": true, "liberation serif": true, "tinos": true, "nimbus roman": true, "nimbus roman no9 l": true, "times": true}
})

// legacyFace reports a face of the 8-bit Vietnamese encodings: text in it
// is not Unicode.
func legacyFace(face string) bool {
	f := strings.ToLower(face)
	return strings.HasPrefix(f, ".vn") || strings.HasPrefix(f, "vn") || strings.HasPrefix(f, "vni") || strings.HasPrefix(f, "vps")
}

func fontFace(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	type use struct {
		letters int
		first   *wordPara
	}
	faces := map[string]*use{}
	for i := range w.paras {
		wp := &w.paras[i]
		for face, n := range wp.fmt.faces {
			u := faces[face]
			if u == nil {
				u = &use{first: wp}
				faces[face] = u
			}
			u.letters += n
		}
	}
	var names []string
	for f := range faces {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		u := faces[f]
		switch {
		case legacyFace(f):
			p.Report(&u.first.seg, 0, diag.Msg("phông %q là phông của bảng mã cũ (TCVN3, VNI), không phải Unicode (%d chữ)", "the face %q is one of the old encodings (TCVN3, VNI), not Unicode ("+englishCount(u.letters, "letter", "letters")+")", f, u.letters))
		case !timesFaces()[strings.ToLower(strings.TrimSpace(f))]:
			p.Report(&u.first.seg, 0, diag.Msg("phông %q, không phải Times New Roman (%d chữ, đầu tiên ở đây)", "the face %q, not Times New Roman ("+englishCount(u.letters, "letter", "letters")+", the first here)", f, u.letters))
		}
	}
}
