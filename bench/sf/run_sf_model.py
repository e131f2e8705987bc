#!/usr/bin/env python3
"""Run the Social Finance / Data to Insight children's services demand model
(SocialFinanceDigitalLabs/cs-demand-model-regional, package ``ssda903``) on a
synthetic SSDA903 extract written by ``lacx synth903`` and print one JSON line
with timings, peak RSS and the projected number of children looked after.

The model code is imported from a checkout given on the command line (it is not
copied into this project).  The model is driven exactly as the web app drives it
(dm_regional_app/views.py ``prediction`` / ``validate_with_prediction``, with the
default scenario of dm_regional_app/middleware/scenario_middleware.py and no
historic filters):

    datastore = StorageDataStore(default_storage, DATA_SOURCE)      # reader.read_data
    dc = DemandModellingDataContainer(datastore)
    stats = PopulationStats(df=dc.enriched_view,
                            data_start_date=dc.data_start_date,
                            data_end_date=dc.data_end_date)
    prediction = predictor.predict(stats, reference_start_date, reference_end_date,
                                   prediction_start_date=dc.data_end_date,
                                   prediction_end_date=start + N months)

Usage:
    run_sf_model.py MODEL_CHECKOUT EXTRACT_DIR [--ref-start YYYY-MM-DD]
                    [--ref-end YYYY-MM-DD] [--months 24] [--years 6] ...

See README.md in this folder.
"""
import argparse
import contextlib
import csv
import datetime as dt
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def collection_year(d):
    """SSDA903 collection year (year ending 31 March) that contains date d."""
    return d.year + 1 if d.month >= 4 else d.year


def parse_date(s):
    return dt.date.fromisoformat(s)


def git_commit(path):
    try:
        return subprocess.run(
            ["git", "-C", path, "rev-parse", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    except Exception:
        return None


# ---------------------------------------------------------------------------
# Adaptation of the lacx synth903 files to the layout the SF model reads.
# Only the representation changes: dd/mm/yyyy dates become ISO yyyy-mm-dd (the
# model parses with format="%Y-%m-%d"), and the two "data platform" columns LA
# and YEAR that the model requires are added.  No row is added, dropped or
# altered.
# ---------------------------------------------------------------------------

def adapt_extract(pd, src, dst, la, years, end_year):
    def iso(series):
        return pd.to_datetime(series, format="%d/%m/%Y").dt.strftime("%Y-%m-%d")

    # Read everything as text so that codes/IDs are written back untouched.
    ep = pd.read_csv(os.path.join(src, "episodes.csv"), dtype=str, keep_default_na=False)
    hd = pd.read_csv(os.path.join(src, "header.csv"), dtype=str, keep_default_na=False)
    ua = pd.read_csv(os.path.join(src, "uasc.csv"), dtype=str, keep_default_na=False)

    decom = pd.to_datetime(ep["DECOM"], format="%d/%m/%Y")
    dec = pd.to_datetime(ep["DEC"].where(ep["DEC"] != ""), format="%d/%m/%Y")
    if end_year is None:
        last = max(decom.max(), dec.max())
        end_year = collection_year(last.date())
    first_year = end_year - years + 1

    # YEAR = the latest annual return (year ending 31 March) that would carry
    # the episode: the year in which it closed, or the last year if still open;
    # clipped into [first_year, end_year] (episodes that closed before the
    # first year are history of children already in care - a real multi-year
    # extract would not hold them, but they do not change any in-window count;
    # they get first_year so that data_start_date = 1 April first_year-1).
    ycol = dec.dt.year + (dec.dt.month >= 4).astype(int)
    ycol = ycol.fillna(end_year).clip(first_year, end_year).astype(int)
    ep["DECOM"] = iso(ep["DECOM"])
    nz = ep["DEC"] != ""
    ep.loc[nz, "DEC"] = iso(ep.loc[nz, "DEC"])
    ep["LA"] = la
    ep["YEAR"] = ycol.values

    child_year = ep.groupby("CHILD")["YEAR"].max()
    for df in (hd, ua):
        for c in ("DOB", "MC_DOB", "DUC"):
            if c in df.columns:
                nz = df[c] != ""
                df.loc[nz, c] = iso(df.loc[nz, c])
        df["LA"] = la
        df["YEAR"] = df["CHILD"].map(child_year).fillna(end_year).astype(int).values

    os.makedirs(dst, exist_ok=True)
    for name, df in (("episodes.csv", ep), ("header.csv", hd), ("uasc.csv", ua)):
        df.to_csv(os.path.join(dst, name), index=False, quoting=csv.QUOTE_MINIMAL)
    return {"episodes_rows": len(ep), "header_rows": len(hd), "uasc_rows": len(ua),
            "first_year": int(first_year), "end_year": int(end_year)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="checkout of cs-demand-model-regional (imported via sys.path)")
    ap.add_argument("extract", help="folder written by `lacx synth903` (header.csv, episodes.csv, uasc.csv)")
    ap.add_argument("--ref-start", type=parse_date, default=None,
                    help="reference (statistics) window start, YYYY-MM-DD "
                         "(default as the app: data_start_date)")
    ap.add_argument("--ref-end", type=parse_date, default=None,
                    help="reference window end, YYYY-MM-DD (default as the app: data_end_date)")
    ap.add_argument("--months", type=int, default=24, help="projection horizon in months (default 24)")
    ap.add_argument("--prediction-start", type=parse_date, default=None,
                    help="projection start (default as the app: data_end_date)")
    ap.add_argument("--years", type=int, default=6,
                    help="collection years the extract covers (the synth903 --years; default 6)")
    ap.add_argument("--end-year", type=int, default=None,
                    help="last collection year (year ending 31 March); default from the data")
    ap.add_argument("--la", default="SYNTH", help="value for the LA column the model requires")
    ap.add_argument("--work-dir", default=None,
                    help="where to write the adapted CSVs (default: a temporary folder, removed)")
    ap.add_argument("--dump", default=None,
                    help="folder to write transition rates, entry rates, initial stock and the "
                         "daily projection as CSV for like-for-like comparison")
    ap.add_argument("--prepare-only", action="store_true",
                    help="only write the adapted CSVs to --work-dir and exit")
    ap.add_argument("--sf-layout", action="store_true",
                    help="EXTRACT is already in the SF layout (written by --prepare-only): "
                         "skip the adaptation, so timings and peak RSS are the model's alone")
    ap.add_argument("--verbose", action="store_true", help="model debug logging to stderr")
    a = ap.parse_args()

    logging.basicConfig(stream=sys.stderr,
                        level=logging.DEBUG if a.verbose else logging.WARNING)
    model = os.path.abspath(a.model)
    sys.path.insert(0, model)

    # ssda903.datastore imports Django (InMemoryUploadedFile, Storage); the app
    # reads its data through django default_storage, so configure a minimal
    # standalone Django (no database, no app) for FileSystemStorage.
    import django
    from django.conf import settings
    if not settings.configured:
        settings.configure(USE_TZ=False, DEBUG=False)
    django.setup()

    import numpy as np
    import pandas as pd
    from dateutil.relativedelta import relativedelta
    from django.core.files.storage import FileSystemStorage

    from ssda903 import DemandModellingDataContainer, PopulationStats, StorageDataStore
    from ssda903.predictor import predict
    from ssda903.config import AgeBrackets, PlacementCategories

    t0 = time.perf_counter()
    tmp = None
    work = a.work_dir
    if a.prepare_only and not work:
        ap.error("--prepare-only needs --work-dir")
    if a.sf_layout:
        work = a.extract
        with open(os.path.join(work, "episodes.csv")) as f:
            ad = {"episodes_rows": sum(1 for _ in f) - 1}
    elif work is None:
        tmp = tempfile.mkdtemp(prefix="sf903_")
        work = tmp
    try:
        if not a.sf_layout:
            ad = adapt_extract(pd, a.extract, work, a.la, a.years, a.end_year)
            if a.prepare_only:
                print(json.dumps(ad))
                return
        rss_adapt = rss_mb()
        t_adapt = time.perf_counter()

        # ---- load: the model's own reader + cleaning + enrichment ----------
        datastore = StorageDataStore(FileSystemStorage(location=work), "")
        dc = DemandModellingDataContainer(datastore)
        enriched = dc.enriched_view
        data_start, data_end = dc.data_start_date, dc.data_end_date
        t_load = time.perf_counter()

        ref_start = a.ref_start or data_start
        ref_end = a.ref_end or data_end
        pred_start = a.prediction_start or data_end
        pred_end = pred_start + relativedelta(months=a.months)

        # ---- statistics: exactly the calls predict() makes (all cached on
        # the PopulationStats object, so predict() below re-uses them) -------
        stats = PopulationStats(df=enriched, data_start_date=data_start,
                                data_end_date=data_end)
        stock0 = stats.stock_at(pred_start)
        rates = stats.raw_transition_rates(ref_start, ref_end)
        entrants = stats.daily_entrants(ref_start, ref_end)
        t_stats = time.perf_counter()

        # ---- projection: ssda903.predictor.predict (daily multinomial steps)
        with contextlib.redirect_stdout(sys.stderr):  # predict() print()s a banner
            pred = predict(stats=stats, reference_start_date=ref_start,
                           reference_end_date=ref_end, prediction_start_date=pred_start,
                           prediction_end_date=pred_end)
        t_proj = time.perf_counter()
        cache_hits = (stats.raw_transition_rates.cache_info().hits,
                      stats.daily_entrants.cache_info().hits,
                      stats.stock_at.cache_info().hits)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    # ---- summarise ---------------------------------------------------------
    nic = PlacementCategories.NOT_IN_CARE.value.label
    pop = pred.population
    in_care_cols = [c for c in pop.columns if nic not in c]
    totals = pop[in_care_cols].sum(axis=1)
    month_dates = [pred_start + relativedelta(months=k) for k in range(1, a.months + 1)]
    by_month = [round(float(totals.loc[d]), 3) for d in month_dates]
    var_tot = pred.variance[in_care_cols].sum(axis=1)  # as the app: sum of bin variances

    end = pop.iloc[-1][in_care_cols]
    by_bin = {k: round(float(v), 3) for k, v in end.items()}
    def split(c):
        age, place = c.split(" - ", 1)
        return age, place
    by_place, by_age = {}, {}
    for c, v in end.items():
        age, place = split(c)
        by_place[place] = by_place.get(place, 0.0) + float(v)
        by_age[age] = by_age.get(age, 0.0) + float(v)
    age_order = [b.value.label for b in AgeBrackets._members_by_index()]
    place_order = [p.value.label for p in PlacementCategories._members_by_index()]

    init_in_care = stock0[[c for c in stock0.index if nic not in c]]
    if a.dump:
        os.makedirs(a.dump, exist_ok=True)
        pred.transition_rates.rename("daily_rate").to_csv(os.path.join(a.dump, "transition_rates.csv"))
        pred.entry_rates.rename("daily_entrants").to_csv(os.path.join(a.dump, "entry_rates.csv"))
        stock0.rename("children").to_csv(os.path.join(a.dump, "initial_stock.csv"))
        pop.to_csv(os.path.join(a.dump, "projection_daily.csv"), index_label="date")
        pred.variance.to_csv(os.path.join(a.dump, "projection_variance_daily.csv"), index_label="date")

    out = {
        "episodes": ad["episodes_rows"],
        "load_s": round(t_load - t_adapt, 3),
        "stats_s": round(t_stats - t_load, 3),
        "project_s": round(t_proj - t_stats, 3),
        "total_s": round(t_proj - t_adapt, 3),  # model only: load + stats + project
        "adapt_s": round(t_adapt - t0, 3),       # our CSV adaptation (not the model)
        "wall_s": round(t_proj - t0, 3),
        "peak_rss_mb": round(rss_mb(), 1),
        "peak_rss_before_model_mb": round(rss_adapt, 1),
        "projected_total_by_month": by_month,
        "projected_total_sd_end": round(float(np.sqrt(var_tot.iloc[-1])), 3),
        "initial_total": round(float(init_in_care.sum()), 3),
        "end_by_placement_type": {p: round(by_place[p], 3) for p in place_order if p in by_place},
        "end_by_age_band": {g: round(by_age[g], 3) for g in age_order if g in by_age},
        "end_by_state": by_bin,
        "model_rows_after_cleaning": int(len(dc.combined_data)),
        "model_rows_enriched": int(len(enriched)),
        "states": len(pop.columns),
        "nonzero_transition_rates": int((pred.transition_rates != 0).sum()),
        "data_start_date": str(data_start), "data_end_date": str(data_end),
        "reference_start_date": str(ref_start), "reference_end_date": str(ref_end),
        "prediction_start_date": str(pred_start), "prediction_end_date": str(pred_end),
        "collection_years": [ad.get("first_year"), ad.get("end_year")],
        "stats_cache_hits_in_predict": list(cache_hits),
        "model_commit": git_commit(model),
        "python": sys.version.split()[0], "pandas": pd.__version__, "numpy": np.__version__,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
