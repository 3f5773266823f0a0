"""Counts one ISCM's full members (code 1) in one year of the panel, with Python's own csv module.

Usage: python3 panel_csv.py panel-state-iscm-year.csv ISCM YEAR -> the count on stdout.
"""
import csv
import sys

path, iscm, year = sys.argv[1], sys.argv[2], sys.argv[3]
with open(path, newline="", encoding="utf-8") as f:
    print(sum(1 for row in csv.DictReader(f) if row["iscm"] == iscm and row["year"] == year and row["status"] == "1"))
