import { z } from 'zod';
import { decodeQuery, encodeQuery } from './query-string';
import { parseRedactions, redactor } from './redact';
import { RecordIdSchema } from './record-id';

export const pageSizes = ['A4', 'Letter'] as const;
export const PageSizeSchema = z.enum(pageSizes);
export type PageSize = z.infer<typeof PageSizeSchema>;

export const printVariants = ['sheet', 'cue-card'] as const;
export const PrintVariantSchema = z.enum(printVariants);
export type PrintVariant = z.infer<typeof PrintVariantSchema>;

export const MAX_PACK_STORIES = 20;

/** How a story (or pack) is printed: chosen in the export dialog, read by the print view. */
export const PrintOptionsSchema = z
  .object({
    variant: PrintVariantSchema.default('sheet'),
    includeFollowUps: z.boolean().default(true),
    /** Names to hide in the export, as `Name` or `Name = placeholder`. */
    redactions: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    pageSize: PageSizeSchema.default('A4'),
  })
  .strict();
export type PrintOptions = z.infer<typeof PrintOptionsSchema>;

/** Cover details of an interview pack. */
export const PackDetailsSchema = z
  .object({
    company: z.string().trim().max(200).default(''),
    role: z.string().trim().max(200).default(''),
    date: z.string().trim().max(40).default(''),
  })
  .strict();
export type PackDetails = z.infer<typeof PackDetailsSchema>;

/** What to print: one story, or several as a pack with a cover. */
export const PrintRequestSchema = z
  .object({
    storyIds: z.array(RecordIdSchema).min(1, 'Choose at least one story.').max(MAX_PACK_STORIES),
    options: PrintOptionsSchema,
    pack: PackDetailsSchema.optional(),
  })
  .strict();
export type PrintRequest = z.infer<typeof PrintRequestSchema>;
export type PrintRequestInput = z.input<typeof PrintRequestSchema>;

/**
 * The route (hash path) and query string of the print view for a request. Built in one
 * place so the desktop (main process) and browser mode open exactly the same page.
 */
export function printLocation(request: PrintRequest): { path: string; search: string } {
  const { options, pack } = request;
  const pairs: [string, string][] = [
    ['variant', options.variant],
    ['followUps', options.includeFollowUps ? '1' : '0'],
    ['size', options.pageSize],
    ...options.redactions.map((name): [string, string] => ['redact', name]),
  ];
  if (pack) {
    pairs.push(['ids', request.storyIds.join(',')]);
    if (pack.company) pairs.push(['company', pack.company]);
    if (pack.role) pairs.push(['role', pack.role]);
    if (pack.date) pairs.push(['date', pack.date]);
    return { path: '/pack/print', search: encodeQuery(pairs) };
  }
  return { path: `/stories/${request.storyIds[0]}/print`, search: encodeQuery(pairs) };
}

/** Reads print options (and pack details) back from the print view's query string. */
export function parsePrintQuery(search: string): { options: PrintOptions; pack: PackDetails; ids: string[] } {
  const pairs = decodeQuery(search);
  const get = (key: string) => pairs.find(([name]) => name === key)?.[1];
  const options = PrintOptionsSchema.safeParse({
    variant: get('variant'),
    includeFollowUps: get('followUps') !== '0',
    redactions: pairs.filter(([name]) => name === 'redact').map(([, value]) => value),
    pageSize: get('size'),
  });
  const pack = PackDetailsSchema.safeParse({
    company: get('company') ?? '',
    role: get('role') ?? '',
    date: get('date') ?? '',
  });
  const ids = (get('ids') ?? '').split(',').filter((id) => RecordIdSchema.safeParse(id).success);
  return {
    options: options.success ? options.data : PrintOptionsSchema.parse({}),
    pack: pack.success ? pack.data : PackDetailsSchema.parse({}),
    ids,
  };
}

/**
 * The file name the save dialog suggests for an export: the title (or "Interview pack" and
 * the company) with the names chosen for hiding already hidden, as in the PDF itself;
 * letters, digits, spaces and dashes only.
 */
export function suggestedPdfName(title: string, redactions: readonly string[]): string {
  const clean = redactor(parseRedactions(redactions))(title)
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return clean || 'Hindsight story';
}
