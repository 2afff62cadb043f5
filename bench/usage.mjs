// Preloaded into every measured process (node --import), the floor's included: on exit it reports the process's
// own CPU time and peak resident memory, which a wall-clock timing from outside cannot see.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nbench-usage cpu-us ${usage.userCPUTime + usage.systemCPUTime} max-rss-kib ${usage.maxRSS}\n`);
});
