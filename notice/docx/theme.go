package docx

import "strings"

// fontCollection is the major (headings) or minor (body) font of a theme:
// a face for Latin, East Asian and complex-script text, and faces for
// particular scripts ("Viet" is Times New Roman in the Office theme).
type fontCollection struct {
	latin, ea, cs string
	script        map[string]string
}

type theme struct {
	major, minor fontCollection
}

// themeLang is w:themeFontLang: the languages theme fonts are chosen for.
type themeLang struct {
	latin, eastAsia, bidi string
}

// parseTheme reads the font scheme of word/theme/theme1.xml.
func parseTheme(t *tree) *theme {
	th := &theme{}
	if t == nil {
		return th
	}
	var walk func(i int32, depth int)
	walk = func(i int32, depth int) {
		for k := t.nodes[i].first; k >= 0; k = t.nodes[k].next {
			switch {
			case t.is(k, nsA, "majorFont"):
				th.major = t.fontCollection(k)
			case t.is(k, nsA, "minorFont"):
				th.minor = t.fontCollection(k)
			case depth < 3:
				walk(k, depth+1)
			}
		}
	}
	walk(0, 0)
	return th
}

func (t *tree) fontCollection(i int32) fontCollection {
	c := fontCollection{script: map[string]string{}}
	for k := t.nodes[i].first; k >= 0; k = t.nodes[k].next {
		face, _ := t.attr(k, nsNone, "typeface")
		switch {
		case t.is(k, nsA, "latin"):
			c.latin = face
		case t.is(k, nsA, "ea"):
			c.ea = face
		case t.is(k, nsA, "cs"):
			c.cs = face
		case t.is(k, nsA, "font"):
			if s, ok := t.attr(k, nsNone, "script"); ok && face != "" {
				c.script[s] = face
			}
		}
	}
	return c
}

// font resolves a theme font reference ("majorHAnsi", "minorEastAsia",
// "majorBidi") the way Word does: the face of the script of the theme
// language when the theme has one, else the collection's own face. A
// Vietnamese theme language makes "+Headings" Times New Roman in the
// Office theme.
func (th *theme) font(ref string, lang themeLang) string {
	c := &th.minor
	if strings.HasPrefix(ref, "major") {
		c = &th.major
	}
	switch {
	case strings.HasSuffix(ref, "EastAsia"):
		return c.pick(lang.eastAsia, c.ea)
	case strings.HasSuffix(ref, "Bidi"):
		return c.pick(lang.bidi, c.cs)
	}
	return c.pick(lang.latin, c.latin)
}

func (c *fontCollection) pick(lang, fallback string) string {
	if f := c.script[langScript(lang)]; f != "" {
		return f
	}
	return fallback
}

// langScript maps a language tag to the script code theme fonts are
// listed under; "" when the language has no entry of its own.
func langScript(tag string) string {
	tag = strings.ToLower(tag)
	switch tag {
	case "zh-cn", "zh-sg":
		return "Hans"
	case "zh-tw", "zh-hk", "zh-mo":
		return "Hant"
	}
	lang, _, _ := strings.Cut(tag, "-")
	return langScripts[lang]
}

var langScripts = map[string]string{
	"vi": "Viet", "ja": "Jpan", "ko": "Hang", "zh": "Hans",
	"ar": "Arab", "fa": "Arab", "ur": "Arab", "ps": "Arab", "sd": "Arab",
	"he": "Hebr", "yi": "Hebr", "th": "Thai", "lo": "Laoo", "km": "Khmr",
	"am": "Ethi", "ti": "Ethi", "bn": "Beng", "as": "Beng", "gu": "Gujr",
	"kn": "Knda", "pa": "Guru", "iu": "Cans", "chr": "Cher", "or": "Orya",
	"si": "Sinh", "syr": "Syrc", "ta": "Taml", "te": "Telu", "dv": "Thaa",
	"bo": "Tibt", "hi": "Deva", "mr": "Deva", "ne": "Deva", "sa": "Deva",
	"kok": "Deva", "ml": "Mlym", "ug": "Uigh", "ka": "Geor", "mn": "Mong",
	"my": "Mymr",
}
