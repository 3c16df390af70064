package check

// One misspelt word, one finding. A slip of a word that is both a listed
// phrase's and no Vietnamese syllable ("Về viêc", "lưc lượng vũ trang",
// "Kế hoach") was said twice: by phrase-typo, with the whole phrase to
// write, and by syllable, with the word alone and no fix. The clerk acts
// on the first; the second stays silent for a word inside a phrase
// phrase-typo reported. Rules run in the order of their ids, phrase-typo
// before syllable; with phrase-typo disabled, its finding not kept, or
// silenced on its line by a thongbao:ignore directive, nothing is
// recorded and syllable says the word. name-spelling, run before
// phrase-typo, reads the record too (spelling_said.go): it runs
// phrase-typo on a scratch pass first (phrasesRead).

// saidPhrase is a phrase phrase-typo reported: the bytes from..to of a
// text, and the phrase it says to write.
type saidPhrase struct {
	from, to int
	right    string
}

// sayPhrase records that phrase-typo reported the bytes from..to of text,
// to be written right; a phrase recorded already (by a scratch pass) is
// not recorded twice.
func (v *View) sayPhrase(text string, from, to int, right string) {
	if v.phraseSaid == nil {
		v.phraseSaid = map[string][]saidPhrase{}
	}
	for _, s := range v.phraseSaid[text] {
		if s.from == from && s.to == to {
			return
		}
	}
	v.phraseSaid[text] = append(v.phraseSaid[text], saidPhrase{from, to, right})
}

// within reports whether one of spans, phrase-typo's of a text, holds
// the bytes from..to.
func within(spans []saidPhrase, from, to int) bool {
	for _, s := range spans {
		if s.from <= from && to <= s.to {
			return true
		}
	}
	return false
}

// phrasesRead runs phrase-typo once on p's notice, on a scratch pass, for
// the phrases it records, when a rule that runs before it needs them; it
// reports whether phrase-typo runs at all.
func phrasesRead(p *Pass) bool {
	if p.View.phrasesRead {
		return p.View.phrasesRan
	}
	p.View.phrasesRead = true
	if !p.runsToo("phrase-typo") {
		return false
	}
	p.View.phrasesRan = true
	q := p.scratch("phrase-typo")
	q.rule.Run(q)
	p.View.phraseScratch = q
	return true
}

// replayPhrases lets phrase-typo's turn report its scratch pass's
// findings; TestPhraseReplayAsRun turns it off to compare with the turn
// reading the notice itself.
var replayPhrases = true

// replayScratch reports, in phrase-typo's own turn, the findings its
// scratch pass made on p's notice (phrasesRead), as the turn would make
// them: the same findings in the same order, each paragraph's count kept
// for sayRest. It reports false, and the turn reads the notice itself,
// when no scratch pass ran, or it ran under another severity, or it
// made more findings than it kept.
func replayScratch(p *Pass) bool {
	s := p.View.phraseScratch
	if !replayPhrases || s == nil || s.rule.Severity != p.rule.Severity || s.Opts != p.Opts || s.found.dropped.N > 0 {
		return false
	}
	for _, f := range s.found.list {
		if len(p.found.list) >= maxStored {
			p.found.dropped.Add(f)
			continue
		}
		p.found.list = append(p.found.list, f)
	}
	p.perSeg, p.segOrder = s.perSeg, s.segOrder
	return true
}
