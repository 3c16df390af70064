// Package pdf lays a composed notice out on A4 pages as Nghị định
// 30/2020/NĐ-CP requires and draws it with fpdf (codeberg.org/go-pdf/fpdf).
//
// Layout and drawing are apart. Layout is pure: it turns a
// compose.Document into placed boxes (page, x and y in millimetres, font
// style, size in points, text, and the role of the box), which tests check
// against the decree (spec §14). Draw puts those boxes on fpdf pages and
// nothing else; the same layout always gives the same bytes.
//
// Body text is filled line by line and justified, as Word fills it; a
// number or date never splits at a line end. The trích yếu is set as a
// person sets a centred title: balanced lines that never break inside a
// name, a title or a place, with no word alone on the last line (phrase.go,
// balance.go); Nơi nhận lines keep those phrases whole too. Pages break as
// Word's widow and orphan control and "keep with next" break them.
//
// Drawing uses internal/fpdf, a copy of fpdf v0.12.0 patched to parse each
// font once per process, to reuse and speed up its compressors and to write
// shorter CIDToGIDMaps (its PATCHES.md lists the changes); a test holds it
// to upstream's PDF on every seed: the same objects and, once inflated, the
// same streams.
package pdf
