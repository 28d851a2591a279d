from __future__ import annotations

import re
import string

from claimline.errors import EXIT_CODES, ClaimlineError, Errors


def codes():
    return sorted(name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name))


def test_every_code_formats_and_names_itself():
    for code in codes():
        fields = {f for _, f, _, _ in string.Formatter().parse(getattr(Errors, code)) if f}
        err = ClaimlineError(code, **{f: "x" for f in fields})
        assert str(err).startswith(f"[{code}] ")
        assert err.to_dict()["code"] == code


def test_codes_are_well_formed_and_many():
    assert len(codes()) >= 10
    assert len(set(codes())) == len(codes())


def test_exit_codes_documented():
    assert set(EXIT_CODES) == {0, 1, 2, 3, 130}
