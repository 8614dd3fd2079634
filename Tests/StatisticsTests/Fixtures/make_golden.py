#!/usr/bin/env python3
"""Generate golden.json for the Swift `Statistics` tests from SciPy / NumPy.

Run from anywhere:  python3 make_golden.py
The output is written next to this script. The seed is fixed, so re-running
with the same SciPy / NumPy versions reproduces the file byte for byte.

Conventions of the fixture:
  * numbers are Python floats serialised by `json` (repr precision);
  * an undefined outcome is recorded as `"expected_error": "<case name>"`
    (the Swift `StatisticsError` case) and the numeric fields are null;
  * Wilcoxon cases record SciPy's result for both methods ("exact" and
    "approx"), the method the Swift rule must choose (`swift_method`:
    exact iff n <= 25, no zero and no tied |d|), and the primary expected
    p (`p`), which is SciPy's answer for that method (`scipy_method`).
"""

import json
import os
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats import _mannwhitneyu

warnings.simplefilter("ignore")

rng = np.random.default_rng(20240611)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden.json")


def fl(v):
    """Plain Python float (json writes repr precision)."""
    return float(v)


def fl_list(a):
    return [float(v) for v in a]


# --------------------------------------------------------------------------
# Paired data sets (shared by Wilcoxon and the paired t-test)
# --------------------------------------------------------------------------

def continuous_pair(n, shift=0.3, scale=1.0):
    before = np.round(rng.normal(50, 10, n), 6)
    after = np.round(before + rng.normal(shift, scale, n), 6)
    return after, before


def likert_pair(n, low=1, high=5, spread=2):
    before = rng.integers(low, high + 1, n).astype(float)
    after = np.clip(before + rng.integers(-spread, spread + 1, n), low, high).astype(float)
    return after, before


paired = []


def add_pair(name, after, before):
    paired.append((name, np.asarray(after, dtype=float), np.asarray(before, dtype=float)))


for n in range(1, 7):
    add_pair(f"continuous_n{n}", *continuous_pair(n))
for n in (8, 10, 15, 20, 24, 25, 26, 27, 50, 200):
    add_pair(f"continuous_n{n}", *continuous_pair(n))
add_pair("continuous_n25_negative_shift", *continuous_pair(25, shift=-0.8))
add_pair("continuous_n26_negative_shift", *continuous_pair(26, shift=-0.8))
add_pair("continuous_n12_strong_effect", *continuous_pair(12, shift=3.0))
for n in (6, 10, 12, 25, 26, 40, 200):
    add_pair(f"likert_n{n}", *likert_pair(n))
add_pair("likert_n100_0_10", *likert_pair(100, low=0, high=10, spread=3))
add_pair("all_positive_n6", [2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 1, 1.5])
add_pair("all_negative_n6", [0, 0, 0, 0, 0, 0], [1.5, 2.5, 3.5, 4.5, 5.5, 6.5])
add_pair("zeros_no_ties_n8", [1, 2, 3, 4.5, 5, 6, 7.25, 8], [1, 1.5, 3.5, 4, 7.5, 6, 4, 8.125])
add_pair("one_zero_n6", [3, 5, 2, 8, 4, 6], [3, 4, 4.5, 4, 8, 5.5])
add_pair("ties_no_zeros_n10", [2, 3, 4, 5, 1, 2, 3, 9, 8, 7], [1, 2, 2, 3, 2, 3, 1, 6, 10, 4])
add_pair("ties_no_zeros_n25", rng.integers(3, 8, 25) + 0.5, rng.integers(0, 3, 25))
add_pair("single_nonzero_rest_zero_n5", [1, 2, 3, 4, 5], [1, 2, 3, 4, 3])
add_pair("n1_positive", [5], [3])
add_pair("n1_negative", [1.25], [3])
add_pair("n2_mixed", [4, 1], [3, 3])
add_pair("all_equal_differences_n7", np.arange(7) + 1.0, np.arange(7))
add_pair("all_equal_negative_differences_n3", [1, 2, 3], [3, 4, 5])
add_pair("all_zero_differences_n5", [1, 2, 3, 4, 5], [1, 2, 3, 4, 5])
add_pair("n1_zero", [2], [2])
add_pair("balanced_n4", [1, 3, 5, 6], [2, 1, 7, 5])
add_pair("large_values_n30", *continuous_pair(30, shift=1e3, scale=2e3))


def rank_sums(d):
    """Independent Pratt rank sums (rank all |d|, keep the nonzero ranks)."""
    r = stats.rankdata(np.abs(d))
    return float(np.sum(r[d > 0])), float(np.sum(r[d < 0]))


def wilcoxon_case(name, after, before):
    d = after - before
    n = len(d)
    zeros = int(np.sum(d == 0))
    nonzero_abs = np.abs(d)
    has_ties = len(np.unique(nonzero_abs)) < n
    case = {
        "name": name, "after": fl_list(after), "before": fl_list(before),
        "n": n, "zeros": zeros, "has_ties": bool(has_ties),
    }
    if zeros == n:
        case.update({"expected_error": "allDifferencesZero"})
        return case
    w_plus, w_minus = rank_sums(d)
    swift_method = "exact" if (n <= 25 and zeros == 0 and not has_ties) else "approx"
    kw = dict(zero_method="pratt", correction=False)
    ex = stats.wilcoxon(after, before, method="exact", **kw)
    ap = stats.wilcoxon(after, before, method="approx", **kw)
    assert ex.statistic == min(w_plus, w_minus) == ap.statistic
    # SciPy's signed z from its own internals (the public zstatistic is -|z|).
    r_plus, _, se, z_signed, _, _ = stats._wilcoxon._wilcoxon_statistic(
        d, "asymptotic", "pratt", xp=np)
    assert r_plus == w_plus and abs(-abs(z_signed) - ap.zstatistic) < 1e-15
    primary = ex if swift_method == "exact" else ap
    case.update({
        "expected_error": None,
        "w_plus": w_plus, "w_minus": w_minus,
        "statistic": fl(ex.statistic),
        "rank_biserial": (w_plus - w_minus) / (w_plus + w_minus),
        "swift_method": swift_method,
        "scipy_method": swift_method,
        "p": fl(primary.pvalue),
        "p_exact": fl(ex.pvalue),
        "p_approx": fl(ap.pvalue),
        "z": fl(z_signed),
        "scipy_zstatistic": fl(ap.zstatistic),
    })
    return case


def ttest_case(name, after, before):
    d = after - before
    n = len(d)
    case = {"name": name, "after": fl_list(after), "before": fl_list(before), "n": n}
    if n < 2:
        case["expected_error"] = "tooFewObservations"
        return case
    if np.all(d == d[0]):
        # SciPy returns inf / nan (or a huge t from round-off); Swift reports it as typed.
        case["expected_error"] = "zeroVariance"
        return case
    res = stats.ttest_rel(after, before)
    ci = res.confidence_interval(0.95)
    ci90 = res.confidence_interval(0.90)
    case.update({
        "expected_error": None,
        "t": fl(res.statistic), "df": int(res.df), "p": fl(res.pvalue),
        "mean_difference": fl(np.mean(d)),
        "sd_difference": fl(np.std(d, ddof=1)),
        "ci_low": fl(ci.low), "ci_high": fl(ci.high),
        "ci90_low": fl(ci90.low), "ci90_high": fl(ci90.high),
        "cohens_dz": fl(np.mean(d) / np.std(d, ddof=1)),
    })
    return case


# --------------------------------------------------------------------------
# McNemar
# --------------------------------------------------------------------------

def mcnemar_case(b, c):
    case = {"b": b, "c": c}
    if b + c == 0:
        case["expected_error"] = "noDiscordantPairs"
        return case
    p = min(1.0, 2.0 * stats.binom.cdf(min(b, c), b + c, 0.5))
    # Cross-check against SciPy's exact binomial test, which is the same test.
    bt = stats.binomtest(min(b, c), b + c, 0.5).pvalue
    assert abs(p - bt) < 1e-12 or (b == c), (b, c, p, bt)
    case.update({"expected_error": None, "p": fl(p)})
    return case


mcnemar_small = [0, 1, 2, 3, 5, 6, 10, 20]
mcnemar = [mcnemar_case(b, c) for b in mcnemar_small for c in mcnemar_small]
for b, c in [(40, 60), (100, 130), (130, 100), (500, 520), (1000, 1100), (3, 97), (0, 50)]:
    mcnemar.append(mcnemar_case(b, c))

# --------------------------------------------------------------------------
# Mann-Whitney U
# --------------------------------------------------------------------------

mwu_sets = []


def add_mwu(name, x, y):
    mwu_sets.append((name, np.asarray(x, dtype=float), np.asarray(y, dtype=float)))


for n1, n2 in [(1, 1), (1, 2), (2, 1), (3, 5), (6, 6), (10, 12), (30, 25), (200, 150)]:
    add_mwu(f"continuous_{n1}x{n2}", np.round(rng.normal(0.4, 1, n1), 6), np.round(rng.normal(0, 1, n2), 6))
for n1, n2 in [(6, 6), (12, 9), (40, 55), (300, 250)]:
    add_mwu(f"likert_{n1}x{n2}", rng.integers(1, 6, n1), rng.integers(1, 6, n2))
add_mwu("separated_5x5", [6, 7, 8, 9, 10], [1, 2, 3, 4, 5])
add_mwu("balanced_u_equal", [1, 4, 5, 8], [2, 3, 6, 7])
add_mwu("identical_samples", [1, 2, 3], [1, 2, 3])
add_mwu("all_values_equal", [2, 2, 2], [2, 2])
add_mwu("one_each_equal", [3], [3])
add_mwu("binary_outcomes", [0, 1, 1, 1, 0, 1, 1], [0, 0, 1, 0, 0])


def mwu_case(name, x, y):
    case = {"name": name, "x": fl_list(x), "y": fl_list(y)}
    res = stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method="asymptotic")
    if len(np.unique(np.concatenate([x, y]))) == 1:
        case.update({"expected_error": "zeroVariance", "scipy_p": fl(res.pvalue)})
        return case
    n1, n2 = len(x), len(y)
    _, t = stats._stats_py._rankdata(np.concatenate([x, y]), "average", return_ties=True)
    u1 = fl(res.statistic)
    u = max(u1, n1 * n2 - u1)
    z = _mannwhitneyu._get_mwu_z(u, n1, n2, t, continuity=True, xp=np)
    case.update({
        "expected_error": None,
        "u": u1, "u_y": fl(n1 * n2 - u1), "p": fl(res.pvalue), "z": fl(z),
    })
    return case


# --------------------------------------------------------------------------
# Descriptive statistics
# --------------------------------------------------------------------------

QUANTILE_PS = [0.0, 0.05, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.95, 1.0]


def descriptive_case(name, x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    case = {
        "name": name, "x": fl_list(x), "y": fl_list(y),
        "mean": fl(np.mean(x)), "median": fl(np.median(x)),
        "quantiles": [{"p": fl(p), "value": fl(np.quantile(x, p))} for p in QUANTILE_PS],
        "variance": fl(np.var(x, ddof=1)) if n > 1 else None,
        "sd": fl(np.std(x, ddof=1)) if n > 1 else None,
    }
    n1, n2 = len(x), len(y)
    if n1 + n2 > 2:
        ss = np.sum((x - x.mean()) ** 2) + np.sum((y - y.mean()) ** 2)
        pooled = np.sqrt(ss / (n1 + n2 - 2))
        if n1 > 1 and n2 > 1:
            s1, s2 = np.std(x, ddof=1), np.std(y, ddof=1)
            alt = np.sqrt(((n1 - 1) * s1**2 + (n2 - 1) * s2**2) / (n1 + n2 - 2))
            assert abs(alt - pooled) <= 1e-12 * max(1.0, pooled)
        case["pooled_sd"] = fl(pooled)
    else:
        case["pooled_sd"] = None
    return case


descriptive = []
for n in (1, 2, 3, 4, 5, 6, 25, 200):
    descriptive.append(descriptive_case(f"normal_n{n}", np.round(rng.normal(10, 3, n), 6),
                                        np.round(rng.normal(11, 2, max(1, n - 1)), 6)))
descriptive.append(descriptive_case("likert_ties_n30", rng.integers(1, 6, 30), rng.integers(1, 6, 17)))
descriptive.append(descriptive_case("constant_n4", [7, 7, 7, 7], [7, 7]))
descriptive.append(descriptive_case("single_and_pair", [3.5], [1, 2]))
descriptive.append(descriptive_case("unsorted_negative", [-5, 3, -1.5, 8, 0, 2.25, -7], [10, -10, 0.5]))

# --------------------------------------------------------------------------
# Distribution values
# --------------------------------------------------------------------------

normal_points = [-38.0, -20.0, -10.0, -5.0, -3.0, -1.959963984540054, -1.0, -0.25, 0.0, 0.1,
                 0.5, 1.0, 1.6448536269514722, 2.5, 4.0, 8.0, 12.0]
normal = [{"x": x, "cdf": fl(special.ndtr(x)), "sf": fl(special.ndtr(-x))} for x in normal_points]

normal_q_ps = [1e-300, 1e-100, 1e-20, 1e-12, 1e-8, 1e-5, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1,
               0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95, 0.975, 0.97575, 0.99, 0.999, 0.99999,
               1 - 1e-10]
normal_quantile = [{"p": p, "x": fl(special.ndtri(p))} for p in normal_q_ps]

t_dfs = [1.0, 2.0, 2.5, 3.0, 5.0, 10.0, 30.0, 199.0, 1000.0, 1e5]
t_points = [-100.0, -10.0, -4.0, -2.5, -1.96, -1.0, -0.3, 0.0, 0.05, 0.5, 1.0, 2.0, 2.262, 3.5, 6.0,
            25.0, 1000.0]
t_cdf = [{"df": df, "t": t, "cdf": fl(special.stdtr(df, t)), "sf": fl(special.stdtr(df, -t))}
         for df in t_dfs for t in t_points]

t_q_dfs = [1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0, 24.0, 30.0, 100.0, 199.0, 1000.0, 1e5]
t_q_ps = [1e-6, 0.0005, 0.005, 0.025, 0.05, 0.1, 0.25, 0.5, 0.6, 0.9, 0.95, 0.975, 0.995, 0.9995]
t_quantile = [{"df": df, "p": p, "t": fl(special.stdtrit(df, p))} for df in t_q_dfs for p in t_q_ps]

betainc_args = [
    (0.5, 0.5, 0.3), (1.0, 1.0, 0.7), (2.0, 3.0, 0.4), (2.0, 3.0, 0.999), (10.0, 10.0, 0.5),
    (10.0, 10.0, 0.01), (0.5, 500.0, 0.001), (500.0, 0.5, 0.99), (500.0, 0.5, 0.999999),
    (50.0, 60.0, 0.45), (1000.0, 1000.0, 0.49), (5.0, 0.5, 0.2), (0.1, 0.1, 0.5), (0.5, 2.5, 0.9),
    (1.25, 7.5, 0.05), (15.0, 0.5, 0.75), (0.5, 15.0, 0.25), (3.0, 4.0, 0.0), (3.0, 4.0, 1.0),
    (200.0, 300.0, 0.4), (1e4, 1e4, 0.5), (0.5, 1e4, 1e-4),
]
betainc = [{"a": a, "b": b, "x": x, "value": fl(special.betainc(a, b, x))} for a, b, x in betainc_args]

binom_args = [(0, 1, 0.5), (1, 1, 0.5), (0, 6, 0.5), (3, 6, 0.5), (5, 6, 0.5), (3, 10, 0.3),
              (50, 100, 0.5), (40, 100, 0.5), (480, 1000, 0.5), (1000, 2100, 0.5), (2, 50, 0.1),
              (7, 20, 0.75), (0, 30, 0.5), (-1, 5, 0.5), (5, 5, 0.5), (9, 5, 0.5)]
binom_cdf = [{"k": k, "n": n, "p": p, "value": fl(stats.binom.cdf(k, n, p))} for k, n, p in binom_args]

golden = {
    "generator": {"scipy": scipy.__version__, "numpy": np.__version__, "seed": 20240611},
    "descriptive": descriptive,
    "normal": normal,
    "normal_quantile": normal_quantile,
    "t_cdf": t_cdf,
    "t_quantile": t_quantile,
    "betainc": betainc,
    "binom_cdf": binom_cdf,
    "wilcoxon": [wilcoxon_case(*p) for p in paired],
    "ttest": [ttest_case(*p) for p in paired],
    "mcnemar": mcnemar,
    "mannwhitney": [mwu_case(*s) for s in mwu_sets],
}

with open(OUT, "w") as f:
    json.dump(golden, f, indent=1)
    f.write("\n")

counts = {k: len(v) for k, v in golden.items() if isinstance(v, list)}
print(OUT, counts, "total", sum(counts.values()))
