"""The soak's memory over content time: its slope, its spread, and a plot.

  soak_report.py SOAK_CSV SPEED OUT_PNG   ->   one JSON line; the plot is drawn with gnuplot
The slope is a least-squares fit of PSS against content hours, over the whole soak and after the
first content hour; "noise" is the standard deviation of PSS around that fit.
"""
import json
import statistics
import subprocess
import sys


def fit(xs, ys):
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    resid = [y - (my + slope * (x - mx)) for x, y in zip(xs, ys)]
    return slope, statistics.pstdev(resid)


def main(csv, speed, png):
    rows = [line.split(',') for line in open(csv).read().splitlines()[1:] if line]
    hours = [float(r[0]) * speed / 3600 for r in rows]
    pss = [int(r[1]) / 1024 for r in rows]
    rss = [int(r[2]) / 1024 for r in rows]
    later = [(h, p) for h, p in zip(hours, pss) if h >= 1.0]
    slope_all, noise_all = fit(hours, pss)
    slope_late, noise_late = fit([h for h, _ in later], [p for _, p in later])
    last_hours = hours[-1]
    hour = [p for h, p in later if h < 2.0]
    final = [p for h, p in later if h >= last_hours - 1.0]
    res = dict(label='soak', speed=speed, content_hours=round(last_hours, 1), real_minutes=round(float(rows[-1][0]) / 60, 1),
               samples=len(rows), cpu_s=float(rows[-1][3]),
               pss_mib_min=round(min(pss), 1), pss_mib_median=round(statistics.median(pss), 1),
               pss_mib_max=round(max(pss), 1),
               pss_mib_second_hour_median=round(statistics.median(hour), 1) if hour else None,
               pss_mib_last_hour_median=round(statistics.median(final), 1) if final else None,
               slope_mib_per_24h_all=round(slope_all * 24, 3), noise_mib_all=round(noise_all, 2),
               slope_mib_per_24h_after_1h=round(slope_late * 24, 3), noise_mib_after_1h=round(noise_late, 2),
               rss_mib_max=round(max(rss), 1), plot=png)
    data = png + '.dat'
    with open(data, 'w') as f:
        f.writelines(f'{h:.3f} {p:.2f} {r:.2f}\n' for h, p, r in zip(hours, pss, rss))
    title = (f'kiosk soak: {res["content_hours"]} h of content time in {res["real_minutes"]} min, '
             f'content changed every 10 min; PSS slope after 1 h {res["slope_mib_per_24h_after_1h"]:+.2f} MiB/24 h')
    script = f'''set terminal pngcairo size 1280,640 font "sans,11"
set output "{png}"
set title "{title}"
set xlabel "content time (hours)"
set ylabel "MiB"
set xrange [0:{max(72, int(last_hours + 0.999))}]
set xtics 6
set yrange [0:*]
set grid
set key bottom right
plot "{data}" using 1:3 with lines lw 1 lc rgb "#8fa3c4" title "RSS", \\
     "{data}" using 1:2 with lines lw 2 lc rgb "#ff7a1a" title "PSS (what the kiosk costs the board)"
'''
    subprocess.run(['gnuplot'], input=script, text=True, check=True)
    print(json.dumps(res))


if __name__ == '__main__':
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3])
