package check

// spellingVariants are words the dictionaries give in two spellings, one
// tone or vowel mark apart, both standard ("cám ơn" beside "cảm ơn",
// Từ điển tiếng Việt: "cám ơn x. cảm ơn"). Each pair is written with the
// word after or before it that makes it that word ("cám" alone is bran):
// a near-miss of a phrase that only writes the other spelling of a pair
// is good Vietnamese, not a slip, and is never made.
var spellingVariants = [][2]string{
	{"cảm ơn", "cám ơn"},
	{"xảy ra", "xẩy ra"},
	{"nảy sinh", "nẩy sinh"},
	{"giày dép", "giầy dép"},
	{"màu sắc", "mầu sắc"},
	{"thầy giáo", "thày giáo"},
	{"dày đặc", "dầy đặc"},
}

// variantSwap reports whether putting w for the word at i of toks (folded
// words and commas) writes the other spelling of a dictionary variant
// pair, not a slip.
func variantSwap(toks []string, i int, w string) bool {
	for _, p := range spellingVariants {
		for k, from := range p {
			to := p[1-k]
			if variantAt(toks, i, w, from, to) {
				return true
			}
		}
	}
	return false
}

// variantAt reports whether from stands in toks over i and to is from
// with its word at i made w.
func variantAt(toks []string, i int, w, from, to string) bool {
	fw, tw := phraseTokens(from), phraseTokens(to)
	for j := range fw {
		start := i - j
		if start < 0 || start+len(fw) > len(toks) || fw[j] != toks[i] || tw[j] != w {
			continue
		}
		ok := true
		for m := range fw {
			if m != j && (toks[start+m] != fw[m] || tw[m] != fw[m]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
