// Copyright ©2023 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

/*
 * Copyright (c) 2019 Arteom Korotkiy (Gmail: arteomkorotkiy)
 *
 * Permission to use, copy, modify, and distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

package fpdf

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// flags
const symbolWords = 1 << 0
const symbolScale = 1 << 3
const symbolContinue = 1 << 5
const symbolAllScale = 1 << 6
const symbol2x2 = 1 << 7

// CID map Init
const toUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

type utf8FontFile struct {
	fileReader           *fileReader
	LastRune             int
	tableDescriptions    map[string]*tableDescription
	outTablesData        map[string][]byte
	symbolPosition       []int
	charSymbolDictionary *charGlyphs
	Ascent               int
	Descent              int
	fontElementSize      int
	Bbox                 fontBoxType
	CapHeight            int
	StemV                int
	ItalicAngle          int
	Flags                int
	UnderlinePosition    float64
	UnderlineThickness   float64
	CharWidths           []uint16
	widthBlocks          *widthBlocks // where CharWidths may be nonzero (patch 11)
	DefaultWidth         float64
	CodeSymbolDictionary map[int]int
	cut                  *utf8CutTables // shared by the documents using this font, or nil
	err                  error          // the first reason the font cannot be used
	postScriptName       string         // name ID 6 of the name table, as a PDF name may hold it (patch 33)
	checksum             uint32         // the head table's checkSumAdjustment (patch 40)
	prebuilt             *PrebuiltParse // the cmap and widths made before, if any (patch 40)
}

// fail records why the font cannot be used; the first reason is kept.
func (utf *utf8FontFile) fail(format string, args ...any) {
	if utf.err == nil {
		utf.err = fmt.Errorf(format, args...)
	}
}

type tableDescription struct {
	name     string
	checksum []int
	position int
	size     int
}

type fileReader struct {
	readerPosition int64
	array          []byte
}

func (fr *fileReader) Read(s int) []byte {
	b := fr.array[fr.readerPosition : fr.readerPosition+int64(s)]
	fr.readerPosition += int64(s)
	return b
}

func (fr *fileReader) seek(shift int64, flag int) (int64, error) {
	if flag == 0 {
		fr.readerPosition = shift
	} else if flag == 1 {
		fr.readerPosition += shift
	} else if flag == 2 {
		fr.readerPosition = int64(len(fr.array)) - shift
	}
	return int64(fr.readerPosition), nil
}

func newUTF8Font(reader *fileReader) *utf8FontFile {
	utf := utf8FontFile{
		fileReader: reader,
	}
	return &utf
}

func (utf *utf8FontFile) parseFile() error {
	utf.fileReader.readerPosition = 0
	utf.symbolPosition = make([]int, 0)
	utf.charSymbolDictionary = new(charGlyphs)
	utf.tableDescriptions = make(map[string]*tableDescription)
	utf.outTablesData = make(map[string][]byte)
	utf.Ascent = 0
	utf.Descent = 0
	codeType := uint32(utf.readUint32())
	if codeType == 0x4F54544F {
		return fmt.Errorf("not supported\n ")
	}
	if codeType == 0x74746366 {
		return fmt.Errorf("not supported\n ")
	}
	if codeType != 0x00010000 && codeType != 0x74727565 {
		return fmt.Errorf("not a TrueType font: codeType=%v\n ", codeType)
	}
	utf.generateTableDescriptions()
	utf.parseTables()
	return utf.err
}

func (utf *utf8FontFile) generateTableDescriptions() {

	tablesCount := utf.readUint16()
	_ = utf.readUint16()
	_ = utf.readUint16()
	_ = utf.readUint16()
	utf.tableDescriptions = make(map[string]*tableDescription)

	for range tablesCount {
		record := tableDescription{
			name:     utf.readTableName(),
			checksum: []int{utf.readUint16(), utf.readUint16()},
			position: utf.readUint32(),
			size:     utf.readUint32(),
		}
		utf.tableDescriptions[record.name] = &record
	}
}

func (utf *utf8FontFile) readTableName() string {
	return string(utf.fileReader.Read(4))
}

func (utf *utf8FontFile) readUint16() int {
	s := utf.fileReader.Read(2)
	return (int(s[0]) << 8) + int(s[1])
}

func (utf *utf8FontFile) readUint32() int {
	s := utf.fileReader.Read(4)
	return (int(s[0]) * 16777216) + (int(s[1]) << 16) + (int(s[2]) << 8) + int(s[3]) // 	16777216  = 1<<24
}

func (utf *utf8FontFile) calcInt32(x, y []int) []int {
	answer := make([]int, 2)
	if y[1] > x[1] {
		x[1] += 1 << 16
		x[0]++
	}
	answer[1] = x[1] - y[1]
	if y[0] > x[0] {
		x[0] += 1 << 16
	}
	answer[0] = x[0] - y[0]
	answer[0] = answer[0] & 0xFFFF
	return answer
}

func (utf *utf8FontFile) generateChecksum(data []byte) []int {
	if (len(data) % 4) != 0 {
		for i := 0; (len(data) % 4) != 0; i++ {
			data = append(data, 0)
		}
	}
	answer := []int{0x0000, 0x0000}
	for i := 0; i < len(data); i += 4 {
		answer[0] += (int(data[i]) << 8) + int(data[i+1])
		answer[1] += (int(data[i+2]) << 8) + int(data[i+3])
		answer[0] += answer[1] >> 16
		answer[1] = answer[1] & 0xFFFF
		answer[0] = answer[0] & 0xFFFF
	}
	return answer
}

func (utf *utf8FontFile) seek(shift int) {
	_, _ = utf.fileReader.seek(int64(shift), 0)
}

func (utf *utf8FontFile) skip(delta int) {
	_, _ = utf.fileReader.seek(int64(delta), 1)
}

// SeekTable position
func (utf *utf8FontFile) SeekTable(name string) int {
	return utf.seekTable(name, 0)
}

func (utf *utf8FontFile) seekTable(name string, offsetInTable int) int {
	_, _ = utf.fileReader.seek(int64(utf.tableDescriptions[name].position+offsetInTable), 0)
	return int(utf.fileReader.readerPosition)
}

func (utf *utf8FontFile) readInt16() int16 {
	s := utf.fileReader.Read(2)
	a := (int16(s[0]) << 8) + int16(s[1])
	if (int(a) & (1 << 15)) == 0 {
		a = int16(int(a) - (1 << 16))
	}
	return a
}

func (utf *utf8FontFile) getUint16(pos int) int {
	_, _ = utf.fileReader.seek(int64(pos), 0)
	s := utf.fileReader.Read(2)
	return (int(s[0]) << 8) + int(s[1])
}

func (utf *utf8FontFile) splice(stream []byte, offset int, value []byte) []byte {
	stream = append([]byte{}, stream...)
	return append(append(stream[:offset], value...), stream[offset+len(value):]...)
}

func (utf *utf8FontFile) insertUint16(stream []byte, offset int, value int) []byte {
	up := make([]byte, 2)
	binary.BigEndian.PutUint16(up, uint16(value))
	return utf.splice(stream, offset, up)
}

func (utf *utf8FontFile) getRange(pos, length int) []byte {
	_, _ = utf.fileReader.seek(int64(pos), 0)
	if length < 1 {
		return make([]byte, 0)
	}
	s := utf.fileReader.Read(length)
	return s
}

func (utf *utf8FontFile) getTableData(name string) []byte {
	desckrip := utf.tableDescriptions[name]
	if desckrip == nil {
		return nil
	}
	if desckrip.size == 0 {
		return nil
	}
	_, _ = utf.fileReader.seek(int64(desckrip.position), 0)
	s := utf.fileReader.Read(desckrip.size)
	return s
}

func (utf *utf8FontFile) setOutTable(name string, data []byte) {
	if data == nil {
		return
	}
	if name == "head" {
		data = utf.splice(data, 8, []byte{0, 0, 0, 0})
	}
	utf.outTablesData[name] = data
}

func arrayKeys(arr map[int]string) []int {
	answer := make([]int, len(arr))
	i := 0
	for key := range arr {
		answer[i] = key
		i++
	}
	return answer
}

func inArray(s int, arr []int) bool {
	return slices.Contains(arr, s)
}

func (utf *utf8FontFile) parseNAMETable() int {
	namePosition := utf.SeekTable("name")
	format := utf.readUint16()
	if format != 0 {
		return format // names are not used: a newer name table is no error
	}
	nameCount := utf.readUint16()
	stringDataPosition := namePosition + utf.readUint16()
	names := map[int]string{1: "", 2: "", 3: "", 4: "", 6: ""}
	keys := arrayKeys(names)
	counter := len(names)
	for range nameCount {
		system := utf.readUint16()
		code := utf.readUint16()
		local := utf.readUint16()
		nameID := utf.readUint16()
		size := utf.readUint16()
		position := utf.readUint16()
		if !inArray(nameID, keys) {
			continue
		}
		currentName := ""
		if system == 3 && code == 1 && local == 0x409 {
			oldPos := utf.fileReader.readerPosition
			utf.seek(stringDataPosition + position)
			if size%2 != 0 {
				return format // names are not used
			}
			size /= 2
			currentName = ""
			for size > 0 {
				char := utf.readUint16()
				currentName += string(rune(char))
				size--
			}
			utf.fileReader.readerPosition = oldPos
			utf.seek(int(oldPos))
		} else if system == 1 && code == 0 && local == 0 {
			oldPos := utf.fileReader.readerPosition
			currentName = string(utf.getRange(stringDataPosition+position, size))
			utf.fileReader.readerPosition = oldPos
			utf.seek(int(oldPos))
		}
		if currentName != "" && names[nameID] == "" {
			names[nameID] = currentName
			counter--
			if counter == 0 {
				break
			}
		}
	}
	utf.postScriptName = pdfNameChars(names[6])
	return format
}

// pdfNameChars keeps of a PostScript name the characters a PDF name
// writes as they are (printable ASCII but the delimiters and '#'), so that
// it can be written after '/' unescaped (patch 33).
func pdfNameChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || strings.ContainsRune("()<>[]{}/%#", r) {
			return -1
		}
		return r
	}, s)
}

func (utf *utf8FontFile) parseHEADTable() {
	utf.SeekTable("head")
	utf.skip(18)
	utf.fontElementSize = utf.readUint16()
	scale := 1000.0 / float64(utf.fontElementSize)
	utf.skip(16)
	xMin := utf.readInt16()
	yMin := utf.readInt16()
	xMax := utf.readInt16()
	yMax := utf.readInt16()
	utf.Bbox = fontBoxType{int(float64(xMin) * scale), int(float64(yMin) * scale), int(float64(xMax) * scale), int(float64(yMax) * scale)}
	utf.skip(3 * 2)
	_ = utf.readUint16()
	symbolDataFormat := utf.readUint16()
	if symbolDataFormat != 0 {
		utf.fail("unknown glyph data format %d", symbolDataFormat)
		return
	}
}

func (utf *utf8FontFile) parseHHEATable() int {
	metricsCount := 0
	if _, OK := utf.tableDescriptions["hhea"]; OK {
		scale := 1000.0 / float64(utf.fontElementSize)
		utf.SeekTable("hhea")
		utf.skip(4)
		hheaAscender := utf.readInt16()
		hheaDescender := utf.readInt16()
		utf.Ascent = int(float64(hheaAscender) * scale)
		utf.Descent = int(float64(hheaDescender) * scale)
		utf.skip(24)
		metricDataFormat := utf.readUint16()
		if metricDataFormat != 0 {
			utf.fail("unknown horizontal metric data format %d", metricDataFormat)
			return 0
		}
		metricsCount = utf.readUint16()
		if metricsCount == 0 {
			utf.fail("the font has no horizontal metrics")
			return 0
		}
	}
	return metricsCount
}

func (utf *utf8FontFile) parseOS2Table() int {
	var weightType int
	scale := 1000.0 / float64(utf.fontElementSize)
	if _, OK := utf.tableDescriptions["OS/2"]; OK {
		utf.SeekTable("OS/2")
		version := utf.readUint16()
		utf.skip(2)
		weightType = utf.readUint16()
		utf.skip(2)
		fsType := utf.readUint16()
		if fsType == 0x0002 || (fsType&0x0300) != 0 {
			utf.fail("the font's licence does not allow embedding it in a document (OS/2 fsType %#04x)", fsType)
			return 0
		}
		utf.skip(20)
		_ = utf.readInt16()

		utf.skip(36)
		sTypoAscender := utf.readInt16()
		sTypoDescender := utf.readInt16()
		if utf.Ascent == 0 {
			utf.Ascent = int(float64(sTypoAscender) * scale)
		}
		if utf.Descent == 0 {
			utf.Descent = int(float64(sTypoDescender) * scale)
		}
		if version > 1 {
			utf.skip(16)
			sCapHeight := utf.readInt16()
			utf.CapHeight = int(float64(sCapHeight) * scale)
		} else {
			utf.CapHeight = utf.Ascent
		}
	} else {
		weightType = 500
		if utf.Ascent == 0 {
			utf.Ascent = int(float64(utf.Bbox.Ymax) * scale)
		}
		if utf.Descent == 0 {
			utf.Descent = int(float64(utf.Bbox.Ymin) * scale)
		}
		utf.CapHeight = utf.Ascent
	}
	utf.StemV = 50 + int(math.Pow(float64(weightType)/65.0, 2))
	return weightType
}

func (utf *utf8FontFile) parsePOSTTable(weight int) {
	utf.SeekTable("post")
	utf.skip(4)
	utf.ItalicAngle = int(utf.readInt16()) + utf.readUint16()/65536.0
	scale := 1000.0 / float64(utf.fontElementSize)
	utf.UnderlinePosition = float64(utf.readInt16()) * scale
	utf.UnderlineThickness = float64(utf.readInt16()) * scale
	fixed := utf.readUint32()

	utf.Flags = 4

	if utf.ItalicAngle != 0 {
		utf.Flags = utf.Flags | 64
	}
	if weight >= 600 {
		utf.Flags = utf.Flags | 262144
	}
	if fixed != 0 {
		utf.Flags = utf.Flags | 1
	}
}

func (utf *utf8FontFile) parseCMAPTable(format int) int {
	cmapPosition := utf.SeekTable("cmap")
	utf.skip(2)
	cmapTableCount := utf.readUint16()
	cidCMAPPosition := 0
	for range cmapTableCount {
		system := utf.readUint16()
		coded := utf.readUint16()
		position := utf.readUint32()
		oldReaderPosition := utf.fileReader.readerPosition
		if (system == 3 && coded == 1) || system == 0 { // Microsoft, Unicode
			v := utf.getUint16(cmapPosition + position)
			if v == 4 {
				if cidCMAPPosition == 0 {
					cidCMAPPosition = cmapPosition + position
				}
				break
			}
		}
		utf.seek(int(oldReaderPosition))
	}
	if cidCMAPPosition == 0 {
		utf.fail("the font has no Unicode character map (cmap format 4)")
		return cidCMAPPosition
	}
	return cidCMAPPosition
}

func (utf *utf8FontFile) parseTables() {
	f := utf.parseNAMETable()
	utf.parseHEADTable()
	n := utf.parseHHEATable()
	w := utf.parseOS2Table()
	utf.parsePOSTTable(w)
	runeCMAPPosition := utf.parseCMAPTable(f)
	if utf.err != nil {
		return
	}

	utf.SeekTable("maxp")
	utf.skip(4)
	numSymbols := utf.readUint16()

	utf.checksum = utf.headChecksum()
	if p := utf.prebuilt; p != nil && p.Checksum == utf.checksum {
		utf.usePrebuilt(p)
		return
	}
	charSymbolDictionary := new(charGlyphs)
	unique := utf.generateSCCSDictionaries(runeCMAPPosition, nil, charSymbolDictionary)
	utf.charSymbolDictionary = charSymbolDictionary // what generateCMAP reads again to subset

	scale := 1000.0 / float64(utf.fontElementSize)
	if unique && n > 0 {
		// Each character is in the cmap once: its width is its glyph's
		// (patch 39).
		utf.parseHMTXTableByChars(n, numSymbols, charSymbolDictionary, scale)
		return
	}
	// The characters of each glyph parseHMTXTable reads: those below the
	// glyph count and below the number of horizontal metrics.
	symbolChars := newGlyphChars(max(numSymbols, n))
	utf.generateSCCSDictionaries(runeCMAPPosition, symbolChars, new(charGlyphs))
	utf.parseHMTXTable(n, numSymbols, symbolChars, scale)
}

func (utf *utf8FontFile) generateCMAP() *charGlyphs {
	cmapPosition := utf.SeekTable("cmap")
	utf.skip(2)
	cmapTableCount := utf.readUint16()
	runeCmapPosition := 0
	for range cmapTableCount {
		system := utf.readUint16()
		coder := utf.readUint16()
		position := utf.readUint32()
		oldPosition := utf.fileReader.readerPosition
		if (system == 3 && coder == 1) || system == 0 {
			format := utf.getUint16(cmapPosition + position)
			if format == 4 {
				runeCmapPosition = cmapPosition + position
				break
			}
		}
		utf.seek(int(oldPosition))
	}

	if runeCmapPosition == 0 {
		utf.fail("the font has no Unicode character map (cmap format 4)")
		return nil
	}

	charSymbolDictionary := new(charGlyphs)
	utf.generateSCCSDictionaries(runeCmapPosition, nil, charSymbolDictionary)

	utf.charSymbolDictionary = charSymbolDictionary

	return charSymbolDictionary
}

func (utf *utf8FontFile) parseSymbols(usedRunes map[int]int) (map[int]int, map[int]int, map[int]int, []int) {
	symbolCollection := map[int]int{0: 0}
	charSymbolPairCollection := make(map[int]int)
	for _, char := range usedRunes {
		if symbol, OK := utf.charSymbolDictionary.get(char); OK {
			symbolCollection[symbol] = char
			charSymbolPairCollection[char] = symbol

		}
		utf.LastRune = max(utf.LastRune, char)
	}

	begin := utf.tableDescriptions["glyf"].position

	symbolArray := make(map[int]int)
	symbolCollectionKeys := keySortInt(symbolCollection)

	symbolCounter := 0
	maxRune := 0
	for _, oldSymbolIndex := range symbolCollectionKeys {
		maxRune = max(maxRune, symbolCollection[oldSymbolIndex])
		symbolArray[oldSymbolIndex] = symbolCounter
		symbolCounter++
	}
	// A map filled in any order is the same map: the characters are not
	// sorted first, and the glyphs, sorted above, are not sorted again
	// (patch 36).
	runeSymbolPairCollection := make(map[int]int, len(charSymbolPairCollection))
	for runa, symbol := range charSymbolPairCollection {
		runeSymbolPairCollection[runa] = symbolArray[symbol]
	}
	utf.CodeSymbolDictionary = runeSymbolPairCollection

	for _, oldSymbolIndex := range symbolCollectionKeys {
		_, symbolArray, symbolCollection, symbolCollectionKeys = utf.getSymbols(oldSymbolIndex, &begin, symbolArray, symbolCollection, symbolCollectionKeys)
	}

	return runeSymbolPairCollection, symbolArray, symbolCollection, symbolCollectionKeys
}

func (utf *utf8FontFile) generateCMAPTable(cidSymbolPairCollection map[int]int, numSymbols int) []byte {
	// The segments of the format 4 subtable are the runs of consecutive
	// characters mapped to consecutive glyphs, in the characters' order:
	// kept in slices over one array of the glyphs (patch 35), where
	// upstream kept a map of slices, sorted its keys and packed each
	// number into a slice of its own.
	type segment struct{ cid, at, n int } // first character, its glyph's index in glyphs, length
	cids := keySortInt(cidSymbolPairCollection)
	glyphs := make([]int, len(cids))
	segs := make([]segment, 0, 32)
	for i, cid := range cids {
		glyphs[i] = cidSymbolPairCollection[cid]
		if k := len(segs) - 1; k >= 0 && cid == segs[k].cid+segs[k].n && glyphs[i] == glyphs[i-1]+1 {
			segs[k].n++
		} else {
			segs = append(segs, segment{cid: cid, at: i, n: 1})
		}
	}
	segCount := len(segs) + 1

	searchRange := 1
	entrySelector := 0
	for searchRange*2 <= segCount {
		searchRange = searchRange * 2
		entrySelector = entrySelector + 1
	}
	searchRange = searchRange * 2
	rangeShift := segCount*2 - searchRange
	length := 16 + (8 * segCount) + (numSymbols + 1)
	cmap := make([]int, 0, 13+4*segCount+len(glyphs)+4)
	cmap = append(cmap, 0, 1, 3, 1, 0, 12, 4, length, 0, segCount*2, searchRange, entrySelector, rangeShift)
	for _, sg := range segs {
		cmap = append(cmap, sg.cid+sg.n-1) // endCode
	}
	cmap = append(cmap, 0xFFFF, 0)
	for _, sg := range segs {
		cmap = append(cmap, sg.cid) // startCode
	}
	cmap = append(cmap, 0xFFFF)
	for _, sg := range segs {
		cmap = append(cmap, -(sg.cid - glyphs[sg.at])) // idDelta
	}
	cmap = append(cmap, 1)
	for range segs {
		cmap = append(cmap, 0) // idRangeOffset
	}
	cmap = append(cmap, 0)
	cmap = append(cmap, glyphs...)
	cmap = append(cmap, 0)
	cmapstr := make([]byte, 2*len(cmap))
	for i, cm := range cmap {
		binary.BigEndian.PutUint16(cmapstr[2*i:], uint16(cm))
	}
	return cmapstr
}

// GenerateCutFont fill utf8FontFile from .utf file, only with runes from usedRunes
func (utf *utf8FontFile) GenerateCutFont(usedRunes map[int]int) []byte {
	utf.fileReader.readerPosition = 0
	utf.symbolPosition = make([]int, 0)
	utf.charSymbolDictionary = new(charGlyphs)
	utf.tableDescriptions = make(map[string]*tableDescription)
	utf.outTablesData = make(map[string][]byte)
	utf.Ascent = 0
	utf.Descent = 0
	utf.skip(4)
	utf.LastRune = 0
	utf.generateTableDescriptions()

	utf.SeekTable("head")
	utf.skip(50)
	LocaFormat := utf.readUint16()

	utf.SeekTable("hhea")
	utf.skip(34)
	metricsCount := utf.readUint16()
	oldMetrics := metricsCount

	utf.SeekTable("maxp")
	utf.skip(4)
	numSymbols := utf.readUint16()

	if !utf.cutTables(LocaFormat, numSymbols) {
		return nil
	}

	cidSymbolPairCollection, symbolArray, symbolCollection, symbolCollectionKeys := utf.parseSymbols(usedRunes)

	metricsCount = len(symbolCollection)
	numSymbols = metricsCount

	utf.setOutTable("name", utf.getTableData("name"))
	utf.setOutTable("cvt ", utf.getTableData("cvt "))
	utf.setOutTable("fpgm", utf.getTableData("fpgm"))
	utf.setOutTable("prep", utf.getTableData("prep"))
	utf.setOutTable("gasp", utf.getTableData("gasp"))

	postTable := utf.getTableData("post")
	postTable = append(append([]byte{0x00, 0x03, 0x00, 0x00}, postTable[4:16]...), []byte{0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}...)
	utf.setOutTable("post", postTable)

	delete(cidSymbolPairCollection, 0)

	utf.setOutTable("cmap", utf.generateCMAPTable(cidSymbolPairCollection, numSymbols))

	symbolData := utf.getTableData("glyf")

	offsets := make([]int, 0)
	glyfData := make([]byte, 0)
	pos := 0
	hmtxData := make([]byte, 0)

	for _, originalSymbolIdx := range symbolCollectionKeys {
		hm := utf.getMetrics(oldMetrics, originalSymbolIdx)
		hmtxData = append(hmtxData, hm...)

		offsets = append(offsets, pos)
		symbolPos := utf.symbolPosition[originalSymbolIdx]
		symbolLen := utf.symbolPosition[originalSymbolIdx+1] - symbolPos
		data := symbolData[symbolPos : symbolPos+symbolLen]
		var up int
		if symbolLen > 0 {
			up = unpackUint16(data[0:2])
		}

		if symbolLen > 2 && (up&(1<<15)) != 0 {
			// A composite glyph: its parts' glyph numbers are rewritten
			// in a copy of it, made once (upstream copied the glyph twice
			// for each part, through insertUint16).
			data = append([]byte(nil), data...)
			posInSymbol := 10
			flags := symbolContinue
			nComponentElements := 0
			for (flags & symbolContinue) != 0 {
				nComponentElements++
				up = unpackUint16(data[posInSymbol : posInSymbol+2])
				flags = up
				up = unpackUint16(data[posInSymbol+2 : posInSymbol+4])
				symbolIdx := up
				binary.BigEndian.PutUint16(data[posInSymbol+2:posInSymbol+4], uint16(symbolArray[symbolIdx]))
				posInSymbol += 4
				if (flags & symbolWords) != 0 {
					posInSymbol += 4
				} else {
					posInSymbol += 2
				}
				if (flags & symbolScale) != 0 {
					posInSymbol += 2
				} else if (flags & symbolAllScale) != 0 {
					posInSymbol += 4
				} else if (flags & symbol2x2) != 0 {
					posInSymbol += 8
				}
			}
		}

		glyfData = append(glyfData, data...)
		pos += symbolLen
		if pos%4 != 0 {
			padding := 4 - (pos % 4)
			glyfData = append(glyfData, make([]byte, padding)...)
			pos += padding
		}
	}

	offsets = append(offsets, pos)
	utf.setOutTable("glyf", glyfData)

	utf.setOutTable("hmtx", hmtxData)

	locaData := make([]byte, 0)
	if ((pos + 1) >> 1) > 0xFFFF {
		LocaFormat = 1
		for _, offset := range offsets {
			locaData = append(locaData, packUint32(offset)...)
		}
	} else {
		LocaFormat = 0
		for _, offset := range offsets {
			locaData = append(locaData, packUint16(offset/2)...)
		}
	}
	utf.setOutTable("loca", locaData)

	headData := utf.getTableData("head")
	headData = utf.insertUint16(headData, 50, LocaFormat)
	utf.setOutTable("head", headData)

	hheaData := utf.getTableData("hhea")
	hheaData = utf.insertUint16(hheaData, 34, metricsCount)
	utf.setOutTable("hhea", hheaData)

	maxp := utf.getTableData("maxp")
	maxp = utf.insertUint16(maxp, 4, numSymbols)
	utf.setOutTable("maxp", maxp)

	os2Data := utf.getTableData("OS/2")
	utf.setOutTable("OS/2", os2Data)

	return utf.assembleTables()
}

// cutTables reads the character map and the glyph locations subsetting
// needs, and tells whether it could. They depend on the font file alone:
// when utf.cut is set, they are read once and shared, read-only, by every
// document using the font.
func (utf *utf8FontFile) cutTables(locaFormat, numSymbols int) bool {
	c := utf.cut
	if c == nil {
		c = new(utf8CutTables)
	}
	c.once.Do(func() {
		if c.charSymbolDictionary != nil {
			utf.charSymbolDictionary = c.charSymbolDictionary // read by parseFile
			utf.parseLOCATable(locaFormat, numSymbols)
		} else if utf.generateCMAP() != nil {
			utf.parseLOCATable(locaFormat, numSymbols)
		}
		c.err, c.charSymbolDictionary, c.symbolPosition = utf.err, utf.charSymbolDictionary, utf.symbolPosition
	})
	utf.charSymbolDictionary, utf.symbolPosition = c.charSymbolDictionary, c.symbolPosition
	if utf.err == nil {
		utf.err = c.err
	}
	return c.err == nil
}

func (utf *utf8FontFile) getSymbols(originalSymbolIdx int, start *int, symbolSet map[int]int, SymbolsCollection map[int]int, SymbolsCollectionKeys []int) (*int, map[int]int, map[int]int, []int) {
	symbolPos := utf.symbolPosition[originalSymbolIdx]
	symbolSize := utf.symbolPosition[originalSymbolIdx+1] - symbolPos
	if symbolSize == 0 {
		return start, symbolSet, SymbolsCollection, SymbolsCollectionKeys
	}
	utf.seek(*start + symbolPos)

	lineCount := utf.readInt16()

	if lineCount < 0 {
		utf.skip(8)
		flags := symbolContinue
		for flags&symbolContinue != 0 {
			flags = utf.readUint16()
			symbolIndex := utf.readUint16()
			if _, OK := symbolSet[symbolIndex]; !OK {
				symbolSet[symbolIndex] = len(SymbolsCollection)
				SymbolsCollection[symbolIndex] = 1
				SymbolsCollectionKeys = append(SymbolsCollectionKeys, symbolIndex)
			}
			oldPosition, _ := utf.fileReader.seek(0, 1)
			_, _, _, SymbolsCollectionKeys = utf.getSymbols(symbolIndex, start, symbolSet, SymbolsCollection, SymbolsCollectionKeys)
			utf.seek(int(oldPosition))
			if flags&symbolWords != 0 {
				utf.skip(4)
			} else {
				utf.skip(2)
			}
			if flags&symbolScale != 0 {
				utf.skip(2)
			} else if flags&symbolAllScale != 0 {
				utf.skip(4)
			} else if flags&symbol2x2 != 0 {
				utf.skip(8)
			}
		}
	}
	return start, symbolSet, SymbolsCollection, SymbolsCollectionKeys
}

func (utf *utf8FontFile) parseHMTXTable(numberOfHMetrics, numSymbols int, symbolToChar *glyphChars, scale float64) {
	start := utf.SeekTable("hmtx")
	arrayWidths := 0
	utf.CharWidths = make([]uint16, 256*256)
	utf.widthBlocks = new(widthBlocks)
	charCount := 0
	// Each glyph's advance is the first uint16 of its four bytes (patch 30:
	// read in place, and each glyph's width worked out once for its
	// characters).
	hmtx := utf.getRange(start, numberOfHMetrics*4)
	for symbol := range numberOfHMetrics {
		arrayWidths = int(binary.BigEndian.Uint16(hmtx[symbol*4:]))
		if symbolToChar.has(symbol) || symbol == 0 {

			if arrayWidths >= (1 << 15) {
				arrayWidths = 0
			}
			if symbol == 0 {
				utf.DefaultWidth = scale * float64(arrayWidths)
				continue
			}
			charCount += utf.setWidths(symbolToChar, symbol, arrayWidths, scale)
		}
	}
	diff := numSymbols - numberOfHMetrics
	for pos := range diff {
		charCount += utf.setWidths(symbolToChar, pos+numberOfHMetrics, arrayWidths, scale)
	}
	utf.CharWidths[0] = uint16(charCount)
	utf.widthBlocks.set(0)
}

// setWidths gives the characters of glyph symbol the advance width w (in
// font units) scaled to 1000 units, and returns how many it set: but
// character 0 and 0xFFFF, each of them, and a width rounded to 0 is
// written 65535, as upstream's closure did character by character.
func (utf *utf8FontFile) setWidths(g *glyphChars, symbol, w int, scale float64) int {
	if !g.has(symbol) {
		return 0
	}
	widths := int(math.Round(scale * float64(w)))
	if widths == 0 {
		widths = 65535
	}
	n := utf.setWidth(int(g.first[symbol])-1, widths)
	if g.more != nil {
		for _, char := range g.more[symbol] {
			n += utf.setWidth(char, widths)
		}
	}
	return n
}

// parseHMTXTableByChars is parseHMTXTable for a cmap that names each
// character once (charSymbolDictionary is then the whole cmap) and at least
// one horizontal metric (patch 39). It writes each character's width from
// its glyph's, worked out once a glyph, going through the characters of the
// dictionary instead of the glyphs' lists of characters, which it never
// builds. parseHMTXTable writes the same table: a character is written by
// its one glyph when that glyph is above 0 and below the glyph count or the
// metrics' count, whichever is larger, and is neither 0 nor 0xFFFF; a glyph
// below the metrics' count has its own advance, one past them the last,
// which parseHMTXTable turns to 0 when it is 1<<15 or more only if the
// last glyph has characters (or is glyph 0).
func (utf *utf8FontFile) parseHMTXTableByChars(numberOfHMetrics, numSymbols int, dict *charGlyphs, scale float64) {
	start := utf.SeekTable("hmtx")
	utf.CharWidths = make([]uint16, 256*256)
	utf.widthBlocks = new(widthBlocks)
	hmtx := utf.getRange(start, numberOfHMetrics*4)
	advance := func(symbol int) int { return int(binary.BigEndian.Uint16(hmtx[symbol*4:])) }
	width := func(w int) uint16 {
		widths := int(math.Round(scale * float64(w)))
		if widths == 0 {
			widths = 65535
		}
		return uint16(widths)
	}
	first := advance(0)
	if first >= 1<<15 {
		first = 0
	}
	utf.DefaultWidth = scale * float64(first)

	count := max(numSymbols, numberOfHMetrics)
	widths := make([]uint16, count)
	for symbol := 1; symbol < numberOfHMetrics; symbol++ {
		w := advance(symbol)
		if w >= 1<<15 {
			w = 0
		}
		widths[symbol] = width(w)
	}
	if numSymbols > numberOfHMetrics {
		last := advance(numberOfHMetrics - 1)
		if last >= 1<<15 && (numberOfHMetrics == 1 || dict.hasGlyph(numberOfHMetrics-1)) {
			last = 0
		}
		w := width(last)
		for symbol := numberOfHMetrics; symbol < numSymbols; symbol++ {
			widths[symbol] = w
		}
	}

	charCount := 0
	for hi, block := range &dict.blocks {
		if block == nil {
			continue
		}
		row := utf.CharWidths[hi<<8 : hi<<8+256]
		for lo, entry := range block {
			// entry is the glyph + 1: 0 is no glyph, 1 glyph 0, and
			// count+1 and more are past the glyphs.
			if uint32(entry)-2 >= uint32(count-1) {
				continue
			}
			if char := hi<<8 | lo; char == 0 || char == 65535 {
				continue
			}
			row[lo] = widths[entry-1]
			utf.widthBlocks.set(hi<<8 | lo)
			charCount++
		}
	}
	utf.CharWidths[0] = uint16(charCount)
	utf.widthBlocks.set(0)
}

func (utf *utf8FontFile) setWidth(char, widths int) int {
	if char == 0 || char == 65535 || char >= 196608 {
		return 0
	}
	utf.CharWidths[char] = uint16(widths)
	utf.widthBlocks.set(char)
	return 1
}

func (utf *utf8FontFile) getMetrics(metricCount, gid int) []byte {
	start := utf.SeekTable("hmtx")
	var metrics []byte
	if gid < metricCount {
		utf.seek(start + (gid * 4))
		metrics = utf.fileReader.Read(4)
	} else {
		utf.seek(start + ((metricCount - 1) * 4))
		metrics = utf.fileReader.Read(2)
		utf.seek(start + (metricCount * 2) + (gid * 2))
		metrics = append(metrics, utf.fileReader.Read(2)...)
	}
	return metrics
}

func (utf *utf8FontFile) parseLOCATable(format, numSymbols int) {
	start := utf.SeekTable("loca")
	// Made at its size, not grown by appending one glyph's offset after
	// another (patch 37).
	utf.symbolPosition = make([]int, 0, numSymbols+1)
	if format == 0 {
		data := utf.getRange(start, (numSymbols*2)+2)
		arr := unpackUint16Array(data)
		for n := 0; n <= numSymbols; n++ {
			utf.symbolPosition = append(utf.symbolPosition, arr[n+1]*2)
		}
	} else if format == 1 {
		data := utf.getRange(start, (numSymbols*4)+4)
		arr := unpackUint32Array(data)
		for n := 0; n <= numSymbols; n++ {
			utf.symbolPosition = append(utf.symbolPosition, arr[n+1])
		}
	} else {
		utf.fail("unknown loca table format %d", format)
		return
	}
}

// generateSCCSDictionaries reads the format-4 cmap at runeCmapPosition into
// charSymbolDictionary (character -> glyph) and, for the glyphs below
// symbolChars' size, symbolChars (glyph -> its characters, in cmap order).
// Upstream kept the second as a map of every glyph the cmap names; its one
// reader, parseHMTXTable, looks only at glyphs below the font's glyph count
// or its number of horizontal metrics, whichever is larger.
//
// It reports whether the cmap names each character once (patch 39).
func (utf *utf8FontFile) generateSCCSDictionaries(runeCmapPosition int, symbolChars *glyphChars, charSymbolDictionary *charGlyphs) (unique bool) {
	unique = true
	maxRune := 0
	utf.seek(runeCmapPosition + 2)
	size := utf.readUint16()
	rim := runeCmapPosition + size
	utf.skip(2)

	segmentSize := utf.readUint16() / 2
	utf.skip(6)
	completers := make([]int, 0)
	for range segmentSize {
		completers = append(completers, utf.readUint16())
	}
	utf.skip(2)
	beginners := make([]int, 0)
	for range segmentSize {
		beginners = append(beginners, utf.readUint16())
	}
	sizes := make([]int, 0)
	for range segmentSize {
		sizes = append(sizes, int(utf.readInt16()))
	}
	readerPositionStart := utf.fileReader.readerPosition
	positions := make([]int, 0)
	for range segmentSize {
		positions = append(positions, utf.readUint16())
	}
	var symbol int
	// The glyph array is read in place, as getUint16 reads it (the same
	// bounds), and the reader left where getUint16 would have left it
	// (patch 39).
	font, read := utf.fileReader.array, int64(-1)
	for n := range segmentSize {
		completePosition := completers[n] + 1
		for char := beginners[n]; char < completePosition; char++ {
			if positions[n] == 0 {
				symbol = (char + sizes[n]) & 0xFFFF
			} else {
				position := (char-beginners[n])*2 + positions[n]
				position = int(readerPositionStart) + 2*n + position
				if position >= rim {
					symbol = 0
				} else {
					read = int64(position)
					s := font[read : read+2]
					symbol = (int(s[0]) << 8) + int(s[1])
					if symbol != 0 {
						symbol = (symbol + sizes[n]) & 0xFFFF
					}
				}
			}
			if !charSymbolDictionary.setNew(char, symbol) {
				unique = false
			}
			if char < 196608 {
				maxRune = max(char, maxRune)
			}
			symbolChars.add(symbol, char)
		}
	}
	if read >= 0 {
		utf.fileReader.readerPosition = read + 2
	}
	return unique
}

// assembleTables writes the subset font file: the table directory, then
// each table padded to four bytes, then the whole file's checksum
// adjustment in head. It writes upstream's bytes into one buffer sized up
// front, and takes checksums without copying a table to pad it (patch 12).
func (utf *utf8FontFile) assembleTables() []byte {
	tablesCount := len(utf.outTablesData)
	findSize := 1
	writer := 0
	for findSize*2 <= tablesCount {
		findSize = findSize * 2
		writer = writer + 1
	}
	findSize = findSize * 16
	rOffset := tablesCount*16 - findSize

	tablesNames := make([]string, 0, tablesCount)
	size := 12 + tablesCount*16
	for name, data := range utf.outTablesData {
		tablesNames = append(tablesNames, name)
		size += (len(data) + 3) &^ 3
	}
	sort.Strings(tablesNames)

	answer := make([]byte, 0, size)
	answer = append(answer, packHeader(0x00010000, tablesCount, findSize, writer, rOffset)...)

	offset := 12 + tablesCount*16
	begin := 0

	for _, name := range tablesNames {
		data := utf.outTablesData[name]
		if name == "head" {
			begin = offset
		}
		answer = append(answer, name...)
		hi, lo := tableChecksum(data)
		answer = binary.BigEndian.AppendUint16(answer, uint16(hi))
		answer = binary.BigEndian.AppendUint16(answer, uint16(lo))
		answer = binary.BigEndian.AppendUint32(answer, uint32(offset))
		answer = binary.BigEndian.AppendUint32(answer, uint32(len(data)))
		offset += (len(data) + 3) &^ 3
	}

	for _, name := range tablesNames {
		data := utf.outTablesData[name]
		answer = append(answer, data...)
		answer = append(answer, make([]byte, (len(data)+3)&^3-len(data))...)
	}

	hi, lo := tableChecksum(answer)
	checksum := utf.calcInt32([]int{0xB1B0, 0xAFBA}, []int{hi, lo})
	binary.BigEndian.PutUint16(answer[begin+8:], uint16(checksum[0]))
	binary.BigEndian.PutUint16(answer[begin+10:], uint16(checksum[1]))
	return answer
}

// tableChecksum is generateChecksum of data padded with zeros to a
// multiple of four bytes, without padding a copy of it. generateChecksum
// adds the big-endian 32-bit words in two 16-bit halves, carrying from the
// low half into the high one and dropping the carry out of the high one:
// that is the words' sum modulo 2^32, which this computes directly, two
// words per step.
func tableChecksum(data []byte) (hi, lo int) {
	var sum uint32
	i := 0
	for ; i+8 <= len(data); i += 8 {
		w := binary.BigEndian.Uint64(data[i:])
		sum += uint32(w>>32) + uint32(w)
	}
	if i+4 <= len(data) {
		sum += binary.BigEndian.Uint32(data[i:])
		i += 4
	}
	if i < len(data) {
		var last [4]byte
		copy(last[:], data[i:])
		sum += binary.BigEndian.Uint32(last[:])
	}
	return int(sum >> 16), int(sum & 0xFFFF)
}

func unpackUint16Array(data []byte) []int {
	answer := make([]int, 1, 1+len(data)/2)
	for ; len(data) >= 2; data = data[2:] {
		answer = append(answer, int(binary.BigEndian.Uint16(data)))
	}
	return answer
}

func unpackUint32Array(data []byte) []int {
	answer := make([]int, 1, 1+len(data)/4)
	for ; len(data) >= 4; data = data[4:] {
		answer = append(answer, int(binary.BigEndian.Uint32(data)))
	}
	return answer
}

func unpackUint16(data []byte) int {
	return int(binary.BigEndian.Uint16(data))
}

func packHeader(N uint32, n1, n2, n3, n4 int) []byte {
	answer := make([]byte, 0)
	bs4 := make([]byte, 4)
	binary.BigEndian.PutUint32(bs4, N)
	answer = append(answer, bs4...)
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n2))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n3))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n4))
	answer = append(answer, bs...)
	return answer
}

func pack2Uint16(n1, n2 int) []byte {
	answer := make([]byte, 0)
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n2))
	answer = append(answer, bs...)
	return answer
}

func pack2Uint32(n1, n2 int) []byte {
	answer := make([]byte, 0)
	bs := make([]byte, 4)
	binary.BigEndian.PutUint32(bs, uint32(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint32(bs, uint32(n2))
	answer = append(answer, bs...)
	return answer
}

func packUint32(n1 int) []byte {
	bs := make([]byte, 4)
	binary.BigEndian.PutUint32(bs, uint32(n1))
	return bs
}

func packUint16(n1 int) []byte {
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	return bs
}

func keySortStrings(s map[string][]byte) []string {
	keys := make([]string, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Strings(keys)
	return keys
}

func keySortInt(s map[int]int) []int {
	keys := make([]int, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Ints(keys)
	return keys
}

func keySortArrayRangeMap(s map[int][]int) []int {
	keys := make([]int, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Ints(keys)
	return keys
}

// UTF8CutFont is a utility function that generates a TrueType font composed
// only of the runes included in cutset. The rune glyphs are copied from This
// function is demonstrated in ExampleUTF8CutFont().
func UTF8CutFont(inBuf []byte, cutset string) (outBuf []byte) {
	f := newUTF8Font(&fileReader{readerPosition: 0, array: inBuf})
	runes := map[int]int{}
	for i, r := range cutset {
		runes[i] = int(r)
	}
	outBuf = f.GenerateCutFont(runes)
	return
}
