// Messages for formats (issue 4): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const formats = {
} as const satisfies Record<string, LocalText>;
