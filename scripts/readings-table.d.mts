// Types of scripts/readings-table.mjs for the tests that import it.
export interface FlaggedReading { id: string; file: string; text: string; flag: string; reading: string; confirm: string }
export const README: string;
export const BEGIN: string;
export const END: string;
export const READING: string;
export const CONFIRM: string;
export function flaggedReadings(root?: string): FlaggedReading[];
export function renderTable(readings: FlaggedReading[]): string;
export function withTable(readme: string, readings: FlaggedReading[]): string;
