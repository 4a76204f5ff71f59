"""Summarises bench/pages.sh's measurements (a TSV: round, page, requests, seconds, p50 us, p99 us, errors, statements)."""
import statistics
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
pages, by = [], {}
for rnd, page, req, secs, p50, p99, errors, statements in rows:
    if page not in by:
        pages.append(page)
        by[page] = []
    by[page].append(dict(round=int(rnd), rps=int(req) / float(secs), req=int(req), p50=int(p50) / 1000, p99=int(p99) / 1000,
                         errors=int(errors), sql=int(statements) / max(int(req), 1)))
rounds = sorted({r["round"] for v in by.values() for r in v})
floor = {name: {r["round"]: r["rps"] for r in by.get(name, [])} for name in ("floor /raw", "floor /razor")}


def ratios(page, name):
    return "/".join(f"{r['rps'] / floor[name][r['round']]:.3f}" if floor[name].get(r["round"]) else "-" for r in by[page])


print()
print(f"| page | req/s median [min-max] | p50 ms | p99 ms | errors | x /raw per round | x /razor per round | SQL/req |")
print("|---|---|---|---|---|---|---|---|")
for page in pages:
    v = by[page]
    rps = [r["rps"] for r in v]
    print(f"| {page} | {statistics.median(rps):.1f} [{min(rps):.1f}-{max(rps):.1f}] | {statistics.median(r['p50'] for r in v):.1f} "
          f"| {statistics.median(r['p99'] for r in v):.1f} | {sum(r['errors'] for r in v)} | {ratios(page, 'floor /raw')} "
          f"| {ratios(page, 'floor /razor')} | {statistics.median(r['sql'] for r in v):.1f} |")
print()
print(f"{len(rounds)} rounds; req/s, p50 and p99 are medians over rounds (p50/p99 from wrk within each round); errors are summed "
      "(non-2xx responses plus socket errors and timeouts); ratios are the page's req/s over the floor's in the same round; "
      "SQL/req is pg_stat_statements calls during the run divided by requests (median over rounds).")
