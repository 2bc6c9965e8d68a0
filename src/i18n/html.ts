// Messages for html (issue 4): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const html = {
  'html.contents': { nb: 'Innhold', nn: 'Innhald', en: 'Contents' },
  'html.file': { nb: 'Fil', nn: 'Fil', en: 'File' },
  'html.main-file': { nb: 'hovedfil', nn: 'hovudfil', en: 'main file' },
  'html.tally': { nb: 'Lovkrav etter status', nn: 'Lovkrav etter status', en: 'Requirements by status' },
  'html.verdict.pass': {
    nb: 'Ingen funn med alvorlighet «{level}» eller høyere.',
    nn: 'Ingen funn med alvorsgrad «{level}» eller høgare.',
    en: 'No findings at severity “{level}” or above.',
  },
  'html.verdict.fail': {
    nb: 'Rapporten har funn med alvorlighet «{level}» eller høyere. De må rettes før avtalen er i orden.',
    nn: 'Rapporten har funn med alvorsgrad «{level}» eller høgare. Dei må rettast før avtalen er i orden.',
    en: 'The report has findings at severity “{level}” or above. They need fixing before the agreement is in order.',
  },
  'html.sources': { nb: 'Kilder', nn: 'Kjelder', en: 'Sources' },
  'html.sources-intro': {
    nb: 'Lenkene på hjemlene går til lovteksten hos Lovdata. På papir viser tallet i hakeparentes etter en hjemmel til adressen i denne lista.',
    nn: 'Lenkjene på heimlane går til lovteksten hjå Lovdata. På papir viser talet i hakeparentes etter ein heimel til adressa i denne lista.',
    en: 'The links on the legal bases go to the law text at Lovdata. On paper, the number in square brackets after a legal basis points to its address in this list.',
  },
  'html.covered': { nb: 'dekket', nn: 'dekt', en: 'covered' },
  'html.partly-covered': { nb: 'delvis dekket', nn: 'delvis dekt', en: 'partly covered' },
  'html.not-covered': { nb: 'ikke dekket', nn: 'ikkje dekt', en: 'not covered' },
  'html.matrix-intro': {
    nb: 'Hvilke dokumenter i avtalesettet som dekker hvert lovkrav. Tallene er seksjonene i dokumentet.',
    nn: 'Kva dokument i avtalesettet som dekkjer kvart lovkrav. Tala er seksjonane i dokumentet.',
    en: 'Which documents of the agreement set cover each requirement. The numbers are the sections of the document.',
  },
  'html.suppressed': { nb: 'Undertrykte funn', nn: 'Undertrykte funn', en: 'Suppressed findings' },
  'html.suppressed-intro': {
    nb: 'Disse funnene er slått av med en kommentar «# avtalesjekk-ignore» i avtalefilene. De telles ikke med i resultatet, men vises her med begrunnelsen.',
    nn: 'Desse funna er slått av med ein kommentar «# avtalesjekk-ignore» i avtalefilene. Dei blir ikkje talde med i resultatet, men blir viste her med grunngjevinga.',
    en: 'These findings are switched off by an “# avtalesjekk-ignore” comment in the agreement files. They do not count towards the result, but are listed here with the reason given.',
  },
  'html.no-suppressed': { nb: 'Ingen funn er undertrykt.', nn: 'Ingen funn er undertrykte.', en: 'No findings are suppressed.' },
  'html.suppressed-count': { nb: 'undertrykt: {count}', nn: 'undertrykte: {count}', en: 'suppressed: {count}' },
  'html.col.reason': { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Reason' },
  'html.col.suppressed-by': { nb: 'Slått av i', nn: 'Slått av i', en: 'Suppressed at' },
  'html.other-files': { nb: 'Funn i andre filer', nn: 'Funn i andre filer', en: 'Findings in other files' },
  'html.made-by': { nb: 'Laget med {tool} {version}.', nn: 'Laga med {tool} {version}.', en: 'Made with {tool} {version}.' },
} as const satisfies Record<string, LocalText>;
