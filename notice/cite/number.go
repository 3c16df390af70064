package cite

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Number is a document number with its ký hiệu, in one of three families:
//
//	26/QĐ-UBND     Admin: Seq "26", Type "QĐ", Issuer "UBND"
//	4979/UBND-KGVX Admin công văn: Seq "4979", Issuer "UBND", Unit "KGVX"
//	/TB-UBND       Admin, a draft: Seq "" (the number is given after signing)
//	30/2020/NĐ-CP  Legal: Seq "30", Year "2020", Type "NĐ", Issuer "CP"
//	13-NQ/TU       Party: Seq "13", Type "NQ", Issuer "TU"
type Number struct {
	Raw    string
	Seq    string // the running number as written, "" on a draft
	Year   string // the year, in legal numbers only
	Type   string // type code; "" for công văn
	Issuer string // issuing body or title code
	Unit   string // what follows the issuer: a công văn's drafting unit or field
	Family Family
}

// Code returns the ký hiệu after the slash: "QĐ-UBND", "UBND-KGVX".
func (n Number) Code() string {
	switch n.Family {
	case Party:
		return n.Issuer
	case Legal:
		return joinDash(n.Type, n.Issuer)
	}
	return joinDash(n.Type, n.Issuer, n.Unit)
}

// Key returns a comparison key that identifies the document: family, number,
// year and codes, case and tone folded.
func (n Number) Key() string {
	return strconv.Itoa(int(n.Family)) + "|" + strings.TrimLeft(n.Seq, "0") + "|" + n.Year + "|" + Fold(n.Type+"-"+n.Issuer+"-"+n.Unit)
}

func joinDash(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(p)
	}
	return b.String()
}

// ParseNumber reads a whole document number. It accepts a blank running
// number ("/TB-UBND") for drafts; whether the number is padded and the code
// is the right one for its type are questions for the checker.
func ParseNumber(s string) (Number, error) {
	n := Number{Raw: s}
	if s == "" {
		return n, fmt.Errorf("empty document number")
	}
	if seq, rest, ok := strings.Cut(s, "-"); ok && allDigits(seq) && strings.Contains(rest, "/") {
		return parseParty(n, seq, rest)
	}
	parts := strings.Split(s, "/")
	switch len(parts) {
	case 2:
		return parseAdmin(n, parts[0], parts[1])
	case 3:
		return parseLegal(n, parts)
	}
	return n, fmt.Errorf("%q is not a document number: expected number/CODE-ISSUER, such as 12/TB-UBND", s)
}

func parseAdmin(n Number, seq, code string) (Number, error) {
	if seq != "" && !allDigits(seq) {
		return n, fmt.Errorf("%q: the part before \"/\" must be digits, such as 12", n.Raw)
	}
	groups, err := codeGroups(n.Raw, code)
	if err != nil {
		return n, err
	}
	if len(groups) < 2 {
		return n, fmt.Errorf("%q: the ký hiệu needs a type and an issuer joined by \"-\", such as TB-UBND", n.Raw)
	}
	n.Seq, n.Family = seq, Admin
	if IsTypeCode(groups[0], Admin) {
		n.Type, n.Issuer = groups[0], groups[1]
		n.Unit = strings.Join(groups[2:], "-")
	} else {
		n.Issuer = groups[0]
		n.Unit = strings.Join(groups[1:], "-")
	}
	return n, nil
}

func parseLegal(n Number, parts []string) (Number, error) {
	if !allDigits(parts[0]) || len(parts[1]) != 4 || !allDigits(parts[1]) {
		return n, fmt.Errorf("%q is not a legal document number: expected number/year/CODE, such as 30/2020/NĐ-CP", n.Raw)
	}
	groups, err := codeGroups(n.Raw, parts[2])
	if err != nil {
		return n, err
	}
	n.Seq, n.Year, n.Family = parts[0], parts[1], Legal
	if len(groups) == 1 {
		n.Issuer = groups[0]
	} else {
		n.Type, n.Issuer = groups[0], strings.Join(groups[1:], "-")
	}
	return n, nil
}

func parseParty(n Number, seq, rest string) (Number, error) {
	typ, issuer, _ := strings.Cut(rest, "/")
	if !isCodeWord(typ) || !partyIssuer(issuer) {
		return n, fmt.Errorf("%q is not a Party document number: expected number-TYPE/ISSUER, such as 13-NQ/TU", n.Raw)
	}
	n.Seq, n.Type, n.Issuer, n.Family = seq, typ, issuer, Party
	return n, nil
}

// partyIssuer reports a Party number's issuer: a code word, or code
// words joined by "-" where a body's unit follows ("TBTT-PV").
func partyIssuer(s string) bool {
	for _, g := range strings.Split(s, "-") {
		if !isCodeWord(g) {
			return false
		}
	}
	return true
}

func codeGroups(raw, code string) ([]string, error) {
	groups := strings.Split(code, "-")
	for _, g := range groups {
		if !isCodeWord(g) {
			return nil, fmt.Errorf("%q: each part of the ký hiệu must be letters or digits with no spaces, joined by \"-\"", raw)
		}
	}
	return groups, nil
}

// isCodeWord reports whether s is one group of a ký hiệu: letters, digits
// and "&", starting with a letter; a point may join two such runs, as a
// unit's code under its office's ("KBNN.KVVIII" of "TB-KBNN.KVVIII").
func isCodeWord(s string) bool {
	prev := '.'
	for _, r := range s {
		switch {
		case r == '.':
			if prev == '.' {
				return false // a point first, or two together
			}
		case prev == '.' && !unicode.IsLetter(r):
			return false // each run starts with a letter
		case !unicode.IsLetter(r) && (r < '0' || r > '9') && r != '&':
			return false
		}
		prev = r
	}
	return s != "" && prev != '.'
}

// letteredNumber reads a cited number whose running number carries one
// Latin letter after its digits, as offices number a document put between
// two ("Quyết định số 168a/QĐ-UBND", "Nghị quyết 36a/NQ-CP"): the number
// of an administrative document, its Seq written with the letter. Read
// only in citations: the notice's own number in figures alone is
// number-format's (ParseNumber refuses "17a/TB-UBND").
func letteredNumber(raw string) (Number, bool) {
	seq, code, ok := strings.Cut(raw, "/")
	if !ok || len(seq) < 2 || !isASCIILetter(seq[len(seq)-1]) || !allDigits(seq[:len(seq)-1]) {
		return Number{}, false
	}
	n, err := ParseNumber(seq[:len(seq)-1] + "/" + code)
	if err != nil || n.Family != Admin {
		return Number{}, false
	}
	n.Raw, n.Seq = raw, seq
	return n, true
}
