"""What the entry-by-entry rule tests share: the rules, the same rules with one entry taken out,
and the value of a row that a probe compares."""
from __future__ import annotations

import copy

from pipeline.rules import Rules, load_rules

RULES = load_rules()


def lookup(data, path: tuple):
    for key in path:
        data = data[key]
    return data


def entries(path: tuple, rules: Rules = RULES) -> list:
    """The entries of a list (or the keys of a table), each once."""
    return list(dict.fromkeys(lookup(rules.data, path)))


def without(path: tuple, entry, rules: Rules = RULES) -> Rules:
    """`rules` with one entry of the list (or one key of the table) at `path` taken out."""
    data = copy.deepcopy(rules.data)
    parent = lookup(data, path[:-1])
    if isinstance(parent[path[-1]], dict):
        del parent[path[-1]][entry]
    else:
        parent[path[-1]] = [e for e in parent[path[-1]] if e != entry]
    return Rules(directory=rules.directory, data=data, digest="ablated")


def value(row: dict, field: str):
    """What a probe compares: one field, the Ki-67 pair, or the whole row ('row')."""
    if field == "row":
        return tuple((k, str(v)) for k, v in row.items())
    return (row["ki67_low"], row["ki67_high"]) if field == "ki67" else row[field]


def unneeded(path: tuple, outcome) -> list[str]:
    """Entries whose example gives the same outcome with the full rules and without the entry."""
    out = []
    for entry in entries(path):
        full, ablated = outcome(RULES, entry), outcome(without(path, entry), entry)
        if full == ablated:
            out.append(f"{entry!r}: {full!r} either way")
    return out
