package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A Vietnamese syllable is its start, then its rhyme: a closed set of
// some 150 (Đoàn Thiện Thuật, Ngữ âm tiếng Việt), its vowels and final
// sound written one way each. A word spelt as one syllable whose rhyme is
// none of them is a slip of the keyboard however its tone sits: a hat
// left off ("luạt" for "luật", "muón" for "muốn", "tíen" for "tiến"), a
// horn on one vowel of two ("đuợc", "truờng" for "được", "trường"), a
// vowel run on ("giáơ"). r72b. Only the words notSyllable reads past its
// quick way out are judged: those ending in a consonant or a marked vowel
// ("nguời", ending in a plain "i", is not read).

// rhymes are the rhymes of Vietnamese, without their tone; after "qu"
// the glide "o" of a rhyme is written "u" ("quan", "quét", "quăng"), and
// no round "o" follows it ("quọ", "quọc" are no syllables; "quơ", "quốc"
// are, their "ơ" and "uô" rhymes of their own), after "gi"
// the "i" of "iê" is the start's ("giếng").
var rhymes = sync.OnceValue(func() map[string]bool {
	return setOf(strings.Fields(`a ă â e ê i o ô ơ u ư y
	ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uy ưa ưi ưu ươi ươu iêu yêu uôi oai oay oao oeo uây uya uyu oa oe uê uơ
	am ăm âm em êm im om ôm ơm um ưm iêm yêm uôm ươm oam oăm
	an ăn ân en ên in on ôn ơn un ưn iên yên uôn ươn oan oăn uân oen uên uyên
	ang ăng âng eng ong ông ung ưng iêng yêng uông ương oang oăng uâng oong
	anh ênh inh oanh uênh uynh ach êch ich oach uêch uych
	ap ăp âp ep êp ip op ôp ơp up ưp iêp ươp oap oăp uyp
	at ăt ât et êt it ot ôt ơt ut ưt iêt yêt uôt ươt oat oăt uât oet uêt uyêt uyt
	ac ăc âc ec oc ôc uc ưc iêc uôc ươc oac oăc ooc uâc`)...)
})

// vietLetters are the letters of the Vietnamese alphabet, without tones.
const vietLetters = "aăâbcdđeêghiklmnoôơpqrstuưvxy"

// noSuchRhyme reports whether w, a word in small letters with a
// Vietnamese mark or letter shaped as one syllable (syllableShape), has a
// rhyme Vietnamese has not, and the rhyme without its tone. A word whose
// letters make more than one run of vowels ("phôtô", "panô", two words
// glued) is no one syllable and is left: glued-words reads the glued ones.
func noSuchRhyme(w string) (string, bool) {
	var b strings.Builder
	for _, r := range w {
		r = bareLetter(r)
		if !strings.ContainsRune(vietLetters, r) {
			return "", false // a letter of another alphabet, or a legacy font's ("huyeän", "viªn"): legacy-passage's
		}
		b.WriteRune(r)
	}
	bare := b.String()
	start := rhymeStart(bare)
	rhyme := bare[start:]
	if !oneRhyme(rhyme) {
		return "", false
	}
	switch bare[:start] {
	case "gi":
		if strings.HasPrefix(rhyme, "ê") {
			rhyme = "i" + rhyme // "giếng": the "i" of "iê" is the start's
		}
	case "q":
		if strings.HasPrefix(rhyme, "u") && !strings.HasPrefix(rhyme, "uo") && rhymes()["o"+rhyme[1:]] {
			return "", false // "quát", "quen", "quăng": "o" written "u"; not the "oo" of "xoong", "moóc", no glide ("quọc", "quóc" for "quốc")
		}
	}
	if rhyme == "" || rhymes()[rhyme] {
		return "", false
	}
	return rhyme, true
}

// rhymeStart is where the rhyme of the bare word w starts: after its
// consonants, and after "gi" before a vowel ("giữ", "gìn" is "g" and
// "in"); "qu" is read as "q" and a rhyme opening with "u".
func rhymeStart(w string) int {
	i := strings.IndexFunc(w, isVowelLetter)
	if i < 0 {
		return len(w)
	}
	if w[:i] == "g" && strings.HasPrefix(w[i:], "i") && len(w) > i+1 && strings.IndexFunc(w[i+1:], isVowelLetter) == 0 {
		return i + 1 // "giữ": the start is "gi"
	}
	return i
}

// oneRhyme reports whether r is vowels, then consonants only, with one
// vowel at least: the rhyme of one syllable.
func oneRhyme(r string) bool {
	i := 0
	for i < len(r) {
		c, n := utf8.DecodeRuneInString(r[i:])
		if !isVowelLetter(c) {
			break
		}
		i += n
	}
	return i > 0 && strings.IndexFunc(r[i:], isVowelLetter) < 0
}
