#!/usr/bin/env node
// Entry point: runs the CLI and sets the exit code; nothing else calls process.exit.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
