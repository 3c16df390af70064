// Package cite reads the pieces of Vietnamese administrative text that carry
// meaning a program can check: calendar dates ("ngày 09/01/2023", "ngày 05
// tháng 01 năm 2020"), document numbers ("26/QĐ-UBND", "30/2020/NĐ-CP",
// "13-NQ/TU"), the table of document type names and their codes (Phụ lục III
// of Nghị định 30/2020/NĐ-CP), deadlines ("trước ngày 28/02/2023", "trong
// tháng 6/2023", "định kỳ hằng tháng (trước ngày 20)") and citations of
// earlier documents.
//
// It works on plain strings with byte offsets and imports nothing else of the
// project, so the model, the checker and the renderers can all share it.
// Regular expressions are compiled once, on first use (lazyre).
package cite
