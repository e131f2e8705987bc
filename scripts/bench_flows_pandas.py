#!/usr/bin/env python3
"""Baseline for the yearly-flows step of the episodes benchmark (bench/.../EpisodesBench): the same definitions in pandas.

Reads every authority folder's episodes.csv under --dir (or --dir itself when it holds one), keeps the columns the
flows need, and counts per authority and year ending 31 March (short breaks V3/V4 and unusable rows left out, as
LAC Explorer does):
  looked_after_31_march  distinct children with DECOM <= 31 March and DEC blank or later
  started                distinct children with an RNE = S episode starting in the year
  ceased                 distinct children with an episode ending in the year with REC not X1; the route is the REC
                         of the child's last such episode in the year (latest DEC, then latest DECOM, then file order)
  ceased_returned_home   E4, E4A, E4B;  ceased_adopted E11, E12;  ceased_special_guardianship E43-E48
Years per authority come from --windows (la_code,first_year,last_year), so both sides count the same years.
Writes the counts to --out as CSV and prints one JSON line of timings. Run with Debian's python3 (pandas 1.5).
"""
import argparse
import json
import os
import resource
import sys
import time

import pandas as pd

COLUMNS = ["CHILD", "DECOM", "RNE", "LS", "DEC", "REC"]
ROUTES = {"ceased_returned_home": ["E4", "E4A", "E4B"], "ceased_adopted": ["E11", "E12"],
          "ceased_special_guardianship": ["E43", "E44", "E45", "E46", "E47", "E48"]}


def folders(root):
    if os.path.exists(os.path.join(root, "episodes.csv")):
        return [(os.path.basename(os.path.normpath(root)), root)]
    return sorted((name, os.path.join(root, name)) for name in os.listdir(root)
                  if os.path.exists(os.path.join(root, name, "episodes.csv")))


def read(root):
    frames = []
    for la, folder in folders(root):
        frame = pd.read_csv(os.path.join(folder, "episodes.csv"), usecols=COLUMNS, dtype=str, keep_default_na=False)
        frame["la_code"] = la
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def year_ending_31_march(dates):
    return dates.dt.year + (dates.dt.month >= 4).astype("Int64")


def flows(episodes, windows):
    e = episodes
    e["row"] = range(len(e))
    e["DECOM"] = pd.to_datetime(e["DECOM"], format="%d/%m/%Y", errors="coerce")
    dec_blank = e["DEC"] == ""
    e["DEC"] = pd.to_datetime(e["DEC"].where(~dec_blank), format="%d/%m/%Y", errors="coerce")
    usable = (e["CHILD"] != "") & e["DECOM"].notna() & (dec_blank | e["DEC"].notna()) \
        & (dec_blank | (e["DEC"] >= e["DECOM"])) & ~e["LS"].isin(["V3", "V4"])
    e = e[usable].merge(windows, on="la_code")
    rows = []
    years = range(int(windows["first_year"].min()), int(windows["last_year"].max()) + 1)
    # Looked after at 31 March: one vectorised mask per year.
    looked_after = []
    for year in years:
        march31 = pd.Timestamp(year=year, month=3, day=31)
        open_at = (e["DECOM"] <= march31) & (e["DEC"].isna() | (e["DEC"] > march31))
        counts = e[open_at].groupby("la_code")["CHILD"].nunique().rename("looked_after_31_march").reset_index()
        counts["year"] = year
        looked_after.append(counts)
    looked_after = pd.concat(looked_after, ignore_index=True)
    e["start_year"] = year_ending_31_march(e["DECOM"])
    started = e[e["RNE"] == "S"].groupby(["la_code", "start_year"])["CHILD"].nunique() \
        .rename("started").reset_index().rename(columns={"start_year": "year"})
    ended = e[e["DEC"].notna() & (e["REC"] != "") & (e["REC"] != "X1")].copy()
    ended["year"] = year_ending_31_march(ended["DEC"])
    ended = ended.sort_values(["la_code", "CHILD", "year", "DEC", "DECOM", "row"])
    last = ended.groupby(["la_code", "CHILD", "year"]).tail(1)
    ceased = last.groupby(["la_code", "year"]).size().rename("ceased").reset_index()
    for column, codes in ROUTES.items():
        ceased = ceased.merge(last[last["REC"].isin(codes)].groupby(["la_code", "year"]).size().rename(column)
                              .reset_index(), on=["la_code", "year"], how="left")
    grid = pd.concat([pd.DataFrame({"la_code": w.la_code, "year": range(int(w.first_year), int(w.last_year) + 1)})
                      for w in windows.itertuples()], ignore_index=True)
    out = grid.merge(looked_after, on=["la_code", "year"], how="left").merge(started, on=["la_code", "year"], how="left") \
        .merge(ceased, on=["la_code", "year"], how="left")
    return out.fillna(0).astype({c: "int64" for c in out.columns if c not in ("la_code",)})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--windows", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    cpu_started = time.process_time()
    episodes = read(args.dir)
    read_done = time.perf_counter()
    windows = pd.read_csv(args.windows, dtype={"la_code": str})
    result = flows(episodes, windows)
    done = time.perf_counter()
    result.to_csv(args.out, index=False)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"episodes": len(episodes), "seconds_read": read_done - started,
                      "seconds_flows": done - read_done, "seconds_total": done - started,
                      "cpu_seconds": time.process_time() - cpu_started, "peak_rss_mb": peak_kb / 1024,
                      "pandas": pd.__version__, "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
