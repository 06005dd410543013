/**
 * Memory figures for the benchmarks' sizing lines: this process's resident set (sampled, since
 * `resourceUsage().maxRSS` would include set-up such as seeding) and, on PostgreSQL, the private
 * memory of the server processes (backends) serving one database, read from /proc. A backend's
 * RSS also counts the shared buffers it touched, which all backends share; RssAnon is its own.
 */
import fs from 'node:fs';
import type { Knex } from 'knex';

const MB = 1024 * 1024;

export const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/** kB fields of /proc/PID/status in bytes; null where /proc cannot be read (another host). */
function procStatus(pid: number): { rss: number; anon: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), anon: field('RssAnon') };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far; null where /proc cannot be read. */
function procCpuSeconds(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ, the unit of /proc/PID/stat's times: 100 on every Linux build the project runs on. */
const CLOCK_TICKS = 100;

/** Samples this process's RSS every `everyMs` until stop(); reports the start and the peak. */
export function sampleOwnRss(everyMs = 200) {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return { start, peak };
    },
  };
}

/**
 * Samples the PostgreSQL backends of `database` (pg_stat_activity) every `everyMs`: their count
 * and private memory, per backend (largest) and summed. Nothing when the server is not local.
 */
export function samplePostgresBackends(admin: Knex, database: string, everyMs = 500) {
  let peakCount = 0;
  let peakAnonOne = 0;
  let peakAnonSum = 0;
  let peakRssOne = 0;
  let readable = false;
  // CPU per backend: first and last reading, so that work done before sampling began (such as
  // migrations on a pooled connection) is not counted; the last reading is at most `everyMs` old
  // for a backend that exits before stop().
  const cpu = new Map<number, { first: number; last: number }>();
  let baselineTaken = false;
  const sample = async () => {
    const rows = await admin.raw<{ rows: { pid: number }[] }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()',
      [database],
    );
    let sum = 0;
    for (const { pid } of rows.rows) {
      const s = procStatus(pid);
      if (!s) continue;
      const seconds = procCpuSeconds(pid);
      if (seconds !== null) {
        const seen = cpu.get(pid);
        if (seen) seen.last = seconds;
        else cpu.set(pid, { first: baselineTaken ? 0 : seconds, last: seconds });
      }
      readable = true;
      sum += s.anon;
      peakAnonOne = Math.max(peakAnonOne, s.anon);
      peakRssOne = Math.max(peakRssOne, s.rss);
    }
    peakCount = Math.max(peakCount, rows.rows.length);
    peakAnonSum = Math.max(peakAnonSum, sum);
  };
  // The first reading, before the work to be measured starts: backends that appear later
  // count from zero.
  const started = sample()
    .catch(() => undefined)
    .then(() => {
      baselineTaken = true;
    });
  let running = true;
  const loop = (async () => {
    await started;
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    /** Resolves once the backends' starting CPU has been read. */
    ready: started,
    /** CPU seconds the backends used between the first sample and stop(). */
    cpuSeconds(): number {
      let sum = 0;
      for (const { first, last } of cpu.values()) sum += last - first;
      return sum;
    },
    /** The same, read now from /proc for the backends seen so far (for timing steps). */
    cpuSecondsNow(): number {
      let sum = 0;
      for (const [pid, seen] of cpu) {
        seen.last = procCpuSeconds(pid) ?? seen.last;
        sum += seen.last - seen.first;
      }
      return sum;
    },
    async stop() {
      running = false;
      await loop;
      await sample().catch(() => undefined);
      return readable
        ? `PostgreSQL backends of this database: up to ${peakCount}; private memory (RssAnon) up to ${mb(peakAnonOne)} each, ${mb(peakAnonSum)} together; RSS incl. touched shared buffers up to ${mb(peakRssOne)} each`
        : `PostgreSQL backends: up to ${peakCount} (memory not readable from here)`;
    },
  };
}
