"""A profile page's JSON-LD (on stdin) through PyLD, a JSON-LD 1.1 processor: its RDF as N-Quads on stdout."""
import json
import sys

from pyld import jsonld

print(jsonld.to_rdf(json.load(sys.stdin), {"format": "application/n-quads"}), end="")
