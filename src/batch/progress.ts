/** A one-line progress bar on a terminal: rows, rows/s and ETA from the share of bytes read. */
export interface Progress {
  update(rows: number): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { update() {}, done() {} };

export function terminalProgress(write: (text: string) => void, totalBytes: number, bytesRead: () => number, now: () => number): Progress {
  const started = now();
  let last = 0;
  let shown = false;
  const render = (rows: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? rows / seconds : 0;
    const share = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 0;
    const eta = share > 0 ? seconds * (1 / share - 1) : Number.NaN;
    const width = 24;
    const filled = Math.round(share * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    write(`\r${bar} ${Math.round(share * 100)}%  ${rows.toLocaleString("en-US")} rows  ${Math.round(rate).toLocaleString("en-US")} rows/s  ETA ${clock(eta)}  `);
    shown = true;
  };
  return {
    update(rows) {
      const t = now();
      if (t - last < 200) return;
      last = t;
      render(rows);
    },
    done() {
      if (shown) write("\r\x1b[2K");
    },
  };
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
