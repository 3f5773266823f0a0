"""Reads the ISCM Atlas data package with Frictionless (PyPI `frictionless`), not the project's code.

Usage: python3 read_package.py DIR TABLE... -> JSON {table: [rows typed by the Table Schema]}.
"""
import datetime
import decimal
import json
import sys

from frictionless import Package


def plain(value):
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() and "." not in str(value) else float(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


package = Package(f"{sys.argv[1]}/datapackage.json")
out = {}
for name in sys.argv[2:]:
    rows = package.get_resource(name).read_rows()
    out[name] = [{k: plain(v) for k, v in row.items() if v is not None} for row in rows]
json.dump(out, sys.stdout)
