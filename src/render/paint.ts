// Terminal colour through chalk, at the level the CLI decided once (NO_COLOR, FORCE_COLOR, --no-color, a TTY).
import { Chalk, type ChalkInstance } from 'chalk';

export type Paint = (text: string) => string;
export type Painter = ChalkInstance;

const ON = new Chalk({ level: 1 });
const OFF = new Chalk({ level: 0 });

/**
 * chalk's own detection ignores NO_COLOR and is decided for stdout, not for a file being written: the caller
 * decides, and colour means the sixteen basic colours every terminal shows alike.
 */
export function painter(enabled: boolean): Painter {
  return enabled ? ON : OFF;
}
