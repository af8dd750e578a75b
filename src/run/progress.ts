// Progress on stderr: "files done/total  current file", one line redrawn in place. Only on a
// TTY and only once the run has taken more than a moment, so CI logs and quick runs stay clean.
import type { Lang } from '../i18n/index.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const DELAY_MS = 700;
const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private current = '';
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    // Redraws while a worker holds a long file; does nothing for a run that blocks the thread,
    // which redraws from its own start()/finish() calls instead.
    if (this.enabled) this.timer = setInterval(() => this.draw(), 250).unref();
  }

  get enabled(): boolean {
    return this.stream.isTTY === true && this.total > 1;
  }

  start(file: string): void {
    this.current = file;
    this.draw();
  }

  fileDone(): void {
    this.done++;
    this.draw();
  }

  /** Clears the line before the report is written. */
  end(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < DELAY_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write('\r\x1b[2K' + this.line());
  }

  /** The line as drawn, cut to the terminal width (CJK characters take two columns). */
  line(): string {
    const head = this.lang === 'zh' ? `检查中 ${this.done}/${this.total}  ` : `checking ${this.done}/${this.total}  `;
    const width = (this.stream.columns || 80) - 1; // 0 when the terminal does not say
    return head + fitLeft(this.current, width - displayWidth(head));
  }
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Keeps the end of a long path (the file name matters most), prefixed with "…". */
export function fitLeft(text: string, width: number): string {
  if (width <= 1) return '';
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = '';
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = isWide(chars[i].codePointAt(0)!) ? 2 : 1;
    if (w + cw > width) break;
    out = chars[i] + out;
    w += cw;
  }
  return '…' + out;
}
