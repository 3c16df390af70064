#!/usr/bin/env python3
"""Writes the Word and PDF shapes of p96's notices: p95's (p94's), unchanged
(p93's docstring: writes the Word and PDF shapes of p93's notices: p92's, unchanged)
(p93's Tỉnh đoàn notice keeps its footnote's text at its end: shape it from a copy without
that line and put the line back at the foot of each shape by hand, as p92 did).

p92's docstring: writes the Word and PDF shapes of p92's notices from the texts as written: p91's
shape.py (p88's with the Đảng's header read too), and a header whose issuer is one line
(a Bộ, a company with no parent) keeps the date: p88's header_rows paired the three lines
of the Quốc hiệu's column with two of the issuer's and dropped the date; the issuer's
column now takes an empty row under the Số, as Word's header table has.

python3 shape.py word|pdf|docx NAME.txt ...
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p88shape", os.path.join(HERE, "..", "p88", "shape.py"))
p88 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(p88)
p88.MOTTOS = p88.MOTTOS + ("ĐẢNG CỘNG SẢN VIỆT NAM",)
_header_rows = p88.header_rows


def header_rows(n):
    if n["tn"] is not None and len(n["issuer"]) == 1:
        return [(n["issuer"][0], p88.QH), (n["so"], n["tn"]), ("", n["date"])]
    return _header_rows(n)


p88.header_rows = header_rows

if __name__ == "__main__":
    p88.main()
