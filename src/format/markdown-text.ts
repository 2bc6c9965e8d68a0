// Markdown text helpers shared by the markdown formatters: escaping, code spans, links (to files at a base URL).
/** Escapes text for a table cell or paragraph: pipes, HTML and line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/** A code span; inside a table cell a pipe must be escaped even there (GFM splits cells first). */
export function code(text: string, inTable = true): string {
  const body = text.replace(/`/g, "'").replace(/\r?\n/g, ' ');
  return '`' + (inTable ? body.replace(/\|/g, '\\|') : body) + '`';
}

export function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/**
 * A file place as a code span, linked when `linkBase` is given: `<base>/<path>#L<line>`, the form GitHub and GitLab
 * use for a line in a file at a commit.
 */
export function placeLink(text: string, file: string, line: number | undefined, linkBase: string | undefined, inTable = true): string {
  const span = code(text, inTable);
  if (!linkBase) return span;
  const url = `${linkBase.replace(/\/+$/, '')}/${file.split(/[\\/]/).map(encodeURIComponent).join('/')}${line !== undefined ? `#L${line}` : ''}`;
  return `[${span}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

