// How hard V8 optimises. A run on a county's data is a few hundred milliseconds of code that runs a handful of
// times: the optimising compiler (TurboFan) would spend more compiling hot functions, on a second thread, than
// the optimised code ever saves, so plancheck starts with baseline code only. Large inputs and workbook writing
// run long enough for optimised code to pay off, and switch it back on before they start.
import v8 from 'node:v8';

/** Interpreter and baseline compiler only; set by bin/plancheck.js before anything runs. */
export function startLean(): void {
  v8.setFlagsFromString('--no-turbofan');
}

/** Every tier again (V8's default), for the long work that follows. */
export function optimizeFully(): void {
  v8.setFlagsFromString('--turbofan');
}
