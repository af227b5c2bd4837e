#!/usr/bin/env python3
"""Renders folded stacks ("root;child;leaf count" lines) as a flame graph SVG: each frame a box as wide as its
share of the samples, callers below callees. Usage: flamegraph.py in.folded out.svg [title]"""
import html
import sys
import zlib

WIDTH, ROW, MIN_PX = 1600, 16, 0.4


def tree(lines):
    root = {"name": "all", "count": 0, "children": {}}
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        node = root
        node["count"] += int(count)
        for frame in stack.split(";"):
            node = node["children"].setdefault(frame, {"name": frame, "count": 0, "children": {}})
            node["count"] += int(count)
    return root


def depth(node):
    return 1 + max((depth(child) for child in node["children"].values()), default=0)


def colour(name):
    if "haloalertbridge" in name:
        return "rgb(80,160,230)"
    hue = zlib.crc32(name.encode()) % 60
    return f"rgb({205 + hue // 2},{90 + hue},{40})"


def boxes(node, x, level, total, height, out):
    width = node["count"] / total * WIDTH
    if width < MIN_PX:
        return
    y = height - (level + 1) * ROW
    label = node["name"].rsplit("/", 1)[-1]
    share = node["count"] * 100 / total
    out.append(f'<g><title>{html.escape(node["name"])} ({node["count"]} samples, {share:.1f}%)</title>'
               f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{ROW - 1}" fill="{colour(node["name"])}"/>')
    if width > 40:
        chars = int(width / 6.5)
        text = label if len(label) <= chars else label[: max(chars - 2, 1)] + ".."
        out.append(f'<text x="{x + 3:.1f}" y="{y + ROW - 4}">{html.escape(text)}</text>')
    out.append("</g>")
    child_x = x
    for child in sorted(node["children"].values(), key=lambda c: c["name"]):
        boxes(child, child_x, level + 1, total, height, out)
        child_x += child["count"] / total * WIDTH


def main():
    source, target = sys.argv[1], sys.argv[2]
    title = sys.argv[3] if len(sys.argv) > 3 else source
    with open(source) as f:
        root = tree(f)
    height = (depth(root) + 2) * ROW
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="monospace"'
           f' font-size="11"><text x="4" y="12" font-size="13">{html.escape(title)} ({root["count"]} samples;'
           f' the bridge\'s own frames in blue; hover for names)</text>']
    boxes(root, 0, 0, root["count"], height, out)
    out.append("</svg>")
    with open(target, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
