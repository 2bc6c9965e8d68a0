// Messages for html (issue 4): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const html = {
} as const satisfies Record<string, LocalText>;
