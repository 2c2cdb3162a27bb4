"""A long family of parametrized checks runs whole in `make test-exhaustive` and as a sample in `make test`.

`make test` is the loop a developer runs after each change, kept under three minutes on a two-core laptop;
`.ci/run` runs both targets, so no member of a family goes unchecked before a change lands. A family whose
members each cost seconds (a CLI process, a pipeline rebuilt per entry, a text of 160 KB) keeps in `make test`
the members that stand for its kinds, named beside the family, and marks the rest `exhaustive`."""
from __future__ import annotations

import pytest


def sampled(members, quick, ids=None) -> list:
    """The members as pytest parameters: those in `quick` plain, the others marked exhaustive."""
    members = list(members)
    names = [ids(m) for m in members] if ids else [None] * len(members)
    return [pytest.param(m, id=name) if m in quick else pytest.param(m, id=name, marks=pytest.mark.exhaustive)
            for m, name in zip(members, names)]
