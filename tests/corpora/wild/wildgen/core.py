"""Document builder: text is appended piece by piece and every labelled
value's span is recorded at the moment it is appended (no string search)."""

TYPES = (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
    "ip_address", "ssn", "mrn", "health_plan", "account", "license",
    "vehicle", "device", "biometric", "id",
)


class Doc:
    """Append-only text buffer with span bookkeeping.

    add() takes any mix of
      * str            -> plain, unlabelled text (passed through self.filter)
      * (type, value)  -> labelled value, recorded as a span
      * (None, value)  -> plain text that bypasses self.filter
      * None           -> ignored (convenient for optional pieces)
    """

    def __init__(self, style):
        self.style = style
        self._parts = []
        self._len = 0
        self.spans = []
        self._expected = []
        self.filter = None  # optional callable applied to plain str pieces

    def _put(self, s):
        self._parts.append(s)
        self._len += len(s)

    def add(self, *pieces):
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, str):
                if self.filter is not None:
                    p = self.filter(p)
                self._put(p)
            elif isinstance(p, tuple) and len(p) == 2:
                typ, val = p
                if typ is None:
                    self._put(val)
                    continue
                if typ not in TYPES:
                    raise ValueError("unknown type %r" % typ)
                if not isinstance(val, str) or not val:
                    raise ValueError("bad span value %r" % (val,))
                start = self._len
                self._put(val)
                self.spans.append({"type": typ, "start": start, "end": self._len})
                self._expected.append(val)
            elif isinstance(p, list):
                self.add(*p)
            else:
                raise TypeError("bad piece %r" % (p,))
        return self

    # convenience: add + newline
    def line(self, *pieces):
        self.add(*pieces)
        self._put("\n")
        return self

    def nl(self, n=1):
        self._put("\n" * n)
        return self

    @property
    def text(self):
        return "".join(self._parts)

    def last_char(self):
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def validate(self):
        text = self.text
        prev_end = -1
        for sp, val in zip(self.spans, self._expected):
            s, e = sp["start"], sp["end"]
            if text[s:e] != val:
                raise AssertionError("span mismatch in %s: %r != %r" % (self.style, text[s:e], val))
            if s <= prev_end:
                # overlapping, or two spans glued together with no separator
                raise AssertionError("overlapping/touching spans in %s at %d" % (self.style, s))
            if val != val.strip():
                raise AssertionError("span with outer whitespace in %s: %r" % (self.style, val))
            prev_end = e
        return text

    def record(self, doc_id):
        text = self.validate()
        return {
            "id": doc_id,
            "style": self.style,
            "text": text,
            "spans": [dict(sp) for sp in self.spans],
        }
