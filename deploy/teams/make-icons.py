#!/usr/bin/env python3
"""Draws the Teams app icons without any image library: color.png (192x192, the route on the accent colour)
and outline.png (32x32, the same route in white on transparent, as Teams requires). Run it again after a
change of design; the PNGs are committed, so the package build does not need Python."""
import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x6F, 0x5C)  # keep in step with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)

# The route, in a unit square: three stops joined by a winding path, the last one a flag.
STOPS = [(0.27, 0.76), (0.70, 0.56), (0.33, 0.30)]
FLAG = [(0.33, 0.30), (0.33, 0.12), (0.62, 0.19), (0.33, 0.26)]


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_triangle(px, py, a, b, c):
    def side(p1, p2):
        return (px - p2[0]) * (p1[1] - p2[1]) - (p1[0] - p2[0]) * (py - p2[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def covered(x, y, line, dot):
    """Whether a point of the unit square belongs to the white route symbol."""
    for (ax, ay), (bx, by) in zip(STOPS, STOPS[1:]):
        if segment_distance(x, y, ax, ay, bx, by) <= line:
            return True
    if any(math.hypot(x - sx, y - sy) <= dot for sx, sy in STOPS):
        return True
    if segment_distance(x, y, *FLAG[0], *FLAG[1]) <= line * 0.6:
        return True
    return in_triangle(x, y, FLAG[1], FLAG[2], FLAG[3])


def render(size, line, dot, background):
    """RGBA rows, 4x4 supersampled for smooth edges."""
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray()
        for px in range(size):
            hits = sum(covered((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size, line, dot)
                       for i in range(samples) for j in range(samples))
            coverage = hits / (samples * samples)
            if background is None:  # outline: white, with the coverage as alpha
                row += bytes(WHITE) + bytes([round(255 * coverage)])
            else:
                row += bytes(round(b + (w - b) * coverage) for b, w in zip(background, WHITE)) + b"\xff"
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, render(192, 0.045, 0.085, ACCENT))
    write_png(os.path.join(here, "outline.png"), 32, render(32, 0.06, 0.11, None))
