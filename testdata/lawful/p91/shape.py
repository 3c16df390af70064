#!/usr/bin/env python3
"""Writes the Word and PDF shapes of p91's notices from the texts as written: p88's
shape.py (../p88/shape.py, whose usage this keeps), with the Đảng's header read too, whose
"ĐẢNG CỘNG SẢN VIỆT NAM" stands where the Quốc hiệu does, as the Đoàn's and the Hội's
mottos do.

python3 shape.py word|pdf|docx NAME.txt ...
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p88shape", os.path.join(HERE, "..", "p88", "shape.py"))
p88 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(p88)
p88.MOTTOS = p88.MOTTOS + ("ĐẢNG CỘNG SẢN VIỆT NAM",)

if __name__ == "__main__":
    p88.main()
