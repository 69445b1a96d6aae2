/**
 * Progress for long commands: `phase done/total rate/s ETA` redrawn in place on a terminal. Nothing is
 * printed when stderr is not a TTY or in --json mode, so logs and pipes stay clean.
 */
export interface ProgressSink {
  start(phase: string, total: number): void;
  tick(done: number): void;
  finish(): void;
}

export const silentProgress: ProgressSink = {
  start() {},
  tick() {},
  finish() {},
};

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

export function formatProgressLine(
  phase: string,
  done: number,
  total: number,
  elapsedSeconds: number,
): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `${phase} ${done}/${total} (${percent}%) ${rate.toFixed(1)}/s ETA ${formatDuration(eta)}`;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  if (!stream.isTTY) return silentProgress;
  let phase = '';
  let total = 0;
  let startedAt = 0;
  let lastDraw = 0;
  const draw = (done: number, force: boolean) => {
    const now = performance.now();
    // Redrawing more than ~10 times a second costs more than it tells.
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    stream.write(`\r\x1b[2K${formatProgressLine(phase, done, total, (now - startedAt) / 1000)}`);
  };
  let current = 0;
  return {
    start(name, count) {
      phase = name;
      total = count;
      current = 0;
      startedAt = performance.now();
      lastDraw = 0;
      draw(0, true);
    },
    tick(done) {
      current = done;
      draw(done, false);
    },
    finish() {
      draw(current, true);
      stream.write('\n');
    },
  };
}
