package plain

import (
	"github.com/thongbao/thongbao/notice/source"
)

// A text in Unicode but for a passage pasted from an old file in a legacy
// encoding ("vai trß vµ nhiÖm vô", source.Passages) is read with the
// passage as what it stands for ("vai trò và nhiệm vụ"): its mojibake is
// no word of the notice, and the rules read the rest as usual. Each byte
// of the reading maps to the character of the file it comes from, so that
// positions stay those of the file.

// readLegacy reads the passages of the file that stand in p's text.
func (p *Para) readLegacy(ps []source.Passage) {
	for i := 0; i < len(p.Text) && i < len(p.src); i++ {
		k := passageAt(ps, p.src[i])
		if k < 0 {
			continue
		}
		j := i
		for j < len(p.Text) && j < len(p.src) && p.src[j] >= ps[k].Off && p.src[j] < ps[k].End {
			j++
		}
		i += p.replace(i, j, ps[k]) - 1
	}
}

// replace reads Text[i:j] as passage ps reads it and returns the length
// of its reading.
func (p *Para) replace(i, j int, ps source.Passage) int {
	src := make([]int, 0, j-i+8)
	reads, _ := ps.Convert(p.Text[i:j], func(k int) { src = append(src, p.src[i+k]) })
	shift := func(off int) int {
		if off >= j {
			return off + len(reads) - (j - i)
		}
		return off
	}
	p.Rest = shift(p.Rest)
	if p.nfd > 0 {
		p.nfd = shift(p.nfd-1) + 1
	}
	p.Text = p.Text[:i] + reads + p.Text[j:]
	p.src = append(append(append(make([]int, 0, len(p.src)+len(src)-(j-i)), p.src[:i]...), src...), p.src[j:]...)
	return len(reads)
}

// passageAt is the index of the passage that holds offset off of the
// file, or -1.
func passageAt(ps []source.Passage, off int) int {
	for k, p := range ps {
		if off >= p.Off && off < p.End {
			return k
		}
	}
	return -1
}

// LegacyPassage is a passage of the file typed in a legacy encoding, told
// in the paragraph where it begins.
type LegacyPassage struct {
	Off   int    // offset in Text of the passage's first letter, as read
	Wrote string // the passage as the file writes it
	source.Passage
}

// Legacy returns the passages of legacy mojibake that begin in the
// paragraph (each is told once, where it begins).
func (p Para) Legacy() []LegacyPassage {
	if p.file == nil || len(p.file.legacy) == 0 {
		return nil
	}
	var out []LegacyPassage
	for _, ps := range p.file.legacy {
		for i, o := range p.src {
			if o == ps.Off && (i == 0 || p.src[i-1] != o) {
				out = append(out, LegacyPassage{Off: i, Wrote: p.file.Text[ps.Off:ps.End], Passage: ps})
				break
			}
		}
	}
	return out
}
