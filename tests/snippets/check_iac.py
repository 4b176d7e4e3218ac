"""Reads Terraform (HCL) and ROS (YAML) documents with real parsers and prints what
they hold, for crates/vsg-core/tests/iac*.rs.

stdin: {"syntax": "hcl" | "yaml", "docs": ["…", …]}
stdout: one JSON list, an entry per document: {"value": …} or {"error": "…"}.

HCL is read by python-hcl2 (pinned in requirements.txt) with string values as values
(`strip_string_quotes`). Two things are added to what python-hcl2 does:

- A quoted string must be a literal: an interpolation or a directive in one is an
  error (the emitters never write one).
- python-hcl2 hands back the escaped template markers `$${…}` and `%%{…}` as source
  text (one token each, including everything up to the next `}`, backslash escapes
  unresolved). The hclsyntax spec reads `$${` as `${` and `%%{` as `%{`, and the
  rest as literal text, so the checker resolves those tokens that way: each marker
  loses its first character, and the text between markers goes through
  python-hcl2's own `process_escape_sequences`, as its plain text does. An escaped
  marker with no `}` after it is a python-hcl2 parse error (its grammar requires the
  brace; Terraform does not): it is reported as an error like any other.

YAML is read by PyYAML's safe_load; a value JSON has no type for (a date, bytes, …)
is printed as {"python_type": …, "repr": …}, so that it never looks like a string.
"""

import json
import re
import sys

import hcl2
import yaml
from hcl2.rules.strings import StringRule
from hcl2.utils import SerializationOptions, process_escape_sequences

LITERAL_PARTS = {"STRING_CHARS", "ESCAPED_INTERPOLATION", "ESCAPED_DIRECTIVE"}
MARKER = re.compile(r"(\$\$\{|%%\{)")


def template_text(source):
    """The value of literal template text: `$${` is `${`, `%%{` is `%{`."""
    return "".join(
        piece[1:] if MARKER.fullmatch(piece) else process_escape_sequences(piece)
        for piece in MARKER.split(source)
    )


def part_value(part, options, context):
    """One part of a quoted string as text; anything but literal text is an error."""
    kind = part.content.lark_name()
    if kind not in LITERAL_PARTS:
        raise ValueError(f"a {kind} in a quoted string")
    return template_text(part.serialize(options, context))


StringRule._serialize_part_as_value = staticmethod(part_value)

HCL_OPTIONS = SerializationOptions(
    strip_string_quotes=True, with_comments=False, explicit_blocks=False
)


def typed(value):
    return {"python_type": type(value).__name__, "repr": repr(value)}


def read(syntax, doc):
    if syntax == "hcl":
        return hcl2.loads(doc, serialization_options=HCL_OPTIONS)
    if syntax == "yaml":
        return yaml.safe_load(doc)
    raise ValueError(f"unknown syntax {syntax!r}")


def main():
    request = json.load(sys.stdin)
    results = []
    for doc in request["docs"]:
        try:
            value = read(request["syntax"], doc)
            results.append({"value": json.loads(json.dumps(value, default=typed))})
        except Exception as e:  # every failure is reported, per document
            results.append({"error": f"{type(e).__name__}: {e}"})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
