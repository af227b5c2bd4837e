#!/usr/bin/env python3
"""Folds the execution samples that `jfr print --events jdk.ExecutionSample` prints into "root;...;leaf count"
lines (one per distinct stack), the input of bench/flamegraph.py. Usage: jfr-fold.py samples.txt out.folded"""
import collections
import re
import sys

FRAME = re.compile(r"^\s*(\S+)\(.*\)\s+line:")


def stacks(lines):
    stack = None
    for line in lines:
        if line.startswith("jdk.ExecutionSample"):
            stack = []
        elif stack is not None and line.strip().startswith("]"):
            yield stack
            stack = None
        elif stack is not None:
            match = FRAME.match(line)
            if match:
                stack.append(match.group(1))


def main(source, target):
    with open(source) as text:
        counts = collections.Counter(";".join(reversed(stack)) for stack in stacks(text) if stack)
    with open(target, "w") as out:
        for stack, count in sorted(counts.items()):
            out.write(f"{stack} {count}\n")
    print(f"{sum(counts.values())} samples, {len(counts)} distinct stacks -> {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
