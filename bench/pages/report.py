"""Summarises bench/pages.sh's measurements: the wrk rounds (round, page, requests, seconds, p50 us, p99 us, errors, statements)
and the lone requests (page, median seconds, statements over 3 requests)."""
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
single = {}
for line in open(sys.argv[2]):
    if line.strip():
        page, secs, calls = line.rstrip("\n").split("\t")
        single[page] = (float(secs) * 1000, int(calls) / 3)
rounds = sorted({r["round"] for v in by.values() for r in v})
floor = {name: {r["round"]: r["rps"] for r in by.get(name, [])} for name in ("floor /raw", "floor /razor")}


def ratios(page, name):
    return "/".join(f"{r['rps'] / floor[name][r['round']]:.3f}" if floor[name].get(r["round"]) else "-" for r in by[page])


print()
print("| page | req/s median [min-max] | p50 ms | p99 ms | errors | x /raw per round | x /razor per round | SQL/req | lone req ms |")
print("|---|---|---|---|---|---|---|---|---|")
for page in pages:
    v = by[page]
    rps = [r["rps"] for r in v]
    done = [r for r in v if r["req"] > 0]
    p50 = f"{statistics.median(r['p50'] for r in done):.1f}" if done else "-"
    p99 = f"{statistics.median(r['p99'] for r in done):.1f}" if done else "-"
    if len(done) < len(v):
        p50, p99 = p50 + f" ({len(v) - len(done)} round(s) with none done)", p99
    lone_ms, sql = single.get(page, (float("nan"), float("nan")))
    print(f"| {page} | {statistics.median(rps):.1f} [{min(rps):.1f}-{max(rps):.1f}] | {p50} | {p99} | {sum(r['errors'] for r in v)} "
          f"| {ratios(page, 'floor /raw')} | {ratios(page, 'floor /razor')} | {sql:.1f} | {lone_ms:.0f} |")
print()
print(f"{len(rounds)} rounds; req/s, p50 and p99 are medians over rounds (p50/p99 from wrk within each round); errors are summed "
      "(non-2xx responses plus socket errors and timeouts); ratios are the page's req/s over the floor's in the same round; "
      "p50/p99 leave out rounds in which no request finished within the duration (wrk drops requests still in flight); "
      "SQL/req is pg_stat_statements calls (DISCARD ALL left out) over 3 lone requests, one at a time, and lone req ms their median latency.")
