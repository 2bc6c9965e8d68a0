// Messages for stale (issue 4): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const stale = {
} as const satisfies Record<string, LocalText>;
