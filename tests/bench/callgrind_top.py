#!/usr/bin/env python3
"""callgrind_top.py FILE [N]: the top N (default 15) functions of a callgrind
profile, inclusive and self, as two markdown tables, with C++ names cut
down to what tells them apart (no argument lists, no template arguments).
scale_bench.sh --profile writes one per profile."""
import re
import subprocess
import sys

WRAPPERS = {"main", "guarded_main", "run"}
LINE = re.compile(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*?):(.*?)(?: \[(.*)\])?$")


def strip_nested(s, open_, close):
    out, depth = [], 0
    for ch in s:
        if ch == open_:
            depth += 1
        elif ch == close and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def short(fn):
    name = fn.replace("(anonymous namespace)::", "").replace("operator()", "operator«»")
    name = strip_nested(strip_nested(name.replace("operator<<", "operator«"), "(", ")"), "<", ">")
    name = name.replace("operator«»", "operator()").replace("operator«", "operator<<")
    name = name.replace("[abi:cxx11]", "").replace("std::__cxx11::", "std::").replace("solnet::", "")
    name = re.sub(r"nlohmann::json_abi_v[\d_]+::", "nlohmann::", name)
    name = re.sub(r" const$", "", name.strip())
    return re.sub(r"^(?:[\w:&*]+ )+(?=[\w:~]+)", "", name)  # a return type left in front


def top(path, inclusive, n):
    """The n costliest functions: a function callgrind lists under several
    source files (inlined code) is one row, its self costs added up."""
    args = ["callgrind_annotate", "--auto=no", "--threshold=100"] + (["--inclusive=yes"] if inclusive else []) + [path]
    text = subprocess.run(args, stdout=subprocess.PIPE, text=True, check=True).stdout
    total, cost, library = None, {}, {}
    for line in text.splitlines():
        if line.rstrip().endswith("PROGRAM TOTALS"):
            total = int(line.split()[0].replace(",", ""))
            continue
        m = LINE.match(line)
        if not m or total is None:
            continue
        name = short(m.group(4))
        ir = int(m.group(1).replace(",", ""))
        # main, what encloses it and the commands' thin mains say nothing
        if (not name or name.startswith(("0x", "???", "__libc_start")) or name in WRAPPERS
                or ir > 0.99 * total):
            continue
        cost[name] = max(cost.get(name, 0), ir) if inclusive else cost.get(name, 0) + ir
        if m.group(5) and "/cmd/" not in m.group(5):
            library.setdefault(name, m.group(5).rsplit("/", 1)[-1])
    rows = sorted(cost.items(), key=lambda kv: -kv[1])[:n]
    return total, [(f"{name} [{library[name]}]" if name in library else name, ir) for name, ir in rows]


def main():
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
    for inclusive in (True, False):
        total, rows = top(path, inclusive, n)
        print(f"\n| {'inclusive' if inclusive else 'self'} Ir | % | function |\n|---:|---:|---|")
        for name, ir in rows:
            print(f"| {ir:,} | {100 * ir / total:.1f} | `{name}` |")
    print(f"\nTotal: {total:,} instructions")


if __name__ == "__main__":
    main()
