// The terminal colours the tables use, drawn as chalk draws them at its basic level, without chalk's terminal probing.
const STYLES = { green: [32, 39], yellow: [33, 39], red: [31, 39], gray: [90, 39], cyan: [36, 39], bold: [1, 22], dim: [2, 22] } as const;

export type Paint = (text: string) => string;
export type Palette = Record<keyof typeof STYLES, Paint>;

function style(open: string, close: string): Paint {
  return (text) => {
    if (!text) return text;
    // A closing code inside would end the colour early: reopen after it; close before each line break (as chalk does).
    let out = text.includes('\u001b') ? text.split(close).join(close + open) : text;
    if (out.includes('\n')) out = out.replace(/\r?\n/g, (lineBreak) => `${close}${lineBreak}${open}`);
    return `${open}${out}${close}`;
  };
}

/** Colour functions, or functions that return the text unchanged when colour is off. */
export function palette(enabled: boolean): Palette {
  const entries = Object.entries(STYLES).map(([name, [open, close]]) => [name, enabled ? style(`\u001b[${open}m`, `\u001b[${close}m`) : (text: string) => text]);
  return Object.fromEntries(entries) as Palette;
}
