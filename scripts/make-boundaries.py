#!/usr/bin/env python3
"""Writes the map boundaries the web pages use, in the project's own compact form.

Reads the GeoJSON in ../shared/data/raw/boundaries_geographr/ (ONS "Counties and Unitary Authorities (May 2021)",
Ultra Generalised, OGL v3; see SOURCES.md section 14) and writes
app/src/main/resources/static/geo/wales.json and england.json:
- coordinates rounded to 3 decimals (about 100 m; the source is already generalised to 500 m),
- each ring simplified with Douglas-Peucker (tolerance 0.001 degrees) and consecutive duplicates dropped,
- properties reduced to "code" (GSS) and "name", features sorted by code, compact JSON.
Usage: scripts/make-boundaries.py [RAW_FOLDER]   (default ../shared/data/raw relative to the repository)
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANDIDATES = [os.path.join(ROOT, "..", "shared", "data", "raw"), os.path.join(ROOT, "..", "..", "shared", "data", "raw")]
RAW = sys.argv[1] if len(sys.argv) > 1 else next((c for c in CANDIDATES if os.path.isdir(c)), CANDIDATES[0])
OUT = os.path.join(ROOT, "app", "src", "main", "resources", "static", "geo")
TOLERANCE = 0.001
PLACES = 3
ATTRIBUTION = ("Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
               "Contains OS data (c) Crown copyright and database right 2021")


def perpendicular(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = 0, 0.0
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > distance:
                index, distance = i, d
        if distance > TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    simplified = simplify(points)
    if len(simplified) < 4:
        simplified = points
    rounded = []
    for x, y in simplified:
        p = [round(x, PLACES), round(y, PLACES)]
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded if len(rounded) >= 4 else None


def polygon(rings):
    out = [r for r in (ring(r) for r in rings) if r]
    return out if out else None


def geometry(geom):
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(geom["coordinates"])}
    polygons = [p for p in (polygon(p) for p in geom["coordinates"]) if p]
    return {"type": "MultiPolygon", "coordinates": polygons}


def convert(source, target):
    with open(os.path.join(RAW, "boundaries_geographr", source), encoding="utf-8") as f:
        data = json.load(f)
    features = []
    for feature in sorted(data["features"], key=lambda f: f["properties"]["code"]):
        features.append({"type": "Feature",
                         "properties": {"code": feature["properties"]["code"], "name": feature["properties"]["name"]},
                         "geometry": geometry(feature["geometry"])})
    out = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, target), "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    print(f"{target}: {len(features)} areas, {os.path.getsize(os.path.join(OUT, target))} bytes")


convert("wales_la_2021.geojson", "wales.json")
convert("england_utla_2021.geojson", "england.json")
