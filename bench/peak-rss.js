// Preloaded by bench/series.ts (node -r bench/peak-rss.js ...): on exit, writes
// the process's peak resident set size in KB (its own high-water mark, as the
// kernel keeps it) to the file named by BENCH_PEAK_RSS_FILE.
'use strict';
const fs = require('node:fs');
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
