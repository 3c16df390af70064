package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// A joint notice (liên tịch, liên ngành) is signed by the heads of two
// bodies or more side by side. The reading gives the first signature as
// the signature and each later one as its own lines (plain.Cosigner,
// plain.Coname, numbered by Sig); the rules of the signature's form read
// each later one as they read the first (cosigned), those of the
// document's own authority (chairTM) the first alone.

// cosign files a later signature's line of a text's reading.
func (v *View) cosign(p plain.Para, s Seg) {
	for len(v.Cosigns) < p.Sig {
		v.Cosigns = append(v.Cosigns, Signature{})
	}
	if p.Sig < 1 {
		return
	}
	c := &v.Cosigns[p.Sig-1]
	if p.Kind == plain.Coname {
		s.Role = RoleName
		c.Name = &s
		return
	}
	s.Role = RoleSigner
	c.Signer = append(c.Signer, s)
}

// cosigned runs check on each later signature as on the signature: on a
// view whose signer's lines and name are that signature's.
func cosigned(p *Pass, check func(*Pass)) {
	for i := range p.View.Cosigns {
		c := &p.View.Cosigns[i]
		v := *p.View
		v.Signer, v.Name, v.Cosigns = c.Signer, c.Name, nil
		q := *p
		q.View = &v
		check(&q)
	}
}

// cosignsRequired says of each later signature what required says of the
// first's lines: the signer's title missing under a TM., TL. or TUQ. line,
// and the name missing under the title, where the first signature has
// its name (the end block is whole).
func cosignsRequired(p *Pass) {
	v := p.View
	if v.Name == nil {
		return
	}
	for i := range v.Cosigns {
		c := &v.Cosigns[i]
		n := len(c.Signer)
		if n == 0 {
			continue
		}
		last := &c.Signer[n-1]
		if m := signerPrefix(strings.ToUpper(last.Text)); m != nil && (m[1] == "TM" || m[1] == "TL" || m[1] == "TUQ") {
			p.ReportAt(last.PosAt(0), diag.Msg("thiếu chức vụ của người ký dưới dòng %s", "the signer's title under the %s line is missing", m[1]+"."))
		}
		if c.Name == nil {
			title := strings.TrimSpace(last.Text)
			p.ReportAt(last.PosAt(0), diag.Msg("thiếu họ tên người ký dưới \"%s\"", "the signer's name under \"%s\" is missing", title),
				diag.Msg("ghi họ tên người ký dưới chức vụ, sau chữ ký", "write the signer's name under the title, below the signature"))
		}
	}
}
