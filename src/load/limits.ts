// Documented limits on input; beyond them the checker stops with a clear message instead of running out of memory.

/** Largest agreement file read, in bytes (10 MiB; a real agreement file is under 200 KiB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most aliases expanded when a YAML document is turned into data (stops "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;
/** Deepest nesting of maps and lists accepted in one file. */
export const MAX_DEPTH = 64;
/** Most files one agreement set may include. */
export const MAX_INCLUDES = 500;
/** Most YAML files one run reads from folders and patterns given as input; a wider search stops with a message. */
export const MAX_INPUT_FILES = 10_000;
/** Most folder entries a search looks at before it stops with a message (a folder tree far larger than any repository of agreements). */
export const MAX_SEARCH_ENTRIES = 1_000_000;
